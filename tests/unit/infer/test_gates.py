import re

from cuttings.infer.gates import one_of, starts_with_one_of

WORDS = ("said", "says", "added", "told", "-dash", "]bracket")
TEXT = "She said it. SAID he, then Added more; he told them -dash ]bracket and resaid nothing unsaid."


def test_guard_finds_exactly_what_the_alternation_finds() -> None:
    alternation = "|".join(re.escape(word) for word in WORDS)
    for flags in (0, re.IGNORECASE):
        plain = re.compile(rf"(?:{alternation})\b", flags)
        guarded = re.compile(rf"{starts_with_one_of(WORDS)}(?:{alternation})\b", flags)
        assert [m.span() for m in guarded.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]


def test_guard_is_case_insensitive_under_ignorecase() -> None:
    assert re.match(starts_with_one_of(["said"]) + "said", "SAID", re.IGNORECASE)
    assert not re.match(starts_with_one_of(["said"]) + "said", "SAID")


def test_no_guard_when_an_alternative_is_empty() -> None:
    assert starts_with_one_of(["said", ""]) == ""
    assert starts_with_one_of([]) == ""


PREFERENCE = ("Lab", "Labour Party", "Labour", "Lib Dems", "Lib", "Green", "Greens", "A.B.", "a")
PARTY_TEXT = "Labour Party, Labour, Lab and Lib Dems; the Greens and Green Party. A.B. said a"


def test_grouped_alternation_picks_the_same_word_as_the_plain_one() -> None:
    for words in (PREFERENCE, tuple(reversed(PREFERENCE))):
        plain = re.compile("|".join(re.escape(word) for word in words))
        grouped = re.compile(one_of(words))
        assert [m.group() for m in grouped.finditer(PARTY_TEXT)] == [m.group() for m in plain.finditer(PARTY_TEXT)]


def test_grouped_alternation_under_ignorecase() -> None:
    words = ("said", "Says", "SAY", "added", "Add")
    plain = re.compile("|".join(words), re.IGNORECASE)
    grouped = re.compile(one_of(words, ignore_case=True), re.IGNORECASE)
    text = "SAYS said Say ADDED add sayer"
    assert [m.group() for m in grouped.finditer(text)] == [m.group() for m in plain.finditer(text)]
    assert one_of(("éclair", "Éclat"), ignore_case=True) == "(?:éclair|Éclat)"
