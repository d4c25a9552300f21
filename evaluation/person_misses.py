"""A census of person errors against hand gold: for each missed gold person and each extra name, what the model and
the rules saw.

    python evaluation/person_misses.py ../shared/corpora/bbc --gold evaluation/gold/bbc-held-out-people.json \
        [--gold evaluation/gold/bbc-held-out2-people.json] [--context] [--json FILE]

Errors are the ones ``evaluation/people.py`` counts (the same normalising and one-to-one matching, strict: a lone
gold first name is its own person). For a missed gold person, every place the article writes one of its gold forms
(or the last word of one, capitalised, as a word) is looked up:

- ``model``: the labels of the model's entities overlapping those places as the build runs it (the small English
  model reading only ``cuttings.infer.regions``' stretches, ``find_entities``), and ``whole``: the same model
  reading each whole paragraph (does leaving out regions hide a name?);
- ``stage``: how far the rules took it: ``found-as-other`` (a final person mention covers the place, under a
  canonical name that does not match the gold one: a part name, a merge, or a scoring mismatch),
  ``refused`` (a candidate mention was accepted there and then dropped: believability, works, firms...),
  ``overlapped`` (candidates covered the place but lost to an overlapping candidate, none of which survived),
  ``model-dropped`` (the model labelled PERSON there and ``_model_mention`` or its filters made no candidate), or
  ``unseen`` (no candidate at all).

For an extra name, the labels of the model's entities overlapping its mentions, and the priority of the rule that
made them (honorific, rule, model, scan). ``--context`` prints 60 characters around the first place (for the reader
only: corpus text is never to be copied into the repository; ``--json`` leaves it out).

The summary gives the counts, a 95% bootstrap interval of F1 (articles drawn again with replacement), and F1 bounds,
each the score if the errors named were all put right and nothing else changed:

- misses the model never labels PERSON (over the gold forms or their surnames written alone) out of reach, every
  other miss found and every extra gone; the same with the extras kept;
- only the model's PERSON proposals usable: the gold people matched today although the model labels none of their
  places PERSON (team-sheet surnames, names the rules found) lost too;
- every extra gone and no miss found; every miss found and the extras kept.

Such a census reads the held-out articles: a rule written after reading it is not blind on them (say so).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cuttings.infer.article import _prepare, infer_article
from cuttings.infer.findings import EntitySpan
from cuttings.infer.ner import find_entities, load_ner
from cuttings.infer.people import _accept_non_overlapping, _candidate_mentions, _names_a_constituency, find_people
from cuttings.read import read_article
from evaluation.people import gold_people, match, normalise

_PRIORITY_NAMES = {0: "honorific", 1: "rule", 2: "model", 3: "scan"}


@dataclass
class Miss:
    article: str
    name: str
    forms: list[str]
    places: int
    model: list[str]
    whole: list[str]
    stage: str
    surname_model: list[str]
    """The model's labels over the gold forms and every capitalised last word of them (another person's too)."""
    found_as: list[str] = field(default_factory=list)
    context: str = ""


@dataclass
class Extra:
    article: str
    name: str
    model: list[str]
    whole: list[str]
    rules: list[str]
    context: str = ""


def whole_paragraph_entities(paragraphs: Sequence[str]) -> list[EntitySpan]:
    """The build's model (same pipes, same weights) reading every whole paragraph, not only its name regions."""
    nlp = load_ner()
    found = []
    for index, doc in enumerate(nlp.pipe(paragraphs)):
        found.extend(EntitySpan(index, e.start_char, e.end_char, e.label_, e.text) for e in doc.ents)
    return found


def places_of(paragraphs: Sequence[str], forms: Sequence[str], surnames: bool = False) -> list[tuple[int, int, int]]:
    """Where the text writes a gold form (dots and spaces between letters optional, case-insensitively), else (or
    also, with ``surnames``) the last word of a form capitalised as a word."""
    found: set[tuple[int, int, int]] = set()
    for form in forms:
        letters = [re.escape(word) for word in re.split(r"[\s.]+", form) if word]
        if not letters:
            continue
        pattern = re.compile(r"(?<![\w])" + r"[\s.]*".join(letters) + r"(?![\w])", re.IGNORECASE)
        for index, text in enumerate(paragraphs):
            found.update((index, m.start(), m.end()) for m in pattern.finditer(text))
    if surnames or not found:
        for form in forms:
            last = form.split()[-1]
            pattern = re.compile(r"(?<![\w])" + re.escape(last) + r"(?![\w])")
            for index, text in enumerate(paragraphs):
                found.update((index, m.start(), m.end()) for m in pattern.finditer(text))
    return sorted(found)


def overlapping(spans: Sequence[tuple[int, int, int]], paragraph: int, start: int, end: int) -> bool:
    return any(p == paragraph and s < end and start < e for p, s, e in spans)


def labels_at(entities: Sequence[EntitySpan], places: Sequence[tuple[int, int, int]]) -> list[str]:
    labels = Counter(entity.label for entity in entities
                     if overlapping(places, entity.paragraph, entity.start, entity.end))
    return [f"{label}x{count}" for label, count in sorted(labels.items())]


def snippet(paragraphs: Sequence[str], place: tuple[int, int, int]) -> str:
    paragraph, start, end = place
    text = paragraphs[paragraph]
    return text[max(0, start - 60):end + 60].replace("\n", " ")


def census(corpus: Path, gold_file: Path, show_context: bool, rows: list[tuple[int, int, int]]
           ) -> tuple[list[Miss], list[Extra], Counter[str]]:
    """The errors of the articles of one gold file; each article's (gold, predicted, matched) counts appended to
    ``rows``."""
    listed = json.loads(gold_file.read_text(encoding="utf-8"))["PER"]
    misses: list[Miss] = []
    extras: list[Extra] = []
    totals: Counter[str] = Counter()
    for relative in sorted(listed):
        forms = listed[relative]
        source = read_article(corpus / relative, corpus)
        paragraphs = _prepare(source).layout.paragraphs
        entities = find_entities(paragraphs)
        whole = whole_paragraph_entities(paragraphs)
        result = find_people(paragraphs, entities)
        # The build adds the byline's writer (``with_writer``): the names scored are the build's own.
        predicted = [person.name for person in infer_article(source).people]
        gold = gold_people(forms)
        matched, extra, missed = match(predicted, gold)
        predicted_count = len(dict.fromkeys(normalise(name) for name in predicted if normalise(name)))
        totals["gold"] += len(gold)
        totals["predicted"] += predicted_count
        totals["matched"] += matched
        rows.append((len(gold), predicted_count, matched))
        # Gold people matched although the model labels none of their places PERSON: what the rules already add.
        for person in gold:
            key = sorted(person, key=len)[-1]
            if key in missed:
                continue
            person_forms = [form for form in forms if normalise(form) in person]
            places = places_of(paragraphs, person_forms)
            if not places:
                totals["matched-not-located"] += 1
            elif not any(e.label == "PERSON" and overlapping(places, e.paragraph, e.start, e.end) for e in entities):
                totals["matched-without-model-person"] += 1
                wider = places_of(paragraphs, person_forms, surnames=True)
                if not any(e.label == "PERSON" and overlapping(wider, e.paragraph, e.start, e.end) for e in entities):
                    totals["matched-without-model-person-nor-surname"] += 1
        candidates = [m for m in _candidate_mentions(paragraphs, entities)
                      if not _names_a_constituency(paragraphs[m.paragraph], m)]
        accepted = _accept_non_overlapping(candidates)
        for key in missed:
            person = next(p for p in gold if sorted(p, key=len)[-1] == key)
            person_forms = [form for form in forms if normalise(form) in person]
            places = places_of(paragraphs, person_forms)
            finals = [s for s in result.spans if overlapping(places, s.paragraph, s.start, s.end)]
            if finals:
                stage = "found-as-other"
            elif any(overlapping(places, m.paragraph, m.start, m.end) for m in accepted):
                stage = "refused"
            elif any(overlapping(places, m.paragraph, m.start, m.end) for m in candidates):
                stage = "overlapped"
            elif any(e.label == "PERSON" and overlapping(places, e.paragraph, e.start, e.end) for e in entities):
                stage = "model-dropped"
            else:
                stage = "unseen"
            wider = places_of(paragraphs, person_forms, surnames=True)
            misses.append(Miss(relative, key, person_forms, len(places), labels_at(entities, places),
                               labels_at(whole, places), stage, labels_at(entities, wider),
                               sorted({s.person for s in finals}),
                               snippet(paragraphs, places[0]) if show_context and places else ""))
        for key in extra:
            spans = [s for s in result.spans if normalise(s.person) == key]
            places = [(s.paragraph, s.start, s.end) for s in spans]
            rules = Counter(_PRIORITY_NAMES[m.priority] for m in accepted
                            if overlapping(places, m.paragraph, m.start, m.end))
            extras.append(Extra(relative, key, labels_at(entities, places), labels_at(whole, places),
                                [f"{rule}x{count}" for rule, count in sorted(rules.items())],
                                snippet(paragraphs, places[0]) if show_context and places else ""))
    return misses, extras, totals


def f1(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = matched / predicted if predicted else 1.0
    recall = matched / gold if gold else 1.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def show(label: str, matched: int, predicted: int, gold: int) -> None:
    precision, recall, score = f1(matched, predicted, gold)
    print(f"{label:<62} P {precision:.3f}  R {recall:.3f}  F1 {score:.3f}")


def bootstrap(rows: Sequence[tuple[int, int, int]], draws: int = 10_000, seed: int = 25) -> tuple[float, float]:
    """A 95% interval of micro F1 with articles drawn again with replacement: how far another sample of as many
    articles like these could score."""
    rng = random.Random(seed)
    scores = []
    for _ in range(draws):
        drawn = [rng.choice(rows) for _ in rows]
        scores.append(f1(sum(r[2] for r in drawn), sum(r[1] for r in drawn), sum(r[0] for r in drawn))[2])
    scores.sort()
    return scores[int(0.025 * draws)], scores[int(0.975 * draws) - 1]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--gold", type=Path, action="append", required=True, help="hand gold JSON (repeatable)")
    parser.add_argument("--context", action="store_true", help="print text around each error (never commit it)")
    parser.add_argument("--json", type=Path, default=None, help="write the census as JSON here")
    arguments = parser.parse_args(argv)
    misses: list[Miss] = []
    extras: list[Extra] = []
    totals: Counter[str] = Counter()
    rows: list[tuple[int, int, int]] = []
    for gold_file in arguments.gold:
        found_misses, found_extras, found_totals = census(arguments.corpus, gold_file, arguments.context, rows)
        misses += found_misses
        extras += found_extras
        totals.update(found_totals)
    for miss in misses:
        print(f"MISS  {miss.article}: {miss.name!r} places {miss.places} model {miss.model} whole {miss.whole} "
              f"stage {miss.stage} {miss.found_as if miss.found_as else ''} with surnames {miss.surname_model}")
        if miss.context:
            print(f"      | {miss.context}")
    for extra in extras:
        print(f"EXTRA {extra.article}: {extra.name!r} model {extra.model} whole {extra.whole} rules {extra.rules}")
        if extra.context:
            print(f"      | {extra.context}")
    gold, predicted, matched = totals["gold"], totals["predicted"], totals["matched"]
    print(f"\ngold {gold}  predicted {predicted}  matched {matched}  missed {len(misses)}  extra {len(extras)}")
    show("now", matched, predicted, gold)
    low, high = bootstrap(rows)
    print(f"F1 95% interval, articles drawn again ({len(rows)} articles, 10,000 draws, seed 25): "
          f"{low:.3f} to {high:.3f}")
    print(f"gold people matched with no model PERSON over any of their places: {totals['matched-without-model-person']}"
          f" (and {totals['matched-not-located']} whose gold forms this script could not find in the text); "
          f"{totals['matched-without-model-person-nor-surname']} with none over their surnames either")
    print("missed, by stage:", dict(Counter(miss.stage for miss in misses)))
    never = [m for m in misses if not any(label.startswith("PERSON") for label in m.model)]
    never_whole = [m for m in misses if not any(label.startswith("PERSON") for label in m.whole)]
    never_surname = [m for m in misses if not any(label.startswith("PERSON") for label in m.surname_model)]
    print(f"missed with no model PERSON at any place: {len(never)} (build regions), {len(never_whole)} (whole text), "
          f"{len(never_surname)} (build regions, surnames written alone counted too)")
    print(f"extras the model labels PERSON somewhere over their mentions: "
          f"{sum(any(label.startswith('PERSON') for label in e.model) for e in extras)} of {len(extras)}")
    out = len(never_surname)
    reachable = len(misses) - out
    rule_only = totals["matched-without-model-person-nor-surname"]
    show("bound: misses never PERSON out of reach, all else right", gold - out, gold - out, gold)
    show("bound: the same, extras kept", matched + reachable, predicted + reachable, gold)
    show("bound: only model PERSON proposals (rule-only matches lost too)", gold - out - rule_only,
         gold - out - rule_only, gold)
    show("bound: extras 0, no miss found", matched, matched, gold)
    show("bound: every miss found, extras kept", gold, predicted + len(misses), gold)
    if arguments.json is not None:
        # No context in the file: corpus text is not to be copied anywhere it could be committed.
        census_rows = {"misses": [{k: v for k, v in vars(m).items() if k != "context"} for m in misses],
                       "extras": [{k: v for k, v in vars(e).items() if k != "context"} for e in extras],
                       "totals": dict(totals)}
        arguments.json.write_text(json.dumps(census_rows, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
