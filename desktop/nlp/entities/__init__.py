"""Entities: the place-name pipeline component and the label clean-up run after spaCy's recogniser,
and the reader's own corrections applied last."""

from desktop.nlp.entities.corrections import (
    CORRECTIONS_COMPONENT,
    CORRECTIONS_KEYWORD,
    apply_corrections,
    corrected,
)
from desktop.nlp.entities.labels import PLACE_NAMES_COMPONENT, nested_places, unify_labels

__all__ = [
    "CORRECTIONS_COMPONENT",
    "CORRECTIONS_KEYWORD",
    "PLACE_NAMES_COMPONENT",
    "apply_corrections",
    "corrected",
    "nested_places",
    "unify_labels",
]
