"""The data export: ``data/articles.json``, ``data/people.json``, ``data/councils.json``.

Keys are a promise to users' scripts: later versions may add keys, never rename these.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from cuttings import urls
from cuttings.model import Catalogue, Page


def to_json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def articles_data(catalogue: Catalogue) -> list[dict[str, Any]]:
    return [
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
        }
        for slug, entry in catalogue.articles.items()
    ]


def people_data(catalogue: Catalogue) -> list[dict[str, Any]]:
    return [
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
        }
        for slug, person in catalogue.people.items()
    ]


def councils_data(catalogue: Catalogue) -> list[dict[str, Any]]:
    return [
        {
            "slug": slug,
            "url": urls.council_path(slug),
            "name": council.name,
            "people": [catalogue.people[p].name for p in council.people],
            "articles": council.articles,
        }
        for slug, council in catalogue.councils.items()
    ]


def export_pages(catalogue: Catalogue) -> Iterator[Page]:
    yield Page("data/articles.json", to_json_bytes(articles_data(catalogue)))
    yield Page("data/people.json", to_json_bytes(people_data(catalogue)))
    yield Page("data/councils.json", to_json_bytes(councils_data(catalogue)))
