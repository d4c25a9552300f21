"""``link`` leaves the catalogue it made out of the cycle collector's sight (``cuttings/link.py``).

The collector is paused while linking; enabled again, its first pass used to walk every object linking had made
(0.33-0.42 s of about 3.3 s of linking at 10,000 BBC articles, one core) and free none. Frozen, the objects are
the build's until ``collector.long_lived_settled`` hands them back."""

from __future__ import annotations

import gc

from cuttings.link import build_catalogue
from cuttings.model import Article, Paragraph, PersonMention


def test_link_leaves_its_catalogue_frozen() -> None:
    articles = [Article(source_file=f"{n}.txt", content_hash=str(n), title=str(n), date=None, source=None,
                        body_format="text", body="Jane Doe spoke.", paragraphs=(Paragraph("Jane Doe spoke."),),
                        people=(PersonMention("Jane Doe"),), councils=()) for n in range(3)]
    was = gc.isenabled()
    gc.unfreeze()
    try:
        gc.enable()
        catalogue = build_catalogue(articles)
        assert gc.get_freeze_count() > 0
        assert gc.isenabled()
        collected = {id(thing) for thing in gc.get_objects()}  # the generations' objects, not the frozen ones
        assert catalogue.people and all(id(entry) not in collected for entry in catalogue.people.values())
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()
