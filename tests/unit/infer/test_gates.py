import re

from cuttings.infer.gates import starts_with_one_of

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
