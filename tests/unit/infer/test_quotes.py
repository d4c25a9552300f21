"""Quotations: the marks recognised, multi-paragraph quotes, and who said each."""

from __future__ import annotations

from cuttings.infer.findings import EntitySpan, NameSpan, PeopleResult
from cuttings.infer.people import find_people
from cuttings.infer.quotes import _SPEECH_VERB, _speech_verbs_within, find_quotes, quote_paragraphs
from cuttings.model import QuoteFact
from tests.unit.infer.mentions import named as surname_mentions


def quotes_in(*paragraphs: str) -> tuple[QuoteFact, ...]:
    return find_quotes(list(paragraphs), find_people(list(paragraphs), []))


def test_name_said_colon_quote() -> None:
    quotes = quotes_in('Cllr Jo Brindle said: "We will not let the town down on this."')
    assert quotes == (QuoteFact("Jo Brindle", "We will not let the town down on this."),)


def test_quote_then_said_name_with_curly_marks() -> None:
    quotes = quotes_in("“The depot has served us well for decades,” said Tomasz Nowicki.")
    assert quotes == (QuoteFact("Tomasz Nowicki", "The depot has served us well for decades"),)


def test_single_quotes_and_added() -> None:
    quotes = quotes_in("Cllr Jo Brindle opened the hall.", "Coun Brindle added: 'It is a great day for all of us.'")
    assert quotes == (QuoteFact("Jo Brindle", "It is a great day for all of us."),)


def test_he_said_resolves_to_the_person_named_before() -> None:
    quotes = quotes_in(
        "The plan was drawn up by Cllr Sam Okafor.",
        '"We have listened to every objection and changed the route," he said.',
    )
    assert quotes == (QuoteFact("Sam Okafor", "We have listened to every objection and changed the route"),)


def test_he_said_prefers_the_subject_of_the_previous_sentence() -> None:
    quotes = quotes_in(
        "Cllr Sam Okafor criticised Cllr Ruth Lambe over the delay.",
        'But he added: "Nobody should have waited this long for an answer."',
    )
    assert quotes[0].person == "Sam Okafor"


def test_a_quote_paragraph_continues_the_previous_speaker() -> None:
    quotes = quotes_in(
        'Cllr Jo Brindle said: "We will not let the town down on this."',
        '"The money is there and the work starts in May."',
    )
    assert [quote.person for quote in quotes] == ["Jo Brindle", "Jo Brindle"]


def test_an_unclosed_quote_continues_into_the_next_paragraph() -> None:
    paragraphs = [
        'Tomasz Nowicki said: "The depot has served us well for decades.',
        '"Now it is time to build something better for the next fifty years."',
        "The council will vote on the plan in March.",
    ]
    quotes = find_quotes(paragraphs, find_people(paragraphs, []))
    assert quotes == (
        QuoteFact(
            "Tomasz Nowicki",
            "The depot has served us well for decades.\n\nNow it is time to build something better for the "
            "next fifty years.",
        ),
    )
    assert quote_paragraphs(paragraphs) == (True, True, False)


def test_scare_quotes_are_skipped() -> None:
    assert quotes_in("Cllr Jo Brindle said the report was 'inadequate' and 'deeply flawed'.") == ()


def test_quotes_without_a_speaker_are_skipped() -> None:
    assert quotes_in('A sign on the door read "closed until further notice for repairs".') == ()


def test_apostrophes_are_not_quote_marks() -> None:
    quotes = quotes_in("Cllr Jo Brindle said the town's future wasn't in doubt and the council's plan would work.")
    assert quotes == ()


def test_the_speaker_is_the_name_next_to_the_speech_verb() -> None:
    paragraphs = ['Speaking after meeting Ann Lowe, Cllr Jo Brindle said: "We agreed on almost everything."']
    spans = tuple(
        NameSpan(0, paragraphs[0].index(surface), paragraphs[0].index(surface) + len(surface), surface, name)
        for surface, name in (("Ann Lowe", "Ann Lowe"), ("Cllr Jo Brindle", "Jo Brindle"))
    )
    people = PeopleResult(people=(), spans=spans)
    assert find_quotes(paragraphs, people)[0].person == "Jo Brindle"


def test_quote_paragraphs_flags_mostly_direct_speech() -> None:
    paragraphs = [
        '"We will not let the town down on this, whatever it costs," she said.',
        'The report called the plan "ambitious" and asked for more detail on costs and timing.',
    ]
    assert quote_paragraphs(paragraphs) == (True, False)


def test_quoted_paragraphs_run_together_are_split_at_the_new_opening_mark() -> None:
    quotes = quotes_in(
        'Tomasz Nowicki said: "The depot has served us well for decades. "Now we need a new one for '
        'the next fifty years." The council will vote on the plan in March.'
    )
    assert [quote.text for quote in quotes] == [
        "The depot has served us well for decades.",
        "Now we need a new one for the next fifty years.",
    ]
    assert {quote.person for quote in quotes} == {"Tomasz Nowicki"}


def test_said_with_a_colon_introduces_only_what_follows() -> None:
    quotes = quotes_in(
        'Following remarks from Cllr Ann Lowe that the plan "does not go nearly far enough", '
        'Cllr Jo Brindle said: "We will fund it in full next year."'
    )
    assert [(quote.person, quote.text) for quote in quotes] == [
        ("Ann Lowe", "does not go nearly far enough"),
        ("Jo Brindle", "We will fund it in full next year."),
    ]


def test_a_second_quotation_in_the_paragraph_goes_on_with_the_same_speaker() -> None:
    quotes = quotes_in(
        '"The depot has served us well for decades," said Tomasz Nowicki, the site manager. '
        '"Now it is time to build something better."'
    )
    assert [quote.person for quote in quotes] == ["Tomasz Nowicki", "Tomasz Nowicki"]


def test_a_quotation_introduced_by_someone_unnamed_is_not_given_to_the_last_speaker() -> None:
    quotes = quotes_in(
        '"The depot has served us well for decades," said Tomasz Nowicki. The company disagreed. '
        'In a statement, it said: "The depot closes in May as planned."'
    )
    assert [quote.person for quote in quotes] == ["Tomasz Nowicki"]


def test_speech_verbs_in_a_window_are_those_a_windowed_search_finds() -> None:
    frame = "He says it, she said so; they SAID: saidx and unsaid, said_ then Added it"
    verbs = list(_SPEECH_VERB.finditer(frame))
    for low in range(len(frame) + 1):
        for high in range(low, len(frame) + 3):
            expected = [m.span() for m in _SPEECH_VERB.finditer(frame, low, high)]
            assert [m.span() for m in _speech_verbs_within(frame, verbs, low, high)] == expected


# --- who said it, and what is no quotation (issue 19) -------------------------------------------------------


def named(*paragraphs: str, people: tuple[str, ...]) -> tuple[QuoteFact, ...]:
    """Quotes with the people given: every full name, and every "Mr"/"Mrs"/"Ms" + surname, is a mention."""
    import re

    spans: list[NameSpan] = []
    for name in people:
        surname = name.split()[-1]
        pattern = re.compile(rf"{re.escape(name)}|(?<=Mr ){surname}|(?<=Mrs ){surname}|(?<=Ms ){surname}")
        for index, text in enumerate(paragraphs):
            spans.extend(NameSpan(index, m.start(), m.end(), m.group(), name) for m in pattern.finditer(text))
    spans.sort(key=lambda span: (span.paragraph, span.start))
    return find_quotes(list(paragraphs), PeopleResult((), tuple(spans)))


def test_a_quote_records_where_its_sentence_starts() -> None:
    quotes = named('The hall shut. Tom Nowak said: "We will open it again in the spring."', people=("Tom Nowak",))
    assert [(q.person, q.paragraph, q.offset) for q in quotes] == [("Tom Nowak", 0, len("The hall shut. "))]


def test_she_said_skips_a_man_named_since() -> None:
    quotes = named(
        "Mrs Ada Lind, the clerk, met Mr Cy Hale at the depot.",
        '"We have asked for the report twice and heard nothing back," she said.',
        '"We will chase it," he said.',
        people=("Ada Lind", "Cy Hale"),
    )
    assert [quote.person for quote in quotes] == ["Ada Lind", "Cy Hale"]


def test_he_said_goes_back_past_a_sentence_whose_subject_is_he() -> None:
    quotes = named(
        "Tom Nowak has coached the side for ten years.",
        "So he admires two of his old team-mates, Cy Hale and Dot Mair.",
        '"They have both played at a high level for a very long time," he said.',
        people=("Tom Nowak", "Cy Hale", "Dot Mair"),
    )
    assert [quote.person for quote in quotes] == ["Tom Nowak"]


def test_a_name_after_told_is_who_was_told() -> None:
    assert named('"The road will reopen on Monday," an official told Tom Nowak.', people=("Tom Nowak",)) == ()
    assert [q.person for q in named('"The road will reopen on Monday," Tom Nowak told us.', people=("Tom Nowak",))] == [
        "Tom Nowak"
    ]


def test_a_name_after_a_preposition_is_not_the_speaker() -> None:
    quotes = named(
        'Ada Lind, an economist at Brindle Partners said: "Rates will rise again this year."',
        people=("Ada Lind", "Brindle Partners"),
    )
    assert [quote.person for quote in quotes] == ["Ada Lind"]


def test_a_speaker_named_after_another_quotation_does_not_take_the_first() -> None:
    quotes = named(
        '"Is the depot open on Sundays now?" asked the driver. "Only in the summer months," said Cy Hale.',
        people=("Cy Hale",),
    )
    assert [(quote.person, quote.text) for quote in quotes] == [("Cy Hale", "Only in the summer months")]


def test_an_unnamed_subject_between_name_and_verb_speaks() -> None:
    quotes = named(
        'According to Ada Lind the chairman said: "Nobody will lose their allotment this year."',
        'Ada Lind said: "Nobody will lose their allotment next year either."',
        people=("Ada Lind",),
    )
    assert [quote.text for quote in quotes] == ["Nobody will lose their allotment next year either."]


def test_titles_and_wording_are_not_quotations() -> None:
    quotes = named(
        'Cy Hale said his column "The Week In Wretton Parish" would return.',
        'Cy Hale asked for the words "the hedge was cut in May" to be added to the minutes.',
        'Cy Hale said: "The hedge was cut in May by volunteers."',
        people=("Cy Hale",),
    )
    assert [quote.text for quote in quotes] == ["The hedge was cut in May by volunteers."]


def test_an_amendments_wording_is_not_speech() -> None:
    quotes = named(
        'Cy Hale asked for an amendment to the item "Open Forum" as follows - "The hall committee agreed the new '
        'rent." Ada Lind said: "The rent is fair to everyone."',
        people=("Cy Hale", "Ada Lind"),
    )
    assert [(quote.person, quote.text) for quote in quotes] == [("Ada Lind", "The rent is fair to everyone.")]


def test_a_common_word_taken_for_a_name_speaks_no_quote() -> None:
    quotes = named('Item said: "The hall roof needs repairs this year."', "The next item was the budget.",
                   people=("Item",))
    assert quotes == ()


def test_a_missing_closing_mark_ends_the_quote_with_its_sentence() -> None:
    quotes = named('Cy Hale said: "The depot will close in March. The council then voted on the budget.',
                   people=("Cy Hale",))
    assert [quote.text for quote in quotes] == ["The depot will close in March."]


def test_a_passive_speech_verb_does_not_make_its_subject_the_speaker() -> None:
    quotes = named(
        'At the barber\'s Cy Hale was asked: "Do you want anything off the top today?"',
        'Cy Hale replied: "Only a little off the sides, thank you."',
        people=("Cy Hale",),
    )
    assert [quote.text for quote in quotes] == ["Only a little off the sides, thank you."]


def test_he_said_is_the_one_the_sentence_before_has_speaking() -> None:
    quotes = named(
        "Mr Lee's rebate was less than the opposition offered, Mr Roe said.",
        'Voters had "a clear choice between waste and value for money", he said.',
        people=("Sam Lee", "Tim Roe"),
    )
    assert [quote.person for quote in quotes] == ["Tim Roe"]


def test_a_body_taken_for_a_person_is_given_no_quotation() -> None:
    said = '"We will fight the ruling in every court," {} said in a filing.'
    assert named(said.format("Brindle Bank"), people=("Brindle Bank",)) == ()
    assert [q.person for q in named(said.format("Ada Lind"), people=("Ada Lind",))] == ["Ada Lind"]


def test_run_together_paragraphs_of_one_speech_share_the_speaker_named_at_the_end() -> None:
    facts = quotes_in('"We played well in the first half. "The second half was a different story," said Jo Bell.')
    assert [fact.person for fact in facts] == ["Jo Bell", "Jo Bell"]


def test_a_given_name_gives_a_pronoun_its_person() -> None:
    facts = quotes_in("Tessa Lind said the plans had changed.", "Tom Hunt said they had not.",
                      '"The plans are simply not good enough," she said.')
    assert [fact.person for fact in facts] == ["Tessa Lind"]  # Tom is "he"


def test_quoted_as_saying_gives_the_words_to_whom_was_quoted() -> None:
    assert quotes_in('Mr Jo Bell quoted the plan as saying: "We will build new homes on this land."') == ()


def test_a_pronoun_after_an_unnamed_subject_is_not_the_person_named_before() -> None:
    facts = quotes_in("Mr Tom Hunt said the plan was sound.", "But a spokesman for the council disagreed.",
                      'He said: "The plan has not been costed at all."')
    assert facts == ()


def test_a_name_before_a_first_person_subject_is_not_the_speaker() -> None:
    assert quotes_in('Mr Tom Hunt left. Well I could say, "What kind of man are we looking for here?"') == ()


def test_an_answer_after_a_question_is_the_answers() -> None:
    facts = quotes_in('Mr Tom Hunt went to the barber, who asked, "Anything off the top today?" to which he replied, '
                      '"Yes, please, all of it."')
    assert [(fact.person, fact.text) for fact in facts] == [("Tom Hunt", "Yes, please, all of it.")]


def test_a_speaker_described_by_age_is_the_person_the_report_is_about() -> None:
    facts = quotes_in("Mr Tom Hunt won the final on Sunday.",
                      '"It was the best day of my whole career," the 30-year-old told reporters.')
    assert [fact.person for fact in facts] == ["Tom Hunt"]


def test_he_does_not_go_back_to_a_name_after_a_preposition() -> None:
    facts = quotes_in("The match was spoiled by the sending off of Mr Tom Hunt for a foul.",
                      '"It was a horrible game from start to finish," he said.')
    assert facts == ()


def test_a_speaker_does_not_name_himself_as_someone_else() -> None:
    quotes = named(
        "Mr Al Hunt won the final on Sunday.",
        '"I had a chance in the third set against Al to win the match," he said.',
        people=("Al Hunt",),
    )
    assert quotes == ()


def test_a_description_of_the_speaker_means_the_person_the_report_is_about() -> None:
    quotes = named(
        "Ada Lind will race again in Sydney next month.",
        "The coach Al Hunt said she had trained hard.",
        '"I have not done much since April, but I am fit," said the 22-year-old.',
        people=("Ada Lind", "Al Hunt"),
    )
    assert [(quote.person, quote.text) for quote in quotes] == [
        ("Ada Lind", "I have not done much since April, but I am fit")
    ]


def test_he_after_a_sentence_about_the_25_year_old_is_the_person_the_report_is_about() -> None:
    quotes = named(
        "Ada Lind is ready to stay at the club.",
        "Mr Al Hunt is ready to bid for him. But the 25-year-old Dubliner wants to stay.",
        'He added: "I really enjoy it here and I want to keep that going."',
        people=("Ada Lind", "Al Hunt"),
    )
    assert [quote.person for quote in quotes] == ["Ada Lind"]


def speakers(paragraphs: list[str], *names: str) -> list[str]:
    return [quote.person for quote in find_quotes(paragraphs, surname_mentions(paragraphs, *names))]


def test_a_name_in_a_relative_aside_is_not_the_speaker() -> None:
    paragraphs = ['Keeper Tom Ashby, whose rivalry with goalkeeper Piet Brandt was no secret, said: "I always blame '
                  'myself when we concede."']
    assert speakers(paragraphs, "Tom Ashby", "Piet Brandt") == ["Tom Ashby"]


def test_a_name_describing_the_next_name_is_not_the_speaker() -> None:
    paragraphs = ['"The film should thank you for this star," said Night Falls producer Kenji Sato. "But sadly, '
                  'he cannot speak English," he added.']
    assert speakers(paragraphs, "Night Falls", "Kenji Sato") == ["Kenji Sato", "Kenji Sato"]


def test_he_after_an_object_with_a_description_finds_no_one() -> None:
    paragraphs = ['The midfielder also claims he has not had the backing of boss Alan Peters since his move. '
                  '"I cannot understand why I am in this situation," he continued.']
    assert speakers(paragraphs, "Alan Peters") == []


def test_names_listed_after_including_are_not_he() -> None:
    paragraphs = ['The game features big names including Sam Reed, Joe Dunn and Ben Hale. But he admitted the cause '
                  'won him over. "I did not hesitate to say yes to the match."']
    assert speakers(paragraphs, "Sam Reed", "Joe Dunn", "Ben Hale") == []


def test_a_sentence_ends_after_a_closing_quote_mark() -> None:
    paragraphs = ['Max Jones said: "She is pleased with her run. It could depend on training." And he admitted '
                  'Cole\'s presence was a boost to the team. "She is a very good team member to have there," he added.']
    assert speakers(paragraphs, "Max Jones", "Lou Cole") == ["Max Jones", "Max Jones"]


def test_words_billed_as_a_slogan_are_not_speech() -> None:
    paragraphs = ['"It adapts to how you run," said Ann Cole. The shoe is billed as "the first truly intelligent '
                  'running shoe for everyone".']
    assert speakers(paragraphs, "Ann Cole") == ["Ann Cole"]


def quoted_by(paragraphs: list[str], *names: str) -> dict[str, str]:
    return {quote.text[:12]: quote.person for quote in find_quotes(paragraphs, surname_mentions(paragraphs, *names))}


def test_an_unnamed_subject_before_the_verb_and_its_object() -> None:
    paragraphs = ['Sam Reed tells a story. A wife said to her husband "You know, I was a fool when I married you" '
                  'He replied, "Yes dear, but I was in love and did not notice."']
    assert "You know, I " not in quoted_by(paragraphs, "Sam Reed")


def test_an_unnamed_subject_after_the_verb() -> None:
    paragraphs = ['Sam Reed told a joke.', 'A small girl asked about the baby. The child went to her father for '
                  'confirmation. "Yes, it is true", he said. "Well Daddy", said his daughter, "Mummy has eaten it!"']
    assert quoted_by(paragraphs, "Sam Reed") == {}


def test_he_after_an_unnamed_spokesman_is_not_someone_named_before() -> None:
    paragraphs = ['The top single was by Tom Hale, whose record sold well.',
                  'A spokesman for the institute said the chart was due "within the first half of this year". "Work is '
                  'going on across the business right now to make sure it works," he said. The institute spokesman '
                  'called the chart "a great success". "It has provided a focus for the industry," he said.']
    assert quoted_by(paragraphs, "Tom Hale") == {}


def test_a_speaker_the_name_finder_missed_is_not_someone_else() -> None:
    paragraphs = ['Rick Ward had a goldfish he thought was ill. "It looks alright to me today" said Paddy.']
    assert speakers(paragraphs, "Rick Ward") == []


def test_names_the_reported_clause_mentions_are_not_the_speaker() -> None:
    paragraphs = ['Ella Stone was also there. The 14-year-old said she was hoping to meet Tom Hale and Sam Reed but '
                  'joked that "they are probably a little too old for me".']
    assert quoted_by(paragraphs, "Ella Stone", "Tom Hale", "Sam Reed").get("they are pro") in (None, "Ella Stone")


def test_quoted_as_saying_is_the_subjects() -> None:
    found = quotes_in("Mr Al Hunt studied the wind.",
                      'He was quoted as saying "Wind power on a large scale will leave its mark on the air."')
    assert [quote.person for quote in found] == ["Al Hunt"]
    found = quotes_in('Mr Al Hunt was quoted as saying "Wind power on a large scale will leave its mark."')
    assert [quote.person for quote in found] == ["Al Hunt"]


def test_a_comment_made_by_someone_is_theirs_not_the_askers() -> None:
    found = quotes_in('Cllr Jo Bellamy asked that the following comment, made by Cllr Al Hunt, be minuted: '
                      '"there is waste on the Parish Council today".')
    assert [quote.person for quote in found] == ["Al Hunt"]


def test_he_is_not_a_prepositions_object_when_the_sentence_has_another_name() -> None:
    found = quotes_in("Mr Jo Bellamy, executive partner of Mr Al Hunt said the firm was sad.",
                      'He added: "Kay has decided that this announcement should be made now and we agree."')
    assert [quote.person for quote in found] == ["Jo Bellamy"]


def test_a_loose_closing_mark_after_a_comma_closes_the_quote() -> None:
    found = quotes_in('"We have sold more coats this winter than ever in Ruritania, " said Mr Al Hunt. "Next year '
                      'we will open four new shops," he added.')
    assert [(quote.person, quote.text[:12]) for quote in found] == [("Al Hunt", "We have sold"),
                                                                   ("Al Hunt", "Next year we")]


def test_he_said_goes_on_with_the_last_speaker_past_a_name_only_in_the_possessive() -> None:
    facts = quotes_in('"We were the better side all night," said Mr Tom Hunt. The crowd cheered Mr Sam Reed\'s '
                      'late goal. "I cannot thank the fans enough for their support," he said.')
    assert [fact.person for fact in facts] == ["Tom Hunt", "Tom Hunt"]


def test_he_said_does_not_go_on_with_a_last_speaker_of_the_other_sex() -> None:
    facts = quotes_in('"We were the better side all night," said Mrs Ann Hunt. The crowd cheered Mr Sam Reed\'s '
                      'late goal. "I cannot thank the fans enough for their support," he said.')
    assert [fact.person for fact in facts] == ["Ann Hunt", "Sam Reed"]


def test_a_surname_alone_the_name_finder_missed_still_names_the_speaker() -> None:
    # The sentence before "he said" names its subject by surname only, and a player he mentions in full.
    spans = (
        NameSpan(0, 0, 13, "Arjen Vollmer", "Arjen Vollmer"),
        NameSpan(1, 64, 78, "Aaron Mkhabela", "Aaron Mkhabela"),
    )
    paragraphs = [
        "Arjen Vollmer has broken a bone in his foot.",
        "Vollmer claims he knew at once when he was felled by midfielder Aaron Mkhabela. "
        '"I felt my leg go straight away," he said.',
    ]
    assert paragraphs[1][64:78] == "Aaron Mkhabela"
    people = PeopleResult(people=(), spans=spans)
    quotes = find_quotes(paragraphs, people)
    assert [quote.person for quote in quotes] == ["Arjen Vollmer"]


def test_said_she_opening_a_clause_is_not_an_inverted_said_she() -> None:
    quotes = quotes_in(
        "The shop manager Robin Tarrant said sales were up.",
        'The author said she had plenty of time "to tinker with the manuscript to my satisfaction".',
    )
    assert quotes == ()


def test_she_added_goes_on_with_an_unnamed_spokeswoman() -> None:
    quotes = quotes_in(
        "Jo Vaughan and Denise Van Wyk's show will not return, the channel said.",
        '"There are currently no plans for another series," a spokeswoman said. She added the pair '
        '"brought a real warmth to Saturday night, but we had done enough".',
    )
    assert quotes == ()


def test_the_person_told_is_not_the_speaker() -> None:
    quotes = quotes_in(
        "Party leader Michael Hollis accused the minister of squabbling.",
        "He told Sky News' Sunday with Adam Boulter: \"This is the politics of the playground, and no more.\"",
    )
    assert [quote.person for quote in quotes] == ["Michael Hollis"]


def test_the_person_described_as_is_not_the_speaker() -> None:
    quotes = quotes_in('The legal submission described Britt Spearing as "one of the most recognised performers in '
                       'her industry".')
    assert quotes == ()


def test_a_newspaper_named_like_a_person_is_not_the_speaker() -> None:
    quotes = quotes_in('"His name is no longer sufficient to guarantee the success of a film," said Le Monde '
                       "newspaper.")
    assert quotes == ()


def test_an_official_statement_is_no_unnamed_speaker() -> None:
    quotes = quotes_in(
        "Ms Ellen Simms was suspended by the airline in September.",
        'She said in an official statement: "I am filing a complaint with the federal government." She added she '
        'had hired a law firm to act for "wrongful termination and lost future wages."',
    )
    assert ("Ellen Simms", "wrongful termination and lost future wages.") in [
        (quote.person, quote.text) for quote in quotes]


def test_said_the_child_is_the_reporters_clause_not_an_unnamed_speaker() -> None:
    quotes = quotes_in(
        "Professor Nick Negus wants a laptop for every child. He said the child could use it as a text book. "
        'He described the device as a stripped down laptop, "We have to get the display down to below $20."',
    )
    assert [quote.person for quote in quotes] == ["Nick Negus"]


def test_described_by_a_person_as_is_their_description() -> None:
    quotes = quotes_in('Also taken was a sapphire described by Mrs Sharon Osgood as "one of the only sapphires that is '
                       'absolutely pure".')
    assert [quote.person for quote in quotes] == ["Sharon Osgood"]


def test_she_said_after_a_subject_the_name_finder_missed_is_nobodys() -> None:
    # "Kowalczyk" is no name the finder gave: "she said" after her sentence is hers, not the player's she names.
    quotes = quotes_in(
        "Ms Nadia Dechaux says she was implicated in the row.",
        'Kowalczyk is also angry and says that Ms Dechaux and herself are the victims. "You have no idea what I '
        'have been through all these days," she said.',
    )
    assert quotes == ()


def test_she_said_after_a_pronoun_subject_still_goes_back_to_the_name() -> None:
    quotes = quotes_in(
        "Ms Nadia Dechaux says she was implicated in the row.",
        'She is also angry and says the players are the victims. "You have no idea what I have been through all '
        'these days," she said.',
    )
    assert [quote.person for quote in quotes] == ["Nadia Dechaux"]


def test_a_constituency_after_mp_for_is_no_speaker() -> None:
    paragraphs = [
        "Mr Harold Penrose spoke to the committee on Tuesday. The MP for Kilbarrow and Stenmoor said: "
        '"The plan was rushed through without any thought for the people who live here."',
    ]
    text = paragraphs[0]
    entities = [
        EntitySpan(0, text.index(word), text.index(word) + len(word), "PERSON", word)
        for word in ("Harold Penrose", "Kilbarrow", "Stenmoor")
    ]
    people = find_people(paragraphs, entities)
    assert [person.name for person in people.people] == ["Harold Penrose"]
    assert all(quote.person != "Stenmoor" for quote in find_quotes(paragraphs, people))


def test_a_name_after_the_whole_constituency_is_still_a_person() -> None:
    paragraphs = ['The Labour MP for Kilbarrow and Stenmoor, Jane Holloway, said: "We were never asked about it."']
    text = paragraphs[0]
    entities = [
        EntitySpan(0, text.index(word), text.index(word) + len(word), "PERSON", word)
        for word in ("Stenmoor", "Jane Holloway")
    ]
    people = find_people(paragraphs, entities)
    assert [person.name for person in people.people] == ["Jane Holloway"]
    assert [quote.person for quote in find_quotes(paragraphs, people)] == ["Jane Holloway"]


def test_a_description_after_a_speaker_the_name_finder_missed_is_not_the_report_subject() -> None:
    # "Kovalenko" is no name the finder gives here; "the Swede" after "Kovalenko said ..." is Kovalenko, so "he
    # said" is nobody's rather than the person the opening paragraph is about.
    paragraphs = [
        "Alan Brookfield won in straight sets on Monday to reach the final.",
        "Kovalenko survived a scare as he battled past Marco Petrovic in four sets.",
        "Petrovic looked set to push Kovalenko all the way. Kovalenko said he was trying to keep calm. The Swede hit "
        'himself twice in one outburst. "I try to stay calm because you might never come back against him," he said.',
    ]
    entities = [
        EntitySpan(index, text.index(name), text.index(name) + len(name), "PERSON", name)
        for index, text in enumerate(paragraphs)
        for name in ("Alan Brookfield", "Marco Petrovic")
        if name in text
    ]
    people = find_people(paragraphs, entities)
    assert [quote.person for quote in find_quotes(paragraphs, people)] == []


def person_entities(paragraphs: list[str], *names: str) -> list[EntitySpan]:
    """PERSON entities as the model might report them (right or wrong), for rules tested on their own."""
    return [
        EntitySpan(index, text.index(name), text.index(name) + len(name), "PERSON", name)
        for index, text in enumerate(paragraphs)
        for name in names
        if name in text
    ]


def test_the_member_for_a_seat_speaks_unnamed_not_the_name_after_the_verb() -> None:
    paragraphs = [
        "Harold Penrose predicted the campaign would get going once the budget was out. The MP for Kilbarrow and "
        'Stenmoor said Prime Minister Ann Voss had been trying to win back trust through a "long campaign of '
        'patient and quiet trust".'
    ]
    people = find_people(paragraphs, person_entities(paragraphs, "Harold Penrose", "Ann Voss", "Stenmoor"))
    assert find_quotes(paragraphs, people) == ()


def test_a_member_named_after_the_seat_speaks_under_a_name_without_the_seat() -> None:
    paragraphs = ['Labour MP for Kilbarrow Jane Holloway said: "We were never asked about any of it at all."']
    people = find_people(paragraphs, person_entities(paragraphs, "Jane Holloway"))
    assert [quote.person for quote in find_quotes(paragraphs, people)] == ["Jane Holloway"]


def test_a_quotation_in_brackets_right_after_a_name_is_that_persons() -> None:
    paragraphs = ['The tail held firm with some bold hitting by Rhys Tallon ("the longest I have ever hit one!") '
                  "before the innings closed."]
    people = find_people(paragraphs, person_entities(paragraphs, "Rhys Tallon"))
    assert [quote.person for quote in find_quotes(paragraphs, people)] == ["Rhys Tallon"]


def test_the_words_of_a_letter_are_its_writers() -> None:
    paragraphs = ['There is a letter from Mrs Odile Penhaligon to the clerk which reads "I write to object to the '
                  'way the vote on the quarry was taken".']
    people = find_people(paragraphs, person_entities(paragraphs, "Odile Penhaligon"))
    assert [quote.person for quote in find_quotes(paragraphs, people)] == ["Odile Penhaligon"]


def test_a_letter_about_someone_gives_them_no_words() -> None:
    paragraphs = ['The clerk read a letter from the county about Mrs Odile Penhaligon: "The verge will be cut '
                  'back in the spring".']
    people = find_people(paragraphs, person_entities(paragraphs, "Odile Penhaligon"))
    assert find_quotes(paragraphs, people) == ()


def test_as_he_puts_it_gives_the_words_to_him() -> None:
    paragraphs = ['Garth Hollins is wrong if he thinks the objectors see it as "a chance to pull down the '
                  'gentry" as he puts it.']
    people = find_people(paragraphs, person_entities(paragraphs, "Garth Hollins"))
    assert [quote.person for quote in find_quotes(paragraphs, people)] == ["Garth Hollins"]


def test_an_unknown_speaker_after_the_verb_is_not_the_known_one_past_the_next_quote() -> None:
    paragraphs = ['Brendan Quayle has a cat. "It looks very well to me" said Fergal "Aye" said Quayle "You '
                  'should see it after its supper".']
    people = find_people(paragraphs, person_entities(paragraphs, "Brendan Quayle"))
    quotes = find_quotes(paragraphs, people)
    expected = [("Brendan Quayle", "You should see it after its supper")]
    assert [(quote.person, quote.text) for quote in quotes] == expected


def test_a_quotation_naming_the_paper_read_out_is_a_title() -> None:
    paragraphs = ["Cllr Odile Penhaligon read out a statement “guidance for members of the public at meetings”."]
    people = find_people(paragraphs, person_entities(paragraphs, "Odile Penhaligon"))
    assert find_quotes(paragraphs, people) == ()


def test_he_replied_after_words_to_an_unnamed_man_is_that_mans_reply() -> None:
    paragraphs = [
        "Ambrose Tilley writes a column for us each month.",
        "Marriage is the only war where you sleep with the enemy.",
        'After a row, a woman said to her husband "You never listen to a word I say" He replied, "Sorry dear, what '
        'was that you were saying?" A joke, of course.',
    ]
    people = find_people(paragraphs, person_entities(paragraphs, "Ambrose Tilley"))
    assert find_quotes(paragraphs, people) == ()


def test_a_speech_verb_in_the_present_tense_before_the_speaker() -> None:
    """ "Observes Mr Doe:" and ", notes Mr Doe." name the speaker as "observed" and "noted" do."""
    quotes = quotes_in('Prices rose again. Observes Mr Jo Brindle: "The rich get richer and the poor stay poor."')
    assert [quote.person for quote in quotes] == ["Jo Brindle"]
    quotes = quotes_in('"The hall will need a new roof within five years," notes Mr Jo Brindle.')
    assert [quote.person for quote in quotes] == ["Jo Brindle"]


def test_a_name_styled_with_the_after_a_description_is_the_speaker() -> None:
    quotes = quotes_in("Mr Al Hunt opened the fete.",
                       'The vicar, the Rev Jo Brindle, said: "Everyone is welcome at the harvest supper."',
                       'The rector, the Reverend Ola Penhaligon, said: "The bells will ring again at Easter."')
    assert [quote.person for quote in quotes] == ["Jo Brindle", "Ola Penhaligon"]


def test_a_quotation_signed_with_a_name_after_it() -> None:
    quotes = quotes_in("The hall was full on Friday night.",
                       '"We will keep fighting this plan until the very end," Mrs Ola Penhaligon.',
                       '"It was the best fete the village has had in years" - Mr Tom Lacey, organiser.',
                       '"Thank you to everyone who helped with the clear-up" (Mrs Ann Pike, Chair).')
    assert [quote.person for quote in quotes] == ["Ola Penhaligon", "Tom Lacey", "Ann Pike"]


def test_a_name_after_a_quotation_opening_its_own_sentence_signs_nothing() -> None:
    quotes = quotes_in("The hall was full on Friday night.",
                       '"We all want the bypass built by next spring." Tom Lacey was not so sure about it.')
    assert quotes == ()
