"""The dataclasses that travel between the pipeline's stages.

read -> SourceArticle -> infer -> Article -> link -> Catalogue -> render/index -> Page -> write
"""

from __future__ import annotations

import datetime as dt
import operator
import pickle
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal, TypeVar

BodyFormat = Literal["text", "markdown"]
T = TypeVar("T")


def pickled_by_fields(cls: type[T]) -> type[T]:
    """Pickle instances as the class and their field values, in order.

    The default for slotted dataclasses lists the fields again for every object, and runs two to three times
    slower; pickling is a large share of a rebuild (the inference cache, worker results, page digests).
    """
    values = operator.attrgetter(*(item.name for item in fields(cls)))  # type: ignore[arg-type]
    if len(fields(cls)) == 1:  # type: ignore[arg-type]
        cls.__reduce__ = lambda self: (cls, (values(self),))  # type: ignore[method-assign,assignment]
    else:
        cls.__reduce__ = lambda self: (cls, values(self))  # type: ignore[method-assign,assignment]
    return cls


class Packed:
    """A field's value as pickled bytes, until it is first read (``packed_fields``)."""

    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __reduce__(self) -> tuple[Any, ...]:
        return Packed, (self.data,)


def pack(value: object) -> Packed:
    """``value`` pickled. As with any pickle, equal values may give other bytes when their objects are shared
    otherwise; the page records digest entries by name (``cuttings/memo.py:digest_of``), never their fields' bytes."""
    return Packed(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


class _PackedSlot:
    """A slot whose value may be ``Packed``: unpickled and put back in the slot the first time it is read."""

    def __init__(self, slot: Any) -> None:
        self.slot = slot

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self.slot.__get__(instance, owner)
        if type(value) is Packed:
            value = pickle.loads(value.data)
            self.slot.__set__(instance, value)
        return value

    def __set__(self, instance: object, value: object) -> None:
        self.slot.__set__(instance, value)

    def raw(self, instance: object) -> Any:
        """The value as pickled: ``Packed`` as it is, else packed now."""
        value = self.slot.__get__(instance, None)
        return value if type(value) is Packed else pack(value)


def packed_fields(*names: str) -> Callable[[type[T]], type[T]]:
    """``pickled_by_fields``, with the fields ``names`` pickled as ``Packed`` bytes and unpickled only when read.

    For the bulky fields that only a page of the entry reads: a rebuild loads the whole linked catalogue
    (``cuttings/relink.py``) and the inference cache's articles, but renders a few dozen pages. At 10,000 BBC
    articles (210,000 ``CoAppearance``s, 44,000 ``RelatedArticle``s, 94,000 ``Mention``s) the linked catalogue's
    load fell from 0.58 to 0.33 s of CPU (best of 7, read and checked; 50 MB to 56 MB, the packed fields sharing no
    strings with the rest); an edit unpickles the fields of the pages it makes. ``tests/unit/test_model.py`` checks a
    packed field reads, compares, digests and pickles as the plain one; the incremental tests, the site.
    """

    def decorate(cls: type[T]) -> type[T]:
        slots = {name: _PackedSlot(cls.__dict__[name]) for name in names}
        for name, slot in slots.items():
            setattr(cls, name, slot)
        getters = [slots[item.name].raw if item.name in slots else operator.attrgetter(item.name)
                   for item in fields(cls)]  # type: ignore[arg-type]
        cls.__reduce__ = lambda self: (cls, tuple([get(self) for get in getters]))  # type: ignore[method-assign,assignment]
        return cls

    return decorate


# --- read ---------------------------------------------------------------------------------------


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class SourceArticle:
    """One content file as read from disk, before any inference."""

    path: Path
    """Absolute path of the file."""
    relative_path: str
    """POSIX path relative to the content folder (what the data export calls ``source_file``)."""
    body: str
    """The text after any front matter, newlines normalised to ``\\n``."""
    front_matter: dict[str, Any]
    body_format: BodyFormat
    content_hash: str
    """sha256 of the file's bytes: the key for the inference cache."""
    body_start_line: int = 1
    """1-based line of the file on which ``body`` starts (for error messages)."""
    front_matter_lines: dict[str, int] = field(default_factory=dict)
    """1-based line of each top-level front-matter key (for error messages)."""
    warnings: tuple[str, ...] = ()


# --- infer --------------------------------------------------------------------------------------


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    is_quote: bool = False
    """True when the paragraph is (mostly) direct speech."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class PersonMention:
    """A person as named in one article: one canonical full name and every surface form seen."""

    name: str
    aliases: tuple[str, ...] = ()
    """Other forms as written in the article ("Coun Smith", "Cllr Jane Smith CBE"), without ``name``."""
    callings: tuple[str, ...] = ()
    """What the article calls the person in lower case right before the full name ("keeper", "trouble-shooter",
    "economist"; ``cuttings.infer.people.callings_before``): read across the archive to tell a sportsman from a
    namesake in another section (``cuttings.analysis.namesakes.split_by_sections``). Last, so that a mention
    pickled before it was added reads back."""
    ages: tuple[int, ...] = ()
    """The ages the article gives the person right after the full name ("Jane Doe, 41,", "Jane Doe (41)";
    ``cuttings.infer.people``): read with the article's date to tell a father from a son of one name
    (``cuttings.analysis.namesakes.split_by_age``). After ``callings``, for the same reason."""
    bodies: tuple[str, ...] = ()
    """Bodies of a known kind the article writes right beside the full name: "Jane Doe of Ayton Harriers",
    "Ayton Harriers' Jane Doe", "the member for Priory ward on Ayton Town Council, Jane Doe,", "Jane Doe, who chairs
    the planning committee at Ayton Parish Council," (``cuttings.infer.people.bodies_beside``): a club, council,
    school or force the person belongs to, with no post word to make a role of it; in lower case, a body named by its
    kind alone ("The parish council's planning chairman, Jane Doe,": "parish council"). Read to tell namesakes apart
    (``cuttings.analysis.namesakes.article_of_name``). After ``ages``, for the same reason."""
    callings_left: tuple[str, ...] = ()
    """Callings of ``callings`` the article writes as left behind ("former striker Jane Doe", "ex-drummer Jane
    Doe", "retired keeper Jane Doe"; ``cuttings.infer.people``): a field of work the person once had, which keeps a
    career in one page when namesakes are told apart by fields (``cuttings.analysis.namesakes.fields_tell_apart``).
    After ``bodies``, for the same reason."""
    plays: tuple[str, ...] = ()
    """What the article says the person does in a game, as ``cuttings.infer.wordlists.GAME_WORDS`` ("scored",
    "header", "booked", "line-up": "Jane Doe scored twice", "Doe's header", "Doe was booked", a surname in a team
    sheet; ``cuttings.infer.people``): in a sport section's article, a player's field of work with no calling
    written (``cuttings.analysis.namesakes.split_by_fields``). After ``callings_left``, for the same reason."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RoleFact:
    """A role an article gives a person, e.g. ("chief executive", "Barnsley Council")."""

    person: str
    role: str
    """The whole post as the text gives it, with "former", "acting", "interim" or "outgoing" kept in front."""
    organisation: str | None = None
    paragraph: int = field(default=-1, compare=False)
    """Where the sentence that gives the role is: ``Article.paragraphs[paragraph]`` from ``offset`` (-1: not
    known). Not part of equality, so one role stated twice in an article is one fact, at its first place."""
    offset: int = field(default=-1, compare=False)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class QuoteFact:
    """A direct quotation and the canonical name of who said it."""

    person: str
    text: str
    paragraph: int = field(default=-1, compare=False)
    """Where the sentence that opens the quotation is: ``Article.paragraphs[paragraph]`` from ``offset`` (-1:
    not known)."""
    offset: int = field(default=-1, compare=False)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    """Where the text names a person or council: ``paragraphs[paragraph][start:end]``, and whom it means."""

    paragraph: int
    start: int
    end: int
    kind: Literal["person", "council"]
    name: str
    """The canonical name, as in ``Article.people`` or ``Article.councils``."""


@packed_fields("mentions")
@dataclass(frozen=True, slots=True)
class Article:
    """One article with everything inferred about it (front matter already applied)."""

    source_file: str
    content_hash: str
    title: str
    date: dt.date | None
    source: str | None
    body_format: BodyFormat
    body: str
    """The Markdown source to render, boilerplate trailers removed, for ``markdown``; empty for ``text``,
    whose ``paragraphs`` are the body."""
    paragraphs: tuple[Paragraph, ...]
    """Plain-text paragraphs of the body, for inference, snippets and search."""
    people: tuple[PersonMention, ...] = ()
    councils: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    other_entities: tuple[str, ...] = ()
    """Names of two or more words that the model calls an organisation, place or work here: evidence, read
    across the archive, that the same words elsewhere are not a person (``cuttings.analysis.identity``)."""
    roles: tuple[RoleFact, ...] = ()
    quotes: tuple[QuoteFact, ...] = ()
    reference: str | None = None
    """A press office's reference number, e.g. "PR8845"."""
    mentions: tuple[Mention, ...] = ()
    """Every place the text names one of ``people`` or ``councils`` (optional: pages then match the names)."""
    slug: str | None = None
    """A slug the editor asked for in front matter; the link stage makes the final one."""
    warnings: tuple[str, ...] = ()
    draft: bool = False
    """Marked ``draft: true``: left out of the site unless the build is asked for drafts."""
    redirect_from: tuple[str, ...] = ()
    """Former slugs of the article (front matter), each to get a page redirecting to it."""
    works: tuple[str, ...] = ()
    """Full names the model calls a person that this article writes only as a work, a character or a firm ("the next
    Jane Doe", "starred in Jane Doe", "Jane Doe shares"), so gives no person, or that it gives a person but also writes
    as a firm with shares ("Shares in Jane Doe fell"): evidence, read across the archive, that the same name is no
    one's page where no article gives it a title, a role or a quotation (``cuttings.analysis.identity``). Last, so
    that an article pickled before it was added reads back."""
    unsupported: tuple[str, ...] = ()
    """People of ``people`` that nothing but the model's label says are people (no title, calling, speech verb, role
    or age, no other form of the name) and whose first word is no given name of any country ("Ayton Corsa"):
    linking weighs them against ``thing_words`` across the archive (``cuttings.analysis.identity``)."""
    thing_words: tuple[str, ...] = ()
    """First words, as ``name_key`` gives them and no one's given name, of the spans the model labels an
    organisation, place, product or work here ("ayton" of "Ayton" or "Ayton Motors")."""
    person_words: tuple[str, ...] = ()
    """First words, as ``thing_words``, of the spans the model labels a person here."""

    @property
    def lede(self) -> str:
        for paragraph in self.paragraphs:
            if paragraph.text.strip():
                return paragraph.text
        return ""


# --- link ---------------------------------------------------------------------------------------


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RoleEvidence:
    """A role held by a person, with the article that says so."""

    role: str
    organisation: str | None
    article_slug: str
    date: dt.date | None
    paragraph: int = field(default=-1, compare=False)
    """The paragraph of the article that gives the role (``RoleFact.paragraph``)."""
    offset: int = field(default=-1, compare=False)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class QuoteEvidence:
    text: str
    article_slug: str
    date: dt.date | None
    paragraph: int = -1
    """The paragraph of the article the quotation opens in (``QuoteFact.paragraph``)."""
    offset: int = -1


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RoleSpan:
    """One role of one person, over the dates of every article that shows it."""

    role: str
    organisation: str | None
    first_seen: dt.date | None
    last_seen: dt.date | None
    articles: tuple[str, ...]
    """Slugs of the articles that give the role, newest first: the evidence."""
    paragraphs: tuple[int, ...] = ()
    """For each of ``articles``, the paragraph that gives the role (-1: not known)."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class CoAppearance:
    """Another person named in the same articles as this one."""

    person: str
    """The other person's slug."""
    articles: tuple[str, ...]
    """Slugs of the shared articles, newest first."""

    @property
    def count(self) -> int:
        return len(self.articles)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class CouncilPost:
    """A person's role at one council, placed in a group for the council page."""

    group: str
    """One of ``cuttings.analysis.roles.ROLE_GROUPS``: "leadership", "opposition", "officers", "other"."""
    person: str
    """The person's slug."""
    span: RoleSpan


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class CouncilEvent:
    """Something an article reports happening to a council, e.g. an Ofsted judgement, with the sentence."""

    kind: str
    """"judgement" or "intervention"."""
    label: str
    """What happened, for display: "Ofsted: inadequate", "commissioner appointed"."""
    date: dt.date | None
    """The date the event refers to, as precisely as ``precision`` says; None when not known."""
    precision: str
    """"day", "month", "season", "year", or "reported" (only the article's date is known)."""
    evidence: str
    """The sentence that reports it."""
    article_slug: str
    also_reported_in: tuple[str, ...] = ()
    """Slugs of other articles reporting the same event with the same date, newest first."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RelatedCouncil:
    council: str
    """The other council's slug."""
    articles: tuple[str, ...]
    """Slugs of the articles naming both, newest first."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RelatedArticle:
    article: str
    """The related article's slug."""
    people: tuple[str, ...]
    """Slugs of the people both articles name."""
    councils: tuple[str, ...]
    """Slugs of the councils both articles name."""


@packed_fields("related")
@dataclass(slots=True)
class ArticleEntry:
    slug: str
    article: Article
    people: list[str] = field(default_factory=list)
    """Slugs of the people the article names, in order of first mention."""
    councils: list[str] = field(default_factory=list)
    """Slugs of the councils the article names."""
    related: list[RelatedArticle] = field(default_factory=list)
    """Other articles naming the same people or councils, most shared first."""


@packed_fields("appears_with")
@dataclass(slots=True)
class PersonEntry:
    slug: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[RoleEvidence] = field(default_factory=list)
    quotes: list[QuoteEvidence] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    """Article slugs, newest first."""
    role_spans: list[RoleSpan] = field(default_factory=list)
    """The roles of ``roles`` merged over time, latest first."""
    appears_with: list[CoAppearance] = field(default_factory=list)
    """People named in the same articles, most shared articles first."""
    joined: list[tuple[str, str]] = field(default_factory=list)
    """Names articles give that went to this page although they differ from it, each with why
    (``cuttings.analysis.identity.JOIN_REASONS``): ("Dave Doe", "a short form of the given name")."""
    evidence: str = ""
    """What makes the page's articles one person, in a sentence (``cuttings.analysis.namesakes``); "" for a page of
    one article."""


@pickled_by_fields
@dataclass(slots=True)
class CouncilEntry:
    slug: str
    name: str
    people: list[str] = field(default_factory=list)
    """Slugs of people with a role at this council, or named in its articles."""
    articles: list[str] = field(default_factory=list)
    """Article slugs, newest first."""
    posts: list[CouncilPost] = field(default_factory=list)
    """Roles people hold at this council, by group, then latest first."""
    events: list[CouncilEvent] = field(default_factory=list)
    """Events the articles report, newest first."""
    related: list[RelatedCouncil] = field(default_factory=list)
    """Councils named in the same articles, most shared first."""


@pickled_by_fields
@dataclass(slots=True)
class Catalogue:
    """Every article, person and council of the site, cross-referenced by slug."""

    articles: dict[str, ArticleEntry]
    """Newest first (undated last), then by title."""
    people: dict[str, PersonEntry]
    """Sorted by surname, then name."""
    councils: dict[str, CouncilEntry]
    """Sorted by name."""
    person_slugs: dict[str, str] = field(default_factory=dict)
    """Each person name an article gives -> the slug of its page (``cuttings.analysis.identity``); a name
    with no page is absent."""
    council_slugs: dict[str, str] = field(default_factory=dict)
    """Each council name an article gives -> the slug of its page."""


# --- render / index / write ---------------------------------------------------------------------


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Page:
    """One output file: a path relative to the site root (POSIX) and its bytes."""

    path: str
    content: bytes
    reused: bool = False
    """The previous build's file is kept as it is (``cuttings/memo.py``); ``content`` is empty."""


@dataclass(frozen=True, slots=True)
class StreamedPage:
    """An output file too large to hold whole (the data export at 50,000 articles): its bytes come a piece at
    a time, and the writer never holds more than a piece."""

    path: str
    pieces: Callable[[], Iterator[bytes]]

    @property
    def content(self) -> bytes:
        """All of it at once: for small sites and tests."""
        return b"".join(self.pieces())


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class BuildSettings:
    content_dir: Path
    output_dir: Path
    base_url: str = "/"
    """Path the site is served under, always with leading and trailing slash ("/repo/")."""
    site_title: str = "Cuttings"
    site_url: str | None = None
    """Absolute URL of the published site ("https://user.github.io/repo/"), for canonical, feed and sitemap."""
    keep_going: bool = False
    quiet: bool = False
    cache_dir: Path | None = None
    """Where inferred articles and build manifests are kept (default ``.cuttings-cache/``); safe to delete."""
    jobs: int | None = None
    """Worker processes for inference (default: one per core)."""
    drafts: bool = False
    """Publish articles marked ``draft: true`` too (they are held back otherwise)."""
    description: str | None = None
    """A sentence on what the site is (the home page's description, the site feed's subtitle)."""
    lang: str = "en"
    """The articles' language, a BCP 47 tag, for the pages' ``lang`` and the feeds' ``xml:lang``."""
    timezone: str | None = None
    """IANA time zone the articles' dates are local to (feeds stamp a day's entries midnight there); None: UTC."""
    feed_entries: int = 10
    """How many of the newest articles each feed lists: 10, as jekyll-feed (GitHub Pages' own) and WordPress list
    by default. A reader polls a feed for what is new; a person's or council's page lists every article. Fifty
    made feeds 1.4 kB an article of the 10,000 BBC articles' site, ten 1.2 kB (issue 16)."""
    entries_per_page: int | None = None
    """Entries a listing page shows (None: the default)."""
    templates_dir: Path | None = None
    """The user's own templates, each replacing the default template of the same name."""
    corrections_file: Path | None = None
    """Corrections for the whole archive (``cuttings/corrections.py``); None for none."""
    person_page_min_articles: int = 1
    """People with no role named in fewer articles get no page and no link."""
    corrections_address: str | None = None
    """Where readers report errors (a new-issue URL or a mailto: address), linked from person and council pages."""


@pickled_by_fields
@dataclass(slots=True)
class BuildReport:
    articles: int = 0
    people: int = 0
    councils: int = 0
    pages_written: int = 0
    """Files in the built site."""
    output_dir: Path | None = None
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    pages_changed: int = 0
    """Files whose bytes changed (or were new); the others kept their inode and modification time."""
    pages_removed: int = 0
    pages_kept: int = 0
    """Files kept from the last build without rendering, their inputs unchanged (``cuttings/memo.py``)."""
    articles_inferred: int = 0
    articles_cached: int = 0
    relinked: bool = False
    """Only text linking does not read had changed: the last build's catalogue was reused (``cuttings/relink.py``)."""
    up_to_date: bool = False
    """Nothing the site depends on had changed, so the output folder was left as it was."""
    output_bytes: int = 0
    bytes_by_part: dict[str, int] = field(default_factory=dict)
    """The site's bytes by part (``cuttings/budget.py``)."""
    drafts: int = 0
    """Articles marked as drafts and held back from the site."""
    stage_seconds: dict[str, float] = field(default_factory=dict)
