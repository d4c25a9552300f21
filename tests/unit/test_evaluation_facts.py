"""The facts evaluation carries verdicts over: a fact judged alike before keeps its verdict, a disputed one not."""

from __future__ import annotations

import json
from pathlib import Path

from evaluation.facts import carry_over, earlier_verdicts


def _write(folder: Path, name: str, items: list[dict[str, object]], corpus: str = "news") -> None:
    data = {"corpus": corpus, "kind": "roles", "split": "text", "items": items}
    (folder / name).write_text(json.dumps(data), encoding="utf-8")


def _item(index: int, role: str, verdict: str) -> dict[str, object]:
    return {"item": f"a/001.txt r{index}", "person": "Jo Bell", "role": role, "organisation": "Acme",
            "verdict": verdict, "reason": ""}


def test_a_fact_judged_alike_keeps_its_verdict_whatever_its_index(tmp_path: Path) -> None:
    _write(tmp_path, "news-roles-1.json", [_item(0, "chair", "right"), _item(1, "director", "wrong")])
    _write(tmp_path, "news-roles-2.json", [_item(3, "chair", "right"), _item(4, "director", "right")])
    _write(tmp_path, "other-roles-3.json", [_item(0, "treasurer", "right")], corpus="other")
    records = [_item(7, "chair", ""), _item(8, "director", ""), _item(9, "treasurer", "")]
    carried = carry_over(records, earlier_verdicts("news", "roles", "text", tmp_path))
    assert carried == 1
    assert [record["verdict"] for record in records] == ["right", "", ""]
    assert "1, 2" in str(records[0]["reason"])
    assert "disagree" in str(records[1]["reason"])


def test_the_file_being_drawn_is_not_its_own_evidence(tmp_path: Path) -> None:
    _write(tmp_path, "news-roles-1.json", [_item(0, "chair", "right")])
    earlier = earlier_verdicts("news", "roles", "text", tmp_path, skip=tmp_path / "news-roles-1.json")
    assert earlier == {}
