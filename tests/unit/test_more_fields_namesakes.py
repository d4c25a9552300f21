"""More fields of work telling namesakes apart (issue 18, p18t): politics, music, screen and stage. A footballer and
a band's drummer, or a minister and a rugby captain, of one name are two pages; a former striker who is now an MP,
an actor who is an MP, a singer who acts, a presenter who was an athlete, stay one."""

from __future__ import annotations

from cuttings.analysis.identity import page_names
from cuttings.analysis.namesakes import SectionArticle, fields_of, fields_tell_apart, split_by_fields
from cuttings.infer.people import find_people
from cuttings.model import Article, Paragraph, PersonMention, RoleFact
from tests.unit.infer.mentions import entity

NAME = "Orla Penhale"


def test_politics_music_and_screen_are_fields() -> None:
    assert fields_of(["Transport Minister", "Labour MP", "shadow chancellor", "Home Secretary"]) == {"politics"}
    assert fields_of(["drummer", "soul-singer", "lead guitarist"]) == {"music"}
    assert fields_of(["actress", "presenter", "film-maker"]) == {"screen"}
    assert fields_of(["president", "chancellor", "peer", "star", "mp", "director", "band"]) == set(), \
        "words of many fields, and 'MP' only in capitals"


def test_which_new_fields_tell_apart() -> None:
    assert fields_tell_apart({"International Development Minister"}, {"captain", "fly-half"})
    assert fields_tell_apart({"drummer"}, {"striker"})
    assert fields_tell_apart({"MP"}, {"drummer"})
    assert not fields_tell_apart({"MP"}, {"actor"}), "an actor may become an MP"
    assert not fields_tell_apart({"singer"}, {"actress"}), "a singer acts"
    assert not fields_tell_apart({"presenter"}, {"sprinter"}), "a sportsman presents"
    assert not fields_tell_apart({"minister"}, {"vicar"}), "a church's minister"
    assert not fields_tell_apart({"minister"}, {"managing director"}), "a business owner made a minister"
    assert not fields_tell_apart({"Sports Minister"}, {"striker"}, {"striker"}), "a former striker, now a minister"


def _side(source: str, callings: tuple[str, ...], held: tuple[str, ...] = (), left: tuple[str, ...] = ()
          ) -> SectionArticle:
    return SectionArticle(source, source.split("/")[0], set(), set(), callings, held, left, None)


def test_a_footballer_and_a_drummer_are_two_pages_unless_a_former_calling_bridges() -> None:
    articles = [_side("sport/1.txt", ("striker",)), _side("entertainment/2.txt", ("drummer",)),
                _side("sport/3.txt", ())]
    parts = split_by_fields(NAME, articles)
    assert parts is not None and parts.parts == [("music", ["entertainment/2.txt"]),
                                                 ("sport", ["sport/1.txt", "sport/3.txt"])]
    bridged = [*articles[:2], _side("entertainment/4.txt", ("drummer",), left=("striker",))]
    assert split_by_fields(NAME, bridged) is None, "'former striker' on the drummer's side"


def test_former_callings_are_read_before_a_name() -> None:
    paragraphs = ["Former Ayton United striker Orla Penhale now drums, as ex-drummer Tam Ruddle did.",
                  "The retired keeper Ivo Quist spoke to winger Cai Morwen."]
    people = find_people(paragraphs, [entity(paragraphs, 0, "Orla Penhale", "PERSON"),
                                      entity(paragraphs, 0, "Tam Ruddle", "PERSON"),
                                      entity(paragraphs, 1, "Ivo Quist", "PERSON"),
                                      entity(paragraphs, 1, "Cai Morwen", "PERSON")]).people
    assert {person.name: person.callings_left for person in people} == {
        "Orla Penhale": ("striker",), "Tam Ruddle": ("drummer",), "Ivo Quist": ("keeper",), "Cai Morwen": ()}


def _article(source: str, callings: tuple[str, ...] = (), role: str | None = None,
             aliases: tuple[str, ...] = (), left: tuple[str, ...] = ()) -> Article:
    return Article(source_file=source, content_hash=source, title=source, date=None, source=None, body_format="text",
                   body="", paragraphs=(Paragraph("text"),),
                   people=(PersonMention(NAME, aliases=aliases, callings=callings, callings_left=left),),
                   roles=(RoleFact(NAME, role),) if role else ())


def _pages(articles: list[Article]) -> set[str]:
    per_article: dict[tuple[str, str], str] = {}
    page_names(articles, None, per_article)
    return {per_article.get((article.source_file, NAME), NAME) for article in articles}  # only split pages listed


def test_a_minister_and_a_rugby_player_split_when_linked_but_not_a_former_one() -> None:
    articles = [_article("politics/1.txt", role="Transport Minister"), _article("politics/2.txt", role="MP"),
                _article("sport/3.txt", callings=("fly-half",))]
    assert _pages(articles) == {f"{NAME} (politics)", f"{NAME} (sport)"}
    former = [*articles[:2], _article("politics/4.txt", role="MP", left=("fly-half",))]
    assert _pages([*former, articles[2]]) == {NAME}


def test_a_sentence_end_before_a_name_is_no_rank() -> None:
    articles = [_article("entertainment/1.txt", callings=("singer",)),
                _article("entertainment/2.txt", callings=("singer",)),
                _article("entertainment/3.txt", aliases=(f"Bishop. {NAME}",)),
                _article("entertainment/4.txt", aliases=(f"Sgt. {NAME}",))]
    assert _pages(articles[:3]) == {NAME}, "'... and Elvis Bishop. Orla Penhale has' names no bishop"
    assert _pages([*articles[:2], articles[3]]) == {f"{NAME} (music)", f"{NAME} (police)"}
