"""Who an article names: every person once, under one canonical full name, with the forms seen.

Mentions come from the model's PERSON entities and from cheap rules for what it misses: an honorific
before a capitalised name ("Cllr Jane Doe", "Councillor Doe"), "X said" / "said X", a lower-case role
before a full name ("chief executive Jane Doe"), and, as weaker evidence, an initial and surname
("J. Doe"), a name before a bracketed affiliation ("Jane Doe (Lab)") and names standing alone in lists
once the model has recognised two of them; a known given name before a surname that is no English word, which the
model labels a body, a product or nothing ("said analyst Ivana Petrak", ``_given_name_pairs``); a first name with
its surname in brackets inside a quotation ("even Jane (Doe)"); the players of a squad written with initials and
clubs ("J Doe (Ayton), R Roe (Barton)"). They are then grouped into people within the article:

- full names group when surnames match and given names fit ("J. Smith" fits "John Smith"), or when the
  surnames are one edit apart (a swap of neighbours counts as one) and the first given names agree;
- a bare surname or title + surname ("Coun Smith", "Mr Smith") joins the full name with that surname;
  when two people share it, the nearest full-name mention before it (else after it) wins; failing an
  exact surname it joins a surname one edit away ("Mr Smtih" -> "Smith"), unless a king's or queen's title
  stands before it (its word a regnal name or a thing's: "King Kong" is no slip of a "King");
- "Sir John" / "Dame Jane" joins the full name with that given name; a bare first name joins the one
  person whose full name starts with it;
- a surname-only person whose full name the model missed elsewhere ("appointed Jane Smith as") gets it.

A title + surname with no full name anywhere in the article keeps the bare surname as its canonical
name ("Smith") and the written forms ("Mr Smith") as aliases: the article does not say more, and the
title is not part of the name. Without an honorific, a speech verb or a role, the model's word is
doubted: a lone capitalised word needs a speech verb or two mentions and nothing calling it a place or
organisation ("in X", "X captain", the model labelling it ORG/GPE elsewhere); a name that is a heading
on its own line, or that follows a preposition of place, is not a person.

The model's person is also doubted when the words around it say it is part of something else: capitalised words
run on before or after it with no title or description among them ("the MIT Media Labs Europe"), a noun for a
work, character or business before it ("the TV series X", "her role as X", "miner X"), a description after it
("X economist", "X ceremony"), the initials of its words in brackets ("X Y Z (XYZ)"), quotation marks around it
alone (a nickname), another person's possessive before it ("Dickens' X": a work). A name made only of ordinary
English words with no known given name first ("Metal Slug"), a street or quarry word after a name that is no
given name, and a council area followed by a plural ("Barton Rhinos") need more than the model to be a person;
so do a name with no given name whose last word is an ordinary word no one bears as a surname ("Unitary
Status"), a regional adjective before an ordinary word ("Anglian Water"), and a name only ever written as the
possessive right before another person's full name (a club or band: "Barton Villa's Jane Doe").

Minutes and lists add their own shapes: a post after a name ("Jane Doe Treasurer") is cut off it, a country
after a full name too ("Jane Doe Italy"), a month after a day's number begins no name ("15th Jun Lorry"), a
span the model runs across a comma is a list ("Kay, King"), and a title of one sex does not join a person whose
given name is of the other ("Baroness Doe" beside "John Doe").
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, partial
from importlib import resources
from typing import Any

from cuttings.infer.councils import multi_word_places, one_word_places, place_word_key
from cuttings.infer.findings import EntitySpan, NameSpan, PeopleResult
from cuttings.infer.gates import one_of, starts_with_one_of
from cuttings.infer.names import (
    COUNCILLOR_TITLES,
    COURTESY_TITLES,
    HONORIFICS,
    NOT_NAME_WORDS,
    SURNAME_PARTICLES,
    UK_POST_NOMINALS,
    ParsedName,
    clean_surface,
    clear_given_name_sexes,
    country_names,
    demonyms,
    generation_of,
    given_names_compatible,
    is_all_caps,
    is_census_surname,
    is_common_surname,
    is_common_word,
    is_common_word_not_census_surname,
    is_common_word_not_common_surname,
    is_common_word_not_surname,
    is_frequent_surname,
    is_given_name,
    is_initial,
    is_nickname_or_its_name,
    is_plausible_person_name,
    is_post_nominal,
    is_world_given_name,
    judges_title,
    name_key,
    normalise_title,
    office_of_titles,
    parse_name,
    sex_of_titles,
    strip_possessive,
    surnames_match,
    surnames_nearly_match,
)
from cuttings.infer.wordlists import (
    PLACE_ENDINGS,
    PLACE_WORDS,
    PLACE_WORDS_OF_SURNAMES,
    SPORT_CALLINGS,
    STREET_WORDS,
)
from cuttings.model import PersonMention


class _Lazy:
    """A regular expression compiled when first used, then used as the compiled one (each method it is called
    through is kept on it, so a call costs what a compiled pattern's does). What it saves: this module's ~150
    patterns took 0.13-0.14 s to compile, at every start of an inference worker, and most are for shapes a given
    article lacks: inferring one article after a fresh start used 66 of them, about a quarter of that time (BBC
    articles, p17ar); a build that re-infers one edited article has a worker start for it. Behaviour is the compiled
    pattern's: every rule test goes through these, and ``tests/unit/infer/test_rule_fast_paths.py`` calls some
    directly."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only for what is not yet kept: the first use of each method
        kept = getattr(re.compile(*self._source), name)
        setattr(self, name, kept)
        return kept


_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_WORD = rf"(?:(?:O|D)['’])?[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)*"
_INITIAL = rf"(?:[{_UPPER}]\.){{1,3}}"
_PARTICLE = r"(?:van|von|der|den|de|da|di|du|la|le|del|della|dal|dalla|dos|das|ter|ten|bin|al|ibn|ap)"
_NAME_TOKEN = rf"(?:{_WORD}|{_INITIAL})"
_NAME_START = rf"(?=[{_UPPER}])"
"""Every name token starts with a capital ("O'" and "D'" too): a guard that skips other positions fast."""
_POST_NOMINAL_TAIL = "(?: (?:{}))*".format("|".join(sorted(
    (letters.upper() for letters in UK_POST_NOMINALS if len(letters) > 1 and letters not in {"jr", "sr"}),
    key=len, reverse=True,
)))

_TITLE_FORMS = sorted(
    {title.capitalize() for title in HONORIFICS}
    | {title.upper() for title in HONORIFICS if len(title) <= 3}
    | {"Det", "Ch", "Rt", "Hon", "Insp", "Supt", "Sgt", "Revd"}
    | {"President", "Premier", "Chancellor", "Minister", "Prime", "Senator", "Governor", "King", "Queen",
       "Prince", "Princess", "Pope", "Gen", "Colonel", "Col", "Captain", "Capt", "Sheikh", "Emir"},
    key=len,
    reverse=True,
)
_MIDDLE_INITIAL = (rf"(?=[{_UPPER}] [{_UPPER}])(?<=[{_LOWER}] )"
                   + "".join(f"(?<!{title} )" for title in _TITLE_FORMS if title[-1].islower())
                   + rf"[{_UPPER}](?= {_WORD})")
"""A middle initial written without its full stop, "George W Bush": a capital alone after a given name (not after a
title: "Mr C Doe" of minutes is the other rules' to read), a name's word after it."""
_INNER_TOKEN = rf"(?:{_NAME_TOKEN}|{_MIDDLE_INITIAL})"
_NAME_SEQUENCE = rf"{_NAME_TOKEN}(?:(?: |(?<=\.))(?:{_PARTICLE} )*{_INNER_TOKEN}){{0,3}}"
_FULL_NAME = rf"{_NAME_TOKEN}(?:(?: |(?<=\.))(?:{_PARTICLE} )*{_INNER_TOKEN}){{1,3}}"
_TITLE = rf"{one_of(_TITLE_FORMS)}(?:(?<=[{_LOWER}])\.)?"
"""A title, with a full stop only after a lower-case letter ("Dr.", "Capt."): a title in capitals takes none, so "sold
to the PC. Jane Doe said" is a sentence's end, not "PC Jane Doe"."""
_HONORIFIC_NAME = _Lazy(
    rf"{starts_with_one_of(_TITLE_FORMS)}(?<![\w’'])(?P<titles>{_TITLE}(?: {_TITLE})*) "
    rf"(?P<name>{_NAME_SEQUENCE}){_POST_NOMINAL_TAIL}(?![\w])"
)

SPEECH_VERBS = (
    "said", "says", "added", "adds", "told", "explained", "commented", "stated", "warned", "claimed",
    "insisted", "argued", "continued", "replied", "confirmed", "admitted", "noted", "urged", "wrote",
    "revealed", "announced", "asked", "believes", "thinks", "agreed", "responded", "acknowledged",
)
_SPEECH_VERB = starts_with_one_of(SPEECH_VERBS) + one_of(SPEECH_VERBS)
_NAME_THEN_VERB = _Lazy(
    rf"{_NAME_START}(?<![\w’'])(?P<name>{_FULL_NAME}){_POST_NOMINAL_TAIL}(?:, [^,\"“”]{{1,80}},)? {_SPEECH_VERB}\b"
)
_ANY_SPEECH_VERB = _Lazy(rf"\b{_SPEECH_VERB}\b")
_VERB_THEN_NAME = _Lazy(rf"\b{_SPEECH_VERB} (?P<name>{_FULL_NAME})(?![\w])")

ROLE_WORDS = (
    "executive", "leader", "director", "chairman", "chairwoman", "chair", "mayor", "commissioner",
    "spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "manager", "officer",
    "headteacher", "teacher", "head", "inspector", "president", "coach", "captain", "councillor",
    "member", "deputy", "governor", "senator", "judge", "lawyer", "solicitor", "barrister", "analyst",
    "economist", "founder", "owner", "boss", "chief", "resident", "campaigner", "organiser", "clerk",
    "treasurer", "vicar", "rector", "priest", "holder", "cabinet", "candidate", "chancellor",
    "striker", "midfielder", "defender", "goalkeeper", "bowler", "batsman", "all-rounder", "player",
    "champion", "winner", "actor", "actress", "singer", "author", "writer", "editor", "partner",
    "colleague", "professor", "doctor", "nurse", "surgeon", "consultant", "engineer", "architect",
    "investor", "trader", "dealer", "farmer", "worker", "student", "pupil", "mother", "father",
    "son", "daughter", "wife", "husband", "brother", "sister", "chairperson", "rival", "opponent",
)
_NAME_THEN_AFFILIATION = _Lazy(
    rf"{_NAME_START}(?<![\w’'])(?P<name>{_FULL_NAME}) \((?:[{_UPPER}][\w.]*)(?:[ -][\w.]+)?\)")
"""Results and lists: "Jane Smith (Lab)", "Pete Sampras (U.S.)"."""
_AFFILIATION_OPENS = _Lazy(rf" \([{_UPPER}]")
"""What every affiliation match holds: a quick search that spares most paragraphs the full scan."""
_INITIAL_DOT = _Lazy(rf"[{_UPPER}]\.")
"""What every initial-and-surname match holds."""
_INITIAL_THEN_SURNAME = _Lazy(rf"{_NAME_START}(?<![\w.’'])(?P<name>[{_UPPER}]\. ?{_WORD})(?![\w])")
"""An initial and a surname, "J. Smith", as in results and minutes."""

_ROLE_WORD_SET = frozenset(ROLE_WORDS)
_WORD_PAIR = _Lazy(rf"{_NAME_START}(?<![\w’'.])(?P<given>{_WORD}) (?=(?P<surname>{_WORD})(?![\w’']))")
"""Two capitalised words in a row; the second is only looked at, so "Jane Ann Smith" yields "Ann Smith"."""
_CAPITALISED_WORD = _Lazy(r"(?=[A-ZÀ-ÖØ-Þ])(?<![\w’'-])[A-ZÀ-ÖØ-Þ][\w-]*(?:['’][A-ZÀ-ÖØ-Þ][\w-]*)?(?<!-)")
POSITION_WORDS = ("prop", "lock", "flanker", "hooker", "winger", "wing", "centre", "fly-half", "scrum-half",
                  "full-back", "number eight", "forward", "sprinter", "hurdler", "wicketkeeper", "keeper",
                  "supermodel", "presenter", "comedian", "comedienne", "rapper", "songwriter", "singer-songwriter",
                  "novelist", "poet", "playwright", "composer", "broadcaster", "guitarist", "drummer", "pianist",
                  "bassist", "frontman", "athlete", "footballer", "cricketer", "golfer", "jockey", "boxer", "swimmer",
                  "cyclist", "decathlete", "heptathlete", "triathlete", "sculptor", "photographer", "dancer",
                  "violinist", "cellist", "teenager", "youngster", "newcomer")
"""A player's position or a person's calling, in lower case, before a full name ("Dragons lock Jane Doe", "prop Jane
Doe", "supermodel Jane Doe", "youngster Jane Doe"): read with the role words, but the name must open with a given
name (``_opens_with_a_given_name``: "centre Ayton Court" is none). Only people are so called; the model reads
such a name as a body or a place often enough ("Danish supermodel Jane Doe" labelled an organisation)."""
_ROLE_THEN_NAME = _Lazy(
    rf"\b{starts_with_one_of((*POSITION_WORDS, *ROLE_WORDS))}"
    rf"(?:(?P<position>{one_of(POSITION_WORDS)}) |{one_of(ROLE_WORDS)},? )(?P<name>{_FULL_NAME})(?![\w])"
)

_OWNED_BEFORE = _Lazy(r"(?<![\w&.-])[A-Z][\w&.]*-$")
"""A capitalised word hyphened to the role word ("DHL-owner Jane Doe", "Ayton-owner"): the compound says what the
name is to that body (its owner, its maker), and a firm is written so as often as a person; "ex-", "co-" and "vice-"
are lower case."""

ORGANISATION_TAIL_WORDS = frozenset(
    {
        "Committee", "Council", "Board", "Panel", "Trust", "Group", "Service", "Services", "Scrutiny",
        "Partnership", "Centre", "Center", "School", "Academy", "College", "University", "Street",
        "Road", "Lane", "Avenue", "Drive", "Close", "Way", "Square", "Hall", "House", "Park",
        "Foundation", "Fund", "Award", "Awards", "Prize", "Cup", "Trophy", "Stadium", "Bridge",
        "Hospital", "Ltd", "Limited", "Plc", "PLC", "Inc", "Associates", "Institute", "Library",
        "Memorial", "Museum", "Gallery", "Theatre", "Gardens", "Estate", "Building",
        "Court", "Primary", "Junior", "Infant", "Station", "Airport", "Society", "Association",
    }
)
"""A capitalised word that, following a name, makes the name part of an organisation or place."""

NOT_PERSON_BEFORE = frozenset(
    {"the", "a", "an", "in", "at", "into", "near", "across", "around", "from", "to", "of", "via",
     "outside", "inside", "throughout", "towards", "toward", "within", "through", "visit", "visited"}
)
"""Lower-case words that, before a lone capitalised word, show it is a place or a thing."""


THOROUGHFARE_ENDINGS = frozenset(
    {"street", "road", "avenue", "grove", "walk", "row", "yard", "link", "mews", "terrace", "drove", "gardens",
     "wharf"})
"""The ``PLACE_ENDINGS`` a street's name ends with: after a given name still a street ("George Street"), where the
others that are common census surnames ("Wells", "Fields", "Ferry") make a name ("Jane Wells")."""


BUILDING_WORDS = frozenset(
    {"theatre", "theater", "hospital", "stadium", "cinema", "museum", "airport", "prison", "cathedral", "academy",
     "university", "hotel", "centre", "library", "infirmary", "hospice", "barracks", "playhouse", "auditorium",
     "institute"}
)
"""Last words of a building's or institution's name that are no census surname: "Jane Doe Hospital" is a
building even after a title ("Prince Jane Doe Theatre")."""

_HYPHENED_PLACE = _Lazy(r"-(?:on|upon|under|next|super|by)-", re.IGNORECASE)

LOCATIVES = frozenset({"in", "at", "near", "into", "across", "around", "outside", "inside", "throughout",
                       "towards", "within", "via"})
"""Prepositions of place, after which even a two-word name the model calls a person is a place."""

KINSHIP_WORDS = frozenset({"mum", "mummy", "aunt", "aunty", "auntie", "uncle", "granny", "grandma", "grandad",
                           "granddad", "grandpa"})
"""Words of family before a name ("Mum Gray", "Aunty Maud", "Uncle Jack"): a family's word for someone, no name."""

ROUTE_WORDS = frozenset({"from", "to", "in", "at", "on", "along", "near", "off", "into", "via", "opposite", "past",
                         "beside", "behind", "outside"})
"""Prepositions before a street or a spot in minutes ("the footpath from Hilgay Road to Doe Lane")."""
STREET_ONLY_ROUTE_WORDS = frozenset({"in", "at", "on", "along", "off", "into", "via", "opposite"})
"""The prepositions before a street that a person's name does not follow ("from" and "to" it does)."""
_NOT_A_NAME_BEFORE_TITLE = frozenset({"rt", "hon", "right", "very", "most", "the"})

_INNER_ADDRESS = _Lazy(r" (?:Mr|Mrs|Ms|Miss|Cllr|Cllrs|Clr|Coun|Councillor|Dr|Rev|Revd)\.? (?=[A-Z])")
"""An address title inside a name the model ran on ("Jane Doe Cllr John"): a list of attendees with no comma."""

NON_PERSON_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})

_HAS_DIGIT = _Lazy(r"\d")
_TRAILING_NUMBERS = _Lazy(r"(?: [\d.,:/-]+)+$")
_WORD_BEFORE = _Lazy(r"([A-Za-z]+)\W*$")
_WORD_AFTER = _Lazy(r"^\W*?([A-Za-z]+)")
_TITLE_BEFORE = _Lazy(rf"(?:{_TITLE} )+$")

PERSON_NOUNS = frozenset(ROLE_WORDS) | frozenset(
    """widow widower confidant confidante friend girlfriend boyfriend fiance fiancee fiancée cousin nephew niece
    uncle aunt grandson granddaughter grandfather grandmother stepfather stepmother stepson stepdaughter biographer
    spokesman spokeswoman businessman businesswoman novelist poet playwright songwriter composer presenter
    broadcaster comedian rapper guitarist drummer pianist bassist frontman sprinter athlete footballer cricketer
    golfer jockey boxer swimmer cyclist director-general""".split()
) - {"cabinet", "head", "chief", "member", "holder", "winner", "champion", "owner"}
"""Nouns that say an apposition is about a person ("Jane Doe, the widow of", "Jane Doe - another board member"):
posts, jobs and family words, singular. Left out are nouns a team or a firm is called too ("the holders",
"the winner", "the owner of", "the head of"), and "member" unless a post word comes before it."""
_PERSON_NOUN = one_of(sorted(PERSON_NOUNS, key=len, reverse=True))
_CLAUSE_WORD = one_of(("while", "whilst", "but", "and", "or", "as", "when", "where", "after", "before", "since", "if",
                       "because", "although", "though", "so", "yet", "then", "until", "unless", "with", "for", "to"))
"""Words that open a new clause or phrase: an apposition's words run to its noun without one."""
_NAME_THEN_WHO = _Lazy(rf"{_NAME_START}(?<![\w’'])(?P<name>{_FULL_NAME}){_POST_NOMINAL_TAIL}, who\b")
"""A name with a relative "who" after it ("Jane Doe, who was head of"): a body takes "which"."""
_NAME_THEN_APPOSITION = _Lazy(
    rf"{_NAME_START}(?<![\w’'])(?P<name>{_FULL_NAME}){_POST_NOMINAL_TAIL}(?:,| [-–—]) "
    rf"(?:(?:a|an|the|another|his|her|their|its|whose) (?:(?!{_CLAUSE_WORD}\b)[\w’'&.-]+ ){{0,4}}?"
    rf"|(?:(?!{_CLAUSE_WORD}\b|[\w’'-]+(?:ing|ed)\b)[\w’'&.-]+ ){{0,4}}?)"
    rf"(?:{_PERSON_NOUN}|board member|party member)"
    rf"(?=[,.;:)]|$| (?:of|at|for|to|in|and|with|from|who|{_SPEECH_VERB})\b| [-–—] )"
)
"""A name in apposition to a person's noun, the phrase ending there: "Jane Doe, the widow of", "Jane Doe - another
board member,"; not "a visit to Ayton, his wife said" (a place after a preposition, ``_after_locative``), nor "her
role in Jane Doe, winning best actress" (no article before the noun, and a verb's participle before it)."""
_ACCORDING_TO_NAME = _Lazy(rf"\b[Aa]ccording to (?P<name>{_FULL_NAME})(?![\w’'])")
""""According to Jane Doe from Acme": the words are someone's."""
GIVEN_NAME_RULES = (_NAME_THEN_WHO, _NAME_THEN_APPOSITION, _ACCORDING_TO_NAME)
"""Rules whose context is a person's but whose words may lead a body's name too ("centre Jane Doe" and "centre
Ayton Court"): a name they find must open with a given name, or with a word that is no English word (a given name
the lists lack, "Anand") before another such word."""

RULES = (_NAME_THEN_VERB, _VERB_THEN_NAME, _ROLE_THEN_NAME, _NAME_THEN_AFFILIATION, _INITIAL_THEN_SURNAME,
         *GIVEN_NAME_RULES)
WEAK_RULES = (_NAME_THEN_AFFILIATION, _INITIAL_THEN_SURNAME)
"""Rules that find a name's shape rather than a sign of a person: the model may still overrule them."""

_PRIORITY_HONORIFIC = 0
_PRIORITY_RULE = 1
_PRIORITY_MODEL = 2
_PRIORITY_SCAN = 3


@dataclass
class _Mention:
    paragraph: int
    start: int
    end: int
    surface: str
    parsed: ParsedName
    priority: int
    evidence: bool
    """Something beyond the model says this is a person: an honorific, a speech verb or a role."""
    lined_up: bool = False
    """An entry of a line-up (``_team_sheet_surnames``): a surname as written, never a slip nor a first name."""
    initial: str = ""
    """A line-up entry's initial, left out of the name ("A" of "A Doe"): it tells which given name fits."""
    listed_under: str = ""
    """The plural title a surname was listed under, as written ("Lord Justices" of "Lord Justices Doe and Roe";
    ``_plural_title_lists``): the surname joins a full name only when that name carries the title's singular."""


@dataclass
class _Person:
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def full_mentions(self) -> list[_Mention]:
        return [mention for mention in self.mentions if mention.parsed.is_full]

    def surname(self) -> str:
        spelled = Counter(mention.parsed.surname for mention in self.mentions if mention.parsed.surname)
        if not spelled:
            return ""
        first_seen = {name: index for index, name in reversed(list(enumerate(
            mention.parsed.surname for mention in self.mentions)))}
        best = max(spelled, key=lambda name: (spelled[name], -first_seen[name]))
        if len(spelled) == 1:
            return best
        # The full name's spelling over a case twin written alone ("De Marigny" opening a sentence, "de Marigny").
        return next((m.parsed.surname for m in self.full_mentions if m.parsed.surname != best
                     and name_key(m.parsed.surname) == name_key(best)), best)

    def given(self) -> tuple[str, ...]:
        fuller = [mention.parsed.given for mention in self.mentions if mention.parsed.given]
        if not fuller:
            return ()
        return max(fuller, key=lambda given: (sum(not is_initial(name) for name in given), -fuller.index(given)))

    def canonical(self) -> str:
        surname = self.surname()
        given = self.given()
        if not surname:
            titles = next((m.parsed.titles for m in self.mentions if m.parsed.has_given_name_title), ())
            return " ".join((*titles[-1:], *given))
        generations = {generation_of(mention.parsed) for mention in self.full_mentions} - {""}
        # "Hank Doe Jr" keeps the letters that tell him from his father "Hank Doe", whose page is another.
        return " ".join((*given, surname, *(generations if len(generations) == 1 else ())))

    def position(self) -> tuple[int, int]:
        first = self.mentions[0]
        return first.paragraph, first.start


def find_people(paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> PeopleResult:
    """Every person the article names, once each, with every mention resolved to its canonical name."""
    candidates = [mention for mention in _candidate_mentions(paragraphs, entities)
                  if not _names_a_constituency(paragraphs[mention.paragraph], mention)]
    mentions = _place_glued_to_surname(paragraphs, _marked_as_listed(candidates, _accept_non_overlapping(candidates)),
                                       entities)
    couples = [mention for mention in mentions if _a_couples_surname(paragraphs[mention.paragraph], mention)]
    if couples:
        mentions = [mention for mention in mentions if mention not in couples]
    non_person_surfaces = _non_person_surfaces(entities)
    firm_words = cache(partial(_firm_words, entities))  # read only for a name whose first word no one bears
    rolls = _rolls(paragraphs)
    people, silent = _without_listed_namesakes(_group(mentions, rolls))
    works: dict[str, None] = {}
    believed = []
    for person in people:
        if _is_believable(person, paragraphs, non_person_surfaces, firm_words) and not _named_as_a_thing(
                person, paragraphs, entities):
            believed.append(person)
        elif person.full_mentions and (
                all(_written_as_a_work(paragraphs[m.paragraph], m) for m in person.mentions)
                or (not any(m.parsed.titles for m in person.mentions) and _has_a_speaker(person, paragraphs))):
            works.setdefault(person.canonical(), None)  # "Jane Doe equity strategist Ann Roe": a firm's name
    # A name the article also writes as a firm ("shares in Jane Doe", "Jane Doe shed 4%") stays its person here
    # (the model and the rules read it so), and tells the archive that the name is a firm's, not a person's page.
    birth_names = _birth_names(believed, paragraphs)
    if birth_names:
        believed = [person for person in believed if person not in birth_names]
    firms = {person.canonical() for person in believed if _written_somewhere_as_a_firm(person, paragraphs)}
    # A full name with a plural verb ("Jane Doe were drawn against") is a club's, a band's or a firm's: not a
    # person here, and a thing's name for the archive.
    bodies = [person for person in believed if _full_name_takes_a_plural_verb(person, paragraphs)]
    if bodies:
        believed = [person for person in believed if person not in bodies]
        works.update(dict.fromkeys(person.canonical() for person in bodies))
    works.update(dict.fromkeys(sorted(firms - works.keys())))
    people = _without_works_of_others(paragraphs, believed)
    people = _without_owners_of_others(paragraphs, people)
    people = [person for person in people if not _names_a_series_of_works(person, paragraphs)]
    people = [person for person in people if not _plural_of_a_thing(person, non_person_surfaces, entities)]
    acronyms = _bracketed_acronyms(paragraphs)
    if acronyms:
        people = [person for person in people if not _an_acronym_spelt_out(person, acronyms)]
    _recover_full_names(paragraphs, people)
    _add_quoted_speakers(paragraphs, people)
    # A couple's surname is no bare surname either.
    _add_bare_surnames(paragraphs, people, (*silent, *couples), rolls)
    people.sort(key=lambda person: person.position())

    spans: list[NameSpan] = []
    mentions_out: list[PersonMention] = []
    for person in people:
        name = person.canonical()
        aliases: list[str] = []
        for mention in person.mentions:
            spans.append(NameSpan(mention.paragraph, mention.start, mention.end, mention.surface, name))
            if mention.surface != name and mention.surface not in aliases:
                aliases.append(mention.surface)
        aliases.extend(_judges_title_forms(person, name, aliases))
        mentions_out.append(PersonMention(name=name, aliases=tuple(aliases),
                                          callings=_callings_of(person, paragraphs),
                                          ages=_ages_of(person, paragraphs),
                                          bodies=_bodies_of(person, paragraphs),
                                          callings_left=_callings_left_of(person, paragraphs),
                                          plays=_plays_of(person, paragraphs)))
    spans.sort(key=lambda span: (span.paragraph, span.start))
    named = {person.name for person in mentions_out}
    return PeopleResult(people=tuple(mentions_out), spans=tuple(spans),
                        works=tuple(name for name in works if " " in name and (name not in named or name in firms)),
                        unsupported=tuple(person.canonical() for person in people
                                          if _only_the_model_and_no_given_name(person, paragraphs)))


_CALLING_BEFORE = _Lazy(r"(?:^|(?<=[\s(\[\"“]))([a-z][a-z-]*[a-z]) $")


_SPORT_CALLING_OPENS = _Lazy(r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’] ))([A-Z][a-z-]*[a-z]) $")
"""A capitalised word opening a sentence right before a name: a sportsman's calling there ("Striker Jane Doe
scored") is the lower-case one capitalised, as a sentence's first word is."""


def _callings_of(person: _Person, paragraphs: Sequence[str]) -> tuple[str, ...]:
    """The callings (``is_calling``) the article writes in lower case right before the person's full name
    ("keeper Jane Doe", "business trouble-shooter Jane Doe"), or a sportsman's opening a sentence ("Striker Jane
    Doe"), once each, in order."""
    found: dict[str, None] = {}
    for mention in person.full_mentions:
        text = paragraphs[mention.paragraph]
        match = _CALLING_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if match is not None and match.end() == mention.start and is_calling(match.group(1)):
            found.setdefault(match.group(1), None)
        elif (opening := _SPORT_CALLING_OPENS.search(text, max(0, mention.start - 40), mention.start)) is not None \
                and opening.end() == mention.start and opening.group(1).lower() in SPORT_CALLINGS:
            found.setdefault(opening.group(1).lower(), None)
    return tuple(found)


_LEFT_BEFORE = _Lazy(r"\b(?:[Ff]ormer|[Ee]x|[Rr]etired|[Oo]ne-time|[Oo]netime|[Ee]rstwhile)[ -]"
                          r"(?:[A-Z][\w'’.&-]* ){0,3}$")
"""Words before a calling that put it in the past ("former striker", "ex-drummer", "retired keeper"), perhaps with
the body's name between ("former Ayton United striker", "ex-Ayton drummer")."""


def _callings_left_of(person: _Person, paragraphs: Sequence[str]) -> tuple[str, ...]:
    """The callings (``is_calling``) the article writes right before the person's full name as left behind
    ("former striker Jane Doe", "ex-drummer Jane Doe", "the retired keeper Jane Doe"), once each, in order. They are
    also among ``_callings_of`` (which reads the one word before the name alone); read apart, they say a field of
    work was once the person's, as a former post does."""
    found: dict[str, None] = {}
    for mention in person.full_mentions:
        text = paragraphs[mention.paragraph]
        match = _CALLING_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if match is None or match.end() != mention.start:
            continue
        word = match.group(1)
        if word.startswith("ex-") and is_calling(word[3:]):
            found.setdefault(word[3:], None)  # "ex-drummer": one word, read as "drummer"
        elif is_calling(word) and _LEFT_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            found.setdefault(word, None)
    return tuple(found)


_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|both|all)"
_BALL_THING = (r"(?:penalt(?:y|ies)|spot-kicks?|free-kicks?|shots?|efforts?|headers?|strikes?|drives?|volleys?|tries|"
               r"try|conversions?|drop-goals?|goals?|crosses|cross|chances?|kicks?)")
_GAME_AFTER = _Lazy(
    r"(?:['’]s? (?:[a-z\d-]+ ){0,2}?(?P<noun>free-kick|header|volley|spot-kick|penalty|try|conversion|drop-goal|"
    r"cross|corner|shot|strike|goal|effort|tackle)\b(?! (?:to|is|was|of|for the)\b)"
    r"|(?:,? who)? (?:(?:had|has|then|also|later|again|duly|coolly|calmly|finally|promptly|superbly|"
    r"brilliantly|quickly|twice) ){0,2}(?P<verb>"
    r"scored(?= (?:twice|again|first|late|early|from|with|in the \d|on the \d|a (?:[\w-]+ )?(?:goal|try|penalty|"
    r"header|hat-trick|brace|double|winner|equaliser)|the (?:[\w-]+ )?(?:opener|winner|equaliser|goal|try|penalty)|"
    r"(?:his|her) (?:[\w-]+ )?(?:goal|try|penalty|header|hat-trick|brace)|" + _NUMBER + r" (?:[\w-]+ )?"
    r"(?:goals|tries|points|runs)))"
    r"|cleared(?= (?:off the line|the ball|his lines|her lines|the danger|a (?:[\w-]+ )?(?:shot|cross|header|effort)))"
    r"|saved(?= (?:[\w'’-]+ ){0,3}?(?:penalty|spot-kick|free-kick|shot|effort|header|strike|drive|volley)\b"
    r"| (?:well|brilliantly|superbly|smartly|low)\b)"
    r"|tackled(?= (?:[\w'’-]+ ){0,2}?(?:in the (?:box|area)|from behind|late)\b)"
    r"|crossed(?= (?:low |high )?(?:for [A-Z]|from the (?:left|right)|into the (?:box|area)|to the far post))"
    r"|headed(?= (?:home|in|wide|over|against the|onto|on to|just (?:wide|over)|past|into the (?:net|roof|corner)"
    r"|the (?:[\w-]+ )?(?:winner|equaliser|opener))\b)"
    r"|converted(?= (?:the|his|her|a|" + _NUMBER + r"|[A-Z][\w'’-]+['’]s?) (?:[\w-]+ )?" + _BALL_THING + r"\b)"
    r"|kicked(?= (?:[\w-]+ ){0,2}?(?:penalt(?:y|ies)|goals?|conversions?|drop-goals?|points|pens)\b)"
    r"|(?:was|were) (?:booked(?! (?:to|into|on|onto|in to)\b)|sent off|red-carded"
    r"|shown (?:a|the) (?:red|yellow) card)))")
"""What a player does in a game, written right after his name ("Jane Doe scored twice", "Doe's late header",
"Doe, who converted the penalty", "Doe was booked"): a closed list of match verbs and nouns, each with what
follows it in a match report ("cleared off the line", "headed wide", "kicked three penalties"), so that a
minister who "cleared the way", "headed the inquiry", "crossed the floor" or "converted to" a faith, or a goal
"to" do something, reads as none."""


def _plays_of(person: _Person, paragraphs: Sequence[str]) -> tuple[str, ...]:
    """What the article says the person does in a game (``_GAME_AFTER``), after any of its mentions, full or
    surname, and "line-up" when it names the person in a team sheet (``_team_sheet_surnames``), once each, in
    order. Only a sport section's article reads it as a field of work (``namesakes.split_by_fields``)."""
    found: dict[str, None] = {}
    for mention in person.mentions:
        if mention.lined_up:
            found.setdefault("line-up", None)
            continue
        match = _GAME_AFTER.match(paragraphs[mention.paragraph], mention.end)
        if match is None:
            continue
        word = match.group("noun") or match.group("verb").split()[-1]
        if word == "card":
            word = "shown a card"
        elif word == "off":
            word = "sent off"
        found.setdefault(word, None)
    return tuple(found)


_AGE_AFTER = _Lazy(r"(?:, (?:aged )?|,? \((?:aged )?)(1[6-9]|[2-9]\d|1[01]\d)(?:,|\)| (?:and|who)\b|\.(?!\d))")
"""An age in apposition right after a name ("Jane Doe, 41, said", "Jane Doe (41)", "Jane Doe, aged 78,"): 16 to
119, so that a score or a shirt number after a comma ("Jane Doe, 3, and") is not read as one."""


def _ages_of(person: _Person, paragraphs: Sequence[str]) -> tuple[int, ...]:
    """The ages the article gives right after the person's full name (``_AGE_AFTER``), once each, in order."""
    found: dict[int, None] = {}
    for mention in person.full_mentions:
        match = _AGE_AFTER.match(paragraphs[mention.paragraph], mention.end)
        if match is not None:
            found.setdefault(int(match.group(1)), None)
    return tuple(found)


_KIND_WORD = (r"(?:Council|School|Academy|College|Police|Constabulary|United|Rovers|Athletic|Albion|Wanderers|Rangers"
              r"|Thistle|Hotspur|A?FC|RFC|Harriers|AC|Runners|Striders|Joggers|Athletic Club|Running Club"
              r"|Cricket Club|Fire and Rescue Service|Fire Service|Fire Brigade|Surgery|Medical Practice"
              r"|Health Centre|Medical Centre|Fire Station|Hospital|Church|Chapel|Solicitors)")
_BODY_NAME = rf"([A-Z][A-Za-z'’-]* (?:(?:[A-Z][A-Za-z'’-]*|and|&) ){{0,4}}{_KIND_WORD})"
"""A body's name whose last words tell its kind (a council, school, police force, fire service, doctors' surgery,
hospital, church, solicitors' firm, football, cricket or running club): the kinds
``cuttings.analysis.namesakes.body_kind`` reads, so that nothing else is kept."""
_BODY_TIERS = frozenset({"Parish", "Town", "Borough", "District", "County", "City", "Community", "Village",
                         "Rural", "Metropolitan", "Unitary", "Neighbourhood", "Primary", "Secondary", "High",
                         "Grammar", "Junior", "Infant", "Infants", "Sixth", "Running", "Athletic", "Football"})
"""First words of a body's name that leave it no name of its own ("Parish Council", "Primary School")."""
_BODY_ENDS = r"(?=[,.;:)!?]|$| and\b| since\b| for\b| in\b)"
_BODY_AFTER = _Lazy(
    rf"(?:,? \(?(?:aged )?\d{{1,3}}\)?,?|,)? (?:of|from) (?:the )?{_BODY_NAME}\b(?!['’]| [A-Z&])"
    rf"|, who (?:now )?(?:is\b|has been\b|(?!was\b|has\b|lives\b)[a-z]+s\b)[^,.;:()]*? (?:of|on|at|for|with) "
    rf"(?:the )?{_BODY_NAME}{_BODY_ENDS}"
    rf"|, (?:a|an|the) [^,.;:()]*? (?:of|on|at|for|with) (?:the )?{_BODY_NAME}{_BODY_ENDS}"
    rf"| \({_BODY_NAME}\)")
"""A body written right after a name: "Jane Doe of Ayton Harriers", "Jane Doe, 52, of Ayton AC", "Jane Doe, from
Ayton Cricket Club", "Jane Doe (Ayton AC)", in an apposition ("Jane Doe, a member of Ayton Town Council,") or in a
relative clause in the present ("Jane Doe, who chairs the planning committee at Ayton Parish Council,"; "who was"
and "who had" are a former post, "who lives" an address)."""
_BODY_APPOSED = _Lazy(rf", ([a-z][a-z-]*)\b[^,.;:()]*? (?:of|on|at|for|with) (?:the )?{_BODY_NAME}{_BODY_ENDS}")
"""A body ending an apposition that opens with a post, no article before it ("Jane Doe, vicar of St Anne's Church,";
``is_calling`` tells a post from "speaking at")."""
_BODY_CALLED = _Lazy(rf"(?:(?:former|ex-|retired) )?([A-Z][A-Za-z'’-]* (?:[A-Z][A-Za-z'’-]* ){{0,4}}{_KIND_WORD}) "
                          r"((?:[a-z][a-z-]* ){1,3}|[A-Z]{2,3} )"
                          r"(?:(?:Dr|Rev|Revd|Cllr|Councillor|Prof|PC|DS|DC|DI|Sgt|Inspector|Sergeant|Detective) )*$")
"""A body and a post right before a name ("Ayton Surgery GP Dr Jane Doe", "Ayton Academy head teacher Jane
Doe"): the post's last word a calling (``is_calling``) or initials, not a fan's or a supporter's. No "and" in the
body's name here: "Jane Roe and Ayton United manager Jane Doe" is a list."""
_OPENERS = _Lazy(r"^(?:(?:The|A|An|And|But|Or|So|Yet|Then|When|While|If|As|After|Before|Now|Meanwhile"
                      r"|However|Also|With|At|In|On|For|From|Last|This|That|Its|Their|His|Her) )+")
"""Words opening a sentence that a capitalised body's name starts with, none of them its own ("But Ayton United
boss Jane Doe")."""
_NOT_HELD = _Lazy(r"\b(?:former|formerly|ex|retired|previous|previously|one-time|then|late|used to|until)\b",
                       re.IGNORECASE)
"""Words that make the body of an apposition or a clause one the person belonged to once ("a former member of")."""
_BODY_BEFORE = _Lazy(rf"(?:{_BODY_NAME}(?:'s?|’s?) |(?:\bof|\bon|\bat|\bfor) (?:the )?{_BODY_NAME}, )$")
"""A body written right before a name: "Ayton Harriers' Jane Doe", or ending an apposition ("the member for
Priory ward on Ayton Town Council, Jane Doe,"; the comma after the name closes it)."""
_KIND_BEFORE = _Lazy(r"\b[Tt]he ((?:(?:parish|town|district|borough|county|city) )?council|school|academy"
                          r"|club|force|surgery|practice)(?:'s|’s) (?!former\b)[a-z][a-z -]*, $")
"""A body named by its kind alone, owning the post an apposition ends with ("The parish council's planning
chairman, Jane Doe,"): kept in lower case, a hint of which of a name's bodies the article means (weak evidence,
``cuttings.analysis.namesakes.split_name``), tying the name to none."""


def _bodies_of(person: _Person, paragraphs: Sequence[str]) -> tuple[str, ...]:
    """The bodies of a known kind the article writes right beside the person's full name (``_BODY_AFTER``,
    ``_BODY_BEFORE``), once each, in order: a club a runner belongs to, the council a member sits on, where no
    post word makes a role of it; and a body named by its kind alone, in lower case (``_KIND_BEFORE``). Cost: the
    five patterns, tried beside each of the 27,476 pairs of capitalised words of the BBC corpus (more than its full
    names), took 1.2 s in all, about 1% of inferring it; tested in ``tests/unit/test_bodies_beside.py``."""
    found: dict[str, None] = {}
    for mention in person.full_mentions:
        text = paragraphs[mention.paragraph]
        after = _BODY_AFTER.match(text, mention.end)
        before = _BODY_BEFORE.search(text[max(0, mention.start - 120):mention.start])
        if before is not None and before.group(2) and not text.startswith(",", mention.end):
            before = None  # an apposition closes with a comma: "Jo Roe of Ayton Council, Jane Doe and" is a list
        for match in (after, before):
            if match is not None and not _NOT_HELD.search(match.group()):
                body = _OPENERS.sub("", next(group for group in match.groups() if group))
                first = body.split()[0]
                if first not in _BODY_TIERS and not is_calling(first.casefold()):
                    found.setdefault(body, None)  # not "Parish Council" nor "Chairman Parish Council" alone
        apposed = _BODY_APPOSED.match(text, mention.end)
        if apposed is not None and is_calling(apposed.group(1)) and not _NOT_HELD.search(apposed.group()):
            found.setdefault(apposed.group(2), None)
        called = _BODY_CALLED.search(text[max(0, mention.start - 120):mention.start])
        if called is not None and not _NOT_HELD.search(called.group()) \
                and (called.group(2).isupper() or is_calling(called.group(2).split()[-1])):
            body = _OPENERS.sub("", called.group(1))
            if body.split()[0] not in _BODY_TIERS and " " in body:
                found.setdefault(body, None)
        if (kind := _KIND_BEFORE.search(text[max(0, mention.start - 80):mention.start])) is not None:
            found.setdefault(kind.group(1), None)
    return tuple(found)


def is_calling(word: str) -> bool:
    """A lower-case word that says what someone is or does: a post or a description ("chairman", "keeper",
    "economist"), a sportsman's position or calling ("winger", "sprinter"), an agent noun hyphened to an ordinary
    word ("trouble-shooter", "film-maker"), or a long word ending as "specialist" and "technician" do. A list,
    not a word's ending alone: "under", "after" and "whether" end as "keeper" does."""
    if word in _ROLE_WORD_SET or word in DESCRIPTIONS or word in POSITION_WORDS or word in SPORT_CALLINGS:
        return True
    first, _, last = word.rpartition("-")
    if first and len(last) >= 5 and last.endswith(("er", "or", "ist")) and is_common_word(first.split("-")[-1]):
        return True  # "trouble-shooter", "film-maker", "policy-maker"
    return len(word) >= 8 and word.endswith(("ist", "ian")) and word not in _NOT_CALLINGS


_NOT_CALLINGS = frozenset({"christian", "canadian", "australian", "brazilian", "egyptian", "iranian", "indonesian",
                           "malaysian", "nigerian", "norwegian", "victorian", "edwardian", "georgian", "caledonian"})
"""Words of eight letters or more ending as "economist" and "physician" do that describe no one's calling."""


# --- finding mentions ---------------------------------------------------------------------------


_CONSTITUENCY_BEFORE = _Lazy(
    r"\b(?:MPs?|MSPs?|AMs?|MEPs?|MLAs?|TDs?)\s+for\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:and|&)\s+)?$")
"""What stands before a constituency's first word, or before the word after its "and": "MP for ", "the MEP
for ", "the MP for Ayton and "."""


def _opens_with_a_given_name(surface: str) -> bool:
    """"Jane Doe", or "Anand Jain" (no English word, no country, before a last word that is no English word
    either), not "Real Madrid", "Barton Arcade" nor "Ayton Court" (``GIVEN_NAME_RULES``)."""
    words = surface.split()
    first, last = words[0], words[-1]
    if is_initial(first) or first.casefold() in COURTESY_TITLES:
        return False
    if is_common_word_not_census_surname(last) or last in ORGANISATION_TAIL_WORDS:
        return False  # "Barton Arcade", "Jane Doe Centre": a thing's last word
    if is_world_given_name(first) and not is_common_word(first):
        return True
    if _word_given_name_then_surname(words):
        return True
    return not (is_common_word(first) or is_common_word(last) or first.casefold() in country_names()
                or first.casefold() in demonyms() or is_post_nominal(last))


def _word_given_name_then_surname(words: Sequence[str]) -> bool:
    """"Nick Doe", "Lily Roe", "Ray Poe": a census given name that is also an English word, then a last word that
    is a census surname and no English word. Read only where the context already says "person" (a
    person's noun in apposition, "who", a person joined by "and"): the word alone ("Mark", "Grant") says nothing,
    and many given names are words."""
    first, last = words[0], words[-1]
    return (len(words) >= 2 and is_given_name(first) and is_common_word(first) and is_census_surname(last)
            and not is_common_word(last) and last not in ORGANISATION_TAIL_WORDS and not is_post_nominal(last)
            and last.casefold() not in country_names() and last.casefold() not in demonyms())


def _after_preposition(text: str, start: int) -> bool:
    """"a visit to Ayton, his wife", "held in Ayton, who": a place, or an object, not the subject described."""
    match = _word_before(text, start)
    return match is not None and match.end() == start - 1 and match.group(1) in NOT_PERSON_BEFORE


def _names_a_constituency(text: str, mention: _Mention) -> bool:
    """Whether the mention opens a seat's name ("the MP for Ayton and Bexworth" gives no person "Bexworth"), not a
    person: a known given name or a title first keeps it ("MP for Ayton and Bexworth Jane Holloway" may be read
    from "Bexworth"'s "and" on; a name after the whole seat starts elsewhere and is not touched)."""
    if not _CONSTITUENCY_BEFORE.search(text, max(0, mention.start - 60), mention.start):
        return False
    first = mention.surface.split()[0]
    return not mention.parsed.titles and not is_given_name(first)


def _candidate_mentions(paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> list[_Mention]:
    candidates: list[_Mention] = []
    described: dict[int, list[EntitySpan]] = {}
    for entity in entities:
        if entity.label == "NORP":
            described.setdefault(entity.paragraph, []).append(entity)
    for entity in entities:
        if entity.label != "PERSON" or entity.paragraph >= len(paragraphs):
            continue
        mention = _model_mention(paragraphs[entity.paragraph], entity)
        if mention is not None and not _quoted_alone(paragraphs[entity.paragraph], mention.start, mention.end) and (
            mention.evidence or not _inside_longer_name(paragraphs[entity.paragraph], mention, described)
        ):
            candidates.append(mention)
    for index, text in enumerate(paragraphs):
        for match in _HONORIFIC_NAME.finditer(text):
            candidates.extend(_rule_mention(text, index, match.start(), match.end(), _PRIORITY_HONORIFIC))
        has_speech_verb = _ANY_SPEECH_VERB.search(text) is not None
        for pattern in RULES:
            # Both speech-verb rules need a speech verb standing as a word somewhere in the paragraph.
            if (
                (pattern in (_NAME_THEN_VERB, _VERB_THEN_NAME) and not has_speech_verb)
                or (pattern is _NAME_THEN_AFFILIATION and not _AFFILIATION_OPENS.search(text))
                or (pattern is _INITIAL_THEN_SURNAME and not _INITIAL_DOT.search(text))
                or (pattern is _NAME_THEN_WHO and ", who" not in text)
                or (pattern is _ACCORDING_TO_NAME and "ccording to " not in text)
            ):
                continue
            for match in pattern.finditer(text):
                start, end = match.span("name")
                if pattern in GIVEN_NAME_RULES and (not _opens_with_a_given_name(match.group("name")) or (
                        pattern is not _ACCORDING_TO_NAME and _after_preposition(text, start))):
                    continue
                if pattern is _ROLE_THEN_NAME and _OWNED_BEFORE.search(text, max(0, match.start() - 30),
                                                                      match.start()) is not None:
                    continue  # "DHL-owner Jane Doe": the role is the body's, whose owner the name is
                if pattern is _ROLE_THEN_NAME and match.group("position") and (
                        not _opens_with_a_given_name(match.group("name")) or text[end:end + 1] in "’'"):
                    continue
                if pattern is _INITIAL_THEN_SURNAME:
                    start = _with_given_name_before(text, start, entities, index)
                if pattern is _NAME_THEN_AFFILIATION and _spells_out_its_acronym(text, start, match.end()):
                    continue
                strong = pattern not in WEAK_RULES
                candidates.extend(_rule_mention(text, index, start, end, _PRIORITY_RULE, strong))
    candidates.extend(_title_then_initials(paragraphs, candidates))
    candidates.extend(_list_items(paragraphs, entities))
    candidates.extend(_team_sheet_surnames(paragraphs, entities))
    candidates.extend(_between_listed_people(paragraphs, entities))
    candidates.extend(_runs_of_listed_people(paragraphs, entities))
    candidates.extend(_named_then_a_personal_pronoun(paragraphs, entities))
    candidates.extend(_after_a_nationality(paragraphs, entities))
    candidates.extend(_scorers(paragraphs))
    candidates.extend(_given_name_pairs(paragraphs, entities))
    candidates.extend(_bracketed_surnames(paragraphs))
    candidates.extend(_squad_with_clubs(paragraphs, entities))
    candidates.extend(_plural_title_lists(paragraphs))
    candidates.extend(_performers_known_by_one_name(paragraphs))
    candidates.extend(_lone_names_described(paragraphs, entities))
    candidates.extend(_one_name_items_among_people(paragraphs, entities))
    candidates.extend(_relatives_by_given_name(paragraphs))
    candidates.extend(_given_names_left_out(paragraphs, entities))
    candidates.extend(_surnames_that_are_words(paragraphs, entities))
    candidates.extend(_one_word_then_a_personal_pronoun(paragraphs, entities))
    candidates.extend(_one_word_subject_then_a_personal_pronoun(paragraphs, entities))
    return _split_at_a_closing_initial(paragraphs, candidates)


_CLUB_AFTER = _Lazy(
    r" (?:FC|AFC|F\.C\.|Football Club|United|City|Town|Rovers|Athletic|Wanderers|Albion|County|Rangers|Celtic|"
    r"RFC|Rugby Club|Cricket Club|CCC)")
"""The words after a place that make a club's name ("Ayton FC", "Ayton Rovers")."""
_LIST_JOINT = _Lazy(r"(?:,| or| and| v| vs\.?|,? or|,? and) $")
"""What joins two items of a list or two sides of a match (", ", " and ", " or ", " v "), matched against the whole
stretch between two names."""

_TITLE_THEN_INITIALS = _Lazy(
    rf"{starts_with_one_of(_TITLE_FORMS)}(?<![\w’'])(?P<titles>{_TITLE}(?: {_TITLE})*) "
    rf"(?P<name>(?:[{_UPPER}] ){{1,3}}{_WORD})(?=\s*(?:[,;:()–-]|\band\b|\.?\s*$|\.\s))"
)
_COUNCIL_TIER_BEFORE = _Lazy(r"\b(?:Borough|County|District|City)\s+$")
_POST_AFTER = _Lazy(r"\s*(?:\(\s*|[-–]\s+)[A-Z][a-z]+")
"""A title, initials written without full stops and a surname, the form of minutes' attendance lists ("Borough
Councillor C Doe", "Mrs N E Doe-Roe (Parish Clerk)"), which the honorific rule leaves to the model: only as an
entry of a list (a comma, bracket, dash, "and" or the sentence's end after it), not "Mr A Level results"; and only
with a post beside it (a council's tier before the title, a bracketed or dashed post after the name): a plain list
of attendees is left as the model reads it."""


def _title_then_initials(paragraphs: Sequence[str], found: Sequence[_Mention]) -> list[_Mention]:
    """Minutes' "Title X Doe" where no other rule or the model found a name: only then, so a name already read
    keeps its mention (the model's "C Doe" inside "Mrs C Doe" stays as it was)."""
    taken: dict[int, list[tuple[int, int]]] = {}
    for mention in found:
        taken.setdefault(mention.paragraph, []).append((mention.start, mention.end))
    added: list[_Mention] = []
    for index, text in enumerate(paragraphs):
        if "Cllr" not in text and "ouncillor" not in text and "Clerk" not in text:
            continue  # the lists these names stand in name a councillor or the clerk
        for match in _TITLE_THEN_INITIALS.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken.get(index, ())):
                continue
            if is_common_word_not_surname(match.group("name").split()[-1]):
                continue  # "Mr A Level": an ordinary word, no surname
            if not _COUNCIL_TIER_BEFORE.search(text, 0, match.start()) and not _POST_AFTER.match(text, match.end()):
                continue  # only a name holding a post ("Borough Councillor C Doe", "Mrs C Doe (Clerk)"), for roles
            added.extend(_rule_mention(text, index, match.start(), match.end(), _PRIORITY_HONORIFIC))
    return added


def _between_listed_people(paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> list[_Mention]:
    """A name the model labels a body or a work between two of its people in one list ("Ann Roe, Jane Doe or Kay
    Poe"): a list holds one kind of thing, so a name that opens with a given name there is a person too."""
    people_by_paragraph: dict[int, list[EntitySpan]] = {}
    for entity in entities:
        if entity.label == "PERSON":
            people_by_paragraph.setdefault(entity.paragraph, []).append(entity)
    mentions: list[_Mention] = []
    for entity in entities:
        listed = people_by_paragraph.get(entity.paragraph)
        if entity.label not in NON_PERSON_LABELS or not listed or entity.paragraph >= len(paragraphs):
            continue
        text = paragraphs[entity.paragraph]
        if "," in entity.text:
            continue
        if _one_word_between_full_names(text, entity, listed):
            mentions.extend(_rule_mention(text, entity.paragraph, entity.start, entity.end, _PRIORITY_RULE))
            continue
        if not (any(_LIST_JOINT.fullmatch(text, person.end, entity.start) for person in listed)
                and any(_LIST_JOINT.fullmatch(text, entity.end, person.start) for person in listed)):
            if _paired_with_a_person(text, entity, listed):
                mentions.extend(_rule_mention(text, entity.paragraph, entity.start, entity.end, _PRIORITY_RULE,
                                              strong=False))
            continue
        if 2 <= len(entity.text.split()) <= 3 and is_world_given_name(entity.text.split()[0]) and (
                _opens_with_a_given_name(entity.text)):  # a band's made-up words are no given name ("Lynyrd")
            mentions.extend(_rule_mention(text, entity.paragraph, entity.start, entity.end, _PRIORITY_RULE))
    return mentions


def _one_word_between_full_names(text: str, entity: EntitySpan, listed: Sequence[EntitySpan]) -> bool:
    """One word the model labels a place or a body in the middle of a list, between two of its people named in
    full ("photographers Ann Roe, Doeken and Kay Poe"): a photographer or a singer known by one name, since a list
    holds one kind of thing. The word must be no English word, country, nationality nor one-word place
    (``_may_be_a_one_word_name``), and both neighbours full names: "Ann Roe and Ayton" is a pair, not a list."""
    word = entity.text
    if " " in word or not word[:1].isupper() or not _may_be_a_one_word_name(word):
        return False
    before = any(" " in person.text and _LIST_JOINT.fullmatch(text, person.end, entity.start) for person in listed)
    after = any(" " in person.text and _LIST_JOINT.fullmatch(text, entity.end, person.start) for person in listed)
    if before and not after:
        # The model may miss the next name of the list itself: a known given name and a capitalised word after the
        # joint ("Ann Roe, Doeken and Kay Poe", the model reading no "Kay Poe").
        following = _NEXT_GIVEN_THEN_WORD.match(text, entity.end)
        after = following is not None and is_given_name(following.group(1)) and _may_be_a_one_word_name(
            following.group(2))
    return before and after


_NEXT_GIVEN_THEN_WORD = _Lazy(rf"(?:,| and| or|, and|, or) ({_WORD}) ({_WORD})(?![\w’'-])")


_RUN_JOINT = _Lazy(r"(?: \([^()]{1,40}\))?(?:,| and| or|, and|, or|;) ")
"""What stands between two items of a list of people: a comma or "and", after the item's aside in brackets if any
("Jane Doe (Ayton), Ann Roe (Barton) and ...", "Jane Doe (hammer), Ann Roe (discus)")."""
_ASIDE_OPENS = _Lazy(r" \([^()]{0,40}")
LISTED_RUN_LENGTH = 3
"""Items a list must have for the model's people in it to vouch for the rest: two people and a name are a list of
three, where "Ann Roe and Jane Doe" alone is a pair (``_paired_with_a_person``)."""


def _runs_of_listed_people(paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> list[_Mention]:
    """Names in a list whose items are mostly the model's people ("Ann Roe, Jane Doe, Kay Poe and Bo Li", a squad,
    a cast with films in brackets, "Jane Doe (hammer), Ann Roe (discus)"): a list holds one kind of thing, so an
    item the model labels a body, a place or a work is a person too when it opens with a given name of some
    country and ends with no thing's word (``_opens_with_a_given_name``). Unlike ``_between_listed_people`` the
    item need not stand between two of the model's people: lists of players run two or three misread names in a
    row. Most of the list's items must be the model's people, at least two, and none of it a work or an event."""
    by_paragraph: dict[int, list[EntitySpan]] = {}
    for entity in entities:
        if entity.paragraph < len(paragraphs) and entity.label not in ("CARDINAL", "DATE", "ORDINAL", "MONEY",
                                                                         "PERCENT", "QUANTITY", "TIME"):
            by_paragraph.setdefault(entity.paragraph, []).append(entity)
    mentions: list[_Mention] = []
    for paragraph, found in by_paragraph.items():
        if sum(entity.label == "PERSON" for entity in found) < 2:
            continue
        text = paragraphs[paragraph]
        found.sort(key=lambda entity: entity.start)
        run = [found[0]]
        for entity in [*found[1:], None]:
            if entity is not None and entity.start > run[-1].end and _ASIDE_OPENS.fullmatch(
                    text, run[-1].end, entity.start):
                continue  # "Jane Doe (Ayton Rovers)": the item's club, film or event, not an item
            if entity is not None and _RUN_JOINT.fullmatch(text, run[-1].end, entity.start):
                run.append(entity)
                continue
            mentions.extend(_people_of_a_run(text, paragraph, run))
            if entity is not None:
                run = [entity]
    return mentions


def _people_of_a_run(text: str, paragraph: int, run: Sequence[EntitySpan]) -> list[_Mention]:
    people = sum(entity.label == "PERSON" for entity in run)
    if len(run) < LISTED_RUN_LENGTH or people < 2 or people * 2 <= len(run) or any(
            entity.label in _LISTED_THING_LABELS for entity in run):
        return []
    mentions: list[_Mention] = []
    for entity in map(_without_its_aside, run):
        words = entity.text.split()
        if entity.label == "PERSON" or "," in entity.text or not 2 <= len(words) <= 3:
            continue
        if (is_world_given_name(words[0]) or is_given_name(words[0])) and _opens_with_a_given_name(entity.text):
            mentions.extend(_rule_mention(text, paragraph, entity.start, entity.end, _PRIORITY_RULE, strong=False))
    return mentions


_PERSONAL_PRONOUN_AFTER = _Lazy(r"(?:['’]s?)?(?: [a-z][a-z'’-]*){1,8}? (?:he|she|his|her|him|himself|herself)\b")
"""Lower-case words only, then a person's pronoun, in the same clause after a name: "Jane Doe picked up her first
prize". A firm takes "its" or "their", and a capitalised word between ("thanked Ann Roe for her") could own it."""


def _named_then_a_personal_pronoun(paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> list[_Mention]:
    """A name the model labels a body, a place or a work, both of whose words read only as a name
    (``_reads_as_a_personal_name``: "Jane Doe", not "Hong Kong" nor "Grant Ayton"), opening its sentence and
    followed in its clause by lower-case words and "he", "she", "his" or "her": a firm or a place is "it". Weak
    evidence, so a firm's or a work's words round it still undo it (``_is_believable``)."""
    mentions: list[_Mention] = []
    for entity in entities:
        if entity.label not in NON_PERSON_LABELS or entity.paragraph >= len(paragraphs):
            continue
        words = entity.text.split()
        if not 2 <= len(words) <= 3 or not _reads_as_a_personal_name(parse_name(clean_surface(entity.text))):
            continue
        text = paragraphs[entity.paragraph]
        if not _starts_sentence(text, entity.start) or _PERSONAL_PRONOUN_AFTER.match(text, entity.end) is None:
            continue  # "at the offices of Jane Doe has lost her case": the pronoun is the sentence's subject's
        mentions.extend(_rule_mention(text, entity.paragraph, entity.start, entity.end, _PRIORITY_RULE, strong=False))
    return mentions


_ONE_WORD_PRONOUN_AFTER = _Lazy(r" (?:as|when|while|after|before|until|because|and) (?:he|she)\b")
"""A conjunction and "he" or "she" right after a word: the word is the clause's subject's ("went with Doe as she
pulled away"), a person's, where a firm or a place is "it"."""


def _one_word_then_a_personal_pronoun(paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> list[_Mention]:
    """One word the model labels a person, that may stand alone as a name (``_may_be_a_one_word_name``), right
    before a conjunction and "he" or "she" ("stayed with Doeku as she pulled away", "passed Doeku when he"): a
    surname alone in a race's report, which the model reads once and no speech verb follows. Weak evidence: the
    believability checks still apply."""
    mentions: list[_Mention] = []
    for entity in entities:
        if entity.label != "PERSON" or entity.paragraph >= len(paragraphs) or " " in entity.text:
            continue
        text = paragraphs[entity.paragraph]
        if not _may_be_a_one_word_name(entity.text) or _ONE_WORD_PRONOUN_AFTER.match(text, entity.end) is None:
            continue
        mentions.extend(_rule_mention(text, entity.paragraph, entity.start, entity.end, _PRIORITY_RULE))
    return mentions


_ONE_WORD_SUBJECT_LABELS = frozenset({"PERSON", "ORG", "GPE", "PRODUCT"})
"""Labels the model gives a surname or a one-word name it meets alone ("Doeku grew in confidence"): a person, or a
body, a place or a product that it takes the unknown word for."""
_SUBJECT_OPENING = _Lazy(r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’] ))(?:[A-Z][a-z]+(?: [a-z0-9][a-z0-9'’-]*){0,6}, )?$")
"""What may stand before a sentence's subject: nothing (the sentence opens with it) or one opening clause of
lower-case words after its first ("After a tough first set, "). Not "The" and words describing the subject: in
"The former Ayton coach was ... his side" the word is a club's, the coach the subject."""
_SUBJECT_THEN_A_PERSONAL_PRONOUN = _Lazy(
    r"(?:['’]s)?(?: (?!(?:which|that|who|whom|whose|where|whereby)\b)(?:[a-z][a-z'’-]*|\d[\d.,:-]*))+?"
    r"(?: (?:he|she|his|her|him|himself|herself)\b|[.!] (?:He|She) )")
"""Lower-case words and numbers only after the subject, then "he" or "she" (or "his", "her") in the same sentence, or
"He"/"She" opening the next: "Doeku grew in confidence and won in 56 minutes. She will now meet ...". No
capitalised word between, which could own the pronoun; a firm, a club or a place is "it" or "they". No relative
word between either: in "Ayton is one of the firms which he sold" the pronoun is the subject of a clause of its own."""


_WORD_AFTER_SUBJECT = _Lazy(r"(?:['’]s)? ([a-z][a-z-]*)")


def _a_calling_after(text: str, end: int) -> bool:
    """A calling right after a word ("Ayton coach", "Ayton's keeper"): the word describes whose the calling is."""
    after = _WORD_AFTER_SUBJECT.match(text, end)
    return after is not None and is_calling(after[1])


def _one_word_subject_then_a_personal_pronoun(paragraphs: Sequence[str],
                                              entities: Sequence[EntitySpan]) -> list[_Mention]:
    """One word the model labels a person, a body, a place or a product, that may stand alone as a name
    (``_may_be_a_one_word_name``), as its sentence's subject (``_SUBJECT_OPENING``), with a personal pronoun after
    it and no capitalised word between (``_SUBJECT_THEN_A_PERSONAL_PRONOUN``): a player, a singer or a witness
    a report names by one word, whom the model reads as an organisation or a place as often as a person. Strong
    evidence, as a calling before a name is; the believability checks that come before evidence still apply. A
    given name of the lists is left to the joins of given names ("Prince Jack ... Jack was not asked. She ...":
    the pronoun may be someone else's, and a bare given name gets no page). Cost, measured on 800 BBC articles'
    prepared entities (best of seven): about 0.02 ms an article, the pronoun's match tried first as it fails
    soonest (``tests/unit/infer/test_people_lone_words.py``)."""
    mentions: list[_Mention] = []
    for entity in entities:
        if (entity.label not in _ONE_WORD_SUBJECT_LABELS or entity.paragraph >= len(paragraphs)
                or " " in entity.text or entity.text.isupper()):
            continue
        text = paragraphs[entity.paragraph]
        word = strip_possessive(entity.text)
        end = entity.start + len(word)
        # The pronoun after the word first: it fails at the first capital or stop of most sentences.
        if (text[entity.start:end] != word or _SUBJECT_THEN_A_PERSONAL_PRONOUN.match(text, end) is None
                or not _may_be_a_one_word_name(word) or is_given_name(word)
                or _SUBJECT_OPENING.search(text, max(0, entity.start - 80), entity.start) is None
                or _SIDE_AFTER.match(text, end) or _a_calling_after(text, end)
                or _PLURAL_VERB_AFTER.match(text, end)):
            continue  # "Ayton coach ... his side": a side's word; "Ayton are alerted but miss him": a body's verb
        mentions.extend(_rule_mention(text, entity.paragraph, entity.start, end, _PRIORITY_RULE))
    return mentions


_GIVEN_PAIR = _Lazy(
    rf"{_NAME_START}(?<![\w’'.-])(?P<given>{_WORD}) (?:{_PARTICLE} )?(?P<surname>{_WORD})"
    rf"(?:['’]s(?![\w’'-])|(?![\w’'-]| [{_UPPER}(]))")
"""Two capitalised words standing apart ("Jane Doe", "Luca del Rio's"), no capitalised word or bracket after but
after a possessive ("Jane Doe's TV show")."""
_LISTED_THING_LABELS = frozenset({"WORK_OF_ART", "EVENT", "FAC", "LAW"})
"""Labels of a work or an event listed beside the pair ("hits Jane Doe, Red Wharf and ..."); the model misreads
listed people as bodies and products, so those say nothing."""
_PAIR_LABELS_ALLOWED = frozenset({"ORG", "PRODUCT", "PERSON", "CARDINAL", "NORP"})
"""Labels the model gives a person's name it misreads (a body, a product) or around it: a place, a work, an event or
a law over the pair says what the words are."""
_PAIR_NOT_AFTER = frozenset({"at", "in", "on", "into", "near", "from", "via", "the", "a", "an", "of the"})
_NUMBER_BEFORE = _Lazy(r"\d[\d,.]* $")
_PRONOUNS = frozenset({"he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their"})
_PAIR_FIRM_NOUNS = ("maker", "makers", "marque", "marques", "lender", "lenders", "firm", "firms", "company",
                    "companies", "bank", "banks", "group", "brand", "brands", "carmaker", "carmakers", "insurer",
                    "retailer", "giant", "label", "chain", "airline", "broker", "brokers", "bidder", "bidders")
_FIRM_NOUN_BEFORE = _Lazy(rf"\b(?:{'|'.join(_PAIR_FIRM_NOUNS)}),? (?:(?:and|or|&) )?$")
_FIRM_APPOSITION = _Lazy(rf", (?:the|a|an|its) [^,.;:!?]{{0,50}}?\b(?:{'|'.join(_PAIR_FIRM_NOUNS)})(?=[,.;:)]|$)")
_OWNER_COMPOUND_BEFORE = _Lazy(r"(?<![\w&.-])[A-Z][\w&.]*-[a-z]+ $")
NAMED_A_BODY_FOR_A_PAIR = 2
"""Spans the model labels a body or a product for one pair of words, in one article, that leave the pair to the
firm: a firm named after its founder ("Jane Doe shares rose ... Jane Doe's results") recurs; a person the model
misreads is most often named once in full (tests/unit/infer/test_people_pairs.py keeps a firm named twice out)."""


_DASHED_AFTER = _Lazy(r" [-–—] ([^-–—]{1,80})")


def _described_as_a_thing(text: str, end: int) -> bool:
    """A dash after the pair opening a description that ends in a work's or a body's noun ("Jane Doe - the
    director's 1950s drama about ...") or a subtitle ("Jane Doe - The Last Summer"): a title's words."""
    match = _DASHED_AFTER.match(text, end)
    if match is None:
        return False
    words = re.findall(r"[A-Za-z]+", match.group(1))
    return bool(words) and ((words[0][0].isupper() and words[0].casefold() not in _PRONOUNS and words[0] != "I")
                            or any(word.lower() in THING_NOUNS for word in words[:8]))


def _given_name_pairs(paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> list[_Mention]:
    """A known given name and a surname the model reads as no one's ("said analyst Ivana Petrak", "with Luca del
    Rio halfway", "stars Jane Doe as"): it labels a foreign name named once a body or a product, or nothing. The
    given name must be one of the world lists' and no English word, the surname no English word, country or body's
    word, with no capitalised word before the pair (but a nationality or a party, "American Jane Doe") nor after
    it, nor a preposition of place before it ("at Jane Doe"); and the model must not call the pair a place, a work
    or an event, nor a body twice (``NAMED_A_BODY_FOR_A_PAIR``). Weak evidence: the believability checks of
    ``_is_believable`` still apply. Measured on the BBC development golds (tests/unit/infer/test_people_pairs.py
    keeps the cases in made-up wording)."""
    by_paragraph: dict[int, list[EntitySpan]] = {}
    bodies: Counter[str] = Counter()
    things: set[str] = set()
    for entity in entities:
        by_paragraph.setdefault(entity.paragraph, []).append(entity)
        if entity.label not in _PAIR_LABELS_ALLOWED:
            things.add(name_key(strip_possessive(clean_surface(entity.text))))
        elif entity.label in _FIRM_LABELS:
            key = name_key(strip_possessive(clean_surface(entity.text)))
            bodies[key] += 1
            if " " in key:
                bodies[key.split()[0] + " "] += 1  # a body's first word: "Fannie May" of a firm's "Fannie Mae"
    mentions: list[_Mention] = []
    for index, text in enumerate(paragraphs):
        for match in _GIVEN_PAIR.finditer(text):
            given, surname = match.group("given"), match.group("surname")
            if (not is_world_given_name(given) or is_common_word(given) or given.casefold() in COURTESY_TITLES
                    or given.casefold() in _PRONOUNS
                    or is_common_word(surname) or surname in ORGANISATION_TAIL_WORDS
                    or surname.casefold() in country_names() or surname.casefold() in demonyms()):
                continue
            start, end = match.span()
            if text.startswith(":", end) or (text[start - 1:start] == "(" and text.startswith(")", end)):
                continue  # "Jane Doe: The Return" a title; "(Jane Doe) Roe" a name the writer glossed
            if (_FIRM_NOUN_BEFORE.search(text, max(0, start - 30), start) or _FIRM_APPOSITION.match(text, end)
                    or _after_thing_noun(text, start, parts=False) or _described_as_a_thing(text, end)):
                continue  # "its maker, Jane Doe", "the carmaker Jane Doe", "Jane Doe, the country's biggest lender"
            if _NUMBER_BEFORE.search(text, max(0, start - 12), start):
                continue  # "the 2004 Ayton Games", "3 Jane Doe": a year or a number before a thing's name
            if _OWNER_COMPOUND_BEFORE.search(text, max(0, start - 40), start):
                continue  # "ACME-owner Jane Doe": the body's, whose owner the name is
            before = _word_before(text, start)
            if before is not None and before.end(1) == start - 1:
                word = before.group(1)
                if word.lower() in _PAIR_NOT_AFTER:
                    continue
                if word[:1].isupper() and not (word.casefold() in demonyms() or word.lower() in _PARTY_WORDS
                                                or word.lower() in _SENTENCE_OPENERS):
                    continue
            if any(e.label in _LISTED_THING_LABELS and (_LIST_JOINT.fullmatch(text, end, e.start)
                                                         or _LIST_JOINT.fullmatch(text, e.end, start))
                   for e in by_paragraph.get(index, ())):
                continue  # "hits Jane Doe, Red Wharf and ...": a list holds one kind of thing
            overlapping = [e for e in by_paragraph.get(index, ()) if e.start < end and start < e.end]
            if any(e.label not in _PAIR_LABELS_ALLOWED for e in overlapping):
                continue
            if any(e.label == "PERSON" and e.start == start and e.end <= end for e in overlapping):
                continue  # the model's own mention of the name (not "Jane Doe's TV", which it reads too long)
            name = strip_possessive(text[start:end])
            if name_key(name) in things or (
                    max(bodies[name_key(name)], bodies[name_key(given) + " "]) >= NAMED_A_BODY_FOR_A_PAIR):
                continue
            if _founders_firm(name, bodies):
                continue
            mentions.extend(mention for mention in _rule_mention(text, index, start, start + len(name),
                                                                 _PRIORITY_RULE, strong=False)
                            if not _written_as_a_work(text, mention))  # "hits Jane Doe, Red Wharf and ..."
    return mentions


def _founders_firm(name: str, bodies: Counter[str]) -> bool:
    """Two given names the model calls a body ("working with Morgan Stanley", "Dean Witter"): a firm named after
    its founders' surnames, which are often given names too, not a foreign name the model misread (the pair rule
    is for those, "Ivana Petrakova", whose surname is no given name). The second word must be one of the census's
    frequent surnames as well ("Stanley", not "Elise": an actress's name the model once calls a body, kept on the
    development gold). Once is enough here: the rule's own threshold
    (``NAMED_A_BODY_FOR_A_PAIR``) is for a surname no one gives a child."""
    words = name.split()
    return (len(words) == 2 and bodies[name_key(name)] >= 1 and is_given_name(words[1])
            and is_frequent_surname(words[1]))


_BRACKETED_SURNAME = _Lazy(rf"{_NAME_START}(?<![\w’'.-])(?P<given>{_WORD}) [(\[](?P<surname>{_WORD})[)\]]")
_QUOTE_MARKS = _Lazy(r"[\"“”]")


def _inside_a_quotation(text: str, position: int) -> bool:
    """Whether the last quotation mark before ``position`` opens a quotation ("“", or a straight one with no space
    after it): news often leaves a quotation open across sentences ("...alone. \"I believe..."), so counting the
    marks would not tell."""
    marks = list(_QUOTE_MARKS.finditer(text, 0, position))
    if not marks:
        return False
    mark = marks[-1]
    return mark.group() == "“" or (mark.group() == '"' and not text[mark.end():mark.end() + 1].isspace()
                                   and (mark.start() == 0 or not text[mark.start() - 1].isalnum()))


def _bracketed_surnames(paragraphs: Sequence[str]) -> list[_Mention]:
    """A given name in a quotation with the surname the writer put in brackets after it ("even Jane (Doe) could not
    do it", "me and Kofi [Doe]"): the news convention for naming whom a speaker calls by first name. Neither word
    may be an English word, a pronoun ("He [Doe] said"), a title, a country or a nationality (the lists lack many
    given names), and the pair inside a quotation (``_inside_a_quotation``), where a club or a country in brackets
    after a
    name ("Doe (Ayton)" of a line-up or a results list) is not written."""
    mentions: list[_Mention] = []
    for index, text in enumerate(paragraphs):
        if "(" not in text and "[" not in text:
            continue
        for match in _BRACKETED_SURNAME.finditer(text):
            given, surname = match.group("given"), match.group("surname")
            if (is_common_word(given) or is_common_word(surname) or given.casefold() in COURTESY_TITLES
                    or given.casefold() in _PRONOUNS
                    or any(word.casefold() in country_names() or word.casefold() in demonyms()
                           for word in (given, surname))
                    or not _inside_a_quotation(text, match.start())):
                continue
            surface = f"{given} {surname}"
            mentions.append(_Mention(index, match.start(), match.end(), surface, parse_name(surface), _PRIORITY_RULE,
                                     evidence=True))
    return mentions


NATIONALITY_NOUNS = frozenset(
    """briton scot welshman irishman englishman dutchman frenchman scotsman spaniard swede dane turk pole
    frenchwoman englishwoman irishwoman welshwoman scotswoman dutchwoman""".split()
)
"""Nouns of nationality ("Swede Jane Doe"), beside the adjectives of ``demonyms``."""
_NATIONALITY_BEFORE = _Lazy(r"(?:^|(?<=[\s(\"“]))([A-Z][a-z]+(?: [A-Z][a-z]+)?)(['’]s)? $")
_COUNTRY_IN_BRACKETS = _Lazy(r" ?\(([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)\)")
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _after_a_nationality(paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> list[_Mention]:
    """A name the model labels a body, a place or a work, with a nationality before it ("Russian Jane Doe", "Swede
    Jane Doe", "France's Jane Doe") or a country in brackets after it ("Jane Doe (Latvia)", a results line): news
    gives a sportsman's or a politician's country so, and the name must open with a given name
    (``_opens_with_a_given_name``), so "Japan's Toyota" stays a firm. A place's label is trusted when the article
    labels the same words a place elsewhere ("China's Hong Kong"), and no place is read before brackets. On the BBC
    development half it found five people the articles had missed, and nothing else; the firm and place tests
    still apply to what it finds. Cost: one regular-expression search before each non-person entity."""
    mentions: list[_Mention] = []
    for entity in entities:
        if entity.label not in NON_PERSON_LABELS or entity.label == "NORP" or entity.paragraph >= len(paragraphs):
            continue
        text = paragraphs[entity.paragraph]
        # "Jane Doe 7-6 6-3": a results line's score the model ran into the name
        surface = _TRAILING_NUMBERS.sub("", entity.text.rstrip(" ("))
        start = entity.start
        inside = surface.split(" ", 1)
        if len(inside) == 2 and inside[0].casefold() in demonyms() and not is_world_given_name(inside[0]):
            start += len(inside[0]) + 1  # "American Jane Doe" read as one body: the nationality is inside the span
            surface = inside[1]
        words = surface.split()
        if not 2 <= len(words) <= 3 or not is_world_given_name(words[0]) or is_common_word(words[0]):
            continue
        end = start + len(surface)
        before = _NATIONALITY_BEFORE.search(text, max(0, start - 30), start)
        after = None if entity.label in _PLACE_LABELS else _COUNTRY_IN_BRACKETS.match(text, end)
        if before is not None:
            word = before.group(1).casefold()
            told = word in country_names() if before.group(2) else (word in demonyms() or word in NATIONALITY_NOUNS)
        else:
            told = after is not None and after.group(1).casefold() in country_names()
        if not told or not _opens_with_a_given_name(surface):
            continue
        if entity.label in _PLACE_LABELS and any(other.text == entity.text and other.label in _PLACE_LABELS
                                                 for other in entities if other is not entity):
            continue
        mentions.extend(_rule_mention(text, entity.paragraph, start, end, _PRIORITY_RULE, strong=False))
    return mentions


_SCORER = _Lazy(rf"{_NAME_START}(?<![\w’'.-])(?P<name>{_FULL_NAME}) \(\d{{1,3}}(?:st|nd|rd|th)(?: minute)?[,;)]")
"""A name with the minute of its goal in brackets ("Jane Doe (13th)", "Jane Doe (3rd minute, 88th)"), a match
report's scorers' line: a film's year or a tally in brackets has no ordinal."""


def _scorers(paragraphs: Sequence[str]) -> list[_Mention]:
    """The scorers of a match report's line (``_SCORER``), the model often reading nothing there; the name must
    open with a given name (``_opens_with_a_given_name``). Weak evidence, so a club's or a place's words undo
    it. Cost: a search for "(" and a digit in a paragraph before the pattern runs."""
    mentions: list[_Mention] = []
    for index, text in enumerate(paragraphs):
        if "th)" not in text and "st)" not in text and "nd)" not in text and "rd)" not in text and (
                "minute" not in text):
            continue
        for match in _SCORER.finditer(text):
            if _opens_with_a_given_name(match.group("name")):
                mentions.extend(_rule_mention(text, index, *match.span("name"), _PRIORITY_RULE, strong=False))
    return mentions


_PAIR_JOINT = _Lazy(r" (?:and|&) ")


def _paired_with_a_person(text: str, entity: EntitySpan, people: Sequence[EntitySpan]) -> bool:
    """"Ann Roe and Jane Doe", "Jane Doe and Ann Roe": a name the model labels a body, a place or a work joined by
    "and" to a full name it calls a person, and itself a given name of the census's or another country's list (no
    ordinary word, unless a census surname follows: ``_word_given_name_then_surname``) then a last word that is no
    thing's (``_opens_with_a_given_name``): two people named together, as news pairs them (a duo, two
    nominees, two writers). Weak evidence, so a firm's or a place's words round it still undo it."""
    words = entity.text.split()
    if not 2 <= len(words) <= 3 or not (is_given_name(words[0]) or is_world_given_name(words[0])) or (
            is_common_word(words[0]) and not _word_given_name_then_surname(words)):
        return False
    if not _opens_with_a_given_name(entity.text):
        return False
    return any(len(person.text.split()) >= 2 and (_PAIR_JOINT.fullmatch(text, person.end, entity.start)
                                                 or _PAIR_JOINT.fullmatch(text, entity.end, person.start))
               for person in people)


_SHEET_WORD = rf"(?:[{_UPPER}]['’](?=[{_UPPER}]))?{_WORD}(?:- [{_UPPER}][{_LOWER}]+)?"
"""A name's word, "N'Gotty" too, and a double-barrelled one broken after its hyphen ("Roe- Harbour", a typing
slip), so that one slip does not unmake the whole line-up; such an entry has a space, and adds no one."""
_SHEET_NAME = rf"(?:{_PARTICLE} )*{_SHEET_WORD}(?: (?:{_PARTICLE} )*{_SHEET_WORD}){{0,2}}"
_SHEET_MINUTE = r"\d{1,3}(?:\+\d{1,2})?(?: (?:og|pen))?"
_SHEET_ITEM = _Lazy(
    rf"(?:[{_UPPER}]{{1,2}}\.? )?(?P<name>{_SHEET_NAME})(?: {_SHEET_MINUTE})?"
    rf"(?: for (?P<replaced>{_SHEET_NAME}))?"
    rf"(?: \((?:(?P<substitute>{_SHEET_NAME}) {_SHEET_MINUTE}|{_SHEET_NAME}|{_SHEET_MINUTE}|capt|c|captain)\))?"
)
"""One entry of a line-up: "Gerrard", "Luis Garcia (Nunez 73)", "B O'Driscoll (capt)", "Bowyer 35",
"Everitt for Mapletoft (53)"; a name in brackets with no minute may be a club's ("M Doe (Bath)"),
and is left out. A rugby sheet's
initial is left out of the name: the surname alone joins the full name the article or the archive gives, and
initials alone would make a page of their own."""
_SHEET_CLAUSE = _Lazy(r"[^.:]+")
_SHEET_SEPARATOR = _Lazy(r"\s*[,;]\s*")
_SHEET_LABELS = frozenset({
    "subs", "subs not used", "substitutes", "substitutes not used", "unused substitutes", "replacements",
    "not used", "booked", "sent off", "dismissed", "goals", "scorers", "goalscorers", "sin bin", "sin-bin",
})
"""Labels of the shorter lists that follow a line-up in a match report, whose entries are players too."""
TEAM_SHEET_LENGTH = 7
"""Entries a list must have to be read as a line-up (a side has 11 or 15; results and lists of places are
shorter or are recognised by the model as places)."""
RUGBY_UNION_POSITIONS = (1, 4, 2, 3, 2, 3)
"""The entries of each semicolon group of a rugby union side as match reports write it: full-back; the four
three-quarters; the half-backs; the front row; the locks; the back row. Fifteen names in that shape are a side,
whatever the model makes of them: it reads few lone surnames of a list as people, and a report may name none of
the other side's players in full."""


FOOTBALL_SIDE = 11
"""The entries of a paragraph that is nothing but a football side: eleven names, substitutes in brackets. Every
such paragraph of the BBC development half (11, in 6 match reports) is a side; a list of places or of people
present comes after a label or inside a sentence."""


def _a_side_alone(text: str, clause: re.Match[str]) -> bool:
    """Whether the clause is the whole paragraph (a full stop after it at most) and lists ``FOOTBALL_SIDE``
    entries, or is a rugby union side in its positions' groups (``_in_rugby_union_positions``)."""
    if _in_rugby_union_positions(clause.group()):
        return True
    alone = not text[: clause.start()].strip() and text[clause.end() :].strip() in {"", "."}
    return alone and len(_SHEET_SEPARATOR.split(clause.group().strip())) == FOOTBALL_SIDE


def _in_rugby_union_positions(clause: str) -> bool:
    """Whether the clause's entries fall in ``RUGBY_UNION_POSITIONS``: "Doe; Roe, Poe, Coe, Moe; Hoe, Loe; ..."."""
    groups = clause.split(";")
    return len(groups) == len(RUGBY_UNION_POSITIONS) and all(
        len([piece for piece in group.split(",") if piece.strip()]) == size
        for group, size in zip(groups, RUGBY_UNION_POSITIONS, strict=True))


def _team_sheet_surnames(paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> list[_Mention]:
    """The players of a match report's line-ups, named by surname alone ("Dudek, Finnan, Hyypia, Carragher,
    ...; Subs not used: Hamann, Harrison"). A list of seven entries or more, each a name of one to three words
    (with a minute, a substitute in brackets or "(capt)"), with no title before any entry, half of them people
    (``_reads_as_players``), or in a side's shape whatever the model reads (``_a_side_alone``: eleven names making
    up a paragraph, or fifteen in a rugby union side's positions' groups), is a line-up; then the article's other
    lists of seven entries or more (the other side) and its lists under a line-up's labels ("Subs", "Booked",
    "Replacements") are players too. Only one-word entries are added: the model finds full names itself, and a
    surname alone gets a page only by joining a full name (``cuttings/analysis/identity.py``)."""
    by_paragraph: dict[int, list[EntitySpan]] = {}
    surnames: set[str] = set()
    for entity in entities:
        by_paragraph.setdefault(entity.paragraph, []).append(entity)
        if entity.label == "PERSON" and " " in entity.text.strip():
            surnames.add(entity.text.split()[-1])
    sheets: list[tuple[int, list[tuple[int, int]]]] = []
    labelled: list[tuple[int, list[tuple[int, int]]]] = []
    long_lists: list[tuple[int, list[tuple[int, int]]]] = []
    for index, text in enumerate(paragraphs):
        label = ""
        for clause in _SHEET_CLAUSE.finditer(text):
            entries = _sheet_entries(text, clause.start(), clause.end())
            if entries is None:
                label = clause.group().strip().casefold()
                continue
            if label in _SHEET_LABELS:
                labelled.append((index, entries))
            elif len(entries) >= TEAM_SHEET_LENGTH and (_reads_as_players(
                    text, entries, by_paragraph.get(index, []), surnames) or _a_side_alone(text, clause)):
                sheets.append((index, entries))
            elif len(entries) >= TEAM_SHEET_LENGTH:
                long_lists.append((index, entries))
            label = clause.group().strip().casefold()
    if not sheets:
        return []
    sheets.extend(long_lists)  # the other side's line-up, whose players the report may not name
    mentions: list[_Mention] = []
    for index, spans in [*sheets, *labelled]:
        text = paragraphs[index]
        for start, end in spans:
            entry = text[start:end].split()
            if len(entry) > 1 and not all(word.casefold() in SURNAME_PARTICLES for word in entry[:-1]):
                continue  # a full name: the model's and the other rules' to find; a particle surname is the side's
            if any(e.label == "PERSON" and e.start < start and end <= e.end for e in by_paragraph.get(index, ())):
                continue  # the model read the entry with its initial ("H Southwell"): its mention stands
            initial = _SHEET_INITIAL_BEFORE.search(text, max(0, start - 4), start)
            mentions.extend(replace(mention, lined_up=True, initial=initial.group().strip(" .")[:1] if initial else "")
                            for mention in _rule_mention(text, index, start, end, _PRIORITY_RULE, in_line_up=True))
    return mentions


def _sheet_entries(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The spans of the names of a clause that is a list of line-up entries, or None when it is not one."""
    clause = text[start:end]
    stripped = clause.strip()
    if not stripped:
        return None
    # Most clauses are prose, whose first piece is no entry: known without splitting the whole clause (0.05-0.08 ms
    # an article of 0.17; tests/unit/infer/test_rule_fast_paths.py).
    first = _SHEET_SEPARATOR.search(stripped)
    if _SHEET_ITEM.fullmatch(stripped, 0, first.start() if first else len(stripped)) is None:
        return None
    spans: list[tuple[int, int]] = []
    offset = start + (len(clause) - len(clause.lstrip()))
    for piece in _SHEET_SEPARATOR.split(stripped):
        position = text.find(piece, offset, end)
        if not piece or position < 0:
            return None
        offset = position + len(piece)
        match = _SHEET_ITEM.fullmatch(piece)
        words = match.group("name").split() if match else []
        if match is None or (len(words) > 1 and words[0].rstrip(".").casefold() in COURTESY_TITLES):
            return None  # "Cllrs Doe, Roe" of minutes: the other rules' ("Bishop" alone is a surname here)
        for group in ("name", "replaced", "substitute"):
            if match.group(group):
                spans.append((position + match.start(group), position + match.end(group)))
    return spans


_SQUAD_ENTRY = _Lazy(
    rf"(?:^|(?<=[\s,;:]))(?P<initial>[{_UPPER}]{{1,2}})\.? (?P<surname>{_SHEET_NAME}) ?;? ?"
    rf"\((?P<club>[{_UPPER}][\w'’&.-]*(?: [\w'’&.-]+){{0,3}})(?:, (?:capt|captain|c|vc))?\)")
"""One entry of a squad or a side with clubs: "J Doe (Ayton)", "KP Roe (Barton Vale, capt)"."""
SQUAD_LENGTH = 4
"""Entries with an initial and a club in brackets a paragraph must hold to be read as a squad: a rugby side lists
15 and its replacements 7; three or fewer such brackets are as likely a results line or a glossed name (both kept
in tests/unit/infer/test_people_pairs.py)."""


def _squad_with_clubs(paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> list[_Mention]:
    """The players of a squad or side written with an initial and a club each ("J Doe (Ayton), R Roe (Barton)"),
    which ``_team_sheet_surnames`` leaves out (a lone name in brackets may be a club's): ``SQUAD_LENGTH`` such
    entries in one paragraph make every one a player. As there, the surname stands with its initial kept aside, to
    join the article's full name; an entry the model read with its initial keeps the model's mention."""
    mentions: list[_Mention] = []
    for index, text in enumerate(paragraphs):
        if text.count("(") < SQUAD_LENGTH:
            continue
        entries = list(_SQUAD_ENTRY.finditer(text))
        if len(entries) < SQUAD_LENGTH:
            continue
        people = [e for e in entities if e.paragraph == index and e.label == "PERSON"]
        for entry in entries:
            start, end = entry.span("surname")
            if any(e.start <= entry.start("initial") and end <= e.end for e in people):
                continue
            mentions.extend(replace(mention, lined_up=True, initial=entry.group("initial")[:1])
                            for mention in _rule_mention(text, index, start, end, _PRIORITY_RULE, in_line_up=True))
    return mentions


_SHEET_INITIAL_BEFORE = _Lazy(rf"(?:^|(?<=[\s,;]))[{_UPPER}]{{1,2}}\.? $")
"""A line-up entry's initials, one or two ("A Doe", "KP Doe"); the first is the given name's."""


def _reads_as_players(
    text: str, spans: Sequence[tuple[int, int]], entities: Sequence[EntitySpan], surnames: Collection[str]
) -> bool:
    """At least half the entries, and three, are people: the model's, written after an initial ("S Doe"), or the
    surname of a person the model finds in the article (the report names the players it lists). The model's
    label on a lone surname in a list is often a place, an organisation or a law ("Finnan", "Giggs"), so that
    alone is no evidence against."""
    people = 0
    for start, end in spans:
        labelled = any(e.label == "PERSON" and e.start < end and start < e.end for e in entities)
        initialled = _SHEET_INITIAL_BEFORE.search(text, max(0, start - 4), start) is not None
        people += labelled or initialled or text[start:end].split()[-1] in surnames
    return people >= 3 and 2 * people >= len(spans)


_LIST_SEPARATOR = _Lazy(r"[;,()\[\]]| [-–—] | and ")
_ORDINAL = r"(?:\d+(?:st|nd|rd|th)\b)?"
_LIST_ITEM = _Lazy(rf"^[\W\d]*{_ORDINAL}[\W\d]*(?P<name>{_FULL_NAME})[\W\d]*{_ORDINAL}[\W\d]*$")


def _list_items(paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> list[_Mention]:
    """Names alone between list separators or numbers (line-ups, results, lists of those present):
    once the model recognises two of them as people, the others in such lists are people too."""
    entity_ranges: dict[int, list[EntitySpan]] = {}
    for entity in entities:
        entity_ranges.setdefault(entity.paragraph, []).append(entity)
    items: list[tuple[int, int, int, bool]] = []
    for index, text in enumerate(paragraphs):
        paragraph_items = len(items)
        position = 0
        for piece in [*_LIST_SEPARATOR.split(text)]:
            start = text.find(piece, position)
            position = start + len(piece)
            match = _LIST_ITEM.match(piece)
            if match is None or start < 0:
                continue
            name_start, name_end = start + match.start("name"), start + match.end("name")
            labels = {e.label for e in entity_ranges.get(index, []) if e.start < name_end and name_start < e.end}
            if labels - {"PERSON", "CARDINAL", "DATE", "ORDINAL", "QUANTITY"}:
                continue
            items.append((index, name_start, name_end, "PERSON" in labels))
        if len(items) - paragraph_items == 1 and not _HAS_DIGIT.search(text):
            # A name alone on its line with no numbers is as likely a heading ("Annual Return").
            items.pop()
    if sum(recognised for *_, recognised in items) < 2 or len(items) < 3:
        return []
    mentions: list[_Mention] = []
    for index, start, end, _recognised in items:
        mentions.extend(_rule_mention(paragraphs[index], index, start, end, _PRIORITY_RULE, strong=False))
    return mentions


def _model_mention(text: str, entity: EntitySpan) -> _Mention | None:
    start, end = entity.start, _end_before_a_run_on(text, entity.start, entity.end)
    window = max(0, start - 40)
    titles = _TITLE_BEFORE.search(text, window, start)
    if titles is not None and titles.end() == start:
        start = titles.start()
    surface = _TRAILING_NUMBERS.sub("", clean_surface(text[start:end]))  # "J. Smith 4-37" in results
    if not surface or is_all_caps(surface) or "," in surface:
        return None  # "Kay, King": two names of a list the model ran together
    nickname = _QUOTED_NICKNAME.fullmatch(surface)
    if nickname is not None:
        return _nicknamed_mention(text, entity, nickname)
    cut = _cut_at_next_title(surface)
    if cut != surface:  # "Jane Doe Cllr John": keep the name before the next attendee's title
        surface = cut
        found = text.find(surface, start, end)
        end = found + len(surface) if found >= 0 else end
    untrimmed = surface
    surface = _trim_trailing(_trim_leading(surface))
    if not is_plausible_person_name(surface) or _two_names_run_together(surface):
        return None
    if not untrimmed.endswith(surface) and _followed_by_description(text, end):
        return None  # "said Alpha Beta Research analyst Jane Doe": the run was a body's name, cut or not
    start = text.find(surface, start, end)
    if start < 0 or _is_a_date(text, start, surface):
        return None
    parsed = parse_name(surface)
    if _followed_by_organisation_word(text, start + len(surface)):
        return None
    return _Mention(entity.paragraph, start, start + len(surface), surface, parsed, _PRIORITY_MODEL,
                    evidence=bool(parsed.titles) or (
                        parsed.is_full and _AGE_BEFORE.search(text, max(0, start - 16), start) is not None))


_RUN_ON = _Lazy(r" [-–—] | \(|,\s*\d| (?:of|for) (?=[A-Z])")
"""Where a name the model runs on ends: a spaced dash ("Jane Doe - the organiser", "Jane Doe - out injured"), an
opening bracket ("J Doe (Ayton", the club of a squad's line), a comma before a number ("Jane Doe,31", an age), or
"of" or "for" before a capital ("Jane Doe of The Times", "Jane Doe for Cruel and Tender", a paper or a work)."""


def _end_before_a_run_on(text: str, start: int, end: int) -> int:
    """The end of the model's span with what it ran on after the name cut off (``_RUN_ON``). The model often
    takes the next word after a dash or a bracket into a person ("Jane Doe - moved", "Jane Doe (Ayton"), and a
    name with those words is refused whole (``is_plausible_person_name``; a comma reads as a list of two), so
    the person was lost. What is left must still hold two words and open with a given name of some country or
    a title (a squad line's initial before a bracket), so a lone word before a dash stays as it was, and a
    post, a firm or a base before a dash ("Licensed Reader - Jane Doe", "Doe Partners - Re land") is not cut
    into a name; the usual tests (thing's words, ...) still judge what is kept. On the BBC development half it
    gave back seven people the articles had lost (a reggae star's press officer, players of squad lines);
    on the parish one it finds people minutes write before a dash ("Email Jane Doe - regarding ...", a
    memorial's name). Cost: one search of the span's text."""
    cut = _RUN_ON.search(text, start, end)
    if cut is None:
        return end
    words = text[start:cut.start()].split()
    if len(words) < 2:
        return end
    first = words[0]
    # A squad's line writes the player's initial ("J Doe (Ayton"); elsewhere the name must open with a given
    # name: "Licensed Reader - Jane Doe", "Doe Partners - Re land", "R.A.F. Ayton - and" stay refused.
    opens = is_world_given_name(first) or first.lower().rstrip(".") in COURTESY_TITLES or (
        cut.group().startswith(" (") and first.isupper() and first.isalpha() and len(first) <= 2)
    return cut.start() if opens else end


_QUOTED_NICKNAME = _Lazy(
    rf"(?P<given>{_NAME_TOKEN}(?: {_NAME_TOKEN})?) [\"“‘'][^\"“”‘’']{{1,25}}[\"”’'] (?P<surname>{_WORD})")
"""A nickname in quote marks between the given name and the surname ('Jane "Ace" Doe'): the person is "Jane Doe"."""


def _nicknamed_mention(text: str, entity: EntitySpan, nickname: re.Match[str]) -> _Mention | None:
    """The model's 'Jane "Ace" Doe' as "Jane Doe", spanning the whole written form (the nickname is no name's
    word: a name with quote marks inside is otherwise refused, ``is_plausible_person_name``)."""
    surface = f"{nickname['given']} {nickname['surname']}"
    start = text.find(nickname["given"], entity.start, entity.end)
    end = text.find(nickname["surname"], start, entity.end) + len(nickname["surname"]) if start >= 0 else -1
    if start < 0 or end < start or not is_plausible_person_name(surface) or not _opens_with_a_given_name(surface):
        return None
    return _Mention(entity.paragraph, start, end, surface, parse_name(surface), _PRIORITY_MODEL, evidence=False)


_AGE_BEFORE = _Lazy(r"\d+-year-old $")
"""An age before a name ("20-year-old Jane Doe") says it is a person's."""


def _two_names_run_together(surface: str) -> bool:
    """"Jane Doe Ann Roe": a given name, a word, a given name and a word that is none. A list with no commas
    (minutes' "Present:" lines, a table's rows) that the model read as one name; a real name of four words has
    no given name third ("Jose Luis Rodriguez Zapatero")."""
    words = surface.split(" ")
    return (len(words) == 4 and is_given_name(words[0]) and not is_initial(words[1]) and is_given_name(words[2])
            and not is_given_name(words[3]) and not is_initial(words[3]))


def _trim_leading(surface: str) -> str:
    """"Broker Jane Smith" at a sentence start, "Chicago Cardinal Jane Smith", "Rapper Jane Smith", "Kenyan
    Jane Smith", "Transport Commissioner Jane Smith": drop what leads the name, when it is no one's given name."""
    words = surface.split(" ")
    while len(words) > 2 and (_describes(words[0]) or _is_post_word(words[0]) or _a_side_before_a_name(words) or (
            is_common_word(words[0]) and not is_given_name(words[0]) and words[0].lower() not in COURTESY_TITLES)
            or _calling_before_given_name(words) or _party_before_given_name(words)):
        words.pop(0)  # "Energy Secretary Jane Smith" too: an ordinary English word is no one's first name
    if len(words) == 2 and _is_occupation(words[0]) and (
            is_census_surname(words[1]) or not is_common_word(words[0])):
        # "Jeweller Doe", "Bookmaker Acme": a trade before one word is no given name, and one word no page.
        # An ordinary word before one that is no census surname ("Scissor Acme") is a thing as it stands
        # (``_ordinary_word_first``).
        words.pop(0)
    return " ".join(words)


_TRADE_ENDINGS = ("er", "or", "ist", "ian")

_PARTY_FRONT_WORDS = frozenset({"tory", "tories", "labour", "lib", "dem", "dems", "democrat", "republican",
                                "unionist", "nationalist", "socialist", "liberal", "conservative", "green"})
"""The words of a party that news writes before a politician's name ("Tory Jane Doe", "Lib Dem Jane Doe")."""


def _party_before_given_name(words: Sequence[str]) -> bool:
    """"Tory Jane Doe", "Lib Dem Jane Doe", "Labour Jane Doe": a party's word, then (after more of the party's
    words) a given name of some country and a surname. The model often takes the party into the person, and the
    name is then refused whole (a party's word is no one's given name), so the person was lost, or stood as a
    twin beside the plain name. The given name must be no party word itself, and two words must follow it at
    least, so "Green Day" or "Labour Jane" stay as they are; an ordinary word after the party ("Tory Leader Jane
    Doe") goes too, as the post it is. On the BBC development half it gave back a shadow
    minister the model wrote so."""
    if len(words) <= 2 or words[0].lower() not in _PARTY_FRONT_WORDS:
        return False
    rest = list(words[1:])
    while len(rest) > 2 and rest[0].lower() in _PARTY_FRONT_WORDS:
        rest.pop(0)
    if len(rest) < 2 or rest[0].lower() in _PARTY_FRONT_WORDS or is_initial(rest[0]):
        return False
    # "Tory leader Jane Doe" written "Tory Leader Jane Doe": the post goes next, by the rule for ordinary words
    return is_world_given_name(rest[0]) or (len(rest) > 2 and is_common_word(rest[0]) and not is_given_name(rest[0]))


def _calling_before_given_name(words: Sequence[str]) -> bool:
    """"DJ Jane Doe", "Cinematographer Jane Doe", "Ayton-man Jane Doe": a word in capitals (an abbreviated calling)
    or with an agent's ending ("-er", "-or", "-ist", "-ian", "-man") that no word list has, before a known given
    name and a surname. The word is no given name of any country's list nor a census surname, so a name whose
    first word the lists lack ("Sion Aubrey Doe") keeps it."""
    first = words[0]
    lower = first.lower()
    return (len(words) > 2 and is_given_name(words[1]) and not is_initial(words[1])
            and not is_given_name(first) and not is_world_given_name(first) and not is_census_surname(first)
            and lower.rstrip(".") not in COURTESY_TITLES and first[:1].isupper()
            and ((first.isupper() and first.isalpha() and 2 <= len(first) <= 3)
                 or (first[1:].islower() and len(first) >= 6 and lower.endswith((*_TRADE_ENDINGS, "man")))))


def _is_post_word(word: str) -> bool:
    """"Under-Secretary", "Vice-President", "Co-Founder", "Ex-Minister": a hyphened word whose last part is a
    title or an ordinary English word that is no given name ("Jean-Claude", "Jay-Jay" are names)."""
    if "-" not in word:
        return False
    last = word.rsplit("-", 1)[1]
    return bool(last) and not is_given_name(last) and not is_given_name(word) and (
        last.lower() in COURTESY_TITLES or is_common_word(last))


def _is_occupation(word: str) -> bool:
    """A trade or agent noun ("Jeweller", "Bookmaker", "Rapper", "Pianist"): an ordinary English word, or two
    run together ("book" + "maker"), ending as agents do, that is no given name and no census surname
    ("Baker", "Taylor" and "Walker" are surnames, "Christopher" a given name), nor a title ("Councillor")."""
    lower = word.lower()
    if lower.endswith(("ers", "ors", "ists", "ians")):
        return _is_occupation(word[:-1])  # "Bookmakers Acme"
    if (not word[:1].isupper() or not lower.endswith(_TRADE_ENDINGS) or lower in COURTESY_TITLES
            or is_given_name(word) or is_census_surname(word) or "-" in word):
        return False
    if is_common_word(lower):
        return True
    return any(is_common_word(lower[:cut]) and is_common_word(lower[cut:]) for cut in range(3, len(lower) - 2))


TRAILING_POSTS = frozenset(
    """chairman chairwoman chairperson vice-chairman vice-chair treasurer secretary clerk councillor councilor surveyor
    warden representative organiser coordinator co-ordinator""".split()
)
"""Posts that minutes write after a name ("Present: Jane Doe Treasurer"): never the last word of the name."""
CONTACT_WORDS = frozenset({"tel", "telephone", "phone", "mob", "mobile", "email", "e-mail", "fax"})
"""Words a notice writes between a name and a number or address ("contact Jane Doe Tel. 01234 567890")."""


def _trim_trailing(surface: str) -> str:
    """"Jane Doe Treasurer", "Miss Doe Chairperson": drop a post written after the name; a post left with one
    word before it and no title ("Area Surveyor") is no name at all. A country after a full name ("Jane Doe
    Italy") is dropped too, and so are ordinary words that are no common surname ("Jane Doe Section") and a
    body's dotted initials ("Mr Doe N.C.C.") after a titled name or a known given name and a surname."""
    words = surface.split(" ")
    if len(words) >= 2 and words[-1].casefold().rstrip(".:") in CONTACT_WORDS:
        words = words[:-1]  # "contact Jane Doe Tel. 01234 567890": the word before a number
        if len(words) == 1 and words[0].lower().rstrip(".") not in COURTESY_TITLES:
            return ""  # "contact Jane Tel.": a given name alone, no page
    if len(words) >= 3 and words[-1].casefold() in country_names() and not is_given_name(words[-1]):
        return " ".join(words[:-1])  # "Jane Doe Italy" in a list of people by country
    if len(words) >= 3 and words[-1].endswith("ly") and is_common_word_not_census_surname(words[-1]):
        return " ".join(words[:-1])  # "Cllr Jane Doe Unanimously agreed": an adverb run on in minutes
    titled = words[0].lower().rstrip(".") in _ADDRESS_TITLES  # not "Queen Fancy Dress Competition"
    if len(words) >= 3 and (titled or (is_given_name(words[0]) and words[0].lower() not in COURTESY_TITLES)):
        # "Jane Doe Section 106", "Mr Doe Public Open Space": ordinary words run on after a name in minutes
        cut = 0
        while (len(words) - titled >= (3 if not (titled and cut) else 2) and words[-1][:1].isupper()
               and not words[-1].isupper()
               and words[-2].casefold() not in SURNAME_PARTICLES  # "Jane de la Mare": the surname itself
               and is_common_word_not_common_surname(words[-1]) and not is_given_name(words[-1])
               and not (words[-1].endswith("s") and not words[-1].endswith("ss"))  # "Jane Doe Memorials": a firm
               and words[-1] not in FIRM_WORDS):  # "Jane Doe Interactive" is a firm, and stays whole
            # After a title, a run of two ordinary words or more goes whole, down to the title and one word: "Mr
            # Doe Public Open Space" is Mr Doe, where "Mrs Jane Meadow" keeps her surname.
            words = words[:-1]
            cut += 1
    if len(words) - titled >= 2 and (titled or len(words) >= 3) and _DOTTED_LETTERS.fullmatch(words[-1]):
        words = words[:-1]  # "Mr Doe N.C.C.": a body's initials after the name of its officer
    surface = " ".join(words)
    if len(words) < 2 or words[-1].lower() not in TRAILING_POSTS:
        return surface
    kept = words[:-1]
    if len(kept) == 1 and kept[0].lower().rstrip(".") not in COURTESY_TITLES and not _HAS_DIGIT.search(kept[0]):
        return "" if not is_given_name(kept[0]) or is_common_word(kept[0]) else " ".join(kept)
    return " ".join(kept)


_MONTH_WORDS = frozenset(
    """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
    september october november december""".split()
)
_DAY_BEFORE = _Lazy(r"(?:^|\W)\d{1,2}(?:st|nd|rd|th)? $")


def _is_a_date(text: str, start: int, surface: str) -> bool:
    """"15th Jun Lorry movements", "3 May Hall": a month after a day's number begins no one's name."""
    first = surface.split(" ")[0].rstrip(".").lower()
    return first in _MONTH_WORDS and _DAY_BEFORE.search(text, max(0, start - 6), start) is not None


def _describes(word: str) -> bool:
    """A capitalised word that says what someone is rather than naming them: a job, a nationality."""
    lower = word.lower()
    if lower in _LEADING_NON_NAMES or lower in _SENTENCE_OPENERS or lower in {"scot", "star"}:
        return True  # "Scot" and "Star" are in the given-name list, but before a full name they describe
    if is_given_name(word) or not word[:1].isupper() or lower.rstrip(".") in COURTESY_TITLES:
        return False  # a title is the name's own to keep ("Judge Jane Smith"): parse_name sets it apart
    return (lower in _ROLE_WORD_SET or lower in DESCRIPTIONS or lower in demonyms()
            or (lower.endswith(_NATIONALITY_ENDINGS) and not lower.endswith(("stan", "man")) and len(lower) > 4))


DESCRIPTIONS = frozenset(
    """actor actress singer rapper comedian comic novelist poet playwright director producer songwriter
    presenter broadcaster model star veteran businessman businesswoman tycoon billionaire millionaire
    entrepreneur banker economist analyst lawyer judge activist campaigner mp peer minister spokesman
    backbencher forward centre wing winger flanker prop hooker lock fly-half scrum-half full-back
    sprinter runner athlete cyclist swimmer boxer golfer jockey trainer skipper keeper seed seeds judges
    contestant contestants bookmaker bookmakers goalscorer midfielder striker defender goalkeeper
    defending reigning holder holders olympic world european briton scot welshman irishman englishman
    dutchman frenchman scotsman warden churchwarden steward verger spaniard swede dane turk pole frenchwoman
    englishwoman irishwoman welshwoman scotswoman dutchwoman aussie kiwi brit""".split()
)
"""Words that describe a person before their name ("Rapper", "Goalscorer", "Briton"): with ``ROLE_WORDS``."""
_NATIONALITY_ENDINGS = ("ian", "ean", "yan", "can", "ese", "ish", "iot")
"""Endings of nationality adjectives ("Russian", "Kenyan", "Chinese", "Danish"), kept only when no given name and
of five letters at the least ("Asian"; "Lian" is a given name the lists lack)."""


_GIVEN_BEFORE = _Lazy(rf"(?:^|(?<=[\s(\[\"“]))({_WORD}) $")


def _given_names_left_out(paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> list[_Mention]:
    """A person the model names without the first of his names ("Lib Dem MP Parmjit [Singh Gill]", "said Lian [Chia
    Liang]"): its span of two words or more opens with a word no list knows as a given name ("Singh", "Chia"), and
    the capitalised word right before it is no English word, title, description, nationality, country or place, and
    the model gives it no label of its own anywhere in the article (a club, a firm or a place is labelled
    somewhere: "Ayton Didier Doe"). The name then opens with that word."""
    found: list[_Mention] = []
    labelled: set[str] | None = None
    for entity in entities:
        words = entity.text.split()
        if (entity.label != "PERSON" or entity.paragraph >= len(paragraphs) or len(words) < 2
                or is_given_name(words[0]) or is_initial(words[0]) or not words[0][:1].isupper()
                or words[0].casefold().rstrip(".") in COURTESY_TITLES):
            continue
        text = paragraphs[entity.paragraph]
        before = _GIVEN_BEFORE.search(text, max(0, entity.start - 30), entity.start)
        if before is None or before.end() != entity.start:
            continue
        word = before.group(1)
        if not _GIVEN_NAME_SHAPE.fullmatch(word):
            continue
        if (is_common_word(word) or word.casefold() in COURTESY_TITLES or _describes_or_titles(word) or _is_job(word)
                or word.casefold() in country_names() or word.casefold() in demonyms() or word in one_word_places()
                or word in capital_cities() or word.casefold() in _SENTENCE_OPENERS):
            continue
        if labelled is None:
            labelled = {part for other in entities if other is not entity for part in other.text.split()}
        if word in labelled:
            continue
        # Weak: the model's own doubts about the name (a body's word elsewhere) still weigh as for its span.
        found.extend(_rule_mention(text, entity.paragraph, before.start(1), entity.end, _PRIORITY_RULE, strong=False))
    return found


_GIVEN_NAME_SHAPE = _Lazy(rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?")
"""A given name's shape: "Parmjit", "Jean-Pierre"; not "Hindi-language" nor "McX"."""


def _with_given_name_before(text: str, start: int, entities: Sequence[EntitySpan], paragraph: int) -> int:
    """"John C. Preston": the initial-and-surname rule starts at the middle initial; take the given name before it
    too when it is a known given name or the model's span of a person runs over both."""
    match = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
    if match is None or match.end() != start or text[start + 2 : start + 3] != " ":  # not "C.French"
        return start
    word = match.group(1)
    if word.lower() in COURTESY_TITLES or is_common_word_not_surname(word) or any(
        e.label == "PERSON" and e.paragraph == paragraph and e.start <= match.start(1) < e.end <= start + 2
        for e in entities
    ):
        # "Malcolm X. Attallah Shabazz": the model's person takes the given name and ends at the initial. Only a
        # span over the given name says so: another person earlier in the paragraph ("Miss Roe, ... : Tom B. Doe")
        # once matched too and left "B. Doe", a part-name of the full name beside it.
        return start
    if is_given_name(word) or any(
        e.label == "PERSON" and e.paragraph == paragraph and e.start <= match.start(1) and e.end > start
        for e in entities
    ):
        return match.start(1)
    return start


def _cut_at_next_title(surface: str) -> str:
    """"Cllr Jane Doe Cllr John": the name before the next attendee's title, when two words of a name come
    before it ("Cllr Mrs Doe", "Rt Rev Dr Doe" are one name)."""
    inner = _INNER_ADDRESS.search(surface, 1)
    if inner is None:
        return surface
    before = [w for w in surface[: inner.start()].split() if w.lower().rstrip(".") not in COURTESY_TITLES
              and w.lower().rstrip(".") not in _NOT_A_NAME_BEFORE_TITLE]
    return surface[: inner.start()] if len(before) >= 2 else surface


def _rule_mention(
    text: str, paragraph: int, start: int, end: int, priority: int, strong: bool = True, in_line_up: bool = False
) -> list[_Mention]:
    """The mention of a name a rule found at ``start:end``, or none when it is no person's. ``in_line_up``: an
    entry of a line-up (``_team_sheet_surnames``), where an "A" before the name is the player's initial ("A Doe"),
    not the article "a"."""
    surface = _trim_trailing(_trim_leading(_cut_at_next_title(clean_surface(text[start:end]))))
    if not surface or not is_plausible_person_name(surface) or _two_names_run_together(surface):
        return []
    start = text.find(surface, start, end)
    if start < 0 or _followed_by_organisation_word(text, start + len(surface)) or _is_a_date(text, start, surface):
        return []
    parsed = parse_name(surface)
    if priority == _PRIORITY_HONORIFIC and not parsed.titles:
        return []
    if priority == _PRIORITY_HONORIFIC and not parsed.given and is_common_word_not_surname(parsed.surname):
        return []  # "PC Meeting", "Mr Approved": a title before an ordinary word no one bears as a surname
    if priority != _PRIORITY_HONORIFIC and (
        (not in_line_up and _after_article(text, start)) or (parsed.is_full and (
            _followed_by_description(text, start + len(surface)) or _followed_by_description(text, end)))
    ):
        return []  # "the Beige Book said", "said Barton Capital economist Jane Doe": a thing's name
    if _quoted_alone(text, start, start + len(surface)):
        return []
    if _starts_sentence(text, start) and not parsed.has_honorific and parsed.given:
        # "Meanwhile Jane Smith said": keep the name, drop the capitalised opener before it.
        first_word_end = surface.find(" ")
        if parsed.given[0].lower() in _SENTENCE_OPENERS and first_word_end > 0:
            return _rule_mention(text, paragraph, start + first_word_end + 1, start + len(surface), priority, strong)
    return [_Mention(paragraph, start, start + len(surface), surface, parsed, priority, evidence=strong)]


_SENTENCE_OPENERS = frozenset(
    {"meanwhile", "however", "speaking", "responding", "welcoming", "yesterday", "today", "but", "and",
     "earlier", "later", "separately", "elsewhere", "instead", "still", "now", "then", "also", "even", "only",
     "just", "perhaps", "indeed", "especially", "particularly", "notably", "sadly", "unfortunately", "fortunately",
     "ironically", "finally", "eventually", "recently", "previously", "currently", "originally", "similarly",
     "likewise", "unlike", "besides"}
)
"""Adverbs and connectives that open a sentence with a capital: "Even Jane Doe", "Sadly Jane Doe"; none is a
given name."""


_LEADING_NON_NAMES = frozenset({"broker", "dealer", "analyst", "striker", "defender", "midfielder",
                                "goalkeeper", "veteran", "former", "ex", "rookie", "substitute", "coach"})


def _word_before(text: str, start: int) -> re.Match[str] | None:
    """The word just before ``start`` (looking back a short way only, to stay cheap)."""
    return _WORD_BEFORE.search(text, max(0, start - 30), start)


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:\"“”"


def _followed_by_organisation_word(text: str, end: int) -> bool:
    match = _WORD_AFTER.match(text[end : end + 40])
    if match is None or text[end : end + 1] not in {" ", "-"}:
        return False
    return match.group(1) in ORGANISATION_TAIL_WORDS


_ARTICLE_BEFORE = _Lazy(r"(?:^|\W)(?:the|a|an|The|A|An) $")


def _after_article(text: str, start: int) -> bool:
    return _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None


_THING_END = _Lazy(r"\s*(?:$|[,;:.!?()\[\]]|and\b|of\b|[A-Z])")
_TOKEN_AFTER = _Lazy(r" (\S+)")
_PARTY_WORDS = frozenset({"tory", "labour", "conservative", "democrat", "republican", "liberal", "unionist",
                          "dem", "nationalist", "socialist", "green"})


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """"dubbing him \"Sir Wastrel\"": a name standing alone in quotation marks is a nickname or a title."""
    return start > 0 and text[start - 1] in "\"“‘'" and text[end:end + 1] in ("\"", "”", "’", "'")


_DESCRIPTIONS_AFTER = frozenset(
    (set(ROLE_WORDS) | {"star", "stars", "rapper", "singer", "frontman", "economist", "analyst", "prop", "hooker",
                        "flanker", "winger", "striker", "boss", "chairman", "spokesman", "spokeswoman",
                        "ceremony", "franchise", "festival", "tournament"})
    - {"member", "holder", "resident", "partner", "rival", "colleague"}
)
"""Lower-case words that, right after a full name, make it a team's, firm's or work's name ("Barton Capital
economist", "Jane Doe star" for a film): a person's own job follows a comma."""


def _followed_by_description(text: str, end: int) -> bool:
    """The next word, right after one space ("Jane Doe (captain)" is a person, described in brackets)."""
    after = _WORD_AFTER.match(text[end : end + 30])
    return (after is not None and text[end : end + 1] == " " and text[end + 1 : end + 2].isalpha()
            and after.group(1) in _DESCRIPTIONS_AFTER)


def _inside_longer_name(text: str, mention: _Mention, described: dict[int, list[EntitySpan]]) -> bool:
    """The model's person is part of a longer run of capitalised words: "the MIT Media Labs Europe", "So Solid
    Crew rapper", "Attorney Jane L Doe Jr" cut short, "Barton Utd v Ayton". A name stands apart from the words
    around it. Allowed before it: a run of capitalised words that holds a title or a description ("Swede",
    "Tory", "Secretary of State", "Chairman of the Audit Committee"), a given name, a word the model calls a
    nationality or group; allowed after it: letters ("MP")."""
    start, end = mention.start, mention.end
    if text.startswith((" v ", " vs ", " vs. "), end):
        return True  # a results line: teams, not people
    if mention.parsed.is_full and _followed_by_description(text, end):
        return True  # "Barton Ceramics chairman", "Credit Barton analyst": a firm or a team
    if _after_article(text, start) and _THING_END.match(text, end):
        return True  # "the Bee Gees,", "the Red Cross (ICRC)": "the" and nothing after makes a thing
    if text[end:end + 1] == " ":
        following = _TOKEN_AFTER.match(text, end)
        if following is not None:
            word = strip_possessive(following.group(1).rstrip(",.;:!?)"))
            if (word[:1].isupper() and word.isalpha() and not word.isupper() and not is_post_nominal(word)
                    and word.lower() not in UK_POST_NOMINALS and word.lower() not in TRAILING_POSTS
                    and word.lower() not in CONTACT_WORDS and word.casefold() not in country_names()
                    and not _nationality_describing_a_signature(text, mention, word, following.end())):
                return True
    run = _capitalised_run_before(text, start)
    if not run:
        return False
    nearest = run[-1]
    if (nearest.isupper() or is_given_name(nearest) or _describes_or_titles(nearest)
            or _a_side_before_a_name([nearest, *mention.surface.split()])):
        return False
    if any(e.start < start and e.end >= start - len(nearest) - 1 for e in described.get(mention.paragraph, ())):
        return False
    return not any(_describes_or_titles(word) for word in run if not word.isupper())


def _nationality_describing_a_signature(text: str, mention: _Mention, word: str, word_end: int) -> bool:
    """A nationality after a full name opening its line, more words after it, describes the person, as a quotation of
    the month is signed under it ("Jane Doe French Poet 1901 - 1960"): no part of a body's name. Not a nationality
    ending the line, the surname of a name written with an initial ("Richard C French")."""
    return (word.casefold() in demonyms() and not text[: mention.start].strip() and bool(text[word_end:].strip())
            and len(mention.surface.split()[-1].rstrip(".")) > 1)


_AGENT_ENDINGS = ("er", "or", "ist", "man", "woman", "ian", "ese", "ant", "ent")


def _describes_or_titles(word: str) -> bool:
    """A capitalised word that says what someone is: a title, a job, a nationality, a party."""
    lower = word.lower().rstrip(".")
    if "-" in lower:  # "Major-General", "Vice-Chancellor"
        return any(_describes_or_titles(part) for part in word.split("-") if part)
    return (lower in COURTESY_TITLES or lower in _PARTY_WORDS or _describes(word)
            or (lower.endswith(_AGENT_ENDINGS) and len(lower) > 4))


_RUN_WORD = _Lazy(r"(?:^|(?<=[\s(\[\"“]))([A-Z][\w’'-]*|of|for|the|and|&) $")


def _capitalised_run_before(text: str, start: int) -> list[str]:
    """The capitalised words (joined by "of", "for", "the", "and") just before ``start``, nearest last; empty
    when a sentence starts there. Looks back a short way only."""
    words: list[str] = []
    position = start
    while len(words) < 8:
        match = _RUN_WORD.search(text, max(0, position - 40), position)
        if match is None:
            break
        words.insert(0, match.group(1))
        position = match.start(1)
    while words and not words[0][:1].isupper():
        words.pop(0)  # the run starts at a capitalised word
    if not words:
        return []
    if not words[-1][:1].isupper():
        return []
    head = text[:start - len(" ".join(words)) - 1].rstrip()
    if len(words) == 1 and (not head or head[-1] in ".!?:;\"“”"):
        return []  # one word that starts the sentence: any word may be capitalised there
    if any(w.endswith(("'s", "’s", "'", "’")) for w in words):
        return []  # a possessive: "Barton's Jane Doe", "The Boys' Jane Doe"
    return [w for w in words if w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha()]


_ACRONYM = _Lazy(r"\(([A-Z]{2,6})\)$")
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "&", "de", "du", "des", "la", "le", "on", "in"})


def _spells_out_its_acronym(text: str, start: int, end: int) -> bool:
    """"Agence France Presse (AFP)", "the Music Rights Society (MRS)": the letters in brackets are the initials
    of the words before them, so the words are an organisation's or a system's name, not a person's."""
    match = _ACRONYM.search(text, start, end)
    if match is None:
        return False
    letters = match.group(1)
    words = [w for w in text[max(0, start - 60):match.start()].split() if w.lower() not in _SMALL_WORDS]
    # Minutes write a person's initials so ("Jane Doe (JD)", "Jane Doe (JDO)"): three letters at the least, from
    # three words or more, or the first letters of a name of three words ("Barton Saw Mills (BSML)").
    own = len(text[start:match.start()].split())
    for count in (len(letters), own):
        initials = "".join(w[0] for w in words[-count:]).upper()
        if len(words) >= count >= 3 and letters.startswith(initials):
            return True
    return False


def _plural_of_a_thing(person: _Person, non_person: Counter[str], entities: Sequence[EntitySpan]) -> bool:
    """A person known by one plural word only whose singular the model calls a body, a product or a place here and
    never a person ("Zapboxes" beside the firm's "Zapbox", "the two Fiestas" beside "Fiesta"): things counted, as
    a maker's products are, not someone. "Jones" beside "Jone" would need the model to call "Jone" a body."""
    if person.full_mentions or any(m.parsed.titles for m in person.mentions):
        return False
    people_words = {name_key(strip_possessive(clean_surface(e.text))) for e in entities if e.label == "PERSON"}
    for mention in person.mentions:
        word = mention.parsed.surname
        if " " in word or not word.endswith("s"):
            return False
        singulars = [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
        if not any(non_person[name_key(singular)] and name_key(singular) not in people_words
                   for singular in singulars if len(singular) >= 3):
            return False
    return True


_BRACKETED_WORD = _Lazy(r"\(([A-Z][A-Za-z]{2,7})\)")
"""A word alone in brackets ("(Ampas)", "(AFP)"): an acronym, when the words before it spell it."""


def _bracketed_acronyms(paragraphs: Sequence[str]) -> frozenset[str]:
    """The words the article puts in brackets after a name whose words spell them (``_spelt_by``): "the Academy of
    Motion Picture Arts and Sciences (Ampas)", "the Association for Payment Clearing Services (Apacs)". British
    style writes such an acronym with one capital, so the model takes it alone for a person's name later on."""
    found: set[str] = set()
    for text in paragraphs:
        if "(" not in text:
            continue
        for match in _BRACKETED_WORD.finditer(text):
            before = re.findall(r"[A-Za-z][\w'’-]*", text[max(0, match.start() - 120):match.start()])
            words: list[str] = []
            for word in reversed(before):
                if word.lower() in _SMALL_WORDS:
                    continue
                if not word[0].isupper():
                    break
                words.insert(0, word)
            if _spelt_by(match.group(1).upper(), words):
                found.add(name_key(match.group(1)))
    return frozenset(found)


def _spelt_by(letters: str, words: Sequence[str]) -> bool:
    """Whether ``letters`` are the first letters (one or more of each) of three or more words ending ``words``, in
    order: "AMPAS" of "Academy Motion Picture Arts Sciences", "APACS" of "Association PAyment Clearing Services"."""
    for count in range(min(len(words), len(letters)), 2, -1):
        if _spells(letters, [word.upper() for word in words[-count:]]):
            return True
    return False


def _spells(letters: str, words: Sequence[str]) -> bool:
    if not words:
        return not letters
    if not letters:
        return False
    word = words[0]
    return any(letters.startswith(word[:taken]) and _spells(letters[taken:], words[1:])
               for taken in range(1, min(len(word), len(letters) - len(words) + 1) + 1))


def _an_acronym_spelt_out(person: _Person, acronyms: frozenset[str]) -> bool:
    """A person known by one word only that the article spells out as a body's acronym (``_bracketed_acronyms``):
    "Ampas decided to limit the nominees" is the Academy's decision, not someone's."""
    return not person.full_mentions and not any(m.parsed.titles for m in person.mentions) and all(
        name_key(m.parsed.surname) in acronyms for m in person.mentions)


def _accept_non_overlapping(candidates: list[_Mention]) -> list[_Mention]:
    ordered = sorted(candidates, key=lambda m: (m.priority, -(m.end - m.start), m.paragraph, m.start))
    taken: dict[int, list[tuple[int, int]]] = {}
    accepted: list[_Mention] = []
    for mention in ordered:
        ranges = taken.setdefault(mention.paragraph, [])
        if any(mention.start < end and start < mention.end for start, end in ranges):
            continue
        ranges.append((mention.start, mention.end))
        accepted.append(mention)
    accepted.sort(key=lambda m: (m.paragraph, m.start))
    return accepted


def _marked_as_listed(candidates: Sequence[_Mention], accepted: list[_Mention]) -> list[_Mention]:
    """The accepted mentions, a surname alone that ends where a plural title's list item ends marked with that title
    (``_Mention.listed_under``): another rule or the title's own reading ("Cllrs Doe", "Roe said") may have taken the
    same words, and the list still says what the surname is."""
    listed = {(m.paragraph, m.end): m.listed_under for m in candidates if m.listed_under}
    if not listed:
        return accepted
    return [replace(m, listed_under=listed[m.paragraph, m.end])
            if not m.listed_under and not m.parsed.is_full and (m.paragraph, m.end) in listed else m
            for m in accepted]


def _non_person_surfaces(entities: Sequence[EntitySpan]) -> Counter[str]:
    return Counter(name_key(clean_surface(e.text)) for e in entities if e.label in NON_PERSON_LABELS)


# --- grouping -----------------------------------------------------------------------------------


_PLACE_LABELS_FOR_GLUE = frozenset({"GPE", "LOC", "FAC"})


def _place_glued_to_surname(paragraphs: Sequence[str], mentions: list[_Mention],
                            entities: Sequence[EntitySpan]) -> list[_Mention]:
    """"Speaking in Ayton Doe said" where the article names "Jane Doe": a place after "in" or "at" (no comma
    after it) run into the surname that opens the clause, read as one full name. The mention becomes the surname
    alone, which then joins the person of that surname, when its first word is no given name or the model calls
    that word a place somewhere in the article, another full mention has the same surname and another given name,
    and no title nor possessive goes with it ("in Jane Doe's absence" is a person's). Reads the article only."""
    full = [m for m in mentions if m.parsed.is_full and m.parsed.given]
    if len(full) < 2:
        return mentions
    places: set[str] | None = None
    changed = list(mentions)
    for position, mention in enumerate(mentions):
        parsed = mention.parsed
        if (mention not in full or len(parsed.given) != 1 or parsed.titles or " " in parsed.surname
                or not _after_locative(paragraphs[mention.paragraph], mention.start)
                or _POSSESSIVE.match(paragraphs[mention.paragraph], mention.end) is not None):
            continue
        if not any(other is not mention and other.parsed.given[0] != parsed.given[0]
                   and surnames_match(other.parsed.surname, parsed.surname) for other in full):
            continue
        if is_world_given_name(parsed.given[0]):
            if places is None:
                places = {name_key(clean_surface(e.text)) for e in entities if e.label in _PLACE_LABELS_FOR_GLUE}
            if name_key(parsed.given[0]) not in places:
                continue
        surname = parsed.surname
        changed[position] = replace(mention, start=mention.end - len(surname), surface=surname,
                                    parsed=parse_name(surname))
    return changed


_Rolls = dict[int, list[tuple[int, int, str]]]
"""Per paragraph, the spans of a meeting's rolls: (start, end, ``"present"`` or ``"away"``)."""


_ROLL_LABEL = _Lazy(
    r"(?:^|(?<=[.;] ))(?:(?:\d+|[IVXivx]+)[.)]?\s+)?(?:"
    r"(?P<present>(?:those\s+)?(?:present|attending|in\s+attendance))\s*(?::|[-–](?=\s))"
    r"|(?P<away>(?:apologies(?:\s+for\s+absence)?|absent)"
    r"(?:(?:\s+(?:were|was))?\s+(?:received|accepted|given|noted))?(?:\s+from)?)\s*(?::|[-–](?=\s)|(?<=from)\s))",
    re.IGNORECASE)
"""The label opening a roll of minutes: "Present:", "Those attending -", "2. Apologies for absence were received
from", "Absent:" (at a paragraph's start or a sentence's)."""


_ROLL_END = _Lazy(r"(?<=[a-z]{3})(?<!Mrs)(?<!Cllr)(?<!Revd)(?<!Prof)(?<!Capt)(?<!Sgt)\.\s+(?=[A-Z])")
"""A sentence's end after a roll: a full stop after a word (not after an initial nor a title) and a capital."""


def _rolls(paragraphs: Sequence[str]) -> _Rolls:
    """Where one meeting's minutes list those present and those who sent apologies or were absent. An article
    with one such list of each is one meeting; with two "Present:" lines it may be minutes of two meetings, where
    one person may attend one and send apologies to the other, so it has no rolls here. A roll runs from its
    label to the next label, the sentence's end or the paragraph's."""
    labels: list[tuple[int, int, int, str]] = []
    for index, text in enumerate(paragraphs):
        for match in _ROLL_LABEL.finditer(text):
            labels.append((index, match.start(), match.end(), "present" if match.group("present") else "away"))
    kinds = [label[3] for label in labels]
    if kinds.count("present") != 1 or kinds.count("away") != 1:
        return {}
    rolls: _Rolls = {}
    for position, (index, _, start, kind) in enumerate(labels):
        text = paragraphs[index]
        end = len(text)
        if position + 1 < len(labels) and labels[position + 1][0] == index:
            end = labels[position + 1][1]
        stop = _ROLL_END.search(text, start, end)
        rolls.setdefault(index, []).append((start, stop.start() if stop else end, kind))
    return rolls


def _roll_of(mention: _Mention, rolls: _Rolls) -> str | None:
    """``"present"`` or ``"away"`` when the mention is written on one of the meeting's rolls."""
    return next((kind for start, end, kind in rolls.get(mention.paragraph, ())
                 if start <= mention.start and mention.end <= end), None)


def _on_the_other_roll(person: _Person, mention: _Mention, rolls: _Rolls) -> bool:
    """Whether ``person`` is written on the other roll of the meeting than ``mention`` is, under another name:
    "Mrs Doe" listed present is not the "D. Doe" who sent apologies to the same meeting, nor "Cllr J Doe" the
    absent namesake of a present "Cllr Jane Doe" (one person cannot both attend and send apologies). The same name
    on both rolls ("D. Doe" and "Mrs D. Doe": a slip of the minutes, or one who came late) stays one person."""
    roll = _roll_of(mention, rolls)
    if roll is None:
        return False
    key = _name_without_titles(mention.parsed)
    return any(other_roll != roll and _name_without_titles(other.parsed) != key
               for other in person.mentions if (other_roll := _roll_of(other, rolls)) is not None)


def _name_without_titles(parsed: ParsedName) -> tuple[tuple[str, ...], str]:
    return tuple(name_key(given) for given in parsed.given), name_key(parsed.surname)


def _group(mentions: list[_Mention], rolls: _Rolls | None = None) -> list[_Person]:
    people: list[_Person] = []
    rolls = rolls or {}
    hyphened = {name_key(m.parsed.surname): m.parsed.surname for m in mentions if "-" in m.parsed.surname}
    particled = {name_key(m.parsed.surname) for m in mentions
                 if " " in m.parsed.surname and m.parsed.surname.split()[0].casefold() in SURNAME_PARTICLES}
    mentions = [_as_particle_surname(_as_hyphened_surname(mention, hyphened), particled) for mention in mentions]
    given_names_of = [m.parsed for m in mentions if len(m.parsed.given) >= 2 and m.parsed.is_full]
    if given_names_of:
        mentions = [_as_given_names(mention, given_names_of) for mention in mentions]
    for mention in mentions:
        if mention.parsed.is_full:
            _join_full_name(people, mention, rolls)
    for mention in mentions:
        parsed = mention.parsed
        if parsed.is_full:
            continue
        if parsed.surname:
            _join_surname(people, mention, rolls)
        elif parsed.given:
            _join_given_name(people, mention)
    for person in people:
        person.mentions.sort(key=lambda m: (m.paragraph, m.start))
    return people


def _as_particle_surname(mention: _Mention, particled: Collection[str] = ()) -> _Mention:
    """"De Marigny" opening a sentence is the surname of the article's "Roland de Marigny": a capitalised particle
    that is no given name of the census ("Van" is) before one word is the surname's own first word. "Van" is one
    too where the article writes a full name whose surname is those words (``particled``, by ``name_key``:
    "Van Doorn" beside "Piet van Doorn")."""
    parsed = mention.parsed
    if (len(parsed.given) == 1 and parsed.given[0].casefold() in SURNAME_PARTICLES
            and (not is_given_name(parsed.given[0]) or name_key(f"{parsed.given[0]} {parsed.surname}") in particled)
            and " " not in parsed.surname):
        return replace(mention, parsed=replace(parsed, given=(), surname=f"{parsed.given[0]} {parsed.surname}"))
    return mention


def _join_full_name(people: list[_Person], mention: _Mention, rolls: _Rolls | None = None) -> None:
    parsed = mention.parsed
    for person in people:
        if rolls and _on_the_other_roll(person, mention, rolls):
            continue
        for other in person.full_mentions:
            same = surnames_match(parsed.surname, other.parsed.surname) and given_names_compatible(
                parsed.given, other.parsed.given
            )
            misspelt = surnames_nearly_match(parsed.surname, other.parsed.surname) and (
                name_key(parsed.given[0]) == name_key(other.parsed.given[0])
            )
            if ((same or misspelt) and (is_initial(parsed.given[0]) or is_initial(other.parsed.given[0]))
                    and _sexes_clash(mention, person)):
                continue  # an initial fits a given name of either sex; a title may not
            if same or misspelt or _is_tail_of(parsed, other.parsed) or _is_tail_of(other.parsed, parsed):
                person.mentions.append(mention)
                return
    people.append(_Person([mention]))


def _as_hyphened_surname(mention: _Mention, hyphened: dict[str, str]) -> _Mention:
    """"Sinama Pongolle" (a line-up's) is the surname of the report's "Florent Sinama-Pongolle": words that, joined
    by hyphens, spell a double surname the article writes (``hyphened``, by ``name_key``) are that surname alone,
    not a given name and a surname."""
    parsed = mention.parsed
    if not hyphened or not parsed.given or any(is_initial(given) for given in parsed.given):
        return mention
    surname = hyphened.get(name_key("-".join((*parsed.given, parsed.surname))))
    return mention if surname is None else replace(mention, parsed=replace(parsed, given=(), surname=surname))


def _sexes_clash(mention: _Mention, person: _Person) -> bool:
    """"Mrs D Doe" is not the "David Doe" of the article, nor "Mr S Doe" its "Sarah Doe": an initial fits either
    given name, but the title and the census's sex of the given name (or the person's own titles) disagree."""
    parsed = mention.parsed
    sexes = {sex_of_titles(parsed.titles)}
    if parsed.given and not is_initial(parsed.given[0]):
        sexes.add(clear_given_name_sexes().get(parsed.given[0].casefold()))
    sexes.discard(None)
    theirs = _sex_of_given_names(person)
    return len(sexes) == 1 and theirs is not None and theirs not in sexes


def _is_tail_of(short: ParsedName, long: ParsedName) -> bool:
    """"Farina Elia" is the end of "Jane Farina Elia": a double surname written without the given name."""
    count = len(short.given)
    return (len(long.given) > count and surnames_match(short.surname, long.surname)
            and not is_initial(short.given[0])
            and [name_key(g) for g in long.given[-count:]] == [name_key(g) for g in short.given])


def _as_given_names(mention: _Mention, longer: Sequence[ParsedName]) -> _Mention:
    """The mention as given names alone when they are the given names of a longer name of the article
    (``_are_given_names_of``), so that it joins that person as a first name alone does."""
    parsed = mention.parsed
    if parsed.is_full and any(_are_given_names_of(parsed, long) for long in longer):
        return replace(mention, parsed=replace(parsed, given=(*parsed.given, parsed.surname), surname=""))
    return mention


def _are_given_names_of(short: ParsedName, long: ParsedName) -> bool:
    """"Ana Maria" is the given names of the article's "Ana Maria Doe", the way a speaker calls her ("the same Ana
    Maria as before"): every word of the short name, the last too, a given name, and together the long name's given
    names, two at the least. A two-word given name is read as a given name and a surname, so no other join takes
    it and it became a page of its own."""
    words = (*short.given, short.surname)
    return (len(long.given) >= 2 and len(words) == len(long.given) and not short.titles
            and all(is_given_name(word) and not is_initial(word) for word in words)
            and [name_key(word) for word in words] == [name_key(word) for word in long.given])


def _join_surname(people: list[_Person], mention: _Mention, rolls: _Rolls | None = None) -> None:
    surname = mention.parsed.surname
    if rolls:
        people_here = [p for p in people if not _on_the_other_roll(p, mention, rolls)]
        if len(people_here) < len(people):
            # "Mrs Doe" of the minutes' "Present:" line is not the "D. Doe" who sent apologies: a new person, put
            # with the others once the join is decided.
            _join_surname(people_here, mention)
            people.extend(p for p in people_here if not any(p is q for q in people))
            return
    exact = [p for p in people if any(surnames_match(surname, m.parsed.surname) for m in p.mentions)]
    if (not exact and not is_given_name(surname) and not mention.lined_up
            and not _ROYAL_TITLE_WORDS & {normalise_title(title) for title in mention.parsed.titles}):
        # "Mr Smtih" is a slip for "Smith"; "William" is no slip for "Williams". A king's or queen's word is a
        # regnal name or a thing's ("King Kong"), no surname, so no slip of the article's "John King" either.
        exact = [p for p in people if any(surnames_nearly_match(surname, m.parsed.surname)
                                           for m in p.full_mentions)]
    if exact and mention.listed_under:
        # "Lord Justices Doe and Roe" name two judges, not the article's minister "John Doe": a surname listed under
        # a plural title joins a full name only when that name carries the title's singular ("Lord Justice John
        # Doe", "Cllr Jane Roe"), or a person the article also names by surname alone.
        exact = [p for p in exact if not p.full_mentions or _titled_as_listed(p, mention.listed_under)]
        if not exact:
            people.append(_Person([mention]))
            return
    if not exact and not mention.parsed.titles and not mention.lined_up and not mention.listed_under:
        # A bare first name ("Glenn said") for someone named in full: only when it picks out one person.
        by_given = [p for p in people if any(m.parsed.given and not is_initial(m.parsed.given[0])
                                             and surnames_match(surname, m.parsed.given[0]) for m in p.full_mentions)]
        if len(by_given) == 1:
            as_given = ParsedName(mention.parsed.surface, (), (surname,), "", mention.parsed.post_nominals)
            by_given[0].mentions.append(replace(mention, parsed=as_given))
            return
    if mention.lined_up:
        # "Winger Doe" the model read in the report is no given name: the line-up's "Doe" vouches for no such name.
        # Its own initial vouches for a given name the list lacks: "A Doe" of the side is the report's "Aurelien Doe".
        # A first word that is no job nor description ("Xabi", "Seti", "Hall") is no "Winger" either: a given name
        # the lists lack. Another initial is another player ("A Doe" is not the report's "Stephen Doe").
        exact = [p for p in exact if not p.full_mentions or any(
            m.parsed.given[0].startswith(mention.initial) if mention.initial else (
                is_world_given_name(m.parsed.given[0]) or is_initial(m.parsed.given[0])
                or not (_is_job(m.parsed.given[0]) or m.parsed.given[0].casefold() in DESCRIPTIONS
                        or m.parsed.given[0].casefold() in demonyms()))
            for m in p.full_mentions)]
    if exact and (office := office_of_titles(mention.parsed.titles)) is not None:
        # "PC Doe" is not the article's "Cllr P. Doe": a police rank and a councillor's title are two offices.
        exact = [p for p in exact
                 if office_of_titles([t for m in p.mentions for t in m.parsed.titles]) in (None, office)]
    sex = sex_of_titles(mention.parsed.titles) if exact else None
    if sex is not None:
        # "Baroness Doe" is not the "John Doe" (nor "Mr J Doe") of the article: the titles or given name disagree.
        exact = [p for p in exact if _sex_of_given_names(p) in (None, sex)]
    if not exact:
        family = _family_name_first(people, mention)
        if family is not None:
            as_family = ParsedName(mention.parsed.surface, mention.parsed.titles, (surname,), "",
                                   mention.parsed.post_nominals)
            family.mentions.append(replace(mention, parsed=as_family))
            return
        people.append(_Person([mention]))
        return
    _nearest(exact, mention).mentions.append(mention)


def _family_name_first(people: Sequence[_Person], mention: _Mention) -> _Person | None:
    """The one person a titled surname names when the article writes the family name first ("Mr Kim" of "Kim
    Jun-ho", "Mr Li" of "Li Wenbo", the Korean and Chinese order): no person has the surname last, and exactly one
    full name of two words opens with it and ends in a word that is no surname of the census nor a given name (so
    "Mr Thomas" beside "Thomas Smith" stays apart: he may be another Thomas). Joined as that name's first word,
    so the person's canonical name stays as the article writes it."""
    if not mention.parsed.titles or normalise_title(mention.parsed.titles[-1]) not in _FAMILY_NAME_TITLES:
        return None
    surname = mention.parsed.surname
    if " " in surname:
        return None
    found = [person for person in people if any(
        len(m.parsed.given) == 1 and " " not in m.parsed.surname and name_key(m.parsed.given[0]) == name_key(surname)
        and not is_census_surname(m.parsed.surname.split("-")[0]) and not is_given_name(m.parsed.surname)
        for m in person.full_mentions)]
    return found[0] if len(found) == 1 else None


_FAMILY_NAME_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor"})
"""Titles written before a family name alone, whichever order the full name takes."""


_SINGULAR_TITLES = {
    "messrs": frozenset({"mr"}),
    "mesdames": frozenset({"mrs", "ms", "miss"}),
    "cllrs": COUNCILLOR_TITLES,
    "councillors": COUNCILLOR_TITLES,
    "justices": frozenset({"justice", "judge"}),
    "judges": frozenset({"justice", "judge"}),
    "drs": frozenset({"dr", "doctor"}),
    "doctors": frozenset({"dr", "doctor"}),
    "professors": frozenset({"prof", "professor"}),
}
"""The titles, one person's, that a plural title lists people under (``_PLURAL_TITLE_LIST``)."""


def _titled_as_listed(person: _Person, plural: str) -> bool:
    """Whether one of the person's full names carries a singular of the plural title ``plural`` ("Mr John Doe" for
    "Messrs", "Lord Justice Jane Doe" for "Justices"): the evidence that a surname listed under it is this person,
    not a namesake the article names in full. A title joined by surname alone ("Mr Doe") is no such evidence: it
    is itself joined by a guess."""
    singular = _SINGULAR_TITLES.get(plural.split()[-1].casefold(), frozenset())
    return any(normalise_title(title) in singular for m in person.full_mentions for title in m.parsed.titles)


def _judges_title_forms(person: _Person, name: str, aliases: Sequence[str]) -> list[str]:
    """"Lord Justices Roe" for the "Roe" of "Lord Justices Doe and Roe", a surname alone that only a judges' plural
    title names: the title is his as much as the first name's of the list (written "Lord Justices Doe"), and it
    is what tells linking he is a judge, not the minister "John Roe" nor the peer "Lord Roe" of other articles."""
    if person.full_mentions or any(alias.endswith(" " + name) for alias in aliases):
        return []
    titles = [m.listed_under for m in person.mentions if m.listed_under and judges_title(m.listed_under.split())]
    return [f"{titles[0]} {name}"] if titles else []


def _without_listed_namesakes(people: list[_Person]) -> tuple[list[_Person], list[_Mention]]:
    """The people, less a surname known only from a plural title's list when the article names in full another
    person of that surname (``_join_surname`` kept it apart: nothing says it is that person), and the mentions
    left out, which no later scan may give to the namesake either. Alone it would get no page of its own, and
    linking would give the surname to the article's full name, the namesake."""
    full_surnames = {name_key(m.parsed.surname) for p in people for m in p.full_mentions}
    kept: list[_Person] = []
    silent: list[_Mention] = []
    for person in people:
        if (person.full_mentions or not all(m.listed_under for m in person.mentions)
                or name_key(person.surname()) not in full_surnames):
            kept.append(person)
        else:
            silent.extend(person.mentions)
    return kept, silent


def _sex_of_given_names(person: _Person) -> str | None:
    """The sex the person's given names (census, where clear enough to outweigh a title: "Mr Doe" may be the
    article's "Bertie Doe") and titles ("Mr D Doe") say, when they say one."""
    sexes = {clear_given_name_sexes().get(m.parsed.given[0].casefold()) for m in person.full_mentions
             if not is_initial(m.parsed.given[0])}
    sexes.update(sex_of_titles(m.parsed.titles) for m in person.mentions)
    sexes.discard(None)
    return next(iter(sexes)) if len(sexes) == 1 else None


def _nearest(candidates: list[_Person], mention: _Mention) -> _Person:
    """The person whose full name was written last before the mention, else first after it."""
    here = (mention.paragraph, mention.start)
    best: tuple[tuple[int, int], _Person] | None = None
    following: tuple[tuple[int, int], _Person] | None = None
    for person in candidates:
        anchors = person.full_mentions or person.mentions
        for anchor in anchors:
            position = (anchor.paragraph, anchor.start)
            if position <= here and (best is None or position > best[0]):
                best = (position, person)
            if position > here and (following is None or position < following[0]):
                following = (position, person)
    chosen = best or following
    return chosen[1] if chosen is not None else candidates[0]


_ROYAL_TITLES = frozenset({"prince", "princess"})


def _join_given_name(people: list[_Person], mention: _Mention) -> None:
    given = name_key(mention.parsed.given[0])
    matches = [p for p in people if any(m.parsed.given and name_key(m.parsed.given[0]) == given
                                        and m.parsed.surname for m in p.mentions)]
    if len(mention.parsed.given) > 1:  # "Ana Maria" (``_as_given_names``) is only the "Ana Maria Doe" of the article
        keys = [name_key(word) for word in mention.parsed.given]
        matches = [p for p in matches if any([name_key(word) for word in m.parsed.given] == keys and m.parsed.surname
                                             for m in p.mentions)]
    royal = _ROYAL_TITLES & {normalise_title(title) for title in mention.parsed.titles}
    if royal:  # "Prince Jack" is the "Prince Jack Doe" of the article, not its "Jack Doe"
        matches = [p for p in matches
                   if any(royal & {normalise_title(title) for title in m.parsed.titles} for m in p.full_mentions)]
    if mention.parsed.has_given_name_title:
        # "Sir Jack" before any full name of the article with that given name: news names a knight in full first,
        # so he is someone else (the history of a house, signed at its end by its author "Jack B. Doe"). A plain
        # given name still joins a full name after it (``_join_surname``): newsletters sign "Jack Doe" at the end
        # of a piece that calls him "Jack" (28 such joins on the parish development half).
        here = (mention.paragraph, mention.start)
        matches = [p for p in matches if any((m.paragraph, m.start) <= here for m in p.full_mentions)]
    if matches:
        titled = [p for p in matches if any(m.parsed.has_given_name_title for m in p.mentions)]
        _nearest(titled or matches, mention).mentions.append(mention)
    elif mention.parsed.has_given_name_title and not is_common_word(mention.parsed.given[0]):
        people.append(_Person([mention]))  # "Sir Jack", "Prince Jack"; not "Princess Consort"


# --- keeping only believable people -------------------------------------------------------------


def _birth_names(people: Sequence[_Person], paragraphs: Sequence[str]) -> list[_Person]:
    """The people named only as someone else of the article was at birth (``_BIRTH_NAME_BEFORE``): "Jane Doe -
    real name Jane Roe", "Jane Doe (born Jane Roe)", "Doe, real name Jane Roe", where a name of a person the article
    names in full, or that person's surname, stands right before the words; or "Born Jane Roe, the Ayton singer
    ..." opening a sentence in an article that names one person in full more often than anyone else, by surname,
    three times at the least (its subject). A birth name after a stage name that is no one's name here ("Ayton
    Kid, real name Jane Roe") stays a person: it is the only name the article gives her. On the development halves
    (BBC and parish) the words stand before 8 names: 2 get no person (one "Born Jane Roe", one after a surname of
    the article's), the model finds none in 1, and 5 after a rapper's stage name stay (their only pages)."""
    found: list[_Person] = []

    @cache
    def subject() -> _Person | None:
        # How often each person named in full is named by surname anywhere (bare surnames join people later); read
        # only for an article with a birth name, so no other article pays for it.
        counted = sorted(((sum(len(re.findall(rf"\b{re.escape(person.surname())}\b", text)) for text in paragraphs),
                           person) for person in people if person.full_mentions and person.surname()),
                         key=lambda pair: -pair[0])
        if counted and counted[0][0] >= 3 and (len(counted) == 1 or counted[1][0] < counted[0][0]):
            return counted[0][1]
        return None

    for person in people:
        cues = [_BIRTH_NAME_BEFORE.search(paragraphs[m.paragraph], max(0, m.start - 40), m.start)
                for m in person.mentions]
        if not person.mentions or any(cue is None for cue in cues):
            continue
        for mention, cue in zip(person.mentions, cues, strict=True):
            assert cue is not None
            if cue.group("opening") is not None and subject() not in (None, person):
                found.append(person)
                break
            before = paragraphs[mention.paragraph][:cue.start()].rstrip()
            if any(other is not person and other.full_mentions and (any(
                    each.paragraph == mention.paragraph and 0 <= cue.start() - each.end <= 3 for each in other.mentions)
                    or (other.surname() and re.search(rf"(?<![\w-]){re.escape(other.surname())}$", before)))
                    for other in people):  # "Jane Doe (born ...)", or "Doe - real name ..." (bare surnames join later)
                found.append(person)
                break
    return found


_CLAUSE_OPENS = r"(?:[,;(]\s*|\s[\u2013\u2014-]\s+)"
_BIRTH_NAME_BEFORE = _Lazy(
    r"(?:(?P<opening>(?:^|(?<=[.!?])\s+)(?:Born|(?:She|He) was born))"
    rf"|(?:{_CLAUSE_OPENS}|\b(?:was|were|is|been|being)\s+)[Bb]orn|{_CLAUSE_OPENS}?\b[Nn][ée]e"
    rf"|{_CLAUSE_OPENS}?(?:whose )?\b(?:real|birth|maiden|original) name(?:,| is| was)?"
    r"|\b(?:was |were )?christened)\s+$")
"""What stands right before a name someone had at birth ("Born Jane Roe, the Ayton singer", "Jane Doe (born Jane
Roe)", "who was born Jane Roe", "whose real name is Jane Roe", "née Roe", "christened Jane Roe"): the name of a
person the article names otherwise, whose page it should not be. "Ayton-born Jane Doe" and "Irish born Jane Doe"
name the person herself: "born" must open a sentence or a clause, follow a bracket or a dash, or follow "was"."""


def _is_believable(person: _Person, paragraphs: Sequence[str], non_person: Counter[str],
                   firm_words: Callable[[], frozenset[str]] = frozenset) -> bool:
    # Read up to 42 times below, and nothing here changes the mentions: made once, 0.205 -> 0.135 ms an article
    # (800 BBC articles, best of seven); the same Articles (``benchmarks/rules.py digest``).
    full = person.full_mentions
    if full and all(m.parsed.surname.split()[-1].lower() in BUILDING_WORDS
                                    for m in full):
        return False  # "Prince Edward Theatre", "Queen Mary Hospital": a building named after someone
    if full and all(m.parsed.given and m.parsed.given[0].lower() in KINSHIP_WORDS
                                    for m in full):
        return False  # "Mum Gray", "Aunty Maud": a family's word for someone
    if full and all(len(m.parsed.surname) == 1 and (
            not is_given_name(m.parsed.given[0]) or paragraphs[m.paragraph].startswith(" of ", m.end))
            for m in full):
        return False  # "Doe P" of a team list, "Ayton C of E School": a letter last, no surname ("Malcolm X" is)
    if full and all(_HYPHENED_PLACE.search(m.parsed.surname) for m in full):
        return False  # "W. S. Ayton-on-Sea" of an address: a town's name, hyphened round "on", "upon", "under"
    if full and _names_a_street(person, paragraphs):
        return False  # "the footpath from Hilgay Road to Doe Lane", a heading "Doe Lane": a street
    if _after_a_thing_noun(person, paragraphs):
        return False  # "the TV series Jane Doe", "her role as Jane Doe", "newspaper Jane Doe claimed"
    if full and all(
        _ordinary_word_first(m.parsed) or _participle_first(m.parsed) or _ends_with_firm_word(m.parsed)
        or _names_a_country(m.parsed)
        or _ordinary_word_last(m.parsed) or _DOTTED_LETTERS.fullmatch(m.parsed.surname.split()[-1]) is not None
        for m in full
    ) and not any(normalise_title(title) in _ADDRESS_TITLES for m in person.mentions for title in m.parsed.titles):
        return False  # "Ask Jeeves said", "Hotel Rwanda", "Harris Interactive", "Scotland Yard": not a name
    if full and all(_ordinary_words_throughout(m.parsed) for m in full) and not any(
        m.evidence or _next_to_speech_verb(paragraphs[m.paragraph], m.start, m.end) for m in person.mentions
    ):
        return False  # "Honey Pot", "Joy Division": a given name that is also a word, then ordinary words only
    if full and all(m.parsed.given and m.parsed.given[0].casefold() in FOREIGN_ARTICLES_AND_SAINTS
                                    and not m.parsed.titles for m in full):
        return False  # "San Diego", "Las Vegas", "Der Spiegel": a place's or a paper's name, whatever said it
    if full and all(
            m.parsed.given and (m.parsed.surname.split()[-1].casefold() in EVENT_WORDS
                                or m.parsed.given[0].casefold() in NATURAL_PLACE_WORDS
                                or _calling_and_given_name(m.parsed))
            for m in full) and not any(
            normalise_title(title) in _ADDRESS_TITLES for m in person.mentions for title in m.parsed.titles):
        return False  # "Ayton Open", "Loch Doe", "Fireman Jack": an event, a place, a character, whatever said it
    if full and all(
            not m.parsed.titles and m.parsed.given and m.parsed.given[0].casefold() in demonyms()
            and not is_world_given_name(m.parsed.given[0]) for m in full):
        return False  # "said Swiss Re", "American Express": a nationality is no one's given name, whatever said it
    if full and _the_model_names_a_body(person, non_person):
        return False  # "Zycie Warszawy said", the model calling the words a body every time it meets them
    if full and all(_before_a_surname_in_capitals(paragraphs[m.paragraph], m) for m in full):
        return False  # "Jane Mary DOE" of a list of candidates read as "Jane Mary": the surname left behind
    if full and all(_inside_a_place_name(paragraphs[m.paragraph], m) and not m.parsed.titles for m in full):
        return False  # "King's Lynn Samaritans asked" read as "Lynn Samaritans": a place's name and a body of it
    if any(m.evidence for m in person.mentions):
        return True
    if full and all(_a_journeys_end(paragraphs[m.paragraph], m) for m in full):
        return False  # "we travelled through Ayton and Barton Parva", "going on to Doe Magna": a place
    if full and _short_for_a_building_here(person, non_person):
        return False  # "Ayton Park has 40 beds" beside the model's "the Ayton Park Hospital": the building
    if full and all(_a_firms_vehicles_or_site(paragraphs[m.paragraph], m) for m in full):
        return False  # "Jane Doe lorries are using the lane", "the old Jane Doe site": a firm named after its founder
    if full and all(_first_word_a_firm_here(m.parsed, firm_words) for m in full):
        return False  # "Yahoo Messenger", "Aston Martin": the article calls the first word alone a firm or place
    if all(_is_heading(paragraphs[m.paragraph], m) for m in person.mentions):
        return False
    if full and all(
            m.parsed.given and m.parsed.given[0].casefold() in PLACE_PREFIXES and not m.parsed.titles
            for m in full):
        return False  # "Church Ayton", "Great Doe": a place of two names, with nothing but the model or a shape
    if full and all(
        m.parsed.surname.lower() in PLACE_ENDINGS and not (
            _plain_given_name_first(m.parsed) and is_common_surname(m.parsed.surname)
            and m.parsed.surname.lower() not in THOROUGHFARE_ENDINGS
            and not _after_locative(paragraphs[m.paragraph], m.start))
        for m in full
    ) and all(m.priority >= _PRIORITY_MODEL for m in person.mentions):
        return False  # "Water Lane", "Coal Yard" with nothing but the model to say otherwise ("Jane Wells" is)
    if full and all(_names_a_team(m.parsed) for m in full):
        return False  # "Barton Rovers", "Ayton Saints", "Ayton Forest": a council area first, a club
    if full and all(_names_a_place(m.parsed) for m in full):
        return False  # "Brookes Lane", "Bashams Quarry", "Barton Saw Mill"
    if full and all(
        len(m.parsed.given) == 1 and not is_given_name(m.parsed.given[0])
        and (m.parsed.given[0].lower() in DESCRIPTIONS or m.parsed.given[0].lower().endswith(("ese", "ish"))
             or m.parsed.given[0].casefold() in demonyms())
        for m in full
    ):
        return False  # "Danish Villager", "Veteran Rocker", "Romanian Doe": a description, not a name
    if full and all(
        len(m.parsed.given) == 1 and not is_given_name(m.parsed.given[0])
        and m.parsed.given[0].lower().endswith(_NATIONALITY_ENDINGS) and is_common_word(m.parsed.surname)
        for m in full
    ):
        return False  # "Anglian Water", "Cornish Pasty": a regional adjective before an ordinary word
    if full and all(_made_of_common_words(m.parsed) for m in full) and not any(
        not m.parsed.given
        and (m.priority <= _PRIORITY_MODEL or _next_to_speech_verb(paragraphs[m.paragraph], m.start, m.end))
        for m in person.mentions
    ):
        return False  # "Metal Slug", "Fireside Tales": ordinary words, no given name, nothing but the model
    if full and all(_unknown_then_common_word(m.parsed) for m in full) and all(
        m.priority >= _PRIORITY_MODEL for m in person.mentions
    ):
        return False  # "Anglian Water", "Precept Request": no given name, an ordinary noun last, only the model
    if full:
        # The model itself calls the same words a place or organisation as often ("Sri Lanka"); a rule
        # that found the name's shape outranks the model's label for that very span.
        names = {name_key(m.surface) for m in full}
        model_only = all(m.priority >= _PRIORITY_MODEL for m in person.mentions)
        if model_only and sum(non_person[key] for key in names) >= len(full):
            return False
        if model_only and all(_reads_as_a_personal_name(m.parsed) for m in full) and not any(
                _PERFORMED_IN.search(paragraphs[m.paragraph], max(0, m.start - 80), m.start) for m in person.mentions):
            return True  # "players in Jane Doe and Ann Roe", "brought in Jane Doe", "in Jane Doe's eye"
        return not (model_only and any(_after_locative_as_a_place(paragraphs[m.paragraph], m) for m in person.mentions))
    if any(m.parsed.has_given_name_title for m in person.mentions):
        return True
    # Only the model's word for a lone capitalised word: news introduces people by full name, so ask
    # for a speech verb next to it and nothing in the article calling it a place or organisation.
    surface_keys = {name_key(m.parsed.surname) for m in person.mentions}
    if any(key.endswith("shire") for key in surface_keys):
        return False
    if sum(non_person[key] for key in surface_keys) >= len(person.mentions):
        return False
    for mention in person.mentions:
        match = _word_before(paragraphs[mention.paragraph], mention.start)
        if match is not None and match.group(1) in NOT_PERSON_BEFORE:
            return False
    if any(_followed_by_role_word(paragraphs[m.paragraph], m.end) for m in person.mentions):
        return False
    if any(sum(count for name, count in non_person.items() if name.startswith(key + " ")) >= NAMES_A_BODY_OPENS
           for key in surface_keys):
        return False  # "Hereford" alone beside "Hereford County Hospital" and "Hereford Hospital Trust": the place
    if any(_takes_a_plural_verb(paragraphs[m.paragraph], m) for m in person.mentions):
        return False  # "Ayton have rejected a bid": a club or a firm, whose verb British English makes plural
    return len(person.mentions) >= 2 or any(
        _next_to_speech_verb(paragraphs[m.paragraph], m.start, m.end) for m in person.mentions
    )


EVENT_WORDS = frozenset({"open", "cup", "trophy", "festival", "awards", "championship", "championships", "classic",
                         "marathon", "prize", "olympics", "rally", "tournament", "regatta"})
"""Last words of a contest's or a festival's name ("Ayton Open", "Jane Doe Cup", "Ayton Classic"): no surname of the
1990 US Census, so the name is the event's even after a given name ("Stanley Cup")."""
NATURAL_PLACE_WORDS = frozenset({"loch", "lough", "lake", "mount", "isle", "cape", "fort", "port"})
"""First words of a lake's, a mountain's, an island's or a harbour's name ("Loch Ayton", "Mount Doe"): no one's
given name, so the name is the place's whatever is said of it ("Glen", "Ben" and "River" are given names, and are
left out)."""
PLACE_PREFIXES = frozenset({"great", "little", "upper", "lower", "nether", "north", "south", "east", "west", "old",
                            "new", "high", "market", "chipping", "castle", "church", "steeple", "kings", "bishops",
                            "abbots", "monks"})
"""First words of English places of two names ("Church Ayton", "Great Doe", "Market Ayton") and of bodies named
after them ("West Ayton", "New Doe"); none is a given name, so with nothing but the model or a weak rule to say
"person" the name is the place's. A stage name of one ("Little Jane", with a role or a quotation) is kept."""
CALLINGS = (frozenset(ROLE_WORDS) | DESCRIPTIONS | frozenset(
    """fireman firefighter postman postwoman policeman policewoman milkman dustman builder farmer doctor nurse
    vet sheriff detective inspector sergeant constable nanny cook chef butler pirate""".split())) - frozenset(
    """mother father son daughter wife husband brother sister""".split())
"""Callings written before a lone given name ("Fireman Jack", "Postman Jane"): a character's name or a
description, never a person's full name. Words of family and of religious orders are left out: "Mother Jane"
and "Brother Jack" are how some real people are known."""


def _calling_and_given_name(parsed: ParsedName) -> bool:
    """A calling where the given name goes and a lone given name where the surname goes ("Fireman Jack"): no full
    name of anyone, whether a children's character or "Nurse Jane" of a story; a bare given name gets no page."""
    return (len(parsed.given) == 1 and parsed.given[0].casefold() in CALLINGS and not is_given_name(parsed.given[0])
            and " " not in parsed.surname and is_given_name(parsed.surname))


FOREIGN_ARTICLES_AND_SAINTS = frozenset({"san", "santa", "sao", "são", "los", "las", "der", "die", "das",
                                         "il"})
"""First words of places and papers in other languages ("San Diego", "Los Angeles", "Der Spiegel", "Il Giornale"),
never a person's first name in English news; "El", "La", "Le" and "Les" lead surnames and given names ("Le Pen",
"Les Doe"), so they are left out."""
NAMED_A_BODY_TIMES = 2
"""Times the model must label a full name's very words a body, a place or a work, and none of them a person, before
a speech verb's rule ("Jane Doe said") is outweighed, when the name opens with no given name of any country."""


def _the_model_names_a_body(person: _Person, non_person: Counter[str]) -> bool:
    """A name the rules alone found (a speech verb, an apposition) whose words the model labels a body or a place
    in ``NAMED_A_BODY_TIMES`` spans or more, and in at least as many as the name has full mentions, with no given
    name first and no census surname last unless an ordinary word leads ("Zycie Warszawy said": a newspaper;
    "Band Aid"). A person's foreign given name the lists lack is the risk ("Anand Jain", kept by his surname), so
    a title or a model's person label keeps the name too."""
    if any(m.priority == _PRIORITY_MODEL or m.parsed.titles for m in person.mentions):
        return False
    first = person.full_mentions[0].parsed.given
    if not first or is_world_given_name(first[0]) or is_initial(first[0]):
        return False
    if is_census_surname(person.full_mentions[0].parsed.surname.split()[-1]) and not is_common_word(first[0]):
        return False  # "Anand Jain": a given name the lists lack before a surname; "Band Aid" opens with a word
    names = {name_key(m.surface) for m in person.full_mentions}
    count = sum(non_person[key] for key in names)
    return count >= NAMED_A_BODY_TIMES and count >= len(person.full_mentions)


_FIRM_LABELS = frozenset({"ORG", "PRODUCT"})
FIRM_WORD_EVIDENCE = 2
"""Times the model must label a lone word a firm or product in an article, at the least, and at least as often as
it labels a person a name that starts with the word, before a name starting with it is read as the firm's: once
is the model's slip ("Arjen" alone an organisation once beside "Arjen Robben" a person); on the BBC development
half this takes "Yahoo Messenger" and "Aston Martin" ("Aston" a firm four times, a person's first word four)."""


def _firm_words(entities: Sequence[EntitySpan]) -> frozenset[str]:
    """Single words the model labels an organisation or product in the article (``FIRM_WORD_EVIDENCE``)."""
    firm: Counter[str] = Counter()
    person: Counter[str] = Counter()
    for entity in entities:
        if entity.label in _FIRM_LABELS or entity.label == "PERSON":
            words = clean_surface(entity.text).split()
            if entity.label == "PERSON" and words:
                person[name_key(words[0])] += 1
            elif len(words) == 1:
                firm[name_key(words[0])] += 1
    return frozenset(word for word, count in firm.items() if count >= max(FIRM_WORD_EVIDENCE, person[word]))


def _first_word_a_firm_here(parsed: ParsedName, firm_words: Callable[[], frozenset[str]]) -> bool:
    """One first word, no one's given name, that the model labels alone a firm or product elsewhere in the same
    article (``FIRM_WORD_EVIDENCE``: "Yahoo" of "Yahoo Messenger", "Aston" of "Aston Martin"): the name is the
    firm's or one of its products. A foreign given name the census list lacks ("Anil") is rarely a firm there, and
    a place's label is left alone ("Free Mojtaba Day" makes "Mojtaba" a place, not the man). A census surname first
    before a word no census list knows is a family name written first ("Wang Donghai"), and the model's firm for
    the family name alone is the person written short ("Wang's arrest": three articles of conll-dev lost him
    without this). ``firm_words`` is called only for such a first word: most names start with a given name, and
    the article's entities are then never counted (find_people over the BBC corpus: 0.03-0.05 ms an article
    counted every time, about 2 %)."""
    if len(parsed.given) != 1 or is_initial(parsed.given[0]) or is_given_name(parsed.given[0]):
        return False
    last = parsed.surname.split()[-1]
    if is_census_surname(parsed.given[0]) and not (is_census_surname(last) or is_given_name(last)):
        return False  # "Wang Donghai": the family name first, which alone is the person ("Wang's arrest")
    return name_key(parsed.given[0]) in firm_words()


def _after_a_thing_noun(person: _Person, paragraphs: Sequence[str]) -> bool:
    """A mention after a work's, a firm's or a trade's noun ("the TV series Jane Doe"); of a person named in full,
    only a full mention counts: a biopic named after its subject ("the film Jane" beside "singer Jane Doe") is the
    one word, not the person."""
    return not any(m.parsed.titles for m in person.mentions) and any(
        _after_thing_noun(paragraphs[m.paragraph], m.start) for m in person.full_mentions or person.mentions)


_COMPARED_OR_PLAYED = _Lazy(
    r"(?:\b[Tt]he (?:next|latest|original)|\b(?:role|part|character)s? (?:as|of)(?: (?:the|a|an))?(?: [a-z-]+){0,3}) $")
"""A successor or a part ("hailed as the next Jane Doe", "his role as tycoon Jane Doe"): news writes real people so."""


def _written_as_a_work(text: str, mention: _Mention) -> bool:
    """The mention stands where news writes only a work, a band, a firm or a fictional character, never a real
    person: after such a noun ("the TV series Jane Doe", "a group known as Jane Doe"), "starred in Jane Doe", "films
    such as Jane Doe", "Jane Doe star Ann Roe". What a name so written tells other articles (``Article.works``); a
    part played ("the role of Jane Doe", "Ann Roe as Jane Doe"), "the next Jane Doe", a list of places and a bracket
    after a name are left out, since real people are played, compared, listed with places and named in brackets."""
    if mention.parsed.titles or _POSSESSIVE.match(text, mention.end) is not None:
        return False
    if (_after_thing_noun(text, mention.start, parts=False) or _FOLLOWED_BY_WORK_NOUN.match(text, mention.end)
            or _SAID_TO_BE_A_THING.match(text, mention.end)):
        return True
    before = text[max(0, mention.start - 200) : mention.start]
    if _RUN_OR_MADE_BEFORE.search(before[-30:]) is not None and _CLAUSE_GOES_ON.match(text, mention.end) is not None:
        return True  # "Ann Roe runs Jane Doe and", "played at Jane Doe on": a business, a ground
    if _FICTION_BEFORE.search(before[-30:]) is not None:
        return True  # "the evil Jane Doe", "the cartoon Jane Doe": a character, whatever follows
    if _ARTICLE_ONLY.search(before[-10:]) is not None or _COMPARED_OR_PLAYED.search(before[-60:]) is not None:
        return False  # "the Jane Doe era", "the next Jane Doe", "his role as tycoon Jane Doe": real people too
    return (_THING_BEFORE.search(before[-40:]) is not None or _LIST_OF_THINGS.search(before) is not None) and (
        _NOT_A_MODIFIER.match(text, mention.end) is not None)


_HOLDING_IN = _Lazy(
    r"\b(?:(?:[Ss]hares|[Ss]takes?|[Ss]hareholders|[Ss]hareholding|[Ii]nvestors) in"
    r"|(?:[Tt]akeover|[Aa]cquisition) of|[Mm]erger (?:with|of))"
    r"(?: (?:[A-Z][\w'’&.-]*+|and|&))*?(?:,| and| &)? $")
"""A holding in a firm, or a deal for one, before the name, the name perhaps last of a list of firms: "Shares in
Jane Doe", "shares in Alpha and Jane Doe", "the takeover of Jane Doe": nobody holds shares in a person."""
_MARKET_MOVE_AFTER = _Lazy(
    r" (?:shed|sank|slumped|plunged|plummeted|tumbled|soared|jumped|rose|fell|dropped|slipped|climbed|surged|dipped|"
    r"edged (?:up|down)) (?:by )?(?:\d[\d.,]*(?:%| per ?cent|p\b| cents?\b)|[$£€]\d)")
"""A share price's move right after the name: "Jane Doe shed 43%", "Jane Doe rose 12p". A person's figures are
votes, points or places, not per cent or pence of themselves."""
_LISTED_AFTER = _Lazy(
    r",? (?:which |that )?(?:is|was|are|were|has been|had been|will be|is to be|became) (?:listed|quoted|floated)"
    r" (?:on|in) (?:the )?(?:[A-Z][\w&'’.-]* ){0,3}(?:[Ss]tock ?[Ee]xchange|[Ss]tock ?[Mm]arket|[Ss]hare [Mm]arket"
    r"|Nasdaq|NYSE|bourse|FTSE|Aim)\b")
"""Listed, quoted or floated on an exchange right after the name ("Jane Doe, which is listed on the Ayton stock
exchange", "Jane Doe was floated on the stock market"): only a firm's shares are. "Listed" alone is not enough
(a person is listed among nominees, in honours, in a will)."""


_NEXT_CAPITAL = _Lazy(r" [A-Z]")


def _written_somewhere_as_a_firm(person: _Person, paragraphs: Sequence[str]) -> bool:
    """Whether the article writes one of the person's full names, anywhere (the model may read that very span as
    a firm, so it need not be a mention), as a firm with shares: after ``_HOLDING_IN``, or before
    ``_MARKET_MOVE_AFTER`` or ``_LISTED_AFTER``, neither in the possessive ("shares in Jane Doe's firm" are the
    firm's) nor as the start of a longer name ("shares in Jane Doe Holdings" may be her firm's). A title at any
    mention ("Mrs Jane Doe") says a person, whatever else."""
    if not person.full_mentions or any(m.parsed.titles for m in person.mentions):
        return False
    surfaces = {m.surface for m in person.full_mentions}
    for text in paragraphs:
        for surface in surfaces:
            at = text.find(surface)
            while at != -1:
                end = at + len(surface)
                if (not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum()
                        and _POSSESSIVE.match(text, end) is None and _NEXT_CAPITAL.match(text, end) is None
                        and (_HOLDING_IN.search(text, max(0, at - 80), at) is not None
                             or _MARKET_MOVE_AFTER.match(text, end) is not None
                             or _LISTED_AFTER.match(text, end) is not None)):
                    return True
                at = text.find(surface, end)
    return False


def _named_as_a_thing(person: _Person, paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> bool:
    """Every mention stands where news writes a work, a firm or a place and none where it writes a person:
    "the Jane Doe said" (an article before it), "1947's Jane Doe" (a year's work), "films such as Jane Doe",
    "starred in Jane Doe", "car maker Jane Doe", "Ann Roe (Jane Doe)" (a nominee's film in brackets), "Jane Doe
    films", or an item of a list whose other items the model calls places or organisations. A title, a speech
    verb, a role or an age at any mention outweighs it (``_Mention.evidence``), except a role inside a part played
    ("played undercover cop Jane Doe in", "the role of Jane Doe or"): every mention a part is a character."""
    if not any(m.parsed.titles for m in person.mentions) and any(
            _WHICH_AFTER.match(paragraphs[m.paragraph], m.end) and _starts_sentence(paragraphs[m.paragraph], m.start)
            for m in person.mentions):
        return True  # "Jane Doe, which floated in 1985, said": a firm, a work or a place, though it speaks
    if all(_names_a_thing_after_someone(paragraphs[m.paragraph], m) for m in person.mentions):
        return True  # "the Jane Doe project", "a Jane Doe portal", "at the Prince Jack": named after someone
    if all(_employs_an_analyst(paragraphs[m.paragraph], m) for m in person.mentions):
        return True  # "analyst Ann Roe of Jane Doe says": the firm that employs the analyst, who is the speaker
    if any(_next_to_speech_verb(paragraphs[m.paragraph], m.start, m.end) for m in person.mentions):
        return False
    if all(_plays_a_part(paragraphs[m.paragraph], m, entities) for m in person.mentions):
        return True
    if person.full_mentions and all(_firm_of_partners(paragraphs[m.paragraph], m.end) for m in person.full_mentions):
        return True  # "Mr Roe of Jane Roe & Doe": the practice's name is no one's full name
    if _has_a_speaker(person, paragraphs) and not any(m.parsed.titles for m in person.mentions):
        return True  # "Jane Doe made the move ... Jane Doe spokesman Ann Roe said": a firm
    if any(m.evidence for m in person.mentions):
        return False
    return all(_thing_context(paragraphs[m.paragraph], m, entities) for m in person.mentions)


NAMED_AFTER_SOMEONE_NOUNS = frozenset(
    """service portal project competition contest label theatre hall library group brand marque prize award
    trophy foundation trust hospital school college museum gallery stadium building hotel restaurant station
    channel network cars cigarettes company firm studios agency scheme fund charity institute plant factory""".split())
"""Nouns of what is named after a person, which after "the" or "a" and the name make the name the thing's ("the
Jane Doe project", "a Jane Doe portal", "the Jane Doe conducting competition", "the Doe label"). News writes a
real person as such a modifier only for what the person did or had ("the Jane Doe murders", "a Jane Doe free kick",
"the Doe era", "the Doe family", "the Jane Doe film": a director's), so those nouns are not here; nor "show",
"programme" or "website", whose namesake is the person who hosts or owns them."""
_DETERMINER_BEFORE = _Lazy(r"(?:^|(?<=[^\w’'-]))(?:the|The|a|A|an|An) $")
_NOUN_OF_A_THING_AFTER = _Lazy(r" (?P<first>[a-z]+)\b(?!['’-])(?: (?P<second>[a-z]+)\b(?!['’-]))?")
_ROYAL_TITLE_WORDS = frozenset({"prince", "princess", "king", "queen"})
_THE_ROYAL_TITLE_BEFORE = _Lazy(r"(?:^|(?<=[^\w’'-]))(?:the|The) (?:Prince|Princess|King|Queen) $")
_THE_BEFORE = _Lazy(r"(?:^|(?<=[^\w’'-]))(?:the|The) $")


def _names_a_thing_after_someone(text: str, mention: _Mention) -> bool:
    """The mention names a thing called after someone: a determiner, the name, then a noun of
    ``NAMED_AFTER_SOMEONE_NOUNS`` (perhaps after one lower-case word: "the Jane Doe conducting competition"), with
    no title on the name; or "the" before a royal title and a given name ("at the Prince Jack", "the Queen Jane
    Hospital"): news writes a king, queen, prince or princess with no "the" before the title ("Prince Jack said"),
    and "the" with such a title and a name is a theatre's, a hospital's or a ship's name. A clergyman's "the Rev
    Jane Doe" or "the Rt Hon" are other titles."""
    titles = {normalise_title(title) for title in mention.parsed.titles}
    if titles:
        return bool(titles & _ROYAL_TITLE_WORDS) and mention.surface.split()[0].lower() in _ROYAL_TITLE_WORDS and (
            _THE_BEFORE.search(text, max(0, mention.start - 5), mention.start) is not None)
    if _THE_ROYAL_TITLE_BEFORE.search(text, max(0, mention.start - 16), mention.start) is not None:
        return True
    if _DETERMINER_BEFORE.search(text, max(0, mention.start - 5), mention.start) is None:
        return False
    match = _NOUN_OF_A_THING_AFTER.match(text, mention.end)
    return match is not None and (match["first"] in NAMED_AFTER_SOMEONE_NOUNS
                                  or match["second"] in NAMED_AFTER_SOMEONE_NOUNS)


_PART_BEFORE = _Lazy(
    r"(?:\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying)(?: (?:the|a|an))?"
    r"(?: (?!(?:to|with|against|alongside|for|opposite|under|in|on|at|as|and|or|by|from|host|hosts|down|up|off|"
    r"out|into|through|over|away|home|him|her|them|it|his|their|its|well|badly|again|only|just|both|all|every|"
    r"each|some|no|more|most|better|best|last|first|once|twice|qualifier|seed|compatriot|opponent|rival|"
    r"number)\b)[a-z][a-z-]*){1,3}"
    r"|\b(?:the |a |an )?(?:role|part|character) of(?: the)?) $")
"""A part played before a name: "played undercover cop Jane Doe", "will play religious cult leader Jane Doe", "the
role of Jane Doe". The words between verb and name are a description, none a preposition or adverb ("played host to
Jane Doe", "played alongside Jane Doe") nor a competitor's ("play qualifier Jane Doe", "plays top seed Jane Doe",
"played world number two Jane Doe": a match), and there is at least one: "played Jane Doe" is a match against her."""
_PART_AFTER = _Lazy(r"(?:\s*(?:$|[,;:.!?()\"”])| (?:in|or|and|opposite|alongside|who|whose|from|for|when)\b)")
_PLAYED_POSSESSIVE = _Lazy(
    r"\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying)"
    r" (?P<owner>[A-Z][\w-]*+)(?:['’]s|(?<=s)['’]) $")
"""A show's possessive between the verb and the name: "played Ayton Close's Jane Doe when the soap began", a
character of it, unless the model calls the owner a club, a place or a person ("played Chelsea's Jane Doe" is a
match against her)."""
_NOT_A_SHOW = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_CAST_AS = _Lazy(
    r"\b(?:star|stars|starring|starred|play|plays|played|playing|cast)\b[^.!?\"“”]{0,80}?"
    r"\bas (?:the|a|an|his|her|their)(?: [a-z-]+){1,3}, $")
"""A character named after the part's description in a casting sentence: "will also star Ann Roe as the
domineering mother, Jane Doe.", "plays Ann Roe as a grieving widow, Jane Doe"."""


def _plays_a_part(text: str, mention: _Mention, entities: Sequence[EntitySpan] = ()) -> bool:
    if any(normalise_title(title) in _ADDRESS_TITLES for title in mention.parsed.titles):
        return False
    if _PART_AFTER.match(text, mention.end) is None:
        return False
    if (_PART_BEFORE.search(text, max(0, mention.start - 60), mention.start) is not None
            or _CAST_AS.search(text, max(0, mention.start - 160), mention.start) is not None):
        return True
    owner = _PLAYED_POSSESSIVE.search(text, max(0, mention.start - 60), mention.start)
    return owner is not None and not any(
        e.paragraph == mention.paragraph and e.label in _NOT_A_SHOW and e.start <= owner.start("owner") < e.end
        for e in entities)


_THING_BEFORE = _Lazy(
    r"(?:(?:^|[^\w,;] *)(?:the|The)"  # "the Jane Doe" (not "the late Jane Doe": a word between)
    r"|\b(?:1[89]|20)\d\d['’]s"  # "1947's Jane Doe"
    r"|\b(?:starred|starring|starrer|stars|star|appeared|appears|appearing|roles?|parts?|cast|character|set)"
    r" in(?: the)?"
    r"|\b(?:version|adaptation|production|remake|revival|sequel|prequel|episode|episodes|staging|premiere|author|"
    r"writer|composer|creator|director|makers?|producers?|cast|stars?|star) (?:of|to)(?: the)?"
    r"|(?<!film)(?<!film-)(?<!film )(?<!programme )(?<!documentary )(?<!TV )\b(?:maker|makers)"
    r"|\b(?:shares|stake|shareholders|shareholding|stakes) in|\b(?:takeover|subsidiary|owners|owner) of"
    r"|\bmerger (?:with|of)"
    r"|\b(?:province|state|city|town|region|county|district|village|island|republic|kingdom|suburb) of"
    r"|\brole as(?: [a-z-]+){0,3}|\b[Tt]he (?:next|latest|original))"
    r" $")
"""Words right before a name that make it a work's, a firm's, a club's or a character's: an article ("the Jane
Doe"), a year's possessive, a part in a work ("starred in", "a sequel to", "his role as designer Jane Doe", "the
next Jane Doe"), a maker that is no film-maker, a holding in a firm, or a place's kind ("the province of")."""
_LIST_OF_THINGS = _Lazy(
    r"\b(?:films|movies|books|novels|plays|musicals|shows|programmes|series|songs|hits|singles|albums|tracks|"
    r"titles|games|brands|firms|companies|clubs|teams|sides|bands|groups|devices|products|cars|channels|"
    r"newspapers|magazines|characters|venues|theatres|stadiums|cities|towns|countries|"
    r"works|classics|favourites)\b,? (?:such as|including|include|includes|like|as well as)(?: the)? "
    r"(?>(?:[A-Z][\w'’-]*+|\d++|of|the|and|or|a|in|on|to)\b|\([^()]*+\)|[ ,.…!?]++)*+$")
"""A list of works or things before the name: "films such as Alpha Beta, Jane Doe and Gamma". Each piece of the
list (a capitalised word, a number, a small word, brackets, separators) is matched once, atomically: a list that
fails to reach the name fails in time linear in its length."""
_BRACKETED_AFTER_NAME = _Lazy(r"\b[A-Z][\w'’-]+ [A-Z][\w-]*[a-z] \($")
_BRACKET_CLOSES = _Lazy(r"[.…!? ]*\)")
_FOLLOWED_BY_WORK_NOUN = _Lazy(
    r" (?:(?:star|stars|actor|actress|author|creator|fans|theme|soundtrack|sequel|prequel|franchise|books|novels|"
    r"musical|character|characters|costume|boss|bosses|striker|defender|midfielder|goalkeeper|manager|"
    r"chairman|supporters|bank|brokerage|consultancy|investment|magazine|newspaper|festival|trophy|"
    r"singer|frontman|frontwoman|guitarist|drummer|bassist|vocalist|keyboardist)\b"
    r"|director (?=[A-Z][a-z]+ [A-Z])"
    r"|\((?:BBC|ITV|Channel \d|Sky|E4|S4C|C4|UKTV)[^()]*\))")
"""A name used as the modifier of a work's, a club's or a band's people ("Jane Doe star Ann Roe", "Jane Doe boss",
"Jane Doe director Ann Roe" before another name),
"Jane Doe frontman Ann Roe"), or a programme's with its channel in brackets ("Jane Doe (BBC One)"): a person's own
job comes before the name or after a comma.
("The Jane Doe film" may be a director's: no evidence either way.)"""
_SPEAKER_FOR_IT = _Lazy(
    r" (?:(?:chief|senior|equity|equities|market|markets|currency|bond|oil|energy|investment|credit|research|"
    r"industry|retail|property|media|press) )?(?:spokes(?:man|woman|person)|analysts?|economists?|strategists?)\b")
"""A name written as the modifier of its spokesman or analyst ("Jane Doe spokesman Ann Roe said", "Jane Doe equity
strategist Ann Roe", the kind of analyst one of a few market words): a firm or a body; a person's spokesman is
"Jane Doe's spokesman". One such mention outweighs the verbs of the others ("Jane
Doe made the move"), though not a title or a speech verb of the name's own."""


def _has_a_speaker(person: _Person, paragraphs: Sequence[str]) -> bool:
    """Whether the text writes one of the person's full names right before ``_SPEAKER_FOR_IT`` anywhere (the
    model or the rules may have taken "Jane Doe spokesman Ann Roe" as the spokesman's name alone)."""
    surfaces = {m.surface for m in person.full_mentions}
    for text in paragraphs:
        if " spokes" not in text and " analyst" not in text and " economist" not in text and " strategist" not in text:
            continue
        for surface in surfaces:
            at = text.find(surface)
            while at != -1:
                if _SPEAKER_FOR_IT.match(text, at + len(surface)) and not text[at - 1 : at].isalnum():
                    return True
                at = text.find(surface, at + 1)
    return False


_THING_SAID_NOUNS = (
    "film|movie|documentary|sitcom|soap|cartoon|album|single|song|novel|musical|opera|game|series|show|programme|"
    "brand|label|band|firm|company|consultancy|bank|lender|insurer|airline|carmaker|manufacturer|conglomerate|"
    "charity|newspaper|magazine|website|channel|club|agency|group|subsidiary")
_NOT_A_MODIFIER_WORD = (r"(?!(?:of|for|behind|at|in|with|from|to|on|by|about|off|who|whose|which|that|and|or|as|"
                        r"into|over|under|after|before|than|like)\b)")
_SAID_TO_BE_A_THING = _Lazy(
    rf"(?:,| [-–—]| is| was) (?:the|a|an)"
    rf" (?:{_NOT_A_MODIFIER_WORD}[a-z][\w-]*[a-z] |(?:1[89]|20)\d\d |[A-Z][a-z]+ ){{0,3}}"
    rf"(?:{_THING_SAID_NOUNS})(?=[,.;:)]|$| (?:that|which|based|about|by|from|starring|set|directed|whose|known|"
    r"founded|owned|run)\b)")
"""The name, then a comma, a dash, "is" or "was", and what the name is, a work's or a business's noun closing the
phrase after up to three describing words: "Jane Doe, a consultancy,", "Jane Doe, the Italian drinks firm,", "Jane
Doe is a 1994 film about", "Jane Doe - the satirical sitcom". The noun must end the phrase ("Jane Doe, the film
director", "the band's singer", "a member of the group" describe people), and nouns a person can be ("character",
"producer", "publisher", "retailer", "supplier", "operator", "developer", "maker") are left out, and so are "its"
and "their" ("Jane Doe, its publisher"). On the BBC development half (2,773 pages) it follows no page's mention:
the shape is the held-out draws' (a consultancy, a drinks firm, a construction firm), read from the lead's brief."""


_POSSESSIVE = _Lazy(r"['’]s?\b")
_FIRM_AFTER = _Lazy(
    r"(?:['’]s?)? (?:shares\b|share price|shareholders|profits?\b|pre-tax|revenues?\b|turnover\b|"
    r"stores\b|shops\b|outlets\b|subsidiary|brand\b|marques?\b|cars\b|cigarettes\b)"
    r"|['’]s? (?:(?:new|latest|best-selling|flagship) )?(?:drinks?|beers?|lagers?|wines?|spirits|products|"
    r"subscribers|passengers|branches|factories|headquarters)\b"
    r"| (?:Ltd|Limited|plc|PLC|Plc|LLP|Inc)\b| (?:&|and) (?:Sons?|Co)\b")
"""What follows a firm's name, not a person's: its shares, profits, shops and marques ("Jane Doe shares fell",
"its Jane Doe marque": a maker's name kept by its cars); in the possessive, what a firm sells, carries or runs
("Jane Doe's new drink", "Jane Doe's passengers", "Jane Doe's branches"). A person's works are theirs too ("Jane
Doe's films", "Jane Doe's clients" of a trainer), so works and clients are not here. On the BBC development half
(2,773 pages) the possessive words follow no page's mention."""
_PARTNER_AFTER = _Lazy(r" & (?P<partner>[A-Z][a-z][\w'’-]*+)(?! [A-Z&])")
"""A partner's name after an ampersand, itself followed by no further name: "Jane Doe & Roe" of "Mr Doe from Jane
Doe & Roe", the name of a practice (architects, solicitors, agents). "Jane Doe & John Roe" and "Jane Doe & Mrs
Roe" are two people."""


def _firm_of_partners(text: str, end: int) -> bool:
    match = _PARTNER_AFTER.match(text, end)
    return (match is not None and not is_given_name(match["partner"])
            and normalise_title(match["partner"]) not in _ADDRESS_TITLES)
_WORK_NOUN_AFTER = _Lazy(r" (?:films?|movies?|books?|novels?|series|musical|album|songs?|franchise)\b")
_NOT_A_MODIFIER = _Lazy(
    r"(?:\s*(?:$|[,;:.!?()\"”])| (?:is|was|has|had|will|would|claims|says|said|tells|told|follows|opens|stars|"
    r"features|won|became|and)\b)")
"""After "the" and a name: the end of a clause, or a verb: the name is the thing's ("The Alpha Beta claims")."""
_FICTION_BEFORE = _Lazy(
    r"\b(?:the|The|an?|An?) (?:evil|villainous|fictional|fictitious|cartoon|animated|imaginary|mythical) $")
"""A character's word right before a name ("the evil Jane Doe", "the fictional Jane Doe"): news writes no real
person so with nothing between ("the evil dictator Jane Doe" has a calling between, and "the heroic Jane Doe" or
"the legendary Jane Doe" are written of athletes and singers, so they are not here)."""
_ARTICLE_ONLY = _Lazy(r"(?:^|[^\w,;] *)(?:the|The) $")
_WORK_IN_APPOSITION = _Lazy(
    r"\b(?:film|movie|novel|book|album|single|song|play|musical|pantomime|panto|opera|ballet|series|sitcom|soap|"
    r"programme|drama|documentary|game|comedy|thriller|cartoon|track|hit|show), $")
_SENTENCE_ENDS = _Lazy(r"\s*(?:$|[.!?;])")
"""A work's noun, a comma, then the name closing the sentence ("his latest novel, Jane Doe."): the title in
apposition. Only at a sentence's end: "In the film, Jane Doe plays a teacher" names the actor."""
_PLACE_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC"})


def _thing_context(text: str, mention: _Mention, entities: Sequence[EntitySpan]) -> bool:
    if _POSSESSIVE.match(text, mention.end) is not None:
        return _FIRM_AFTER.match(text, mention.end) is not None  # not "a version of Jane Doe's hit": the maker
    if _FIRM_AFTER.match(text, mention.end) is not None or _firm_of_partners(text, mention.end):
        return True
    if _FOLLOWED_BY_WORK_NOUN.match(text, mention.end) is not None or _its_own_acronym(text, mention):
        return True
    if _SAID_TO_BE_A_THING.match(text, mention.end) is not None:
        return True  # "Jane Doe, the Italian drinks firm,": what the name is, said right after it
    before = text[max(0, mention.start - 200) : mention.start]
    if _FICTION_BEFORE.search(before[-30:]) is not None:
        return True  # "the evil Jane Doe as he": a character
    if _ARTICLE_ONLY.search(before[-10:]) is not None and _WORK_NOUN_AFTER.match(text, mention.end) is not None:
        return False  # "the Jane Doe film": a director's, or a franchise; no telling
    if _ARTICLE_ONLY.search(before[-10:]) is not None and not _NOT_A_MODIFIER.match(text, mention.end):
        return False  # "the Doe administration", "the Jane Doe era": a person's name as a modifier
    if (_THING_BEFORE.search(before[-40:]) is not None or _LIST_OF_THINGS.search(before) is not None) and (
        _NOT_A_MODIFIER.match(text, mention.end) is not None
    ):
        return True  # not "a sequel to Jane Doe comedy Alpha": the name of the work's maker
    if _BRACKETED_AFTER_NAME.search(before[-30:]) and _BRACKET_CLOSES.match(text, mention.end):
        return True
    if _RUN_OR_MADE_BEFORE.search(before[-30:]) is not None and _CLAUSE_GOES_ON.match(text, mention.end) is not None:
        return True  # "Ann Roe runs Jane Doe and says", "the final was played at Jane Doe on"
    if _by_its_maker(text, mention, before, entities):
        return True  # "her hit Jane Doe by Ann Roe": a work and its maker
    if _WORK_IN_APPOSITION.search(before[-30:]) is not None and _SENTENCE_ENDS.match(text, mention.end) is not None:
        return True  # "the first televised pantomime, Jane Doe.": the work's title, set off by a comma
    if _OWNED_THING_BEFORE.search(before[-40:]) is not None:
        return True  # "his Mac Mini", "our new Fairy Story": what someone owns or makes, not a person
    if (title_word := _TITLE_CASE_BEFORE.search(before[-60:])) is not None and (
            title_word.group("before") is None or (title_word.group("before").casefold().rstrip(".") not in
                                                   COURTESY_TITLES and not title_word.group("before").endswith("."))):
        # "a drama called The Rise And Fall Of Jane Doe": a work's title, in title case; not a small word opening
        # the next sentence ("... in Ayton. And Jane Doe's novel").
        return True
    return _among_places(text, mention, entities) or _item_of_a_list_of_places_and_bodies(text, mention, entities)


_ANALYST_OF_BEFORE = _Lazy(
    r"\b(?:analysts?|economists?|strategists?)(?: [A-Z][\w’'.-]*){0,3},? (?:at|of|with) (?:the )?$")
"""An analyst's, an economist's or a strategist's word, perhaps with their name, then "at", "of" or "with" right
before a name ("aviation analyst Ann Roe of Jane Doe", "an economist at Jane Doe"): the name is the bank or firm
that employs them. News writes a person's adviser as "a spokesman for", "an aide to", never as a person's analyst.
On the BBC development half the shape stands before one page's mention, a bank's, and before no person's."""


def _employs_an_analyst(text: str, mention: _Mention) -> bool:
    """Right after ``_ANALYST_OF_BEFORE`` ("aviation analyst Ann Roe of Jane Doe"): the analyst's employer."""
    return _ANALYST_OF_BEFORE.search(text, max(0, mention.start - 60), mention.start) is not None


_ITEM_OF_A_LIST = r"[A-Z][\w’'&.-]*(?: (?:de|da|do|dos|of|the|&|[A-Z][\w’'&.-]*))*"
_LIST_OF_ITEMS = _Lazy(rf"{_ITEM_OF_A_LIST}(?:(?:, |,? and ){_ITEM_OF_A_LIST})+")
_BETWEEN_ITEMS = _Lazy(r", and |, | and ")
LIST_PLACES_AND_BODIES = 3
"""Other items of a list the model must call places or organisations, at the least, for a name listed with them
to be one too (``_item_of_a_list_of_places_and_bodies``). On the BBC development half the two lists it reads (five
Brazilian cities, five banks) have three such items each, and no list with a person in it reaches it; two would
let one slip of the model's labels decide. ``test_one_place_fewer_keeps_the_name`` checks the bound."""


def _item_of_a_list_of_places_and_bodies(text: str, mention: _Mention, entities: Sequence[EntitySpan]) -> bool:
    """A name of two words or more, its first word no given name, that is an item of a list of four or more
    ("Ayton, Beeton, Ceeton and Jane Doe"), in which ``LIST_PLACES_AND_BODIES`` other items lie inside spans the
    model calls places or organisations, and no other item opens with a given name outside such a span: a city
    among cities, a bank among banks. ``_among_places`` refuses a paragraph with any person in it, since a
    line-up names players among clubs; here the model's own person label of another item does not stop it ("ABN
    Amro", "Belo Horizonte" are labelled people), but a given name does ("Jane Roe, Ayton, Beeton and Jane Doe" of
    a line-up), and so does a given name opening the name itself."""
    words = mention.surface.split()
    if len(words) < 2 or is_given_name(words[0]):
        return False
    lists = [match for match in _LIST_OF_ITEMS.finditer(text, max(0, mention.start - 300), mention.end + 300)
             if match.start() <= mention.start and mention.end <= match.end()]
    if not lists:
        return False
    run = lists[0]
    bodies = 0
    items = 0
    position = run.start()
    for item in _BETWEEN_ITEMS.split(run.group(0)):
        start, end = position, position + len(item)
        position = end + (len(_BETWEEN_ITEMS.match(text, end).group(0)) if end < run.end() else 0)
        items += 1
        if start <= mention.start < end:
            if (start, end) != (mention.start, mention.end):
                return False  # the name is part of a longer item ("Jane Doe Bank"), or an item is cut short
            continue
        labelled = [e for e in entities if e.paragraph == mention.paragraph and e.label in _PLACE_LABELS
                    and e.start < end and start < e.end]
        if any(e.start <= start and end <= e.end for e in labelled):
            bodies += 1  # "Recife" of the model's "Recife, Salvador"
        elif is_given_name(item.split()[0]) or is_initial(item.split()[0]):
            return False  # a line-up's player ("A Doe", "Jane Doe"), or people listed with places
        elif labelled:
            bodies += 1  # "BNP Paribas", of which the model labels "Paribas" alone
    return items >= 4 and bodies >= LIST_PLACES_AND_BODIES


_OWNED_THING_BEFORE = _Lazy(
    r"\b(?:[Oo]ur|[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?: (?:new|latest|first|second|third|next|last|"
    r"favourite|old|debut|forthcoming|upcoming|current|previous|recent))? $")
"""A possessive right before a name, or with a word of time or order between ("his Mac Mini", "its Zen Micro",
"their new Ayton Dome", "our new Fairy Story"): a thing someone owns or makes. A person is someone's by a noun
("her husband Jane Doe", "our chairman Jane Doe") or "our own Jane Doe"."""
_TITLE_CASE_BEFORE = _Lazy(
    r"(?<=[a-z,;:] )(?:[A-Z][\w’'-]* )*?(?:(?P<before>[A-Z][\w’'.-]*) )?(?:Of|And|The|In|On|For|To|With|At|From|By) $")
"""A small word in capitals right before a name in the middle of a sentence: the title of a work, written in title
case ("called The Rise And Fall Of Jane Doe", "his film Death Of Jane Doe"); not after a title ("Mr And Mrs Jane
Doe")."""


_RUN_OR_MADE_BEFORE = _Lazy(
    r"\b(?:runs|owns|founded|co-founded|launched|(?:worked|working|works) on"
    r"|(?:played|held|staged|performed|performing|hosted) at(?: the)?) $")
"""What is run, owned, founded or launched is a business or a product; what a piece of work is on, a work;
where a match or a show is played, held or staged, a ground or a hall: "Ann Roe runs Jane Doe", "it was played at
Jane Doe". People are run against, worked with and played against instead."""
_CLAUSE_GOES_ON = _Lazy(
    r"(?:\s*(?:$|[,;:.!?()\"”])| (?:is|was|has|had|and|in|on|at|for|with|last|this|which|that|since|until|"
    r"from|to|before|after|says|said)\b)")
_WHICH_AFTER = _Lazy(r",? which\b")
"""A relative "which" right after a name that opens its sentence: a thing's, since a person takes "who" (after a
name deeper in the sentence, "which" may go back to a noun before it: "a film starring Jane Doe, which")."""
_BY_A_MAKER = _Lazy(r",? by (?:the )?(?=[A-Z])")
_NOT_A_WORK_BEFORE = _Lazy(r"\b(?:of|about|on|with|to|for|from|against|over|at|by|and|or|beat|beating)\s+$")


def _by_its_maker(text: str, mention: _Mention, before: str, entities: Sequence[EntitySpan]) -> bool:
    """The name followed by "by" and a person or group the model names ("Jane Doe by Ann Roe", "Jane Doe, by the
    Ayton Four"): a work and its maker. Not after a preposition or "and" ("a portrait of Jane Doe by Ann Roe", "a
    foul on Jane Doe by Ann Roe", "Ann Roe and Jane Doe by two shots"): there the name is someone acted on."""
    match = _BY_A_MAKER.match(text, mention.end)
    if match is None or _NOT_A_WORK_BEFORE.search(before[-12:]) is not None:
        return False
    return any(e.paragraph == mention.paragraph and e.start == match.end() and e.label in ("PERSON", "ORG")
               for e in entities)


_ACRONYM_AFTER = _Lazy(r" \(([A-Z]{2,6})\)")


def _its_own_acronym(text: str, mention: _Mention) -> bool:
    """"Jane Doe Pictures (JDP)", "Jane Doe (JD)": a body's name spelt out before its acronym, which starts with
    the name's initials."""
    match = _ACRONYM_AFTER.match(text, mention.end)
    if match is None:
        return False
    words = [word for word in mention.surface.split() if word[:1].isupper()]
    initials = "".join(word[0] for word in words)
    acronym = match.group(1)
    extra = acronym[len(initials):]
    if extra and words[-1][1 : 1 + len(extra)].upper() == extra:
        return False  # "Jane Doe (JDO)": minutes' code for a member, the initials and the surname's next letters
    return len(initials) >= 2 and acronym.startswith(initials)


def _among_places(text: str, mention: _Mention, entities: Sequence[EntitySpan]) -> bool:
    """An item of a list ("A, B, Jane Doe and C") in which two other items the model calls places or
    organisations and none a person."""
    left = max((text.rfind(mark, 0, mention.start) for mark in (".", ":", ";")), default=-1) + 1
    stops = [i for i in (text.find(mark, mention.end) for mark in (".", ":", ";")) if i >= 0]
    right = min(stops, default=len(text))
    if not re.search(r"(?:,|\band) *$", text[left:mention.start]) and not re.match(r" *(?:,|and\b)",
                                                                                     text[mention.end:right]):
        return False
    if any(e.label == "PERSON" and e.paragraph == mention.paragraph and not (e.start < mention.end and mention.start
                                                                            < e.end) for e in entities):
        return False  # a line-up or a cast list names people among clubs and places
    others = [e for e in entities if e.paragraph == mention.paragraph and left <= e.start and e.end <= right
              and not (e.start < mention.end and mention.start < e.end)]
    near = [e for e in others if e.label in _PLACE_LABELS and _listed_together(text, e, mention)
            and not _starts_like_a_name(e.text)]
    return len(near) >= 2


def _starts_like_a_name(text: str) -> bool:
    """"CJ van der Linde", "Jane Doe": an item the model calls an organisation that starts with initials or a
    given name is as likely a player of a line-up, and no evidence of a list of places."""
    first = text.split()[0] if text.split() else ""
    return is_initial(first) or (first.isupper() and len(first) <= 3) or is_given_name(first)


_LIST_GAP = _Lazy(r"(?>[\s,]++|(?:and|in)\b|[A-Z][\w'’.-]*+)*+")


def _listed_together(text: str, entity: EntitySpan, mention: _Mention) -> bool:
    """Nothing but capitalised words, list separators and "and" between the two."""
    gap = text[entity.end : mention.start] if entity.end <= mention.start else text[mention.end : entity.start]
    return _LIST_GAP.fullmatch(gap) is not None  # not "Jane Doe (Alpha Club)"


THING_NOUNS = frozenset(
    """series soap sitcom programme film movie documentary drama musical opera novel book album single song
    track game character characters brand label firm company miner carmaker retailer airline manufacturer band
    group website magazine newspaper tabloid channel station publisher giant outfit side club bank insurer
    daily network lab console pantomime panto
    movement chain comedy thriller sequel prequel biopic cartoon show bookmaker bookmakers auctioneers publishers
    brewer brewers retailers jewellers housebuilder housebuilders reinsurer drugmaker drugmakers
    movies novels albums dramas comedies sitcoms magazines newspapers
    superhero superheroes villain supervillain wizard puppet mascot robot franchise spin-off
    auditor auditors accountancy lender lenders supermarket supermarkets insurers conglomerate agency charity
    companies firms banks carmakers airlines brands labels chains conglomerates manufacturers brokers""".split()
)
"""Lower-case nouns for a work, a fictional character or a business, which before a capitalised name make it
the name of that thing ("the TV series Jane Doe", "miner Jane Doe Gold", "bookmakers Jane Doe", "the boy wizard
Jane Doe", "auditor Jane Doe", "news agency Jane Doe", "construction companies Jane Doe and Ann Roe"); a role as
someone is one too. The plural of a business ("companies", "banks", "brokers") names the businesses listed after
it; the plural of a trade people follow ("consultants", "builders", "agents") may name people, so those are not
here. On the BBC development half no page's mention follows the plurals added in the twenty-third session."""
_NOUN_BEFORE = _Lazy(r"(?<![\w'’-])([A-Za-z][a-z]+)(?: as| of| known as| called| named| dubbed| entitled)? $")


def _after_thing_noun(text: str, start: int, parts: bool = True) -> bool:
    """After a noun of ``THING_NOUNS``; without ``parts``, not after a part's noun ("her role as Jane Doe")."""
    match = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        return False
    noun = match.group(1).lower()  # "Miner Jane Doe Gold said" at a sentence start too
    if not parts and noun in {"role", "part", "character", "characters"}:
        return False
    if match.group(0).endswith(" of "):
        return noun == "role"  # "the role of Jane Doe" ("part of Jane Doe's plan" is no role)
    if match.group(0).endswith((" known as ", " called ", " named ", " dubbed ", " entitled ")):
        return noun in THING_NOUNS  # "a shadowy group known as Jane Doe", "a film called Jane Doe"
    if match.group(0).endswith(" as "):
        return noun in {"role", "character", "part"}  # "her role as Jane Doe"
    return noun in THING_NOUNS


_PERFORMED_IN = _Lazy(
    r"\b(?:plays|played|playing|stars|starred|starring|appears|appeared|appearing|roles?|parts?|cast|features|"
    r"featured|directed|directs|wrote|written|sings|sang)\b[^,.;:!?]{0,60} in $")
"""A clause that performs in what follows "in" ("plays a lonely drunk in Jane Doe"): a work, whatever its name's
shape."""


def _plain_given_name_first(parsed: ParsedName) -> bool:
    """One given name of the census's or another country's list, and no English word: "Jane", "Sami", not
    "Grant" nor "Victoria"."""
    return (len(parsed.given) == 1 and not parsed.titles and not is_common_word(parsed.given[0])
            and (is_given_name(parsed.given[0]) or is_world_given_name(parsed.given[0])))


def _reads_as_a_personal_name(parsed: ParsedName) -> bool:
    """"Jane Doe" where both words read as a name: a given name that is no English word, then a word that is no
    English word or is a frequent census surname ("White"; not "Springs"), and no street's, building's or body's
    last word. The model calls such words a person, and a place of that shape is rare ("Milton Keynes" the model
    calls a place), so "in" before them ("players in Jane Doe and Ann Roe", "brought in Jane Doe") is a phrase's,
    not a place's. On the development half (558 articles in it by both splits) it kept 8 model people after "in"
    and no place."""
    last = parsed.surname.split()[-1] if parsed.surname else ""
    return (_plain_given_name_first(parsed) and (not is_common_word(last) or is_frequent_surname(last))
            and last.casefold() not in STREET_WORDS and last.casefold() not in BUILDING_WORDS
            and last not in ORGANISATION_TAIL_WORDS and last.casefold() not in country_names()
            and last.casefold() not in demonyms() and not is_post_nominal(last))


def _made_of_common_words(parsed: ParsedName) -> bool:
    """Every word an ordinary English word and the first no one's given name: "Quarter Pounder", "Music Rights"."""
    words = [*parsed.given, *parsed.surname.split()]
    return (len(words) >= 2 and not is_given_name(words[0]) and not is_initial(words[0])
            and all(is_common_word(word) for word in words))


def _unknown_then_common_word(parsed: ParsedName) -> bool:
    """No known given name or initial first, and last an ordinary English word that is no one's surname:
    "Unitary Status", "Glazewing Lorry" (not "Oona King", "Mardy Fish": the given-name list misses many)."""
    first = parsed.given[0]
    return (not is_given_name(first) and not is_initial(first) and not parsed.titles
            and is_common_word_not_surname(parsed.surname.split()[-1]))


_ADDRESS_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness",
                             "prof", "professor", "cllr", "coun", "councillor"})
"""Titles only a person is addressed by; "PC" or "Det" before capitalised words may be an acronym or a word."""


_DOTTED_LETTERS = _Lazy(r"(?:[A-Z]\.){2,}")
"""Letters with stops where the surname goes ("Jane N.C.C.", "Lynn W.N.B.C."): a body's initials, not a name."""


FIRM_WORDS = frozenset(
    """Interactive Leisure Holdings Entertainment Media Software Systems Capital Partners Motors Airlines Airways
    Records Pictures Studios Games Foods Telecom Insurance Technologies Networks Communications Pharmaceuticals
    Solutions Industries Investments Securities Electronics Bros Productions Publishing Online Wireless Digital
    Labs Laboratories Petroleum Mining Logistics Consulting Ventures Enterprises Corporation Corp Company Inc Ltd
    Plc Group United Rovers Wanderers Athletic Albion Rangers Hotspur FC AFC RFC Brothers Sisters
    Multimedia Semiconductor Semiconductors Computing Biotech Robotics Telecommunications Broadcasting Pharma
    Graphics Analytics Dynamics Aerospace Automotive Cosmetics Beverages""".split()
)
"""Last words of firms', bands' and clubs' names ("Harris Interactive", "Barton Rovers", "Doe Brothers"): no one's
surname. The second group (no surname of the 1990 US Census, checked) names a trade, as firms' names end: "Ayton
Multimedia", "Doe Semiconductor"."""


def _ends_with_firm_word(parsed: ParsedName) -> bool:
    return bool(parsed.given) and parsed.surname.split()[-1] in FIRM_WORDS


def _ordinary_word_last(parsed: ParsedName) -> bool:
    """No known given name first (an initial is none), and last an ordinary English word that is no surname of
    the 1990 US Census: "Catholic Churches", "Fiat Auto", "T. Consolidation" (not "Oona King": a surname too).
    With a given name first it stays a name: British surnames the census lacks are often ordinary words."""
    return (bool(parsed.given) and not is_given_name(parsed.given[0])
            and is_common_word_not_census_surname(parsed.surname.split()[-1]))


def _ordinary_words_throughout(parsed: ParsedName) -> bool:
    """Every word an ordinary English word (never written with a capital), the first a given name too, and last
    a word that is no surname of the 1990 US Census: "Honey Pot", "Joy Division", "Ivy Cottage". A given name
    that is also a word ("Carol", "Joy") is no proof of a person when the rest is ordinary words no one bears
    ("Carol Hunter", "Will Young": census surnames, names), nor when a title, role or speech verb is beside it
    ("director Robin Doe said": ``_is_believable`` asks)."""
    words = [*parsed.given, *parsed.surname.split()]
    return (len(words) >= 2 and all(is_common_word(word) for word in words)
            and not is_census_surname(words[-1]) and not is_initial(words[0]))


def _names_a_country(parsed: ParsedName) -> bool:
    """A country where the given name goes, or after a word that is no given name: "Scotland Yard", "Tudor
    England" (not "Chad Doe" nor "Jane Jordan": "Chad" and "Jane" are given names); a continent last after such a
    word, however many words lead ("Lab Europe", ``CONTINENTS``)."""
    if not parsed.given:
        return False
    if " ".join((*parsed.given, parsed.surname)).casefold() in country_names():
        return True  # "Sri Lanka", "Costa Rica": a country of two words, whatever the first
    first, last = parsed.given[0], parsed.surname.split()[-1]
    if is_given_name(first) or is_initial(first):
        return False
    return (first.casefold() in country_names() or (len(parsed.given) == 1 and (
        last.casefold() in country_names() or last.casefold() in capital_cities())) or last.casefold() in CONTINENTS)


@cache
def countries_by_capital() -> dict[str, str]:
    """Country by its capital as written ("Paris" -> "France"), from ``cuttings/data/capitals.csv``."""
    with resources.files("cuttings.data").joinpath("capitals.csv").open(encoding="utf-8") as handle:
        return {row["capital"]: row["country"] for row in csv.DictReader(handle)}


@cache
def capital_cities() -> frozenset[str]:
    """Capital cities, lower case: after a word that is no given name, a club's or a body's name ("Atletico
    Madrid", "Dynamo Kiev"), as a country is ("Tudor England")."""
    return frozenset(capital.casefold() for capital in countries_by_capital())


CONTINENTS = frozenset({"europe", "asia", "africa", "america", "americas", "australasia", "oceania", "antarctica",
                        "eurasia", "scandinavia"})
"""Continents and a few world regions as news names them: last in a name whose first word is no given name, they
end a body's name ("Media Lab Europe" read as "Lab Europe", "Acme Robotics Asia"), as a country does; a surname
that is a continent ("Europe" is a rare census surname) comes after a given name."""


def _ordinary_word_first(parsed: ParsedName) -> bool:
    """An ordinary English word (never written with a capital) where the given name goes, no known given name
    or initial, and last a word that is no surname of the 1990 US Census: "Hotel Rwanda", "Silver Surfer",
    "Ask Jeeves". A speech verb is no proof ("Ask Jeeves said"): firms speak in news too. A real name the
    given-name list misses is rarely an ordinary word before a census surname ("Spike Lee", "Gore Vidal")."""
    first = parsed.given[0] if parsed.given else ""
    return (bool(first) and not is_given_name(first) and not is_initial(first) and is_common_word(first)
            and not is_census_surname(parsed.surname.split()[-1]) and not is_nickname_or_its_name(first))


def _participle_first(parsed: ParsedName) -> bool:
    """An ordinary word ending in "-ed" or "-ing" where the given name goes, no known given name: "Spotted Dick",
    "Racing Ayton", "Extended Battery Life". Unlike ``_ordinary_word_first`` a census surname last does not save
    it: given names are seldom participles, and the known ones ("Fred", "Sterling") are in the given-name list."""
    first = parsed.given[0] if parsed.given else ""
    return (len(first) >= 5 and first.lower().endswith(("ed", "ing")) and not is_given_name(first)
            and is_common_word(first) and not is_nickname_or_its_name(first))


def _names_a_team(parsed: ParsedName) -> bool:
    """"Barton Rovers" (a council area and a plural); also a council area alone where the given name goes
    before one word, no known given name nor nickname: a club ("Ayton Forest"), a constituency ("Ayton
    Central", "Ayton Gorton"), a district ("Ayton Parva")."""
    first, last = parsed.given[0], parsed.surname
    if first not in one_word_places() or is_given_name(first):
        return False
    return (last.endswith("s") and not last.endswith("ss")) or (
        len(parsed.given) == 1 and not is_nickname_or_its_name(first))


def _names_a_street(person: _Person, paragraphs: Sequence[str]) -> bool:
    """Every full mention ends in a street or place word ("Lane", "Green", "Road"), no mention has a title, role,
    age or speech verb, and each stands after a preposition of place or route ("from", "to", "along") or alone
    on its line (an address, a heading): a street, even after a word that is some people's given name
    ("Willow Lane"). A person of that surname is named with a title, a role or a verb somewhere."""
    if any(m.evidence or m.parsed.titles for m in person.mentions):
        return False
    if not all(m.parsed.given and m.parsed.surname.lower() in STREET_WORDS for m in person.full_mentions):
        return False
    given_first = any(is_given_name(m.parsed.given[0]) for m in person.full_mentions)
    if given_first and not all(m.parsed.surname.lower() in PLACE_ENDINGS | PLACE_WORDS for m in person.full_mentions):
        return False  # "Lee Hall", "Phil Wood": a given name before a surname that is a place too
    route_words = STREET_ONLY_ROUTE_WORDS if given_first else ROUTE_WORDS
    for mention in person.mentions:
        text = paragraphs[mention.paragraph]
        if _next_to_speech_verb(text, mention.start, mention.end):
            return False
        before = _word_before(text, mention.start)
        alone = (text[: mention.start] + text[mention.end :]).strip(" .,:;-–") == ""
        if not alone and (before is None or before.group(1) not in route_words
                          or text[before.end(1) : mention.start] != " "):
            return False
    return True


def _names_a_place(parsed: ParsedName) -> bool:
    first, last = parsed.given[0], parsed.surname.lower()
    if is_given_name(first) or is_initial(first):
        return False
    if last in PLACE_WORDS:
        return True
    return last in PLACE_WORDS_OF_SURNAMES and (
        len(parsed.given) >= 2 or is_common_word(first) or (first.endswith("s") and not first.endswith("ss")))


def _without_works_of_others(paragraphs: Sequence[str], people: list[_Person]) -> list[_Person]:
    """"Jane Doe's Oliver Twist", "director Jane Doe's Kings And Queen", "Jane Doe as Tom Thumb": a name that only
    ever follows the possessive of another person of the article, or "as" after one, with nothing but the model
    to call it a person, is a work or a character."""
    surnames = {person.surname() for person in people if person.surname() and _surely_a_person(person)}
    if not surnames:
        return people
    kept = []
    for person in people:
        own = person.surname()
        model_only = all(not m.evidence and m.priority >= _PRIORITY_MODEL for m in person.mentions)
        if model_only and all(_after_possessive_of(paragraphs[m.paragraph], m.start, surnames - {own})
                              for m in person.mentions):
            continue
        kept.append(person)
    return kept


_POSSESSIVE_AFTER = _Lazy(r"['’]s? ")


def _without_owners_of_others(paragraphs: Sequence[str], people: list[_Person]) -> list[_Person]:
    """"X Y's Jane Doe scored", "X Y's Jane Doe and ...": a name the model alone found that is only ever written
    as the possessive right before another person's full name is that person's club, band or firm; news
    writes a person's relation with a word between ("X Y's wife Jane Doe")."""
    starts = {(m.paragraph, m.start) for person in people for m in person.mentions if m.parsed.is_full}
    if not starts:
        return people
    kept = []
    for person in people:
        if all(not m.evidence and m.priority >= _PRIORITY_MODEL for m in person.mentions) and all(
            (after := _POSSESSIVE_AFTER.match(paragraphs[m.paragraph], m.end)) is not None
            and (m.paragraph, after.end()) in starts
            for m in person.mentions
        ):
            continue
        kept.append(person)
    return kept


def _surely_a_person(person: _Person) -> bool:
    """A title, a speech verb or a role says so, or a known given name before a surname that is no ordinary word
    (not "Aston Villa")."""
    return any(m.evidence for m in person.mentions) or any(
        is_given_name(m.parsed.given[0]) and not is_common_word(m.parsed.surname) for m in person.full_mentions
    )


_POSSESSIVE_BEFORE = _Lazy(
    r"([A-Z][\w-]*)(?:['’]s|(?<=s)['’]|(?: stars| starred| starring| appears| appeared)? as) $")
"""Another person's possessive ("Jane Doe's Oliver Twist"), or an actor cast "as" a character ("Depp as Wonka")."""


def _after_possessive_of(text: str, start: int, surnames: Collection[str]) -> bool:
    match = _POSSESSIVE_BEFORE.search(text, max(0, start - 50), start)
    return match is not None and match.group(1) in surnames


NAMES_A_BODY_OPENS = 2
"""Times the model must label as a body, place or work a longer name that a word alone opens before the word alone,
with nothing but the model to say person, is read as that body's or place's ("Hereford" beside "Hereford Hospital
Trust" twice). Once is often a person's firm or foundation ("Jane Doe Foundation")."""
_PLURAL_VERB_AFTER = _Lazy(r" (?:have|are|were|want|need|say|think|hope|believe|face|remain)\b")
_JOINED_BEFORE = _Lazy(r"(?:\band|&|,|\bor|\bboth)(?:\s+[a-z]+)*\s*$")


def _takes_a_plural_verb(text: str, mention: _Mention) -> bool:
    """A word alone followed by a plural verb ("Ayton have said", "Ayton want £6m"): a team or a firm, for a person
    takes "has" and "wants"; not when it ends a list ("Doe and Roe have"), nor "and have" after it."""
    return (_PLURAL_VERB_AFTER.match(text, mention.end) is not None
            and _JOINED_BEFORE.search(text, max(0, mention.start - 24), mention.start) is None)


_FULL_NAME_PLURAL_AFTER = _Lazy(r" (?:are|were|have (?:been|won|lost|drawn|beaten|[a-z]{3,}ed))\b")
"""A plural verb that no one person's name takes: "Jane Doe were drawn", "Jane Doe have signed". Fewer verbs than
``_PLURAL_VERB_AFTER``: after a full name a bare infinitive is common ("let Jane Doe face", "heard Jane Doe
say")."""
_CLAUSE_OPENS_BEFORE = _Lazy(
    r"(?:^|[.!?:;]\s+|[\"“‘(]|\b(?:[Ww]hile|[Ww]hilst|[Bb]ut|(?<!such )(?<!well )[Aa]s|[Ww]hen|[Aa]fter|[Bb]efore|"
    r"[Ss]ince|[Bb]ecause|[Tt]hough|[Aa]lthough|[Ww]hereas|[Ww]here|[Ii]f|[Ss]o|[Tt]hen|[Mm]eanwhile|[Nn]ow|[Yy]et|"
    r"[Uu]ntil|[Oo]nce) )$")
"""Where a clause opens: its subject is the name alone, not the last of a list ("Ann Roe and Jane Doe were", "X
and trainer Jane Doe are") nor of a plural before it ("artists such as Jane Doe are")."""


def _full_name_takes_a_plural_verb(person: _Person, paragraphs: Sequence[str]) -> bool:
    """A full mention that opens a clause followed by a plural verb ("Jane Doe were drawn against Ayton", "while
    Jane Doe have signed"), and no address title at any mention ("Mrs Jane Doe" is a person whatever the grammar).
    A club, a band or a firm is written so; one person never is."""
    if any(normalise_title(title) in _ADDRESS_TITLES for m in person.mentions for title in m.parsed.titles):
        return False
    for mention in person.full_mentions:
        text = paragraphs[mention.paragraph]
        if (_FULL_NAME_PLURAL_AFTER.match(text, mention.end) is not None
                and _CLAUSE_OPENS_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None):
            return True
    return False


def _after_locative(text: str, start: int) -> bool:
    """"at Little Barton", "in Upper Hale": a place, however much it looks like a name."""
    match = _word_before(text, start)
    return match is not None and match.group(1) in LOCATIVES


def _followed_by_role_word(text: str, end: int) -> bool:
    """"Surrey captain", "Ofsted inspector": a team or organisation, not a person."""
    after = _WORD_AFTER.match(text[end : end + 30])
    return after is not None and text[end : end + 1] == " " and after.group(1) in _ROLE_WORD_SET


def _is_heading(text: str, mention: _Mention) -> bool:
    """A line that is nothing but three or more capitalised words, or two and a full stop ("Litter Bin.")."""
    rest = (text[: mention.start] + text[mention.end :]).strip()
    if rest not in {"", ".", ":"}:
        return False
    # "Jane Q. Doe" alone on a line is a signature: a middle initial makes no heading's third word.
    return rest in {".", ":"} or len([word for word in mention.surface.split() if not is_initial(word)]) >= 3


def _next_to_speech_verb(text: str, start: int, end: int) -> bool:
    after = _WORD_AFTER.match(text[end : end + 30])
    before = _word_before(text, start)
    return (after is not None and after.group(1) in SPEECH_VERBS) or (
        before is not None and before.group(1) in SPEECH_VERBS
    )


def _recover_full_names(paragraphs: Sequence[str], people: list[_Person]) -> None:
    """A person known only by surname whose full name the model missed ("appointed Jane Smith as")."""
    wanted: dict[str, _Person] = {}
    for person in people:
        surname = person.surname()
        if not person.full_mentions and surname and " " not in surname:
            wanted[surname] = person
    if not wanted:
        return
    for index, text in enumerate(paragraphs):
        for match in _WORD_PAIR.finditer(text):
            person = wanted.get(match.group("surname"))
            start, end = match.start(), match.end("surname")
            if person is None or any(
                m.paragraph == index and m.start < end and start < m.end for other in people for m in other.mentions
            ):
                continue  # its own mention, or another person's ("Baroness Doe" is not the "John Doe" of the text)
            surface = text[start:end]
            parsed = parse_name(surface)
            if (
                not parsed.is_full
                or not is_plausible_person_name(surface)
                or _followed_by_organisation_word(text, end)
                or _FIRM_AFTER.match(text, end) is not None or _firm_of_partners(text, end)
                or (_starts_sentence(text, start) and match.group("given").lower() in _SENTENCE_OPENERS)
                or _is_job(match.group("given"))  # "Striker Doe": a job before the surname is no given name
            ):
                continue
            person.mentions.append(_Mention(index, start, end, surface, parsed, _PRIORITY_SCAN, True))
    for person in wanted.values():
        person.mentions.sort(key=lambda m: (m.paragraph, m.start))


_QUOTE_THEN_SPEAKER = _Lazy(
    rf"[”\"](?: (?:{_SPEECH_VERB}) (?P<surname>{_WORD})(?=[.,;])"
    rf"|(?<=[,?!][”\"]) (?P<before>{_WORD}) (?:{_SPEECH_VERB})\b)")
"""A surname alone that a quotation's attribution gives, '"..." said Doe.' or '"...," Doe said'."""


def _add_quoted_speakers(paragraphs: Sequence[str], people: list[_Person]) -> None:
    """A speaker the model missed everywhere: a surname alone attributing a quotation ('"...," said Doe.') that the
    article also writes after a given name ("Yann Doe, head of the team"). Both are needed: a word alone after
    "said" is as often a firm's name ("said Acme."), and a given name before a word is no person by itself."""
    known: set[str] | None = None
    spoken: dict[str, list[tuple[int, int, int]]] = {}
    for index, text in enumerate(paragraphs):
        if "”" not in text and '"' not in text:
            continue
        for match in _QUOTE_THEN_SPEAKER.finditer(text):
            group = "surname" if match.group("surname") else "before"
            word = match.group(group)
            if known is None:
                known = {person.surname() for person in people}
            if word not in known and not is_common_word(word):
                spoken.setdefault(word, []).append((index, *match.span(group)))
    if not spoken:
        return
    taken = {(m.paragraph, m.start) for person in people for m in person.mentions}
    for surname, places in spoken.items():
        full: list[_Mention] = []
        for index, text in enumerate(paragraphs):
            for match in re.finditer(rf"(?<![\w’'])({_WORD}) {re.escape(surname)}(?![\w’'])", text):
                given = match.group(1)
                if is_world_given_name(given) and not is_common_word(given) and (index, match.start()) not in taken:
                    surface = match.group()
                    full.append(_Mention(index, match.start(), match.end(), surface, parse_name(surface),
                                         _PRIORITY_SCAN, True))
        if full:
            alone = [_Mention(index, start, end, surname, parse_name(surname), _PRIORITY_SCAN, True)
                     for index, start, end in places]
            people.append(_Person(sorted([*full, *alone], key=lambda m: (m.paragraph, m.start))))


def _is_job(word: str) -> bool:
    """"Striker", "Analyst", "Minister", "Jeweller": a job or post, never a given name here."""
    lower = word.lower()
    return not is_given_name(word) and (lower in _LEADING_NON_NAMES or lower in _ROLE_WORD_SET
                                        or _is_occupation(word))


def _add_bare_surnames(paragraphs: Sequence[str], people: list[_Person], silent: Sequence[_Mention] = (),
                       rolls: _Rolls | None = None) -> None:
    """Bare surnames the model missed ("Smith said") count as mentions of the person with that surname; not the
    words of ``silent`` mentions, which were read and left out (``_without_listed_namesakes``), nor a surname on
    one roll of a meeting's minutes for a person the other roll names (``_on_the_other_roll``): it is left out."""
    by_surname: dict[str, list[_Person]] = {}
    for person in people:
        surname = person.surname()
        if surname and " " not in surname and len(surname) > 2:
            by_surname.setdefault(surname, []).append(person)
    if not by_surname:
        return
    taken: dict[int, list[tuple[int, int]]] = {}
    for mention in (*(m for person in people for m in person.mentions), *silent):
        taken.setdefault(mention.paragraph, []).append((mention.start, mention.end))
    for index, text in enumerate(paragraphs):
        for match in _capitalised_words_among(text, by_surname):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken.get(index, [])):
                continue
            if _starts_sentence(text, start) and _next_is_lower_non_verb(text, end):
                continue
            surface = match.group(0)
            if _after_another_given_name(text, start, by_surname[surface]):
                continue
            mention = _Mention(index, start, end, surface, parse_name(surface), _PRIORITY_SCAN, evidence=False)
            candidates = by_surname[surface]
            if rolls:
                candidates = [person for person in candidates if not _on_the_other_roll(person, mention, rolls)]
                if not candidates:
                    continue
            _nearest(candidates, mention).mentions.append(mention)
    for person in people:
        person.mentions.sort(key=lambda m: (m.paragraph, m.start))


_GIVEN_NAME_BEFORE = _Lazy(r"(?<![\w'’.-])([A-Z][a-z]+) $")


def _after_another_given_name(text: str, start: int, people: Sequence[_Person]) -> bool:
    """"Dominic Doe" where the article's person of the surname is "Debbie Doe": a given name of some country (no
    ordinary word: "Mark", "Will") right before the surname, and none of the given names of the article's people of
    that surname, is another person of the family whose full name the finder missed (the model read it as a
    place), not a bare surname; counted as hers, it put her brother's sentences on her page. On the development
    halves this takes a relative's surname off 2 parish pages and 1 BBC page (a niece's "Amanda Doe" off her
    uncle's), all read; no page gained or lost."""
    match = _GIVEN_NAME_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        return False
    word = match.group(1)
    if not is_world_given_name(word) or is_common_word(word):
        return False
    theirs = {name_key(given) for person in people for mention in person.mentions for given in mention.parsed.given}
    return name_key(word) not in theirs


def _capitalised_words_among(text: str, words: Collection[str]) -> list[re.Match[str]]:
    """The capitalised words of ``text`` (as ``_CAPITALISED_WORD`` scans them) that are among ``words``, in order.

    Looks only where the words occur rather than at every capitalised word: a capitalised word's extent depends
    only on where it starts (its look-behind rejects any start inside another), so matching at each
    occurrence finds exactly what the full scan finds there."""
    found: dict[int, re.Match[str]] = {}
    for word in filter(None, words):
        position = text.find(word)
        while position >= 0:
            match = _CAPITALISED_WORD.match(text, position)
            if match is not None and match.group(0) in words:
                found[position] = match
            position = text.find(word, position + 1)
    return [found[position] for position in sorted(found)]


def _next_is_lower_non_verb(text: str, end: int) -> bool:
    """At a sentence start, a surname that is also an ordinary word ("Such a ...") is not a mention."""
    match = _WORD_AFTER.match(text[end : end + 30])
    if match is None:
        return False
    word = match.group(1)
    return word.islower() and word not in SPEECH_VERBS and not word.endswith(("ed", "s"))


def thing_names(entities: Sequence[EntitySpan]) -> tuple[str, ...]:
    """The names of two or more words shaped like a person's that the model labels an organisation, place or
    work ("Jane Doe Foods", "Little Mercia"): kept with the article so that linking can weigh, across the
    archive, how often the same words are a person and how often a thing."""
    found: dict[str, None] = {}
    for entity in entities:
        if entity.label in NON_PERSON_LABELS:
            surface = clean_surface(entity.text)
            if " " in surface and is_plausible_person_name(surface):
                found.setdefault(surface, None)
    return tuple(found)


# --- names the model and the other rules miss or run together (p18h) ----------------------------------------


_PLURAL_TITLE_LIST = _Lazy(
    rf"\b(?P<title>Messrs|Mesdames|Cllrs|Councillors|(?:Lord |Lady )?Justices|Judges|Drs|Doctors|Professors)\.? "
    rf"(?P<names>{_WORD}(?:(?:, | and |, and ){_WORD})+)(?![\w’'-])"
)
"""A plural title before two names or more ("Messrs Doe and Roe", "Lord Justices Doe and Roe", "Councillors Doe,
Roe and Poe"): each name a person's surname. The model reads the first with the title as one name
("Justices Doe"), or as a body, and the last alone or not at all."""


def _plural_title_lists(paragraphs: Sequence[str]) -> list[_Mention]:
    """Each surname of a plural title's list, as a mention with the title's evidence: a surname alone (a judge,
    a councillor), which joins the person's full name when the article gives one."""
    found: list[_Mention] = []
    for index, text in enumerate(paragraphs):
        if not any(title in text for title in ("Messrs", "Mesdames", "Cllrs", "Councillors", "Justices", "Judges",
                                               "Drs", "Doctors", "Professors")):
            continue
        for match in _PLURAL_TITLE_LIST.finditer(text):
            for name in re.finditer(_WORD, match.group("names")):
                start = match.start("names") + name.start()
                if is_common_word_not_surname(name.group()):
                    continue
                mentions = _rule_mention(text, index, start, start + len(name.group()), _PRIORITY_RULE)
                found.extend(replace(mention, listed_under=match.group("title")) for mention in mentions)
    return found


_CLOSING_INITIAL = _Lazy(rf"(?<= )[{_UPPER}]\. (?=[{_UPPER}])")
"""A capital and a full stop inside the model's span, before the next capitalised word: a middle initial ("Jane
Q. Doe") or a name ending a sentence ("... and Malcolm X. Jane Doe said")."""


_NAME_RUN = _Lazy(rf"{_NAME_TOKEN}(?: {_NAME_TOKEN}){{0,3}}")


_SURNAME_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?"
"""Titles written before a surname alone ("Mr Doe", "Dr Doe"), never before a place's or a body's word."""


_CALLING_WORD_BEFORE = _Lazy(r"(?<![\w-])([a-z]+(?:-[a-z]+)*) $")
"""The lower-case word, hyphens and all ("left-back"), right before a name."""


def _surnames_that_are_words(paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> list[_Mention]:
    """A known given name and a common surname that is also a place's, a nation's or a body's word ("Jane
    Irish", "John Bridge", "Ann Street"), which ``is_plausible_person_name`` refuses because the word more often
    ends a place or a thing ("Victoria Bridge", "Downing Street"): the model's person of two such words is one when
    the article vouches for the surname as a person's, by a title before the word alone ("Mr Bridge", "Dr Irish"),
    a lower-case calling right before the full name ("left-back Jane Bridge", "editor John Street") or another
    person's full name listed beside it ("John Doe and Wayne Bridge are out"). Then the full
    name, each titled form and each of the model's persons of the word alone are mentions; without either sign the
    words stay refused. Found reading development articles where a columnist's "Mr Irish" and a footballer's "Bridge"
    had no page."""
    found: list[_Mention] = []
    seen: set[str] = set()
    for entity in entities:
        if entity.label != "PERSON" or entity.paragraph >= len(paragraphs):
            continue
        text = paragraphs[entity.paragraph]
        surface = strip_possessive(clean_surface(text[entity.start:entity.end]))
        words = surface.split()
        if len(words) != 2:
            continue
        given, surname = words
        if (not is_given_name(given) or given.casefold() in NOT_NAME_WORDS or not surname[1:].islower()
                or surname.casefold() not in NOT_NAME_WORDS or not is_common_surname(surname)
                or is_plausible_person_name(surface)):
            continue
        start = text.find(surface, entity.start, entity.end + 1)
        if start < 0:
            continue
        pattern = re.compile(rf"(?<![\w’'])({_SURNAME_TITLE}) {re.escape(surname)}(?![\w’'-])")
        titled = [(index, match) for index, paragraph in enumerate(paragraphs) for match in pattern.finditer(paragraph)]
        before = _CALLING_WORD_BEFORE.search(text, max(0, start - 40), start)
        called = before is not None and is_calling(before.group(1))
        listed = any(
            other.label == "PERSON" and other.paragraph == entity.paragraph and other is not entity
            and len(strip_possessive(clean_surface(other.text)).split()) >= 2
            and is_plausible_person_name(strip_possessive(clean_surface(other.text)))
            and (_LIST_JOINT.fullmatch(text, other.end, start) or _LIST_JOINT.fullmatch(text, entity.end, other.start))
            for other in entities)
        if not titled and not called and not listed:
            continue
        found.append(_Mention(entity.paragraph, start, start + len(surface), surface, parse_name(surface),
                              _PRIORITY_RULE, evidence=True))
        if surname in seen:
            continue
        seen.add(surname)
        for index, match in titled:
            written = match.group(0)
            found.append(_Mention(index, match.start(), match.end(), written,
                                  ParsedName(written, (match.group(1),), (), surname, ()), _PRIORITY_HONORIFIC,
                                  evidence=True))
        for other in entities:
            if (other.label == "PERSON" and other.paragraph < len(paragraphs)
                    and strip_possessive(clean_surface(other.text)) == surname):
                at = paragraphs[other.paragraph].find(surname, other.start, other.end + 1)
                if at >= 0:
                    found.append(_Mention(other.paragraph, at, at + len(surname), surname, parse_name(surname),
                                          _PRIORITY_MODEL, evidence=False))
    return found


def _split_at_a_closing_initial(paragraphs: Sequence[str], mentions: Sequence[_Mention]) -> list[_Mention]:
    """A mention "Malcolm X. Anwa Doe" (the model's, or a rule's reading across the full stop) as two: a letter and a
    full stop after a given name, then two or three words in the text the first of which is no census surname, is
    a name ending its sentence and the next sentence's subject. A middle initial has one surname after it ("George
    W. Bush", "Robert F. Doe Jr") or a double surname ("Jose M. Garcia Lopez", a census surname first), so it is
    left whole."""
    result: list[_Mention] = []
    for mention in mentions:
        split = _CLOSING_INITIAL.search(mention.surface) if ". " in mention.surface else None
        if split is None:
            result.append(mention)
            continue
        before = mention.surface[:split.start()].split()
        run = _NAME_RUN.match(paragraphs[mention.paragraph], mention.start + split.end())
        after = [word for word in run.group().split() if not is_post_nominal(word.rstrip("."))] if run else []
        if (len(before) != 1 or not is_given_name(before[0]) or not 2 <= len(after) <= 3
                or is_census_surname(after[0]) or is_initial(after[1])):
            result.append(mention)
            continue
        first, second = mention.surface[:split.start() + 1], mention.surface[split.end():]
        result.append(replace(mention, end=mention.start + len(first), surface=first, parsed=parse_name(first)))
        result.append(replace(mention, start=mention.start + split.end(), surface=second, parsed=parse_name(second)))
    return result


PERFORMER_NOUNS = frozenset(
    """rapper rappers singer singers songwriter diva popstar rocker crooner guitarist drummer comedian magician
    illusionist supermodel footballer striker midfielder playmaker winger frontman youngster compatriot team-mate
    teammate scorer goalscorer skipper""".split())
"""Nouns before which news writes a performer or a player known by one name ("rapper Jane", "striker Doeinho",
"youngster Doeinha", "U2 frontman Jane"). One word after such a noun, with no capitalised word after it, is that
person's name: every one-word name needs more than the model's label, and the noun is that more. "actor" and
"actress" are left out: "the best actress Oscar" is an award."""
_PERFORMER_THEN_ONE_NAME = _Lazy(
    rf"\b(?P<noun>{one_of(sorted(PERFORMER_NOUNS | {'star'}))}) (?P<name>{_WORD})"
    rf"(?=['’]s(?![\w-])|(?!['’]?[\w-]| [{_UPPER}]|\.[{_UPPER}]))")
"""The noun, then the name: no capitalised word after it ("rapper Jane Doe" is a full name), but a possessive
("star Jane's record company", "youngster Doeinho's goal"): a one-word name is written so as often as alone."""


def _may_be_a_one_word_name(word: str) -> bool:
    """A word that may stand alone as someone's name: no English word, country, nationality, one-word place or
    title ("Dido", not "Wales", "Welsh" or "Mrs")."""
    return not (is_common_word(word) or word.casefold() in country_names() or word.casefold() in demonyms()
                or word in one_word_places() or word.lower() in COURTESY_TITLES)


def _performers_known_by_one_name(paragraphs: Sequence[str]) -> list[_Mention]:
    """"rapper Jane" and "striker Doeinho": a name of one word that is no English word, no place's nor a
    nationality's, after a performer's or a player's noun (``PERFORMER_NOUNS``) or "star" ("R&B star Jane's")."""
    found: list[_Mention] = []
    for index, text in enumerate(paragraphs):
        for match in _PERFORMER_THEN_ONE_NAME.finditer(text):
            name = match.group("name")
            if not _may_be_a_one_word_name(name) or (match["noun"] == "star" and text[match.start() - 1:match.start()]
                                                      == "-"):
                continue  # "star" ending a hyphened word: "a five-star Ayton" is a hotel, "an All-Star Doe" a game
            start, end = match.span("name")
            found.extend(_rule_mention(text, index, start, end, _PRIORITY_RULE))
    return found


_SERIES_OF_WORKS_AFTER = _Lazy(r" (?:games|films|movies|books|novels|franchise|video game|computer game)\b")
_WORK_TITLE_GOES_ON = _Lazy(rf" and the (?P<word>[{_UPPER}][{_LOWER}]+) of (?:the )?[{_UPPER}]")


def _names_a_series_of_works(person: _Person, paragraphs: Sequence[str]) -> bool:
    """A name each of whose mentions runs on into a work's title or is followed by a series' noun ("the Jane Doe
    films", "Jane Doe and the Goblet of Ayton"): a fictional hero's, not a person's. A title between ("Jane Doe and
    the Bishop of Ayton") says people, so a title's word after "the" keeps the name."""
    for mention in person.mentions:
        text = paragraphs[mention.paragraph]
        if _SERIES_OF_WORKS_AFTER.match(text, mention.end):
            continue
        title = _WORK_TITLE_GOES_ON.match(text, mention.end)
        if title is not None and title.group("word").lower() not in COURTESY_TITLES | _ROLE_WORD_SET:
            continue
        return False
    return bool(person.mentions) and not any(m.parsed.titles for m in person.mentions)


def _without_its_aside(entity: EntitySpan) -> EntitySpan:
    """The model's list item "Jane Doe (Ayton Rovers" cut before its bracket: the model runs a name into its club's
    aside when the aside holds more than the club ("(Ayton Rovers, capt)"), and the name is the item."""
    cut = entity.text.find(" (")
    if cut <= 0:
        return entity
    return replace(entity, end=entity.start + cut, text=entity.text[:cut])


_COUPLES_FIRST_TITLE = _Lazy(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Rev|Revd|Cllr|Sir|Lord|Lady)\.? ?(?:&|and) ?$")
"""The first title of a couple's ("Mr & ", "Mr. and ", "Dr & ") right before a titled surname ("Mrs Doe")."""


def _a_couples_surname(text: str, mention: _Mention) -> bool:
    """"Mr & Mrs Doe", "Mr. and Mrs. Doe", "Dr & Mrs Doe", "Mr Mrs Doe": a titled surname alone after another
    title and "&" or "and" (or with titles of two sexes) names a couple, two people, neither of them alone. Read as
    "Mrs Doe", it joined the article's "D. Doe" (a man, "Mr D. Doe" elsewhere) or, across articles, a man's page
    ("Mr & Mrs Doe, who organised the trip" on John Doe's), and put a wife on her husband's page; a couple is no
    one person, so the mention names no one. A name with given names or initials after the titles ("Mr & Mrs J.
    Doe") is left as it was: the initials are one person's, the applicant of a planning notice. On the parish
    development half this takes a couple off 6 pages (all read: five women's and one man's lose a "Mrs" form or an
    article) and lets the "Mr Doe" of one set of minutes join the one Doe it names; BBC development half unchanged."""
    parsed = mention.parsed
    if not parsed.titles or parsed.given or not parsed.surname:
        return False
    # "Mr Mrs Doe" with no "&": the two titles, of two sexes, in the mention itself.
    return (len({sex_of_titles([title]) for title in parsed.titles} - {None}) > 1
            or _COUPLES_FIRST_TITLE.search(text, 0, mention.start) is not None)


_CAPITALS_AFTER = _Lazy(r" ([A-Z][A-Z'’-]*[A-Z])(?![\w'’-])")


def _before_a_surname_in_capitals(text: str, mention: _Mention) -> bool:
    """The name stops before a surname written in capitals, as notices of candidates and ballot papers write it
    ("Jane Mary DOE"): what was found ("Jane Mary") is given names only, and gets no page. The word in capitals is
    a surname when it is no English word and one of the census's, or five letters or more, and no post-nominal,
    country or nationality ("Jane Doe MBE", "Jane Doe USA", "Jane Doe CGM" of a firm keep their page); the name
    opens its line (after a bullet or a number) and the surname ends it or comes before a comma, a bracket or a
    dash, as an entry of a list does ("Jane Doe MUST attend" of a sentence keeps the page)."""
    match = _CAPITALS_AFTER.match(text, mention.end)
    if match is None or _LIST_ENTRY_BEFORE.fullmatch(text, 0, mention.start) is None:
        return False
    if _ENTRY_ENDS.match(text, match.end()) is None:
        return False
    word = match.group(1)
    folded = word.casefold()
    if is_post_nominal(word) or folded in country_names() or folded in demonyms() or is_common_word(folded):
        return False
    return is_census_surname(word.capitalize()) or len(word) >= 5


_LIST_ENTRY_BEFORE = _Lazy(r"[\s*•·\-–—\d.)(]*")
"""What may open a line of a list before a candidate's name: bullets, numbers, brackets."""
_ENTRY_ENDS = _Lazy(r"\s*(?:$|[,;:.(\-–—])")
"""What may follow the surname of a list's entry: its end, or a comma, a bracket or a dash before a description."""


@cache
def _place_heads() -> frozenset[tuple[str, ...]]:
    """Every run of leading words, one word short of the whole at the most, of ``multi_word_places``, with the
    next word: ("kings", "lynn") of "King's Lynn", ("west", "lindsey") of "West Lindsey". Cached: 287 heads made
    once a process (0.1 ms after the register's 30 ms) rather than at every name; tested through
    ``_inside_a_place_name``'s tests."""
    return frozenset(place[:cut] for place in multi_word_places() for cut in range(2, len(place) + 1))


def _inside_a_place_name(text: str, mention: _Mention) -> bool:
    """The name starts inside the name of a council area of two words or more, its leading words right before it
    ("King's Lynn Samaritans" found as "Lynn Samaritans", "Kings Lynn Signs"): the place's name and what follows
    it, a body, a shop or a newsletter of the place. A person's name is never written straight after the first
    words of a place's name; "Lynn" is a given name, so the given-name lists cannot say it."""
    if mention.start == 0 or text[mention.start - 1] != " ":
        return False
    first = place_word_key(mention.surface.split()[0])
    before = text[: mention.start].split()[-2:]
    heads = _place_heads()
    return any((*(place_word_key(word) for word in before[-cut:]), first) in heads
               for cut in range(1, len(before) + 1) if all(word[:1].isupper() for word in before[-cut:]))


JOURNEY_WORDS = frozenset(
    """go goes going went travel travels travelled travelling traveled traveling drive drives drove driving walk
    walks walked walking cycle cycles cycled cycling ride rides rode riding trip trips journey journeys outing
    outings excursion excursions route routes headed heading departure departures coach coaches bus buses train
    trains flight flights""".split())
"""Words of going somewhere ("went on to", "a trip to", "the route through"): "to", "through", "via" or "towards"
after one of them leads to a place. "visit" is left out: a person is visited as often as a place."""
_JOURNEY_BEFORE = _Lazy(
    r"\b(?P<word>[a-z]+)(?: (?:on|off|out|back|over|down|up|across|along|round|around|straight|then|again|home))*"
    r" (?:to|through|via|towards|into)(?: [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?:,| and))* $")


def _a_journeys_end(text: str, mention: _Mention) -> bool:
    """The name is where a journey goes, after a word of going (``JOURNEY_WORDS``) and "to", "through", "via" or
    "towards", perhaps after other places of a list ("we travelled through Ayton and Doe Magna", "were going on to
    Barton Parva"), its first word no one's given name in any list and no possessive after it: a village. "The
    prize went to Jane Doe" keeps a name that opens with a given name; a name the lists lack that follows "went
    to" is the risk, so the rule asks the given-name lists of every country."""
    first = mention.parsed.given[0] if mention.parsed.given else ""
    if not first or is_given_name(first) or is_world_given_name(first) or is_initial(first):
        return False
    if text[mention.end:mention.end + 2] in {"'s", "’s"}:
        return False
    match = _JOURNEY_BEFORE.search(text, max(0, mention.start - 120), mention.start)
    return match is not None and match.end() == mention.start and match.group("word") in JOURNEY_WORDS


_BUILDING_OR_BODY_WORDS = BUILDING_WORDS | frozenset(word.casefold() for word in ORGANISATION_TAIL_WORDS)


def _short_for_a_building_here(person: _Person, non_person: Counter[str]) -> bool:
    """Every full mention's words, then a building's or a body's word ("Hospital", "School", "Centre"), are the
    start of a span the model labels a place or a body in the same article ("The Ayton Park Hospital was bought
    ... Ayton Park has had 40 of its beds in use"), the first word is no one's given name in any list, and nothing
    but the model says person: the building's or the body's short name. Reads the article's own labels only."""
    for mention in person.full_mentions:
        first = mention.parsed.given[0] if mention.parsed.given else ""
        if (not first or is_given_name(first) or is_world_given_name(first) or is_initial(first)
                or mention.priority < _PRIORITY_MODEL):
            return False
        key = name_key(mention.surface) + " "
        if not any(label.removeprefix("the ").startswith(key)
                   and label.removeprefix("the ")[len(key):].split(" ")[0] in _BUILDING_OR_BODY_WORDS
                   for label in non_person):
            return False
    return True


FIRM_PROPERTY_NOUNS = frozenset(
    """lorry lorries van vans truck trucks tanker tankers tipper tippers vehicle vehicles fleet depot depots
    premises site sites yard showroom showrooms warehouse warehouses""".split())
"""What a firm owns, written after its name as a modifier ("Jane Doe lorries", "the old Jane Doe site"): a firm
or haulier named after its founder. A person's lorry is written "Jane Doe's lorry"."""
_PROPERTY_NOUN_AFTER = _Lazy(r" ([a-z]+)\b(?!['’-])")


def _a_firms_vehicles_or_site(text: str, mention: _Mention) -> bool:
    """The name straight before a noun of what a firm owns (``FIRM_PROPERTY_NOUNS``), no possessive: "Jane Doe
    lorries are travelling to the site", "the old Jane Doe site"."""
    match = _PROPERTY_NOUN_AFTER.match(text, mention.end)
    return match is not None and match.group(1) in FIRM_PROPERTY_NOUNS


def _after_locative_as_a_place(text: str, mention: _Mention) -> bool:
    """After "in" or "at" as a place is ("in Ayton Vale"), not as an owner is ("appeared in Doe's first book", "in
    Jane Doe's eye"): a possessive after the name says someone's."""
    return _after_locative(text, mention.start) and text[mention.end:mention.end + 2] not in {"'s", "’s"}


def _a_side_before_a_name(words: Sequence[str]) -> bool:
    """"Springboks Jane Doe", "fellow Wallabies Jane Doe": a side's plural nickname before a given name and a
    surname, which the model runs into the name; the word is no title ("Mrs", "Messrs"), given name nor census
    surname ("Roe Jane Doe" is not cut), so a name the lists lack keeps its first word."""
    first = words[0]
    return (len(words) > 2 and len(first) > 4 and first.endswith("s") and first[1:].islower()
            and first.lower() not in COURTESY_TITLES and is_given_name(words[1])
            and not is_initial(words[1]) and not is_given_name(first) and not is_world_given_name(first)
            and not is_census_surname(first) and not is_census_surname(first[:-1]))


_LONE_NAME_DESCRIBED = _Lazy(
    r", (?:the|a|an) (?:(?:top|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"defending|reigning|former|world|Olympic|European|British|number|no\.?) ){0,2}"
    r"(?:seed|qualifier|champion|title-holder|runner-up|number (?:one|two|three|\d+))\b")
"""A lone name in apposition to a competitor's description ("Doe, the third seed,", "Doe, the defending
champion"): the player's surname. A club is "the holders" or "the champions", in the plural."""
_LONE_NAME_THEN_WHO = _Lazy(r", who (?!have\b|are\b|were\b|play\b|face\b|meet\b|host\b)[a-z]")
"""A lone name, then "who" and a verb that is not a plural's ("Doe, who beat", "Doe, who has"): a club takes
"who" too, but in the plural ("Ayton, who have")."""
APPOSITION_CALLINGS = frozenset(
    """actor actress singer rapper songwriter guitarist drummer comedian novelist author poet playwright painter
    sculptor composer striker midfielder defender goalkeeper keeper winger sprinter athlete footballer cricketer golfer
    jockey boxer swimmer cyclist batsman bowler spinner""".split())
"""Callings that only a person has, after a lone name in apposition ("Doe, the Belfast-born actor, said"): no firm,
club or place is an actor or a sprinter. Not "producer", "maker" nor "director", which firms and bodies are too."""
_LONE_NAME_CALLED = _Lazy(
    rf", (?:the|a|an) (?:[\w'’-]+ ){{0,3}}?{one_of(sorted(APPOSITION_CALLINGS))}(?= who\b|[,.;:!?)]|$)")
"""A lone name, then in apposition a person's calling ending the phrase: "Doe, the Belfast-born actor who ...",
"Doe, a former sprinter,"."""
_LONE_NAME_AGED = _Lazy(r", (?:1[6-9]|[2-9]\d), (?=[a-z])")
"""A lone name, then an age in commas and a lower-case word ("Doe, 45, takes on"): news gives a person's age so; a
club's or a place's name takes no number between commas before a verb."""
_LONE_NAME_KIN_OR_BODY = _Lazy(
    r"['’]s (?:(?:younger|older|elder|late|estranged|twin) )?(?:wife|husband|father|mother|son|daughter|brother|"
    r"sister|girlfriend|boyfriend|fiancee|fianc[ée]e?|widow|widower|parents|grandfather|grandmother|uncle|aunt|"
    r"shoulder|knee|ankle|hamstring|groin|thigh|wrist|elbow|team-mate|teammate|training partner)\b")
"""A lone name owning a relative, a part of the body or a team-mate ("Doe's father", "on Doe's shoulder", "Doe's
training partner"): only a person has them. Not "back" nor "head" ("Ayton's back four", "Ayton's head coach"),
which a side has too."""


def _lone_names_described(paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> list[_Mention]:
    """A surname alone that the text describes as a competitor ("Doe, the third seed, now plays") or that the model
    calls a person before a singular "who" ("Doe, who beat the champion"), or that is given an age ("Doe, 45, takes
    on") or owns a relative or a part of the body ("Doe's father", "Doe's shoulder"): the player or the person, whom
    a sports report often names by surname only. The word is no English word, country, nationality nor one-word
    place; for the age and what it owns, no given name of the lists either ("Jack's father" beside "Prince Jack" is
    left to the joins of given names)."""
    found: list[_Mention] = []
    for entity in entities:
        if entity.paragraph >= len(paragraphs) or " " in entity.text or entity.label not in {"PERSON", "ORG", "GPE"}:
            continue
        text = paragraphs[entity.paragraph]
        word = entity.text
        if (is_common_word(word) or word.casefold() in country_names() or word.casefold() in demonyms()
                or word in one_word_places() or not word[:1].isupper() or word.isupper()):
            continue
        if _LONE_NAME_DESCRIBED.match(text, entity.end) or _LONE_NAME_CALLED.match(text, entity.end) or (
                not is_given_name(word) and (
                _LONE_NAME_AGED.match(text, entity.end) or _LONE_NAME_KIN_OR_BODY.match(text, entity.end))) or (
                entity.label == "PERSON" and _LONE_NAME_THEN_WHO.match(text, entity.end)
                and not _a_side_here(word, entity, paragraphs, entities)):
            found.extend(_rule_mention(text, entity.paragraph, entity.start, entity.end, _PRIORITY_RULE))
    return found


_SIDE_AFTER = _Lazy(
    r"(?:['’]s?)? (?:manager|boss|striker|midfielder|defender|goalkeeper|winger|squad|chairman|fans|supporters|"
    r"academy|reserves|youngsters?|team-mates?)\b")
"""A word after a side's name that no one person's surname takes: "Ayton manager", "Ayton's striker"."""


def _a_side_here(word: str, entity: EntitySpan, paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> bool:
    """Whether a lone word the model calls a person before "who" ("Ayton or Barton, who won the cup") is a club or
    a body: the model names it an organisation more often than a person in the article, or names a club of it
    ("Ayton FC", "Ayton Rovers"), a side's word follows it somewhere ("Ayton manager", "Ayton fans"), or it is
    listed with a body the model names ("Barton or Ayton", "Ayton and Barton"). A club takes a singular "who" in
    "Barton, who won". A place or a surname the model also calls a place once ("above Doe") says neither."""
    as_body = sum(other.text == word and other.label == "ORG" for other in entities)
    if as_body > sum(other.text == word and other.label == "PERSON" for other in entities) or any(
            other.label == "ORG" and _CLUB_AFTER.fullmatch(other.text, len(word)) and other.text.startswith(word)
            for other in entities):
        return True
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(word)}(?=[\s’'])")
    for text in paragraphs:
        if word in text and any(_SIDE_AFTER.match(text, m.end()) for m in pattern.finditer(text)):
            return True
    text = paragraphs[entity.paragraph]
    for other in entities:
        if other.paragraph != entity.paragraph or other.label != "ORG":
            continue
        if other.end <= entity.start and _LIST_JOINT.search(text[other.end:entity.start]) and (
                entity.start - other.end <= 6):
            return True
        if other.start >= entity.end and entity.end + 6 >= other.start and re.fullmatch(
                r"(?: or| and| v| vs\.?|,) ", text[entity.end:other.start]):
            return True
    return False


_ONE_WORD_ITEM_BEFORE = _Lazy(r"(?:^|(?<=[.!?:;] )|(?<=, )|(?<=[\"“]))(?P<word>[A-Z][a-z]+(?:-[A-Z][a-z]+)?), $")
_ONE_WORD_ITEM_AFTER = _Lazy(
    r",? and (?P<word>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[,.;:!?)]|$| (?:are|were|have|had|will|would|all|both)\b)")
"""The last item of a list, ending the clause or before its plural verb: not a word that describes the next name
("Ann Roe and Ayton star Jane Doe")."""


def _one_name_items_among_people(paragraphs: Sequence[str], entities: Sequence[EntitySpan]) -> list[_Mention]:
    """A one-word item opening or closing a list of two or more people named in full ("Jane, Ann Roe and Kay Poe
    are among them", "Ann Roe, Kay Poe and Jane"), which the model labels nothing or a person: a performer or a
    player known by one name, since a list holds one kind of thing. The word is no English word, country,
    nationality nor one-word place; a surname of a person named in full joins that person."""
    by_paragraph: dict[int, list[EntitySpan]] = {}
    for entity in entities:
        if entity.paragraph < len(paragraphs):
            by_paragraph.setdefault(entity.paragraph, []).append(entity)
    found: list[_Mention] = []
    for paragraph, spans in by_paragraph.items():
        if sum(entity.label == "PERSON" and " " in entity.text for entity in spans) < 2:
            continue
        text = paragraphs[paragraph]
        spans.sort(key=lambda entity: entity.start)
        runs: list[list[EntitySpan]] = [[spans[0]]]
        for entity in spans[1:]:
            if _RUN_JOINT.fullmatch(text, runs[-1][-1].end, entity.start):
                runs[-1].append(entity)
            else:
                runs.append([entity])
        for run in runs:
            if len(run) < 2 or not all(entity.label == "PERSON" and " " in entity.text for entity in run):
                continue
            before = _ONE_WORD_ITEM_BEFORE.search(text, max(0, run[0].start - 30), run[0].start)
            after = _ONE_WORD_ITEM_AFTER.match(text, run[-1].end)
            for item in (before, after):
                if item is None:
                    continue
                word = item.group("word")
                if not _may_be_a_one_word_name(word):
                    continue
                start, end = item.span("word")
                found.extend(_rule_mention(text, paragraph, start, end, _PRIORITY_RULE))
    return found


_KIN_THEN_GIVEN_NAME = _Lazy(
    r"(?<![\w-])(?:son|sons|daughter|daughters|child|children|baby|wife|husband|brother|sister|grandson|granddaughter)"
    r",? (?P<name>[A-Z][a-z]+)(?=, |[.;]| (?:and|who|was|is|has|had)\b)")
"""A family noun, then one capitalised word ending the phrase ("their fourth child, Leo, was born", "his son Jack
and"): the relative's given name. Not after a hyphen: "half-sister" and "sister-ship" name animals and things too."""


_OWNER_OF_KIN_BEFORE = _Lazy(r"(?:\b(?:his|her|their|my|our)|['’]s?) (?:[a-z]+ ){0,2}$")
"""Whose relative it is, right before the family noun: "his younger brother", "the couple's son", "her late"."""


def _relatives_by_given_name(paragraphs: Sequence[str]) -> list[_Mention]:
    """A relative named by a given name alone after the family noun ("the couple's son, Jack,"): news names a
    family's children and spouses so. A given name of the lists that is no English word, so "his son Bill" and
    "their daughter Grace" (words) and a family's or a firm's name after the noun are left as they were; or, when
    the noun says whose relative it is ("his younger brother Doeku had", ``_OWNER_OF_KIN_BEFORE``), any word that
    may stand alone as a name (``_may_be_a_one_word_name``), as foreign given names the lists lack do."""
    found: list[_Mention] = []
    for index, text in enumerate(paragraphs):
        for match in _KIN_THEN_GIVEN_NAME.finditer(text):
            name = match.group("name")
            if is_common_word(name) or not (is_given_name(name) or (
                    _may_be_a_one_word_name(name)
                    and _OWNER_OF_KIN_BEFORE.search(text, max(0, match.start() - 30), match.start()))):
                continue
            start, end = match.span("name")
            found.extend(_rule_mention(text, index, start, end, _PRIORITY_RULE))
    return found


# --- things named once: what only the model calls a person, and whose first word no one bears (p18m) -----------


def _only_the_model_and_no_given_name(person: _Person, paragraphs: Sequence[str]) -> bool:
    """Nothing but the model's label says the name is a person's: every mention the model's alone (no rule found
    it), with no title, speech verb, role or age (``_Mention.evidence``), no calling right before it ("sprinter
    Jane Doe") and no other form of the name (a bare surname, "Ms Doe"); and its first word is no given name of any
    country nor an initial ("Ayton Corsa", "Alpha Alcobev"). Such a name is a thing as often as a person here (on
    the BBC development half about 1 in 6: "Vauxhall Corsa", "Jedi Knight", "Creative Zens"; the rest foreign or
    Welsh given names the lists lack, "Dafydd Wigley", "Shola Ameobi"), so the article alone cannot say; linking
    weighs it against what the archive calls the first word (``Article.thing_words``). A title's plural first
    ("Lords Doe") is a list of peers or judges, not a thing."""
    mentions = person.mentions
    if not mentions or any(m.evidence or m.parsed.titles or m.priority < _PRIORITY_MODEL or not m.parsed.is_full
                           for m in mentions):
        return False
    if len({m.surface for m in mentions}) != 1:
        return False
    first = mentions[0].parsed.given
    if not first or is_initial(first[0]) or is_world_given_name(first[0]) or is_nickname_or_its_name(first[0]):
        return False
    if first[0].casefold().removesuffix("s") in HONORIFICS:
        return False  # "Lords Doe": a list under a plural title (``_plural_title_lists``)
    return not _callings_of(person, paragraphs)


_THING_WORD_LABELS = NON_PERSON_LABELS - {"LAW"}


def first_words(entities: Sequence[EntitySpan], *, thing: bool) -> tuple[str, ...]:
    """The first words (``name_key``) of the spans the model labels a thing (``thing``: an organisation, place,
    product, event or work) or else a person, once each, leaving out given names of any country and words not
    capitalised: what ``Article.thing_words`` and ``Article.person_words`` hold. Only a word that opens no one's
    name can count against a name (``_only_the_model_and_no_given_name``), so the rest is not kept."""
    found: dict[str, None] = {}
    for entity in entities:
        if (entity.label in _THING_WORD_LABELS) if thing else (entity.label == "PERSON"):
            words = clean_surface(entity.text).split()
            if words and words[0][:1].isupper() and not is_world_given_name(words[0]):
                found.setdefault(name_key(words[0]), None)
    return tuple(found)
