from collections.abc import Iterator
from contextlib import contextmanager

import numpy
from thinc.api import Linear
from thinc.layers.chain import forward as thinc_chain_forward

from cuttings.infer.ner import find_entities, load_ner
from cuttings.infer.token_vectors import token_vectors

PARAGRAPHS = [
    "Councillor Amara Whitfield said the bypass plan for Northfield would go to Kent County Council in March.",
    "“We have waited long enough,” said Mr Okafor, who chairs the Residents' Association on Elm Street.",
    "Shares in Brightwater plc fell 4% on Tuesday after the Financial Conduct Authority opened an inquiry.",
    "The match ended 2-1: Rodríguez scored twice for Ashby Town before half-time, and O'Neill replied late on.",
    "prices rose again.",
    "I",
    "Dr. J. K. Marsh-Ellison (Professor of Law, University of Leeds) told BBC Radio 4 the ruling was wrong.",
]


def tok2vec():  # type: ignore[no-untyped-def]
    return load_ner().get_pipe("ner").model.get_ref("tok2vec")


@contextmanager
def thincs_own_layers() -> Iterator[None]:
    """The NER as spaCy and thinc run it, without ``token_vectors``."""
    model = tok2vec()
    installed = model._func
    model._func = thinc_chain_forward
    try:
        yield
    finally:
        model._func = installed


def test_it_is_installed_for_the_pinned_model() -> None:
    assert tok2vec()._func.__module__ == "cuttings.infer.token_vectors"


def test_vectors_equal_thincs_bit_for_bit() -> None:
    nlp = load_ner()
    docs = [nlp.make_doc(paragraph) for paragraph in PARAGRAPHS]
    batches = [docs, docs[:1], docs[5:6], [nlp.make_doc(""), *docs[2:4], nlp.make_doc(""), docs[0]], docs[::-1]]
    for batch in batches:
        ours = tok2vec().predict(batch)
        theirs = thinc_chain_forward(tok2vec(), batch, False)[0]
        assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
        assert numpy.array_equal(ours, theirs)


def test_vectors_equal_thincs_for_short_documents_and_small_batches() -> None:
    """Many short documents, whose rows are mostly padding, and batches of a few rows, whose products BLAS computes
    with other kernels than a large matrix's."""
    nlp = load_ner()
    words = " ".join(PARAGRAPHS).split()
    docs = [nlp.make_doc(" ".join(words[start : start + length]))
            for start, length in zip(range(0, len(words), 3), [1, 2, 3, 5, 8] * 20, strict=False)]
    short = [nlp.make_doc(" ".join(words[:count])) for count in range(1, 12)]
    for batch in [docs, docs[:7], docs[:12], short, short[:3], short[:6]]:
        assert numpy.array_equal(tok2vec().predict(batch), thinc_chain_forward(tok2vec(), batch, False)[0])


def test_the_entities_found_are_thincs() -> None:
    ours = find_entities(PARAGRAPHS)
    with thincs_own_layers():
        theirs = find_entities(PARAGRAPHS)
    assert ours == theirs
    assert any(entity.label == "PERSON" for entity in ours)


def test_training_and_empty_batches_go_through_thincs_layers() -> None:
    nlp = load_ner()
    docs = [nlp.make_doc(paragraph) for paragraph in PARAGRAPHS[:2]]
    vectors, backprop = tok2vec()(docs, is_train=True)
    assert numpy.array_equal(vectors, thinc_chain_forward(tok2vec(), docs, False)[0])
    assert callable(backprop)
    assert tok2vec().predict([nlp.make_doc("")]).shape == (0, 64)


def test_another_architecture_is_left_to_thinc() -> None:
    assert token_vectors(Linear(2, 2)) is None


def test_the_entities_of_articles_read_together_are_those_found_alone() -> None:
    """``find_entities_each`` runs the regions of several articles through the model as one batch: what it finds
    in each is what ``find_entities`` finds in that article alone, an empty article included."""
    from cuttings.infer.ner import find_entities_each

    articles = [PARAGRAPHS[:3], [], PARAGRAPHS[3:], PARAGRAPHS[::-1], ["I"]]
    found = find_entities_each(articles)
    assert found == [find_entities(paragraphs) for paragraphs in articles]
    assert all(found[number] for number in (0, 2, 3)) and found[1] == found[4] == []
