"""Council events: inspection judgements and interventions, with the date the sentence gives."""

from __future__ import annotations

import datetime as dt

import pytest

from cuttings.analysis.events import council_events, event_date, find_events

REPORTED = dt.date(2021, 6, 15)  # a Tuesday


def labels(text: str, date: dt.date | None = REPORTED) -> list[str]:
    return [event.label for event in find_events([text], date)]


@pytest.mark.parametrize(("sentence", "label"), [
    ("Ofsted rated the authority's children's services inadequate in March 2021.", "Ofsted: inadequate"),
    ("Children's services were rated 'inadequate' by Ofsted in March 2021.", "Ofsted: inadequate"),
    ("Inspectors gave the service a requires improvement rating.", "Ofsted: requires improvement"),
    ("Inspectors rated the quality of leadership as good.", "Ofsted: good"),
    ("Ofsted judged the fostering service to be good.", "Ofsted: good"),
    ("The inspection found the council's services to be outstanding.", "Ofsted: outstanding"),
    ("After the inspection the council's services moved from 'inadequate' to 'good'.", "Ofsted: good"),
    ("Ofsted handed the department a rating of requires improvement to be good.",
     "Ofsted: requires improvement"),
])
def test_judgement_phrases(sentence: str, label: str | None) -> None:
    found = labels(sentence)
    assert found == ([label] if label else [])


@pytest.mark.parametrize("sentence", [
    "The leader said it was a good day for the council.",  # a grade word, no inspection, no rating phrase
    "Ofsted inspectors could rate the service inadequate next year.",
    "Councillors fear the service will be rated inadequate by Ofsted.",
    "The council hopes Ofsted will judge the service to be good.",
    "Ofsted rated Marsh Lane Primary School outstanding.",
    "Ofsted inspectors rated the work of staff highly, a good sign.",
    "The opposition called for a commissioner to be appointed.",
    "The police and crime commissioner was appointed in May.",
    "She was appointed trade commissioner by the government.",
    "The hospital trust was placed in special measures.",
    "The commissioner was appointed in May.",  # which commissioner, of what, the sentence does not say
])
def test_not_events(sentence: str) -> None:
    assert labels(sentence) == []


@pytest.mark.parametrize(("sentence", "label"), [
    ("The service was placed in special measures last year.", "Placed in special measures"),
    ("The education secretary appointed a commissioner to oversee the service.", "Commissioner appointed"),
    ("A government-appointed commissioner arrived in May.", "Commissioner appointed"),
    ("Children's services will be taken over by a trust.", None),
    ("Children's services were taken over by a trust in 2020.", "Services to be run by a trust"),
    ("The council issued a section 114 notice last month.", "Section 114 notice issued"),
    ("Ministers served an improvement notice on the council.", "Improvement notice issued"),
])
def test_intervention_phrases(sentence: str, label: str | None) -> None:
    assert labels(sentence) == ([label] if label else [])


@pytest.mark.parametrize(("sentence", "expected", "precision"), [
    ("It happened on 3 February 2020.", dt.date(2020, 2, 3), "day"),
    ("It happened on February 3, 2020.", dt.date(2020, 2, 3), "day"),
    ("It happened in February 2020.", dt.date(2020, 2, 1), "month"),
    ("It happened in the summer of 2019.", dt.date(2019, 6, 1), "season"),
    ("It happened in 2018.", dt.date(2018, 1, 1), "year"),
    ("It happened last summer.", dt.date(2020, 6, 1), "season"),  # summer 2021 has not ended by 15 June
    ("It happened last year.", dt.date(2020, 1, 1), "year"),
    ("It happened last month.", dt.date(2021, 5, 1), "month"),
    ("It happened last March.", dt.date(2021, 3, 1), "month"),
    ("It happened last July.", dt.date(2020, 7, 1), "month"),
    ("It happened on Friday.", dt.date(2021, 6, 11), "day"),
    ("It happened yesterday.", dt.date(2021, 6, 14), "day"),
    ("It will happen in April.", REPORTED, "reported"),  # last April or next: not a date
    ("It will happen in June 2030.", REPORTED, "reported"),  # after the article: not what it reports
])
def test_event_dates(sentence: str, expected: dt.date, precision: str) -> None:
    assert event_date(sentence, REPORTED) == (expected, precision)


def test_undated_article_gives_no_relative_date() -> None:
    assert event_date("It happened last summer.", None) == (None, "reported")


def test_events_belong_to_the_council_the_sentence_names() -> None:
    councils = {"Oldham Council": "oldham", "Bury Council": "bury"}
    text = ["Oldham's children's services were rated inadequate by Ofsted in May 2021.",
            "Ofsted rated the services in both towns inadequate in 2020."]
    events = council_events(text, REPORTED, "story", councils)
    assert [(council, event.label, event.date) for council, event in events] == [
        ("oldham", "Ofsted: inadequate", dt.date(2021, 5, 1))]
    assert events[0][1].evidence == text[0] and events[0][1].article_slug == "story"


def test_a_sentence_about_another_authority_is_left_out() -> None:
    text = ["The new director once took Kirklees from 'inadequate' to 'good' after an Ofsted inspection."]
    assert council_events(text, REPORTED, "story", {"Oldham Council": "oldham"}) == []


def test_the_only_council_of_the_article_gets_unnamed_sentences() -> None:
    text = ["The service was rated inadequate by Ofsted last year."]
    events = council_events(text, REPORTED, "story", {"Oldham Council": "oldham"})
    assert [(c, e.precision, e.date) for c, e in events] == [("oldham", "year", dt.date(2020, 1, 1))]


def test_one_event_per_label_and_date_in_an_article() -> None:
    text = ["The service was rated inadequate by Ofsted.", "Ofsted's inspectors judged it to be inadequate."]
    assert len(council_events(text, REPORTED, "story", {"Oldham Council": "oldham"})) == 1


def test_reports_of_one_event_merge_newest_first() -> None:
    from cuttings.analysis.events import merge_reports
    from cuttings.model import CouncilEvent

    def report(slug: str, date: dt.date | None, label: str = "Ofsted: good") -> CouncilEvent:
        return CouncilEvent("judgement", label, date, "month", f"Sentence in {slug}.", slug)

    may = dt.date(2021, 5, 1)
    merged = merge_reports(
        [report("old", may), report("new", may), report("other", dt.date(2019, 1, 1)), report("mid", may)],
        {"new": 0, "mid": 1, "old": 2, "other": 3},
    )
    assert [(e.article_slug, e.also_reported_in) for e in merged] == [("new", ("mid", "old")), ("other", ())]
