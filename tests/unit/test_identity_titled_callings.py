"""Two spellings of a name under titles of two callings (issue 18, p18ac): "Dr Oswin Pellew" of a health trust is
not "Cllr Oswin Pellow" of the minutes misspelt. Invented names."""

from __future__ import annotations

from cuttings.analysis.identity import page_names
from cuttings.model import Article, Paragraph, PersonMention


def _article(source: str, name: str, *aliases: str) -> Article:
    return Article(source_file=source, content_hash=source, title=source, date=None, source=None, body_format="text",
                   body="", paragraphs=(Paragraph("text"),), people=(PersonMention(name, aliases),))


def test_two_spellings_under_titles_of_two_callings_stay_two_people() -> None:
    councillor = [_article(f"parish/{n}.txt", "Oswin Pellow", "Cllr Oswin Pellow") for n in range(5)]
    doctor = _article("parish/9.txt", "Oswin Pellew", "Dr Oswin Pellew")
    pages = page_names([*councillor, doctor])
    assert pages["Oswin Pellew"] == "Oswin Pellew", "a doctor of the health trust, not the councillor misspelt"
    assert pages["Oswin Pellow"] == "Oswin Pellow"
    # Named as often, a surname the census does not know would join its spelling a letter off: still apart.
    even = [_article(f"parish/{n}.txt", "Oswin Pellow", "Cllr Oswin Pellow") for n in range(2)]
    assert page_names([*even, doctor, _article("parish/8.txt", "Oswin Pellew", "Revd Oswin Pellew")])[
        "Oswin Pellew"] == "Oswin Pellew"


def test_a_spelling_a_letter_off_still_joins_under_one_calling_or_none() -> None:
    councillor = [_article(f"parish/{n}.txt", "Oswin Pellow", "Cllr Oswin Pellow") for n in range(5)]
    for forms in (("Councillor Oswin Pellew",), ("Mr Oswin Pellew",), ()):
        misspelt = _article("parish/9.txt", "Oswin Pellew", *forms)
        assert page_names([*councillor, misspelt])["Oswin Pellew"] == "Oswin Pellow", forms
    # A doctor who is also a councillor: the two titles share a calling, so the spellings join.
    both = [*councillor[:4], _article("parish/4.txt", "Oswin Pellow", "Dr Oswin Pellow", "Cllr Pellow")]
    assert page_names([*both, _article("parish/9.txt", "Oswin Pellew", "Dr Oswin Pellew")])["Oswin Pellew"] == (
        "Oswin Pellow")
    # "Rev" and "Revd" are one calling.
    vicar = [_article(f"parish/{n}.txt", "Oswin Pellow", "Revd Oswin Pellow") for n in range(5)]
    assert page_names([*vicar, _article("parish/9.txt", "Oswin Pellew", "Rev Oswin Pellew")])["Oswin Pellew"] == (
        "Oswin Pellow")
