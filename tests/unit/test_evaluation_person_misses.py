"""The person-error census (``evaluation/person_misses.py``): where a gold name is written, and its F1 arithmetic."""

from __future__ import annotations

from cuttings.infer.findings import EntitySpan
from evaluation.person_misses import bootstrap, f1, labels_at, places_of


def test_a_gold_form_is_found_with_or_without_the_dots_between_initials() -> None:
    paragraphs = ["Mr J.R. Pellow spoke.", "Later J R Pellow left."]
    assert places_of(paragraphs, ["J R Pellow"]) == [(0, 3, 14), (1, 6, 16)]


def test_the_surname_alone_is_looked_for_only_when_the_full_form_is_not_written_or_asked_for() -> None:
    paragraphs = ["Pellow scored twice."]
    assert places_of(paragraphs, ["Anna Pellow"]) == [(0, 0, 6)]
    paragraphs = ["Anna Pellow scored. Pellow then left."]
    assert places_of(paragraphs, ["Anna Pellow"]) == [(0, 0, 11)]
    assert (0, 20, 26) in places_of(paragraphs, ["Anna Pellow"], surnames=True)


def test_labels_are_counted_only_for_entities_overlapping_the_places() -> None:
    entities = [EntitySpan(0, 0, 11, "PERSON", "Anna Pellow"), EntitySpan(0, 20, 26, "ORG", "Pellow"),
                EntitySpan(1, 0, 11, "GPE", "Anna Pellow")]
    assert labels_at(entities, [(0, 0, 11)]) == ["PERSONx1"]


def test_f1_is_the_harmonic_mean_and_an_empty_side_counts_as_perfect() -> None:
    precision, recall, score = f1(matched=3, predicted=4, gold=6)
    assert (precision, recall) == (0.75, 0.5) and abs(score - 0.6) < 1e-9
    assert f1(0, 0, 0) == (1.0, 1.0, 1.0)


def test_the_bootstrap_interval_brackets_the_score_and_is_a_point_when_every_article_is_alike() -> None:
    rows = [(10, 10, 9)] * 20
    low, high = bootstrap(rows, draws=200)
    assert low == high == f1(9, 10, 10)[2]
    mixed = [(10, 10, 10)] * 10 + [(10, 10, 5)] * 10
    low, high = bootstrap(mixed, draws=500)
    assert low < f1(150, 200, 200)[2] < high
