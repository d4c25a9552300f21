"""Person, council, article and people-index pages rendered from articles written here by hand."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import posixpath
import re
from pathlib import Path

import pytest

from cuttings.link import build_catalogue
from cuttings.model import Article, BuildSettings, Paragraph, PersonEntry, PersonMention, QuoteFact, RoleFact
from cuttings.named_once import places_of
from cuttings.pipeline import DEFAULT_TEMPLATES
from cuttings.site import site_pages
from tests.conftest import exported_from
from tests.markup import readable

OLDHAM, BURY = "Oldham Council", "Bury Council"


def story(name: str, date: dt.date | None, paragraphs: list[str], people: list[tuple[str, tuple[str, ...]]],
          councils: tuple[str, ...], roles: tuple[RoleFact, ...] = (), quotes: tuple[QuoteFact, ...] = (),
          body_format: str = "text", body: str | None = None) -> Article:
    return Article(
        source_file=f"{name}.txt", content_hash=name, title=f"Story {name}", date=date, source="Test Gazette",
        body_format=body_format, body=body if body is not None else "\n\n".join(paragraphs),  # type: ignore[arg-type]
        paragraphs=tuple(Paragraph(text) for text in paragraphs),
        people=tuple(PersonMention(person, aliases) for person, aliases in people),
        councils=councils, roles=roles, quotes=quotes,
    )


ARTICLES = [
    story("budget", dt.date(2020, 5, 4),
          ["Coun Ann Thorne, leader of Oldham Council, set the budget <b>today</b>.",
           "Coun Thorne said the chief executive, Bob Quill, agreed. Coun Thorne smiled."],
          [("Ann Thorne", ("Coun Ann Thorne", "Coun Thorne")), ("Bob Quill", ())], (OLDHAM,),
          (RoleFact("Ann Thorne", "leader", OLDHAM), RoleFact("Bob Quill", "chief executive", OLDHAM)),
          (QuoteFact("Ann Thorne", "We will balance the books."),)),
    story("ofsted", dt.date(2020, 6, 20),
          ["Oldham's children's services were rated inadequate by Ofsted in May 2020.",
           "Coun Ann Thorne, leader of the council, apologised. Coun Cy Vale, leader of the Green group, "
           "said Bury Council had done better."],
          [("Ann Thorne", ("Coun Ann Thorne",)), ("Cy Vale", ("Coun Cy Vale",))], (OLDHAM, BURY),
          (RoleFact("Ann Thorne", "leader", OLDHAM), RoleFact("Cy Vale", "leader of the Green group", OLDHAM))),
    story("bins", dt.date(2021, 1, 9), ["Bury Council changed the bin rounds, said Dee Marsh."],
          [("Dee Marsh", ())], (BURY,)),
    story("notes", None, ["Ann Thorne opened a library."], [("Ann Thorne", ())], ()),
]


def once(slug: str) -> str:
    """Where a person named once is: their entry on a shared page (``cuttings/named_once.py``)."""
    return places_of([PersonEntry(slug, slug, articles=["one"])]).path(slug)


def render(articles: list[Article]) -> dict[str, bytes]:
    """The site's files, its minified pages written out the long way (``tests/markup.py``)."""
    settings = BuildSettings(content_dir=Path("content"), output_dir=Path("site"), base_url="/repo/")
    return {page.path: readable(page.content).encode() if page.path.endswith(".html") else page.content
            for page in site_pages(build_catalogue(articles), settings, DEFAULT_TEMPLATES)}


@pytest.fixture(scope="module")
def site() -> dict[str, bytes]:
    return render(ARTICLES)


def text_of(site: dict[str, bytes], path: str) -> str:
    return site[path].decode("utf-8")


def section(html: str, heading_id: str) -> str:
    start = html.index(f'id="{heading_id}"')
    end = html.find("</section>", start)
    return html[start:end]


def article_path(site: dict[str, bytes], name: str) -> str:
    for entry in exported_from(site, "articles"):
        if entry["source_file"] == f"{name}.txt":
            return f"{entry['url']}index.html"
    raise KeyError(name)


def test_person_roles_as_spans_with_evidence(site: dict[str, bytes]) -> None:
    roles = section(text_of(site, "people/ann-thorne/index.html"), "roles")
    assert 'href="../../councils/oldham-council/">Oldham Council</a>' in roles
    assert "seen May 2020 – June 2020, 2 articles" in roles
    assert roles.count('href="../../articles/') == 2


def test_person_quotes_with_article_and_date(site: dict[str, bytes]) -> None:
    said = section(text_of(site, "people/ann-thorne/index.html"), "said")
    assert "We will balance the books." in said
    assert "Story budget" in said and "4 May 2020" in said


def test_person_appears_with_counts_linked(site: dict[str, bytes]) -> None:
    together = section(text_of(site, "people/ann-thorne/index.html"), "with")
    # Both are named once: their links lead to their entries on the shared pages (``cuttings/named_once.py``),
    # from the folder people's pages share.
    names = re.findall(r'href="../once/[0-9a-f]+/#([^"]+)">[^<]+</a> <span class="count"[^>]*>(\d+)', together)
    assert names == [("bob-quill", "1"), ("cy-vale", "1")]


def test_companions_name_their_shared_articles_by_the_page_own_list(site: dict[str, bytes]) -> None:
    """A shared article listed on the page is linked to its line there (``#a1``), by its date, rather than by its
    title and address again (issue 16); the line is the shared article."""
    html = text_of(site, "people/ann-thorne/index.html")
    together, articles = section(html, "with"), section(html, "articles")
    cited = re.findall(r'<a href="#(a\d+)">(\d+ \w+ \d{4})</a>', together)
    assert cited and "../../articles/" not in together
    assert len(cited) == together.count('<span class="count"'), "one article each, the latest they share"
    people = {p["slug"]: p for p in exported_from(site, "people")}
    for anchor, day in cited:
        line = re.search(f'<li id="{anchor}"><a href="../../([^"]+)"[^>]*>.*?</li>', articles)
        assert line is not None and day in line.group(0)
        slug = line.group(1).removeprefix("articles/").removesuffix("/")
        assert slug in people["ann-thorne"]["articles"]
        assert slug in people["bob-quill"]["articles"] or slug in people["cy-vale"]["articles"]


def test_person_articles_by_year_newest_first_without_lede(site: dict[str, bytes]) -> None:
    """Title, date and source a line: the lede is the article's own first paragraph, a click away (issue 16)."""
    articles = section(text_of(site, "people/ann-thorne/index.html"), "articles")
    assert re.findall(r'<h3 id="y-([^"]+)"', articles) == ["2020", "undated"]
    assert articles.index("Story ofsted") < articles.index("Story budget")
    assert "rated inadequate" not in articles and 'class="lede"' not in articles


def test_person_page_links_its_feed_and_the_feed_exists(site: dict[str, bytes]) -> None:
    html = text_of(site, "people/ann-thorne/index.html")
    feed = re.search(r'class="feed-link" href="([^"]+)"', html)
    assert feed is not None
    assert posixpath.normpath(posixpath.join("people/ann-thorne", feed.group(1))) in site


def test_council_people_grouped_by_role(site: dict[str, bytes]) -> None:
    people = section(text_of(site, "councils/oldham-council/index.html"), "people")
    headings = re.findall(r'<h3 id="role-([a-z]+)">', people)
    assert headings == ["leadership", "opposition", "officers"]
    assert people.index("Ann Thorne") < people.index("Cy Vale") < people.index("Bob Quill")
    assert "seen May 2020 – June 2020" in people


def test_council_events_with_date_and_sentence(site: dict[str, bytes]) -> None:
    events = section(text_of(site, "councils/oldham-council/index.html"), "events")
    assert '<span class="when">May 2020</span> <strong class="label">Ofsted: inadequate</strong>' in events
    assert "were rated inadequate by Ofsted in May 2020." in events and "Story ofsted" in events
    assert 'id="events"' not in text_of(site, "councils/bury-council/index.html")


def test_council_names_other_people_with_when_seen(site: dict[str, bytes]) -> None:
    named = section(text_of(site, "councils/bury-council/index.html"), "named")
    assert re.search(r"Dee Marsh</a> <span class=\"count\" title=\"articles\">1</span> "
                     r"<span class=\"span\">seen January 2021</span>", named)


def test_council_related_councils_and_months(site: dict[str, bytes]) -> None:
    html = text_of(site, "councils/bury-council/index.html")
    related = section(html, "related")
    assert 'href="../../councils/oldham-council/">Oldham Council</a> <span title="shared articles" class="count">1' \
        in related
    assert re.findall(r'<h3 id="(m-[^"]+)">', section(html, "timeline")) == ["m-2021-01", "m-2020-06"]


def test_article_mentions_link_first_per_article_and_text_stays_escaped(site: dict[str, bytes]) -> None:
    html = text_of(site, article_path(site, "budget"))
    body = html[html.index('<div class="article-body">'):html.index("</div>", html.index('<div class="article-body">'))]
    assert "&lt;b&gt;today&lt;/b&gt;" in body and "<b>" not in body
    paragraphs = re.findall(r"<p>(.*?)</p>", body)
    assert [re.findall(r'class="mention" href="([^"]+)">([^<]+)<', p) for p in paragraphs] == [
        [("../../people/ann-thorne/", "Coun Ann Thorne"), ("../../councils/oldham-council/", "Oldham Council")],
        [(f"../../{once('bob-quill')}", "Bob Quill")],
    ]
    assert "Coun Thorne" in paragraphs[1]


def test_related_articles_at_the_foot(site: dict[str, bytes]) -> None:
    html = text_of(site, article_path(site, "budget"))
    related = html[html.index('id="related-articles"'):]
    titles = re.findall(r'<a href="\.\./[^"]+/">(Story [a-z]+)</a>', related)  # from one article's folder to another's
    assert titles[:2] == ["Story ofsted", "Story notes"]
    assert "Also names" not in related  # whom they share is in the export (issue 16)


def test_an_article_naming_nobody_has_no_empty_named_landmark(site: dict[str, bytes]) -> None:
    quiet = story("quiet", dt.date(2020, 2, 2), ["The pond froze over."], [], ())
    # The names beside the text are those the text does not link: an organisation, a person not written out.
    unlinked = dataclasses.replace(
        story("unlinked", dt.date(2020, 2, 3), ["Coun Ann Thorne spoke. The board met."],
              [("Ann Thorne", ("Coun Ann Thorne",)), ("Bob Quill", ())], ()),
        organisations=("Parks Board",))
    pages = render([quiet, unlinked, *ARTICLES])
    assert 'class="entities"' not in pages[article_path(pages, "quiet")].decode("utf-8")  # an empty aside is a landmark
    aside = readable(pages[article_path(pages, "unlinked")])
    aside = aside[aside.index('aria-label="Named in this article"'):aside.index("</aside>")]
    assert "Bob Quill" in aside and "Parks Board" in aside and "Ann Thorne" not in aside
    # Everyone the budget story names is linked in its text: nothing is left to list beside it.
    assert 'aria-label="Named in this article"' not in text_of(site, article_path(site, "budget"))


def test_markdown_article_links_inside_sanitised_html() -> None:
    markdown = story("md", dt.date(2020, 1, 1), ["Ann Thorne spoke."], [("Ann Thorne", ())], (),
                     body_format="markdown", body="**Ann Thorne** spoke. <script>x()</script>")
    html = render([markdown])[article_path(render([markdown]), "md")].decode("utf-8")
    assert f'<strong><a class="mention" href="../../{once("ann-thorne")}">Ann Thorne</a></strong>' in html
    assert "<script>x()" not in html


def test_people_index_in_three_orders_linking_each_other(site: dict[str, bytes]) -> None:
    pages = {"name": "people/index.html", "articles": "people/by-articles/index.html",
             "latest": "people/by-latest/index.html"}
    order = {}
    for key, path in pages.items():
        html = text_of(site, path)
        order[key] = re.findall(r'<li data-councils="[^"]*"><a href="[./]*people/(?:once/[0-9a-f]+/#)?([^/"]+)/?"', html)
        assert html.count('href="../') >= 1 and 'aria-current="page"' in html
        assert '<form class="people-filter" hidden>' in html
    assert order["name"] == ["dee-marsh", "bob-quill", "ann-thorne", "cy-vale"]
    assert order["articles"][0] == "ann-thorne"
    assert order["latest"] == ["dee-marsh", "ann-thorne", "cy-vale", "bob-quill"]


def test_people_index_rows_carry_their_councils(site: dict[str, bytes]) -> None:
    html = text_of(site, "people/index.html")
    # A row names its councils by their options' places in the filter ("Any council" is option 0).
    options = re.findall(r'<option value(?:="([^"]*)")?>', html)
    row = re.search(r'<li data-councils="([^"]*)"><a href="../people/ann-thorne/"', html)
    assert row is not None and options[0] == ""
    assert [options[int(number)] for number in row.group(1).split()] == ["bury-council", "oldham-council"]
    assert 'src="../static/js/people-index.js"' in html


def test_export_gains_new_keys_and_keeps_old_ones(site: dict[str, bytes]) -> None:
    people = {p["slug"]: p for p in exported_from(site, "people")}
    ann = people["ann-thorne"]
    assert {"slug", "url", "name", "aliases", "roles", "articles", "quotes"} <= set(ann)
    assert ann["role_spans"] == [{"role": "leader", "organisation": OLDHAM, "first_seen": "2020-05-04",
                                  "last_seen": "2020-06-20", "articles": ann["role_spans"][0]["articles"]}]
    assert len(ann["role_spans"][0]["articles"]) == 2
    # Schema 3: who appears with whom is the people's articles in common, as the person page counts them.
    assert "appears_with" not in ann
    shared = {slug: len(set(ann["articles"]) & set(other["articles"])) for slug, other in people.items()
              if slug != "ann-thorne"}
    assert {slug: count for slug, count in shared.items() if count} == {"bob-quill": 1, "cy-vale": 1}
    assert all("date" not in fact for fact in (*ann["roles"], *ann["quotes"]))
    assert json.loads(site["data/index.json"])["schema_version"] == 5
    councils = {c["slug"]: c for c in exported_from(site, "councils")}
    oldham = councils["oldham-council"]
    assert {"slug", "url", "name", "people", "articles"} <= set(oldham)
    assert [(r["group"], r["person"]) for r in oldham["roles"]] == [
        ("leadership", "Ann Thorne"), ("opposition", "Cy Vale"), ("officers", "Bob Quill")]
    assert [(e["label"], e["date"], e["date_precision"]) for e in oldham["events"]] == [
        ("Ofsted: inadequate", "2020-05-01", "month")]
    assert [r["name"] for r in oldham["related_councils"]] == [BURY]
    articles = exported_from(site, "articles")
    assert all("related" in a for a in articles)
    by_slug = {a["slug"]: a for a in articles}
    related = [(a, r) for a in articles for r in a["related"]]
    assert related and all(r in by_slug for _, r in related)
    # What a related article shares is no longer repeated: the two articles' people or councils in common.
    assert all(set(a["people"]) & set(by_slug[r]["people"])
               or set(a["councils"]) & set(by_slug[r]["councils"]) for a, r in related)


def test_every_link_on_entity_pages_resolves(site: dict[str, bytes]) -> None:
    checked = 0
    for path, content in site.items():
        if not path.endswith(".html") or not path.startswith(("people/", "councils/", "articles/")):
            continue
        folder = posixpath.dirname(path)
        for href in re.findall(r'href="([^"#?]+)', content.decode("utf-8")):
            if href.startswith(("http:", "https:", "mailto:", "/")):
                continue
            target = posixpath.normpath(posixpath.join(folder, href)).removeprefix(".")
            exists = target in site or f"{target}/index.html".lstrip("/") in site or target.startswith("static/")
            assert exists, (path, href)
            checked += 1
    assert checked > 100


def test_same_bytes_whatever_the_input_order(site: dict[str, bytes]) -> None:
    assert render(list(reversed(ARTICLES))) == site


@pytest.mark.parametrize("runs", [1, 2, 3])
def test_page_groups_make_every_page_once_and_paths_are_known_in_advance(runs: int) -> None:
    from cuttings.render import SiteRenderer, make_environment

    catalogue = build_catalogue(ARTICLES)
    renderer = SiteRenderer(catalogue, make_environment(DEFAULT_TEMPLATES), "Test", "/repo/")
    in_order = [page.path for page in renderer.render_all()]
    article_runs, person_runs, listings = renderer.groups(runs)
    grouped = [page.path for group in (*article_runs, *person_runs, listings) for page in group()]
    assert grouped == in_order == renderer.html_paths()
    assert len(in_order) == len(set(in_order))
    assert 1 <= len(article_runs) <= runs and 1 <= len(person_runs) <= runs


def test_entity_feeds_carry_notices_and_the_site_feed_whole_articles(site: dict[str, bytes]) -> None:
    """A person's or council's feed has each article's title, link, id and date; only the site's has its text and
    lede."""
    whole_text = "agreed. Coun Thorne smiled."
    site_feed = site["feed.xml"].decode("utf-8")
    assert site_feed.count("<content") == site_feed.count("<entry>") > 0 and whole_text in site_feed
    for path in ("people/ann-thorne/feed.xml", "councils/oldham-council/feed.xml"):
        feed = site[path].decode("utf-8")
        assert feed.count("<entry>") == feed.count("<link href=") - 1 == feed.count("<updated>") - 1 > 0
        assert "<summary" not in feed and "<content" not in feed and whole_text not in feed
    assert site_feed.count("<summary>") == site_feed.count("<entry>")


def test_one_article_person_is_an_entry_with_their_roles_quotes_and_article(site: dict[str, bytes]) -> None:
    """Someone named once has no page of their own but an entry on a shared page, with their roles and quotations
    linked to the paragraphs that give them, and their one article (issue 16: most people are named once, and
    their pages were most of the site). Who appears with them is their article's list of people."""
    assert "people/cy-vale/index.html" not in site and "people/cy-vale/feed.xml" not in site
    page = text_of(site, once("cy-vale").split("#")[0] + "index.html")
    entry = page[page.index('<section class="person-once" id="cy-vale">'):]
    entry = entry[:entry.index("</section>")]
    assert "<h2>Cy Vale</h2>" in entry and "Ann Thorne" not in entry
    assert re.search(r'<li>leader of the Green group, <a href="../../../councils/oldham-'
                     r'council/">[^<]+</a> <a class="evidence" href="../../../articles/story-ofsted/">', entry)
    article_links = set(re.findall(r'href="\.\./\.\./\.\./(articles/[^"#]+)"', entry))
    assert len(article_links) == 1
    article = text_of(site, next(iter(article_links)) + "index.html")
    assert 'href="../../people/ann-thorne/"' in article and f'href="../../{once("cy-vale")}"' in article
    together = section(text_of(site, "people/ann-thorne/index.html"), "with")
    assert re.search(r'<span class="count">\d+</span> <a href="#a\d+">', together)


def test_a_person_page_says_why_a_name_written_otherwise_joined_it() -> None:
    articles = [story("one", dt.date(2020, 1, 1), ["David Quorn spoke."], [("David Quorn", ())], ()),
                story("two", dt.date(2020, 2, 1), ["David Quorn spoke again."], [("David Quorn", ())], ()),
                story("three", dt.date(2020, 3, 1), ["Dave Quorn agreed."], [("Dave Quorn", ())], ()),
                story("four", dt.date(2020, 4, 1), ["Coun Quorn agreed."], [("Quorn", ("Coun Quorn",))], ())]
    catalogue = build_catalogue(articles)
    (person,) = catalogue.people.values()
    assert person.joined == [("Dave Quorn", "a short form of the given name"), ("Quorn", "the surname alone")]
    html = render(articles)["people/david-quorn/index.html"].decode()
    aliases = re.search(r'<p class="aliases">(.*?)</p>', html, re.S).group(1)  # type: ignore[union-attr]
    assert 'Dave Quorn <span class="why-joined">(a short form of the given name)</span>' in aliases
    assert 'Coun Quorn,' in aliases, "a form within one article needs no reason"
