"""The writer swaps a complete site in, and refuses paths outside the output folder."""

from pathlib import Path

import pytest

from cuttings.errors import CuttingsError
from cuttings.model import Page
from cuttings.write import SiteWriter


def test_commit_replaces_previous_site(tmp_path: Path) -> None:
    output = tmp_path / "site"
    output.mkdir()
    (output / "old.html").write_text("old")
    with SiteWriter(output) as writer:
        writer.write(Page("index.html", b"new"))
    assert (output / "index.html").read_bytes() == b"new"
    assert not (output / "old.html").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_failed_build_leaves_previous_site(tmp_path: Path) -> None:
    output = tmp_path / "site"
    output.mkdir()
    (output / "index.html").write_text("previous")
    with pytest.raises(RuntimeError), SiteWriter(output) as writer:
        writer.write(Page("index.html", b"half"))
        raise RuntimeError("render failed")
    assert (output / "index.html").read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


@pytest.mark.parametrize("path", ["../x.html", "/etc/x", "a/../../x", "a\\..\\x"])
def test_refuses_paths_outside(tmp_path: Path, path: str) -> None:
    writer = SiteWriter(tmp_path / "site")
    with pytest.raises(CuttingsError, match="outside"):
        writer.write(Page(path, b"x"))
    writer.abandon()


def test_refuses_double_write(tmp_path: Path) -> None:
    writer = SiteWriter(tmp_path / "site")
    writer.write(Page("a.html", b"1"))
    with pytest.raises(CuttingsError, match="same path"):
        writer.write(Page("a.html", b"2"))
    writer.abandon()
