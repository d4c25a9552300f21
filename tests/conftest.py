"""Fixtures shared by the test suite: a site built from the seed articles, a local server, a browser."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from cuttings.model import BuildReport, BuildSettings
from cuttings.pipeline import build_site
from cuttings.serve import make_server

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_CONTENT = PROJECT_ROOT / "content"

# Property tests check results, never speed (speed is measured by benchmarks/): Hypothesis' default 200 ms deadline
# per example failed a correct test on a loaded machine, so no example has a deadline.
hypothesis_settings.register_profile("cuttings", deadline=None)
hypothesis_settings.load_profile("cuttings")
CHROMIUM = Path(os.environ.get("CUTTINGS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
SUBPATH = "/repo/"
"""The seed site is served under a sub-path, as a GitHub Pages project site is."""


def exported(site_root: Path, name: str) -> list[dict]:
    """A file of the site's data export (``articles``, ``people``, ``councils``), found as ``data/index.json`` names
    it and inflated (``cuttings/export.py``)."""
    index = json.loads((site_root / "data" / "index.json").read_text(encoding="utf-8"))
    return json.loads(gzip.decompress((site_root / "data" / index["files"][name]).read_bytes()).decode("utf-8"))


def exported_from(pages: dict[str, bytes], name: str) -> list[dict]:
    """``exported`` from a site's files held in memory (path -> bytes)."""
    return json.loads(gzip.decompress(pages[f"data/{name}.json.gz"]).decode("utf-8"))


@dataclass(frozen=True)
class BuiltSite:
    root: Path
    report: BuildReport
    base_url: str


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` by its relative path: what a byte-for-byte comparison of two sites compares."""
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file()}


def build(content: Path, output: Path, base_url: str = "/", **options: object) -> BuildReport:
    settings = BuildSettings(content_dir=content, output_dir=output, base_url=base_url, quiet=True,
                             **options)  # type: ignore[arg-type]
    return build_site(settings)


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The five seed articles, built once for the whole session with base URL /repo/."""
    output = tmp_path_factory.mktemp("seed") / "site"
    report = build(SEED_CONTENT, output, SUBPATH)
    return BuiltSite(output, report, SUBPATH)


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """An empty content folder for a test to fill."""
    folder = tmp_path / "content"
    folder.mkdir()
    return folder


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A private copy of the seed articles a test may add to."""
    folder = tmp_path / "content"
    shutil.copytree(SEED_CONTENT, folder)
    return folder


@dataclass(frozen=True)
class Served:
    url: str
    """Base URL of the site, ending in the sub-path, e.g. http://127.0.0.1:41234/repo/."""
    site: BuiltSite


@pytest.fixture(scope="session")
def served_seed_site(seed_site: BuiltSite) -> Iterator[Served]:
    server = make_server(seed_site.root, 0, seed_site.base_url, verbose=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield Served(f"http://{host}:{port}{seed_site.base_url}", seed_site)
    server.shutdown()
    server.server_close()


def chromium_missing_reason() -> str | None:
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    if not CHROMIUM.exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CUTTINGS_CHROMIUM)"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Chromium via Playwright. Skips on a laptop without Chromium; fails in CI, never skips."""
    reason = chromium_missing_reason()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests must run in CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def checked_page(browser: object, **context_options: object) -> Iterator[object]:
    """A page in a new browser context (``context_options`` as Playwright takes them) that fails the test on
    any JavaScript error; for fixtures to yield from."""
    context = browser.new_context(**context_options)  # type: ignore[attr-defined]
    new_page = context.new_page()
    errors: list[str] = []
    new_page.on("pageerror", lambda error: errors.append(str(error)))
    yield new_page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh browser page that fails the test on any JavaScript error."""
    yield from checked_page(browser, viewport={"width": 1280, "height": 900})
