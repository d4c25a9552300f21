"""Text as the search sees it, the same on both sides: lunr.py builds with these rules, lunr.js queries with them.

``fold`` is mirrored by ``fold`` in static/js/search-text.js. The term pipeline is lunr's (trimmer, stop words,
stemmer) with two parts made to behave as lunr.js's do: the stemmer (stemmer.py) and the trimmer, whose ``\\W``
is ASCII-only in JavaScript (lunr.py's trimmer keeps "o'brien," whole; lunr.js's makes it "o'brien").
"""

from __future__ import annotations

import re
import unicodedata

from lunr.pipeline import Pipeline
from lunr.stop_word_filter import stop_word_filter
from lunr.token import Token

from cuttings.search.stemmer import lunr_js_stemmer

LETTER_FOLDS = str.maketrans({
    "’": "'", "‘": "'", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th", "Þ": "TH", "ı": "i",
})
"""Letters NFKD does not decompose into a base letter plus marks."""

LUNR_JS_EDGES = re.compile(r"^[^A-Za-z0-9_]+|[^A-Za-z0-9_]+$")
NAME_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def _without_marks(text: str) -> str:
    """``text`` without its non-spacing marks (category Mn, ``\\p{Mn}`` in JavaScript)."""
    marks = {character for character in set(text) if not character.isascii()
             and unicodedata.category(character) == "Mn"}
    return text.translate(dict.fromkeys(map(ord, marks))) if marks else text


def fold(text: str) -> str:
    """Accents dropped, curly apostrophes straightened, any whitespace a single space: "Zoë’s" -> "Zoe's"."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(LETTER_FOLDS))
        if not text.isascii():
            text = _without_marks(text)
    # str.split() and the pattern \s split at the same characters (Unicode whitespace); this is faster.
    return " ".join(text.split())


def name_keys(name: str) -> list[str]:
    """The words a name is found by, folded and lower case, apostrophes dropped: "O’Brien-Smith" -> obrien, smith."""
    return [word.replace("'", "") for word in NAME_WORD.findall(fold(name).lower())]


def trim_like_lunr_js(token: Token, i: int | None = None, tokens: list[Token] | None = None) -> Token | None:
    """lunr.js's trimmer (ASCII ``\\W`` off both ends); an empty result is dropped."""
    token.update(lambda text, metadata=None: LUNR_JS_EDGES.sub("", text))
    return token if str(token) else None


Pipeline.register_function(trim_like_lunr_js, "cuttings-trimmer")


def index_pipeline() -> Pipeline:
    """The pipeline documents go through when indexed (lunr's default, with the lunr.js trimmer)."""
    pipeline = Pipeline()
    pipeline.add(trim_like_lunr_js, stop_word_filter, lunr_js_stemmer)
    return pipeline


def search_pipeline() -> Pipeline:
    """The pipeline query terms go through (lunr's default: the stemmer only)."""
    pipeline = Pipeline()
    pipeline.add(lunr_js_stemmer)
    return pipeline


SEPARATORS = re.compile(r"[ \t\n\r\f\v\xa0-]+")
"""lunr.py's tokenizer splits on exactly these characters (lunr.js: ``[\\s\\-]+``; text is folded first)."""


class TermMaker:
    """Tokens -> index terms through lunr.py's pipeline, each distinct token run once."""

    def __init__(self) -> None:
        self.pipeline = index_pipeline()
        self.cache: dict[str, str | None] = {"": None}

    def term(self, token: str) -> str | None:
        if token not in self.cache:
            result = self.pipeline.run([Token(token)])
            self.cache[token] = str(result[0]) if result else None
        return self.cache[token]

    def terms(self, text: str) -> list[str]:
        """What lunr.py's Builder would index for ``text``: lowercase, split, trimmed, stop words out, stemmed."""
        tokens = SEPARATORS.split(text.lower())
        cache = self.cache
        # Most tokens were met before: only new ones go through the pipeline, the rest are dictionary lookups.
        for token in {token for token in tokens if token not in cache}:
            self.term(token)
        return [term for term in map(cache.__getitem__, tokens) if term is not None]
