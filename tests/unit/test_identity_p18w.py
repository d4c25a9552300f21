"""Two twins of village newsletters (issue 18, p18w): a name spelt by ear ("Jo Stephens" / "Jo Stevens") and
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
    assert sound_key("Zizzler") == sound_key("Zissler")
    assert sound_key("Anne", given=True) == sound_key("Ann", given=True)
    assert sound_key("Bennett") != sound_key("Bonnett")  # two surnames
    assert sound_key("Anne") != sound_key("Ann")  # a surname keeps its final "e" ("Browne", "Brown")


def test_a_name_spelt_by_ear_joins_the_other_spelling() -> None:
    articles = [_article("parish/1.txt", ("Jo Stephens",)), _article("parish/2.txt", ("Jo Stevens",)),
                _article("parish/3.txt", ("Jo Stevens",))]
    pages = page_names(articles)
    assert pages["Jo Stephens"] == pages["Jo Stevens"] == "Jo Stevens"
    articles = [_article("parish/1.txt", ("Ann Zisler",)), _article("parish/2.txt", ("Anne Zizzler",))]
    assert page_names(articles)["Ann Zisler"] == page_names(articles)["Anne Zizzler"]


def test_sound_alike_names_meet_in_one_group() -> None:
    groups = name_groups(["Jo Stephens", "Ann Roe", "Jo Stevens"])
    assert ["Jo Stephens", "Jo Stevens"] in groups


def test_sound_alike_names_stay_apart_when_something_tells_them_apart() -> None:
    # Named in one article: two people.
    together = [_article("parish/1.txt", ("Jo Stephens", "Jo Stevens")), _article("parish/2.txt", ("Jo Stevens",))]
    assert page_names(together)["Jo Stephens"] == "Jo Stephens"
    # Different folders.
    apart = [_article("news/1.txt", ("Jo Stephens",)), _article("parish/2.txt", ("Jo Stevens",))]
    assert page_names(apart)["Jo Stephens"] == "Jo Stephens"
    # Other vowels: other surnames.
    vowels = [_article("parish/1.txt", ("Tom Bennett",)), _article("parish/2.txt", ("Tom Bonnett",))]
    assert page_names(vowels)["Tom Bennett"] == "Tom Bennett"
    # Three spellings of one sound: which two are one is unclear.
    three = [_article("parish/1.txt", ("Jo Stephens",)), _article("parish/2.txt", ("Jo Stevens",)),
             _article("parish/3.txt", ("Jo Stevvens",))]
    assert page_names(three)["Jo Stephens"] == "Jo Stephens"
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
