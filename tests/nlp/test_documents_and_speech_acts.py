"""Issue 13: documents speaking for their authors (``via``), speech acts with a noun object, and
"he"/"she" agreeing in gender and animacy with the person they stand for."""

from __future__ import annotations

from collections.abc import Callable

from desktop.nlp.claims.gender import first_name_gender, word_gender
from desktop.nlp.model import Claim

ClaimsOf = Callable[[str], list[Claim]]


def claim_with(claims: list[Claim], words: str) -> Claim:
    matching = [c for c in claims if words in c.content.text]
    assert len(matching) == 1, (words, [c.content.text for c in claims])
    return matching[0]


def test_a_release_from_an_organisation_is_the_organisation_speaking(claims_of: ClaimsOf) -> None:
    claims = claims_of("A release from the city council said the bridge would reopen in May.\n")
    claim = claim_with(claims, "the bridge would reopen")
    assert claim.source is not None
    assert claim.source.name == "city council" and claim.source.text == "the city council"
    assert claim.source.via is not None and claim.source.via.text == "A release"


def test_a_possessive_document_speaks_for_its_owner(claims_of: ClaimsOf) -> None:
    text = (
        "The charity's director, Hannah Osei, visited the ward on Friday. "
        "Her statement said the closures would hurt older patients.\n"
    )
    claim = claim_with(claims_of(text), "the closures would hurt")
    assert claim.source is not None and claim.source.name == "Hannah Osei"
    assert claim.source.via is not None and claim.source.via.text == "Her statement"


def test_a_report_by_an_author_and_a_report_with_none(claims_of: ClaimsOf) -> None:
    authored = claim_with(
        claims_of("The report by the national auditor found that the scheme had overspent.\n"), "overspent"
    )
    assert authored.source is not None and authored.source.name == "national auditor"
    assert authored.source.via is not None and authored.source.via.text == "The report"
    anonymous = claim_with(claims_of("The report found that the scheme had overspent.\n"), "overspent")
    assert anonymous.source is not None and anonymous.source.name == "report"
    assert anonymous.source.via is None
    topic = claim_with(
        claims_of("A review of the records found that the scheme had overspent.\n"), "overspent"
    )
    assert topic.source is not None and topic.source.via is None  # the records are what it is about


def test_said_in_a_statement_keeps_the_statement_as_channel_and_its_clause_as_content(
    claims_of: ClaimsOf,
) -> None:
    claims = claims_of("The operator, Harwell Terminals, said in a statement that it had offered a rise.\n")
    claim = claim_with(claims, "it had offered a rise")
    assert claim.content.text == "it had offered a rise"
    assert claim.source is not None and claim.source.via is not None
    assert claim.source.via.text == "a statement"


def test_speech_acts_with_a_noun_object_are_claims(claims_of: ClaimsOf) -> None:
    text = (
        "The carmaker Volta revealed plans on Monday for a cheaper electric van. "
        "A militant group claimed responsibility for the attack. "
        "Governor Ines Moravec ruled out a cut before the summer. "
        "The company denied reports that it would close the plant.\n"
    )
    claims = claims_of(text)
    assert claim_with(claims, "plans on Monday for a cheaper electric van").kind == "reported"
    assert claim_with(claims, "responsibility for the attack").cue is not None
    ruled_out = claim_with(claims, "a cut before the summer")
    assert ruled_out.cue is not None and ruled_out.cue.text == "ruled out"
    assert ruled_out.source is not None and ruled_out.source.name == "Ines Moravec"
    assert claim_with(claims, "reports that it would close the plant").source is not None


def test_non_speech_senses_and_nested_reports_are_not_claims(claims_of: ClaimsOf) -> None:
    text = (
        "The storm claimed the lives of three sailors. "
        "The hospital admitted 30 patients overnight. "
        "The judge denied bail to both men. "
        "Nigel Pratt said the party had promised change.\n"
    )
    claims = claims_of(text)
    assert [c.content.text for c in claims] == ["the party had promised change"]


def test_a_headline_speech_act_is_not_a_claim(claims_of: ClaimsOf) -> None:
    claims = claims_of(
        "Bank holds rates, rules out cut before summer\n\nThe bank kept its rate at 4 per cent.\n"
    )
    assert claims == []


def test_a_pronoun_never_stands_for_an_organisation(claims_of: ClaimsOf) -> None:
    text = (
        "Aoife Brennan leads the union. A release from the Dock Workers' Union said the strike would "
        "go ahead. 'Six per cent is a pay cut,' she said.\n"
    )
    claim = claim_with(claims_of(text), "Six per cent is a pay cut")
    assert claim.source is not None and claim.source.name is not None
    assert claim.source.name.endswith("Brennan")


def test_a_pronoun_agrees_with_the_first_name(claims_of: ClaimsOf) -> None:
    """Neither is given a title; "she" can only be Margaret, "he" only Daniel."""
    text = (
        "Margaret Doyle and Daniel Pryce met on Tuesday. Pryce said the plan would fail. "
        "She said the plan would cut journey times. He said he would call a vote.\n"
    )
    claims = claims_of(text)
    she = claim_with(claims, "cut journey times")
    assert she.source is not None and she.source.name == "Margaret Doyle"
    he = claim_with(claims, "he would call a vote")
    assert he.source is not None and he.source.name == "Daniel Pryce"


def test_kinship_nouns_tell_gender(claims_of: ClaimsOf) -> None:
    """Jordan is a name of either gender; "his widow" says which one Jordan Cole is."""
    text = (
        "Tom Hale died in 2019. His widow, Jordan Cole, spoke after the hearing. "
        "Tom's brother said the inquiry had taken too long. She said she was relieved.\n"
    )
    claim = claim_with(claims_of(text), "she was relieved")
    assert claim.source is not None and claim.source.name == "Jordan Cole"


def test_gender_words_and_first_names() -> None:
    assert word_gender("Mrs.") == "f" and word_gender("widower") == "m" and word_gender("minister") is None
    assert first_name_gender("Michael") == "m" and first_name_gender("Anita") == "f"
    assert first_name_gender("Jordan") is None  # common in both genders
    assert first_name_gender("Sasha") is None  # too rare in the lists to decide
    assert first_name_gender("Xqzt") is None


def test_a_role_takes_the_name_that_follows_as_its_title(claims_of: ClaimsOf) -> None:
    text = (
        "The Bank of Castria kept its rate at 4 per cent, and its governor ruled out a cut. "
        '"Inflation is falling," Governor Ines Moravec told reporters.\n'
    )
    claim = claim_with(claims_of(text), "a cut")
    assert claim.source is not None and claim.source.name == "Ines Moravec"


def test_organisation_names_stay_whole(claims_of: ClaimsOf) -> None:
    text = (
        "The Maritime and Dock Workers' Union said the strike would go ahead. "
        "Analysts at the research firm Autovista said the price was too low. "
        "Their note estimated that each van would cost more to build.\n"
    )
    claims = claims_of(text)
    union = claim_with(claims, "the strike would go ahead")
    assert union.source is not None and union.source.name == "The Maritime and Dock Workers' Union"
    analysts = claim_with(claims, "the price was too low")
    assert analysts.source is not None and analysts.source.name == "Analysts at the research firm Autovista"
    note = claim_with(claims, "each van would cost more")
    assert note.source is not None and note.source.name == analysts.source.name
    assert note.source.via is not None and note.source.via.text == "Their note"


def test_a_chain_of_titles_before_a_name_in_apposition(claims_of: ClaimsOf) -> None:
    text = (
        "The judge, Mrs Justice Anita Rowe, said the company had ignored warnings. "
        "She said the fine reflected a serious failure.\n"
    )
    claims = claims_of(text)
    judge = claim_with(claims, "the company had ignored warnings")
    assert judge.source is not None and judge.source.name == "Anita Rowe"
    she = claim_with(claims, "the fine reflected")
    assert she.source is not None and she.source.name == "Anita Rowe"
