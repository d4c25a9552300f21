"""The A-Z of people: each page's rows grouped by the surname's initial, worked out from the rows it shows."""

from __future__ import annotations

from cuttings.analysis import views
from cuttings.memo import ByName
from cuttings.model import ArticleEntry, Catalogue, PersonEntry
from tests.unit.test_memo import an_article

NAMES = ["Ann Adams", "Bob Abbot", "Cal Baker", "Dee Brown", "Eve Carter", "Fay O'Neil", "Gus 9th"]


def a_catalogue(names: list[str]) -> Catalogue:
    people = {name.lower().replace(" ", "-").replace("'", ""): name for name in names}
    return Catalogue(
        articles={"story": ArticleEntry("story", an_article("Story"), people=list(people))},
        people={slug: PersonEntry(slug, name, articles=["story"]) for slug, name in people.items()},
        councils={},
        person_slugs={name: slug for slug, name in people.items()},
    )


def test_each_page_of_the_a_to_z_groups_its_own_rows_by_initial() -> None:
    index = views.people_index_views(a_catalogue(NAMES))
    by_name = [view for view in index if view.order == "name"]
    assert by_name and all(view.letters == [] for view in index if view.order != "name")
    for view in by_name:
        assert [row for _, rows in view.letters for row in rows] == view.rows, "every row once, in the A-Z's order"
        for letter, rows in view.letters:
            assert all((row.person.name.split()[-1][0].upper() if row.person.name.split()[-1][0].isalpha()
                        else "#") == letter for row in rows)
    assert [letter for letter, _ in by_name[0].letters] == ["A", "B", "C", "O", "#"]


def test_a_page_whose_rows_change_is_digested_apart() -> None:
    before = views.people_index_views(a_catalogue(NAMES))[0]
    after = views.people_index_views(a_catalogue([*NAMES[:2], "Ann Abel", *NAMES[2:]]))[0]
    assert before.order == after.order == "name", "the A-Z's first page comes first"
    assert ByName(before).digest != ByName(after).digest
    assert ByName(before).digest == ByName(views.people_index_views(a_catalogue(NAMES))[0]).digest
