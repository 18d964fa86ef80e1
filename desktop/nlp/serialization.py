"""An ``Analysis`` as JSON and back, exactly: the form stored in the archive's analysis cache.

The body is the ``analyze`` contract's JSON (``Analysis.to_json``) plus what the cache also needs:
the text every offset indexes, the sentences and the pipeline identity. Sentences are stored as
offset pairs, since each one is the slice of the text between them.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.nlp.model import Analysis, Check, Claim, Entity, Figure, SIValue, Source, Span

# Bumped when this layout changes; older cache entries then fail to load and are recomputed.
FORMAT = 1


def analysis_to_json(analysis: Analysis) -> str:
    data = analysis.to_json()
    data["format"] = FORMAT
    data["text"] = analysis.text
    data["sentences"] = [[s.start, s.end] for s in analysis.sentences]
    data["pipeline"] = analysis.pipeline
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def analysis_from_json(text: str | bytes) -> Analysis:
    """The analysis ``analysis_to_json`` wrote (or its UTF-8); ``ValueError`` for anything else."""
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError(f"analysis JSON format {data.get('format')!r}, expected {FORMAT}")
        article = data["text"]
        return Analysis(
            text=article,
            entities=tuple(Entity(e["start"], e["end"], e["text"], e["label"]) for e in data["entities"]),
            figures=tuple(_figure(f) for f in data["figures"]),
            claims=tuple(_claim(c) for c in data["claims"]),
            checks=tuple(
                Check(c["kind"], c["total"], tuple(c["parts"]), c["holds"], c["note"]) for c in data["checks"]
            ),
            sentences=tuple(Span(start, end, article[start:end]) for start, end in data["sentences"]),
            pipeline=data["pipeline"],
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"not a stored analysis: {error!r}") from error


def _span(data: dict[str, Any]) -> Span:
    return Span(data["start"], data["end"], data["text"])


def _optional_float(value: float | None) -> float | None:
    return None if value is None else float(value)


def _figure(data: dict[str, Any]) -> Figure:
    si = data["si"]
    return Figure(
        start=data["start"],
        end=data["end"],
        text=data["text"],
        value=float(data["value"]),
        kind=data["kind"],
        sentence=_span(data["sentence"]),
        low=_optional_float(data["low"]),
        high=_optional_float(data["high"]),
        unit=data["unit"],
        si=None if si is None else SIValue(float(si["value"]), si["unit"]),
        counts=data["counts"],
        qualifier=data["qualifier"],
        measures=data.get("measures"),
        per=data.get("per"),
    )


def _claim(data: dict[str, Any]) -> Claim:
    source = data["source"]
    cue = data["cue"]
    return Claim(
        start=data["start"],
        end=data["end"],
        text=data["text"],
        kind=data["kind"],
        content=_span(data["content"]),
        source=None
        if source is None
        else Source(
            source["start"],
            source["end"],
            source["text"],
            source["name"],
            _span(source["via"]) if source.get("via") is not None else None,
        ),
        cue=None if cue is None else _span(cue),
        hedges=tuple(_span(h) for h in data["hedges"]),
    )
