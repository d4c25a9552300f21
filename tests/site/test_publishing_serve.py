"""``build.py serve``: previews under the base path like GitHub Pages, and rebuilds when a source changes."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from cuttings.model import BuildSettings
from cuttings.serve import make_server, rebuild_on_change, watched_paths


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def status_and_location(url: str) -> tuple[int, str | None]:
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, None
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    site = tmp_path / "site"
    (site / "people" / "jo").mkdir(parents=True)
    (site / "index.html").write_text("home", encoding="utf-8")
    (site / "people" / "jo" / "index.html").write_text("jo", encoding="utf-8")
    (site / "404.html").write_text("Page not found", encoding="utf-8")
    server = make_server(site, 0, "/repo/", verbose=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_serves_under_the_base_path_as_github_pages_does(served: str) -> None:
    assert status_and_location(served + "/repo/") == (200, None)
    assert status_and_location(served + "/repo/people/jo/") == (200, None)
    assert status_and_location(served + "/repo") == (301, "/repo/")
    status, location = status_and_location(served + "/repo/people/jo")
    assert status == 301 and location is not None and location.endswith("/repo/people/jo/")


@pytest.mark.parametrize("path", ["/", "/index.html", "/people/jo/", "/repo/nobody/", "/repo/%2e%2e/%2e%2e/etc/passwd"])
def test_anything_else_gets_the_404_page(served: str, path: str) -> None:
    try:
        urllib.request.urlopen(served + path, timeout=10)
    except urllib.error.HTTPError as error:
        assert error.code == 404
        assert error.read() == b"Page not found"
    else:
        pytest.fail(f"{path} was served")


def test_watches_content_templates_static_and_config_never_output(tmp_path: Path) -> None:
    for name in ("content", "templates", "static"):
        (tmp_path / name).mkdir()
    config = tmp_path / "cuttings.toml"
    config.write_text('title = "x"\n', encoding="utf-8")
    settings = BuildSettings(content_dir=tmp_path / "content", output_dir=tmp_path / "site")
    paths = watched_paths(settings, tmp_path / "templates", tmp_path / "static", config)
    assert paths == [tmp_path / "content", tmp_path / "templates", tmp_path / "static", config]


def test_a_changed_article_triggers_a_rebuild(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    rebuilt = threading.Event()
    stop = threading.Event()
    watcher = threading.Thread(
        target=rebuild_on_change, args=([content], rebuilt.set, tmp_path / "site", stop), daemon=True)
    watcher.start()
    try:
        # Keep touching the file until the watcher (which may take a moment to start) reports it.
        for attempt in range(50):
            (content / "new.txt").write_text(f"Headline {attempt}\n\nBody.\n", encoding="utf-8")
            if rebuilt.wait(0.2):
                break
    finally:
        stop.set()
        watcher.join(10)
    assert rebuilt.is_set()
    assert not watcher.is_alive()
