"""Count the stretches in quotation marks of one half of a corpus, without showing them: an upper bound on the
quotations a half can hold, measured without reading the half (so nothing is tuned to it).

    python evaluation/quote_marks.py --corpus ../shared/corpora/parish --half held-out

A stretch is text between double quotation marks (straight or curly) or curly single ones on one line, of at least
``--words`` words (5 by default: the quote rule's four-word floor plus one, so scare quotes drop out). It counts too
those with a speech verb ("said", "told", "wrote", ...) within 80 characters either side: most quotations a person
is given have one, and titles, signs and slogans mostly do not, so that count bounds from above the quotations a
sample could draw (a quotation with only a colon before it escapes the verb count, a joke's "said the barman" is in
it). The halves are ``evaluation.common.half_of``'s text split, as ``facts.py`` draws them.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluation.common import HALVES, half_of, split_body

_STRETCH = re.compile(r'"([^"\n]{1,600}?)"|“([^”\n]{1,600}?)”|‘([^’\n]{1,600}?)’(?!\w)')
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|wrote|writes|added|adds|asked|explained|replied|commented|stated|declared"
    r"|announced|remarked)\b", re.IGNORECASE)
_NEAR = 80


def count(corpus: Path, half: str, words: int) -> tuple[int, int, int]:
    """Articles of the half, stretches of ``words`` words or more, and those with a speech verb near them."""
    articles = stretches = with_verb = 0
    for path in sorted(corpus.rglob("*.txt")):
        relative = path.relative_to(corpus).as_posix()
        if half_of(relative, split_body(path)) != half:
            continue
        articles += 1
        text = path.read_text(encoding="utf-8")
        for match in _STRETCH.finditer(text):
            inside = next(group for group in match.groups() if group is not None)
            if len(inside.split()) < words:
                continue
            stretches += 1
            if _SPEECH_VERB.search(text, max(0, match.start() - _NEAR), match.end() + _NEAR):
                with_verb += 1
    return articles, stretches, with_verb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--half", choices=HALVES, default="held-out")
    parser.add_argument("--words", type=int, default=5)
    arguments = parser.parse_args()
    articles, stretches, with_verb = count(arguments.corpus, arguments.half, arguments.words)
    print(f"{arguments.corpus.name} {arguments.half}: {articles} articles, {stretches} stretches of "
          f"{arguments.words}+ words in quotation marks, {with_verb} of them with a speech verb within {_NEAR} "
          f"characters")


if __name__ == "__main__":
    main()
