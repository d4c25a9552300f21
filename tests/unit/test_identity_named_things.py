"""Pages of things named after people, of brothers a team sheet tells apart by two letters, and a person's given
names alone (made-up names only)."""

from __future__ import annotations

from cuttings.analysis.identity import NAMED_THING_EVIDENCE, NAMED_THING_SHARE, page_names
from cuttings.infer.findings import EntitySpan
from cuttings.infer.people import find_people
from cuttings.model import Article, Paragraph, PersonMention, QuoteFact


def article(source: str, people: tuple[str, ...] = (), things: tuple[str, ...] = (),
            quotes: tuple[QuoteFact, ...] = ()) -> Article:
    return Article(source_file=source, content_hash=source, title=source, date=None, source=None,
                   body_format="text", body="", paragraphs=(Paragraph("text"),),
                   people=tuple(PersonMention(name) for name in people), other_entities=things, quotes=quotes)


def test_a_film_named_after_a_person_that_the_model_calls_a_work_far_more_often_gets_no_page() -> None:
    film = [article("arts/1.txt", ("Hester Quarrington",))]
    film += [article(f"arts/{n}.txt", things=("Hester Quarrington",)) for n in range(2, 2 + NAMED_THING_EVIDENCE)]
    assert page_names(film)["Hester Quarrington"] is None
    person = [article(f"arts/{n}.txt", ("Hester Quarrington",)) for n in range(2)]
    person += [article(f"arts/{n}.txt", things=("Hester Quarrington",))
               for n in range(10, 10 + NAMED_THING_SHARE * 2 - 1)]
    assert page_names(person)["Hester Quarrington"] == "Hester Quarrington", "a thing in fewer articles: kept"
    said = QuoteFact("Hester Quarrington", "We start filming in the spring and I cannot wait.")
    quoted = [*film, article("arts/9.txt", ("Hester Quarrington",), quotes=(said,))]
    assert page_names(quoted)["Hester Quarrington"] == "Hester Quarrington", "a quotation says a person"


def test_brothers_a_team_sheet_writes_with_two_letters_join_their_full_names() -> None:
    sheet = article("sport/1.txt", ("Ro Vantaggio", "Lu Vantaggio", "Pietro Scalzi", "Dario Ferrucci"))
    articles = [sheet, article("sport/2.txt", ("Rocco Vantaggio",)), article("sport/3.txt", ("Luciano Vantaggio",)),
                article("sport/4.txt", ("Rocco Vantaggio", "Luciano Vantaggio"))]
    pages = page_names(articles)
    assert pages["Ro Vantaggio"] == "Rocco Vantaggio"
    assert pages["Lu Vantaggio"] == "Luciano Vantaggio"


def test_two_letters_with_no_brother_beside_them_join_no_one() -> None:
    articles = [article("sport/1.txt", ("Ro Vantaggio",)), article("sport/2.txt", ("Rocco Vantaggio",))]
    assert page_names(articles)["Ro Vantaggio"] == "Ro Vantaggio", "no second Vantaggio of two letters: no sign"


def names(paragraphs: list[str]) -> dict[str, tuple[str, ...]]:
    spans = []
    for index, text in enumerate(paragraphs):
        for surface in ("Ana Maria Quennevey", "Ana Maria", "Ana Beltran"):
            start = text.find(surface)
            if start >= 0 and not any(s.paragraph == index and s.start <= start < s.end for s in spans):
                spans.append(EntitySpan(index, start, start + len(surface), "PERSON", surface))
    return {person.name: person.aliases for person in find_people(paragraphs, spans).people}


def test_a_persons_given_names_alone_are_that_person() -> None:
    found = names(["Former champion Ana Maria Quennevey says her form is back.",
                   '"I will be the same Ana Maria as I was before," she said.'])
    assert list(found) == ["Ana Maria Quennevey"]
    assert "Ana Maria" in found["Ana Maria Quennevey"]


def test_given_names_alone_join_only_the_person_with_both() -> None:
    found = names(["Ana Beltran won in straight sets.", "Ana Maria Quennevey lost.", "Ana Maria was unhappy."])
    assert set(found) == {"Ana Beltran", "Ana Maria Quennevey"}
    assert "Ana Maria" in found["Ana Maria Quennevey"]


def test_a_calling_in_capitals_or_with_an_agents_ending_before_a_given_name_is_no_part_of_the_name() -> None:
    paragraphs = ["The prize went to Steadicamographer Jonah Pellworth for the opening scene.",
                  "Hosts included VJ Tamara Orrell and the band.",
                  "Sion Aubrey Pellworth was fined on Monday."]
    spans = [EntitySpan(0, paragraphs[0].index("Steadicamographer"), paragraphs[0].index(" for"), "PERSON",
                        "Steadicamographer Jonah Pellworth"),
             EntitySpan(1, paragraphs[1].index("VJ"), paragraphs[1].index(" and"), "PERSON", "VJ Tamara Orrell"),
             EntitySpan(2, 0, paragraphs[2].index(" was"), "PERSON", "Sion Aubrey Pellworth")]
    found = [person.name for person in find_people(paragraphs, spans).people]
    assert "Jonah Pellworth" in found and "Tamara Orrell" in found
    assert "Sion Aubrey Pellworth" in found, "a first word no list has, with no calling's ending, is kept"


def test_a_name_before_its_strategist_or_director_and_another_name_is_a_firm_or_a_work() -> None:
    paragraphs = ["Prices will rise, predicted Quorrel Hartmann equity strategist Tomasz Heller on Friday.",
                  "Talia Frost director Benedek Varga has signed a deal for three more films."]
    spans = [EntitySpan(0, paragraphs[0].index("Quorrel"), paragraphs[0].index(" equity"), "PERSON",
                        "Quorrel Hartmann"),
             EntitySpan(0, paragraphs[0].index("Tomasz"), paragraphs[0].index(" on"), "PERSON", "Tomasz Heller"),
             EntitySpan(1, 0, paragraphs[1].index(" director"), "PERSON", "Talia Frost"),
             EntitySpan(1, paragraphs[1].index("Benedek"), paragraphs[1].index(" has"), "PERSON", "Benedek Varga")]
    found = find_people(paragraphs, spans)
    names = [person.name for person in found.people]
    assert "Quorrel Hartmann" not in names and "Talia Frost" not in names
    assert "Tomasz Heller" in names and "Benedek Varga" in names
    assert "Quorrel Hartmann" in found.works, "the archive learns the name is a firm's"
