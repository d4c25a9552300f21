"""The build, stage by stage: read -> infer -> link -> render -> index -> write."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cuttings.errors import ContentError, CuttingsError
from cuttings.infer import infer_article
from cuttings.link import build_catalogue
from cuttings.model import Article, BuildReport, BuildSettings
from cuttings.read import read_content
from cuttings.site import SITE_MARKER, site_pages
from cuttings.write import SiteWriter

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEMPLATES = PROJECT_ROOT / "templates"
DEFAULT_STATIC = PROJECT_ROOT / "static"

Progress = Callable[[str], None]


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
    if output == PROJECT_ROOT or PROJECT_ROOT.is_relative_to(output) or output == Path.home():
        raise CuttingsError("refusing to replace this folder with a built site", settings.output_dir)
    if output.exists() and any(output.iterdir()) and not (output / SITE_MARKER).exists():
        raise CuttingsError(
            "exists and is not a site Cuttings built; choose an empty or new folder", settings.output_dir
        )


def infer_all(settings: BuildSettings, report: BuildReport, progress: Progress) -> list[Article]:
    """Read and infer every article; problems are collected, and raised together unless keep_going."""
    articles: list[Article] = []
    problems: list[ContentError] = []
    for item in read_content(settings.content_dir):
        if isinstance(item, ContentError):
            problems.append(item)
            continue
        try:
            article = infer_article(item)
        except ContentError as error:
            problems.append(error)
            continue
        report.warnings.extend(article.warnings)
        articles.append(article)
        progress(article.source_file)
    if problems and not settings.keep_going:
        raise BuildFailed(problems)
    report.skipped.extend(str(problem) for problem in problems)
    return articles


def build_site(settings: BuildSettings, progress: Progress | None = None) -> BuildReport:
    """Build the whole site into ``settings.output_dir``; on any error the previous site stays intact."""
    report = BuildReport(output_dir=settings.output_dir)
    check_output_folder(settings)
    articles = infer_all(settings, report, progress or (lambda _: None))
    if not articles:
        raise CuttingsError("no articles to build (add .txt or .md files)", settings.content_dir)
    catalogue = build_catalogue(articles)
    report.articles = len(catalogue.articles)
    report.people = len(catalogue.people)
    report.councils = len(catalogue.councils)

    with SiteWriter(settings.output_dir) as writer:
        writer.write_all(site_pages(catalogue, settings, DEFAULT_TEMPLATES))
        writer.copy_tree(DEFAULT_STATIC, "static")
        report.pages_written = len(writer.written)
    return report
