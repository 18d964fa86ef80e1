"""Analyses kept in the archive, keyed by text, pipeline and extraction version, so reopening an
article shows its analysis without running the pipeline again."""

from __future__ import annotations

import contextlib
import hashlib

from desktop.nlp.model import PipelineInfo
from desktop.store.records import AnalysisCacheKey, ArchiveError
from desktop.ui.annotations import AnnotationSession


class AnalysisCache:
    """Reads and writes on the GUI thread, through the window's one writer archive."""

    def __init__(self, session: AnnotationSession) -> None:
        self._session = session

    def lookup(self, text: str, pipeline: PipelineInfo) -> str | None:
        archive = self._session.archive
        if archive is None:
            return None
        try:
            return archive.get_cached_analysis(_key(text, pipeline))
        except ArchiveError:
            return None

    def store(self, text: str, pipeline: PipelineInfo, json_text: str) -> None:
        archive = self._session.archive
        if archive is None or not self._session.writable:
            return
        # A cache that cannot be written only costs time on the next opening.
        with contextlib.suppress(ArchiveError):
            archive.put_cached_analysis(_key(text, pipeline), json_text)


def _key(text: str, pipeline: PipelineInfo) -> AnalysisCacheKey:
    return AnalysisCacheKey(
        text_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        pipeline_name=pipeline.name,
        pipeline_version=pipeline.version,
        extraction_version=pipeline.extraction_version,
    )
