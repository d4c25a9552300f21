"""Which person page each name an article gives goes to, decided across the archive.

Inference names each person once per article under the fullest name that article gives. Across articles
the same person can still come out under several names, and some names are no one's page:

- **a word stuck on the front**: "Actor Jane Doe" or "Nevertheless Jane Doe" beside "Jane Doe" joins
  "Jane Doe" when the leading word is not a known given name;
- **case twins**: "Jane de Vere" and "Jane De Vere" are one page, under the spelling most articles use;
- **a father and a son**: "Jane Doe Jr" (the generational letters kept in the name by inference) and "Jane Doe"
  or "Jane Doe Sr" are two pages: no twin rule joins names of two generations;
- **swapped twins**: "Yimou Zhang" and "Zhang Yimou" are one page when neither word is a known given name;
- **nickname twins**: "Dave Doe" and "David Doe" are one page when the given names are a name and its
  nickname (the ``nicknames`` package's table) and the two appear in the same folder of the archive;
- **spelling twins**: "Nicoals Doe" and "Nicolas Doe" are one page when they are the only two pages of that
  surname in the same folders and their given names (five letters or more, middle names too) are one letter
  or one swap apart; under a surname the census does not know, in any folders, and "Costas"/"Kostas" too;
- **surname slips**: "Sara Cliperton" joins "Sara Clipperton" when the surnames are one letter or one swap
  apart (same first letter), the given names the same, and "Sara Clipperton" the one such page of the same
  folders, named in twice the articles at least;
- **context twins**: "Sara Cliperton" and "Sara Clipperton" named as often, or "Sraa Doe" and "Sara Doe", are one
  page when their articles (never one article) name the same body or two of the same people, and each is the
  other's one such name (``_join_context_twins``);
- **rare slips**: "Elene Likhotseva" and "Elena Likhovtseva", "Mikhail Khordokovsky" and "Mikhail Khodorkovsky" are one
  page when both surnames are rare (no census surname, seven letters at least) and the whole names two letters
  apart in the same folders, never in one article, each the other's only such name (``_join_rare_name_slips``);
- **a double surname alone**: "Farina Doe" (or "Van Doe" at a sentence start) joins "Jane Farina Doe" when
  "Farina" is no known given name (or "Van" a particle) and one page of the same folders ends with it;
- **a double surname without its hyphen**: "Nicholas Letch" joins "Jo Nicholas-Letch" when she is the one page of
  the same folders with that surname;
- **fitting twins**: "Rafa Doe" and "Rafael Doe", "Jose Doe" and "Jose Maria Doe", "Jane de Doe" and "Jane
  Doe", two spellings of a nickname ("Nikki"/"Nicky Doe"), a given name a scanner misread ("Cohn"/"Colin Doe"),
  a nickname of names of both sexes and one of them ("Chris"/"Christopher Doe", unless a title says "Mrs")
  join when each is the only page of that surname in the same folders that the other fits;
- **words run together**: "CountyCouncillorJane Doe" joins "Jane Doe"; with no such page it gets none;
- **a surname alone** ("Doe", "Mr Doe" with no full name in its article, "van Vere") joins the one person
  with that surname the archive names in full in the same folders, when that person is clearly the one
  (at least ``SURNAME_DOMINANCE`` times as many articles as the next); otherwise it gets no page: a bare
  surname or a bare first name says too little to be a page of its own;
- **a surname alone, article by article**: one with no page as a name ("Blair" of sport line-ups and of
  politics) joins, in one article, the person of that surname its folder names most in full around its date,
  when that is clear (``_surnames_per_article``; ``Catalogue.person_slugs`` keys it by name and article);
- **two letters of a team sheet**: "Mi Doe" joins "Milo Doe" when an article naming it names another Doe under two
  other letters ("Ma Doe": how a sheet tells brothers apart) and he is clearly the one such Doe of the same folders
  (``_join_sibling_abbreviations``);
- **initials**: "J Doe" joins "Jane Doe" when she is clearly the one Doe with that initial in the same folders,
  and gets no page when two or more fit and none is clearly the one;
- **known by a middle name**: "S J Doe" joins "Jane Doe" when no Doe of the same folders fits the first initial and
  she is the one Doe that fits a later one, of no other sex (``_join_by_a_later_initial``);
- **sound-alike spellings**: "Kit Stephenson" and "Kit Stevenson", "Ann Rozier" and "Anne Rossier" are one page when
  the names spell the same sounds (``sound_key``: "ph" for "v", "z" for "s", doubled letters single) in the same
  folders, never in one article, each the other's only such name (``_join_sound_alike_twins``);
- none of the spelling joins (slips, context twins, rare slips, sound-alikes) joins two names whose titles say two
  callings and none in common ("Dr Jane Dee", "Cllr Jane Doe": ``_callings_differ``);
- **a middle initial dropped**: "Jane Doe" joins "Jane Q Doe" when that is the one such page of the same folders
  and it has twice the articles at least;
- **a peer** known only as "Lord Doe" gets the page "Lord Doe" when the surname alone would get none;
- **a firm**: a name the archive also gives with a firm's legal ending as an organisation ("Jane Doe Ltd",
  ``Article.organisations``) gets no page, unless some article gives it a title ("Mrs Doe");
- **a work or a character**: a name some article writes only where news writes a work, a band, a firm or a
  fictional character ("starred in Jane Doe", "the TV series Jane Doe", "Jane Doe star Ann Roe": ``Article.works``)
  gets no page, unless some article gives it a title, a role or a quotation, or names it as a person in more than
  ``WORK_SHARE`` times as many articles;
- **not a person**: a name the model calls an organisation, place or work (``Article.other_entities``) in
  at least twice as many articles as it calls it a person, and in three at the least ("Deutsche Bank"),
  gets no page, unless it starts with a known given name (then only at ``NAMED_THING_EVIDENCE`` articles and
  ``NAMED_THING_SHARE`` times as many, with no title, role or quotation: a film named after its heroine); nor
  does one the model also calls an organisation or
  work in every article naming it, with an ordinary English word in it and no title, role or quotation ("Time
  Warner said"); nor does a name that starts or ends with the place of
  a council the archive names ("Ayton Parva", "Ayton Row", "Church Ayton" beside "Ayton Parish Council"),
  unless it starts with a known given name; nor does a name ending in a street's or place's word ("Ayton Green")
  named in two articles or more, none giving it a title, a role or a quotation, its first word no given name;
  nor does a name every article gives on the model's label alone, its first word no given name of any country
  (``Article.unsupported``), where other articles label spans opened by that word a thing in
  ``FIRST_WORD_THING_EVIDENCE`` articles at the least and more often than a person ("Ayton Corsa" where "Ayton
  Motors" is a firm), unless a title, role, quotation or line-up says person.

- **namesakes**: a page of a full name whose articles tie it to two bodies of one kind at the same time, with no
  article tying it to both, is two pages, "Jane Doe (Ayton Parish Council)" and "Jane Doe (Beeton Town Council)",
  keyed by article as surnames alone are (``namesakes.py``, ``_split_namesakes``); so is a page of one full name
  whose articles lie in two sections with no person or body in common and posts on one side at least, "Jane Doe
  (Ayton Rovers)" and "Jane Doe (politics)" (``namesakes.split_by_sections``); so is one whose articles call it by
  two sports' positions, "Jane Doe (football)" and "Jane Doe (rugby)" (``namesakes.split_by_sport``), or give it
  ages that, with the articles' dates, tell births years apart, a father and a son (``namesakes.split_by_age``).

Reads, of each article, only what ``name_tables`` gathers: its people's names and titled forms, its file's folder
and date, its council names, ``organisations``, ``other_entities``, ``works``, ``unsupported``, its roles and the
people of its quotations; and the first words the model opens a thing's or a person's span with (``thing_words``,
``person_words``), read only for the names of ``unsupported`` (``first_words_read``).

**In groups.** Every rule compares names that share a key (a surname's last word, the words of a two-word name, a
surname a letter off under the same given names, ...: ``group_keys``), so the names fall into groups no rule looks
across (``name_groups``: 3,658 groups of 15,862 names at 10,000 BBC articles, the largest 1,235), and a group's pages
are a function of its own names' rows (``decide_group``). ``page_names`` decides every group; linking in part
(``cuttings/link.py``) finds only the groups a change reaches, through the names' keys kept from the last link
(``KeyIndex``), reads only their names' rows (from the articles ``KeyIndex.read`` says they are read from), decides
them again and takes the rest from the last catalogue: at 10,000 BBC articles an edit naming someone new, a deletion
or a headline links in 0.43-0.75 s of CPU, against 0.86-1.2 s when every name was parsed, keyed and grouped and
``name_tables`` read every article (in process, the same edits, back to back). ``tests/unit/test_name_groups.py``
checks that deciding all names as one group gives the same pages (so the keys miss no pair a rule compares: removing
any kind of key fails it) and that linking in part after random edits, through the kept keys, equals a full link;
on the 10,000 articles the grouped decision equals the whole one.
"""

from __future__ import annotations

import datetime as dt
import itertools
import marshal
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from posixpath import dirname

from nicknames import NickNamer
from rapidfuzz.distance import OSA

from cuttings.analysis.namesakes import (
    FORMER,
    GENERIC_CALLINGS,
    NOTHING_TELLS_APART,
    SPORT_SECTIONS,
    AgeArticle,
    ArticleOfName,
    Parts,
    SectionArticle,
    SportArticle,
    article_of_name,
    born_in,
    fields_of,
    split_by_age,
    split_by_fields,
    split_by_sections,
    split_by_sport,
    split_name,
    sports_of,
)
from cuttings.infer.names import (
    COURTESY_TITLES,
    JUDGES_TITLES,
    SURNAME_PARTICLES,
    ParsedName,
    clear_given_name_sexes,
    generation_of,
    given_name_sexes,
    given_names,
    is_census_surname,
    is_common_surname,
    is_common_word,
    is_common_word_not_common_surname,
    is_initial,
    is_nickname_or_its_name,
    is_world_given_name,
    judges_title,
    may_be_same_given_name,
    name_key,
    normalise_title,
    office_of_titles,
    parse_name,
    same_given_name,
    sex_of_titles,
)
from cuttings.infer.wordlists import PLACE_ENDINGS, PLACE_WORDS, SPORT_CALLINGS, STREET_WORDS
from cuttings.model import Article, PersonMention, RoleFact

JUDGE_OFFICE = "judge"
"""The office ``NameTables.offices`` records for a name some article writes with a judge's title."""
PEERAGE_TITLES = frozenset({"lord", "baroness", "viscount", "viscountess"})
"""Titles a peer is known by in place of a full name ("Lady", "Baron" and "Earl" are also parts of names)."""
TITLED_NOBILITY = PEERAGE_TITLES | {"lady"}
"""Titles that tell a surname alone is a peer, a peeress or a titled lady ("Lady Doe"), whom news names by the title:
such a surname joins only a full name some article writes with one of them (``NameTables.ennobled``)."""
KNIGHTS_TITLES = frozenset({"sir", "dame"})
"""Titles written before a given name alone ("Sir Jack"); a name of such a title and one given name gets no page."""
PLACE_EVIDENCE = 2
"""Articles that must name a name ending in a street's or place's word ("Green", "Lane"), its first word no given
name, with no title, role or quotation in any of them, before it gets no page: a person named in several articles
is given one of those somewhere; named once, too little is known either way."""
LINE_UP_SURNAMES = 7
"""People an article names by a bare surname only, never otherwise written (no "Mr", no initial), at the least,
for it to be read as a match report's line-ups (``cuttings/infer/people.py:TEAM_SHEET_LENGTH``): there a surname
alone is a player of the day. Minutes name councillors as "Mr Doe", "Cllr Doe": on the parish halves no article
counts, on the BBC development half 22, every one a match report."""
THING_EVIDENCE = 3
"""Articles in which the model must call a name a thing, at the least, before that name gets no page."""
NAMED_THING_SHARE = 3
NAMED_THING_EVIDENCE = 5
"""For a name that starts with a given name ("Jane Doe" the film, the brand): how many times as many articles must
call it a thing as name it as a person (``NAMED_THING_SHARE``), and in how many articles at the least
(``NAMED_THING_EVIDENCE``), with no title, role or quotation anywhere, before it gets no page. A person's name is a
thing's in some articles ("the Jane Doe Foundation", a film about her); a film or firm named after a person is a
thing in most. On the BBC development half it takes one page (a film the model calls a work in 8 articles, a person
in 1); the real people whose names the model labels a thing elsewhere there are labelled so in 1 to 3 articles."""
SURNAME_DOMINANCE = 3
"""How many times more articles the chosen full name must have than the next one with the same surname."""


def is_surname_only(name: str) -> bool:
    """One word, or a surname with its particles only ("van Vere", "Ten Cate", "Van der Vere": two particles in a
    row are a surname's, even when the first is capitalised and some people's given name, "Van")."""
    words = name.split()
    return len(words) == 1 or all(
        word.casefold() in SURNAME_PARTICLES
        and (word.islower() or word.casefold() not in given_names() or len(words) >= 3)
        for word in words[:-1]
    )


JOIN_REASONS = {
    "strip": "the name with a word before it",
    "case": "the name in other capitals",
    "swap": "the family name written first",
    "nickname": "a short form of the given name",
    "spelling": "the given name spelt a letter apart",
    "slip": "the surname spelt a letter apart",
    "context": "a name spelt a letter apart in articles on the same people or bodies",
    "rare": "a rare name spelt two letters apart",
    "fit": "a shorter or longer form of the given names",
    "prefix": "the given name cut short",
    "middle": "the name without its middle initial",
    "tail": "the surname without the given name",
    "hyphen": "the double surname without its hyphen",
    "initials": "initials and surname",
    "later initial": "initials, the person known by a later one",
    "sound": "the name spelt another way that sounds the same",
    "surname": "the surname alone",
}
"""Why a name written one way went to a page of another name: one short phrase per join, shown on the page."""


@dataclass(slots=True)
class NameTables:
    """What ``page_names`` reads of the articles, gathered in one pass: per name, and per article for line-ups."""

    counts: Counter[str] = field(default_factory=Counter)
    """Every person name -> the articles naming it, in the order the articles first name them."""
    folders: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    things: Counter[str] = field(default_factory=Counter)
    places: set[str] = field(default_factory=set)
    peerages: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    judges: dict[str, dict[int, str]] = field(default_factory=lambda: defaultdict(dict))
    """Each surname alone -> the articles writing it with a judge's title, and that title ("Lord Justice")."""
    titled_sexes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    offices: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # "police", "council"
    titled: set[str] = field(default_factory=set)
    ennobled: set[str] = field(default_factory=set)
    """Each name some article writes with a peer's title or "Lady" before it ("Lord Doe", "Lady Jane Doe"), a
    judge's "Lord Justice Doe" not counted."""
    firms: set[str] = field(default_factory=set)
    spoken_of: set[str] = field(default_factory=set)
    self_things: Counter[str] = field(default_factory=Counter)
    """Each name -> the articles that also call it an organisation, place or work."""
    works: Counter[str] = field(default_factory=Counter)
    """Each name -> the articles that write it only as a work, a character or a firm (``Article.works``)."""
    articles_of: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    people_at: list[set[str]] = field(default_factory=list)
    folder_at: list[str] = field(default_factory=list)
    date_at: list[dt.date | None] = field(default_factory=list)
    source_at: list[str] = field(default_factory=list)
    mentions_at: list[tuple[PersonMention, ...]] = field(default_factory=list)
    roles_at: list[tuple[RoleFact, ...]] = field(default_factory=list)
    councils_at: list[tuple[str, ...]] = field(default_factory=list)
    organisations_at: list[tuple[str, ...]] = field(default_factory=list)
    """Each article's roles, councils and organisations: what tells namesakes apart (``namesakes.py``)."""
    posts_at: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    """Each name -> the articles giving it a post, or writing a body beside it (``PersonMention.bodies``)."""
    office_at: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    """Each name -> the articles writing it with a councillor's title or a police rank."""
    title_words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """Each name -> the words any article writes before it (``_title_words``: "dr", "mr", "captain")."""
    line_ups: set[int] = field(default_factory=set)
    parsed: dict[str, ParsedName] = field(default_factory=dict)
    unsupported: Counter[str] = field(default_factory=Counter)
    """Each name -> the articles giving it on nothing but the model's label, its first word no given name
    (``Article.unsupported``)."""
    thing_word_at: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    """Each first word of ``Article.thing_words`` -> the articles in which a span it opens is a thing."""
    person_word_at: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    """Each first word of ``Article.person_words`` -> the articles in which a span it opens is a person."""


def name_tables(articles: Sequence[Article], parsed: Mapping[str, ParsedName] | None = None) -> NameTables:
    """Everything the page decision reads of ``articles``, in one pass over them; each name parsed (or taken from
    ``parsed``)."""
    tables = NameTables()
    bare: dict[str, bool] = {}  # is_surname_only of each name, once: names repeat across the archive
    for position, article in enumerate(articles):
        folder = dirname(article.source_file)
        # In the article's order, not a set's: the order names are first counted in must not follow string hashing.
        names = list(dict.fromkeys(person.name for person in article.people))
        name_set = set(names)
        for person in article.people:
            if person.aliases:
                tables.title_words[person.name].update(_title_words(person.aliases, person.name))
            for alias in person.aliases:
                if (sex := sex_of_titles(alias.split()[:1])) is not None:
                    tables.titled_sexes[person.name].add(sex)
                if (office := office_of_titles(alias.split()[:1])) is not None:
                    tables.offices[person.name].add(office)
                    tables.office_at[person.name].add(position)
                judge = alias.endswith(" " + person.name) and judges_title(alias[:-len(person.name)].split())
                if judge:  # "Lord Justice Doe", "Mr Justice Doe": a judge, and no peer
                    tables.offices[person.name].add(JUDGE_OFFICE)
                    if " " not in person.name:
                        tables.judges[person.name].setdefault(position, _judges_title(alias[:-len(person.name)]))
                if not judge and _ennobled(alias, person.name):
                    tables.ennobled.add(person.name)
                title = alias.split()[0].casefold()
                if title.rstrip(".") in COURTESY_TITLES:
                    tables.titled.add(person.name)
                if (title in PEERAGE_TITLES and " " not in person.name and alias.endswith(" " + person.name)
                        and not judge):
                    tables.peerages[person.name].add(alias.split()[0].capitalize())
        tables.people_at.append(name_set)
        tables.folder_at.append(folder)
        tables.date_at.append(article.date)
        tables.source_at.append(article.source_file)
        tables.mentions_at.append(article.people)
        tables.roles_at.append(article.roles)
        tables.councils_at.append(article.councils)
        tables.organisations_at.append(article.organisations)
        if len(names) >= LINE_UP_SURNAMES and sum(
                not person.aliases and (bare[person.name] if person.name in bare
                                        else bare.setdefault(person.name, is_surname_only(person.name)))
                for person in article.people) >= LINE_UP_SURNAMES:
            tables.line_ups.add(position)  # a match report's line-ups: its surnames alone are the players of the day
        for name in names:
            tables.counts[name] += 1
            tables.folders[name].add(folder)
            tables.articles_of[name].add(position)
        # Only where the article does not also make the same words a person: the model's label for a span
        # a rule found to be a person is no evidence against it.
        tables.things.update(set(article.other_entities) - name_set)
        # The same words the model also calls an organisation, place or work in this very article.
        tables.self_things.update(name_set & {*article.other_entities, *article.organisations})
        tables.works.update(article.works)
        tables.unsupported.update(set(article.unsupported) & name_set)
        for word in article.thing_words:
            tables.thing_word_at[word].add(position)
        for word in article.person_words:
            tables.person_word_at[word].add(position)
        tables.places.update(place for council in article.councils if (place := council_place(council)))
        tables.firms.update(firm for organisation in article.organisations if (firm := _firm_name(organisation)))
        tables.spoken_of.update(fact.person for fact in (*article.roles, *article.quotes))
        for role in article.roles:
            tables.posts_at[role.person].add(position)
        for person in article.people:
            if person.bodies:  # "Jane Doe of Ayton Harriers": tied to a body as by a post
                tables.posts_at[person.name].add(position)
    # Once each: names outnumber parse_name's cache.
    tables.parsed = {name: parsed[name] if parsed is not None else parse_name(name) for name in tables.counts}
    return tables


def names_read(article: Article) -> set[str]:
    """The names whose rows of ``NameTables`` the article adds to (the places of its councils aside)."""
    return {*(person.name for person in article.people), *article.other_entities, *article.works,
            *(firm for organisation in article.organisations if (firm := _firm_name(organisation))),
            *(fact.person for fact in (*article.roles, *article.quotes))}


@cache
def _slip_variants(word: str) -> tuple[str, ...]:
    """The word and every word it makes with a letter out (``_slip_candidates``), once each surname."""
    return tuple({word, *(word[:cut] + word[cut + 1:] for cut in range(len(word)))})


def group_keys(name: str, parsed: ParsedName) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The keys the rules below file ``name`` under (``emitted``) and look it up by (``probed``): two names can
    meet in a rule only if one emits a key the other emits or probes. ``name_groups`` joins names by them."""
    words = name.split()
    given, surname = parsed.given, name_key(parsed.surname)
    emitted: list[tuple[str, ...]] = [("name", name_key(name))]
    if not surname or words[-1] not in parsed.post_nominals:
        # Letters after a name ("Jr", "Sr") are no surname: every rule reads the surname's word, and a key of the
        # letters made one group of every "Jr" and the surnames they bear (12,000 of the 37,000 names of the
        # 50,000-article benchmark, where 878 without it: an edit naming one of them decided them all again).
        emitted.append(("word", name_key(words[-1]).casefold()))
    probed: list[tuple[str, ...]] = []
    if surname:
        emitted.append(("word", surname.split()[-1].casefold()))
    if len(words) == 2 and not any(word.casefold() in given_names() for word in words):
        emitted.append(("swap", *sorted(word.casefold() for word in words)))  # _join_swapped_twins
    if "-" in parsed.surname:
        emitted.append(("hyphen", parsed.surname.casefold()))  # _join_unhyphenated_surnames
    if len(words) in (2, 3):
        probed.append(("hyphen", "-".join(words[-2:]).casefold()))
    if given and len(parsed.surname) >= 4:  # _join_surname_slips
        given_key = name_key(" ".join(given))
        emitted.extend(("slip", given_key, variant) for variant in _slip_variants(surname))
    if given and _rare_slip_surname(parsed.surname):  # _join_rare_name_slips
        initial = name_key(given[0])[:1]
        emitted.extend(("rare slip", initial, variant) for variant in _slip_variants(_bare(parsed.surname)))
    if given and surname and not is_initial(given[0]):  # _join_sound_alike_twins
        emitted.append(("sound", *sound_keys(parsed)))
    if given and surname:  # _join_initial_surname_slips
        initial = given[0][:1].casefold()
        keys = [("initial slip", initial, variant) for variant in _slip_variants(surname)]
        (emitted if all(is_initial(each) for each in given) else probed).extend(keys)
    return emitted, probed


def reads_of(article: Article | None) -> dict[str, set[str]]:
    """What ``article`` gives (nothing for None) the tables every group's decision looks in, by kind: the names whose
    rows it adds to (``names_read``), the places of its councils (``NameTables.places``) and the first words of the
    names it gives on the model's label alone (``Article.unsupported``). Not the first words it opens spans with
    (``first_words_read``): every article gives some, and only those rare names read them (at 50,000 BBC articles,
    556,000 rows of 6,476 words, which would double the index's unpickling)."""
    if article is None:
        return {"names": set(), "places": set(), "unsupported": set()}
    return {"names": names_read(article),
            "places": {place for council in article.councils if (place := council_place(council))},
            "unsupported": {first_word_of(name) for name in article.unsupported}}


Key = tuple[str, ...]


@dataclass(slots=True)
class KeyIndex:
    """Each key of ``group_keys`` -> the names emitting it and the names probing it, for every name indexed so far
    (``names``; names no article gives any more among them: ``name_groups`` skips them, and indexes a name it
    lacks), and where names are read (``read``). Kept with the linked catalogue (``cuttings/relink.py``), it spares
    an edit parsing and keying every name again: at 10,000 BBC articles 0.35 s of CPU (parsing 15,900 names, keying
    them, indexing 270,000 keys) against 0.1 s to unpickle it, which only a build that groups names pays (``unpack``).
    ``tests/unit/test_name_groups.py`` checks groups found through an index kept across edits (stale names and
    all) equal groups found afresh; ``tests/unit/test_relink.py`` that the store gives back the index it saved."""

    emitters: dict[Key, list[str]] = field(default_factory=dict)
    probers: dict[Key, list[str]] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)
    added: dict[str, tuple[list[Key], list[Key]]] = field(default_factory=dict)
    """The names indexed since the index was pickled, and their keys (``cuttings/relink.py`` saves them in its
    patch and gives them back here, to be indexed when the index is unpacked)."""
    packed: bytes | None = None
    """``emitters``, ``probers``, ``names`` and ``read`` marshalled (``__reduce__``), until ``unpack``: a text edit
    groups no names, and so never pays for loading them. ``marshal`` loads them in 0.145-0.18 s of CPU at 50,000 BBC
    articles, ``pickle`` in 0.17-0.21 s (and dumps them in half the time)."""
    read: dict[str, dict[str, list[str]]] | None = None
    """Per kind of ``reads_of``, each thing the articles give -> the files giving it, kept up to date by ``reread``:
    which articles a group's rows are read from, without reading every article's names (0.05 s of CPU at 10,000 BBC
    articles, 0.39 s at 50,000); lists, which load in two thirds of the time sets do. None until made
    (``read_all``). ``tests/unit/test_name_groups.py`` checks rows kept through the store equal rows made afresh."""
    changed: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    """The rows of ``read`` changed since the index was pickled (empty: gone), saved and given back as ``added`` is."""

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled without ``added`` and ``changed``, and unpickled as ``packed`` (plain dicts, lists and sets)."""
        self.unpack()
        return KeyIndex, ({}, {}, set(), {}, marshal.dumps((self.emitters, self.probers, self.names, self.read)))

    def unpack(self) -> None:
        """Make ``emitters``, ``probers``, ``names`` and ``read`` usable: unpickled, with ``added`` and ``changed``."""
        if self.packed is not None:
            self.emitters, self.probers, self.names, self.read = marshal.loads(self.packed)
            self.packed = None
            for name, keys in self.added.items():
                if name not in self.names:
                    self._index(name, keys)
            for (kind, key), files in self.changed.items() if self.read is not None else ():
                self.read[kind][key] = files
                if not files:
                    del self.read[kind][key]

    def read_all(self, articles: Sequence[Article]) -> None:
        """``read`` made afresh from ``articles``, every row of the last one changed (linked in full from an index
        kept in the store: ``changed`` must take the store's rows to these)."""
        self.unpack()
        self.changed.update(((kind, key), []) for kind, rows in (self.read or {}).items() for key in rows)
        self.read = {kind: {} for kind in reads_of(None)}
        for article in articles:
            self.reread(article.source_file, None, article)

    def reread(self, source_file: str, was: Article | None, now: Article | None) -> None:
        """Move ``source_file``'s rows of ``read`` from what ``was`` gives to what ``now`` gives (None: the article
        added or removed)."""
        old, new = reads_of(was), reads_of(now)
        for kind, rows in self.read.items():  # type: ignore[union-attr]
            for key in old[kind] ^ new[kind]:
                files = self.changed[kind, key] = rows.setdefault(key, [])
                (files.append if key in new[kind] else files.remove)(source_file)
                if not files:
                    del rows[key]

    def add(self, name: str, keys: tuple[list[Key], list[Key]]) -> None:
        """Index ``name`` under its keys (``group_keys``)."""
        self.unpack()
        self.added[name] = keys
        self._index(name, keys)

    def _index(self, name: str, keys: tuple[list[Key], list[Key]]) -> None:
        self.names.add(name)
        emitted, probed = keys
        for key in emitted:
            self.emitters.setdefault(key, []).append(name)
        for key in probed:
            self.probers.setdefault(key, []).append(name)

    def kept(self, names: Collection[str]) -> KeyIndex:
        """The index of ``names`` alone (``read`` whole), nothing added since: what is worth saving whole."""
        self.unpack()
        wanted = set(names)
        if self.names <= wanted:  # every name kept (a clean build's index): the same index, nothing filtered
            return KeyIndex(self.emitters, self.probers, self.names, read=self.read)
        index = KeyIndex(names=self.names & wanted, read=self.read)
        for mine, theirs in ((self.emitters, index.emitters), (self.probers, index.probers)):
            for key, indexed in mine.items():
                if kept := [name for name in indexed if name in index.names]:
                    theirs[key] = kept
        return index


def name_groups(names: Iterable[str], parsed: Mapping[str, ParsedName] | None = None,
                reached: Collection[str] | None = None, index: KeyIndex | None = None,
                first: Mapping[str, tuple[int, int]] | None = None) -> list[list[str]]:
    """The names in groups no rule of ``page_names`` looks across: names sharing a key (``group_keys``),
    transitively, each group in the order of ``names`` and the groups in the order of their first names. Each
    group's pages are decided from its own names' rows alone (``decide_group``), so a change needs deciding again
    only the groups of the names it reaches: with ``reached``, only the groups of those names and, for a name no
    longer in ``names``, of the names emitting or probing a key of it (its group may have split). Names are parsed,
    or taken from ``parsed``; keyed through ``index``, which gains the names it lacks. With ``first`` (a name ->
    where the archive first gives it, only looked up: ``cuttings/link.py``), ``names`` is not read."""
    order: Mapping[str, object] = first if first is not None else {name: at for at, name in enumerate(names)}
    known: dict[str, tuple[list[Key], list[Key]]] = {}

    def keys(name: str) -> tuple[list[Key], list[Key]]:
        if name not in known:
            known[name] = group_keys(name, parsed[name] if parsed is not None and name in parsed else parse_name(name))
        return known[name]

    index = index if index is not None else KeyIndex()
    index.unpack()
    for name in [name for name in (order if reached is None else reached) if name in order and name not in index.names]:
        index.add(name, keys(name))
    emitters, probers = index.emitters, index.probers
    starts = list(order) if reached is None else [name for name in reached if name in order]
    for name in () if reached is None else [name for name in reached if name not in order]:
        emitted, probed = keys(name)
        starts.extend(other for key in (*emitted, *probed) for other in (*emitters.get(key, ()), *probers.get(key, ()))
                      if other in order)
    seen: set[str] = set()
    # Each key's emitters and probers are walked once: every name of them is then seen (or given by no article),
    # where walking them again for each name met cost 0.2 s more of CPU in a group of 12,000 names at 50,000
    # articles (``benchmarks/README.md``, p17y; ``tests/unit/test_name_groups.py`` checks the groups).
    walked: tuple[set[Key], set[Key]] = set(), set()
    groups: list[list[str]] = []
    for start in starts:
        if start in seen:
            continue
        seen.add(start)
        group, waiting = [start], [start]
        while waiting:  # a name meets the names emitting a key it emits or probes, and those probing a key it emits
            emitted, probed = keys(waiting.pop())
            met = [emitters.get(key, ()) for key in (*emitted, *probed) if key not in walked[0]]
            met.extend(probers.get(key, ()) for key in emitted if key not in walked[1])
            walked[0].update(emitted, probed)
            walked[1].update(emitted)
            for other in itertools.chain.from_iterable(met):
                if other not in seen and other in order:
                    seen.add(other)
                    group.append(other)
                    waiting.append(other)
        groups.append(sorted(group, key=order.__getitem__))  # type: ignore[arg-type]
    return sorted(groups, key=lambda group: order[group[0]])  # type: ignore[return-value]


def first_words_read(article: Article) -> set[str]:
    """The first words whose rows of ``NameTables`` (``thing_word_at``, ``person_word_at``) the article adds to: kept
    apart from ``names_read``, since only the names some article gives on the model's label alone
    (``Article.unsupported``) read them: ``cuttings.link`` looks them up in the few articles a change reaches, and
    scans for a word only when a name opening with it is decided again."""
    return {*article.thing_words, *article.person_words}


def first_word_of(name: str) -> str:
    """A name's first word as ``Article.thing_words`` keeps it (``name_key``)."""
    return name_key(name.split()[0]) if name else ""


FIRST_WORD_THING_EVIDENCE = 2
"""Other articles in which the model must label a span opened by a name's first word a thing ("Ayton" or "Ayton
Motors" an organisation), at the least and more than it labels such a span a person, before a name only the model
calls a person (``Article.unsupported``) loses its page. Once is the model's slip; on the BBC development half
(1,098 articles) this takes "Vauxhall Corsa" (the first word a thing in 3 other articles, a person in none),
"Millennium Alcobev" (3, 0) and "Lemony Snicket" (a pen name and its film: 2, 1), and none of the 50-odd real
people of the same kind ("Dafydd Wigley", "Shola Ameobi": 0 or 1 each)."""


def _first_word_a_thing_in_the_archive(name: str, tables: NameTables) -> bool:
    """Every article giving the name gives it on the model's label alone, its first word no given name
    (``Article.unsupported``), and the other articles label spans the first word opens a thing more often than a
    person, in ``FIRST_WORD_THING_EVIDENCE`` at the least: "Ayton Corsa" where "Ayton" alone or "Ayton Motors" is
    a firm elsewhere. Reads the name's own rows and its first word's (``first_words_read``); a title, role or
    quotation anywhere keeps the page, and so does a match report's line-up (``NameTables.line_ups``): its entries
    are players, and the model calls a one-word footballer's name ("Juninho") an organisation as often as not."""
    count = tables.counts[name]
    if not count or tables.unsupported[name] < count or name in tables.titled or name in tables.spoken_of:
        return False
    own = tables.articles_of[name]
    if not own.isdisjoint(tables.line_ups):
        return False
    word = first_word_of(name)
    things = len(tables.thing_word_at.get(word, set()) - own)
    return things >= FIRST_WORD_THING_EVIDENCE and things > len(tables.person_word_at.get(word, set()) - own)


WORK_SHARE = 10
"""A name some article writes only as a work, a character or a firm (``Article.works``) gets no page unless the
archive names it as a person in more than this many times as many articles: a cap, so that one odd sentence does
not take the page of someone named everywhere (on the BBC development half the names it removes are named as a
person in 1 to 9 articles, against 1 or 2 written as a thing)."""


def page_names(articles: Sequence[Article], reasons: dict[str, str] | None = None,
               per_article: dict[tuple[str, str], str] | None = None,
               evidence: dict[str, str] | None = None) -> dict[str, str | None]:
    """Every person name the articles give -> the name of its page, or None when it gets no page.

    With ``reasons``, each name that goes to a page of another name gets the ``JOIN_REASONS`` phrase of the
    join that sent it there (the first one when it went through several). With ``per_article``, a surname alone
    that gets no page as a name may still get one in a given article: (source file, name) -> page name
    (``_surnames_per_article``), or a full name whose page was split between namesakes (``namesakes.py``). With
    ``evidence``, each page's sentence on what makes its articles one person."""
    tables = name_tables(articles)
    pages: dict[str, str | None] = {}
    why: dict[str, str] = {}
    here: dict[tuple[str, str], str] = {}
    for group in name_groups(tables.counts, tables.parsed):
        decide_group(tables, group, pages, why, here, evidence)
    if reasons is not None:
        reasons.update((name, why[name]) for name in tables.counts if name in why)
    if per_article is not None:
        per_article.update(sorted(here.items()))
    return {name: pages[name] for name in tables.counts}


def decide_group(tables: NameTables, names: list[str], pages: dict[str, str | None], reasons: dict[str, str],
                 per_article: dict[tuple[str, str], str], evidence: dict[str, str] | None = None) -> None:
    """The pages of one group of ``name_groups`` into ``pages``, why names were joined into ``reasons``, the
    pages of surnames alone article by article into ``per_article`` (``_surnames_per_article``), and of full names
    whose page is split between namesakes (``_split_namesakes``), with each page's ``evidence``:
    read from the rows of these names alone (and the places of councils), so the same whatever other names the
    archive gives."""
    counts = Counter({name: tables.counts[name] for name in names})
    folders, things, titled, parsed = tables.folders, tables.things, tables.titled, tables.parsed
    resolved: dict[str, str | None] = {}
    full = [name for name in names if not is_surname_only(name)]
    for name in full:
        words = name.split()
        if len(words) == 2 and words[0].casefold() in KNIGHTS_TITLES:
            resolved[name] = None  # "Sir Jack" alone says too little to be a page, as a bare first name does
            continue
        if name in tables.firms and name not in titled:
            resolved[name] = None  # "Jane Doe" where the archive names "Jane Doe Ltd", and no one "Ms Doe": a firm
            continue
        if (tables.works[name] and WORK_SHARE * tables.works[name] >= counts[name] and name not in titled
                and name not in tables.spoken_of):
            resolved[name] = None  # "starred in Jane Doe" somewhere, and nowhere a title, a role or a quotation
            continue
        if _event_or_venue_named(name, titled, tables.spoken_of):
            resolved[name] = None  # "Ayton Quiz", "Jane Fete": an event or a venue, whatever word comes first
            continue
        if (things[name] >= max(NAMED_THING_EVIDENCE, NAMED_THING_SHARE * counts[name]) and name not in titled
                and name not in tables.spoken_of):
            resolved[name] = None  # a film or a firm named after someone ("Jane Doe won best film"), even so named
            continue
        if _first_word_a_thing_in_the_archive(name, tables):
            resolved[name] = None  # "Ayton Corsa" on the model's word alone, where other articles make "Ayton" a firm
            continue
        if _street_the_model_calls_a_place(name, things[name], titled, tables.spoken_of):
            resolved[name] = None  # "Jane Lane" of "the footpath to Jane Lane", which other articles call a place
            continue
        if _starts_with_given_name(name):
            continue
        if _ordinary_word_after_no_given_name(name, titled, tables.spoken_of):
            resolved[name] = None  # "Ayton Lavender", "Handsome Jack": a thing or a place, no one's name
            continue
        if (counts[name] >= PLACE_EVIDENCE and name.split()[-1].casefold() in STREET_WORDS
                and name not in titled and name not in tables.spoken_of):
            resolved[name] = None  # "Ayton Green" in several articles, never a title, a role or a quotation: a place
            continue
        if things[name] >= max(THING_EVIDENCE, 2 * counts[name]) or _names_a_council_place(name, tables.places):
            resolved[name] = None
            continue
        if (tables.self_things[name] == counts[name] and name not in titled and name not in tables.spoken_of
                and any(is_common_word_not_common_surname(word) for word in name.split())):
            # "Time Warner said", "Vanity Fair": the model's organisation or work too wherever it is named, and an
            # ordinary word in it; a foreign name the model labels both ways ("Cristian Stoica") has no such word.
            resolved[name] = None
    _unglue_words(full, counts, resolved)
    why: dict[str, str] = {}

    def joined_by(reason: str) -> None:
        for name, target in resolved.items():
            if target is not None and target != name and name not in why:
                why[name] = JOIN_REASONS[reason]

    titled_sexes = tables.titled_sexes
    _strip_leading_words(full, counts, resolved)
    joined_by("strip")
    _join_case_twins(full, counts, resolved)
    joined_by("case")
    _join_swapped_twins(full, counts, resolved)
    joined_by("swap")
    _join_nickname_twins(full, counts, folders, resolved, parsed, tables)
    joined_by("nickname")
    _join_spelling_twins(full, counts, folders, resolved, parsed)
    joined_by("spelling")
    _join_surname_slips(full, counts, folders, resolved, parsed, tables.title_words)
    _join_initial_surname_slips(full, counts, folders, resolved, parsed)
    joined_by("slip")
    _join_context_twins(full, counts, folders, resolved, parsed, tables)
    joined_by("context")
    _join_rare_name_slips(full, counts, folders, resolved, parsed, tables)
    joined_by("rare")
    _join_sound_alike_twins(full, counts, folders, resolved, parsed, tables)
    joined_by("sound")
    _join_only_fitting_twins(full, counts, folders, resolved, parsed, titled_sexes, tables)
    joined_by("fit")
    _join_short_given_names(full, folders, resolved, parsed, titled_sexes, tables.articles_of)
    _join_sibling_abbreviations(full, counts, folders, resolved, parsed, tables)
    joined_by("prefix")
    _join_middle_initial_twins(full, counts, folders, resolved, parsed)
    joined_by("middle")
    _join_tails(full, counts, folders, resolved)
    joined_by("tail")
    _join_unhyphenated_surnames(full, folders, resolved, parsed, counts)
    joined_by("hyphen")
    _join_initials(full, counts, folders, resolved, parsed, titled_sexes)
    joined_by("initials")
    _join_by_a_later_initial(full, counts, folders, resolved, parsed, titled_sexes)
    joined_by("later initial")
    team_mates = _TeamMates(tables.people_at, tables.folder_at, tables.line_ups, tables.articles_of)
    _resolve_surnames([name for name in names if is_surname_only(name)], counts, folders, resolved, parsed,
                      titled_sexes, team_mates, tables.offices, tables.ennobled)
    joined_by("surname")
    decided = {name: _follow(name, resolved) for name in names}
    reasons.update((name, reason) for name, reason in why.items() if decided.get(name) not in (None, name))
    surnames_with_pages = {name_key(parsed[page].surname) for page in set(decided.values()) if page is not None}
    for name in names:
        titles = tables.peerages.get(name)
        if titles and decided[name] is None and len(titles) == 1 and name_key(name) not in surnames_with_pages:
            # "Lord Hattersley", with no full name anywhere: a peer is known by the title, which is the page.
            peer = f"{next(iter(titles))} {name}"
            elsewhere = _under_other_titles(tables, name)
            if not elsewhere:
                decided[name] = peer
            else:  # "Captain Archer" of a series beside "Lord Archer": the peer's page takes the peer's articles
                for position in sorted(tables.articles_of[name] - elsewhere):
                    per_article[tables.source_at[position], name] = peer
        judged = tables.judges.get(name)
        if judged and decided[name] is None and len(set(judged.values())) == 1 and (
                name_key(name) not in surnames_with_pages) and " " in next(iter(judged.values())):
            # "Lord Justice Doe", "Mr Justice Doe" with no full name anywhere: a senior judge is known by the title,
            # which is the page, as a peer is; it takes the articles giving it, not those of another Doe written
            # otherwise. "Judge Doe" alone is not enough (a comic's hero, a song).
            judge = f"{next(iter(judged.values()))} {name}"
            if set(judged) == tables.articles_of[name]:
                decided[name] = judge
            else:
                for position in sorted(judged):
                    per_article[tables.source_at[position], name] = judge
    _split_namesakes(tables, names, set(full), decided, reasons, per_article, evidence if evidence is not None else {})
    pages.update(decided)
    per_article.update(_surnames_per_article(tables, decided, counts))


def _split_namesakes(tables: NameTables, names: Sequence[str], full_names: set[str], decided: dict[str, str | None],
                     reasons: dict[str, str], per_article: dict[tuple[str, str], str],
                     evidence: dict[str, str]) -> None:
    """Each page of a full name whose articles are two people or more (``namesakes.split_name``): its name and the
    surnames alone that went to it get no page as names (``decided``, ``reasons``), and each article's mention goes
    to its part's page, "Jane Doe (Ayton Parish Council)" (``per_article``). Every page of two articles or more gets
    its sentence of ``evidence``. Reads the rows of the page's names only (their articles' people, roles, councils,
    organisations and dates)."""
    forms: dict[str, list[str]] = defaultdict(list)
    for name in names:
        if (page := decided[name]) is not None:
            forms[page].append(name)
    for page, written in forms.items():
        if page not in full_names:
            continue  # a surname alone's page or a peer's title: no full name to split
        full = [name for name in written if name in full_names]
        articles_of = [tables.articles_of[name] for name in full]
        count = len(articles_of[0]) if len(full) == 1 else len(set().union(*articles_of))
        if count < 2:
            continue
        parts: Parts | None = None
        if not any(tables.posts_at.get(name) or tables.office_at.get(name) for name in full):
            # Nothing ties the name to a body (most pages): the page is whole, and read no further; unless what two
            # sections call it ("keeper", "trouble-shooter") says it is two people.
            if full == [page] and _called_apart(tables, page):
                parts = _split_by_sections(tables, page, articles_of[0])
            if parts is None and full == [page]:
                parts = (_split_by_sport(tables, page, articles_of[0]) or _split_by_age(tables, page, articles_of[0])
                         or _split_by_fields(tables, page, articles_of[0]))
            if parts is None:
                evidence[page] = NOTHING_TELLS_APART
                continue
        else:
            # Only the articles with a post or a title can clash or bridge; the others are read only for a split.
            told = set().union(*(tables.posts_at.get(name, ()) for name in full),
                               *(tables.office_at.get(name, ()) for name in full))
            parts = split_name(page, _articles_of_name(tables, full, told), may_split=full == [page], count=count)
            if len(parts.parts) > 1:
                parts = split_name(page, _articles_of_name(tables, full, set().union(*articles_of)))
            if len(parts.parts) == 1 and full == [page]:
                parts = (_split_by_sections(tables, page, set().union(*articles_of))
                         or _split_by_sport(tables, page, set().union(*articles_of))
                         or _split_by_age(tables, page, set().union(*articles_of))
                         or _split_by_fields(tables, page, set().union(*articles_of)) or parts)
        if len(parts.parts) == 1:
            evidence[page] = parts.evidence[""]
            continue
        for name in written:
            decided[name] = None
            reasons.pop(name, None)
        for label, files in parts.parts:
            part_page = f"{page} ({label})"
            evidence[part_page] = parts.evidence[label]
            for source_file in files:
                per_article[source_file, page] = part_page


def _called_apart(tables: NameTables, name: str) -> bool:
    """Whether the name's articles lie in two sections and call it both a sportsman's calling and another
    (``namesakes.callings_tell_apart`` of all of them): a cheap test before the sections are read side by side, so
    that the pages with no post (most of them) are still read no further. Linking the whole BBC corpus (2,185
    articles) took 0.73-1.30 s with it and 0.86-1.21 s on main, interleaved in one run: no cost seen. Tested by
    ``tests/unit/test_callings_namesakes.py``."""
    if len(tables.folders[name]) != 2:
        return False
    callings = {calling for position in tables.articles_of[name] for person in tables.mentions_at[position]
                if person.name == name for calling in person.callings} - GENERIC_CALLINGS
    return bool(callings & SPORT_CALLINGS) and bool(callings - SPORT_CALLINGS)


def _split_by_sections(tables: NameTables, name: str, positions: set[int]) -> Parts | None:
    """``namesakes.split_by_sections`` of the name's articles at ``positions``: their folders, the bodies of the
    name's current posts, and the other people and bodies they name (rows of the name's own articles only)."""
    if len({tables.folder_at[position] for position in positions}) != 2:
        return None  # most pages: one section, or more than two (someone named everywhere)
    return split_by_sections(name, _section_articles(tables, name, positions))


def _split_by_fields(tables: NameTables, name: str, positions: set[int]) -> Parts | None:
    """``namesakes.split_by_fields`` of the name's articles at ``positions``, read as ``_split_by_sections`` reads
    them. Most pages are left at the first test, their articles' callings, posts and ranks naming one field of work
    or none. Tested in ``tests/unit/test_fields_namesakes.py``."""
    words = {word for position in positions for person in tables.mentions_at[position] if person.name == name
             for word in (*person.callings, *person.aliases,
                          *(person.plays if tables.folder_at[position] in SPORT_SECTIONS else ()))}
    words.update(role.role for position in positions for role in tables.roles_at[position] if role.person == name)
    if len(fields_of(words)) < 2:
        return None
    return split_by_fields(name, _section_articles(tables, name, positions))


_SENTENCE_END = re.compile(r"[a-z]{5,}\.$")
"""A word with five small letters or more closing with a full stop before a name is a sentence's end, not an
abbreviated title ("Sgt.", "Supt.", "Lieut.", "Rev." have fewer)."""


def _section_articles(tables: NameTables, name: str, positions: set[int]) -> list[SectionArticle]:
    """The name's articles at ``positions`` as ``namesakes.SectionArticle``: their folders, the bodies of the name's
    current posts and those written beside it, its callings, posts and ranks, and the other people and bodies they
    name (rows of the name's own articles only)."""
    own = name_key(name.split()[-1]).casefold()
    articles: list[SectionArticle] = []
    for position in sorted(positions):
        roles = tables.roles_at[position]
        posts = {role.organisation for role in roles
                 if role.person == name and role.organisation and not FORMER.match(role.role)}
        context = _context_with_posts_at(position, own, tables)
        mentions = [person for person in tables.mentions_at[position] if person.name == name]
        callings = tuple(calling for person in mentions for calling in person.callings)
        posts.update(body for person in mentions for body in person.bodies if not body.islower())
        held = tuple(role.role for role in roles if role.person == name and not FORMER.match(role.role))
        ranks = tuple(rank for person in mentions for alias in person.aliases
                      if alias.endswith(" " + name) and not _SENTENCE_END.search(rank := alias[:-len(name)].strip()))
        # "Detective Sergeant", "the Rev"; not "Bishop." of "... and Elvis Bishop. Jane Doe said", a sentence's end
        left = (*(role.role for role in roles if role.person == name and FORMER.match(role.role)),
                *(calling for person in mentions for calling in person.callings_left))
        plays = tuple(word for person in mentions for word in person.plays) \
            if tables.folder_at[position] in SPORT_SECTIONS else ()  # "scored" says a player in a match report only
        articles.append(SectionArticle(tables.source_at[position], tables.folder_at[position], posts, context,
                                       callings, held + ranks, left, tables.date_at[position], plays))
    return articles


def _split_by_sport(tables: NameTables, name: str, positions: set[int]) -> Parts | None:
    """``namesakes.split_by_sport`` of the name's articles at ``positions``: the sports of the callings and
    current posts each gives the name, and the other people and bodies it names (rows of the name's own articles
    only). Most pages are left at the first test, their callings and posts naming one sport or none: on the whole
    BBC corpus (2,185 articles, 1,261 pages of two articles or more) this and ``_split_by_age`` took 0.07 s of the
    6.7 s ``page_names`` took under a profiler. Tested in ``tests/unit/test_sport_age_namesakes.py``."""
    sports_at = {position: sports_of([*(calling for person in tables.mentions_at[position] if person.name == name
                                        for calling in person.callings),
                                      *(role.role for role in tables.roles_at[position]
                                        if role.person == name and not FORMER.match(role.role))])
                 for position in positions}
    if len(set().union(*sports_at.values())) < 2:
        return None
    own = name_key(name.split()[-1]).casefold()
    articles = []
    for position in sorted(positions):
        context = _context_with_posts_at(position, own, tables)
        articles.append(SportArticle(tables.source_at[position], sports_at[position], context))
    return split_by_sport(name, articles)


def _split_by_age(tables: NameTables, name: str, positions: set[int]) -> Parts | None:
    """``namesakes.split_by_age`` of the name's articles at ``positions``: the year of birth each dated one's age
    of the name tells, and the other people and bodies it names (rows of the name's own articles only). Most pages
    are left at the first test, no two of their articles telling a birth."""
    born = {position: born_in(tables.date_at[position], [age for person in tables.mentions_at[position]
                                                         if person.name == name for age in person.ages])
            for position in positions}
    if len(set(born.values()) - {None}) < 2:
        return None
    own = name_key(name.split()[-1]).casefold()
    articles = []
    for position in sorted(positions):
        context = _context_with_posts_at(position, own, tables)
        articles.append(AgeArticle(tables.source_at[position], born[position], context))
    return split_by_age(name, articles)


def _judges_title(words: str) -> str:
    """A judge's title as one judge's ("Lord Justices " -> "Lord Justice", "Mr Justice " -> "Mr Justice")."""
    titles = words.split()
    last = max(index for index, word in enumerate(titles) if normalise_title(word) in JUDGES_TITLES)
    return " ".join((*titles[:last], titles[last].rstrip(".").removesuffix("s")))


def _ennobled(alias: str, name: str) -> bool:
    """Whether the written form ``alias`` of ``name`` has a peer's title or "Lady" among the words before the
    name's own words ("Lord Doe", "Former minister Lord Doe", "Lady Jane Doe")."""
    words = set(name.casefold().split())
    before = []
    for word in alias.split():
        if word.casefold() in words:
            break
        before.append(normalise_title(word))
    return bool(TITLED_NOBILITY.intersection(before))


def _under_other_titles(tables: NameTables, name: str) -> set[int]:
    """The articles of the surname ``name`` that write it with titles and none of them a peer's ("Captain Doe",
    "Mr Doe"; "Minister Lord Doe" has one): not the peer "Lord Doe" (a peer is "Lord Doe" in news, a surname
    alone after that). Reads the
    rows of the name's own articles only, as ``_surnames_per_article`` does."""
    other: set[int] = set()
    for position in tables.articles_of[name]:
        # Every word before the surname, not the first only: "Minister Lord Doe" is the peer.
        titled = [{normalise_title(word) for word in alias.split()[:-1]} for person in tables.mentions_at[position]
                  if person.name == name for alias in person.aliases if alias.endswith(" " + name)]
        if titled and not any(words & PEERAGE_TITLES and not words & JUDGES_TITLES for words in titled):
            other.add(position)  # "Lord Justice Doe" too: a judge, not the peer
    return other


def _articles_of_name(tables: NameTables, full: list[str], positions: Iterable[int]) -> list[ArticleOfName]:
    """What the articles at ``positions`` say of the name written ``full`` (``namesakes.article_of_name``)."""
    return [article_of_name(tables.source_at[position], tables.date_at[position], full,
                            [alias for mention in tables.mentions_at[position] if mention.name in full
                             for alias in mention.aliases],
                            tables.roles_at[position], tables.councils_at[position],
                            tables.organisations_at[position],
                            [body for mention in tables.mentions_at[position] if mention.name in full
                             for body in mention.bodies]) for position in sorted(positions)]


SURNAME_NEAR_DAYS = 365
"""How far apart in time (days either way) two dated articles may be for one's full name to tell who the other's
surname alone is: "around the same time" of issue 18's rule. An undated article is near every other."""
SURNAME_HERE_EVIDENCE = 2
"""Articles of the same folder near in time that must name a person in full, at the least, for a surname alone
with no page of its own to join them in one article: one article in passing is no evidence of who is meant."""
ARTICLE_NAME_SEPARATOR = "\x1f"
"""Between a name and an article's source file in a key of ``Catalogue.person_slugs`` that holds one article's
own page for a surname alone (``article_name_key``): a unit separator, which no name or path contains."""


def article_name_key(source_file: str, name: str) -> str:
    """The key of ``Catalogue.person_slugs`` for ``name`` as the article ``source_file`` writes it."""
    return f"{name}{ARTICLE_NAME_SEPARATOR}{source_file}"


def person_slug_of(person_slugs: Mapping[str, str], source_file: str, name: str) -> str | None:
    """The slug of the page a name goes to in one article: the name's own page, or, for a surname alone or a
    namesake's full name with none, the page its article gives it (``page_names``'s ``per_article``). Reads the
    second key only when the first is missing, so a linker records a read of it only for a name with no page of
    its own."""
    slug = person_slugs.get(name)
    if slug is None and ARTICLE_NAME_SEPARATOR not in name:
        return person_slugs.get(article_name_key(source_file, name))
    return slug


def _surnames_per_article(tables: NameTables, pages: dict[str, str | None],
                          counts: Counter[str]) -> dict[tuple[str, str], str]:
    """Issue 18's rule for a surname alone, article by article: it joins the person of that surname the same
    article names in full (inference has already done that, ``infer/people.py``); failing that, the person the
    archive names most in full around the same time and place, when that is clear; otherwise no page.

    Only surnames alone that get no page as a name (``pages``) are decided here: a name goes to one page across
    the archive when that is clear, and here when only some articles make it clear ("Blair" in sport line-ups and
    in politics: the politics articles' "Blair" is the prime minister named in full in 66 of them). *Place* is the
    article's folder and *time* within ``SURNAME_NEAR_DAYS`` of its date (an undated article, or one naming a
    person undated, is near in time); *clear* is at least ``SURNAME_HERE_EVIDENCE`` such articles naming the person
    in full and ``SURNAME_DOMINANCE`` times as many as the next person of that surname. Never in a match report's
    line-ups (its surnames are the players of the day, ``_TeamMates``), never for a known given name alone with
    no "Mr" or "Mrs" ("George"; "Mr Blair" is a surname), never across sexes by the titles this article writes the
    surname with ("Mrs Doe" is not "John Doe"), never to another person than a
    fuller name of the surname its own article gives ("Mr White" beside "Mr A White"), never under a rank, a
    councillor's title, a peer's or "Lady" ("PC Doe", "Cllr Doe": minutes' officers; "Baroness Doe" is known by the
    title), never to a person never written with the office the article gives ("President Doe" is not the singer
    Jane Doe), never for a name two people of the article share ("Mr Doe" and "Mrs Doe", as two names or as one
    name written both ways). A surname the archive writes both as "Mr Doe" and as "Mrs Doe" (a couple, which
    ``_resolve_surnames`` gives no one page) is decided here by the sex each article writes, all the words before
    it counted ("Cllr Mrs Doe" is a woman), and a councillor's title is then no bar, only another office is.

    Reads each article's people (names and titled forms), folder and date from ``NameTables``, so linking in part,
    which records what ``name_tables`` reads of an article (``cuttings/link.py:_decision_unchanged``), stays exact."""
    # Only the surnames alone with no page, and the full names of those surnames, are read, not every article's
    # people: at 8,740 articles (the BBC corpus four times) page_names takes the CPU time it took without this
    # rule (0.52-0.55 s, interleaved with main's); a first version passing over every article cost some 15 % more.
    parsed, articles_of, folder_at, line_ups = tables.parsed, tables.articles_of, tables.folder_at, tables.line_ups
    titled_sexes = tables.titled_sexes
    unplaced = [name for name in counts if pages.get(name) is None and is_surname_only(name)]
    wanted = {name_key(parsed[name].surname if len(name.split()) == 1 else name) for name in unplaced}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        page = pages.get(name)
        if page is None or page not in counts or " " not in name or " " not in page:
            continue
        surname = parsed[page].surname
        if surname and name_key(surname) in wanted and not is_surname_only(name) and not is_surname_only(page):
            by_surname[name_key(surname)].append(name)
    named_in: dict[str, dict[str, list[dt.date | None]]] = defaultdict(lambda: defaultdict(list))
    titled_as: dict[str, set[str]] = defaultdict(set)  # each page's titles, as its full names are written
    for key, names in by_surname.items():
        for name in names:
            page = pages[name]
            assert page is not None
            for position in sorted(articles_of[name]):
                named_in[page][folder_at[position]].append(tables.date_at[position])
                titled_as[page].update(*(_title_words(person.aliases, name) for person in tables.mentions_at[position]
                                         if person.name == name))
        by_surname[key] = sorted(dict.fromkeys(pages[name] for name in names))  # type: ignore[misc]
    decided: dict[tuple[str, str], str] = {}
    for name in unplaced:
        candidates = by_surname.get(name_key(parsed[name].surname if len(name.split()) == 1 else name), ())
        if not candidates:
            continue
        for position in sorted(articles_of[name] - line_ups):
            people = tables.mentions_at[position]
            mentions = [person for person in people if person.name == name]
            if len(mentions) != 1:
                continue  # "Mr Doe" and "Mrs Doe" of one article, two people under one name: no key tells them apart
            aliases = mentions[0].aliases
            titles = [alias.split()[0] for alias in aliases if alias.endswith(" " + name)]
            # Every word before the name, "Cllr Mrs Doe" too: the sex a councillor's title hides.
            leading = [word for alias in aliases if alias.endswith(" " + name) for word in alias[:-len(name)].split()]
            if len({sex for title in leading if (sex := sex_of_titles([title])) is not None}) > 1:
                continue  # "Mr Doe" and "Mrs Doe" read as one name of the article: two people, neither told apart
            if name.casefold() in given_names() and sex_of_titles(titles) is None:
                continue  # "George" (or "President George" of a split "George W Bush") is a first name; "Mr Blair" not
            office = office_of_titles(titles)
            couple = len(titled_sexes.get(name, ())) > 1 and sex_of_titles(leading) is not None
            if (office is not None and not couple) or TITLED_NOBILITY & _title_words(aliases, name):
                continue  # "PC Doe", "Cllr Doe": minutes' officers, whom a rank or seat tells apart; "Lady Doe"
            # An office the article gives ("President Doe") must be one the person is written with in full.
            offices_here = {title for title in _title_words(aliases, name) if sex_of_titles([title]) is None}
            sex = sex_of_titles(leading)
            # A fuller name of the surname in the same article that inference did not join it to ("Mr A White"
            # beside "Mr White"): only that name's page may be meant, if any.
            here = {pages.get(person.name) for person in people
                    if person.name != name and " " in person.name and person.name.endswith(" " + name)}
            near: list[tuple[int, str]] = []
            for page in candidates:
                if here and page not in here:
                    continue
                if sex is not None and _sex_of(page, parsed[page], titled_sexes) not in (None, sex):
                    continue  # "Mrs Doe" is not "John Doe"; "Chris Doe" or "G Doe" may be either
                if office is not None and len(tables.offices.get(page, set()) | {office}) > 1:
                    continue  # a couple's "Cllr Mrs Doe" (``_resolve_surnames`` left it here): not "PC Jane Doe"
                if not offices_here <= titled_as[page]:
                    continue
                dates = named_in[page].get(folder_at[position], ())
                count = sum(1 for date in dates if _near_in_time(date, tables.date_at[position]))
                if count:
                    near.append((count, page))
            near.sort(key=lambda pair: (-pair[0], pair[1]))
            if near and near[0][0] >= SURNAME_HERE_EVIDENCE and (
                    len(near) == 1 or near[0][0] >= SURNAME_DOMINANCE * near[1][0]):
                decided[tables.source_at[position], name] = near[0][1]
    return decided


def _title_words(aliases: Iterable[str], name: str) -> set[str]:
    """The titles before ``name`` in its written forms, lower case, stops dropped: {"mr", "president"}."""
    return {normalise_title(alias.split()[0]) for alias in aliases
            if alias.endswith(" " + name) or alias.endswith(" " + name.split()[-1])} - {""}


def _near_in_time(date: dt.date | None, other: dt.date | None) -> bool:
    return date is None or other is None or abs((date - other).days) <= SURNAME_NEAR_DAYS


_COUNCIL_TAIL = re.compile(
    r" (?:(?:Parish|Town|Community|Village|Neighbourhood|City|County|Borough|District|Metropolitan Borough)"
    r" )?Council$")


def council_place(council: str) -> str:
    """The place a council is named after ("Barton Parish Council" -> "barton"), lower case; "" for none."""
    place = _COUNCIL_TAIL.sub("", council)
    return "" if place == council else place.casefold()


_FIRM_SUFFIX = re.compile(r" (?:Ltd|Limited|plc|PLC|Plc|LLP|Inc|& Sons?|and Sons)\.?$")
"""What ends a registered firm's name ("Jane Doe Ltd", "Doe & Sons"), never a person's."""


def _firm_name(organisation: str) -> str | None:
    """"Jane Doe" of the organisation "Jane Doe Ltd": the name a firm goes by without its legal ending."""
    match = _FIRM_SUFFIX.search(organisation)
    return organisation[: match.start()].strip() if match else None


def _names_a_council_place(name: str, places: set[str]) -> bool:
    """"Ayton Parva" or "Ayton Parva Row" where the archive has "Ayton Parva Parish Council": the place, or a
    street, site or team named after it; or "Church Ayton" beside "Ayton Parish Council": a hamlet or part of the
    place. Not a person (the caller checks the first word is no given name)."""
    words = name.casefold().split()
    return (any(" ".join(words[:cut]) in places for cut in range(1, len(words) + 1))
            or any(" ".join(words[cut:]) in places for cut in range(1, len(words))))


STREETS_NOT_SURNAMES = PLACE_ENDINGS | PLACE_WORDS
"""Street words, some of them common surnames too ("Lane", "Close"), but not the places that are common surnames
before a place word's meaning ("Marsh", "Hill", "Wood": ``PLACE_WORDS_OF_SURNAMES``), which follow a short given name
the lists lack ("Cath Marsh") as often as a place's first word."""

EVENT_AND_VENUE_WORDS = frozenset(
    """Inn Cafe Café Tearoom Tearooms Pub Surgery Pharmacy Garage Nursery Kennels Stores Bakery Salon Fete Fête Fayre
    Fest Festival Show Disco Quiz Concert Bingo Raffle Tombola Auction Jumble Market Party Picnic Barbecue BBQ Gala
    Carnival Parade Pantomime Panto Walks Ramble Trip Outing Lunch Luncheon Dinner Supper Breakfast Brunch Weekend
    Week-end Singing Carols Training Workshop Meeting Hire Club Band Choir Fairy Tales""".split()
)
"""Last words of a village's events, venues, services and stories ("Summer Fete", "Village Quiz", "Room Hire", "the
Red Lion Inn", "Fairy Tales"): after a word that is some people's given name ("Jane Fete", "May Fayre") they name a
thing, unless the word is also a common surname (``_event_or_venue_named`` asks the census), since a person so
named is then as likely. Chosen as kinds of thing (events, venues, shops, services, stories), not from pages; on the
development halves (path split) they take 3 parish pages and 1 BBC page (a podcast, "The Jane and Doe
Show"), all things."""


def _ordinary_word_after_no_given_name(name: str, titled: Collection[str], spoken_of: Collection[str]) -> bool:
    """A name of two words or more whose first is no one's given name in any country's list, no initial, no title
    nor nickname, and whose last is an ordinary English word (never capitalised in the word list) that is no common
    surname (``is_common_surname``) or is a street's word (``STREETS_NOT_SURNAMES``), never written anywhere with
    a title, a role or a quotation: "Ayton Churches", "Ayton Lane", "Flood Aid". Named once is enough: the
    words say it. A common surname last keeps the page ("Kestra Berry", "Jalo Fish": the given-name lists miss many
    given names, most of all athletes' and artists'), and a title does ("Mr Doe Summers", a parish councillor whose
    rare given name the lists lack), so the archive's whole evidence is read, not one article's: ``name_tables``
    gathers ``titled`` and ``spoken_of`` for every article naming it. On the development halves (path split) it
    takes 3 parish pages, every one a thing or a place, and no BBC page (a first version that let a common surname
    last through took 5 BBC people's pages there)."""
    words = name.split()
    first = words[0]
    return (len(words) >= 2 and not is_initial(first) and not is_world_given_name(first)
            and first.casefold().rstrip(".") not in COURTESY_TITLES and not is_nickname_or_its_name(first)
            and is_common_word(words[-1])
            and (not is_common_surname(words[-1]) or words[-1].casefold() in STREETS_NOT_SURNAMES)
            and name not in titled and name not in spoken_of)


STREET_THING_EVIDENCE = 2
"""Articles in which the model must label a name that ends in a street's word (``STREETS_NOT_SURNAMES``) a place,
a facility or a body, where no rule makes the same words a person, before the name gets no page even after a
given name ("Jane Lane")."""


def _street_the_model_calls_a_place(name: str, things: int, titled: Collection[str],
                                    spoken_of: Collection[str]) -> bool:
    """A name whose last word is a street's ("Lane", "Close", "Drive", ``STREETS_NOT_SURNAMES``), which the model
    labels something other than a person in ``STREET_THING_EVIDENCE`` articles at the least, and which no article
    writes with a title, a role or a quotation: a street, even when its first word is a given name ("Brookes Lane"
    spelt "Brooks Lane", "Ayton Close"). Reads the name's own row (``NameTables.things``), as ``decide_group``'s
    other rules. A person of such a surname is named with a title or a role somewhere, and the model calls their
    name a person."""
    words = name.split()
    return (len(words) >= 2 and words[-1].casefold() in STREETS_NOT_SURNAMES and things >= STREET_THING_EVIDENCE
            and not is_initial(words[0]) and name not in titled and name not in spoken_of)


def _event_or_venue_named(name: str, titled: Collection[str], spoken_of: Collection[str]) -> bool:
    """A name whose last word is an event's, a venue's or a service's (``EVENT_AND_VENUE_WORDS``) and no common
    surname, never written with a title, a role or a quotation anywhere in the archive."""
    last = name.split()[-1]
    return (len(name.split()) >= 2 and last in EVENT_AND_VENUE_WORDS and not is_common_surname(last)
            and name not in titled and name not in spoken_of)


def _starts_with_given_name(name: str) -> bool:
    first = name.split()[0]
    return is_initial(first) or first.casefold() in given_names()


_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _glued_pieces(word: str) -> list[str]:
    """"CountyCouncillorJane" -> ["County", "Councillor", "Jane"]: words a text extraction ran together, told by
    an ordinary word, a title or capitals before the last piece; [] for a name's own inner capital ("McAdam",
    "DeShawn", "MaryAnn": a name or a particle before it)."""
    pieces = _GLUED.split(word)
    if len(pieces) < 2:
        return []
    return pieces if any(
        len(piece) >= 3 and piece.casefold() not in SURNAME_PARTICLES
        and (is_common_word(piece) or piece.casefold() in COURTESY_TITLES or piece.isupper())
        for piece in pieces[:-1]) or pieces[-1].isupper() else []


def _unglue_words(full: Iterable[str], counts: Counter[str], resolved: dict[str, str | None]) -> None:
    """A name with words run together ("CountyCouncillorJane Doe", "TheAyton Roadis", "Doe HorologicalLTD"): when
    the glued word is the first, the name from its last piece on joins that page if there is one ("Jane Doe");
    otherwise no page: a person's name is not written so, and what is left is no telling whose."""
    for name in full:
        if _GLUED.search(name) is None:
            continue
        words = name.split()
        glued = [_glued_pieces(word) for word in words]
        if not any(glued):
            continue
        tail = " ".join([glued[0][-1], *words[1:]]) if glued[0] else ""
        if tail in counts and tail != name and not any(glued[1:]):
            resolved.setdefault(name, tail)
        else:
            resolved.setdefault(name, None)


def _follow(name: str, resolved: dict[str, str | None]) -> str | None:
    seen: set[str] = set()
    current: str | None = name
    while current is not None and current in resolved and current not in seen:
        seen.add(current)
        target = resolved[current]
        if target == current:
            break
        current = target
    return current


def _strip_leading_words(full: Iterable[str], counts: Counter[str], resolved: dict[str, str | None]) -> None:
    """"Actor Jane Doe" -> "Jane Doe" when that is a page and "Actor" is no one's given name."""
    names = set(counts)
    for name in full:
        words = name.split()
        for cut in (1, 2):
            tail = " ".join(words[cut:])
            if len(words) - cut < 2 or tail not in names or is_surname_only(tail):
                continue
            if all(word.casefold() not in given_names() and not is_initial(word) for word in words[:cut]):
                resolved.setdefault(name, tail)
                break


def _page_order(counts: Counter[str]) -> object:
    return lambda name: (-counts[name], name)


def _join_case_twins(full: Iterable[str], counts: Counter[str], resolved: dict[str, str | None]) -> None:
    groups: dict[str, list[str]] = defaultdict(list)
    for name in full:
        groups[name_key(name)].append(name)
    for group in groups.values():
        if len(group) < 2:
            continue
        keep = min(group, key=_page_order(counts))  # type: ignore[arg-type]
        for name in group:
            if name != keep:
                resolved.setdefault(name, keep)


def _join_swapped_twins(full: Iterable[str], counts: Counter[str], resolved: dict[str, str | None]) -> None:
    """"Yimou Zhang" beside "Zhang Yimou": two words in either order, neither a known given name, are one name
    written family name first and last (East Asian names in English news), under the order more articles use.
    "Martin Thomas" and "Thomas Martin" stay two: a known given name is the given name wherever it stands."""
    by_words: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in full:
        words = name.split()
        if len(words) == 2 and name not in resolved and not any(
            word.casefold() in given_names() for word in words
        ):
            by_words[tuple(sorted(word.casefold() for word in words))].append(name)  # type: ignore[arg-type]
    for group in by_words.values():
        if len({name.split()[0].casefold() for name in group}) == 2:
            keep = min(group, key=_page_order(counts))  # type: ignore[arg-type]
            for name in group:
                if name != keep:
                    resolved.setdefault(name, keep)


def _join_nickname_twins(
    full: Iterable[str], counts: Counter[str], folders: dict[str, set[str]], resolved: dict[str, str | None],
    parsed: dict[str, ParsedName], tables: NameTables | None = None,
) -> None:
    """Within each surname, a name joins the first name before it (most articles first) whose first given name
    is its nickname or the name it is a nickname of (``same_given_name``) and that shares a folder with it; when the
    two given names open differently ("Ian"/"John", "Harry"/"Henry": ``_other_given_name``), only if they are named
    together too (``_named_together``, read from ``tables``).

    Only the names ``_nickname_partners`` indexes as possible partners are tested, not every later name of
    the surname. With ``_join_only_fitting_twins``'s index, that took ``page_names`` at 10,000 articles (the
    BBC corpus replicated, 15,960 names) from 2.8 s to 0.55 s, back to back on one machine, with the same
    result (also with the articles spread over 4 and 40 folders); in ``benchmarks/edits.py`` at 10,000 an
    edit naming someone new then linked in 1.9 s, not 4.3 s (the whole rebuild 9.0 s, not 11.5 s). The index
    only leaves out pairs the test would refuse; ``tests/unit/test_identity.py`` checks that against every
    pair of a list of given names."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in full:
        if name in resolved:
            continue
        if parsed[name].given and not is_initial(parsed[name].given[0]):
            by_surname[name_key(parsed[name].surname)].append(name)
    for group in by_surname.values():
        if len(group) < 2:
            continue
        group.sort(key=_page_order(counts))  # type: ignore[arg-type]
        partners = _nickname_partners([parsed[name].given[0] for name in group])
        for index, name in enumerate(group):
            if name in resolved:
                continue
            given = parsed[name].given
            for later in partners[index]:
                if later <= index:
                    continue
                other = group[later]
                other_given = parsed[other].given
                if (other not in resolved and folders[name] & folders[other]
                        and given[0].casefold() != other_given[0].casefold()
                        and same_given_name(given[0], other_given[0])
                        and (not _other_given_name(given[0], other_given[0])
                             or _named_together(name, other, tables))):
                    resolved[other] = name


def _other_given_name(first: str, second: str) -> bool:
    """Whether two given names the nickname table pairs open differently ("Ian" and "John", "Jack" and "John",
    "Harry" and "Henry", "Bill" and "William"), not a form cut from the name ("Dave"/"David", "Rob"/"Robert"). Many
    such pairs are given names in their own right, so the table alone does not say one person: a manager "Ian Doe"
    and a teenage player "John Doe" of one section are two. ``_named_together`` must support the join."""
    return first.casefold()[:2] != second.casefold()[:2]


def _named_together(first: str, second: str, tables: NameTables | None) -> bool:
    """Whether two names are named in one article, or their articles share ``CONTEXT_EVIDENCE`` other people or
    bodies at the least (``_shared_context``: one body, a post's body among them, or two people; a council counts
    as a body), beyond the folder the joins ask for anyway. Reads only the rows of the two names' own articles. False
    with no ``tables``."""
    if tables is None:
        return False
    if tables.articles_of[first] & tables.articles_of[second]:
        return True
    councils = [{council.casefold() for position in tables.articles_of[name]
                 for council in tables.councils_at[position]} for name in (first, second)]
    # A parish's minutes name its council as a council, not an organisation: "Mr Ted Doe" of one meeting and "Mr
    # Edward Doe" co-opted to the same parish council.
    return _shared_context(first, second, tables) + 2 * len(councils[0] & councils[1]) >= CONTEXT_EVIDENCE


@cache
def _nicknamer() -> NickNamer:
    return NickNamer()


def _only_canonical(given: str) -> str | None:
    """The one name ``given`` (case folded) is a nickname of, as ``same_given_name`` asks; None if not one."""
    canonicals = _nicknamer().canonicals_of(given)
    return next(iter(canonicals)) if len(canonicals) == 1 else None


def _nickname_partners(first_given: Sequence[str]) -> list[list[int]]:
    """For each first given name, the positions (in order) of the others ``same_given_name`` may pair it with.

    ``same_given_name(a, b)`` holds only when ``a`` and ``b`` fold to one name or one of them is the only name
    the other is a nickname of, so looking up those three keys finds every such pair without testing all."""
    folded = [given.casefold() for given in first_given]
    by_folded: dict[str, list[int]] = defaultdict(list)
    by_canonical: dict[str, list[int]] = defaultdict(list)
    canonical = [_only_canonical(given) for given in folded]
    for position, (key, nickname_of) in enumerate(zip(folded, canonical, strict=True)):
        by_folded[key].append(position)
        if nickname_of is not None:
            by_canonical[nickname_of].append(position)
    partners = []
    for key, nickname_of in zip(folded, canonical, strict=True):
        found = set(by_folded[key]) | set(by_canonical.get(key, ()))
        if nickname_of is not None:
            found.update(by_folded.get(nickname_of, ()))
        partners.append(sorted(found))
    return partners


SPELLING_TWIN_MIN_LENGTH = 5
"""Given names shorter than this ("Joan", "Jean") are too often two people one letter apart to join."""


def _join_spelling_twins(
    full: Iterable[str], counts: Counter[str], folders: dict[str, set[str]], resolved: dict[str, str | None],
    parsed: dict[str, ParsedName],
) -> None:
    """"Nicoals Doe" or "Justine Doe" beside "Nicolas Doe" or "Justin Doe": given names one letter (or one swap)
    apart, the same surname, the same folders; beside a third page of that surname, only when no other page of it
    fits either and the given names are not of two sexes ("Louis Doe", "Louise Doe")."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in full:
        given = parsed[name].given
        if name not in resolved and given and not is_initial(given[0]):
            by_surname[name_key(parsed[name].surname)].append(name)
    for group in by_surname.values():
        if len(group) < 2:
            continue
        # Only the given names one letter or one swap apart can be twins (``_slip_candidates``): at 10,000 articles
        # (the BBC corpus replicated) 201,951 pairs tested were most of ``page_names``' time.
        keys = [name_key(" ".join(parsed[name].given)) for name in group]
        pairs = [(first, group[later]) for at, (first, candidates) in enumerate(zip(group, _slip_candidates(keys),
                                                                                    strict=True))
                 for later in candidates if later > at and _spelling_twins(first, group[later], folders, parsed)]
        partners = Counter(name for pair in pairs for name in pair)
        for pair in pairs:
            if len(group) > 2 and (any(partners[name] > 1 for name in pair) or _sexes_differ(*pair, parsed)):
                continue  # "Martin Doe", "Martyn Doe" and "Claire Doe": the two, if no third fits and no sex differs
            keep, other = sorted(pair, key=_page_order(counts))  # type: ignore[arg-type]
            resolved[other] = keep


TRANSLITERATED_INITIALS = frozenset({"c", "k"})
"""First letters that two spellings of one foreign given name swap ("Costas"/"Kostas", "Cristina"/"Kristina")."""


def _spelling_twins(first: str, second: str, folders: dict[str, set[str]], parsed: dict[str, ParsedName]) -> bool:
    """Given names one letter or one swap apart under one surname, in the same folders; under a surname the census
    does not know ("Mohammad"/"Mohammed Doevic") in any folders, and with a "C" for a "K" first: two people of one
    rare surname whose given names are a letter apart are rarer than one name spelt two ways in different
    sections of an archive."""
    a, b = (name_key(" ".join(parsed[name].given)) for name in (first, second))
    surname = parsed[first].surname.split()
    rare = bool(surname) and not is_census_surname(surname[-1])
    initials_fit = a[0] == b[0] or (rare and {a[0], b[0]} == TRANSLITERATED_INITIALS)
    return (min(len(a), len(b)) >= SPELLING_TWIN_MIN_LENGTH and initials_fit
            and (rare or bool(folders[first] & folders[second]))
            and len(parsed[first].given) == len(parsed[second].given) and OSA.distance(a, b, score_cutoff=1) <= 1
            and _initials_of(parsed[first]) == _initials_of(parsed[second])  # "Ivo P Doe" and "Ivo R Doe": two people
            and generation_of(parsed[first]) == generation_of(parsed[second]))  # "Jane Doe Jr", "Jane Doe Sr"


def _initials_of(parsed: ParsedName) -> tuple[str, ...]:
    return tuple(name_key(given) for given in parsed.given if is_initial(given))


def _sexes_differ(first: str, second: str, parsed: dict[str, ParsedName]) -> bool:
    """"Louis Doe" and "Louise Doe": given names of two sexes are two people."""
    sexes = {given_name_sexes().get(parsed[name].given[0].casefold(), "") for name in (first, second)}
    return len(sexes - {""}) == 2


SURNAME_SLIP_DOMINANCE = 2
"""How many times more articles a name must have than one whose surname is a letter off for that one to join it."""


def _join_surname_slips(
    full: Iterable[str], counts: Counter[str], folders: dict[str, set[str]], resolved: dict[str, str | None],
    parsed: dict[str, ParsedName], title_words: Mapping[str, set[str]] | None = None,
) -> None:
    """"Sara Cliperton" beside "Sara Clipperton": the same given names, surnames of five letters or more with
    the same first letter and one letter (or one swap) apart (of four letters, only a letter more or less: "Jane
    More" beside "Jane Moore", never "Hall" beside "Hill", and with no exception to the dominance below), the same
    folders, and the other named in at least ``SURNAME_SLIP_DOMINANCE`` times as many articles and the only such
    page; two names as common as each other ("David Kelly", "David Kelley") may be two people and stay apart,
    unless one of the two surnames is
    none of the 20,000 commonest of the 1990 US Census ("Jane Wishaw", "Jane Whishaw"; "Campbell", "Campell"):
    two people of one given name and rare surnames a letter apart in the same folders are far less likely than
    one name misspelt. Then the common spelling, the census spelling, or else the name in more articles (then
    the first in order), is the page.

    Names are filed by their given names and each surname with a letter taken out (``_slip_candidates``), so
    each is compared with the few that may be a slip of it, not with every name of the same given names ("John"):
    at 10,000 articles (the BBC corpus replicated) ``page_names`` went from 0.87-0.96 s to 0.69-0.76 s, back
    to back, with the same result; ``tests/unit/test_identity.py`` checks the index misses no close pair.

    With ``title_words`` (``NameTables.title_words``), two spellings written with titles of two callings and
    none in common ("Dr Jane Dee" of the health trust, "Cllr Jane Doe" of the minutes: ``_callings``) stay apart:
    a spelling a letter off is a guess, and the titles say two people (parish dev: one page, a councillor who
    held a health official's name; BBC dev: none)."""
    title_words = title_words or {}
    by_given: dict[str, list[str]] = defaultdict(list)
    for name in full:
        given = parsed[name].given
        if name not in resolved and given and not is_initial(given[0]) and len(parsed[name].surname) >= 4:
            by_given[name_key(" ".join(given))].append(name)
    for group in by_given.values():
        if len(group) < 2:
            continue
        surnames = [name_key(parsed[name].surname) for name in group]
        for name, surname, candidates in zip(group, surnames, _slip_candidates(surnames), strict=True):
            larger = [other for other, other_surname in ((group[at], surnames[at]) for at in candidates)
                      if other_surname[:1] == surname[:1] and other_surname != surname
                      and OSA.distance(surname, other_surname, score_cutoff=1) <= 1
                      and folders[other] & folders[name]
                      and (min(len(surname), len(other_surname)) >= 5 or abs(len(other_surname) - len(surname)) == 1)
                      and (counts[other] >= SURNAME_SLIP_DOMINANCE * counts[name]
                           or (min(len(surname), len(other_surname)) >= 5
                               and _rare_slip_first(other, name, counts, parsed)))
                      and not _two_callings(name, other, title_words)]
            if len(larger) == 1:
                resolved[name] = larger[0]


_CALLING_OF_TITLE = {
    "dr": "doctor", "doctor": "doctor", "prof": "professor", "professor": "professor",
    **dict.fromkeys(("rev", "revd", "reverend", "canon", "bishop", "archdeacon", "pastor", "rabbi", "imam"), "clergy"),
}
"""Titles that say what someone does, by calling; a councillor's title and a police rank come from
``office_of_titles``. "Mr", "Mrs" or "Sir" say no calling."""


def _callings(titles: Iterable[str]) -> set[str]:
    """The callings titles say: {"doctor"} for "dr", {"council"} for "cllr", {"police"} for "pc"."""
    callings = {_CALLING_OF_TITLE[title] for title in titles if title in _CALLING_OF_TITLE}
    return callings | {office for title in titles if (office := office_of_titles([title])) is not None}


def _two_callings(first: str, second: str, title_words: Mapping[str, set[str]]) -> bool:
    """Whether the titles the archive writes before two names say two callings (``_callings_differ``)."""
    return _callings_differ(title_words.get(first, ()), title_words.get(second, ()))


def _callings_differ(first: Iterable[str], second: Iterable[str]) -> bool:
    """Whether two names' titles say callings, each at least one, and none the same ("Dr" and "Cllr")."""
    mine, theirs = _callings(first), _callings(second)
    return bool(mine) and bool(theirs) and not mine & theirs


def _join_initial_surname_slips(
    full: Iterable[str], counts: Counter[str], folders: dict[str, set[str]], resolved: dict[str, str | None],
    parsed: dict[str, ParsedName],
) -> None:
    """"M Leaman" beside "Mandy Leamon", "D. Pickson" beside "D. Pickston": a name of initials whose surname (five
    letters or more; of three or four, only with a letter left out: "T Man" beside "Tina Mann", never "T Hall"
    beside "Tina Hill") is a letter or a swap from that of the one page of the same folders whose first given name
    starts with the same letter, whose surname starts with the same letter, and which is named in at least
    ``SURNAME_SLIP_DOMINANCE`` times as many articles: minutes typed in a hurry. The names of initials are filed
    by their initial and their surname's first letter, so each other name is compared with the few that share
    both, not with every name."""
    filed: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for name in full:
        given = parsed[name].given
        surname = name_key(parsed[name].surname)
        if name not in resolved and given and len(surname) >= 3 and all(is_initial(each) for each in given):
            filed[(given[0][:1].casefold(), surname[:1])].append((name, surname))
    if not filed:
        return
    larger: dict[str, list[str]] = defaultdict(list)
    for other in full:
        given = parsed[other].given
        if other in resolved or not given or not parsed[other].surname:
            continue
        other_surname = name_key(parsed[other].surname)
        for name, surname in filed.get((given[0][:1].casefold(), other_surname[:1]), ()):
            if (other_surname != surname and abs(len(other_surname) - len(surname)) <= 1
                    and (len(surname) >= 5 or len(other_surname) == len(surname) + 1)
                    and counts[other] >= SURNAME_SLIP_DOMINANCE * counts[name] and folders[other] & folders[name]
                    and OSA.distance(surname, other_surname, score_cutoff=1) <= 1):
                larger[name].append(other)
    for name, others in larger.items():
        initials = [given[:1].casefold() for given in parsed[name].given]
        same_initials = [other for other in others if all(is_initial(given) for given in parsed[other].given)
                         and [given[:1].casefold() for given in parsed[other].given] == initials]
        if len(others) == 1:
            resolved[name] = others[0]
        elif len(same_initials) == 1 and len({name_key(parsed[other].surname) for other in others}) == 1:
            # "T Man" beside "T Mann" and "Tina Mann": the one spelling, and the initials as written; where
            # "T Mann" goes (``_join_initials``), "T Man" follows.
            resolved[name] = same_initials[0]


CONTEXT_EVIDENCE = 2
"""What the articles of two names a letter apart must share for the two to be one person with no dominance
(``_join_context_twins``): a body counts two, another person one, so one body ("BPI chairman" under two
spellings) or two people will do, and one other person named in both (a prime minister named everywhere) will not.
On the development halves this joins 4 pairs (BBC 3, parish 1), all right; every other pair a letter apart in the
same folders ("Paul Thomson" of one band, "Paul Thompson" of another) shares nothing."""


def _context_of(name: str, tables: NameTables) -> set[str]:
    """The other people (by last word, casefolded) and the bodies the articles of ``name`` give: what a person's
    articles are about. Reads only the rows of the name's own articles (``people_at``, ``organisations_at``)."""
    own = name_key(name.split()[-1]).casefold()
    return set().union(*(_context_at(position, own, tables) for position in tables.articles_of[name]))


def _context_at(position: int, own: str, tables: NameTables) -> set[str]:
    """The other people (by last word, casefolded, but ``own``) and the bodies ("@" and casefolded) the article at
    ``position`` names."""
    context = {word for other in tables.people_at[position] if (word := name_key(other.split()[-1]).casefold()) != own}
    context.update("@" + body.casefold() for body in tables.organisations_at[position])
    return context


def _context_with_posts_at(position: int, own: str, tables: NameTables) -> set[str]:
    """``_context_at`` and the bodies of every post the article at ``position`` gives anyone ("@" and casefolded)."""
    context = _context_at(position, own, tables)
    context.update("@" + role.organisation.casefold() for role in tables.roles_at[position] if role.organisation)
    return context


def _shared_context(first: str, second: str, tables: NameTables) -> int:
    """Bodies (two each) and people (one each) the articles of both names give (``CONTEXT_EVIDENCE``)."""
    shared = _context_of(first, tables) & _context_of(second, tables)
    return sum(2 if word.startswith("@") else 1 for word in shared)


def _join_context_twins(
    full: Sequence[str], counts: Counter[str], folders: dict[str, set[str]], resolved: dict[str, str | None],
    parsed: dict[str, ParsedName], tables: NameTables,
) -> None:
    """"Jane Doee" beside "Jane Doe", "Jnae Doe" beside "Jane Doe", where neither is named enough more often for the
    slip rules above: the same given names and surnames one letter or one swap apart with the same first letter
    (four letters at least), or the same surname and first given names so apart (three letters at least, the
    rest the same), in the same folders, never in one article (there two spellings are two people: inference
    joins a slip within an article), and their articles share ``CONTEXT_EVIDENCE`` other people or bodies at
    the least ("Jet Airways" and its founder's two spellings; the same club's players around a misspelt
    player). Each must be the other's only such name. The page is the name in more articles, then the one whose
    words the census knows, then the first. Two people of one given name and near surnames are common across
    an archive ("David Kelly", "David Kelley"); in articles on the same people and bodies, one misspelt is far
    likelier. Reads the rows of the two names' own articles only, as ``_TeamMates`` does."""
    if len(full) < 2:  # most groups: one name
        return
    candidates = [name for name in full if name not in resolved and parsed[name].given
                  and not is_initial(parsed[name].given[0]) and parsed[name].surname]
    if len(candidates) < 2:
        return
    # Filed by given names and by surname (and the other part's first letter, which must be the same), each name
    # is compared with the few that may be a letter off (``_slip_candidates``), not with every name of its group:
    # at 2,000 BBC articles this rule costs 1-2 % of ``page_names``.
    by_given: dict[tuple[str, ...], list[str]] = defaultdict(list)
    by_surname: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in candidates:
        words = parsed[name]
        surname, given = name_key(words.surname), [name_key(word) for word in words.given]
        by_given[(*given, surname[:1])].append(name)
        by_surname[(surname, *given[1:], given[0][:1])].append(name)
    pairs: list[tuple[str, str]] = []
    for filed, least, part in ((by_given, 4, lambda words: name_key(words.surname)),
                               (by_surname, 3, lambda words: name_key(words.given[0]))):
        for group in filed.values():
            if len(group) < 2:
                continue
            keys = [part(parsed[name]) for name in group]
            for at, (first, near) in enumerate(zip(group, _slip_candidates(keys), strict=True)):
                for later in near:
                    second = group[later]
                    one, other = keys[at], keys[later]
                    if (later <= at or one == other or one[:1] != other[:1] or min(len(one), len(other)) < least
                            or OSA.distance(one, other, score_cutoff=1) > 1
                            or len(parsed[first].given) != len(parsed[second].given)
                            or generation_of(parsed[first]) != generation_of(parsed[second])
                            or not folders[first] & folders[second]
                            or tables.articles_of[first] & tables.articles_of[second]
                            or (filed is by_surname and _sexes_differ(first, second, parsed))
                            or _two_callings(first, second, tables.title_words)):
                        continue  # titles of two callings ("Dr Jane Dee", "Cllr Jane Doe"): ``_join_surname_slips``
                    if _shared_context(first, second, tables) >= CONTEXT_EVIDENCE:
                        pairs.append((first, second))
    partners = Counter(name for pair in pairs for name in pair)
    for pair in pairs:
        if any(partners[name] > 1 for name in pair):
            continue  # "Jane Doe", "Jane Doee" and "Jane Dooe": which one is the real spelling is unclear

        def order(name: str) -> tuple[int, int, int]:
            words = parsed[name]
            known = (name_key(words.given[0]).casefold() in given_names()) + is_census_surname(words.surname)
            return -counts[name], -known, candidates.index(name)

        keep, other = sorted(pair, key=order)
        resolved[other] = keep


RARE_SLIP_LENGTH = 7
"""Letters a surname the census does not know must have, at the least, for ``_join_rare_name_slips`` to read two
spellings of it two letters apart as one name; and a given name too, for two given names two letters apart under
one such surname. Shorter words two letters apart are often two names ("Mauro" and "Mirco" of one family)."""


def _bare(word: str) -> str:
    """``name_key`` without hyphens, apostrophes and spaces: "Al-Walid" and "Alwalid" are one spelling."""
    return re.sub(r"[-'\s]", "", name_key(word))


def _rare_slip_surname(surname: str) -> bool:
    """A surname ``_join_rare_name_slips`` may read as misspelt: its last word no surname of the census, and
    ``RARE_SLIP_LENGTH`` letters at the least (hyphens, apostrophes and spaces aside). Only these are filed under
    the rule's keys (``group_keys``): filing every rare surname made grouping the whole BBC corpus a third slower."""
    words = surname.split()
    return bool(words) and len(_bare(surname)) >= RARE_SLIP_LENGTH and not is_census_surname(words[-1])


def _join_rare_name_slips(
    full: Sequence[str], counts: Counter[str], folders: dict[str, set[str]], resolved: dict[str, str | None],
    parsed: dict[str, ParsedName], tables: NameTables,
) -> None:
    """"Elene Likhotseva" beside "Elena Likhovtseva", "Mikhail Khordokovsky" beside "Mikhail Khodorkovsky": a name
    spelt two letters apart in all (a letter moved, or a letter off in each of the given name and the surname),
    where the one-letter rules above see two names. Both surnames are none of the US Census's (a name that rare is
    seldom two people's in one section: "Scarlett Johnson" of a soap beside "Scarlett Johansson" has a census
    surname and stays apart), of seven letters at the least (``RARE_SLIP_LENGTH``), with the same first letter;
    the given names as many, each with the same first letter as the other's, and one letter apart at most, five
    letters at the least when apart, of no two sexes; or, under one surname, the given names two letters apart and
    of seven letters at the least ("Al-Walid" and "Alwaleed"; never "Mauro" and "Mirco", brothers). The two share
    a folder, are never named in one article (inference joins a slip there), and each is the other's only such
    name. The page is the name in more articles, then the one whose given name is a known one, then the first.
    On the development halves this joins 2 pairs (BBC; both right) and keeps apart the one other pair it compares
    (brothers); parish names give it no pair. Names are filed by their first given name's initial and each surname
    with a letter out
    (``_slip_candidates``), so a name is compared with the few that may be a slip of it."""
    if len(full) < 2:
        return
    candidates = [name for name in full if name not in resolved and parsed[name].given
                  and not is_initial(parsed[name].given[0]) and _rare_slip_surname(parsed[name].surname)]
    if len(candidates) < 2:
        return
    by_initial: dict[str, list[str]] = defaultdict(list)
    for name in candidates:
        by_initial[name_key(parsed[name].given[0])[:1]].append(name)
    pairs: list[tuple[str, str]] = []
    for group in by_initial.values():
        if len(group) < 2:
            continue
        surnames = [_bare(parsed[name].surname) for name in group]
        for at, (first, near) in enumerate(zip(group, _slip_candidates(surnames), strict=True)):
            for later in near:
                second = group[later]
                if later > at and _rare_slips(first, second, folders, parsed, tables):
                    pairs.append((first, second))
    partners = Counter(name for pair in pairs for name in pair)
    for pair in pairs:
        if any(partners[name] > 1 for name in pair):
            continue

        def order(name: str) -> tuple[int, int, int]:
            return -counts[name], -(name_key(parsed[name].given[0]) in given_names()), candidates.index(name)

        keep, other = sorted(pair, key=order)
        resolved[other] = keep


def _rare_slips(first: str, second: str, folders: dict[str, set[str]], parsed: dict[str, ParsedName],
                tables: NameTables) -> bool:
    """Whether two names of rare surnames are one name spelt two letters apart (``_join_rare_name_slips``)."""
    one, other = parsed[first], parsed[second]
    surname_a, surname_b = _bare(one.surname), _bare(other.surname)
    given_a, given_b = [_bare(word) for word in one.given], [_bare(word) for word in other.given]
    if (len(given_a) != len(given_b) or surname_a[:1] != surname_b[:1]
            or generation_of(one) != generation_of(other) or not folders[first] & folders[second]
            or tables.articles_of[first] & tables.articles_of[second]
            or any(is_initial(a) or is_initial(b) for a, b in zip(one.given, other.given, strict=True))
            or any(a[:1] != b[:1] for a, b in zip(given_a, given_b, strict=True))):
        return False
    surname_apart = OSA.distance(surname_a, surname_b, score_cutoff=2)
    given_apart = [OSA.distance(a, b, score_cutoff=2) for a, b in zip(given_a, given_b, strict=True)]
    if (surname_apart + sum(given_apart) != 2 or _sexes_differ(first, second, parsed)
            or _two_callings(first, second, tables.title_words)):
        return False
    if surname_apart == 0:  # "Al-Walid"/"Alwaleed bin Talal": one given name two letters apart, both long
        return all(min(len(a), len(b)) >= RARE_SLIP_LENGTH
                   for a, b, apart in zip(given_a, given_b, given_apart, strict=True) if apart)
    return all(
        apart <= 1 and (apart == 0 or min(len(a), len(b)) >= SPELLING_TWIN_MIN_LENGTH)
        for a, b, apart in zip(given_a, given_b, given_apart, strict=True))


def _rare_slip_first(page: str, name: str, counts: Counter[str], parsed: dict[str, ParsedName]) -> bool:
    """Whether ``name`` may join ``page`` as a slip of the pen with no dominance (``_join_surname_slips``): one of
    the two surnames is no common surname (``is_common_surname``), and ``page`` comes first by a common spelling,
    a census spelling, articles, then order."""
    common = [is_common_surname(parsed[each].surname) for each in (page, name)]
    if all(common) or counts[page] * SURNAME_SLIP_DOMINANCE <= counts[name]:
        return False
    census = [is_census_surname(parsed[each].surname) for each in (page, name)]
    return ((not common[0], not census[0], -counts[page], page)
            < (not common[1], not census[1], -counts[name], name))


_SOUND_SPELLINGS = (("ph", "v"), ("ck", "k"), ("z", "s"))
"""Letters that spell one sound in English names, the first written as the second (``sound_key``): "Stephens" and
"Stevens", "Rozier" and "Rossier"; vowels are kept, so "Bennett" and "Bonnett", two surnames, stay two."""


def sound_key(word: str, given: bool = False) -> str:
    """The sounds a name's word spells (``_join_sound_alike_twins``): ``_bare``, then the letters of
    ``_SOUND_SPELLINGS`` written one way and doubled letters single ("Pressley", "Presley"); for a given name, a
    silent final "e" dropped too ("Anne", "Ann"). No phonetic library is a dependency: Soundex, NYSIIS and
    Metaphone drop or merge the vowels, and so read "Bennett" and "Bonnett" as one name."""
    key = _bare(word)
    for spelling, sound in _SOUND_SPELLINGS:
        key = key.replace(spelling, sound)
    key = re.sub(r"(.)\1+", r"\1", key)
    if given and len(key) >= 3 and key.endswith("e"):
        key = key[:-1]
    return key


def sound_keys(parsed: ParsedName) -> tuple[str, ...]:
    """``sound_key`` of each given name, then of the surname: the key two sound-alike names share."""
    return (*(sound_key(given, given=True) for given in parsed.given), sound_key(parsed.surname))


SOUND_TWIN_MIN_LENGTH = 5
"""The fewest letters of a surname's ``sound_key`` for ``_join_sound_alike_twins``: "Coe"/"Co" or "Hale"/"Hal"
sound alike too and say too little."""


def _join_sound_alike_twins(
    full: Sequence[str], counts: Counter[str], folders: dict[str, set[str]], resolved: dict[str, str | None],
    parsed: dict[str, ParsedName], tables: NameTables,
) -> None:
    """"Kit Stephenson" beside "Kit Stevenson", "Ann Rozier" beside "Anne Rossier": two names of no initials whose words
    spell the same sounds (``sound_keys``) but are not one spelling, the surname's key of
    ``SOUND_TWIN_MIN_LENGTH`` letters at the least, in the same folders, never named in one article (an article
    that names both means two people: inference joins a slip within one article), of no two sexes, each the
    other's only such name. A village newsletter spells a neighbour's name as it sounds, and the one-letter rules
    above miss "ph" for "v" or "zz" for "s"; two people of one given name and surnames that sound alike in the
    same folders are rarer than one name spelt by ear. The page is the name in more articles, then the census
    spelling of the surname, then the first.

    On the parish development half this joins 2 pairs, both read and right (a newsletter's contributor and her
    signature; a volunteer of one council's minutes three years apart); on the BBC development half and the parish
    held-out half none. Names are filed by their ``sound_keys`` (``group_keys``), so
    each is compared only with the names of its key."""
    if len(full) < 2:  # most groups: one name
        return
    filed: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in full:
        given = parsed[name].given
        if (name not in resolved and given and not any(is_initial(each) for each in given)
                and len(sound_key(parsed[name].surname)) >= SOUND_TWIN_MIN_LENGTH):
            filed[sound_keys(parsed[name])].append(name)
    for names in filed.values():
        spellings = {name_key(name) for name in names}
        if len(names) != 2 or len(spellings) != 2:
            continue  # one spelling (case twins are joined above), or three names: which two are one is unclear
        first, second = names
        if (not folders[first] & folders[second] or tables.articles_of[first] & tables.articles_of[second]
                or _sexes_differ(first, second, parsed) or _two_callings(first, second, tables.title_words)
                or generation_of(parsed[first]) != generation_of(parsed[second])):
            continue

        def order(name: str) -> tuple[int, bool, int]:
            return -counts[name], not is_census_surname(parsed[name].surname.split()[-1]), full.index(name)

        keep, other = sorted(names, key=order)
        resolved[other] = keep


def _slip_candidates(surnames: Sequence[str]) -> list[list[int]]:
    """For each surname, the positions (in order) of the others that may be one letter or one swap from it.

    Two words that far apart (``OSA.distance`` 1) become one word when a letter is taken from each (the two
    letters swapped, or the one changed) or from the longer (the one added): each surname is filed under
    itself and every word it makes with a letter out, and a surname's candidates share one of those."""
    variants = [{surname, *(surname[:cut] + surname[cut + 1:] for cut in range(len(surname)))}
                for surname in surnames]
    filed: dict[str, list[int]] = defaultdict(list)
    for position, words in enumerate(variants):
        for word in words:
            filed[word].append(position)
    return [sorted({position for word in words for position in filed[word]}) for words in variants]


def _given_names_fit(short: ParsedName, long: ParsedName) -> bool:
    """"Jane Doe" and "Jane Ann Doe" (a middle name more, not an initial: "George W Doe" may be a son), "Andy
    Doe" and "Andrew Doe", "Jane de Doe" and "Jane Doe"; never given names of two sexes ("Julia", "Julian")."""
    a, b = short.given, long.given
    if len(a) > len(b):
        a, b = b, a
    if not a or is_initial(a[0]) or is_initial(b[0]) or generation_of(short) != generation_of(long):
        return False  # "Hank Doe Jr" is not his father "Hank Doe"
    sexes = {given_name_sexes().get(given[0].casefold(), "") for given in (a, b)} - {""}
    if len(sexes) == 2:
        return False  # "Julia Doe" and "Julian Doe": two people
    keys_a, keys_b = [name_key(g) for g in a], [name_key(g) for g in b]
    if len(a) < len(b):
        return keys_b[:len(a)] == keys_a and not any(is_initial(g) for g in b[len(a):])
    return keys_a[1:] == keys_b[1:] and (
        may_be_same_given_name(a[0], b[0]) or _sibling_nicknames(a[0], b[0]) or _misread_given_name(a[0], b[0])
        or _unisex_nickname_of(a[0], b[0]))


def _unisex_nickname_of(first: str, second: str) -> bool:
    """"Chris" and Christopher, "Sam" and Samantha: one a nickname the ``nicknames`` table gives to names of
    both sexes in the census, the other one of those names. ``may_be_same_given_name`` refuses them, having no
    one sex for the nickname; ``_join_only_fitting_twins`` joins them only when each is the other's one fit and
    no title ("Mrs Chris Doe") gives the two names different sexes. A nickname of many names of one sex ("Jonny":
    John, Jon, Jonathan) is not one of these, and stays apart as before."""
    a, b = first.casefold(), second.casefold()
    for nickname, name in ((a, b), (b, a)):
        if given_name_sexes().get(nickname) is not None:
            continue
        names = _nicknamer().canonicals_of(nickname)
        if name in names and {given_name_sexes().get(each) for each in names} >= {"m", "f"}:
            return True
    return False


def _sibling_nicknames(first: str, second: str) -> bool:
    """"Nikki" and "Nicky", "Jim" and "Jimmy": two spellings of a nickname, each a nickname of a name the other is
    one of too (the ``nicknames`` table), neither a nickname of the other, starting with the same letter and at
    most two letters apart ("Ted" and "Ned" share Edward, "Bill" and "Bob" Robert in the table, but are seldom
    one person's two spellings). Long names one letter apart ("Maria", "Marie") are ``_join_spelling_twins``' to
    weigh against a third page."""
    a, b = first.casefold(), second.casefold()
    distance = OSA.distance(a, b, score_cutoff=2)
    if a == b or a[:1] != b[:1] or distance > 2 or (distance == 1 and min(len(a), len(b)) >= SPELLING_TWIN_MIN_LENGTH):
        return False
    namer = _nicknamer()
    names_of_a, names_of_b = namer.canonicals_of(a), namer.canonicals_of(b)
    # "Jonny" is a nickname of "John" itself: ``may_be_same_given_name``'s case, which asks the sexes agree.
    return bool(names_of_a & names_of_b) and a not in names_of_b and b not in names_of_a


_MISREAD_LETTERS = (("li", "h"), ("rn", "m"), ("cl", "d"), ("vv", "w"))
"""Letters a scanner reads as others ("Colin" as "Cohn", "Carmen" as "Cannen" is not one): minutes in parish
newsletters are often typed from a scan."""


def _misread_form(given: str) -> str:
    folded = given.casefold()
    for letters, read_as in _MISREAD_LETTERS:
        folded = folded.replace(letters, read_as)
    return folded


def _misread_given_name(first: str, second: str) -> bool:
    """"Cohn" beside "Colin": one given name no known given name nor nickname, the other a known one, the same
    once the letters a scanner confuses are read alike."""
    known = [given.casefold() in given_names() or is_nickname_or_its_name(given) for given in (first, second)]
    return (known[0] != known[1] and first.casefold() != second.casefold()
            and _misread_form(first) == _misread_form(second))


def _join_only_fitting_twins(
    full: Iterable[str], counts: Counter[str], folders: dict[str, set[str]], resolved: dict[str, str | None],
    parsed: dict[str, ParsedName], titled_sexes: dict[str, set[str]] | None = None, tables: NameTables | None = None,
) -> None:
    """Two pages of one surname (particles aside) whose given names fit ("Rafa"/"Rafael", "Jose"/"Jose Maria",
    "Andy"/"Andrew") join when each is the only page the other fits in the same folders; first given names that
    open differently ("Ian"/"John", ``_other_given_name``) only when named together too (``_named_together``).

    Each name is tested only against the names ``_fitting_candidates`` indexes as possible fits, not against
    its whole surname: at 10,000 articles (the BBC corpus replicated) 2,772 tests in place of 418,796, which
    took most of ``page_names``' 2.8 s (0.55 s with this index and ``_join_nickname_twins``'). The test is unchanged;
    ``tests/unit/test_identity.py`` checks that the index misses no fitting pair of a list of given names."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in full:
        if name not in resolved and parsed[name].given and parsed[name].surname:  # not "Sir Jane"
            by_surname[name_key(parsed[name].surname.split()[-1])].append(name)
    for group in by_surname.values():
        if len(group) < 2:
            continue
        candidates = _fitting_candidates([parsed[name].given for name in group])
        fits = {name: [group[position] for position in candidates[index]
                       if position != index and folders[name] & folders[group[position]]
                       and _given_names_fit(parsed[name], parsed[group[position]])]
                for index, name in enumerate(group)}
        for name, others in fits.items():
            if len(others) != 1 or name in resolved:
                continue
            other = others[0]
            if fits.get(other) != [name] or other in resolved:
                continue
            sexes = {_sex_of(each, parsed[each], titled_sexes or {}) for each in (name, other)}
            if {"m", "f"} <= sexes:
                continue  # "Mrs Chris Doe" and "Christopher Doe": two people
            if (_other_given_name(parsed[name].given[0], parsed[other].given[0])
                    and not _named_together(name, other, tables)):
                continue  # "Ian Doe" and "John Doe": the nickname table alone
            keep, drop = sorted((name, other), key=lambda n: (-counts[n], -len(n), n))
            resolved[drop] = keep


SHORT_GIVEN_NAME_MIN_LENGTH = 3
"""The fewest letters of a given name cut short that ``_join_short_given_names`` reads as one ("Bev"; not "Jo")."""


def _sexes_of(name: str, parsed: ParsedName, titled_sexes: dict[str, set[str]]) -> set[str]:
    """Every sex the census gives the first given name or a title the name is written with gives ("Mrs Doe")."""
    sexes = set(titled_sexes.get(name, ()))
    if parsed.given and not is_initial(parsed.given[0]):
        sexes.add(given_name_sexes().get(parsed.given[0].casefold(), ""))
    sexes.discard("")
    return sexes


def _join_short_given_names(
    full: Iterable[str], folders: dict[str, set[str]], resolved: dict[str, str | None],
    parsed: dict[str, ParsedName], titled_sexes: dict[str, set[str]], articles_of: dict[str, set[int]],
) -> None:
    """"Bev Doe" joins "Beverley Doe": a one-word given name the start of a longer given name of the same
    surname and the same sex, when the two share an article and no other such longer name is in it, or, where
    they do not, when that longer name is the archive's only one the short form starts and they share a folder.

    Newsletters and news write a person's short form beside the full one ("Beverley Doe ... Bev said") far
    more often than two people of one surname whose given names start alike, and the ``nicknames`` table lacks
    many such short forms, or has only another spelling of the full name ("Beverly"). ``_join_only_fitting_twins``
    takes a start at most three letters short, and only where each is the other's only fit. Never across sexes
    (the census's sex of either name, or a title: "Dan"/"Daniella"), nor between generations ("Jr"), nor when
    the short form may also be another page's given name of the surname ("Jon" beside "John" and "Jonathan")."""
    by_start: dict[tuple[str, str], list[str]] = defaultdict(list)
    same_surname: dict[str, list[str]] = defaultdict(list)
    for name in full:
        given = parsed[name].given
        if name not in resolved and given and parsed[name].surname and not is_initial(given[0]):
            same_surname[name_key(parsed[name].surname)].append(name)
            folded = given[0].casefold()
            if len(folded) > SHORT_GIVEN_NAME_MIN_LENGTH:
                by_start[(name_key(parsed[name].surname), folded[:SHORT_GIVEN_NAME_MIN_LENGTH])].append(name)
    if not by_start:
        return
    joins: dict[str, str] = {}
    for name in full:
        given = parsed[name].given
        if name in resolved or len(given) != 1 or is_initial(given[0]) or not parsed[name].surname:
            continue
        short = given[0].casefold()
        if len(short) < SHORT_GIVEN_NAME_MIN_LENGTH:
            continue
        sexes = _sexes_of(name, parsed[name], titled_sexes)
        start = (name_key(parsed[name].surname), short[:SHORT_GIVEN_NAME_MIN_LENGTH])
        longer = [other for other in by_start.get(start, ())
                  if other != name and (other_given := parsed[other].given[0].casefold()).startswith(short)
                  and len(other_given) > len(short)
                  and len(sexes | _sexes_of(other, parsed[other], titled_sexes)) == 1
                  and generation_of(parsed[name]) == generation_of(parsed[other])]
        if not longer:
            continue
        if any(other not in longer and other_given and not is_initial(other_given[0])
               and other_given[0].casefold() != short and may_be_same_given_name(short, other_given[0])
               for other in same_surname[name_key(parsed[name].surname)]
               if (other_given := parsed[other].given)):
            continue  # "Jon Doe" beside "John Doe" as well as "Jonathan Doe": it fits two
        together = [other for other in longer if articles_of[name] & articles_of[other]]
        if len(together) == 1:
            joins[name] = together[0]
        elif not together and len(longer) == 1 and folders[name] & folders[longer[0]]:
            joins[name] = longer[0]
    resolved.update(joins)


def _join_sibling_abbreviations(
    full: Iterable[str], counts: Counter[str], folders: dict[str, set[str]], resolved: dict[str, str | None],
    parsed: dict[str, ParsedName], tables: NameTables,
) -> None:
    """"Mi Doe" joins "Milo Doe": a given name of two letters, a capital and a small one ("Mi", "Ma"), is a team
    sheet's short form for one of two players of one surname, when an article naming it names another of that
    surname under another two letters ("Mi Doe ... Ma Doe": the letters tell brothers apart) and one page of the
    surname in the same folders has a longer given name that starts with them (clearly the one:
    ``SURNAME_DOMINANCE`` times the articles of the next). Read alone, "Mi" and "Ma" are given names in some
    country's list, so no other rule joins them, and a line-up gave each brother a second page. Reads the people of
    the short name's own articles (``NameTables.people_at``) and the names of its group."""
    names = [name for name in full if name not in resolved]
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in names:
        given = parsed[name].given
        if given and parsed[name].surname and len(given[0]) > 2 and not is_initial(given[0]):
            by_surname[name_key(parsed[name].surname)].append(name)
    if not by_surname:
        return
    for name in names:
        given, surname = parsed[name].given, parsed[name].surname
        if len(given) != 1 or len(given[0]) != 2 or not given[0].istitle() or not surname:
            continue
        key = name_key(surname)
        siblings = {other for position in tables.articles_of[name] for other in tables.people_at[position]
                    if other != name and (other_given := parsed.get(other)) is not None
                    and len(other_given.given) == 1 and len(other_given.given[0]) == 2
                    and name_key(other_given.surname) == key}
        if not siblings:
            continue
        short = given[0].casefold()
        candidates = sorted((page for page in by_surname.get(key, ())
                             if parsed[page].given[0].casefold().startswith(short) and folders[page] & folders[name]
                             and generation_of(parsed[page]) == generation_of(parsed[name])),
                            key=_page_order(counts))  # type: ignore[arg-type]
        if candidates and (len(candidates) == 1 or counts[candidates[0]] >= SURNAME_DOMINANCE * counts[candidates[1]]):
            resolved[name] = candidates[0]


MIDDLE_INITIAL_DOMINANCE = 2
"""How many times more articles "Jane Q Doe" must have than "Jane Doe" before the shorter joins it."""


def _join_middle_initial_twins(
    full: Iterable[str], counts: Counter[str], folders: dict[str, set[str]], resolved: dict[str, str | None],
    parsed: dict[str, ParsedName],
) -> None:
    """"George Doe" joins "George W Doe" when that is the one page of the same folders that adds middle initials
    to the same given name and it has at least ``MIDDLE_INITIAL_DOMINANCE`` times as many articles, or when it is
    the archive's only form of that name with middle initials (in any folders) and "George Doe" is not named far
    more: a father of the same name (the reason ``_given_names_fit`` refuses an initial) is then the rarer
    reading, and news drops the initial of a person it names often. A second form ("George H W Doe") or
    generational letters ("George W Doe Jr") say two people, and they stay apart."""
    with_initials: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in full:
        given = parsed[name].given
        if (name not in resolved and len(given) >= 2 and not is_initial(given[0])
                and all(is_initial(middle) for middle in given[1:])):
            with_initials[(name_key(given[0]), name_key(parsed[name].surname))].append(name)
    if not with_initials:
        return
    for name in full:
        given = parsed[name].given
        if name in resolved or len(given) != 1 or is_initial(given[0]):
            continue
        variants = with_initials.get((name_key(given[0]), name_key(parsed[name].surname)), [])
        longer = [page for page in variants if folders[page] & folders[name]]
        if len(longer) == 1 and counts[longer[0]] >= MIDDLE_INITIAL_DOMINANCE * counts[name]:
            resolved[name] = longer[0]
        elif (len(variants) == 1 and generation_of(parsed[name]) == generation_of(parsed[variants[0]])
                and counts[name] < MIDDLE_INITIAL_DOMINANCE * counts[variants[0]]):
            # The archive's one form of the name with middle initials, in any folders, and the shorter not named
            # far more (then the loop below may join the other way): "George Doe" beside "George W Doe" alone is
            # the same man far more often than his father of one name, whom a second form ("George H W Doe") or
            # "Jr" would tell apart.
            resolved[name] = variants[0]
    plain: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in full:
        given = parsed[name].given
        if name not in resolved and len(given) == 1 and not is_initial(given[0]):
            plain[(name_key(given[0]), name_key(parsed[name].surname))].append(name)
    for key, names in with_initials.items():
        for name in names:
            shorter = [page for page in plain.get(key, ()) if folders[page] & folders[name]
                       and resolved.get(page) is None]
            if (name not in resolved and len(shorter) == 1
                    and len(_middle_initials(names, parsed)) == 1
                    and counts[shorter[0]] >= MIDDLE_INITIAL_DOMINANCE * sum(counts[each] for each in names)):
                # "John Q Doe" of one signature beside "John Doe" of many articles: the same person, the
                # initial written once (the reverse of the join above, at the same dominance).
                resolved[name] = shorter[0]


def _middle_initials(names: Iterable[str], parsed: dict[str, ParsedName]) -> set[tuple[str, ...]]:
    """The different middle initials, with generational letters, of names of one given name and surname ("W",
    "H W", "W" with "Jr")."""
    return {(*(name_key(g) for g in parsed[each].given[1:]), generation_of(parsed[each])) for each in names}


FIT_PREFIX_SLACK = 3
"""``may_be_same_given_name``'s most letters by which a given name may be longer than the one it starts with."""


def _fitting_candidates(given_names_of: Sequence[tuple[str, ...]]) -> list[list[int]]:
    """For each list of given names, the positions (in order) of the others ``_given_names_fit`` may accept.

    A fit needs the same first given name (``name_key``) when the lists differ in length; when they do not,
    ``may_be_same_given_name``: first names that fold to one, a nickname and its only name, or one the start
    of the other (three letters at least, ``FIT_PREFIX_SLACK`` at most missing), a nickname and any of its
    names, two nicknames of one name, or one name misread by a scanner (``_misread_form``). Each name is filed under
    those keys, and a name's candidates are those filed under the keys it looks up."""
    filed: dict[tuple[str, str], list[int]] = defaultdict(list)
    lookups: list[list[tuple[str, str]]] = []
    for position, given in enumerate(given_names_of):
        if not given:
            lookups.append([])
            continue
        first = given[0]
        folded = first.casefold()
        keys = [("key", name_key(first)), ("folded", folded)]
        own_prefixes = [folded[:cut] for cut in range(max(3, len(folded) - FIT_PREFIX_SLACK), len(folded))]
        nickname_of = _nicknamer().canonicals_of(folded)
        for kind, key in keys:
            filed[(kind, key)].append(position)
        for prefix in own_prefixes:
            filed[("starts with", prefix)].append(position)
        for canonical in nickname_of:
            filed[("nickname of", canonical)].append(position)
        filed[("misread", _misread_form(first))].append(position)
        wanted = [*keys, ("starts with", folded), ("nickname of", folded), ("misread", _misread_form(first))]
        wanted += [("nickname of", canonical) for canonical in nickname_of]
        wanted += [("folded", prefix) for prefix in own_prefixes]
        wanted += [("folded", canonical) for canonical in nickname_of]
        lookups.append(wanted)
    return [sorted({position for key in wanted for position in filed.get(key, ())}) for wanted in lookups]


def _join_tails(full: Iterable[str], counts: Counter[str], folders: dict[str, set[str]],
                resolved: dict[str, str | None]) -> None:
    """"Farina Doe" (a double surname written without the given name) joins "Jane Farina Doe" when she is the
    one page in the same folders that ends with it and its first word is no one's given name."""
    names = [name for name in full if name not in resolved]
    by_tail: dict[str, list[str]] = defaultdict(list)
    for name in names:
        words = name.split()
        if len(words) >= 3:
            for cut in range(1, len(words) - 1):
                if _starts_with_given_name(name) or words[cut].casefold() in SURNAME_PARTICLES:
                    by_tail[" ".join(words[cut:]).casefold()].append(name)
    for name in names:
        # "Van Persie" at a sentence start is "Jane van Persie" too, though "Van" is also a given name.
        if _starts_with_given_name(name) and name.split()[0].casefold() not in SURNAME_PARTICLES:
            continue
        longer = [page for page in by_tail.get(name.casefold(), ()) if folders[page] & folders[name]]
        if len(longer) == 1:
            resolved[name] = longer[0]


def _join_unhyphenated_surnames(
    full: Iterable[str], folders: dict[str, set[str]], resolved: dict[str, str | None],
    parsed: dict[str, ParsedName], counts: Counter[str] | None = None,
) -> None:
    """"Nicholas Letch" (written without its hyphen, so read as a given name and a surname) joins "J Nicholas-Letch"
    when that is the one page of the same folders whose surname is the two words hyphenated; "Jo Nicholas Letch"
    and "Jo Nicholas-Letch" are one page (the same given name before), under the spelling more articles use."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in full:
        surname = parsed[name].surname
        if name not in resolved and "-" in surname:
            by_surname[surname.casefold()].append(name)
    if not by_surname:
        return
    for name in full:
        words = name.split()
        if name in resolved or len(words) not in (2, 3):
            continue
        longer = [page for page in by_surname.get("-".join(words[-2:]).casefold(), ())
                  if folders[page] & folders[name] and page != name
                  and (len(words) == 2 or [name_key(g) for g in parsed[page].given] == [name_key(words[0])])]
        named_in_full = [page for page in longer if not all(is_initial(given) for given in parsed[page].given)]
        longer = named_in_full or longer  # "J Doe-Roe" is the "Jane Doe-Roe" beside it (``_join_initials``)
        if len(longer) == 1 and len(words) == 3 and counts is not None and counts[name] > counts[longer[0]]:
            resolved[longer[0]] = name  # "Jo Nicholas Letch" in more articles than "Jo Nicholas-Letch"
        elif len(longer) == 1:
            resolved[name] = longer[0]


def _join_initials(
    full: Iterable[str], counts: Counter[str], folders: dict[str, set[str]], resolved: dict[str, str | None],
    parsed: dict[str, ParsedName], titled_sexes: dict[str, set[str]] | None = None,
) -> None:
    """"M Doe" joins "Mary Doe" when she is clearly the one Doe with that initial in the same folders; with no
    such full name it stays a page of its own (results and team lists name people so); with two or more and
    none clearly the one, it is one of them, and no page. As for a surname alone, never a full name of the other
    sex: "Mrs D Doe" is not "David Doe", nor "Mr S Doe" "Sarah Doe" (the title against the census's sex of the
    given name, or against the titles the full name is written with)."""
    titled_sexes = titled_sexes or {}
    names = [name for name in full if name not in resolved]
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in names:
        if parsed[name].given and not is_initial(parsed[name].given[0]):
            by_surname[name_key(parsed[name].surname)].append(name)
    for name in names:
        given, surname = parsed[name].given, parsed[name].surname
        if not given or not all(is_initial(part) for part in given):
            continue
        initial = given[0][0].casefold()
        candidates = sorted((page for page in by_surname.get(name_key(surname), ())
                             if page[0].casefold() == initial and folders[page] & folders[name]),
                            key=_page_order(counts))  # type: ignore[arg-type]
        if (sex := _sex_of(name, parsed[name], titled_sexes)) is not None:
            candidates = [page for page in candidates if _sex_of(page, parsed[page], titled_sexes) in (None, sex)]
        if candidates and (len(candidates) == 1 or counts[candidates[0]] >= SURNAME_DOMINANCE * counts[candidates[1]]):
            resolved[name] = candidates[0]
        elif candidates:
            resolved[name] = None  # "S Doe" beside "Sam Doe" and "Sue Doe": one of them, no page of its own


def _join_by_a_later_initial(
    full: Iterable[str], counts: Counter[str], folders: dict[str, set[str]], resolved: dict[str, str | None],
    parsed: dict[str, ParsedName], titled_sexes: dict[str, set[str]] | None = None,
) -> None:
    """"S J Doe" or "SJ Doe" joins "Jane Doe" when ``_join_initials`` found no Doe of the same folders for "S" and
    she is the one Doe of them whose first given name starts with a later initial, of no other sex than the
    initials' title says: a woman christened Sarah Jane and called Jane signs her payments "SJ". With two such
    pages, or with any page for the first initial (then "S J Doe" is more likely a Sam the archive names in full
    elsewhere), it joins none. On the parish development half this joins 2 names, both read and right (the payments
    of two parish clerks, "SJ" and "F.J.", to their pages); on the BBC development half none."""
    names = [name for name in full if name not in resolved]
    if len(names) < 2:  # most groups: one name
        return
    titled_sexes = titled_sexes or {}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in names:
        first = parsed[name].given[:1]
        if first and not is_initial(first[0]) and not _run_of_initials(first[0]):
            by_surname[name_key(parsed[name].surname)].append(name)
    for name in names:
        given, surname = parsed[name].given, parsed[name].surname
        initials = [letter.casefold() for part in given for letter in name_key(part) if letter.isalpha()]
        if len(initials) < 2 or not all(is_initial(part) or _run_of_initials(part) for part in given):
            continue
        pages = [page for page in by_surname.get(name_key(surname), ()) if folders[page] & folders[name]]
        if (sex := _sex_of(name, parsed[name], titled_sexes)) is not None:
            pages = [page for page in pages if _sex_of(page, parsed[page], titled_sexes) in (None, sex)]
        if any(page[:1].casefold() == initials[0] for page in pages):
            continue
        later = [page for page in pages if page[:1].casefold() in initials[1:]]
        if len(later) == 1:
            resolved[name] = later[0]


def _run_of_initials(word: str) -> bool:
    """"SJ", "S.J.": capitals written together as initials (two or three, with or without full stops)."""
    return re.fullmatch(r"(?:[A-Z]\.?){2,3}", word) is not None


def _sex_of(name: str, parsed: ParsedName, titled_sexes: dict[str, set[str]]) -> str | None:
    """"m" or "f" when the given name (census, where clear: "Bertie" is no woman's name beside "Mr Doe") or the
    titles the name is written with ("Mrs Doe") say one sex."""
    sexes = set(titled_sexes.get(name, ()))
    if parsed.given and not is_initial(parsed.given[0]):
        sexes.add(clear_given_name_sexes().get(parsed.given[0].casefold(), ""))
    sexes.discard("")
    return next(iter(sexes)) if len(sexes) == 1 else None


TEAM_MATES = 2
"""Other players of a line-up, at the least, that a full name's articles of the same folder must also name for a
surname alone of that line-up to join it."""
COMMONEST_SURNAMES = 2000
"""Surnames so common (the census's first 2,000: "Jones", "Smith", "Murray") that two teams of any sport share
some: they are no evidence that a line-up and a person's articles name the same players."""


@cache
def _commonest_surnames() -> frozenset[str]:
    text = resources.files("names").joinpath("dist.all.last").read_text(encoding="utf-8").casefold()
    return frozenset(text.split()[: 4 * COMMONEST_SURNAMES : 4])  # the file is in rank order, four fields a line


@dataclass(slots=True)
class _TeamMates:
    """Whether the line-ups that give a surname alone name the players a full name's articles name. Reads the
    people of each article, its folder, and which articles are line-ups (``LINE_UP_SURNAMES``): all of it from
    ``Article.people`` and ``Article.source_file``, which incremental linking already compares."""

    people_at: list[set[str]]
    folder_at: list[str]
    line_ups: set[int]
    articles_of: dict[str, set[int]]
    named_with: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    """The last words of the names each page's articles of a folder give besides it, worked out once each."""

    def fit(self, surname: str, page: str, pages_of_surname: int = 1) -> bool:
        """Every line-up giving ``surname`` names ``TEAM_MATES`` of the players ``page``'s articles of its folder
        name (leaving out the commonest surnames), or half of all its players, and ``page`` is named in every
        folder the surname is (a line-up's "Doe" in sport must not carry a drama's "Mrs Doe" in entertainment to
        the player's page); never when ``pages_of_surname``, the full names of the surname in its folders, are
        more than one."""
        line_ups = self.articles_of[surname] & self.line_ups
        if not line_ups:
            return True
        if pages_of_surname > 1:
            return False  # a line-up's "Cole" beside "Ashley Cole" and "Joe Cole": team-mates tell no one apart
        common = _commonest_surnames()
        page_folders = {self.folder_at[position] for position in self.articles_of[page]}
        if any(self.folder_at[position] not in page_folders for position in self.articles_of[surname]):
            return False
        for position in sorted(line_ups):
            folder = self.folder_at[position]
            players = {_last_word(name) for name in self.people_at[position] if name != surname}
            named_with = self.named_with.get((page, folder))
            if named_with is None:
                named_with = self.named_with[page, folder] = {
                    _last_word(name) for other in self.articles_of[page] if self.folder_at[other] == folder
                    for name in self.people_at[other] if name != page}
            shared = players & named_with
            if (len({word for word in shared if word.casefold() not in common}) < TEAM_MATES
                    and 2 * len(shared) < len(players)):
                return False  # minutes' "Present:" lists pass by the second test: the same councillors each time
        return True


def _last_word(name: str) -> str:
    return name.split()[-1]


def _resolve_surnames(
    surnames: Iterable[str], counts: Counter[str], folders: dict[str, set[str]], resolved: dict[str, str | None],
    parsed: dict[str, ParsedName], titled_sexes: dict[str, set[str]] | None = None,
    team_mates: _TeamMates | None = None, offices: dict[str, set[str]] | None = None,
    ennobled: set[str] | None = None,
) -> None:
    """A surname alone joins the one full name of that surname clearly named most in the same folders, never one
    of the other sex: "Baroness Doe" (or "Mrs Doe") in one article is not the "John Doe" of others.
    With ``team_mates``, a surname alone that a match report's line-up gives joins only a full name whose articles
    of the same folder name two of the line-up's other players (``_TeamMates``): a Chelsea line-up's "Parker" is
    not the Wales rugby centre, nor a Scotland line-up's "Blair" the prime minister. A name goes to one page
    whichever article it is read in, so when a line-up does not fit, the name goes to none (the politics folder's
    bare "Blair" loses its link too: pages are decided per name, not per article). With ``offices``, a surname
    only ever under a police rank ("PC Doe") joins no full name only ever under a councillor's title ("Cllr P.
    Doe"), nor the other way round. A surname written "Mr Doe" in some articles and "Mrs Doe" in others joins no
    page here: a couple, two people of one name ("Mr Doe" of the minutes went to "Jane Doe" wherever the archive
    also wrote "Mrs Doe"); ``_surnames_per_article`` then joins each article's by the sex it gives. With
    ``ennobled`` (``NameTables.ennobled``), a surname some article writes "Lord Doe", "Baroness Doe" or "Lady Doe"
    joins only a full name some article writes with such a title ("Lord Doe" beside "John Doe", "Lady Jane Doe"): a
    peer is known by the title, so a commoner "John Doe" the archive never calls a lord is someone else (a Scottish
    judge "Lord Doe" is not the minister John Doe); the surname's other articles are then decided one by one."""
    titled_sexes = titled_sexes or {}
    offices = offices or {}
    ennobled = ennobled or set()
    ennobled_pages = {_follow(name, resolved) for name in ennobled if not is_surname_only(name)}
    pages: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        if not is_surname_only(name) and _follow(name, resolved) == name:
            pages[name_key(parsed[name].surname)].append(name)
    for name in surnames:
        if len(titled_sexes.get(name, ())) > 1:
            # "Mr Doe" in some articles and "Mrs Doe" in others: a couple, two people under one name, so no one
            # page takes it everywhere; ``_surnames_per_article`` joins each article's by the sex it writes.
            resolved[name] = None
            continue
        bare = parsed[name].surname if len(name.split()) == 1 else name
        candidates = [page for page in pages.get(name_key(bare), ()) if folders[page] & folders[name]]
        if (sex := _sex_of(name, parsed[name], titled_sexes)) is not None:
            candidates = [page for page in candidates if _sex_of(page, parsed[page], titled_sexes) in (None, sex)]
        if JUDGE_OFFICE in (office := offices.get(name, set())):
            # A surname some article gives a judge's title ("Lord Justice Doe") joins only a judge's full name,
            # not the minister of that surname the archive names most.
            candidates = [page for page in candidates if JUDGE_OFFICE in offices.get(page, set())]
        elif len(office) == 1:
            candidates = [page for page in candidates if len(offices.get(page, set()) | office) == 1]
        if name in ennobled:
            candidates = [page for page in candidates if page in ennobled_pages]
        ranked = sorted(candidates, key=_page_order(counts))  # type: ignore[arg-type]
        # A known given name alone ("George") is more often someone's first name than that person's surname; not
        # in a match report's line-up, whose entries are surnames ("Dale" of a side is the player Jo Dale).
        lined_up = len(team_mates.articles_of[name] & team_mates.line_ups) if team_mates is not None else 0
        least = counts[name] + (counts[name] - lined_up if name.casefold() in given_names() else 0)
        least = max(least, 3 if name.casefold() in given_names() else 2)
        if (ranked and counts[ranked[0]] >= least
                and (len(ranked) == 1 or counts[ranked[0]] >= SURNAME_DOMINANCE * counts[ranked[1]])
                and (team_mates is None or team_mates.fit(name, ranked[0], len(ranked)))):
            resolved[name] = ranked[0]
        else:
            resolved[name] = None


_LOCAL_COUNCIL_TYPES = ("Parish", "Town", "Community", "Village", "Neighbourhood")
_LOCAL_COUNCIL = re.compile(rf"^(?P<place>.+) (?P<type>{'|'.join(_LOCAL_COUNCIL_TYPES)}) Council$")
_PLACE_PREFIXES = frozenset(
    "north south east west great little upper lower old new long high nether saint st market kings king's".split()
)
"""First words of place names ("West Dereham", "Great Massingham"): never taken for words stuck on a name."""
_JOINING_WORDS = frozenset({"and", "&", "cum", "with"})
"""Words of a joint council's name ("Stoke and Wretton Parish Council"), which is a council of its own."""
_GLUED_WORDS = ("of", "the", "to", "at", "in", "for")
"""Small words that minutes in capitals run into the place name that follows them ("OFWEST DEREHAM")."""
SPELLING_DOMINANCE = 3
"""How many times more articles a council must have than a name one letter away for that name to join it."""


def council_page_names(articles: Sequence[Article]) -> dict[str, str | None]:
    """Every council name the articles give -> the name of its page.

    Parish, town and community councils are recognised by their pattern, so their names as written vary; a
    name joins another local council's page when it is the same place written in capitals, with words stuck
    on the front ("Jane Doe Barton Parish Council", "Approve Barton Parish Council"), as initials ("BB Parish
    Council" for the Barton Bendish of the same article), as the first words of a longer place ("Barton Town
    Council" for the "Barton Market Town Council" it is written beside), or one letter away from a council
    named in ``SPELLING_DOMINANCE`` times as many articles, or from the last word of its place ("Bartton Parish
    Council" for "Great Barton Parish Council"). The parish, town, village, community or
    neighbourhood council of one place is one page; one whose place is no place (``_no_place``) gets no page,
    None. Principal councils come from the register and keep their names. Reads each article's council names
    only.
    """
    counts: Counter[str] = Counter()
    together: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        names = set(article.councils)
        counts.update(names)
        for name in names:
            together[name] |= names
    local = {name: match for name in counts if (match := _LOCAL_COUNCIL.match(name))}
    # One place has one local council whatever the writer calls it: "Barton Village Council" is "Barton
    # Parish Council" (or its town council), under the form most articles use.
    by_place: dict[str, list[str]] = defaultdict(list)
    for name, match in local.items():
        by_place[match["place"].casefold()].append(name)
    order = _page_order(counts)
    resolved: dict[str, str] = {}
    standing: dict[tuple[str, str], str] = {}
    for place, group in by_place.items():
        keep = min(group, key=order)  # type: ignore[arg-type]
        for kind in _LOCAL_COUNCIL_TYPES:
            standing[(place, kind)] = keep
        for name in group:
            if name != keep:
                resolved[name] = keep
    for name, match in local.items():
        if name in resolved:
            continue
        target = _local_council_target(name, match["place"], match["type"], standing, counts, together)
        if target is not None and target != name:
            resolved[name] = target
    pages: dict[str, str | None] = {name: _follow(name, resolved) or name for name in counts}  # type: ignore[misc]
    for name, match in local.items():
        if pages[name] == name and _no_place(match["place"], counts[name]):
            pages[name] = None
    return pages


def _no_place(place: str, articles: int) -> bool:
    """A place no council is named after: capitals with no vowel (the initials "KLWN" of a borough, as in "KLWN
    Parish Council Briefing"), or, in one article only, ordinary English words alone ("Model Scheme Parish
    Council has been accepted": a document's title)."""
    words = place.split()
    if any(word.isupper() and len(word) >= 4 and not re.search("[AEIOUY]", word) for word in words):
        return True
    return articles == 1 and all(is_common_word(word) for word in words if word.casefold() not in _JOINING_WORDS)


def _local_council_target(
    name: str, place: str, kind: str, standing: dict[tuple[str, str], str], counts: Counter[str],
    together: dict[str, set[str]],
) -> str | None:
    words = place.split()
    # Words stuck on the front: the longest shorter place that is a council of the archive.
    for cut in range(1, len(words)):
        dropped = [word.casefold() for word in words[:cut]]
        if any(word in _PLACE_PREFIXES or word in _JOINING_WORDS for word in dropped):
            break
        target = standing.get((" ".join(words[cut:]).casefold(), kind))
        if target is not None and counts[target] >= counts[name]:
            return target
    # A small word run into the place in capitals ("MINUTES OFWEST DEREHAM PARISH COUNCIL").
    lowered = place.casefold()
    for glued in _GLUED_WORDS:
        target = standing.get((lowered[len(glued):].lstrip(), kind)) if lowered.startswith(glued) else None
        if target is not None and target != name and counts[target] > counts[name]:
            return target
    others = [(key, target) for key, target in standing.items() if key[1] == kind and target != name]
    if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 4:
        initials = [target for key, target in others
                    if "".join(word[0] for word in key[0].split() if word not in _JOINING_WORDS) == words[0].casefold()]
        beside = [target for target in initials if target in together[name]]
        chosen = beside or initials
        if len(chosen) == 1:
            return chosen[0]
    longer = [target for key, target in others
              if key[0].startswith(place.casefold() + " ") and counts[target] > counts[name]
              and not (set(key[0].split()) & _JOINING_WORDS)]
    if len(longer) == 1 and longer[0] in together[name]:
        return longer[0]
    key = place.casefold()
    near = [target for other, target in others
            if len(key) >= 6 and counts[target] >= SPELLING_DOMINANCE * counts[name]
            and OSA.distance(key, other[0], score_cutoff=1) <= 1]
    if len(near) == 1:
        return near[0]
    # A misspelt last word of a longer place, alone ("Bartton Parish Council" beside "Great Barton Parish Council"):
    # no place is written one letter off another's last word but by a slip. Not the last word spelt right: "Barton"
    # beside "Great Barton" may be a parish of its own.
    tails = {target for other, target in others
             if len(words) == 1 and len(key) >= 5 and " " in other[0]
             and counts[target] >= SPELLING_DOMINANCE * counts[name]
             and OSA.distance(key, other[0].rsplit(" ", 1)[1], score_cutoff=1) == 1}
    if len(tails) == 1:
        return tails.pop()
    return None
