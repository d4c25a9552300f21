"""benchmarks/loc.py: the machinery's lines and the rest add up to the package's, parts of modules included."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import loc


def test_the_machinery_and_the_rest_add_up_to_the_package() -> None:
    counts = loc.count()
    rest = counts["rest"]
    assert isinstance(rest, dict)
    assert counts["machinery_total"] + sum(rest.values()) == counts["package_total"]
    machinery = counts["machinery"]
    assert isinstance(machinery, dict)
    assert machinery["model.py (part)"] > 0


def test_a_part_counts_its_definitions_and_refuses_other_code_among_them(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text("import os\n\n\ndef first():\n    pass\n\n\n@staticmethod\ndef second():\n    pass\n",
                      encoding="utf-8")
    assert loc.part_lines(module, ("first", "second")) == 7
    module.write_text("def first():\n    pass\n\n\ndef other():\n    pass\n\n\ndef second():\n    pass\n",
                      encoding="utf-8")
    with pytest.raises(SystemExit, match="lies among"):
        loc.part_lines(module, ("first", "second"))
    with pytest.raises(SystemExit, match="no longer defines"):
        loc.part_lines(module, ("first", "missing"))
