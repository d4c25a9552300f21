"""Minutes' rolls (issue 18, p18ad): one person cannot both attend a meeting and send apologies to it, so a name on
the "Present:" line and a namesake of the same surname on the "Apologies:" line of one meeting's minutes are two
people, unless both are written as the same name. Every sentence here is invented."""

from __future__ import annotations

from cuttings.infer.people import _rolls, find_people
from tests.unit.infer.mentions import entity


def _people(paragraphs: list[str], *found: tuple[int, str]) -> dict[str, tuple[str, ...]]:
    entities = [entity(paragraphs, index, text, "PERSON") for index, text in found]
    return {person.name: person.aliases for person in find_people(paragraphs, entities).people}


def test_a_titled_surname_present_is_not_the_initialled_namesake_who_sent_apologies() -> None:
    paragraphs = ["Present: K. Amberley - Chairman, Mrs. Ustrello, T. Ravensby.",
                  "Apologies: D. Ustrello, P. Norrington."]
    people = _people(paragraphs, (0, "K. Amberley"), (0, "Mrs. Ustrello"), (0, "T. Ravensby"),
                     (1, "D. Ustrello"), (1, "P. Norrington"))
    assert people["D. Ustrello"] == ()
    assert "Ustrello" in people  # Mrs. Ustrello: a person of her own
    # Either way round: the apologies' surname is not the present full name's.
    paragraphs = ["Present: D. Ustrello, P. Norrington.", "Apologies for absence were received from Mrs Ustrello."]
    people = _people(paragraphs, (0, "D. Ustrello"), (0, "P. Norrington"), (1, "Mrs Ustrello"))
    assert people["D. Ustrello"] == ()


def test_a_full_name_present_is_not_the_initials_of_an_absent_namesake() -> None:
    paragraphs = ["Present: Cllr Tamsin Ustrello, Cllr P Norrington.", "1. Apologies: Cllr T Ustrello."]
    people = _people(paragraphs, (0, "Cllr Tamsin Ustrello"), (0, "Cllr P Norrington"), (1, "Cllr T Ustrello"))
    assert "Tamsin Ustrello" in people and "T Ustrello" in people


def test_a_bare_surname_on_the_other_roll_is_not_counted_for_the_present_namesake() -> None:
    """The model reads the surname alone ("M/s Ustrello"); it is no mention of the present "D. Ustrello"."""
    paragraphs = ["Present: D. Ustrello, P. Norrington.", "Apologies: M/s Ustrello",
                  "The clerk thanked D. Ustrello for the new bench."]
    people = _people(paragraphs, (0, "D. Ustrello"), (0, "P. Norrington"), (2, "D. Ustrello"))
    spans = [span for span in find_people(paragraphs, [entity(paragraphs, 0, "D. Ustrello", "PERSON")]).spans
             if span.person == "D. Ustrello"]
    assert people["D. Ustrello"] == ()
    assert [span.paragraph for span in spans] == [0, 2]


def test_what_the_rolls_leave_joined() -> None:
    # The same name on both rolls: a slip of the minutes, one person.
    paragraphs = ["Present: Mrs D. Ustrello, P. Norrington.", "Apologies: D. Ustrello."]
    people = _people(paragraphs, (0, "Mrs D. Ustrello"), (0, "P. Norrington"), (1, "D. Ustrello"))
    assert "D. Ustrello" in people and len([name for name in people if "Ustrello" in name]) == 1
    # A surname on one roll and the full name in the text, no roll: joined as before.
    paragraphs = ["Present: Mrs. Ustrello, P. Norrington.", "Apologies: None.",
                  "D. Ustrello reported on the playground."]
    people = _people(paragraphs, (0, "Mrs. Ustrello"), (0, "P. Norrington"), (2, "D. Ustrello"))
    assert people["D. Ustrello"] == ("Mrs. Ustrello",)
    # Two "Present:" lines: minutes of two meetings, where one may attend one and send apologies to the other.
    paragraphs = ["Present: D. Ustrello, P. Norrington.", "Apologies: Mrs. Ustrello.",
                  "Annual meeting. Present: Mrs. Ustrello, P. Norrington."]
    people = _people(paragraphs, (0, "D. Ustrello"), (0, "P. Norrington"), (1, "Mrs. Ustrello"))
    assert people["D. Ustrello"] == ("Mrs. Ustrello",)


def test_the_rolls_run_from_their_labels_to_a_sentences_end() -> None:
    paragraphs = ["2. Apologies for absence were received from Mrs. A. Ustrello and Cllr P. Norrington. "
                  "The minutes were signed.", "Those present - K. Amberley; Present: is not read twice here"]
    assert _rolls(paragraphs) == {}  # two "Present" labels
    paragraphs[1] = "Those present - K. Amberley, T. Ravensby"
    rolls = _rolls(paragraphs)
    away = rolls[0][0]
    assert away[2] == "away" and paragraphs[0][away[0]:away[1]].strip() == (
        "Mrs. A. Ustrello and Cllr P. Norrington")
    assert rolls[1] == [(15, len(paragraphs[1]), "present")]
    assert _rolls(["Present: K. Amberley.", "The apologies of the chairman were noted."]) == {}
