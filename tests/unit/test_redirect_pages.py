"""Redirect pages: the same whether the people's places are handed in or worked out, and none made for nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from cuttings import redirects
from cuttings.model import BuildSettings
from cuttings.named_once import person_places
from cuttings.pipeline import DEFAULT_TEMPLATES
from cuttings.render import make_environment
from tests.unit.test_memo import catalogue


def test_pages_are_the_same_with_places_handed_in(tmp_path: Path) -> None:
    made = catalogue()
    settings = BuildSettings(content_dir=tmp_path / "content", output_dir=tmp_path / "site")
    environment = make_environment([DEFAULT_TEMPLATES], None)
    old = {"people/ann-leigh/": person_places(made).path("ann-lee"), "articles/old/": "articles/library/"}
    worked_out = list(redirects.redirect_pages(old, made, environment, settings))
    handed_in = list(redirects.redirect_pages(old, made, environment, settings, person_places(made)))
    assert [page.path for page in worked_out] == ["people/ann-leigh/index.html", "articles/old/index.html"]
    assert [(page.path, page.content) for page in handed_in] == [(page.path, page.content) for page in worked_out]
    assert b"Ann Lee" in worked_out[0].content, "the target's name as the page's title"


def test_no_redirects_work_nothing_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_: object) -> None:
        raise AssertionError("places worked out for no redirect")

    monkeypatch.setattr(redirects, "person_places", refused)
    settings = BuildSettings(content_dir=tmp_path / "content", output_dir=tmp_path / "site")
    assert list(redirects.redirect_pages({}, catalogue(), make_environment([DEFAULT_TEMPLATES], None), settings)) == []
