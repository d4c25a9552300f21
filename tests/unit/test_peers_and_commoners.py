"""A peer's "Lord Doe" (or "Baroness Doe", "Lady Doe") joins no commoner "John Doe" whom no article calls a lord:
a peer is known by the title (issue 18, p18l)."""

from __future__ import annotations

from cuttings.analysis.identity import _ennobled, page_names
from cuttings.model import Article, Paragraph, PersonMention


def _article(source: str, *people: PersonMention) -> Article:
    return Article(source_file=source, content_hash=source, title=source, date=None, source=None, body_format="text",
                   body="", paragraphs=(Paragraph("text"),), people=people)


def _minister_articles() -> list[Article]:
    """Four articles naming the minister "Dan Quenby" in full, then "Mr Quenby"."""
    return [_article(f"politics/{n}.txt", PersonMention("Dan Quenby"), PersonMention("Quenby", ("Mr Quenby",)))
            for n in range(4)]


def test_a_written_form_is_ennobled_by_a_peers_title_or_lady_before_the_name() -> None:
    assert _ennobled("Lord Quenby", "Quenby")
    assert _ennobled("Former minister Lord Quenby", "Quenby")
    assert _ennobled("Lady Jane Quenby", "Jane Quenby")
    assert _ennobled("Baroness Quenby", "Dan Quenby")
    assert not _ennobled("Mr Quenby", "Quenby")
    assert not _ennobled("Quenby", "Quenby")
    assert not _ennobled("Sir Dan Quenby", "Dan Quenby")


def test_a_lord_of_a_surname_joins_no_commoner_the_archive_never_calls_a_lord() -> None:
    articles = [*_minister_articles(), _article("politics/9.txt", PersonMention("Quenby", ("Lord Quenby",)))]
    per_article: dict[tuple[str, str], str] = {}
    pages = page_names(articles, per_article=per_article)
    assert pages["Dan Quenby"] == "Dan Quenby"
    assert per_article.get(("politics/9.txt", "Quenby"), pages["Quenby"]) != "Dan Quenby"
    # The minister's own "Mr Quenby" still goes to him, article by article.
    assert all(per_article.get((f"politics/{n}.txt", "Quenby"), pages["Quenby"]) == "Dan Quenby" for n in range(4))


def test_a_lord_joins_the_full_name_some_article_calls_a_lord() -> None:
    articles = [*_minister_articles(),
                _article("politics/5.txt", PersonMention("Dan Quenby", ("Lord Quenby",))),
                _article("politics/9.txt", PersonMention("Quenby", ("Lord Quenby",)))]
    per_article: dict[tuple[str, str], str] = {}
    pages = page_names(articles, per_article=per_article)
    assert per_article.get(("politics/9.txt", "Quenby"), pages["Quenby"]) == "Dan Quenby"


def test_a_lady_joins_only_a_woman_written_lady_somewhere() -> None:
    commoner = [_article(f"arts/{n}.txt", PersonMention("Ann Tolland"), PersonMention("Tolland", ("Ms Tolland",)))
                for n in range(4)]
    lady = _article("arts/9.txt", PersonMention("Tolland", ("Lady Tolland",)))
    per_article: dict[tuple[str, str], str] = {}
    pages = page_names([*commoner, lady], per_article=per_article)
    assert per_article.get(("arts/9.txt", "Tolland"), pages["Tolland"]) != "Ann Tolland"
    titled = _article("arts/5.txt", PersonMention("Ann Tolland", ("Lady Ann Tolland",)))
    per_article = {}
    pages = page_names([*commoner, titled, lady], per_article=per_article)
    assert per_article.get(("arts/9.txt", "Tolland"), pages["Tolland"]) == "Ann Tolland"
