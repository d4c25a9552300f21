"""Hostile input is shown as text: no dialog, no script, no javascript: link (issue 7)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from cuttings.serve import make_server
from tests.conftest import build

pytestmark = pytest.mark.browser

PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>"
HOSTILE_MD = f"""---
title: "{PAYLOAD} budget"
people: ["Evil <b onmouseover=alert(3)>Name</b>"]
source: "<svg onload=alert(4)>"
---
# Ignored heading <script>alert(5)</script>

Click [here](javascript:alert(6)) or [there](data:text/html,<script>alert(7)</script>).

<div onclick="alert(8)">raw html block</div> <script>alert(9)</script>

After the block, a paragraph about a zeppelin.
"""
HOSTILE_TXT = f"""Headline {PAYLOAD}

Councillor Jane Doe said: "{PAYLOAD} is what we found <a href='javascript:alert(10)'>x</a>."
"""


@pytest.fixture
def hostile_site(tmp_path: Path):  # type: ignore[no-untyped-def]
    content = tmp_path / "content"
    content.mkdir()
    (content / "hostile.md").write_text(HOSTILE_MD, encoding="utf-8")
    (content / "hostile.txt").write_text(HOSTILE_TXT, encoding="utf-8")
    output = tmp_path / "site"
    build(content, output)
    server = make_server(output, 0, "/", verbose=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", output
    server.shutdown()
    server.server_close()


def test_hostile_text_never_executes(browser, hostile_site) -> None:  # type: ignore[no-untyped-def]
    url, output = hostile_site
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    pages = sorted(p.relative_to(output).as_posix() for p in output.rglob("*.html"))
    for relative in pages:
        page.goto(url + relative)
        page.wait_for_timeout(50)
        assert page.locator("a[href^='javascript:'], a[href^='data:']").count() == 0, relative
        assert page.locator("main script, main [onerror], main [onclick], main [onload], main [onmouseover]"
                            ).count() == 0, relative
    for path in output.rglob("articles/*/index.html"):
        page.goto(url + path.relative_to(output).as_posix())
        assert "<script>alert(1)</script>" in page.locator("h1").inner_text()
    context.close()
    assert dialogs == []


def test_a_snippet_cut_from_the_article_page_stays_text(browser, hostile_site) -> None:  # type: ignore[no-untyped-def]
    url, _ = hostile_site
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url + "search/?q=found")
    page.wait_for_function("() => document.getElementById('search-results').dataset.snippets === 'found'")
    snippet = page.locator("#search-results li .snippet").first
    # The page holds the text escaped (and its names as links): the snippet shows it as written, tags and all.
    assert f'"{PAYLOAD} is what we' in snippet.inner_text()
    assert snippet.locator("mark").all_inner_texts() == ["found"]
    assert snippet.locator("*:not(mark)").count() == 0
    context.close()
    assert dialogs == []


def test_a_snippet_is_found_past_a_block_in_a_markdown_body(browser, hostile_site) -> None:  # type: ignore[no-untyped-def]
    url, _ = hostile_site
    context = browser.new_context()
    page = context.new_page()
    page.goto(url + "search/?q=zeppelin")
    page.wait_for_function("() => document.getElementById('search-results').dataset.snippets === 'zeppelin'")
    assert page.locator("#search-results li .snippet mark").all_inner_texts() == ["zeppelin"]
    context.close()
