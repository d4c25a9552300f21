"""A surname alone under a title of no sex and no office (issue 18, p18ac): "Dr Doe" of a history piece is not the
one Doe the archive names in full, unless some article gives that Doe the title. Invented names."""

from __future__ import annotations

from cuttings.analysis.identity import page_names
from cuttings.model import Article, Paragraph, PersonMention


def _article(source: str, name: str, *aliases: str) -> Article:
    return Article(source_file=source, content_hash=source, title=source, date=None, source=None, body_format="text",
                   body="", paragraphs=(Paragraph("text"),), people=(PersonMention(name, aliases),))


def _minutes(title: str = "") -> list[Article]:
    """Four sets of minutes naming one officer in full, with ``title`` before her name in the last."""
    articles = [_article(f"parish/{n}.txt", "Margaret Quarrell") for n in range(3)]
    forms = (f"{title} Margaret Quarrell",) if title else ()
    return [*articles, _article("parish/3.txt", "Margaret Quarrell", *forms)]


def test_a_surname_under_a_title_of_no_sex_joins_no_one_never_written_with_it() -> None:
    for title in ("Dr", "Captain", "Professor", "Revd"):
        stranger = _article("parish/9.txt", "Quarrell", f"{title} Quarrell")
        assert page_names([*_minutes(), stranger])["Quarrell"] is None, title


def test_a_surname_under_a_title_of_no_sex_joins_the_one_written_with_it() -> None:
    stranger = _article("parish/9.txt", "Quarrell", "Dr Quarrell")
    assert page_names([*_minutes("Dr"), stranger])["Quarrell"] == "Margaret Quarrell"
    # The title written before her surname alone, in an article that names her in full, is hers too.
    pages = page_names([*_minutes(), _article("parish/4.txt", "Margaret Quarrell", "Dr Quarrell"), stranger])
    assert pages["Quarrell"] == "Margaret Quarrell"


def test_forms_of_address_and_offices_keep_their_own_rules() -> None:
    # "Mrs", "Ms", the plural "Messrs" and no title at all say nothing against her: the surname joins her.
    for forms in (("Mrs Quarrell",), ("Ms Quarrell",), ("Messrs Quarrell",), ()):
        assert page_names([*_minutes(), _article("parish/9.txt", "Quarrell", *forms)])["Quarrell"] == (
            "Margaret Quarrell"), forms
    # "Mr" is another sex, and "PC" another office than a councillor's: no page, by the rules that were there.
    assert page_names([*_minutes(), _article("parish/9.txt", "Quarrell", "Mr Quarrell")])["Quarrell"] is None
    minutes = [*_minutes("Cllr"), _article("parish/8.txt", "Margaret Quarrell", "Cllr Margaret Quarrell")]
    assert page_names([*minutes, _article("parish/9.txt", "Quarrell", "PC Quarrell")])["Quarrell"] is None


def test_two_spellings_under_titles_of_two_callings_stay_two_people() -> None:
    councillor = [_article(f"parish/{n}.txt", "Oswin Pellow", "Cllr Oswin Pellow") for n in range(5)]
    doctor = _article("parish/9.txt", "Oswin Pellew", "Dr Oswin Pellew")
    pages = page_names([*councillor, doctor])
    assert pages["Oswin Pellew"] == "Oswin Pellew", "a doctor of the health trust, not the councillor misspelt"
    assert pages["Oswin Pellow"] == "Oswin Pellow"


def test_a_spelling_a_letter_off_still_joins_under_one_calling_or_none() -> None:
    councillor = [_article(f"parish/{n}.txt", "Oswin Pellow", "Cllr Oswin Pellow") for n in range(5)]
    for forms in (("Councillor Oswin Pellew",), ("Mr Oswin Pellew",), ()):
        misspelt = _article("parish/9.txt", "Oswin Pellew", *forms)
        assert page_names([*councillor, misspelt])["Oswin Pellew"] == "Oswin Pellow", forms
    # A doctor who is also a councillor: the two titles share a calling, so the spellings join.
    both = [*councillor[:4], _article("parish/4.txt", "Oswin Pellow", "Dr Oswin Pellow", "Cllr Pellow")]
    assert page_names([*both, _article("parish/9.txt", "Oswin Pellew", "Dr Oswin Pellew")])["Oswin Pellew"] == (
        "Oswin Pellow")
