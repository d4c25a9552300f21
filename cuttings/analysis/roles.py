"""Roles over time: every article's role for a person merged into spans, and council posts in groups."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from cuttings.model import CouncilPost, RoleEvidence, RoleSpan

ROLE_GROUPS: tuple[tuple[str, str], ...] = (
    ("leadership", "Political leadership"),
    ("opposition", "Opposition group leaders"),
    ("officers", "Senior officers"),
    ("other", "Other roles"),
)
"""Group keys in the order a council page shows them, with their headings."""

_OPPOSITION = re.compile(r"\b(opposition|group leader|leader of the \w+(?: \w+)? group|shadow)\b", re.IGNORECASE)
_LEADERSHIP = re.compile(
    r"\b(leader|deputy leader|cabinet|portfolio|executive member|lead member|elected mayor|mayor|"
    r"chair(?:man|woman|person)? of the (?:council|executive|cabinet))\b",
    re.IGNORECASE,
)
_OFFICERS = re.compile(
    r"\b(chief executive|managing director|director|head of (?:paid service|service|services)|"
    r"chief officer|monitoring officer|section 151 officer|chief finance officer|treasurer|clerk|"
    r"responsible financial officer)\b",
    re.IGNORECASE,
)
# The chair of a parish or town council (or of the council itself) leads it; the chair of a committee does not.
_COUNCIL_CHAIR = re.compile(
    r"^(?:(?:vice|deputy)[- ]?)?(?:chair|chairman|chairwoman|chairperson)(?: of the (?:parish |town )?council)?$",
    re.IGNORECASE,
)


_SPACES = re.compile(r"\s+")


def role_key(role: str) -> str:
    """Forms of one role that differ only in case, spacing or a leading "the" count as the same role."""
    words = _SPACES.sub(" ", role).strip().casefold()
    return words.removeprefix("the ")


def role_group(role: str) -> str:
    """Which group of a council page a role belongs to, from general vocabulary of English local government."""
    if _OPPOSITION.search(role):
        return "opposition"
    if _OFFICERS.search(role) and not re.search(r"\bcabinet|portfolio\b", role, re.IGNORECASE):
        return "officers"
    if _LEADERSHIP.search(role) or _COUNCIL_CHAIR.match(role.strip()):
        return "leadership"
    return "other"


def _date_ordinal(date: dt.date | None) -> int:
    return date.toordinal() if date else 0


def latest_first_key(span: RoleSpan) -> tuple[bool, int, int, str, str]:
    """Latest last sighting first, undated last; ties broken by names so the order never varies."""
    return (
        span.last_seen is None,
        -_date_ordinal(span.last_seen),
        -_date_ordinal(span.first_seen),
        role_key(span.role),
        (span.organisation or "").casefold(),
    )


def role_spans(evidence: Iterable[RoleEvidence], article_rank: Mapping[str, int]) -> list[RoleSpan]:
    """Merge a person's role evidence by (role, organisation) into spans of dates, latest first.

    ``article_rank`` gives each article slug its position in the site's newest-first order, so each span
    lists its evidence in the same order as everywhere else.
    """
    items_in = list(evidence)
    if not items_in:
        return []  # most people are given no role
    keys = [role_key(item.role) for item in items_in]
    organisations: dict[str, set[str]] = {}
    for item, key in zip(items_in, keys, strict=True):
        if item.organisation:
            organisations.setdefault(key, set()).add(item.organisation.casefold())
    grouped: dict[tuple[str, str], list[RoleEvidence]] = {}
    for item, key in zip(items_in, keys, strict=True):
        organisation = (item.organisation or "").casefold()
        if not organisation and len(organisations.get(key, ())) == 1:
            # "leader" in one article, "leader of Oldham Council" in others: the same post, when the person
            # holds that role at one organisation only.
            organisation = next(iter(organisations[key]))
        grouped.setdefault((key, organisation), []).append(item)
    spans = []
    for items in grouped.values():
        dates = [item.date for item in items if item.date is not None]
        slugs = sorted({item.article_slug for item in items}, key=lambda slug: (article_rank.get(slug, 0), slug))
        paragraph_of: dict[str, int] = {}
        for item in items:
            paragraph_of.setdefault(item.article_slug, item.paragraph)
        spans.append(RoleSpan(
            role=_most_common(item.role for item in items),
            organisation=_most_common_or_none(item.organisation for item in items),
            first_seen=min(dates) if dates else None,
            last_seen=max(dates) if dates else None,
            articles=tuple(slugs),
            paragraphs=tuple(paragraph_of[slug] for slug in slugs),
        ))
    return sorted(spans, key=latest_first_key)


def _most_common(values: Iterable[str]) -> str:
    """The most frequent spelling; ties go to the alphabetically first, so the choice never varies."""
    counts = Counter(values)
    return min(counts, key=lambda value: (-counts[value], value))


def _most_common_or_none(values: Iterable[str | None]) -> str | None:
    present = [value for value in values if value]
    return _most_common(present) if present else None


def spans_by_organisation(spans_by_person: Mapping[str, list[RoleSpan]]) -> dict[str, list[tuple[str, RoleSpan]]]:
    """Every person's role spans under the case-folded name of their organisation, in person then span order:
    each council then reads only its own spans, not every span of every person."""
    index: dict[str, list[tuple[str, RoleSpan]]] = {}
    for person, spans in spans_by_person.items():
        for span in spans:
            index.setdefault((span.organisation or "").casefold(), []).append((person, span))
    return index


def council_posts(organisation_spans: Mapping[str, list[tuple[str, RoleSpan]]],
                  council_name: str) -> list[CouncilPost]:
    """Every person's roles at one council, grouped, each group latest first.

    ``organisation_spans`` comes from ``spans_by_organisation``.
    """
    posts = [CouncilPost(role_group(span.role), person, span)
             for person, span in organisation_spans.get(council_name.casefold(), ())]
    group_order = {key: position for position, (key, _) in enumerate(ROLE_GROUPS)}
    return sorted(posts, key=lambda post: (group_order[post.group], latest_first_key(post.span), post.person))
