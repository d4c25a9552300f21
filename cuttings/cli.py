"""Command line: ``build`` (the default), ``serve`` and ``inspect``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import yaml

from cuttings.config import load_config, resolve_urls
from cuttings.errors import CuttingsError
from cuttings.model import Article, BuildReport, BuildSettings

COMMANDS = ("build", "serve", "inspect")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python build.py",
        description="Build a searchable static site from a folder of news articles.",
        epilog="Commands: build (default), serve (build, preview under the base path, rebuild on changes), "
               "inspect FILE (show what is inferred). Settings can also come from cuttings.toml.",
    )
    parser.add_argument("command", nargs="?", choices=COMMANDS, default="build")
    parser.add_argument("file", nargs="?", type=Path, help="the article to inspect")
    # Defaults are None so a flag left out falls back to the config file, then to the built-in default.
    parser.add_argument("--content", type=Path, help="folder of articles (content/)")
    parser.add_argument("--output", type=Path, help="folder to build into (site/)")
    parser.add_argument("--base-url", help="path the site is served under, e.g. /repo/ (/)")
    parser.add_argument("--site-url", help="absolute URL of the published site, e.g. https://user.github.io/repo/")
    parser.add_argument("--title", help="the site's title (Cuttings)")
    parser.add_argument("--config", type=Path,
                        help="settings file (default: ./cuttings.toml, or [tool.cuttings] in ./pyproject.toml)")
    parser.add_argument("--port", type=int, default=8000, help="port for serve (8000)")
    parser.add_argument("--keep-going", action="store_true", help="build what can be built, list what was skipped")
    parser.add_argument("--quiet", action="store_true", help="print only errors (no progress bar, no summary)")
    parser.add_argument("--jobs", type=int, help="worker processes for inference (one per core)")
    parser.add_argument("--cache-dir", type=Path,
                        help="where inferred articles are cached (.cuttings-cache/; safe to delete)")
    args = parser.parse_args(argv)
    if args.command == "inspect" and args.file is None:
        parser.error("inspect needs a FILE")
    return args


def summary(report: BuildReport, base_url: str, seconds: float) -> str:
    preview = "python build.py serve" + (f" --base-url {base_url}" if base_url != "/" else "")
    if report.up_to_date:
        outcome = "Nothing had changed: the site is up to date"
    else:
        outcome = (f"Inferred {report.articles_inferred} articles ({report.articles_cached} from the cache"
                   f"{', the rest of the last catalogue reused' if report.relinked else ''}); "
                   f"{report.pages_changed} files changed, {report.pages_written - report.pages_changed} unchanged "
                   f"({report.pages_kept} kept without rendering), {report.pages_removed} removed")
    stages = ", ".join(f"{stage} {spent:.1f} s" for stage, spent in report.stage_seconds.items() if spent >= 0.05)
    return (
        f"Built {report.articles} articles, {report.people} people, {report.councils} councils "
        f"({report.pages_written} files, {report.output_bytes / 2**20:.1f} MiB) in {seconds:.1f} s.\n"
        f"{outcome}.\n"
        + (f"Time: {stages}.\n" if stages else "")
        + f"Site: {report.output_dir}/\n"
        f"Preview: {preview}   then open http://localhost:8000{base_url}"
    )


def settings_from(args: argparse.Namespace) -> BuildSettings:
    """Flags, else the config file, else the defaults."""
    config = load_config(Path.cwd(), args.config)
    base_url, site_url = resolve_urls(
        args.base_url if args.base_url is not None else config.base_url,
        args.site_url if args.site_url is not None else config.site_url,
    )
    return BuildSettings(
        content_dir=args.content or config.content or Path("content"),
        output_dir=args.output or config.output or Path("site"),
        base_url=base_url, site_url=site_url,
        site_title=args.title or config.title or "Cuttings",
        keep_going=args.keep_going, quiet=args.quiet, jobs=args.jobs, cache_dir=args.cache_dir,
    )


def run_build(args: argparse.Namespace, keep: list[object] | None = None) -> int:
    return build_once(settings_from(args), keep)


def build_once(settings: BuildSettings, keep: list[object] | None = None) -> int:
    """One build with its messages printed; 0 when the site was written, 1 when the content had problems."""
    from cuttings.parallel import early_inference_pool

    started = time.perf_counter()
    # Started before the build's code is imported, so the model loads meanwhile.
    early_pool = early_inference_pool(settings)
    from cuttings.pipeline import BuildFailed, build_site

    try:
        report = build_site(settings, early_pool=early_pool, keep=keep)
    except BuildFailed as failure:
        for problem in failure.problems:
            print(f"error: {problem}", file=sys.stderr)
        print(f"Build failed: {failure}. Use --keep-going to build the rest.", file=sys.stderr)
        return 1
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for skipped in report.skipped:
        print(f"skipped: {skipped}", file=sys.stderr)
    if not settings.quiet:
        print(summary(report, settings.base_url, time.perf_counter() - started))
    return 0


def run_serve(args: argparse.Namespace) -> int:
    """Build, serve under the base path, and rebuild whenever content, templates or static files change."""
    from cuttings.serve import preview

    settings = settings_from(args)
    build_once(settings)
    config = load_config(Path.cwd(), args.config)
    return preview(settings, args.port, lambda: build_once(settings), config.source)


def front_matter_for(article: Article) -> dict[str, object]:
    """What inference found, in the front-matter keys an editor would write to override it."""
    aliases = {p.name: list(p.aliases) for p in article.people if p.aliases}
    matter: dict[str, object] = {
        "title": article.title,
        "date": article.date,
        "source": article.source,
        "reference": article.reference,
        "people": [p.name for p in article.people],
        "councils": list(article.councils),
    }
    if aliases:
        matter["aliases"] = aliases
    return {key: value for key, value in matter.items() if value not in (None, [])}


def run_inspect(args: argparse.Namespace) -> int:
    from cuttings.infer import infer_article
    from cuttings.read import read_article

    path: Path = args.file
    if not path.is_file():
        raise CuttingsError("no such file", path)
    content = args.content or Path("content")
    path = path.resolve()
    content_dir = content.resolve() if path.is_relative_to(content.resolve()) else path.parent
    article = infer_article(read_article(path, content_dir))
    print("---")
    print(yaml.safe_dump(front_matter_for(article), allow_unicode=True, sort_keys=False).rstrip())
    print("---")
    extra: dict[str, object] = {
        "organisations": list(article.organisations),
        "roles": [{"person": r.person, "role": r.role, "organisation": r.organisation} for r in article.roles],
        "quotes": [{"person": q.person, "text": q.text} for q in article.quotes],
    }
    print("# Also inferred (for reference, not front-matter keys):")
    for line in yaml.safe_dump(extra, allow_unicode=True, sort_keys=False, width=100).splitlines():
        print(f"# {line}")
    return 0


def main(argv: Sequence[str] | None = None, exiting: bool = False) -> int:
    """Run the command. ``exiting``: the process ends after it (``build.py``), so a build's data is left for the
    exit to drop: freeing a large archive's millions of objects one by one, and tearing the interpreter down,
    take longer than a one-article rebuild's rendering."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        if args.command == "serve":
            return run_serve(args)
        if args.command == "inspect":
            return run_inspect(args)
        if not exiting:
            return run_build(args)
        kept: list[object] = []  # held here until the process ends
        code = run_build(args, kept)
    except CuttingsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        # Outside the site's writing (which explains its own): the cache or a temporary file on a full or
        # read-only disk. The site is only ever swapped in whole, so it is as it was.
        where = f"{error.filename}: " if error.filename else ""
        print(f"error: {where}{error.strerror or error}; the previous site is left as it was", file=sys.stderr)
        return 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
