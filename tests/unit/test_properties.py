"""Random text and front matter never crash reading or inference with anything but CuttingsError."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cuttings.errors import CuttingsError
from cuttings.infer import infer_article
from cuttings.read import read_article

WORDS = st.sampled_from(["Council", "said", "Mr", "Cllr", "Smith", "leader", "of", "the", '"', "“", "”", "\n",
                         "\n\n", "2019-01-01", "17/07/2018", "MP", "for", "O'Brien", "Zoë", "---", "#", "<b>"])
TEXTS = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=80).map(" ".join))
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30),
                    st.dates())
MATTER = st.dictionaries(
    st.sampled_from(["title", "date", "source", "people", "councils", "aliases", "not_people", "slug", "other"]),
    st.one_of(SCALARS, st.lists(SCALARS, max_size=3), st.dictionaries(st.text(max_size=10), SCALARS, max_size=2)),
    max_size=5,
)


def check(raw: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder)
        path = content / f"article{suffix}"
        path.write_bytes(raw)
        with contextlib.suppress(CuttingsError):
            infer_article(read_article(path, content))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_random_text(text: str) -> None:
    check(text.encode("utf-8", "surrogatepass"), ".txt")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MATTER, TEXTS)
def test_random_front_matter(matter: dict, body: str) -> None:
    dumped = yaml.safe_dump(matter, allow_unicode=True)
    check(f"---\n{dumped}---\n{body}".encode("utf-8", "surrogatepass"), ".md")


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes(raw: bytes) -> None:
    check(raw, ".txt")
