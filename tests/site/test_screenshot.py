"""The README's screenshot (docs/screenshot.png) shows the templates and styles as they are (issue 20)."""

from __future__ import annotations

import importlib.util

from tests.conftest import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "docs" / "make_screenshot.py"


def test_the_screenshot_was_made_from_the_current_templates_and_styles() -> None:
    spec = importlib.util.spec_from_file_location("make_screenshot", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.SCREENSHOT.stat().st_size > 10_000
    recorded = script.SOURCES.read_text(encoding="utf-8").strip()
    assert recorded == script.sources_digest(), (
        "templates/ or static/ changed since docs/screenshot.png was made: run python docs/make_screenshot.py")
    assert "](docs/screenshot.png)" in (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
