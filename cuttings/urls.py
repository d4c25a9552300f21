"""The one place that turns a thing into a URL.

Pages link to each other with relative URLs, so a site works under any sub-path
(``https://user.github.io/repo/``) and from disk; the 404 page, which a server returns at any depth,
links from the configured base URL instead.
"""

from __future__ import annotations

from dataclasses import dataclass


def normalise_base_url(base_url: str) -> str:
    """"repo" / "/repo" / "/repo/" -> "/repo/"; "" -> "/"."""
    stripped = base_url.strip().strip("/")
    return f"/{stripped}/" if stripped else "/"


def article_path(slug: str) -> str:
    return f"articles/{slug}/"


def person_path(slug: str) -> str:
    return f"people/{slug}/"


def council_path(slug: str) -> str:
    return f"councils/{slug}/"


SITE_FEED = "feed.xml"
SITEMAP = "sitemap.xml"


def person_feed_path(slug: str) -> str:
    return f"{person_path(slug)}feed.xml"


def council_feed_path(slug: str) -> str:
    return f"{council_path(slug)}feed.xml"


def normalise_site_url(site_url: str) -> str:
    """"https://user.github.io/repo" -> "https://user.github.io/repo/" (always ends in a slash)."""
    stripped = site_url.strip()
    return stripped if stripped.endswith("/") else f"{stripped}/"


def absolute(site_url: str, path: str) -> str:
    """A root-relative path ("people/x/") made absolute under the site URL."""
    return f"{normalise_site_url(site_url)}{path}"


def year_path(year: int | None) -> str:
    return f"articles/#{'undated' if year is None else year}"


def output_file(path: str) -> str:
    """The file that serves a root-relative URL path: "people/x/" -> "people/x/index.html"."""
    return f"{path}index.html" if path == "" or path.endswith("/") else path


@dataclass(frozen=True)
class Urls:
    """URLs as seen from one page: ``urls("people/")`` is the link to the people index from there."""

    root: str
    """Prefix that leads from the page to the site root: "../../" or, for the 404 page, the base URL."""
    page: str = ""
    """The page's own file, root-relative ("people/x/index.html"), for ``local``; "" for the 404 page."""

    @classmethod
    def for_page(cls, page_path: str, base_url: str = "/") -> Urls:
        if page_path == "404.html":
            return cls(normalise_base_url(base_url))
        depth = page_path.count("/")
        return cls("../" * depth, page_path)

    def __call__(self, path: str) -> str:
        return f"{self.root}{path}" or "./"

    def local(self, path: str) -> str:
        """The shortest relative link to ``path``: "feed.xml" for a page's own feed, rather than the way through
        the root that ``url(path)`` takes (the same on every page at one depth, which shared pieces of pages need)."""
        return relative(self.page, path) if self.page else self(path)


def relative(page_path: str, path: str) -> str:
    """The link from the file ``page_path`` to the root-relative ``path``, both POSIX: up only as far as their
    common folder. ``relative("people/x/feed.xml", "people/x/")`` is "./"."""
    here = page_path.split("/")[:-1]
    there = path.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "../" * (len(here) - common) + "/".join(there[common:]) or "./"
