"""The NER's token-to-vector layer as one function, for inference: the arithmetic of thinc's layers, the same
operations on the same arrays in the same order, without their Python around it.

The small English model's NER turns each token into a vector with a stack of thinc layers (hashed embeddings
of four lexical features, a maxout, then four residual window-maxout layers, each with a layer norm, and a
linear projection). thinc runs that as about sixty nested layer calls a batch, each building a closure for
training, and splits and re-joins the batch's arrays between them; its maxout keeps the best of three pieces
with a branch per number, which the processor mispredicts about half the time on real activations (6.6 % of
an inference worker's time in ``perf``). ``token_vectors`` does the same thing as straight-line numpy: every
matrix product is still ``ops.gemm`` (the same BLAS call), the hashing and embedding sums are thinc's own
kernels, the layer norm is thinc's expression, and the maxout is ``numpy.maximum`` over the pieces in thinc's
order (equal values; of equal pieces thinc keeps the first, and numpy may return the other sign of a zero,
which no later step can tell apart unless a whole row is zero).

Saved (measured, 200 BBC articles, one process, three interleaved runs): the token-to-vector layer from
6.4-7.3 to 4.7-5.3 ms an article; the inference workers' CPU from 18.3 to 15.5 ms an article (medians of three
back-to-back ``benchmarks/inference.py`` runs, 2,000 articles; benchmarks/README.md, Inference); measured again
after the change below, 200 BBC articles in batches of 64, six interleaved runs on a loaded machine: fastest 5.8 ms
an article against thinc's 9.0.

Every product has the shape thinc gives it, over the same rows with the weights in the same order. An earlier
version left out the padding rows no token reads and reordered the maxout's weights so that its pieces were
contiguous (4.2-4.6 to 3.8-4.1 ms an article), which relied on BLAS computing each element of a product the same
whatever its neighbours: true of the kernels on the processor it was measured on, not of OpenBLAS's Haswell kernels
on an AMD EPYC, where the vectors then differed from thinc's in the last bit (dropped for 6 % of this layer's time).
``tests/unit/infer/test_token_vectors.py`` checks that it is installed for the pinned model and that its vectors
equal thinc's bit for bit (and the entities found are the same) on real text, batches with empty documents
included, many short documents and small batches; anything else (training, another model's layers, an empty
batch) goes through thinc's own layers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from thinc.api import Model

LAYERS = (
    "list2array", "linear", "extract_features", "list2ragged", "ragged2list", "dropout",
    *("ints-getitem", "hashembed") * 4, "maxout", "layernorm", *("expand_window",) * 4, *("dropout",) * 4,
    *("maxout", "layernorm") * 4,
)
"""The leaf layers of ``en_core_web_sm``'s NER token-to-vector model, breadth first: the architecture
``token_vectors`` reproduces (spaCy's HashEmbedCNN). Any other is left to thinc."""

Forward = Callable[["Model[Any, Any]", Sequence["Doc"], bool], tuple[Any, Callable[..., Any]]]


class _Maxout:
    """A maxout layer's weights and the layer norm after it, multiplied exactly as thinc multiplies them: the same
    weight matrix, in its own row order, over every row of the batch. BLAS kernels are chosen by the processor and
    by a product's shape, and some (OpenBLAS's Haswell kernels, used on AMD EPYC too) sum an element differently
    at the edge of a tile than inside it, so a product over fewer rows, or over reordered weights, can differ from
    thinc's in the last bit: an earlier version did both and was bit-equal to thinc only on some processors."""

    def __init__(self, maxout: Model[Any, Any], norm: Model[Any, Any]) -> None:
        self.pieces = maxout.get_dim("nP")
        self.width = maxout.get_dim("nO")
        self.weights = maxout.ops.reshape2f(maxout.get_param("W"), self.width * self.pieces, maxout.get_dim("nI"))
        self.bias = maxout.ops.reshape1f(maxout.get_param("b"), self.width * self.pieces)
        self.gain = norm.get_param("G")
        self.shift = norm.get_param("b")
        self.count = numpy.intp(self.width)
        self.ops = maxout.ops

    def __call__(self, inputs: numpy.ndarray) -> numpy.ndarray:
        products = self.ops.gemm(inputs, self.weights, trans2=True)
        products += self.bias
        pieces = products.reshape(len(products), self.width, self.pieces)
        best = numpy.maximum(pieces[:, :, 0], pieces[:, :, 1])
        for piece in range(2, self.pieces):
            numpy.maximum(best, pieces[:, :, piece], out=best)
        # thinc's LayerNorm, ``(x - mean) * (x.var() + 1e-08) ** -0.5 * G + b``, with numpy's own steps for the
        # mean and the variance (``numpy/_core/_methods.py``), the mean and ``x - mean`` computed once, not twice.
        mean = numpy.add.reduce(best, axis=1, keepdims=True)
        numpy.true_divide(mean, self.count, out=mean, casting="unsafe")
        centred = numpy.subtract(best, mean, out=best)
        variance = numpy.add.reduce(numpy.square(centred), axis=1, keepdims=True)
        numpy.true_divide(variance, self.count, out=variance, casting="unsafe")
        variance += 1e-08
        centred *= variance ** (-1.0 / 2.0)
        centred *= self.gain
        centred += self.shift
        return centred


def token_vectors(tok2vec: Model[Any, Any]) -> Forward | None:
    """A forward function for ``tok2vec`` (the NER's token-to-vector model) that computes what thinc's layers
    compute, or None when its layers are not the architecture this reproduces."""
    if tuple(layer.name for layer in tok2vec.walk() if not layer.layers) != LAYERS:
        return None
    layers = list(tok2vec.walk())
    named = {name: [layer for layer in layers if layer.name == name] for name in set(LAYERS)}
    columns = named["extract_features"][0].attrs["columns"]
    # thinc's embedding layer for column i (ints-getitem index (:, i)), in the order concatenate joins them.
    embeddings = [(layer.attrs["column"], layer.attrs["seed"], layer.get_param("E")) for layer in named["hashembed"]]
    if [column for column, _, _ in embeddings] != list(range(len(columns))):
        return None
    window = {layer.attrs["window_size"] for layer in named["expand_window"]}
    padding = {layer.attrs["pad"] for layer in layers if layer.name.startswith("with_array(residual")}
    if len(window) != 1 or len(padding) != 1:
        return None
    window_size, pad = window.pop(), padding.pop()
    maxouts = [_Maxout(maxout, norm) for maxout, norm in zip(named["maxout"], named["layernorm"], strict=True)]
    embed, encoders = maxouts[0], maxouts[1:]
    linear = named["linear"][0]
    ops = tok2vec.ops
    thinc_forward = tok2vec._func

    def forward(model: Model[Any, Any], docs: Sequence[Doc], is_train: bool) -> tuple[Any, Callable[..., Any]]:
        features = [ops.asarray2i(doc.to_array(columns), dtype="uint64") for doc in docs]
        lengths = [len(rows) for rows in features]
        if is_train or not sum(lengths):
            return thinc_forward(model, docs, is_train)
        table = ops.flatten(features)
        embedded = []
        for column, seed, vectors in embeddings:
            ids = ops.as_contig(table[:, column], dtype="uint64")
            embedded.append(ops.gather_add(vectors, ops.hash(ids, seed) % vectors.shape[0]))
        vectors = embed(numpy.hstack(embedded))
        # The encoder reads the documents end to end with ``pad`` zero rows before, between and after them (thinc's
        # flatten with padding skips empty documents), each window layer adding to every row, padding included.
        filled = [length for length in lengths if length]
        starts = numpy.cumsum([pad] + [length + pad for length in filled[:-1]])
        where = numpy.concatenate(
            [numpy.arange(start, start + length) for start, length in zip(starts, filled, strict=True)]
        )
        padded = numpy.zeros((sum(filled) + pad * (len(filled) + 1), vectors.shape[1]), dtype=vectors.dtype)
        padded[where] = vectors
        for encoder in encoders[:-1]:
            padded += encoder(ops.seq2col(padded, window_size))
        tokens = (padded + encoders[-1](ops.seq2col(padded, window_size)))[where]
        output = ops.gemm(tokens, linear.get_param("W"), trans2=True)
        output += linear.get_param("b")

        def backprop(_: object) -> None:
            raise NotImplementedError("inference only: training goes through thinc's own layers")

        return output, backprop

    return forward


def install(tok2vec: Model[Any, Any]) -> bool:
    """Make ``tok2vec`` run through ``token_vectors``; False (and nothing changed) for another architecture."""
    forward = token_vectors(tok2vec)
    if forward is None:
        return False
    tok2vec._func = forward
    return True
