"""Namesakes told apart by their fields of work (``namesakes.split_by_fields``): a police officer and a haulier,
a magistrate and a footballer; a career that moves on stays one person."""

from __future__ import annotations

import datetime as dt

from cuttings.analysis.identity import page_names
from cuttings.analysis.namesakes import SectionArticle, fields_of, fields_tell_apart, split_by_fields
from cuttings.model import Article, Paragraph, PersonMention, RoleFact

NAME = "Orla Penhale"


def test_posts_callings_and_ranks_name_fields_of_work() -> None:
    assert fields_of(["Detective Sergeant", "winger", "managing director", "chair of the bench"]) == {
        "police", "sport", "business", "court"}
    assert fields_of(["Ayton United defender", "the Rev", "head teacher"]) == {"sport", "church", "school"}
    assert fields_of(["chairman", "director", "chief executive", "manager", "county councillor", ""]) == set()
    assert fields_of(["Di", "Pc", "judge", "talent show judge"]) == set(), "an Italian name's word, a show's judge"
    assert fields_of(["DI"]) == {"police"} and fields_of(["Judge"]) == fields_of(["district judge"]) == {"court"}


def test_two_fields_one_a_side_tell_apart_unless_a_former_post_bridges() -> None:
    assert fields_tell_apart({"DS"}, {"managing director"})
    assert not fields_tell_apart({"chief constable"}, {"magistrate"}, {"former chief constable"})
    assert not fields_tell_apart({"magistrate"}, {"head teacher"}), "a lay magistrate keeps a day job"
    assert not fields_tell_apart({"winger", "magistrate"}, {"magistrate"}), "one field on both sides"
    assert not fields_tell_apart({"chairman"}, {"winger"}), "a word of no field says nothing"


def _side(source: str, held: tuple[str, ...], date: dt.date | None, left: tuple[str, ...] = (),
          context: frozenset[str] = frozenset()) -> SectionArticle:
    return SectionArticle(source, source.split("/")[0], set(), set(context), (), held, left, date)


def test_a_detective_and_a_haulier_in_two_sections_are_two_pages() -> None:
    articles = [_side("news/1.txt", ("Detective Sergeant",), dt.date(2021, 6, 14)),
                _side("business/2.txt", ("managing director",), dt.date(2021, 7, 2)),
                _side("news/3.txt", ("DS",), None)]
    parts = split_by_fields(NAME, articles)
    assert parts is not None and parts.parts == [("business", ["business/2.txt"]), ("police", ["news/1.txt",
                                                                                                 "news/3.txt"])]
    assert "two fields of work" in parts.evidence["police"]


def test_two_fields_in_one_section_and_an_article_of_neither_placed_by_what_it_shares() -> None:
    articles = [_side("news/1.txt", ("Detective Sergeant",), None, context=frozenset({"quist"})),
                _side("news/2.txt", ("managing director",), None),
                _side("news/3.txt", (), None, context=frozenset({"quist"})),
                _side("news/4.txt", ("chairman",), None)]
    parts = split_by_fields(NAME, articles)
    # news/4.txt names no field and shares nothing: it goes to the side with more articles.
    assert parts is not None and parts.parts == [("business", ["news/2.txt"]),
                                                 ("police", ["news/1.txt", "news/3.txt", "news/4.txt"])]
    two_in_one = [*articles[:2], _side("news/5.txt", ("DS", "managing director"), None)]
    assert split_by_fields(NAME, two_in_one) is None, "one article naming both fields"


def test_a_career_that_moves_on_or_a_shared_name_keeps_one_page() -> None:
    moved = [_side("news/1.txt", ("chief constable",), dt.date(2019, 10, 22)),
             _side("politics/2.txt", ("vicar",), dt.date(2022, 5, 30))]
    assert split_by_fields(NAME, moved) is None, "every article of one side well before the other's"
    said = [_side("news/1.txt", ("chief constable",), None),
            _side("politics/2.txt", ("vicar",), None, ("former chief constable",))]
    assert split_by_fields(NAME, said) is None, "the former post bridges"
    shared = [_side("news/1.txt", ("DS",), None, context=frozenset({"quist"})),
              _side("business/2.txt", ("managing director",), None, context=frozenset({"quist"}))]
    assert split_by_fields(NAME, shared) is None


def _article(source: str, date: dt.date | None, role: str | None, aliases: tuple[str, ...] = ()) -> Article:
    return Article(source_file=source, content_hash=source, title=source, date=date, source=None, body_format="text",
                   body="", paragraphs=(Paragraph("text"),), people=(PersonMention(NAME, aliases=aliases),),
                   roles=(RoleFact(NAME, role),) if role else ())


def test_a_magistrate_and_a_winger_of_one_name_are_two_pages_when_linked() -> None:
    articles = [_article("news/1.txt", dt.date(2019, 11, 7), "chair of the bench"),
                _article("sport/2.txt", dt.date(2019, 11, 9), None),
                _article("sport/3.txt", None, "winger")]
    per_article: dict[tuple[str, str], str] = {}
    page_names(articles, None, per_article)
    assert per_article[("news/1.txt", NAME)] == f"{NAME} (court)"
    assert per_article[("sport/2.txt", NAME)] == per_article[("sport/3.txt", NAME)] == f"{NAME} (sport)"
