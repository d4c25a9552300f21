"""Reading content files: decoding, front matter, refusals that name the file."""

import os
from pathlib import Path

import pytest

from cuttings.errors import ContentError
from cuttings.read import MAX_ARTICLE_BYTES, ContentFile, discover, read_article, read_content, scan_content


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
    found = [os.path.relpath(path, content_dir) for path in discover(content_dir)]
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


def test_scanning_refuses_by_name_what_reading_refuses(content_dir: Path, tmp_path: Path) -> None:
    """The rebuild's scan (``scan_content``, paths as strings, no ``Path`` per file) makes every check a full read
    makes: links out of the folder, a file behind a linked folder leading out, broken links, files that are not
    regular (behind a link: ``discover`` finds only files and links), the size limit; a link to a file inside is
    read, a linked folder leading inside is not walked twice."""
    outside = tmp_path / "outside"
    (outside / "deep").mkdir(parents=True)
    (outside / "o.txt").write_text("Secret.\n", encoding="utf-8")
    (outside / "deep" / "d.txt").write_text("Deeper secret.\n", encoding="utf-8")
    (content_dir / "sub").mkdir()
    (content_dir / "sub" / "in.txt").write_text("Inside.\n", encoding="utf-8")
    (content_dir / "ok.txt").write_text("Fine.\n", encoding="utf-8")
    (content_dir / "file-out.txt").symlink_to(outside / "o.txt")
    (content_dir / "file-in.txt").symlink_to(content_dir / "sub" / "in.txt")
    (content_dir / "folder-out").symlink_to(outside, target_is_directory=True)
    (content_dir / "folder-in").symlink_to(content_dir / "sub", target_is_directory=True)
    (content_dir / "broken.txt").symlink_to(content_dir / "gone.txt")
    os.mkfifo(content_dir / "sub" / "pipe.fifo")  # not an article's name: not found
    (content_dir / "pipe.txt").symlink_to(content_dir / "sub" / "pipe.fifo")  # a link to it is, and refused
    (content_dir / "huge.txt").write_bytes(b"x" * (MAX_ARTICLE_BYTES + 1))
    (content_dir / ".hidden.txt").write_text("Hidden.\n", encoding="utf-8")
    items = list(scan_content(content_dir))
    scanned = {item.relative_path: item for item in items if isinstance(item, ContentFile)}
    refused = {os.path.relpath(item.path or "", content_dir): str(item) for item in items
               if isinstance(item, ContentError)}
    assert sorted(scanned) == ["file-in.txt", "ok.txt", "sub/in.txt"]
    assert scanned["ok.txt"].path == str(content_dir / "ok.txt")
    assert scanned["file-in.txt"].content_hash == scanned["sub/in.txt"].content_hash
    assert sorted(refused) == ["broken.txt", "file-out.txt", "folder-out/deep/d.txt", "folder-out/o.txt",
                               "huge.txt", "pipe.txt"]
    for name in ("file-out.txt", "folder-out/deep/d.txt", "folder-out/o.txt"):
        assert "outside the content folder" in refused[name]
    assert "broken link" in refused["broken.txt"] and "broken link" in refused["pipe.txt"]
    assert "MB limit" in refused["huge.txt"]
    # A full read refuses the same files with the same words.
    read = {os.path.relpath(item.path or "", content_dir): str(item) for item in read_content(content_dir)
            if isinstance(item, ContentError)}
    assert read == refused


def test_a_relative_content_folder_and_a_folder_named_like_its_prefix(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Paths are compared as text: "content-2/x.txt" is not inside "content", and a relative folder works."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content").mkdir()
    (tmp_path / "content-2").mkdir()
    (tmp_path / "content-2" / "x.txt").write_text("Next door.\n", encoding="utf-8")
    (tmp_path / "content" / "a.txt").write_text("Here.\n", encoding="utf-8")
    (tmp_path / "content" / "next.txt").symlink_to(tmp_path / "content-2" / "x.txt")
    items = list(scan_content(Path("content")))
    assert [item.relative_path for item in items if isinstance(item, ContentFile)] == ["a.txt"]
    [refused] = [item for item in items if isinstance(item, ContentError)]
    assert refused.path == os.path.join("content", "next.txt") and "outside the content folder" in str(refused)
