"""Figures: numbers with what they count, their units in SI, and arithmetic checks between them."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.nlp.figures.checks import find_checks
    from desktop.nlp.figures.extractor import Reading, extract_figures, read_numbers
    from desktop.nlp.figures.unit_tables import METRIC_TARGETS, SI_SYMBOLS
    from desktop.nlp.figures.units import pint_unit

__all__ = [
    "METRIC_TARGETS",
    "SI_SYMBOLS",
    "Reading",
    "extract_figures",
    "find_checks",
    "pint_unit",
    "read_numbers",
]

# Each name's module, imported when the name is first asked for: the extractor and the checks
# import spaCy (most of a second), the units their patterns, so that the window's process,
# which shows figures from the unit tables alone, does without them.
_MODULE_OF = {
    "Reading": "extractor",
    "extract_figures": "extractor",
    "read_numbers": "extractor",
    "find_checks": "checks",
    "pint_unit": "units",
    "METRIC_TARGETS": "unit_tables",
    "SI_SYMBOLS": "unit_tables",
}


def __getattr__(name: str) -> object:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
