"""People named once, grouped on shared pages by the start of their slugs (``cuttings/named_once.py``)."""

from __future__ import annotations

import random
import string

from cuttings.model import PersonEntry, QuoteEvidence
from cuttings.named_once import anchor, bucket_path, entry_bytes, hash_bits, once_buckets, places_of


def slugs(count: int, seed: int = 1) -> list[str]:
    generator = random.Random(seed)
    found: set[str] = set()
    while len(found) < count:
        first = "".join(generator.choices("aejmst", k=generator.randint(2, 5)))
        last = "".join(generator.choices(string.ascii_lowercase, k=generator.randint(3, 8)))
        found.add(f"{first}-{last}")
    return sorted(found)


def test_every_slug_is_in_one_bucket_named_by_the_start_of_its_hash_and_within_the_limit() -> None:
    sizes = {slug: 400 + len(slug) for slug in slugs(3_000)}
    buckets = once_buckets(sizes, limit=20_000)
    placed = [slug for members in buckets.values() for slug in members]
    assert sorted(placed) == sorted(sizes)
    assert 3_000 * 405 / 20_000 < len(buckets) < 4 * 3_000 * 405 / 20_000
    for name, members in buckets.items():
        assert all(hash_bits(slug).startswith(name) for slug in members), name
        assert members == [slug for slug in sizes if slug in set(members)], "in the order given"
        assert sum(sizes[slug] for slug in members) <= 20_000 or len(members) == 1
        # The fewest bits: the bucket with one bit fewer would be over the limit.
        parent = [slug for slug in sizes if hash_bits(slug).startswith(name[:-1])]
        assert len(name) == 1 or sum(sizes[slug] for slug in parent) > 20_000


def test_a_new_person_changes_only_the_bucket_they_join_unless_it_splits() -> None:
    everyone = slugs(2_001, seed=7)
    sizes = {slug: 500 for slug in everyone}
    splits = 0
    for newcomer in everyone[::50]:
        before = once_buckets({slug: size for slug, size in sizes.items() if slug != newcomer}, limit=30_000)
        after = once_buckets(sizes, limit=30_000)
        changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
        joined = next(name for name, members in after.items() if newcomer in members)
        if joined in before:
            assert changed == {joined}
        else:  # the bucket they joined was split in two
            splits += 1
            assert changed == {joined[:-1], joined, joined[:-1] + ("1" if joined[-1] == "0" else "0")} & (
                before.keys() | after.keys())
    assert splits < len(everyone[::50]) / 2


def test_buckets_do_not_depend_on_the_order_people_came_in() -> None:
    everyone = slugs(500, seed=3)
    shuffled = everyone[:]
    random.Random(5).shuffle(shuffled)
    forwards = once_buckets({slug: 700 for slug in everyone}, limit=10_000)
    backwards = once_buckets({slug: 700 for slug in shuffled}, limit=10_000)
    assert forwards.keys() == backwards.keys()
    assert all(set(forwards[name]) == set(backwards[name]) for name in forwards)


def test_only_people_named_once_are_placed_on_shared_pages() -> None:
    once = PersonEntry("ann-thorne", "Ann Thorne", articles=["a"],
                       quotes=[QuoteEvidence("It is open.", "a", None, 2, 0)])
    twice = PersonEntry("bea-lowe", "Bea Lowe", articles=["a", "b"])
    main = PersonEntry("main", "Main", articles=["b"])
    places = places_of([once, twice, main])
    assert places.path("bea-lowe") == "people/bea-lowe/" and places.has_page("bea-lowe")
    assert places.path("ann-thorne").startswith("people/once/") and not places.has_page("ann-thorne")
    assert places.path("ann-thorne").endswith("/#ann-thorne") and places.path("main").endswith("/#person-main")
    assert anchor("main") == "person-main" and anchor("ann-thorne") == "ann-thorne"
    assert set(places.bucket_of) == {"ann-thorne", "main"}
    assert entry_bytes(once) > entry_bytes(PersonEntry("ann-thorne", "Ann Thorne", articles=["a"]))


def test_each_bucket_has_its_own_short_address() -> None:
    names = ["0", "1", "00", "01", "10", "11", "0110", "00110", "110", "0000000000"]
    paths = [bucket_path(name) for name in names]
    assert len(set(paths)) == len(paths)
    assert bucket_path("0110") == "people/once/16/" and bucket_path("1") == "people/once/3/"


def test_a_page_of_people_named_once_does_not_read_whom_they_appear_with() -> None:
    """The page shows each person's roles and quotations, not their companions: reading ``appears_with`` made it
    again, unchanged, whenever a co-named person's articles changed (20 such pages after a new article at 10,000)."""
    import datetime as dt

    from cuttings.analysis.views import ArticleRefs
    from cuttings.memo import RecordingCatalogue
    from cuttings.model import Article, ArticleEntry, Catalogue, CoAppearance, Paragraph
    from cuttings.named_once import once_page_view

    article = Article(source_file="a.txt", content_hash="h", title="Pool to reopen", date=dt.date(2021, 3, 4),
                      source=None, body_format="text", body="Text.", paragraphs=(Paragraph("Text."),))
    once = PersonEntry("ann-thorne", "Ann Thorne", articles=["a"],
                       quotes=[QuoteEvidence("It is open.", "a", None, 0, 0)],
                       appears_with=[CoAppearance("bea-lowe", ("a",))])
    made = Catalogue(articles={"a": ArticleEntry("a", article, people=["ann-thorne", "bea-lowe"])},
                     people={"ann-thorne": once, "bea-lowe": PersonEntry("bea-lowe", "Bea Lowe", articles=["a"])},
                     councils={}, person_slugs={"Ann Thorne": "ann-thorne", "Bea Lowe": "bea-lowe"})
    recording = RecordingCatalogue(made)
    with recording.recorder.page() as reads:
        view = once_page_view(recording, ["ann-thorne"], ArticleRefs(recording, lambda path: path), {})
    assert [line.quote.text for line in view.entries[0].quotes] == ["It is open."]
    assert ("people", "ann-thorne", "quotes") in reads
    assert ("people", "ann-thorne", "appears_with") not in reads
