"""Search in Chromium on the seed site (served under /repo/): names as you type, full text in a worker."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cuttings.cache import ArticleCache, cache_dir_for, inference_fingerprint
from cuttings.link import build_catalogue
from cuttings.model import BuildReport, BuildSettings
from cuttings.pipeline import infer_from, read_all
from cuttings.progress import BuildProgress
from cuttings.search import reference_index
from cuttings.search.documents import search_documents
from tests.conftest import SEED_CONTENT, Served

pytestmark = pytest.mark.browser


def suggestions(page, box: str, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    page.fill(box, text)
    page.wait_for_function("t => [...document.querySelectorAll('.name-suggestions')].some(l => l.dataset.query === t)",
                           arg=text)
    return page.locator(".name-suggestions:not([hidden]) [role=option]").all_inner_texts()


def search(page, served: Served, text: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served.url + "search/")
    page.wait_for_function("() => document.body.dataset.searchReady === 'true'")
    page.fill("#search-page-input", text)
    # Articles and names are drawn as each arrives, the snippets once their pages are in; the status line once
    # articles and names are.
    page.wait_for_function("t => ['search-results', 'search-names', 'search-status'].every("
                           "id => document.getElementById(id).dataset.query === t)"
                           " && document.getElementById('search-results').dataset.snippets === t", arg=text)


def test_suggests_a_person_by_an_alias_and_leads_to_their_page(page, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_seed_site.url + "articles/")
    shown = suggestions(page, "header .search-input", "Coun Bo")
    assert shown and shown[0].startswith("Peter Box")
    assert "Coun Box" in shown[0] and re.search(r"\d+ articles?", shown[0])
    page.press("header .search-input", "ArrowDown")
    assert page.get_attribute("header .search-input", "aria-activedescendant")
    page.press("header .search-input", "Enter")
    page.wait_for_url("**/repo/people/**")
    assert page.locator("h1").first.inner_text() == "Peter Box"


def test_suggests_a_council_from_two_letters(page, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_seed_site.url + "articles/")
    assert suggestions(page, "header .search-input", "w") == []
    shown = suggestions(page, "header .search-input", "Wa")
    assert any(text.startswith("Wakefield Council") for text in shown)
    link = page.locator(".name-suggestions [role=option] a", has_text="Wakefield Council")
    assert link.get_attribute("href").startswith("../councils/")


def test_a_typo_still_finds_the_name_and_highlights_it(page, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    search(page, served_seed_site, "Hinchclife")
    marks = page.locator("#search-results mark").all_inner_texts()
    assert "Hinchcliffe" in marks
    assert "1 article" in page.inner_text("#search-status")


def test_highlights_the_matched_words_with_marks_not_markup(page, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    search(page, served_seed_site, "budget")
    marks = {text.lower() for text in page.locator("#search-results .snippet mark").all_inner_texts()}
    assert marks and all(text.startswith("budget") for text in marks)
    assert page.locator("#search-results li .snippet *:not(mark)").count() == 0
    assert page.locator("#search-results li .meta").first.inner_text()


def test_fielded_search_keeps_articles_naming_the_person(page, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    search(page, served_seed_site, "person:Hinchcliffe")
    fielded = page.locator("#search-results li").count()
    search(page, served_seed_site, "Box")
    plain = page.locator("#search-results li").count()
    search(page, served_seed_site, "person:Box")
    assert page.locator("#search-results li").count() == plain == 3
    assert fielded == 1
    search(page, served_seed_site, "council:Wakefield year:2018")
    assert page.get_attribute("#search-results", "data-lunr-query") == "+councils:wakefield +year:2018"


def test_a_q_link_reproduces_the_search(page, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_seed_site.url + "search/?q=Poulsen&year=2019")
    page.wait_for_function("() => document.getElementById('search-results').dataset.query === 'Poulsen'")
    assert page.input_value("#search-page-input") == "Poulsen"
    assert page.input_value("#search-year") == "2019"
    assert page.locator("#search-results li").count() >= 1
    page.fill("#search-page-input", "Isherwood")
    page.wait_for_function("() => document.getElementById('search-results').dataset.query === 'Isherwood'")
    page.wait_for_url(re.compile(r"[?&]q=Isherwood(&|$)"))  # once typing pauses
    assert "year=2019" in page.url


def test_leaving_the_box_writes_the_search_into_the_address_at_once(
        page, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_seed_site.url + "search/")
    page.wait_for_function("() => document.body.dataset.searchReady === 'true'")
    page.focus("#search-page-input")
    address = page.evaluate("""() => {
      const input = document.getElementById('search-page-input');
      input.value = 'Isherwood';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const whileTyping = location.href;
      input.blur();
      return [whileTyping, location.href];
    }""")
    assert "q=" not in address[0]
    assert re.search(r"[?&]q=Isherwood(&|$)", address[1])


def test_nonsense_says_there_is_nothing(page, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    search(page, served_seed_site, "qwzxv plokm")
    assert page.locator("#search-results li").count() == 0
    assert page.inner_text("#search-status").startswith("No results for “qwzxv plokm”")
    assert page.get_attribute("#search-status", "role") == "status"


def test_arrow_keys_move_through_results(page, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    search(page, served_seed_site, "council")
    page.press("#search-page-input", "ArrowDown")
    first = page.evaluate("document.activeElement.textContent")
    page.keyboard.press("ArrowDown")
    second = page.evaluate("document.activeElement.textContent")
    assert first and second and first != second
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.id") == "search-page-input"


@pytest.fixture(scope="module")
def reference_documents():  # type: ignore[no-untyped-def]
    settings = BuildSettings(content_dir=SEED_CONTENT, output_dir=Path("unused"), quiet=True)
    progress = BuildProgress(quiet=True)
    read = read_all(settings, inference_fingerprint(), progress)
    read.cache = ArticleCache(cache_dir_for(settings))  # opened by ``make_plan`` in a build
    return search_documents(build_catalogue(infer_from(read, settings, BuildReport(), progress)))


READER_QUERIES = ["Box", "budget", "Hinchclife", "council leaders", "person:Box", "council:Bradford services",
                  "schools year:2019", "Wakef", "improvement plan", "ofsted"]


def test_lunr_js_over_shards_answers_as_lunr_py_over_the_whole_index(
        page, served_seed_site: Served, reference_documents) -> None:  # type: ignore[no-untyped-def]
    index = reference_index(reference_documents)
    compared = 0
    for text in READER_QUERIES:
        search(page, served_seed_site, text)
        query = page.get_attribute("#search-results", "data-lunr-query")
        assert query, text
        in_browser = page.evaluate("q => CuttingsSearch.raw(q)", query)["results"]
        in_python = index.search(query)
        assert [(r["ref"], round(r["score"], 3)) for r in in_browser][:10] == \
               [(r["ref"], round(r["score"], 3)) for r in in_python][:10], (text, query)
        compared += bool(in_python)
    assert compared >= 8


def test_token_pipeline_is_the_same_in_lunr_py_and_lunr_js(
        page, served_seed_site: Served, reference_documents) -> None:  # type: ignore[no-untyped-def]
    from lunr.stop_word_filter import WORDS

    from cuttings.search.text import TermMaker, fold

    words = sorted({w for d in reference_documents for w in re.split(r"[ -]+", d.fields["body"].lower()) if w})
    words += ["councillors", "generalizations", "hopefulness", "relational", "agreed", "day", "sky", "ponies",
              "o'brien,", "(the", "yelling", *sorted(WORDS)]
    page.goto(served_seed_site.url + "search/")
    page.wait_for_function("() => document.body.dataset.searchReady === 'true'")
    in_browser = page.evaluate("""ws => new Promise(resolve => {
        const script = document.createElement('script');
        script.src = '../static/vendor/lunr/lunr.min.js';
        script.onload = () => {
          const pipeline = new lunr.Pipeline();
          pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
          resolve(ws.map(w => pipeline.runString(w)[0] || null));  // an empty term is never indexed
        };
        document.head.appendChild(script);
    })""", words)
    maker = TermMaker()
    assert in_browser == [maker.term(w) for w in words]
    assert maker.term("day") == "day" and maker.term("the") is None
    samples = ["Zoë’s café", "Seán Ó Briain", "Œuvre  ﬁne\u2003straße", "Łódź"]
    assert page.evaluate("xs => xs.map(x => CuttingsText.fold(x))", samples) == [fold(s) for s in samples]
