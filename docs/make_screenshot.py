"""Make ``docs/screenshot.png`` for the README: an article, a person and a search page of the seed site, side by
side, as Chromium shows them. Run it after changing a template or a style sheet (a test says when it is due)::

    python docs/make_screenshot.py

It builds ``content/`` into a temporary folder, serves it under /repo/ as GitHub Pages would, takes each page
with Playwright and Debian's Chromium (``CUTTINGS_CHROMIUM`` to use another), and puts the three together by
screenshotting a page that shows them: no image library needed. It records a digest of ``templates/`` and
``static/`` in ``docs/screenshot.sources`` so that the test can tell when the picture is out of date.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import sys
import tempfile
import threading
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from cuttings.model import BuildSettings  # noqa: E402
from cuttings.pipeline import build_site  # noqa: E402
from cuttings.serve import make_server  # noqa: E402

SCREENSHOT = PROJECT_ROOT / "docs" / "screenshot.png"
SOURCES = PROJECT_ROOT / "docs" / "screenshot.sources"
SHOWN_FOLDERS = ("templates", "static")
"""What the picture shows the work of: a change to any file below these makes it out of date."""
CHROMIUM = Path(os.environ.get("CUTTINGS_CHROMIUM", "/usr/bin/chromium"))
PAGE_SIZE = {"width": 560, "height": 760}


def sources_digest(root: Path = PROJECT_ROOT) -> str:
    """SHA-256 of every file below ``SHOWN_FOLDERS`` (path and bytes), in path order."""
    digest = hashlib.sha256()
    for folder in SHOWN_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                digest.update(path.relative_to(root).as_posix().encode() + b"\0")
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def pages_to_show(site: Path) -> list[tuple[str, str, str | None]]:
    """(caption, path, search query) of the article, person and search pages: the person named in the most
    articles, their newest article, and a search for their surname."""
    people = json.loads(gzip.decompress((site / "data" / "people.json.gz").read_bytes()).decode("utf-8"))
    person = max(people, key=lambda record: (len(record["articles"]), record["name"]))
    surname = person["name"].split()[-1]
    return [
        ("An article, its people and councils linked", f"articles/{person['articles'][0]}/", None),
        ("A person: roles, quotes, who they appear with", person["url"], None),
        (f"Search, in the browser: “{surname}”", f"search/?q={surname}", surname),
    ]


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as scratch:
        site = Path(scratch) / "site"
        build_site(BuildSettings(content_dir=PROJECT_ROOT / "content", output_dir=site, base_url="/repo/",
                                 quiet=True, cache_dir=Path(scratch) / "cache"))
        server = make_server(site, 0, "/repo/", verbose=False)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/repo/"
        figures = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
            page = browser.new_page(viewport=PAGE_SIZE, device_scale_factor=1)
            for caption, path, query in pages_to_show(site):
                page.goto(base + path)
                if query is not None:
                    page.wait_for_function("q => document.getElementById('search-results').dataset.snippets === q",
                                           arg=query)
                picture = base64.b64encode(page.screenshot()).decode()
                figures.append(f'<figure><img src="data:image/png;base64,{picture}" alt=""><figcaption>{caption}'
                               f"</figcaption></figure>")
            sheet = browser.new_page(viewport={"width": 3 * PAGE_SIZE["width"] + 80, "height": 400})
            sheet.set_content(
                "<style>body{margin:0;padding:16px;background:#e8e8e8;font:15px system-ui,sans-serif;display:flex;"
                "gap:24px}figure{margin:0}img{display:block;border:1px solid #999;box-shadow:0 2px 8px #0003}"
                "figcaption{margin-top:8px;text-align:center;color:#333}</style>" + "".join(figures))
            SCREENSHOT.write_bytes(sheet.screenshot(full_page=True))
            browser.close()
        server.shutdown()
        server.server_close()
    SOURCES.write_text(sources_digest() + "\n", encoding="utf-8")
    print(f"Wrote {SCREENSHOT.relative_to(PROJECT_ROOT)} ({SCREENSHOT.stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
