"""Stage 5, index: the Catalogue -> search data, a lunr index built by lunr.py for lunr.js to load.

Documents are articles, people and councils, so a name finds the person's page as well as their articles.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lunr import lunr

from cuttings import urls
from cuttings.infer.titles import shorten
from cuttings.model import Catalogue, Page

SNIPPET_CHARS = 160


def search_documents(catalogue: Catalogue) -> list[dict[str, Any]]:
    """One record per searchable thing: ``ref`` joins the lunr index to what a result shows."""
    documents: list[dict[str, Any]] = []
    for slug, person in catalogue.people.items():
        documents.append({
            "ref": f"p:{slug}", "kind": "person", "title": person.name, "url": urls.person_path(slug),
            "names": " ".join([person.name, *person.aliases]), "body": "",
            "summary": f"{len(person.articles)} article{'s' if len(person.articles) != 1 else ''}",
        })
    for slug, council in catalogue.councils.items():
        documents.append({
            "ref": f"c:{slug}", "kind": "council", "title": council.name, "url": urls.council_path(slug),
            "names": council.name, "body": "",
            "summary": f"{len(council.articles)} article{'s' if len(council.articles) != 1 else ''}",
        })
    for slug, entry in catalogue.articles.items():
        article = entry.article
        names = [catalogue.people[p].name for p in entry.people] + [catalogue.councils[c].name for c in entry.councils]
        documents.append({
            "ref": f"a:{slug}", "kind": "article", "title": article.title, "url": urls.article_path(slug),
            "names": " ".join(names), "body": " ".join(p.text for p in article.paragraphs),
            "summary": shorten(article.lede, SNIPPET_CHARS),
            "date": article.date.isoformat() if article.date else None,
        })
    return documents


def search_pages(catalogue: Catalogue) -> Iterator[Page]:
    documents = search_documents(catalogue)
    index = lunr(
        ref="ref",
        fields=[{"field_name": "title", "boost": 10}, {"field_name": "names", "boost": 5}, "body"],
        documents=documents,
    )
    shown = {
        doc["ref"]: {key: doc[key] for key in ("kind", "title", "url", "summary", "date") if doc.get(key)}
        for doc in documents
    }
    yield Page("search/index.json", json.dumps(index.serialize(), separators=(",", ":")).encode("utf-8"))
    yield Page("search/documents.json", json.dumps(shown, ensure_ascii=False, separators=(",", ":")).encode())
