"""Plain data produced by the analysis: the only NLP types that leave ``desktop.nlp``.

Offsets are Python string offsets (code points) into ``Analysis.text``, end exclusive,
exactly as the ``analyze`` contract (``../shared/analyze-contract.md``) specifies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

FigureKind = Literal["count", "measure", "money", "percent", "duration", "date", "age", "temperature"]
Qualifier = Literal["more_than", "less_than", "at_least", "at_most", "approximately"]
ClaimKind = Literal["quote", "reported", "according_to", "unattributed"]
# Figures that are amounts of something ("$48 million", "14 kilometres") rather than counts of
# things: what they are amounts of is their ``measures``.
MEASURED_KINDS: frozenset[str] = frozenset({"measure", "money", "temperature"})


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    text: str
    label: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "label": self.label}


@dataclass(frozen=True)
class SIValue:
    value: float
    unit: str

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "unit": self.unit}


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    value: float
    kind: FigureKind
    sentence: Span
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    si: SIValue | None = None
    counts: str | None = None
    qualifier: Qualifier | None = None
    # What a money or measure figure is the amount of ("repair" in "the repair will cost $14
    # million"), and the unit a rate is given per ("barrel" in "$81.40 a barrel"): lemmas.
    measures: str | None = None
    per: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": _number(self.value),
            "low": _number(self.low),
            "high": _number(self.high),
            "unit": self.unit,
            "si": self.si.to_json() if self.si else None,
            "counts": self.counts,
            "qualifier": self.qualifier,
            "kind": self.kind,
            "sentence": self.sentence.to_json(),
            "measures": self.measures,
            "per": self.per,
        }


@dataclass(frozen=True)
class Source:
    """Where a claim's source is mentioned (may be a pronoun) and who that resolves to.

    ``via`` is the document the source speaks through ("a release from the union said": the
    source is the union, the release its channel); the JSON key is present only when known.
    """

    start: int
    end: int
    text: str
    name: str | None
    via: Span | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "name": self.name}
        if self.via is not None:
            data["via"] = self.via.to_json()
        return data


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    text: str
    kind: ClaimKind
    content: Span
    source: Source | None
    cue: Span | None
    hedges: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "content": self.content.to_json(),
            "source": self.source.to_json() if self.source else None,
            "cue": self.cue.to_json() if self.cue else None,
            "hedges": [h.to_json() for h in self.hedges],
        }


@dataclass(frozen=True)
class Check:
    """A cross-check between figures; ``total`` and ``parts`` index ``Analysis.figures``."""

    kind: str
    total: int
    parts: tuple[int, ...]
    holds: bool
    note: str

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "total": self.total,
            "parts": list(self.parts),
            "holds": self.holds,
            "note": self.note,
        }


@dataclass(frozen=True)
class Analysis:
    text: str
    entities: tuple[Entity, ...] = ()
    figures: tuple[Figure, ...] = ()
    claims: tuple[Claim, ...] = ()
    checks: tuple[Check, ...] = ()
    sentences: tuple[Span, ...] = field(default=(), compare=False)
    pipeline: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "entities": [e.to_json() for e in self.entities],
            "figures": [f.to_json() for f in self.figures],
            "claims": [c.to_json() for c in self.claims],
            "checks": [c.to_json() for c in self.checks],
        }


def _number(value: float | None) -> float | int | None:
    """Whole numbers print as integers (8, not 8.0) so that JSON readers see what the text says."""
    if value is None:
        return None
    if float(value).is_integer():
        return int(value)
    return value


@dataclass(frozen=True)
class PipelineInfo:
    """What the window knows of the pipeline, which lives in the analysis process."""

    name: str
    version: str
    identity: str  # what an analysis depends on besides the text (see ``Pipeline.identity``)
    extraction_version: str
