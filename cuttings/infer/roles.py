"""Find the roles an article gives people: ("chief executive", "Barnsley Council"), ("MP for Hexham", ...).

A role is a title from ``cuttings/data/roles.csv`` standing right next to a person's name in one sentence:
before it ("chief executive Jane Roe", "Hexham MP Jane Roe", "the leader of the council, Jane Roe") or in
apposition after it ("Jane Roe, chief executive of Barnsley Council,", "Jane Roe, who is the cabinet member
for housing"). The body the role belongs to is the council or organisation the sentence names with it, or,
for council roles, the council the article is about.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from cuttings.infer.councils import find_councils, resolve_council_name
from cuttings.infer.findings import CouncilResult, CouncilSpan, NameSpan, PeopleResult
from cuttings.infer.gates import one_of, starts_with_one_of
from cuttings.infer.names import is_census_surname, is_common_word, is_given_name
from cuttings.infer.organisations import _NOT_ORGANISATION_ACRONYMS, load_vocabulary
from cuttings.infer.people import SPEECH_VERBS, countries_by_capital
from cuttings.model import RoleFact

_ROLES_FILE = "roles.csv"
_HONORIFIC = r"(?:Coun|Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Revd)\.?"
_PRE_WORD = r"(?:[A-Z][\w'’.&-]*|and|&|upon|on|under|with|group)"
_ANY_WORD = r"(?:[\w'’.&-]+|[A-Z][\w'’.&-]*!|\([A-Z][A-Za-z&.-]*[A-Z]\))"
"""A word of a title's modifiers as the patterns take it; ``_modifiers`` then decides which belong to the title."""
_INITIALS = r"(?:[A-Z](?:\.\s*|\s+)){0,2}"
_POST_NOMINALS = r"(?:\s+(?:CBE|OBE|MBE|KBE|DBE|QC|KC|JP|DL|FRS|MP))*"
_FOLLOWING_VERB = (
    r"(?:said|says|told|added|explained|has|had|have|who|is|was|will|would|can|could|wrote"
    r"|in|from|since|until|last|this|next|before|after|when|under)"
)
_SENTENCE_END = re.compile(
    r"(?=[.!?])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])(?:[.?]|!(?!\s+[a-z]))[\"”’']?\s+")
"""A sentence's end; not a "!" that a lower-case word follows, which is part of a name ("Bang! editor X")."""
_COUNCIL_WORDS = re.compile(
    r"^(?:the\s+)?(?:(?:full|county|city|borough|district|local|parish|town)\s+)?(?:council|authority)$",
    re.IGNORECASE,
)
_CLAUSE_WORD = re.compile(
    r"\b(?:but|that|which|who|was|were|is|are|has|had|have|said|says|will|would|not|no)\b", re.IGNORECASE
)
_HELD_UNTIL = (
    r"(?:until|till)\s+(?:recently|(?:the\s+end\s+of\s+)?last\s+(?:year|month|week|season|summer|spring|autumn"
    r"|winter|January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|earlier\s+this\s+(?:year|month|week|season))"
)
"""A time a post was held up to, now past ("until recently", "until last year")."""
_A_TIME = r"(?:some|the|that|this|any|one)\s+(?:point|time|moment|stage)\b"
_AT_A_TIME = rf"at\s+{_A_TIME}"
"""After a post, when it is held ("at the time", "at the moment"): no body of the post's."""
_PAST_ASIDE = re.compile(rf"\bwas\b(?!\s+(?:re-?)?(?:elected|appointed)\b)|(?i:{_HELD_UNTIL}|formerly|previously)\s+$")
"""An aside's opening that says every post after it is held no more ("Jo Bell, until recently ...", "Jo Bell, who
was ...")."""
_MODIFIER_WORD = rf"(?!(?:under|by|to|with|from|for|of|in|at|on)\s){_ANY_WORD}"
"""A word of a second title's modifiers after "and" ("and group chief executive"): no preposition, which would make
"Office of Trade and Budget under President X" two posts."""
_MAX_SUBJECT_WORDS = 9
_MAX_PRE_WORDS = 6
"""Words before a title the patterns take as its possible modifiers ("Tory shadow home secretary")."""
_NOT_PLACE_WORDS = frozenset(
    """group the party and but or so former ex now then however meanwhile also current outgoing new veteran
    senior local acting interim incoming""".split()
)
"""Capitalised at a sentence start, these open the sentence rather than name a place ("But Green MSP ...")."""
_INDEPENDENT = re.compile(r"\bIndependents?\b")
_LOWER_WORD = re.compile(r"(?<![\w.@/])[a-z][a-z-]+\b(?![.@/]\w)")
"""A lower-case word of the text, not part of a web or e-mail address ("www.club.com")."""


@dataclass(frozen=True)
class _Title:
    role: str
    attach: str
    complement: str


@dataclass(frozen=True)
class _Patterns:
    before: re.Pattern[str]
    bare: re.Pattern[str]
    after: re.Pattern[str]
    chained: re.Pattern[str]
    first_word: re.Pattern[str]
    """A word of each title (``_gate_word``), lower-cased: ASCII text holding none of them cannot match ``before``."""
    titles: dict[str, _Title]


@dataclass(frozen=True)
class _Context:
    paragraph: int
    text: str
    councils: CouncilResult
    party_names: dict[str, str]
    names: tuple[NameSpan, ...] = ()
    """The people named in the paragraph: a name before a title is not one of its modifiers."""
    words: _ArticleWords | None = None
    """Words the article writes in lower case: capitalised at a sentence's start they are no body's name."""
    home_council: str | None = None
    """The parish or town council whose minutes or newsletter this is, if the headline or opening names one."""
    home_body: str | None = None
    """The body whose minutes these are, if the headline names one ("Minutes of Brindle Residents' Association")."""
    headline: str | None = None
    people: frozenset[str] = frozenset()
    """The names of everyone the article names."""


class _ArticleWords:
    """The lower-case words of an article, found the first time a rule asks (most articles never do)."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs

    @functools.cached_property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @functools.cached_property
    def latest_year_told(self) -> int:
        """The latest year the article names other than as a deadline ("by 2015"); 0 if none."""
        return max((int(year) for year in _YEAR_TOLD.findall(self.text)), default=0)

    @functools.cached_property
    def lower_case(self) -> frozenset[str]:
        return frozenset(_LOWER_WORD.findall("\n".join(self.paragraphs)))


def find_roles(paragraphs: Sequence[str], people: PeopleResult, councils: CouncilResult,
               headline: str | None = None) -> tuple[RoleFact, ...]:
    """Every (person, role, organisation) the paragraphs state, in text order, without repeats.

    With the opening paragraphs, the ``headline`` says whose meeting a set of minutes records ("Present: Jo Bell
    - Chairman" is that council's or association's chair)."""
    patterns = load_patterns()
    party_names = _party_names()
    facts: list[RoleFact] = []
    names_by_paragraph: dict[int, list[NameSpan]] = {}
    for span in people.spans:
        names_by_paragraph.setdefault(span.paragraph, []).append(span)
    words = _ArticleWords(paragraphs)
    home_council = _home_council(find_councils([headline]).councils if headline else (), councils)
    home_body = _home_body(headline) if headline else None
    previous: tuple[NameSpan, list[RoleFact]] | None = None
    everyone = frozenset(span.person for span in people.spans)
    for span in people.spans:
        if span.paragraph >= len(paragraphs):
            continue
        if span.start and _GLUED.match(paragraphs[span.paragraph], span.start - 1):
            continue  # "the Bush-Cheney campaign": a name inside a compound word is no one holding a post
        if _STYLE_INSIDE_NAME.search(span.person):
            continue  # "Proposer Cllr P Doe": a line of minutes run into the name, whose person is no one's
        if span.person.rsplit(None, 1)[-1] in _BODY_WORDS | _MORE_BODY_WORDS:
            continue  # "Institute of Medical Research": a body's name the name finder took for a person's
        if " " not in span.person and _KIND_AFTER.match(paragraphs[span.paragraph], span.end):
            continue  # "editor of Acme Pro Magazine": one word of a body's name, not a person
        context = _Context(span.paragraph, paragraphs[span.paragraph], councils, party_names,
                           tuple(names_by_paragraph[span.paragraph]), words, home_council, home_body, headline,
                           everyone)
        found = _roles_for(span, context, patterns)
        if previous is not None and previous[0].paragraph == span.paragraph:
            found = _body_shared_across_and(found, previous, span, context.text)
            found = _body_of_the_sentence_post(found, previous, span, context)
        previous = (span, found)
        facts.extend(found)
    return tuple(dict.fromkeys(_without_the_full_stop(_body_without_state(fact)) for fact in facts
                               if fact.role.split()[-1] not in _LINKING_TITLES
                               and not _LINKED_UNIT.fullmatch(fact.role)
                               and not _a_body_misread(fact, paragraphs)))


_EVENTS = frozenset({"Games", "Olympics", "Paralympics", "Championship", "Championships"})
"""A body an event ("head of the team at the Northtown Games") names: where the post was held, not whose."""
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|who|which|that|said|says|told|has|had|have|is|was|were|are|will|would"
                         r"|in|at|of|for|to|on|with|from|by|as)\b)[a-z][a-z-]+\b")
"""A noun going on after a title's last word: the name it ended in was the noun's description."""
_OBJECT_GAP = (r"\s+(?:has|had|have)\s+(?:had|made|brought|shown|done|given|left)"
               r"\s+(?:since|on|in|at|for|over|during|to|with|so|already)\b")
"""A clause that goes on without the verb's object: the noun before the name is that object, not a post."""
_ITS_POST = re.compile(r"(?:^|[.!?]\s+|,\s+)(?i:its)\s+(?P<title>[a-z][\w -]*?)\s*,?\s+[A-Z]")


def _a_body_misread(fact: RoleFact, paragraphs: Sequence[str]) -> bool:
    """A fact whose body is no body: an event the post was held at, a one-letter nickname of a club ("R's
    manager"), or "Its leader" whose "its" the rules could not resolve (a post with no one's body is half a fact).
    Also a county's council read from a bare "at Northshire", a title that ran into a two-word name before its
    noun ("the popular West End musical") and a noun the clause after the name is about ("the impact coach Jo
    Bell has had"). Tested in tests/unit/infer/test_roles.py with synthetic wording; on the BBC development half
    each of the eight facts it drops was read and is wrong."""
    if fact.paragraph < 0 or fact.paragraph >= len(paragraphs):
        return False
    text = paragraphs[fact.paragraph]
    body = fact.organisation
    if body is not None:
        if len(body) == 1 and body.isalpha() and re.search(rf"(?<![\w'’.]){re.escape(body)}['’]s\b", text):
            return True
        if body.endswith(" County Council") and (place := body.removesuffix(" County Council")) and re.search(
                rf"\b(?i:at)\s+{re.escape(place)}\b(?!\s+(?:County|Council))", text) and "Council" not in text:
            return True  # "project leader at Northshire": the place's university or firm, not its council
        return body.rsplit(None, 1)[-1] in _EVENTS and re.search(rf"\bat\s+the\s+{re.escape(body)}\b", text) is not None
    bare = fact.role.removeprefix("former ")
    sentence = text[max(fact.offset, 0):]
    if " " in bare and re.search(rf"\b(?i:the)\s+{re.escape(bare)}\s+{re.escape(fact.person)}{_OBJECT_GAP}", sentence):
        return True  # "the impact coach Jo Bell has had": "impact" is what the clause after the name is about
    if " of " in bare and (written := re.search(re.escape(bare).replace(r"\ ", r"\s+"), sentence, re.I)):
        # "director of the popular West End musical": the title ran into a two-word name and stops before its noun
        after = _NOUN_AFTER.match(sentence, written.end())
        if after is not None and all(word[0].isupper() for word in written.group().split()[-2:]):
            return True
    return any(its.group("title") == bare for its in _ITS_POST.finditer(sentence[:200]))


_STATE_POSTS = frozenset({"attorney general", "governor", "lieutenant governor", "secretary of state", "treasurer",
                          "comptroller", "auditor", "senator", "state senator"})
"""A US state government's post: "Ohio State" before one is the state, before a coach it is a university."""


def _body_without_state(fact: RoleFact) -> RoleFact:
    """"Virginia State Attorney General": the state's post, so the body is the state, not "Virginia State"."""
    body = fact.organisation
    if (body is None or not body.endswith(" State") or body[:-6] not in _US_STATES
            or fact.role.removeprefix("former ") not in _STATE_POSTS):
        return fact
    return RoleFact(person=fact.person, role=fact.role, organisation=body[:-6], paragraph=fact.paragraph,
                    offset=fact.offset)


_STYLE_INSIDE_NAME = re.compile(r"\s(?:Cllr|Councillor|Coun)\.?\s")
_ABBREVIATION_AT_END = re.compile(r"(?:^|\s)(?:(?:[A-Za-z]\.)+|Inc\.|Co\.|Ltd\.|Corp\.|Bros\.|Plc\.|Assn\.|Dept\.)$")
"""A body's last word whose dot is its own ("Acme Inc.", "U.S."), not the sentence's."""


def _without_the_full_stop(fact: RoleFact) -> RoleFact:
    """The fact without the sentence's full stop a body's name was read with ("at Acme-Bolton." at the end of the
    sentence: names may hold dots, "Acme.Bungle.Org", so the name pattern takes it)."""
    organisation = fact.organisation
    if organisation is None or not organisation.endswith(".") or _ABBREVIATION_AT_END.search(organisation):
        return fact
    return dataclasses.replace(fact, organisation=organisation.rstrip("."))


_LINKING_TITLES = frozenset({"founder", "co-founder"})
_LINKED_UNIT = re.compile(r"(?:(?:former|late) )?(?:co-)?founder(?P<unit> (?:of|at) .+)")
"""Titles read only to link the posts beside them ("chairman and founder of Acme": the chair is Acme's), never
reported: founding a body is no post held over a span of dates."""


_AND_THEN_POST = re.compile(r"(?:\s+and|,)\s+(?:(?:former|acting|interim)\s+)?(?:[a-z][\w-]*\s+){1,4}")
"""Between two names, "and" (or the comma of a list) and a post written in lower case only: the body named before
the first post is the second's too ("Acme chairman Jo Bell and chief executive Al Hunt", "Acme chairman Jo Bell,
director-general Al Hunt and ...")."""
_COMPANY_POST = re.compile(
    r"(?:^|\s)(?:chair|vice-chair|deputy chair|president|vice-president|director|director general|managing director"
    r"|chief \w+ officer|chief executive|general secretary|secretary general|treasurer|general manager|founder"
    r"|co-founder)$")
"""Posts any body has, whose holder's body the text names once for two holders; not a minister's or an MP's."""


def _body_shared_across_and(found: list[RoleFact], previous: tuple[NameSpan, list[RoleFact]], span: NameSpan,
                            text: str) -> list[RoleFact]:
    """The posts of ``span`` with no body take the body of the post of the name just before, when only "and" and
    the post's own lower-case words stand between the two names."""
    earlier_span, earlier_facts = previous
    bodies = {fact.organisation for fact in earlier_facts if fact.organisation and _COMPANY_POST.search(fact.role)}
    if len(bodies) != 1 or not _AND_THEN_POST.fullmatch(text, earlier_span.end, span.start):
        return found
    body = bodies.pop()
    return [dataclasses.replace(fact, organisation=body) if fact.organisation is None
            and _COMPANY_POST.search(fact.role) else fact for fact in found]


def _body_of_the_sentence_post(found: list[RoleFact], previous: tuple[NameSpan, list[RoleFact]], span: NameSpan,
                               context: _Context) -> list[RoleFact]:
    """A bare post any body has in the sentence of another holder's post of a body named with it ("Acme general
    manager Al Hunt is behind the move, convincing vice-president Jo Bell"), when the sentence names no other body:
    the same body's (bodies named after the name are what the sentence goes on to tell)."""
    earlier_span, earlier_facts = previous
    bodies = {fact.organisation for fact in earlier_facts if fact.organisation and fact.offset == found[0].offset}\
        if found else set()
    if len(bodies) != 1 or not all(fact.organisation is None or fact.organisation in bodies for fact in found):
        return found
    body = bodies.pop()
    start, _ = _sentence_bounds(context.text, span.start, span.end)
    if start > earlier_span.start:
        return found
    named = _bodies_named(context.text[start : span.start], context, lambda at, length: any(
        name.start < start + at + length and start + at < name.end for name in context.names))
    if not named <= {body} or body not in context.text[start:span.start]:
        return found
    return [dataclasses.replace(fact, organisation=body) if fact.organisation is None
            and _COMPANY_POST.search(fact.role) else fact for fact in found]


_AN_AWARDS_TIME = re.compile(r"the\s+(?i:year|month|season|decade|century)\s*$")
"""After "of", the span an award or a ranking is for ("Leader of the Year"): a title so followed holds no post."""
_FULL_STOP = r"(?<!\b[A-Z])\.(?!\w)"
"""A full stop ending the words after a title; not one after an initial inside a name ("of Arthur D. Little"), which
ends no sentence either (``_SENTENCE_END``)."""


@cache
def load_patterns() -> _Patterns:
    titles: dict[str, _Title] = {}
    with resources.files("cuttings.data").joinpath(_ROLES_FILE).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            titles[_title_key(row["title"])] = _Title(row["role"], row["attach"], row["complement"])
    alternatives = []
    for title in sorted(titles, key=len, reverse=True):
        words = r"[\s-]+".join(re.escape(word) for word in re.split(r"[\s-]+", title))
        is_abbreviation = title.upper() == titles[title].role  # "MP", not "member of parliament" or "Euro MP"
        alternatives.append(words.upper() if is_abbreviation else f"(?i:{words})")
    role = rf"(?P<role>{_by_first_letter(alternatives)})"
    role_only = _by_first_letter(alternatives)
    # "ex-minister", "then-chancellor": the status word written on to the title
    pre = rf"(?P<pre>(?:{_ANY_WORD}\s+){{0,{_MAX_PRE_WORDS}}}?(?:(?i:ex|then)-(?=\w))?)"
    owner = r"(?P<owner>(?:the\s+)?(?:council|authority)['’]s\s+)?"
    # "in" only before a body's part: "director in Acme's server division"
    complement = (rf"(?:\s+(?P<prep>of|for|at(?!\s+{_A_TIME})"
                  r"|in(?=\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s?\s)"
                  # "Clerk to the Parish Council", "Clerk to Ayton Town Council": a council's officer
                  r"|to(?=\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){0,5}Council\b))"
                  r"\s+(?P<comp>[^,;:()\"“”]{1,90}?))?")
    # "Chairman Cllr Mrs J Doe", "Borough Councillor C Doe": honorifics and initials the name finder left out of
    # the name (it read the surname alone) stand between the title and the name
    honorific = rf"(?:{_HONORIFIC}\s+){{0,2}}{_INITIALS}"
    before = re.compile(rf"(?:(?i:the|a|an)\s+)?{owner}{pre}{role}{complement}\s*,?\s*{honorific}$")
    bare = re.compile(rf"(?:(?i:the|a|an)\s+)?{owner}(?P<pre>){role}{complement}\s*,?\s*{honorific}$")
    after = re.compile(
        rf"^{_POST_NOMINALS}\s*(?:\([^)]*\)\s*)?"
        rf"(?P<sep>,\s*who\s+(?i:{_HELD_UNTIL}|formerly|previously)\s+was\s+"
        rf"|,\s*(?:who\s+(?:is|was|has\s+been)\s+)?(?:(?i:{_HELD_UNTIL}|formerly|previously)\s+)?"
        # "Jo Bell was re-elected as Chairman of the Parish Council": the post she was given and holds
        rf"|\s+(?:was|has\s+been|had\s+been)\s+(?:re-?)?(?:elected|appointed)\s+(?:as\s+)?"
        rf"|\s+(?:is|was|has\s+been|who\s+is|who\s+was|as)\s+|\s+[-–—]\s+|\s*:\s+|\s*\(\s*)"
        rf"(?:(?i:the|a|an)\s+)?{owner}{pre}{role}{complement}\s*"
        rf"(?=[,;:()]|{_FULL_STOP}|$|\s+{_FOLLOWING_VERB}\b|\s+{_AT_A_TIME}"
        rf"|\s+and\s+(?:the\s+)?(?:{_MODIFIER_WORD}\s+){{0,3}}?{role_only})"
    )
    chained = re.compile(
        rf"\s*and\s+(?:(?i:the|a|an)\s+)?{owner}{pre}{role}{complement}\s*(?=[,;:()]|{_FULL_STOP}|$|\s+{_FOLLOWING_VERB}\b)"
    )
    first_words = sorted({_gate_word(title, titles) for title in titles})
    first_word = re.compile(starts_with_one_of(first_words) + one_of(first_words))
    return _Patterns(before, bare, after, chained, first_word, titles)


def _gate_word(title: str, titles: dict[str, _Title]) -> str:
    """The word of ``title`` that any text holding it holds: a word that is a title by itself ("chief" of "chief
    technology officer"), which the gate looks for anyway, else the title's longest word (the longest, not the
    first: "co" of "co-founder" is in most texts, "founder" in few). Taking the title's own word keeps common words
    ("technology", "investment") out of the gate, which would let most sentences of a business story through."""
    words = [word.lower() for word in re.split(r"[\s-]+", title)]
    return next((word for word in words if len(words) > 1 and word in titles), max(words, key=len))


def _by_first_letter(alternatives: list[str]) -> str:
    """The alternation of the titles' patterns, those of one first letter behind one case-insensitive lookahead
    for it, in their order: at any position only the titles of its letter are tried, and they are tried in the
    same order, so the same title wins. ``re`` tries a plain alternation's case-insensitive branches one by one
    (a case-sensitive literal first is skipped quickly): the ``before``, ``bare`` and ``after`` patterns took
    about a third less CPU grouped (measured in benchmarks/README.md, 7 December 2026); the lookahead matches
    every letter the branches' first letters match, case-insensitively, so nothing is lost.
    ``tests/unit/infer/test_rule_fast_paths.py`` checks the grouped and plain alternations find the same."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        # "(?i:chair...)" or "MP": the first letter is the first character after the flags, if any
        letter = alternative[4] if alternative.startswith("(?i:") else alternative[0]
        if not letter.isalnum():
            return f"(?:{'|'.join(alternatives)})"  # an escaped first character: left as it is
        groups.setdefault(letter.lower(), []).append(alternative)
    return "(?:{})".format("|".join(f"(?i:(?={letter}))(?:{'|'.join(group)})" for letter, group in groups.items()))


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


_COUNCILLOR_IN_NAME = re.compile(r"(?:Councillor|Cllr|Coun)\.?\s+")
_COUNCIL_TIER_BEFORE = re.compile(r"\b(?i:borough|county|district|parish|town|city|ward|boro['’])\s+$")


def _only_a_place_before(pre: str) -> bool:
    """Whether the words before a council tier end in a place alone ("said Ayton"), not in a lower-case word or a
    second place joined on ("above", "the Drove and Ayton")."""
    words = pre.split()
    run = 0
    while run < len(words) and words[-1 - run][:1].isupper():
        run += 1
    if run == 0:
        return not words
    return run == len(words) or words[-1 - run].lower() not in ("and", "&")


_INITIALS_BEFORE_SURNAME = re.compile(r"(?<![\w'’.-])(?P<initial>[A-Z])(?:\.\s*|\s+)(?:[A-Z](?:\.\s*|\s+))?$")
"""Up to two initials right before a name the name finder read as a surname alone ("Miss B Doe" -> "Doe")."""


def _another_holder(span: NameSpan, context: _Context) -> bool:
    """Whether the initial written before a surname-only name is not the person's it was joined to: "Cllr M Doe"
    in minutes that also name "Cllr L Doe", both read as one person "L Doe", so the post beside "M Doe" would go
    to the other councillor of the family."""
    if " " in span.surface.strip() or " " not in span.person:
        return False
    initials = _INITIALS_BEFORE_SURNAME.search(context.text, max(0, span.start - 8), span.start)
    return initials is not None and initials.group("initial") != span.person[0]
def _title_word_in_the_name(span: NameSpan) -> str:
    """A capitalised word the name finder took into a name before the person's own ("Constable Jo Bell" for Jo
    Bell), which may end a title written before it; "" when the name opens with the person's own words."""
    words = span.surface.split()
    own = span.person.split()
    if len(words) <= len(own) or not own or words[0] in own or not words[0][:1].isupper():
        return ""
    return words[0] if words[1] == own[0] else ""


def _roles_for(span: NameSpan, context: _Context, patterns: _Patterns) -> list[RoleFact]:
    if _another_holder(span, context):
        return []
    start, end = _sentence_bounds(context.text, span.start, span.end)
    facts: list[RoleFact] = []
    left = context.text[start : span.start]
    inside = _COUNCILLOR_IN_NAME.match(span.surface)
    extended = inside is not None and _COUNCIL_TIER_BEFORE.search(left) is not None
    if inside is not None and extended:
        # "Borough Councillor Jo Bell": the name finder took "Councillor" into the name; with the tier before it,
        # it is the title's last word.
        left = context.text[start : span.start + inside.end()]
    lead = _title_word_in_the_name(span)
    if inside is None and lead:
        # "Suffolk Chief Constable Jo Bell" with "Constable" taken into the name: the title's last word
        longer = context.text[start : span.start + len(lead)] + " "
        found = _closest_match(patterns.before, longer, patterns.bare) if _may_hold_title(longer, patterns) else None
        if (found is not None and found.group("role").split()[-1] == lead
                and found.start("role") < len(left.rstrip())):
            left = longer  # only a title begun before the name ("Chief" + "Constable"), not one inside it alone
    match = _closest_match(patterns.before, left, patterns.bare) if _may_hold_title(left, patterns) else None
    if extended and match is not None and not _only_a_place_before(match.group("pre") or ""):
        # Only a place before the tier is part of the post ("Ayton County Councillor"): other words before it, in
        # minutes run together by the extraction ("the Drove and Ayton County Councillor"), are not.
        match = _closest_match(patterns.bare, left, patterns.bare)
    after_name = context.text[span.end : end]
    after_match = patterns.after.match(after_name)
    departure = _DEPARTURE_OF.search(left) if match is not None else None
    if departure is not None and "," in departure.group(0) and not _LIST_GOES_ON.match(after_name):
        departure = None  # "after the death of Al Hunt, chairman Jo Bell said": a new clause, not a list
    ended = (_ENDED.match(after_name) is not None or _UNTIL_LATELY.match(after_name) is not None
             or _in_an_earlier_year(after_name, 0, context) or _opens_long_before(left, context)
             or _dated_long_before(context.text[start:end], context)
             or _told_of_long_before(context.text[start:end], context)
             or _in_a_paragraph_dated_long_before(context, start, end)
             or departure is not None or (match is not None and _REMOVED_FROM.search(left) is not None)
             or (match is not None and _HELD_WHEN.search(left) is not None)
             or ((match is not None or after_match is not None) and _leaves_with_the_next(span, end, context)))
    leaving = _leaving_status(context.text, start, span, after_name) if not ended and (
        match is not None or after_match is not None) else None
    if match and (_ends_a_clause(match, after_name) or _heads_a_list(match, after_name)):
        match = None
    if match and _WOULD_MAKE.match(after_name):
        match = None  # "how good a prime minister Jo Bell would make": a post she may fill, not one she holds
    if match:
        fact = _fact(span.person, match, start, context, patterns, _Place(start, "before", ended, leaving))
        if fact:
            facts.extend(_company_post_before_and(fact, match, start, context, patterns, ended))
            facts.append(_with_body_of_the_others(fact, after_name, context))
    right = after_name
    match = after_match
    if (match and _SUBJECT_AFTER_COMMA.match(match.group(0)) and _CLAUSE_VERB.match(right, match.end())
            and _OPENING_CLAUSE.match(left)):
        match = None  # "Echoing Jo Bell, the prime minister said": the title is the main clause's subject
    position = span.end
    kind = "after"
    if match and _REPLACED.search(context.text, max(start, span.start - 20), span.start):
        kind = "replaced"  # "X replaced Jane Roe as chief executive": she held it before
    chain: list[tuple[RoleFact, bool]] = []
    """Each post in apposition, and whether the text names its body with it ("of Acme", "Acme's")."""
    if match and _NAME_FOLLOWS.match(context.text, span.end + match.end()) and any(
            name.start == _NAME_FOLLOWS.match(context.text, span.end + match.end()).end() for name in context.names):
        match = None  # "Al Hunt, and current Supreme Leader Jo Bell": the title is the name's after it
    if match and match.group("sep").strip() == "," and _introduces_next_name(context, span.end + match.end()):
        match = None  # "Borough Councillor, Jo Bell, County Councillor, Al Hunt": each title is the name's after it
    listed_after_comma = bool(match) and match.group("sep").strip() == ","
    past_aside = match is not None and _PAST_ASIDE.search(match.group("sep")) is not None
    titles_joined = 0
    chain_end = span.end
    base = span.end  # the first match's positions count from the name's end, a chained one's from the paragraph's start
    while match:
        titles_joined += 1
        chain_end = base + match.end()
        fact = _fact(span.person, match, base, context, patterns,
                     _Place(start, kind, ended or past_aside, None if kind == "replaced" else leaving))
        if fact:
            named = bool(match.group("comp")) or _POSSESSIVE.search(match.group("pre") or "") is not None
            chain.append((_with_body_after(fact, match, base, context), named))
        elif titles_joined == 1 and _modifiers(match.group("pre") or "", base + match.start("pre"), True, context,
                                               start) is None:
            break  # "Jo Bell is to become chairman and chief executive": no post in apposition, so none chained to it
        kind = "chained" if kind == "after" else kind
        position = chain_end
        base = 0
        match = patterns.chained.match(context.text, position, end)
    joined = _AND_NEXT_WORD.match(context.text, chain_end, end)
    if listed_after_comma and (
        (titles_joined > 1 and not _CLOSES_APPOSITION.match(context.text, chain_end, end))
        or (joined is not None and _title_key(joined.group(1)) in patterns.titles)
    ):
        chain = []  # "Jo Bell, the Chairman and Clerk carried out": three people listed, not two posts of hers
    bodies = {fact.organisation for fact, named in chain if named and fact.organisation is not None} if (
        len(chain) > 1) else set()
    if len(bodies) == 1:
        # "chairman and chief executive of Acme", "Acme's chairman and chief executive": both posts are Acme's
        body = bodies.pop()
        # "chairman and founder of Acme's Media Lab": the unit of the body the linking title names is the post's too
        unit = next((linked.group("unit") for fact, own in chain if own and fact.organisation == body
                     and (linked := _LINKED_UNIT.fullmatch(fact.role)) is not None), "")
        chain = [(dataclasses.replace(fact, organisation=body, role=fact.role + unit) if fact.organisation is None
                  and not own else fact, own) for fact, own in chain]
    if chain:
        facts.extend(fact for fact, _ in chain)
        # "Jo Bell, chief executive of Acme, is to become chief executive of Beta": the post she holds and the
        # one she is to take up, each at its own body.
        held = {fact.organisation for fact, _ in chain}
        facts.extend(fact for fact in _incoming_posts(span, start, end, context, patterns, after_aside=True)
                     if fact.organisation is not None and fact.organisation not in held)
    elif not facts:
        facts.extend(_incoming_posts(span, start, end, context, patterns))
    if facts and (_COUNCILLOR_IN_NAME.match(span.surface) or _STYLED_COUNCILLOR_BEFORE.search(left)):
        # "Borough Cllr Jo Bell, Clerk.", "the Clerk, Cllr Mrs Bell": a council's clerk is its officer, never one
        # of its councillors, so the clerk beside a councillor's name in a list is another person
        facts = [fact for fact in facts if fact.role not in _CLERKS]
    return facts


_STYLED_COUNCILLOR_BEFORE = re.compile(
    rf"\b(?:Cllr\.?|Coun\.?|Councillor)\s+(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?{_INITIALS}$")
_CLERKS = frozenset({"clerk", "parish clerk", "town clerk"})


_HELD_WHEN = re.compile(
    r"(?:^|[\s\"“‘(])(?i:when|while|whilst)\s+(?:he|she|they|I|we)\s+(?:was|were)\s+"
    r"(?!(?:[a-z]+ed|made|named|chosen|given|told|being|not|still|now|also)\b)[^,;:.!?]*,\s*$")
"""Before a name, a clause that the post it holds was held then ("When he was health minister, Jo Bell ..."), not
that it was given then ("When she was appointed chief executive, ...": she may hold it still)."""


_AND_THE_BODYS_PEOPLE = re.compile(
    r"\s+and\s+(?:the\s+|other\s+|fellow\s+)?(?P<body>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+(?:officials"
    r"|officers|executives|directors|board members|staff|chiefs|bosses)\b")
"""After a name, the body's other people joined by "and" ("Manager Jo Bell and Acme officials")."""
_BARE_POSTS_OF_A_BODY = re.compile(r"(?:manager|head coach|coach|chair|president|chief executive|director|"
                                   r"secretary general|general secretary)")


def _with_body_of_the_others(fact: RoleFact, after_name: str, context: _Context) -> RoleFact:
    """A bare post before a name joined by "and" to the officials of a body ("Manager Jo Bell and Acme officials
    met the players"): the body's post, the one the others serve."""
    if fact.organisation is not None or not _BARE_POSTS_OF_A_BODY.fullmatch(fact.role):
        return fact
    others = _AND_THE_BODYS_PEOPLE.match(after_name)
    if others is None:
        return fact
    body = others.group("body")
    people_words = {word for name in context.people for word in name.split()}
    found = _bodies_named(body, context, lambda at, length: any(
        word in people_words for word in body[at : at + length].split()))
    return dataclasses.replace(fact, organisation=body) if found == {body} else fact


def _company_post_before_and(fact: RoleFact, match: re.Match[str], start: int, context: _Context,
                             patterns: _Patterns, ended: bool) -> list[RoleFact]:
    """The post joined by "and" to the company post before a name ("Acme president and chief executive Jo Bell"),
    which the title nearest the name takes as one of its modifiers: hers too, with the body of either.

    Only when both are posts any body has: "the prime minister and chancellor Jo Bell" may be two people."""
    joined = _AND_BEFORE_TITLE.search(match.group("pre") or "")
    if joined is None or not _COMPANY_POST.search(fact.role):
        return []
    and_start = match.start("pre") + joined.start()
    first = _closest_match(patterns.before, match.string[:and_start], patterns.bare)
    if first is None or first.end("role") != and_start:
        return []
    earlier = _fact(fact.person, first, start, context, patterns, _Place(start, "before", ended))
    if earlier is None or not _COMPANY_POST.search(earlier.role):
        return []
    # "The chairman and chief executive of Acme": the body named after the second post, not the article's council
    body = earlier.organisation if first.group("comp") else fact.organisation or earlier.organisation
    return [dataclasses.replace(earlier, organisation=body)]


_AND_BEFORE_TITLE = re.compile(r"\s+and\s+$")


_PASSIVE_BY = re.compile(r"\b[a-z]+ed\s+by\b")
_ENDS_WITH_AND = re.compile(r"\s(?:and|&)\s*$")
_ENDS_WITH_FUNCTION_WORD = re.compile(r"\s(?:the|of|a|an|for|to|in|at|on|with)\s*$")
_POSSESSIVE = re.compile(r"[A-Z][\w.&-]*['’]s?\s")
_SUBJECT_AFTER_COMMA = re.compile(r"\s*,\s*(?:the|The)\s")
"""A comma and "the" before a title that no comma closes: "..., the minister said" opens a clause of its own."""
_OPENING_CLAUSE = re.compile(
    r"\s*(?:[A-Z][a-z]+ing|After|Before|Like|Unlike|Despite|With|Without|Against|Besides|Beside|Alongside"
    r"|Apart\s+from|Along\s+with|Together\s+with|As\s+well\s+as|Rather\s+than|Instead\s+of)\s"
)
"""A sentence opening with a participle or a preposition: the name ending it is an object, not the subject."""
_CLAUSE_VERB = re.compile(r"\s+(?:said|says|told|added|has|had|have|is|was|will|would|can|could|wrote)\b")
_AS_BEFORE = re.compile(r"\bas\s+(?:[\w-]+\s+){0,2}$")
_WORD_BEFORE_ARTICLE = re.compile(r"(\S+)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$")


_ENDED = re.compile(
    r"(?:\s*\([^)]{0,20}\))?(?:\s*,[^,.]{0,80},)?\s*,?\s+(?:has\s+|have\s+|had\s+)?(?:resigned|quit|stepped\s+down"
    r"|steps\s+down|stood\s+down|stands\s+down|retired|died|dies"
    r"|left\s+the\s+(?:firm|company|club|party|board|bank|group|government|cabinet)"
    r"|(?:is|was|has\s+been)\s+(?:sacked|ousted|dismissed|fired|killed|replaced)"
    # "X and two other executives were fired": a subject of more than one, no other name among them
    r"|and\s+(?:[a-z][\w-]*\s+){1,4}?(?:were|have\s+been)\s+(?:sacked|ousted|dismissed|fired|killed|replaced))"
    r"(?:\s+(?:her|his|their)\s+(?:appointment|post|position|job|role|seat))?\b"
    r"(?=\s*(?:[.,;:]|$|(?:as|from|after|over|for|with|amid|in|on|at|aged|last|this|earlier|yesterday|today|and|but|by)\b))"
)
"""After a name, a verb saying its holder has left the post (not "resigned the whip"): the role is shown as
former."""


_AND_THE_NEXT_HOLDER = re.compile(
    r"(?:\s*,[^,.;\"“”]{0,80},)?\s*,?\s+and\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w-]*\s+){0,4}")
"""After a name (and an aside), "and" and the next holder's post in lower case: the two are one subject."""


def _leaves_with_the_next(span: NameSpan, end: int, context: _Context) -> bool:
    """Whether the name is the first of two subjects joined by "and" whose verb says both left their posts ("A,
    chief executive, and chief financial officer B have left the firm"): A's post is former too."""
    if context.text.find(" and ", span.end, min(end, span.end + 120)) < 0:
        return False  # most names: no "and" after them in reach (a check far cheaper than the pattern)
    joined = _AND_THE_NEXT_HOLDER.match(context.text, span.end, end)
    if joined is None:
        return False
    following = next((name for name in context.names if name.start == joined.end()), None)
    return following is not None and _ENDED.match(context.text[following.end : end]) is not None


_TO_LEAVE = re.compile(
    r"(?:\s*,[^,.;\"“”]{0,80},)?\s*,?\s+(?:who\s+)?(?:(?:is|was)\s+(?:(?:set|due|expected|about)\s+)?to|will|is|was)\s+"
    r"(?:step(?:ping)?\s+down|stand(?:ing)?\s+down|retir(?:e|ing)|quit(?:ting)?|leav(?:e|ing)\s+(?:the|his|her)\s+"
    r"(?:firm|company|club|party|board|bank|group|post|job|role)|resign(?:ing)?|bow(?:ing)?\s+out)\b"
    r"|(?:\s*,[^,.;\"“”]{0,80},)?\s*,?\s+(?:who\s+)?(?:has\s+|had\s+)?(?:gave|given|handed\s+in|hands\s+in)\s+"
    r"(?:(?:his|her|their)\s+)?notice\b"
    r"|(?:\s*,[^,.;\"“”]{0,80},)?\s*,?\s+(?:who\s+)?(?:has\s+|had\s+)?announced\s+(?:his|her|their)\s+"
    r"(?:resignation|retirement|departure)\b")
"""After a name, a verb saying its holder is leaving the post, not yet gone ("Jo Bell is to step down", "..., who
gave notice last month,"): the post is shown as outgoing. A conditional ("would step down if") is none."""
_SUCCEEDED = re.compile(
    r"(?P<wish>\b(?:would\s+(?:like|love)|wants?|wanted|hopes?|hoped|keen|eager|ambition|dream|aims?"
    r"|(?:(?:most|more|less|least)\s+)?(?:un)?likely|odds-on)\s+)?"
    r"(?P<definite>\b(?:is|are|was|were|will\s+be)\s+(?:(?:set|due|expected|poised)\s+)?|\b(?:named|appointed|chosen"
    r"|picked|confirmed|elected|hired|drafted\s+in)\s+)?\bto\s+succeed\s+$"
    r"|(?P<will>\bwill\s+succeed\s+$)|(?P<past>\b(?:succeeds|succeeding|succeeded\s+by)\s+$)")
"""Right before a name, who takes over from its holder: "is to succeed" (definite) or "the race to succeed" (the
post is free, its holder gone) or a wish or a guess ("would like to succeed", "the man most likely to succeed",
said of a holder who may stay: no vacancy)."""
_STAYS_IN_ANOTHER = re.compile(r"\b(?:but|while|though|and)\s+(?:will\s+)?(?:remain|stay|keep|continue|retain)")
_SUCCEED_AS = re.compile(r"\s+as\s")


_UNTIL_A_YEAR = re.compile(
    r"\s*,?\s*(?:until|till|up\s+to|(?:from|between)\s+(?:19|20)\d\d\s+(?:to|and|-|–))\s+(?:(?:early|mid|late)[\s-]+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"((?:19|20)\d\d)\b(?!\s*(?:-|–))")


def _held_until_a_past_year(text: str, position: int, context: _Context) -> bool:
    """Whether a post is said, right after it, to have been held until a year before the latest the article tells of
    ("Jo Bell, chairman of Acme until 2001," in a report that names 2005; "from 1990 to 2001"): held no more. A
    year no earlier ("a contract until 2008") says nothing. Tested in tests/unit/infer/test_roles.py
    (test_a_post_held_until_a_past_year_is_former)."""
    if "19" not in text[position : position + 30] and "20" not in text[position : position + 30]:
        return False  # most posts: no year right after them (a check far cheaper than the pattern)
    until = _UNTIL_A_YEAR.match(text, position)
    return until is not None and context.words is not None and int(until.group(1)) < context.words.latest_year_told


def _leaving_status(text: str, start: int, span: NameSpan, after_name: str) -> str | None:
    """Whether the sentence says the name's holder is leaving a post, not yet gone ("outgoing": "Acme chairman Jo
    Bell is to step down", "..., who has given notice,"), or was succeeded by someone to take over ("the race to
    succeed Jo Bell as Acme manager": the post is free, "former"; "Al Hunt is to succeed Jo Bell as": "outgoing").
    Tested in tests/unit/infer/test_roles.py (test_a_post_being_left_*, test_a_succeeded_holder_*)."""
    head = after_name[:160]  # the pattern reads no further than an aside and the verb
    if (" to " in head or " will " in head or "notice" in head or "announced" in head) and (
            _TO_LEAVE.match(after_name) is not None and _A_CONDITION.search(after_name) is None
            and _STAYS_IN_ANOTHER.search(after_name) is None):
        return "outgoing"  # not "will resign if ...", nor "is to step down as chairman but stay as ..."
    if "succeed" not in text[max(start, span.start - 80) : span.start] or not _SUCCEED_AS.match(after_name):
        return None  # most names (a check far cheaper than the pattern)
    succeeded = _SUCCEEDED.search(text, max(start, span.start - 80), span.start)
    if succeeded is None or succeeded.group("wish"):
        return None
    return "outgoing" if succeeded.group("definite") or succeeded.group("will") else "former"


_TO_TAKE_UP = re.compile(
    r"(?P<verb>\s+(?:is|was)\s+(?:(?:set|due|poised)\s+)?to\s+(?:become|take\s+over\s+as|succeed\s+(?P<was>[^,.;]{3,40}?)\s+as)"
    r"|\s+will\s+(?:become|take\s+over\s+as|succeed\s+(?P<will>[^,.;]{3,40}?)\s+as)"
    r"|\s*,\s*who\s+(?:is|will)\s+(?:to\s+)?(?:become|take\s+over\s+as))\s+(?=\S)")
"""After a name, the post it is to take up ("Jo Bell is to become chief executive of Acme", "Jo Bell will succeed
Al Hunt as chairman"): a post announced, not yet begun, shown as incoming."""
_A_CONDITION = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether|would|could|might|may)\b")


_ASIDE_BEFORE_VERB = re.compile(r",[^,;.!?:\n\"“”()]{3,160},(?=\s+(?:is|was|will)\s)")
"""An aside between a name and its verb ("Jo Bell, who has led Acme for six years, is ..."): one clause, no list."""


def _incoming_posts(span: NameSpan, start: int, end: int, context: _Context, patterns: _Patterns,
                    after_aside: bool = False) -> list[RoleFact]:
    """The post a name is to take up, read as a post in apposition ("Jo Bell is to become chief executive of Acme":
    incoming chief executive, Acme), unless the sentence makes it a condition ("if elected, she will become ...").
    With ``after_aside``, the words saying so come after an aside of the name's current post instead ("Jo Bell,
    chief executive of Acme, is to become chief executive of Beta"), whose posts the caller has read.
    Tested in tests/unit/infer/test_roles.py (test_an_announced_post_is_incoming*)."""
    text = context.text
    if after_aside:
        aside = _ASIDE_BEFORE_VERB.match(text, span.end, end)
        if aside is None:
            return []
        taking = _TO_TAKE_UP.match(text, aside.end(), end)
    else:
        taking = _TO_TAKE_UP.match(text, span.end, end)  # anchored: most names fail at the word after them
    if taking is None or text.find("\n", span.end, end) >= 0 or _A_CONDITION.search(text, start, end):
        return []
    # The words saying it is to come stand where a comma opens a post in apposition; the same length keeps every
    # offset the patterns and ``_fact`` read.
    after_name = "," + " " * (taking.end() - span.end - 1) + text[taking.end() : end]
    match = patterns.after.match(after_name)
    if match is None or match.group("sep").strip() != ",":
        return []
    place = _Place(start, "after", False, "incoming")
    found: list[RoleFact] = []
    base, position = span.end, span.end
    while match:
        fact = _fact(span.person, match, base, context, patterns, place)
        if fact is None or fact.role.startswith(("former ", "acting ", "interim ", "outgoing ")) or (
                fact.organisation is None and patterns.titles[_title_key(match.group("role"))].role
                in _POSTS_ONLY_WITH_A_BODY):
            break  # "X will take over as coach": whose, the post alone does not say
        found.append(fact)
        position = base + match.end()
        base = 0
        match = patterns.chained.match(text, position, end)  # "to become chairman and chief executive of Acme"
    bodies = {fact.organisation for fact in found if fact.organisation is not None}
    if len(found) > 1 and len(bodies) == 1:
        body = bodies.pop()
        found = [dataclasses.replace(fact, organisation=body) for fact in found]
    return found


_CLOSES_APPOSITION = re.compile(r"\s*(?:[,;:.!?\"”]|$)|\s+(?:said|says|told|added|explained|wrote|who)\b")
"""What ends an aside of posts after a name: punctuation, the end, or a verb of saying ("Jo Bell, chairman and
chief executive, said"); anything else after "Jo Bell, the A and B" makes them a list of subjects."""


_AND_NEXT_WORD = re.compile(r"\s+and\s+(?:(?:the|a|an)\s+)?([\w-]+)\b")


def _heads_a_list(match: re.Match[str], after_name: str) -> bool:
    """Whether "<title>, <name>" is followed by "and <name>": a list of people ("The Chairman, Jo Bell and Al
    Hunt attended"), in which the title may be a person of its own."""
    if "," not in match.string[match.end("role") :]:
        return False
    return (re.match(r"\s+and\s+(?:[A-Z]|the\s)", after_name) is not None or _NEXT_ENTRY.match(after_name) is not None
            or ((listed := _NEXT_NAME_IN_LIST.match(after_name)) is not None
                and _title_key(listed.group("words")) not in load_patterns().titles))


_NEXT_NAME_IN_LIST = re.compile(
    r"\s*,\s+(?P<words>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*(?:,\s+[A-Z]|,?\s+and\s+(?:[A-Z]|the\s))")
"""After "<title>, <name>", another bare name, then a comma or "and" going on with the list ("The Chairman, Jo Bell,
Al Hunt and the Clerk attended")."""
_NEXT_ENTRY = re.compile(rf"\s*,\s+(?:(?:the|The)\s+[A-Z][\w-]*|{_HONORIFIC}\s+[A-Z][\w'’-]*)\s*(?:,|and\b)")
"""After "<title>, <name>", another title or name and a comma or "and": the next entry of a list of people
("The Chairman, Cllr Hunt, The Clerk and Mr Lee met ...")."""


_PREDICATE_BEFORE = re.compile(
    r"[A-Z][\w'’-]+\s+(?:(?:has|have|had)\s+)?(?:become|became|becomes|remains|remained)\s+"
    r"(?:(?:the|a|an|its|our|their)\s+)?(?:[\w-]+\s+){0,2}$")
"""Before a title, a name and a verb whose complement the title is: the post is that name's, not the next one's."""


def _ends_a_clause(match: re.Match[str], after_name: str) -> bool:
    """Whether a title before a comma and a name ends a clause rather than introducing the name: the object of a
    verb before it, with the name then the subject of a verb of its own ("did not trust the prime minister, Jo
    Bell replied"), not an aside ("met the chief executive, Jo Bell, on Monday")."""
    if "," in match.string[match.end("role") :] and _PREDICATE_BEFORE.search(match.string, 0, match.start("role")):
        return True  # "Jo Bell has become Secretary, Al Hunt has become Vice Chair": the title is Jo Bell's
    if "," not in match.string[match.end("role") :] or re.match(r"\s*[,;:.)]|\s*$", after_name):
        return False
    if _AS_BEFORE.search(match.string, 0, match.start("role")):
        return True  # "his second term as US president, Jo Bell has said"
    before = _WORD_BEFORE_ARTICLE.search(match.string, 0, match.start("role"))
    if before is None:
        return False
    word = before.group(1)
    if word in _BOUNDARY_WORDS and word not in _DETERMINERS and _VERB_AFTER_NAME.match(after_name):
        return True  # "documents received by the Clerk, Cllr Hunt agreed": the name opens a clause of its own
    return word.islower() and word.isalpha() and word not in _BOUNDARY_WORDS and word not in _OPENERS


_VERB_AFTER_BODY = re.compile(
    r"\b[A-Z][\w&.-]*(?<!['’]s)(?P<verb>\s+(?:[a-z]+ed|said|says|told|agreed|added)\b)"
    r"(?=\s*$|\s+(?:the|a|an|that|to|on|in|at|with|for|from|it|he|she|they|we|this|there|his|her|their)\b)"
)
"""A past-tense verb right after a capitalised name in a complement: the aside ended without its comma."""
_VERB_AFTER_NAME = re.compile(
    r"\s+(?:also\s+)?(?:[a-z]+ed|said|says|told|added|was|is|has|had|will|would|felt|thought|spoke|agrees|asks)\b"
)


def _may_hold_title(text: str, patterns: _Patterns) -> bool:
    """False only when ``text`` surely holds no title (cheaper than trying ``before`` at every word).

    Only for ASCII text: case-insensitive matching also pairs some non-ASCII letters with ASCII ones."""
    if not text.isascii():
        return True
    return patterns.first_word.search(text.lower()) is not None


_WORD_START = re.compile(r"[\s(\"“]+")
_WORD_OR_STATUS_START = re.compile(r"[\s(\"“]+|(?<![\w-])(?i:ex|then)-(?=\w)")


def _closest_match(pattern: re.Pattern[str], left: str, bare: re.Pattern[str]) -> re.Match[str] | None:
    """The match anchored at the end of ``left`` whose title ends nearest the name, with all its modifiers.

    Scanning from the name leftwards, the first match fixes where the title ends; an earlier start that ends
    the title at the same place only adds words to it ("Corporate Director", "Hexham MP"). ``bare`` is
    ``pattern`` without modifiers: it finds that first match without trying each word as a modifier.
    """
    # a word's start, and a title's after a status written on to it ("ex-minister", "then-chancellor"): the second
    # pattern only when the text has a hyphen after "ex" or "then", since alternatives double the cost of the scan
    lowered = left.lower()
    starts = [0] + [found.end() for found in (
        _WORD_OR_STATUS_START if "ex-" in lowered or "then-" in lowered else _WORD_START).finditer(left)]
    nearest = next((index for index in range(len(starts) - 1, -1, -1) if bare.match(left, starts[index])), None)
    if nearest is None:
        return None
    # Modifiers are at most _MAX_PRE_WORDS words (with an article and an owner before them): the earliest start
    # in reach that ends the title at the same place is the match with all of them.
    best = pattern.match(left, starts[nearest])
    for index in range(max(0, nearest - _MAX_PRE_WORDS - 3), nearest):
        match = pattern.match(left, starts[index])
        if match is not None and best is not None and match.end("role") == best.end("role"):
            return match
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
            if cut is not None and not _in_a_name(cut, text):
                sentence_start = cut.end()
        if end_start >= end:
            return sentence_start, end_start + 1
    return sentence_start, len(text)


def _sentence_at(context: _Context, sentence_start: int) -> str:
    """The sentence of the paragraph that starts at ``sentence_start``."""
    start, end = _sentence_bounds(context.text, sentence_start, sentence_start)
    return context.text[start:end]


@lru_cache(maxsize=256)
def _sentence_ends(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of a paragraph's sentence ends, found once for all the names in it."""
    if "!" not in text:
        return tuple(match.span() for match in _SENTENCE_END.finditer(text))
    return tuple(match.span() for match in _SENTENCE_END.finditer(text) if not _in_a_name(match, text))


_NAME_WITH_A_BANG = re.compile(r"(?:['’]s|\b(?:of|at|for|from|by|and))\s+[A-Z]{2,}$")
"""Before a "!", a word in capitals after a possessive or a preposition: a name written with its "!" ("Lee's POW!
Entertainment"), not a sentence's end."""


def _in_a_name(end: re.Match[str], text: str) -> bool:
    return text[end.start()] == "!" and _NAME_WITH_A_BANG.search(text, 0, end.start()) is not None


@dataclass(frozen=True)
class _Place:
    sentence: int
    """Offset of the sentence in its paragraph."""
    kind: str
    """How the title stands to the name: "before" it, "after" it in apposition, "chained" after another title,
    or after it in "replaced Jane Roe as"."""
    ended: bool = False
    """The sentence says the holder has left the post ("... has resigned", "... died")."""
    status: str | None = None
    """What the sentence says of the post's time when it is not "former": "outgoing" ("... is to step down"),
    "incoming" ("... is to become"); ``_leaving_status`` and ``_incoming_posts`` read it."""


_DEPARTURE_OF = re.compile(
    r"\b(?:resignation|departure|sacking|dismissal|ousting|retirement|death|murder|assassination|funeral)\s+of\s+"
    # "the resignation of Acme chairman Jo Bell, director-general Al Hunt and ...": each of a list
    r"(?:the\s+)?(?:(?!(?:new|incoming|successor|replacement)\b)[\w'’.&-]+,?\s+){0,9}$", re.IGNORECASE)
"""Before a title and a name, the end of the holder's time in the post: the role is shown as former."""
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|[.;]|$)")
"""After a name in a list of those who left ("the resignation of A, B and C"): the list goes on or ends."""
_REMOVED_FROM = re.compile(
    r"\b(?:ousted|deposed|toppled|unseated|overthrew|overthrown)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’.&-]+\s+){0,4}$")
"""Before a title and a name, a verb of removal in the past: the holder no longer holds the post ("Ruritania
recently ousted long-serving leader Jo Bell")."""
_REPLACED = re.compile(
    r"\b(?:replaced|replaces|replacing|succeeded|ousted|sacked|unseated|deposed)\s+(?!by\s)(?:\S+\s+)?$"
)
_STATUS = {"former": "former", "ex": "former", "ex-": "former", "then": "former", "erstwhile": "former",
           "outgoing": "outgoing", "acting": "acting", "interim": "interim", "caretaker": "acting", "late": "former",
           "incoming": "incoming", "designate": "incoming", "previous": "former",
           "retiring": "outgoing", "slain": "former", "murdered": "former", "assassinated": "former",
           "deceased": "former", "one-time": "former", "onetime": "former", "ousted": "former", "sacked": "former",
           "deposed": "former", "toppled": "former"}
"""Words before a title that say it is not, or not yet fully, held, and how the role shows them ("the incoming
president": a post not yet begun)."""
_DETERMINERS = frozenset("the a an its his her their our my your whose this that these those".split())
_ADJECTIVE_COMPOUND = re.compile(r"-(?:based|owned|listed|run|born|led|winning|nominated|backed|controlled)$")
_TRANSPARENT = frozenset("new current sitting recently newly".split())
"""Words before a title that neither belong to the post nor end the phrase ("the club's new manager")."""
_MADE = frozenset("appointed elected installed named".split())
_NEWLY_MADE = re.compile(r"(?:newly|recently)-(?:appointed|elected|installed|named)")
"""How a post was just given ("newly appointed", "recently-elected"): no part of the post."""
_BOUNDARY_WORDS = _DETERMINERS | frozenset("""of for to with by from as at in on and or but between against including
    said says told added according like than via under about after before among
    how why whether if because since until unless while when where""".split())
"""Words a noun phrase can follow: lower-case modifiers of a title after one of them are part of its name (after a
conjunction too: "revealed how club manager X helped him" opens a clause whose subject is the club's manager)."""
_NOT_MODIFIERS = _BOUNDARY_WORDS | frozenset("""is was were are be been being has had have will would can could may
    might must shall should not no also now then who which when where while where what there here it he she they
    saw see sees meet meets met give gives gave make makes made take takes took get gets got tell tells ask asks
    thank thanks urge urges back backs join joins lead leads become becomes became come comes came go goes went
    let lets put puts set sets keep keeps kept hold holds held win wins won lose loses lost beat beats hit hits
    send sends sent pay pays paid bring brings brought find finds found leave leaves left call calls help helps
    name names want wants like likes need needs say says told
    becoming considering seeking eyeing hoping aiming tipped touted expected likely poised
    we i you him them us me one two three four five some many most all any every other another such both each
    so very more less too just only even still yet ever never later earlier once twice both either neither""".split())
_LOWER_CASE_TITLE_WORDS = frozenset("""shadow deputy assistant associate chief senior junior joint vice co principal
    supreme general executive foreign home treasury health education defence environment transport culture trade
    industry finance financial economic economics affairs business energy justice interior local government work
    pensions employment housing children schools sport sports media communities rural agriculture development
    international constitutional europe european security immigration welfare transport science technology
    marketing sales communications press policy research operations strategy investment legal regional national
    political campaign campaigns deregulation enforcement commercial digital news editorial
    humanitarian aid lord higher further primary secondary public social constituency""".split())
_FIELDS_IN_ING = frozenset("""banking publishing engineering accounting planning licensing training broadcasting
    manufacturing mining shipping lending catering nursing policing building trading advertising computing farming
    fundraising lobbying retailing sporting""".split())
"""Nouns in -ing that name a trade or field ("banking industry analyst"): after a comma, the post's first word, not
a participle opening a clause ("..., convincing vice-president X")."""
_FIELD_ACRONYMS = frozenset({"PR", "IT", "HR", "ICT", "R&D"})
"""Fields written as capitals before a post ("PR strategist", "IT director"): the post's words, not a body's name."""
_NAME_ENDING_FIELDS = frozenset({"research", "communications"})
"""Words both of a post's field ("research director") and of a body's name ("Acme Research"): capitalised between a
name and a post written in lower case, the body's."""
_NOUNS_IN_LY = frozenset("family assembly supply ally rally monopoly".split())
"""Nouns that end like an adverb: "family spokeswoman" is a post, "reportedly" no part of one."""
_OPENERS = frozenset("but and or so however meanwhile also now yet still thus indeed".split())
_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    tomorrow january february march april may june july august september october november december last next
    earlier later speaking meanwhile""".split())
"""Capitalised words that, before a title, belong to the post ("Shadow Chancellor", "Home Affairs spokesman")
rather than name its organisation: general English vocabulary of government portfolios and ranks."""
_PORTFOLIO_TITLES = frozenset({"secretary", "minister", "secretary of state", "chancellor", "commissioner",
                               "chancellor of the exchequer"})
"""Titles whose capitalised modifiers are their subject ("Northern Ireland minister"), not a body."""


@dataclass(frozen=True)
class _Modifiers:
    status: str | None
    """"former", "outgoing", "acting" or "interim"."""
    owner: str | None
    """A body named with a possessive before the title ("Ofsted's", "the Liberal Democrats'")."""
    proper: str
    """Capitalised words next to the title that are not part of the post ("Ryanair", "Labour", "Hexham")."""
    proper_start: int
    words: tuple[str, ...]
    """Words that are part of the post, in order ("shadow", "foreign"), lower case."""
    nationality: str = ""
    """A nationality before the title ("Welsh"): where the holder is from, or, with a body, the post's branch."""


def _a_body_before_a_region(token: str, context: _Context) -> bool:
    """Whether the word before "Europe" in the words before a title ends a body's name ("Acme Europe president"),
    not a party's, a country's, a status or a post's word ("Tory Europe spokesman", "UK Europe minister", "Shadow
    Europe minister" opening a sentence: a portfolio)."""
    lower = token.lower()
    return (token[:1].isupper() and lower not in _NOT_PLACE_WORDS and lower not in _STATUS
            and lower not in _DETERMINERS and lower not in _LOWER_CASE_TITLE_WORDS
            and not _party_in(token, context.party_names) and not _is_country(token)
            and not _NATIONALITY.fullmatch(token))


def _modifiers(pre: str, start: int, strict: bool, context: _Context, sentence_start: int) -> _Modifiers | None:
    """Read the words before a title, from the title leftwards, into what they say about the post.

    ``strict`` (a title in apposition after the name): every word must be a modifier, or this is no title
    in apposition at all. Otherwise the words stop at the first that cannot modify a title. Lower-case words
    belong to the post ("shadow home secretary", "rugby director") up to a capitalised word (the body,
    "Tory", "Wasps"), a status word ("former"), an article, a possessive or a preposition; a word such as a
    verb before them stops the phrase and they are left out ("praised finance minister X" gives "minister").
    """
    tokens = [(match.group(), start + match.start()) for match in re.finditer(r"\S+", pre)]
    status: str | None = None
    owner: str | None = None
    proper: list[tuple[str, int]] = []
    words: list[str] = []
    pending: list[str] = []
    bounded = True
    verb_before = False
    index = len(tokens) - 1
    while index >= 0:
        token, at = tokens[index]
        lower = token.lower().strip(".")
        # Past a body's name or a status word, only a body's name, a status or a determiner can come.
        closed = bool(proper) or status is not None
        named = next((name for name in context.names if name.start < at + len(token) and at < name.end), None)
        if named is not None and not strict and not proper and status is None and named.end == at + len(token) and (
                _read_as_a_body(named, context)):
            # "Acme Holt spokesman Jo Bell": a firm's name the name finder took for a person's, before the post
            words[:0] = pending
            pending = []
            while index >= 0 and tokens[index][1] >= named.start:
                proper.insert(0, tokens[index])
                index -= 1
            continue
        if (named is not None and not strict and not proper and status is None
                and (mark := _ENDS_POSSESSIVE.search(token)) is not None and mark.start() > 0
                and named.end == at + mark.start()):
            # "Al Hunt's sporting director Jo Bell", "Spurs' sporting director" (a club the name finder took for a
            # person): the possessive bounds the post's words as a body's does; whose post it is, ``_owner_body``
            # decides (a person's is no body)
            words[:0] = pending
            pending = []
            owner = named.surface
            while index >= 0 and tokens[index][1] >= named.start:
                index -= 1
            if index >= 0 and tokens[index][0].lower() in _DETERMINERS:
                index -= 1
            break
        if (named is not None and not strict and proper and status is None and not pending
                and named.end == at + len(token) and _a_lone_word_opening_a_body(named, context)):
            # "said Acme North America president Jo Bell", Acme read as a one-word person: the firm's arm
            proper.insert(0, (token, at))
            index -= 1
            continue
        if named is not None:
            bounded = False
            break
        if ((lower in _TRANSPARENT and not (token == "New" and proper and proper[0][0] in _AFTER_NEW))
                or _ADJECTIVE_COMPOUND.search(lower) or _NEWLY_MADE.fullmatch(lower) or (
            lower in _MADE and index > 0 and tokens[index - 1][0].lower() in _TRANSPARENT
        )):
            # "Ukraine's new president", "Acme's newly-appointed chief executive"; but a capitalised "New" before
            # a name starts it ("New Zealand coach X")
            index -= 1
            continue
        if (lower in _HOLDERS_STATE and not proper and status is None) or (
                lower in _HOLDERS_PLIGHT and index == 0 and token[:1].isupper()):
            # "a proud coach X", "Under-pressure coach X": what the holder is like, no part of the post; opening the
            # sentence, no part of the body's name either ("Disgraced former Acme boss X")
            index -= 1
            continue
        if lower in _STATUS or lower.startswith(("ex-", "then-")):
            status = _STATUS.get(lower, "former")
            prefix = len(lower.split("-", 1)[0]) + 1 if lower.startswith(("ex-", "then-")) else 0
            if prefix and len(lower) > prefix:
                rest = token[prefix:]  # "ex-Tory chancellor", "then-US secretary of state"
                if rest[:1].isupper() and rest.lower() not in _LOWER_CASE_TITLE_WORDS:
                    proper.insert(0, (rest, at + prefix))
                else:
                    pending.insert(0, rest.lower())
            words[:0] = pending
            pending = []
        elif (not closed and token[:1].islower() and token[-1] in "'’"
              and token.rstrip("'’").lower() in _LOWER_CASE_TITLE_WORDS):
            pending.insert(0, token.rstrip("'’").lower())  # "communities' secretary": the portfolio's plural
        elif re.fullmatch(r"[\w.&-]+(?:['’]s|s['’])", token):
            words[:0] = pending
            pending = []
            described = (re.sub(r"['’]s?$", "", token) in _KINDS_OF_BODY and index > 0
                         and tokens[index - 1][0][:1].isupper() and tokens[index - 1][0].lower() not in _DETERMINERS)
            if described:
                index -= 1  # "Acme magazine's reviews editor": the body is named before what it is
            if token[:1].isupper() or described or re.fullmatch(r"\d+['’]s", token):
                # "Acme's", and a firm named by a number ("7's sales director"): a body's
                owner_words = [re.sub(r"['’]s?$", "", tokens[index][0])]
                while index > 0 and (tokens[index - 1][0][:1].isupper() or tokens[index - 1][0] in ("of", "&", "and")):
                    index -= 1
                    owner_words.insert(0, tokens[index][0])
                dated = index > 0 and tokens[index - 1][0].lower() in _BEFORE_A_DATE
                while owner_words and (not (owner_words[0][:1].isupper() or owner_words[0].isdigit())
                                       or owner_words[0].lower() in _OPENERS
                                       or (len(owner_words) > 1 and owner_words[0].lower() in _BEFORE_A_DATE)
                                       or (owner_words[0].lower() in _TIME_WORDS
                                           and not _a_month_naming_a_body(owner_words, dated, context))):
                    dated = dated or owner_words[0].lower() in _TIME_WORDS | _BEFORE_A_DATE
                    owner_words.pop(0)
                    index += 1
                owner = " ".join(owner_words) or None
                if (owner_words and proper and proper[-1][0] in _BODY_WORDS and is_common_word(owner_words[-1])
                        and all(word[:1].isupper() for word, _ in proper)):
                    # "Acme & General Worker's Union general secretary": the "'s" of a body's name ("Workers'
                    # Union"), its people named by a common noun, not a possessive before the post
                    mark = token[len(_ENDS_POSSESSIVE.sub("", token)):]
                    owner = f"{owner}{mark} " + " ".join(word for word, _ in proper)
                    proper = []
            if index > 0 and tokens[index - 1][0].lower() in _DETERMINERS:
                index -= 1
            index -= 1
            break
        elif (token[:1].isdigit() and re.fullmatch(r"\d[\d/.]*", token) and not closed and index > 0
              and tokens[index - 1][0][:1].isupper()
              and tokens[index - 1][0].lower() not in _STATUS):
            words[:0] = pending  # "Radio 2 music editor": a number in a body's name
            pending = []
            proper.insert(0, (token, at))
        elif not closed and not pending and _ACRONYM_IN_BRACKETS.fullmatch(token):
            # "Ruritania Rugby Union (RRU) chairman": the letters stand for the body spelled out before them
            proper.insert(0, (token[1:-1], at + 1))
            index -= 1
            while index >= 0 and (tokens[index][0][:1].isupper() or tokens[index][0] in ("of", "and", "&", "the")
                                  or tokens[index][0] in _GENERIC_BODIES):
                index -= 1
            if index >= 0 and tokens[index][0].lower() in _DETERMINERS:
                index -= 1
            break
        elif (lower in ("of", "and", "&", "for", "the") and proper and index > 0 and tokens[index - 1][0][:1].isupper()
              and tokens[index - 1][0].lower() not in _NOT_PLACE_WORDS and token.islower()
              and not (lower == "the" and tokens[index - 1][1] == sentence_start)
              and not (lower == "and" and _title_before(tokens, index))
              and not _a_side_after_a_join(lower, tokens[index - 1][0], proper)):
            # "Royal Bank of Scotland", "Touching the Void": small words inside a capitalised name
            proper.insert(0, (token, at))
        elif (lower == "and" and pending and not proper and index > 0 and tokens[index - 1][0][:1].isupper()
              and tokens[index - 1][0].lower() in _LOWER_CASE_TITLE_WORDS):
            pending.insert(0, "and")  # "Trade and Industry Secretary", "Work and Pensions Secretary"
        elif lower == "and" and not pending and not proper and (joined := _title_before(tokens, index)):
            index -= joined  # "Nortel president and chief executive X": the body is before both titles
        elif (lower in _TIME_WORDS and token[:1].isupper() and not closed and index > 0
              and tokens[index - 1][0][:1].isupper() and tokens[index - 1][0].lower() not in _NOT_PLACE_WORDS
              and tokens[index - 1][0].lower() not in _BOUNDARY_WORDS | _OPENERS | _TIME_WORDS):
            words[:0] = pending  # "Sheffield Wednesday manager": a day's name inside a club's
            pending = []
            proper.insert(0, (token, at))
        elif (lower == "and" and pending and not proper and status is None and index > 1
              and _joins_portfolio(tokens[index - 1][0], tokens[index - 2][0])):
            pending.insert(0, "and")  # "Tory work and pensions spokesman": two fields of one portfolio
        elif lower in _BOUNDARY_WORDS or lower in _OPENERS or lower in _TIME_WORDS:
            if (lower == "to" and pending and pending[0] not in _LOWER_CASE_TITLE_WORDS
                    and not (index > 0 and tokens[index - 1][0].lower() in ("according", "due"))):
                pending.pop(0)  # "to give academy director X": an infinitive, not part of the post
            words[:0] = pending
            pending = []
            if strict and not (lower in _DETERMINERS and index == 0):
                return None
            index -= 1
            break
        elif (token == "News" and not closed and index > 0 and re.match(r"[A-Z0-9]", tokens[index - 1][0])
              and tokens[index - 1][0].lower() not in _NOT_MODIFIERS | _OPENERS | _LOWER_CASE_TITLE_WORDS):
            # "Acme News political editor X": the news arm of the broadcaster named before it, not the post's word
            words[:0] = pending
            pending = []
            proper.insert(0, (token, at))
        elif (lower == "europe" and token == "Europe" and not closed and not pending and index > 0
              and _a_body_before_a_region(tokens[index - 1][0], context)):
            proper.insert(0, (token, at))  # "Acme Europe president": the firm's European arm, not a Europe post
        elif (token in _NAME_ENDING_TITLE_WORDS and not closed and index > 0
              and all(word in _LOWER_CASE_TITLE_WORDS for word in pending)
              and _ends_a_bodys_name(tokens[index - 1][0], at, start, pre, context)):
            words[:0] = pending  # "Acme International chief executive": the last word of the firm's name
            pending = []
            proper.insert(0, (token, at))
        elif (not closed and not pending and not proper and token[:1].isupper() and lower in _NAME_ENDING_FIELDS
              and index > 0 and tokens[index - 1][0][:1].isupper() and tokens[index - 1][1] != sentence_start
              and context.text[start + len(pre) : start + len(pre) + 1].islower()):
            # "Acme Research analyst X": a field word capitalised after a name, before a post in lower case, ends
            # the body's name (the post's own words are written in lower case with it, "Acme research director")
            proper.insert(0, (token, at))
        elif not closed and not proper and token in _FIELD_ACRONYMS:
            pending.insert(0, token)  # "PR director", "IT manager": the field the post covers, not a body
        elif (at == sentence_start and proper and token[1:].islower() and len(proper) == 1
              and _NATIONALITY.fullmatch(proper[0][0]) and is_common_word(token)
              and not _NATIONALITY.fullmatch(f"{token} {proper[0][0]}") and lower not in _COMPASS):
            break  # "Legendary Dutch coach X": praise capitalised to open the sentence, no part of a body's name
        elif token[:1].isupper() and (lower not in _LOWER_CASE_TITLE_WORDS or proper) and not (
            at == sentence_start and context.words is not None and _opens_sentence_only(token, proper, context)
        ) and not (at == sentence_start and lower in _NOT_MODIFIERS and token[1:].islower()):
            words[:0] = pending
            pending = []
            proper.insert(0, (token, at))
        elif lower in _GROUPS_OF_PEOPLE:
            bounded = False  # "his cabinet colleagues Foreign Secretary X": the group the holder is one of, no post
            break
        elif not closed and lower not in _NOT_MODIFIERS and (
            not re.search(r"(?:ly|ed)$", lower) or lower in _NOUNS_IN_LY) and (
            token.replace("-", "").isalpha()
        ):
            pending.insert(0, lower)
        elif closed and lower in _DEPUTY_RANKS and status is None:
            words.insert(0, lower)  # "deputy Conservative chairman": the rank is the post's
        elif closed and token[:1].islower():
            break  # "to give former academy director X", "won National Theatre artistic director X"
        else:
            bounded = False
            verb_before = token.isalpha() and token.islower()
            break
        index -= 1
    if strict and (not bounded or index >= 0):
        return None
    if (bounded and pending and index < 0 and tokens and pending[0].endswith("ing")
            and pending[0] not in _LOWER_CASE_TITLE_WORDS | _FIELDS_IN_ING
            and context.text[: tokens[0][1]].rstrip().endswith(",")):
        pending.pop(0)  # "..., convincing vice-president Jo Bell": a participle opening a clause, not the post's
    if bounded or (verb_before and len(pending) == 1 and not _ADJECTIVE_ENDING.search(pending[0])):
        words[:0] = pending  # "met tourism minister X": a noun between a verb and the title is the post's
    else:
        # A verb before the title ("accused shadow chancellor X") leaves out the words whose place is unsure,
        # but not those that only name posts.
        kept = len(pending)
        while kept and pending[kept - 1] in _LOWER_CASE_TITLE_WORDS:
            kept -= 1
        words[:0] = pending[kept:]
    while proper and not proper[0][0][:1].isupper():
        proper.pop(0)
    if len([word for word in words if word != "and"]) > 3:
        return None  # more than a post's name: the words run in from the sentence
    if proper and proper[0][0].lower() in _RANKS:
        words[:0] = [token.lower() for token, _ in proper]  # "Assistant Cub Leader": all one post
        proper = []
    text = " ".join(token for token, _ in proper)
    nationality = ""
    if (_NATIONALITY.fullmatch(text) and not is_common_word(text)) or text in _countries() or (
        (compass := re.fullmatch(r"(?:North|South|East|West|Central)\s+(\S+)", text))
        and compass.group(1) in _countries()
    ):
        nationality, text, proper = text, "", []  # "British director X": where the person is from, not the body
    return _Modifiers(status, owner, text, proper[0][1] if proper else start, tuple(words), nationality)


_NAME_ENDING_TITLE_WORDS = frozenset({"International", "Global", "Worldwide"})
"""Capitalised words both of a post ("international development secretary") and ending a body's name ("Amnesty
International", "Acme Global")."""


def _ends_a_bodys_name(before: str, at: int, start: int, pre: str, context: _Context) -> bool:
    """Whether "International" (or "Global") before a post written in lower case ends the name of the body written
    before it ("Acme International chief executive"), not a portfolio after a party's, a country's or a status word
    ("Tory International Development spokesman", "UK international trade minister")."""
    following = context.text[at + len("International") : start + len(pre) + 1].strip()[:1]
    return (following.islower() or not following) and _a_body_before_a_region(before, context)


def _bounded_body(modifiers: _Modifiers, match: re.Match[str], offset: int, context: _Context) -> _Modifiers:
    """The words before a post without what runs into the body's name from the sentence: a US state or a capital
    after "and" ("Acme and New York attorney general": New York's), a place after "in" ("in Las Vegas Acme boss":
    Acme's, which the article writes alone), and a plural common noun opening the sentence in the possessive
    ("Registrars' spokesman": those of a trade, no body's name). Tested in tests/unit/infer/test_roles.py
    (test_a_place_*_is_no_part_of_the_body, test_a_trades_plural_is_no_body)."""
    proper = modifiers.proper
    if " and " in proper:
        head, _, tail = proper.rpartition(" and ")
        if (tail in _US_STATES or tail in countries_by_capital()) and head and resolve_council_name(proper) is None:
            return dataclasses.replace(modifiers, proper=tail, proper_start=modifiers.proper_start + len(head) + 5)
    if " " in proper and context.words is not None and re.search(
            r"(?:^|\s)(?i:in)\s+$", context.text[max(0, modifiers.proper_start - 8) : modifiers.proper_start]):
        words = proper.split()
        for cut in range(1, len(words)):
            place, body = words[:cut], " ".join(words[cut:])
            if (all(word[:1].isupper() and not is_common_word(word) and not _NATIONALITY.fullmatch(word)
                    and word.lower() not in _NOT_PLACE_WORDS for word in place)
                    and not is_common_word(body)
                    and re.search(rf"(?<!{re.escape(place[-1])} )(?<![\w'’&-]){re.escape(body)}(?![\w'’&-])",
                                  context.words.text) is not None
                    and context.words.text.count(proper) == 1):
                # a body the article writes without the place, a place its name never holds elsewhere
                start = modifiers.proper_start + len(" ".join(place)) + 1
                return dataclasses.replace(modifiers, proper=body, proper_start=start)
    owner = modifiers.owner
    if (owner is not None and not proper and " " not in owner and owner.lower().endswith("s")
            and context.words is not None and is_common_word(owner)
            and (match.group("pre") or "").lstrip().startswith((owner, f"The {owner}", f"the {owner}"))
            and not re.sub(r"(?i:the)\s*$", "", context.text[: offset + match.start("pre")].split(". ")[-1]
                           ).strip(" \"“‘'")
            and not _written_mid_sentence(owner, context, anywhere=True)):
        return dataclasses.replace(modifiers, owner=None)  # "Registrars' spokesman": the trade's, capitalised to open
    return modifiers


def _covers_after_for(match: re.Match[str], modifiers: _Modifiers) -> bool:
    """Whether "for" after a post names what it covers, the body being named before it ("Acme Bank country
    director for the West Bank", "Acme's director for Asia"), not the body ("a spokesman for Acme")."""
    return ((match.group("prep") or "").lower() == "for" and (bool(modifiers.owner) or bool(modifiers.proper))
            and not modifiers.nationality and not _is_country(modifiers.owner or modifiers.proper))


_EVENT_WORDS = frozenset("Open Masters Classic Cup Games Championships Championship Trophy Marathon".split())


def _the_events_full_name(word: str, context: _Context) -> str:
    """An event named by its last word alone ("Open chief X") as the one longer name the article gives it ("the
    Australian Open"); the word alone if it gives none or several. Tested in tests/unit/infer/test_roles.py
    (test_an_events_last_word_is_its_full_name)."""
    if context.words is None:
        return word
    names: set[str] = set()
    for found in re.finditer(rf"(?<![\w'’&-])((?:[A-Z][\w'’&.-]*\s+){{1,3}}){re.escape(word)}(?![\w'’&-])",
                             context.words.text):
        given = found.group(1).split()
        while given and (given[0].lower() in _DETERMINERS or given[0].lower() in _NOT_PLACE_WORDS
                         or given[0].lower() in _OPENERS):
            given.pop(0)
        if given:
            names.add(" ".join((*given, word)))
    return names.pop() if len(names) == 1 else word


def _a_side_after_a_join(joining: str, before: str, proper: list[tuple[str, int]]) -> bool:
    """Whether "and"/"for" before a country's name ends a body's name there: "a bid from Acme Rovers for Ruritania
    coach X", "striker Jo Bell and Ruritania coach X" name the country's side, not a body "Acme Rovers for
    Ruritania"; a country named with "and" stays whole ("Serbia and Montenegro coach")."""
    if joining not in ("and", "for"):
        return False
    country = " ".join(token for token, _ in proper)
    return _is_country(country) and not (joining == "and" and (_is_country(before) or _is_country(
        f"{before} and {country}")))


_MONTHS = frozenset("january february march april may june july august september october november december".split())
_BEFORE_A_DATE = frozenset("in on since by until till from during of before after last next this early late".split())


def _a_month_naming_a_body(owner_words: list[str], dated: bool, context: _Context) -> bool:
    """Whether a month's name in the possessive right before a post is a body's name ("May's chairman": the May
    stores): a post is no month's, unless a word before dates it ("last May's", "in May's") or a person of the
    article bears the name."""
    return (len(owner_words) == 1 and owner_words[0].lower() in _MONTHS and not dated
            and not any(person.split()[-1] == owner_words[0] for person in context.people))


_DESCRIBING_WORDS = frozenset("""great greater greatest good better best fine finest canny brilliant talented gifted
    successful famous famed legendary respected renowned celebrated acclaimed distinguished eminent unconventional
    controversial popular unpopular outspoken influential powerful charismatic excellent outstanding superb wonderful
    poor bad terrible inspirational inspiring visionary shrewd astute ambitious maverick""".split())
"""Adjectives of praise or blame: they say what a holder is like, never which post; no post's name holds one."""
_HOLDERS_PLIGHT = frozenset("under-pressure embattled beleaguered disgraced jailed convicted troubled".split())
"""Participles of a holder's plight: opening a sentence before a body's name, no word of the name ("Disgraced
former Acme boss X")."""
_HOLDERS_STATE = _DESCRIBING_WORDS | _HOLDERS_PLIGHT | frozenset("""proud delighted relieved frustrated mercurial
    flamboyant colourful long-serving""".split())
"""Adjectives of how a holder is or feels: before a title they are no part of the post, and unlike praise after "a"
("a great chancellor") they do not make it a description ("said a proud coach X": the coach)."""
_DESCRIBED = re.compile(rf"\b(?i:a|an)\s+(?:(?:very|truly|really|fine|real)\s+)?"
                        rf"(?:{'|'.join(sorted(_DESCRIBING_WORDS))})\s+(?:[a-z][\w-]*\s+){{0,2}}$")
"""An indefinite article and a word of praise or blame before a title: a description ("a great chancellor")."""
_WOULD_MAKE = re.compile(r"\s+(?:would|will|could|might)\s+make\b")
"""After a name that follows its title: the post is one the holder might fill ("a chancellor Jo Bell would make")."""
_GROUPS_OF_PEOPLE = frozenset("""colleagues supporters fans friends rivals allies critics opponents members peers
    counterparts""".split())
"""Plural nouns for a group of people: before a title they put its holder in the group, they are no part of the post."""
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z][A-Za-z&.-]*[A-Z]\)")


_POST_THEN_NAME = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{1,4}}(?:{_HONORIFIC}\s+)?[A-Z]")


_VERBS_AFTER_A_SUBJECT = frozenset(SPEECH_VERBS) | frozenset(
    "hopes wants feels fears expects insists admits reckons knows accepts".split())
"""Verbs of saying and thinking in the present or past: after a name, they make it the subject of a clause."""


def _read_as_a_body(name: NameSpan, context: _Context) -> bool:
    """Whether a "person" named right before a post held by the next name is a body: the name as written is two or
    more capitalised words, a post in lower case and the next name follow it with no comma, and the article never
    gives its last word an honorific ("Acme Holt spokesman Jo Bell", and no "Mr Holt": the firm). A list of those
    present ("Al Hunt Chairman, Jo Bell Clerk") writes the posts capitalised or with commas."""
    words = name.surface.split()
    full = name.person.split()
    if not all(word[:1].isupper() for word in words) or re.match(rf"{_HONORIFIC}\s", name.surface):
        return False
    if len(words) < 2 and not (len(full) >= 2 and name.surface in full
                               and all(word[:1].isupper() for word in full) and not is_given_name(full[0])):
        return False  # "Riverton chairman Jo Bell": one word, a body's only when its full name is no person's
    if context.words is None or not (post_then_name := _POST_THEN_NAME.match(context.text, name.end)):
        return False
    if post_then_name.group().split()[0] in _VERBS_AFTER_A_SUBJECT:
        return False  # "Jo Bell believes coach Al Hunt must act": the name is the subject of a verb, not a body
    return not any(re.search(rf"\b{_HONORIFIC}\s+(?:[A-Z][\w'’-]*\s+)?{re.escape(last)}\b", context.words.text)
                   for last in {words[-1], full[-1]})


def _a_lone_word_opening_a_body(name: NameSpan, context: _Context) -> bool:
    """Whether a "person" of one word before more capitalised words before a post opens a body's name ("Acme" of
    "said Acme North America president Jo Bell"): the name finder knows it by that word alone (no full name, no
    given name, no honorific anywhere in the article), so it is a firm's name read as a speaker's."""
    word = name.surface
    if " " in word or name.person != word or is_given_name(word) or context.words is None:
        return False
    return not re.search(rf"\b{_HONORIFIC}\s+{re.escape(word)}\b", context.words.text)


_COMPASS = frozenset("north south east west central northern southern eastern western new".split())
"""Words that open a nationality of two words ("South African") or a place's name."""
_PEOPLE = frozenset("""pupil pupils student students graduate member members fan fans supporter player footballer
    cricketer golfer athlete actor actress singer writer author novelist businessman businesswoman campaigner lawyer
    barrister father mother son daughter husband wife friend veteran""".split())
"""Nouns for a person, not for a field of work: "a former Eton pupil and joint leader" is a pupil, then a leader."""


def _joins_portfolio(word: str, before: str) -> bool:
    """Whether "<word> and" before the post's lower-case words is the first field of a portfolio of two ("work and
    pensions", "sales and marketing"): a plain lower-case noun with a party, a body, a possessive, a determiner or
    a status word before it. After a verb or a noun of the sentence ("met farmers and agriculture minister X") the
    "and" joins the sentence's phrases instead."""
    if not (word.isalpha() and word.islower()) or word in _NOT_MODIFIERS or word in _STATUS or word in _PEOPLE or (
            re.search(r"(?:ly|ed)$", word) and word not in _NOUNS_IN_LY):
        return False
    lower = before.lower()
    return (before[:1].isupper() and lower not in _OPENERS and lower not in _TIME_WORDS) or lower in _DETERMINERS or (
        lower in _STATUS or re.fullmatch(r"[\w.&-]+(?:['’]s|s['’])", before) is not None)


_ADJECTIVE_ENDING = re.compile(r"(?:less|ful|ous|ive|able|ible|ic|ical|ent|ant|ing|ed|ly|est|ish|like)$")
"""Endings of English adjectives and participles ("tireless", "embattled"): before a title they describe its holder;
a word without one, between a verb and the title, is a noun naming the post's field ("tourism minister")."""


_RANKS = frozenset("assistant deputy vice senior junior chief associate joint principal".split())
_DEPUTY_RANKS = frozenset("assistant deputy vice joint associate".split())
"""Ranks that make another post of one ("deputy Labour leader"), unlike "senior Tory MP"."""


_BODY_WORDS = frozenset("""Reserve Network Bank Trust Council Agency Association Authority Board Commission Committee
    Society Foundation Institute Group Union Federation Service Services Office Corporation Company Fund Alliance
    Partnership Centre Center League Institution Organisation Organization Forum Council Exchange""".split())
"""The last word of a body's name: a capitalised word before it opening a sentence is part of the name."""


_MORE_BODY_WORDS = frozenset("""Research Dairy Dairies Bank Capital Securities Holdings Industries Airlines Airways
    Motors Studios Systems Networks Communications Technologies Foods Partners Associates Consulting Ltd Limited
    Inc Corp Plc plc""".split())
"""More last words of companies' names (with ``_BODY_WORDS``): a "person" so named is a body."""


def _opens_sentence_only(token: str, proper: list[tuple[str, int]], context: _Context) -> bool:
    """Whether a capitalised word opening a sentence is capitalised only for that: the article writes it in lower
    case elsewhere, and it does not start the name after it."""
    assert context.words is not None
    if not proper and re.search(r"[a-z](?:ed|ing)$", token) and is_common_word(token):
        return True  # "Murdered director X", "Embattled chairman X": a participle describing the holder
    if proper and proper[-1][0] in _BODY_WORDS:
        return False  # "Federal Reserve chairman X", "Fostering Network director X": the word starts a body's name
    if token != "Party" and _is_party_name(token, context.party_names):
        return False  # "Labour leader X", though the article also writes "the labour market"
    if token.lower() not in context.words.lower_case and not (
        not proper and is_common_word(token) and token.lower() not in _SECTIONS
        and token not in load_vocabulary().canonical_by_alias
        and not _written_mid_sentence(token, context, anywhere=True)
        and not (not proper and len(re.findall(rf"(?<![\w'’-]){re.escape(token)}(?![\w'’-])", context.words.text)) > 1)
        and not (not proper and _a_plural_noun(token))
    ):
        # a word the article writes capitalised only: a body's name ("Acme chief executive X"), and a common word
        # that opens two sentences and is never written in lower case is a name too ("Forest manager X ...
        # Forest face Leeds next"), as is a plural noun, which names no post's field ("Rovers manager X")
        return False
    if proper and _written_mid_sentence(f"{token} {proper[0][0]}", context):
        return False  # "Federal Reserve chairman X", where the article also writes "the Federal Reserve"
    return not _starts_a_name(token, proper, context)


_PLURAL_FIELDS = frozenset("""arts games events products services resources relations works programmes systems
    networks prisons universities colleges hospitals veterans women consumers borders roads railways ports fisheries
    forests lands waters rights jobs olympics paralympics customs excise accounts savings""".split())
"""Plural fields a post may cover ("Arts minister", "Prisons minister"): capitalised at a sentence's start they still
belong to the post."""


def _a_plural_noun(token: str) -> bool:
    """Whether a capitalised word is the plural of a common noun that names no post's field ("Rovers", "Magpies",
    "Wolves"; not "Sales", "Arts"): before a post a plural is not one of the post's words (a post is of a "rugby
    director", never a "rugbies director"), so it names the holder's body, a club or a team by its nickname."""
    lower = token.lower()
    if (not re.fullmatch(r"[A-Z][a-z]{2,}s", token) or lower.endswith(("ss", "us", "is", "ics"))
            or lower in _LOWER_CASE_TITLE_WORDS or lower in _PLURAL_FIELDS):
        return False
    singulars = [lower[:-1]] + ([lower[:-3] + "y"] if lower.endswith("ies") else []) + (
        [lower[:-2], lower[:-3] + "f"] if lower.endswith("es") else [])
    return any(is_common_word(singular) for singular in singulars)


def _written_mid_sentence(phrase: str, context: _Context, anywhere: bool = False) -> bool:
    """Whether the article writes ``phrase`` capitalised somewhere other than at a sentence's start (``anywhere``:
    a headline too)."""
    assert context.words is not None
    holding = [paragraph for paragraph in context.words.paragraphs if phrase in paragraph]
    if anywhere and context.headline and re.search(rf"(?<!^)\b{re.escape(phrase)}\b", context.headline):
        return True
    if len(holding) < 2 and sum(paragraph.count(phrase) for paragraph in holding) < 2:
        return False  # written only where it opens the sentence being read
    pattern = re.compile(rf"(?<![.!?:\"“])\s+{re.escape(phrase)}\b")
    return any(pattern.search(paragraph) for paragraph in holding)


def _starts_a_name(token: str, proper: list[tuple[str, int]], context: _Context) -> bool:
    """Whether a capitalised word opening a sentence starts the name after it ("Countryside Alliance chairman",
    "Home Office minister") rather than only opening the sentence ("Rebel Labour MP", "Local Tory councillor"):
    the name after it is not a party, and the word is not one that describes the holder."""
    if not proper or token.lower() in _NOT_PLACE_WORDS or token.lower() in _STATUS:
        return False
    return not _is_party_name(" ".join(word for word, _ in proper), context.party_names) and not re.search(
        r"(?:ed|ing|ly|al|ive|ous|ful|ic)$", token.lower())
def _title_before(tokens: Sequence[tuple[str, int]], index: int) -> int:
    """How many of the words before ``tokens[index]`` ("and") are a title of their own (0 if they end none)."""
    titles = load_patterns().titles
    for size in (3, 2, 1):
        if index - size >= 0 and _title_key(" ".join(word for word, _ in tokens[index - size : index])) in titles:
            return size
    return 0


_COUNTRY_SHORT_NAMES = frozenset({"UK", "US", "USA", "Britain", "Great Britain", "America", "Europe", "EU"})


def _is_country(name: str) -> bool:
    """Whether a name is a country's (or the UK's, the US's or Europe's short name)."""
    name = re.sub(r"^the\s+", "", name.strip())
    return name in _COUNTRY_SHORT_NAMES or name in _country_names()


@cache
def _country_names() -> frozenset[str]:
    return frozenset(_countries().values())


@cache
def _countries() -> dict[str, str]:
    """Country by demonym ("French" -> "France"), from ``cuttings/data/demonyms.csv``."""
    with resources.files("cuttings.data").joinpath("demonyms.csv").open(encoding="utf-8") as handle:
        return {row["demonym"]: row["country"] for row in csv.DictReader(handle)}


@cache
def _foreign_countries() -> frozenset[str]:
    """Countries whose MPs sit in a parliament of their own, not the House of Commons."""
    return frozenset(country for demonym, country in _countries().items() if demonym not in _UK_NATIONALITIES)


@cache
def _capital_city() -> tuple[dict[str, str], re.Pattern[str]]:
    """Country by its capital ("Paris" -> "France"), from ``cuttings/data/capitals.csv``, and a pattern for a
    capital standing for its government as a clause's subject ("Paris was more subdued", "Tokyo says"). London
    and Washington are not in the file: a bare UK or US post is written so without naming its state."""
    countries = countries_by_capital()
    names = "|".join(re.escape(capital) for capital in sorted(countries, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'’-])(?<!\bthe\s)(?P<capital>{names})\s+(?:{_A_GOVERNMENTS_VERB})\b")
    return countries, pattern


_A_GOVERNMENTS_VERB = (r"says|said|was|is|has|had|have|will|would|wants|warned|insists|insisted|rejects|rejected"
                       r"|denies|denied|agrees|agreed|announces|announced|believes|hopes|fears|urges|urged|plans"
                       r"|remains|remained|seems|seemed|appears|appeared")


def _country_its_capital_stands_for(context: _Context, sentence: str) -> str | None:
    """The one country whose capital the sentence or the headline writes as a clause's subject ("Paris was more
    subdued, with finance minister X", under "Tokyo says prices steady"): the post is that state's."""
    countries, pattern = _capital_city()
    found = {countries[match.group("capital")]
             for text in (sentence, context.headline or "") for match in pattern.finditer(text)}
    return found.pop() if len(found) == 1 else None


_IN_A_PARLIAMENT = re.compile(
    r"\s+in\s+(?:the\s+(?P<demonym>[A-Z][a-z]+)\s+(?i:national\s+|federal\s+)?(?i:parliament|assembly|legislature)\b|"
    r"(?:the\s+)?(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}?)"
    r"(?:['’]s\s+(?i:(?:national|federal|lower|upper)\s+)?(?i:parliament|assembly|legislature|congress|house)\b"
    r"|(?![\w'’-]|\s+[A-Z])))")
"""After an MP's title, the country whose parliament seats the member ("MP in Ruritania", "in Ruritania's
parliament")."""


_NATIONAL_POST = re.compile(
    r"\b(?:president|vice-president|prime minister|premier|minister|chancellor|foreign secretary|secretary of state"
    r"|ambassador|envoy|head of state|(?<!party )(?<!group )leader)$"
)
"""Posts of a state: "French president" names France as the post's body."""
_STATE_POST = re.compile(r"\b(?:minister|vice-president|president|prime minister|premier|supreme leader"
                         r"|head of state|treasury secretary)$|^treasurer$")
"""Posts of a state whose holder, with no body beside the post, is the state's the sentence or headline names (a
bare "treasurer" too: Australia's finance minister is its Treasurer; a club's or party's has words before it)."""


_US_POSTS = frozenset({"president", "vice-president"})
"""Posts a bare "US" in the sentence says are the United States' ("the US government ... Vice President X"): the
UK has neither, and a firm's president is written with the firm."""
_THE_US = re.compile(r"(?<![\w.-])US(?![\w-])")


def _names_only_the_us(context: _Context, position: int) -> bool:
    """Whether the sentence around ``position`` names the US before the post, and no other country (nor its
    people) anywhere: after the post, the US is as often where a firm named later trades ("vice-president and
    chief operating officer of Acme's US arm")."""
    start, end = _sentence_bounds(context.text, position, position)
    sentence = context.text[start:end]
    return _THE_US.search(sentence, 0, position - start) is not None and _country_word().search(sentence) is None


def _is_home_country(country: str) -> bool:
    """Whether a country is the UK or one of its nations: in a UK corpus a bare minister's post is the UK's, which
    the text does not name as a body."""
    return country in _COUNTRY_SHORT_NAMES - {"US", "USA", "America", "Europe", "EU"} or country in (
        _HOME_NATION_COUNTRIES | {"United Kingdom", "Northern Ireland"})


_NATIONALITY = re.compile(
    r"(?:British|English|Scottish|Welsh|Irish|French|Dutch|Swiss|Thai|Greek|Czech|Danish|Swedish|Finnish|Polish"
    r"|Spanish|Turkish|Israeli|Pakistani|Iraqi|Saudi|Kuwaiti|Bangladeshi|Somali|Yemeni|Qatari|Nepali"
    r"|[A-Z][a-z]+(?:ian|ean|ese|yan|ican|uan))"
)


_ENDS_A_CLAUSE = re.compile(
    rf"\b(?:[a-z]+ed|{'|'.join(sorted(_NOT_MODIFIERS - {'a', 'an', 'the', 'and', 'of', 'for'}))})\s*,?\s*$"
)
"""A lower-case verb or preposition last before a name: the name is the object of a clause after the title."""


_ENDS_WITH_KIND_OF_BODY = re.compile(
    r"\b(?:firm|company|group|bank|club|agency|consultancy|analyst|analysts|retailer|maker|manufacturer|publisher"
    r"|label|broadcaster|newspaper|magazine|charity|organisation|organization|association|airline|carrier"
    r"|operator|giant|rival|insurer|lender|supplier|developer|studio|network|website|watchdog|regulator|fansite"
    r"|blog|paper|channel|station|think-tank|thinktank|bookmaker|supermarket|distributor|chain)\s*$"
)
"""A noun that describes a body, last before a name: the name is that body's."""


_SECTIONS = frozenset("""youth scout scouts cub cubs beaver beavers explorer explorers brownie brownies guide guides
    rainbow rainbows group troop pack section patrol choir playgroup team squad""".split())
"""Who a leader leads, capitalised in a post's name ("Assistant Cub Leader") but no body of its own."""
_GENERIC_BODIES = frozenset("""committee commission board council society trust association federation union group
    company club party authority agency institute foundation department ministry office panel team""".split())
"""Words that name a kind of body: alone ("the Committee"), they say which body only through its full name."""


def _full_name_of(kind: str, context: _Context) -> str | None:
    """The one body of this kind the article names in full ("the Committee" -> "Acme Select Committee"); none if
    it names no such body, or several."""
    if context.words is None:
        return None
    found = {
        match.group().removeprefix("The ").strip()
        for paragraph in context.words.paragraphs
        for match in re.finditer(rf"(?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|on|&)\s+)?){{1,6}}{kind}\b", paragraph)
    }
    if not found - {kind}:
        # "the Committee to Protect Bloggers", "the Society for Open Maps": the kind first, then what it is for
        found = {
            re.sub(r"['’]s?$", "", match.group().strip())  # "the Committee to Protect Bloggers' campaign"
            for paragraph in context.words.paragraphs
            for match in re.finditer(rf"\b{kind}\s+(?:of|for|to|on)\s+(?:the\s+)?[A-Z][\w'’&-]*"
                                     rf"(?:\s+(?:(?:of|for|and|on|&)\s+)?[A-Z][\w'’&-]*){{0,5}}", paragraph)
        }
    found.discard(kind)
    return found.pop() if len(found) == 1 else None


_KINDS_NAMED_IN_FULL = frozenset("""academy commission society association federation institute foundation trust
    agency league""".split())
"""Kinds of body that, before a post ("Academy president"), stand for the one body of the kind the article names in
full. Not "union": a "union leader" is a trade union's, and the union an article names in full is often the
European Union (a "union" before a post is read by the ``_NOUNS_OF_A_BODY`` rule before this one anyway)."""


def _the_one_body_of_kind(kind: str, context: _Context) -> str | None:
    """The one body of ``kind`` the article names in full, with the kind first ("the Academy of Motion Picture Arts
    and Sciences", "Commission for Racial Equality") or last ("the Acme Trust"); none if it names none or several."""
    if context.words is None:
        return None
    title_kind = kind.capitalize()
    found = {
        re.sub(r"^The\s+", "", (match.group("first") or match.group("last")).strip())
        for match in re.finditer(
            rf"(?P<first>\b{title_kind}\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|on|&)\s+)?"
            rf"[A-Z][\w'’&-]*){{0,6}})|(?P<last>(?<![\w'’&.-])[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|on|&)\s+)?"
            rf"[A-Z][\w'’&-]*){{0,5}}\s+{title_kind})\b", context.words.text)
    }
    found = {name for name in found if name.split()[0] not in _NOT_BODY_WORDS and name != title_kind}
    return found.pop() if len(found) == 1 else None


_COUNCIL_PORTFOLIO_WORDS = _LOWER_CASE_TITLE_WORDS | frozenset("""and & planning transportation highways resources
    services waste leisure regeneration adult care people place community governance democratic corporate
    performance property assets estates wellbeing learning skills neighbourhoods safety""".split())
"""General vocabulary of English local-government portfolios: "Director of Planning and Transportation"."""
_OTHERS_POSSESSIVE = re.compile(r"\b(?:its|their|his|her)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
"""A possessive pronoun before a title: the post is of a body named elsewhere, not of the article's council."""
_KINDS_OF_BODY = frozenset("""magazine newspaper paper journal firm company bank club label broadcaster website
    studio network station channel agency charity retailer airline carrier insurer lender publisher tank think-tank
    organisation organization""".split())
"""Nouns that say what a body is: between its name and a title ("Vibe magazine president") they go with the body."""
_SHORT_ACRONYM = re.compile(r"[A-Z]{2,3}")
_KINDS_IN_A_NAME = frozenset("festival museum gallery theatre orchestra zoo airport hospital prison".split())
"""Nouns that end a body's name written after it in lower case ("V festival", "Riverton museum"): with the name
before them they are the body, not part of a post after them."""


_TIERED_COUNCIL_FIRST = re.compile(
    r"(?P<council>(?:Borough|County|District|City|Parish|Town)\s+Council)(?:\s+(?P<post>[A-Z].*))?")
"""A council named by its tier alone before a post in title case ("Borough Council Conservation Officer")."""


_TIERED_COUNCILLOR = re.compile(r"(?:county|borough|district|city|parish|town|community) councillor")
_GIVEN_NAME_THEN_CAPITAL = re.compile(r"([A-Z][a-z]+)\s+[A-Z][\w-]*$")
_A_FACILITY = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*?(?:Allotments?|Playing\s+Fields?|Recreation\s+Ground|Facility|Cemetery"
    r"|Churchyard|Depot|Car\s+Park)$")
"""A place a post is exercised at, not a body ("officer at the Allotments", "manager for the Bio-Energy
Facility"); an association or committee of one ends in its own kind and is kept."""


def _fact(person: str, match: re.Match[str], offset: int, context: _Context, patterns: _Patterns,
          place_of: _Place) -> RoleFact | None:
    title = patterns.titles[_title_key(match.group("role"))]
    organisation: str | None = None
    strict = place_of.kind != "before"
    modifiers = _modifiers(match.group("pre") or "", offset + match.start("pre"), strict, context,
                           place_of.sentence)
    if modifiers is None:
        return None
    modifiers = _bounded_body(modifiers, match, offset, context)
    if _DESCRIBED.search(match.string, max(0, match.start("role") - 60), match.start("role")):
        return None  # "he would make a great chancellor": what the speaker thinks of someone, not a post held
    if any(word in _DESCRIBING_WORDS for word in modifiers.words):
        # "the equally unconventional director X": the words say what the holder is like, not which post it is
        modifiers = dataclasses.replace(modifiers, words=tuple(
            word for word in modifiers.words if word not in _DESCRIBING_WORDS))
    if not strict and "," in match.string[match.end("role"):] and not _opens_apposition(match):
        return None  # "Jane Roe - Chairman, Tom Lee": a list, the title is the name before's
    if not strict and "," in match.string[match.end("role"):] and any(
        name.end < offset + match.start("role") and not context.text[name.end : offset + match.start("role")].strip()
        for name in context.names
    ):
        return None  # "Present: Jane Roe Chairman, Tom Lee": the title follows the name before, not this one
    if not strict and _ENDS_A_CLAUSE.search(match.group("comp") or ""):
        return None  # "a spokesman for the party called on Jane Roe": she is the object, not the spokesman
    if not strict and _ENDS_WITH_KIND_OF_BODY.search(match.group("comp") or ""):
        return None  # "a director at analyst Acme": the name is the body the complement describes
    leads_a_section = (title.role == "leader" and bool(modifiers.proper)
                       and all(word.lower() in _SECTIONS for word in modifiers.proper.split()))
    title_cased = (strict and match.group("role")[:1].isupper() and bool(modifiers.proper) and not leads_a_section
                   and not _party_in(modifiers.proper, context.party_names)
                   and all(is_common_word(word) or word in ("and", "&") for word in modifiers.proper.split()))
    if match.group("role").isupper() and match.group("role") != title.role and modifiers.words:
        # "Due to personal problems PCSO Jo Bell": an abbreviation spelt out ("PCSO", "RFO") is the whole post;
        # the lower-case words before it are the sentence's
        modifiers = dataclasses.replace(modifiers, words=())
    tiered_council = _TIERED_COUNCIL_FIRST.fullmatch(modifiers.proper) if title_cased else None
    if tiered_council is not None:
        # "Jo Bell, Borough Council Conservation Officer": the council of that tier, then the post in title case
        modifiers = dataclasses.replace(modifiers, proper=tiered_council.group("council"), words=(
            *(tiered_council.group("post") or "").lower().split(), *modifiers.words))
    elif title_cased:
        # "Jo Bell (Customer Information Centre Manager)": a post written in title case, not a body's name
        modifiers = dataclasses.replace(
            modifiers, words=(*modifiers.proper.lower().split(), *modifiers.words), proper="")
    if leads_a_section:
        # "Group Scout Leader", "Youth Leader": who is led, part of the post, not a body
        modifiers = dataclasses.replace(
            modifiers, words=(*modifiers.proper.lower().split(), *modifiers.words), proper="")
    if modifiers.proper.lower() in _POST_KINDS | _KINDS_OF_BODY | _NOUNS_OF_A_BODY:
        # "Festival director X" opening a sentence: the kind of body, capitalised for the sentence, not its name
        modifiers = dataclasses.replace(modifiers, words=(modifiers.proper.lower(), *modifiers.words), proper="")
    if (modifiers.proper and _is_country(modifiers.proper)
            and _ITS_RIGHT_BEFORE.search(match.string, 0, max(0, modifiers.proper_start - offset))):
        # "Acme has drafted in its UK chief executive X": the country is the post's area, "its" says whose it is
        modifiers = dataclasses.replace(modifiers, words=(modifiers.proper, *modifiers.words), proper="")
    if (modifiers.proper and modifiers.words and modifiers.words[0] == "bank"
            and _SHORT_ACRONYM.fullmatch(modifiers.proper)):
        # "KX bank economist": two or three letters alone name no bank; "Bank" is part of its name
        modifiers = dataclasses.replace(modifiers, proper=f"{modifiers.proper} Bank", words=modifiers.words[1:])
    elif modifiers.proper and modifiers.words and modifiers.words[0] in _KINDS_OF_BODY:
        # "Vibe magazine president": the noun says what the body named before it is; it is no part of the post
        modifiers = dataclasses.replace(modifiers, words=modifiers.words[1:])
    elif modifiers.proper and modifiers.words and modifiers.words[0] in _KINDS_IN_A_NAME:
        # "V festival director", "Riverton museum curator": the noun ends the body's name, which the BBC writes in
        # lower case; the post is what follows it
        modifiers = dataclasses.replace(modifiers, proper=f"{modifiers.proper} {modifiers.words[0].capitalize()}",
                                        words=modifiers.words[1:])
    if (title.role in _MAKER_OF_WORK and not modifiers.words and not modifiers.owner and modifiers.proper
            and context.words is not None and _names_a_work(modifiers.proper, context)):
        # "Ruritania Nights director X" in a piece about films: the film he made, not a body he works for
        modifiers = dataclasses.replace(modifiers, proper="")
    if (place_of.kind == "before" and len(modifiers.words) >= 3 and modifiers.words[1] == "and"
            and not modifiers.proper and not modifiers.owner):
        modifiers = _with_listed_fields(modifiers, match, offset, context)
    demonym, _, portfolio = modifiers.proper.partition(" ")
    if (title.role in _PORTFOLIO_TITLES and demonym in _countries() and portfolio and not modifiers.owner
            and all(is_common_word(word) or word in ("and", "&") for word in portfolio.split())):
        # "German Economy minister X": the country's minister, whose portfolio is the economy
        modifiers = dataclasses.replace(modifiers, words=(*portfolio.lower().split(), *modifiers.words), proper="",
                                        nationality=demonym)
    ex_party = _EX_WORD.search(match.group("pre") or "")
    if (modifiers.status == "former" and title.complement == "place" and ex_party is not None
            and _is_party_name(ex_party.group(1), context.party_names)
            and not _STATUS_WORD.search((match.group("pre") or "").replace(ex_party.group(0), " "))):
        # "ex-UKIP MEP Jo Bell": she has left the party, not the seat
        modifiers = dataclasses.replace(modifiers, status=None, proper=modifiers.proper.replace(ex_party.group(1), "")
                                        .strip())
    if (modifiers.status == "former" and title.complement == "place"
            and (sacked := _SACKED.search(match.group("pre") or "")) is not None
            and not _STATUS_WORD.search((match.group("pre") or "").replace(sacked.group(0), " "))):
        # "Sacked MP Jo Bell": sacked from a party's list or a job, not from the seat, which voters give
        modifiers = dataclasses.replace(modifiers, status=None)
    pre = modifiers.proper
    pre_start = modifiers.proper_start
    party = _party_in(pre, context.party_names)
    place = _place_in(pre, context.party_names)
    if place and title.complement == "place" and all(
        _NATIONALITY.fullmatch(word) or word == "Green" for word in place.split()
    ):
        place = None  # "Scottish Labour MSP", "French Green MEP": who sits for the nation or party, no constituency
    nation = modifiers.nationality
    if place and title.attach == "House of Commons" and place.split()[0] in _countries() and (
            place.split()[0] not in _UK_NATIONALITIES):
        nation, place = place.split()[0], None  # "Australian Labor MP": sits in Australia's parliament, no seat named
    # The words of the post come between the body or place and the title: "Tory shadow home secretary".
    role = _with_words(title.role, [word for word in modifiers.words if not (party and word in ("party", "group"))])
    if _TIERED_COUNCILLOR.fullmatch(title.role):
        role = title.role  # "apologised for omitting Borough Councillor C Doe": a council's tier ends the post's words
    if not strict and match.group("comp") and (_CLAUSE_WORD.search(match.group("comp"))
                                               or _PASSIVE_BY.search(match.group("comp"))):
        return None  # "the director at Acme has given evidence against his ex-boss X": a clause, not a title's body
    raw_comp = (match.group("comp") or "").strip()
    if strict and (verb := _VERB_AFTER_BODY.search(raw_comp)):
        raw_comp = raw_comp[: verb.start("verb")]  # "Jo Bell, director of Acme attended": the verb ends the aside
    comp = _name_like_prefix(raw_comp, title)
    site = _A_SITE.fullmatch(raw_comp) if not comp and (match.group("prep") or "").lower() in ("of", "at") else None
    described_then_named = _APPOSED_BODY.match(context.text, offset + match.end("comp")) if (
        not comp and raw_comp and raw_comp == (match.group("comp") or "").strip()
        and _says_what_body(raw_comp)) else None
    if described_then_named is not None and any(
            name.start <= described_then_named.start("body") < name.end for name in context.names):
        described_then_named = None
    if place_of.kind == "before" and raw_comp and (last := raw_comp.split()[-1])[:1].isupper() and (
            is_given_name(last) and not is_common_word(last)):
        return None  # "head of the Acme Agency Doug Bell" read as Jo Bell's: Doug Bell holds it, another person
    if _CLAUSE_WORD.search(comp) or len(comp.split()) > _MAX_SUBJECT_WORDS:
        return None  # the "subject" runs on into a clause: the title is not in apposition to this name
    if (title.role in _MAKER_OF_WORK and _WORK_TITLE.fullmatch(comp) and context.words is not None
            and _names_a_work(comp, context)):
        comp = ""  # "director of About a Boy" in a piece about films: the film he made, not a body he works for
    comp_start = offset + match.start("comp") if comp else -1
    abroad = _IN_A_PARLIAMENT.match(context.text, offset + match.end("role")) if (
        title.attach == "House of Commons") else None
    foreign = (abroad.group("country") or _countries().get(abroad.group("demonym") or "")) if abroad else None
    foreign = foreign if foreign in _foreign_countries() else None
    if foreign is not None:
        comp, comp_start = "", -1  # "an MP in Ruritania's parliament": a member of that country's, not of the Commons
    if (match.group("prep") or "").lower() == "of" and _AN_AWARDS_TIME.match(match.group("comp") or ""):
        return None  # "Technology Leader of the Year", "boss of the season": an award or a count, no post of a body
    if not strict and match.group("comp") and _ENDS_WITH_FUNCTION_WORD.search(match.group("comp")):
        return None  # "minister at the centre of the Jo Bell row": the name is inside the complement's phrase
    if not strict and match.group("comp") and _ENDS_WITH_AND.search(match.group("comp")):
        return None  # "Managing Director of Acme and Mr Jo Bell": the title is the name's before the "and"
    if not strict and comp and any(comp_start <= name.start < comp_start + len(comp) for name in context.names):
        return None  # "Chairman of the council in Jo Bell and Al Hunt": the title is the other name's
    if match.group("owner"):
        organisation = _council_in(context, offset + match.start("owner"), offset + match.end("owner"))
    pre_council = _council_in(context, pre_start, pre_start + len(pre)) if pre else None
    if pre_council is None and tiered_council is not None:
        # "Borough Council Conservation Officer": the article's council of that tier, as for "Borough Councillor"
        pre_council = _implicit_organisation(title, context, pre_start, role, tiered_council.group("council")
                                             .split()[0].lower())
    if pre_council is not None:
        organisation = pre_council
    elif party and title.role in ("leader", "group leader", "deputy leader"):
        deputy = "deputy " if title.role == "deputy leader" else ""
        if title.role == "group leader" or _council_leader(match, context):
            role = f"{deputy}leader of the {party} group"
        else:
            role = f"{deputy}leader"
            organisation = _party_organisation(party)
    elif (party and _is_party_name(pre, context.party_names) and title.complement != "place"
          and not (modifiers.owner and title.role.endswith("mayor"))):
        organisation = _party_organisation(party)  # "Lib Dem chairman", "Tory spokesman"
    elif party and place and title.complement != "place" and resolve_council_name(place) is None and (
        _party_organisation(party) is not None
    ):
        role, organisation = f"{place} {role}", _party_organisation(party)  # "UKIP Scotland chairman"
    elif modifiers.owner and place and title.complement != "place":
        role = f"{place} {role}"  # "Screen International's US editor": the body is the owner's
    elif place:
        role, organisation = _with_place(title, place, role, context.councils.councils)
    if organisation is None and modifiers.owner:
        organisation = _owner_body(modifiers.owner, offset + match.start("pre"), context)
        if (organisation is not None and title.role in _SIDES_POSTS
                and organisation == resolve_council_name(modifiers.owner) != modifiers.owner):
            organisation = modifiers.owner  # "Ayton's coach": the county's side; no council has a coach
    if (role == "group leader" and not party) or (title.role == "head" and not comp and not (
            place_of.kind == "before" and organisation is not None and role == "head" and not party
            and _body_named(organisation, pre_start, context) == organisation)):
        # a bare "head" is no post ("the head of the queue"), but "Acme head Jo Bell" is the body's
        return None
    if title.role == "leader" and _MARKET_BEFORE.search(match.group("pre") or ""):
        return None  # "market leader Acme Dairy": a firm's standing, not a post anyone holds
    if title.role in _PLAYERS_POSITIONS and comp and (match.group("prep") or "").lower() == "of":
        return None  # "a strong defender of the agreement": a cause's champion; a club's is "Ayton United defender"
    if role == "councillor" and not (party or comp or pre_council or place):
        return None  # "Councillor Jane Roe" is a form of address, not a statement of office
    if (comp and title.role == "spokesperson" and party and match.group("prep").lower() == "for"
            and organisation is not None and organisation == _party_organisation(party)):
        role = f"{role} for {comp}"  # "Tory spokesman for the Cabinet Office": the party's, on that department
    elif (comp and modifiers.owner and organisation is not None and (match.group("prep") or "").lower() == "of"
          and _A_FIELD_IN_CAPITALS.fullmatch(comp)
          and all(is_common_word(word) for word in comp.split() if word not in ("and", "&"))):
        role = f"{role} of {comp.lower()}"  # "the Acme Front's Director of Intelligence": a field of the owner's
    elif comp:
        prep = _OF_FOR_TO.get(match.group("prep").lower(), match.group("prep"))
        comp_role, comp_organisation = _complement(title, comp, comp_start, prep, context)
        apposed = _APPOSED_BODY.match(context.text, comp_start + len(comp)) if (
            not comp_organisation and _says_what_body(comp)) else None
        if apposed is not None and not any(name.start <= apposed.start("body") < name.end for name in context.names):
            # "chairman of Ruritania's biggest bank, Acme Savings": the description, then the body's name
            comp_role, comp_organisation = None, _body_named(apposed.group("body"), apposed.start("body"), context)
        if comp_organisation and organisation is not None and _covers_after_for(match, modifiers):
            # "Jo Bell, Acme Bank country director for the West Bank and Gaza": the body is named before the post;
            # what "for" names is where or what the post covers
            comp_role, comp_organisation = comp, None
        if comp_role:
            role = f"{role} {match.group('prep').lower()} {comp_role}"
        if comp_organisation:
            organisation = _without_a_place_after_and(comp_organisation)
            kind, _, name = organisation.partition(" ")
            if kind in _KINDS_IN_CAPITALS and name[:1].isupper():
                organisation = name  # "managing director of ISP Acme Online": what the body is, then its name
            if modifiers.nationality in _HOME_NATIONS:
                role = f"{modifiers.nationality} {role}"  # "Welsh secretary of the BMA": the body's Welsh branch
            elif (country := modifiers.nationality or (modifiers.proper if not modifiers.owner else "")) and (
                    _is_country(country)):
                # "Jo Bell, UK economist at Acme Bank": the country the post covers at the body named after it (a
                # demonym, "British director of Acme", says where the holder is from and stays out)
                role = f"{country} {role}"
    if organisation is None and site is not None:
        organisation = site.group("site")  # "editor of online news site acme.biz": a site named in lower case
    if (organisation is None and not comp and described_then_named is None and not modifiers.owner
            and (match.group("prep") or "").lower() in ("of", "at") and raw_comp == (match.group("comp") or "").strip()
            and (kind := _the_kind_alone(raw_comp)) is not None):
        # "Jo Bell, chief executive of the firm, said": the firm the sentence or headline names
        organisation = _body_named_by_its_kind(kind, context, offset + match.start("comp"))
    if organisation is None and described_then_named is not None:
        # "manager of merchant banking firm, Acme Financial Services": the description, then the body's name
        organisation = _body_named(described_then_named.group("body").rstrip("."), described_then_named.start("body"),
                                   context)
    if (organisation is None and not comp and not modifiers.owner and not modifiers.proper and modifiers.words
            and modifiers.words[0] in _NOUNS_OF_A_BODY and role.startswith(f"{modifiers.words[0]} ")):
        body = _body_the_sentence_names(modifiers.words[0], context, offset + match.start("role"))
        if body is not None:
            # "Acme has closed two shops, company spokesman X said": the post is Acme's, the noun is no part of it
            role, organisation = role.removeprefix(f"{modifiers.words[0]} "), body
    elif (organisation is None and not comp and not modifiers.owner and not modifiers.proper
          and all(word in _LOWER_CASE_TITLE_WORDS for word in modifiers.words)
          and (kind_of := _KIND_POSSESSIVE.search(match.group("pre") or "")) is not None):
        # "Acme will appeal, said the company's president X", "the party's Treasury spokesman": the body the
        # sentence (else the headline) names
        organisation = _body_the_sentence_names(kind_of.group(1).lower(), context, offset + match.start("role"))
        if organisation is None and kind_of.group(1).lower() in _TEAM_KINDS:
            # "Acme boss Al Hunt ... The club's managing director X": the club the article named before
            organisation = _body_of_kind_named_before(kind_of.group(1).lower(), context, offset + match.start("role"))
    elif (organisation is None and not modifiers.owner and not modifiers.proper
          and (kind_of := (_KIND_POSSESSIVE_IN.match(comp) if comp else None)
               or _KIND_POSSESSIVE_BEFORE.search(match.string, max(0, match.start("role") - 80),
                                                 match.start("role"))) is not None):
        # "Scottish magazine The List ran a poll. The magazine's music editor X said": the body it named (also
        # before a post over a subject, "the charity's head of policy", whose complement names no body)
        organisation = _body_of_kind_named_before(kind_of.group(1).lower(), context, offset + match.start("role"))
        if organisation is None and kind_of.group(1).lower() in _ANY_KIND:
            # "The Association of Acme Staff said ... Jo Bell, the organisation's president, said": the body the
            # sentence before opens with as its subject
            organisation = _body_the_sentence_before_opens_with(
                context, _sentence_bounds(context.text, offset + match.start("role"), offset + match.end("role"))[0])
    elif (organisation is None and not comp and not modifiers.owner and not modifiers.proper
          and (its := _BODY_THEN_ITS.search(context.text, max(0, offset + match.start("role") - 120),
                                            offset + match.start("role"))) is not None
          and (body := _body_before_its(its, context)) is not None):
        # "Acme and its former chief executive X", "proceedings against Acme, its chairman X": Acme's post
        organisation = body
    elif (organisation is None and not comp and not modifiers.owner and not modifiers.proper
          and _ITS_BEFORE.search(match.string, max(0, match.start("role") - 40), match.start("role"))
          and (body := _body_its_refers_back_to(context, offset + match.start("role"))) is not None):
        # "The Acme Council said more went. But few changed, said its chief executive X": the body the sentence
        # before opens with, when this one names none before "its"
        organisation = body
    elif (organisation is None and not comp and not modifiers.owner and not modifiers.proper
          and _THEIR_BEFORE.search(match.string, max(0, match.start("role") - 40), match.start("role"))
          and (body := _body_its_refers_back_to(context, offset + match.start("role"), _OPENS_WITH_THEIR)) is not None
          and context.words is not None
          and re.search(rf"(?<![\w'’-]){re.escape(body)}{_AS_A_TEAM}", context.words.text) is not None):
        # "Acme Rovers were sold on Monday. Their chairman, X, said": British usage gives a side "their", as "have"
        organisation = body
    elif (organisation is None and not match.group("comp") and not modifiers.owner and not modifiers.proper
          and (role in _FIRMS_POSTS or re.sub(rf"^(?:(?:{'|'.join(_RANKS)})\s+)+", "", role) in _FIRMS_POSTS
               or _without_country(role) in _FIRMS_POSTS)
          and not context.councils.councils
          and not context.home_body and _FIELD_THEN_BODY.match(context.text, offset + match.end()) is None
          and not _WHOSE.search(match.string, max(0, match.start("role") - 40), match.start("role"))):
        # "Acme lost $2bn, said chief executive X", or under the headline "Acme loses bankruptcy battle" (not
        # "X, senior vice-president, health, at Acme": ``_with_body_after`` reads the field, then the body)
        organisation = _body_the_sentence_names("company", context, offset + match.start("role"))
    if (organisation is None and not match.group("comp") and not modifiers.owner and not modifiers.proper
            and _SPEAKS_FOR_A_BODY.fullmatch(role) and not context.councils.councils and not context.home_body
            and not _WHOSE.search(match.string, max(0, match.start("role") - 40), match.start("role"))):
        # "Communications director X said Acme would act": who speaks for a body speaks for the one named
        organisation = _body_the_sentence_names("company", context, offset + match.start("role"))
    if (organisation is None and not match.group("comp") and not modifiers.owner and not modifiers.proper
            and role == "chair" and not context.councils.councils and not context.home_body
            and not _WHOSE.search(match.string, max(0, match.start("role") - 40), match.start("role"))):
        # "a boost for chairman X" under "Profit rise for Acme", in a report of "Acme's shares": the firm's
        organisation = _firm_the_headline_names(context, offset + match.start("role"))
    if (organisation is None and not comp and not modifiers.owner and not modifiers.proper and not modifiers.words
            and (_TEAM_POSTS.fullmatch(role) or role == "chair") and not context.councils.councils
            and not context.home_body and _only_an_opening(
                context.text[place_of.sentence : offset + match.start("role")], place_of.sentence, context)):
        # "Acme Rovers must decide soon. | Manager X said ...": a team's or a board's post opening its sentence is
        # the body's that the sentence before opens with as the one who acts
        organisation = _body_the_sentence_before_opens_with(context, place_of.sentence)
    if (organisation is None and not comp and not modifiers.owner and not modifiers.proper and modifiers.words
            and modifiers.words[0] in _POST_KINDS and role.startswith(f"{modifiers.words[0]} ")
            and (body := _body_of_kind_named_before(modifiers.words[0], context, offset + match.start("role")))):
        # "The Public Accounts Committee found ... Committee chairman X said": the committee the article named
        role, organisation = role.removeprefix(f"{modifiers.words[0]} "), body
    if (organisation is None and role in ("leader", "deputy leader") and not comp and not modifiers.owner
            and not modifiers.proper and not context.councils.councils and context.home_council is None):
        # "The Liberal Democrats launched their platform, with leader X saying": the one party the sentence names
        organisation = _the_one_party_in_sentence(context, offset + match.start("role"))
        if organisation is None and not _names_a_party(context, offset + match.start("role")):
            # "Leader X said the cuts would work" under "Tories pledge tax cuts": the party the headline
            # says acts (not one it names as an object: "Blair attacks Tories" is no Tory's story)
            organisation = _party_the_headline_opens_with(context)
    if organisation is None and role.startswith("shadow ") and not modifiers.owner and not modifiers.proper:
        # "For the Tories, shadow home secretary X said": an opposition post is the party's the sentence names
        organisation = _the_one_party_in_sentence(context, offset + match.start("role"))
    if (organisation is None and not comp and not modifiers.owner and title.role in _COMMITTEE_POSTS
            and not title_cased):
        organisation = context.home_council if title.attach == "council" else None
        organisation = organisation or context.home_body  # "Present: Jo Bell (Secretary)" in its minutes
    if (organisation is None and not comp and not modifiers.owner and not modifiers.proper
            and _NATIONAL_POST.search(role) and _THE_COUNTRYS.search(match.string, max(0, match.start("role") - 60),
                                                                      match.start("role"))):
        # "Riverton's exports rose, the country's finance minister X said": the one country named
        organisation = _the_one_country_named(context, offset + match.start("role"))
    if (organisation is None and (not comp or (match.group("prep") or "").lower() == "for")
            and not modifiers.owner and not modifiers.proper and not modifiers.nationality
            and _STATE_POST.search(re.sub(r" for .*$", "", role))
            and not _OTHERS_POSSESSIVE.search(match.string, max(0, match.start("role") - 60), match.start("role"))):
        # "Ruritania may lose $1bn, according to tourism minister X", or under the headline "Ruritania reviews
        # deals" ("Ruritanians face ...", "the minister for civil aviation X" too: a portfolio names no body): the
        # post is the one foreign state named; a British minister's post names none (a UK story's)
        country = _the_one_country_named(context, offset + match.start("role")) or (
            "US" if role in _US_POSTS and _names_only_the_us(context, offset + match.start("role")) else None)
        organisation = country if country is not None and not _is_home_country(country) else None
    if organisation is None and modifiers.nationality in _countries() and _NATIONAL_POST.search(role):
        organisation = _countries()[modifiers.nationality]  # "French president", "Israeli industry minister"
    if (organisation is None and modifiers.nationality in _countries() and _TEAM_POSTS.fullmatch(role)
            and re.search(rf"\b[Tt]he\s+{re.escape(modifiers.nationality)}\s+$", match.group("pre") or "")
            and context.words is not None and re.search(
                rf"(?<![\w'’-]){re.escape(_countries()[modifiers.nationality])}{_AS_A_TEAM}", context.words.text)):
        # "the Bulgarian manager, X" where the article writes "Bulgaria are": the national side's manager ("the"
        # says which one; "Bulgarian manager X" alone may say only where he is from)
        organisation = _countries()[modifiers.nationality]
    if (organisation is None and title.attach == "House of Commons" and nation in _countries()
            and nation not in _UK_NATIONALITIES):
        organisation = _countries()[nation]  # "Kenyan MP": a member of Kenya's parliament, not of the Commons
    if organisation is None and foreign is not None:
        organisation = foreign
    if (organisation is None and not leads_a_section and not title_cased
            and not _OTHERS_POSSESSIVE.search(match.string, max(0, match.start("role") - 60), match.start("role"))):
        tier = _COUNCIL_TIER.match(comp) if comp else None
        # "chief executive of the Borough Council": that tier's council, never one of another tier
        organisation = _implicit_organisation(title, context, offset + match.start("role"), role,
                                              tier.group(1).lower() if tier else None)
    if organisation is not None and (compound := _LEADING_COMPOUND.match(organisation)) is not None:
        organisation = organisation[compound.end() :]  # "chief executive of US-based Acme": the body is Acme
    if organisation is not None and organisation.lower() in _GENERIC_BODIES:
        organisation = _full_name_of(organisation, context)  # "director of the Committee": which committee
    if organisation is not None and (organisation[-1:] in "-'’" or _ADJECTIVE_COMPOUND.search(organisation) or (
        _ENDS_POSSESSIVE.search(organisation) and " " not in organisation
        and organisation not in load_vocabulary().canonical_by_alias.values()
        and _name_with_s(re.sub(r"['’]s?$", "", organisation), context) != organisation
    )):
        organisation = None  # "president of one of Acme's divisions": a possessive, not the body's whole name
    if organisation is not None and (_A_FACILITY.search(organisation) or _COUNCIL_TIER.fullmatch(organisation)):
        # "Allotment Liaison Officer at the Allotments": a place the post is exercised at, no body; "Borough
        # Council Conservation Officer" where the article names no borough council: the tier alone names no body
        organisation = None
    if (organisation is not None and organisation in context.people and " " in organisation
            and is_given_name(organisation.split()[0]) and not _written_as_a_body((organisation,), context)):
        organisation = None  # "a spokesman for trade commissioner Jo Bell": a person's spokesman, not a body's
    if (organisation is None and not comp and not modifiers.owner and not modifiers.proper
            and _BARE_POSTS_OF_A_BODY.fullmatch(role)):
        # "Acme Rovers have won two games but chairman X says ...": the body the sentence opens with, as a team
        organisation = _body_the_sentence_opens_with(context, offset + match.start("role"))
    if organisation is None and not modifiers.owner and not modifiers.proper and _TEAM_POSTS.fullmatch(role):
        # "Director of rugby X said harsh words inspired his Acme side": the team the holder calls his
        organisation = _team_the_holder_calls_his(person, context, offset + match.end())
    if (organisation is None and not comp and not modifiers.owner and not modifiers.proper
            and (not modifiers.words or _TEAM_RANKS.match(role)) and _TEAM_POSTS.fullmatch(_TEAM_RANKS.sub("", role))
            and not context.councils.councils and not context.home_body):
        # "Manager X said Italy must improve": a national side, named by its country alone in the sentence; "a
        # new deal will tie assistant manager X to Acme Rovers": the one team the sentence names
        organisation = (_the_one_country_team_named(context, offset + match.start("role"))
                        or _the_one_team_the_sentence_names(context, offset + match.start("role"))
                        or _team_the_headline_names(context, offset + match.start("role")))
        if (modifiers.nationality and organisation in _country_names()
                and organisation != _countries().get(modifiers.nationality)):
            organisation = None  # "Belgian coach X said Ruritania were strong": his side is Belgium's, or where he
            # is from; the side the sentence names is another
    if (organisation is None and not comp and not modifiers.owner and not modifiers.proper and not modifiers.words
            and role in _POSTS_OVER_A_BODY and not context.councils.councils and not context.home_body):
        # 'According to the commission, ... "We have recommended ...," said chairman X': the body "the
        # commission" stands for, as the article named it before (the Low Pay Commission)
        organisation = _body_the_kind_stands_for(context, offset + match.start("role"))
    if (committee := _COMMITTEE_IN_POST.fullmatch(role)) is not None and (
            organisation is None if committee.group("what") else (
                organisation is not None and organisation == modifiers.proper and pre_council is None
                and not party)):
        # "Public accounts committee chairman X", "Riverton committee chairman X": the committee is the body
        named = committee.group("what") or f"{organisation} "
        role, organisation = committee.group("post"), _committee_name(f"{named}committee", context)
    if organisation is None and (committee := _POST_ON_A_HOUSES_COMMITTEE.fullmatch(role)) is not None:
        # "chairman of the Commons public accounts committee": a committee of Parliament is a body of its own
        role, organisation = committee.group("post"), _committee_name(f"{committee.group('what')}committee", context)
    if (organisation is None and not comp and not modifiers.owner and not modifiers.proper and modifiers.words
            and modifiers.words[0] in _KINDS_NAMED_IN_FULL and role.startswith(f"{modifiers.words[0]} ")
            and (body := _the_one_body_of_kind(modifiers.words[0], context)) is not None):
        # "Academy president X" in a piece naming the Academy of Motion Picture Arts and Sciences: that body's
        # president (the kind word names the body, it is no part of the post)
        role, organisation = role.removeprefix(f"{modifiers.words[0]} "), body
    if organisation is None and not comp and not modifiers.owner and (body_in_post := _body_leading_the_post(role)):
        role, organisation = body_in_post  # "European commission president X": the Commission's president
    if (organisation is None and not comp and not modifiers.owner and not modifiers.proper
            and not modifiers.nationality and re.search(r"\bminister$", title.role)
            and (state := _country_its_capital_stands_for(context, _sentence_at(context, place_of.sentence)))):
        organisation = state  # "Paris was more subdued, with finance minister X": the French government's minister
    if (organisation is None and not match.group("comp") and not modifiers.owner and not modifiers.proper
            and not modifiers.nationality and _POSTS_THE_SENTENCE_NAMES_THE_BODY_OF.fullmatch(role)
            and not context.councils.councils and not context.home_body
            and not _WHOSE.search(match.string, max(0, match.start("role") - 40), match.start("role"))):
        # "Acme Rovers want £6m for him, but chief executive X said ...": the one firm or team the sentence names
        organisation = _the_one_firm_or_team_the_sentence_names(context, offset + match.start("role"))
    if (organisation is None and not match.group("comp") and not modifiers.owner and not modifiers.proper
            and not modifiers.nationality and not title_cased and not context.councils.councils
            and not context.home_body
            and not _WHOSE.search(match.string, max(0, match.start("role") - 40), match.start("role"))
            and not _OTHERS_POSSESSIVE.search(match.string, max(0, match.start("role") - 60), match.start("role"))):
        # a bare post whose body only the context names: the one body of the kind it needs (p19e)
        organisation = _the_one_fitting_body(role, context, offset + match.start("role"), place_of.sentence)
    if organisation in _PARTY_GROUPS and role in ("leader", "deputy leader"):
        # "SNP Holyrood leader X", "Tory leader in the Lords X": the party's leader in one chamber, not the party's
        if (chamber := next((word for word in pre.split() if word in _CHAMBERS), None)) is not None:
            role = f"{chamber} {role}"
        elif (chamber_after := _IN_A_CHAMBER.match(match.string, match.end("role"))) is not None:
            role = f"{role} in the {chamber_after.group('chamber')}"
        if (nation := _A_PARTYS_NATION.search(f"{modifiers.nationality} {pre}")) is not None:
            role = f"{nation.group(1)} {role}"  # "Scottish Conservative Party leader X": the party in Scotland
    if (role == "secretary" and organisation is None and not comp and not modifiers.owner
            and modifiers.nationality in _HOME_NATIONS - {"English", "Irish"}):
        role = f"{modifiers.nationality} secretary"  # "the Scottish Secretary": the Cabinet's, for Scotland
    status = modifiers.status
    if _UNTIL_LATELY.match(match.string, match.end()) or _AT_THE_TIME.match(match.string, match.end()) or (
            place_of.kind != "before" and _WHO_LEFT.match(match.string, match.end())) or (
            place_of.kind != "before" and _in_an_earlier_year(match.string, match.end(), context)) or (
            _held_until_a_past_year(match.string, match.end(), context)):
        status = status or "former"  # "Jo Bell, head of Acme until last year": held no more
    if place_of.status is not None and not place_of.ended:
        status = status or place_of.status  # "Acme chairman Jo Bell is to step down": held, but not for long
    if place_of.kind == "replaced" or place_of.ended or (
        strict and _PAST_ASIDE.search(match.groupdict().get("sep") or "")
    ):
        status = status or "former"
    if status and not role.startswith(status):
        role = f"{status} {role}"
    if (organisation is not None and place_of.kind != "before" and organisation == pre.strip()
            and (given := _GIVEN_NAME_THEN_CAPITAL.match(organisation)) is not None
            and is_given_name(given.group(1)) and not is_common_word(given.group(1))
            and organisation not in load_vocabulary().canonical_by_alias
            and not _written_as_a_body((organisation,), context)):
        return None  # "Jo Bell, Tom Hale general manager": the post of a second person the name finder missed
    if _ENDS_IN_A_SMALL_WORD.search(role):
        return None  # "a spokesman for the Jo Bell-Al Hunt campaign": the name is inside the body's, no holder
    if organisation is not None and re.fullmatch(r"[A-Z]\.", organisation):
        organisation = None  # "Mrs. Fisher, M. Chief": an initial of the next name in a list, no body
    if title.role in _POSTS_ONLY_WITH_A_BODY and organisation is None and (
            status is None or title.role in _NO_FORMER_POST_WITHOUT_A_BODY):
        # "leaving coach X with a problem", "Jo Bell's coach X": whose coach is not read; "his ex-boss X": whom
        # someone worked for, a relation and no post, unless the body is named
        return None
    if organisation is not None and organisation in _EVENT_WORDS:
        organisation = _the_events_full_name(organisation, context)
    return RoleFact(person=person, role=role, organisation=organisation, paragraph=context.paragraph,
                    offset=place_of.sentence)


_A_FIELD_IN_CAPITALS = re.compile(r"[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?")
"""After a possessive body's "Director of", one or two capitalised ordinary words: the post's field ("Marketing",
"Sales and Marketing"), not a second body."""


_RANKED_KIND = re.compile(
    r"\b(?:biggest|largest|second-largest|second-biggest|third-largest|leading|oldest|top|main|major|fastest-growing)"
    r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$")
"""A complement that ranks a kind of body ("Europe's biggest carmaker", "the world's largest brewer"): a
description, whose name, set off by a comma, follows."""


def _says_what_body(comp: str) -> bool:
    """Whether a complement ends with what a body is, its name to follow ("Ruritania's biggest bank, Acme")."""
    return comp.split()[-1].lower() in _KINDS_OF_BODY or _RANKED_KIND.search(comp) is not None


_POSTS_THE_SENTENCE_NAMES_THE_BODY_OF = re.compile(
    r"(?:(?:deputy|assistant|vice|joint|co)[ -])?(?:chair|president|director|chief executive|managing director"
    r"|director general|vice-president|vice-chair|spokesperson)")
"""Bare posts of a body's head or voice (with a rank), whose body, when nothing beside the post names it, the
sentence names as a firm or team (``_the_one_firm_or_team_the_sentence_names``)."""


def _the_one_firm_or_team_the_sentence_names(context: _Context, position: int) -> str | None:
    """The one body the sentence around ``position`` names outside its quotations (leaving out one it names only as
    the other side of a dealing, "in talks with Rival FC"), when the article writes it as a firm ("Acme's shares",
    "firm Acme", ``_written_where_a_body_stands``) or as a team ("Acme Rovers have"): the body a bare head's post in
    the sentence is of ("Acme Rovers want £6m but chief executive X said the club are in talks with Rival FC"). Not
    the headline's (on the BBC development half that gave a film's director its film and a panel's chairman a
    player), not a kind alone ("the Committee"), not a word of a person's name."""
    if context.words is None:
        return None
    start, end = _sentence_bounds(context.text, position, position)
    sentence = context.text[start:end]
    named = {body for body in _bodies_named(sentence, context, lambda at, length: any(
        name.start < start + at + length and start + at < name.end for name in context.names))
        if not _only_a_counterpart(body, sentence, position - start)}
    if len(named) != 1:
        return None
    body = named.pop()
    text = context.words.text
    if body.lower() in _GENERIC_BODIES or any(word in _NOT_BODY_WORDS for word in body.split()) or any(
            word in person.split() for person in context.people for word in body.split()):
        # "in the Committee, our chairman X": which committee is not said; "Since May's chairman X": a date, no
        # body; "before Doe": a person
        return None
    if (_written_where_a_body_stands((body,), text)
            or re.search(rf"(?<![\w'’-]){re.escape(body)}{_AS_A_TEAM}", text)):
        return body
    return None


_CHAMBERS = frozenset("Holyrood Westminster Stormont Commons Lords Senate Assembly".split())
"""Parliaments and houses written between a party and "leader": the party's leader there ("SNP Holyrood leader")."""
_A_PARTYS_NATION = re.compile(r"\b(Scottish|Welsh)\b(?!\s+National\b)")
"""A nation before a UK party and "leader": the leader of the party's Scottish or Welsh branch, not of the whole
party ("Welsh Labour leader"); not the Scottish National Party's own name."""
_IN_A_CHAMBER = re.compile(
    r"(?:\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3})?\s*in\s+the\s+"
    r"(?P<chamber>Lords|Commons|[Aa]ssembly|Senate|Scottish Parliament|House of Lords|House of Commons)\b")
"""After a party leader's title, the chamber whose members it leads: "Tory leader in the Lords", "leader of the
Liberal Democrats in the assembly"."""
_ENDS_IN_A_SMALL_WORD = re.compile(r"\s(?:the|a|an|of|for|at|and|to|in)$")
"""A post whose words end in an article or a preposition: its phrase runs on past the name, which is inside it."""


_OPENS_WITH_A_TEAM = re.compile(
    r"(?P<body>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})\s+(?:have|are|were)\s+(?!been\b)")
"""A sentence opening with a name and a plural verb: a team or firm, of which British usage says "have", "are"."""


def _body_the_sentence_opens_with(context: _Context, position: int) -> str | None:
    """The body a sentence opens with as its subject, with a plural verb ("Acme Rovers have won ..."), when it is
    no person's, place's, country's or party's name."""
    start, _ = _sentence_bounds(context.text, position, position)
    opening = _OPENS_WITH_A_TEAM.match(context.text, start, position)
    if opening is None:
        return None
    body = opening.group("body")
    found = _bodies_named(body, context, lambda at, length: any(
        name.start < start + at + length and start + at < name.end for name in context.names))
    return body if found == {body} else None


_DESCRIBED_AS = (r"(?:(?:[A-Z][a-z-]+\s+(?:[a-z][a-z-]*\s+){0,2}(?:group|firm|company|maker|giant|body|chain|operator"
                 r"|bank|charity|union|watchdog|regulator|organisation|association|campaigners)|Bookmaker|Carmaker"
                 r"|Chipmaker|Retailer|Supermarket|Broadcaster|Watchdog|Regulator|Insurer|Airline|Brewer|Lender)"
                 r"\s+(?=[A-Z]))")
"""Before a body's name opening a sentence, what it is ("Civil rights group Acme said", "Bookmaker Acme said"): no
part of the name (a capitalised word, then lower-case words ending in a kind of body, or one such word that opens no
body's name: not "Bank", "Charity" or "Carrier", as in "Charity Commission")."""
_SUBJECT_THEN_VERB_PARTS = (
    r"[\"“‘']?(?:(?:But|And|Yet|So|However,)\s+)?(?:[Tt]he\s+)?",
    r"(?P<body>[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|&|for)\s+)?[A-Z][\w'’&.-]*){0,5})"
    r"(?:\s+\([A-Z][A-Za-z&.-]*[A-Z]\))?\s+"  # "The Acme Staff Association (ASA) said"
    r"(?:said|says|has|have|had|is|are|was|were|will|would|must|could|can|should|announced|added|told|insisted"
    r"|claimed|warned|argued|"
    r"believes|hopes|wants|(?!(?:based|owned|listed|led|backed|run)\b)[a-z]{3,}ed)\b")
_SUBJECT_THEN_VERB = re.compile("".join(_SUBJECT_THEN_VERB_PARTS))
"""A sentence opening with a name as the subject of a verb of saying or being, or of any regular past tense ("The
Acme Alliance said ...", "But the Acme Trust argued ...", "Acme reported a loss": a conjunction opening it does not
change its subject; "Acme-owned" or "Acme based" is no verb of its)."""
_DESCRIBED_SUBJECT_THEN_VERB = re.compile(_SUBJECT_THEN_VERB_PARTS[0] + _DESCRIBED_AS + _SUBJECT_THEN_VERB_PARTS[1])
"""The same after what the body is ("Bookmaker Acme said"), tried first: the body is the name after it."""


def _bodies_in_headline(context: _Context) -> set[str]:
    """The bodies the headline names (none without a headline)."""
    if not context.headline:
        return set()
    people = {word for name in context.people if _may_be_a_person(name, context) for word in name.split()}
    headline = _HEADLINE_LABEL.sub("", context.headline)
    return _bodies_named(headline, context, lambda at, length: any(
        word in people for word in headline[at : at + length].split()), headline=True)


def _sentence_before(context: _Context, sentence_start: int) -> str:
    """The sentence before ``sentence_start``: in the paragraph, else the last of the one before ("" if none)."""
    if sentence_start > 0:
        before = [start for _, start in _sentence_ends(context.text) if start < sentence_start]
        return context.text[(before[-1] if before else 0) : sentence_start]
    if context.words is not None and context.paragraph > 0:
        text = context.words.paragraphs[context.paragraph - 1]
        ends = [start for _, start in _sentence_ends(text) if start < len(text.rstrip())]
        return text[(ends[-1] if ends else 0) :]
    return ""


def _body_the_sentence_before_opens_with(context: _Context, sentence_start: int) -> str | None:
    """The body the sentence before ``sentence_start`` (in the paragraph, else the last of the one before) opens
    with as its subject, when it is no person's, place's, country's or party's name."""
    if sentence_start > 0:
        text = context.text
        before = [start for _, start in _sentence_ends(text) if start < sentence_start]
        start, stop, names = (before[-1] if before else 0), sentence_start, context.names
    elif context.words is not None and context.paragraph > 0:
        text = context.words.paragraphs[context.paragraph - 1]
        ends = [start for _, start in _sentence_ends(text) if start < len(text.rstrip())]
        start, stop, names = (ends[-1] if ends else 0), len(text), ()
    else:
        return None
    for pattern in (_DESCRIBED_SUBJECT_THEN_VERB, _SUBJECT_THEN_VERB):
        opening = pattern.match(text, start, stop)
        body = _subject_body(opening, context, names) if opening is not None else None
        if body is not None:
            return body
    return None


def _subject_body(opening: re.Match[str], context: _Context, names: Sequence[NameSpan]) -> str | None:
    """The name a sentence opens with as its subject (``_SUBJECT_THEN_VERB``), if it is a body's."""
    body = opening.group("body")
    # "Everton must decide ...": a one-word name the people stage took for a person's but the article never writes
    # as one (``_may_be_a_person``) may be the body
    people = [person for person in context.people if _may_be_a_person(person, context)]
    if any(word in body.split() for person in people for word in person.split()):
        return None  # a person's name, or a person's name inside it
    found = _bodies_named(body, context, lambda at, length: any(
        name.start < opening.start("body") + at + length and opening.start("body") + at < name.end
        and name.person in people for name in names))
    head = body.split(" for ")[0]
    # "The Acme Funding Council for England said": a name with "for" in it, which ``_bodies_named`` reads to "for"
    return body if found == {body} or (head != body and head in found and all(part in body for part in found)) else None


_ITS_RIGHT_BEFORE = re.compile(r"\b[Ii]ts\s+$")
"""Right before a country's name and a post: the post is a body's branch there ("its UK chief executive")."""


def _without_country(role: str) -> str:
    """A post without the country of the branch it heads ("UK chief executive" -> "chief executive")."""
    country, _, rest = role.partition(" ")
    return rest if rest and _is_country(country) else role

_ITS_BEFORE = re.compile(r"\b[Ii]ts\s+(?:(?:former|new|current|outgoing|acting|interim)\s+)?(?:[a-z][\w-]*\s+){0,2}$")
_CAPITALISED_INSIDE = re.compile(r"(?<=[a-z,;]\s)[A-Z]")


_OPENS_WITH_ITS = re.compile(r"\s*Its\s")
_THEIR_BEFORE = re.compile(
    r"\b[Tt]heir\s+(?:(?:former|new|current|outgoing|acting|interim)\s+)?(?:[a-z][\w-]*\s+){0,2}$")
_OPENS_WITH_THEIR = re.compile(r"\s*Their\s")


def _body_its_refers_back_to(context: _Context, position: int, opens_with: re.Pattern[str] = _OPENS_WITH_ITS
                             ) -> str | None:
    """The body the sentence before opens with as its subject, when the words of this sentence before ``position``
    name nothing "its" (or, for a side, "their": ``opens_with``) could stand for (no capitalised word but the
    first, quotations aside)."""
    start, _ = _sentence_bounds(context.text, position, position)
    words = re.sub(r"[\"“][^\"”]*[\"”]", " ", context.text[start:position])
    if _CAPITALISED_INSIDE.search(words) or (start == 0 and not opens_with.match(words)):
        return None  # a paragraph's first sentence refers back past the paragraph only when it opens with "Its"
    return _body_the_sentence_before_opens_with(context, start)


_PLAYERS_POSITIONS = frozenset({"striker", "defender", "midfielder", "goalkeeper", "winger", "full-back", "centre-back",
                                "centre-half", "fly-half", "scrum-half", "flanker", "batsman", "wicketkeeper"})
"""A player's positions (``roles.csv``): a post at the club or side named with them ("Ayton United defender Jo
Bell"); bare ("striker Jo Bell") a description, as an economist's is."""
_POSTS_ONLY_WITH_A_BODY = frozenset({"coach", "head coach", "boss", "governor", "deputy governor", "analyst",
                                     "economist", "strategist", "correspondent", "chief", *_PLAYERS_POSITIONS})
"""A side's coach, a club's or firm's boss: a post only with the body that the phrase, sentence or headline names, or
a former one. Bare, the body is most often named only elsewhere in the article, or the coach is an athlete's own;
on the BBC development half, 45 coaches and 45 bosses with a body came in (about 1 in 20 wrong), while half the bare
ones had a body the rules could not read. A governor too: bare ("approved by Governor X") it is a state's, a
school's or a prison's the sentence does not say; "Acme Bank governor X" is the bank's. An analyst, an economist, a
strategist, a correspondent or a body's "chief" too: a job at a firm ("an analyst at Acme Securities", "Acme Bank
economist X", "Acme chief X"), and bare ("technology analyst X", "police chief X") most often a commentator's
description or a post whose body the phrase does not say (on the BBC development half 50 analysts and economists
came with a body, 47 right by reading: the others a bank's name cut at a lower-case "bank" and two bodies whose
"Research" went into the post, mended since; 33 chiefs, all right but a chief constable, mended since)."""
_NO_FORMER_POST_WITHOUT_A_BODY = frozenset({"boss", "analyst", "economist", "strategist", "correspondent", "chief",
                                            *_PLAYERS_POSITIONS})
"""Of those, the ones not kept bare even when former: "his ex-boss X" is whom someone worked for, "former programmer
and technology analyst X" a commentator's description; a former coach bare is still a post the article gives (the
side often named elsewhere)."""
_SIDES_POSTS = frozenset({"coach", "head coach", "director of rugby", "director of football"})
"""Posts of a side and never of a council: a county's possessive before them names its side ("Ayton's coach"),
not the county council a place's name resolves to for other posts."""
_TEAM_POSTS = re.compile(r"(?:manager|head coach|coach|director of rugby|director of football|team manager)")
"""Posts over a team, whose holder's "his Acme side" names it."""
_HIS_TEAM = re.compile(r"\b(?:his|her)\s+(?:(?:new|young|current|struggling|injury-hit|depleted)\s+)?"
                       r"(?P<team>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2})\s+(?:side|team|squad|players)\b")


def _team_the_holder_calls_his(person: str, context: _Context, position: int) -> str | None:
    """The team named as "his Acme side" in the rest of the sentence after a post and its holder's name, unless the
    sentence names another person after the holder (whose side it may be) or the team is a person's name."""
    _, end = _sentence_bounds(context.text, position, position)
    found = _HIS_TEAM.search(context.text, position, end)
    if found is None or any(position < name.start < found.start() and name.person != person for name in context.names):
        return None
    team = found.group("team")
    if any(word in person.split() for person in context.people for word in team.split()):
        return None
    return team


_COMMITTEE_IN_POST = re.compile(r"(?P<what>(?:[a-z][a-z&-]* ){1,4})?(?:select )?committee (?P<post>"
                                r"chair|vice-chair|deputy chair|secretary|clerk)")
"""A post whose words name the committee it is held on ("public accounts committee chair")."""


_POST_ON_A_HOUSES_COMMITTEE = re.compile(
    r"(?P<post>(?:former |acting |interim )?(?:chair|vice-chair|deputy chair|clerk|member)) of the "
    r"(?:(?:house of )?(?:commons|lords)['’]?|parliamentary) (?P<what>(?:[a-z][a-z&-]* ){1,4}?)(?:select )?committee",
    re.IGNORECASE)
"""A post on a committee of either House, named in lower case ("chair of the Commons transport committee")."""


def _committee_name(words: str, context: _Context) -> str:
    """The committee's name as the article capitalises it ("the Public Accounts Committee"), else title-cased."""
    pattern = re.compile(rf"\b{re.escape(words)}\b", re.IGNORECASE)
    source = context.words.text if context.words is not None else context.text
    for found in pattern.finditer(source):
        if all(word[:1].isupper() for word in found.group().split()):
            return found.group()
    return " ".join(word if word.isupper() else word[:1].upper() + word[1:] for word in words.split())


_SPEAKS_FOR_A_BODY = re.compile(r"(?:chief |senior |official )?(?:spokesperson|communications director|director of "
                                r"communications|head of communications|press officer|media director)")
"""Posts whose holder speaks for a body: when the post names none, the body the sentence (else headline) names."""
_KIND_POSSESSIVE = re.compile(
    r"(?:^|\b(?:the|The)\s+)(company|firm|club|party|bank|airline|retailer|charity|union)['’]s\s+"
    r"(?:(?:new|current|present)\s+)?(?:[\w-]+\s+){0,2}$")
"""Before a title, the body named by its kind only ("the club's manager"), and the post's own words."""
_ANTECEDENT_KINDS = ("magazine newspaper network broadcaster channel festival organisation organization insurer "
                     "exchange agency charity publisher studio label retailer airline bank club").split()
_TEAM_KINDS = frozenset(("club", "team", "side"))
_ANY_KIND = frozenset(("organisation", "organization", "agency", "charity"))
"""Kinds that fit any body: "the organisation's president" may be the post of whichever body was just speaking."""
_TEAM_POST = r"(?:boss|manager|chairman|chairwoman|coach|captain|president|chief\s+executive|director\s+of\s+\w+)"
"""Posts a club's name stands before ("Acme Rovers boss X"): where an article names a club by what it does."""
_POST_KINDS = frozenset(("committee", "festival", "magazine", "newspaper", "network", "charity", "campaign"))
"""Nouns of a body's kind that, before a title, say whose post it is ("committee chairman", "festival director")."""
_KIND_POSSESSIVE_BEFORE = re.compile(
    rf"\b(?:the|The)\s+({'|'.join(_ANTECEDENT_KINDS)})['’]s\s+(?:(?:new|current|present)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}$")
"""Before a title, a body of a kind the article has named before ("the festival's executive director")."""
_KIND_POSSESSIVE_IN = re.compile(rf"^(?:the|The)\s+({'|'.join(_ANTECEDENT_KINDS)})['’]s\s+(?:[\w-]+\s+){{0,5}}"
                                 r"(?:division|department|unit|arm|business|operations|branch|office|section)$")
"""In a title's complement, a part of such a body ("managing director of the insurer's life division")."""
_NAME_WORDS = r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|&|de)\s+)?[A-Z][\w'’&.-]*){0,4}"


@functools.lru_cache(maxsize=64)
def _antecedent_pattern(kind: str) -> re.Pattern[str]:
    """Where an article names a body of ``kind``: "magazine The List", "the Ruritania Film Festival", "the Acme
    network", "Acme Life, Europe's largest insurer"."""
    title_kind = kind.capitalize()
    # a club is also named by the post of its manager or chairman before their name ("Acme boss Jo Bell")
    team = rf"|(?<![\w'’&.-])(?P<owning>{_NAME_WORDS})\s+{_TEAM_POST}\s+(?={_HONORIFIC}\s|[A-Z])" if (
        kind in _TEAM_KINDS) else ""
    return re.compile(
        rf"\b{kind}\s+(?P<after>(?:The\s+)?{_NAME_WORDS})"
        rf"|(?P<ending>{_NAME_WORDS}\s+{title_kind})\b"
        rf"|\bthe\s+(?P<before>{_NAME_WORDS})\s+{kind}\b"
        rf"|(?P<apposed>{_NAME_WORDS}),\s+(?:[\w'’-]+\s+){{0,5}}{kind}\b{team}")


def _body_of_kind_named_before(kind: str, context: _Context, position: int) -> str | None:
    """The body of ``kind`` the article last named before ``position`` in its paragraph: "Scottish magazine The
    List ran a poll. The magazine's editor X said" names The List. None if the article names none so."""
    if context.words is None:
        return None
    earlier = [*context.words.paragraphs[: context.paragraph], context.text[:position]]
    for text in reversed(earlier):
        found = [match for match in _antecedent_pattern(kind).finditer(text)]
        for match in reversed(found):
            name = next(group for group in match.groups() if group).rstrip(".")
            if re.search(r"[.!?]\s", name):
                continue  # words of two sentences, not one name
            words = name.split()
            kept = {"The"} if match.group("after") else set()  # "magazine The List": "The" is in its name
            while words and (words[0] in _NOT_BODY_WORDS - kept or words[0].lower() in _STATUS):
                words.pop(0)
            name = " ".join(words)
            if (not name or name in context.people or _is_country(name) or _NATIONALITY.fullmatch(name)
                    or name in _countries() or any(name in person.split() for person in context.people)):
                continue
            return name
    return None
_BODY_THEN_ITS = re.compile(
    r"(?<![\w'’&.-])(?P<body>[A-Z][\w'’&.-]*(?:\s+(?:(?:of|&|de)\s+)?[A-Z][\w'’&.-]*){0,4})\s*(?:,|\s+and)\s+its\s+"
    r"(?:(?:former|new|current|then|outgoing|acting|interim|ex-)\s+)?(?:[a-z][\w-]*\s+){0,2}$")
"""A body's name, then "its" right before a post: the post is that body's."""


def _names_a_party(context: _Context, position: int) -> bool:
    """Whether the sentence around ``position`` names any party."""
    start, end = _sentence_bounds(context.text, position, position)
    return _party_pattern(tuple(context.party_names)).search(context.text, start, end) is not None


def _party_the_headline_opens_with(context: _Context) -> str | None:
    """The party a headline opens with as its subject ("Tories plan ...", "Lib Dems pledge ...")."""
    subject = _HEADLINE_SUBJECT.match(_HEADLINE_LABEL.sub("", context.headline or ""))
    if subject is None or not _is_party_name(subject.group("body"), context.party_names):
        return None
    party = _party_in(subject.group("body"), context.party_names)
    return _party_organisation(party) if party is not None else None


def _the_one_party_in_sentence(context: _Context, position: int) -> str | None:
    """The party the sentence around ``position`` names, if it names one party only."""
    start, end = _sentence_bounds(context.text, position, position)
    pattern = _party_pattern(tuple(context.party_names))
    named = [found for found in pattern.finditer(context.text, start, end)]
    parties = {context.party_names[found.group(1)] for found in named}
    if len(parties) > 1:
        # 'The Tories say so, with shadow chancellor X calling it a "Labour tax"': of two parties, the one the report
        # names, not the one inside a quotation (which may be the holder's own, or the one he attacks)
        parties = {context.party_names[found.group(1)] for found in named
                   if not _inside_quotation(context.text, found.start())}
    return _party_organisation(parties.pop()) if len(parties) == 1 else None


def _inside_quotation(text: str, at: int) -> bool:
    """Whether ``at`` in a paragraph falls inside quotation marks."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


_THE_COUNTRYS = re.compile(r"\b(?:the|The)\s+(?:country|nation)['’]s\s+(?:(?:new|current)\s+)?(?:[a-z][\w-]*\s+){0,2}$")
"""Before a state's post, the state named by its kind only ("the country's vice-president")."""


_VISITED_BEFORE = re.compile(
    r"\b(?:visiting|visits|visited|tour\s+of"
    r"|(?:arrived|arrives|arriving|returned|returns|returning|back|flew|flying|flies|travelled|travelling|went|going"
    r"|headed|heading)\s+(?:from|in|to|into)|(?:trip|visit|journey|mission|exports?|aid)\s+(?:to|into)"
    r"|(?:speaking|talks|summit|meeting|visit|trip|tour|stay|stop|stopover)\s+in)"
    r"\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a country's name, words that make it a place someone goes to or is in ("flew to Ruritania", "talks in
Ruritania", "back from Ruritania"): the state of a bare post only when the sentence names it otherwise too. Not
"to", "from" nor "in" alone, nor "exports from" ("according to Ruritania's law", "the minister from Ruritania",
"inflation in Ruritania rose, the minister said": its own), and not in a headline ("Confidence dips in Ruritania" is
where the story is)."""
_ANOTHER_HOLDERS_AFTER = re.compile(
    r"['’]s?\s+(?:(?:new|former|acting|interim|own)\s+)?(?:[a-z]+\s+)?(?:president|prime\s+minister|premier"
    r"|minister|leader|king|queen|ambassador|envoy|counterpart|chancellor|government|foreign\s+secretary)\b")
"""After a country's name, another holder's post ("met Ruritania's president"): not the bare post's state."""


def _a_place_visited(text: str, found: re.Match[str]) -> bool:
    """Whether a country's name (``_country_word``'s match in ``text``) is where someone goes or is, or another
    holder's state ("flew to Ruritania", "met Ruritania's president"), not a bare post's state. Tested in
    tests/unit/infer/test_roles.py (test_a_country_visited_*)."""
    return found.group(1) not in _countries() and (
        _VISITED_BEFORE.search(text, max(0, found.start() - 30), found.start()) is not None
        or _ANOTHER_HOLDERS_AFTER.match(text, found.end()) is not None)


def _the_one_country_named(context: _Context, position: int) -> str | None:
    """The one country (or its people: "Brazilian") the sentence around ``position`` names, else the headline."""
    start, end = _sentence_bounds(context.text, position, position)
    for text, at in ((context.text[start:end], start), (context.headline or "", None)):
        # a word of a person's name ("German Tolk") is no country's
        named = [found for found in _country_word().finditer(text) if not (
            any(name.start <= at + found.start() < name.end for name in context.names) if at is not None
            else any(re.search(rf"(?<![\w-]){re.escape(found.group())}\s+[A-Z]", person) for person in context.people))]
        countries = {_countries().get(found.group(1), found.group(1)) for found in named
                     if not _EVENT_AFTER.match(text, found.end())
                     and not (found.group(1) in _countries() and _describes_someone(text, found.end()))}
        if named and all(_a_place_visited(text, found) for found in named):
            return None  # "foreign minister X flew to Ruritania", "met Ruritania's president": where he went
        if named:  # "over the Iraq war": the sentence names the country, as no post's state; the headline adds none
            return countries.pop() if len(countries) == 1 else None
    return None


_AN_OPPONENT_BEFORE = re.compile(
    r"\b(?:against|over|beat|beating|beaten\s+by|lost\s+to|losing\s+to|loss\s+to|defeat\s+to|defeat\s+by"
    r"|draw\s+with|drew\s+with|v|vs\.?|versus)\s+(?:the\s+)?$")
"""Before a side's name, words that make it the side played, not the one a coach or manager in the sentence is over
(not "face" or "host": "Acme face Riverton and manager X ..." may be either side's)."""


def _the_one_country_team_named(context: _Context, position: int) -> str | None:
    """The one country the sentence around ``position`` names by its name (not its people's: "Brazilian striker X"
    is where a player is from), outside quotations, when the sentence names no other body (a club): the national
    side a bare team post ("manager", "head coach") is over."""
    start, end = _sentence_bounds(context.text, position, position)
    sentence = context.text[start:end]
    countries = set()
    for found in _country_word().finditer(sentence):
        if found.group(1) in _countries() or any(
                name.start <= start + found.start() < name.end for name in context.names):
            continue  # a people's word, or a word of a person's name
        if sum(sentence.count(mark, 0, found.start()) for mark in '"“”') % 2:
            continue  # what someone says: not what the report names
        if _AN_OPPONENT_BEFORE.search(sentence, 0, found.start()):
            continue  # "their loss to Wales", "the win against Scotland": the side played, not the holder's
        countries.add(found.group(1))
    if len(countries) != 1 or _bodies_named(sentence, context, lambda at, length: any(
            name.start < start + at + length and start + at < name.end for name in context.names)):
        return None
    return countries.pop()


_POSTS_OVER_A_BODY = frozenset({"chair", "president", "chief executive", "director general", "spokesperson",
                                 "general secretary", "executive director", "vice-chair"})
"""Bare posts a body's head or voice holds, whose body "the commission" of their sentence may stand for (not a bare
"director", which in the development half is nearly always a film's)."""
_A_KIND = re.compile(r"\b(?:(?P<the>[Tt]he)\s+)?(commission|committee|society|association|federation|institute|trust"
                     r"|foundation|charity|agency|union|festival|academy)\b(?!['’])")
"""A body referred to by its kind ("the commission"), which the article has named before; or a kind in a description
("the Commons work and pensions committee"), which makes "the agency" beside it ambiguous."""


def _body_the_kind_stands_for(context: _Context, position: int) -> str | None:
    """The body the article named before that "the commission" (or another kind of body) stands for, when the
    sentence around ``position`` names no body and, outside its quotations, refers to one kind only, else when the
    sentence before does."""
    start, end = _sentence_bounds(context.text, position, position)
    sentence = context.text[start:end]
    if _bodies_named(sentence, context, lambda at, length: any(
            name.start < start + at + length and start + at < name.end for name in context.names)):
        return None
    before = [at for _, at in _sentence_ends(context.text) if at < start]
    for text in (sentence, context.text[before[-1] if before else 0 : start] if start else ""):
        outside = re.sub(r"[\"“][^\"”]*(?:[\"”]|$)", " ", text)  # a quotation running past the sentence's end too
        kinds = {(found.group(2), bool(found.group("the"))) for found in _A_KIND.finditer(outside)}
        if len({kind for kind, _ in kinds}) > 1:
            return None
        if kinds:
            kind, definite = kinds.pop()
            return _body_of_kind_named_before(kind, context, position) if definite and not kinds else None
    return None


_TEAM_RANKS = re.compile(r"^(?:assistant|first-team|reserve-team|youth-team)\s+(?=\S)")
"""Ranks under a team's head ("assistant manager"): the holder serves the same team."""
_AS_A_TEAM = r"\s+(?:have|are|were)\s+(?!been\b)"
"""After a body's name, the plural verb British usage gives a side ("Acme Rovers have", "Acme are")."""


def _the_one_team_the_sentence_names(context: _Context, position: int) -> str | None:
    """The one body the sentence around ``position`` names outside its quotations, when the article writes it as a
    team (``_AS_A_TEAM``): the side a bare team post ("manager", "assistant manager") in the sentence is over
    ("Acme Rovers are waiting to learn the future of manager X", "a deal which will tie them to Acme")."""
    if context.words is None:
        return None
    start, end = _sentence_bounds(context.text, position, position)
    sentence = context.text[start:end]
    named = _bodies_named(sentence, context, lambda at, length: any(
        name.start < start + at + length and start + at < name.end for name in context.names))
    if len(named) != 1:
        return None
    team = named.pop()
    if re.search(rf"{_AN_OPPONENT_BEFORE.pattern}{re.escape(team)}\b", sentence):
        return None  # "manager X's side lost to Acme Rovers": the side played, not the holder's
    return team if re.search(rf"(?<![\w'’-]){re.escape(team)}{_AS_A_TEAM}", context.words.text) else None


def _team_the_headline_names(context: _Context, position: int) -> str | None:
    """The one body the headline names, when the article writes it as a team ("Acme Rovers have", "Acme are": the
    plural verb British usage gives a side) and the sentence around ``position`` names no body nor country: the side
    a bare "manager" is over in a story about it."""
    if not context.headline or context.words is None:
        return None
    start, end = _sentence_bounds(context.text, position, position)
    sentence = context.text[start:end]
    if _country_word().search(sentence) or _bodies_named(sentence, context, lambda at, length: any(
            name.start < start + at + length and start + at < name.end for name in context.names)):
        return None
    people = {word for name in context.people if _may_be_a_person(name, context) for word in name.split()}
    headline = _HEADLINE_LABEL.sub("", context.headline)
    named = _bodies_named(headline, context, lambda at, length: any(
        word in people for word in headline[at : at + length].split()), headline=True)
    if len(named) != 1:
        return None
    team = named.pop()
    return team if re.search(rf"(?<![\w'’-]){re.escape(team)}\s+(?:have|are|were)\s+(?!been\b)",
                             context.words.text) else None


_DESCRIBES_SOMEONE = re.compile(r"\s+(?P<words>(?:[a-z][\w-]*\s+){1,2})[A-Z][a-z]+\s+[A-Z]")


def _describes_someone(text: str, end: int) -> bool:
    """Whether a people's word is followed by a noun that is no post, then a name ("American sprinter Jo Bell"):
    where someone is from, not the state of a post ("Israeli prime minister Jo Bell" is)."""
    described = _DESCRIBES_SOMEONE.match(text, end)
    if described is None:
        return False
    words = described.group("words").split()
    titles = load_patterns().titles
    return not any(_title_key(" ".join(words[index:])) in titles for index in range(len(words)))


_EVENT_AFTER = re.compile(r"\s+(?:war|wars|conflict|invasion|crisis|campaign|inquiry|dossier|tsunami|earthquake)\b")
"""After a country's name, a word that makes it an event's name ("the Iraq war"): not the state a post is of."""


@cache
def _country_word() -> re.Pattern[str]:
    """A country's name or its people's ("Brazil", "Brazilian"), as a whole word."""
    names = sorted({*_countries(), *_country_names()}, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])({one_of(names)})(?:(?<=[a-z])s)?(?![\w-])")  # "Brazilians": its people too


def _body_before_its(its: re.Match[str], context: _Context) -> str | None:
    """The body named right before "its", unless it is a person's, a place's or a party's name."""
    body_start = its.start("body")
    if any(name.start < its.end("body") and body_start < name.end for name in context.names):
        return None  # "Jo Bell and its chairman": a person, not a body
    found = _bodies_named(its.group("body"), context, lambda at, length: False)
    return found.pop() if len(found) == 1 and its.group("body").endswith(next(iter(found))) else None


_WHOSE = re.compile(r"\b(?:whose|his|her|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""Before a post, whose it is: a body or person the clause has just named, not the story's."""
_FIRMS_POSTS = frozenset({"chief executive", "managing director", "chief operating officer", "chief financial officer",
                          "chief finance officer", "finance director", "spokesperson", "general secretary",
                          "vice-chair", "chief technology officer", "chief information officer", "commercial director",
                          "marketing director", "sales director", "senior vice-president",
                          "executive director"})
"""Posts of a firm (or a union's general secretary), whose body a business story names in the sentence or its
headline when not beside the post."""
_NOUNS_OF_A_BODY = frozenset("company firm club party bank airline retailer charity union".split())
"""A noun before a title that says whose post it is ("company spokesman", "club president") without naming it."""
_CANDIDATE_BODY = re.compile(r"(?<![\w'’&.-])[A-Z][\w'’&.-]*(?:\s+(?:(?:of|&|de)\s+)?[A-Z][\w'’&.-]*){0,4}")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|across|around|outside|throughout)\s+(?:the\s+)?$")
_NOT_BODY_WORDS = frozenset("""I The A An He She It They We You His Her Its Their Our But And Or So If In On At For
    From With By As To Of After Before When While Mr Mrs Ms Miss Dr Sir Dame Lord Lady Prof Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August September October November
    December Christmas Easter""".split())


def _body_the_sentence_names(noun: str, context: _Context, position: int) -> str | None:
    """The one body of the kind ``noun`` says that the sentence around ``position`` names: for "party" a party,
    otherwise a capitalised name that is no person's, place's, country's or nationality's ("Acme" of "Acme
    closed two shops, company spokesman X said"); none if it names none, or several."""
    start, end = _sentence_bounds(context.text, position, position)
    sentence = context.text[start:end]
    if noun == "party":
        party = _party_in(sentence, context.party_names) or _party_in(context.headline or "", context.party_names)
        if party is None and context.words is not None:
            # "His party leader, Jo Bell": the party, when the article names one only
            pattern = _party_pattern(tuple(context.party_names))
            parties = {context.party_names[found.group(1)] for paragraph in context.words.paragraphs
                       for found in pattern.finditer(paragraph)}
            party = parties.pop() if len(parties) == 1 else None
        if party is not None:
            return _party_organisation(party)
    found = _bodies_named(sentence, context, lambda at, length: any(
        name.start < start + at + length and start + at < name.end
        and not _written_as_a_body((name.person,), context) for name in context.names))
    # "said Acme's chief executive" beside "car maker Acme Tate", which the name finder read as a person: its name
    found = {next((name.person for name in context.names if name.surface == body and name.person.startswith(body)),
                  body) for body in found}
    if noun == "company" and len(found) == 1 and _only_a_counterpart(next(iter(found)), sentence, position - start):
        found = set()  # "chief executive X said the club are in talks with Acme": Acme is who they deal with
    if not found and noun != "party" and _only_an_opening(sentence[: position - start], start, context):
        # "Bookmaker Acme said the odds were cut. | Spokesman X said: ...": a post opening its sentence is the body's
        # that the sentence before opens with as the one who speaks or acts, before the headline's (which may name
        # the story's subject, not the speaker's body), unless that sentence names the headline's body too
        # ("Rival Ltd, owned by Acme, may be sold" under "Acme sales fall": Acme's chief executive speaks of it)
        body = _body_the_sentence_before_opens_with(context, start)
        before = _sentence_before(context, start)
        if body is not None and not any(other != body and other in before for other in _bodies_in_headline(context)):
            found = {body}
    if len(found) != 1 and context.headline:
        # "Acme to pay $14m in gun suit" over "..., company spokesman X said": the story's body; of several the
        # sentence names, the one the headline names too ("Acme told Reuters that Acme had bid for Rival Ltd")
        in_headline = _bodies_in_headline(context)
        found = (found & in_headline) if found else in_headline
        if len(found) > 1 and noun == "company":
            # "Acme sells Bolt stake to Ruritania" over '"...Acme is growing," said chief executive X': of the
            # headline's bodies, the one his quotation names too (not the headline's subject alone: "Acme sues
            # Rival Ltd" may be either's spokesman)
            quoted = found & _bodies_named(sentence, context, lambda at, length: False, quoted=True)
            found = quoted if len(quoted) == 1 else found
    if not found and noun == "company" and any(mark in sentence for mark in '"“”'):
        # '"The Fund will lend more," said managing director X': the one body the words he is quoted with name
        found = _bodies_named(sentence, context, lambda at, length: any(
            name.start < start + at + length and start + at < name.end for name in context.names), quoted=True)
    return found.pop() if len(found) == 1 else None


_OPENING_WORDS = re.compile(
    r"\s*(?:[\"“][^\"”]*[\"”]\s*(?:(?:said|says|added|adds|explained|insisted|warned|argued|continued)\s+)?)?"
    r"(?:(?:But|And|Yet|So|However,?|Meanwhile,?)\s+)?(?:[Tt]he\s+)?(?P<name>[^,]*,\s*(?:the\s+)?)?")
"""What may stand before a post that still opens its sentence: a quotation and its verb ('"We grew," said'), a
conjunction, "the", or the holder's name in apposition ("Jo Bell, the chief executive, said")."""


def _only_an_opening(before: str, start: int, context: _Context) -> bool:
    """Whether the words of a sentence (from ``start``) before a post say nothing of whose it is: only what
    ``_OPENING_WORDS`` allows, a name there being a person's the paragraph names."""
    opening = _OPENING_WORDS.match(before)
    if opening is None or before[opening.end():].strip(" \"“”'‘’:,"):
        return False
    if opening.group("name") is None:
        return True
    name_start, name_end = start + opening.start("name"), start + opening.end("name")
    return any(name.start == name_start and context.text[name.end : name_end].strip(" ,") in ("", "the")
               for name in context.names)


_COUNTERPART_BEFORE = re.compile(r"\b(?:with|against|versus|vs|v)\.?\s+(?:the\s+)?$")
"""Before a body's name, a word that makes it the other side of a dealing ("in dialogue with Acme")."""


def _only_a_counterpart(body: str, sentence: str, after: int) -> bool:
    """Whether the sentence names ``body`` only after ``after`` (the post) and only as the other side of a dealing
    ("talks with Acme", "the case against Acme"): not the body the post belongs to."""
    places = [found.start() for found in re.finditer(rf"(?<![\w'’&.-]){re.escape(body)}(?![\w&-])", sentence)]
    return bool(places) and all(
        at > after and _COUNTERPART_BEFORE.search(sentence, max(0, at - 16), at) is not None for at in places)


def _body_leading_the_post(role: str) -> tuple[str, str] | None:
    """A known body whose name opens the words of a post, written in lower case as the BBC writes "European
    commission" (``organisations.csv``): the rest of the words and the body's canonical name."""
    words = role.split()
    for length in (3, 2):
        if len(words) > length:
            name = " ".join(word[:1].upper() + word[1:] for word in words[:length])
            body = load_vocabulary().canonical_by_alias.get(name)
            if body is not None:
                return " ".join(words[length:]), body
    return None


def _firm_the_headline_names(context: _Context, position: int) -> str | None:
    """The one body the headline names that the article writes as a firm ("Acme's shares", "shares in Acme", "Acme,
    which", ``_body_pattern``), when the sentence at ``position`` names no other body: a club's or a panel's
    chairman is not the firm's, and a headline naming a club ("Celtic make bid") is not enough for a bare "chairman"
    (tried: another club's chairman), but a firm's shares or board are."""
    if not context.headline or context.words is None:
        return None
    people = {word for name in context.people if _may_be_a_person(name, context) for word in name.split()}
    headline = _HEADLINE_LABEL.sub("", context.headline)
    named = _bodies_named(headline, context, lambda at, length: any(
        word in people for word in headline[at : at + length].split()), headline=True)
    firms = {body for body in named if _written_where_a_body_stands((body,), context.words.text)}
    if len(firms) != 1:
        return None
    start, end = _sentence_bounds(context.text, position, position)
    in_sentence = _bodies_named(context.text[start:end], context, lambda at, length: any(
        name.start < start + at + length and start + at < name.end for name in context.names))
    return firms.pop() if not in_sentence or in_sentence == firms else None


_HEADLINE_SUBJECT = re.compile(r"(?P<body>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})\s+(?=[a-z])")
"""A headline's opening name before a lower-case word ("Acme sells ..."): who the headline says acts."""
_HEADLINE_LABEL = re.compile(r"^\s*[\w&'’-]+(?:\s+[\w&'’-]+)?:\s+")
"""A label of one or two words before a headline's colon ("Q&A: ...", "Profile: ..."): what kind of piece, no body."""


_A_BODYS_THINGS = ("shares|share price|board|profits?|earnings|sales|losses|debts|revenues?|executives|bosses|"
                   "auditors?|chief executive|chairman|headquarters|stake|shareholders|investors?|staff|workers|"
                   "employees|subsidiar(?:y|ies)|customers|products|models|stores|shops|factor(?:y|ies)|plants?|"
                   "directors|takeover|accounts")
"""What a possessive gives a firm or a club and no one person has ("Acme Bell's shareholders", "its auditors")."""
_KINDS_BEFORE_A_BODY = ("firm|company|group|giant|maker|carmaker|retailer|airline|insurer|lender|chain|brand|"
                        "label|broadcaster|publisher|conglomerate|bank")
"""A noun that right before a name says it is a body's ("mortgage giant Acme Bell", "car maker Acme Bell")."""


_BODY_THING_AFTER = (r"(?:['’]s?\s+(?:(?:largest|biggest|main|new|former|senior|top|own|annual|"
                     r"independent|current|(?:first|second|third|fourth)\s+quarter|(?:full|half)-year|pre-tax)\s+)?"
                     rf"(?:{_A_BODYS_THINGS})\b|\s*,?\s+which\b|\s+(?:Inc|plc|Ltd|Corp|AG|SA)\b)")


@functools.lru_cache(maxsize=4096)
def _body_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    name = "|".join(re.escape(form) for form in forms)
    return re.compile(
        rf"\b(?:{_KINDS_BEFORE_A_BODY})\s+(?:{name})\b(?!['’-])"
        rf"|(?<![\w'’-])(?:{name}){_BODY_THING_AFTER}"
        rf"|\b(?:[Ss]hares|stake|holding)\s+in\s+(?:{name})\b")


# ``_body_pattern``'s three alternatives cut at the name, each part compiled once (``_written_where_a_body_stands``).
_KIND_JUST_BEFORE = re.compile(rf"\b(?:{_KINDS_BEFORE_A_BODY})\s+\Z")
_SHARES_IN_JUST_BEFORE = re.compile(r"\b(?:[Ss]hares|stake|holding)\s+in\s+\Z")
_NO_WORD_JUST_BEFORE = re.compile(r"(?<![\w'’-])")
_WORD_ENDS_NO_MARK = re.compile(r"\b(?!['’-])")
_WORD_ENDS = re.compile(r"\b")
_BODY_THING_JUST_AFTER = re.compile(_BODY_THING_AFTER)


def _written_where_a_body_stands(forms: tuple[str, ...], text: str) -> bool:
    """Whether ``_body_pattern(forms)`` finds a match in ``text``, without compiling a pattern for the forms.

    The pattern reads each form literally, so it matches where some form occurs with the right words just before
    or just after it: those are tested at each occurrence with patterns compiled once, matched from the
    occurrence (what comes before still counts for ``\\b`` and look-behinds) or searched up to it (``\\Z`` at
    ``endpos``). Compiling the pattern cost about 1.5 ms, for about one article in five of the replicated BBC
    benchmark corpus (0.22 ms an article, 2 % of inference, measured over 2,000 articles).
    ``tests/unit/infer/test_roles.py`` checks that both agree on real and made-up text.
    """
    if any(not form or form[0].isspace() or form[-1].isspace() for form in forms):
        return _body_pattern(forms).search(text) is not None  # not a name: the pattern itself
    for form in forms:
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if (_NO_WORD_JUST_BEFORE.match(text, start) and _BODY_THING_JUST_AFTER.match(text, end)) \
                    or (_WORD_ENDS_NO_MARK.match(text, end) and _KIND_JUST_BEFORE.search(text, 0, start)) \
                    or (_WORD_ENDS.match(text, end) and _SHARES_IN_JUST_BEFORE.search(text, 0, start)):
                return True
            start = text.find(form, start + 1)
    return False


def _written_as_a_body(forms: tuple[str, ...], context: _Context) -> bool:
    """Whether a name the people stage read as a person's is a firm's or club's: the article writes it where a body
    stands ("mortgage giant Acme Bell", "Acme Bell's shareholders", "Acme Bell, which", "shares in Acme Bell") and
    never gives a word of it an honorific ("Mr Bell"). A person is "who", holds no shares as a possessive's
    shareholders, and is called Mr or Ms somewhere in a news report."""
    if context.words is None:
        return False
    text = context.words.text
    if not _written_where_a_body_stands(forms, text):
        return False
    words = {word for form in forms for word in form.split()}
    return not any(re.search(rf"\b{_HONORIFIC}\s+(?:[A-Z][\w'’-]*\s+)?{re.escape(word)}\b", text) for word in words)


def _may_be_a_person(name: str, context: _Context) -> bool:
    """Whether a name the people stage found may be a person's, for reading a headline: not when it ends with a
    body's word ("Acme Holdings"), is one word that is no given name and that the article never writes after an
    honorific or a given name ("Ericsson sees earnings improve": the firm), or is written where a body stands
    ("mortgage giant Acme Bell": ``_written_as_a_body``)."""
    words = name.split()
    if words[-1] in _BODY_WORDS | _MORE_BODY_WORDS:
        return False
    if _written_as_a_body((name,), context):
        return False
    if len(words) > 1 or is_given_name(name) or context.words is None:
        return True
    return re.search(rf"(?:\b{_HONORIFIC}|\b[A-Z][a-z]+)\s+{re.escape(name)}\b", context.words.text) is not None


def _sentence_case(headline: str) -> bool:
    """Whether a headline capitalises only its first word and names ("Weak sales hit Acme"), so that a common word
    capitalised after its first is a name."""
    words = [word for word in headline.split()[1:] if word[:1].isalpha()]
    return len(words) >= 2 and sum(word[:1].islower() for word in words) * 2 > len(words)


_AN_EVENT_AFTER = re.compile(r"\s+(?:(?:19|20)\d\d\b|(?:speech|keynote|conference|convention|expo|exhibition|summit|"
                            r"show|trade\s+show|fair|festival|awards|ceremony|games|tournament|final|finals)\b)")
"""After a name, a year or a noun that makes it an event's ("Riverton 2004", "the Acme World conference")."""
_A_PLACE_AFTER = re.compile(r"\s+(?:(?:extension|exploration|oil|gas|development|industrial|business|retail|"
                            r"conservation|catchment)\s+)?(?:area|areas|region|field|fields|basin|block|blocks|coast|"
                            r"valley|estate|stadium|ground|airport|park|mine|reserve|reserves)\b")
"""After a name, a noun that makes it a place's ("the Riverton extension area", "the Acme stadium")."""
_REGION = re.compile(r"(?:(?:[NSEW]|[NS][EW]|South|North|East|West|Central|Southern|Northern|Eastern|Western|South-East"
                     r"|South-West|Latin|Sub-Saharan)\s+)?(?:Asia|Africa|Europe|America|Americas|Oceania|Caribbean|Balkans"
                     r"|Arctic|Antarctic|Pacific|Atlantic|Middle East|Far East|Asia-Pacific)")
"""A continent or a region of the world ("S Asia"): a place, no body."""
_SOURCE_BEFORE = re.compile(r"\b(?:(?i:according)\s+to|told|quoted\s+by|reported\s+by|quoted\s+in)\s+(?:the\s+)?$")
"""Before a name, what makes it the report's source ("According to the Daily Ledger"), not a body a post is of."""


def _bodies_named(sentence: str, context: _Context, is_person: Callable[[int, int], bool],
                  headline: bool = False, quoted: bool = False) -> set[str]:
    """The capitalised names in ``sentence`` that are no person's, place's, country's, nationality's or party's:
    outside its quotations, or (``quoted``) inside them only."""
    found: set[str] = set()
    unwritten: set[str] = set()
    for candidate in _CANDIDATE_BODY.finditer(sentence):
        if is_person(candidate.start(), len(candidate.group())):
            continue  # a person's name
        if (sum(sentence.count(mark, 0, candidate.start()) for mark in '"“”') % 2) != quoted:
            continue  # inside a quotation: what someone says, not what the report names (unless ``quoted``)
        if _PLACE_PREPOSITION.search(sentence, max(0, candidate.start() - 8), candidate.start()):
            continue  # "in Riverton": a place
        if _SOURCE_BEFORE.search(sentence, max(0, candidate.start() - 20), candidate.start()):
            continue  # "told the Daily Ledger": where the words were reported
        if _AN_EVENT_AFTER.match(sentence, candidate.end()):
            continue  # "lifted by Riverton 2004", "at his annual Acme World speech": an event, not a body
        if _A_PLACE_AFTER.match(sentence, candidate.end()):
            continue  # "exploration in the Riverton extension area", "at the Acme stadium": a place, not a body
        words = re.sub(r"['’]s?$", "", candidate.group().rstrip(".")).split()
        while words and (words[0] in _NOT_BODY_WORDS or words[0].lower() in _STATUS
                         or words[0].lower() in _NOT_PLACE_WORDS):
            words.pop(0)  # "Former union leader X": the sentence's opening word, no body's name
        if not words:
            continue
        name = " ".join(words)
        opening = _OPENS.search(sentence, 0, candidate.start()) is not None  # as does a quotation's first word
        if (len(words) == 2 and is_given_name(words[0]) and is_census_surname(words[1])
                and not _written_as_a_body((name,), context)):
            continue  # a person the name finder missed
        if (_is_country(name) or _NATIONALITY.fullmatch(name) or name in _countries() or _REGION.fullmatch(name)
                or any(_title_key(word) in load_patterns().titles for word in words)
                or all(word.lower() in _LOWER_CASE_TITLE_WORDS for word in words)
                or _party_in(name, context.party_names)
                or (opening and " " not in name and context.words is not None
                    and name.lower() in context.words.lower_case)):
            continue  # a place, a nation, a party, a title's word, or a word capitalised only to open the sentence
        if len(name) <= 2 and name.isalpha() and not name.isupper():
            continue  # "Ad sales boost ...": a word of two letters in sentence case (an acronym is in capitals)
        if " " not in name and (name.upper() in _NOT_ORGANISATION_ACRONYMS or name in _NOT_BODY_WORDS or (
                (opening or (headline and not _sentence_case(sentence))) and is_common_word(name)
                and not (headline and _a_name_not_a_word(name, context)))):
            continue  # "TV", or a headline's or sentence's first word, capitalised only for that
        if headline and opening and " " not in name and not _written_in_article(name, context):
            unwritten.add(name)
            continue
        found.add(_name_with_s(name, context))  # "McDonald's to sponsor ...": a name always written with its "'s"
    if unwritten and not any(_written_in_article(name, context) for name in found):
        return found | unwritten
    return found  # "Ad sales boost Acme profit": a headline's first word the article never writes, beside one it does


_OPENS = re.compile(r"(?:^[\"“‘']?|[\s:,(][\"“‘'])\s*$")
"""Before a word, what makes it the first of a sentence or of a quotation: capitalised for that, no name."""


def _a_name_not_a_word(word: str, context: _Context) -> bool:
    """Whether a common word ("Fox", "Next") is a name in this article: written capitalised inside sentences at
    least twice and never in lower case ("network Fox", "from Fox's schedules"), so the headline's "Fox ..." is it."""
    if context.words is None or word.lower() in context.words.lower_case:
        return False
    return len(re.findall(rf"(?<![.!?:\"“])\s+{re.escape(word)}\b", context.words.text)) >= 2


def _written_in_article(name: str, context: _Context) -> bool:
    return context.words is None or re.search(rf"(?<![\w'’&.-]){re.escape(name)}(?![\w&-])",
                                              context.words.text) is not None


_A_SITE = re.compile(r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}?(?P<site>[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)*"
                     r"\.(?:com|net|org|biz|info|tv|fm|io|co\.uk|org\.uk))")
"""A web site's address, after what it is ("online news site acme.biz"): the body, though written in lower case."""
_AT_THE_TIME = re.compile(r"\s*,?\s*at\s+(?:the|that)\s+time\b")
"""Right after a post, "at the time": held then, not now ("Jo Bell, chief executive at the time, said")."""
_WHO_LEFT = re.compile(
    r"\s+who\s+(?:has\s+|had\s+)?(?:resigned|quit|stepped\s+down|stood\s+down|retired|died"
    r"|was\s+(?:sacked|ousted|dismissed|fired|killed|replaced))\b"
    r"(?=\s*(?:[.,;:]|$|(?:as|from|after|over|for|with|amid|in|on|at|aged|last|this|earlier|yesterday|today|and|but"
    r"|by)\b))")
"""Right after a post in apposition, a clause saying its holder left it ("Jo Bell, the Acme chairman who resigned
last week"): held no more."""
_UNTIL_LATELY = re.compile(rf"\s*{_HELD_UNTIL}\b", re.IGNORECASE)
"""Right after a post, a time it was held up to, now past."""
_IN_YEAR = re.compile(r"\s*,?\s+in\s+(?:the\s+(?:(?:early|mid|late)[\s-]+)?(?=\d{4}s))?((?:19|20)\d\d)(s?)\b"
                      r"(?!\s*(?:-|–|to\b))")
"""A year ("in 1979") or a decade ("in the 1980s") right after a post or its holder."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _in_an_earlier_year(text: str, position: int, context: _Context) -> bool:
    """Whether a post is dated, right after it or its holder, to a year before a later one the article names ("Tory
    leader Jo Bell in 1979" in a report that names 2005): a post held then, not at the article's date."""
    dated = _IN_YEAR.match(text, position)
    if dated is None or context.words is None:
        return False
    year = int(dated.group(1)) + (9 if dated.group(2) else 0)  # a decade's last year
    return any(int(later) > year for later in _YEAR.findall("\n".join(context.words.paragraphs)))


_OPENING_YEAR = re.compile(
    r"\s*(?:(?:Back|Way|As\s+early\s+as)\s+)?(?:[Ii]n|[Bb]y)\s+(?:(?:the\s+)?(?:early|mid|late)[\s-]+)?(?:(?:January|February"
    r"|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)s?\b"
    r"(?!\s*(?:-|–|to\b))")
_LONG_BEFORE = 5
"""Years between a sentence's date and a later year the article names for its posts to be past ones."""


def _opens_long_before(left: str, context: _Context) -> bool:
    """Whether the sentence opens with a year long before a later one the article names ("In 1979, Tory leader Jo
    Bell won" in a report that names 2005): its posts were held then, not at the article's date."""
    dated = _OPENING_YEAR.match(left) if "19" in left or "20" in left else None
    if dated is None or context.words is None:
        return False
    year = int(dated.group(1))
    return any(int(later) >= year + _LONG_BEFORE for later in _YEAR.findall("\n".join(context.words.paragraphs)))


_SET_OFF_YEAR = re.compile(r",\s+in\s+((?:19|20)\d\d),\s")
"""A year set off by commas in a sentence's middle (", in 1969, she resigned"): when all the sentence tells happened."""
_PRESENT_OR_FUTURE = re.compile(r"\b(?:is|are|has|have|says|say|will|now|still|remains?)\b")


def _dated_long_before(sentence: str, context: _Context) -> bool:
    """Whether a sentence in the past tense dates itself, by a year set off by commas, long before a later year the
    article names ("After she opposed prime minister Jo Bell on the strike bill, in 1969, she resigned" in
    a report that names 2005): its posts were held then."""
    dated = _SET_OFF_YEAR.search(sentence) if "19" in sentence or "20" in sentence else None
    if dated is None or context.words is None or _PRESENT_OR_FUTURE.search(sentence.split('"')[0]):
        return False
    year = int(dated.group(1))
    return any(int(later) >= year + _LONG_BEFORE for later in _YEAR.findall("\n".join(context.words.paragraphs)))


_TOLD_IN_PAST = re.compile(r"\b(?:was|were|had|did|won|lost|swept|went|came|took|became|led|ran|beat|fought|stood"
                           r"|left|gave|saw|used|[a-z]{3,}ed)\b")
_CONTEMPORARY = re.compile(r"\b(?:since|joined|founded|born|set\s+up|established|launched|created|formed|started"
                           r"|began|age[ds]?|aged|said|told|added|argued|warned|claimed|insisted|explained|according"
                           r"|years?|ago)\b", re.IGNORECASE)
"""Words that tie a year to the holder's life or date a post's start ("chairman X, who founded Acme in 1985"), or a
speech verb: with them a sentence's year says nothing of whether the post is still held."""


def _told_of_long_before(sentence: str, context: _Context) -> bool:
    """Whether a sentence in the past tense tells of a time long before a later year the article names, by the only
    years it names ("The poster was used by Tory leader Jo Bell in the 1979 election" in a report that names 2005):
    its posts were held then. A sentence that also speaks in the present or the future, quotes, or dates the
    holder's life or the post's start ("since 1985", "founded in 1985") is no such story."""
    told = sentence.split('"')[0].split("“")[0]
    years = [int(year) for year in _YEAR_TOLD.findall(told)] if "19" in told or "20" in told else []
    if not years or context.words is None or not _TOLD_IN_PAST.search(told):
        return False
    if _PRESENT_OR_FUTURE.search(told) or _CONTEMPORARY.search(told):
        return False
    return max(years) + _LONG_BEFORE <= context.words.latest_year_told


_YEAR_TOLD = re.compile(r"\b(?=(?:19|20)\d\d\b)(?<!\bby )(?<!\bfor )(?<!\buntil )(?<!\btill )(?<!\bto )(?<!\bbefore )"
                        r"(?<!-)(?<!–)((?:19|20)\d\d)\b")
"""A year that dates what a sentence tells, not a deadline or a range's end ("by 2005", "until 2015", "2004-2010")."""


_PAST_TENSE = re.compile(r"\b(?:was|were|had|did)\b")


def _in_a_paragraph_dated_long_before(context: _Context, start: int, end: int) -> bool:
    """Whether a later sentence, in the past tense, of a paragraph that opens with a year long before a later one
    the article names ("In 1985 the pound fell. ... The leader, Jo Bell, was ...") tells of that time: every year
    the paragraph names up to the sentence is long before, and the sentence says nothing in the present."""
    if start == 0 or ("19" not in context.text[:start] and "20" not in context.text[:start]):
        return False
    sentence = context.text[start:end].split('"')[0]
    if not _PAST_TENSE.search(sentence) or _PRESENT_OR_FUTURE.search(sentence):
        return False
    if not _opens_long_before(context.text, context) or context.words is None:
        return False
    latest = max(int(year) for year in _YEAR.findall(context.text[:end]))
    return any(int(later) >= latest + _LONG_BEFORE for later in _YEAR.findall("\n".join(context.words.paragraphs)))


_EX_WORD = re.compile(r"(?<![\w-])[Ee]x-(\S+)")
_SACKED = re.compile(r"(?<![\w-])(?i:sacked)\b")
_STATUS_WORD = re.compile(rf"(?i:\b(?:{'|'.join(_STATUS)})\b)")
_LISTED_FIELD = re.compile(r"([A-Za-z]+),\s+$")


def _with_listed_fields(modifiers: _Modifiers, match: re.Match[str], offset: int, context: _Context) -> _Modifiers:
    """The fields a comma lists before "<field> and <field> <title>" ("Culture, Media and Sport Secretary"): the
    post's words, which the words before a title (no commas) leave out. Only common words written in the case of
    the field after them: "In Leeds, Media and Sport Secretary X" keeps the place out."""
    first = (match.group("pre") or "").split()[:1]
    if not first or first[0].lower() != modifiers.words[0]:
        return modifiers
    end = offset + match.start("pre")
    fields: list[str] = []
    while len(fields) < 3 and (listed := _LISTED_FIELD.search(context.text, 0, end)) is not None:
        word = listed.group(1)
        if word[:1].isupper() != first[0][:1].isupper() or not is_common_word(word) or any(
                name.start <= listed.start(1) < name.end for name in context.names) or (
                word.lower() in _NOT_MODIFIERS or word.lower() in _OPENERS or word.lower() in _TIME_WORDS):
            break
        fields.insert(0, word.lower())
        end = listed.start()
    if not fields:
        return modifiers
    words = (*(f"{field}," for field in fields), *modifiers.words)
    return dataclasses.replace(modifiers, words=words)


_APPOSED_BODY = re.compile(
    r"\s*,\s+(?:the\s+)?(?P<body>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&))*?)\s*(?=[,.;]|$)")
"""A body's name set off by commas after the noun that says what it is."""
_MARKET_BEFORE = re.compile(r"\b(?:market|world|industry|sector|brand|price)\s+$", re.IGNORECASE)
_NAME_FOLLOWS = re.compile(rf"\s+(?:{_HONORIFIC}\s+|(?:Ayatollah|Sheikh|King|Queen|Prince|Princess|President)\s+)?")


def _introduces_next_name(context: _Context, position: int) -> bool:
    """Whether a title in apposition is followed by a comma and another person's name ("Borough Councillor, Jo
    Bell, County Councillor, Al Hunt"): the title is the next name's, as in a list of posts and holders."""
    found = _NEXT_NAME.match(context.text, position)
    if found is None:
        return False
    return any(position < name.start <= found.end() and _ENDS_A_NAME.match(context.text, name.end) is not None
               for name in context.names)


_ENDS_A_NAME = re.compile(r"\s*(?:[,;.)]|and\b|or\b|$)")
_NEXT_NAME = re.compile(rf"\s*,\s*(?:{_HONORIFIC}\s+)?")
"""After a title in apposition, a comma and (the start of) another name: the title introduces that name."""
_KIND_AFTER = re.compile(rf"\s+(?:{'|'.join(word.capitalize() for word in sorted(_KINDS_OF_BODY))})\b")
"""After a one-word name, a capitalised noun for a kind of body ("Pro Magazine"): the name is the body's."""
_GLUED = re.compile(r"[\w-]")
"""Before a name, a character that makes it part of a longer word."""
_ENDS_POSSESSIVE = re.compile(r"['’]s?$")


_COUNCILLOR_BEFORE = re.compile(r"\b(?:Cllr|Coun|Councillor)\.?\s*$")


def _council_leader(match: re.Match[str], context: _Context) -> bool:
    """Whether a party's leader is its group's on a council ("Labour leader Cllr Jo Bell"), not the national
    party's ("Tory leader Jo Bell" in a report that names a council paragraphs away): a councillor's honorific, the
    parish or town council the article is about, or a council named in this paragraph or the one before."""
    if _COUNCILLOR_BEFORE.search(match.group(0)) or context.home_council is not None:
        return True
    return any(0 <= context.paragraph - span.paragraph <= 1 for span in context.councils.spans)


_BODY_AFTER = re.compile(
    r"\s*,\s*(?:the\s+)?(?P<body>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&|the))*)\s*(?:\)|[.:]?$)"
)


_FIELD_THEN_BODY = re.compile(
    r"\s*,\s*(?P<field>[a-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*){0,3}),\s+(?:at|of)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|&))*)")
"""After a post in apposition, a field written between commas and then the body: ", health, at Acme Corp"."""
_MAKER_OF_WORK = frozenset({"director", "producer"})
_WORK_TITLE = re.compile(r"(?!the\s)[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and))*"
                         r"(?:\s+(?:a|an|the|to|is|in|on|with|at|for|from)(?:\s+(?:[A-Z][\w'’-]*|of|and))+)+")
"""Capitalised words with a small word inside ("About a Boy", "Touching the Void"): written as a work's title."""
_WORKS = frozenset("film films movie movies documentary musical biopic".split())


def _names_a_work(proper: str, context: _Context) -> bool:
    """Whether capitalised words before "director" read as a work's title in an article about films or shows:
    no body's word, acronym, party or country among them (a studio or a club keeps the post)."""
    if context.words is None or not (_WORKS & context.words.lower_case):
        return False
    words = proper.split()
    return not (any(word in _BODY_WORDS or word in _MORE_BODY_WORDS or (word.isupper() and len(word) > 1)
                    for word in words)
                or _party_in(proper, context.party_names) or _is_country(proper))


_FIELD = r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}"
_FIELDS_LISTED = re.compile(rf"\s*,\s*(?P<fields>{_FIELD}(?:\s*,\s*{_FIELD})*\s+and\s+{_FIELD})(?=\s*(?:[,.;)]|$))")
"""After a post in apposition, the fields it covers, listed between commas: ", broadband and internet services,"."""


def _with_body_after(fact: RoleFact, match: re.Match[str], position: int, context: _Context) -> RoleFact:
    """An apposition title followed by a body's name that ends the aside: "Jo Bell (Operations Manager, Acme
    Foods)", "Jo Bell, Secretary, Wereham Village Hall." The body is the role's organisation; capitalised words
    before the title are then part of the post."""
    after = _BODY_AFTER.match(context.text, position + match.end())
    if after is None and not match.group("comp") and fact.organisation is None and "," in context.text[
            position + match.end() : position + match.end() + 2]:
        field = _FIELD_THEN_BODY.match(context.text, position + match.end())
        if field is not None and not any(word in _NOT_MODIFIERS and word != "and"
                                         for word in field.group("field").split()) and not any(
                name.start <= position + match.end() + field.start("body") < name.end for name in context.names):
            # "Jo Bell, senior vice-president, health, at Acme Corp": the post's field, then its body
            body = _body_named(field.group("body"), position + match.end() + field.start("body"), context)
            if body is not None:
                return dataclasses.replace(fact, role=f"{fact.role}, {field.group('field')}", organisation=body)
    if after is None and (fields := _FIELDS_LISTED.match(context.text, position + match.end())) is not None and (
            not match.group("comp") or match.group("comp").split()[-1].islower()) and not any(
            word in _NOT_MODIFIERS and word != "and" for word in fields.group("fields").replace(",", " ").split()) and (
            load_patterns().first_word.search(fields.group("fields")) is None):
        # "X, Acme's managing director, broadband and internet services, said": the fields the post covers
        return dataclasses.replace(fact, role=f"{fact.role}, {' '.join(fields.group('fields').split())}")
    if after is None or match.group("comp"):
        return fact
    body_start = position + match.end() + after.start("body")
    if any(name.start <= body_start < name.end for name in context.names) or re.match(
        rf"{_HONORIFIC}\s", after.group("body")
    ):
        return fact  # "Jo Bell - Chairman, Mr Al Hunt": the next name of a list, not a body
    body = after.group("body").rstrip(".")
    role = fact.role
    if fact.organisation and fact.organisation in match.group(0):
        role = f"{_normalise_subject(fact.organisation)} {role}"  # "Health and Safety Manager, Acme Foods"
    return dataclasses.replace(fact, role=role, organisation=body)


_LIST_ENTRY = re.compile(r"\S\s+[-–—]\s+(?:(?:vice|deputy|joint|co)[\s-]+)?$", re.IGNORECASE)
"""A dash between a name and the title after it: an entry of a list of those present."""


def _opens_apposition(match: re.Match[str]) -> bool:
    """Whether "<title>, <name>" reads as apposition: the title opens the sentence or follows an article or a
    possessive ("The chief executive, Jane Roe,"), rather than ending an entry of a list ("Tom Lee - Chair, ")."""
    if _LIST_ENTRY.search(match.string, max(0, match.start("role") - 30), match.start("role")):
        return False  # "Jo Bell - Chairman, Al Hunt": the title is the entry's before the dash, whatever its name
    # "A" followed by a capital is an initial ("Ms A Richardson - Vice-Chairman, ..."), not an article.
    if re.match(r"(?:[Tt]he\s|an?\s+[a-z]|An?\s+[a-z])", match.group(0)) or match.group("owner"):
        return True
    tokens = match.group("pre").split()
    if any(re.search(r"['’]s?$", token) or (token.lower() in _DETERMINERS and token not in ("A", "An")
                                           and (token.islower() or token == "The")) for token in tokens):
        return True
    return not match.string[: match.start()].strip()


def _is_party_name(pre: str, party_names: dict[str, str]) -> bool:
    """Whether the capitalised words before a title are only a party's name ("Lib Dem", "Tory")."""
    return _party_pattern(tuple(party_names)).sub("", pre).strip() in ("", "Party")


def _with_words(role: str, words: Sequence[str]) -> str:
    """The title with the words of the post written before it ("shadow" + "foreign" + "secretary")."""
    for word in reversed(words):
        if not role.startswith(word):
            role = f"{word} {role}"
    return role


def _owner_body(owner: str, start: int, context: _Context) -> str | None:
    """The body a possessive before a title names ("Ofsted's director", "the Liberal Democrats' spokesman");
    none for a person's ("Mr Blair's spokesman"), unless that "person" is a firm the article writes as one
    ("Acme's chief executive" beside "car maker Acme Bell": ``_written_as_a_body``)."""
    if re.match(rf"(?:{_HONORIFIC})\s", owner):
        return None  # "Mr Blair's": a person's
    listed, _, last = owner.rpartition(" and ")
    if listed and any(name.surface in listed for name in context.names):
        start, owner = start + owner.rindex(last), last  # "talks between Al Hunt and Ruritania's minister"
    elif listed and (_is_party_name(last, context.party_names) or last in load_vocabulary().canonical_by_alias):
        # "MP for Riverton Vale and Plaid Cymru's leader": a known body's name ends a list (here a seat's tail);
        # no body's name ends in "and" and another body's
        start, owner = start + owner.rindex(last), last
    named = [name for name in context.names if start <= name.start < start + len(owner) + 40
             and owner.endswith(name.surface.split()[-1])]
    if named:
        person = named[0].person
        if (len(named) == 1 and owner == named[0].surface and person.startswith(owner)
                and _written_as_a_body((person, owner), context)):
            return person
        if (len(named) == 1 and owner == person and not is_census_surname(person)
                and not _may_be_a_person(person, context)):
            return person  # "Spurs' sporting director": one word the article never writes as a person's
        return None
    if " " not in owner and any(name.person.split()[-1] == owner for name in context.names):
        return None  # "Lee's" in a paragraph naming Al Lee: a person's
    party = _party_in(owner, context.party_names)
    if party and _is_party_name(owner, context.party_names):
        return _party_organisation(party)
    return resolve_council_name(owner) or load_vocabulary().canonical_by_alias.get(owner) or _name_with_s(owner,
                                                                                                         context)


def _name_with_s(owner: str, context: _Context) -> str:
    """A body whose name ends in "'s" ("Lloyd's", "Moody's") keeps it: the article never writes the name without
    it, and writes it at least once where no possessive can stand (before a full stop or comma, a verb, "of")."""
    if context.words is None or not re.fullmatch(r"[A-Z][\w&.-]*", owner):
        return owner
    text = "\n".join(context.words.paragraphs)
    if re.search(rf"\b{re.escape(owner)}\b(?!['’])", text):
        return owner
    alone = re.search(rf"\b{re.escape(owner)}(['’]s)(?=\s*[,.;:)]|\s+(?:said|says|has|had|have|is|was|will|would"
                      rf"|of|and|in|at|on|to|for|announced|reported|added|told)\b)", text)
    return owner + alone.group(1) if alone is not None else owner


def _with_place(title: _Title, place: str, role: str, article_councils: Sequence[str] = ()) -> tuple[str, str | None]:
    """A role with the proper noun written before it: "Hexham MP", "Oldham councillor", "Ofsted's director".

    ``role`` is the title with the words of the post ("shadow home secretary"). A post any body has ("chief
    executive", "chairman") takes the place's council only when the article names that council: "Leeds
    chairman" in a report that names no council is the club's."""
    council = resolve_council_name(place) if title.attach == "council" or "mayor" in title.role else None
    if council is not None and council not in article_councils and not _council_post(title):
        council = None
    body = council or load_vocabulary().canonical_by_alias.get(place)
    if title.complement == "place":
        if body is not None and title.attach == "council":
            return role, body
        return f"{role} for {place}", None
    if body is not None:
        return role, body
    if title.role in _PORTFOLIO_TITLES:
        if re.fullmatch(r"[A-Z]{2,}", place) and place not in ("UK", "US", "USA"):
            return role, place  # "FCC deputy secretary": an acronym names a body, not a portfolio
        if _is_country(place) and place not in ("Europe", "EU") and place not in _HOME_NATION_COUNTRIES:
            return role, place  # "UK finance minister", "US secretary of state": the state's, whatever the portfolio
        return f"{place} {role}", None
    if title.attach and title.attach != "council":
        return role, title.attach  # "Hull headteacher": a place, the body is the title's own
    return role, place  # "Ryanair chairman", "Everton manager": the body the post belongs to


def _council_post(title: _Title) -> bool:
    """A post only a council has: a councillor, a mayor, a council leader or cabinet member."""
    return title.complement == "place" or any(word in title.role for word in ("council", "mayor", "cabinet"))


_NAME_PHRASE = re.compile(
    r"^(?:the\s+)?(?:[A-Z]|\d+(?:st|nd|rd|th)\s+[A-Z]|\d+(?!(?:st|nd|rd|th|s|m|bn|km|kg|mm|cm|ft|am|pm)\b)[A-Za-z])[\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|and|of|&|upon|on|under|for|the|in)(?=\s|$))*"
    r"(?:\s+\d{1,3}$)?"  # "Number 10", "Radio 4": a number ending the name
)


_DESCRIBING_NATIONALITY = (
    r"(?:British|American|French|German|Indian|Chinese|Japanese|Italian|Spanish|Dutch|Irish|Scottish|Welsh"
    r"|Australian|Canadian|Russian|European|Malaysian|Indonesian|Korean|Brazilian|Mexican|Swedish|Danish"
    r"|Norwegian|Finnish|Polish|Israeli|Iranian|Egyptian|Nigerian|Kenyan|Pakistani|Thai|Vietnamese|Taiwanese"
    r"|Singaporean|Swiss|Belgian|Austrian|Greek|Turkish|Portuguese|Argentine|Chilean|South\s+African)"
)
"""A nationality that describes a body before its name ("Indian film journal Trade Guide")."""
_BODY_PHRASE = re.compile(
    rf"^(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*(?:['’]s|s['’])\s+(?=[a-z]))?(?:(?:[a-z][\w-]*|[A-Z][\w]*-(?:based|owned|listed|run|born|led)"
    rf"|{_DESCRIBING_NATIONALITY}(?=\s+[a-z]))\s+){{0,4}}?"
    rf"(?P<body>(?![A-Z]\w*-(?:based|owned|listed|run|born|led)\b)(?!{_DESCRIBING_NATIONALITY}\s+[a-z])[A-Z][\w&.'’-]*"
    r"(?:!(?=\s+[A-Z]))?(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&|for|the)(?=\s|$))*(?:\s+\d{1,3}$)?)"
)
"""A body's name after at most four words describing it; its first word may end in a "!" ("Bang! Media")."""


_PLACE_AND_TIER = re.compile(
    r"(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*?)\s+(?P<tier>county|city|borough|district)\b",
    re.IGNORECASE,
)
_BODY_THEN_NOUN = re.compile(
    r"(?:the\s+)?(?P<body>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&|for))*?)\s+(?P<noun>[a-z][a-z-]+)"
)
_DESCRIPTION_WORD = r"(?!(?:of|and|for|the|de|du|la|le|van|von|upon|on|in|at|with|to|by|from)\b)[a-z][\w-]*['’]?"
"""A word of what a body is (no preposition: "Director of Communications at Acme" is a field, then the body)."""
_ADJECTIVE_WORD = r"(?!(?:at|to|by|from|with|as|over|under|within|into|across)\b)" + _DESCRIPTION_WORD
"""A word of a description before a body's country: no preposition ("head of music at UK station Acme")."""
_PLACE_THEN_DESCRIPTION = re.compile(
    # "bankrupt US phone company Acme": what the body is like may come before its country too
    rf"(?:the\s+)?(?:(?:{_ADJECTIVE_WORD}\s+){{1,2}}(?=[A-Z]))?"
    r"[A-Z][\w'’-]*\s+"
    # "oil and gas consultancy": two words of a description joined by "and"
    rf"(?:{_DESCRIPTION_WORD}\s+(?:(?:and|&)\s+(?={_DESCRIPTION_WORD}\s))?){{1,4}}"
    r"(?:the\s+)?(?P<body>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)"
)


_US_STATES = frozenset("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
    Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont
    Virginia Washington Wisconsin Wyoming""".split()) | frozenset({
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island",
    "South Carolina", "South Dakota", "West Virginia"})


_A_COUNCILS_WORD = re.compile(r"\b(?:Council|Parish|Authority|Borough|District|County|City|Town|Village)\b")


def _without_a_place_after_and(body: str) -> str:
    """A body's name without a place joined to it by "and" ("chief executive of Acme and France's ...", "of Acme
    and New York's ..."): a country, a capital city, a US state or a UK council's place; the sentence goes on to
    another subject. A country's or a council's own name with "and" in it is kept whole."""
    head, joined, tail = body.rpartition(" and ")
    if (joined and head and (tail in _COUNTRY_SHORT_NAMES or tail in _country_names() or tail in countries_by_capital()
                             or tail in _US_STATES or (resolve_council_name(tail) is not None
                                                       and not _A_COUNCILS_WORD.search(tail)
                                                       and resolve_council_name(body) is None))
            and not _is_country(body) and not _is_country(head.split()[-1])):
        # "Law Society of England and Wales": two countries the body covers stay in its name
        return head
    return body


_KINDS_IN_CAPITALS = frozenset({"ISP", "NGO"})
"""Kinds of body written in capitals before a body's name ("ISP Acme Online"), as "firm" is in lower case."""


def _named_body(comp: str) -> str | None:
    """The name of a body a complement gives, without its description: "anti-virus firm Sophos" -> "Sophos",
    "the State Tobacco Administration quoted in ..." -> "State Tobacco Administration"."""
    placed = _PLACE_THEN_DESCRIPTION.fullmatch(comp.strip())
    if placed is not None:
        return placed.group("body")  # "London rock radio station Xfm": where it is, what it is, its name
    match = _BODY_PHRASE.match(comp)
    if match is None:
        return None
    placed = _PLACE_THEN_DESCRIPTION.fullmatch(comp[match.start("body") :].strip())
    if placed is not None:
        return placed.group("body")
    body = re.sub(r"(?:\s+(?:of|and|&|for|the))+$", "", match.group("body"))
    described_by = comp[: match.start("body")].strip()
    if (described_by and not re.match(r"(?:the|a|an)\s+[A-Z]", comp) and " " not in described_by
            and not _DESCRIBES_A_BODY.fullmatch(described_by) and not re.search(r"[a-z](?:er|or)s?$", described_by)):
        # "housing Coun Jo Day": one lower-case word before a name is a subject, not a description; but a kind of
        # body or of business names one ("firm Acme", "organisers Acme Promotions", "distributor Acme")
        return None
    return body


_SUBJECT_AT_A_DESCRIBED_BODY = re.compile(
    r"[a-z][\w&-]*(?:\s+(?:[a-z][\w&-]*|and|&)){0,5}?\s+at\s+(?P<description>(?:[a-z][\w-]*\s+){1,3})"
    r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}")
"""A post's subject, then "at", what the body is and its name ("emerging technologies at analyst firm Acme")."""
_SUBJECT_AT = re.compile(
    r"[a-z][\w&-]*(?:\s+(?:[a-z][\w&-]*|and|&)){0,5}?\s+(?:at|with)\s+(?=(?:the\s+)?(?:[A-Z]|\d+(?:st|nd|rd|th)\s))"
)


def _name_like_prefix(comp: str, title: _Title) -> str:
    """For titles whose complement is a body or a place, only the name that starts it ("the Ofsted board ...")."""
    body = _named_body(comp) if comp else None
    described = body is not None and not re.match(r"(?:the\s+)?" + re.escape(body), comp)
    if body is not None and _DESCRIPTION_THEN_BODY.match(comp, comp.index(body)):
        return comp  # "strategy for Latin American emerging markets for Acme": what the post covers, then its body
    if body is not None and ((title.complement == "portfolio" and title.attach != "council") or described):
        return comp[: comp.index(body) + len(body)]  # "spokesman for anti-virus firm Sophos"
    if not comp or title.complement == "portfolio" or _COUNCIL_WORDS.match(comp):
        return comp
    if re.match(r"(?:the\s+)?[A-Z][\w\s-]*?\s+group\b", comp) or (_OWNED.match(comp) and not _CLAUSE_WORD.search(comp)):
        return comp  # "the Labour group", "Acme's wireless division"
    subject = _SUBJECT_AT.match(comp)
    if subject is not None and _PLACE_THEN_DESCRIPTION.fullmatch(comp[subject.end() :].strip()):
        return comp  # "head of music at London radio station Acme"
    described_at = _SUBJECT_AT_A_DESCRIBED_BODY.fullmatch(comp)
    if described_at is not None and _DESCRIBES_A_BODY.search(described_at.group("description")):
        return comp  # "vice president of emerging technologies at analyst firm Acme": the subject, then the body
    if subject is not None and (body := _NAME_PHRASE.match(comp[subject.end() :])) is not None:
        # "vice president of digital development at Acme": the post's subject, then its body
        return re.sub(r"\s+(?:and|of|&|upon|on|under|for|the|in)$", "", comp[: subject.end() + body.end()])
    if (_SUBJECT_ONLY.fullmatch(comp) and comp.split()[0] not in _DETERMINERS
            and comp.split()[-1] not in _BOUNDARY_WORDS and not _DESCRIBES_A_BODY.search(comp)):
        return comp  # "senior vice president of technology and manufacturing": the post's subject
    if _covers_a_region(comp):
        return comp  # "managing director for European publishing", "head of UK sales"
    if ("'" in comp or "’" in comp) and _PART_OF_BODY_CALLED_BY_KIND.fullmatch(comp):
        return comp  # "director general at the ministry's fiscal policy office": a part of a body named elsewhere
    part = _PART_OF_UNNAMED_BODY.fullmatch(comp)
    if part is not None:
        return part.group("part")  # "president of the mobile division at the firm": the part; the body goes unnamed
    match = _NAME_PHRASE.match(comp)
    if match is None:
        return ""
    return re.sub(r"\s+(?:and|of|&|upon|on|under|for|the|in)$", "", match.group())


_PART_OF_BODY_CALLED_BY_KIND = re.compile(
    r"the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*['’]s?\s+(?:[a-z][\w-]*\s+){0,4}(?:office|division|unit|department|arm"
    r"|bureau|branch|section|directorate|service|team)")
"""A complement naming a part of a body the text calls by its kind only ("the ministry's tax office")."""
_PART_OF_UNNAMED_BODY = re.compile(
    r"(?P<part>(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}(?:division|unit|arm|department|business|operations?|branch"
    r"|subsidiary))\s+(?:at|of|in)\s+(?:the|its|this|that)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:firm|company|group|bank|business|corporation|conglomerate|giant|maker|manufacturer|organisation|agency)")
"""A complement naming a part of a body the text only calls "the firm": the post is over that part."""
_DESCRIBES_A_BODY = re.compile(
    r"\b(?:firm|company|group|bank|club|agency|consultancy|analysts?|retailer|maker|manufacturer|publisher|label"
    r"|broadcaster|newspaper|magazine|charity|organisation|organization|association|airline|carrier|operator|giant"
    r"|insurer|lender|supplier|developer|studio|network|site|website|watchdog|regulator|campaign|union|council"
    r"|fansite|blog|paper|channel|station|think-tank|thinktank|bookmaker|supermarket|distributor|chain)\b"
)
"""A noun that says the complement describes a body, whose name then follows."""
_THE_KIND_THEN_NAME = re.compile(rf"the\s+(?:[a-z][\w-]*\s+){{0,3}}?{_DESCRIBES_A_BODY.pattern}\s+[A-Z]")
"""A body named after what kind of body it is: "the charity Acme Trust"."""
_A_KIND_THEN_NAME = re.compile(rf"(?:[a-z]+-)?{_DESCRIBES_A_BODY.pattern}\s+[A-Z]")
"""A body named after one word saying what kind of body it is: "watchdog Acme", "super-regulator Acme"."""
_COMPOUND_ADJECTIVE = r"(?:[A-Z][\w.]*\s+){0,2}[\w.]+-(?:based|owned|funded|run|controlled|backed|listed|led)"
_A_COMPOUND_THEN_NAME = re.compile(
    rf"(?:the\s+)?{_COMPOUND_ADJECTIVE}\s+(?:(?!(?:of|and|for|at|in)\s)[a-z][\w-]*\s+){{0,2}}(?P<name>[A-Z].*)")
"""A body named after a compound saying where it is or who owns it, and perhaps what it is: "the state-owned Acme
Oil", "the New York-based group Acme Watch"."""
_LEADING_COMPOUND = re.compile(rf"{_COMPOUND_ADJECTIVE}\s+(?=[A-Z])")
"""Before a body's name, such a compound ("US-based Acme", "Family-owned Acme" opening a sentence): no part of it."""
_KINDS_AFTER_A_NAME = frozenset("group board company firm bank union chain".split())
"""Lower-case nouns after a body's name that say what it is or which part of it a post is over ("the Acme
group", "the Acme board"): the body is the name before them."""
_DEMONYM_SHAPE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|an|i)")
"""A capitalised word shaped as a people's ("Ruritanian", "Japanese"): "the Ruritanian firm" describes a firm, which
may be another than the story's, and names none."""
_KINDS_ENDING_A_NAME = frozenset("foundation trust festival institute society museum gallery orchestra".split())
"""Kinds of body whose word ends the body's name, though the BBC writes it in lower case ("the Mozilla foundation")."""
_SUBJECT_ONLY = re.compile(r"[a-z][\w-]*(?:\s+(?:[a-z][\w-]*|&))*")
def _covers_a_region(comp: str) -> bool:
    """Whether a complement is a region and what of it a post covers ("European publishing", "UK sales")."""
    place_subject = _PLACE_SUBJECT.fullmatch(comp)
    if place_subject is None:
        return False
    place = place_subject.group("place")
    return place in _countries() or place == "European" or (
        place_subject.group("compass") is None and _is_country(place))


_PLACE_SUBJECT = re.compile(
    r"(?:(?P<compass>North|South|East|West|Central|Latin)\s+)?(?P<place>[A-Z][\w]*)(?:\s+[a-z][\w-]*)+")
"""A region then what of it a post covers: "European publishing", "North American sales"."""


_OWNED = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][\w&./-]*(?:\s+(?:[A-Z][\w&./-]*|of|and|&))*)['’]s?\s+(?P<rest>.+)$")
"""A complement that is a body's part: "head of Acme's fixed line division"."""


_OF_FOR_TO = {"to": "of"}
"""A council's officer "to" it is its officer "of" it ("Clerk to the Parish Council")."""


def _complement(
    title: _Title, comp: str, comp_start: int, prep: str, context: _Context
) -> tuple[str | None, str | None]:
    """What follows "of"/"for": the role's subject ("for housing"), or the body it belongs to ("of Ofsted")."""
    compound = _A_COMPOUND_THEN_NAME.fullmatch(comp.strip())
    if compound is not None and prep.lower() in ("of", "at", "for") and (
            body := _named_body(compound.group("name"))) == compound.group("name"):
        # "director of the New York-based group Acme Watch": where the body is or who owns it, then its name
        return None, _body_named(body, comp_start + comp.rfind(body), context, title) or body
    placed = _PLACE_THEN_DESCRIPTION.fullmatch(comp.strip())
    if placed is not None and prep.lower() in ("of", "at"):
        return None, _body_named(placed.group("body"), comp_start + comp.find(placed.group("body")), context, title)
    owned = _OWNED.match(comp)
    if owned is not None and resolve_council_name(re.sub(r"^the\s+", "", comp.strip())) is not None:
        owned = None  # "Deputy Mayor of King's Lynn and West Norfolk": a council's name, not a possessive
    council = _council_in(context, comp_start, comp_start + len(comp))
    if council is not None and any(span.start - comp_start <= 4 for span in context.councils.spans
                                   if span.paragraph == context.paragraph and span.council == council):
        owned = None  # "leader of King's Lynn Council": a council's name, not a possessive
    if owned is not None and _is_country(owned.group("owner")):
        # "director general of the UK's Confederation of British Industry", "leader of Britain's biggest union
        # Unison": the country only describes the body named after it
        rest = owned.group("rest").strip()
        body = _named_body(rest)
        if body is None:
            return _normalise_subject(comp), None
        return None, _body_named(body, comp_start + comp.rfind(body), context, title) or body
    if (owned is not None and owned.group("owner") in _capital_city()[0]
            and (body := _named_body(owned.group("rest").strip())) == owned.group("rest").strip()):
        # "a strategist at Moscow's Acme Securities": a capital city says where the body named after it is
        return None, _body_named(body, comp_start + owned.start("rest"), context, title) or body
    if owned is not None:
        # "head of Telekom Austria's fixed line division"
        owner = _owner_body(owned.group("owner"), comp_start + owned.start("owner"), context)
        rest = owned.group("rest").strip()
        if owner is not None and any(person.split()[-1] == owned.group("owner") for person in context.people
                                     if " " in person and person.split()[-1] not in context.people):
            owner = None  # "of Lee's Acme Comics" in an article naming Al Lee: his firm, not a body called Lee
        if owner is None and (body := _named_body(rest)) == rest:
            # "chief executive of Al Lee's Acme Comics": a person's firm, named; not a part of the person
            return None, _body_named(body, comp_start + owned.start("rest"), context, title) or body
        return f"the {_normalise_subject(owned.group('rest'))}", owner
    if prep.lower() == "at" and (described_body := _BODY_PHRASE.match(comp)) is not None and (
        described_body.group("body") != comp.strip()
    ):
        # "director at analyst Acme", "head of research at the bank HSBC": a body, named after what it is
        body = re.sub(r"(?:\s+(?:of|and|&|for|the))+$", "", described_body.group("body"))
        return None, _body_named(body, comp_start + comp.find(body), context, title) or body
    split = r"\s+(?:at|in|on)\s+(?=the\b|[A-Z]|(?:[a-z][\w-]*\s+){1,2}[A-Z])"
    if prep.lower() == "of" and comp[:1].islower() and not comp.startswith("the "):
        split = r"\s+(?:at|in|on|for)\s+(?=the\b|[A-Z]|\d+(?:st|nd|rd|th)\s|(?:[a-z][\w-]*\s+){1,3}[A-Z])"
    parts = re.split(split, comp, maxsplit=1)
    subject = parts[0]
    body = parts[1] if len(parts) > 1 else ""
    if body and _is_country(body) and re.match(r"\s+in\s", comp[len(subject):]):
        # "head of HIV/Aids in Britain": the country is where the post is held, not the body the post is of
        return f"{_normalise_subject(subject)} in {body.strip()}", None
    covered = _DESCRIPTION_THEN_BODY.match(body) if body else None
    if covered is not None:
        # "strategy for Latin American emerging markets for Acme Capital": what the post covers, then its body
        subject = comp[: comp.rindex(body) + covered.start("prep")]
        body = body[covered.end() :]
    if body:
        described_body = _BODY_PHRASE.match(body)
        # "director of marketing for digital content company THX", "head of trading at brokers Acme"
        body = _named_body(body) or (described_body.group("body") if described_body else body)
    organisation = _body_named(body, comp_start + comp.rindex(body), context, title) if body else None
    if covered is not None and organisation is not None:
        return _normalise_subject(subject), organisation
    if _COUNCIL_WORDS.match(subject.strip()):
        return None, _body_named(subject, comp_start, context, title) or organisation
    party = _party_in(subject, context.party_names)
    if party and re.search(r"\bgroup\b", subject, re.IGNORECASE):
        # "leader of Devon county Labour group": the group on that council
        tiered = _PLACE_AND_TIER.match(subject)
        council = _council_in(context, comp_start, comp_start + len(subject))
        if council is None and tiered is not None:
            council = resolve_council_name(f"{tiered.group('place')} {tiered.group('tier').capitalize()} Council")
        return f"the {party} group", council or organisation
    if (party and prep.lower() == "of" and _party_organisation(party) is not None
            and re.fullmatch(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+party", subject.strip())
            and _party_in(subject.strip()[: -len("party")], context.party_names) == party):
        return None, _party_organisation(party)  # "chairman of the Conservative party": the party, "party" lower
    if title.complement == "place" and prep.lower() == "for":
        return subject.strip(), organisation
    if _covers_a_region(subject.strip()):
        return _normalise_subject(subject), organisation  # "vice president for North American sales"
    if (re.fullmatch(r"[A-Z][a-z]+", subject.strip()) and context.words is not None
            and subject.strip().lower() in context.words.lower_case):
        return subject.strip().lower(), organisation  # "Head of Housing": a portfolio the article also writes lower
    if prep.lower() == "of" and subject.strip()[:1].isupper() and (
        (title.role in _PORTFOLIO_TITLES
         and all(is_common_word(word) for word in subject.split() if word not in ("and", "&")))
        or (title.attach == "council"
            and all(word.lower() in _COUNCIL_PORTFOLIO_WORDS for word in subject.split()))
    ):
        # "US Secretary of Energy", "Director of Planning and Transportation": the portfolio, not a body
        return subject.strip().lower(), organisation
    noun_after = _BODY_THEN_NOUN.fullmatch(subject.strip())
    if (noun_after is not None and prep.lower() in ("of", "at") and noun_after.group("noun") in _KINDS_ENDING_A_NAME
            and not subject.strip()[:1].isupper()):
        # "chairman of the Acme foundation": the body's name, its last word written in lower case
        body = f"{noun_after.group('body')} {noun_after.group('noun').capitalize()}"
        return None, _body_named(body, comp_start + subject.find(noun_after.group("body")), context, title) or body
    if (noun_after is not None and prep.lower() in ("of", "at") and (
            (noun_after.group("noun") not in _GENERIC_BODIES and len(noun_after.group("body").split()) > 1)
            or (noun_after.group("noun") in _KINDS_AFTER_A_NAME and subject.strip().startswith("the ")
                and not any(word in _countries() or _is_country(word) or _DEMONYM_SHAPE.fullmatch(word)
                            for word in noun_after.group("body").split())))):
        # "director of the Acme State University venue": the body named, then what of it the post is over;
        # "chief executive of the Acme Stores group", "chairman of the Acme board": the body, then its kind
        return None, _body_named(noun_after.group("body"), comp_start + subject.find(noun_after.group("body")),
                                 context, title) or noun_after.group("body")
    if not body and prep.lower() in ("of", "at") and (kind := _the_kind_alone(subject.strip())) is not None:
        # "head of research at the bank": the body the article named before by what it is, as "the bank's head
        # of research" is
        found = _body_named_by_its_kind(kind, context, comp_start)
        if found is not None:
            return None, found
    named = _body_named(subject, comp_start, context, title)
    if named is not None and organisation is not None:
        return _normalise_subject(subject), organisation  # "director of UK Equities at Standard Life"
    if named is not None and prep.lower() in ("of", "at"):
        return None, named
    described = (re.match(r"(?:[a-z][\w-]*\s+){2,4}[A-Z]", subject) and not subject.startswith("the ")) or (
        _THE_KIND_THEN_NAME.match(subject)) or (  # "the human rights organisation Acme"
        _A_KIND_THEN_NAME.match(subject))  # "watchdog Acme", "super-regulator Acme"
    if (named is not None and prep.lower() == "for" and title.role not in _PORTFOLIO_TITLES
            and re.fullmatch(r"(?:the\s+|(?=[A-Z]{2,}\b))[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&|for))*",
                             subject.strip())
            and not all(word.lower() in _LOWER_CASE_TITLE_WORDS | {"of", "and", "for"} for word in named.split())):
        return None, named  # "director for the Acme Union": a body's name, not a council portfolio
    if (title.role not in _PORTFOLIO_TITLES and prep.lower() in ("for", "at", "of")
            and ((title.attach != "council" and title.complement in ("portfolio", "org")) or described)):
        body = _named_body(subject)
        if (body is not None and body != subject.strip()) or (named is not None and prep.lower() == "for"):
            return None, _body_named(body or subject, comp_start + subject.find(body or subject), context, title)
    return _normalise_subject(subject), organisation


_THE_KIND_ALONE = re.compile(
    rf"the\s+(?:(?:new|current|present)\s+)?(?P<kind>{'|'.join(sorted(set(_ANTECEDENT_KINDS) | _NOUNS_OF_A_BODY))})")
"""A complement that names a body only by its kind ("the firm", "the club"). Not with words describing it ("the
Indian firm", "the Frankfurt-based exchange"): on the development half those stood for a body other than the
sentence's or the headline's (the story's other firm), so they stay as written."""


def _the_kind_alone(subject: str) -> str | None:
    """The kind of body ``subject`` names by its kind alone ("the firm"), if it does."""
    found = _THE_KIND_ALONE.fullmatch(subject)
    return found.group("kind") if found is not None else None


def _body_named_by_its_kind(kind: str, context: _Context, position: int) -> str | None:
    """The body a phrase of its kind alone stands for, found as for the kind's possessive before a post: a
    company's (firm's, party's, ...) the one the sentence or headline names, else a team's or another kind's the
    one of that kind the article named before."""
    if kind in _NOUNS_OF_A_BODY and (found := _body_the_sentence_names(kind, context, position)) is not None:
        return found
    if kind in _TEAM_KINDS or kind in _ANTECEDENT_KINDS:
        return _body_of_kind_named_before(kind, context, position)
    return None


_DESCRIPTION_THEN_BODY = re.compile(
    r"(?:[A-Z][\w-]*\s+)+(?:[a-z][\w-]*\s+)*[a-z][\w-]*(?P<prep>\s+(?:for|at)\s+)(?=[A-Z])")
"""Capitalised then lower-case words, then "for"/"at" and a name: a market or region the post covers, then the body
("Latin American emerging markets for Acme Capital")."""
_DIGITS_THEN_NAME = re.compile(r"\d+(?!(?:st|nd|rd|th|s|m|bn|km|kg|mm|cm|ft|am|pm)$)[A-Za-z][\w'’.&-]*")
"""A body's name that starts with digits ("3Com", "7Up"), not an ordinal, a decade or an amount."""
_CLUB_LIKE = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:City|County)$")
"""A place and a bare "City" or "County" with no "Council": a sports club's name ("manager at Exeter City"); a
council is written with its "Council"."""


def _body_named(text: str, start: int, context: _Context, title: _Title | None = None) -> str | None:
    """The council or organisation a phrase names, if it names one. A place written alone is its council's name,
    except for a post over a team (``title``): "coach of club side Riverton", "manager at Riverton" are the club's."""
    team = (title is not None and bool(_TEAM_POSTS.fullmatch(title.role))
            and not re.search(r"\b(?i:council|authority)\b", text))
    council = None if team else _council_in(context, start, start + len(text))
    if council is not None:
        return council
    stripped = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    if (re.fullmatch(r"The\s+[A-Z][\w'’&-]*", text.strip()) and text.strip().split()[1][1:].islower()
            and text.strip().split()[1].lower() not in _GENERIC_BODIES | _KINDS_OF_BODY | _NOUNS_OF_A_BODY
            and context.text[: start + len(text) - len(text.lstrip())].rstrip()[-1:] not in ("", ".", "!", "?", '"',
                                                                                            "”")):
        # "correspondent for The World", "editor of The Times": a one-word name written with its "The" mid-sentence
        # is that name ("World" alone is no body)
        return text.strip()
    if _COUNCIL_WORDS.match(text.strip()):
        tier = _COUNCIL_TIER.match(text.strip())
        return _council_in(context, start, start + len(text)) or _only_council(context, tier.group(1).lower()
                                                                               if tier else None)
    named = (resolve_council_name(stripped) if stripped[:1].isupper() and not _CLUB_LIKE.search(stripped) and not team
             else None)
    if named is not None:
        return named
    vocabulary = load_vocabulary()
    if stripped in vocabulary.canonical_by_alias:
        return vocabulary.canonical_by_alias[stripped]
    words = stripped.split()
    if words and all(word[:1].isupper() or word in ("and", "of", "for", "&", "the") or (
            index == len(words) - 1 and re.fullmatch(r"\d{1,3}", word))  # "Number 10", "Radio 4"
            for index, word in enumerate(words[1:], start=1)) and (
        words[0][:1].isupper() or re.fullmatch(r"\d+(?:st|nd|rd|th)", words[0]) or _DIGITS_THEN_NAME.fullmatch(words[0])
    ):
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


_AFTER_NEW = frozenset("Zealand York Jersey Mexico Hampshire England Orleans Delhi South Guinea Caledonia "
                       "Brunswick".split())
"""Second words of places named "New ..." (New Zealand, New York, New South Wales): after "New" it is their name's
first word; before another name ("New Southampton manager X") it says the post is new."""


def _new_starts_a_name(words: Sequence[str], index: int) -> bool:
    """Whether "New" begins a place's name ("New Zealand", "New York")."""
    return words[index] == "New" and index + 1 < len(words) and words[index + 1] in _AFTER_NEW


def _group_in_a_name(words: Sequence[str], index: int) -> bool:
    """Whether a capitalised "Group" ends a firm's name ("Acme Media Group chairman"), after a capitalised word
    other than a council's (a party's group on a council, "Labour group leader", is no place)."""
    return (words[index] == "Group" and index > 0 and words[index - 1][:1].isupper()
            and words[index - 1] not in ("Council", "Councils"))


def _place_in(pre: str, party_names: dict[str, str]) -> str | None:
    """The place in a pre-modifier ("Hexham" of "Hexham MP"), without parties, articles or possessives."""
    pre = _party_pattern(tuple(party_names)).sub(" ", pre)
    pre = _INDEPENDENT.sub(" ", pre)
    split = pre.split()
    # a capitalised word after "of" is inside a body's name ("Association of Local Councils"), not a sentence's opener
    words = [word for index, word in enumerate(split)
             if word.lower() not in _NOT_PLACE_WORDS or word in ("and", "the") or _new_starts_a_name(split, index)
             or (index > 0 and split[index - 1] == "of" and word[:1].isupper())
             or _group_in_a_name(split, index)]
    while words and not words[0][:1].isupper():
        words.pop(0)
    while words and not (words[-1][:1].isupper() or words[-1][:1].isdigit()):
        words.pop()
    if not words:
        return None
    return re.sub(r"['’]s$", "", " ".join(words))


def _council_in(context: _Context, start: int, end: int) -> str | None:
    for span in context.councils.spans:
        if span.paragraph == context.paragraph and span.start < end and start < span.end:
            return span.council
    return None


def _named_near(council: str, context: _Context) -> bool:
    """Whether the paragraph being read, or the one before or after it, names ``council``."""
    return any(span.council == council and abs(context.paragraph - span.paragraph) <= 1
               for span in context.councils.spans)


_PRINCIPAL_TIERS = frozenset({"borough", "district", "city"})
_PRINCIPAL_TIER_WORD = re.compile(r"\b(?:Borough|District|City)\b", re.IGNORECASE)


def _written_with_tier(council: str, tier: str, context: _Context) -> bool:
    """Whether the article writes ``council`` with ``tier`` in its name ("Ayton Borough Council") anywhere, or its
    canonical name says the tier."""
    if _TIER_IN_NAME.search(council):
        return True
    if context.words is None:
        return False
    paragraphs = context.words.paragraphs
    # "the Borough Council" alone, which the council finder gives the article's one council, says nothing of its tier
    return any(span.council == council and span.paragraph < len(paragraphs)
               and _PRINCIPAL_TIER_WORD.search(written := paragraphs[span.paragraph][span.start:span.end])
               and not _COUNCIL_TIER.fullmatch(written.strip())
               for span in context.councils.spans)


def _only_council(context: _Context, tier: str | None = None) -> str | None:
    councils = [council for council in context.councils.councils if _fits_tier(council, tier)]
    if len(councils) != 1:
        return None
    if tier in _PRINCIPAL_TIERS and not _named_near(councils[0], context) and not _written_with_tier(
            councils[0], tier, context):
        return None  # "Borough Councillor X": not of "Ayton Council", named once far off with no tier
    return councils[0]


_HOME_NATIONS = frozenset({"English", "Scottish", "Welsh", "Irish"})
_UK_NATIONALITIES = _HOME_NATIONS | {"British", "Northern Irish", "Ulster"}
"""Nationalities of a House of Commons MP ("Irish" too: Northern Ireland's MPs sit there)."""
"""Before a post of a UK body, the branch it serves rather than where its holder is from."""
_HOME_NATION_COUNTRIES = frozenset({"England", "Scotland", "Wales", "Ireland"})
"""Before a minister's or secretary's title, a UK portfolio ("Wales secretary"), not the state the post is of."""
_COUNCIL_TIER = re.compile(r"(?:the\s+)?(county|city|borough|district|parish|town)\s+(?:council|authority)$",
                           re.IGNORECASE)


def _implicit_organisation(title: _Title, context: _Context, position: int, role: str,
                           tier: str | None = None) -> str | None:
    """The council a council role belongs to when the sentence names none: the article's council of that tier."""
    if title.attach != "council" and tier is None:
        return title.attach or None
    if tier is None:
        tier = role.split()[0] if role.split()[0] in _TIERED else None
    if context.home_council is not None and _fits_tier(context.home_council, tier):
        return context.home_council
    councils = [council for council in context.councils.councils if _fits_tier(council, tier)]
    if len(councils) == 1 and (_named_near(councils[0], context) or (
            (tier is not None or title.role not in _COMMITTEE_POSTS or _LOCAL_COUNCIL.search(councils[0]))
            and (tier not in _PRINCIPAL_TIERS or _written_with_tier(councils[0], tier, context)))):
        # a bare "Chairman X" in a village's news naming a borough council once, far off, as a funder: that
        # council's chair only where the paragraph or one beside it names it; a "Borough Councillor" is not of
        # "Ayton Council", whose name gives no tier, named once far off in a list of correspondence
        return councils[0]
    preceding: list[CouncilSpan] = [
        span
        for span in context.councils.spans
        if (span.paragraph, span.start) < (context.paragraph, position)
        and context.paragraph - span.paragraph <= 1
        and _fits_tier(span.council, tier)
    ]
    return preceding[-1].council if preceding else None


_OPENING_PARAGRAPHS = 3
_COMMITTEE_POSTS = frozenset({"chair", "vice-chair", "deputy chair", "secretary", "treasurer", "clerk", "president",
                              "vice-president"})
"""The officers a set of minutes lists for the body that met."""
_MINUTES_OF = re.compile(
    r"(?P<body>(?:[A-Z][\w'’.&-]*\s+){1,6}?(?i:Association|Committee|Society|Club|Group|Trust|Meeting|Institute"
    r"|Guild|League|Council))\b"
)
_MINUTES_WORDS = re.compile(r"\b(?:minutes?|meeting|AGM)\b", re.IGNORECASE)


_KIND_OF_MEETING_FIRST = re.compile(r"^(?:(?i:the)\s+)?(?:(?i:annual|extraordinary|special)\s+)+(?=[A-Z])")
_KIND_OF_MEETING_INSIDE = re.compile(r"\b(Parish|Town)\s+(?:(?i:annual|extraordinary|special)\s+)+Council\b")


def _home_body(headline: str) -> str | None:
    """The body a headline says these are the minutes of: "Minutes of Brindle Residents' Association",
    "BRINDLE VILLAGE HALL COMMITTEE MINUTES". Only for minutes: a news headline names bodies it reports on."""
    found = _MINUTES_OF.search(headline)
    if found is None:
        return None
    body = found.group("body").strip()
    body = re.sub(r"^(?:Minutes|Minute|Minuted)\s+(?:of\s+(?:the\s+)?)?", "", body, flags=re.IGNORECASE)
    if not body or (not _MINUTES_WORDS.search(headline.replace(found.group("body"), " ")) and body != headline.strip()):
        return None
    if body.isupper():
        body = " ".join(word.capitalize() if word.isupper() else word for word in body.split())
    # "the Annual Brindle Parish Meeting", "Brindle Parish Annual Council Meeting": the kind of meeting is no part
    # of the council's name
    body = _KIND_OF_MEETING_FIRST.sub("", body)
    body = _KIND_OF_MEETING_INSIDE.sub(r"\1 Council", body)
    meeting = re.fullmatch(r"(?P<place>.+?)\s+(?:(?i:annual)\s+)?(?i:parish\s+meeting)", body)
    if meeting is not None:
        # A parish meeting is no body: its chairman, vice-chairman and clerk are the parish council's
        return f"{meeting.group('place')} Parish Council"
    # "Brindle Village Hall meeting", "Brindle Residents' Association AGM": the body that met, not its meeting
    body = re.sub(r"\s+(?:(?i:annual\s+general|annual|general|extraordinary)\s+)?(?i:meeting|AGM)$", "", body)
    return body if " " in body or body.isupper() else None


def _home_council(headline_councils: Sequence[str], councils: CouncilResult) -> str | None:
    """The local council an article is the minutes or news of: the first the headline names, else the first the
    opening paragraphs name. Only a parish, town or community council: a principal council named at the start of
    a news report is as often the subject of a story as its publisher."""
    opening = [span.council for span in councils.spans if span.paragraph < _OPENING_PARAGRAPHS]
    for council in (*headline_councils, *opening):
        if _LOCAL_COUNCIL.search(council):
            return council
    return None


_TIER_IN_NAME = re.compile(r"\b(Borough|District|City)\b")
_TIERED = frozenset({"county", "borough", "district", "city", "parish", "town"})
_LOCAL_COUNCIL = re.compile(r" (?:Parish|Town|Community|Village|Neighbourhood) Council$")


def _fits_tier(council: str, tier: str | None) -> bool:
    if tier is None:
        return True
    if tier in ("parish", "town"):
        return bool(_LOCAL_COUNCIL.search(council))
    if tier == "county":
        return council.endswith("County Council")
    if _LOCAL_COUNCIL.search(council) or council.endswith("County Council"):
        return False
    # "Borough Councillor" in a village's news: the borough's council, not a city council the page names too (a
    # council whose name gives no tier, "Wigan Council", may be any)
    named_tiers = {word.lower() for word in _TIER_IN_NAME.findall(council)}
    return not named_tiers or tier in named_tiers


# A bare post's one fitting body from its context (issue 19, p19e). A post written with no body in its own phrase
# ("finance minister X", "chief executive X") often has one the article makes plain around it: the sentence names
# two bodies of which one only is a club or firm, the sentence before names the country or the club, the headline
# names the Commission a commissioner sits on. Each tier is read in turn, nearest first, and only a body of the kind
# the post needs counts; a tier that names any body of that kind decides (one: that body; several: none), and a tier
# naming another kind of body stops the search for a club's or a firm's post (the post may be that body's). An empty
# body stays when nothing fits: an empty body is right where the text names none, a wrong body is wrong.

_STATE_MINISTER = re.compile(r"^(?!shadow\b)(?:[a-z][\w'’-]*\s+){0,3}minister$|^(?:prime minister|premier)$")
"""A government's post whose state the context may name ("finance minister", "premier"), not an opposition's."""
_COMMISSIONER = re.compile(r"^(?:[a-z][\w-]*\s+){0,2}commissioner$")
_NOT_A_COMMISSIONS = re.compile(r"\b(?:police|children['’]s|information|fire|prisons?|rail|victims['’]?|language"
                                r"|equality|equalities|human|rights|health service|traffic|county|district)\b")
"""Commissioners who are bodies of their own or a police force's ("information commissioner"), no commission's."""
_HEADS_OF_A_BODY = frozenset({"chair", "chief executive", "managing director", "president", "director general",
                              "spokesperson", "vice-chair", "deputy chair", "chief operating officer",
                              "finance director", "general secretary", "executive director"})
"""Bare posts at the head or the voice of a firm or club (not a bare "director", nearly always a film's)."""
_A_COMMISSION = re.compile(r"(?<![\w'’&.-])(?:[A-Z][\w'’&-]*\s+(?:(?:of|for|on|and|&)\s+)?){1,5}Commission\b"
                           r"|\bCommission\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4}")
_THE_COMMISSION = re.compile(r"(?<![\w'’&.-])(?:the\s+)?Commission\b(?!\s+(?:of|for|on)\s)")
_THE_EU = re.compile(r"(?<![\w-])(?:EU|European Union)(?![\w-])")
_QUOTED = re.compile(r"[\"“][^\"”]*(?:[\"”]|$)")


def _body_kind(role: str) -> str | None:
    """Which kind of body a bare post needs: a state's, a commission's, a side's or a firm's or club's."""
    if _STATE_MINISTER.match(role):
        return "state"
    if _COMMISSIONER.fullmatch(role) and not _NOT_A_COMMISSIONS.search(role):
        return "commission"
    if _TEAM_POSTS.fullmatch(_TEAM_RANKS.sub("", role)):
        return "side"
    if role in _HEADS_OF_A_BODY:
        return "head"
    return None


def _fitting_bodies(kind: str, text: str, at: int | None, context: _Context, headline: bool = False
                    ) -> tuple[set[str], bool]:
    """The bodies of ``kind`` that ``text`` (a sentence at ``at`` in the paragraph, or the headline or another
    paragraph's sentence when ``None``) names outside its quotations, and whether it names any body that may be
    the post's at all."""
    # A headline's name is a person's unless ``_may_be_a_person`` says it is a body's; for the last sentence of the
    # paragraph before, whose name spans are not at hand, any word of a person's name is (a body missed, no wrong
    # one). Found only when asked: ``_may_be_a_person`` over every name cost a fifth of the role rules' CPU.
    names_words = {word for name in context.people for word in name.split()}
    people = {word for name in context.people if _may_be_a_person(name, context)
              for word in name.split()} if headline else names_words

    def is_person(start: int, length: int) -> bool:
        if at is not None:
            return any(name.start < at + start + length and at + start < name.end for name in context.names)
        return any(word in people for word in text[start : start + length].split())

    outside = _QUOTED.sub(lambda quoted: " " * len(quoted.group()), text)
    if kind == "state":
        named_states = [found for found in _country_word().finditer(outside)
                        if not is_person(found.start(), len(found.group()))]
        countries = {_countries().get(found.group(1), found.group(1)) for found in named_states
                     if not _EVENT_AFTER.match(outside, found.end())
                     and (headline or not _a_place_visited(outside, found))
                     and not (found.group(1) in _countries() and _describes_someone(outside, found.end()))}
        if not named_states and headline:
            countries = _countries_by_initials(outside, context)  # "SA unveils budget" over South Africa's story
        # "who resigned over the Iraq war": the country is named, as an event's and no post's; nearer says more
        return countries, bool(named_states) or bool(countries)
    if kind == "commission":
        named = {re.sub(r"^The\s+", "", found.group().strip()) for found in _A_COMMISSION.finditer(outside)}
        named = {name for name in named if name.split()[0] not in _NOT_BODY_WORDS or name.startswith("Commission")}
        if not named and _THE_COMMISSION.search(outside):
            # "Commission fines Acme": the one commission the article names in full
            body = _the_one_body_of_kind("commission", context)
            named = {body} if body is not None else set()
            return named, True
        if not named and _THE_EU.search(outside):
            named = {"European Commission"}  # "the EU's trade talks", "trade commissioner X": the EU's executive
        return named, bool(named)
    if context.words is None:
        return set(), False
    bodies = _bodies_named(text, context, is_person, headline=headline)
    bodies = {body for body in bodies if not _only_a_counterpart(body, text, len(text))
              and body.lower() not in _GENERIC_BODIES and not any(word in _NOT_BODY_WORDS for word in body.split())
              and not any(word in names_words for word in body.split())}
    article = context.words.text
    if kind == "side":
        fitting = {body for body in bodies
                   if re.search(rf"(?<![\w'’-]){re.escape(body)}{_AS_A_TEAM}", article)
                   and not re.search(rf"{_AN_OPPONENT_BEFORE.pattern}{re.escape(body)}\b", outside)}
        return fitting, bool(bodies) or _country_word().search(outside) is not None
    fitting = {body for body in bodies if _written_where_a_body_stands((body,), article)
               or re.search(rf"(?<![\w'’-]){re.escape(body)}{_AS_A_TEAM}", article)}
    # a body the quoted words name, or a kind of body anywhere ("the commission was clear"), may be the post's too
    return fitting, bool(bodies) or _A_KIND.search(text) is not None or bool(
        _bodies_named(text, context, is_person, headline=headline, quoted=True))


def _the_one_fitting_body(role: str, context: _Context, position: int, sentence_start: int) -> str | None:
    """The one body of the kind a bare post needs (``_body_kind``) that its sentence names, else the sentence
    before, else (for a state's, a commission's or a side's post) the headline: "Acme Rovers rejected the Sports
    Council's plan, chief executive X said" (the club, the council being no club), "Ruritania cut its deficit. |
    Finance minister X said" (the state), a bare "commissioner" under "Commission fines Acme" (the one commission the
    article names in full). None when a tier names several, or names another kind of body first."""
    kind = _body_kind(role)
    if kind is None:
        return None
    start, end = _sentence_bounds(context.text, position, position)
    before = _sentence_before(context, sentence_start)
    tiers: list[tuple[str, int | None, bool]] = [(context.text[start:end], start, False)]
    if before:
        tiers.append((before, (sentence_start - len(before)) if sentence_start > 0 else None, False))
    if kind != "head" and context.headline:
        tiers.append((_HEADLINE_LABEL.sub("", context.headline), None, True))
    if kind != "head" and context.words is not None and (context.paragraph > 0 or sentence_start > 0):
        lede = context.words.paragraphs[0]
        ends = _sentence_ends(lede)
        tiers.append((lede[: ends[0][1]] if ends else lede, 0 if context.paragraph == 0 else None, False))
    for text, at, headline in tiers:
        fitting, named = _fitting_bodies(kind, text, at, context, headline)
        if fitting:
            body = fitting.pop() if len(fitting) == 1 else None
            return None if body is None or (kind == "state" and _is_home_country(body)) else body
        if named:
            return None
    return _the_one_fitting_body_in_the_article(kind, context)


def _the_one_fitting_body_in_the_article(kind: str, context: _Context) -> str | None:
    """The one body of ``kind`` the whole article names, when the post's sentence, the one before and the headline
    name none: the one state of a story that names no other state nor a British party (a minister in a Westminster
    story is the UK's, unnamed), or the one commission it names in full."""
    if context.words is None:
        return None
    text = _QUOTED.sub(" ", context.words.text)
    if kind == "commission":
        named = {re.sub(r"^The\s+", "", found.group().strip()) for found in _A_COMMISSION.finditer(text)}
        named = {name for name in named if name.split()[0] not in _NOT_BODY_WORDS or name.startswith("Commission")}
        return named.pop() if len(named) == 1 else None
    if kind != "state" or _party_in(text, context.party_names):
        return None
    found = list(_country_word().finditer(text))
    if any(_EVENT_AFTER.match(text, match.end()) for match in found) or any(
            person in text and re.search(rf"(?<![\w-]){re.escape(match.group())}\s+[A-Z]", person)
            for match in found for person in context.people):
        return None
    countries = {_countries().get(match.group(1), match.group(1)) for match in found}
    if len(countries) != 1 or _THE_US.search(text) or re.search(r"\b(?:UK|Britain|British|Westminster)\b", text):
        return None
    country = countries.pop()
    return None if _is_home_country(country) else country


_INITIALS_WORD = re.compile(r"(?<![\w'’&.-])[A-Z]{2,3}(?![\w'’&-])")


def _countries_by_initials(headline: str, context: _Context) -> set[str]:
    """The countries of two or three words the article names whose initials the headline writes ("SA" for South
    Africa, in a story naming South Africa): a headline's short form of the state, as sub-editors write it."""
    if context.words is None:
        return set()
    initials = set(_INITIALS_WORD.findall(headline))
    if not initials:
        return set()
    return {country for country in {_countries().get(found.group(1), found.group(1))
                                    for found in _country_word().finditer(context.words.text)}
            if 2 <= len(words := country.split()) <= 3 and "".join(word[0] for word in words) in initials
            and all(word[0].isupper() for word in words)}
