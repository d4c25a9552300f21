"""Packed fields (``cuttings/model.py:packed_fields``): kept pickled until read, and otherwise the plain field."""

from __future__ import annotations

import copy
import pickle

from cuttings.memo import digest_of
from cuttings.model import (
    Article,
    ArticleEntry,
    CoAppearance,
    Mention,
    Packed,
    Paragraph,
    PersonEntry,
    RelatedArticle,
)


def raw(instance: object, name: str) -> object:
    """The slot's value as it is, without unpacking it."""
    return type(instance).__dict__[name].slot.__get__(instance, type(instance))


def article(mentions: tuple[Mention, ...]) -> Article:
    return Article("a.txt", "hash", "Title", None, None, "text", "", (Paragraph("Ann Lee spoke."),),
                   mentions=mentions)


def person(together: list[CoAppearance]) -> PersonEntry:
    return PersonEntry("ann-lee", "Ann Lee", articles=["x", "y"], appears_with=together)


def test_a_packed_field_stays_packed_until_read_then_reads_as_the_plain_value() -> None:
    together = [CoAppearance("bob-roe", ("x", "y")), CoAppearance("cy-poe", ("y",))]
    loaded = pickle.loads(pickle.dumps(person(together)))
    assert type(raw(loaded, "appears_with")) is Packed
    assert loaded.name == "Ann Lee" and type(raw(loaded, "appears_with")) is Packed  # other fields leave it
    assert loaded.appears_with == together
    assert type(raw(loaded, "appears_with")) is list  # unpacked once, then kept
    loaded.appears_with.append(CoAppearance("di-moe", ("x",)))
    assert len(loaded.appears_with) == 3


def test_packed_and_plain_compare_hash_and_copy_alike() -> None:
    mentions = (Mention(0, 0, 7, "person", "Ann Lee"),)
    plain = article(mentions)
    loaded = pickle.loads(pickle.dumps(plain))
    assert loaded == plain and hash(loaded) == hash(plain)
    assert pickle.loads(pickle.dumps(plain)) != article(())
    assert copy.copy(pickle.loads(pickle.dumps(plain))).mentions == mentions
    entry = ArticleEntry("a", plain, related=[RelatedArticle("b", ("ann-lee",), ())])
    assert pickle.loads(pickle.dumps(entry)) == entry


def test_a_digest_is_of_the_value_packed_or_not() -> None:
    one = person([CoAppearance("bob-roe", ("x", "y"))])
    still_packed = pickle.loads(pickle.dumps(one))
    assert digest_of(one) == digest_of(still_packed) == digest_of(pickle.loads(pickle.dumps(still_packed)))
    assert digest_of(one) != digest_of(person([CoAppearance("bob-roe", ("x",))]))


def test_pickling_a_packed_field_again_keeps_its_bytes_unread() -> None:
    loaded = pickle.loads(pickle.dumps(person([CoAppearance("bob-roe", ("x",))])))
    packed = raw(loaded, "appears_with")
    again = pickle.loads(pickle.dumps(loaded))
    assert type(packed) is Packed and raw(loaded, "appears_with") is packed  # not unpacked to be pickled
    assert raw(again, "appears_with").data == packed.data  # type: ignore[attr-defined]
    loaded.appears_with = []
    assert pickle.loads(pickle.dumps(loaded)).appears_with == []
