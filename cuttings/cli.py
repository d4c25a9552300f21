"""Command line: ``build`` (the default), ``serve`` and ``inspect``."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import yaml

from cuttings import __version__
from cuttings.budget import size_warning
from cuttings.config import SiteConfig, load_config, resolve_urls
from cuttings.corrections import CORRECTIONS_FILE
from cuttings.environment import import_problem
from cuttings.errors import CuttingsError
from cuttings.model import Article, BuildReport, BuildSettings

COMMANDS = {
    "build": "Build a searchable static site from a folder of news articles (the default command).",
    "serve": "Build, preview the site on this computer under its base path, and rebuild when a source changes.",
    "inspect": "Show what is inferred from one article, as the front matter an editor would write to correct it.",
    "new": "Start a new site: a folder with an example article, a commented cuttings.toml and a GitHub Pages "
           "workflow that installs this Cuttings release.",
}
COMMAND_SUMMARIES = {"build": "build the site, the default", "serve": "preview it and rebuild on changes",
                     "inspect": "what is inferred from one article", "new": "start a new site"}
DEFAULT_PORT = 8000
DEFAULT_BIND = "127.0.0.1"


def program_name() -> str:
    """How the user started Cuttings, for help and hints: the installed ``cuttings`` command, or ``build.py`` run
    by the Python that runs it now (``.venv/bin/python``, as the README's first command makes it)."""
    if Path(sys.argv[0]).name == "cuttings":
        return "cuttings"
    python = Path(sys.executable)
    in_project = python.is_relative_to(Path.cwd()) and not os.environ.get("VIRTUAL_ENV")
    return f"{python.relative_to(Path.cwd()) if in_project else 'python'} build.py"


def add_site_options(parser: argparse.ArgumentParser) -> None:
    # Defaults are None so a flag left out falls back to the config file, then to the built-in default.
    parser.add_argument("--content", type=Path, help="folder of articles (content/)")
    parser.add_argument("--output", type=Path, help="folder to build into (site/)")
    parser.add_argument("--base-url", help="path the site is served under, e.g. /repo/ (/)")
    parser.add_argument("--site-url", help="absolute URL of the published site, e.g. https://user.github.io/repo/")
    parser.add_argument("--title", help="the site's title (Cuttings)")
    parser.add_argument("--config", type=Path,
                        help="settings file (default: ./cuttings.toml, or [tool.cuttings] in ./pyproject.toml)")
    parser.add_argument("--keep-going", action="store_true", help="build what can be built, list what was skipped")
    parser.add_argument("--drafts", action="store_true",
                        help="publish articles marked 'draft: true' too (held back otherwise)")
    parser.add_argument("--quiet", action="store_true", help="print only errors (no progress bar, no summary)")
    parser.add_argument("--jobs", type=int, help="worker processes for inference (one per core)")
    parser.add_argument("--cache-dir", type=Path,
                        help="where inferred articles are cached (.cuttings-cache/; safe to delete)")


def command_parser(command: str) -> argparse.ArgumentParser:
    """The options of one command, and its own ``--help``."""
    others = ", ".join(f"{name} ({summary})" for name, summary in COMMAND_SUMMARIES.items() if name != command)
    parser = argparse.ArgumentParser(
        prog=f"{program_name()} {'[build]' if command == 'build' else command}",
        description=COMMANDS[command],
        epilog=f"Other commands: {others}; each has its own --help. Settings can also come from cuttings.toml.",
    )
    parser.add_argument("--version", action="version", version=f"{program_name()} {__version__}")
    if command == "new":
        parser.add_argument("directory", metavar="DIR", type=Path, help="the new site's folder (new or empty)")
        parser.add_argument("--title", help="the site's title, written into cuttings.toml")
        parser.add_argument("--source", metavar="GIT_URL",
                            help="the Git repository the site's workflow installs Cuttings from")
        return parser
    if command == "inspect":
        parser.add_argument("file", metavar="FILE", type=Path, help="the article to inspect")
        parser.add_argument("--content", type=Path, help="folder of articles the file is in (content/)")
        return parser
    add_site_options(parser)
    if command == "serve":
        parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port to serve on ({DEFAULT_PORT})")
        parser.add_argument("--bind", default=DEFAULT_BIND, metavar="ADDRESS",
                            help=f"address to serve on ({DEFAULT_BIND}, this computer only; 0.0.0.0 for the "
                                 f"whole network)")
    return parser


def split_command(argv: Sequence[str]) -> tuple[str, list[str]]:
    """The command (``build`` when none is given) and the arguments around it: options may come before it."""
    value_options = {option for name in COMMANDS for action in command_parser(name)._actions
                     if action.nargs is None and action.option_strings for option in action.option_strings}
    arguments = list(argv)
    index = 0
    while index < len(arguments):
        token = arguments[index]
        if token == "--":
            break
        if token.startswith("-") and len(token) > 1:
            index += 2 if token in value_options else 1
            continue
        if token in COMMANDS:
            return token, arguments[:index] + arguments[index + 1:]
        break
    return "build", arguments


def check_arguments(parser: argparse.ArgumentParser, command: str, arguments: list[str]) -> None:
    """Say plainly what argparse would misreport: an unknown option, or a file given to a command taking none."""
    known = [option for action in parser._actions for option in action.option_strings]
    takes_value = {option for action in parser._actions if action.nargs is None for option in action.option_strings}
    index = 0
    while index < len(arguments):
        token = arguments[index]
        index += 1
        if token == "--":
            break
        if token.startswith("-") and len(token) > 1 and not token[1:2].isdigit():
            name = token.split("=", 1)[0]
            matches = [option for option in known if option.startswith(name)] if name.startswith("--") else \
                [name] if name in known else []
            if len(matches) == 1 and matches[0] in takes_value and "=" not in token:
                index += 1
            if not matches:
                close = difflib.get_close_matches(name.replace("_", "-"), known, n=1, cutoff=0.6)
                hint = f" (did you mean {close[0]}?)" if close else ""
                parser.error(f"unknown option {name}{hint}; see {program_name()} {command} --help")
        elif command not in ("inspect", "new"):
            if Path(token).exists():
                parser.error(f"{command} takes no file or folder ({token}): to see what is inferred from one "
                             f"article use '{program_name()} inspect {token}'; to build another folder of articles "
                             f"use --content FOLDER")
            close = difflib.get_close_matches(token, list(COMMANDS), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            parser.error(f"unknown command {token!r}{hint}; commands: {', '.join(COMMANDS)}")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    command, arguments = split_command(argv)
    parser = command_parser(command)
    check_arguments(parser, command, arguments)
    args = parser.parse_args(arguments)
    args.command = command
    # Every command's namespace has every attribute the others read.
    for name, default in (("file", None), ("port", DEFAULT_PORT), ("bind", DEFAULT_BIND)):
        if not hasattr(args, name):
            setattr(args, name, default)
    return args


def summary(report: BuildReport, base_url: str, seconds: float, serving_at: str | None = None) -> str:
    """What was built; ``serving_at`` ("http://localhost:8001") when ``serve`` is showing it."""
    preview = f"{program_name()} serve" + (f" --base-url {base_url}" if base_url != "/" else "")
    last_line = f"Serving at {serving_at}{base_url}" if serving_at else \
        f"Preview: {preview}   then open http://localhost:{DEFAULT_PORT}{base_url}"
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
        f"({report.pages_written:,} files, {report.output_bytes / 1e6:,.1f} MB) in {seconds:.1f} s"
        + (f"; {report.drafts} draft{'' if report.drafts == 1 else 's'} held back (--drafts to include)"
           if report.drafts else "")
        + ".\n"
        + (f"Size by part: {parts}.\n" if (parts := parts_phrase(report.bytes_by_part)) else "")
        + f"{outcome}.\n"
        + (f"Time: {stages}.\n" if stages else "")
        + f"Site: {report.output_dir}/\n"
        + last_line
    )


def parts_phrase(parts: dict[str, int]) -> str:
    """"people 40.1 MB, articles 30.2 MB, ... feeds 512 kB", largest first, empty parts left out."""
    shown = sorted((part for part in parts if parts[part]), key=lambda part: (-parts[part], part))
    return ", ".join(f"{part} {parts[part] / 1e6:,.1f} MB" if parts[part] >= 1e6
                     else f"{part} {parts[part] / 1e3:,.0f} kB" for part in shown)


def settings_from(args: argparse.Namespace) -> BuildSettings:
    """Flags, else the config file, else the defaults."""
    config = load_config(Path.cwd(), args.config)
    base_url, site_url = resolve_urls(
        args.base_url if args.base_url is not None else config.base_url,
        args.site_url if args.site_url is not None else config.site_url,
    )
    # Settings only the file gives: those it leaves out keep BuildSettings' defaults.
    from_file = {"lang": config.lang, "feed_entries": config.feed_entries,
                 "person_page_min_articles": config.person_page_min_articles}
    return BuildSettings(
        content_dir=args.content or config.content or Path("content"),
        output_dir=args.output or config.output or Path("site"),
        base_url=base_url, site_url=site_url,
        site_title=args.title or config.title or "Cuttings",
        description=config.description, timezone=config.timezone, entries_per_page=config.entries_per_page,
        corrections_address=config.corrections_address,
        templates_dir=config.templates, corrections_file=corrections_file(config),
        keep_going=args.keep_going, quiet=args.quiet, drafts=args.drafts, jobs=args.jobs, cache_dir=args.cache_dir,
        **{key: value for key, value in from_file.items() if value is not None},  # type: ignore[arg-type]
    )


def corrections_file(config: SiteConfig) -> Path | None:
    """The corrections file the config names, else ``corrections.toml`` beside the config (or here) if there."""
    if config.corrections is not None:
        if not config.corrections.is_file():
            raise CuttingsError("no such corrections file (the config's corrections setting)", config.corrections)
        return config.corrections
    beside = (config.source.parent if config.source is not None else Path.cwd()) / CORRECTIONS_FILE
    return beside if beside.is_file() else None


def run_build(args: argparse.Namespace, keep: list[object] | None = None) -> int:
    return build_once(settings_from(args), keep)


def build_once(settings: BuildSettings, keep: list[object] | None = None, serving_at: str | None = None) -> int:
    """One build with its messages printed; 0 when the site was written, 1 when the content had problems.
    ``serving_at``: the address ``serve`` shows the site at, for the summary."""
    started = time.perf_counter()
    from cuttings.pipeline import BuildFailed, build_site

    try:
        report = build_site(settings, keep=keep)
    except BuildFailed as failure:
        for problem in failure.problems:
            print(f"error: {problem}", file=sys.stderr)
        print(f"Build failed: {failure}. Use --keep-going to build the rest.", file=sys.stderr)
        return 1
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for skipped in report.skipped:
        print(f"skipped: {skipped}", file=sys.stderr)
    if too_large := size_warning(report.bytes_by_part):
        print(f"warning: {too_large}", file=sys.stderr)
    if not settings.quiet:
        print(summary(report, settings.base_url, time.perf_counter() - started, serving_at))
    return 0


def run_serve(args: argparse.Namespace) -> int:
    """Build, serve under the base path, and rebuild whenever content, templates or static files change."""
    from cuttings.serve import preview

    settings = settings_from(args)
    serving_at = f"http://{display_host(args.bind)}:{args.port}"
    build_once(settings, serving_at=serving_at)
    config = load_config(Path.cwd(), args.config)

    def rebuild() -> int:
        # The settings are read again: the config file is one of the things watched.
        try:
            return build_once(settings_from(args), serving_at=serving_at)
        except CuttingsError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1

    return preview(settings, args.port, rebuild, config.source, host=args.bind)


def display_host(bind: str) -> str:
    """The host to open in a browser for a server bound to ``bind``."""
    if bind in ("127.0.0.1", "0.0.0.0", "::", "::1", "localhost", ""):
        return "localhost"
    return f"[{bind}]" if ":" in bind else bind


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
    if article.draft:
        matter["draft"] = True
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


def run_new(args: argparse.Namespace) -> int:
    from cuttings.scaffold import PLACEHOLDER_REPOSITORY, new_site, source_repository

    repository = args.source or source_repository()
    written = new_site(args.directory, args.title, repository)
    print(f"New site in {args.directory}/:")
    for path in written:
        print(f"  {path.relative_to(args.directory)}")
    if repository == PLACEHOLDER_REPOSITORY:
        print("Set CUTTINGS_REPOSITORY in .github/workflows/pages.yml to Cuttings' Git URL (or run with --source).")
    print(f"Next: cd {args.directory} && {program_name()} serve   (then push it to GitHub and turn on Pages: "
          f"Settings -> Pages -> Source: GitHub Actions)")
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
        if args.command == "new":
            return run_new(args)
        if not exiting:
            return run_build(args)
        kept: list[object] = []  # held here until the process ends
        code = run_build(args, kept)
    except CuttingsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except ImportError as error:
        print(import_problem(error), file=sys.stderr)
        return 2
    except OSError as error:
        # Outside the site's writing (which explains its own): the cache or a temporary file on a full or
        # read-only disk. Nothing is moved into the site until the build has succeeded, so it is as it was.
        where = f"{error.filename}: " if error.filename else ""
        print(f"error: {where}{error.strerror or error}; the previous site is left as it was", file=sys.stderr)
        return 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
