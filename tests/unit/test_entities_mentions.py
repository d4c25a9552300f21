"""Links from article text to people and councils: first mention per article, always escaped."""

from __future__ import annotations

import datetime as dt

from markupsafe import Markup

from cuttings.analysis.mentions import LinkTarget, MentionLinker
from cuttings.analysis.views import article_linker
from cuttings.link import build_catalogue
from cuttings.model import Article, Paragraph, PersonMention
from cuttings.render import markdown_to_safe_html

ANN = [LinkTarget("Ann Thorne", "person:ann", "/p/ann/"), LinkTarget("Coun Thorne", "person:ann", "/p/ann/")]
OLDHAM = [LinkTarget("Oldham Council", "council:oldham", "/c/oldham/")]


def links(markup: str) -> list[str]:
    return [part.split(">", 1)[1] for part in markup.split("<a ")[1:]]


def test_first_mention_per_article_only() -> None:
    linker = MentionLinker(ANN + OLDHAM)
    first, second, third = linker.link_paragraphs([
        "Coun Thorne, leader of Oldham Council, said Oldham Council and Coun Thorne agree.",
        "Later Ann Thorne spoke.",
        "Ann Thorne and Oldham Council, again.",
    ])
    assert first.count("<a ") == 2
    assert str(first).startswith('<a class="mention" href="/p/ann/">Coun Thorne</a>, leader of '
                                 '<a class="mention" href="/c/oldham/">Oldham Council</a>')
    assert links(second) == links(third) == []
    assert second == "Later Ann Thorne spoke."


def test_longest_form_wins_and_whole_words_only() -> None:
    linker = MentionLinker([*ANN, LinkTarget("Thorne", "person:ann", "/p/ann/")])
    text = str(linker.link_text("Thornes aside, Coun Thorne spoke."))
    assert text == 'Thornes aside, <a class="mention" href="/p/ann/">Coun Thorne</a> spoke.'


def test_text_is_escaped_and_only_the_links_are_markup() -> None:
    linker = MentionLinker(ANN)
    html = linker.link_text('<script>alert("x")</script> & Ann Thorne')
    assert isinstance(html, Markup)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert html.count("<a ") == 1


def test_a_form_two_people_share_links_to_neither() -> None:
    linker = MentionLinker([LinkTarget("Mr Vale", "person:a", "/a/"), LinkTarget("Mr Vale", "person:b", "/b/")])
    assert "<a " not in linker.link_text("Mr Vale said no.")


def test_no_targets_just_escapes() -> None:
    assert MentionLinker([]).link_text("a < b") == Markup("a &lt; b")


def test_markdown_links_in_text_nodes_not_in_links_code_or_headings() -> None:
    html = markdown_to_safe_html(
        "## Ann Thorne\n\nAnn Thorne met [Ann Thorne](https://example.org) and `Ann Thorne`.\n\n"
        "- Ann Thorne & Oldham Council\n"
    )
    linked = str(MentionLinker(ANN + OLDHAM).link_html(html))
    assert "<h2>Ann Thorne</h2>" in linked
    assert '<p><a class="mention" href="/p/ann/">Ann Thorne</a> met <a href="https://example.org"' in linked
    assert "<code>Ann Thorne</code>" in linked
    # Each linked once in the article: Ann Thorne above, Oldham Council here.
    assert '<li>Ann Thorne &amp; <a class="mention" href="/c/oldham/">Oldham Council</a></li>' in linked
    assert linked.count('href="/p/ann/"') == 1


def test_markdown_attributes_with_angle_brackets_survive() -> None:
    html = Markup('<p><a href="https://example.org/?q=a>b" title="x>y">Ann Thorne</a> Ann Thorne</p>')
    linked = str(MentionLinker(ANN).link_html(html))
    assert linked == ('<p><a href="https://example.org/?q=a>b" title="x>y">Ann Thorne</a> '
                      '<a class="mention" href="/p/ann/">Ann Thorne</a></p>')


def test_article_linker_uses_the_articles_own_forms() -> None:
    story = Article(
        source_file="s.txt", content_hash="s", title="Story", date=dt.date(2020, 1, 1), source=None,
        body_format="text", body="", paragraphs=(Paragraph("Coun Thorne of Oldham Council spoke."),),
        people=(PersonMention("Ann Thorne", ("Coun Thorne",)),), councils=("Oldham Council",),
    )
    catalogue = build_catalogue([story])
    entry = next(iter(catalogue.articles.values()))
    html = article_linker(catalogue, entry, lambda path: f"../../{path}").link_paragraphs(
        [p.text for p in story.paragraphs])[0]
    assert html == Markup('<a class="mention" href="../../people/ann-thorne/">Coun Thorne</a> of '
                          '<a class="mention" href="../../councils/oldham-council/">Oldham Council</a> spoke.')


def test_article_linker_uses_recorded_mentions_but_not_anaphors() -> None:
    from cuttings.model import Mention

    text = "Oldham Metropolitan Borough Council met. The council agreed."
    story = Article(
        source_file="s.txt", content_hash="s", title="Story", date=dt.date(2020, 1, 1), source=None,
        body_format="text", body=text, paragraphs=(Paragraph(text),), councils=("Oldham Council",),
        mentions=(Mention(0, 0, 35, "council", "Oldham Council"), Mention(0, 41, 52, "council", "Oldham Council")),
    )
    catalogue = build_catalogue([story])
    entry = next(iter(catalogue.articles.values()))
    html = article_linker(catalogue, entry, lambda path: path).link_paragraphs([text])[0]
    assert html == Markup('<a class="mention" href="councils/oldham-council/">Oldham Metropolitan Borough Council</a>'
                          " met. The council agreed.")
