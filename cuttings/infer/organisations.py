"""Find the organisations and political parties an article names, other than councils.

Three sources, in this order of trust: a vocabulary of UK parties and public bodies
(``cuttings/data/organisations.csv``, each with its aliases: "Tory" -> "Conservative Party", "DfE" ->
"Department for Education"); name patterns of NHS trusts, care boards and fire services; and the statistical
model's ORG entities, kept only when they look like an organisation's proper name.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from cuttings.infer.councils import resolve_council_name
from cuttings.infer.findings import CouncilResult, EntitySpan
from cuttings.infer.gates import one_of, starts_with_one_of

_VOCABULARY_FILE = "organisations.csv"
_NAME_WORD = r"(?:[A-Z][\w'’&-]*|and|of|the|for|&)"
_PATTERNS = (
    re.compile(
        rf"\b[A-Z][\w'’&-]*(?:\s+{_NAME_WORD}){{0,8}}?\s+"
        r"(?:NHS (?:Foundation )?Trust|Integrated Care Board|Clinical Commissioning Group"
        r"|Fire and Rescue Service|Fire and Rescue Authority|Ambulance Service|Police and Crime Panel)\b"
    ),
)
_PATTERN_CLUES = (
    "NHS ", "Integrated Care Board", "Clinical Commissioning Group", "Fire and Rescue ", "Ambulance Service",
    "Police and Crime Panel",
)
"""Text that every match of ``_PATTERNS`` contains: paragraphs without any are not scanned (the patterns try
every capitalised word as the start of a long name, which is slow)."""
_HONORIFICS = frozenset("coun cllr councillor mr mrs ms miss dr sir dame lord lady prof professor".split())
_GENERIC_HEADS = frozenset(
    """office committee services service care team unit directorate panel government cabinet board group
    department executive council meeting scheme programme plan strategy report bill act home councillors
    councils committees offices members officers residents officials holiday fete""".split()
)
"""Last words of the model's ORG spans that are departments or documents of a body, not organisations."""
_ORGANISATION_WORDS = frozenset(
    """association agency authority bank bbc centre commission company congress corporation court federation
    foundation fund institute league ltd limited plc party police constabulary service society trust union
    university college school academy hospital hospitals network news times telegraph guardian post radio
    church club ministry inspectorate ombudsman partnership alliance forum charity cic chamber federation
    confederation consortium institution museum library theatre press media group plc inc llp board
    commissioner commissioners tribunal executive""".split()
)
"""Words that name a kind of organisation: a model ORG span with none of them needs a second mention."""
_ROLE_WORDS = frozenset({"mp", "mps", "msp", "msps", "mep", "meps", "am", "ms", "qc", "kc", "cbe", "obe", "mbe"})
_NOT_ORGANISATION_ACRONYMS = frozenset(
    "VAT AGM EGM BSE HGV HGVS MOT GP GPS TV CCTV DVD PC PCSO UK US USA GB PR HR IT ICT SEN SEND CEO MP MPS".split()
)
"""Capitalised abbreviations the model often calls organisations that are things or people."""
_LEADING_WORDS = frozenset({"the", "a", "an", "in", "at", "by", "for", "from", "and", "but", "with", "to", "of"})


@dataclass(frozen=True)
class _Vocabulary:
    pattern: re.Pattern[str]
    canonical_by_alias: dict[str, str]


def find_organisations(
    paragraphs: Sequence[str], entities: Sequence[EntitySpan], councils: CouncilResult
) -> tuple[str, ...]:
    """Canonical names of the non-council organisations and parties, in order of first mention."""
    vocabulary = load_vocabulary()
    found: list[tuple[int, int, str]] = []
    covered: list[tuple[int, int, int]] = [(span.paragraph, span.start, span.end) for span in councils.spans]
    for index, text in enumerate(paragraphs):
        patterns = _PATTERNS if any(clue in text for clue in _PATTERN_CLUES) else ()
        for pattern in patterns:
            for match in pattern.finditer(text):
                name = _clean(re.split(r"\bthe\s+", match.group())[-1])
                if name and not _overlaps(covered, index, match.start(), match.end()):
                    found.append((index, match.start(), name))
                    covered.append((index, match.start(), match.end()))
        for match in vocabulary.pattern.finditer(text):
            if not _overlaps(covered, index, match.start(), match.end()):
                found.append((index, match.start(), vocabulary.canonical_by_alias[match.group(1)]))
                covered.append((index, match.start(), match.end()))
    found.extend(_model_organisations(paragraphs, entities, covered, vocabulary))
    found.sort(key=lambda item: (item[0], item[1]))
    return tuple(dict.fromkeys(name for _, _, name in found))


@cache
def load_vocabulary() -> _Vocabulary:
    canonical_by_alias: dict[str, str] = {}
    with resources.files("cuttings.data").joinpath(_VOCABULARY_FILE).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            canonical_by_alias[row["canonical"]] = row["canonical"]
            for alias in row["aliases"].split("|"):
                if alias.strip():
                    canonical_by_alias[alias.strip()] = row["canonical"]
    aliases = sorted(canonical_by_alias, key=len, reverse=True)
    pattern = re.compile(rf"{starts_with_one_of(aliases)}(?<![\w-])({one_of(aliases)})(?!\w)")
    return _Vocabulary(pattern, canonical_by_alias)


def _model_organisations(
    paragraphs: Sequence[str],
    entities: Sequence[EntitySpan],
    covered: list[tuple[int, int, int]],
    vocabulary: _Vocabulary,
) -> list[tuple[int, int, str]]:
    person_words = {word for entity in entities if entity.label == "PERSON" for word in entity.text.split()}
    places = {_clean(entity.text) for entity in entities if entity.label in ("GPE", "LOC", "FAC")}
    lower_text = "\n".join(paragraphs)
    candidates: list[tuple[int, int, str]] = []
    for entity in entities:
        if entity.label != "ORG" or _overlaps(covered, entity.paragraph, entity.start, entity.end):
            continue
        name = _clean(entity.text)
        if not name:
            continue
        if name in vocabulary.canonical_by_alias:
            candidates.append((entity.paragraph, entity.start, vocabulary.canonical_by_alias[name]))
            continue
        if name not in places and _looks_like_organisation(name, person_words):
            candidates.append((entity.paragraph, entity.start, name))
    counts = Counter(name for _, _, name in candidates)
    kept = []
    for item in candidates:
        name = item[2]
        if name in vocabulary.canonical_by_alias.values() or _is_proper_name(name):
            kept.append(item)
        elif " " not in name and counts[name] > 1 and not _stands_as_word(name.lower(), lower_text):
            kept.append(item)  # a one-word name used twice and never as a common noun ("Unison")
    return kept


@lru_cache(maxsize=4096)
def _clean(text: str) -> str:
    """The organisation's name without a leading article, a possessive or a trailing aside.

    Cached: the model's entities repeat the same names through an article (and across articles)."""
    text = re.split(r"\s*[(\[]", text, maxsplit=1)[0]
    text = re.split(r"\s+on\s+\d", text, maxsplit=1)[0]
    text = re.sub(r"['’]s?$", "", text.strip())
    words = text.split()
    while words and words[0].lower() in _LEADING_WORDS:
        words.pop(0)
    return " ".join(words).strip(" ,.;:")


def _looks_like_organisation(name: str, person_words: set[str]) -> bool:
    words = name.split()
    if not words or not words[0][:1].isupper() or re.search(r"[,/;|]", name):
        return False
    if name.upper() in _NOT_ORGANISATION_ACRONYMS or re.search(r"\d", name) or name == "Local Authority":
        return False
    if words[0].lower().rstrip(".") in _HONORIFICS:
        return False
    if words[-1].lower() in _GENERIC_HEADS or re.search(r"\bcouncil\b", name, re.IGNORECASE):
        return False
    if any(word.lower() in _ROLE_WORDS for word in words):
        return False
    if resolve_council_name(name) is not None:
        return False
    return not (len(words) <= 3 and words[-1] in person_words)


def _is_proper_name(name: str) -> bool:
    """An acronym, or capitalised words that say what kind of organisation this is ("Trades Union Congress")."""
    words = name.split()
    if len(words) == 1:
        return bool(re.fullmatch(r"[A-Z][A-Z&]{1,6}", name))
    capitalised = sum(word[:1].isupper() for word in words) >= 2
    return capitalised and any(word.lower() in _ORGANISATION_WORDS for word in words)


def _stands_as_word(word: str, text: str) -> bool:
    """Whether ``text`` holds ``word`` with a word boundary at each end, as
    ``re.search(rf"\\b{re.escape(word)}\\b", text)`` would find it, without compiling a pattern for every name
    (the compiling cost more than the search)."""
    position = text.find(word)
    while position >= 0:
        if _is_word_boundary(text, position) and _is_word_boundary(text, position + len(word)):
            return True
        position = text.find(word, position + 1)
    return False


def _is_word_boundary(text: str, position: int) -> bool:
    """``re``'s ``\\b`` at ``position``: a word character on one side only (``\\w`` is alphanumeric or "_")."""
    before = position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_")
    after = position < len(text) and (text[position].isalnum() or text[position] == "_")
    return before != after


def _overlaps(covered: list[tuple[int, int, int]], paragraph: int, start: int, end: int) -> bool:
    return any(p == paragraph and start < e and s < end for p, s, e in covered)
