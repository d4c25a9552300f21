"""The data export's JSON: the same data as ``json.dumps`` would give, one list item per line."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from cuttings.export import to_json_bytes

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
