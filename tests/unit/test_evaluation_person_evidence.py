"""The person-evidence table (``evaluation/person_evidence.py``): each cue read from invented text, and the table."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from cuttings.infer.findings import EntitySpan
from cuttings.model import Article, Mention, Paragraph, PersonMention, QuoteFact, RoleFact
from evaluation.person_evidence import COLUMNS, article_evidence, page_evidence, read_verdicts, tabulate


def article(text: str, name: str, *, aliases: tuple[str, ...] = (), ages: tuple[int, ...] = (),
            roles: tuple[RoleFact, ...] = (), quotes: tuple[QuoteFact, ...] = (),
            others: tuple[str, ...] = (), unsupported: bool = False) -> Article:
    """One paragraph; a mention of ``name`` (and of each of ``others``) at its first place in the text."""
    mentions = [Mention(0, text.index(name), text.index(name) + len(name), "person", name)]
    mentions += [Mention(0, text.index(other), text.index(other) + len(other), "person", other) for other in others]
    people = (PersonMention(name, aliases=aliases, ages=ages), *(PersonMention(other) for other in others))
    return Article("a/1.txt", "h", "T", None, None, "text", text, (Paragraph(text),), people=people,
                   roles=roles, quotes=quotes, mentions=tuple(mentions),
                   unsupported=(name,) if unsupported else ())


def person_span(text: str, words: str, label: str = "PERSON") -> EntitySpan:
    return EntitySpan(0, text.index(words), text.index(words) + len(words), label, words)


def test_he_or_she_after_the_name_is_a_person_and_it_a_thing() -> None:
    text = "Helen Tarrow opened the show. She thanked the crowd."
    assert article_evidence(article(text, "Helen Tarrow"), {"Helen Tarrow"}, [])["pronoun"] == 1
    text = "Brisk Quillon opened a shop. It sells kites."
    found = article_evidence(article(text, "Brisk Quillon"), {"Brisk Quillon"}, [])
    assert found["it"] == 1 and found["pronoun"] == 0


def test_a_pronoun_after_another_person_is_not_the_names() -> None:
    text = "Helen Tarrow met Olan Pesk, who said he was pleased."
    found = article_evidence(article(text, "Helen Tarrow", others=("Olan Pesk",)), {"Helen Tarrow"}, [])
    assert found["pronoun"] == 0
    # the model's PERSON span stands between as a mention does
    text = "Helen Tarrow met Dr Olan Pesk and he smiled."
    spans = [person_span(text, "Olan Pesk")]
    assert article_evidence(article(text, "Helen Tarrow"), {"Helen Tarrow"}, spans)["pronoun"] == 0


def test_a_pronoun_two_sentences_on_is_not_read() -> None:
    text = "Helen Tarrow arrived. The crowd waited. She spoke."
    assert article_evidence(article(text, "Helen Tarrow"), {"Helen Tarrow"}, [])["pronoun"] == 0


def test_title_role_quote_and_age_come_from_inference() -> None:
    text = "Helen Tarrow, 45, spoke."
    found = article_evidence(article(text, "Helen Tarrow", aliases=("Ms Tarrow",), ages=(45,),
                                     roles=(RoleFact("Helen Tarrow", "chair"),),
                                     quotes=(QuoteFact("Helen Tarrow", "Fine."),)), {"Helen Tarrow"}, [])
    assert (found["title"], found["age"], found["role"], found["quote"]) == (1, 1, 1, 1)
    bare = article_evidence(article(text, "Helen Tarrow", aliases=("Tarrow",)), {"Helen Tarrow"}, [])
    assert (bare["title"], bare["role"], bare["quote"]) == (0, 0, 0)


def test_given_name_and_surname_alone_later() -> None:
    text = "Helen Tarrow won. Later Helen said Tarrow was a family name."
    found = article_evidence(article(text, "Helen Tarrow"), {"Helen Tarrow"}, [])
    assert found["given_alone"] == 1 and found["surname_alone"] == 1
    text = "Brisk Quillon won. Brisk Quillon lost."
    found = article_evidence(article(text, "Brisk Quillon"), {"Brisk Quillon"}, [])
    assert found["given_alone"] == 0 and found["surname_alone"] == 0


def test_negative_cues_the_quoted_title_and_possessive() -> None:
    text = "They saw the Brisk Quillon, then 'Brisk Quillon' topped the charts."
    found = article_evidence(article(text, "Brisk Quillon"), {"Brisk Quillon"}, [])
    assert found["the_before"] == 1
    text = "Fans loved 'Brisk Quillon' last year, and Brisk Quillon's sales rose."
    found = article_evidence(article(text, "Brisk Quillon"), {"Brisk Quillon"}, [])
    assert found["quoted"] == 1 and found["the_before"] == 0
    text = "Brisk Quillon's sales rose."
    assert article_evidence(article(text, "Brisk Quillon"), {"Brisk Quillon"}, [])["possessive"] == 1
    text = "Ann said 'Brisk Quillon and the others were there, all of them, for hours' in a letter."
    assert article_evidence(article(text, "Brisk Quillon"), {"Brisk Quillon"}, [])["quoted"] == 0


def test_the_models_label_is_counted_per_mention() -> None:
    text = "Helen Tarrow won."
    found = article_evidence(article(text, "Helen Tarrow", unsupported=True), {"Helen Tarrow"},
                             [person_span(text, "Helen Tarrow")])
    assert (found["model_person"], found["mentions"], found["unsupported"]) == (1, 1, 1)
    found = article_evidence(article(text, "Helen Tarrow"), {"Helen Tarrow"},
                             [person_span(text, "Helen Tarrow", "ORG")])
    assert found["model_person"] == 0


def test_a_page_sums_counts_and_takes_any_cue_and_the_tables_count_verdicts(tmp_path: Path) -> None:
    row = page_evidence("Helen Tarrow", [Counter(mentions=2, model_person=1, pronoun=1), Counter(mentions=1)])
    assert set(row) == set(COLUMNS)
    assert (row["mentions"], row["model_person"], row["pronoun"], row["given"]) == (3, 1, 1, 1)
    thing = page_evidence("Brisk Quillon", [Counter(mentions=1, model_person=1, it=1)])
    assert thing["given"] == 0 and thing["it"] == 1
    census = tmp_path / "census.tsv"
    census.write_text("# a comment\npage\tverdict\treason\nBrisk Quillon\tnot-person\ta kite shop\n", encoding="utf-8")
    verdicts = read_verdicts(census, ["Helen Tarrow", "Brisk Quillon"], unlisted_ok=True)
    assert verdicts == {"Helen Tarrow": "ok", "Brisk Quillon": "wrong"}
    table = {label: (right, wrong) for label, right, wrong in tabulate({"Helen Tarrow": row, "Brisk Quillon": thing},
                                                                      verdicts)}
    assert table["pronoun"] == (1, 0)
    assert table["it"] == (0, 1)
    assert table["0 positive, no given name"] == (0, 1)
    assert read_verdicts(census, ["Helen Tarrow"], unlisted_ok=False) == {"Brisk Quillon": "wrong"}
