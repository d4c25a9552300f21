"""benchmarks/corpus.py: replication of a tiny corpus written here (no ../shared needed)."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks import corpus
from benchmarks.reference_names import LOCAL_AUTHORITIES, SURNAMES

ARTICLES = {
    "news/001.txt": (
        "Library hours cut as Margaret Thornbury warns of closures\n\n"
        "Opening hours at the town library will fall from next month, Margaret Thornbury said.\n\n"
        'Mrs Thornbury, who chairs the friends group, said: "Readers deserve better."\n\n'
        "Thornbury's group will meet on Friday. Colin Aldgate, a volunteer, agreed.\n"
    ),
    "news/002.txt": (
        "Bus route saved after petition\n\n"
        "A bus route threatened with closure will keep running after a petition.\n\n"
        "Passengers collected 2,000 signatures in a fortnight.\n"
    ),
    "sport/003.txt": (
        "Cricket club celebrates centenary\n\n"
        "Members gathered on Saturday as Derek Pennyworth cut a cake shaped like a bat.\n\n"
        "Mr Pennyworth has been club secretary since 1990.\n"
    ),
}


@pytest.fixture()
def tiny_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    for relative, text in ARTICLES.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text, encoding="utf-8")
    return root


def blocks(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").strip().split("\n\n")


def test_writes_n_articles_in_raw_format(tiny_corpus: Path, tmp_path: Path) -> None:
    paths = corpus.replicate(tiny_corpus, 10, tmp_path / "out")

    assert len(paths) == 10
    assert sorted(p.name for p in (tmp_path / "out").glob("*.txt")) == sorted(p.name for p in paths)
    headlines = [blocks(path)[0] for path in paths]
    assert len(set(headlines)) == 10, "every copy's headline must differ"
    assert sum(1 for headline in headlines if "(update" not in headline) == 3, "copy 0 keeps its headline"


def test_same_seed_same_bytes_other_seed_differs(tiny_corpus: Path, tmp_path: Path) -> None:
    first = [p.read_bytes() for p in corpus.replicate(tiny_corpus, 9, tmp_path / "a", seed=7)]
    again = [p.read_bytes() for p in corpus.replicate(tiny_corpus, 9, tmp_path / "b", seed=7)]
    other = [p.read_bytes() for p in corpus.replicate(tiny_corpus, 9, tmp_path / "c", seed=8)]

    assert first == again
    assert first != other


def test_every_article_has_a_parseable_date_line_in_range(tiny_corpus: Path, tmp_path: Path) -> None:
    for path in corpus.replicate(tiny_corpus, 30, tmp_path / "out"):
        date = dt.datetime.strptime(blocks(path)[1], "%d %B %Y").date()
        assert corpus.FIRST_DATE <= date <= corpus.LAST_DATE


def test_copy_zero_is_the_original_text_plus_a_date(tiny_corpus: Path, tmp_path: Path) -> None:
    paths = corpus.replicate(tiny_corpus, 3, tmp_path / "out")
    originals = {text.strip().split("\n\n")[0]: text.strip().split("\n\n") for text in ARTICLES.values()}

    for path in paths:
        headline, _date, *body = blocks(path)
        assert [headline, *body] == originals[headline]


def test_later_copies_rename_people_consistently(tiny_corpus: Path, tmp_path: Path) -> None:
    paths = corpus.replicate(tiny_corpus, 3 * 6, tmp_path / "out")
    library_copies = [p for p in paths if "news-001-" in p.name and not p.name.endswith("-0.txt")]
    new_surnames = set()

    assert len(library_copies) == 5
    for path in library_copies:
        text = path.read_text(encoding="utf-8")
        assert "Thornbury" not in text and "Aldgate" not in text
        surname = re.search(r"Margaret (\w+) warns", text)
        assert surname and surname.group(1) in SURNAMES
        new = surname.group(1)
        assert f"Mrs {new}, who chairs" in text
        assert f"{new}'s group will meet" in text
        assert f"Margaret {new} said" in text
        assert "Colin Aldgate" not in text and re.search(r"Colin (\w+), a volunteer", text)
        new_surnames.add(new)
    assert len(new_surnames) > 1, "copies must name different people so that people grow with N"


def test_people_and_council_sentence(tiny_corpus: Path, tmp_path: Path) -> None:
    articles = list(corpus.replicated_articles(tiny_corpus, 3 * 20))
    cricket = [a for a in articles if a.slug.startswith("sport-003-")]

    assert next(a for a in cricket if a.slug.endswith("-0")).people == ("Derek Pennyworth",)
    assert all(len(a.people) == 1 and a.people[0].startswith("Derek ") for a in cricket)
    with_council = [a for a in articles if a.council is not None]
    assert with_council, "some copies must carry a council sentence"
    assert all(a.council in LOCAL_AUTHORITIES for a in with_council)
    assert all(a.paragraphs[-1] == f"The plan was discussed by {a.council} on Tuesday." for a in with_council)
    assert all(a.council is None for a in articles if a.slug.endswith("-0"))


def test_markdown_front_matter_matches_text(tiny_corpus: Path, tmp_path: Path) -> None:
    markdown_paths = corpus.to_markdown(tiny_corpus, 6, tmp_path / "md")
    text_paths = corpus.replicate(tiny_corpus, 6, tmp_path / "txt")

    for markdown_path, text_path in zip(markdown_paths, text_paths, strict=True):
        _, header, body = markdown_path.read_text(encoding="utf-8").split("---\n", 2)
        meta = yaml.safe_load(header)
        headline, date_line, *paragraphs = blocks(text_path)
        assert meta["title"] == headline
        assert meta["date"] == dt.datetime.strptime(date_line, "%d %B %Y").date()
        assert body.strip().split("\n\n") == paragraphs
        assert all(person in body or person in headline for person in meta["people"])
        assert meta["slug"] in markdown_path.name


def test_refuses_to_clear_a_folder_it_did_not_write(tiny_corpus: Path, tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")

    with pytest.raises(ValueError, match="not written by"):
        corpus.replicate(tiny_corpus, 3, precious)
    assert (precious / "notes.txt").read_text() == "keep me"


def test_rerun_with_smaller_n_leaves_only_n_files(tiny_corpus: Path, tmp_path: Path) -> None:
    corpus.replicate(tiny_corpus, 12, tmp_path / "out")
    corpus.replicate(tiny_corpus, 4, tmp_path / "out")

    assert len(list((tmp_path / "out").glob("*.txt"))) == 4
