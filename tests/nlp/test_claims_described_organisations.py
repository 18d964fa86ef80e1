"""Issue 13, fresh set 7's rules one at a time: organisations introduced by what they are and
named before or after ("their union", "the museum", "the force", "the retailer", "a group calling
itself …"), a bracketed acronym spelled out, possessive names, people known only by the role given
them, a spokesperson for a named official, Korean family names, and two speech acts ("ruled out
paying", "did not deny that") (fresh set 7 scores these on whole articles)."""

from __future__ import annotations

from desktop.nlp.model import Claim
from tests.nlp.test_documents_and_speech_acts import ClaimsOf, claim_with


def name_of(claim: Claim) -> str | None:
    return claim.source.name if claim.source is not None else None


def test_a_possessed_organisation_noun_is_the_organisation_named_next(claims_of: ClaimsOf) -> None:
    text = (
        "Bus drivers in Harlow will strike for three days from Monday, their union has announced. "
        "The Road Transport Workers Union said 400 members had voted to walk out.\n"
    )
    assert name_of(claim_with(claims_of(text), "Bus drivers in Harlow will strike")) == (
        "Road Transport Workers Union"
    )


def test_a_described_organisation_is_the_one_whose_name_says_its_kind(claims_of: ClaimsOf) -> None:
    text = (
        "A silver cup found in a garden has been handed to the Royal Museum of Wales. Experts "
        "cleaned it over the summer. The museum said it would go on display in May.\n"
    )
    assert name_of(claim_with(claims_of(text), "it would go on display")) == "Royal Museum of Wales"


def test_the_force_is_the_police_named_before(claims_of: ClaimsOf) -> None:
    text = (
        "A lorry overturned on the A9 on Friday, Police Scotland said. In a statement, the force "
        "said the driver had been taken to hospital.\n"
    )
    assert name_of(claim_with(claims_of(text), "the driver had been taken")) == "Police Scotland"


def test_a_name_after_an_organisation_noun_is_that_organisation_far_on(claims_of: ClaimsOf) -> None:
    text = (
        "Online retailer Cartwell has confirmed that a fault exposed the addresses of 40,000 "
        "customers. The company said no payment details had been seen. Engineers fixed the fault "
        "within hours. Customers were told by email. Some complained on social media. Others "
        "cancelled their orders. Analysts expect little lasting harm. Rivals have had similar "
        "faults. One was fined last year. Another was not. Regulators are watching the sector. "
        "Shares in Cartwell fell 3% on Tuesday. The retailer said its sales would not suffer.\n"
    )
    claims = claims_of(text)
    assert name_of(claim_with(claims, "no payment details had been seen")) == "Cartwell"
    assert name_of(claim_with(claims, "its sales would not suffer")) == "Cartwell"


def test_a_group_calling_itself_a_name_speaks_by_that_name(claims_of: ClaimsOf) -> None:
    text = (
        "A hacking group calling itself Grey Heron claimed responsibility for the outage and said "
        "it would strike again.\n"
    )
    claims = claims_of(text)
    assert name_of(claim_with(claims, "responsibility for the outage")) == "Grey Heron"
    assert name_of(claim_with(claims, "it would strike again")) == "Grey Heron"


def test_a_name_with_its_bracketed_acronym_is_the_full_name(claims_of: ClaimsOf) -> None:
    text = (
        "The Pensions Regulator's Office (PRO) said it was looking into the scheme. The Motorsport "
        "Safety Council (MOSC) was also told. Later the MOSC said it had closed its inquiry.\n"
    )
    claims = claims_of(text)
    assert name_of(claim_with(claims, "it was looking into the scheme")) == "Pensions Regulator's Office"
    assert name_of(claim_with(claims, "it had closed its inquiry")) == "Motorsport Safety Council"


def test_a_possessive_source_is_named_without_its_possessive(claims_of: ClaimsOf) -> None:
    text = "According to the National Road Safety Board's annual report, crashes fell by 8% last year.\n"
    assert name_of(claim_with(claims_of(text), "crashes fell by 8%")) == "National Road Safety Board"


def test_a_person_given_a_role_is_he_or_she_whatever_the_tagger_says(claims_of: ClaimsOf) -> None:
    text = (
        "The choir's musical director, Piotr Zawadzki, said he was proud. Speaking after the "
        "concert, he admitted that the first half had been slow. The woman's aunt, Maura Quigley, "
        "thanked the crew. She wrote that the rescue had been flawless.\n"
    )
    claims = claims_of(text)
    assert name_of(claim_with(claims, "the first half had been slow")) == "Piotr Zawadzki"
    assert name_of(claim_with(claims, "the rescue had been flawless")) == "Maura Quigley"


def test_a_spokesperson_for_the_mayor_speaks_for_the_mayor_named_long_before(claims_of: ClaimsOf) -> None:
    text = (
        "Mayor Priya Ramsden's budget was published on Monday. Residents packed the hall. Some "
        "cheered. Others left early. Traders complained about parking. A pastor prayed. The "
        "meeting ran late. Police kept order. Nobody was hurt. A vote is due in May. The council "
        "will meet again. Campaigners plan a march. The mayor denied that the budget cut "
        "libraries. A spokesperson for the mayor said the city had held 12 meetings.\n"
    )
    claims = claims_of(text)
    assert name_of(claim_with(claims, "the budget cut libraries")) == "Priya Ramsden"
    assert "Priya Ramsden" in (name_of(claim_with(claims, "the city had held 12 meetings")) or "")


def test_a_korean_name_is_known_later_by_its_family_name(claims_of: ClaimsOf) -> None:
    text = (
        'Choi Min-jun scored twice in the final. "We never stopped believing," Choi said. The '
        "striker said he would stay at the club.\n"
    )
    claims = claims_of(text)
    assert name_of(claim_with(claims, "We never stopped believing")) == "Choi Min-jun"


def test_ruling_out_an_action_and_not_denying_a_clause_are_claims(claims_of: ClaimsOf) -> None:
    text = (
        "Finance director Greta Olsen ruled out raising prices. Olsen did not deny that profits had "
        "fallen since the spring, but said orders were recovering.\n"
    )
    claims = claims_of(text)
    assert name_of(claim_with(claims, "raising prices")) == "Greta Olsen"
    assert name_of(claim_with(claims, "profits had fallen since the spring")) == "Greta Olsen"


def test_two_that_clauses_side_by_side_are_both_the_speakers(claims_of: ClaimsOf) -> None:
    text = (
        "He acknowledged that some trains had been late over the summer but insisted that "
        "passenger safety had never been at risk.\n"
    )
    claim = claim_with(claims_of(text), "passenger safety had never been at risk")
    assert claim.source is not None and claim.source.text == "He"


def test_a_thing_that_suggests_something_is_no_speaker(claims_of: ClaimsOf) -> None:
    text = (
        "Divers found the coins in a clay jar that had cracked open, which suggested they were "
        "hidden in a hurry. The council, which owns the site, said the coins would be displayed.\n"
    )
    claims = claims_of(text)
    assert not any("hidden in a hurry" in c.content.text for c in claims)
    assert name_of(claim_with(claims, "the coins would be displayed")) == "council"


def test_it_takes_up_a_speaking_name_the_tagger_called_a_person(claims_of: ClaimsOf) -> None:
    text = (
        "Players accused the league's organiser, Kessler Gaming, of hiding the results. "
        'Kessler said its referees had checked every match. "Our rules were followed," it said '
        "in a statement.\n"
    )
    assert "Kessler" in (name_of(claim_with(claims_of(text), "Our rules were followed")) or "")


def test_written_testimony_is_the_channel_of_who_gave_it(claims_of: ClaimsOf) -> None:
    text = "In written testimony, the port authority said its berths were full until June.\n"
    claim = claim_with(claims_of(text), "its berths were full")
    assert claim.source is not None and claim.source.via is not None
    assert claim.source.via.text.endswith("testimony")


def test_a_trailing_utility_is_the_institution_named_as_subject_next(claims_of: ClaimsOf) -> None:
    text = (
        "Homes in Vellmar will get tap water only three days a week from Monday, the town's water "
        "utility announced on Friday, as the reservoirs ran low. The Regional Water Supply Board "
        "said the cuts would last until June.\n"
    )
    claim = claim_with(claims_of(text), "will get tap water only three days a week")
    assert name_of(claim) == "Regional Water Supply Board"


def test_an_attribution_cut_off_after_a_quoted_exclamation_is_still_its_speaker(claims_of: ClaimsOf) -> None:
    text = (
        'The league said its referees had checked every match. "Our rules were followed," it said.\n\n'
        "The visiting coach, Dario Ferreira, was not convinced. \"Why won't they show the footage? "
        'If it is clean, let us see it!" Ferreira said at a news conference.\n'
    )
    assert name_of(claim_with(claims_of(text), "show the footage")) == "Dario Ferreira"


def test_coming_back_is_a_return_not_a_retort(claims_of: ClaimsOf) -> None:
    text = "Harbour City won the cup on Sunday, coming back from two goals down to beat Eastfield 3-2.\n"
    assert claims_of(text) == []
