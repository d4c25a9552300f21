"""Corrections for the whole archive in corrections.toml (issue 20), on made-up names and places."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cuttings.corrections import load_corrections
from cuttings.errors import CuttingsError
from cuttings.pipeline import build_site
from tests.conftest import exported as exported_data
from tests.site.test_incremental import build, snapshot

ARTICLES = {
    "a.txt": """Library hours extended in Northfold

4 March 2021

Councillor Peter Quennell said the library would open on Sundays. Leeds City Council agreed the plan.

Resident Marjorie Pettigrew said she was delighted. "It is wonderful news," said Mrs Pettigrew.

Cllr Quennell said Grange Park would also get a reading room.
""",
    "b.txt": """Bridge repairs approved

9 April 2021

Pete Quennell, the council's cabinet member for transport, said the bridge would reopen in May.

John Smith, headteacher of Northfold Primary, said pupils would be safer. Wakefield Council welcomed it.

The work will be paid for by Northfold District Council.
""",
    "c.txt": """School wins award

12 May 2021

John Smith, a Leeds City Council member, said the award was deserved.

"We are proud," said Councillor John Smith.
""",
}

CORRECTIONS = """\
not_people = ["Grange Park"]
do_not_publish = ["Marjorie Pettigrew"]

[[person]]
name = "Peter Quennell"
also = ["Pete Quennell"]

[[person]]
name = "John Smith (headteacher)"
also = ["John Smith"]
role = "headteacher"

[[person]]
name = "John Smith (councillor)"
also = ["John Smith"]
council = "Leeds City Council"

[[person]]
name = "Nobody Atall"

[[council]]
name = "Northfold District Council"

[[council]]
name = "Wakefield Metropolitan District Council"
also = ["Wakefield Council"]
"""


@pytest.fixture
def content(content_dir: Path) -> Path:
    for name, text in ARTICLES.items():
        (content_dir / name).write_text(text, encoding="utf-8")
    return content_dir


def exported(site: Path, name: str) -> list[dict[str, object]]:
    return exported_data(site, name)


def every_file_text(site: Path) -> str:
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in sorted(site.rglob("*")) if p.is_file())


def test_corrections_apply_across_the_archive(content: Path, tmp_path: Path) -> None:
    corrections = tmp_path / "corrections.toml"
    corrections.write_text(CORRECTIONS, encoding="utf-8")
    site = tmp_path / "site"
    before = build(content, tmp_path / "before", tmp_path / "cache")
    report = build(content, site, tmp_path / "cache", corrections_file=corrections)
    assert before.people > 0
    people = {p["name"] for p in exported(site, "people")}
    assert {"Peter Quennell", "John Smith (headteacher)", "John Smith (councillor)"} <= people
    assert "Pete Quennell" not in people and "John Smith" not in people
    assert "Grange Park" not in people
    assert not any("Pettigrew" in name for name in people)
    councils = {c["name"] for c in exported(site, "councils")}
    assert {"Northfold District Council", "Wakefield Metropolitan District Council"} <= councils
    assert "Wakefield Council" not in councils
    # Do not publish: the name is on no page, in no search file and in no export.
    text = every_file_text(site)
    assert "Pettigrew" not in text and "pettigrew" not in text
    assert "[name withheld]" in (site / "articles" / "library-hours-extended-in-northfold" / "index.html").read_text(
        encoding="utf-8")
    # A correction that matches nothing is reported with its line.
    [unmatched] = [w for w in report.warnings if "matches nothing" in w]
    assert f"{corrections}:18:" in unmatched and "Nobody Atall" in unmatched
    # The content files are never changed.
    assert {p.name: p.read_text(encoding="utf-8") for p in content.iterdir()} == ARTICLES


def test_editing_the_corrections_rebuilds_as_a_clean_build(content: Path, tmp_path: Path) -> None:
    corrections = tmp_path / "corrections.toml"
    corrections.write_text(CORRECTIONS, encoding="utf-8")
    build(content, tmp_path / "site", tmp_path / "cache", corrections_file=corrections)
    corrections.write_text(CORRECTIONS.replace('do_not_publish = ["Marjorie Pettigrew"]\n', ""), encoding="utf-8")
    again = build(content, tmp_path / "site", tmp_path / "cache", corrections_file=corrections)
    assert not again.up_to_date
    assert "Pettigrew" in every_file_text(tmp_path / "site")
    build(content, tmp_path / "clean", tmp_path / "clean-cache", corrections_file=corrections)
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")


def test_people_named_in_passing_stay_unlinked_below_the_minimum(content: Path, tmp_path: Path) -> None:
    corrections = tmp_path / "corrections.toml"
    corrections.write_text(CORRECTIONS, encoding="utf-8")
    site = tmp_path / "site"
    build(content, site, tmp_path / "cache", corrections_file=corrections, person_page_min_articles=2)
    people = {p["name"] for p in exported(site, "people")}
    # Two articles: a page. A role: a page. Neither: the name stays in the text, unlinked.
    assert {"Peter Quennell", "John Smith (headteacher)"} <= people
    assert "John Smith (councillor)" not in people
    page = (site / "articles" / "school-wins-award" / "index.html").read_text(encoding="utf-8")
    assert "John Smith" in page and "people/john-smith" not in page


@pytest.mark.parametrize(("text", "line", "fragment"), [
    ('[[person]]\nname = "A B"\nalso = ["C D"]\nrole = 3\n', 1, "role"),
    ('not_people = ["X"]\n\n[[person]]\nname = "A B"\nfrom = "last year"\n', 3, "from"),
    ('[[person]]\nname = "A B"\n\n[[person]]\nalso = ["C D"]\n', 4, "needs a name"),
    ('[[person]]\nname = "A B"\nalias = ["C"]\n', 3, "alias"),
    ('donotpublish = ["A B"]\n', 1, "donotpublish"),
])
def test_a_mistake_in_the_corrections_names_its_line(tmp_path: Path, text: str, line: int, fragment: str) -> None:
    path = tmp_path / "corrections.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CuttingsError) as raised:
        load_corrections(path)
    assert (raised.value.path, raised.value.line) == (str(path), line)
    assert fragment in raised.value.message


def test_the_corrections_file_beside_the_config_is_used(content: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from cuttings.cli import parse_args, settings_from

    (tmp_path / "corrections.toml").write_text(CORRECTIONS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    settings = settings_from(parse_args(["--content", str(content), "--quiet"]))
    assert settings.corrections_file == tmp_path / "corrections.toml"
    (tmp_path / "cuttings.toml").write_text('corrections = "elsewhere.toml"\n', encoding="utf-8")
    with pytest.raises(CuttingsError, match="corrections"):
        settings_from(parse_args([]))
    assert build_site  # the pipeline is what tests above build with
