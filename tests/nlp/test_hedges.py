"""Hedges as spans on claims; hearsay without a source becomes an unattributed claim."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from desktop.nlp.claims.hedges import find_hedges
from desktop.nlp.model import Claim


def test_hearsay_without_source_is_an_unattributed_claim(claims_of: Callable[[str], list[Claim]]) -> None:
    (claim,) = claims_of("Six people including a child were reportedly killed on Friday.")
    assert (claim.kind, claim.source, claim.cue) == ("unattributed", None, None)
    assert [h.text for h in claim.hedges] == ["reportedly killed"]


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("The suspect allegedly stole $5,000 from the register.", "allegedly stole"),
        ("The minister is said to have fled the country.", "is said"),
        ("It is believed that the ship sank in the storm.", "It is believed"),
    ],
)
def test_reportative_hedges(claims_of: Callable[[str], list[Claim]], text: str, hedge: str) -> None:
    (claim,) = claims_of(text)
    assert claim.kind == "unattributed"
    assert hedge in [h.text for h in claim.hedges]


def test_epistemic_hedges_qualify_a_claim_but_make_none(claims_of: Callable[[str], list[Claim]]) -> None:
    assert claims_of("The storm will likely reach the coast and may cause floods.") == []
    (claim,) = claims_of("Officials said the storm will likely reach the coast and may cause floods.")
    assert claim.kind == "reported"
    assert [h.text.split()[0] for h in claim.hedges] == ["likely", "may"]


def test_negated_modal_is_not_a_hedge(nlp: Language) -> None:
    doc = nlp("The Russians could not have been unaware of it.")
    assert find_hedges(doc) == []


def test_hedges_inside_a_quote_belong_to_the_quote(claims_of: Callable[[str], list[Claim]]) -> None:
    (claim,) = claims_of("“It was possibly the worst attack so far,” said Omar Haddad.")
    assert claim.kind == "quote"
    assert [h.text for h in claim.hedges] == ["possibly"]
