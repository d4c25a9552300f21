"""The data export's item-by-item JSON encoding gives exactly ``json.dumps(data, indent=1)``."""

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


def reference(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def test_typical_records() -> None:
    data = [
        {"slug": "a", "title": "Caf\u00e9 \u201cquoted\u201d\nline", "people": [],
         "roles": [{"role": "leader", "date": None}]},
        {"slug": "b", "empty": {}, "nested": [[1, 2], []], "text": "tab\there \u2028 separator"},
    ]
    assert to_json_bytes(data) == reference(data)
    assert to_json_bytes([]) == reference([])
    assert to_json_bytes({"a": [1]}) == reference({"a": [1]})


@given(st.lists(VALUES, max_size=5))
def test_any_list_encodes_as_json_dumps(data: list[Any]) -> None:
    assert to_json_bytes(data) == reference(data)
