"""What says a person page named in few articles is a person: the evidence of each page, tabulated against verdicts.

Issue 18's wrong person pages are mostly things named once (films, characters, firms). Before a rule withholds
the pages of names with little evidence, this shows how much each kind of evidence separates people from things
on a half whose pages were judged: for each person page of a build of the half named in at most
``--max-articles`` articles, the positive evidence the package computes or could cheaply compute, and the
negative, then counts of right and not-a-person pages per cue and per combination.

Positive, from inference (``Article.people``, ``roles``, ``quotes``): a courtesy title or honorific in some
written form ("Mr Doe"), a role, a quotation, a calling before the name ("striker Jane Doe"), an age ("Jane Doe,
45,"), a body beside it, a play in a match report. Positive, from the text: he/she/his/her/him as the first
pronoun after a mention in its sentence or the next, with no other person (a mention or the model's PERSON span)
in between; the given name alone later in the article (first word a known given name, not followed by a capital);
the surname alone more often than the name in full. From lists: the first word a given name (``given_names.txt``,
``given_names_world.txt``), the last a 1990 US Census surname. From the model: on how many mentions its PERSON
label lies. Negative: it/its as the first pronoun after a mention (same rule), "the" right before a mention, a
mention in quotation marks closing within 40 characters (a title), a possessive after it, the name given on the
model's label alone (``Article.unsupported``).

Run: ``python evaluation/person_evidence.py --corpus CORPUS --half dev --judgements FILE.tsv --unlisted-ok``
(``--unlisted-ok``: a census file listing only the wrong pages, the rest counted right). Reads the inferred
articles and the model's entities from ``--cache`` (as ``evaluation/pages.py``).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import pickle
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cuttings.infer.findings import EntitySpan
from cuttings.infer.names import COURTESY_TITLES, census_surnames, is_given_name, is_world_given_name
from cuttings.model import Article

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘A-Z])")
_PRONOUN = re.compile(r"\b(he|she|his|her|him|hers|himself|herself|it|its|itself)\b", re.IGNORECASE)
_THING_PRONOUNS = frozenset({"it", "its", "itself"})
_CLOSING = {"\"": "\"", "'": "'", "“": "”", "‘": "’"}
QUOTED_TITLE_LENGTH = 40
"""Characters after a mention within which the quotation mark opened right before it must close for the mention
to be read as a quoted title ("'Jane Doe' topped the charts"), not a quotation that opens on a name."""

DIRECT = ("title", "role", "quote", "calling", "age", "body", "plays")
"""Evidence inference itself records."""
TEXTUAL = ("pronoun", "given_alone", "surname_alone")
"""Evidence read from the article's text around the mentions."""
NAME_LISTS = ("given", "census_surname")
NEGATIVE = ("it", "the_before", "quoted", "possessive", "unsupported")
COLUMNS = (*DIRECT, *TEXTUAL, *NAME_LISTS, "model_person", "mentions", *NEGATIVE)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def article_evidence(article: Article, names: set[str], spans: Sequence[EntitySpan]) -> Counter[str]:
    """The evidence one article gives that the people it names as ``names`` (one page's) are a person: each
    key of ``COLUMNS`` but the name lists -> 1 when present (``model_person`` and ``mentions``: counts)."""
    found: Counter[str] = Counter()
    for person in article.people:
        if person.name not in names:
            continue
        if any(alias.split()[0].casefold().rstrip(".") in COURTESY_TITLES for alias in person.aliases if alias.split()):
            found["title"] = 1
        for key, values in (("calling", person.callings), ("age", person.ages), ("body", person.bodies),
                            ("plays", person.plays)):
            if values:
                found[key] = 1
    if any(role.person in names for role in article.roles):
        found["role"] = 1
    if any(quote.person in names for quote in article.quotes):
        found["quote"] = 1
    if names & set(article.unsupported):
        found["unsupported"] = 1
    people_spans = [span for span in spans if span.label == "PERSON"]
    others = [mention for mention in article.mentions if mention.kind == "person" and mention.name not in names]
    for mention in article.mentions:
        if mention.kind != "person" or mention.name not in names:
            continue
        found["mentions"] += 1
        text = article.paragraphs[mention.paragraph].text
        if any(span.paragraph == mention.paragraph and span.start < mention.end and mention.start < span.end
               for span in people_spans):
            found["model_person"] += 1
        if re.search(r"\b[Tt]he\s$", text[max(0, mention.start - 5):mention.start]):
            found["the_before"] = 1
        opening = text[mention.start - 1] if mention.start > 0 else ""
        if opening in _CLOSING:
            close = text.find(_CLOSING[opening], mention.end)
            if close != -1 and close - mention.end <= QUOTED_TITLE_LENGTH:
                found["quoted"] = 1
        if re.match(r"['’]s?\b", text[mention.end:mention.end + 2]):
            found["possessive"] = 1
        sentences = _sentences(text)
        here = next((i for i, (start, end) in enumerate(sentences) if start <= mention.start <= end),
                    len(sentences) - 1)
        limit = sentences[min(here + 1, len(sentences) - 1)][1]
        pronoun = _PRONOUN.search(text, mention.end, limit)
        if pronoun is None:
            continue
        between = any(span.paragraph == mention.paragraph and mention.end <= span.start < pronoun.start()
                      for span in people_spans)
        between = between or any(other.paragraph == mention.paragraph and mention.end <= other.start < pronoun.start()
                                 for other in others)
        if not between:
            found["it" if pronoun.group(1).casefold() in _THING_PRONOUNS else "pronoun"] = 1
    found.update(_alone_later(article, names))
    return found


def _alone_later(article: Article, names: Iterable[str]) -> Counter[str]:
    """``given_alone``: a name's first word, a known given name, written with no capitalised word after it;
    ``surname_alone``: its last word written more often than its last two words together."""
    found: Counter[str] = Counter()
    text = "\n".join(paragraph.text for paragraph in article.paragraphs)
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue
        first, last = words[0], words[-1]
        if is_world_given_name(first) and re.search(rf"\b{re.escape(first)}\b(?!['’]?s?\s+[A-Z])", text):
            found["given_alone"] = 1
        whole = len(re.findall(rf"\b{re.escape(' '.join(words[-2:]))}\b", text))
        if len(re.findall(rf"\b{re.escape(last)}\b", text)) > whole:
            found["surname_alone"] = 1
    return found


def page_evidence(name: str, per_article: Iterable[Counter[str]]) -> dict[str, int]:
    """A page's evidence over its articles (present in any; counts summed), with its name's list evidence."""
    total: Counter[str] = Counter()
    for found in per_article:
        for key, value in found.items():
            total[key] = total[key] + value if key in ("model_person", "mentions") else max(total[key], value)
    words = name.split()
    total["given"] = int(is_given_name(words[0]) or is_world_given_name(words[0]))
    total["census_surname"] = int(words[-1].casefold() in census_surnames())
    return {column: total[column] for column in COLUMNS}


def model_share(row: Mapping[str, int]) -> str:
    """On how many of the page's mentions the model's PERSON label lies: "all", "some" or "none"."""
    if row["mentions"] and row["model_person"] == row["mentions"]:
        return "all"
    return "some" if row["model_person"] else "none"


def positives(row: Mapping[str, int]) -> int:
    return sum(bool(row[key]) for key in (*DIRECT, *TEXTUAL))


Predicate = Callable[[Mapping[str, int]], bool]


def combinations() -> list[tuple[str, Predicate]]:
    """The rows of the table: each cue alone, then the combinations a gate could read."""
    rows: list[tuple[str, Predicate]] = [(key, lambda row, key=key: bool(row[key])) for key in COLUMNS
                                          if key not in ("model_person", "mentions")]
    rows += [(f"model PERSON on {share} mentions", lambda row, share=share: model_share(row) == share)
             for share in ("all", "some", "none")]
    rows += [(f"{count}{'+' if count == 4 else ''} positive cues (inference's and the text's)",
              lambda row, count=count: positives(row) == count if count < 4 else positives(row) >= 4)
             for count in range(5)]
    for given, surname in itertools.product((True, False), repeat=2):
        for share in ("all", "some", "none"):
            rows.append((f"0 positive; given name {'yes' if given else 'no'}, census surname "
                         f"{'yes' if surname else 'no'}, model PERSON on {share}",
                         lambda row, g=given, s=surname, m=share: (not positives(row) and bool(row["given"]) == g
                                                                   and bool(row["census_surname"]) == s
                                                                   and model_share(row) == m)))
    for key in NEGATIVE:
        rows.append((f"0 positive, {key}", lambda row, key=key: not positives(row) and bool(row[key])))
        rows.append((f"0 positive, no given name, {key}",
                     lambda row, key=key: not positives(row) and not row["given"] and bool(row[key])))
    rows.append(("0 positive, no given name", lambda row: not positives(row) and not row["given"]))
    return rows


def tabulate(rows: Mapping[str, Mapping[str, int]], verdicts: Mapping[str, str]) -> list[tuple[str, int, int]]:
    """Each combination -> (label, right pages, not-person pages); a page of no verdict counted neither."""
    table = []
    for label, predicate in combinations():
        counts = Counter(verdicts[name] for name, row in rows.items() if name in verdicts and predicate(row))
        table.append((label, counts["ok"], counts["wrong"]))
    return table


def read_verdicts(path: Path, pages: Iterable[str], unlisted_ok: bool) -> dict[str, str]:
    """Page -> "ok" or "wrong" (any verdict but ok) from a judgements TSV; unlisted pages ok if asked."""
    listed: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("page\t"):
            continue
        name, verdict = line.split("\t")[:2]
        listed[name] = "ok" if verdict == "ok" else "wrong"
    return {name: listed.get(name, "ok") for name in pages} if unlisted_ok else listed


def _entities(cache_dir: Path, corpus: Path) -> Mapping[str, list[EntitySpan]]:
    key = hashlib.sha1(str(corpus.resolve()).encode()).hexdigest()[:10]
    with (cache_dir / f"entities-{key}.pickle").open("rb") as handle:
        return pickle.load(handle)  # our own cache, written by evaluation/common.py


def main(argv: Sequence[str] | None = None) -> None:
    from cuttings.analysis.identity import person_slug_of
    from cuttings.link import build_catalogue
    from evaluation.pages import half_of, infer_corpus

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--half", default="dev", choices=("dev", "held-out"))
    parser.add_argument("--cache", type=Path, default=Path(".cache/evaluation"))
    parser.add_argument("--max-articles", type=int, default=2)
    parser.add_argument("--judgements", type=Path)
    parser.add_argument("--unlisted-ok", action="store_true")
    parser.add_argument("--out", type=Path, help="a TSV of every page's evidence")
    args = parser.parse_args(argv)
    articles = [article for article in infer_corpus(args.corpus, args.cache)
                if half_of(article.source_file) == args.half]
    entities = _entities(args.cache, args.corpus)
    catalogue = build_catalogue(articles)
    resolved = catalogue.person_slugs
    rows: dict[str, dict[str, int]] = {}
    for slug, entry in catalogue.people.items():
        if len(entry.articles) > args.max_articles:
            continue
        found = []
        for article_slug in entry.articles:
            article = catalogue.articles[article_slug].article
            names = {person.name for person in article.people if person.name == entry.name
                     or person_slug_of(resolved, article.source_file, person.name) == slug}
            key = hashlib.sha256("\x00".join(p.text for p in article.paragraphs).encode("utf-8")).hexdigest()
            found.append(article_evidence(article, names, entities.get(key, [])))
        rows[entry.name] = page_evidence(entry.name, found)
    if args.out:
        with args.out.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
            writer.writerow(["page", *COLUMNS])
            writer.writerows([name, *(row[column] for column in COLUMNS)] for name, row in sorted(rows.items()))
    verdicts = read_verdicts(args.judgements, rows, args.unlisted_ok) if args.judgements else dict.fromkeys(rows, "ok")
    print(f"{len(rows)} pages named in at most {args.max_articles} articles; "
          f"{sum(v == 'wrong' for v in verdicts.values())} not a person")
    for label, right, wrong in tabulate(rows, verdicts):
        print(f"{label:75s} right {right:5d}  not-person {wrong:3d}")


if __name__ == "__main__":
    main()
