"""Analyses kept in the archive, keyed by text, pipeline, extraction version and the reader's
entity corrections, so reopening an article shows its analysis without running the pipeline
again, and an analysis made before a correction is made again."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.core.entity_corrections import EntityCorrection, corrections_digest
from desktop.store.records import AnalysisCacheKey, ArchiveError
from desktop.ui.annotations import AnnotationSession

if TYPE_CHECKING:
    from desktop.nlp.pipeline import Pipeline

Corrections = Sequence[EntityCorrection]


class AnalysisCache:
    """Reads and writes on the GUI thread, through the window's one writer archive."""

    def __init__(self, session: AnnotationSession) -> None:
        self._session = session

    def lookup(self, text: str, pipeline: Pipeline, corrections: Corrections) -> str | None:
        archive = self._session.archive
        if archive is None:
            return None
        try:
            return archive.get_cached_analysis(
                AnalysisCacheKey.of(text, pipeline, corrections_digest(corrections))
            )
        except ArchiveError:
            return None

    def store(self, text: str, pipeline: Pipeline, corrections: Corrections, json_text: str) -> None:
        archive = self._session.archive
        if archive is None or not self._session.writable:
            return
        # A cache that cannot be written only costs time on the next opening.
        with contextlib.suppress(ArchiveError):
            archive.put_cached_analysis(
                AnalysisCacheKey.of(text, pipeline, corrections_digest(corrections)), json_text
            )
