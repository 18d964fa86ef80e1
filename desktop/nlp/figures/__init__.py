"""Figures: numbers with what they count, their units in SI, and arithmetic checks between them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.nlp.figures.units import pint_unit

if TYPE_CHECKING:
    from desktop.nlp.figures.checks import find_checks
    from desktop.nlp.figures.extractor import Reading, extract_figures, read_numbers

__all__ = ["Reading", "extract_figures", "find_checks", "pint_unit", "read_numbers"]

_EXTRACTOR_NAMES = ("Reading", "extract_figures", "read_numbers")


def __getattr__(name: str) -> object:
    """The extractor and the checks import spaCy, most of a second: loaded when first used, so
    that a process reading only the unit tables (the window's) does without them."""
    if name in _EXTRACTOR_NAMES:
        from desktop.nlp.figures import extractor

        return getattr(extractor, name)
    if name == "find_checks":
        from desktop.nlp.figures.checks import find_checks

        return find_checks
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
