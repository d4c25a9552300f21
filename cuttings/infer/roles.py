"""Find the roles an article gives people: ("chief executive", "Barnsley Council"), ("MP for Hexham", ...).

A role is a title from ``cuttings/data/roles.csv`` standing right next to a person's name in one sentence:
before it ("chief executive Jane Roe", "Hexham MP Jane Roe", "the leader of the council, Jane Roe") or in
apposition after it ("Jane Roe, chief executive of Barnsley Council,", "Jane Roe, who is the cabinet member
for housing"). The body the role belongs to is the council or organisation the sentence names with it, or,
for council roles, the council the article is about.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from cuttings.infer.councils import resolve_council_name
from cuttings.infer.findings import CouncilResult, CouncilSpan, NameSpan, PeopleResult
from cuttings.infer.gates import one_of, starts_with_one_of
from cuttings.infer.organisations import load_vocabulary
from cuttings.model import RoleFact

_ROLES_FILE = "roles.csv"
_HONORIFIC = r"(?:Coun|Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Revd)\.?"
_PRE_WORD = r"(?:[A-Z][\w'’.&-]*|and|&|upon|on|under|with|group)"
_POST_NOMINALS = r"(?:\s+(?:CBE|OBE|MBE|KBE|DBE|QC|KC|JP|DL|FRS|MP))*"
_FOLLOWING_VERB = (
    r"(?:said|says|told|added|explained|has|had|have|who|is|was|will|would|can|could|wrote"
    r"|in|from|since|until|last|this|next|before|after|when)"
)
_SENTENCE_END = re.compile(r"(?=[.!?])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?][\"”’']?\s+")
_COUNCIL_WORDS = re.compile(
    r"^(?:the\s+)?(?:(?:full|county|city|borough|district|local|parish|town)\s+)?(?:council|authority)$",
    re.IGNORECASE,
)
_CLAUSE_WORD = re.compile(
    r"\b(?:but|that|which|who|was|were|is|are|has|had|have|said|says|will|would|not|no)\b", re.IGNORECASE
)
_MAX_SUBJECT_WORDS = 9
_NOT_PLACE_WORDS = frozenset(
    """group the party and but or so former ex now then however meanwhile also current outgoing new veteran
    senior local acting interim""".split()
)
"""Capitalised at a sentence start, these open the sentence rather than name a place ("But Green MSP ...")."""
_INDEPENDENT = re.compile(r"\bIndependents?\b")


@dataclass(frozen=True)
class _Title:
    role: str
    attach: str
    complement: str


@dataclass(frozen=True)
class _Patterns:
    before: re.Pattern[str]
    after: re.Pattern[str]
    chained: re.Pattern[str]
    first_word: re.Pattern[str]
    """The first word of any title, lower-cased: ASCII text holding none of them cannot match ``before``."""
    titles: dict[str, _Title]


@dataclass(frozen=True)
class _Context:
    paragraph: int
    text: str
    councils: CouncilResult
    party_names: dict[str, str]


def find_roles(paragraphs: Sequence[str], people: PeopleResult, councils: CouncilResult) -> tuple[RoleFact, ...]:
    """Every (person, role, organisation) the paragraphs state, in text order, without repeats."""
    patterns = load_patterns()
    party_names = _party_names()
    facts: list[RoleFact] = []
    for span in people.spans:
        if span.paragraph >= len(paragraphs):
            continue
        context = _Context(span.paragraph, paragraphs[span.paragraph], councils, party_names)
        facts.extend(_roles_for(span, context, patterns))
    return tuple(dict.fromkeys(facts))


@cache
def load_patterns() -> _Patterns:
    titles: dict[str, _Title] = {}
    with resources.files("cuttings.data").joinpath(_ROLES_FILE).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            titles[_title_key(row["title"])] = _Title(row["role"], row["attach"], row["complement"])
    alternatives = []
    for title in sorted(titles, key=len, reverse=True):
        words = r"[\s-]+".join(re.escape(word) for word in re.split(r"[\s-]+", title))
        is_abbreviation = titles[title].role.isupper()
        alternatives.append(words.upper() if is_abbreviation else f"(?i:{words})")
    role = rf"(?P<role>{'|'.join(alternatives)})"
    role_only = rf"(?:{'|'.join(alternatives)})"
    pre = rf"(?P<pre>(?:{_PRE_WORD}\s+){{0,5}}?)"
    owner = r"(?P<owner>(?:the\s+)?(?:council|authority)['’]s\s+)?"
    complement = r"(?:\s+(?P<prep>of|for|at)\s+(?P<comp>[^,;:()\"“”]{1,90}?))?"
    before = re.compile(rf"(?:(?i:the|a|an)\s+)?{owner}{pre}{role}{complement}\s*,?\s*(?:{_HONORIFIC}\s+)?$")
    after = re.compile(
        rf"^{_POST_NOMINALS}\s*(?:\([^)]*\)\s*)?(?:,\s*(?:who\s+(?:is|was)\s+)?|\s+(?:is|was|who\s+is|who\s+was|as)\s+)"
        rf"(?:(?i:the|a|an)\s+)?{owner}{pre}{role}{complement}\s*"
        rf"(?=[,;:.()]|$|\s+{_FOLLOWING_VERB}\b|\s+and\s+(?:the\s+)?(?:{_PRE_WORD}\s+){{0,3}}?{role_only})"
    )
    chained = re.compile(
        rf"\s*and\s+(?:(?i:the|a|an)\s+)?{owner}{pre}{role}{complement}\s*(?=[,;:.()]|$|\s+{_FOLLOWING_VERB}\b)"
    )
    first_words = sorted({re.split(r"[\s-]+", title)[0].lower() for title in titles})
    first_word = re.compile(starts_with_one_of(first_words) + one_of(first_words))
    return _Patterns(before, after, chained, first_word, titles)


def _title_key(title: str) -> str:
    return re.sub(r"[\s-]+", " ", title).lower()


@cache
def _party_names() -> dict[str, str]:
    """Every party alias ("Tory", "Lib Dems") and the adjective a council group takes from it ("Conservative")."""
    vocabulary = load_vocabulary()
    names: dict[str, str] = {}
    for alias, canonical in vocabulary.canonical_by_alias.items():
        if canonical in _PARTY_GROUPS:
            names[alias] = _PARTY_GROUPS[canonical]
    return names


_PARTY_GROUPS = {
    "Labour Party": "Labour",
    "Conservative Party": "Conservative",
    "Liberal Democrats": "Liberal Democrat",
    "Green Party": "Green",
    "Reform UK": "Reform UK",
    "Plaid Cymru": "Plaid Cymru",
    "Scottish National Party": "SNP",
    "UK Independence Party": "UKIP",
}


def _roles_for(span: NameSpan, context: _Context, patterns: _Patterns) -> list[RoleFact]:
    start, end = _sentence_bounds(context.text, span.start, span.end)
    facts: list[RoleFact] = []
    left = context.text[start : span.start]
    match = _closest_match(patterns.before, left) if _may_hold_title(left, patterns) else None
    if match:
        fact = _fact(span.person, match, start, context, patterns)
        if fact:
            facts.append(fact)
    right = context.text[span.end : end]
    match = patterns.after.match(right)
    position = span.end
    while match:
        fact = _fact(span.person, match, position, context, patterns)
        if fact:
            facts.append(fact)
        position += match.end()
        match = patterns.chained.match(context.text, position, end)
    return facts


def _may_hold_title(text: str, patterns: _Patterns) -> bool:
    """False only when ``text`` surely holds no title (cheaper than trying ``before`` at every word).

    Only for ASCII text: case-insensitive matching also pairs some non-ASCII letters with ASCII ones."""
    if not text.isascii():
        return True
    return patterns.first_word.search(text.lower()) is not None


def _closest_match(pattern: re.Pattern[str], left: str) -> re.Match[str] | None:
    """The match anchored at the end of ``left`` whose title ends nearest the name, with all its modifiers.

    Scanning from the name leftwards, the first match fixes where the title ends; an earlier start that ends
    the title at the same place only adds words to it ("Corporate Director", "Hexham MP").
    """
    starts = [0] + [found.end() for found in re.finditer(r"[\s(\"“]+", left)]
    best: re.Match[str] | None = None
    for start in reversed(starts):
        match = pattern.match(left, start)
        if match is None:
            continue
        if best is None or match.end("role") == best.end("role"):
            best = match
    return best


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding ``text[start:end]`` starts, and where it ends (after its full stop)."""
    sentence_start = 0
    for end_start, end_end in _sentence_ends(text):
        if end_end <= start:
            sentence_start = end_end
        elif end_start < start:
            # A sentence end running over ``start`` counts only as far as it gets before it.
            cut = _SENTENCE_END.match(text, end_start, start)
            if cut is not None:
                sentence_start = cut.end()
        if end_start >= end:
            return sentence_start, end_start + 1
    return sentence_start, len(text)


@lru_cache(maxsize=256)
def _sentence_ends(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of a paragraph's sentence ends, found once for all the names in it."""
    return tuple(match.span() for match in _SENTENCE_END.finditer(text))


def _fact(person: str, match: re.Match[str], offset: int, context: _Context, patterns: _Patterns) -> RoleFact | None:
    title = patterns.titles[_title_key(match.group("role"))]
    role = title.role
    organisation: str | None = None
    pre = (match.group("pre") or "").strip()
    pre_start = offset + match.start("pre")
    party = _party_in(pre, context.party_names)
    place = _place_in(pre, context.party_names)
    comp = _name_like_prefix((match.group("comp") or "").strip(), title)
    if _CLAUSE_WORD.search(comp) or len(comp.split()) > _MAX_SUBJECT_WORDS:
        return None  # the "subject" runs on into a clause: the title is not in apposition to this name
    comp_start = offset + match.start("comp") if comp else -1
    if match.group("owner"):
        organisation = _council_in(context, offset + match.start("owner"), offset + match.end("owner"))
    pre_council = _council_in(context, pre_start, pre_start + len(pre)) if pre else None
    if pre_council is not None:
        organisation = pre_council
    elif party and title.role in ("leader", "group leader", "deputy leader"):
        deputy = "deputy " if title.role == "deputy leader" else ""
        if title.role == "group leader" or context.councils.councils:
            role = f"{deputy}leader of the {party} group"
        else:
            role = f"{deputy}leader"
            organisation = _party_organisation(party)
    elif place:
        role, organisation = _with_place(title, place)
    if (role == "group leader" and not party) or (title.role == "head" and not comp):
        return None
    if role == "councillor" and not (party or comp or pre_council or place):
        return None  # "Councillor Jane Roe" is a form of address, not a statement of office
    if comp:
        comp_role, comp_organisation = _complement(title, comp, comp_start, match.group("prep"), context)
        if comp_role:
            role = f"{role} {match.group('prep').lower()} {comp_role}"
        if comp_organisation:
            organisation = comp_organisation
    if organisation is None:
        organisation = _implicit_organisation(title, context, offset + match.start("role"), role)
    return RoleFact(person=person, role=role, organisation=organisation)


def _with_place(title: _Title, place: str) -> tuple[str, str | None]:
    """A role with the proper noun written before it: "Hexham MP", "Oldham councillor", "Ofsted's director"."""
    body = resolve_council_name(place) or load_vocabulary().canonical_by_alias.get(place)
    if title.complement == "place":
        if body is not None and title.attach == "council":
            return title.role, body
        return f"{title.role} for {place}", None
    if body is not None:
        return title.role, body
    if title.role in ("secretary", "minister"):
        return f"{_normalise_subject(place)} {title.role}", None
    return title.role, None


_NAME_PHRASE = re.compile(
    r"^(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|and|of|&|upon|on|under|for|the|in)(?=\s|$))*"
)


def _name_like_prefix(comp: str, title: _Title) -> str:
    """For titles whose complement is a body or a place, only the name that starts it ("the Ofsted board ...")."""
    if not comp or title.complement == "portfolio" or _COUNCIL_WORDS.match(comp):
        return comp
    if re.match(r"the\s+[A-Z][\w\s-]*?\s+group\b", comp):
        return comp
    match = _NAME_PHRASE.match(comp)
    if match is None:
        return ""
    return re.sub(r"\s+(?:and|of|&|upon|on|under|for|the|in)$", "", match.group())


def _complement(
    title: _Title, comp: str, comp_start: int, prep: str, context: _Context
) -> tuple[str | None, str | None]:
    """What follows "of"/"for": the role's subject ("for housing"), or the body it belongs to ("of Ofsted")."""
    parts = re.split(r"\s+(?:at|in|on)\s+(?=the\b|[A-Z])", comp, maxsplit=1)
    subject = parts[0]
    body = parts[1] if len(parts) > 1 else ""
    organisation = _body_named(body, comp_start + comp.rindex(body), context) if body else None
    if _COUNCIL_WORDS.match(subject.strip()):
        return None, _body_named(subject, comp_start, context) or organisation
    party = _party_in(subject, context.party_names)
    if party and re.search(r"\bgroup\b", subject, re.IGNORECASE):
        return f"the {party} group", organisation
    if title.complement == "place" and prep.lower() == "for":
        return subject.strip(), organisation
    named = _body_named(subject, comp_start, context)
    if named is not None and prep.lower() in ("of", "at"):
        return None, named
    return _normalise_subject(subject), organisation


def _body_named(text: str, start: int, context: _Context) -> str | None:
    """The council or organisation a phrase names, if it names one."""
    council = _council_in(context, start, start + len(text))
    if council is not None:
        return council
    stripped = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    if _COUNCIL_WORDS.match(text.strip()):
        return _council_in(context, start, start + len(text)) or _only_council(context)
    named = resolve_council_name(stripped) if stripped[:1].isupper() else None
    if named is not None:
        return named
    vocabulary = load_vocabulary()
    if stripped in vocabulary.canonical_by_alias:
        return vocabulary.canonical_by_alias[stripped]
    words = stripped.split()
    if words and all(word[:1].isupper() or word in ("and", "of", "for", "&") for word in words):
        return stripped
    return None


def _normalise_subject(subject: str) -> str:
    """Lower case, except acronyms and, in text written in lower case, the capitalised proper nouns."""
    words = subject.split()
    mostly_lower = sum(word[:1].islower() for word in words) > len(words) / 2
    normalised = []
    for word in words:
        if re.fullmatch(r"[A-Z]{2,}s?", word) or (mostly_lower and word[:1].isupper()):
            normalised.append(word)
        else:
            normalised.append(word.lower())
    return " ".join(normalised)


@cache
def _party_pattern(aliases: tuple[str, ...]) -> re.Pattern[str]:
    longest_first = sorted(aliases, key=len, reverse=True)
    return re.compile(rf"{starts_with_one_of(aliases)}(?<![\w-])({one_of(longest_first)})(?:['’]s)?(?!\w)")


def _party_in(text: str, party_names: dict[str, str]) -> str | None:
    match = _party_pattern(tuple(party_names)).search(text)
    if match:
        return party_names[match.group(1)]
    if _INDEPENDENT.search(text):
        return "Independent"
    return None


def _party_organisation(group: str) -> str | None:
    for canonical, adjective in _PARTY_GROUPS.items():
        if adjective == group:
            return canonical
    return None


def _place_in(pre: str, party_names: dict[str, str]) -> str | None:
    """The place in a pre-modifier ("Hexham" of "Hexham MP"), without parties, articles or possessives."""
    pre = _party_pattern(tuple(party_names)).sub(" ", pre)
    pre = _INDEPENDENT.sub(" ", pre)
    words = [word for word in pre.split() if word.lower() not in _NOT_PLACE_WORDS]
    while words and not words[0][:1].isupper():
        words.pop(0)
    while words and not words[-1][:1].isupper():
        words.pop()
    if not words:
        return None
    return re.sub(r"['’]s$", "", " ".join(words))


def _council_in(context: _Context, start: int, end: int) -> str | None:
    for span in context.councils.spans:
        if span.paragraph == context.paragraph and span.start < end and start < span.end:
            return span.council
    return None


def _only_council(context: _Context) -> str | None:
    councils = context.councils.councils
    return councils[0] if len(councils) == 1 else None


def _implicit_organisation(title: _Title, context: _Context, position: int, role: str) -> str | None:
    """The council a council role belongs to when the sentence names none: the article's council of that tier."""
    if title.attach != "council":
        return title.attach or None
    tier = role.split()[0] if role.split()[0] in _TIERED else None
    councils = [council for council in context.councils.councils if _fits_tier(council, tier)]
    if len(councils) == 1:
        return councils[0]
    preceding: list[CouncilSpan] = [
        span
        for span in context.councils.spans
        if (span.paragraph, span.start) < (context.paragraph, position)
        and context.paragraph - span.paragraph <= 1
        and _fits_tier(span.council, tier)
    ]
    return preceding[-1].council if preceding else None


_TIERED = frozenset({"county", "borough", "district", "city", "parish", "town"})
_LOCAL_COUNCIL = re.compile(r" (?:Parish|Town|Community|Village|Neighbourhood) Council$")


def _fits_tier(council: str, tier: str | None) -> bool:
    if tier is None:
        return True
    if tier in ("parish", "town"):
        return bool(_LOCAL_COUNCIL.search(council))
    if tier == "county":
        return council.endswith("County Council")
    return not _LOCAL_COUNCIL.search(council) and not council.endswith("County Council")
