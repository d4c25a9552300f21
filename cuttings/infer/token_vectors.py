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
back-to-back ``benchmarks/inference.py`` runs, 2,000 articles; benchmarks/README.md, Inference). Then the
padding rows no token reads left out of the window layers (``_layer_rows``), the maxout's pieces read as
contiguous blocks and the layer norm's mean taken once: the layer from 4.21-4.57 to 3.83-4.10 ms an article
(fastest of six interleaved runs each, 200 BBC articles in batches of 64, two measurements on a loaded machine).
``tests/unit/infer/test_token_vectors.py`` checks that it is installed for the pinned model and that its vectors
equal thinc's bit for bit (and the entities found are the same) on real text, batches with empty documents
included, and batches whose later layers leave padding rows out; anything else (training, another model's
layers, an empty batch) goes through thinc's own layers.
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

FEWEST_ROWS = 32
"""Rows below which a layer computes them all, as thinc does. OpenBLAS multiplies a matrix of a few rows with
other kernels (a vector's, or its small-matrix one, used only below a million multiplications: 12 rows of 288 by
288), whose sums can differ in the last bit; above, each row's product is the same whatever the rows around it
(``tests/unit/infer/test_token_vectors.py``)."""

Forward = Callable[["Model[Any, Any]", Sequence["Doc"], bool], tuple[Any, Callable[..., Any]]]


class _Maxout:
    """A maxout layer's weights and the layer norm after it. The weights' rows are reordered piece by piece (all
    outputs' first pieces, then their second, ...): each output is still the same row's product (BLAS computes
    every element of a product on its own, in the same order whatever the other rows), and each piece is then a
    block of contiguous columns, which ``numpy.maximum`` reads far faster than thinc's every-third column."""

    def __init__(self, maxout: Model[Any, Any], norm: Model[Any, Any]) -> None:
        self.pieces = maxout.get_dim("nP")
        self.width = maxout.get_dim("nO")
        weights = maxout.ops.reshape3f(maxout.get_param("W"), self.width, self.pieces, maxout.get_dim("nI"))
        self.weights = numpy.ascontiguousarray(weights.transpose(1, 0, 2)).reshape(self.width * self.pieces, -1)
        bias = maxout.ops.reshape2f(maxout.get_param("b"), self.width, self.pieces)
        self.bias = numpy.ascontiguousarray(bias.T).reshape(-1)
        self.gain = norm.get_param("G")
        self.shift = norm.get_param("b")
        self.count = numpy.intp(self.width)
        self.ops = maxout.ops

    def __call__(self, inputs: numpy.ndarray) -> numpy.ndarray:
        products = self.ops.gemm(inputs, self.weights, trans2=True)
        products += self.bias
        width = self.width
        best = numpy.maximum(products[:, :width], products[:, width : 2 * width])
        for piece in range(2, self.pieces):
            numpy.maximum(best, products[:, piece * width : (piece + 1) * width], out=best)
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


Rows = tuple[numpy.ndarray, numpy.ndarray]


def _layer_rows(count: int, where: numpy.ndarray, window: int, depth: int) -> list[Rows | None]:
    """For each of ``depth`` window layers over ``count`` rows, of which ``where`` are the documents' own: the rows
    a later layer or the output reads (those within ``window`` rows a layer still to come of a document's row),
    and the rows of each one's window, in thinc's seq2col order. The padding around the documents is at least the
    layers' whole reach, so no window goes past the first row or the last. None for a layer of fewer than
    ``FEWEST_ROWS`` such rows: it computes them all."""
    own = numpy.zeros(count + 1, dtype=numpy.intp)
    own[where + 1] = 1
    before = numpy.cumsum(own)  # before[i]: the documents' rows among the first i
    positions = numpy.arange(count)
    offsets = numpy.arange(-window, window + 1)
    layers: list[Rows | None] = []
    for layer in range(depth):
        reach = window * (depth - 1 - layer)
        near = before[numpy.minimum(positions + reach + 1, count)] > before[numpy.maximum(positions - reach, 0)]
        rows = numpy.flatnonzero(near)
        layers.append((rows, (rows[:, None] + offsets).reshape(-1)) if len(rows) >= FEWEST_ROWS else None)
    return layers


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
    if pad < window_size * len(named["expand_window"]):
        return None  # the layers' windows would read past the padding (``_layer_rows``)
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
        # flatten with padding skips empty documents). A padding row's vector reaches a token's through the windows
        # of the layers after it, one row a layer, so each layer computes only the rows within that reach of a
        # document (the last, only the documents' own rows); the rest, which thinc computes too, no token reads.
        filled = [length for length in lengths if length]
        starts = numpy.cumsum([pad] + [length + pad for length in filled[:-1]])
        where = numpy.concatenate(
            [numpy.arange(start, start + length) for start, length in zip(starts, filled, strict=True)]
        )
        padded = numpy.zeros((sum(filled) + pad * (len(filled) + 1), vectors.shape[1]), dtype=vectors.dtype)
        padded[where] = vectors
        layers = _layer_rows(len(padded), where, window_size, len(encoders))
        for encoder, layer in zip(encoders[:-1], layers[:-1], strict=True):
            if layer is None:
                padded += encoder(ops.seq2col(padded, window_size))
                continue
            rows, windows = layer
            # The windows of the rows computed: thinc's seq2col, for those rows alone.
            padded[rows] += encoder(padded.take(windows, axis=0).reshape(len(rows), -1))
        last = layers[-1]
        if last is None:
            tokens = (padded + encoders[-1](ops.seq2col(padded, window_size)))[where]
        else:  # the last layer's rows are the documents' own
            tokens = padded[where] + encoders[-1](padded.take(last[1], axis=0).reshape(len(where), -1))
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
