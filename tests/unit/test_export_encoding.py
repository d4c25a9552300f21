"""The data export's JSON: the same data as ``json.dumps`` would give, one list item per line."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cuttings import export
from cuttings.export import gzip_member, gzip_members, record_groups, to_json_bytes

SCALARS = st.none() | st.booleans() | st.integers() | st.text()
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4), max_leaves=20
)


def test_typical_records() -> None:
    data = [
        {"slug": "a", "title": "Caf\u00e9 \u201cquoted\u201d\nline", "people": [],
         "roles": [{"role": "leader", "date": None}]},
        {"slug": "b", "empty": {}, "nested": [[1, 2], []], "text": "tab\there \u2028 separator"},
    ]
    encoded = to_json_bytes(data)
    assert json.loads(encoded) == data
    lines = encoded.decode("utf-8").split("\n")
    assert lines[0] == "[" and lines[-2:] == ["]", ""]
    assert [json.loads(line.rstrip(",")) for line in lines[1:-2]] == data
    assert "Caf\u00e9".encode() in encoded, "text stays readable UTF-8, not \\u escapes"
    assert to_json_bytes([]) == b"[]\n"
    assert json.loads(to_json_bytes({"a": [1]})) == {"a": [1]}


@given(st.lists(VALUES, max_size=5))
def test_any_list_round_trips_one_item_per_line(data: list[Any]) -> None:
    encoded = to_json_bytes(data)
    assert json.loads(encoded) == data
    if data:
        assert encoded.count(b"\n") == len(data) + 2


@given(st.lists(VALUES, max_size=5))
def test_records_made_one_at_a_time_encode_as_the_list_would(data: list[Any]) -> None:
    assert to_json_bytes(item for item in data) == to_json_bytes(data)


def test_export_files_are_kept_while_nothing_they_read_changed() -> None:
    import datetime as dt

    from cuttings.export import export_pages
    from cuttings.link import build_catalogue
    from cuttings.memo import Changes, Memo
    from cuttings.model import Article, Catalogue, Paragraph, PersonMention

    def catalogue(body: str, source: str | None = None) -> Catalogue:
        return build_catalogue([Article(
            source_file="a.txt", content_hash="1", title="Bins", date=dt.date(2020, 1, 2), source=source,
            body_format="text", body=body, paragraphs=(Paragraph(body),), people=(PersonMention("Ada Quill", ()),),
            councils=("Northmoor Council",))])

    def made(made_from: Catalogue, memo: Memo) -> dict[str, bytes | None]:
        # data/index.json, a few constant bytes, is made every time.
        return {page.path: None if getattr(page, "reused", False) else page.content
                for page in export_pages(made_from, memo) if page.path != "data/index.json"}

    first_catalogue = catalogue("Ada Quill spoke.")
    first = Memo("scope")
    assert all(content is not None for content in made(first_catalogue, first).values())

    def after(edited: Catalogue) -> dict[str, bytes | None]:
        memo = Memo("scope", previous=first.records, paths=first.paths)
        memo.compare(Changes(first_catalogue, edited))
        return made(edited, memo)

    # None of the files shows an article's text.
    assert after(catalogue("Ada Quill spoke. The bins were late.")) == dict.fromkeys(
        ["data/articles.json.gz", "data/people.json.gz", "data/councils.json.gz"])
    sourced = after(catalogue("Ada Quill spoke.", source="The Gazette"))
    assert sourced["data/people.json.gz"] is None and sourced["data/councils.json.gz"] is None
    assert b"The Gazette" in gzip.decompress(sourced["data/articles.json.gz"] or b"")


def test_a_role_or_quote_points_to_its_sentence_only_where_known() -> None:
    from cuttings.export import place

    assert place(3, 41) == {"at": [3, 41]}
    assert place(-1, -1) == {}


@given(st.lists(st.tuples(st.binary(max_size=3000), st.text(max_size=30)), max_size=6))
def test_members_read_as_one_gzip_file_and_are_found_by_key(parts: list[tuple[bytes, str]]) -> None:
    """Members one after another are one gzip file to ``gzip`` (and so to ``gunzip``), and each is found again
    by its key from the headers alone; a file cut short or of another layout gives none."""
    members = [gzip_member(content, key) for content, key in parts]
    whole = b"".join(members)
    assert gzip.decompress(whole) == b"".join(content for content, _ in parts)
    with gzip.open(io.BytesIO(whole)) as file:
        assert file.read() == b"".join(content for content, _ in parts)
    assert gzip_members(whole) == {key: member for (_, key), member in zip(parts, members, strict=True)}
    if whole:
        assert gzip_members(whole[:-1]) == {}
        assert gzip_members(gzip.compress(whole, mtime=0)) == {}


@given(st.lists(st.text(min_size=1, max_size=8), unique=True, max_size=60), st.data())
def test_a_record_added_or_removed_changes_its_own_groups_alone(slugs: list[str], data: st.DataObject) -> None:
    """Groups end where their own slugs say: a slug added or removed changes the group it is in (and merges or
    splits it with the next one at most); every other group stays, key and records."""
    before_every = export.GROUP_EVERY
    export.GROUP_EVERY = 4  # type: ignore[misc]  # many groups of few slugs
    try:
        before = record_groups(slugs)
        assert [slug for _, group in before for slug in group] == slugs
        assert all(key == group[-1] for key, group in before)
        changed = list(slugs)
        if changed and data.draw(st.booleans()):
            changed.pop(data.draw(st.integers(0, len(changed) - 1)))
        else:
            extra = data.draw(st.text(min_size=1, max_size=8).filter(lambda slug: slug not in slugs))
            changed.insert(data.draw(st.integers(0, len(changed))), extra)
        after = record_groups(changed)
        old = {(key, tuple(group)) for key, group in before}
        new = {(key, tuple(group)) for key, group in after}
        assert len(old - new) <= 2 and len(new - old) <= 2
    finally:
        export.GROUP_EVERY = before_every  # type: ignore[misc]


def test_a_new_person_remakes_their_group_and_copies_the_rest(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """After a new article naming someone new, the export made from the last build's files and the page records
    equals a clean export byte for byte, and most groups were copied, not made again."""
    import datetime as dt

    from cuttings.export import export_pages
    from cuttings.link import build_catalogue
    from cuttings.memo import Changes, Memo
    from cuttings.model import Article, Paragraph, PersonMention

    monkeypatch.setattr(export, "GROUP_EVERY", 4)
    given = ["Ada", "Bryn", "Cora", "Dai", "Efa", "Ffion", "Gwen", "Huw"]
    surnames = ["Quill", "Rook", "Stave", "Thorne", "Umber", "Vance", "Wren", "Yarrow", "Zeal", "Alder"]

    def article(number: int, name: str) -> Article:
        body = f"{name} spoke about the bins."
        return Article(source_file=f"a{number}.txt", content_hash=str(number), title=f"Bins {number}",
                       date=dt.date(2020, 1, 1 + number % 28), source=None, body_format="text", body=body,
                       paragraphs=(Paragraph(body),), people=(PersonMention(name, ()),))

    articles = [article(number, f"{given[number % 8]} {surnames[number // 8]}") for number in range(80)]
    first = build_catalogue(articles)
    memo = Memo("scope")
    for page in export_pages(first, memo):
        (tmp_path / page.path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / page.path).write_bytes(page.content)
    second = build_catalogue([*articles, article(80, "Iolo Birch")])
    again = Memo("scope", previous=memo.records, paths=memo.paths)
    again.compare(Changes(first, second))
    made = {page.path: page for page in export_pages(second, again, output_dir=tmp_path)}
    clean = {page.path: page.content for page in export_pages(second)}
    for path, content in clean.items():
        page = made[path]
        assert (tmp_path / path).read_bytes() == content if getattr(page, "reused", False) else page.content == content
    kept_groups = [path for path in again.kept if "#" in path]
    made_groups = [path for path in again.records if "#" in path]
    assert len(kept_groups) > 3 * len(made_groups) > 0
