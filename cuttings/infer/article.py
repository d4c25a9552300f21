"""One article's inference: the modules of this package composed, the editor's front matter applied last, so
front matter always wins."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from cuttings.errors import ContentError
from cuttings.infer.councils import find_councils
from cuttings.infer.findings import CouncilResult, EntitySpan, PeopleResult
from cuttings.infer.layout import Layout, analyse_markdown, analyse_text
from cuttings.infer.names import canonical_name, is_plausible_person_name
from cuttings.infer.ner import find_entities, find_entities_each
from cuttings.infer.organisations import find_organisations
from cuttings.infer.overrides import Overrides, apply_overrides, read_overrides
from cuttings.infer.people import find_people, first_words, thing_names
from cuttings.infer.quotes import find_quotes, quote_paragraphs
from cuttings.infer.roles import find_roles
from cuttings.infer.titles import title_for
from cuttings.model import Article, Mention, Paragraph, PersonMention, SourceArticle

if TYPE_CHECKING:
    from spacy.language import Language


def mentions_of(people: PeopleResult, councils: CouncilResult) -> tuple[Mention, ...]:
    """Where the text names each person and council, in text order."""
    found = [Mention(s.paragraph, s.start, s.end, "person", s.person) for s in people.spans]
    # "the council" is resolved for roles, but only a council named in the text is linked to its page.
    found += [
        Mention(s.paragraph, s.start, s.end, "council", s.council)
        for s in councils.spans
        if any(character.isupper() for character in s.surface)
    ]
    return tuple(sorted(found, key=lambda m: (m.paragraph, m.start, m.end, m.kind, m.name)))


def with_writer(people: tuple[PersonMention, ...], byline: str | None) -> tuple[PersonMention, ...]:
    """The article's people with the writer named in its byline, who is a person named by the article too."""
    if not byline or not is_plausible_person_name(byline):
        return people
    name = canonical_name(byline)
    if not name or any(person.name == name or name in person.aliases for person in people):
        return people
    return (*people, PersonMention(name))


@dataclass(frozen=True)
class _Prepared:
    """What an article's inference reads before the model: its front matter's overrides and its layout."""

    overrides: Overrides
    layout: Layout
    body: str


def _prepare(source: SourceArticle) -> _Prepared:
    overrides = read_overrides(source)
    if source.body_format == "markdown":
        layout, body = analyse_markdown(source.body)
    else:
        # The paragraphs are the whole body: keeping it twice would double what a large archive holds in memory.
        layout, body = analyse_text(source.body), ""
    return _Prepared(overrides, layout, body)


def infer_article(source: SourceArticle, nlp: Language | None = None) -> Article:
    """Everything Cuttings can tell about one article; front matter overrides what was inferred."""
    prepared = _prepare(source)
    return _completed(source, prepared, find_entities(prepared.layout.paragraphs, nlp))


def infer_articles(sources: Sequence[SourceArticle], nlp: Language | None = None) -> list[Article | ContentError]:
    """``infer_article`` for each source, or the error that stopped it, the model reading them all as one batch
    (``find_entities_each``: about 1.4 ms an article less than one at a time, at four to eight articles)."""
    prepared: list[_Prepared | ContentError] = []
    for source in sources:
        try:
            prepared.append(_prepare(source))
        except ContentError as error:
            prepared.append(error)
    ready = [item for item in prepared if isinstance(item, _Prepared)]
    entities = iter(find_entities_each([item.layout.paragraphs for item in ready], nlp))
    inferred: list[Article | ContentError] = []
    for source, item in zip(sources, prepared, strict=True):
        if isinstance(item, ContentError):
            inferred.append(item)
            continue
        found = next(entities)
        try:
            inferred.append(_completed(source, item, found))
        except ContentError as error:
            inferred.append(error)
    return inferred


def _completed(source: SourceArticle, prepared: _Prepared, entities: list[EntitySpan]) -> Article:
    """The article inferred from its layout and the model's entities, front matter applied last."""
    layout = prepared.layout
    paragraphs = layout.paragraphs
    people = find_people(paragraphs, entities)
    councils = find_councils(paragraphs)
    quoted = quote_paragraphs(paragraphs)
    article = Article(
        source_file=source.relative_path,
        content_hash=source.content_hash,
        title=title_for(layout.headline, paragraphs, PurePosixPath(source.relative_path).stem),
        date=layout.date,
        source=layout.source or layout.byline,
        body_format=source.body_format,
        body=prepared.body,
        paragraphs=tuple(Paragraph(text, is_quote) for text, is_quote in zip(paragraphs, quoted, strict=True)),
        people=with_writer(people.people, layout.byline),
        councils=councils.councils,
        organisations=find_organisations(paragraphs, entities, councils),
        other_entities=thing_names(entities),
        roles=find_roles(paragraphs, people, councils, layout.headline),
        quotes=find_quotes(paragraphs, people),
        reference=layout.reference,
        mentions=mentions_of(people, councils),
        warnings=source.warnings,
        works=people.works,
        unsupported=people.unsupported,
        thing_words=first_words(entities, thing=True),
        person_words=first_words(entities, thing=False),
    )
    return apply_overrides(article, prepared.overrides)
