"""Entities: the place-name pipeline component and the label clean-up run after spaCy's recogniser."""

from desktop.nlp.entities.labels import PLACE_NAMES_COMPONENT, nested_places, unify_labels

__all__ = ["PLACE_NAMES_COMPONENT", "nested_places", "unify_labels"]
