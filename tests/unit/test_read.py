"""Reading content files: decoding, front matter, refusals that name the file."""

from pathlib import Path

import pytest

from cuttings.errors import ContentError
from cuttings.read import discover, read_article, read_content


def test_reads_text_and_front_matter(content_dir: Path) -> None:
    (content_dir / "a.md").write_text("---\ntitle: Hello\ndate: 2020-01-02\n---\nBody text.\n", encoding="utf-8")
    article = read_article(content_dir / "a.md", content_dir)
    assert article.front_matter["title"] == "Hello"
    assert article.body.strip() == "Body text."
    assert article.body_format == "markdown"
    assert article.front_matter_lines == {"title": 2, "date": 3}
    assert article.relative_path == "a.md"


def test_windows_1252_is_decoded_with_a_warning(content_dir: Path) -> None:
    (content_dir / "w.txt").write_bytes("Caf\u00e9 \u2019quoted\u2019 text".encode("cp1252"))
    article = read_article(content_dir / "w.txt", content_dir)
    assert "Café ’quoted’" in article.body
    assert any("w.txt" in warning and "Windows-1252" in warning for warning in article.warnings)


def test_binary_and_empty_files_are_refused_by_name(content_dir: Path) -> None:
    (content_dir / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (content_dir / "e.txt").write_text("  \n\n ", encoding="utf-8")
    problems = [item for item in read_content(content_dir) if isinstance(item, ContentError)]
    assert [Path(p.path or "").name for p in problems] == ["b.txt", "e.txt"]


def test_broken_yaml_names_file_and_line(content_dir: Path) -> None:
    (content_dir / "bad.md").write_text("---\ntitle: ok\npeople: [unclosed\n---\nBody\n", encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        read_article(content_dir / "bad.md", content_dir)
    assert raised.value.path is not None and raised.value.path.endswith("bad.md")
    assert raised.value.line is not None and raised.value.line >= 3


def test_missing_content_folder(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="does not exist"):
        discover(tmp_path / "nope")


def test_content_is_never_modified(content_dir: Path) -> None:
    path = content_dir / "a.txt"
    path.write_bytes(b"Headline\r\n\r\nBody\r\n")
    before = path.stat().st_mtime_ns, path.read_bytes()
    list(read_content(content_dir))
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before


def test_discover_sorts_like_paths_skips_hidden_and_follows_only_links_out(content_dir: Path, tmp_path: Path) -> None:
    for relative in ("b.txt", "a/z.md", "a/b/c.markdown", "a-b.TXT", ".hidden/x.txt", "a/.y.txt", "notes.pdf"):
        (content_dir / relative).parent.mkdir(parents=True, exist_ok=True)
        (content_dir / relative).write_text("Text.\n", encoding="utf-8")
    (content_dir / "a" / "loop").symlink_to(content_dir / "a", target_is_directory=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "o.txt").write_text("Secret.\n", encoding="utf-8")
    (outside / "back").symlink_to(outside, target_is_directory=True)
    (content_dir / "linked").symlink_to(outside, target_is_directory=True)
    found = [path.relative_to(content_dir).as_posix() for path in discover(content_dir)]
    assert found == ["a/b/c.markdown", "a/z.md", "a-b.TXT", "b.txt", "linked/o.txt"]
    problems = [item for item in read_content(content_dir) if isinstance(item, ContentError)]
    assert [str(problem.path) for problem in problems] == [str(content_dir / "linked" / "o.txt")]
    assert "outside the content folder" in str(problems[0])


def test_html_character_references_in_raw_text_are_decoded_once(content_dir: Path) -> None:
    (content_dir / "r.txt").write_text(
        "Visit\n\nJos&#233; Manuel Doe and Ren&eacute;e Roe met at AT&T; &amp;lt; stays written.\nA&#10;B\n",
        encoding="utf-8")
    article = read_article(content_dir / "r.txt", content_dir)
    assert "José Manuel Doe and Renée Roe" in article.body
    assert "AT&T;" in article.body  # not a reference: left as written
    assert "&lt; stays written" in article.body  # decoded once, not twice
    assert "A&#10;B" in article.body  # a line break by reference would shift the lines errors name
    (content_dir / "m.md").write_text("Jos&#233; &lt;b&gt;\n", encoding="utf-8")
    assert read_article(content_dir / "m.md", content_dir).body.strip() == "Jos&#233; &lt;b&gt;"
