"""Issue 13, fresh set 5's rules one at a time: transcripts with speaker labels, reports inside
interview answers, roles and acronyms standing for names given earlier, "the firm" never a public
body, "it" as the organisation speaking in any position, "adding that" as a claim of its own
(fresh set 5 scores these on whole articles)."""

from __future__ import annotations

from desktop.nlp.claims.quotes import find_quotes
from desktop.nlp.model import Claim
from tests.nlp.test_documents_and_speech_acts import ClaimsOf, claim_with

TRANSCRIPT = (
    "Transcript: the harbour master on the new ferry timetable\n\n"
    "The presenter, Ruth Adler, spoke to the harbour master, Owen Pryce, on Monday.\n\n"
    "ADLER: Why were Sunday sailings cut?\n\n"
    "PRYCE: Because nobody was on them. Most weeks the last boat left empty.\n\n"
    "ADLER: Will they come back?\n\n"
    "PRYCE: In summer, yes. The operator told us that it would add two sailings in June.\n"
)


def name_of(claim: Claim) -> str | None:
    return claim.source.name if claim.source is not None else None


def test_a_labelled_transcript_quotes_the_named_speaker_not_the_interviewer() -> None:
    quotes = find_quotes(TRANSCRIPT)
    assert [q.label for q in quotes] == ["PRYCE", "PRYCE"]
    assert all(
        TRANSCRIPT[q.content_start : q.content_end].startswith(("Because", "In summer")) for q in quotes
    )


def test_a_turn_is_its_speakers_quote_and_a_report_inside_it_is_the_reported_source(
    claims_of: ClaimsOf,
) -> None:
    claims = claims_of(TRANSCRIPT)
    answer = claim_with(claims, "Because nobody was on them")
    assert answer.kind == "quote" and name_of(answer) == "Owen Pryce"
    assert claim_with(claims, "In summer, yes").kind == "quote"
    report = claim_with(claims, "it would add two sailings")
    assert report.kind == "reported" and name_of(report) == "operator"
    assert not any("Why were Sunday sailings cut" in c.text for c in claims)


def test_capitalised_paragraph_heads_naming_nobody_are_no_transcript() -> None:
    assert find_quotes("UPDATE: The road has reopened.\n\nPolice said the lorry had been moved.\n") == []
    live_blog = (
        "BREAKING: A lorry has overturned on the A40.\n\nUPDATE: Police have closed the road.\n\n"
        "BREAKING: Two people are in hospital.\n\nUPDATE: Is the road open yet? Not before six.\n"
    )
    assert find_quotes(live_blog) == []


def test_the_role_names_the_person_given_it_in_apposition_sentences_before(claims_of: ClaimsOf) -> None:
    text = (
        "The state's water minister, Ada Kowalczyk, toured the dam on Friday. Engineers inspected "
        "the spillway. The minister said repairs would start in spring.\n"
    )
    assert name_of(claim_with(claims_of(text), "repairs would start")) == "Ada Kowalczyk"


def test_an_acronym_speaks_as_the_organisation_whose_initials_it_is(claims_of: ClaimsOf) -> None:
    text = (
        "The National Rail Safety Board opened an inquiry on Monday. According to the NRSB, the "
        "signal had failed twice before.\n"
    )
    claim = claim_with(claims_of(text), "the signal had failed twice")
    assert claim.kind == "according_to" and name_of(claim) == "National Rail Safety Board"


def test_the_firm_is_the_company_not_the_agency_named_in_between(claims_of: ClaimsOf) -> None:
    text = (
        "The developer, Harrow Estates, said its plans had been checked by the Coal Authority. In a "
        "letter to residents, the firm promised that no mine shaft lay under the site.\n"
    )
    claim = claim_with(claims_of(text), "no mine shaft lay under the site")
    assert name_of(claim) == "Harrow Estates"


def test_it_speaks_for_the_organisation_after_the_statement_and_with_a_noun_object(
    claims_of: ClaimsOf,
) -> None:
    text = (
        "Crumbs, the bakery chain, said it would close six shops. Staff would be offered other posts, "
        "it said. It ruled out further closures this year.\n"
    )
    claims = claims_of(text)
    assert name_of(claim_with(claims, "Staff would be offered other posts")) == "Crumbs"
    assert name_of(claim_with(claims, "further closures")) == "Crumbs"


def test_adding_that_after_the_report_is_a_second_claim_of_the_same_speaker(claims_of: ClaimsOf) -> None:
    text = (
        "The mayor, Lena Brandt, said the tram line would be extended to the airport, adding that "
        "fares would be frozen for two years.\n"
    )
    claims = claims_of(text)
    extended = claim_with(claims, "the tram line would be extended")
    frozen = claim_with(claims, "fares would be frozen")
    assert extended is not frozen
    assert "fares" not in extended.content.text
    assert name_of(extended) == name_of(frozen) == "Lena Brandt"


def test_a_hyphenated_surname_stays_whole_for_later_pronouns(claims_of: ClaimsOf) -> None:
    text = (
        "The spokesman, Rhys Ap-Evans, said the march would go ahead. Ap-Evans said the police had "
        "agreed the route. It will start at noon, he said.\n"
    )
    assert name_of(claim_with(claims_of(text), "It will start at noon")) == "Rhys Ap-Evans"


def test_a_role_already_standing_for_someone_keeps_doing_so(claims_of: ClaimsOf) -> None:
    text = (
        "The president's tariffs have unsettled markets. Hugo Lind, the president of the Farmers' "
        "Union, said growers were worried. The president said the tariffs would stay.\n"
    )
    claim = claim_with(claims_of(text), "the tariffs would stay")
    assert claim.source is not None and claim.source.name != "Hugo Lind"


def test_they_joined_to_an_organisations_clause_is_that_organisation(claims_of: ClaimsOf) -> None:
    text = "The county council wrote to parents on Friday, and they said the school would reopen in May.\n"
    assert name_of(claim_with(claims_of(text), "the school would reopen")) == "county council"
