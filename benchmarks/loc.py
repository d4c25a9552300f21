"""Lines of the incremental machinery, by module, beside the package's total.

    python benchmarks/loc.py [--json]

The machinery is the code that answers "can this output be skipped?" and keeps what the next build needs: the
modules named in ``MACHINERY``, and the definitions named in ``PARTS`` that live in other modules. Logic moved
out of them into other modules still counts if it is listed here, so the package's total is printed too: a fall in
the machinery's lines that is not a fall in the total was a move. Lines are physical lines, blank and comment lines
included, as ``wc -l`` counts them; a part is the lines from its first named definition to the end of its last.
"""

from __future__ import annotations

import argparse
import ast
import json
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cuttings"
MACHINERY = {
    "pipeline.py": "the plan (what changed, what to infer, whether to stop) and its execution, stage by stage",
    "cache.py": "fingerprints, the article store, the manifest, the output check",
    "memo.py": "page records: which pages to keep unrendered",
    "relink.py": "storing the last linked catalogue, which linking in part starts from",
    "search/incremental.py": "search shards remade from the last build's postings",
    "write.py": "moving only new and changed files into the output",
    "parallel.py": "inference workers and forked render parts",
    "sealed.py": "the one cache file format, written atomically and checked when read back",
    "fingerprints.py": "code fingerprints from the import graph",
}
PARTS = {
    "model.py": (("Packed", "pack", "_PackedSlot", "packed_fields"),
                 "fields kept pickled in the linked store until read (in model.py, which inference imports: moving "
                 "them out would re-key every cached article)"),
}


def part_lines(path: Path, names: tuple[str, ...]) -> int:
    """Lines from the first of the top-level definitions ``names`` to the end of the last; no other definition may
    lie between them (then the part would count code that is not the machinery's)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    spans = {node.name: (min([node.lineno, *(d.lineno for d in node.decorator_list)]), node.end_lineno or 0)
             for node in tree.body if isinstance(node, ast.FunctionDef | ast.ClassDef)}
    missing = [name for name in names if name not in spans]
    if missing:
        raise SystemExit(f"{path.name} no longer defines {', '.join(missing)}: update PARTS in {__file__}")
    first, last = min(spans[name][0] for name in names), max(spans[name][1] for name in names)
    between = [name for name, (start, _) in spans.items() if first <= start <= last and name not in names]
    if between:
        raise SystemExit(f"{path.name}: {', '.join(between)} lies among the counted definitions; update PARTS")
    return last - first + 1


def lines(path: Path) -> int:
    with path.open("rb") as file:
        return sum(1 for _ in file)


def count() -> dict[str, object]:
    machinery = {name: lines(PACKAGE / name) for name in MACHINERY if (PACKAGE / name).exists()}
    machinery.update({f"{name} (part)": part_lines(PACKAGE / name, names) for name, (names, _) in PARTS.items()})
    package = {path.relative_to(PACKAGE).as_posix(): lines(path) for path in sorted(PACKAGE.rglob("*.py"))}
    return {"machinery": machinery, "machinery_total": sum(machinery.values()),
            "package_total": sum(package.values()),
            "rest": {name: size - sum(part for counted, part in machinery.items() if counted == f"{name} (part)")
                     for name, size in package.items() if name not in machinery}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    counts = count()
    if parser.parse_args().json:
        print(json.dumps(counts, indent=2))
        return
    machinery = counts["machinery"]
    assert isinstance(machinery, dict)
    described = {**MACHINERY, **{f"{name} (part)": about for name, (_, about) in PARTS.items()}}
    for name, size in machinery.items():
        print(f"{size:6d}  {name:24s} {described[name]}")
    print(f"{counts['machinery_total']:6d}  incremental machinery")
    rest = counts["rest"]
    assert isinstance(rest, dict)
    print(f"{sum(rest.values()):6d}  the rest of the package ({len(rest)} modules, less the parts; --json lists them)")
    print(f"{counts['package_total']:6d}  the package")


if __name__ == "__main__":
    main()
