"""Find the councils an article names, each under one canonical name.

Principal local authorities come from a register shipped in ``cuttings/data/uk_local_authorities.csv``:
a mention is a run of capitalised words before "Council" (or "Authority", "Corporation") that the register
knows, so "Security Council" or "Arts Council" never become councils. Parish, town and community councils
are recognised by their pattern and kept as written. "The council" and its kin resolve to a council the
article has already named, and only when that choice is clear.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from cuttings.infer.findings import CouncilResult, CouncilSpan

_REGISTER_FILES = ("uk_local_authorities.csv", "uk_local_authorities_supplement.csv")
_WHOLE_NAME_TYPES = frozenset({"CTY", "COMB", "SRA", "CC"})
"""Authorities always called by their official name ("Kent County Council", "Tees Valley Combined Authority")."""
_AUTHORITY_TYPES = frozenset({"COMB", "SRA"})
_TIER_IN_NAME = re.compile(r"\b(?:Metropolitan|District|Borough|City and County of)\b")

_LEADING_PHRASES = (
    "london borough of ",
    "royal borough of ",
    "borough council of ",
    "council of the ",
    "city and county of ",
    "city of ",
    "county of ",
    "borough of ",
    "county ",
)
_TRAILING_WORDS = frozenset(
    {"council", "metropolitan", "district", "borough", "county", "city", "mdc", "ua", "corporation"}
)
_LOCAL_TRIGGER = re.compile(r"^(?:council|councils|authority|corporation)$", re.IGNORECASE)
_CONNECTORS = frozenset({"and", "of", "upon", "on", "under", "in", "with", "y", "nan", "&", ","})
_TIER_WORDS = frozenset({"metropolitan", "district", "borough", "county", "city", "combined", "mayoral"})
_WANTED_BY_ADJECTIVE = {
    "county": "county",
    "parish": "parish",
    "town": "parish",
    "combined": "combined",
    "city": "other",
    "borough": "other",
    "district": "other",
}
_LOCAL_KINDS = ("parish", "town", "community", "village", "neighbourhood")
_ANAPHOR_ADJECTIVES = frozenset(
    {"county", "city", "borough", "district", "full", "local", "parish", "town", "combined"}
)
_PARISH_CONNECTORS = frozenset(
    {"and", "on", "upon", "under", "in", "le", "la", "de", "cum", "with", "next", "by", "super", "the", "&"}
)
_NOT_A_PLACE = frozenset(
    """the a an at in on of for from by to and but or members meeting minutes chairman chair clerk councillor
    councillors cllr coun mr mrs ms miss dr report notes agenda news latest local your our this that every
    each both all new annual extraordinary monthly joint dear following whilst while when since after before
    during says said letter letters from re update vote votes vice next some no any quality forthcoming present
    draft if as so its their his her which where whose then many most general come
    approve approved discuss discussed consider considered agree agreed note noted receive received resolve
    resolved adopt adopted elect elected confirm confirmed ratify ratified review reviewed ordinary
    extra-ordinary current previous retiring contact net gross vat total remarks payee amount balance cheque
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_MEETING_WORDS = frozenset({"annual", "extraordinary", "joint", "special", "monthly", "full"})
_NOT_A_PARISH = frozenset({"council", "borough", "county", "district", "city", "rural", "the", "town", "parish"})
"""Words that end no parish's name: "Norfolk Rural Community Council" is a charity, not a council."""
_BODY_WORDS = frozenset("club society association group church school trust committee hall centre league team".split())
_TOKEN = re.compile(r"[\w'’.&-]+|,")
_MAX_NAME_WORDS = 8
_PUBLIC_BODY_WORDS = ("council", "authority", "corporation")
_MENTIONS_A_BODY = re.compile("|".join(_PUBLIC_BODY_WORDS), re.IGNORECASE)
_TRIGGER_TOKEN = re.compile(r"^(?:council|councils|authority|corporation)(?:['’]s)?\.?$", re.IGNORECASE)
_COUNCIL_COMPOUND = re.compile(r"^([Cc]ouncils?)-[a-z]+$")
_RUN_BY = re.compile(r"^[A-Z][\w ]*-(?:run|led|controlled)$")
_OTHER_BODY_AFTER = re.compile(
    r"\s+(?:for|on|of)\s+(?:the\s+)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b)[A-Z]"
)
"""After "Council", a sign of another body: "Kent Council for Voluntary Service", "Norfolk Council on Ageing"."""
_NAME_AFTER_OF = re.compile(
    r"\b(?:London Borough|Royal Borough|Borough Council|City and County|Council) of (?:the )?(?=[A-Z])"
)


@dataclass(frozen=True)
class LocalAuthority:
    """One principal local authority of the register."""

    code: str
    official_name: str
    canonical: str
    type: str
    current: bool

    @property
    def is_county(self) -> bool:
        return self.type == "CTY" or "County" in self.official_name


@dataclass(frozen=True)
class _Register:
    authorities: tuple[LocalAuthority, ...]
    by_key: dict[str, tuple[LocalAuthority, ...]]


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Anaphor:
    """ "The council", "the county council": resolved once every council the article names is known."""

    paragraph: int
    start: int
    end: int
    surface: str
    wanted: str
    """The kind of council it can stand for: "any", "county", "parish", "combined" or "other"."""


@dataclass(frozen=True)
class _Found:
    span: CouncilSpan
    kind: str
    """"county", "parish" or "other": what the anaphors "the county council", "the parish council" look for."""


def find_councils(paragraphs: Sequence[str]) -> CouncilResult:
    """Every council the paragraphs name, in order of first mention, and each mention's position."""
    register = load_register()
    explicit: list[_Found] = []
    anaphors: list[_Anaphor] = []
    for index, text in enumerate(paragraphs):
        found, pending = _scan_paragraph(index, text, register)
        explicit.extend(found)
        anaphors.extend(pending)
    spans = [found.span for found in explicit]
    plain = [anaphor for anaphor in anaphors if anaphor.wanted == "any"
             and not _OTHER_BODY_AFTER.match(paragraphs[anaphor.paragraph], anaphor.end)]
    if not explicit and plain:
        area = _only_council_area(paragraphs, register)
        if area is not None:
            # "Barnsley's Conservatives ... the leader of the council": the one council area the article
            # names is the council it means, when nothing else is named.
            explicit = [_Found(CouncilSpan(-1, 0, 0, "", area.canonical), _kind(area))]
    for anaphor in anaphors:
        council = _resolve_anaphor(explicit, anaphor.paragraph, anaphor.start, anaphor.wanted)
        if council is not None:
            spans.append(CouncilSpan(anaphor.paragraph, anaphor.start, anaphor.end, anaphor.surface, council))
    spans.sort(key=lambda span: (span.paragraph, span.start))
    councils = tuple(dict.fromkeys(span.council for span in spans))
    return CouncilResult(councils=councils, spans=tuple(spans))


_PLACE_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)*(?:['’]s)?(?![\w'’-])")


_CAPITALISED_NEIGHBOUR = re.compile(r"[A-Z][\w'’.-]*\s?$")
_CAPITALISED_NEXT = re.compile(r"\s[A-Z]")


def _only_council_area(paragraphs: Sequence[str], register: _Register) -> LocalAuthority | None:
    """The one principal council whose area the article names as a place, twice or in the possessive
    ("Barnsley's", "in Barnsley ... Barnsley people"), or None when it names none, several, or one only once
    in passing. A word that opens a sentence counts only in the possessive
    ("Reading's"): "Reading the report" names no town. Combined authorities and the Greater London Authority
    are never meant by "the council"."""
    found: dict[str, LocalAuthority] = {}
    times: dict[str, int] = {}
    for text in paragraphs:
        for match in _PLACE_WORD.finditer(text):
            word = match.group()
            possessive = _strip_possessive(word)
            before = text[: match.start()].rstrip()
            if possessive == word and (not before or before[-1] in ".!?:\"“”‘'"):
                continue
            if _CAPITALISED_NEIGHBOUR.search(before[-30:]) or (
                possessive == word and _CAPITALISED_NEXT.match(text, match.end())
            ):
                continue  # part of a longer name: "New York", "Durham Cathedral"
            authority = _lookup(register, possessive, False)
            if authority is not None and authority.type not in _AUTHORITY_TYPES:
                found[authority.canonical] = authority
                if len(found) > 1:
                    return None
                # The area's own possessive ("Barnsley's Conservatives") counts twice: a place named once in
                # passing ("a trip to Devon") is not what the article's council is.
                times[authority.canonical] = times.get(authority.canonical, 0) + (2 if possessive != word else 1)
    if not found:
        return None
    area = next(iter(found.values()))
    return area if times[area.canonical] >= 2 else None


@lru_cache(maxsize=4096)
def resolve_council_name(text: str) -> str | None:
    """The canonical council for a name such as "Leeds City Council" or "leeds", or None.

    Cached: the register never changes, and organisations and roles ask about the same names many times."""
    register = load_register()
    words = text.strip()
    county = bool(re.search(r"\bcounty\b", words, re.IGNORECASE))
    authority = _lookup(register, words, county)
    return authority.canonical if authority else None


@cache
def one_word_places() -> frozenset[str]:
    """The council areas of the register whose name is one word ("Barnsley", "Aberdeenshire"), as written there."""
    places: set[str] = set()
    for name in _REGISTER_FILES:
        with resources.files("cuttings.data").joinpath(name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                for place in (row["nice_name"], *row["alt_names"].split(";")):
                    if place.strip() and " " not in place.strip():
                        places.add(place.strip())
    return frozenset(places)


_PLACE_JOINS = re.compile(r",| and | & ")


@cache
def multi_word_places() -> frozenset[tuple[str, ...]]:
    """The council areas of the register whose name is two words or more, split at "and" ("King's Lynn and West
    Norfolk" gives "King's Lynn" and "West Norfolk"), each as its words folded by ``place_word_key``
    ("kings", "lynn"): a name the finder starts inside one ("King's Lynn Samaritans" read as "Lynn Samaritans")
    is the tail of the place's name, not a person's (``cuttings/infer/people.py:_inside_a_place_name``). Cached, as
    ``one_word_places``: reading the register takes about 30 ms, once a process rather than once an article
    (``tests/unit/infer/test_people_village_places_and_firms.py`` reads it)."""
    places: set[tuple[str, ...]] = set()
    for name in _REGISTER_FILES:
        with resources.files("cuttings.data").joinpath(name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                for place in (row["nice_name"], *row["alt_names"].split(";")):
                    for part in _PLACE_JOINS.split(place):
                        words = tuple(place_word_key(word) for word in part.split())
                        if len(words) >= 2:
                            places.add(words)
    return frozenset(places)


def place_word_key(word: str) -> str:
    """A word of a place's name folded so that "King's", "Kings" and "King’s" agree."""
    return word.casefold().replace("'", "").replace("’", "").strip(".,;:")


@cache
def load_register() -> _Register:
    """The register of principal local authorities, indexed by every normalised form of their names."""
    authorities: list[LocalAuthority] = []
    by_key: dict[str, list[LocalAuthority]] = {}
    rows: list[dict[str, str]] = []
    for name in _REGISTER_FILES:
        with resources.files("cuttings.data").joinpath(name).open(encoding="utf-8") as handle:
            rows.extend(csv.DictReader(handle))
    for row in rows:
        authority = LocalAuthority(
            code=row["code"],
            official_name=_clean_spaces(row["official_name"]),
            canonical=_canonical_name(row),
            type=row["type"],
            current=not row["end_date"],
        )
        authorities.append(authority)
        names = [authority.official_name, row["nice_name"], authority.canonical]
        names += [alt for alt in row["alt_names"].split(";") if alt.strip()]
        for key in _keys_for(names, authority.type):
            bucket = by_key.setdefault(key, [])
            if authority not in bucket:
                bucket.append(authority)
    return _Register(tuple(authorities), {key: tuple(value) for key, value in by_key.items()})


def _canonical_name(row: dict[str, str]) -> str:
    official = _clean_spaces(row["official_name"])
    if row["type"] in _WHOLE_NAME_TYPES:
        return official
    official = re.sub(r"^The ", "", official)
    if official.endswith(" Council") and not _TIER_IN_NAME.search(official):
        return official
    nice = re.sub(r"^The ", "", _clean_spaces(row["nice_name"]))
    nice = re.sub(r" Council$", "", nice)
    return f"{nice} Council"


def _keys_for(names: list[str], authority_type: str) -> set[str]:
    keys: set[str] = set()
    for name in names:
        if authority_type in _AUTHORITY_TYPES:
            keys.add(_weak_key(name))
            keys.add(_weak_key(name.replace("Mayoral ", "")))
        elif authority_type == "CC":
            keys.add(_weak_key(name))
        else:
            keys.add(_weak_key(name))
            keys.add(_strong_key(name)[0])
    keys.discard("")
    return keys


def _clean_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _weak_key(text: str) -> str:
    """Lower case, "&" as "and", punctuation and a leading "the" dropped."""
    text = text.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"[.,']", "", text)
    text = re.sub(r"[-\s]+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    return re.sub(r" (?:council|corporation)$", "", text)


def _strong_key(text: str) -> tuple[str, bool]:
    """The bare place of a council's name, and whether the name said "county"."""
    key = _weak_key(text)
    county = False
    changed = True
    while changed:
        changed = False
        for phrase in _LEADING_PHRASES:
            if key.startswith(phrase) and len(key) > len(phrase):
                county = county or "county" in phrase
                key = key[len(phrase) :]
                changed = True
        words = key.split()
        while len(words) > 1 and words[-1] in _TRAILING_WORDS:
            county = county or words[-1] == "county"
            words.pop()
            changed = True
        if len(words) > 2 and words[-2:] == ["and", "district"]:
            words = words[:-2]
            changed = True
        key = " ".join(words)
    return key, county


def _lookup(register: _Register, text: str, county: bool) -> LocalAuthority | None:
    candidates = register.by_key.get(_weak_key(text))
    if not candidates:
        key, said_county = _strong_key(text)
        county = county or said_county
        candidates = register.by_key.get(key)
    if not candidates:
        return None
    chosen = _choose(candidates, county)
    return None if _wrong_tier(chosen, county) or _council_for_an_authority(chosen, text) else chosen


def _council_for_an_authority(authority: LocalAuthority, text: str) -> bool:
    """Whether a name that says "Council" is matched to a strategic authority, which is no council: the "Greater
    London Council" (abolished 1986) is not the Greater London Authority, though both are keyed by their place."""
    return authority.type == "SRA" and re.search(r"\bCouncil\b", text, re.IGNORECASE) is not None


def _wrong_tier(authority: LocalAuthority, county: bool) -> bool:
    """"West Ayton County Council" (a county of the past) is not the district West Ayton."""
    return county and authority.type in _DISTRICT_TYPES and not authority.is_county


def _names_a_district_as_county(register: _Register, text: str, county: bool) -> bool:
    candidates = register.by_key.get(_weak_key(text))
    if not candidates:
        key, said_county = _strong_key(text)
        county = county or said_county
        candidates = register.by_key.get(key)
    return bool(candidates) and _wrong_tier(_choose(candidates, county), county)


_DISTRICT_TYPES = frozenset({"NMD", "MD", "LBO"})
"""Register types of the lower tier (districts, metropolitan districts, London boroughs): never a county council,
whatever their place's name."""


def _choose(candidates: Sequence[LocalAuthority], county: bool) -> LocalAuthority:
    def preference(authority: LocalAuthority) -> tuple[int, int]:
        is_county_tier = authority.type == "CTY"
        if not county:
            return (1 if is_county_tier else 0), (0 if authority.current else 1)
        named_county = 1 if authority.is_county else 2
        return (0 if is_county_tier else named_county), (0 if authority.current else 1)

    return min(candidates, key=preference)


def _kind(authority: LocalAuthority) -> str:
    if authority.type == "CTY":
        return "county"
    return "combined" if authority.type in _AUTHORITY_TYPES else "other"


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        compound = _COUNCIL_COMPOUND.match(word)
        if compound:  # "council-run", "council-owned": the council is the first half
            word = compound.group(1)
        tokens.append(_Token(match.start(), match.start() + len(word), word))
    return tokens


def _strip_possessive(word: str) -> str:
    return re.sub(r"['’]s$", "", word.rstrip("."))


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _mentions_a_body(text: str) -> bool:
    """Whether a body word occurs in the text, in any case. For ASCII text, looking for the words in the
    lower-cased text is much quicker than the case-insensitive search and finds the same; other text keeps
    the search, which also pairs some non-ASCII letters with ASCII ones ("ı" with "i")."""
    if text.isascii():
        lowered = text.lower()
        return any(word in lowered for word in _PUBLIC_BODY_WORDS)
    return _MENTIONS_A_BODY.search(text) is not None


def _scan_paragraph(index: int, text: str, register: _Register) -> tuple[list[_Found], list[_Anaphor]]:
    if not _mentions_a_body(text):
        return [], []
    tokens = _tokens(text)
    found = _named_after_of(index, text, tokens, register)
    anaphors: list[_Anaphor] = []
    for position, token in enumerate(tokens):
        if not _TRIGGER_TOKEN.match(token.text):
            continue
        word = _strip_possessive(token.text)
        if not _LOCAL_TRIGGER.match(word) or any(
            f.span.start <= token.start < f.span.end for f in found if f.span.paragraph == index
        ):
            continue
        trigger_end = token.start + len(word)
        lowered = word.lower()
        if lowered in ("council", "councils"):
            parish = _parish_council(index, text, tokens, position, trigger_end)
            if parish is not None:
                if isinstance(parish, _Found):
                    found.append(parish)
                else:
                    anaphors.append(parish)
                continue
        mentions = _local_authorities(index, text, tokens, position, trigger_end, register)
        if mentions:
            found.extend(mentions)
            continue
        anaphor = _anaphor(index, text, tokens, position, trigger_end)
        if anaphor is not None:
            anaphors.append(anaphor)
    found.sort(key=lambda item: item.span.start)
    return found, anaphors


def _named_after_of(index: int, text: str, tokens: list[_Token], register: _Register) -> list[_Found]:
    """ "London Borough of Camden", "the Borough Council of King's Lynn and West Norfolk"."""
    found: list[_Found] = []
    for match in _NAME_AFTER_OF.finditer(text):
        following = [token for token in tokens if token.start >= match.end()]
        run: list[_Token] = []
        for token in following[:_MAX_NAME_WORDS]:
            lowered = token.text.lower()
            if not (_is_capitalised(token.text) or lowered in ("and", "upon", "on", "under", "with", "&")):
                break
            run.append(token)
            if token.text.endswith("."):
                break
        for size in range(len(run), 0, -1):
            if not _is_capitalised(run[size - 1].text):
                continue
            end = run[size - 1].start + len(_strip_possessive(run[size - 1].text))
            surface = text[match.start() : end]
            authority = _lookup(register, surface, "County" in match.group())
            if authority is not None and authority.type not in _AUTHORITY_TYPES:
                span = CouncilSpan(index, match.start(), end, surface, authority.canonical)
                found.append(_Found(span, _kind(authority)))
                break
    return found


def _ends_sentence(word: str) -> bool:
    """A word that ends a sentence ("Leeds.") or swallowed one ("Saturdays.The", "Office-The")."""
    if re.search(r"[.-](?:The|A|An)$", word) or re.search(r"[a-z]\.[A-Z]", word):
        return True
    return word.endswith(".") and word.lower() not in ("st.", "st")


def _name_run(text: str, tokens: list[_Token], position: int, all_caps: bool) -> int:
    """Index of the first token of the run of name-like words ending just before ``position``."""
    first = position
    while first > 0 and position - first < _MAX_NAME_WORDS:
        word = _strip_possessive(tokens[first - 1].text)
        if _ends_sentence(tokens[first - 1].text) or _line_break_between(text, tokens[first - 1], tokens[first]):
            break
        lowered = word.lower()
        name_like = (
            (word.isupper() if all_caps else _is_capitalised(word)) or lowered in _CONNECTORS or lowered in _TIER_WORDS
        )
        if not name_like:
            break
        first -= 1
    return first


def _local_authorities(
    index: int, text: str, tokens: list[_Token], position: int, trigger_end: int, register: _Register
) -> list[_Found]:
    trigger = tokens[position].text
    if trigger == "Council" and _OTHER_BODY_AFTER.match(text, trigger_end):
        return []
    all_caps = trigger.isupper()
    first = _name_run(text, tokens, position, all_caps)
    plural = _strip_possessive(trigger).lower() == "councils"
    is_authority = trigger.lower().startswith(("authority", "corporation"))
    for start_at in range(first, position):
        lead = tokens[start_at].text
        if not _is_capitalised(lead) or lead.lower() == "the":
            continue
        name_text = text[tokens[start_at].start : tokens[position - 1].end]
        if plural:
            found = _plural_mentions(index, text, tokens, start_at, position, register)
            if found:
                return found
            continue
        county = any(_strip_possessive(t.text).lower() == "county" for t in tokens[start_at:position])
        candidate = name_text + (" " + _strip_possessive(trigger) if is_authority else "")
        if _names_a_district_as_county(register, candidate, county):
            return []  # not "Ayton County Council" either: the name is of no council the register has
        authority = _lookup(register, candidate, county)
        if authority is None or (is_authority != (authority.type in _AUTHORITY_TYPES | {"CC"})):
            continue
        surface = text[tokens[start_at].start : trigger_end]
        span = CouncilSpan(index, tokens[start_at].start, trigger_end, surface, authority.canonical)
        return [_Found(span, _kind(authority))]
    return []


def _plural_mentions(
    index: int, text: str, tokens: list[_Token], start_at: int, position: int, register: _Register
) -> list[_Found]:
    """ "Leeds and Wigan councils": each named place that is a council."""
    found: list[_Found] = []
    part: list[_Token] = []
    for token in [*tokens[start_at:position], None]:
        if token is not None and token.text.lower() not in ("and", ",", "&"):
            part.append(token)
            continue
        if part:
            surface = text[part[0].start : part[-1].end]
            authority = _lookup(register, surface, False)
            if authority is not None and authority.type not in _AUTHORITY_TYPES:
                span = CouncilSpan(index, part[0].start, part[-1].end, surface, authority.canonical)
                found.append(_Found(span, _kind(authority)))
        part = []
    return found


def _parish_council(
    index: int, text: str, tokens: list[_Token], position: int, trigger_end: int
) -> _Found | _Anaphor | None:
    """ "Stoke Ferry Parish Council" as written; "the parish council" as an anaphor; None otherwise."""
    if position == 0:
        return None
    kind = tokens[position - 1].text.lower()
    if kind not in _LOCAL_KINDS:
        return None
    all_caps = tokens[position].text.isupper()
    name_tokens = _parish_name(text, tokens, position - 1, all_caps)
    if name_tokens is None:
        return None
    if not name_tokens:
        plural = _strip_possessive(tokens[position].text).lower() == "councils"
        if kind in ("parish", "town") and not plural and _preceded_by_the(tokens, position - 1):
            start = tokens[position - 2].start
            return _Anaphor(index, start, trigger_end, text[start:trigger_end], "parish")
        return None
    joins = [at for at, token in enumerate(name_tokens) if token.text.lower() in ("and", "&")]
    if joins and (_strip_possessive(tokens[position].text).lower() == "councils"
                  or _after_list_comma(tokens, name_tokens[0])):
        # "Barton and Ayton Parish Councils" are two councils, not one; so are "Coombe, Barton and Ayton
        # Parish Council" (the end of a list, not a joint council's name).
        name_tokens = name_tokens[joins[-1] + 1:]
        if not name_tokens:
            return None
    name = " ".join(token.text for token in name_tokens)
    if all_caps:
        name = name.title()
    canonical = f"{name} {kind.capitalize()} Council"
    start = name_tokens[0].start
    return _Found(CouncilSpan(index, start, trigger_end, text[start:trigger_end], canonical), "parish")


def _parish_name(text: str, tokens: list[_Token], kind_at: int, all_caps: bool) -> list[_Token] | None:
    """The place before "Parish"/"Town" (empty when there is none), or None when it is not a council at all."""

    def capitalised(word: str) -> bool:
        return word.isupper() if all_caps else _is_capitalised(word)

    last = kind_at - 1
    while last >= 0 and tokens[last].text.lower() in _MEETING_WORDS:
        last -= 1
    if (
        last < 0
        or not capitalised(tokens[last].text)
        or _ends_sentence(tokens[last].text)
        or _line_break_between(text, tokens[last], tokens[last + 1])
    ):
        return []
    if tokens[last].text.lower() in _NOT_A_PARISH:
        return None if tokens[last].text.lower() == "rural" else []
    first = last
    while first > 0 and last - first < _MAX_NAME_WORDS:
        word = tokens[first - 1].text
        lowered = word.lower()
        if _ends_sentence(word) or _line_break_between(text, tokens[first - 1], tokens[first]):
            break
        if lowered in _NOT_A_PLACE and lowered not in _PARISH_CONNECTORS:
            break
        if (capitalised(word) and lowered not in _PARISH_CONNECTORS) or (
            lowered in _PARISH_CONNECTORS and first - 1 > 0 and capitalised(tokens[first - 2].text)
        ):
            first -= 1
            continue
        break
    while first <= last and (tokens[first].text.lower() in _NOT_A_PLACE or not capitalised(tokens[first].text)):
        first += 1
    if first > last:
        return []
    if first == last and _starts_sentence(tokens, first) and re.search(r"(?:ed|ly)$", tokens[first].text):
        return []
    name = tokens[first : last + 1]
    for at, token in enumerate(name):
        if token.text.lower() in ("and", "&") and any(t.text.lower() in _BODY_WORDS for t in name[:at]):
            name = name[at + 1 :]  # "Northwold Sports & Social Club and Northwold Parish Council"
            break
    county = _lookup(load_register(), " ".join(t.text for t in name), True)
    if county is not None and county.type == "CTY":
        return None  # "Norfolk Parish Council" names no parish
    return name


def _line_break_between(text: str, left: _Token, right: _Token) -> bool:
    """True when anything but spaces (a line break, a bracket, a colon, a dash) separates two words."""
    gap = text[left.end : right.start]
    return gap.strip(" ") != ""


def _starts_sentence(tokens: list[_Token], position: int) -> bool:
    return position == 0 or _ends_sentence(tokens[position - 1].text) or tokens[position - 1].text in (":", ";")


def _after_list_comma(tokens: list[_Token], first: _Token) -> bool:
    """Whether a comma comes right before ``first`` and a capitalised word before the comma: a list's end."""
    at = next(index for index, token in enumerate(tokens) if token is first)
    return at >= 2 and tokens[at - 1].text == "," and _is_capitalised(tokens[at - 2].text)


def _preceded_by_the(tokens: list[_Token], position: int) -> bool:
    return position > 0 and tokens[position - 1].text.lower() == "the"


def _anaphor(index: int, text: str, tokens: list[_Token], position: int, trigger_end: int) -> _Anaphor | None:
    """ "the council", "the county council", "the authority": position and the kind of council wanted."""
    word = _strip_possessive(tokens[position].text).rstrip(".").lower()
    if word not in ("council", "authority"):
        return None
    before = position - 1
    wanted = "any"
    if before >= 0 and _RUN_BY.match(tokens[before].text):
        before -= 1  # "the Labour-run council"
    if before >= 0 and tokens[before].text.lower() in _ANAPHOR_ADJECTIVES:
        adjective = tokens[before].text.lower()
        wanted = _WANTED_BY_ADJECTIVE.get(adjective, "any")
        before -= 1
    if before < 0 or tokens[before].text.lower() != "the":
        return None
    start = tokens[before].start
    return _Anaphor(index, start, trigger_end, text[start:trigger_end], wanted)


def _resolve_anaphor(explicit: list[_Found], paragraph: int, start: int, wanted: str) -> str | None:
    def fits(found: _Found) -> bool:
        if wanted == "any":
            return True
        if wanted == "other":
            return found.kind == "other"
        return found.kind == wanted

    candidates = [found for found in explicit if fits(found)]
    distinct = list(dict.fromkeys(found.span.council for found in candidates))
    if len(distinct) == 1:
        return distinct[0]
    preceding = [
        found
        for found in candidates
        if (found.span.paragraph, found.span.start) < (paragraph, start) and paragraph - found.span.paragraph <= 1
    ]
    if preceding:
        return preceding[-1].span.council
    return None
