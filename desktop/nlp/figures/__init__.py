"""Figures: numbers with what they count, their units in SI, and arithmetic checks between them."""

from desktop.nlp.figures.checks import find_checks
from desktop.nlp.figures.extractor import extract_figures
from desktop.nlp.figures.units import pint_unit

__all__ = ["extract_figures", "find_checks", "pint_unit"]
