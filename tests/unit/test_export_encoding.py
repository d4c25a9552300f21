"""The data export's JSON: the same data as ``json.dumps`` would give, one list item per line."""

from __future__ import annotations

import gzip
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from cuttings.export import gzip_pieces, to_json_bytes

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
        memo = Memo("scope", previous=first.records, table=first.table)
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


@given(st.lists(st.binary(max_size=3000), max_size=6))
def test_the_export_compressed_as_it_is_written_is_what_gzip_gives(pieces: list[bytes]) -> None:
    """What ``gzip.compress`` gives, however the bytes come, but for the header's system byte ("unknown", which
    zlib sets to the machine's): the same on every machine, and readable by any gunzip."""
    compressed = b"".join(gzip_pieces(iter(pieces)))
    whole = gzip.compress(b"".join(pieces), compresslevel=6, mtime=0)
    assert compressed[:9] == whole[:9] and compressed[9] == 0xFF and compressed[10:] == whole[10:]
    assert gzip.decompress(compressed) == b"".join(pieces)
