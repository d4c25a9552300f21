"""Events the articles report about a council: inspection judgements and interventions.

Only sentences that match a general pattern count: the four Ofsted grades in a rating phrase next to an
inspection word, and the recognised forms of intervention in English local government. A sentence that
only talks about a possibility ("could be rated", "calls for a commissioner") is not an event.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from cuttings.infer.councils import resolve_council_name
from cuttings.model import CouncilEvent

_Q = r"[\"'‘’“”]?"
_GRADE = r"(inadequate|requires improvement(?: to be good)?|good|outstanding)"
_JUDGEMENT_PATTERNS = (
    # "improved from inadequate to good": the grade after "to" is the new one.
    re.compile(rf"\bfrom\s+{_Q}{_GRADE}{_Q}\s+to\s+{_Q}{_GRADE}{_Q}", re.IGNORECASE),
    re.compile(
        rf"\b(?:rated|re-rated|judged|graded|deemed|found to be|declared|branded|labell?ed|ranked|classed|"
        rf"classified|assessed)\s+(?:as\s+)?(?:being\s+)?(?:an?\s+)?{_Q}{_GRADE}{_Q}(?!\w)",
        re.IGNORECASE,
    ),
    # "rated the authority's children's services inadequate"
    re.compile(rf"\b(?:rated|judged|graded)\s+(?:[\w'’-]+\s+){{1,4}}?(?:as\s+)?{_Q}{_GRADE}{_Q}(?!\w)",
               re.IGNORECASE),
    # "judged the services to be inadequate"
    re.compile(
        rf"\b(?:rated|judged|found|deemed|assessed|graded|declared|considered)\s+(?:[\w'’-]+\s+){{1,5}}?"
        rf"to be\s+{_Q}{_GRADE}{_Q}(?!\w)",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?:an?|its|the|their)\s+{_Q}{_GRADE}{_Q}\s+(?:rating|judgement|judgment|grade|grading|verdict)\b",
               re.IGNORECASE),
    re.compile(rf"\b(?:rating|judgement|judgment|grade|grading|verdict)\s+of\s+{_Q}{_GRADE}{_Q}(?!\w)",
               re.IGNORECASE),
)
_INSPECTION = re.compile(r"\b(ofsted|inspect\w*|care quality commission|cqc)\b", re.IGNORECASE)
_NOT_A_COUNCIL_SERVICE = re.compile(
    r"\b(schools?|academy|academies|nurser(?:y|ies)|colleges?|care homes?|hospitals?|practices?|nhs|police|"
    r"prisons?|universit(?:y|ies)|european|eu)\b", re.IGNORECASE)
_COUNCIL_SERVICE = re.compile(r"\b(children's services|children’s services|social care|council|authority)\b",
                              re.IGNORECASE)

_INTERVENTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Placed in special measures", re.compile(r"\b(?:placed|put|plunged)\s+(?:in|into)\s+special measures\b",
                                              re.IGNORECASE)),
    ("Commissioner appointed", re.compile(
        r"\b(?:(?:government|minister|secretary of state)[- ]appointed\s+commissioners?|"
        r"commissioners?\s+(?:was\s+|were\s+|has been\s+|have been\s+)?(?:appointed|sent in|installed|brought in)|"
        r"(?:appointed|appoints|appointing|sent in|sends in|installed)\s+(?:an?\s+|a team of\s+|)"
        r"(?:\w+\s+)?commissioners?)\b",
        re.IGNORECASE)),
    ("Improvement notice issued", re.compile(r"\bimprovement notice\b", re.IGNORECASE)),
    ("Statutory direction issued", re.compile(r"\bstatutory direction\b", re.IGNORECASE)),
    ("Section 114 notice issued", re.compile(r"\bsection 114 notice\b", re.IGNORECASE)),
    ("Services to be run by a trust", re.compile(
        r"\b(?:(?:set(?:ting)? up|establish\w*|creat\w*|transferr?\w*|mov\w+|hand\w*)\b[^.]{0,80}?"
        r"\b(?:independent|arm's[- ]length|arm’s[- ]length|children's(?: services)?|children’s(?: services)?)"
        r"\s+trust|(?:taken over|run|managed)\s+by\s+(?:an?\s+|the\s+)?(?:new\s+|independent\s+)?"
        r"(?:children's\s+|children’s\s+)?trust)\b",
        re.IGNORECASE)),
)
_NOT_THIS_COMMISSIONER = re.compile(
    r"\b(police|information|children's commissioner for|children’s commissioner for|high commissioner|trade|"
    r"equality and human rights|parliamentary|refugees?|standards)\b", re.IGNORECASE)
_COMMISSIONER_CONTEXT = re.compile(
    r"\b(council|authority|children's services|children’s services|social care|services?|government|minister|"
    r"secretary of state|department|dfe|ofsted)\b", re.IGNORECASE)

# Lower-case on purpose: "May 2018" is a month, "may be rated" a possibility.
_HYPOTHETICAL = re.compile(
    r"\b(could|would|might|may|if|unless|whether|should|risk|risks|threat|threatened|threatens|avoid|avoided|"
    r"call|calls|called for|urge|urged|urges|want|wants|hope|hopes|hoped|aim|aims|expected to|bid to|"
    r"target|proposal|proposed|considering|consider|not been|never been|fear|fears|will|to be)\b"
)

_MONTHS = {name: number for number, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+(\d{{4}})\b")
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:of\s+)?(\d{{4}})\b")
_SEASON_YEAR = re.compile(r"\b(spring|summer|autumn|winter)\s+(?:of\s+)?(\d{4})\b", re.IGNORECASE)
_IN_YEAR = re.compile(r"\b(?:in|during|of)\s+(\d{4})\b")
_RELATIVE_SEASON = re.compile(r"\b(last|this)\s+(spring|summer|autumn|winter)\b", re.IGNORECASE)
_RELATIVE_PERIOD = re.compile(r"\b(last|this)\s+(year|month)\b", re.IGNORECASE)
# "in April" alone may be last April or next; only "last April" is taken as a date.
_LAST_MONTH_NAMED = re.compile(rf"\blast\s+{_MONTH}\b(?!\s+\d)")
_ON_WEEKDAY = re.compile(r"\b(?:on|last)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_YESTERDAY = re.compile(r"\byesterday\b", re.IGNORECASE)

_EARLIER = re.compile(r"\b(previously|formerly|last rated|last inspected|in the past)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”]?\s+(?=[\"'‘“(]?[A-Z0-9])")


@dataclass(frozen=True)
class DatedEvent:
    label: str
    kind: str
    date: dt.date | None
    precision: str
    sentence: str


def sentences(paragraph: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(paragraph) if part.strip()]


_EVENT_WORDS = ("ofsted", "inspect", "care quality commission", "cqc", "special measures", "commissioner",
                "improvement notice", "statutory direction", "section 114 notice", "trust")
"""Every match of ``_INSPECTION`` or of an ``_INTERVENTIONS`` pattern contains one of these: a paragraph with none
(most paragraphs) reports no event, and a substring test is far cheaper than case-insensitive patterns."""


def _may_report_event(paragraph: str) -> bool:
    lowered = paragraph.casefold()
    return any(word in lowered for word in _EVENT_WORDS)


def find_events(paragraphs: Sequence[str], article_date: dt.date | None) -> Iterator[DatedEvent]:
    """Every event the text reports, with the sentence that says so; one of each label per sentence."""
    for paragraph in paragraphs:
        if not _may_report_event(paragraph):
            continue
        for sentence in sentences(paragraph):
            for label, kind in _events_in(sentence):
                date, precision = event_date(sentence, article_date)
                if precision == "reported" and _EARLIER.search(sentence):
                    continue  # an earlier grade or step whose date the sentence does not give
                yield DatedEvent(label, kind, date, precision, sentence)


def _events_in(sentence: str) -> list[tuple[str, str]]:
    if _NOT_A_COUNCIL_SERVICE.search(sentence) and not _COUNCIL_SERVICE.search(sentence):
        return []  # about a school, a hospital, the police...: not the council's
    found: dict[str, tuple[str, str, int]] = {}
    if _INSPECTION.search(sentence):
        for pattern in _JUDGEMENT_PATTERNS:
            for match in pattern.finditer(sentence):
                if _hypothetical_before(sentence, match.start()):
                    continue
                grade = match.group(match.lastindex or 1).casefold()
                if grade.startswith("requires improvement"):
                    grade = "requires improvement"
                label = f"Ofsted: {grade}"
                found.setdefault(label, (label, "judgement", match.start()))
            if found:
                break
    for label, pattern in _INTERVENTIONS:
        match = pattern.search(sentence)
        if match is None or _hypothetical_before(sentence, match.start()):
            continue
        if label == "Commissioner appointed" and (
            _NOT_THIS_COMMISSIONER.search(sentence) or not _COMMISSIONER_CONTEXT.search(sentence)
        ):
            continue
        found.setdefault(label, (label, "intervention", match.start()))
    return [(label, kind) for label, kind, _ in sorted(found.values(), key=lambda item: (item[2], item[0]))]


def _hypothetical_before(sentence: str, position: int) -> bool:
    """A possibility, a demand or a fear in the clause before the match, not a thing that happened."""
    clause_start = max(sentence.rfind(",", 0, position), sentence.rfind(";", 0, position), 0)
    window = sentence[max(0, clause_start - 40):position]
    return _HYPOTHETICAL.search(window) is not None


def event_date(sentence: str, article_date: dt.date | None) -> tuple[dt.date | None, str]:
    """The date a sentence gives for what it reports, and how precise it is; else the article's date."""
    for resolve in (_absolute_date, _relative_date):
        resolved = resolve(sentence, article_date)
        if resolved is not None and (article_date is None or resolved[0] <= article_date):
            return resolved
    return article_date, "reported"


def _absolute_date(sentence: str, _: dt.date | None) -> tuple[dt.date, str] | None:
    if match := _DAY_MONTH_YEAR.search(sentence):
        return _safe_date(int(match[3]), _MONTHS[match[2].casefold()], int(match[1]), "day")
    if match := _MONTH_DAY_YEAR.search(sentence):
        return _safe_date(int(match[3]), _MONTHS[match[1].casefold()], int(match[2]), "day")
    if match := _MONTH_YEAR.search(sentence):
        return _safe_date(int(match[2]), _MONTHS[match[1].casefold()], 1, "month")
    if match := _SEASON_YEAR.search(sentence):
        return _safe_date(int(match[2]), _SEASONS[match[1].casefold()], 1, "season")
    if match := _IN_YEAR.search(sentence):
        return _safe_date(int(match[1]), 1, 1, "year")
    return None


def _relative_date(sentence: str, article_date: dt.date | None) -> tuple[dt.date, str] | None:
    if article_date is None:
        return None
    if match := _RELATIVE_SEASON.search(sentence):
        first_month = _SEASONS[match[2].casefold()]
        year = article_date.year
        start = dt.date(year, first_month, 1)
        if match[1].casefold() == "last":
            end = _add_months(start, 3)
            if end > article_date:
                start = dt.date(year - 1, first_month, 1)
        elif start > article_date:
            start = dt.date(year - 1, first_month, 1)  # "this winter" said in January
        return start, "season"
    if match := _RELATIVE_PERIOD.search(sentence):
        last = match[1].casefold() == "last"
        if match[2].casefold() == "year":
            return dt.date(article_date.year - (1 if last else 0), 1, 1), "year"
        return _add_months(article_date.replace(day=1), -1 if last else 0), "month"
    if match := _LAST_MONTH_NAMED.search(sentence):
        month = _MONTHS[match[1].casefold()]
        year = article_date.year if month < article_date.month else article_date.year - 1
        return dt.date(year, month, 1), "month"
    if match := _ON_WEEKDAY.search(sentence):
        back = (article_date.weekday() - _WEEKDAYS.index(match[1].casefold())) % 7
        return article_date - dt.timedelta(days=back), "day"
    if _YESTERDAY.search(sentence):
        return article_date - dt.timedelta(days=1), "day"
    return None


def _safe_date(year: int, month: int, day: int, precision: str) -> tuple[dt.date, str] | None:
    try:
        return dt.date(year, month, day), precision
    except ValueError:
        return None


def _add_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def council_events(
    paragraphs: Sequence[str],
    article_date: dt.date | None,
    article_slug: str,
    council_names: dict[str, str],
) -> list[tuple[str, CouncilEvent]]:
    """The article's events, each with the slug of the council it happened to.

    ``council_names`` maps every council the article names (canonical name) to its slug. A sentence naming
    one of them belongs to that council; a sentence naming none belongs to the article's only council; any
    other sentence is left out, because the council it is about cannot be told reliably.
    """
    result: list[tuple[str, CouncilEvent]] = []
    seen: set[tuple[str, str, str]] = set()
    for event in find_events(paragraphs, article_date):
        council = _council_of(event.sentence, council_names)
        if council is None:
            continue
        key = (council, event.label, event.precision + (event.date.isoformat() if event.date else ""))
        if key in seen:
            continue
        seen.add(key)
        result.append((council, CouncilEvent(event.kind, event.label, event.date, event.precision,
                                             event.sentence, article_slug)))
    return result


def _council_of(sentence: str, council_names: dict[str, str]) -> str | None:
    """The slug of the one council a sentence is about, or None when that cannot be told.

    Councils are recognised in full ("Oldham Council") or by their place ("Oldham"), using the register of
    local authorities for places the article does not otherwise name: a judgement of another authority
    quoted in passing ("took Oldham from inadequate to good") belongs to no council of this article.
    """
    named = {slug for name, slug in council_names.items() if _names_council(sentence, name)}
    known = {name.casefold() for name in council_names}
    elsewhere = any(other.casefold() not in known for other in _register_councils(sentence))
    if elsewhere or len(named) > 1:
        return None
    if named:
        return next(iter(named))
    return next(iter(council_names.values())) if len(council_names) == 1 else None


_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w-]*(?:['’]s)?(?:\s+[A-Z][\w-]*(?:['’]s)?){0,2}")


@functools.lru_cache(maxsize=4096)
def _council_named(text: str) -> str | None:
    return resolve_council_name(text)


def _register_councils(sentence: str) -> set[str]:
    """Canonical names of the local authorities a sentence names, by a capitalised run or a word of one."""
    found: set[str] = set()
    for match in _CAPITALISED_RUN.finditer(sentence):
        words = [re.sub(r"['’]s$", "", word) for word in match.group(0).split()]
        for candidate in (" ".join(words), *words):
            council = _council_named(candidate)
            if council is not None:
                found.add(council)
                break
    return found


_COUNCIL_WORDS = re.compile(
    r"\s+(?:(?:metropolitan\s+)?(?:borough|district|city|county|town|parish)\s+)*council$", re.IGNORECASE)


def _names_council(sentence: str, name: str) -> bool:
    """Whether the sentence names the council, in full or by its place ("Oldham" for "Oldham Council")."""
    place = _COUNCIL_WORDS.sub("", name).strip() or name
    return re.search(rf"(?<!\w){re.escape(place)}(?!\w)", sentence) is not None


def event_sort_key(event: CouncilEvent) -> tuple[bool, int, str, str]:
    """Newest first, undated last, then by label and article."""
    return (event.date is None, -(event.date.toordinal() if event.date else 0), event.label, event.article_slug)


def merge_reports(events: list[CouncilEvent], article_rank: dict[str, int]) -> list[CouncilEvent]:
    """One line per event: reports of the same event with the same date become one, newest report first."""
    groups: dict[tuple[str, str, dt.date | None, str], list[CouncilEvent]] = {}
    for event in events:
        groups.setdefault((event.kind, event.label, event.date, event.precision), []).append(event)
    merged = []
    for reports in groups.values():
        reports.sort(key=lambda event: (article_rank.get(event.article_slug, 0), event.article_slug))
        others = tuple(dict.fromkeys(r.article_slug for r in reports[1:] if r.article_slug != reports[0].article_slug))
        merged.append(dataclasses.replace(reports[0], also_reported_in=others))
    return sorted(merged, key=event_sort_key)
