"""Claims: who said what — quotes, reported speech, their speakers and hedges."""

from desktop.nlp.claims.extractor import extract_claims

__all__ = ["extract_claims"]
