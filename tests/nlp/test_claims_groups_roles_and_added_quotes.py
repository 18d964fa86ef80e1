"""Issue 13, fresh set 6's rules one at a time: the group a sentence names speaking of itself,
organisations given a noun, spokespeople for them, leaders named after, acronyms spelled out in
brackets, documents' authors, stranded appositive speakers, "said A but that B", quotations
added after "before adding:", mid-sentence "according to", and no content cut from a hyphenated
word (fresh set 6 scores these on whole articles)."""

from __future__ import annotations

from desktop.nlp.model import Claim
from tests.nlp.test_claims_transcripts_roles_and_acronyms import name_of
from tests.nlp.test_documents_and_speech_acts import ClaimsOf, claim_with


def via_of(claim: Claim) -> str | None:
    return claim.source.via.text if claim.source is not None and claim.source.via is not None else None


def test_the_company_reporting_on_its_own_sentence_is_the_company_it_names(claims_of: ClaimsOf) -> None:
    text = "Swiss drugmaker Velmora will close two labs by March, the company said on Monday.\n"
    assert name_of(claim_with(claims_of(text), "will close two labs")) == "Velmora"


def test_the_club_is_the_plural_team_name_not_a_player_named_after_it(claims_of: ClaimsOf) -> None:
    text = (
        "Northfield Wanderers have turned down a bid from Ashby for midfielder Kofi Mensah, the club "
        "said on Tuesday.\n"
    )
    assert name_of(claim_with(claims_of(text), "turned down a bid")) == "Northfield Wanderers"


def test_a_spokeswoman_for_the_publisher_speaks_for_the_publisher_named_before(claims_of: ClaimsOf) -> None:
    text = (
        "The singer's publisher, Brindle & Oak, defended the biography. A spokeswoman for the "
        "publisher said every chapter had been checked.\n"
    )
    name = name_of(claim_with(claims_of(text), "every chapter had been checked"))
    assert name is not None and "Brindle & Oak" in name


def test_the_head_of_a_company_is_the_chief_executive_named_next(claims_of: ClaimsOf) -> None:
    text = (
        "The head of Corran Energy told senators on Tuesday that a valve failure caused the blackout. "
        "Chief executive Ilse Brandvold said the company had replaced the valve.\n"
    )
    assert name_of(claim_with(claims_of(text), "a valve failure caused")) == "Ilse Brandvold"


def test_an_acronym_is_the_name_the_text_spelled_out_before_it_in_brackets(claims_of: ClaimsOf) -> None:
    text = (
        "The Northern Rail-freight and Harbour Authority (NRHA) fined the operator on Friday. In its "
        "order, the NRHA said the operator had ignored two warnings.\n"
    )
    claim = claim_with(claims_of(text), "had ignored two warnings")
    assert name_of(claim) == "Northern Rail-freight and Harbour Authority"
    assert via_of(claim) == "its order"


def test_in_order_to_is_no_document(claims_of: ClaimsOf) -> None:
    text = "In order to save money, the council said it would close the pool.\n"
    assert via_of(claim_with(claims_of(text), "it would close the pool")) is None


def test_figures_compiled_by_a_named_website_speak_for_the_website(claims_of: ClaimsOf) -> None:
    text = "According to figures compiled by the travel website FareWatch, fares rose 9% in May.\n"
    claim = claim_with(claims_of(text), "fares rose 9% in May")
    assert name_of(claim) == "FareWatch"
    assert via_of(claim) == "figures"


def test_the_report_named_before_with_its_author_speaks_for_that_author(claims_of: ClaimsOf) -> None:
    text = (
        "The county parks department said it had closed the pier. Divers found rot in the piles, "
        "according to a report released by the department. The report said the deck could collapse.\n"
    )
    claim = claim_with(claims_of(text), "the deck could collapse")
    assert name_of(claim) == "county parks department"
    assert via_of(claim) == "The report"


def test_a_role_with_its_name_stranded_before_said_is_the_speaker(claims_of: ClaimsOf) -> None:
    text = "The NLP would appeal the ruling in the High Court, its chairman, Peter Amadi, said.\n"
    claim = claim_with(claims_of(text), "would appeal the ruling")
    assert name_of(claim) == "Peter Amadi"
    assert "Amadi" not in claim.content.text


def test_said_a_but_that_b_is_one_report_with_its_first_half(claims_of: ClaimsOf) -> None:
    text = "The monitors said polling had been orderly but that the count in the north was delayed.\n"
    claim = claim_with(claims_of(text), "polling had been orderly")
    assert claim.content.text.startswith("polling had been orderly but that the count")


def test_told_people_on_a_call_that_reports_the_clause(claims_of: ClaimsOf) -> None:
    text = "Finance chief Ola Berg told investors on a call that the bank had no plans to sell.\n"
    assert name_of(claim_with(claims_of(text), "the bank had no plans to sell")) == "Ola Berg"


def test_adding_that_after_a_quotation_is_a_claim_of_its_own(claims_of: ClaimsOf) -> None:
    text = (
        'Dana Whitlow, an analyst at Rook Partners, said demand was weak. "The worst is over," she '
        "said, adding that prices could rise in spring.\n"
    )
    claims = claims_of(text)
    assert claim_with(claims, "The worst is over").kind == "quote"
    added = claim_with(claims, "prices could rise in spring")
    assert added.kind == "reported" and name_of(added) == "Dana Whitlow"


def test_before_adding_gives_the_second_quotation_to_the_same_speaker(claims_of: ClaimsOf) -> None:
    text = (
        "Coach Marta Iles was asked about the rumours on Friday. 'I never discuss players from "
        "other teams,' she said, before adding: 'She is a fine goalkeeper. That is all.'\n"
    )
    claims = claims_of(text)
    first = claim_with(claims, "I never discuss players")
    second = claim_with(claims, "She is a fine goalkeeper")
    assert first is not second
    assert first.kind == second.kind == "quote"
    assert name_of(first) == name_of(second) == "Marta Iles"


def test_according_to_inside_a_relative_clause_vouches_for_that_clause(claims_of: ClaimsOf) -> None:
    text = (
        "He called the flood a warning for a county where, according to the Rivers Trust, one in "
        "five homes is at risk.\n"
    )
    claim = claim_with(claims_of(text), "one in five homes is at risk")
    assert claim.kind == "according_to"
    assert "called the flood" not in claim.content.text


def test_a_reporting_verb_tagged_a_noun_still_reports_and_an_age_names_the_person(
    claims_of: ClaimsOf,
) -> None:
    text = (
        "Singer Rory Vance has written a memoir. In extracts printed Sunday by Glimmer, the "
        "41-year-old claims that his first label kept most of his royalties.\n"
    )
    claim = claim_with(claims_of(text), "his first label kept most of his royalties")
    assert name_of(claim) == "Rory Vance"


def test_the_district_is_the_school_system_named_before(claims_of: ClaimsOf) -> None:
    text = (
        "The board of Springdale Public Schools voted to close two schools. Parents protested outside. "
        "Teachers wore black. The union objected. Buses were rerouted. The district denied that "
        "any law had been broken.\n"
    )
    assert name_of(claim_with(claims_of(text), "any law had been broken")) == "Springdale Public Schools"


def test_a_fragment_of_a_hyphenated_word_is_never_content(claims_of: ClaimsOf) -> None:
    claims = claims_of("Board declares chairman re-elected\n\nThe vote was held on Monday.\n")
    assert not any(c.content.text in ("re", "elected") for c in claims)
