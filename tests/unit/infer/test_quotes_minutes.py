"""Quotations as minutes, newsletters and letters pages write them: texts read out, signs, signatures, partial
quotes in reported speech (issue 19). All text is synthetic."""

from __future__ import annotations

from cuttings.infer.quotes import find_quotes
from tests.unit.infer.mentions import named


def speakers(paragraphs: list[str], *names: str) -> list[tuple[str, str]]:
    """(speaker, first words) of each quotation found."""
    return [(quote.person, " ".join(quote.text.split()[:3])) for quote in
            find_quotes(paragraphs, named(paragraphs, *names))]


# --- recall -------------------------------------------------------------------------------------------------------


def test_a_group_named_in_quote_marks_between_a_name_and_its_verb_does_not_part_them() -> None:
    paragraphs = ["Cllr Mark Tolley, chair of the 'Friends of the Green' group, said: \"We are raising money for "
                  "new benches this year.\""]
    assert speakers(paragraphs, "Mark Tolley") == [("Mark Tolley", "We are raising")]


def test_a_title_in_quote_marks_and_an_apposition_without_commas_do_not_part_a_name_from_its_verb() -> None:
    paragraphs = ["In the paper Mark Tolley a director from the county presented the 'The Plan For' campaign, "
                  "writing: \"The noise levels are far too low to be measured.\""]
    assert speakers(paragraphs, "Mark Tolley") == [("Mark Tolley", "The noise levels")]


def test_words_in_lower_case_quote_marks_still_part_a_name_from_a_later_verb() -> None:
    # The scare quote is someone's words: the name before it is in what Al Hunt reported, not his subject.
    paragraphs = ['Al Hunt said Mr Roe had a "roasting" from members, adding: "It was a meeting like no other."']
    assert speakers(paragraphs, "Al Hunt", "Di Roe") == [("Al Hunt", "It was a")]


def test_a_reply_read_out_in_the_next_paragraph_without_a_colon_is_its_writers() -> None:
    paragraphs = ["A complaint about the surgery was sent. The reply received from Inspector Graham Pettit read",
                  '"We can no longer hold a surgery in each village every month."']
    assert speakers(paragraphs, "Graham Pettit") == [("Graham Pettit", "We can no")]


def test_a_letter_as_follows_is_its_writers() -> None:
    paragraphs = ["Mrs Anna Colby wrote to the council as follows",
                  '"I am writing to object to the new fence along the lane."']
    assert speakers(paragraphs, "Anna Colby") == [("Anna Colby", "I am writing")]


def test_a_partial_quote_after_he_does_admit_is_his() -> None:
    paragraphs = ["Cllr Mark Tolley was unhappy with the plan. However, he does admit that the hall is "
                  '"in need of urgent repair".']
    assert speakers(paragraphs, "Mark Tolley") == [("Mark Tolley", "in need of")]


def test_a_letter_quoted_whole_is_signed_by_the_name_under_it() -> None:
    paragraphs = ["The clerk read a letter from a resident:",
                  '"I was sad to read about the closure of the shop in the village."',
                  "Anna Colby"]
    assert speakers(paragraphs, "Anna Colby") == [("Anna Colby", "I was sad")]


def test_a_quotation_signed_with_a_name_and_a_station_without_a_comma() -> None:
    paragraphs = ['"This was the best village show we have had in thirty years." Anna Colby Radio Norfolk']
    assert speakers(paragraphs, "Anna Colby") == [("Anna Colby", "This was the")]


def test_a_letter_read_out_from_a_named_writer_is_the_writers() -> None:
    paragraphs = ["Cllr Jo Nisbet read out a letter from Mrs Anna Colby:",
                  '"I write to object to the new fence along the lane."']
    assert speakers(paragraphs, "Jo Nisbet", "Anna Colby") == [("Anna Colby", "I write to")]


def test_reading_from_her_own_letter_gives_her_the_words() -> None:
    paragraphs = ['Jo Nisbet read from her letter to the county: "I write to object to the new fence."']
    assert speakers(paragraphs, "Jo Nisbet") == [("Jo Nisbet", "I write to")]


# --- precision ----------------------------------------------------------------------------------------------------


def test_a_policy_quoted_before_a_councillor_speaks_in_another_clause_is_nobodys() -> None:
    paragraphs = ['The policy states "no vehicles may park on the green at any time" but Cllr Mark Tolley said he '
                  "would ask for an exception."]
    assert speakers(paragraphs, "Mark Tolley") == []


def test_an_attribution_set_apart_by_a_comma_after_a_conjunction_still_attributes() -> None:
    paragraphs = ['The band had "no other course of action" but to ask him to leave, singer Gary Lowe has said.']
    assert speakers(paragraphs, "Gary Lowe") == [("Gary Lowe", "no other course")]


def test_what_a_policy_states_is_not_the_words_of_who_read_it_out() -> None:
    paragraphs = ["Cllr Mark Tolley read out the policy, which states \"no vehicles may park on the green at any "
                  'time".']
    assert speakers(paragraphs, "Mark Tolley") == []


def test_an_aside_with_which_closed_by_a_comma_keeps_the_speaker() -> None:
    paragraphs = ['Jo Bell, spokeswoman for the league, which issued the bans, said: "We cannot comment yet."']
    assert speakers(paragraphs, "Jo Bell") == [("Jo Bell", "We cannot comment")]


def test_a_letter_read_out_with_a_colon_is_not_the_readers() -> None:
    paragraphs = ['Jo Nisbet read the letter from the highways office: "The verge is not the responsibility '
                  'of the county council."']
    assert speakers(paragraphs, "Jo Nisbet") == []


def test_a_policy_quoted_in_the_next_paragraph_is_not_the_readers() -> None:
    paragraphs = ["Cllr Jo Nisbet quoted the standing orders:",
                  '"No member may speak twice on the same motion."']
    assert speakers(paragraphs, "Jo Nisbet") == []


def test_the_wording_of_a_sign_is_nobodys() -> None:
    paragraphs = ['Cllr Jo Nisbet said a sign reading "No vehicles beyond this point please" would be put up.']
    assert speakers(paragraphs, "Jo Nisbet") == []


def test_a_quotation_inside_a_letter_is_not_signed_by_the_writer() -> None:
    paragraphs = ["Dear Editor,",
                  'Your columnist wrote that the shop "will be missed by everyone in the village". I disagree.',
                  "Anna Colby"]
    assert speakers(paragraphs, "Anna Colby") == []


def test_an_aside_with_which_closed_by_a_dash_keeps_the_speaker() -> None:
    paragraphs = ["Jo Bell has twice tried to reopen the mill - which ran for ten years before closing - but conceded "
                  'the attempts had been "long and costly failures".']
    assert speakers(paragraphs, "Jo Bell") == [("Jo Bell", "long and costly")]


def test_he_did_however_admit_goes_back_to_the_speaker() -> None:
    paragraphs = ['Tom Bell said the shop was doing well. "Sales are up on last year," he argued. He did, however, '
                  'admit that the owners have "partly lost their regular trade".']
    assert speakers(paragraphs, "Tom Bell") == [("Tom Bell", "Sales are up"), ("Tom Bell", "partly lost their")]


def test_a_plans_words_are_not_the_councillors_who_speaks_after_them() -> None:
    paragraphs = ['The Village Plan says "the village wants more homes for young families", Cllr Mark Tolley said.']
    assert speakers(paragraphs, "Mark Tolley") == []


def test_what_a_report_says_after_the_quotation_is_not_the_councillors() -> None:
    paragraphs = ['"The lane is not a priority for resurfacing," the county\'s report states, Cllr Mark Tolley '
                  "told the meeting."]
    assert speakers(paragraphs, "Mark Tolley") == []


def test_a_member_who_reported_that_gives_the_words() -> None:
    paragraphs = ["Mrs Edna Whitlow (Chairman) reported that 'the new benches have been installed on the green'."]
    assert speakers(paragraphs, "Edna Whitlow") == [("Edna Whitlow", "the new benches")]


def test_a_quotation_of_the_month_is_signed_by_the_line_under_it() -> None:
    # The signature: a name with words and the years of a life and no comma, or a name after a dash.
    for signature in ("Jo Bell English Poet and Critic 1901 - 1960", "Jo Bell, poet", "- Jo Bell"):
        paragraphs = ["Thought for the month", '"The secret of getting ahead is getting started."', signature]
        assert speakers(paragraphs, "Jo Bell") == [("Jo Bell", "The secret of")], signature


def test_a_heading_with_a_name_under_a_quoted_line_signs_nothing() -> None:
    paragraphs = ['"Every penny raised goes to the new village hall roof."', "Jo Bell Memorial Fund"]
    assert speakers(paragraphs, "Jo Bell") == []


def test_words_cited_as_a_persons_are_hers_without_a_speech_verb() -> None:
    for lead_in in ("In the words of Jo Bell,", "To quote Jo Bell:", "As Jo Bell once put it,"):
        paragraphs = [f'{lead_in} "the best way out of a muddle is always through it".']
        assert speakers(paragraphs, "Jo Bell") == [("Jo Bell", "the best way")], lead_in


def test_as_with_a_name_cites_nothing_without_put_it() -> None:
    # "As Jo Bell left, "..."" says when, not whose the words are.
    paragraphs = ['As Jo Bell left, "the best way out of a muddle is always through it" was painted on the wall.']
    assert speakers(paragraphs, "Jo Bell") == []


def test_a_body_after_the_speakers_name_is_where_she_is_from_not_the_subject() -> None:
    paragraphs = ['Jo Bell of the Borough Council said "the bins will be collected every week from May".']
    assert speakers(paragraphs, "Jo Bell") == [("Jo Bell", "the bins will")]


def test_a_text_that_reflects_a_phrase_does_not_take_it_from_who_argues_so() -> None:
    paragraphs = ['Jo Bell, who argues the charter reflected a "fair deal for every village", spoke first.']
    assert speakers(paragraphs, "Jo Bell") == [("Jo Bell", "fair deal for")]


def test_a_documents_words_are_not_given_to_who_speaks_next_in_a_clause_of_her_own() -> None:
    # A document's quoted heading, then a councillor's own clause whose participle is a speech verb.
    paragraphs = ["The Clerk said a letter came from the Borough Council in which it states - Proposed Change - "
                  "\"Change of Ayton from 'Rural Village' to 'Key Rural Service Centre'\" BC Bell advised that this "
                  "should be acknowledged, perhaps suggesting that the village needs a surgery."]
    assert speakers(paragraphs, "C Bell") == []


def test_the_text_of_a_plaque_as_follows_is_nobodys_words() -> None:
    paragraphs = ["A plaque was asked for. Maisie Tarrant agreed to organise this, with the text as follows: 'These "
                  "benches were given by the children of the village school.'"]
    assert speakers(paragraphs, "Maisie Tarrant") == []


def test_a_writer_called_by_the_given_name_is_whom_he_goes_back_to() -> None:
    # Letters pages call a writer by the given name; "he" then means him, not another person named in between.
    paragraphs = ["As one of Clive Lawton's readers I thought I had better write.",
                  "All the pieces you print, but those from Clive himself, are good (and Dr Ken Nisbet is the best).",
                  'I am not sure what Clive is trying to say. Although he rightly states that "they are our future", '
                  "he is unfair to them."]
    assert speakers(paragraphs, "Clive Lawton", "Ken Nisbet") == [("Clive Lawton", "they are our")]
