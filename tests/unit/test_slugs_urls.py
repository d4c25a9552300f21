"""Slugs are ASCII and unique; URLs are relative, except on the 404 page."""

from hypothesis import given, settings
from hypothesis import strategies as st

from cuttings.slugs import assign_slugs, slugify, slugs_patched
from cuttings.urls import Urls, normalise_base_url, output_file


def test_slugify_keeps_only_safe_ascii() -> None:
    assert slugify("Siân O'Brien") == "sian-obrien"
    assert slugify("Zoë Ball") == "zoe-ball"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("!!!") == "untitled"


def test_clashing_slugs_are_distinct_and_stable() -> None:
    first = assign_slugs([("b.txt", "Same Title"), ("a.txt", "Same title")])
    second = assign_slugs([("a.txt", "Same title"), ("b.txt", "Same Title")])
    assert first == second == {"a.txt": "same-title", "b.txt": "same-title-2"}


WANTED = ("Doe", "doe", "Doe 2", "Doe 3", "Roe", "Doe-2-2", "Budget 2021", "Budget")
"""Wanted texts whose slugs clash, and some whose own slug is another's numbered one ("doe-2")."""


@settings(max_examples=400)
@given(st.dictionaries(st.sampled_from("abcdefgh"), st.sampled_from(WANTED), max_size=6),
       st.dictionaries(st.sampled_from("abcdefghij"), st.sampled_from(WANTED), max_size=3),
       st.sets(st.sampled_from("abcdefgh"), max_size=3))
def test_slugs_patched_are_every_slug_assigned_again_or_none(before: dict[str, str], added: dict[str, str],
                                                             removed: set[str]) -> None:
    """``slugs_patched`` gives what assigning every slug again gives, or None: keys added, removed or given another
    text (both), among slugs that clash and numbered ones."""
    removed &= before.keys()
    added = {key: text for key, text in added.items() if key not in before or key in removed}
    after = {**{key: text for key, text in before.items() if key not in removed}, **added}
    patched = slugs_patched(assign_slugs(before.items()), added, removed)
    assert patched is None or patched == assign_slugs(after.items())


def test_slugs_patched_spare_assigning_every_slug_when_nothing_moves() -> None:
    last = assign_slugs([("a", "Doe"), ("b", "Doe"), ("c", "Roe")])
    assert slugs_patched(last, {"d": "Poe"}, {"c"}) == {"a": "doe", "b": "doe-2", "d": "poe"}
    assert slugs_patched(last, {}, {"a"}) is None  # "b" would take "doe"
    assert slugs_patched(last, {"d": "Doe 2"}, {}) is None  # held
    numbered = assign_slugs([("a", "Doe"), ("b", "Doe 2"), ("c", "Doe")])
    assert numbered == {"a": "doe", "b": "doe-2", "c": "doe-3"}
    assert slugs_patched(numbered, {}, {"b"}) is None  # "c" would take "doe-2"


def test_relative_urls_by_depth_and_absolute_on_404() -> None:
    assert Urls.for_page("index.html")("people/") == "people/"
    assert Urls.for_page("index.html")("") == "./"
    assert Urls.for_page("people/jo-bloggs/index.html")("static/css/site.css") == "../../static/css/site.css"
    assert Urls.for_page("404.html", "/repo/")("people/") == "/repo/people/"
    assert normalise_base_url("repo") == normalise_base_url("/repo/") == "/repo/"
    assert output_file("people/") == "people/index.html"


def test_slugify_transliterates_rather_than_dropping_letters() -> None:
    assert slugify("Søren Østergaard") == "soren-ostergaard"
    assert slugify("Łukasz Nowak") == "lukasz-nowak"
    assert slugify("Straße Groß") == "strasse-gross"
    assert slugify("Æthelred") == "aethelred"
    assert slugify("Москва") == "moskva"
    assert slugify("李明") == "li-ming"
    assert slugify("Mr 李明 said") == "mr-li-ming-said"
