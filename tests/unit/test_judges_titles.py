"""A judge known by surname and title: not the minister nor the peer of that surname, and a page of the title
when the archive names him no other way (issue 18, p18i)."""

from __future__ import annotations

from cuttings.analysis.identity import page_names
from cuttings.infer.people import find_people
from cuttings.model import Article, Paragraph, PersonMention
from tests.unit.infer.mentions import entity


def _article(source: str, *people: PersonMention) -> Article:
    return Article(source_file=source, content_hash=source, title=source, date=None, source=None, body_format="text",
                   body="", paragraphs=(Paragraph("text"),), people=people)


def test_each_surname_of_a_judges_plural_title_is_given_the_title() -> None:
    paragraphs = ["The ruling of Lord Justices Quenby and Tolland was upheld.", "Messrs Harwick and Pennaway spoke."]
    people = find_people(paragraphs, [entity(paragraphs, 0, "Lord Justices Quenby", "PERSON")]).people
    assert [(person.name, person.aliases) for person in people] == [
        ("Quenby", ("Lord Justices Quenby",)), ("Tolland", ("Lord Justices Tolland",)),
        ("Harwick", ("Messrs Harwick",)), ("Pennaway", ())]


def test_a_judges_surname_joins_neither_the_minister_nor_the_peer_of_that_surname() -> None:
    articles = [_article(f"politics/{n}.txt", PersonMention("Dan Quenby"), PersonMention("Quenby", ("Mr Quenby",)))
                for n in range(4)]
    articles += [_article("politics/8.txt", PersonMention("Tolland", ("Lord Tolland",))),
                 _article("politics/7.txt", PersonMention("Tolland", ("Lord Tolland",)))]
    articles += [_article("politics/9.txt", PersonMention("Quenby", ("Lord Justices Quenby",)),
                          PersonMention("Tolland", ("Lord Justices Tolland",)))]
    per_article: dict[tuple[str, str], str] = {}
    pages = page_names(articles, per_article=per_article)
    assert per_article.get(("politics/9.txt", "Quenby"), pages["Quenby"]) != "Dan Quenby"
    assert per_article.get(("politics/9.txt", "Tolland")) == "Lord Justice Tolland"
    assert per_article.get(("politics/8.txt", "Tolland"), pages["Tolland"]) == "Lord Tolland"


def test_a_senior_judge_known_only_by_title_has_the_titles_page_and_judge_alone_none() -> None:
    articles = [_article("news/1.txt", PersonMention("Pennaway", ("Mr Justice Pennaway",))),
                _article("news/2.txt", PersonMention("Pennaway", ("Mr Justice Pennaway",))),
                _article("arts/1.txt", PersonMention("Harwick", ("Judge Harwick",)))]
    pages = page_names(articles)
    assert pages["Pennaway"] == "Mr Justice Pennaway"
    assert pages["Harwick"] is None
