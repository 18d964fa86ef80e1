"""Analyses kept in the archive, keyed by text, pipeline, extraction version and the reader's
entity corrections, so reopening an article shows its analysis without running the pipeline
again, and an analysis made before a correction is made again."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from desktop.core.entity_corrections import EntityCorrection, corrections_digest
from desktop.nlp.model import PipelineInfo
from desktop.store.archive import Archive
from desktop.store.records import AnalysisCacheKey, ArchiveError
from desktop.ui.annotations import AnnotationSession

Corrections = Sequence[EntityCorrection]

log = logging.getLogger(__name__)


class AnalysisCache:
    """Reads on the GUI thread, through the window's archive; writes in the background (a
    book's analysis is megabytes of JSON: storing it held the window still for a quarter of a
    second), and an analysis still being written is answered from memory meanwhile."""

    def __init__(self, session: AnnotationSession) -> None:
        self._session = session
        self._writing: dict[AnalysisCacheKey, bytes] = {}

    def lookup(self, text: str, pipeline: PipelineInfo, corrections: Corrections) -> bytes | None:
        """The analysis JSON, in UTF-8, kept for this text, pipeline and corrections."""
        archive = self._session.archive
        if archive is None:
            return None
        key = AnalysisCacheKey.of(text, pipeline, corrections_digest(corrections))
        if key in self._writing:
            return self._writing[key]
        try:
            return archive.get_cached_analysis(key)
        except ArchiveError:
            return None

    def store(self, text: str, pipeline: PipelineInfo, corrections: Corrections, json_utf8: bytes) -> None:
        archive = self._session.archive
        if archive is None or not self._session.writable:
            return
        key = AnalysisCacheKey.of(text, pipeline, corrections_digest(corrections))
        self._writing[key] = json_utf8

        def written(_result: object) -> None:
            if self._writing.get(key) is json_utf8:
                del self._writing[key]

        def failed(error: BaseException) -> None:
            # A cache that cannot be written only costs time on the next opening.
            if not isinstance(error, ArchiveError):
                log.warning("the analysis could not be kept in the archive: %s", error)
            written(None)

        def put(writer: Archive) -> None:
            writer.put_cached_analysis(key, json_utf8)

        self._session.writes.write(archive.path, put, written, failed)
