"""Namesakes apart, one person together: when the articles of one full name are two people (issue 18).

Pages of full names are decided per name (``identity.decide_group``); this splits one name's page into several when
its articles tie the name to **bodies of the same kind** (two parish or town councils, two principal councils, two
schools, two police forces, two clubs) in posts held **at the same time** as far as the dates tell, with **no
article tying it to both**. Everything else stays one page: on a real archive most same-name mentions are one
person, and a wrong split makes twin pages.

What ties a name to a body in an article (*strong* evidence):

- a post the article gives the person at a body of a known kind (``Article.roles``, its organisation): "Mary
  Doe, chair of Ayton Parish Council";
- a councillor's title ("Cllr Mary Doe") where the article names one council only, or a police rank ("Inspector
  Mary Doe") where it names one police force only.

What keeps one person together:

- a body the person's posts give as former anywhere ("former chief executive of Ayton District Council"): the
  person moved from it, so it clashes with nothing;
- an article tying the name to two bodies, or tying it to one and naming the other: both are one person's;
- posts at two bodies whose dated articles do not interleave (every article of one before every article of the
  other): a move, not two people;
- bodies of different kinds, or of different tiers of council (a county councillor sits on a district council
  too);
- neither body named with the name in two articles (a post misread in one article is as likely as a namesake);
- posts at the clashing bodies in half the articles giving the name a post or fewer: most of its posts are at
  bodies of no known kind, and a post read at a council in an article or two is likelier a misread;
- a body named two ways ("Ayton Council" and "Ayton District Council"; initials, "ACC"): one body.

An article of the name with no strong evidence goes to the part whose bodies it names (*weak* evidence: its
councils and organisations), else to the part with the most articles. Each part is a page named after its
commonest body, "Mary Doe (Ayton Parish Council)", and every article's mention is keyed by article
(``identity.article_name_key``). Only pages that no other form of the name joined are split (a "Dave Doe" joined
to "David Doe" keeps the page whole): which form of a part each joined name went to is not recorded per article.

A page the bodies leave whole may still split by the archive's sections (``split_by_sections``): a coach in sport
and a fund manager in business, the two sides naming no person and no body in common; by sport (``split_by_sport``):
a striker and a flanker, the sides naming no person and no body in common; or by age (``split_by_age``): "Tom
Doe, 78," and "Tom Doe, 41," a year apart: births a generation apart, a father and a son.

A body's kind is read from its name's last words (``body_kind``), else from the post's own words (``post_kind``:
a head teacher's post is at a school). A post only a body of its kind has, read beside it ("head teacher of Ayton
Academy", ``well_read``), ties the name to the body in one article as firmly as two articles naming it would.

Each page with two articles or more also gets ``evidence``, one short sentence saying what makes its articles one
person (``PersonEntry.evidence``, shown on the page).

Reads, of each article of the name, only what ``identity.name_tables`` gathers (its people and their titled
forms, roles, councils, organisations and date), so linking in part, which records the fields that reads
(``cuttings/link.py:_decision_unchanged``) and re-decides the groups of the names an edit reaches, stays exact.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from cuttings.infer.names import COUNCILLOR_TITLES, POLICE_RANKS, is_common_surname, name_key, normalise_title
from cuttings.infer.wordlists import GAME_WORDS, SPORT_CALLINGS
from cuttings.model import RoleFact

_BODY_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("local council", re.compile(r" (?:Parish|Town|Community|Village|Neighbourhood) Council$")),
    ("county council", re.compile(r" County Council$")),
    ("council", re.compile(r" Council$")),
    ("school", re.compile(r" (?:School|Academy|College|Grammar)$")),
    ("police force", re.compile(r" (?:Police|Constabulary)$")),
    ("club", re.compile(r" (?:United|Rovers|Athletic|Albion|Wanderers|Rangers|Thistle|Hotspur|A?FC|RFC)$")),
    ("running club", re.compile(r" (?:Harriers|AC|Runners|Striders|Joggers|Athletic Club|Running Club)$")),
    ("cricket club", re.compile(r" Cricket Club$")),
    ("fire service", re.compile(r" (?:Fire and Rescue Service|Fire Service|Fire Brigade|Fire Station)$")),
    ("surgery", re.compile(r" (?:Surgery|Medical Practice|Health Centre|Medical Centre)$")),
    ("hospital", re.compile(r" Hospital$")),
    ("church", re.compile(r" (?:Church|Chapel)$")),
    ("law firm", re.compile(r" Solicitors$")),
)
"""Kinds of body one person holds one post at, at a time, told by the last words of the body's name. A council's
tier is its kind: a county councillor often sits on a district council too, a parish councillor rarely on a
second parish council. Firms are left out (a director sits on many boards), and so is any body whose name says
nothing of its kind ("Liverpool", "the Reds": a club's nickname would make a false clash)."""
FORMER = re.compile(r"^(?:former|ex-?|outgoing|retiring|retired|late|previous|then)\b", re.IGNORECASE)
"""A post the person holds no more ("former chief executive"; ``infer/roles.py`` puts the status in front)."""


_PRINCIPAL = frozenset({"council", "county council"})
_PRINCIPAL_POST = re.compile(r"\b(?:borough|district|county|city|unitary) councillor\b", re.IGNORECASE)


_POST_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("school", re.compile(r"^(?:acting |interim |executive )?(?:head ?teacher|head ?master|head ?mistress)\b"
                          r"|\b(?:school|academy)\b", re.IGNORECASE)),
    ("police force", re.compile(r"^(?:acting |temporary )?(?:chief |deputy chief |assistant chief )?constable$"
                                r"|^(?:detective |chief |acting )*(?:inspector|sergeant|superintendent)$",
                                re.IGNORECASE)),
)
"""Kinds of body a post's own words tell, whatever the body is called: a head teacher's post is at a school ("head
teacher of St Anne's", its body read as "St Anne"), a sergeant's at a police force."""
_WELL_READ_POSTS: dict[str, re.Pattern[str]] = {
    "school": re.compile(r"^(?:acting |interim |executive )?(?:head ?teacher|head ?master|head ?mistress|head"
                         r"|principal)\b", re.IGNORECASE),
    "police force": _POST_KINDS[1][1],
}
"""Posts that only a body of the kind has, read beside a body of that kind ("head teacher of Ayton Academy"):
the body is the post's and no misreading of the article's other bodies, so one article each way is enough to
tell two head teachers apart (``split_name``). A council's posts are not among them: "chief executive" beside the
article's council is as often another body's chief executive read wrongly."""


def post_kind(role: str, body: str) -> str | None:
    """The kind of the body of a post: its name's (``body_kind``), else what the post's own words say
    (``_POST_KINDS``: "headteacher of the primary school" at "St Anne")."""
    if (kind := body_kind(body)) is not None:
        return kind
    return next((kind for kind, pattern in _POST_KINDS if pattern.search(role)), None)


def well_read(role: str, body: str) -> bool:
    """Whether the post ``role`` at ``body`` is one only a body of its kind has (``_WELL_READ_POSTS``)."""
    kind = post_kind(role, body)
    return kind is not None and kind in _WELL_READ_POSTS and _WELL_READ_POSTS[kind].search(role) is not None


@cache
def body_kind(body: str) -> str | None:
    """The kind of body ``body`` is by its name's last words ("Ayton Parish Council" -> "local council"), or None."""
    for kind, pattern in _BODY_KINDS:
        if pattern.search(body):
            return kind
    return None


def _initials(body: str) -> str:
    return "".join(word[0] for word in body.split() if word[:1].isupper() and word.casefold() not in {"of", "and"})


@cache
def same_body(one: str, other: str) -> bool:
    """Two names of one body: equal ignoring case and "The", one inside the other ("Ayton Council", "Ayton District
    Council": a place's words kept in order), or one the other's initials ("ACC"); a police force as "Police" or
    "Constabulary"."""
    # "Ayton Constabulary" is "Ayton Police": a force is called either way, often in one article.
    first, second = (re.sub(r" constabulary$", " police", name_key(re.sub(r"^[Tt]he ", "", body)).casefold())
                     for body in (one, other))
    if first == second:
        return True
    short, long = sorted((first, second), key=len)
    short_words, long_words = short.split(), long.split()
    if len(short_words) >= 2 and short_words[0] == long_words[0] and short_words[-1] == long_words[-1]:
        return True  # "Ayton Council" / "Ayton District Council"
    one_words, other_words = one.split(), other.split()
    while len(one_words) > 1 and len(other_words) > 1 and one_words[-1].casefold() == other_words[-1].casefold():
        one_words, other_words = one_words[:-1], other_words[:-1]  # "SF Parish Council" / "Stoke Ferry Parish Council"
    for acronym, full in ((one_words, other_words), (other_words, one_words)):
        if len(acronym) == 1 and len(acronym[0]) >= 2 and acronym[0].isupper() and acronym[0].isalpha() \
                and _initials(" ".join(full)) == acronym[0]:
            return True  # "ACC" / "Ayton County Council"
    return False


@dataclass(slots=True)
class ArticleOfName:
    """One article naming the name, as this module reads it."""

    source_file: str
    date: dt.date | None
    strong: set[str]
    """Bodies of a known kind the article ties the name to by a current post."""
    titled: set[str]
    """The one council (or police force) of an article that gives the name a councillor's title (or a rank)."""
    ward_member: bool
    """Whether the article gives the name a post on a principal council ("borough councillor"): such a member is
    "Cllr" in the minutes of every parish of the ward, so a title there ties them to no parish council."""
    former: set[str]
    """Bodies the article gives the name a former post at."""
    named: set[str]
    """Every body the article names (its councils, organisations and posts'; a body named by its kind alone beside
    the name, in lower case, "parish council"): weak evidence of where it belongs."""
    posted: bool = False
    """Whether the article gives the name a post at any named body, of a known kind or not."""
    kinds: dict[str, str] = field(default_factory=dict)
    """Bodies of ``strong`` whose kind the post's words tell and their names do not (``post_kind``)."""
    well_read: set[str] = field(default_factory=set)
    """Bodies of ``strong`` the article gives a post only a body of their kind has (``well_read``)."""


def article_of_name(source_file: str, date: dt.date | None, names: Iterable[str], aliases: Iterable[str],
                    roles: Sequence[RoleFact], councils: Sequence[str], organisations: Sequence[str],
                    beside: Iterable[str] = ()) -> ArticleOfName:
    """What one article says about a name (any of ``names``, the forms of one page) and the bodies it names;
    ``beside``, the bodies the article writes right beside the name (``PersonMention.bodies``: "Jane Doe of Ayton
    Harriers", "the member for Priory ward on Ayton Town Council, Jane Doe"), tie it to them as a post does."""
    names = set(names)
    strong: set[str] = set()
    former: set[str] = set()
    posts = [role for role in roles if role.person in names and role.organisation]
    kinds: dict[str, str] = {}
    read_well: set[str] = set()
    for role in posts:
        body = role.organisation
        assert body is not None
        if FORMER.match(role.role):
            former.add(body)
        elif (kind := post_kind(role.role, body)) is not None:
            strong.add(body)
            if body_kind(body) is None:
                kinds[body] = kind
            if well_read(role.role, body):
                read_well.add(body)
    beside = list(beside)
    kinds_alone = {body for body in beside if body.islower()}  # "the parish council's planning chairman"
    beside = [body for body in beside if body_kind(body) is not None and body not in former]
    strong.update(beside)
    titles = {normalise_title(alias.split()[0]) for alias in aliases if " " in alias}
    if titles & POLICE_RANKS:
        # "Inspector Jane Doe of Ayton Police": a rank written with its force, as well read as "inspector of".
        read_well.update(body for body in beside if body_kind(body) == "police force")
    titled: set[str] = set()
    if not strong:
        if titles & COUNCILLOR_TITLES and len(councils) == 1 and body_kind(councils[0]) is not None:
            titled.add(councils[0])  # "Cllr Mary Doe" in an article naming Ayton Parish Council alone
        forces = [body for body in organisations if body_kind(body) == "police force"]
        if titles & POLICE_RANKS and len(forces) == 1:
            titled.add(forces[0])  # "Inspector Mary Doe" in an article naming Ayton Police alone
    ward_member = any(_PRINCIPAL_POST.search(role.role) or body_kind(role.organisation or "") in _PRINCIPAL
                      for role in roles if role.person in names)
    named = {*councils, *organisations, *(role.organisation for role in roles if role.organisation), *beside,
             *kinds_alone}
    return ArticleOfName(source_file, date, strong, titled, ward_member, former, named, bool(posts or beside), kinds,
                         read_well)


@dataclass(slots=True)
class Parts:
    """The outcome for one page: its parts (one when it stays whole), each a label and its articles' files."""

    parts: list[tuple[str, list[str]]]
    evidence: dict[str, str]
    """Each part's label ("" for a page left whole) -> the sentence its page shows."""


def _canonical_bodies(articles: Sequence[ArticleOfName], strong: Sequence[set[str]]) -> dict[str, str]:
    """Each body the articles tie the name to -> the one name it is counted under (``same_body``), the commonest."""
    counts = Counter(body for article, bodies in zip(articles, strong, strict=True)
                     for body in bodies | article.former)
    canonical: dict[str, str] = {}
    for body in sorted(counts, key=lambda body: (-counts[body], body)):
        canonical[body] = next((kept for kept in dict.fromkeys(canonical.values()) if same_body(kept, body)), body)
    return canonical


NOTHING_TELLS_APART = "One name, nothing telling two people apart."
"""What makes most pages one person: the same name in every article, and no post in them at a body of a kind."""
MOVE_GAP_DAYS = 180
"""Days at the least between the last article showing a post at one body and the first showing it at another for
the two to be one person's posts one after the other: a post seen in an article is held for months around its
date, so two articles a week apart at two schools are two head teachers; a chief executive who leaves one council
for another serves months of notice and is reported at the new one later still."""


def _sequential(dates: Sequence[dt.date | None], others: Sequence[dt.date | None]) -> bool:
    """Every article of one set dated well before every article of the other (``MOVE_GAP_DAYS``): a move in time,
    not two people at once. An undated article may be at any time, so never sequential."""
    if not dates or not others or None in dates or None in others:
        return False
    gap = dt.timedelta(days=MOVE_GAP_DAYS)
    return max(dates) + gap <= min(others) or max(others) + gap <= min(dates)  # type: ignore[operator]


def split_name(name: str, articles: Sequence[ArticleOfName], may_split: bool = True, count: int | None = None) -> Parts:
    """The parts of the page of ``name`` whose articles are ``articles`` (see the module's docstring); one part when
    not ``may_split`` (other forms of the name joined the page), its sentence then saying what clashes. With
    ``count``, the page's articles number ``count`` and ``articles`` are only those giving the name a post or a
    title: enough to tell whether the page may split (the others neither clash nor bridge), not whether it does
    (an article naming a body beside the name supports a clash) nor where they go: the caller then asks again with
    every article."""
    ward_member = any(article.ward_member for article in articles)
    strong = [article.strong | (set() if ward_member else article.titled) for article in articles]
    canonical = _canonical_bodies(articles, strong)
    former = {canonical[body] for article in articles for body in article.former}
    parent: dict[str, str] = {}

    def root(body: str) -> str:
        while parent.setdefault(body, body) != body:
            body = parent[body]
        return body

    strong_of: list[set[str]] = []
    for article_strong in strong:
        bodies = {canonical[body] for body in article_strong} - former
        strong_of.append(bodies)
        ordered = sorted(bodies)
        for body in ordered[1:]:  # one article tying the name to two bodies: one person's
            parent[root(body)] = root(ordered[0])
        for body in ordered[:1]:
            root(body)
    for article, bodies in zip(articles, strong_of, strict=True):
        # An article tying the name to one body and naming another the name is tied to elsewhere ("chief executive
        # of Ayton Council, is to join Beeton Council"): the two are one person's, however the post is worded.
        for named in sorted(article.named):
            for other in sorted(parent):
                if other not in bodies and bodies and same_body(named, other):
                    parent[root(other)] = root(min(bodies))
    components: dict[str, list[int]] = defaultdict(list)  # a body's root -> the articles tied to it
    for position, bodies in enumerate(strong_of):
        for component in dict.fromkeys(root(body) for body in bodies):
            components[component].append(position)
    told_kinds = {canonical[body]: kind for article in articles for body, kind in article.kinds.items()}
    kinds = {component: {body_kind(body) or told_kinds.get(body) for body in parent if root(body) == component}
             - {None} for component in components}
    read_well = {root(canonical[body]) for article in articles for body in article.well_read
                 if canonical[body] not in former}
    def support(component: str) -> int:
        """The articles tying the name to the component's bodies, or naming one of them beside the name."""
        members = [body for body in parent if root(body) == component]
        return sum(1 for article, bodies in zip(articles, strong_of, strict=True)
                   if any(root(body) == component for body in bodies)
                   or any(same_body(named, member) for named in article.named for member in members))

    clashing: set[str] = set()
    ordered_components = sorted(components)
    for index, one in enumerate(ordered_components):
        for other in ordered_components[index + 1:]:
            if not kinds[one] & kinds[other]:
                continue
            if _sequential([articles[position].date for position in components[one]],
                           [articles[position].date for position in components[other]]):
                continue
            if count is None and max(support(one), support(other)) < 2 and not {one, other} <= read_well:
                # Neither named with its body twice: a post misread in one article is as likely; unless both
                # posts are ones only such a body has ("head teacher of Ayton Academy"), read beside it.
                continue
            clashing.update((one, other))
    told = sum(1 for article, bodies in zip(articles, strong_of, strict=True) if bodies or article.posted)
    if clashing and 2 * sum(1 for bodies in strong_of if {root(body) for body in bodies} & clashing) <= told:
        # Most of the name's posts are at bodies of no known kind ("chief executive of Cairn" in thirty articles):
        # a post at a council in one or two is likelier a bare "chief executive" read as the article's council.
        clashing = set()
    # The bodies that could clash, and so say something: posts at a body of no known kind tell nothing either way.
    all_bodies = sorted({body for bodies in strong_of for body in bodies}
                        | {body for body in former if body_kind(body) is not None})
    if not clashing:
        return Parts([("", [article.source_file for article in articles])],
                     {"": whole_evidence(len(articles) if count is None else count, all_bodies,
                                          sorted(body for body in former if body in all_bodies))})
    if not may_split:
        return Parts([("", [article.source_file for article in articles])],
                     {"": f"Posts at {', '.join(all_bodies)} may be two people's; other forms of the name keep the "
                          f"articles on one page."})
    members = {component: sorted(body for body in parent if root(body) == component) for component in clashing}
    tied = Counter(canonical[body] for bodies in strong for body in bodies)
    label_of = {component: min(members[component], key=lambda body: (-tied[body], body)) for component in clashing}
    assigned: dict[str, list[int]] = {component: [] for component in clashing}
    unplaced: list[int] = []
    for position, bodies in enumerate(strong_of):
        mine = {root(body) for body in bodies} & clashing
        if len(mine) == 1:
            assigned[next(iter(mine))].append(position)
        else:
            unplaced.append(position)
    for position in unplaced:  # weak evidence: the bodies the article names; else the part with the most articles
        named = {canonical.get(body, body) for body in articles[position].named}
        fits = [component for component in sorted(clashing) if any(
            same_body(body, member) or (body.islower() and member.casefold().endswith(" " + body))
            for body in named for member in members[component])]
        if len(fits) != 1:
            fits = sorted(clashing, key=lambda component: (-len(assigned[component]), label_of[component]))
        assigned[fits[0]].append(position)
    parts = sorted(((label_of[component], [articles[position].source_file for position in sorted(positions)])
                    for component, positions in assigned.items()), key=lambda part: part[0])
    evidence = {}
    for label, _ in parts:
        others = " or ".join(f"the {name} of {other}" for other, _ in parts if other != label)
        evidence[label] = f"Not {others}: posts at two bodies of one kind at once."
    return Parts(parts, evidence)


def whole_evidence(articles: int, bodies: Sequence[str], former: Sequence[str]) -> str:
    """What makes a page left whole one person, in a sentence; "" for a page of one article."""
    if articles < 2:
        return ""
    held = [body for body in bodies if body not in former]
    note = f" ({' and '.join(former)} given as former)" if former else ""
    if len(held) > 2:
        return f"One person: posts at {len(held)} bodies, {held[0]} and others, do not clash{note}."
    if len(held) == 2:
        return f"One person: posts at {' and '.join(held)} do not clash{note}."
    if held:
        return f"One person: posts at {held[0]} only{note}."
    if former:
        return f"One person{note}."
    return NOTHING_TELLS_APART


_LABEL = re.compile(r" \([^()]+\)$")


def written_name(page: str) -> str:
    """The name as articles write it, of a page named with its body to tell namesakes apart ("Jane Doe (Ayton
    Parish Council)" -> "Jane Doe"); any other page's name as it is."""
    return _LABEL.sub("", page)


SECTION_EVIDENCE = 2
"""Articles at the least that a part of a name's page split by sections must have (``split_by_sections``) when it
gives the name no post of its own, and articles giving a post at the least on one side: one article in another
section with nothing around it in common is as often the same person named in passing ("the home secretary" in an
article on technology), and a post in one article a side as often one body under two names."""


@dataclass(slots=True)
class SectionArticle:
    """One article of a name, as ``split_by_sections`` reads it."""

    source_file: str
    section: str
    """The article's folder: the archive's section ("sport", "politics")."""
    posts: set[str]
    """The bodies the article gives the name a current post at ("coach" of "Scotland"): of any kind."""
    context: set[str]
    """The other people (last words, casefolded) and bodies ("@" and the name, casefolded) the article names."""
    callings: tuple[str, ...] = ()
    """What the article calls the name right before it ("keeper", "trouble-shooter": ``PersonMention.callings``)."""
    posts_held: tuple[str, ...] = ()
    """The article's words for the name's current posts and ranks ("managing director", "chair of the bench",
    "Detective Sergeant"): what ``fields_tell_apart`` reads beside ``callings``."""
    posts_left: tuple[str, ...] = ()
    """The article's words for the name's former posts ("former chief constable")."""
    date: dt.date | None = None
    plays: tuple[str, ...] = ()
    """What a sport section's article says the name does in a game (``PersonMention.plays``: "scored", "header",
    "line-up"); empty in other sections. A player's field of work where no calling is written."""


SPORT_SECTIONS = frozenset({"sport", "sports"})
"""Sections of an archive whose articles are on games: only there is "scored" or a team sheet a player's."""


GENERIC_CALLINGS = frozenset({"star", "veteran", "champion", "legend", "hero", "holder", "holders", "winner", "rival",
                              "opponent", "colleague", "partner", "friend", "member", "resident", "player"})
"""Callings said of anyone famous or of either side of a namesake pair: no evidence which one is meant."""


def callings_tell_apart(first: Iterable[str], second: Iterable[str]) -> bool:
    """Whether what two sides of a page call the name says they are two people: one side only a sportsman's callings
    ("keeper", "winger"), the other some other calling and none of a sportsman's ("trouble-shooter", "economist").
    A famous word ("star", "champion") says neither; a sportsman called by his position in any section ("winger"
    in a story on games) stays one."""
    sides = [set(first) - GENERIC_CALLINGS, set(second) - GENERIC_CALLINGS]
    return any(sport and other and sport <= SPORT_CALLINGS and not other & SPORT_CALLINGS
               for sport, other in (sides, sides[::-1]))


FIELDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("police", re.compile(r"\b(?:constable|sergeant|inspector|superintendent|detective|pcso|police officer)\b"
                          r"|\b(?:PC|WPC|DS|DC|DI|DCI|DSI|Sgt|Insp|Supt)\b")),
    ("court", re.compile(r"\b(?:magistrates?|bench|recorder|coroner|justice of the peace|(?:district|crown court"
                         r"|high court|circuit|county court) judge)\b|^(?:His |Her )?Judge\b")),
    ("business", re.compile(r"\b(?:managing director|business ?(?:man|woman)|entrepreneur|founder|proprietor"
                            r"|haulier|tycoon|shopkeeper|landlord|landlady)\b")),
    ("church", re.compile(r"\b(?:vicar|rector|curate|bishop|priest|chaplain|archdeacon|reverend|revd?)\b")),
    ("health", re.compile(r"\b(?:nurse|surgeon|midwife|paramedic|gp)\b")),
    ("school", re.compile(r"\b(?:head ?teacher|head ?master|head ?mistress|teacher)\b")),
    ("fire", re.compile(r"\b(?:firefighter|fireman|fire officer|watch manager|station officer)\b")),
    ("politics", re.compile(r"\b(?:minister|secretary of state|shadow|backbencher|party leader|(?:home|foreign"
                            r"|culture|health|education|defence|transport|environment|work and pensions|trade"
                            r"|northern ireland|scotland|scottish|wales|welsh|chief|treasury) secretary)\b"
                            r"|\b(?:MP|MEP|MSP)\b")),
    ("music", re.compile(r"\b(?:drummer|guitarist|bassist|keyboardist|singer|vocalist|frontman|rapper|songwriter"
                         r"|pianist|saxophonist|trumpeter|violinist|cellist)\b")),
    ("screen", re.compile(r"\b(?:actor|actress|comedian|comedienne|presenter|film-?maker|screenwriter"
                          r"|playwright)\b")),
)
"""Fields of work a post's, rank's or calling's words place a person in, besides sport (``sports_of``,
``SPORT_CALLINGS``): a police officer, a magistrate or judge, a business owner, a cleric, a health worker, a
teacher, a firefighter, a politician in office (a minister, an MP, a secretary of state), a musician, an actor or
presenter. One person rarely works in two at once; a career moves between them ("former chief constable" turned
magistrate, "former striker" turned MP), so a former post's or calling's field bridges (``fields_tell_apart``).
Words of many fields are left out ("director", "chairman", "chief executive", "manager", "president": a club's, a
firm's or a council's; "star", "peer", "chancellor"), and so is a councillor's seat: councillors keep their day
jobs."""
COMPATIBLE_FIELDS = frozenset({
    *(frozenset({"court", other}) for other in ("business", "church", "health", "school")),
    *(frozenset({"politics", other}) for other in ("court", "business", "church", "health", "school", "screen")),
    *(frozenset({"screen", other}) for other in ("music", "sport")),
})
"""Fields one person often holds together, or moves between with no "former" written: a lay magistrate keeps a day
job, so a magistrate and a shop's owner or a teacher of one name tell nothing apart; an MP may sit as a magistrate,
own a firm, have taught or practised medicine or acted, and a church's "minister" is written as a government's is;
a singer acts, and a sportsman presents on television. Politics tells apart from sport, music, police and fire;
music from sport and the rest; screen from police, court, business, church, health, school and fire."""


def fields_of(words: Iterable[str]) -> set[str]:
    """The fields of work (``FIELDS``, and "sport") that callings, posts, ranks or a sport section's match words
    (``GAME_WORDS``, of ``SectionArticle.plays``) name. A rank's initials count
    in capitals only ("DI Jane Doe"; "Di" opens an Italian surname), a judge as a title or of a court (a talent
    show has judges too)."""
    words = [word for word in words if word]
    folded = [word.casefold() for word in words]
    found = {"sport" for word in folded if word in SPORT_CALLINGS or word in GAME_WORDS}
    found |= {"sport" for _ in sports_of(folded)}
    # Initials and "Judge" are written in capitals in ``FIELDS``, so they match only as written.
    return found | {field for field, pattern in FIELDS for word in words
                    if pattern.search(word) or pattern.search(word.lower())}


def fields_tell_apart(first: Iterable[str], second: Iterable[str], left: Iterable[str] = ()) -> bool:
    """Whether two sides of a page are two people by their fields of work: each side's callings, posts and ranks
    (``first``, ``second``) name a field, none the same, and no former post anywhere (``left``) names a field of
    either side's (a chief constable who became a magistrate is "former chief constable" on the court's side), and
    the two are not fields one person often holds together (``COMPATIBLE_FIELDS``)."""
    fields = [fields_of(first), fields_of(second)]
    if not fields[0] or not fields[1] or fields[0] & fields[1]:
        return False
    if any(frozenset({one, other}) in COMPATIBLE_FIELDS for one in fields[0] for other in fields[1]):
        return False
    return not fields_of(left) & (fields[0] | fields[1])


def split_by_sections(name: str, articles: Sequence[SectionArticle]) -> Parts | None:
    """Two people of one name in two sections of the archive: a football club's midfielder in sport and a party's
    chairman in politics, or a rugby coach and a fund manager. The page's articles lie in exactly two sections,
    the two sides name no person and no body in common (a politician in a sports story names the sport's people,
    a sportsman in a political story the politicians he meets: any one shared name keeps the page whole), and
    one side gives the name posts at bodies in ``SECTION_EVIDENCE`` articles at the least, the other its own posts
    (at other bodies: none one body under two names, ``same_body``) or ``SECTION_EVIDENCE`` articles at the least.
    Each side is then a page, named after its commonest body, or its section when it gives no post. None when the
    page stays whole.

    Reads only what ``identity.name_tables`` gathers of the name's own articles (their folders, people, roles
    and organisations), so the split is the same however the archive is linked. On the BBC development half it
    splits two pages, both rightly (a coach and a fund manager; a party chairman and a footballer); the parish
    corpus, one folder, never splits."""
    sides: dict[str, list[SectionArticle]] = defaultdict(list)
    for article in articles:
        sides[article.section].append(article)
    if len(sides) != 2:
        return None
    (one, first), (other, second) = sorted(sides.items())
    shared = set().union(*(article.context for article in first)) & set().union(*(article.context for article in
                                                                                   second))
    called = callings_tell_apart(*({calling for article in side for calling in article.callings}
                                   for side in (first, second)))
    if shared and not (called and all(not word.startswith("@") and is_common_surname(word) for word in shared)):
        return None  # with callings that tell the two apart, only a common surname ("Howard", "Brown") may be shared
    posted = [sum(1 for article in side if article.posts) for side in (first, second)]
    bodies = [{body for article in side for body in article.posts} for side in (first, second)]
    if any(same_body(mine, theirs) for mine in sorted(bodies[0]) for theirs in sorted(bodies[1])):
        return None
    if not called:
        if max(posted) < SECTION_EVIDENCE:
            return None  # posts in one article a side: a body named two ways ("BCC", its full name) is as likely
        for mine, theirs, side in ((posted[0], posted[1], second), (posted[1], posted[0], first)):
            if mine and not theirs and (mine < SECTION_EVIDENCE or len(side) < SECTION_EVIDENCE):
                return None
    labels = []
    for section, side in ((one, first), (other, second)):
        bodies = Counter(body for article in side for body in article.posts)
        labels.append(min(bodies, key=lambda body: (-bodies[body], body)) if bodies else section)
    if labels[0] == labels[1]:
        labels = [one, other]
    parts = sorted(((label, [article.source_file for article in side])
                    for label, side in zip(labels, (first, second), strict=True)), key=lambda part: part[0])
    evidence = {}
    for label, _ in parts:
        others = next(other_label for other_label, _ in parts if other_label != label)
        why = ("a sportsman's calling on one side only, another on the other" if called
               else "posts on one side only")
        evidence[label] = (f"Not the {name} of {others}: other sections of the archive, with no person or body in "
                           f"common, and {why}.")
    return Parts(parts, evidence)


def split_by_fields(name: str, articles: Sequence[SectionArticle]) -> Parts | None:
    """Two people of one name in two fields of work (``FIELDS``): a detective sergeant and a haulier's managing
    director, a magistrate and a winger, in any sections of the archive; a minister and a player whom a match
    report or its team sheet names with no calling ("Jane Doe scored twice", ``SectionArticle.plays``). The
    articles' callings, posts, ranks and match words name exactly two fields, no article both, no former post
    either of them (a chief constable turned councillor is "former chief constable" somewhere), the two sides name
    no person and no body in common, share no body of a post (``same_body``), and neither side's articles all come
    well before the other's (``_sequential``: a career that moved on, its former post unwritten). An article naming
    no field goes to the side whose people or bodies it shares alone, else to the side whose sections alone hold
    its section, else to the side with more articles, else to the first by the field's name. Each side is a page
    named after its commonest body, else its field, "Jane Doe (police)". None when the page stays whole.

    Reads only what ``identity.name_tables`` gathers of the name's own articles, as ``split_by_sections`` does."""
    fields_at = [fields_of(_work_words(article)) for article in articles]
    found = sorted(set().union(*fields_at))
    if len(found) != 2 or any(len(fields) > 1 for fields in fields_at):
        return None  # one field or none (most pages), or an article naming two: a career, or one misread
    sides = [[article for article, fields in zip(articles, fields_at, strict=True) if work in fields]
             for work in found]
    if not fields_tell_apart(*({word for article in side for word in _work_words(article)} for side in sides),
                             [word for article in articles for word in article.posts_left]):
        return None  # a former post of either field, or fields one person often holds together
    contexts = [set().union(*(article.context for article in side)) for side in sides]
    bodies = [{body for article in side for body in article.posts} for side in sides]
    if contexts[0] & contexts[1] or any(same_body(mine, theirs) for mine in sorted(bodies[0])
                                        for theirs in sorted(bodies[1])):
        return None
    if _sequential(*([article.date for article in side] for side in sides)):
        return None
    sections = [{article.section for article in side} for side in sides]
    for article, fields in zip(articles, fields_at, strict=True):
        if fields:
            continue
        fits = [index for index, context in enumerate(contexts) if article.context & context]
        if len(fits) != 1:
            fits = [index for index, held in enumerate(sections) if article.section in held]
        if len(fits) != 1:
            most = max(len(side) for side in sides)
            fits = [index for index, side in enumerate(sides) if len(side) == most]
        sides[fits[0]].append(article)
    labels = []
    for work, side in zip(found, sides, strict=True):
        held = Counter(body for article in side for body in article.posts)
        labels.append(min(held, key=lambda body: (-held[body], body)) if held else work)
    if labels[0] == labels[1]:
        labels = found
    parts = sorted(((label, sorted(article.source_file for article in side))
                    for label, side in zip(labels, sides, strict=True)), key=lambda part: part[0])
    evidence = {label: f"Not the {name} of {other}: posts or callings of two fields of work, one a side, with no "
                       f"person or body in common." for (label, _), (other, _) in (parts, parts[::-1])}
    return Parts(parts, evidence)


def _work_words(article: SectionArticle) -> tuple[str, ...]:
    """The words that place an article's name in a field of work: its callings, posts and ranks, and in a sport
    section what it does in a game ("scored", a team sheet's "line-up": a player whom a match report names with no
    calling). A politician named in a match report with a calling of his own ("the club's chairman, the former
    minister Jane Doe") names both fields in one article, and keeps the page whole."""
    return (*article.callings, *article.posts_held, *article.plays)


SPORTS: dict[str, str] = {
    **dict.fromkeys(("goalkeeper", "striker", "midfielder", "defender", "centre-back", "centre-half", "left-back",
                     "right-back", "footballer", "goalscorer"), "football"),
    **dict.fromkeys(("fly-half", "scrum-half", "flanker", "hooker", "number-eight", "back-rower"), "rugby"),
    **dict.fromkeys(("batsman", "bowler", "wicketkeeper", "all-rounder", "spinner", "paceman", "cricketer"),
                    "cricket"),
    **dict.fromkeys(("sprinter", "hurdler", "decathlete", "heptathlete"), "athletics"),
    "golfer": "golf", "jockey": "racing", "boxer": "boxing", "swimmer": "swimming", "cyclist": "cycling",
    "quarterback": "American football", "pitcher": "baseball",
}
"""A sportsman's callings and positions that one sport alone has, and the sport. Those of several are left out
("keeper", "winger", "full-back", "forward", "centre": football's and rugby's or hockey's), and so are those any
sportsman may be called ("athlete", "runner")."""


def sports_of(words: Iterable[str]) -> set[str]:
    """The sports that callings or posts name ("Ayton United striker", "blind-side flanker": the last word)."""
    return {sport for word in words if (sport := SPORTS.get(word.split()[-1].casefold() if word else "")) is not None}


@dataclass(slots=True)
class SportArticle:
    """One article of a name, as ``split_by_sport`` reads it."""

    source_file: str
    sports: set[str]
    """The sports of the callings and current posts the article gives the name (``sports_of``)."""
    context: set[str]
    """The other people and bodies the article names (as ``SectionArticle.context``)."""


def split_by_sport(name: str, articles: Sequence[SportArticle]) -> Parts | None:
    """Two sportsmen of one name: articles call it by the positions of two sports ("striker" in some, "flanker" in
    others), no article both, and the two sides name no person and no body in common (a footballer said to have
    played cricket at school is named with his club-mates on both sides). A player of two sports at once is rare in
    news; one player read with another's position is rarer still, as the position stands right before the name.
    An article naming no sport goes to the side whose people or bodies it shares, else to the side with more
    articles, else (no evidence either way) to the first side by the sport's name. Each side is a page named
    after its sport, "Jane Doe (football)". None when the page stays whole.

    Reads only what ``identity.name_tables`` gathers of the name's own articles (their people, callings, roles
    and organisations), so linking in part stays exact."""
    sides: dict[str, list[SportArticle]] = defaultdict(list)
    for article in articles:
        if len(article.sports) > 1:
            return None  # one article naming two sports: a player of both, or a line-up misread
        for sport in article.sports:
            sides[sport].append(article)
    if len(sides) != 2:
        return None
    (one, first), (other, second) = sorted(sides.items())
    contexts = [set().union(*(article.context for article in side)) for side in (first, second)]
    if contexts[0] & contexts[1]:
        return None
    for article in articles:
        if article.sports:
            continue
        fits = [index for index, context in enumerate(contexts) if article.context & context]
        if len(fits) != 1:
            fits = [0 if len(first) >= len(second) else 1]
        (first, second)[fits[0]].append(article)
    parts = [(one, sorted(article.source_file for article in first)),
             (other, sorted(article.source_file for article in second))]
    evidence = {label: f"Not the {name} of {other_label}: called by {label}'s positions, the other by "
                       f"{other_label}'s, with no person or body in common."
                for (label, _), (other_label, _) in (parts, parts[::-1])}
    return Parts(parts, evidence)


GENERATION_YEARS = 15
"""Years at the least between two births that a name's ages and their articles' dates give for them to be two
people: a parent and a child. Births closer are one person's (an age is a year under the date's year less it
before a birthday, a paper may be a year out) or a number misread as an age (a golfer's round of 68 after his
name, a batsman's score): such numbers scatter over a few years, a generation apart they do not."""


@dataclass(slots=True)
class AgeArticle:
    """One article of a name, as ``split_by_age`` reads it."""

    source_file: str
    born: int | None
    """The year of birth the article's date and the age it gives the name tell (the date's year less the age), or
    None: no age, no date, or two ages."""
    context: set[str]
    """The other people and bodies the article names (as ``SectionArticle.context``)."""


def born_in(date: dt.date | None, ages: Iterable[int]) -> int | None:
    """The year of birth a dated article's one age tells, or None."""
    ages = set(ages)
    return date.year - ages.pop() if date is not None and len(ages) == 1 else None


def split_by_age(name: str, articles: Sequence[AgeArticle]) -> Parts | None:
    """A father and a son (or any two) of one name: dated articles giving the name ages whose years of birth lie
    more than ``GENERATION_YEARS`` apart ("Tom Doe, 78," in May 2020, "Tom Doe, 41," in August 2021). Each run of
    births within a generation of the next is one person, a page named after its earliest year ("Tom Doe (born
    about 1942)"). An article giving no age goes to the side whose people or bodies it shares alone, else to the side
    with more articles, else (no evidence either way) to the elder. Undated articles tell nothing: an archive's
    span is not known. None when the page stays whole.

    Reads only the name's own articles' people (their ages), dates, roles and organisations, as
    ``identity.name_tables`` gathers them, so linking in part stays exact."""
    births = sorted({article.born for article in articles if article.born is not None})
    if len(births) < 2 or births[-1] - births[0] <= GENERATION_YEARS:
        return None
    runs: list[list[int]] = [[births[0]]]
    for year in births[1:]:
        if year - runs[-1][-1] > GENERATION_YEARS:
            runs.append([])
        runs[-1].append(year)
    if len(runs) < 2:
        return None  # births spread wide but each near the next: numbers misread, not two people
    sides: list[list[AgeArticle]] = [[article for article in articles if article.born in run] for run in runs]
    contexts = [set().union(*(article.context for article in side)) for side in sides]
    for article in articles:
        if article.born is not None:
            continue
        fits = [index for index, context in enumerate(contexts) if article.context & context]
        if len(fits) != 1:
            most = max(len(side) for side in sides)
            fits = [index for index, side in enumerate(sides) if len(side) == most]
        sides[fits[0]].append(article)
    labels = [f"born about {run[0]}" for run in runs]
    parts = [(label, sorted(article.source_file for article in side)) for label, side in zip(labels, sides,
                                                                                         strict=True)]
    evidence = {label: f"Not the {name} {' or '.join(other for other in labels if other != label)}: the ages "
                       f"given and the articles' dates tell births a generation apart." for label in labels}
    return Parts(parts, evidence)
