"""The build: plan, then execute. read -> infer -> link -> render -> index -> write.

**Plan** (``make_plan``; what it learns is one ``Plan``, which the stages read). Every content file is hashed (unless
its stamp is as the last build found it: ``cache.FileHashes``), and each gets a key from its bytes and the inference
code (``cuttings/cache.py``). The keys tell what changed: keys the article cache does not know are handed at once to
worker processes to infer; if the site's fingerprint (every key, the settings, the code, templates and static files)
is the last build's and the output folder is as that build left it, the build stops there. Else the last build's page
records and linked catalogue (``cuttings/relink.py``) are loaded.

**Execute.** This build's articles are taken from the last catalogue by key, else from the cache, else from the
workers. Linking starts from the last catalogue (``cuttings/link.py``): only the entries a change reaches are made
again. The pages are made through a view that records what each reads (``cuttings/memo.py``): a page none of whose
reads changed between the two catalogues is kept unrendered. The site's parts are rendered each in a forked process
(``cuttings/parallel.py``, the one way the build uses other cores; an edit's, but for the search, here:
``EDIT_FORKS``), the search index remade from the last postings where it changed
(``cuttings/search/incremental.py``), and only files whose bytes changed are moved into the output
(``cuttings/write.py``). Last, the state for the next build is saved: the changed rows of the catalogue, then the
manifest of the output with the page records, in one file (``cuttings/sealed.py``: every file written whole and
checked when read back).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import gc
import hashlib
import itertools
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cuttings.budget import bytes_by_part
from cuttings.cache import (
    ArticleCache,
    FileHashes,
    Manifest,
    article_key,
    cache_dir_for,
    inference_fingerprint,
    load_manifest,
    output_intact,
    save_manifest,
    scope_fingerprint,
    site_fingerprint,
    site_path,
)
from cuttings.collector import collector_paused, collector_restored, long_lived_settled
from cuttings.corrections import Corrections, apply_corrections, load_corrections
from cuttings.errors import ContentError, CuttingsError
from cuttings.link import link
from cuttings.memo import PLACES, Changes, Memo, PartRecords
from cuttings.model import Article, BuildReport, BuildSettings, Catalogue, Page
from cuttings.named_once import PersonPlaces, person_places
from cuttings.parallel import (
    Aside,
    InferenceJob,
    InferencePool,
    early_inference_pool,
    fork_available,
    inference_workers,
    run_forked,
    worker_count,
)
from cuttings.progress import BuildProgress
from cuttings.read import ContentFile, discover, scan_content
from cuttings.redirects import redirect_paths
from cuttings.relink import Linked, LinkedStore
from cuttings.resources import CHECKOUT_DIR, STATIC_DIR, TEMPLATES_DIR
from cuttings.sealed import remove_abandoned
from cuttings.search.incremental import PostingsFile
from cuttings.site import SITE_MARKER, Part, site_parts
from cuttings.write import KeptPageMissing, SiteWriter

DEFAULT_TEMPLATES = TEMPLATES_DIR
DEFAULT_STATIC = STATIC_DIR
PARALLEL_RENDER_MIN = 200
"""Articles below which the site's parts are produced in this process: a few hundred articles render in well under
a second, and a forked part's start and the return of its results cost a noticeable share of that."""
STORE_EVERY = 200
"""Inferred articles saved to the cache per SQLite transaction. A commit costs a sync to disk (milliseconds), two
hundred articles a few seconds of inference: commits stay a small share, and a build killed during a cold build
loses at most a few seconds of work."""

PartOutcome = tuple[set[str], list[str], int, PartRecords]


class BuildFailed(CuttingsError):
    """The build stopped; ``problems`` lists every file that could not be built."""

    def __init__(self, problems: list[ContentError]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the content; the previous site was left as it was")


def check_output_folder(settings: BuildSettings) -> None:
    """Refuse an output folder that would swallow the content or a folder that is not a built site."""
    output = settings.output_dir.resolve()
    content = settings.content_dir.resolve()
    if output == content or content.is_relative_to(output):
        raise CuttingsError("the output folder must not contain the content folder", settings.output_dir)
    if output == CHECKOUT_DIR or CHECKOUT_DIR.is_relative_to(output) or output == Path.home():
        raise CuttingsError("refusing to replace this folder with a built site", settings.output_dir)
    if output.exists() and any(output.iterdir()) and not (output / SITE_MARKER).exists():
        raise CuttingsError(
            "exists and is not a site Cuttings built; choose an empty or new folder", settings.output_dir
        )


@dataclass
class Plan:
    """What the build learns before it executes (``make_plan``), which the stages read rather than being handed it."""

    items: list[ContentFile | ContentError]
    """The content folder as scanned: each file, or the error that stopped it being read."""
    keys: list[str | None]
    """Each file's cache key, made for the inference code whose fingerprint is ``code``."""
    code: str
    hashes: FileHashes
    article_keys: dict[str, str]
    """Each article's key by its relative path (a corrected article's is remade: ``rekey_corrected``)."""
    handed: list[int] = field(default_factory=list)
    """The positions of the files the cache did not know, handed at once to ``pool``, and their ``outcomes``."""
    outcomes: Iterable[tuple[str, Article] | ContentError] = ()
    pool: InferencePool | None = None
    cache: ArticleCache | None = None
    """The article store, opened once a build: its warnings (a file it cannot open, say) are said once."""
    corrections: Corrections = field(default_factory=Corrections)
    linked: LinkedStore | None = None
    """The last linked catalogue's store, one for every output folder, stamped with this build's ``fingerprint``."""
    fingerprint: str | None = None
    """This build's fingerprint of the whole site; None when some content could not be read."""
    memo: Memo = field(default_factory=lambda: Memo(""))
    """The last build's page records, if the output folder is as that build left it; otherwise none."""
    output: Manifest | None = None
    """The last build's manifest, if the output folder is as that build left it: then its file list is used."""
    last: Linked | None = None
    """The last linked catalogue, when the page records were made from it."""

    def jobs(self, positions: list[int], content_dir: Path) -> list[InferenceJob]:
        return [InferenceJob(Path(self.items[position].path), content_dir, self.code)  # type: ignore[union-attr]
                for position in positions]


def read_all(settings: BuildSettings, fingerprint: str, progress: BuildProgress,
             known: FileHashes | None = None) -> Plan:
    """Every content file hashed, not parsed: those the cache knows never need to be; those whose stamps are as the
    last build found them (``known``) not even read."""
    items: list[ContentFile | ContentError] = []
    keys: list[str | None] = []
    with progress.timed("read"):
        paths = discover(settings.content_dir)
        with progress.bar("Reading", len(paths)) as bar:
            for item in scan_content(settings.content_dir, paths, known):
                items.append(item)
                keys.append(article_key(item, fingerprint) if isinstance(item, ContentFile) else None)
                bar.advance()
    article_keys = {item.relative_path: key for item, key in zip(items, keys, strict=True)
                    if isinstance(item, ContentFile) and key is not None}
    return Plan(items, keys, fingerprint, known or FileHashes(None), article_keys)


def make_plan(settings: BuildSettings, report: BuildReport, progress: BuildProgress) -> Plan:
    """The plan (the module's docstring); the caller closes ``Plan.pool``. A site as the last build left it sets
    ``report.up_to_date`` and fills the report in from the last manifest."""
    manifest, pages, hashes = load_manifest(cache_dir_for(settings), settings.output_dir) or (None, None, None)
    pool, check = early_inference_pool(manifest.articles if manifest is not None else None, settings.jobs), None
    cache: ArticleCache | None = None
    try:
        check_output_folder(settings)
        remove_abandoned(cache_dir_for(settings).rglob("*.tmp"))  # none if there is no cache folder yet
        template_dirs(settings)
        corrections = load_corrections(settings.corrections_file) if settings.corrections_file else Corrections()
        # Checked in a forked worker while the content is read and the last build's records loaded.
        check = Aside(functools.partial(output_intact, manifest, settings.output_dir)) \
            if manifest is not None else None
        plan = read_all(settings, inference_fingerprint(), progress, FileHashes(hashes))
        plan.cache = cache = ArticleCache(cache_dir_for(settings))
        present = cache.present([key for key in plan.keys if key is not None])
        plan.handed = [position for position, (item, key) in enumerate(zip(plan.items, plan.keys, strict=True))
                       if isinstance(item, ContentFile) and key not in present]
        workers = inference_workers(len(plan.handed), len(plan.article_keys) - len(plan.handed), settings.jobs)
        if pool is None or workers != 1:
            if pool is not None:
                pool.close()
            pool = InferencePool(workers)
        plan.pool, plan.corrections = pool, corrections
        plan.outcomes = pool.start(plan.jobs(plan.handed, settings.content_dir))
        with progress.timed("check"):
            scope = scope_fingerprint(settings, [*template_dirs(settings), DEFAULT_STATIC])
            plan.output = output = manifest if check is not None and check.result() else None
            plan.memo = Memo.from_saved(scope, pages if output is not None else None)
            if not any(isinstance(item, ContentError) for item in plan.items):
                plan.fingerprint = site_fingerprint(scope, [key for key in plan.keys if key is not None])
        plan.linked = LinkedStore(cache_dir_for(settings) / "linked.pickle", plan.code, plan.fingerprint)
        if output is not None and output.fingerprint == plan.fingerprint:
            report.up_to_date = True
            report.articles, report.people, report.councils = output.articles, output.people, output.councils
            # Every file read is an article of the site or a draft held back (a file with problems stops this).
            report.drafts = len(plan.article_keys) - output.articles
            report.warnings.extend(output.warnings)
            report.pages_written = len(output.files)
            report.output_bytes = sum(size for size, _ in output.files.values())
            report.bytes_by_part = bytes_by_part(output.files)
        elif output is not None and plan.fingerprint is not None and plan.memo.previous:
            with progress.timed("cache"), collector_paused():
                # The catalogue the records were made from: the one the build that left the output saved.
                plan.last = plan.linked.load(output.fingerprint)
                # A million long-lived objects: out of the collector's sight until the build is written
                # (``long_lived_settled`` unfreezes them), or its next pass would walk them all.
                gc.freeze()
            if plan.last is not None:
                gc.disable()  # ``EDIT_COLLECTOR``
    except BaseException:
        for held in (pool, check, cache):
            if held is not None:
                held.close()
        raise
    return plan


def infer_from(plan: Plan, settings: BuildSettings, report: BuildReport, progress: BuildProgress) -> list[Article]:
    """Every article: from the workers (``plan.handed``), the last catalogue, the cache, or inferred here (a record
    that failed its check). Problems are raised together unless keep_going."""
    last = plan.last
    with contextlib.closing(plan.cache) as cache:
        with progress.timed("cache"), collector_paused():  # long-lived articles (cuttings/collector.py)
            skip = set(plan.handed)
            wanted = [key for position, key in enumerate(plan.keys) if key is not None and position not in skip]
            known = {last.keys[entry.article.source_file]: entry.article
                     for entry in last.catalogue.articles.values()} if last is not None else {}
            found = {key: known[key] for key in wanted if key in known}
            del known
            found.update(cache.load([key for key in wanted if key not in found]))
        late = [position for position, (item, key) in enumerate(zip(plan.items, plan.keys, strict=True))
                if isinstance(item, ContentFile) and position not in skip and key not in found]
        outcomes = itertools.chain(plan.outcomes, InferencePool(0).start(plan.jobs(late, settings.content_dir)))
        results: dict[int, Article | ContentError] = {}
        with progress.timed("infer"), progress.bar("Inferring", len(skip) + len(late), "article") as bar:
            pending: list[tuple[str, Article]] = []
            for position, outcome in zip([*plan.handed, *late], outcomes, strict=True):
                # Keyed by the bytes the worker parsed, in case the file changed after it was scanned.
                results[position] = outcome if isinstance(outcome, ContentError) else outcome[1]
                if not isinstance(outcome, ContentError):
                    pending.append(outcome)
                if len(pending) >= STORE_EVERY:
                    cache.store(pending)
                    pending = []
                bar.advance()
            cache.store(pending)
    report.articles_inferred = sum(1 for outcome in results.values() if isinstance(outcome, Article))
    report.articles_cached = len(found)
    articles: list[Article] = []
    problems: list[ContentError] = []
    for position, (item, key) in enumerate(zip(plan.items, plan.keys, strict=True)):
        outcome = results[position] if position in results else found.get(key, item)  # type: ignore[arg-type]
        if isinstance(outcome, ContentError):
            problems.append(outcome)
            continue
        assert isinstance(outcome, Article)
        report.warnings.extend(outcome.warnings)
        articles.append(outcome)
    if problems and not settings.keep_going:
        raise BuildFailed(problems)
    report.skipped.extend(str(problem) for problem in problems)
    return articles


EDIT_COLLECTOR = "paused from the last catalogue's load to the end of an edit's build"
"""An edit's build leaves little cyclic garbage, yet made 700-1,000 collector passes; paused, 20 random edits at
10,000 articles took 0.2 s less CPU and 5 MiB more peak RSS at the median. A clean or full build keeps it, for its
memory. Tested by ``tests/site/test_incremental.py`` (paused in an edit's build, as it was after; the bytes)."""


@collector_restored()  # paused once the build is known to be an edit's (``EDIT_COLLECTOR``)
def build_site(settings: BuildSettings, progress: BuildProgress | None = None,
               keep: list[object] | None = None) -> BuildReport:
    """Build the whole site into ``settings.output_dir``; on any error the previous site stays intact.

    The build's large structures go into ``keep``, if given, rather than being freed object by object here: a
    caller about to exit without tearing down (``cli.main``) spares that.
    """
    progress = progress or BuildProgress(quiet=settings.quiet)
    report = BuildReport(output_dir=settings.output_dir)
    report.stage_seconds = progress.seconds
    plan = make_plan(settings, report, progress)
    linked, last = plan.linked, plan.last
    assert plan.pool is not None and linked is not None
    with plan.pool, contextlib.closing(plan.cache):
        if report.up_to_date:
            return report
        articles = infer_from(plan, settings, report, progress)
    plan.items, plan.keys, plan.last = [], [], None
    if report.skipped:  # files that could not be built (with keep_going): the next build must try them again
        plan.fingerprint = None
    if not settings.drafts:  # drafts are left out (and counted) unless the build asks for them
        published = [article for article in articles if not article.draft]
        report.drafts, articles = len(articles) - len(published), published
        del published  # the articles as published, not held past their corrections
    corrected = apply_corrections(articles, plan.corrections, settings.person_page_min_articles)
    rekey_corrected(plan.article_keys, articles, corrected.articles)
    articles = corrected.articles
    report.warnings.extend(corrected.unmatched)
    if not articles and report.drafts:
        raise CuttingsError(f"no articles to build: all {report.drafts} are drafts (use --drafts to build them)",
                            settings.content_dir)
    if not articles:
        raise CuttingsError("no articles to build (add .txt or .md files)", settings.content_dir)
    # Corrections and the minimum for a person's page are decided across the whole archive: linked in full.
    start_from = last.catalogue \
        if last is not None and not (plan.corrections or settings.person_page_min_articles > 1) else None
    with progress.timed("link"):
        linked_now = link(articles, start_from, last.index if last is not None else None)
    catalogue, index = linked_now.catalogue, linked_now.index
    del articles
    report.relinked = start_from is not None
    # What differs from the catalogue the last pages read: after linking in part, only what ``link`` remade can.
    candidates = {**linked_now.remade, PLACES: linked_now.remade["people"]} if start_from is not None else None
    changes = Changes(last.catalogue, catalogue, candidates) if last is not None else None
    del last, linked_now
    with progress.timed("render"):
        plan.memo.compare(changes)
    places = changes.after_places if changes is not None else person_places(catalogue)
    save_whole = None
    if plan.fingerprint is not None:
        # The changed rows saved now, or the whole catalogue beside the rendering (``LinkedStore.save``).
        with progress.timed("link"), contextlib.suppress(OSError):
            save_whole = linked.save(catalogue, plan.article_keys, changes, index)
    del changes
    site = SiteInputs(catalogue, places, redirect_paths(catalogue, plan.corrections, places), save_whole)
    if plan.memo.changed is None:  # every page is made: the records taken in are the size of the catalogue
        # What holds the catalogue besides ``site``: let go with it (``SiteInputs``).
        del catalogue, places, save_whole, corrected, index, start_from
        linked.forget()
    with long_lived_settled():
        try:
            writer = write_site(site, settings, report, progress, plan)
        except KeptPageMissing:  # the last manifest, kept, would fail the next build the same way
            forget_output(settings)
            raise
        remember(settings, plan, report, writer)
    if keep is not None:
        keep.extend((site, plan, writer))
    return report


def template_dirs(settings: BuildSettings) -> list[Path]:
    """The user's templates folder, if any (its files replace the defaults of the same name), then the defaults."""
    if settings.templates_dir is None:
        return [DEFAULT_TEMPLATES]
    if not settings.templates_dir.is_dir():
        raise CuttingsError("the templates folder does not exist", settings.templates_dir)
    return [settings.templates_dir, DEFAULT_TEMPLATES]


def rekey_corrected(article_keys: dict[str, str], inferred: list[Article], corrected: list[Article]) -> None:
    """A corrected article gets a key of its own: what is stored under its file's key (its search terms, its
    pages' records) was made from the article as inferred. The key is of the corrected article itself, since
    what a correction makes of it can depend on other articles (``person_page_min_articles``)."""
    for before, after in zip(inferred, corrected, strict=True):
        if after is not before and before.source_file in article_keys:
            digest = hashlib.sha256(article_keys[before.source_file].encode() + b"\0corrected\0")
            digest.update(pickle.dumps(after, protocol=pickle.HIGHEST_PROTOCOL))
            article_keys[before.source_file] = digest.hexdigest()


@dataclass
class SiteInputs:
    """What the site's parts are made from; ``also``, a task run beside them (``LinkedStore.save``'s whole save).

    Once every part is forked, the build's process lets go of these (``write_site``): at 50,000 articles, every page
    made, it grew to 880 MiB at most taking the records in, not 1,446. An edit's build keeps them (freeing them object
    by object costs CPU). Tested by ``tests/site/test_incremental.py`` (no catalogue left when the records come in,
    kept in an edit's build; a clean build's bytes) and ``tests/unit/test_parallel.py``.
    """

    catalogue: Catalogue | None
    places: PersonPlaces | None
    redirects: dict[str, str]
    also: Callable[[], None] | None


def write_site(site: SiteInputs, settings: BuildSettings, report: BuildReport, progress: BuildProgress,
               plan: Plan) -> SiteWriter:
    """Render the site (pages kept by ``plan.memo``), move the files whose bytes changed into the output, and
    return the writer; ``site.also`` runs beside the rendering, an OSError from it not failing the build."""
    memo, last = plan.memo, plan.output
    catalogue, also = site.catalogue, site.also
    assert catalogue is not None and site.places is not None
    postings = PostingsFile(site_path(cache_dir_for(settings), settings.output_dir, "postings"), plan.fingerprint,
                            last.fingerprint if last is not None else None)
    report.articles, report.people, report.councils = \
        len(catalogue.articles), len(catalogue.people), len(catalogue.councils)
    # An estimate (a page and a feed per person and council); the bar stretches if there are more.
    expected = report.articles + 2 * (report.people + report.councils)
    with cannot_write_explained(settings.output_dir), progress.timed("render"), \
            progress.bar("Rendering", expected, "page") as bar, \
            SiteWriter(settings.output_dir, last.files if last is not None else None) as writer:
        # Processes to produce the site's parts in: one per core (or as asked) for a large site, else this one.
        processes = (settings.jobs or worker_count(10**9)) \
            if fork_available() and report.articles >= PARALLEL_RENDER_MIN else 1
        editing = memo.changed is not None
        parts = site_parts(catalogue, settings, template_dirs(settings), memo, plan.article_keys,
                           runs=1 if editing else processes, postings=postings, redirects=site.redirects,
                           places=site.places)

        def beside() -> Iterator[Page]:  # ``also``, as a part that makes no page
            with contextlib.suppress(OSError):  # the cache ``also`` writes is an optimisation
                also()  # type: ignore[misc]
            return iter(())

        # Forked: every part, or in an edit those remade whole, in one process (``EDIT_FORKS``); the rest made here.
        forking = processes > 1
        here = [part for part in parts if editing and not part.in_edits] if forking else parts
        forked = [part for part in parts if part not in here]
        if editing and forked:
            forked = [Part(lambda remade=forked: itertools.chain.from_iterable(part.make() for part in remade))]
        if also is not None:
            (forked if forking else here).append(Part(beside))
        # The longest part (the last, ``site_parts``) served first: the others yield it the core they share.
        tasks = [part_writer(writer, part, memo, 0 if editing or part is parts[-1] else PART_NICENESS)
                 for part in forked]

        def adopt(outcome: PartOutcome) -> None:
            written, changed, kept, made = outcome
            writer.adopt(written, changed, kept)
            memo.adopt(*made)
            bar.reach(len(writer.written))

        def then() -> None:
            nonlocal catalogue, parts, forked, also
            for part in here:
                for page in part.make():
                    writer.write(page)
                    bar.advance()
            if forking:  # every part forked (and made here): nothing reads the catalogue any more (``SiteInputs``)
                catalogue, parts, forked, also = None, [], [], None
                memo.recorder = site.catalogue = site.places = site.also = None

        # Each part's outcome taken in as it comes, not all held together (``run_forked``); none forked: ``then``.
        run_forked(tasks, adopt, then)
        writer.copy_tree(DEFAULT_STATIC, "static")
    report.pages_written = len(writer.written)
    report.pages_changed = len(writer.changed)
    report.pages_kept = writer.kept
    report.pages_removed = len(writer.previous_files.keys() - writer.written)
    return writer


@contextlib.contextmanager
def cannot_write_explained(output_dir: Path) -> Iterator[None]:
    """A full disk, a read-only or forbidden location: one line naming the output folder and what to do, rather
    than a traceback (the previous site is still there: ``cuttings/write.py``)."""
    try:
        yield
    except OSError as error:
        out_of_room = error.errno in (errno.ENOSPC, errno.EDQUOT)  # the disk's, not the file's
        advice = "free some space" if out_of_room else "make it writable or choose another with --output"
        where = f" ({error.filename})" if error.filename else ""
        raise CuttingsError(f"cannot write the site: {error.strerror or error}{where}; the previous site is left "
                            f"as it was; {advice}, then build again", output_dir) from error


EDIT_FORKS = "the parts marked ``in_edits`` (``cuttings/site.py:site_parts``)"
"""What an edit's build forks: one process for the search parts (0.9-1.2 s of CPU at 10,000 articles), while this
one makes the other parts' few pages (0.8-0.9 s); forking each part cost a text edit 0.2-0.7 s of CPU more. Tested
by ``tests/site/test_incremental.py`` (one fork, a clean build's bytes)."""


PART_NICENESS = 10
"""Of every forked part but the longest, the search index's (7.9 s of CPU at 10,000 articles, the next 5.8 s): sharing
the cores evenly, it ran on alone at the end with a core idle. Niceness ranks only the build's own processes (the
kernel schedules a session's as a group, ``sched_autogroup``). Tested by ``tests/site/test_incremental.py``."""


def part_writer(writer: SiteWriter, part: Part, memo: Memo, niceness: int = 0) -> Callable[[], PartOutcome]:
    """A task for a forked process: write one part's pages through (a copy of) the writer, at ``niceness``; what
    it wrote, and the records of the pages it made."""

    def task() -> PartOutcome:
        if niceness:  # forked, so where there is os.nice
            os.nice(niceness)
        # This process's copies of the writer and memo may hold what earlier parts reported to the parent:
        # report only this part's.
        writer.written, writer.changed, writer.kept = set(), [], 0
        memo.records, memo.kept = {}, []
        if not part.records:
            memo.drop()
        for page in part.make():
            writer.write(page)
        return writer.written, writer.changed, writer.kept, memo.part_result()

    return task


def forget_output(settings: BuildSettings) -> None:
    """Remove the output's manifest, and with it the page records and the use of the postings: the next build
    walks the output and renders every page."""
    with contextlib.suppress(OSError):  # a read-only cache folder must not fail the build
        site_path(cache_dir_for(settings), settings.output_dir, "manifest").unlink(missing_ok=True)


def remember(settings: BuildSettings, plan: Plan, report: BuildReport, writer: SiteWriter) -> None:
    """Save the manifest, the page records and the content hashes in one file, written at once: a build killed
    on the way leaves the last build's, which the output no longer matches."""
    files = writer.files_after()
    report.output_bytes = sum(size for size, _ in files.values())
    report.bytes_by_part = bytes_by_part(files)
    cache_dir = cache_dir_for(settings)
    # The cache is an optimisation: a read-only cache folder must not fail the build.
    with contextlib.suppress(OSError):
        if plan.fingerprint is None:
            forget_output(settings)
        else:
            manifest = Manifest(plan.fingerprint, report.articles, report.people, report.councils,
                                report.warnings, files)
            save_manifest(cache_dir, settings.output_dir, manifest, plan.memo.saved(), plan.hashes.current)
