"""Quotations: the marks recognised, multi-paragraph quotes, and who said each."""

from __future__ import annotations

from cuttings.infer.findings import NameSpan, PeopleResult
from cuttings.infer.people import find_people
from cuttings.infer.quotes import _SPEECH_VERB, _speech_verbs_within, find_quotes, quote_paragraphs
from cuttings.model import QuoteFact


def quotes_in(*paragraphs: str) -> tuple[QuoteFact, ...]:
    return find_quotes(list(paragraphs), find_people(list(paragraphs), []))


def test_name_said_colon_quote() -> None:
    quotes = quotes_in('Cllr Jo Brindle said: "We will not let the town down on this."')
    assert quotes == (QuoteFact("Jo Brindle", "We will not let the town down on this."),)


def test_quote_then_said_name_with_curly_marks() -> None:
    quotes = quotes_in("“The depot has served us well for decades,” said Tomasz Nowicki.")
    assert quotes == (QuoteFact("Tomasz Nowicki", "The depot has served us well for decades"),)


def test_single_quotes_and_added() -> None:
    quotes = quotes_in("Cllr Jo Brindle opened the hall.", "Coun Brindle added: 'It is a great day for all of us.'")
    assert quotes == (QuoteFact("Jo Brindle", "It is a great day for all of us."),)


def test_he_said_resolves_to_the_person_named_before() -> None:
    quotes = quotes_in(
        "The plan was drawn up by Cllr Sam Okafor.",
        '"We have listened to every objection and changed the route," he said.',
    )
    assert quotes == (QuoteFact("Sam Okafor", "We have listened to every objection and changed the route"),)


def test_he_said_prefers_the_subject_of_the_previous_sentence() -> None:
    quotes = quotes_in(
        "Cllr Sam Okafor criticised Cllr Ruth Lambe over the delay.",
        'But he added: "Nobody should have waited this long for an answer."',
    )
    assert quotes[0].person == "Sam Okafor"


def test_a_quote_paragraph_continues_the_previous_speaker() -> None:
    quotes = quotes_in(
        'Cllr Jo Brindle said: "We will not let the town down on this."',
        '"The money is there and the work starts in May."',
    )
    assert [quote.person for quote in quotes] == ["Jo Brindle", "Jo Brindle"]


def test_an_unclosed_quote_continues_into_the_next_paragraph() -> None:
    paragraphs = [
        'Tomasz Nowicki said: "The depot has served us well for decades.',
        '"Now it is time to build something better for the next fifty years."',
        "The council will vote on the plan in March.",
    ]
    quotes = find_quotes(paragraphs, find_people(paragraphs, []))
    assert quotes == (
        QuoteFact(
            "Tomasz Nowicki",
            "The depot has served us well for decades.\n\nNow it is time to build something better for the "
            "next fifty years.",
        ),
    )
    assert quote_paragraphs(paragraphs) == (True, True, False)


def test_scare_quotes_are_skipped() -> None:
    assert quotes_in("Cllr Jo Brindle said the report was 'inadequate' and 'deeply flawed'.") == ()


def test_quotes_without_a_speaker_are_skipped() -> None:
    assert quotes_in('A sign on the door read "closed until further notice for repairs".') == ()


def test_apostrophes_are_not_quote_marks() -> None:
    quotes = quotes_in("Cllr Jo Brindle said the town's future wasn't in doubt and the council's plan would work.")
    assert quotes == ()


def test_the_speaker_is_the_name_next_to_the_speech_verb() -> None:
    paragraphs = ['Speaking after meeting Ann Lowe, Cllr Jo Brindle said: "We agreed on almost everything."']
    spans = tuple(
        NameSpan(0, paragraphs[0].index(surface), paragraphs[0].index(surface) + len(surface), surface, name)
        for surface, name in (("Ann Lowe", "Ann Lowe"), ("Cllr Jo Brindle", "Jo Brindle"))
    )
    people = PeopleResult(people=(), spans=spans)
    assert find_quotes(paragraphs, people)[0].person == "Jo Brindle"


def test_quote_paragraphs_flags_mostly_direct_speech() -> None:
    paragraphs = [
        '"We will not let the town down on this, whatever it costs," she said.',
        'The report called the plan "ambitious" and asked for more detail on costs and timing.',
    ]
    assert quote_paragraphs(paragraphs) == (True, False)


def test_quoted_paragraphs_run_together_are_split_at_the_new_opening_mark() -> None:
    quotes = quotes_in(
        'Tomasz Nowicki said: "The depot has served us well for decades. "Now we need a new one for '
        'the next fifty years." The council will vote on the plan in March.'
    )
    assert [quote.text for quote in quotes] == [
        "The depot has served us well for decades.",
        "Now we need a new one for the next fifty years.",
    ]
    assert {quote.person for quote in quotes} == {"Tomasz Nowicki"}


def test_said_with_a_colon_introduces_only_what_follows() -> None:
    quotes = quotes_in(
        'Following remarks from Cllr Ann Lowe that the plan "does not go nearly far enough", '
        'Cllr Jo Brindle said: "We will fund it in full next year."'
    )
    assert [(quote.person, quote.text) for quote in quotes] == [
        ("Ann Lowe", "does not go nearly far enough"),
        ("Jo Brindle", "We will fund it in full next year."),
    ]


def test_a_second_quotation_in_the_paragraph_goes_on_with_the_same_speaker() -> None:
    quotes = quotes_in(
        '"The depot has served us well for decades," said Tomasz Nowicki, the site manager. '
        '"Now it is time to build something better."'
    )
    assert [quote.person for quote in quotes] == ["Tomasz Nowicki", "Tomasz Nowicki"]


def test_a_quotation_introduced_by_someone_unnamed_is_not_given_to_the_last_speaker() -> None:
    quotes = quotes_in(
        '"The depot has served us well for decades," said Tomasz Nowicki. The company disagreed. '
        'In a statement, it said: "The depot closes in May as planned."'
    )
    assert [quote.person for quote in quotes] == ["Tomasz Nowicki"]


def test_speech_verbs_in_a_window_are_those_a_windowed_search_finds() -> None:
    frame = "He says it, she said so; they SAID: saidx and unsaid, said_ then Added it"
    verbs = list(_SPEECH_VERB.finditer(frame))
    for low in range(len(frame) + 1):
        for high in range(low, len(frame) + 3):
            expected = [m.span() for m in _SPEECH_VERB.finditer(frame, low, high)]
            assert [m.span() for m in _speech_verbs_within(frame, verbs, low, high)] == expected
