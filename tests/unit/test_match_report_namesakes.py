"""A player read from what a match report says he does (issue 18, p18z): a politician of one name named with a
calling in several articles, and a footballer of the same name whom one sport article names only in its report
("Jane Doe scored twice", "Doe's header", "Doe was booked") or its team sheet, with no calling. In a sport section
the match words are the player's field of work, so ``split_by_fields`` tells the two apart; anywhere else they say
nothing, and a calling of the politician's own field in the sport article, or a former one, keeps the page whole."""

from __future__ import annotations

import pytest

from cuttings.analysis.identity import page_names
from cuttings.analysis.namesakes import SectionArticle, fields_of, split_by_fields
from cuttings.infer.findings import EntitySpan
from cuttings.infer.people import find_people
from cuttings.model import Article, Paragraph, PersonMention, RoleFact
from tests.unit.infer.mentions import entity

NAME = "Orla Penhale"


@pytest.mark.parametrize(("after", "word"), [
    (" scored twice before the break.", "scored"),
    (" then scored the winner.", "scored"),
    (", who scored his first goal for Ayton, left.", "scored"),
    ("'s late header levelled it.", "header"),
    ("'s 25-yard free-kick hit the bar.", "free-kick"),
    (" was booked for a late challenge.", "booked"),
    (" was sent off on the hour.", "sent off"),
    (" was shown a red card.", "shown a card"),
    (" cleared off the line.", "cleared"),
    (" saved a late penalty.", "saved"),
    (" crossed for Cai Morwen to finish.", "crossed"),
    (" headed wide from six yards.", "headed"),
    (" converted the try from the touchline.", "converted"),
    (" kicked three penalties.", "kicked"),
])
def test_what_a_player_does_in_a_game_is_read_after_his_name(after: str, word: str) -> None:
    paragraphs = [NAME + after]
    people = find_people(paragraphs, [entity(paragraphs, 0, NAME, "PERSON")]).people
    assert [person.plays for person in people if person.name == NAME] == [(word,)]


@pytest.mark.parametrize("after", [
    " headed the inquiry into the floods.",
    " crossed the floor to join the Liberal Democrats.",
    " was cleared of any wrongdoing.",
    " cleared the way for a vote.",
    " converted to Catholicism in 2001.",
    "'s goal is to cut waiting lists.",
    " scored a victory over the unions.",
    " saved the firm from closure.",
    " tackled the minister over waiting lists.",
    " was booked to speak at the dinner.",
    " is booked for a similar session.",
    " kicked off the campaign in Ayton.",
    " said he was delighted.",
])
def test_a_politicians_deeds_are_no_match_words(after: str) -> None:
    paragraphs = [NAME + after]
    people = find_people(paragraphs, [entity(paragraphs, 0, NAME, "PERSON")]).people
    assert [person.plays for person in people if person.name == NAME] == [()]


def test_a_surname_alone_after_the_full_name_and_a_team_sheet_are_read() -> None:
    paragraphs = [
        "Quentin Marlowe watched from the stand as Ayton beat Barton, and Hester Farnaby started in goal.",
        "Marlowe's replacement Quibble struck the post before Farnaby saved a penalty late on.",
        "Ayton: Farnaby, Quibble, Marlowe (Tansley 77), Orrin, Pellow, Dranfield, Stoker, Wendle, Crastor, "
        "Yelverton, Abbing. Subs not used: Mottram, Gorsuch. Booked: Orrin.",
        "Barton: Brindle (Ayton), Crask, Dunmow, Fetter, Gosling, Hurrell, Ickworth.",
    ]
    entities = [entity(paragraphs, 0, "Quentin Marlowe", "PERSON"), entity(paragraphs, 0, "Hester Farnaby", "PERSON"),
                EntitySpan(2, 0, 5, "GPE", "Ayton")]
    entities += [entity(paragraphs, 2, name, "PERSON") for name in ("Orrin", "Pellow", "Stoker", "Crastor")]
    plays = {person.name: person.plays for person in find_people(paragraphs, entities).people}
    assert plays["Hester Farnaby"] == ("saved", "line-up")
    assert plays["Quentin Marlowe"] == ("line-up",), "'Marlowe's replacement' is no deed of his own"


def test_match_words_name_sport_only_among_the_words_of_a_field() -> None:
    assert fields_of(["scored", "line-up"]) == {"sport"}
    assert fields_of(["said", "chairman"]) == set()


def _side(source: str, callings: tuple[str, ...] = (), plays: tuple[str, ...] = (), held: tuple[str, ...] = (),
          left: tuple[str, ...] = ()) -> SectionArticle:
    return SectionArticle(source, source.split("/")[0], set(), set(), callings, held, left, None, plays)


def test_split_by_fields_reads_a_sport_articles_match_words() -> None:
    articles = [_side("politics/1.txt", held=("Transport Minister",)), _side("politics/2.txt", held=("MP",)),
                _side("sport/3.txt", plays=("header",))]
    parts = split_by_fields(NAME, articles)
    assert parts is not None and parts.parts == [("politics", ["politics/1.txt", "politics/2.txt"]),
                                                 ("sport", ["sport/3.txt"])]
    both = [*articles[:2], _side("sport/3.txt", callings=("minister",), plays=("header",))]
    assert split_by_fields(NAME, both) is None, "an article naming both fields keeps the page whole"


def _article(source: str, role: str | None = None, plays: tuple[str, ...] = (), callings: tuple[str, ...] = (),
             left: tuple[str, ...] = ()) -> Article:
    return Article(source_file=source, content_hash=source, title=source, date=None, source=None, body_format="text",
                   body="", paragraphs=(Paragraph("text"),),
                   people=(PersonMention(NAME, callings=callings, callings_left=left, plays=plays),),
                   roles=(RoleFact(NAME, role),) if role else ())


def _pages(articles: list[Article]) -> set[str]:
    per_article: dict[tuple[str, str], str] = {}
    page_names(articles, None, per_article)
    return {per_article.get((article.source_file, NAME), NAME) for article in articles}  # only split pages listed


def test_a_minister_and_a_player_of_one_match_report_are_two_pages() -> None:
    politics = [_article("politics/1.txt", role="Transport Minister"), _article("politics/2.txt", role="MP")]
    assert _pages([*politics, _article("sport/3.txt", plays=("scored",))]) == {
        f"{NAME} (politics)", f"{NAME} (sport)"}
    assert _pages([*politics, _article("sport/3.txt", plays=("line-up",))]) == {
        f"{NAME} (politics)", f"{NAME} (sport)"}, "a team sheet's player"


def test_match_words_outside_a_sport_section_or_beside_the_politicians_field_keep_the_page_whole() -> None:
    politics = [_article("politics/1.txt", role="Transport Minister"), _article("politics/2.txt", role="MP")]
    assert _pages([*politics, _article("politics/3.txt", plays=("scored",))]) == {NAME}, "not in a sport section"
    assert _pages([*politics, _article("sport/3.txt", role="Sports Minister", plays=("scored",))]) == {NAME}, \
        "the minister himself in a charity match: the sport article names his field too"
    assert _pages([*politics, _article("sport/3.txt", role="former Sports Minister", plays=("booked",))]) == {NAME}, \
        "a former minister, now a club's player or chairman: a former post bridges"
    assert _pages([*politics[:1], _article("politics/2.txt", role="MP", left=("striker",)),
                   _article("sport/3.txt", plays=("scored",))]) == {NAME}, "a former striker turned MP"
    assert _pages([*politics, _article("sport/3.txt")]) == {NAME}, "named in a sport article, doing nothing in a game"
