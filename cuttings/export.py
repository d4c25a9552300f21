"""The data export: ``data/articles.json``, ``data/people.json``, ``data/councils.json``.

Keys are a promise to users' scripts: later versions may add keys, never rename these.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from cuttings import urls
from cuttings.model import Catalogue, RoleSpan, StreamedPage


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def span_data(span: RoleSpan) -> dict[str, Any]:
    return {
        "role": span.role,
        "organisation": span.organisation,
        "first_seen": _iso(span.first_seen),
        "last_seen": _iso(span.last_seen),
        "articles": list(span.articles),
    }


def to_json_bytes(data: Any) -> bytes:
    """JSON as UTF-8; a list (or any iterator) has one item per line, so the file reads and diffs record by record."""
    return b"".join(json_pieces(data))


def json_pieces(data: Any) -> Iterator[bytes]:
    """``to_json_bytes`` a record at a time: the whole export as Python objects, or as one string, takes several
    times its size in memory (gigabytes at 50,000 articles). No indentation, which keeps to json's C encoder."""
    if not isinstance(data, (list, Iterator)):
        yield (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8")
        return
    empty = True
    for item in data:
        # JSON strings never hold a raw newline, so the item stays on one line.
        yield (("[\n" if empty else ",\n") + json.dumps(item, ensure_ascii=False)).encode("utf-8")
        empty = False
    yield b"[]\n" if empty else b"\n]\n"


def articles_data(catalogue: Catalogue) -> Iterator[dict[str, Any]]:
    return (
        {
            "slug": slug,
            "url": urls.article_path(slug),
            "source_file": entry.article.source_file,
            "title": entry.article.title,
            "date": entry.article.date.isoformat() if entry.article.date else None,
            "source": entry.article.source,
            "people": [catalogue.people[p].name for p in entry.people],
            "councils": [catalogue.councils[c].name for c in entry.councils],
            "organisations": list(entry.article.organisations),
            "reference": entry.article.reference,
            "related": [
                {
                    "article": related.article,
                    "shared_people": [catalogue.people[p].name for p in related.people],
                    "shared_councils": [catalogue.councils[c].name for c in related.councils],
                }
                for related in entry.related
            ],
        }
        for slug, entry in catalogue.articles.items()
    )


def people_data(catalogue: Catalogue) -> Iterator[dict[str, Any]]:
    return (
        {
            "slug": slug,
            "url": urls.person_path(slug),
            "name": person.name,
            "aliases": person.aliases,
            "roles": [
                {
                    "role": role.role,
                    "organisation": role.organisation,
                    "article": role.article_slug,
                    "date": role.date.isoformat() if role.date else None,
                }
                for role in person.roles
            ],
            "articles": person.articles,
            "quotes": [
                {"text": q.text, "article": q.article_slug, "date": q.date.isoformat() if q.date else None}
                for q in person.quotes
            ],
            "role_spans": [span_data(span) for span in person.role_spans],
            "appears_with": [
                {
                    "slug": other.person,
                    "name": catalogue.people[other.person].name,
                    "count": other.count,
                    "articles": list(other.articles),
                }
                for other in person.appears_with
            ],
        }
        for slug, person in catalogue.people.items()
    )


def councils_data(catalogue: Catalogue) -> Iterator[dict[str, Any]]:
    return (
        {
            "slug": slug,
            "url": urls.council_path(slug),
            "name": council.name,
            "people": [catalogue.people[p].name for p in council.people],
            "articles": council.articles,
            "roles": [
                {"group": post.group, "person": catalogue.people[post.person].name, "person_slug": post.person,
                 **span_data(post.span)}
                for post in council.posts
            ],
            "events": [
                {
                    "kind": event.kind,
                    "label": event.label,
                    "date": _iso(event.date),
                    "date_precision": event.precision,
                    "evidence": event.evidence,
                    "article": event.article_slug,
                    "also_reported_in": list(event.also_reported_in),
                }
                for event in council.events
            ],
            "related_councils": [
                {"slug": other.council, "name": catalogue.councils[other.council].name,
                 "count": len(other.articles), "articles": list(other.articles)}
                for other in council.related
            ],
        }
        for slug, council in catalogue.councils.items()
    )


def export_pages(catalogue: Catalogue) -> Iterator[StreamedPage]:
    """Written a record at a time: ``people.json`` alone is over 200 MB at 50,000 articles."""
    yield StreamedPage("data/articles.json", lambda: json_pieces(articles_data(catalogue)))
    yield StreamedPage("data/people.json", lambda: json_pieces(people_data(catalogue)))
    yield StreamedPage("data/councils.json", lambda: json_pieces(councils_data(catalogue)))
