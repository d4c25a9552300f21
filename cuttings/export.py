"""The data export: ``data/articles.json.gz``, ``data/people.json.gz``, ``data/councils.json.gz`` (JSON,
gzip-compressed), and ``data/index.json``, which gives the schema's version and names the files.

Compressed, as the search data is: JSON of names and slugs compresses four times, and the export was a tenth of
the site (1,867 bytes an article at 1,000 BBC articles, some 460 gzipped). Anyone scripting against it reads it with
``gzip.open`` or ``curl … | gunzip``; GitHub Pages serves the files as they are.

Keys are a promise to users' scripts: a version may add keys; one that drops or renames any says so with a new
``SCHEMA_VERSION`` and a line in the README. Records name each other by slug rather than repeat each other.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cuttings import urls
from cuttings.memo import Memo, Recorder, RecordingCatalogue, digest_of
from cuttings.model import Catalogue, Page, RoleSpan, StreamedPage
from cuttings.named_once import PersonPlaces

SCHEMA_VERSION = 5
"""1: the first export. 2: a person's ``appears_with`` gives each other person's slug and the count of shared
articles, no longer their name and the shared articles, which are the two people's ``articles`` in common (they
were three quarters of ``people.json``); an article's ``related`` entries give the related article's slug alone,
no longer the people and councils both name, which are the two articles' ``people`` and ``councils`` in common
(three fifths of ``articles.json``). 3: a person's ``appears_with`` is gone: it was the two people's
``articles`` in common, counted (a third of the export at 10,000 articles); a role's and a quotation's ``date`` is
gone, being its article's ``date``; an article's ``related`` lists the related articles' slugs. 4: the files are
gzip-compressed (``articles.json.gz``...; ``index.json`` names them), and a person named in one article has as
``url`` their entry on a shared page (``people/once/16/#jo-bloggs``, ``cuttings/named_once.py``). 5: each file is a
series of gzip members, one per group of some 128 records (``export_file``), which ``gzip.open``, ``gunzip`` and
``zcat`` read as one stream (a reader that stops at the first member, such as ``zlib.decompress`` alone, sees the
first group only); the JSON is as in 4."""


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


def article_record(catalogue: Catalogue | RecordingCatalogue, slug: str) -> dict[str, Any]:
    entry = catalogue.articles[slug]
    return {
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


def person_record(catalogue: RecordingCatalogue, slug: str) -> dict[str, Any]:
    """``url``: the person's page, or for someone named once their entry on a shared page (``named_once.py``)."""
    person = catalogue.people[slug]
    return {
        "slug": slug,
        "url": catalogue.place(slug),
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


def council_record(catalogue: Catalogue | RecordingCatalogue, slug: str) -> dict[str, Any]:
    council = catalogue.councils[slug]
    return {
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


GZIP_LEVEL = 6
"""zlib's default: at 10,000 BBC articles it compresses the export (18 MB of JSON) in 0.46 s where level 9 took
1.0 s, for 1.2% more bytes (4 an article)."""
GROUP_EVERY = 128
"""Records per gzip member, on average (``record_groups``). A member starts its compression afresh, so its first
records compress less well: at 10,000 BBC articles, groups of 64 made the export 5.6 to 9.4% heavier (26 bytes an
article), of 128 3.1 to 5.0% (14 bytes), of 256 2.0 to 2.5% (8 bytes); a group of 128 is some 80 kB of JSON, a few
milliseconds to make again."""
MEMBER_FIELD = b"Cg"
"""The gzip extra field (RFC 1952, 2.3.1.1) in which each member gives its size and its group's key, so that the
next build finds the members it keeps without inflating the file."""


def record_groups(slugs: Iterable[str]) -> list[tuple[str, list[str]]]:
    """``slugs`` in order, cut after every slug whose hash falls on one in ``GROUP_EVERY``: where a group ends
    depends on its own slugs alone, so a record added, moved or removed changes its own group and leaves every
    other as it was (content-defined chunking). Each group is keyed by its last slug."""
    groups: list[tuple[str, list[str]]] = []
    group: list[str] = []
    for slug in slugs:
        group.append(slug)
        if int.from_bytes(hashlib.blake2b(slug.encode(), digest_size=4).digest(), "little") % GROUP_EVERY == 0:
            groups.append((slug, group))
            group = []
    if group:
        groups.append((group[-1], group))
    return groups


def gzip_member(content: bytes, key: str) -> bytes:
    """``content`` as one gzip member (RFC 1952) whose extra field gives the member's size and ``key``; no name,
    no time, the system "unknown": the same bytes on every machine. Members one after another make one gzip file:
    ``gzip.open``, ``gunzip`` and ``zcat`` read them all, as one stream."""
    compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    body = compressor.compress(content) + compressor.flush()
    data = key.encode("utf-8")
    extra = MEMBER_FIELD + struct.pack("<H", 4 + len(data))
    size = 12 + len(extra) + 4 + len(data) + len(body) + 8
    header = b"\x1f\x8b\x08\x04\x00\x00\x00\x00\x00\xff" + struct.pack("<H", len(extra) + 4 + len(data))
    return (header + extra + struct.pack("<I", size) + data + body
            + struct.pack("<II", zlib.crc32(content), len(content) & 0xFFFFFFFF))


def gzip_members(data: bytes) -> dict[str, bytes]:
    """The members of a file made of ``gzip_member``s, by key, read from their headers alone; nothing from a file
    of any other layout or cut short (its groups are then made again)."""
    members: dict[str, bytes] = {}
    position = 0
    while position < len(data):
        head = data[position:position + 20]
        if len(head) < 20 or head[:4] != b"\x1f\x8b\x08\x04" or head[12:14] != MEMBER_FIELD:
            return {}
        extra_length, field_length, size = struct.unpack("<HxxHI", head[10:20])
        if extra_length != field_length + 4 or size < 20 + extra_length or position + size > len(data):
            return {}
        key = data[position + 20:position + 12 + extra_length]
        members[key.decode("utf-8", "replace")] = data[position:position + size]
        position += size
    return members


Record = Callable[[str], dict[str, Any]]


@dataclass(slots=True)
class _Group:
    key: str
    slugs: list[str]
    params: bytes
    kept: bool


def _member_content(record: Record, slugs: list[str], first: bool, last: bool) -> bytes:
    """The group's records as ``to_json_bytes`` writes them within the whole list."""
    pieces = [(b",\n" if index or not first else b"[\n") + json.dumps(record(slug), ensure_ascii=False).encode()
              for index, slug in enumerate(slugs)]
    return b"".join(pieces) + (b"\n]\n" if last else b"")


def export_file(path: str, slugs: list[str], record: Record, recorder: Recorder, memo: Memo | None,
                previous: Path | None) -> Page | StreamedPage:
    """One export file, a gzip member per group of records (``record_groups``). With a ``memo``, a group none of
    whose records read anything changed since the last build is not made again: its member is copied from the
    last build's file (``previous``, in the output folder as that build left it); a file whose groups are all
    kept is kept whole. So a new person rewrites the people file from its kept members and one new one."""
    if not slugs:
        return Page(path, gzip_member(b"[]\n", ""))
    groups = []
    cut = record_groups(slugs)
    for index, (key, members) in enumerate(cut):
        params = digest_of(("export", path, members, index == 0, index == len(cut) - 1)) if memo is not None else b""
        groups.append(_Group(key, members, params, memo is not None and memo.keep(f"{path}#{key}", params)))
    if all(group.kept for group in groups):
        return Page(path, b"", reused=True)

    def pieces() -> Iterator[bytes]:
        last: dict[str, bytes] = {}
        if previous is not None and any(group.kept for group in groups):
            with contextlib.suppress(OSError):
                last = gzip_members(previous.read_bytes())
        for index, group in enumerate(groups):
            kept = last.get(group.key) if group.kept else None
            if kept is not None:
                yield kept
                continue
            with recorder.page() as reads:
                content = _member_content(record, group.slugs, index == 0, index == len(groups) - 1)
            if memo is not None:
                memo.remember(f"{path}#{group.key}", group.params, reads)
            yield gzip_member(content, group.key)

    return StreamedPage(path, pieces)


def export_pages(catalogue: Catalogue, memo: Memo | None = None, places: PersonPlaces | None = None,
                 output_dir: Path | None = None) -> Iterator[Page | StreamedPage]:
    """The export's files, each written a group of records at a time (``export_file``): ``people.json`` alone was
    over 200 MB at 50,000 articles. ``output_dir``: where the last build's files are, for the groups kept.

    With a ``memo``, a group whose records' reads are all as they were is kept unmade (``cuttings/memo.py``): an
    edit to one article's text leaves the files alone, and a new article remakes the groups of the records it
    changes. Which records a group holds is worked out from the plain catalogue and digested with it, so a group
    does not read the whole list of people or articles. At 10,000 BBC articles (190 groups), one process: the whole
    export is 1.4 s of CPU; after a new article naming someone new 0.32 s (13 groups made again), after an edit
    naming someone new 0.26 s (2 groups), each equal to the clean export. ``tests/unit/test_export_encoding.py``
    and the paginated edits of ``tests/site/test_incremental.py`` check the files equal a clean build's."""
    yield Page("data/index.json", to_json_bytes({
        "schema_version": SCHEMA_VERSION,
        "files": {"articles": "articles.json.gz", "people": "people.json.gz", "councils": "councils.json.gz"},
        "compression": "gzip",
    }))
    # A person's url is read through the recording view (``RecordingCatalogue.place``): recorded as the rest.
    recording = RecordingCatalogue(catalogue, places=places)
    files: tuple[tuple[str, list[str], Record], ...] = (
        ("data/articles.json.gz", list(catalogue.articles), functools.partial(article_record, recording)),
        ("data/people.json.gz", list(catalogue.people), functools.partial(person_record, recording)),
        ("data/councils.json.gz", list(catalogue.councils), functools.partial(council_record, recording)),
    )
    for path, slugs, record in files:
        yield export_file(path, slugs, record, recording.recorder, memo,
                          output_dir / path if output_dir is not None else None)
