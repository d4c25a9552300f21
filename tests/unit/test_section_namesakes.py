"""Namesakes told apart by the archive's sections and twins joined by their articles' context
(``namesakes.split_by_sections``, ``identity._join_context_twins``): linking in part after edits that make and
unmake the split or the join equals linking in full, and the same articles give the same pages in any order of
linking."""

from __future__ import annotations

import dataclasses

from cuttings.analysis.identity import person_slug_of
from cuttings.link import build_catalogue, link
from cuttings.model import Article, Paragraph, PersonMention, RoleFact
from tests.unit.test_relink import assert_same


def _article(source: str, people: tuple[str, ...], roles: tuple[RoleFact, ...] = (),
             organisations: tuple[str, ...] = ()) -> Article:
    return Article(source_file=source, content_hash=source, title=source, date=None, source=None, body_format="text",
                   body="", paragraphs=(Paragraph("text"),), people=tuple(PersonMention(name) for name in people),
                   roles=roles, organisations=organisations)


def _archive() -> list[Article]:
    chair = (RoleFact("Orla Penhale", "chair", "Ayton Reform Party"),)
    articles = [_article(f"politics/{n}.txt", ("Orla Penhale", f"Tam Ruddle{n}"), chair) for n in range(3)]
    articles += [_article(f"sport/{n}.txt", ("Orla Penhale", f"Ivo Quist{n}")) for n in range(2)]
    articles += [_article("news/1.txt", ("Brona Haskett",), organisations=("Ayton Kite Society",)),
                 _article("news/2.txt", ("Brnoa Haskett",), organisations=("Ayton Kite Society",))]
    return articles


def test_the_split_and_the_join_are_made_and_unmade_by_edits_as_a_full_link_makes_them() -> None:
    articles = _archive()
    linked = link(articles)
    catalogue = linked.catalogue
    assert person_slug_of(catalogue.person_slugs, "sport/0.txt", "Orla Penhale") != person_slug_of(
        catalogue.person_slugs, "politics/0.txt", "Orla Penhale")
    assert catalogue.person_slugs["Brona Haskett"] == catalogue.person_slugs["Brnoa Haskett"]
    bridge = _article("sport/9.txt", ("Orla Penhale", "Tam Ruddle1"))  # a person of both sides: one page again
    steps = [
        [*articles, bridge],
        articles,
        [a for a in articles if a.source_file != "sport/1.txt"],  # one article left a side: no split
        articles,
        [dataclasses.replace(a, organisations=(), content_hash=a.content_hash + "'") if a.source_file == "news/2.txt"
         else a for a in articles],  # the shared body gone: two pages
        articles,
    ]
    for step in steps:
        linked = link(step, linked.catalogue, linked.index)
        assert_same(linked.catalogue, build_catalogue(step))
    assert_same(build_catalogue(list(reversed(articles))), build_catalogue(articles))
