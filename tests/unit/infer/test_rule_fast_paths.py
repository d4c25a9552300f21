"""Fast paths of the rules (issue 16's cold build) give what the plain code gave.

Each test sets the fast path beside the plain form it replaced, on made-up text that reaches both the common
case and the edges: the grouped title alternation of ``roles.load_patterns``, the first-piece test of
``people._sheet_entries``, and the quotes' "as he put it" pattern written without nested optional whitespace.
"""

from __future__ import annotations

import itertools
import random
import re

from cuttings.infer import people, quotes, roles


def _plain_alternatives() -> list[str]:
    """The titles' patterns as ``load_patterns`` builds them, in its order."""
    patterns = roles.load_patterns()
    alternatives = []
    for title in sorted(patterns.titles, key=len, reverse=True):
        words = r"[\s-]+".join(re.escape(word) for word in re.split(r"[\s-]+", title))
        alternatives.append(words.upper() if title.upper() == patterns.titles[title].role else f"(?i:{words})")
    return alternatives


def test_titles_grouped_by_first_letter_match_as_the_plain_alternation() -> None:
    alternatives = _plain_alternatives()
    plain = re.compile(rf"(?P<role>{'|'.join(alternatives)})(?P<rest>\s+of\s+\w+)?")
    grouped = re.compile(rf"(?P<role>{roles._by_first_letter(alternatives)})(?P<rest>\s+of\s+\w+)?")
    titles = list(roles.load_patterns().titles)
    words = [*titles, *(title.upper() for title in titles), *(title.title() for title in titles),
             "the", "of", "Acme", "council", "chair-man", "ex", "MP", "mp", "Mp", "KELVIN \u212a", "\u017fecretary",
             "\u0130nspector", "d\u0131rector", ",", "  ", "-", "Jane Doe", "co-founder", "vice-chair"]
    generator = random.Random(16)
    texts = [" ".join(generator.choice(words) for _ in range(generator.randint(1, 8))) for _ in range(3000)]
    texts += titles
    for text in texts:
        assert [(m.span(), m.group("role")) for m in plain.finditer(text)] == \
            [(m.span(), m.group("role")) for m in grouped.finditer(text)], text
        for position in range(len(text)):
            one, other = plain.match(text, position), grouped.match(text, position)
            assert (one and one.groupdict()) == (other and other.groupdict()), (text, position)


def test_a_title_whose_pattern_opens_with_no_letter_keeps_the_plain_alternation() -> None:
    assert roles._by_first_letter([r"\.net[\s-]+lead", "(?i:chair)"]) == r"(?:\.net[\s-]+lead|(?i:chair))"


def _plain_sheet_entries(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """``people._sheet_entries`` as it was before its first-piece test."""
    clause = text[start:end]
    stripped = clause.strip()
    if not stripped:
        return None
    spans: list[tuple[int, int]] = []
    offset = start + (len(clause) - len(clause.lstrip()))
    for piece in people._SHEET_SEPARATOR.split(stripped):
        position = text.find(piece, offset, end)
        if not piece or position < 0:
            return None
        offset = position + len(piece)
        match = people._SHEET_ITEM.fullmatch(piece)
        words = match.group("name").split() if match else []
        if match is None or (len(words) > 1 and words[0].rstrip(".").casefold() in people.COURTESY_TITLES):
            return None
        for group in ("name", "replaced", "substitute"):
            if match.group(group):
                spans.append((position + match.start(group), position + match.end(group)))
    return spans


def test_sheet_entries_first_piece_fast_path() -> None:
    pieces = ["Doe", "Roe 45", "A Poe", "KP Coe", "Moe (capt)", "Hoe (Loe 60)", "Zoe for Bo 70", "van Dam",
              "Cllr Doe", "Mr Roe", "the club said", "Subs not used", "", " ", "Doe Roe", "DOE", "Jane Doe Ltd",
              "O'Doe", "Doe-Roe", "Doe 90+2", "was booked"]
    generator = random.Random(1616)
    texts = []
    for _ in range(4000):
        chosen = [generator.choice(pieces) for _ in range(generator.randint(1, 9))]
        separators = [generator.choice([", ", ",", " ; ", ";", ",  "]) for _ in chosen]
        texts.append(generator.choice(["", " ", "Line-up: ", "Booked: "])
                     + "".join(itertools.chain.from_iterable(zip(chosen, separators, strict=True)))[: -1 or None]
                     + generator.choice(["", ".", " ", ". Next"]))
    for text in texts:
        for clause in people._SHEET_CLAUSE.finditer(text):
            assert people._sheet_entries(text, clause.start(), clause.end()) == \
                _plain_sheet_entries(text, clause.start(), clause.end()), text


def test_as_they_put_it_matches_as_the_nested_optional_pattern() -> None:
    nested = re.compile(r"\s*,?\s*as\s+(?P<pronoun>he|she)\s+(?:puts|put|says|said)\s+it\b", re.IGNORECASE)
    parts = [" ", "  ", ",", ", ", "as", " as", " he", " she", " She", " puts", " said", " it", " it.", "x", "\n"]
    generator = random.Random(647)
    for _ in range(20000):
        text = "".join(generator.choice(parts) for _ in range(generator.randint(0, 10)))
        for position in range(len(text) + 1):
            one, other = nested.match(text, position), quotes._AS_THEY_PUT_IT.match(text, position)
            assert (one and (one.span(), one.group("pronoun"))) == (other and (other.span(), other.group("pronoun")))


def test_as_they_put_it_is_linear_over_a_blanked_quotation() -> None:
    # A frame blanks quoted text with spaces: the nested pattern tried every split of such a run (1.3 ms at 400
    # spaces, quadratic), this one reads it once.
    assert quotes._AS_THEY_PUT_IT.match(" " * 20000 + "x") is None


def test_the_title_gate_lets_every_title_through_and_keeps_common_words_out() -> None:
    patterns = roles.load_patterns()
    for title in patterns.titles:
        for written in (title, title.title(), title.upper(), f"said the {title} Jo Bell"):
            assert roles._may_hold_title(written, patterns), written
    assert not roles._may_hold_title("New technology and investment lifted sales.", patterns)
