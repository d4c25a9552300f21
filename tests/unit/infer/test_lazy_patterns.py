"""The people rules' patterns are compiled when first used, and the build's own process (which links but does not
infer) does not import the rules at all: what each start of a build or of a worker no longer pays."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from cuttings.infer.people import _Lazy


def test_a_lazy_pattern_answers_as_the_compiled_one_and_compiles_on_first_use() -> None:
    text = "Cllr Jane Doe said; cllr JOHN ROE said; Dr Ann Poe"
    for source, flags in ((r"\b[Cc]llr (\w+) (\w+)", 0), (r"cllr (?P<given>\w+)", re.IGNORECASE)):
        lazy, compiled = _Lazy(source, flags), re.compile(source, flags)
        assert "search" not in vars(lazy)  # nothing compiled yet
        assert lazy.search(text).span() == compiled.search(text).span()  # type: ignore[union-attr]
        assert "search" in vars(lazy)  # kept: later calls go straight to the compiled pattern's method
        assert [m.groups() for m in lazy.finditer(text)] == [m.groups() for m in compiled.finditer(text)]
        assert lazy.sub("X", text) == compiled.sub("X", text)
        assert lazy.match(text).group() == compiled.match(text).group()  # type: ignore[union-attr]
    with pytest.raises(re.error):  # an error in a pattern is raised where it is first used
        _Lazy(r"(unclosed").search("x")


def test_the_build_process_imports_no_rules_and_importing_them_compiles_nothing() -> None:
    script = (
        "import sys, cuttings.cli, cuttings.pipeline\n"
        "assert 'cuttings.infer.people' not in sys.modules, 'the build imports the people rules'\n"
        "import cuttings.infer.people as people\n"
        "lazy = [v for v in vars(people).values() if isinstance(v, people._Lazy)]\n"
        "assert len(lazy) > 100 and all(set(vars(v)) == {'_source'} for v in lazy), 'compiled at import'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
