"""Two twins of village newsletters (issue 18, p18w): a name spelt by ear ("Kit Stephenson" / "Kit Stevenson") and
initials of a person known by a later one ("SJ Doe" / "Jane Doe"). Invented names."""

from __future__ import annotations

from cuttings.analysis.identity import name_groups, page_names, sound_key
from cuttings.model import Article, Paragraph, PersonMention


def _article(source: str, people: tuple[str, ...] = (), aliases: dict[str, tuple[str, ...]] | None = None) -> Article:
    aliases = aliases or {}
    return Article(source_file=source, content_hash=source, title=source, date=None, source=None, body_format="text",
                   body="", paragraphs=(Paragraph("text"),),
                   people=tuple(PersonMention(name, aliases.get(name, ())) for name in people))


def test_sound_key_folds_spellings_of_one_sound_and_keeps_vowels() -> None:
    assert sound_key("Stephens") == sound_key("Stevens")
    assert sound_key("Pressley") == sound_key("Presley")
    assert sound_key("Rozzier") == sound_key("Rossier")
    assert sound_key("Anne", given=True) == sound_key("Ann", given=True)
    assert sound_key("Bennett") != sound_key("Bonnett")  # two surnames
    assert sound_key("Anne") != sound_key("Ann")  # a surname keeps its final "e" ("Browne", "Brown")


def test_a_name_spelt_by_ear_joins_the_other_spelling() -> None:
    articles = [_article("parish/1.txt", ("Kit Stephenson",)), _article("parish/2.txt", ("Kit Stevenson",)),
                _article("parish/3.txt", ("Kit Stevenson",))]
    pages = page_names(articles)
    assert pages["Kit Stephenson"] == pages["Kit Stevenson"] == "Kit Stevenson"
    articles = [_article("parish/1.txt", ("Ann Rozier",)), _article("parish/2.txt", ("Anne Rossier",))]
    assert page_names(articles)["Ann Rozier"] == page_names(articles)["Anne Rossier"]


def test_sound_alike_names_meet_in_one_group() -> None:
    groups = name_groups(["Kit Stephenson", "Ann Roe", "Kit Stevenson"])
    assert ["Kit Stephenson", "Kit Stevenson"] in groups


def test_sound_alike_names_stay_apart_when_something_tells_them_apart() -> None:
    # Named in one article: two people.
    together = [_article("parish/1.txt", ("Kit Stephenson", "Kit Stevenson")),
                _article("parish/2.txt", ("Kit Stevenson",))]
    assert page_names(together)["Kit Stephenson"] == "Kit Stephenson"
    # Different folders.
    apart = [_article("news/1.txt", ("Kit Stephenson",)), _article("parish/2.txt", ("Kit Stevenson",))]
    assert page_names(apart)["Kit Stephenson"] == "Kit Stephenson"
    # Other vowels: other surnames.
    vowels = [_article("parish/1.txt", ("Tom Bennett",)), _article("parish/2.txt", ("Tom Bonnett",))]
    assert page_names(vowels)["Tom Bennett"] == "Tom Bennett"
    # Three spellings of one sound: which two are one is unclear.
    three = [_article("parish/1.txt", ("Kit Stephenson",)), _article("parish/2.txt", ("Kit Stevenson",)),
             _article("parish/3.txt", ("Jo Stevvens",))]
    assert page_names(three)["Kit Stephenson"] == "Kit Stephenson"
    # Given names of two sexes.
    sexes = [_article("parish/1.txt", ("Louis Stephens",)), _article("parish/2.txt", ("Louise Stevens",))]
    assert page_names(sexes)["Louis Stephens"] == "Louis Stephens"


def test_initials_join_the_one_page_of_a_later_initial() -> None:
    for written in ("SJ Doe", "S.J. Doe", "S J Doe"):
        articles = [_article("parish/1.txt", (written,), {written: (f"Mrs {written}",)}),
                    _article("parish/2.txt", ("Jane Doe",))]
        assert page_names(articles)[written] == "Jane Doe", written


def test_initials_join_no_later_initial_when_the_first_fits_or_two_do() -> None:
    first_fits = [_article("parish/1.txt", ("SJ Doe",)), _article("parish/2.txt", ("Jane Doe",)),
                  _article("parish/3.txt", ("Sam Doe",))]
    assert page_names(first_fits)["SJ Doe"] != "Jane Doe"
    two = [_article("parish/1.txt", ("SJ Doe",)), _article("parish/2.txt", ("Jane Doe",)),
           _article("parish/3.txt", ("John Doe",))]
    assert page_names(two)["SJ Doe"] == "SJ Doe"
    # A man's initials are no woman's page.
    sex = [_article("parish/1.txt", ("SJ Doe",), {"SJ Doe": ("Mr SJ Doe",)}), _article("parish/2.txt", ("Jane Doe",))]
    assert page_names(sex)["SJ Doe"] == "SJ Doe"
    # Another folder.
    folder = [_article("news/1.txt", ("SJ Doe",)), _article("parish/2.txt", ("Jane Doe",))]
    assert page_names(folder)["SJ Doe"] == "SJ Doe"
