"""Issue 13: data and records speak for whoever gathered them, "it" speaks for the organisation
just named, the current speaker carries across quote chains and continuation paragraphs, and page
furniture is not a claim (fresh set 4 scores these on whole articles)."""

from __future__ import annotations

from desktop.nlp.model import Claim
from tests.nlp.test_documents_and_speech_acts import ClaimsOf, claim_with


def source_and_via(claim: Claim) -> tuple[str | None, str | None]:
    assert claim.source is not None
    return claim.source.name, claim.source.via.text if claim.source.via is not None else None


def test_data_from_an_agency_is_the_agency_speaking_through_its_data(claims_of: ClaimsOf) -> None:
    text = "Data from the Port Authority show that cargo volumes fell by a third in March.\n"
    name, via = source_and_via(claim_with(claims_of(text), "cargo volumes fell"))
    assert name is not None and "Port Authority" in name
    assert via == "Data"


def test_records_held_by_a_registry_speak_for_the_registry(claims_of: ClaimsOf) -> None:
    text = "Records held by the land registry show that the farm was sold twice in 1950.\n"
    name, via = source_and_via(claim_with(claims_of(text), "the farm was sold twice"))
    assert name == "land registry" and via == "Records"


def test_according_to_figures_from_an_office(claims_of: ClaimsOf) -> None:
    text = (
        "Rents rose by 9 per cent last year, according to figures from the Office for National Statistics.\n"
    )
    claim = claim_with(claims_of(text), "Rents rose by 9 per cent")
    name, via = source_and_via(claim)
    assert claim.kind == "according_to"
    assert name is not None and "Office for National Statistics" in name and via == "figures"


def test_show_reports_nothing_without_a_document_as_subject(claims_of: ClaimsOf) -> None:
    assert claims_of("The photos show that the bridge was already cracked in May.\n") == []


def test_a_senior_figure_is_a_person_not_data(claims_of: ClaimsOf) -> None:
    claim = claim_with(claims_of("A senior figure in the party said the leader would resign.\n"), "resign")
    assert claim.source is not None and claim.source.via is None


def test_a_report_under_a_headline_without_a_full_stop_keeps_its_content(claims_of: ClaimsOf) -> None:
    text = (
        "Ferry firm adds winter crossings to Orkney\n\n"
        "Ferries will sail twice a day through the winter, the operator NorthLink said on Friday, "
        "ending years of complaints from islanders.\n"
    )
    claim = claim_with(claims_of(text), "Ferries will sail twice a day")
    assert claim.source is not None and claim.source.name is not None and "NorthLink" in claim.source.name


def test_it_speaks_for_the_organisation_just_named(claims_of: ClaimsOf) -> None:
    text = (
        "The drivers' union Unite said the plan was unworkable. "
        "It said it would ballot members on strike action.\n"
    )
    claim = claim_with(claims_of(text), "it would ballot members")
    assert claim.source is not None and claim.source.name is not None and "Unite" in claim.source.name


def test_it_with_a_verb_of_evidence_is_no_speaker(claims_of: ClaimsOf) -> None:
    assert claims_of("It suggests that prices will keep rising.\n") == []


def test_the_noun_ending_an_organisations_name_stands_for_it(claims_of: ClaimsOf) -> None:
    text = (
        "Staff at Halden College walked out on Monday. The college said it had offered a 4 per cent rise.\n"
    )
    claim = claim_with(claims_of(text), "offered a 4 per cent rise")
    assert claim.source is not None and claim.source.name == "Halden College"


def test_a_continuation_paragraph_continues_the_last_quotes_speaker(claims_of: ClaimsOf) -> None:
    text = (
        "'We will not close the library,' said Ruth Meadows, the council leader. Her deputy, "
        "Tom Ashby, was less certain. 'Nothing is ruled out,' he said.\n\n"
        "'We have to find four million pounds somewhere.'\n"
    )
    claim = claim_with(claims_of(text), "find four million pounds")
    assert claim.source is not None and claim.source.name == "Tom Ashby"


def test_page_furniture_is_not_a_claim(claims_of: ClaimsOf) -> None:
    text = (
        "The mayor said the tram line would open in June.\n\n"
        "READ MORE: Tram works 'will end by spring', says contractor\n\n"
        "Asked what went wrong\n\n"
        "Follow us on Twitter for the latest news.\n"
    )
    claims = claims_of(text)
    assert [c.content.text for c in claims] == ["the tram line would open in June"]
