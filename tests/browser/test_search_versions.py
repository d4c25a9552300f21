"""Search across a deploy: GitHub Pages lets a browser keep every file 10 minutes (``Cache-Control: max-age=600``),
so a page may hold, or have cached, the search manifest of the site before a deploy while the shards and text
files it then fetches are the new site's. The worker must give the new site's results (or a clear notice), never a
mix (``static/js/search-worker.js``, ``cuttings/search/__init__.py``: Versions)."""

from __future__ import annotations

import hashlib
import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from cuttings.search import MANIFEST_VERSION
from tests.browser.test_search import suggestions
from tests.conftest import SEED_CONTENT, SUBPATH, build

pytestmark = pytest.mark.browser

NEW_PERSON = "Ottilie Quennell"
"""Named by two of the added articles: the new site's name files hold her, and files of the same numbers differ."""
ADDED_ARTICLES = 40
"""Articles the second deploy adds to the five seed articles: past 32, every article's search number (its slot,
``cuttings/search/documents.py``) moves, so the old manifest with the new shards or text files names other
articles than the new site does."""


class PagesLikeHandler(http.server.BaseHTTPRequestHandler):
    """Serves the site the server points at now, under ``SUBPATH``, as GitHub Pages does: every file with
    ``Cache-Control: max-age=600`` and an ETag, a matching ``If-None-Match`` answered 304; the query string
    ignored."""

    server: PagesLikeServer

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(SUBPATH):
            self.send_error(404)
            return
        file = self.server.site / path[len(SUBPATH):]
        if file.is_dir():
            file = file / "index.html"
        if not file.is_file():
            self.send_error(404)
            return
        body = file.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        self.server.requests.append(self.path)
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", "max-age=600")
            self.end_headers()
            return
        types = {".html": "text/html; charset=utf-8", ".js": "application/javascript", ".css": "text/css",
                 ".json": "application/json", ".gz": "application/gzip", ".svg": "image/svg+xml",
                 ".png": "image/png", ".xml": "application/xml"}
        self.send_response(200)
        if self.server.gzip_as_encoding and file.suffix == ".gz":
            # As a server that serves .json.gz files as compressed JSON: the browser inflates them itself.
            self.send_header("Content-Encoding", "gzip")
            types[".gz"] = "application/json"
        self.send_header("Content-Type", types.get(file.suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class PagesLikeServer(http.server.ThreadingHTTPServer):
    def __init__(self, site: Path) -> None:
        super().__init__(("127.0.0.1", 0), PagesLikeHandler)
        self.site = site
        """The deployed site: a test deploys another by pointing this elsewhere."""
        self.requests: list[str] = []
        self.gzip_as_encoding = False
        """Send gzipped files with ``Content-Encoding: gzip`` (the worker then checks a shard's CRC-32 itself)."""


@dataclass
class Deploys:
    before: Path
    after: Path
    """The seed site, and the same with ``ADDED_ARTICLES`` more: shards, text files and refs all differ."""
    server: PagesLikeServer
    url: str


@pytest.fixture(scope="module")
def deploys(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deploys]:
    root = tmp_path_factory.mktemp("deploys")
    before, after = root / "before", root / "after"
    build(SEED_CONTENT, before, SUBPATH)
    content = root / "content"
    shutil.copytree(SEED_CONTENT, content)
    for number in range(ADDED_ARTICLES):
        (content / f"added-{number:02d}.md").write_text(
            f"---\ntitle: \"Market report {number}\"\ndate: 2021-04-{number % 28 + 1:02d}\n"
            + (f"people: [\"{NEW_PERSON}\"]\n" if number < 2 else "") + "---\n"
            f"The market traders met on day {number} to discuss the budget for stalls and the new car park.\n",
            encoding="utf-8")
    build(content, after, SUBPATH)
    server = PagesLikeServer(before)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    yield Deploys(before, after, server, f"http://{host}:{port}{SUBPATH}")
    server.shutdown()
    server.server_close()


@pytest.fixture
def deployed(deploys: Deploys) -> Iterator[Deploys]:
    """The module's server, serving the site before the deploy at the start of each test."""
    deploys.server.site = deploys.before
    yield deploys
    deploys.server.site = deploys.before
    deploys.server.gzip_as_encoding = False


@pytest.fixture
def context(browser: object) -> Iterator[object]:
    """A browser context (one HTTP cache, as a reader's browser has) whose pages fail the test on any JavaScript
    error."""
    opened = browser.new_context()  # type: ignore[attr-defined]
    errors: list[str] = []
    opened.on("page", lambda page: page.on("pageerror", lambda error: errors.append(str(error))))
    yield opened
    opened.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


QUERIES = ["budget", "Ahmed", "children"]
"""Words of the seed articles: before the deploy and after it, each finds articles whose numbers then move."""


def open_search(page, url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(url + "search/")
    page.wait_for_function("() => document.body.dataset.searchReady === 'true'")


def results(page, text: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """What the search page shows for ``text``: each result's title and link, and the status line."""
    page.fill("#search-page-input", text)
    page.wait_for_function("t => ['search-results', 'search-status'].every("
                           "id => document.getElementById(id).dataset.query === t)", arg=text)
    return {
        "results": page.eval_on_selector_all(
            "#search-results .result-title", "links => links.map(a => [a.textContent, a.getAttribute('href')])"),
        "status": page.inner_text("#search-status"),
    }


def fresh_results(browser: object, url: str) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    """Each query's results in a browser that has seen nothing of the site before."""
    fresh = browser.new_context()  # type: ignore[attr-defined]
    page = fresh.new_page()
    open_search(page, url)
    found = {text: results(page, text) for text in QUERIES}
    fresh.close()
    return found


@pytest.mark.parametrize("gzip_as_encoding", [False, True])
def test_a_page_whose_worker_read_the_manifest_before_a_deploy_shows_the_new_sites_results(
        browser, context, deployed: Deploys, gzip_as_encoding: bool) -> None:  # type: ignore[no-untyped-def]
    deployed.server.gzip_as_encoding = gzip_as_encoding
    page = context.new_page()
    open_search(page, deployed.url)  # the worker holds the old manifest, and has fetched nothing else
    deployed.server.site = deployed.after
    shown = {text: results(page, text) for text in QUERIES}
    wanted = fresh_results(browser, deployed.url)
    assert shown == wanted
    assert all(found["results"] for found in wanted.values()), "each query finds articles"
    assert any("Market report" in title for title, _ in wanted["budget"]["results"]), "the new site's articles"


def test_a_stale_cached_manifest_is_not_paired_with_new_shards(
        browser, context, deployed: Deploys) -> None:  # type: ignore[no-untyped-def]
    first = context.new_page()
    open_search(first, deployed.url)  # the old manifest is in the browser's cache, fresh for 10 minutes
    first.close()
    deployed.server.site = deployed.after
    deployed.server.requests.clear()
    page = context.new_page()
    open_search(page, deployed.url)
    shown = {text: results(page, text) for text in QUERIES}
    assert shown == fresh_results(browser, deployed.url)
    assert f"{SUBPATH}search/manifest.json" in deployed.server.requests, "the manifest is revalidated"


def test_a_page_holding_the_new_sites_shards_answers_after_a_deploy_back(
        browser, context, deployed: Deploys) -> None:  # type: ignore[no-untyped-def]
    """A file the browser cached under another version (fetched by a worker still holding an older manifest) is
    fetched again rather than trusted: deploy, search, deploy the old site back, search again."""
    page = context.new_page()
    open_search(page, deployed.url)
    deployed.server.site = deployed.after
    results(page, "budget")
    deployed.server.site = deployed.before
    page = context.new_page()
    open_search(page, deployed.url)
    shown = {text: results(page, text) for text in QUERIES}
    assert shown == fresh_results(browser, deployed.url)


def test_a_manifest_of_another_format_gives_a_notice_not_results(
        page, deployed: Deploys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    newer = tmp_path / "site"
    shutil.copytree(deployed.before, newer)
    manifest_path = newer / "search" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["version"] = MANIFEST_VERSION + 1
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    deployed.server.site = newer
    page.goto(deployed.url + "search/?q=budget")
    page.wait_for_function("() => document.getElementById('search-status').textContent !== ''")
    assert "reload the page" in page.inner_text("#search-status")
    assert page.locator("#search-results li").count() == 0


def fresh_suggestions(browser: object, url: str, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The names suggested for ``text`` in a browser that has seen nothing of the site before."""
    fresh = browser.new_context()  # type: ignore[attr-defined]
    page = fresh.new_page()
    page.goto(url + "articles/")
    shown = suggestions(page, "header .search-input", text)
    fresh.close()
    return shown


@pytest.mark.parametrize("gzip_as_encoding", [False, True])
def test_a_page_that_read_the_names_manifest_before_a_deploy_suggests_the_new_sites_names(
        browser, context, deployed: Deploys, gzip_as_encoding: bool) -> None:  # type: ignore[no-untyped-def]
    """The name files are numbered by position (``cuttings/search/names.py``): names.js, holding the old manifest,
    gets the new site's file 0, sees its version is not the one listed, and looks the name up again under the new
    manifest."""
    deployed.server.gzip_as_encoding = gzip_as_encoding
    page = context.new_page()
    page.goto(deployed.url + "articles/")
    page.focus("header .search-input")  # names.js reads the manifest as a box is first used
    manifest = f"{SUBPATH}search/names/manifest.json"
    for _ in range(100):
        if manifest in deployed.server.requests:
            break
        page.wait_for_timeout(50)
    assert manifest in deployed.server.requests
    deployed.server.site = deployed.after
    shown = suggestions(page, "header .search-input", "Quenn")
    assert shown == fresh_suggestions(browser, deployed.url, "Quenn")
    assert shown and shown[0].startswith(NEW_PERSON)


def test_a_cached_names_manifest_and_file_are_not_used_after_a_deploy(
        browser, context, deployed: Deploys) -> None:  # type: ignore[no-untyped-def]
    """The manifest and file 0 are in the browser's cache (fresh for 10 minutes) from a page before the deploy; a
    page opened after it revalidates the manifest and asks for the file by its new version."""
    first = context.new_page()
    first.goto(deployed.url + "articles/")
    assert not any(name.startswith(NEW_PERSON) for name in suggestions(first, "header .search-input", "Quenn"))
    first.close()
    deployed.server.site = deployed.after
    deployed.server.requests.clear()
    page = context.new_page()
    page.goto(deployed.url + "articles/")
    shown = suggestions(page, "header .search-input", "Quenn")
    assert shown and shown[0].startswith(NEW_PERSON)
    assert f"{SUBPATH}search/names/manifest.json" in deployed.server.requests, "the manifest is revalidated"
