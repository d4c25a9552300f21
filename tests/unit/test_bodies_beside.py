"""Bodies written beside a name (``PersonMention.bodies``, ``infer.people``) and how they tell namesakes apart
(``namesakes.article_of_name``, ``identity.page_names``)."""

from __future__ import annotations

import datetime as dt

import pytest

from cuttings.analysis.identity import page_names
from cuttings.analysis.namesakes import article_of_name, body_kind, split_name
from cuttings.infer.people import find_people
from cuttings.model import Article, Paragraph, PersonMention
from tests.unit.infer.mentions import entity

NAME = "Ivo Quarrie"


def _bodies(sentence: str, name: str = NAME) -> tuple[str, ...]:
    paragraphs = [sentence]
    people = find_people(paragraphs, [entity(paragraphs, 0, name, "PERSON")]).people
    return next(person.bodies for person in people if person.name == name)


@pytest.mark.parametrize(("sentence", "bodies"), [
    ("Ivo Quarrie of Ayton Harriers won the race.", ("Ayton Harriers",)),
    ("Ivo Quarrie, 52, of Beeton Vale AC, set a record.", ("Beeton Vale AC",)),
    ("Ayton Harriers' Ivo Quarrie led the field home.", ("Ayton Harriers",)),
    ("Ivo Quarrie (Ayton AC) was second.", ("Ayton AC",)),
    ("The Green member for Mill ward on Ayton Town Council, Ivo Quarrie, said so.", ("Ayton Town Council",)),
    ("Ivo Quarrie, who chairs the finance committee at Beeton Parish Council, said so.", ("Beeton Parish Council",)),
    ("Ivo Quarrie, who is a governor of Ayton Academy, said so.", ("Ayton Academy",)),
    ("Inspector Ivo Quarrie of Beeton Police said two men were held.", ("Beeton Police",)),
    ("Ivo Quarrie, a member of Ayton Town Council, said so.", ("Ayton Town Council",)),
    ("Ivo Quarrie, a GP at Beeton Medical Practice, said so.", ("Beeton Medical Practice",)),
    ("Watch manager Ivo Quarrie of Ayton Fire and Rescue Service said so.", ("Ayton Fire and Rescue Service",)),
    ("Ayton Surgery GP Dr Ivo Quarrie said so.", ("Ayton Surgery",)),
    ("Ayton Academy head teacher Ivo Quarrie said so.", ("Ayton Academy",)),
    ("The Rev Ivo Quarrie, vicar of St Anne's Church, Ayton, said so.", ("St Anne's Church",)),
    ("Ivo Quarrie, from Ayton Cricket Club, said so.", ("Ayton Cricket Club",)),
    ("Ivo Quarrie, a nurse at Ayton General Hospital, said so.", ("Ayton General Hospital",)),
    ("But Ayton United boss Ivo Quarrie said so.", ("Ayton United",)),
    ("And United boss Ivo Quarrie said so.", ()),
    ("Tam Ruddle and Ayton United manager Ivo Quarrie said so.", ("Ayton United",)),  # a list: no "and" body
    ("Ayton United fan Ivo Quarrie said so.", ()),
    ("Former Ayton United striker Ivo Quarrie said so.", ()),
    ("Ivo Quarrie, speaking at Ayton Town Council, said so.", ()),
    ("Talks between Tam Ruddle of Ayton County Council, Ivo Quarrie and the clerk.", ()),  # a list
    ("The Parish Council chairman Ivo Quarrie said so.", ()),
    ("Ivo Quarrie, a former member of Ayton Town Council, said so.", ()),
    ("Ivo Quarrie, who is a former governor of Ayton Academy, said so.", ()),
    ("Ivo Quarrie, the wife of Ayton United's manager, said so.", ()),
    # Not a body of the name's: a past post, an address, a street, a body of no known kind.
    ("Ivo Quarrie, who chaired the finance committee at Beeton Parish Council, said so.", ()),
    ("Ivo Quarrie, who lives on the Ayton Council estate, said so.", ()),
    ("Ivo Quarrie, 34, of Mill Road, was fined.", ()),
    ("Ivo Quarrie of Ayton Freight said the depot would open.", ()),
    ("Mr Ivo Quarrie (Chairman Parish Council) spoke.", ()),  # no body's own name
    ("Ivo Quarrie of the Parish Council spoke.", ()),
    ("Ivo Quarrie of the Ayton United Supporters' Club spoke.", ()),  # the club's supporters, not the club
])
def test_a_body_of_a_known_kind_written_beside_the_name_is_read(sentence: str, bodies: tuple[str, ...]) -> None:
    assert _bodies(sentence) == bodies


def test_running_clubs_are_a_kind_of_their_own() -> None:
    assert body_kind("Ayton Harriers") == body_kind("Beeton Vale AC") == "running club"
    assert body_kind("Ayton Athletic") == "club" and body_kind("Ayton Freight") is None
    assert body_kind("Ayton Cricket Club") == "cricket club" and body_kind("Ayton Surgery") == "surgery"
    assert body_kind("Ayton Fire and Rescue Service") == "fire service"


def _article(source: str, date: dt.date | None, bodies: tuple[str, ...], titles: tuple[str, ...] = ()) -> Article:
    return Article(source_file=source, content_hash=source, title=source, date=date, source=None, body_format="text",
                   body="", paragraphs=(Paragraph("text"),),
                   people=(PersonMention(NAME, aliases=tuple(f"{title} {NAME}" for title in titles),
                                         bodies=bodies),))


def test_two_runners_of_two_clubs_the_same_weekend_are_two_pages() -> None:
    articles = [_article("sport/1.txt", dt.date(2022, 10, 16), ("Ayton Harriers",)),
                _article("sport/2.txt", dt.date(2022, 10, 17), ("Beeton AC",)),
                _article("sport/3.txt", None, ("Ayton Harriers",))]
    per_article: dict[tuple[str, str], str] = {}
    page_names(articles, None, per_article)
    assert per_article[("sport/1.txt", NAME)] == per_article[("sport/3.txt", NAME)] == f"{NAME} (Ayton Harriers)"
    assert per_article[("sport/2.txt", NAME)] == f"{NAME} (Beeton AC)"


def test_one_runner_of_one_club_or_of_clubs_a_year_apart_stays_one_page() -> None:
    for second in ("Ayton Harriers", "Beeton AC"):
        articles = [_article("sport/1.txt", dt.date(2020, 1, 5), ("Ayton Harriers",)),
                    _article("sport/2.txt", dt.date(2020, 1, 6), ("Ayton Harriers",)),
                    _article("sport/3.txt", dt.date(2021, 6, 1), (second,))]
        per_article: dict[tuple[str, str], str] = {}
        assert page_names(articles, None, per_article)[NAME] == NAME and not per_article


def test_a_police_rank_written_with_its_force_tells_two_officers_apart_in_one_article_each() -> None:
    officers = [article_of_name("1.txt", dt.date(2022, 10, 3), [NAME], [f"Inspector {NAME}"], [], [], [],
                                ["Ayton Police"]),
                article_of_name("2.txt", dt.date(2022, 10, 5), [NAME], [f"Sergeant {NAME}"], [], [], [],
                                ["Beeton Constabulary"])]
    assert len(split_name(NAME, officers).parts) == 2
    # Untitled, a force beside the name in one article each is as likely one force named two ways.
    untitled = [article_of_name(f"{index}.txt", dt.date(2022, 10, 3 + index), [NAME], [], [], [], [], [body])
                for index, body in enumerate(("Ayton Police", "Beeton Constabulary"))]
    assert len(split_name(NAME, untitled).parts) == 1


def test_a_body_named_by_its_kind_alone_is_read_in_lower_case_and_places_an_article() -> None:
    assert _bodies("The parish council's planning chairman, Ivo Quarrie, said so.") == ("parish council",)
    assert _bodies("The school's former head, Ivo Quarrie, said so.") == ()
    articles = [_article("council/1.txt", dt.date(2022, 2, 8), ("Ayton Town Council",)),
                _article("council/2.txt", dt.date(2022, 3, 22), ("Beeton Parish Council",), ("Cllr",)),
                _article("council/3.txt", None, ("Ayton Town Council",)),
                _article("council/4.txt", dt.date(2022, 9, 5), ("parish council",))]
    per_article: dict[tuple[str, str], str] = {}
    page_names(articles, None, per_article)
    # Without the hint, council/4.txt would go to the part with more articles, Ayton's.
    assert per_article[("council/4.txt", NAME)] == per_article[("council/2.txt", NAME)] == \
        f"{NAME} (Beeton Parish Council)"
    assert per_article[("council/1.txt", NAME)] == f"{NAME} (Ayton Town Council)"
