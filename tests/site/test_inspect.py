"""`build.py inspect FILE` prints inferred metadata as front matter that pastes back unchanged."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import yaml

from cuttings.infer import infer_article
from cuttings.read import read_article
from tests.conftest import PROJECT_ROOT

ARTICLE = ("Depot plan approved\n\n12/03/2021, PR0042\n\nCouncillor Ffion Rhys, leader of Cardiff Council, said: "
           "\"The depot will serve the whole city for decades to come.\"\n\nCllr Rhys added that work starts soon.\n")


def test_inspect_prints_front_matter_that_round_trips(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "depot.txt").write_text(ARTICLE, encoding="utf-8")
    result = subprocess.run([sys.executable, str(PROJECT_ROOT / "build.py"), "inspect", str(content / "depot.txt")],
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    block = result.stdout.split("---\n")[1]
    matter = yaml.safe_load(block)
    assert matter["title"] == "Depot plan approved"
    assert matter["date"] == dt.date(2021, 3, 12)
    assert matter["reference"] == "PR0042"
    assert "Ffion Rhys" in matter["people"]
    assert len(matter["councils"]) == 1 and "Cardiff" in matter["councils"][0]
    assert "Cllr Rhys" in matter["aliases"]["Ffion Rhys"]
    # Pasted into a Markdown copy, the same front matter gives the same metadata.
    pasted = content / "depot.md"
    pasted.write_text(f"---\n{block}---\n" + ARTICLE.split("\n\n", 2)[2], encoding="utf-8")
    article = infer_article(read_article(pasted, content))
    assert (article.title, article.date, list(article.councils)) == ("Depot plan approved", dt.date(2021, 3, 12),
                                                                     matter["councils"])
    assert [p.name for p in article.people] == matter["people"]
    assert (content / "depot.txt").read_text(encoding="utf-8") == ARTICLE


def test_inspect_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(PROJECT_ROOT / "build.py"), "inspect", "nope.txt"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert "nope.txt" in result.stderr
