"""Settings in cuttings.toml (issue 20): each documented, each used, unknown keys refused with file and line."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from cuttings.cli import parse_args, settings_from
from cuttings.config import SETTINGS, load_config
from cuttings.errors import CuttingsError
from cuttings.pipeline import build_site
from tests.conftest import PROJECT_ROOT, exported
from tests.markup import page_text
from tests.site.test_incremental import build, snapshot

ATOM = "{http://www.w3.org/2005/Atom}"


def article(day: int) -> str:
    return (f"Bins to be collected fortnightly, part {day}\n\n{day} June 2021\n\n"
            f"Councillor Jane Doe said change number {day} would save money.\n")


def test_unknown_key_is_refused_with_file_line_and_suggestion(tmp_path: Path) -> None:
    config = tmp_path / "cuttings.toml"
    config.write_text('title = "Valley"\n\n# the language\nlangauge = "cy"\n', encoding="utf-8")
    with pytest.raises(CuttingsError) as raised:
        load_config(tmp_path)
    assert (raised.value.path, raised.value.line) == (str(config), 4)
    assert "langauge" in raised.value.message and "lang" in raised.value.message


def test_unknown_key_in_pyproject_section_gets_its_line(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\nfeed = 3\n\n[tool.cuttings]\ntitle = "V"\nfeed = 3\n',
                         encoding="utf-8")
    with pytest.raises(CuttingsError) as raised:
        load_config(tmp_path)
    assert raised.value.line == 7


@pytest.mark.parametrize(("line", "fragment"), [
    ("feed_entries = 0", "feed_entries"),
    ('feed_entries = "ten"', "feed_entries"),
    ("entries_per_page = true", "entries_per_page"),
    ('timezone = "Europe/Atlantis"', "timezone"),
    ('lang = "English please"', "lang"),
    ("description = 3", "description"),
])
def test_a_wrong_value_names_the_setting_and_line(tmp_path: Path, line: str, fragment: str) -> None:
    (tmp_path / "cuttings.toml").write_text(f'title = "V"\n{line}\n', encoding="utf-8")
    with pytest.raises(CuttingsError) as raised:
        load_config(tmp_path)
    assert raised.value.line == 2 and fragment in raised.value.message


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(\w+)` \|", readme, flags=re.MULTILINE))
    assert documented == set(SETTINGS)


def test_settings_shape_the_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    content.mkdir()
    for day in range(1, 6):
        (content / f"bins-{day}.txt").write_text(article(day), encoding="utf-8")
    templates = tmp_path / "my-templates" / "_partials"
    templates.mkdir(parents=True)
    default_list = (PROJECT_ROOT / "templates" / "_partials" / "article_list.html").read_text(encoding="utf-8")
    (templates / "article_list.html").write_text('<i class="house-style"></i>\n' + default_list, encoding="utf-8")
    (tmp_path / "cuttings.toml").write_text(
        'title = "Valley Cuttings"\n'
        'description = "Fifty years of the Valley Gazette."\n'
        'lang = "cy"\n'
        'timezone = "Europe/London"\n'
        "feed_entries = 2\n"
        "entries_per_page = 20\n"
        'templates = "my-templates"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    settings = settings_from(parse_args(["--output", str(tmp_path / "site"), "--cache-dir", str(tmp_path / "cache")]))
    assert settings.templates_dir == tmp_path / "my-templates" and settings.entries_per_page == 20
    build_site(replace(settings, quiet=True))
    site = tmp_path / "site"
    home = page_text(site / "index.html")
    assert '<html lang="cy">' in home
    assert '<meta content="Fifty years of the Valley Gazette." name="description">' in home
    assert '<i class="house-style">' in home, "the user's partial replaces the default"
    assert '<i class="house-style">' not in page_text(site / "search" / "index.html")
    feed = ET.parse(site / "feed.xml").getroot()
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "cy"
    assert feed.findtext(f"{ATOM}subtitle") == "Fifty years of the Valley Gazette."
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    assert [e.findtext(f"{ATOM}updated") for e in entries] == ["2021-06-05T00:00:00+01:00",
                                                                 "2021-06-04T00:00:00+01:00"]
    # A change to the user's template is a change to the site: the rebuild picks it up.
    (templates / "article_list.html").write_text('<i class="house-style-2"></i>\n' + default_list, encoding="utf-8")
    build_site(replace(settings, quiet=True))
    assert '<i class="house-style-2">' in page_text(site / "index.html")
    build(content, tmp_path / "clean", tmp_path / "clean-cache", **{
        key: getattr(settings, key) for key in ("site_title", "description", "lang", "timezone", "feed_entries",
                                                 "entries_per_page", "templates_dir")})
    assert snapshot(site) == snapshot(tmp_path / "clean")


def test_a_missing_templates_folder_is_an_error(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_text(article(1), encoding="utf-8")
    with pytest.raises(CuttingsError, match="templates folder"):
        build(content, tmp_path / "site", tmp_path / "cache", templates_dir=tmp_path / "nope")


def test_settings_the_file_leaves_out_keep_their_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = settings_from(parse_args([]))
    assert (settings.lang, settings.feed_entries, settings.person_page_min_articles) == ("en", 10, 1)
    assert settings.timezone is None and settings.templates_dir is None and settings.corrections_file is None


def test_corrections_address_is_linked_from_person_and_council_pages(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_text(article(1) + "Leeds City Council agreed.\n", encoding="utf-8")
    address = "https://github.com/user/repo/issues/new"
    build(content, tmp_path / "site", tmp_path / "cache", corrections_address=address, site_title="Valley")
    # Named once, Jane Doe is an entry on a shared page (``cuttings/named_once.py``), with the link in it.
    page, anchor = next(p for p in exported(tmp_path / "site", "people") if p["slug"] == "jane-doe")["url"].split("#")
    shared = page_text(tmp_path / "site" / page / "index.html")
    entry = shared[shared.index(f'<section class="person-once" id="{anchor}"'):]
    entry = entry[:entry.index("</section>")]
    council = page_text(tmp_path / "site" / "councils" / "leeds-city-council" / "index.html")
    assert f'href="{address}?title=Correction%3A%20Jane%20Doe%20%28Valley%29"' in entry
    assert f'href="{address}?title=Correction%3A%20Leeds%20City%20Council%20%28Valley%29"' in council
    build(content, tmp_path / "plain", tmp_path / "cache")
    assert "Report an error" not in (tmp_path / "plain" / page / "index.html").read_text(encoding="utf-8")


def test_corrections_address_may_be_an_email(tmp_path: Path) -> None:
    (tmp_path / "cuttings.toml").write_text('corrections_address = "mailto:desk@example.org"\n', encoding="utf-8")
    assert load_config(tmp_path).corrections_address == "mailto:desk@example.org"
    (tmp_path / "cuttings.toml").write_text('corrections_address = "desk at example"\n', encoding="utf-8")
    with pytest.raises(CuttingsError) as raised:
        load_config(tmp_path)
    assert raised.value.line == 1
