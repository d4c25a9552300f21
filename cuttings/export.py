"""The data export: ``data/articles.json.gz``, ``data/people.json.gz``, ``data/councils.json.gz`` (JSON,
gzip-compressed), and ``data/index.json``, which gives the schema's version and names the files.

Compressed, as the search data is: JSON of names and slugs compresses four times, and the export was a tenth of
the site (1,867 bytes an article at 1,000 BBC articles, some 460 gzipped). Anyone scripting against it reads it with
``gzip.open`` or ``curl … | gunzip``; GitHub Pages serves the files as they are.

Keys are a promise to users' scripts: a version may add keys; one that drops or renames any says so with a new
``SCHEMA_VERSION`` and a line in the README. Records name each other by slug rather than repeat each other.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import struct
import zlib
from collections.abc import Callable, Iterator
from typing import Any

from cuttings import urls
from cuttings.memo import Memo, RecordingCatalogue, RecordingPlaces, digest_of
from cuttings.model import Catalogue, Page, RoleSpan, StreamedPage
from cuttings.named_once import PersonPlaces, person_places

SCHEMA_VERSION = 4
"""1: the first export. 2: a person's ``appears_with`` gives each other person's slug and the count of shared
articles, no longer their name and the shared articles, which are the two people's ``articles`` in common (they
were three quarters of ``people.json``); an article's ``related`` entries give the related article's slug alone,
no longer the people and councils both name, which are the two articles' ``people`` and ``councils`` in common
(three fifths of ``articles.json``). 3: a person's ``appears_with`` is gone: it was the two people's
``articles`` in common, counted (a third of the export at 10,000 articles); a role's and a quotation's ``date`` is
gone, being its article's ``date``; an article's ``related`` lists the related articles' slugs. 4: the files are
gzip-compressed (``articles.json.gz``...; ``index.json`` names them), and a person named in one article has as
``url`` their entry on a shared page (``people/once/16/#jo-bloggs``, ``cuttings/named_once.py``)."""


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def span_data(span: RoleSpan) -> dict[str, Any]:
    data = {
        "role": span.role,
        "organisation": span.organisation,
        "first_seen": _iso(span.first_seen),
        "last_seen": _iso(span.last_seen),
        "articles": list(span.articles),
    }
    if any(paragraph >= 0 for paragraph in span.paragraphs):
        # For each of "articles", the paragraph that gives the role (-1 where not known, as in Markdown).
        data["paragraphs"] = list(span.paragraphs)
    return data


def place(paragraph: int, offset: int) -> dict[str, list[int]]:
    """Where in its article a role or quotation is stated: ``"at": [paragraph, offset]``, paragraph and character
    offset of the sentence in the article's ``paragraphs``; nothing when not known."""
    return {"at": [paragraph, offset]} if paragraph >= 0 else {}


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
            "related": [related.article for related in entry.related],
        }
        for slug, entry in catalogue.articles.items()
    )


def people_data(catalogue: Catalogue | RecordingCatalogue,
                places: PersonPlaces | RecordingPlaces | None = None) -> Iterator[dict[str, Any]]:
    """``url``: the person's page, or for someone named once their entry on a shared page (``named_once.py``);
    read through a recording view's ``places`` when ``catalogue`` is one."""
    if places is None:
        places = catalogue.places if isinstance(catalogue, RecordingCatalogue) else person_places(catalogue)
    return (
        {
            "slug": slug,
            "url": places.path(slug),
            "name": person.name,
            "aliases": person.aliases,
            "roles": [
                {
                    "role": role.role,
                    "organisation": role.organisation,
                    "article": role.article_slug,
                    **place(role.paragraph, role.offset),
                }
                for role in person.roles
            ],
            "articles": person.articles,
            "quotes": [
                {"text": q.text, "article": q.article_slug, **place(q.paragraph, q.offset)}
                for q in person.quotes
            ],
            "role_spans": [span_data(span) for span in person.role_spans],
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


GZIP_LEVEL = 6
"""zlib's default: at 10,000 BBC articles it compresses the export (18 MB of JSON) in 0.46 s where level 9 took
1.0 s, for 1.2% more bytes (4 an article); the export is made again whenever a person, a council or an article's
title changes."""
GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
"""A gzip member's header with no name and no time, and the system "unknown" (``gzip.compress`` lets zlib write the
machine's): the bytes are the same on every machine."""


def gzip_pieces(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """``pieces`` gzip-compressed as they come, as ``gzip.compress(b"".join(pieces), 6, mtime=0)`` compresses them
    (``GZIP_HEADER`` aside): the whole file is never held."""
    yield GZIP_HEADER
    compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    crc = size = 0
    for piece in pieces:
        crc = zlib.crc32(piece, crc)
        size += len(piece)
        if compressed := compressor.compress(piece):
            yield compressed
    yield compressor.flush() + struct.pack("<II", crc, size & 0xFFFFFFFF)


def _pieces(data: Callable[[Catalogue], Iterator[dict[str, Any]]], catalogue: Catalogue) -> Iterator[bytes]:
    return gzip_pieces(json_pieces(data(catalogue)))


def export_pages(catalogue: Catalogue, memo: Memo | None = None,
                 places: PersonPlaces | None = None) -> Iterator[Page | StreamedPage]:
    """Written a record at a time, and compressed as it is written: ``people.json`` alone was over 200 MB at
    50,000 articles.

    With a ``memo``, a file whose entries are all as they were is kept unmade (``cuttings/memo.py``): an edit to
    one article's text leaves ``people.json`` and ``councils.json`` alone.
    """
    files = (
        ("data/articles.json.gz", articles_data),
        ("data/people.json.gz", people_data),
        ("data/councils.json.gz", councils_data),
    )
    yield Page("data/index.json", to_json_bytes({
        "schema_version": SCHEMA_VERSION,
        "files": {"articles": "articles.json.gz", "people": "people.json.gz", "councils": "councils.json.gz"},
        "compression": "gzip",
    }))
    # A person's url is read through the recording view's places: recorded as the rest (``RecordingPlaces``).
    recording = RecordingCatalogue(catalogue, places=places)
    for path, data in files:
        params = digest_of(("export", path)) if memo is not None else b""
        if memo is not None and memo.keep(path, params):
            yield Page(path, b"", reused=True)
            continue
        # The writer streams the file out while this waits here: its reads are recorded as it is written.
        with recording.recorder.page() as reads:
            yield StreamedPage(path, functools.partial(_pieces, data, recording))  # type: ignore[arg-type]
        if memo is not None:
            memo.remember(path, params, reads)
