"""infer_article composes the inference modules: mentions, the writer's byline, overrides on mentions."""

from pathlib import Path

from cuttings.infer import infer_article
from cuttings.model import SourceArticle

TEXT = (
    "Bridge to close for repairs\n\nMarta Kowalczyk\n\nCARDIFF 2021-05-04\n\n"
    "Councillor Owen Pritchard said Cardiff Council would close the bridge.\n\n"
    "Mr Pritchard added that the council had no choice.\n"
)


def article_from(text: str, front_matter: dict | None = None, suffix: str = ".txt"):  # type: ignore[no-untyped-def]
    return infer_article(SourceArticle(Path(f"/c/a{suffix}"), f"a{suffix}", text, front_matter or {},
                                       "markdown" if suffix == ".md" else "text", "hash"))


def test_byline_writer_is_a_person_and_date_from_dateline() -> None:
    article = article_from(TEXT)
    names = [person.name for person in article.people]
    assert "Owen Pritchard" in names and "Marta Kowalczyk" in names
    assert article.date is not None and article.date.isoformat() == "2021-05-04"


def test_mentions_point_into_the_paragraphs() -> None:
    article = article_from(TEXT)
    assert article.mentions
    for mention in article.mentions:
        surface = article.paragraphs[mention.paragraph].text[mention.start:mention.end]
        assert surface and surface[0].isupper()
        assert mention.name in [p.name for p in article.people] + list(article.councils)
    assert {m.kind for m in article.mentions} == {"person", "council"}


def test_dropped_person_loses_mentions_quotes_and_roles() -> None:
    article = article_from(TEXT, {"not_people": ["Owen Pritchard"]})
    assert "Owen Pritchard" not in [p.name for p in article.people]
    assert all(m.name != "Owen Pritchard" for m in article.mentions)
    assert all(r.person != "Owen Pritchard" for r in article.roles)


def test_articles_inferred_together_are_each_as_inferred_alone_and_an_error_keeps_its_place() -> None:
    """``infer_articles`` reads several articles through the model at once: each comes out as ``infer_article``
    makes it alone, and an article whose front matter is wrong is its error, in its place."""
    from cuttings.errors import ContentError
    from cuttings.infer.article import infer_articles
    from cuttings.read import read_article

    content = Path(__file__).resolve().parents[2] / "content"
    sources = [read_article(path, content) for path in sorted(content.glob("*.txt"))]
    wrong = SourceArticle(Path("/c/wrong.md"), "wrong.md", TEXT, {"title": ["not", "text"]}, "markdown", "hash")
    alone = SourceArticle(Path("/c/a.txt"), "a.txt", TEXT, {}, "text", "hash")
    together = infer_articles([sources[0], wrong, *sources[1:], alone])
    assert isinstance(together[1], ContentError) and "title" in str(together[1])
    assert together[:1] + together[2:] == [infer_article(source) for source in [*sources, alone]]
    assert all(article.people for article in together[2:])  # type: ignore[union-attr]
