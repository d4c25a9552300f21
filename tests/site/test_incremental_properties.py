"""Random sequences of edits: after each, the incremental build's output is the clean build's, byte for byte.

A ``RuleBasedStateMachine`` keeps a small corpus of made-up articles and edits it the ways a newsroom does: adds,
deletes and renames files, names a new person, changes a surname throughout an article, changes or adds a date
line, changes a headline (two articles may share one), touches a file without changing it, edits front matter,
adds a paragraph. After every step the same folder is built again through its cache, and a clean build (fresh
output, fresh cache) is made beside it. The clean builds share an inference cache of their own, fed only by
clean builds, so they do not infer every article again: inference is deterministic and keyed by the file's
bytes, and the cache under test is never the one they use.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from cuttings import cache
from cuttings.model import BuildSettings
from cuttings.pipeline import build_site
from tests.conftest import snapshot

FIRST_NAMES = ("Ann", "Peter", "Ruth", "Omar", "Grace", "Tom")
SURNAMES = ("Abernethy", "Calloway", "Dwyer", "Kaur", "Lister", "Moss")
COUNCILS = ("Northfold Council", "Leeds City Council", "Kent County Council")
TOPICS = ("bus lane", "library", "swimming pool", "park", "housing")
HEADLINES = ("Plan approved", "Council backs new scheme", "Residents object", "Vote delayed")
DATES = ("3 March 2021", "14 July 2020", "1 December 2022", None)

people = st.tuples(st.sampled_from(FIRST_NAMES), st.sampled_from(SURNAMES))
drafts = st.fixed_dictionaries({
    "headline": st.sampled_from(HEADLINES),
    "date": st.sampled_from(DATES),
    "council": st.sampled_from(COUNCILS),
    "topic": st.sampled_from(TOPICS),
    "people": st.lists(people, min_size=1, max_size=2, unique=True),
    "paragraphs": st.integers(0, 2),
    "title": st.none() | st.sampled_from(HEADLINES),
})


def article_text(draft: dict[str, object]) -> str:
    """The article as a newsroom file: headline, date line, paragraphs; front matter if it sets a title."""
    names = draft["people"]
    assert isinstance(names, list)
    lead, *others = [f"{first} {surname}" for first, surname in names]
    parts = [str(draft["headline"])]
    if draft["date"]:
        parts.append(str(draft["date"]))
    parts.append(f"{draft['council']} approved the {draft['topic']} plan on Tuesday.")
    parts.append(f'"It will help everyone in the area," said Councillor {lead}.')
    parts.extend(f"{name} said residents had waited a long time for it." for name in others)
    parts.extend("The meeting ended shortly after nine in the evening." for _ in range(int(draft["paragraphs"])))
    text = "\n\n".join(parts) + "\n"
    if draft["title"]:
        text = f"---\ntitle: {draft['title']}\n---\n{text}"
    return text




class IncrementalBuilds(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="cuttings-incremental-"))
        self.content = self.root / "content"
        self.content.mkdir()
        self.drafts: dict[str, dict[str, object]] = {}
        self.made = 0
        # Every content hash kept by its file's stamp however recent the file (``cache.FileHashes``), so each step's
        # build scans through the last one's stamps: an edit comes a build after the file's last write, and moves it.
        self.settled, cache.SETTLED_NS = cache.SETTLED_NS, -10**12

    def write(self, name: str, draft: dict[str, object]) -> None:
        self.drafts[name] = draft
        (self.content / name).write_text(article_text(draft), encoding="utf-8")

    def new_name(self) -> str:
        self.made += 1
        return f"article-{self.made:03d}.txt"

    @initialize(first=drafts, second=drafts)
    def start(self, first: dict[str, object], second: dict[str, object]) -> None:
        self.write(self.new_name(), first)
        self.write(self.new_name(), second)

    def pick(self, index: int) -> str:
        names = sorted(self.drafts)
        return names[index % len(names)]

    @rule(draft=drafts)
    def add_article(self, draft: dict[str, object]) -> None:
        self.write(self.new_name(), draft)

    @precondition(lambda self: len(self.drafts) > 1)
    @rule(index=st.integers(0, 20))
    def delete_article(self, index: int) -> None:
        name = self.pick(index)
        (self.content / name).unlink()
        del self.drafts[name]

    @rule(index=st.integers(0, 20))
    def rename_article(self, index: int) -> None:
        name, new = self.pick(index), self.new_name()
        (self.content / name).rename(self.content / new)
        self.drafts[new] = self.drafts.pop(name)

    @rule(index=st.integers(0, 20), person=people)
    def name_someone_new(self, index: int, person: tuple[str, str]) -> None:
        name = self.pick(index)
        names = self.drafts[name]["people"]
        assert isinstance(names, list)
        if person not in names:
            self.write(name, {**self.drafts[name], "people": [*names, person]})

    @rule(index=st.integers(0, 20), surname=st.sampled_from(SURNAMES))
    def change_a_surname_throughout(self, index: int, surname: str) -> None:
        name = self.pick(index)
        names = self.drafts[name]["people"]
        assert isinstance(names, list)
        changed = [(names[0][0], surname), *names[1:]]
        if len(set(changed)) == len(changed):
            self.write(name, {**self.drafts[name], "people": changed})

    @rule(index=st.integers(0, 20), date=st.sampled_from(DATES))
    def change_the_date_line(self, index: int, date: str | None) -> None:
        name = self.pick(index)
        self.write(name, {**self.drafts[name], "date": date})

    @rule(index=st.integers(0, 20), headline=st.sampled_from(HEADLINES))
    def change_the_headline(self, index: int, headline: str) -> None:
        name = self.pick(index)
        self.write(name, {**self.drafts[name], "headline": headline})

    @rule(index=st.integers(0, 20), other=st.integers(0, 20))
    def give_two_articles_one_headline(self, index: int, other: int) -> None:
        name = self.pick(index)
        self.write(name, {**self.drafts[name], "headline": self.drafts[self.pick(other)]["headline"]})

    @rule(index=st.integers(0, 20), title=st.none() | st.sampled_from(HEADLINES))
    def change_the_front_matter(self, index: int, title: str | None) -> None:
        name = self.pick(index)
        self.write(name, {**self.drafts[name], "title": title})

    @rule(index=st.integers(0, 20))
    def add_a_paragraph(self, index: int) -> None:
        name = self.pick(index)
        paragraphs = self.drafts[name]["paragraphs"]
        assert isinstance(paragraphs, int)
        self.write(name, {**self.drafts[name], "paragraphs": paragraphs + 1})

    @rule(index=st.integers(0, 20))
    def touch_a_file_unchanged(self, index: int) -> None:
        path = self.content / self.pick(index)
        path.write_bytes(path.read_bytes())
        status = path.stat()
        os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 10**9))

    @invariant()
    def incremental_output_is_the_clean_output(self) -> None:
        if not self.drafts:
            return
        build_site(BuildSettings(content_dir=self.content, output_dir=self.root / "site",
                                 cache_dir=self.root / "cache", quiet=True))
        clean = self.root / "clean"
        shutil.rmtree(clean, ignore_errors=True)
        (clean / "cache").mkdir(parents=True)
        inferred = self.root / "clean-articles.sqlite"
        if inferred.exists():
            shutil.copy2(inferred, clean / "cache" / "articles.sqlite")
        build_site(BuildSettings(content_dir=self.content, output_dir=clean / "site", cache_dir=clean / "cache",
                                 quiet=True))
        shutil.copy2(clean / "cache" / "articles.sqlite", inferred)
        assert snapshot(self.root / "site") == snapshot(clean / "site")

    def teardown(self) -> None:
        cache.SETTLED_NS = self.settled
        shutil.rmtree(self.root, ignore_errors=True)


TestIncrementalBuilds = IncrementalBuilds.TestCase
TestIncrementalBuilds.settings = settings(max_examples=6, stateful_step_count=8, deadline=None,
                                          suppress_health_check=[HealthCheck.too_slow])
