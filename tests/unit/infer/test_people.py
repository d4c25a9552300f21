"""People: one canonical name each, aliases, surname and typo joins, and what is not a person."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cuttings.infer.findings import EntitySpan, PeopleResult
from cuttings.infer.ner import find_entities, load_ner
from cuttings.infer.people import _CAPITALISED_WORD, _capitalised_words_among, find_people
from tests.unit.infer.mentions import entity


def people_in(text: str) -> PeopleResult:
    paragraphs = [block.strip() for block in text.split("\n\n") if block.strip()]
    return find_people(paragraphs, find_entities(paragraphs))


def names(result: PeopleResult) -> list[str]:
    return [person.name for person in result.people]


def aliases_of(result: PeopleResult, name: str) -> tuple[str, ...]:
    return next(person.aliases for person in result.people if person.name == name)


def person_entity(paragraphs: list[str], index: int, text: str) -> EntitySpan:
    """A PERSON entity as the model might report it (right or wrong), for rules tested on their own."""
    start = paragraphs[index].index(text)
    return EntitySpan(index, start, start + len(text), "PERSON", text)


def test_honorific_forms_and_post_nominals_are_one_person() -> None:
    result = people_in(
        "Cllr Harriet Quayle MBE opened the new library on Monday.\n\n"
        "Coun Harriet Quayle said the building had cost less than planned.\n\n"
        "Coun Quayle thanked the volunteers."
    )
    assert names(result) == ["Harriet Quayle"]
    assert set(aliases_of(result, "Harriet Quayle")) >= {"Cllr Harriet Quayle MBE", "Coun Quayle"}
    assert "Harriet Quayle" not in aliases_of(result, "Harriet Quayle")


def test_title_and_surname_join_the_full_name() -> None:
    result = people_in(
        "The inquiry was led by retired judge Simon Ardwick.\n\n"
        "Mr Ardwick said the evidence was clear.\n\n"
        "Ardwick's report runs to 400 pages."
    )
    assert names(result) == ["Simon Ardwick"]
    assert {"Mr Ardwick", "Ardwick"} <= set(aliases_of(result, "Simon Ardwick"))


def test_misspelt_surname_one_edit_away_joins() -> None:
    result = people_in(
        "Inspector Colin Marchbank visited the school.\n\n"
        "Mr Marchbanks said the pupils were a credit to it."
    )
    assert names(result) == ["Colin Marchbank"]
    assert "Mr Marchbanks" in aliases_of(result, "Colin Marchbank")


def test_transposed_letters_count_as_one_edit() -> None:
    paragraphs = ["The report was written by Helen Fairbairn.", "Ms Fiarbairn said the findings were stark."]
    entities = [person_entity(paragraphs, 0, "Helen Fairbairn")]
    result = find_people(paragraphs, entities)
    assert names(result) == ["Helen Fairbairn"]
    assert "Ms Fiarbairn" in aliases_of(result, "Helen Fairbairn")


def test_a_royal_title_and_a_word_one_edit_off_is_no_slip_of_a_surname() -> None:
    # "King Dorrew" is a regnal name or a thing's (a film, a ship), not "Mr Dorrow" misspelt: the word after "King"
    # is no surname, so it does not join the article's "Colin Dorrow", nor lend his page its spelling.
    paragraphs = ["Crowds came to see King Dorrew again.", "Colin Dorrow spoke at the screening.",
                  "Mr Dorrow said it had aged well."]
    entities = [person_entity(paragraphs, 0, "King Dorrew"), person_entity(paragraphs, 1, "Colin Dorrow")]
    result = find_people(paragraphs, entities)
    assert "Colin Dorrow" in names(result)
    assert "King Dorrew" not in aliases_of(result, "Colin Dorrow")
    assert "Mr Dorrow" in aliases_of(result, "Colin Dorrow")


def test_a_full_name_of_other_given_names_is_no_slip_of_a_surname() -> None:
    # A surname a letter off joins only a full name of the same first given name: "Peter Marchbanks" is another
    # man than "Colin Marchbank", and neither page takes the other's given or surname.
    paragraphs = ["Inspector Colin Marchbank visited the school.", "Peter Marchbanks, the head, showed him round."]
    entities = [person_entity(paragraphs, 0, "Colin Marchbank"), person_entity(paragraphs, 1, "Peter Marchbanks")]
    assert sorted(names(find_people(paragraphs, entities))) == ["Colin Marchbank", "Peter Marchbanks"]


def test_two_people_sharing_a_surname_stay_apart() -> None:
    result = people_in(
        "Councillor Alan Pettigrew proposed the motion.\n\n"
        "It was seconded by Councillor Ruth Pettigrew, his wife.\n\n"
        "Coun Pettigrew said she was proud of the vote."
    )
    assert names(result) == ["Alan Pettigrew", "Ruth Pettigrew"]
    # The bare surname goes to the nearest full name before it.
    assert "Coun Pettigrew" in aliases_of(result, "Ruth Pettigrew")
    assert "Coun Pettigrew" not in aliases_of(result, "Alan Pettigrew")


def test_sir_with_a_given_name_joins_the_full_name() -> None:
    paragraphs = ["Sir Edmund Thwaite opened the bridge.", "Sir Edmund said it had been a long wait."]
    result = find_people(paragraphs, [person_entity(paragraphs, 0, "Sir Edmund Thwaite")])
    assert names(result) == ["Edmund Thwaite"]
    assert "Sir Edmund" in aliases_of(result, "Edmund Thwaite")


def test_title_and_surname_alone_keep_the_surname_with_the_title_as_alias() -> None:
    paragraphs = ["Mr Pennock, who lives on the estate, objected to the plan."]
    result = find_people(paragraphs, [])
    assert names(result) == ["Pennock"]
    assert aliases_of(result, "Pennock") == ("Mr Pennock",)


def test_honorific_rule_finds_names_the_model_misses() -> None:
    paragraphs = ["The meeting was chaired by Cllr Jo Brindle and attended by Councillor Oakes."]
    assert names(find_people(paragraphs, [])) == ["Jo Brindle", "Oakes"]


def test_speech_and_role_rules_find_names_the_model_misses() -> None:
    paragraphs = [
        "Funding will rise next year, chief executive Priya Raman told staff.",
        "Tomasz Nowicki said the depot would close.",
    ]
    assert names(find_people(paragraphs, [])) == ["Priya Raman", "Tomasz Nowicki"]


def test_places_and_organisations_the_model_calls_people_are_dropped() -> None:
    paragraphs = [
        "Shoppers in Halifax were asked for their views.",
        "Halifax has two new car parks, and Ofwat approved the water plan.",
    ]
    entities = [
        person_entity(paragraphs, 0, "Halifax"),
        person_entity(paragraphs, 1, "Halifax"),
        person_entity(paragraphs, 1, "Ofwat"),
    ]
    assert names(find_people(paragraphs, entities)) == []


def test_a_building_named_after_someone_is_not_a_person() -> None:
    paragraphs = ["The show opened at the Prince Quentin Theatre and moved to the Jane Harbour Hospital ward."]
    entities = [person_entity(paragraphs, 0, "Quentin Theatre"), person_entity(paragraphs, 0, "Jane Harbour Hospital")]
    assert names(find_people(paragraphs, entities)) == []
    assert names(people_in("Jane Harbour, the theatre's director, said it was sold out.")) == ["Jane Harbour"]


def test_a_label_or_a_hanging_hyphen_is_no_part_of_a_name() -> None:
    paragraphs = ["Barton Town: Marlowe, Osgood, Pike. Subs: Quill, Roe- Harbour."]
    entities = [person_entity(paragraphs, 0, "Barton Town: Marlowe"), person_entity(paragraphs, 0, "Roe- Harbour")]
    assert not {"Barton Town: Marlowe", "Roe- Harbour"} & set(names(find_people(paragraphs, entities)))


def test_a_members_code_in_minutes_is_no_bodys_acronym() -> None:
    paragraphs = ["Present: Quentin Marlowe (QMA) and Rhoda Osgood (ROS).", "Apologies: Harbour Films (HF)."]
    entities = [person_entity(paragraphs, 0, "Quentin Marlowe"), person_entity(paragraphs, 0, "Rhoda Osgood"),
                person_entity(paragraphs, 1, "Harbour Films")]
    assert names(find_people(paragraphs, entities)) == ["Quentin Marlowe", "Rhoda Osgood"]


def test_a_name_before_a_firms_legal_ending_is_the_firms() -> None:
    paragraphs = ["A letter from Q. Marlowe & Sons asked to fence the field; Harbour Osgood Ltd quoted £40."]
    entities = [person_entity(paragraphs, 0, "Q. Marlowe"), person_entity(paragraphs, 0, "Harbour Osgood")]
    assert names(find_people(paragraphs, entities)) == []
    fenced = people_in("Jane Marlowe and Sonia Osgood said the field was fenced.")
    assert names(fenced) == ["Jane Marlowe", "Sonia Osgood"]


def test_a_name_before_a_partners_ampersand_is_the_practices() -> None:
    paragraphs = ["Mr. Osgood from Harbour Osgood & Quillan will bring sketch plans to the October meeting.",
                  "Talbot Marlowe & Fenwick quoted £90 for the gates."]
    entities = [EntitySpan(0, 0, 10, "PERSON", "Mr. Osgood"), person_entity(paragraphs, 1, "Talbot Marlowe")]
    assert names(find_people(paragraphs, entities)) == ["Osgood"], "Mr Osgood, his given name unknown"
    couple = ["Jane Marlowe & Sonia Osgood said the field was fenced; Mr Quillan & Mrs Fenwick agreed."]
    entities = [person_entity(couple, 0, "Jane Marlowe"), person_entity(couple, 0, "Sonia Osgood")]
    assert {"Jane Marlowe", "Sonia Osgood"} <= set(names(find_people(couple, entities)))


def test_a_sons_generational_letters_stay_in_his_name() -> None:
    paragraphs = ["The label looked after country singer Hank Quillan Jr, who toured in May.",
                  "Quillan said the tour would go on."]
    entities = [person_entity(paragraphs, 0, "Hank Quillan Jr")]
    assert names(find_people(paragraphs, entities)) == ["Hank Quillan Jr"]
    plain = ["Country singer Hank Quillan said the tour would go on."]
    assert names(find_people(plain, [person_entity(plain, 0, "Hank Quillan")])) == ["Hank Quillan"]


def test_a_name_before_its_spokesman_is_a_firms() -> None:
    paragraphs = ["Quentin Harbour made the move after callers bet on the result.",
                  '"It was no guess," Quentin Harbour spokesman Rupert Osgood said.']
    entities = [person_entity(paragraphs, 0, "Quentin Harbour"), person_entity(paragraphs, 1, "Rupert Osgood")]
    assert names(find_people(paragraphs, entities)) == ["Rupert Osgood"]
    own = ["Mr Quentin Harbour made the move.", "Quentin Harbour spokesman Rupert Osgood said so."]
    entities = [person_entity(own, 0, "Quentin Harbour"), person_entity(own, 1, "Rupert Osgood")]
    assert "Quentin Harbour" in names(find_people(own, entities)), "a title: a person, and his spokesman"


def test_a_participle_where_the_given_name_goes_is_no_name() -> None:
    paragraphs = ["Dinner was steak pie followed by Spotted Jones and custard.",
                  "Racing Morris beat the visitors, and Fred Quenby scored."]
    entities = [person_entity(paragraphs, 0, "Spotted Jones"), person_entity(paragraphs, 1, "Racing Morris"),
                person_entity(paragraphs, 1, "Fred Quenby")]
    assert names(find_people(paragraphs, entities)) == ["Fred Quenby"]


def test_a_committee_name_is_not_a_person() -> None:
    paragraphs = ["The Children and Young People Committee met on Tuesday."]
    entities = [person_entity(paragraphs, 0, "Young People")]
    assert names(find_people(paragraphs, entities)) == []


def test_capitalised_sentence_starts_are_not_names() -> None:
    paragraphs = ["However Gina Lockwood said the plan was sound."]
    entities = [person_entity(paragraphs, 0, "However Gina Lockwood")]
    assert names(find_people(paragraphs, entities)) == ["Gina Lockwood"]


def test_shouted_headlines_and_strings_with_digits_are_not_people() -> None:
    paragraphs = ["COUNCIL TAX TO RISE", "Flat 12 Block B was empty."]
    entities = [person_entity(paragraphs, 0, "COUNCIL TAX"), person_entity(paragraphs, 1, "Flat 12")]
    assert names(find_people(paragraphs, entities)) == []


def test_spans_point_at_each_mention() -> None:
    paragraphs = ["Cllr Jo Brindle spoke first.", "Later Coun Brindle left."]
    result = find_people(paragraphs, [])
    surfaces = [(span.paragraph, paragraphs[span.paragraph][span.start : span.end], span.person)
                for span in result.spans]
    assert surfaces == [(0, "Cllr Jo Brindle", "Jo Brindle"), (1, "Coun Brindle", "Jo Brindle")]


def test_a_bare_first_name_joins_the_one_person_with_that_first_name() -> None:
    paragraphs = ["Quarterback Randolph Okoye retired on Friday.", "Randolph was the heart of the team."]
    entities = [person_entity(paragraphs, 0, "Randolph Okoye"), person_entity(paragraphs, 1, "Randolph")]
    result = find_people(paragraphs, entities)
    assert names(result) == ["Randolph Okoye"]
    assert "Randolph" in aliases_of(result, "Randolph Okoye")


def test_a_two_word_place_after_a_locative_is_not_a_person() -> None:
    paragraphs = ["The fete at Little Harrow raised money for the church roof."]
    assert names(find_people(paragraphs, [person_entity(paragraphs, 0, "Little Harrow")])) == []


def test_a_heading_is_not_a_person() -> None:
    paragraphs = ["Churchyard Grass Cutting", "The contract was renewed for a year."]
    assert names(find_people(paragraphs, [person_entity(paragraphs, 0, "Churchyard Grass Cutting")])) == []


def test_the_model_is_loaded_once_with_only_its_entity_recogniser() -> None:
    assert load_ner() is load_ner()
    assert load_ner().pipe_names == ["ner"]


def test_entity_offsets_point_into_their_paragraph() -> None:
    paragraphs = ["Nothing here.", "Margaret Thornbury said the library in Leeds would stay open."]
    entities = find_entities(paragraphs)
    assert entities
    for span in entities:
        assert paragraphs[span.paragraph][span.start : span.end] == span.text
    assert any(span.label == "PERSON" and "Thornbury" in span.text for span in entities)


def test_an_honorific_name_counts_even_when_the_model_calls_it_an_organisation() -> None:
    assert names(people_in("Councillor Margaret Thornbury visited Leeds on Monday.")) == ["Margaret Thornbury"]


def test_initial_and_surname_in_results_are_people() -> None:
    paragraphs = ["Hallam 259 (A. Hale 69, I. Frost 4-43), Ashby 114."]
    entities = [person_entity(paragraphs, 0, "I. Frost 4-43")]
    assert names(find_people(paragraphs, entities)) == ["A. Hale", "I. Frost"]


def test_a_street_name_with_only_the_model_behind_it_is_not_a_person() -> None:
    paragraphs = ["Residents of Tanner Mews complained about parking."]
    assert names(find_people(paragraphs, [person_entity(paragraphs, 0, "Tanner Mews")])) == []


@settings(max_examples=400)
@given(
    text=st.text(alphabet="AaBb’'- .\n", max_size=40),
    words=st.sets(st.sampled_from(["Ab", "AB", "Ab-B", "A'B", "Ba", ""])),
)
def test_capitalised_words_among_matches_the_full_scan(text: str, words: set[str]) -> None:
    expected = [m.span() for m in _CAPITALISED_WORD.finditer(text) if m.group(0) in words]
    assert [m.span() for m in _capitalised_words_among(text, words)] == expected


def _model_says(paragraphs: list[str], *spans: tuple[int, str, str]) -> PeopleResult:
    entities = []
    for index, text, label in spans:
        start = paragraphs[index].index(text)
        entities.append(EntitySpan(index, start, start + len(text), label, text))
    return find_people(paragraphs, entities)


def test_a_name_cut_out_of_a_longer_capitalised_name_is_not_a_person() -> None:
    paragraphs = ["A team at the Orbit Media Labs Europe showed a cap.", "Tickets for Barton Utd v Ayton sold out.",
                  "District Attorney Ronald T Vane Jr spoke."]
    result = _model_says(paragraphs, (0, "Labs Europe", "PERSON"), (1, "Barton Utd", "PERSON"),
                         (2, "Ronald T", "PERSON"))
    assert names(result) == []


def test_a_title_job_or_nationality_before_a_name_keeps_it() -> None:
    paragraphs = ["Echoing the US Secretary of State Marla Quintrell, he spoke.",
                  "He beat Swede Jonas Pellberg in straight sets.",
                  "New York State Treasurer Alder Hovansky said no deal was made."]
    result = _model_says(paragraphs, (0, "Marla Quintrell", "PERSON"), (1, "Swede", "NORP"),
                         (1, "Jonas Pellberg", "PERSON"), (2, "Alder Hovansky", "PERSON"))
    assert names(result) == ["Marla Quintrell", "Jonas Pellberg", "Alder Hovansky"]


def test_works_characters_and_firms_named_like_people_are_not_people() -> None:
    paragraphs = ["She found fame in the TV series Soldier Brightwater.", "Known for her role as Nina Quell in a soap.",
                  "Investors include miner Barrow Gold.", "Like a drill sergeant, Metal Slug 3 is a wake-up call."]
    result = _model_says(paragraphs, (0, "Soldier Brightwater", "PERSON"), (1, "Nina Quell", "PERSON"),
                         (2, "Barrow Gold", "PERSON"), (3, "Metal Slug", "PERSON"))
    assert names(result) == []


def test_an_organisation_spelt_out_before_its_acronym_is_not_a_person() -> None:
    result = people_in("The Office of Rural Tariffs (ORT) said prices rose. Jane Harlow (Lab) said so too.")
    assert "Rural Tariffs" not in names(result)
    assert "Jane Harlow" in names(result)


def test_a_double_surname_without_its_given_name_joins_the_full_name() -> None:
    paragraphs = ["Marisa Farnell Oakes won in three sets.", "Farnell Oakes said she was tired."]
    result = _model_says(paragraphs, (0, "Marisa Farnell Oakes", "PERSON"), (1, "Farnell Oakes", "PERSON"))
    assert names(result) == ["Marisa Farnell Oakes"]


def test_a_name_after_another_persons_possessive_is_their_work() -> None:
    paragraphs = ["Others compared him to a character in Charles Quillfeather's Tobias Mire.",
                  "Charles Quillfeather wrote it in 1838."]
    result = _model_says(paragraphs, (0, "Charles Quillfeather", "PERSON"), (0, "Tobias Mire", "PERSON"),
                         (1, "Charles Quillfeather", "PERSON"))
    assert names(result) == ["Charles Quillfeather"]


def test_places_and_titles_with_a_possessive_inside_are_not_people() -> None:
    paragraphs = ["A detainee in Brambley Prison said he would appeal.", "Jane Hawk's Underground 2 held its place."]
    result = _model_says(paragraphs, (0, "Brambley Prison", "PERSON"), (1, "Jane Hawk's Underground", "PERSON"))
    assert names(result) == []


def test_streets_quarries_and_descriptions_are_not_people_unless_a_given_name_leads() -> None:
    paragraphs = ["Hedges need cutting along Brackens Lane.", "The clean up of Redwater Drain is done.",
                  "Thanks to Dan Lane for the tea.", "Whoever you are, Veteran Villager, you are welcome."]
    result = _model_says(paragraphs, (0, "Brackens Lane", "PERSON"), (1, "Redwater Drain", "PERSON"),
                         (2, "Dan Lane", "PERSON"), (3, "Veteran Villager", "PERSON"))
    assert names(result) == ["Dan Lane"]


def test_clubs_firms_and_characters_named_like_people_are_not_people() -> None:
    paragraphs = ["England trained with Barnsley Rhinos last week.", "Hotspots are in Virgo Megastores.",
                  "Julian Brackett stars as Tom Thimble in the remake.", "Julian Brackett said he loved it."]
    result = _model_says(paragraphs, (0, "Barnsley Rhinos", "PERSON"), (1, "Virgo Megastores", "PERSON"),
                         (2, "Julian Brackett", "PERSON"), (2, "Tom Thimble", "PERSON"),
                         (3, "Julian Brackett", "PERSON"))
    assert names(result) == ["Julian Brackett"]


def test_a_name_written_only_as_the_possessive_before_another_person_is_their_club() -> None:
    paragraphs = ["Marden Villa's Tamsin Welk could be out for six weeks.", "Tamsin Welk hurt her knee.",
                  "Hal Brenner's wife Ada Brenner said so. Hal Brenner agreed."]
    result = _model_says(paragraphs, (0, "Marden Villa", "PERSON"), (0, "Tamsin Welk", "PERSON"),
                         (1, "Tamsin Welk", "PERSON"), (2, "Hal Brenner", "PERSON"), (2, "Ada Brenner", "PERSON"))
    assert "Marden Villa" not in names(result)
    assert {"Tamsin Welk", "Hal Brenner", "Ada Brenner"} <= set(names(result)), "a relation has a word between"


def test_a_comedy_or_a_firm_of_auctioneers_named_like_a_person_is_not_one() -> None:
    paragraphs = ["She stars in the romantic comedy Lilja Vorn, out next month.",
                  "The sale, hosted by auctioneers Ferris Hale, raised £2,000."]
    result = _model_says(paragraphs, (0, "Lilja Vorn", "PERSON"), (1, "Ferris Hale", "PERSON"))
    assert names(result) == []


def test_a_post_written_after_a_name_in_minutes_is_not_part_of_it() -> None:
    paragraphs = ["Present: Alma Trevick Treasurer, Miss Poundley Chairperson, 6 members.",
                  "An Area Surveyor has looked at the footpath."]
    result = _model_says(paragraphs, (0, "Alma Trevick Treasurer", "PERSON"),
                         (0, "Miss Poundley Chairperson", "PERSON"), (1, "Area Surveyor", "PERSON"))
    assert names(result) == ["Alma Trevick", "Poundley"]


def test_a_month_after_a_days_number_begins_no_name() -> None:
    paragraphs = ["15th Jun Lorry movements after hours.", "3 May Hall was booked. May Hallam said so."]
    result = _model_says(paragraphs, (0, "Jun Lorry", "PERSON"), (1, "May Hall", "PERSON"), (1, "May Hallam", "PERSON"))
    assert names(result) == ["May Hallam"]


def test_firms_of_engineers_and_sign_makers_are_not_people() -> None:
    paragraphs = ["Their agent, Orrin Wessex Consulting Engineers, replied.", "Cheque issued to Trebor Signs £16.40"]
    result = _model_says(paragraphs, (0, "Orrin Wessex Consulting Engineers", "PERSON"), (1, "Trebor Signs", "PERSON"))
    assert names(result) == []


def test_a_plural_title_before_a_list_of_surnames_is_a_title() -> None:
    result = people_in("It was agreed that Cllrs Quorley, Bastable and Mrs Penhallow would meet.")
    assert "Cllrs Quorley" not in names(result)


def test_no_given_name_and_an_ordinary_word_no_one_bears_as_a_surname_is_a_thing() -> None:
    paragraphs = ["Papers: a report re. Quendale Status and the Vexley Lorry.", "Zorvan King and Tamsk Fish won."]
    result = _model_says(paragraphs, (0, "Quendale Status", "PERSON"), (0, "Vexley Lorry", "PERSON"),
                         (1, "Zorvan King", "PERSON"), (1, "Tamsk Fish", "PERSON"))
    assert names(result) == ["Zorvan King", "Tamsk Fish"], "King and Fish are surnames too"


def test_a_prince_is_named_by_his_given_name_and_no_slip_for_a_surname() -> None:
    paragraphs = ["Most would prefer Prince Edmund to be the next king.", "Dr Arlo Edmunds said so.",
                  "Edmund was not asked. She could become Princess Consort."]
    result = _model_says(paragraphs, (0, "Edmund", "PERSON"), (1, "Arlo Edmunds", "PERSON"), (2, "Edmund", "PERSON"),
                         (2, "Consort", "PERSON"))
    assert names(result) == ["Prince Edmund", "Arlo Edmunds"]
    paragraphs = ["Foreign Minister Prince Tariq Al-Harbi spoke.", "Prince Tariq said the talks went well."]
    result = _model_says(paragraphs, (0, "Tariq Al-Harbi", "PERSON"), (1, "Tariq", "PERSON"))
    assert names(result) == ["Tariq Al-Harbi"]


def test_a_list_the_model_runs_together_is_no_name_and_a_title_of_the_other_sex_is_someone_else() -> None:
    paragraphs = ["Squad: Lomax, Pryor, Quell, Ruddock.", "Edwin Harrow said so. Baroness Harrow disagreed."]
    result = _model_says(paragraphs, (0, "Pryor, Quell", "PERSON"), (1, "Edwin Harrow", "PERSON"),
                         (1, "Baroness Harrow", "PERSON"))
    assert "Pryor Quell" not in names(result)
    assert names(result) == ["Edwin Harrow", "Harrow"]
    assert aliases_of(result, "Harrow") == ("Baroness Harrow",)


def test_a_title_joins_the_articles_given_name_of_no_clear_sex_but_not_one_of_the_other_sex() -> None:
    paragraphs = ["Bertie Harrow spoke first. Mr Harrow said so.", "Edith Quell spoke first. Mr Quell said so."]
    result = _model_says(paragraphs, (0, "Bertie Harrow", "PERSON"), (0, "Mr Harrow", "PERSON"),
                         (1, "Edith Quell", "PERSON"), (1, "Mr Quell", "PERSON"))
    assert names(result) == ["Bertie Harrow", "Edith Quell", "Quell"]
    assert aliases_of(result, "Quell") == ("Mr Quell",)


def test_a_country_after_a_name_and_a_title_before_an_ordinary_word_are_not_names() -> None:
    paragraphs = ["Photographs of Lidia Varga Hungary and Orla Penn Ireland.", "12. PC Meeting: it was noted.",
                  "Would Quarrendon attend?"]
    result = _model_says(paragraphs, (0, "Lidia Varga Hungary", "PERSON"), (0, "Orla Penn Ireland", "PERSON"),
                         (2, "Would Quarrendon", "PERSON"))
    assert names(result) == ["Lidia Varga", "Orla Penn"]


def test_abbreviations_of_addresses_and_accounts_and_a_regional_adjective_make_no_name() -> None:
    paragraphs = ["Plans for Quarrel Hse, Barton Rd.", "Vexley Mkt", "Mercian Water is connecting the homes."]
    result = _model_says(paragraphs, (0, "Quarrel Hse", "PERSON"), (1, "Vexley Mkt", "PERSON"),
                         (2, "Mercian Water", "PERSON"))
    assert names(result) == []


def test_an_ordinary_word_where_the_given_name_goes_is_a_thing_unless_a_census_surname_follows() -> None:
    paragraphs = ["Basement Qwyxx said the deal was done.", "The film Hotel Zandoria opened.",
                  "Spike Lee said so, and Paddy Zorkin agreed.", "Mr Silver Quortle said so."]
    result = _model_says(paragraphs, (0, "Basement Qwyxx", "PERSON"), (1, "Hotel Zandoria", "PERSON"),
                         (2, "Spike Lee", "PERSON"), (2, "Paddy Zorkin", "PERSON"), (3, "Silver Quortle", "PERSON"))
    # "Lee" is a census surname; "Paddy" is a nickname of Patrick; "Mr" is said only of a person.
    assert names(result) == ["Spike Lee", "Paddy Zorkin", "Silver Quortle"]


def test_a_nationality_before_a_word_is_a_description_and_mr_does_not_join_mrs() -> None:
    paragraphs = ["Whoever you are, Ruritanian rogue or Romanian Vagabondo, read on.",
                  "Mr D Quorley spoke. Mrs Quorley disagreed."]
    result = _model_says(paragraphs, (0, "Romanian Vagabondo", "PERSON"), (1, "D Quorley", "PERSON"),
                         (1, "Quorley", "PERSON"))
    assert "Romanian Vagabondo" not in names(result)
    assert "Mrs Quorley" not in aliases_of(result, "D Quorley")


def test_a_firm_word_last_or_a_country_first_makes_no_name() -> None:
    paragraphs = ["Stanley Quandry said Harold Zeppos Interactive had grown.", "Scotland Quay said the case was open.",
                  "The novel is set in Tudor Ruritania and Tudor Portugal.", "Chad Portugal said so."]
    result = _model_says(paragraphs, (0, "Stanley Quandry", "PERSON"), (0, "Harold Zeppos Interactive", "PERSON"),
                         (1, "Scotland Quay", "PERSON"), (2, "Tudor Portugal", "PERSON"),
                         (3, "Chad Portugal", "PERSON"))
    assert names(result) == ["Stanley Quandry", "Chad Portugal"]


def test_a_nationality_noun_before_a_full_name_is_cut_off() -> None:
    paragraphs = ["He lost to fellow Spaniard Guillermo Quarrendo-Vell on Monday."]
    result = _model_says(paragraphs, (0, "Spaniard Guillermo Quarrendo-Vell", "PERSON"))
    assert names(result) == ["Guillermo Quarrendo-Vell"]


def test_no_given_name_before_an_ordinary_word_no_one_bears_is_a_thing_even_with_a_speech_verb() -> None:
    paragraphs = ["Quorvia Auto said sales rose.", "Report from T. Consolidation on Monday.", "Oona Quarrie said so."]
    result = _model_says(paragraphs, (0, "Quorvia Auto", "PERSON"), (1, "T. Consolidation", "PERSON"),
                         (2, "Oona Quarrie", "PERSON"))
    assert names(result) == ["Oona Quarrie"]


def test_two_names_of_a_list_run_together_make_no_name() -> None:
    paragraphs = ["Present: Frank Quorley Peter Zandor (clerk).", "Frank Quorley said so."]
    result = _model_says(paragraphs, (0, "Frank Quorley Peter Zandor", "PERSON"), (1, "Frank Quorley", "PERSON"))
    assert "Frank Quorley Peter Zandor" not in names(result)
    assert "Frank Quorley" in names(result)


def test_an_adverb_run_on_a_street_and_a_body_s_initials_make_no_name() -> None:
    paragraphs = ["Proposed by Cllr Quorley Unanimously agreed.", "Plans for Zandorby View were shown.",
                  "Report from Zandor N.C.C. was noted."]
    result = _model_says(paragraphs, (0, "Quorley Unanimously", "PERSON"), (1, "Zandorby View", "PERSON"),
                         (2, "Zandor N.C.C.", "PERSON"))
    assert names(result) == ["Quorley"]


def test_european_religious_and_military_forms_of_address_are_titles_not_names() -> None:
    result = people_in("Herr Johann Quendt said the plan would fail. Signora Lucia Farrow said it would not. "
                       "Ayatollah Hamid Zorani said nothing.")
    assert {"Johann Quendt", "Lucia Farrow", "Hamid Zorani"} <= set(names(result))
    assert not any(name.split()[0] in {"Herr", "Signora", "Ayatollah"} for name in names(result))


def test_a_hyphened_post_or_a_trade_before_a_name_is_not_part_of_it() -> None:
    result = people_in("Under-Secretary Jane Quendt said no. Bookmakers Quorrix said it would take bets. "
                       "Jeweller Zandor said sales fell. Councillor Farrow said yes.")
    assert "Jane Quendt" in names(result)
    assert not any(name.split()[0] in {"Under-Secretary", "Bookmakers", "Jeweller"} for name in names(result))
    assert "Councillor Farrow" in aliases_of(result, "Farrow"), "a title is no trade"


def test_a_council_area_where_the_given_name_goes_is_a_club_or_a_constituency() -> None:
    result = people_in("The result in Barnsley Gorton was close. Fans of Barnsley Forest cheered.")
    assert not any(name.startswith("Barnsley") for name in names(result))


def _found_with_model_spans(paragraphs: list[str], *spans: tuple[int, str, str]) -> list[str]:
    """``find_people`` given exactly these model entities (paragraph, label, text)."""
    entities = []
    for index, label, text in spans:
        start = paragraphs[index].index(text)
        entities.append(EntitySpan(index, start, start + len(text), label, text))
    return names(find_people(paragraphs, entities))


def test_a_name_where_news_writes_a_work_or_a_club_is_no_person() -> None:
    cases = [
        ("The studio is behind films such as Alpha Dog, Harry Tolliver and Red Wharf.", "Harry Tolliver"),
        ("She went on to appear in several films, including 1952's Maisie Tolliver.", "Maisie Tolliver"),
        ("Nominees include Ann Quarrie (Dora Tolliver... ) and others.", "Dora Tolliver"),
        ("Last month it paid $1bn for wine maker Robert Tolliver.", "Robert Tolliver"),
        ("The Maisie Tolliver claims the painter kept a diary.", "Maisie Tolliver"),
        ("He has also starred in Robin Tolliver: Prince of Rogues.", "Robin Tolliver"),
        ("Harry Tolliver shares fell 4% on Monday.", "Harry Tolliver"),
        ("A woman is suing Harlow Tolliver (HT), saying its cartridges expire.", "Harlow Tolliver"),
        ("The plant is in the southern province of Tamar Quell.", "Tamar Quell"),
        ("It said, said Ann Quarrie, from Sal Tolliver investment bank.", "Sal Tolliver"),
        ("Maisie Tolliver star Ann Quarrie watched the stage version.", "Maisie Tolliver"),
        ("Its brands include Bass, Stella Tolliver and Hoegaarden.", "Stella Tolliver"),
        ("The story turns the young hero into the evil Marlo Quayne as he flees.", "Marlo Quayne"),
        ("Players may join the fictional Dora Tolliver in her quest.", "Dora Tolliver"),
    ]
    for sentence, name in cases:
        assert name not in _found_with_model_spans([sentence], (0, "PERSON", name)), sentence


def test_a_person_named_beside_a_work_stays_a_person() -> None:
    cases = [
        ("This year's panel overlooked works such as Philip Tolliver's The Long Plot.", "Philip Tolliver"),
        ("The sequel to Ben Tolliver comedy Meet The Neighbours took $40m.", "Ben Tolliver"),
        ("It was told in the Michael Tolliver film Party People.", "Michael Tolliver"),
        ("A recut version of Mel Tolliver's epic took little.", "Mel Tolliver"),
        ("The competition for places from Brian Tolliver, Gordon Quarrie and Gavin Pask is stiff.", "Brian Tolliver"),
        ("Ann Quarrie, the maker of the film, said Harry Tolliver was in it.", "Harry Tolliver"),
        ("Film maker Harry Tolliver said the budget was small.", "Harry Tolliver"),
        ("The programme starred David Quarrie and Pamela Tolliver during its run.", "Pamela Tolliver"),
        ("It will feature vocals from John Quarrie, Mavis Tolliver and the Blind Boys of Alabama.", "Mavis Tolliver"),
        ("He said the George Tolliver administration would act.", "George Tolliver"),
        ("It was a night to remember for the heroic Kelly Tolliver in Athens.", "Kelly Tolliver"),
        ("The evil dictator Brian Tolliver was toppled.", "Brian Tolliver"),
    ]
    for sentence, name in cases:
        assert name in _found_with_model_spans([sentence], (0, "PERSON", name)), sentence


def test_a_name_listed_among_places_is_no_person_but_a_line_up_keeps_its_players() -> None:
    places = ["Tracks at Wimbury in Lonford, Perry Quarrie and Hall Gate in Birchester close."]
    assert _found_with_model_spans(places, (0, "PERSON", "Perry Quarrie"), (0, "GPE", "Wimbury"),
                                   (0, "GPE", "Lonford"), (0, "GPE", "Birchester")) == []
    line_up = ["N Morgan (Alpha Harriers), C Tolliver (Beta and Gamma Beagles)."]
    assert "C Tolliver" in _found_with_model_spans(line_up, (0, "PERSON", "C Tolliver"),
                                                   (0, "ORG", "Alpha Harriers"), (0, "ORG", "Beta and Gamma Beagles"))


def test_ordinary_words_and_initials_run_on_after_a_name_are_dropped() -> None:
    paragraph = ["Dr Harriet Quayle Section 106 Monitoring Officer would act. Mr. Tolliver N.C.C. was there."]
    found = _found_with_model_spans(paragraph, (0, "PERSON", "Harriet Quayle Section"),
                                    (0, "PERSON", "Tolliver N.C.C."))
    assert found == ["Harriet Quayle", "Tolliver"]
    # A surname that is also an ordinary word stays ("Silk" is among the census's 20,000 commonest surnames).
    kept = ["Robert Quayle Silk said so."]
    assert _found_with_model_spans(kept, (0, "PERSON", "Robert Quayle Silk")) == ["Robert Quayle Silk"]


def test_a_line_up_the_model_reads_as_organisations_keeps_its_players() -> None:
    line = [": H Quarrie, CJ van der Tolle, G Brisk, D Rossow, M Clasen."]
    found = _found_with_model_spans(line, (0, "ORG", "H Quarrie"), (0, "ORG", "CJ van der Tolle"),
                                    (0, "PERSON", "G Brisk"), (0, "ORG", "D Rossow"))
    assert "G Brisk" in found


def test_a_surname_after_a_particle_and_a_description_after_a_cut_run_are_kept_whole() -> None:
    assert "Tom de la Quarrie" in _found_with_model_spans(["It was Rick Pask and Tom de la Quarrie."],
                                                           (0, "PERSON", "Tom de la Quarrie"))
    said = ['"It is good," said Marquis Quarrie Research analyst Phil Pask.']
    assert "Marquis Quarrie" not in _found_with_model_spans(said, (0, "PERSON", "Marquis Quarrie Research"),
                                                            (0, "PERSON", "Phil Pask"))


def test_no_cut_after_a_royal_title_nor_of_a_plural_word() -> None:
    competition = ["King and Queen Fancy Dress Competition"]
    assert _found_with_model_spans(competition, (0, "PERSON", "Queen Fancy Dress Competition")) == []
    assert "Richard Quarrie" not in _found_with_model_spans(["Richard Quarrie Memorials 40.00"],
                                                             (0, "PERSON", "Richard Quarrie Memorials"))


def test_ordinary_words_throughout_are_a_thing_even_after_a_given_name_unless_a_title_or_census_surname() -> None:
    paragraphs = ["The hedge by Ivy Cottage needs cutting.", "Tickets from Joy Ride are on sale.",
                  "Joy Baker said the hedge was cut.", "Mr Honey Trap said so.", "Its director Robin Fen said so."]
    result = _model_says(paragraphs, (0, "Ivy Cottage", "PERSON"), (1, "Joy Ride", "PERSON"),
                         (2, "Joy Baker", "PERSON"), (3, "Honey Trap", "PERSON"), (4, "Robin Fen", "PERSON"))
    # "Baker" is a census surname; "Mr" is said only of a person; a role and a speech verb make a person.
    assert names(result) == ["Joy Baker", "Honey Trap", "Robin Fen"]


def test_a_part_played_is_a_character_even_with_a_role_word_but_a_match_or_a_host_is_a_person() -> None:
    paragraphs = ["He played undercover cop Tomas Wendle in the series for three years.",
                  "The actor will play religious cult leader Hester Vanlo, a role written for him.",
                  "Henman played Roger Quillan in the final.", "The studio has played host to Mara Tolley, a singer."]
    result = _model_says(paragraphs, (0, "Tomas Wendle", "PERSON"), (1, "Hester Vanlo", "PERSON"),
                         (2, "Roger Quillan", "PERSON"), (3, "Mara Tolley", "PERSON"))
    assert names(result) == ["Roger Quillan", "Mara Tolley"]


def test_a_character_of_a_show_or_a_cast_description_and_a_work_set_off_by_a_comma_are_not_people() -> None:
    paragraphs = ["Wendy Harlow, who played Riverside's Maggie Coltrane when the soap began, has died.",
                  "Harold Finch played Chelsea's Frank Lampard in the final.",
                  "The revival will also star Jessica Marne as the domineering mother, Amanda Wellbeck.",
                  "He was seen playing the Emperor in the first televised pantomime, Dick Marrington.",
                  "The fire-bombings were attributed to a shadowy group known as Meibion Tarrant.",
                  "In the film, Petra Lowry plays a teacher."]
    result = _model_says(paragraphs, (0, "Wendy Harlow", "PERSON"), (0, "Riverside's", "WORK_OF_ART"),
                         (0, "Maggie Coltrane", "PERSON"), (1, "Harold Finch", "PERSON"), (1, "Chelsea", "ORG"),
                         (1, "Frank Lampard", "PERSON"), (2, "Jessica Marne", "PERSON"),
                         (2, "Amanda Wellbeck", "PERSON"), (3, "Dick Marrington", "PERSON"),
                         (4, "Meibion Tarrant", "PERSON"), (5, "Petra Lowry", "PERSON"))
    assert names(result) == ["Wendy Harlow", "Harold Finch", "Frank Lampard", "Jessica Marne", "Petra Lowry"]


def test_parish_lists_keep_given_names_and_drop_streets_family_words_and_lone_letters() -> None:
    result = people_in(
        "Present: Cllr Harriet Quayle, Cllr Warren Haldane Cllr Orla Bryce.\n\n"
        "The report was signed by Alfred T. Ormsby.\n\n"
        "The footpath from Hilgay Road to Ayton Lane is overgrown.\n\n"
        "Thanks to Aunty Maud and everyone who helped.\n\n"
        "Team: Quayle P, Haldane, Bryce."
    )
    found = names(result)
    assert "Warren Haldane" in found and "Orla Bryce" in found
    assert "Alfred T. Ormsby" in found and "T. Ormsby" not in found
    assert not {"Ayton Lane", "Aunty Maud", "Quayle P"} & set(found)


def test_a_given_name_before_a_street_word_stays_a_person_after_from() -> None:
    found = names(people_in("Awards were handed out by Warren Hall, the presenter, and a letter came from Orla Wood."))
    assert "Warren Hall" in found


def test_a_contact_word_a_hyphened_town_and_a_ward_are_no_part_of_a_name() -> None:
    found = names(people_in(
        "If you are interested please contact Harriet Quayle Tel. 01234 567890 for details.\n\n"
        "Letters to W. S. Ayton-on-Sea were returned.\n\n"
        "The by-election in Dunsby Ward is on Thursday, the clerk said."
    ))
    assert "Harriet Quayle" in found
    assert not {"Harriet Quayle Tel", "S. Ayton-on-Sea", "Dunsby Ward"} & set(found)


def test_a_letter_after_a_given_name_is_a_name_unless_church_of_england() -> None:
    found = names(people_in(
        "The daughter of activist Malcolm X spoke at the funeral, the family said.\n\n"
        "Ayton C of E Primary School asked for a crossing, the clerk said."
    ))
    assert "Malcolm X" in found
    assert "Ayton C" not in found


def test_a_signature_with_a_middle_initial_is_no_heading() -> None:
    found = names(people_in("Thank you for the piece on the village fete.\n\nHarriet Q. Quayle"))
    assert found == ["Harriet Q. Quayle"]


def test_a_line_up_names_its_players_by_surname_alone() -> None:
    paragraphs = [
        "Quentin Marlowe scored twice as Ayton beat Barton, and Hester Farnaby saved a penalty late on.",
        "Ayton: Farnaby, Quibble, Marlowe (Tansley 77), Orrin, Pellow, Dranfield, Stoker, Wendle, Crastor, "
        "Yelverton, Abbing. Subs not used: Mottram, Gorsuch. Booked: Orrin.",
        "Barton: Brindle (Ayton), Crask, Dunmow, Fetter, Gosling, Hurrell, Ickworth.",
    ]
    entities = [person_entity(paragraphs, 0, "Quentin Marlowe"), person_entity(paragraphs, 0, "Hester Farnaby"),
                EntitySpan(1, 0, 5, "GPE", "Ayton"), EntitySpan(1, 18, 25, "GPE", "Quibble")]
    # Half the entries are people: the model's (it calls a lone surname of a list a place as often) or the
    # surnames of the report's full names.
    entities += [person_entity(paragraphs, 1, name) for name in ("Orrin", "Pellow", "Stoker", "Crastor")]
    found = names(find_people(paragraphs, entities))
    assert {"Quentin Marlowe", "Hester Farnaby"} <= set(found)
    assert {"Quibble", "Tansley", "Orrin", "Abbing", "Mottram", "Gorsuch", "Crask", "Ickworth"} <= set(found)
    assert "Marlowe" not in found and "Farnaby" not in found, "the report's full names take their surnames"
    assert "Ayton" not in found, "a name in brackets with no minute may be a club"


def test_a_list_that_reads_as_no_line_up_adds_no_one() -> None:
    paragraphs = ["Services run to Ayton, Barton, Crask, Dunmow, Fetter, Gosling, Hurrell and Ickworth, "
                  "said Quentin Marlowe.",
                  "Quibble, Tansley, Orrin, Pellow, Dranfield, Stoker, Wendle."]
    entities = [person_entity(paragraphs, 0, "Quentin Marlowe")]
    assert names(find_people(paragraphs, entities)) == ["Quentin Marlowe"], "no people of the model among them"


def test_a_rugby_side_in_its_positions_groups_is_a_line_up_whatever_the_model_reads() -> None:
    paragraphs = [
        "Quentin Marlowe kicked the goals as Ayton beat Barton.",
        "Farnaby; Quibble, Orrin, Pellow, Tansley; Marlowe, Stoker; Wendle, Crastor, Yelverton; Abbing, Mottram; "
        "Dranfield, Gosling, Roe- Harbour (capt).",
        "Replacements: Crask, Dunmow, Fetter.",
    ]
    # The model reads none of the lone surnames as people: the side's shape alone makes it a line-up.
    found = names(find_people(paragraphs, [person_entity(paragraphs, 0, "Quentin Marlowe")]))
    assert {"Farnaby", "Quibble", "Tansley", "Stoker", "Yelverton", "Mottram", "Gosling"} <= set(found)
    assert {"Crask", "Dunmow", "Fetter"} <= set(found), "the replacements after a side are players too"
    assert "Marlowe" not in found, "the report's full name takes its surname"
    assert not any("Harbour" in name for name in found), "a name broken after its hyphen adds no one"


def test_a_paragraph_of_eleven_names_is_a_football_side_whatever_the_model_reads() -> None:
    paragraphs = [
        "Quentin Marlowe and Hester Farnaby start for Ayton tonight.",
        "Farnaby, Quibble, Orrin, Pellow, Tansley, Marlowe, Stoker (Wendle 70), Crastor, Yelverton, Abbing, Mottram.",
    ]
    entities = [person_entity(paragraphs, 0, "Quentin Marlowe"), person_entity(paragraphs, 0, "Hester Farnaby")]
    found = names(find_people(paragraphs, entities))
    assert {"Quibble", "Tansley", "Stoker", "Wendle", "Yelverton", "Mottram"} <= set(found)
    assert "Marlowe" not in found and "Farnaby" not in found, "the report's full names take their surnames"


def test_eleven_names_inside_a_sentence_or_ten_alone_are_no_side() -> None:
    inside = ["Quentin Marlowe said buses run to Farnaby, Quibble, Orrin, Pellow, Tansley, Stoker, Wendle, Crastor, "
              "Yelverton, Abbing, Mottram."]
    alone = ["Quentin Marlowe said buses run to these places.",
             "Farnaby, Quibble, Orrin, Pellow, Tansley, Stoker, Wendle, Crastor, Yelverton, Abbing."]
    for paragraphs in (inside, alone):
        assert names(find_people(paragraphs, [person_entity(paragraphs, 0, "Quentin Marlowe")])) == [
            "Quentin Marlowe"]


def test_a_line_up_entrys_initial_a_is_no_article() -> None:
    paragraphs = [
        "Quentin Marlowe kicked the goals as Ayton beat Barton.",
        "R Farnaby; A Quibble, C Orrin, A Pellow, D Tansley; M Marlowe, P Stoker; A Wendle, S Crastor, G Yelverton; "
        "B Abbing, A Mottram; J Dranfield, K Gosling, L Hurrell (capt).",
    ]
    found = names(find_people(paragraphs, [person_entity(paragraphs, 0, "Quentin Marlowe")]))
    assert {"Quibble", "Pellow", "Wendle", "Mottram"} <= set(found), "'A Quibble' is a player's initial and surname"


def test_a_line_up_entrys_initial_vouches_for_a_given_name_the_list_lacks() -> None:
    paragraphs = [
        "Aldovar Ormsgill kicked the goals as Ayton beat Barton, and Ormsgill said the pack had won it.",
        "R Farnaby; A Ormsgill, C Orrin, A Pellow, D Tansley; M Marlowe, P Stoker; A Wendle, S Crastor, G Yelverton; "
        "B Abbing, A Mottram; J Dranfield, K Gosling, L Hurrell (capt).",
    ]
    result = find_people(paragraphs, [person_entity(paragraphs, 0, "Aldovar Ormsgill")])
    assert "Ormsgill" not in names(result), "'A Ormsgill' of the side is the report's Aldovar Ormsgill"
    assert "Aldovar Ormsgill" in names(result)
    paragraphs[1] = paragraphs[1].replace("A Ormsgill", "Z Ormsgill")
    result = find_people(paragraphs, [person_entity(paragraphs, 0, "Aldovar Ormsgill")])
    assert "Ormsgill" in names(result), "another initial: another player, or a first name the list lacks"


def test_fifteen_names_in_another_shape_are_no_rugby_side() -> None:
    paragraphs = ["Quentin Marlowe said buses run to Farnaby; Quibble, Orrin, Pellow; Tansley, Stoker; Wendle, "
                  "Crastor, Yelverton; Abbing, Mottram; Dranfield, Gosling, Hurrell, Crask."]
    assert names(find_people(paragraphs, [person_entity(paragraphs, 0, "Quentin Marlowe")])) == ["Quentin Marlowe"]


def test_a_line_up_surname_is_no_slip_and_vouches_for_no_job_word() -> None:
    paragraphs = [
        "Winger Quibbel ran in a try and Hester Quibble kicked the goals for Ayton.",
        "Farnaby; Quibble, Orrin, Pellow, Quibbal; Dranfield, Stoker; Wendle, Crastor, Yelverton; Abbing, Mottram.",
    ]
    entities = [person_entity(paragraphs, 0, "Winger Quibbel"), person_entity(paragraphs, 0, "Hester Quibble"),
                *(person_entity(paragraphs, 1, name) for name in ("Orrin", "Pellow", "Stoker", "Wendle", "Crastor"))]
    found = names(find_people(paragraphs, entities))
    assert "Quibbal" in found, "a surname a letter off another player's is another player"
    assert "Hester Quibble" in found and "Winger Quibbel" not in found


def test_a_job_before_a_surname_is_no_full_name_to_recover() -> None:
    paragraphs = ["Striker Quibble secured victory late on.",
                  "Farnaby, Tansley, Orrin, Pellow, Dranfield, Stoker, Wendle, Crastor, Yelverton, Abbing, Quibble."]
    entities = [person_entity(paragraphs, 0, "Striker Quibble")]
    entities += [person_entity(paragraphs, 1, name) for name in ("Farnaby", "Tansley", "Orrin", "Pellow",
                                                                  "Dranfield", "Stoker")]
    found = names(find_people(paragraphs, entities))
    assert "Quibble" in found and "Striker Quibble" not in found


def test_an_initial_under_a_title_of_the_other_sex_is_someone_else_in_the_article() -> None:
    paragraphs = ["A letter from Mrs D Quillfeather was read.", "Desmond Quillfeather ran the marathon.",
                  "Mr D Quillfeather thanked the clerk."]
    result = _model_says(paragraphs, (0, "Mrs D Quillfeather", "PERSON"), (1, "Desmond Quillfeather", "PERSON"),
                         (2, "Mr D Quillfeather", "PERSON"))
    assert sorted(names(result)) == ["D Quillfeather", "Desmond Quillfeather"]
    assert aliases_of(result, "D Quillfeather") == ("Mrs D Quillfeather",)
    assert aliases_of(result, "Desmond Quillfeather") == ("Mr D Quillfeather",), "the same sex still joins"


def test_a_police_constable_written_with_full_stops_is_a_rank_not_initials() -> None:
    paragraphs = ["Apologies were received from P.C. Marlowby.", "Mr P. Marlowby asked about the footpath."]
    result = _model_says(paragraphs, (0, "P.C. Marlowby", "PERSON"), (1, "P. Marlowby", "PERSON"))
    assert "P.C. Marlowby" not in names(result)
    assert "P.C. Marlowby" in {alias for name in names(result) for alias in aliases_of(result, name)}


def test_a_surname_under_a_police_rank_is_not_the_councillor_of_that_surname() -> None:
    paragraphs = ["Cllr P. Marlowby asked about speeding.", "PC Marlowby gave the police report.",
                  "Cllr Marlowby thanked him."]
    result = _model_says(paragraphs, (0, "P. Marlowby", "PERSON"), (1, "Marlowby", "PERSON"),
                         (2, "Marlowby", "PERSON"))
    assert aliases_of(result, "P. Marlowby") == ("Cllr P. Marlowby", "Cllr Marlowby")
    assert "PC Marlowby" not in aliases_of(result, "P. Marlowby")


def test_a_name_whose_first_word_the_article_calls_a_firm_is_the_firms() -> None:
    paragraphs = ["Zorblex has grown fast since its launch.",
                  "Zorblex said it would make Zorblex Messenger available on mobiles."]
    entities = [entity(paragraphs, 0, "Zorblex", "ORG"), entity(paragraphs, 1, "Zorblex", "ORG"),
                person_entity(paragraphs, 1, "Zorblex Messenger")]
    assert names(find_people(paragraphs, entities)) == []


def test_a_foreign_given_name_the_model_calls_a_firm_once_is_still_a_name() -> None:
    paragraphs = ["Winger Arjo Vennegoor scored twice.", "Arjo was the best player on the pitch."]
    entities = [person_entity(paragraphs, 0, "Arjo Vennegoor"), entity(paragraphs, 1, "Arjo", "ORG")]
    assert names(find_people(paragraphs, entities)) == ["Arjo Vennegoor"]


def test_a_family_name_written_first_is_no_firm_when_the_model_calls_it_one_alone() -> None:
    paragraphs = ["Police detained dissident Zhou Donglin on Friday.",
                  "Zhou's arrest was condemned, and Zhou's lawyer said Zhou would appeal."]
    entities = [person_entity(paragraphs, 0, "Zhou Donglin"), entity(paragraphs, 1, "Zhou", "ORG"),
                entity(paragraphs, 1, "Zhou", "ORG", 1), entity(paragraphs, 1, "Zhou", "ORG", 2)]
    assert "Zhou Donglin" in names(find_people(paragraphs, entities))


def test_a_name_written_only_as_a_work_here_is_kept_as_evidence_for_other_articles() -> None:
    paragraphs = ["Fans queued for the TV series Tobias Wrenfield.", "He once starred in Tobias Wrenfield.",
                  "Actor Jessica Marne will play the role of Hester Vanlo.",
                  "Bookmakers stopped taking bets on who will be the next Orla Bryce."]
    result = _model_says(paragraphs, (0, "Tobias Wrenfield", "PERSON"), (1, "Tobias Wrenfield", "PERSON"),
                         (2, "Jessica Marne", "PERSON"), (2, "Hester Vanlo", "PERSON"), (3, "Orla Bryce", "PERSON"))
    assert names(result) == ["Jessica Marne"]
    assert result.works == ("Tobias Wrenfield",), "a part played or a successor is no such evidence: real people are"


def test_a_family_plural_last_is_a_firm_or_a_band() -> None:
    paragraphs = ["Paramount and Orrin Brothers backed the format, as did Tessa Quayle."]
    result = _model_says(paragraphs, (0, "Orrin Brothers", "PERSON"), (0, "Tessa Quayle", "PERSON"))
    assert names(result) == ["Tessa Quayle"]


def test_a_common_given_name_that_is_also_a_title_is_the_given_name() -> None:
    # "Dean" is a common given name; the office is written "the dean" or "Dean of ...", never bare before a
    # surname in news: "Dean Quarmby" is a man's full name, not a dean called Quarmby.
    result = people_in(
        "A spokesman for the port authority, Dean Quarmby, said the ferry would sail on Friday.\n\n"
        "Mr Quarmby said the crossing had been delayed by fog."
    )
    assert names(result) == ["Dean Quarmby"]
    assert people_in("The sprinter Dean Ollerenshaw won the 60m in a new personal best.").people[0].name == (
        "Dean Ollerenshaw")


def test_a_continent_after_words_that_are_no_given_name_ends_a_bodys_name() -> None:
    # "Lab Europe" is what is left of "Media Lab Europe" once its first ordinary word is dropped as a job word;
    # neither it nor "Robotics Lab Europe" is a person, though "Europe" is a rare census surname.
    assert names(people_in("In a statement, Media Lab Europe said the decision to close was final.")) == []
    assert names(people_in("In a statement, Robotics Lab Europe said the decision to close was final.")) == []
    assert names(people_in("Jane Europe, a spokeswoman, said the decision to close was final.")) == ["Jane Europe"]


def test_a_middle_initial_without_its_full_stop_stays_in_the_name() -> None:
    paragraphs = ["The policies of President Harlan Q Brevard's government were blamed.",
                  "President Brevard has cut taxes."]
    entities = [person_entity(paragraphs, 0, "Harlan Q Brevard's"), person_entity(paragraphs, 1, "Brevard")]
    assert names(find_people(paragraphs, entities)) == ["Harlan Q Brevard"]


def test_a_title_before_an_initial_written_without_its_full_stop_keeps_minutes_as_they_were() -> None:
    paragraphs = ["Present: Mr G Pattle, Mrs M Leaworth, Mr T Manvers (Borough Councillor) and the Clerk."]
    found = names(find_people(paragraphs, []))
    # the middle-initial rule leaves minutes alone; an attendee holding a post is read with his initial, for roles
    assert not any(name.startswith("Mr ") for name in found) and "G Pattle" not in found and "T Manvers" in found


def test_a_line_up_surname_joins_a_full_name_whose_given_name_no_list_knows() -> None:
    paragraphs = [
        "Xabo Quellin scored twice as Ayton beat Barton, and Stefan Orrin made both.",
        "R Farnaby; Quellin, Orrin, Pellow, Tansley; Marlowe, Stoker; Wendle, Crastor, Yelverton; "
        "Abbing, Mottram; Dranfield, Gosling, Hurrell (capt).",
    ]
    entities = [person_entity(paragraphs, 0, "Xabo Quellin"), person_entity(paragraphs, 0, "Stefan Orrin")]
    found = names(find_people(paragraphs, entities))
    assert "Quellin" not in found and "Orrin" not in found, "'Xabo' is no English word: a given name the lists lack"
    paragraphs[1] = paragraphs[1].replace("Orrin,", "A Orrin,")
    found = names(find_people(paragraphs, entities))
    assert "Orrin" in found, "'A Orrin' of the side is another player than the report's Stefan Orrin"


def test_a_double_surname_written_with_a_space_joins_the_hyphened_one() -> None:
    paragraphs = ["Florian Varrow-Benet came on late.", "Doe, Roe (Varrow Benet 75), Poe."]
    entities = [person_entity(paragraphs, 0, "Florian Varrow-Benet"), person_entity(paragraphs, 1, "Varrow Benet")]
    result = find_people(paragraphs, entities)
    assert "Florian Varrow-Benet" in names(result)
    assert "Varrow Benet" not in names(result)


def test_a_capitalised_particle_opening_a_sentence_is_the_surname() -> None:
    paragraphs = ["Rolan de Vessigny missed the kick.", "De Vessigny then hit the post."]
    entities = [person_entity(paragraphs, 0, "Rolan de Vessigny"), person_entity(paragraphs, 1, "De Vessigny")]
    result = find_people(paragraphs, entities)
    assert names(result) == ["Rolan de Vessigny"]
    assert "De Vessigny" in aliases_of(result, "Rolan de Vessigny")


def test_a_person_s_context_makes_a_person_of_what_the_model_calls_a_body() -> None:
    paragraphs = [
        "The board refused to remove Anvar Teljin - another board member - from the company.",
        "It was stopped by Corla Fenwright, the widow of the band's singer.",
        "Yannis Papadorakis, who was head of the team, also testified.",
        "According to Benoit Jolan from Acme, the market is growing.",
        "The coach picked Dragons lock Ifan Gowery for the match.",
    ]
    entities = [entity(paragraphs, 0, "Anvar Teljin", "ORG"), entity(paragraphs, 1, "Corla Fenwright", "ORG"),
                entity(paragraphs, 3, "Benoit Jolan", "ORG")]
    assert set(names(find_people(paragraphs, entities))) == {
        "Anvar Teljin", "Corla Fenwright", "Yannis Papadorakis", "Benoit Jolan", "Ifan Gowery"}


def test_a_place_or_a_body_in_a_persons_context_stays_none() -> None:
    paragraphs = [
        "On a visit to Lorton Vale, his former wife introduced him to the actor.",
        "Real Madrid, the club's owner said, will not sell.",
        "The match was held at Ayton Park, who were the hosts.",
        "The city centre Barton Arcade is closed.",
        "She was praised for her role in Vera Dole, winning best actress at the awards.",
    ]
    assert names(find_people(paragraphs, [])) == []


def test_a_word_alone_with_a_plural_verb_is_a_club_or_a_firm() -> None:
    paragraphs = ["Ayton have rejected a third bid for the midfielder.", "Ayton want £6m, said Ayton."]
    entities = [person_entity(paragraphs, 0, "Ayton"), person_entity(paragraphs, 1, "Ayton")]
    assert names(find_people(paragraphs, entities)) == []
    paragraphs = ["She and sister Verity are a force.", "Verity said she was tired."]
    entities = [person_entity(paragraphs, 0, "Verity"), person_entity(paragraphs, 1, "Verity")]
    assert names(find_people(paragraphs, entities)) == ["Verity"], "a plural verb after a list is the list's"


def test_a_word_alone_that_opens_two_bodies_names_is_the_place() -> None:
    paragraphs = ["Barnford County Hospital and Barnford Hospital Trust caused an outcry.",
                  "We will challenge Barnford's decision and let people choose Barnford."]
    entities = [entity(paragraphs, 0, "Barnford County Hospital", "ORG"),
                entity(paragraphs, 0, "Barnford Hospital Trust", "ORG"),
                person_entity(paragraphs, 1, "Barnford"), entity(paragraphs, 1, "Barnford", "PERSON", 1)]
    assert names(find_people(paragraphs, entities)) == []


def test_a_speaker_given_by_surname_alone_is_found_with_the_full_name_the_article_writes() -> None:
    paragraphs = ["At the hearing Yann Venneri spoke up for the club.",
                  '"We have offered great moments," said Venneri.']
    result = find_people(paragraphs, [])
    assert names(result) == ["Yann Venneri"]
    assert names(find_people(['"We grew," said Acmeco.', "Shares in Acmeco rose."], [])) == []


def test_a_name_the_model_calls_a_body_between_two_of_its_people_is_a_person() -> None:
    paragraphs = ["The sound of Aretha Dorne, Otis Rendle or Wilson Pickard shaped him."]
    entities = [person_entity(paragraphs, 0, "Aretha Dorne"), entity(paragraphs, 0, "Otis Rendle", "ORG"),
                person_entity(paragraphs, 0, "Wilson Pickard")]
    assert names(find_people(paragraphs, entities)) == ["Aretha Dorne", "Otis Rendle", "Wilson Pickard"]
    paragraphs = ["He played with Tim Magraw, Lynyrd Skynard, Dickie Bett and the band."]
    entities = [person_entity(paragraphs, 0, "Tim Magraw"), entity(paragraphs, 0, "Lynyrd Skynard", "ORG"),
                person_entity(paragraphs, 0, "Dickie Bett")]
    assert "Lynyrd Skynard" not in names(find_people(paragraphs, entities)), "a band's made-up words: no given name"
    paragraphs = ["The cities of Belo Vista, Recina, Salvia and Porto Alto."]
    entities = [person_entity(paragraphs, 0, "Belo Vista"), entity(paragraphs, 0, "Recina, Salvia", "GPE"),
                person_entity(paragraphs, 0, "Porto Alto")]
    assert "Recina Salvia" not in names(find_people(paragraphs, entities)), "a span over a comma is two things"


def test_a_line_ups_two_initials_and_particle_surnames_are_read() -> None:
    paragraphs = [
        "Hall Tarrant scored as Ayton beat Barton.",
        "R Farnaby; H Tarrant, C Orrin, A Pellow, D Tansley; M Marlowe, P Stoker; A Wendle, S Crastor, G Yelverton; "
        "B Abbing, A Mottram; J Dranfield, K Gosling, L Hurrell (capt).",
        "G Intorra, S Peruzzi, CA del Fanto, D dal Masso, P Griffon, M Barbone, KP Robson.",
    ]
    found = names(find_people(paragraphs, [person_entity(paragraphs, 0, "Hall Tarrant")]))
    assert {"Peruzzi", "del Fanto", "dal Masso", "Robson"} <= set(found)
    assert "Tarrant" not in found, "'Hall' is no job: the side's H Tarrant is the report's Hall Tarrant"


def test_a_name_the_article_also_writes_as_a_firm_with_shares_is_kept_as_evidence_for_the_archive() -> None:
    # The model reads "Velmor Grest said" as a person and "Velmor Grest Foods" as a firm; the shares held in it
    # and its share price say the name is a firm's. The article keeps the name (nothing is taken out of it), and
    # records it with the works, which the page decision reads across the archive.
    paragraphs = ["Shares in Velmor Grest Foods fell after a profit warning.",
                  "Velmor Grest said sales had been weak.", "Velmor Grest shed 14% on Wall Street.",
                  "Analyst Dara Quint said Alpha and Velmor Grest were cheap.",
                  "Investors in Orvan Pelk, said Tessa Brill, were told to wait."]
    result = _model_says(paragraphs, (0, "Velmor Grest Foods", "ORG"), (1, "Velmor Grest", "PERSON"),
                         (2, "Velmor Grest", "PERSON"), (3, "Dara Quint", "PERSON"), (4, "Tessa Brill", "PERSON"))
    assert "Velmor Grest" in names(result)
    assert result.works == ("Velmor Grest",), "shares, not a person's, for Velmor Grest only"


def test_a_person_whose_name_starts_a_firms_name_or_owns_shares_is_no_firm() -> None:
    # "Shares in Jane Doe Holdings" may be her own firm's; "shares in Jane Doe's club" are the club's; a title
    # says a person whatever else; a person's figures are votes or places, not per cent of a share price.
    paragraphs = ["Shares in Orla Vantry Holdings rose. Orla Vantry said she was pleased.",
                  "Fans bought shares in Piers Holm's club. Piers Holm said thanks.",
                  "Mrs Nessa Corby said the shares in Nessa Corby fell.",
                  "Ellis Roan rose 12 places in the rankings, Ellis Roan said."]
    result = _model_says(paragraphs, (0, "Orla Vantry", "PERSON"), (1, "Piers Holm", "PERSON"),
                         (2, "Nessa Corby", "PERSON"), (3, "Ellis Roan", "PERSON"))
    assert result.works == ()


def test_a_full_name_opening_a_clause_with_a_plural_verb_is_a_club_band_or_firm() -> None:
    paragraphs = ["Dunmore face Kelby at home, while Ashby Vale were drawn against Orton Rovers."]
    result = find_people(paragraphs, [person_entity(paragraphs, 0, "Ashby Vale")])
    assert names(result) == []
    assert result.works == ("Ashby Vale",), "the archive learns the name is a thing's"
    kept = [
        "Coach Pella Marsh and trainer Tomas Brinkley are both charged.",  # the last of a list, a word between
        "Painters such as Ravi Dunmore are rare now.",  # a plural subject before the name
        "She asked them to let Ravi Dunmore have won, once.",  # a causative verb
        "Mrs Ravi Dunmore were, the clerk wrote, absent.",  # an address title: a person whatever the grammar
    ]
    for text in kept:
        name = next(n for n in ("Tomas Brinkley", "Ravi Dunmore") if n in text)
        assert name in names(find_people([text], [person_entity([text], 0, name)])), text


def test_a_name_paired_by_and_with_a_person_is_a_person_whatever_the_model_labels_it() -> None:
    text = ["The hymn was written by Lionel Quarrie and Mabel Tolliver, with Otto Pask at the organ."]
    found = _found_with_model_spans(text, (0, "ORG", "Lionel Quarrie"), (0, "PERSON", "Mabel Tolliver"),
                                    (0, "PERSON", "Otto Pask"))
    assert found == ["Lionel Quarrie", "Mabel Tolliver", "Otto Pask"]
    # Not a body's words, nor beside a one-word "person", nor a word that is no given name first.
    assert "Vera Arcade" not in _found_with_model_spans(["Mabel Tolliver and Vera Arcade met there."],
                                                        (0, "PERSON", "Mabel Tolliver"), (0, "ORG", "Vera Arcade"))
    # A given name's pair the model calls a body once is a person on its own (``_given_name_pairs``); twice, only
    # a rule like this one could make it one.
    assert _found_with_model_spans(["Dec and Lionel Quarrie met there.", "Lionel Quarrie paid the bill."],
                                   (0, "PERSON", "Dec"), (0, "ORG", "Lionel Quarrie"),
                                   (1, "ORG", "Lionel Quarrie")) == []
    assert "Velmor Quarrie" not in _found_with_model_spans(["Mabel Tolliver and Velmor Quarrie met there."],
                                                           (0, "PERSON", "Mabel Tolliver"),
                                                           (0, "ORG", "Velmor Quarrie"))


def test_a_calling_in_lower_case_before_a_full_name_makes_it_a_person() -> None:
    text = ["At the dinner, Danish supermodel Helena Quarrie was named an ambassador."]
    assert _found_with_model_spans(text, (0, "NORP", "Danish"), (0, "ORG", "Helena Quarrie")) == ["Helena Quarrie"]
    assert _found_with_model_spans(["The youngster Ayton Court played."], (0, "ORG", "Ayton Court")) == []


def test_a_band_named_before_its_players_post_is_no_person() -> None:
    text = ["Fans cheered as Rollo Vane guitarist Otto Pask came on."]
    result = find_people(text, [person_entity(text, 0, "Rollo Vane"), person_entity(text, 0, "Otto Pask")])
    assert names(result) == ["Otto Pask"]
    assert result.works == ("Rollo Vane",), "the archive learns the name is a band's"


def test_a_programme_with_its_channel_and_a_firm_after_an_owner_compound_are_no_people() -> None:
    show = ["The comedy won, beating Tobias Wrenfield (BBC Two) and another show."]
    assert _found_with_model_spans(show, (0, "PERSON", "Tobias Wrenfield"), (0, "ORG", "BBC Two")) == []
    owned = ["Bidders include ACME-owner Tobias Wrenfield and the fund."]
    assert _found_with_model_spans(owned, (0, "ORG", "Tobias Wrenfield")) == []
    people = ["Its co-founder Mabel Tolliver and ex-chairman Otto Pask met."]
    assert _found_with_model_spans(people, (0, "PERSON", "Mabel Tolliver"),
                                   (0, "PERSON", "Otto Pask")) == ["Mabel Tolliver", "Otto Pask"]


def test_a_fictional_characters_or_a_firms_noun_before_a_name_makes_it_no_person() -> None:
    for text, name in (("The film follows the boy wizard Tobias Wrenfield to school.", "Tobias Wrenfield"),
                       ("The Ayton arm of auditor Mabel Tolliver faces a lawsuit.", "Mabel Tolliver"),
                       ("The superhero Otto Pask returns next summer.", "Otto Pask")):
        assert _found_with_model_spans([text], (0, "PERSON", name)) == [], text


def test_a_nationality_before_or_a_country_after_a_body_label_makes_a_person() -> None:
    text = ["In the second round Russian Helena Quarrie beat France's Mabel Tolliver in straight sets."]
    found = _found_with_model_spans(text, (0, "NORP", "Russian"), (0, "ORG", "Helena Quarrie"),
                                    (0, "GPE", "France"), (0, "GPE", "Mabel Tolliver"))
    assert found == ["Helena Quarrie", "Mabel Tolliver"]
    results = ["Otto Pask (Latvia) beat Lionel Quarrie (Norway) 2-0"]
    assert _found_with_model_spans(results, (0, "ORG", "Otto Pask"), (0, "ORG", "Lionel Quarrie")) == [
        "Otto Pask", "Lionel Quarrie"]
    # A firm's name with no given name first, and a place the article labels a place again, stay things.
    assert _found_with_model_spans(["Japan's Zorblex Motors gained."], (0, "ORG", "Zorblex Motors")) == []
    places = ["China's Helena Bay grew fast.", "Helena Bay is a port."]
    assert _found_with_model_spans(places, (0, "GPE", "Helena Bay"), (1, "GPE", "Helena Bay")) == []


def test_a_country_a_foreign_placename_or_a_paper_the_model_calls_a_body_is_no_person() -> None:
    assert _found_with_model_spans(["Ayton elected to bat against Sri Lanka today."],
                                   (0, "PERSON", "Sri Lanka")) == []
    assert _found_with_model_spans(["San Carvello 3 Ayton 2"], (0, "PERSON", "San Carvello")) == []
    paper = ["Zorvek Blatny said on Monday the deal was off.", "Zorvek Blatny said its owner agreed."]
    assert _found_with_model_spans(paper, (0, "ORG", "Zorvek Blatny"), (1, "ORG", "Zorvek Blatny")) == []
    # A given name the lists lack before a census surname keeps its speech verb's person.
    person = ["Zorvek Jain said on Monday the deal was off.", "Zorvek Jain said the owner agreed."]
    assert _found_with_model_spans(person, (0, "ORG", "Zorvek Jain"), (1, "ORG", "Zorvek Jain")) == ["Zorvek Jain"]


def test_a_scorer_with_the_minute_of_the_goal_in_brackets_is_a_person() -> None:
    line = ["Ayton - Mabel Tolliver (13th), Otto Pask (3rd minute, 88th on penalty kick)"]
    assert _found_with_model_spans(line) == ["Mabel Tolliver", "Otto Pask"]
    # A film's year or a tally has no ordinal; a club's words stay a club's.
    assert _found_with_model_spans(["She starred in Helena Quarrie (1994) and Otto Pask (2)."]) == []
    assert _found_with_model_spans(["Ayton Rovers (13th) went top."]) == []


def test_a_nationality_where_the_given_name_goes_is_no_person_even_with_a_speech_verb() -> None:
    text = ["Losses rose, said Swiss Zorblex, the insurer."]
    assert _found_with_model_spans(text, (0, "PERSON", "Swiss Zorblex")) == []
    assert _found_with_model_spans(["Losses rose, said Mabel Zorblex."], (0, "PERSON", "Mabel Zorblex")) == [
        "Mabel Zorblex"]


def test_a_capital_after_a_word_that_is_no_given_name_is_a_clubs_name() -> None:
    text = ["The striker moved to Zorblex Madrid in 1999."]
    assert _found_with_model_spans(text, (0, "PERSON", "Zorblex Madrid")) == []
    assert _found_with_model_spans(["Mabel Madrid said no."], (0, "PERSON", "Mabel Madrid")) == ["Mabel Madrid"]


def test_an_event_a_natural_place_or_a_calling_before_a_given_name_is_no_person() -> None:
    # An event's last word, a lake's or a mountain's first word: whatever the sentence says of it.
    assert _found_with_model_spans(["Otto Pask won the Mabel Tolliver Open."], (0, "PERSON", "Otto Pask"),
                                   (0, "PERSON", "Mabel Tolliver Open")) == ["Otto Pask"]
    assert _found_with_model_spans(["Loch Quarrie is deep, said Otto Pask."], (0, "PERSON", "Loch Quarrie"),
                                   (0, "PERSON", "Otto Pask")) == ["Otto Pask"]
    # A calling before a lone given name: a character, not anyone's full name.
    assert _found_with_model_spans(["Children loved Fireman Gordon on the screen."],
                                   (0, "PERSON", "Fireman Gordon")) == []
    # A surname after the calling is a name with a job word on the front, as before.
    assert _found_with_model_spans(["Children loved Mabel Tolliver on the screen."],
                                   (0, "PERSON", "Mabel Tolliver")) == ["Mabel Tolliver"]


def test_a_place_of_two_names_with_nothing_but_the_model_is_no_person() -> None:
    assert _found_with_model_spans(["The fete at Steeple Tolliver raised money."],
                                   (0, "PERSON", "Steeple Tolliver")) == []
    assert _found_with_model_spans(["Church Tolliver won the best-kept village prize."],
                                   (0, "PERSON", "Church Tolliver")) == []
    # A title says a person, whatever the first word.
    assert _found_with_model_spans(["Mr Church Tolliver won the prize."],
                                   (0, "PERSON", "Mr Church Tolliver")) != []


def test_what_is_run_founded_or_played_at_and_a_work_by_its_maker_are_no_person() -> None:
    assert _found_with_model_spans(["Otto Pask runs Helena Quarrie and says it is busy."],
                                   (0, "PERSON", "Otto Pask"), (0, "PERSON", "Helena Quarrie")) == ["Otto Pask"]
    assert _found_with_model_spans(["The final was played at Helena Quarrie on Saturday."],
                                   (0, "PERSON", "Helena Quarrie")) == []
    song = ["Her favourite song is Helena Quarrie by Otto Pask."]
    assert _found_with_model_spans(song, (0, "PERSON", "Helena Quarrie"), (0, "PERSON", "Otto Pask")) == [
        "Otto Pask"]
    # Someone acted on by another: a portrait, a foul, a match against them.
    for text in ("A portrait of Helena Quarrie by Otto Pask was sold.",
                 "A foul on Helena Quarrie by Otto Pask went unpunished.",
                 "Otto Pask played against Helena Quarrie on Saturday."):
        assert "Helena Quarrie" in _found_with_model_spans(
            [text], (0, "PERSON", "Helena Quarrie"), (0, "PERSON", "Otto Pask")), text


def test_a_thing_opening_its_sentence_before_which_and_an_adverb_before_a_name_are_no_person() -> None:
    text = ["Helena Quarrie, which floated in 1985, said sales rose."]
    assert _found_with_model_spans(text, (0, "PERSON", "Helena Quarrie")) == []
    # Deeper in the sentence "which" may go back to a noun before the name.
    text = ["It is a film starring Helena Quarrie, which opens on Friday."]
    assert _found_with_model_spans(text, (0, "PERSON", "Helena Quarrie")) == ["Helena Quarrie"]
    # "Even" opening a sentence is no given name: what is left is a given name alone (which gets no page).
    assert _found_with_model_spans(["Even Mabel said so."], (0, "PERSON", "Even Mabel")) == ["Mabel"]


def test_a_title_then_initials_without_stops_in_minutes_is_a_person() -> None:
    text = ("Those attending: Cllr Mrs Dunmore, Borough Councillor K Vexley, Mrs R J Orrin-Blake (Parish Clerk) "
            "and four members of the public.")
    found = names(people_in(text))
    assert "K Vexley" in found and "R J Orrin-Blake" in found


def test_a_title_before_an_initial_and_an_ordinary_word_is_no_person() -> None:
    assert "A Level" not in " ".join(names(people_in("Councillors noted that Mr A Level results are due.")))
