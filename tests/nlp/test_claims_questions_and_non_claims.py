"""Reader audit (acc-claims): questions belong to whoever asks them, and acts that state nothing
(announcing a deal, declining to say) are not claims; each rule checked on sentences of our own."""

from __future__ import annotations

from desktop.nlp.model import Claim
from tests.nlp.test_documents_and_speech_acts import ClaimsOf, claim_with


def name_of(claim: Claim) -> str | None:
    return claim.source.name if claim.source is not None else None


def test_a_question_followed_by_a_bare_asked_is_the_askers(claims_of: ClaimsOf) -> None:
    text = (
        "Councillor Ruth Okoye said the depot would stay open.\n"
        '"Will the depot close next year?" Jenkins asked.\n'
        '"It will not," Okoye said.\n'
    )
    assert name_of(claim_with(claims_of(text), "Will the depot close")) == "Jenkins"


def test_a_question_asked_of_someone_named_is_the_askers(claims_of: ClaimsOf) -> None:
    text = (
        "The minister, Helen Strand, defended the timetable.\n"
        '"So the trains will still be late in March?" the senator Paul Ridley asked her.\n'
    )
    assert name_of(claim_with(claims_of(text), "trains will still be late")) == "Paul Ridley"


def test_a_verb_of_going_on_with_a_complement_attributes_nothing(claims_of: ClaimsOf) -> None:
    text = 'The mayor, Ana Lisboa, spoke first. "We will keep building." The city continued to grow.\n'
    claim = claim_with(claims_of(text), "We will keep building")
    assert name_of(claim) != "city"


def test_a_clause_someone_denies_is_not_their_claim(claims_of: ClaimsOf) -> None:
    text = (
        "Inspectors said the plant had polluted the river for years, an accusation Castillo denied "
        "on Friday.\n"
    )
    claims = claims_of(text)
    assert all(name_of(c) != "Castillo" for c in claims)
    assert name_of(claim_with(claims, "the plant had polluted the river")) == "Inspectors"


def test_a_prospect_denied_leaves_the_claim_inside_to_its_speaker(claims_of: ClaimsOf) -> None:
    text = (
        "Anita Pereira gave evidence on Tuesday. Pereira did refer to her earlier statement, in which "
        "she said colleagues had worried about Dr Hale leaking documents, a prospect Hale denied "
        "later that day.\n"
    )
    claim = claim_with(claims_of(text), "colleagues had worried")
    assert name_of(claim) == "Anita Pereira"


def test_a_quoted_heading_line_is_not_a_claim(claims_of: ClaimsOf) -> None:
    text = (
        "The inquiry heard from three witnesses on Monday. Here are the main points:\n"
        '"We were never told"\n'
        'The harbour master, Ines Colby, said: "We were never told the dredging had stopped."\n'
        '2. "A matter of weeks"\n'
        "Colby said repairs would take a matter of weeks.\n"
    )
    claims = claims_of(text)
    assert [c.content.text for c in claims if c.source is None] == []
    assert name_of(claim_with(claims, "We were never told the dredging")) == "Ines Colby"


def test_a_quotation_alone_on_its_line_with_its_full_stop_is_still_speech(claims_of: ClaimsOf) -> None:
    text = 'Mayor Tom Reyes said the pool would reopen.\n"It will be open by June."\n'
    assert name_of(claim_with(claims_of(text), "It will be open by June")) == "Tom Reyes"


def test_declining_to_say_when_or_how_much_is_not_a_claim(claims_of: ClaimsOf) -> None:
    text = (
        "Rosa Lindqvist said the ferry would be repaired. She declined to say when the ferry would "
        "sail again. The operator would not say how many passengers had been refunded.\n"
    )
    assert [c.content.text for c in claims_of(text)] == ["the ferry would be repaired"]


def test_a_question_word_inside_the_clause_leaves_a_statement(claims_of: ClaimsOf) -> None:
    text = (
        "Ortiz said when he arrived, the gate was already open. Hale said what happened was a "
        'crime. "Where were the guards?" Hale asked.\n'
    )
    contents = [c.content.text for c in claims_of(text)]
    assert "when he arrived, the gate was already open" in contents
    assert "what happened was a crime" in contents
    assert "Where were the guards?" in contents


def test_according_to_between_subject_and_verb_keeps_the_subject(claims_of: ClaimsOf) -> None:
    text = (
        "Two of the guards, according to court filings, had slept through the night. The harbour "
        "bridge, according to engineers, will need new cables by 2030.\n"
    )
    claims = claims_of(text)
    assert claim_with(claims, "had slept through").content.text.startswith("Two of the guards")
    assert claim_with(claims, "will need new cables").content.text.startswith("The harbour bridge")


def test_according_to_before_or_after_the_clause_is_left_out_of_it(claims_of: ClaimsOf) -> None:
    text = (
        "According to the mayor, the pool will reopen. The library will close in May, according to staff.\n"
    )
    contents = [c.content.text for c in claims_of(text)]
    assert contents == ["the pool will reopen", "The library will close in May"]


def test_a_report_inside_a_condition_is_not_a_claim(claims_of: ClaimsOf) -> None:
    text = (
        "Under the rules, a pupil may return to class only if a school nurse confirms the rash has "
        "cleared. The loan is repaid unless an auditor finds that the accounts are false.\n"
    )
    assert claims_of(text) == []


def test_a_condition_inside_what_someone_says_stays_their_claim(claims_of: ClaimsOf) -> None:
    text = "If the council says the pool must close, residents will protest, Dana Whitlow said.\n"
    (claim,) = claims_of(text)
    assert name_of(claim) == "Dana Whitlow"


def test_a_participle_after_an_acknowledged_object_is_a_claim_of_its_own(claims_of: ClaimsOf) -> None:
    text = (
        "The health minister, Ana Ferro, acknowledged serious delays Monday, telling reporters that "
        "the new scanners would arrive in March. The rail operator confirmed a timetable change on "
        "Friday, saying that night trains would stop at Dunmore.\n"
    )
    contents = [c.content.text for c in claims_of(text)]
    assert "serious delays" in contents
    assert "the new scanners would arrive in March" in contents
    assert "night trains would stop at Dunmore" in contents


def test_a_quantifier_after_the_speakers_is_not_part_of_their_name(claims_of: ClaimsOf) -> None:
    text = (
        "Hart and Osei both said the referee had been fair. The two coaches all agreed that the "
        "pitch was too wet.\n"
    )
    claims = claims_of(text)
    assert name_of(claim_with(claims, "the referee had been fair")) == "Hart and Osei"
    assert name_of(claim_with(claims, "the pitch was too wet")) == "two coaches"
