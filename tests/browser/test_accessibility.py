"""axe-core finds no serious or critical accessibility problem on any kind of page, in light or dark mode;
keyboard users get a skip link and a visible focus ring."""

from __future__ import annotations

import os
from typing import Any

import pytest

from tests.browser.page_types import PAGE_KINDS, page_types, settle
from tests.conftest import PROJECT_ROOT, Served

pytestmark = pytest.mark.browser

AXE = PROJECT_ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        reason = f"axe-core is not installed at {AXE} (npm ci --prefix tests/browser)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return AXE.read_text(encoding="utf-8")


def axe_violations(page: Any, axe_source: str) -> list[dict[str, Any]]:
    # Injected through the DevTools protocol, so the site's Content-Security-Policy does not block it.
    page.evaluate(axe_source)
    result = page.evaluate(
        "() => axe.run(document, {resultTypes: ['violations']})"
    )
    return result["violations"]


def describe(violations: list[dict[str, Any]]) -> list[str]:
    return [
        f"{v['impact']}: {v['id']} ({v['help']}) at {', '.join(str(n['target']) for n in v['nodes'][:3])}"
        for v in violations
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_no_serious_accessibility_violations(browser, served_seed_site: Served, axe_source: str,  # type: ignore[no-untyped-def]
                                             kind: str, scheme: str) -> None:
    path = page_types(served_seed_site.site.root)[kind]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(served_seed_site.url + path)
        settle(page, kind)
        blocking = [v for v in axe_violations(page, axe_source) if v["impact"] in BLOCKING_IMPACTS]
    finally:
        context.close()
    assert describe(blocking) == []


def test_skip_link_is_first_and_shows_on_focus(page, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_seed_site.url)
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.className")
    assert "skip-link" in focused
    box = page.locator(".skip-link").bounding_box()
    assert box is not None and box["x"] >= 0 and box["y"] >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


def test_focused_links_have_a_visible_outline(page, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_seed_site.url)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    style = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; }"
    )
    assert style[0] != "none" and style[1] != "0px"


def test_axe_finds_a_planted_problem(page, axe_source: str) -> None:  # type: ignore[no-untyped-def]
    """The check above can fail: axe reports an image without alt text and a low-contrast paragraph."""
    page.set_content('<html lang="en"><head><title>t</title></head><body><main><h1>t</h1><img src="x.png">'
                     '<p style="color:#ddd;background:#fff">faint</p></main></body></html>')
    ids = {v["id"] for v in axe_violations(page, axe_source) if v["impact"] in BLOCKING_IMPACTS}
    assert {"image-alt", "color-contrast"} <= ids
