"""Pure helpers for personal names: titles, post-nominals, possessives, canonical forms, plausibility.

A name as written ("Cllr Jane Smith CBE's") is split into courtesy titles ("Cllr"), given names
("Jane"), a surname ("Smith") and post-nominal letters ("CBE"); the canonical form is given names plus
surname. "Sir" and "Dame" go with a given name ("Sir John"), the peerage titles with a surname or
territorial name ("Lord Smith").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from nameparser.config import CONSTANTS as NAMEPARSER
from rapidfuzz.distance import OSA

COURTESY_TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "master", "dr", "doctor", "prof", "professor",
        "coun", "cllr", "cllrs", "clr", "councillor", "councilor", "alderman", "sir", "dame", "lord", "lady",
        "baroness", "baron", "viscount", "earl", "countess", "duke", "duchess",
        "rev", "revd", "reverend", "canon", "father", "fr", "bishop", "archbishop", "cardinal", "rabbi", "imam",
        "pastor", "sister", "brother", "archdeacon", "messrs", "mesdames",
        "det", "insp", "ch", "supt", "sgt", "pc", "dc", "ds", "di", "dci", "dsi", "acc", "cc",
        "constable", "sergeant", "inspector", "superintendent", "detective", "wpc", "pcso", "p.c", "w.p.c",
        "p.c.s.o",
        "capt", "captain", "col", "colonel", "maj", "major", "gen", "general", "lt", "lieutenant",
        "cmdr", "commander", "brig", "brigadier", "admiral", "cpl", "corporal", "pte", "private",
        "judge", "justice", "justices", "hon", "rt", "right", "honourable", "mp",
        "president", "vice", "prime", "minister", "chancellor", "secretary", "senator", "sen", "rep",
        "governor", "gov", "mayor", "king", "queen", "prince", "princess", "pope", "sheikh", "emir",
        "ambassador", "premier", "chairman", "chairwoman", "coach", "skipper",
    }
)
"""Words that may stand before a name and are not part of it (lower case, without a final full stop). Not "dean":
the census's common man's name ("Dean Doe" is a full name), while the office is written "the dean" or "Dean of
Ayton", never bare before a surname in news (every "Dean Doe" of the BBC corpus is a given name). A police
constable's rank is a title written with full stops too ("P.C. Doe"), never the initials of a "P. Doe"; the other
ranks' letters ("D.S.", "D.C.") are as often a person's initials, so only their forms without full stops are here."""

MALE_FORMS_OF_ADDRESS = frozenset(
    {"herr", "herrn", "monsieur", "signor", "signore", "señor", "senor", "senhor", "meneer", "dhr", "mister",
     "gospodin", "abbot", "friar", "monsignor", "monseigneur", "marquess", "archduke", "emperor", "tsar",
     "maharajah", "effendi", "freiherr", "graf", "fürst", "herzog"}
)
FEMALE_FORMS_OF_ADDRESS = frozenset(
    {"frau", "fräulein", "madame", "mme", "mademoiselle", "mlle", "signora", "signorina", "señora", "senora",
     "señorita", "senorita", "senhora", "senhorita", "mevrouw", "mevr", "madam", "abbess", "marchioness",
     "archduchess", "empress", "tsarina", "maharani", "gräfin", "freifrau"}
)
OTHER_FORMS_OF_ADDRESS = frozenset(
    {"ayatollah", "mullah", "mufti", "sheik", "shaikh", "shaykh", "cheikh", "hajji", "swami", "rebbe", "deacon",
     "vicar", "chaplain", "commodore", "adm", "cdr", "pvt", "msgt", "ssgt"}
)
FORMS_OF_ADDRESS = MALE_FORMS_OF_ADDRESS | FEMALE_FORMS_OF_ADDRESS | OTHER_FORMS_OF_ADDRESS
"""European forms of address ("Herr", "Signora", "Mme"), religious, noble and military titles: a selection of
the ``nameparser`` package's title list (``nameparser.config.titles``; a test checks each is in it), leaving out
its occupations ("actor") and any word the census gives as a given name ("Marquis"). Like the courtesy titles,
they stand before a name and are not part of it."""

COURTESY_TITLES = COURTESY_TITLES | FORMS_OF_ADDRESS

GIVEN_NAME_TITLES = frozenset({"sir", "dame", "prince", "princess"})
"""Titles followed by a given name, so "Sir John" is the same person as "Sir John Major", and "Prince John" is
named by his given name, not a surname."""

HONORIFICS = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "coun", "cllr", "cllrs", "clr", "councillor",
        "messrs", "sir", "dame", "lord", "lady", "baroness", "baron", "rev", "revd", "reverend", "canon",
        "father", "bishop", "rabbi", "imam", "det", "insp", "supt", "sgt", "pc", "dc", "ds", "di", "dci",
        "inspector", "sergeant", "superintendent", "constable", "detective", "judge", "alderman",
        "herr", "frau", "monsieur", "mme", "mlle", "signor", "signora", "señor", "señora", "senhor", "senhora",
        "ayatollah", "mullah", "monsignor",
    }
)
"""Courtesy titles that, capitalised before a capitalised word, mark that word as a person's name."""

UK_POST_NOMINALS = frozenset(
    {
        "cbe", "obe", "mbe", "kbe", "dbe", "gbe", "bem", "cb", "kcb", "gcb", "cmg", "kcmg", "cvo", "lvo",
        "mvo", "kcvo", "om", "ch", "vc", "gc", "dso", "mc", "qpm", "kpm", "mp", "mep", "msp", "ms", "mla",
        "am", "qc", "kc", "jp", "dl", "frs", "freng", "fba", "frsa", "phd", "dphil", "md", "frcp",
        "frcs", "mrcp", "mrcgp", "ba", "bsc", "ma", "msc", "llb", "llm", "mba", "ceng", "fca", "aca",
        "jr", "jnr", "sr", "snr", "ii", "iii", "iv",
    }
)
POST_NOMINALS = UK_POST_NOMINALS | frozenset(NAMEPARSER.suffix_acronyms) | frozenset(
    NAMEPARSER.suffix_not_acronyms
)
"""Letters after a name (lower case, without full stops): honours, offices, degrees, generations."""

SURNAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "del", "della", "dos", "das",
     "bin", "al", "el", "ibn", "ap", "ter", "ten", "lo", "dal", "dalla", "dello", "degli"}
)

NOT_NAME_WORDS = frozenset(
    {
        # function words and sentence openers that the model sometimes takes for names
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i",
        "his", "her", "their", "our", "my", "you", "your", "but", "and", "or", "nor", "so", "yet", "if",
        "however", "meanwhile", "speaking", "responding", "welcoming", "according", "after", "before",
        "in", "on", "at", "for", "of", "to", "from", "by", "with", "when", "while", "although", "though",
        "despite", "today", "yesterday", "tomorrow", "last", "next", "there", "here", "what", "who",
        "why", "how", "where", "which", "all", "some", "many", "most", "both", "each", "every", "no",
        "not", "also", "as", "than", "then", "now", "please", "thanks", "thank", "dear", "yes", "said",
        "regards", "sincerely", "yours", "cheers", "kings",
        "says", "added", "told", "asked", "chair", "chairman", "member", "members", "new", "old",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "great", "greater", "upper", "lower", "royal", "national", "international", "british",
        "english", "scottish", "welsh", "irish", "european", "american", "mrs", "mr", "ms",
        # days and months
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "christmas", "easter",
        # organisation, place and committee words
        "council", "councils", "borough", "county", "district", "parish", "city", "town", "village",
        "street", "road", "house", "avenue", "drive", "crescent", "square", "way", "place",
        "centre", "center", "school", "schools", "chapel",
        "committee", "board", "trust", "group", "party", "service", "services", "department",
        "authority", "police", "club", "united", "rovers", "wanderers", "athletic", "harriers", "utd", "fc",
        "government", "ministry", "office", "news", "reporting", "local", "democracy", "people",
        "children", "adult", "adults", "care", "health", "nhs", "university", "college", "academy",
        "limited", "ltd", "plc", "inc", "llc", "corp", "association", "society", "foundation", "fund",
        "station", "airport", "hospital", "cabinet", "panel", "forum", "partnership", "prison", "jail", "gaol",
        "tower", "palace", "abbey", "cathedral", "mosque",
        "agency", "commission", "company", "network", "alliance", "federation", "union", "league",
        "cup", "championship", "stadium", "bridge", "river", "market", "report", "act",
        "labour", "conservative", "conservatives", "tory", "tories", "liberal", "democrat",
        "democrats", "lib", "dem", "dems", "independent", "independents", "greens",
        "ukip", "reform", "scrutiny", "overview", "planning", "highways", "finance", "policy",
        "strategy", "plan", "project", "programme", "scheme", "award", "awards", "prize",
        "estate", "wards", "team", "unit", "directorate", "inc.", "co",
        "internet", "online", "web", "website", "email", "tv", "radio", "bbc", "press", "media",
        "minister", "ministers", "secretary", "president", "senate", "parliament", "assembly",
        "executive", "director", "officer", "manager", "leader", "chief", "deputy", "acting",
        "interim", "senior", "junior", "assistant", "head", "spokesman", "spokeswoman",
        "spokesperson", "mayor", "lord-lieutenant", "god", "jesus", "allah", "exchange", "stock", "shares",
        "index", "record", "receipts", "standard", "times", "herald", "journal", "gazette", "telegraph",
        "daily", "weekly", "observer", "bulletin", "total", "result", "results", "st", "saint",
        "santa", "fort", "spa", "ag", "gmbh", "nv", "bv", "sa", "srl", "oy",
        "corporation", "liberation", "army", "movement", "organisation", "organization", "institute",
        "seconded", "proposed", "resolved", "apologies", "present", "minutes", "matters", "arising",
        "correspondence", "clerk", "accounts", "account", "balance", "return", "assessment", "annual",
        "risk", "further", "community", "churchyard", "cemetery", "grass", "cutting", "litter", "bin",
        "holy", "communion", "education", "religious", "nativity", "conservation", "homes", "garage",
        "drove", "farm", "cottage", "cottages", "any", "other", "business",
        "port", "mount", "lake", "cape", "newsroom", "desk", "bureau",
        # words that end the names of firms, products and programmes, never a person's
        "studios", "records", "pictures", "films", "digital", "insurance", "securities", "bank", "banks",
        "motors", "airlines", "airways", "foods", "holdings", "entertainment", "software", "systems",
        "engineers", "consulting", "consultants", "contractors", "builders", "signs", "landfill", "neighbourhood",
        "landscapes", "landscaping", "allotments", "survey", "jubilee", "applications", "complaints", "celebrations",
        "memorials", "mkt", "acc", "accs", "rd", "hse",
        # verbs that open a question or a clause, never a name ("Would Jane attend?")
        "would", "could", "should", "shall", "might", "must", "did", "does", "was", "were", "has", "had",
        "technologies", "telecom", "communications", "pharmaceuticals", "magazine", "sport", "sports",
        "wireless", "stores", "megastores", "boerse", "bourse", "networks", "mobile", "petroleum", "electronics",
        "computing", "semiconductor", "solutions", "ventures", "investments", "logistics", "publishing",
        "productions", "laboratories", "labs", "pharma", "chemicals", "industries", "breweries", "hotels",
        "resorts", "towers", "cellars", "megastore",
        # plural names of sports teams, never a person's surname
        "saints", "rangers", "tigers", "lions", "sharks", "rhinos", "tykes", "warriors", "falcons", "quins",
        "dragons", "bulls", "wolves", "hornets", "magpies", "hawks", "giants", "seagulls", "owls", "foxes",
        # prepositions that open titles and fragments ("Without Borders")
        "without", "within", "beyond", "against", "between", "across", "about", "under", "over",
    }
)
"""Lower-cased words that are never part of a person's name as this tool sees one."""

_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_EDGE_PUNCTUATION = ".,;:!?\"'“”‘’()[]{}"
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z]$")
_HAS_DIGIT = re.compile(r"\d")
_ROMAN_NUMERAL = re.compile(r"^[IVX]+$")
_CACHED_NAMES = 4096
"""Written forms remembered by the pure parsing functions below: an article repeats its names many times,
and the limit keeps memory flat over a long build."""


@dataclass(frozen=True)
class ParsedName:
    """One written form of a name, taken apart."""

    surface: str
    titles: tuple[str, ...]
    given: tuple[str, ...]
    """Given and middle names or initials, in order."""
    surname: str
    """Empty for a title plus a given name ("Sir John")."""
    post_nominals: tuple[str, ...]

    @property
    def canonical(self) -> str:
        return " ".join((*self.given, self.surname)).strip()

    @property
    def is_full(self) -> bool:
        """A given name (or initial) and a surname."""
        return bool(self.given) and bool(self.surname)

    @property
    def has_honorific(self) -> bool:
        return any(normalise_title(title) in HONORIFICS for title in self.titles)

    @property
    def has_given_name_title(self) -> bool:
        return any(normalise_title(title) in GIVEN_NAME_TITLES for title in self.titles)


def normalise_title(word: str) -> str:
    return word.strip(_EDGE_PUNCTUATION).lower()


def strip_possessive(text: str) -> str:
    """"Smith's" -> "Smith", "Jones'" -> "Jones"."""
    return _POSSESSIVE.sub("", text)


@lru_cache(maxsize=_CACHED_NAMES)
def clean_surface(text: str) -> str:
    """A written form with surrounding punctuation, a possessive and extra spaces removed."""
    text = " ".join(text.split())
    text = text.strip(_EDGE_PUNCTUATION.replace(".", "") + " -–—")
    text = strip_possessive(text).rstrip(",;: ")
    return text


def is_initial(token: str) -> bool:
    return bool(_INITIAL.match(token))


GENERATIONS = {"jr": "Jr", "jnr": "Jr", "sr": "Sr", "snr": "Sr", "ii": "II", "iii": "III", "iv": "IV"}
"""Letters after a name that tell a father from a son of the same name ("Jnr" and "Jr" one), as written in a name."""


def generation_of(parsed: ParsedName) -> str:
    """"Jr" of "Hank Doe Jr.", "II" of "Jane Doe II"; "" when the name has no such letters."""
    for letters in parsed.post_nominals:
        generation = GENERATIONS.get(letters.replace(".", "").strip(",").lower())
        if generation is not None:
            return generation
    return ""


def is_post_nominal(token: str) -> bool:
    """Letters after a name: written in capitals ("CBE", "MP") or the generational "Jr"."""
    bare = token.replace(".", "").strip(",")
    if not bare or bare.lower() not in POST_NOMINALS:
        return False
    return bare.isupper() or bare.lower() in {"jr", "jnr", "sr", "snr", "phd"}


@lru_cache(maxsize=_CACHED_NAMES)
def parse_name(surface: str) -> ParsedName:
    """Split a written name into titles, given names, surname and post-nominals."""
    cleaned = clean_surface(surface)
    tokens = [token.strip(",") for token in cleaned.split() if token.strip(",")]
    titles: list[str] = []
    while len(tokens) > 1 and normalise_title(tokens[0]) in COURTESY_TITLES:
        titles.append(tokens.pop(0))
    post_nominals: list[str] = []
    while len(tokens) > 1 and is_post_nominal(tokens[-1]):
        post_nominals.insert(0, tokens.pop())
    if not tokens:
        return ParsedName(cleaned, tuple(titles), (), "", tuple(post_nominals))
    if len(tokens) == 1:
        gives_given_name = any(normalise_title(title) in GIVEN_NAME_TITLES for title in titles)
        if gives_given_name:
            return ParsedName(cleaned, tuple(titles), (tokens[0],), "", tuple(post_nominals))
        return ParsedName(cleaned, tuple(titles), (), tokens[0], tuple(post_nominals))
    surname_start = len(tokens) - 1
    while surname_start > 1 and tokens[surname_start - 1].lower() in SURNAME_PARTICLES:
        surname_start -= 1
    given = tuple(tokens[:surname_start])
    surname = " ".join(tokens[surname_start:])
    return ParsedName(cleaned, tuple(titles), given, surname, tuple(post_nominals))


def canonical_name(surface: str) -> str:
    """The name without titles, post-nominals or possessive: "Cllr Jane Smith CBE's" -> "Jane Smith"."""
    return parse_name(surface).canonical


def surname_of(surface: str) -> str:
    return parse_name(surface).surname


@lru_cache(maxsize=_CACHED_NAMES)
def name_key(text: str) -> str:
    """A comparison key: lower case, full stops and apostrophe styles unified."""
    return text.replace("’", "'").replace(".", "").lower()


def surnames_match(first: str, second: str) -> bool:
    return name_key(first) == name_key(second)


def surnames_nearly_match(first: str, second: str) -> bool:
    """One edit apart (a swap of neighbours counts as one), for names long enough to tell apart."""
    a, b = name_key(first), name_key(second)
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or a[0] != b[0]:
        return False
    return OSA.distance(a, b, score_cutoff=1) <= 1


def given_names_compatible(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two lists of given names could be the same person's ("J." fits "John", "John" fits
    "John Paul", "Dave" fits "David")."""
    if not first or not second:
        return True
    a, b = name_key(first[0]), name_key(second[0])
    if a == b:
        return True
    if is_initial(first[0]) or is_initial(second[0]):
        return a[:1] == b[:1]
    return same_given_name(a, b)


def _read_names(listed: str) -> frozenset[str]:
    text = resources.files("cuttings.data").joinpath(listed).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def given_names() -> frozenset[str]:
    """Known given names, lower case (``cuttings/data/given_names.txt``: the 1990 US Census lists)."""
    return _read_names("given_names.txt")


def is_given_name(word: str) -> bool:
    return word.casefold() in given_names()


@cache
def world_given_names() -> frozenset[str]:
    """The census's given names and those of other countries it lacks (``given_names_world.txt``, from Faker's
    person providers: "Olivier", "Sami", "Clive", "Yann")."""
    return given_names() | _read_names("given_names_world.txt")


def is_world_given_name(word: str) -> bool:
    """A given name of some country. Read only where a name's context already says "person" and the question is
    whether its first word can open a name ("lock Jane Doe", a line-up's "Doe" joining "Sami Doe"); the rules
    that read a word the census lacks as a thing's ("Aston Martin", "Holm Oak", "Tudor England") keep the census
    list, since many of these names are also words or places somewhere."""
    return word.casefold() in world_given_names()


@cache
def common_words() -> frozenset[str]:
    """English words never written with a capital, lower case (``cuttings/data/common_words.txt``, from SCOWL):
    "Metal", "Tales" and "Rights" are such words, "Brown" and "Young" are not (SCOWL has them as names too)."""
    text = resources.files("cuttings.data").joinpath("common_words.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_common_word(word: str) -> bool:
    return word.casefold() in common_words()


@cache
def given_name_sexes() -> dict[str, str]:
    """"m" or "f" for the given names the census gives one sex far more often (``given_names_gender.txt``)."""
    text = resources.files("cuttings.data").joinpath("given_names_gender.txt").read_text(encoding="utf-8")
    return {name: sex for line in text.splitlines() if line and not line.startswith("#")
            for name, sex in [line.split()]}


@cache
def clear_given_name_sexes() -> dict[str, str]:
    """``given_name_sexes`` without the names whose sex is not clear enough to outweigh a title ("Mr Doe"
    beside "Bertie Doe"): a name missing from the other sex's census list whose share of its own is under ten
    times that list's smallest share (so the "ten times the other" of ``given_names_gender.txt`` is not shown,
    the other list being cut off), and which the ``nicknames`` table makes a nickname of a name of the other sex
    ("Bertie" of "Bert", "Georgie" of "George"). Some 30 of 5,011 names; the rest keep their one sex. Tested by
    ``tests/unit/test_identity.py`` (a "Mr" joining a "Bertie", never a "Mary")."""
    sexes = given_name_sexes()
    shares = {sex: _census_first_name_shares(file) for sex, file in (("m", "dist.male.first"),
                                                                      ("f", "dist.female.first"))}
    smallest = {sex: min(table.values()) for sex, table in shares.items()}
    namer = _nicknamer()
    unclear = set()
    for name, sex in sexes.items():
        other = "f" if sex == "m" else "m"
        if name in shares[other] or shares[sex].get(name, 0.0) >= 10 * smallest[other]:
            continue
        if any(sexes.get(canonical) == other for canonical in namer.canonicals_of(name)):
            unclear.add(name)
    return {name: sex for name, sex in sexes.items() if name not in unclear}


def _census_first_name_shares(file: str) -> dict[str, float]:
    """Each given name's share (per cent) of one sex in the 1990 US Census (the ``names`` package's files)."""
    text = resources.files("names").joinpath(file).read_text(encoding="utf-8")
    return {fields[0].casefold(): float(fields[1]) for line in text.splitlines() if (fields := line.split())}


MALE_TITLES = frozenset({"mr", "sir", "lord", "baron", "duke", "earl", "viscount", "prince", "king", "father",
                         "brother", "master"}) | MALE_FORMS_OF_ADDRESS
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "dame", "lady", "baroness", "duchess", "countess", "viscountess",
                           "princess", "queen", "sister"}) | FEMALE_FORMS_OF_ADDRESS


def sex_of_titles(titles: Sequence[str]) -> str | None:
    """"m" for "Mr" or "Lord", "f" for "Mrs" or "Baroness", None for "Dr", "Cllr" or no title."""
    sexes = {"m" if title in MALE_TITLES else "f"
             for title in map(normalise_title, titles) if title in MALE_TITLES or title in FEMALE_TITLES}
    return next(iter(sexes)) if len(sexes) == 1 else None


POLICE_RANKS = frozenset({"pc", "p.c", "wpc", "w.p.c", "pcso", "p.c.s.o", "dc", "ds", "di", "dci", "dsi", "sgt",
                          "insp", "supt", "det", "constable", "sergeant", "inspector", "superintendent", "detective"})
COUNCILLOR_TITLES = frozenset({"cllr", "cllrs", "clr", "coun", "councillor", "councilor"})
JUDGES_TITLES = frozenset({"justice", "justices", "judge", "judges"})
"""Titles of a judge ("Mr Justice Doe", "Lord Justice Doe", "Judge Doe"): a "Lord" before "Justice" makes no peer."""


def judges_title(words: Sequence[str]) -> bool:
    """Whether the words before a name hold a judge's title ("Lord Justices" of "Lord Justices Doe and Roe")."""
    return any(normalise_title(word) in JUDGES_TITLES for word in words)


def office_of_titles(titles: Sequence[str]) -> str | None:
    """"police" for a rank ("PC", "Sgt"), "council" for "Cllr", None for neither or both: "PC Doe" and "Cllr P.
    Doe" are two people, as "Mrs D Doe" and "David Doe" are."""
    offices = {"police" if title in POLICE_RANKS else "council" for title in map(normalise_title, titles)
               if title in POLICE_RANKS or title in COUNCILLOR_TITLES}
    return next(iter(offices)) if len(offices) == 1 else None


@cache
def country_names() -> frozenset[str]:
    """Countries by their short English name, lower case (the ``country`` column of ``demonyms.csv``), and the
    initials news writes for a few ("USA", "UK")."""
    text = resources.files("cuttings.data").joinpath("demonyms.csv").read_text(encoding="utf-8")
    countries = {line.rsplit(",", 1)[-1].strip().casefold() for line in text.splitlines()[1:] if "," in line}
    return frozenset(countries | {"usa", "us", "uk"})


@cache
def demonyms() -> frozenset[str]:
    """Nationality adjectives, lower case (the ``demonym`` column of ``demonyms.csv``): "Romanian", "Kenyan"."""
    text = resources.files("cuttings.data").joinpath("demonyms.csv").read_text(encoding="utf-8")
    return frozenset(line.split(",", 1)[0].strip().casefold() for line in text.splitlines()[1:] if "," in line)


@cache
def common_word_surnames() -> frozenset[str]:
    """Ordinary English words that are also surnames of the 1990 US Census ("King", "Rice", "Fish", "Diesel"),
    lower case (``cuttings/data/common_word_surnames.txt``): "Status" and "Lorry" are no one's surname."""
    text = resources.files("cuttings.data").joinpath("common_word_surnames.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def census_surnames() -> frozenset[str]:
    """The 88,799 surnames of the 1990 US Census, lower case, as the ``names`` package ships them
    (``dist.all.last``): the list ``common_word_surnames.txt`` was cut from, read where it is installed, once a
    process and only when a name needs it (about 0.1 s)."""
    text = resources.files("names").joinpath("dist.all.last").read_text(encoding="utf-8").casefold()
    return frozenset(text.split()[::4])  # four columns a line: the name, two frequencies and a rank


def is_census_surname(word: str) -> bool:
    """The census writes "O'Brien" and "Smith-Jones" without the apostrophe or hyphen ("OBRIEN")."""
    folded = word.casefold()
    return folded in census_surnames() or re.sub(r"[-'’]", "", folded) in census_surnames()


COMMON_SURNAME_RANK = 20000
"""The census's 20,000 most frequent surnames (down to one person in about 150,000; four in five people
counted): a surname that common is a name even when it is an ordinary word too ("Parent", "Silk"); "Section",
"Space" and "Part" are rarer, almost never a surname in British news."""


@cache
def common_census_surnames() -> frozenset[str]:
    """The first ``COMMON_SURNAME_RANK`` surnames of the 1990 US Census by frequency, lower case."""
    text = resources.files("names").joinpath("dist.all.last").read_text(encoding="utf-8").casefold()
    return frozenset(text.split()[: 4 * COMMON_SURNAME_RANK : 4])  # the file is in rank order


def is_common_surname(word: str) -> bool:
    """Among the census's ``COMMON_SURNAME_RANK`` commonest surnames ("Kelly", "Kelley"; not "Goyal", "Campell")."""
    return re.sub(r"[-'’]", "", word.casefold()) in common_census_surnames()


FREQUENT_SURNAME_RANK = 3000
"""The census's 3,000 most frequent surnames (down to about one person in 25,000): an ordinary word that common as
a surname ("White", "Gates", "Wells") is a surname after a given name far more often than a place's word; "Springs"
(rank about 7,500) is not."""


@cache
def frequent_census_surnames() -> frozenset[str]:
    """The first ``FREQUENT_SURNAME_RANK`` surnames of the 1990 US Census by frequency, lower case."""
    text = resources.files("names").joinpath("dist.all.last").read_text(encoding="utf-8").casefold()
    return frozenset(text.split()[: 4 * FREQUENT_SURNAME_RANK : 4])


def is_frequent_surname(word: str) -> bool:
    """Among the census's ``FREQUENT_SURNAME_RANK`` commonest surnames ("White", "Wells"; not "Springs")."""
    return re.sub(r"[-'’]", "", word.casefold()) in frequent_census_surnames()


def is_common_word_not_common_surname(word: str) -> bool:
    """An ordinary English word that is no common surname: "Section", "Space" (rare census surnames), not "Silk"."""
    return is_common_word(word) and not is_common_surname(word)


def is_common_word_not_census_surname(word: str) -> bool:
    return is_common_word(word) and not is_census_surname(word)


def is_nickname_or_its_name(word: str) -> bool:
    """A given name in the ``nicknames`` package's table ("Paddy", "Patrick") that the census list misses."""
    folded = word.casefold()
    namer = _nicknamer()
    return bool(namer.canonicals_of(folded) or namer.nicknames_of(folded))  # type: ignore[attr-defined]


def is_common_word_not_surname(word: str) -> bool:
    folded = word.casefold()
    return folded in common_words() and folded not in common_word_surnames()


@cache
def _nicknamer() -> object:
    from nicknames import NickNamer  # only when two given names differ: most articles never ask

    return NickNamer()


@lru_cache(maxsize=_CACHED_NAMES)
def same_given_name(first: str, second: str) -> bool:
    """"Dave" and "David": one is the only name the other is a nickname of (the ``nicknames`` package's
    table). "Andy" may be Andrew or Andrea, so it matches neither."""
    a, b = first.casefold(), second.casefold()
    if a == b:
        return True
    namer = _nicknamer()
    return any(namer.canonicals_of(nickname) == {name}  # type: ignore[attr-defined]
               for nickname, name in ((a, b), (b, a)))


NICKNAME_SEX_NAMES = 2
"""The most names a nickname the census lacks may stand for and still take their sex (``_sex_or_nicknames_sex``)."""


@lru_cache(maxsize=_CACHED_NAMES)
def _sex_or_nicknames_sex(folded: str) -> str | None:
    """The census's sex of a given name, or for a nickname the census lacks ("Mick") and the table gives one name
    or one name and its other short form (Michael, Mike) the one sex of those (a man's); None when they differ
    ("Chris") or the nickname is of more names ("Jonny": John, Jon, Jonathan and three spellings, so that a
    "Jonny Doe" and a "John Doe" stay two people as before)."""
    sex = given_name_sexes().get(folded)
    if sex is not None:
        return sex
    names = _nicknamer().canonicals_of(folded)
    if len(names) > NICKNAME_SEX_NAMES:
        return None
    sexes = {given_name_sexes().get(name) for name in names} - {None}
    return next(iter(sexes)) if len(sexes) == 1 else None


@lru_cache(maxsize=_CACHED_NAMES)
def may_be_same_given_name(first: str, second: str) -> bool:
    """Looser than ``same_given_name``: "Rafa" and Rafael, "Ken" and Kenny, "Rob" and Robert (one the start of
    the other, at most three letters short), "Ted" and Edward (a nickname of several names and one of them),
    for twins told apart by other evidence. "Andy" is not Andrea."""
    a, b = first.casefold(), second.casefold()
    if a == b or same_given_name(a, b):
        return True
    if is_initial(first) or is_initial(second):
        return False
    namer = _nicknamer()
    if (b in namer.canonicals_of(a) or a in namer.canonicals_of(b)) and (  # type: ignore[attr-defined]
            _sex_or_nicknames_sex(a) == _sex_or_nicknames_sex(b) is not None):
        # "Ted" and Edward ("Ted" is also Theodore's; the callers ask that no other name fits), both men's
        # names in the census; not "Andy" and Andrea.
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.startswith(short) and len(long) - len(short) <= 3


def is_capitalised_word(token: str) -> bool:
    return bool(token) and token[0].isupper()


def is_all_caps(text: str) -> bool:
    letters = [character for character in text if character.isalpha()]
    return len(letters) > 1 and all(character.isupper() for character in letters)


SURNAMES_AMONG_NOT_NAME_WORDS = frozenset(
    {"bank", "banks", "cape", "dear", "east", "west", "north", "south", "press", "lake", "stock", "risk", "grass"}
)
"""Words of ``NOT_NAME_WORDS`` that are also common surnames ("Jeremy Dear", "Mike Lake", "Sam West"): a name still
when a known given name comes first and the word last (``_given_name_then_surname``); at the start or inside a
longer run they stay a place's, a bank's or a paper's ("West Dereham", "Jane Doe Bank").
"Bridge" is left out: after a given name it is more often a bridge ("Victoria Bridge") than a person."""


def _given_name_then_surname(words: Sequence[str]) -> bool:
    """Two words, or two with surname particles between ("Rob Da Bank"), the first a known given name."""
    return (len(words) >= 2 and words[0].casefold() in given_names()
            and all(word.casefold() in SURNAME_PARTICLES for word in words[1:-1]))


@lru_cache(maxsize=_CACHED_NAMES)
def is_plausible_person_name(surface: str) -> bool:
    """Whether a written form could be a person's name: capitalised words, no digits, no words that
    belong to places, organisations or sentence openings, not shouted in capitals."""
    cleaned = clean_surface(surface)
    if not cleaned or _HAS_DIGIT.search(cleaned) or len(cleaned) > 60:
        return False
    if any(character in cleaned for character in "@/&+=#_|<>\"“”:"):
        return False  # a colon ends a label ("Barton Town: Doe, Roe" of a team sheet), never inside a name
    parsed = parse_name(cleaned)
    words = [*parsed.given, *parsed.surname.split()]
    if not words or len(words) > 5:
        return False
    for word in words:
        if word.lower() in SURNAME_PARTICLES and word is not words[-1]:
            continue
        if word is not words[-1] and _POSSESSIVE.search(word):
            return False  # "Jane Doe's Underground": a possessive inside is a title's, not a name's
        if not is_capitalised_word(word) or word.endswith(("-", "–")):
            return False  # "Doe- Roe": a hyphen left hanging by a line break joins two names, not one
        if is_initial(word):
            continue  # "A." and "I." are initials here, not the article or the pronoun
        bare = word.strip(".").lower()
        if bare in NOT_NAME_WORDS and not (bare in SURNAMES_AMONG_NOT_NAME_WORDS and _given_name_then_surname(words)):
            return False
        if bare in COURTESY_TITLES and len(words) == 1:
            return False
        if "-" in word and any(part.islower() and len(part) > 3 and part in common_words()
                               for part in word.split("-")[1:]):
            return False  # "Oscar-nominated", "London-based": a description, not a name
        if is_all_caps(word) and (len(word.replace(".", "").replace("'", "")) > 2
                                  or (word is words[-1] and not _ROMAN_NUMERAL.match(word))):
            return False  # shouted, or letters where a surname should be ("Graz AK")
    return not all(is_initial(word) for word in words)
