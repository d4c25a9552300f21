"""Front matter written by an editor wins over inference."""

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from cuttings.errors import ContentError
from cuttings.infer.overrides import apply_overrides, read_overrides
from cuttings.model import Article, Paragraph, PersonMention, QuoteFact, RoleFact, SourceArticle


def source(front_matter: dict, lines: dict | None = None) -> SourceArticle:
    return SourceArticle(Path("/c/a.md"), "a.md", "Body", front_matter, "markdown", "hash",
                         front_matter_lines=lines or {})


def inferred() -> Article:
    return Article(
        source_file="a.md", content_hash="hash", title="Inferred", date=None, source=None,
        body_format="markdown", body="Body", paragraphs=(Paragraph("Body"),),
        people=(PersonMention("Jo Bloggs", ("Cllr Bloggs",)), PersonMention("Ann Other")),
        councils=("Anytown Council",),
        roles=(RoleFact("Jo Bloggs", "leader", "Anytown Council"),),
        quotes=(QuoteFact("Ann Other", "We will do it."),),
    )


def test_title_date_source_and_councils_override() -> None:
    overrides = read_overrides(source({"title": "Set", "date": "2020-05-01", "source": "Desk",
                                       "councils": ["Othertown Council"]}))
    article = apply_overrides(inferred(), overrides)
    assert (article.title, article.date, article.source) == ("Set", dt.date(2020, 5, 1), "Desk")
    assert article.councils == ("Othertown Council",)


def test_wrong_type_names_key_and_line() -> None:
    with pytest.raises(ContentError) as raised:
        read_overrides(source({"date": "yesterday"}, {"date": 3}))
    assert raised.value.line == 3 and "date" in str(raised.value)
    with pytest.raises(ContentError):
        read_overrides(source({"people": {"a": 1}}))


def test_unknown_keys_warn() -> None:
    overrides = read_overrides(source({"tittle": "x"}, {"tittle": 2}))
    assert overrides.warnings and "tittle" in overrides.warnings[0] and "a.md:2" in overrides.warnings[0]


def test_drop_a_person_and_their_quotes() -> None:
    article = apply_overrides(inferred(), read_overrides(source({"not_people": ["Ann Other"]})))
    assert [p.name for p in article.people] == ["Jo Bloggs"]
    assert article.quotes == ()


def test_alias_merges_a_person_under_the_canonical_name() -> None:
    base = dataclasses.replace(inferred(), people=(PersonMention("Jo Bloggs"), PersonMention("Joanne Bloggs")))
    article = apply_overrides(base, read_overrides(source({"aliases": {"Jo Bloggs": ["Joanne Bloggs"]}})))
    assert [(p.name, p.aliases) for p in article.people] == [("Jo Bloggs", ("Joanne Bloggs",))]
    assert article.roles[0].person == "Jo Bloggs"


def test_people_list_replaces_inferred() -> None:
    article = apply_overrides(inferred(), read_overrides(source({"people": ["New Person"]})))
    assert [p.name for p in article.people] == ["New Person"]
