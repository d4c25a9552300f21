"""``serve`` reloads open pages after a rebuild (issue 20); the built files never hold the script."""

from __future__ import annotations

import threading
import urllib.request
from pathlib import Path

import pytest

from cuttings.serve import LiveReload, make_server, reload_after

pytestmark = pytest.mark.browser


def test_an_open_page_reloads_after_a_rebuild(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    site = tmp_path / "site"
    (site / "people" / "jo").mkdir(parents=True)
    page_file = site / "people" / "jo" / "index.html"
    page_file.write_text("<!doctype html><html><body><h1>Before</h1></body></html>", encoding="utf-8")
    live = LiveReload()
    server = make_server(site, 0, "/repo/", verbose=False, reload=live)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/repo/people/jo/"
    try:
        page.goto(url)
        assert page.locator("h1").inner_text() == "Before"
        page.wait_for_timeout(700)  # the page has asked for the build number at least once

        def rebuild() -> int:
            page_file.write_text("<!doctype html><html><body><h1>After</h1></body></html>", encoding="utf-8")
            return 0

        reload_after(rebuild, live)
        page.wait_for_function("() => document.querySelector('h1').textContent === 'After'", timeout=10_000)
        # A failed build leaves the site as it was: nothing to reload.
        reload_after(lambda: 1, live)
        assert live.build == 1
        assert b"live-reload" not in page_file.read_bytes()
        with urllib.request.urlopen(url) as response:
            assert b"__cuttings-live-reload" in response.read()
    finally:
        server.shutdown()
        server.server_close()


def test_without_live_reload_pages_are_sent_as_built(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_bytes(b"<html><body>x</body></html>")
    server = make_server(tmp_path, 0, "/", verbose=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.server_address[1]}/") as response:
            assert response.read() == b"<html><body>x</body></html>"
    finally:
        server.shutdown()
        server.server_close()
