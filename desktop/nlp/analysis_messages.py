"""What the window's process and the analysis process say to each other (plain, picklable data).

Requests carry a number chosen by the window's process; every event about a request carries it.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.entity_corrections import EntityCorrection
from desktop.nlp.analysis_transfer import PackedAnalysis
from desktop.nlp.model import Analysis, Entity, PipelineInfo


@dataclass(frozen=True)
class Analyze:
    """Analyse ``text`` with the reader's entity corrections (as ``Pipeline.analyze`` takes them)."""

    request: int
    text: str
    corrections: tuple[EntityCorrection, ...] = ()


@dataclass(frozen=True)
class Decode:
    """Turn a cached analysis (``analysis_to_json``, in UTF-8) back into an ``Analysis``, there,
    not here."""

    request: int
    json_utf8: bytes


@dataclass(frozen=True)
class Cancel:
    request: int


@dataclass(frozen=True)
class ChoosePipeline:
    """Which pipeline to load: the first message to a process started before the window had
    read its settings (``AnalysisProcess(choose_later=True)``)."""

    model: str | None
    fallbacks: tuple[str, ...] | None = None


@dataclass(frozen=True)
class PipelineReady:
    info: PipelineInfo


@dataclass(frozen=True)
class PipelineFailed:
    """No pipeline could be loaded, or the analysis process could not start or has died."""

    message: str


@dataclass(frozen=True)
class Progress:
    request: int
    done: int  # characters
    total: int


@dataclass(frozen=True)
class Partial:
    request: int
    entities: list[Entity]  # a batch of the entities found so far


@dataclass(frozen=True)
class Packed:
    """The analysis as it crosses; ``json_utf8`` is for the cache (None when it came from there):
    ``analysis_to_json`` in UTF-8, which the window stores as it is. As a ``str``, its unpickling
    and its binding to SQL would each encode or decode megabytes holding the window's
    interpreter lock."""

    request: int
    analysis: PackedAnalysis
    json_utf8: bytes | None


@dataclass(frozen=True)
class Finished:
    """``Packed``, unpacked on the receiving side."""

    request: int
    analysis: Analysis
    json_utf8: bytes | None


@dataclass(frozen=True)
class Failed:
    request: int
    message: str
    cancelled: bool = False


Request = Analyze | Decode | Cancel
Event = PipelineReady | PipelineFailed | Progress | Partial | Finished | Failed
