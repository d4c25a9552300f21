from cuttings.infer.ner import find_entities
from cuttings.infer.regions import CONTEXT_WORDS, name_regions


def texts(paragraphs: list[str]) -> list[str]:
    return [paragraphs[region.paragraph][region.start : region.end] for region in name_regions(paragraphs)]


def test_text_without_a_capitalised_word_is_not_read() -> None:
    assert name_regions(["prices rose again this year, and nobody expected it."]) == []


def test_an_ordinary_sentence_start_does_not_count() -> None:
    paragraphs = ["The roads were busy. When it rained, traffic slowed. I think it was the weather."]
    assert name_regions(paragraphs) == []


def test_a_sentence_start_written_in_lower_case_elsewhere_does_not_count() -> None:
    paragraphs = ["Traffic slowed on the ring road.", "the traffic was heavy all morning and into the evening."]
    assert name_regions(paragraphs) == []


def test_a_capitalised_word_away_from_a_sentence_start_is_read_with_its_context() -> None:
    paragraph = "one two three four five six seven eight Priya Lamb nine ten eleven twelve thirteen fourteen"
    [region] = name_regions([paragraph])
    words = paragraph[region.start : region.end].split()
    assert words[CONTEXT_WORDS : CONTEXT_WORDS + 2] == ["Priya", "Lamb"]
    assert len(words) == 2 * CONTEXT_WORDS + 2


def test_an_unusual_sentence_start_counts() -> None:
    paragraphs = ["the hall was full.", "Okonkwo opened the meeting at seven and it ran until late."]
    assert texts(paragraphs) == ["Okonkwo opened the meeting at"]


def test_a_word_capitalised_mid_sentence_elsewhere_counts_at_a_sentence_start() -> None:
    paragraphs = ["the garden was green. Green said it needed rain and plenty of sun.", "they met Sam Green there."]
    assert "Green said it needed rain" in texts(paragraphs)[0]


def test_nearby_capitalised_words_share_one_region() -> None:
    paragraph = "later on the board heard from Ana Ruiz and then from Tom Pryce about the long delay in spring"
    assert texts([paragraph]) == ["the board heard from Ana Ruiz and then from Tom Pryce about the long delay"]


def test_entities_keep_their_offsets_in_the_paragraph() -> None:
    paragraphs = [
        "the committee met for a long time and talked about the roads, the bins, the parking and the weather "
        "before the chairman, Margaret Holloway, closed the meeting.",
    ]
    people = [entity for entity in find_entities(paragraphs) if entity.label == "PERSON"]
    assert people
    for entity in people:
        assert paragraphs[entity.paragraph][entity.start : entity.end] == entity.text
    assert any(entity.text == "Margaret Holloway" for entity in people)
