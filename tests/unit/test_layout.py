"""Headlines, date lines, bylines, trailers: the parts of an article's text around the story."""

import datetime as dt

from cuttings.infer.dates import date_line, labelled_date, parse_date
from cuttings.infer.layout import analyse_markdown, analyse_text
from cuttings.infer.titles import sentence_case_first_word, shorten, title_for


def test_labelled_date_run_into_the_first_sentence_is_read_and_removed() -> None:
    layout = analyse_text(" date 2021-04-09 The mayor opened the new library.\n\nIt cost £2m.")
    assert layout.date == dt.date(2021, 4, 9)
    assert layout.headline is None
    assert layout.paragraphs[0] == "The mayor opened the new library."


def test_press_release_date_line_is_day_first_with_reference() -> None:
    text = "Library reopens after repairs\n\n03/02/2020, PR1234\n\nThe library reopened today.\n\nMore text."
    layout = analyse_text(text)
    assert layout.headline == "Library reopens after repairs"
    assert layout.date == dt.date(2020, 2, 3)
    assert layout.reference == "PR1234"
    assert layout.paragraphs == ("The library reopened today.", "More text.")


def test_wire_dateline_and_byline_under_headline() -> None:
    text = "Ferry strike ends.\n\nAnna Lowe\n\nDOVER 1997-03-14\n\nThe strike ended on Friday.\n\nMore."
    layout = analyse_text(text)
    assert layout.headline == "Ferry strike ends."
    assert layout.byline == "Anna Lowe"
    assert layout.date == dt.date(1997, 3, 14)
    assert layout.paragraphs[0] == "The strike ended on Friday."


def test_a_ground_under_the_headline_is_no_byline() -> None:
    text = "Barton v Ayton\n\nHarbourside Park\n\nBarton host Ayton on Saturday.\n\nMore."
    layout = analyse_text(text)
    assert layout.byline is None
    assert layout.paragraphs[0] == "Harbourside Park"
    assert analyse_text(text.replace("Harbourside Park", "By Harbourside Park")).byline == "Harbourside Park"
    assert analyse_text(text.replace("Harbourside Park", "Jane Park")).byline == "Jane Park", "a given name first"


def test_a_serials_part_under_the_headline_is_no_byline() -> None:
    text = "The Story So Far\n\nChapter Nine\n\nThe last dance was over and the hall was quiet.\n\nMore."
    assert analyse_text(text).byline is None
    assert analyse_text(text.replace("Chapter Nine", "Jane Quenby")).byline == "Jane Quenby"
    assert analyse_text(text.replace("Chapter Nine", "By Chapter Nine")).byline == "Chapter Nine", "a writer's prefix"


def test_article_without_date_is_undated() -> None:
    layout = analyse_text("PLANS for a new bypass were shown to residents on 4 May 2019 at the hall.\n\nMore.")
    assert layout.date is None


def test_date_inside_body_prose_is_not_the_publication_date() -> None:
    assert date_line("The new director is due to join the council on 7 August 2018 from Leeds.") is None


def test_date_formats() -> None:
    assert parse_date("17 July 2018") == dt.date(2018, 7, 17)
    assert parse_date("July 17, 2018") == dt.date(2018, 7, 17)
    assert parse_date("05/06/2019") == dt.date(2019, 6, 5)
    assert parse_date("2019-02-30") is None
    assert labelled_date("Published: 3rd March 2020 Text") is not None


def test_contact_block_and_agency_credit_are_not_body_text() -> None:
    text = (
        "Headline here\n\nFirst paragraph of the story.\n\nSecond paragraph.\n\n"
        "Contact us\n\nPress Office\n\nRoom 4\nCivic Centre"
    )
    layout = analyse_text(text)
    assert layout.paragraphs == ("First paragraph of the story.", "Second paragraph.")
    assert layout.source == "Press Office"
    credit = analyse_text("A story about bins and their collection in the town today.\n\nMore.\n\n"
                          "Local Democracy Reporting Service")
    assert credit.source == "Local Democracy Reporting Service"
    assert credit.paragraphs[-1] == "More."


def test_long_first_line_is_a_lede_not_a_headline() -> None:
    lede = ("TWO schools in the north of the county are to merge next year after a consultation with "
            "parents and staff found strong support for the plan.")
    layout = analyse_text(lede + "\n\nSecond.")
    assert layout.headline is None
    title = title_for(layout.headline, layout.paragraphs, "file")
    assert title.startswith("Two schools in the north")
    assert len(title) <= 91


def test_title_helpers() -> None:
    assert sentence_case_first_word("NEW calls for action") == "New calls for action"
    assert sentence_case_first_word("NHS bosses warn") == "NHS bosses warn"
    assert shorten("Short sentence. Another one.") == "Short sentence"
    cut = shorten("word " * 40)
    assert cut.endswith("…") and not cut.endswith(" …")


def test_markdown_heading_is_the_headline() -> None:
    layout, body = analyse_markdown("# A *bold* plan\n\nThe [council](https://x.example) agreed it.\n")
    assert layout.headline == "A *bold* plan"
    assert body.startswith("The [council]")
    assert layout.paragraphs == ("The council agreed it.",)
