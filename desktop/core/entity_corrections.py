"""The reader's corrections of entity labels, as plain data: the archive stores them, the window
passes them to the pipeline, and the analysis cache key carries their digest.

A correction names a surface form exactly as the Entities tab lists it ("Kyiv", "Kyiv
Independent": see :func:`desktop.core.entity_names.display_name`), case-sensitive, and the label
every mention of it gets from then on, or ``None``: it is not a name at all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

# The labels a name can be corrected to: the named ones (numbers, dates and amounts are the
# figures' business, never a reader's correction).
CORRECTION_LABELS = (
    "PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "NORP",
)  # fmt: skip


@dataclass(frozen=True)
class EntityCorrection:
    surface: str
    label: str | None  # None: not a name

    def __post_init__(self) -> None:
        if not self.surface.strip() or self.surface != " ".join(self.surface.split()):
            raise ValueError(f"not a name to correct: {self.surface!r}")
        if self.label is not None and self.label not in CORRECTION_LABELS:
            raise ValueError(f"not a label a name can be corrected to: {self.label!r}")


def corrections_digest(corrections: Iterable[EntityCorrection]) -> str:
    """What an analysis depends on in the corrections; "" when there are none, so that analyses
    cached before any correction stay valid."""
    lines = sorted(f"{c.surface}\t{c.label or ''}" for c in corrections)
    if not lines:
        return ""
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
