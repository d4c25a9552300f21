"""Slugs are ASCII and unique; URLs are relative, except on the 404 page."""

from cuttings.slugs import assign_slugs, slugify
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
