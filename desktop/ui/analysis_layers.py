"""How the analysis is painted in the reader: one layer each for entities, figures and the
sources of claims, and the tooltip text for whatever is under the mouse."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtGui import QColor, QTextCharFormat

from desktop.nlp.model import Analysis, Entity
from desktop.ui.panels.claims_model import claim_tooltip
from desktop.ui.panels.figures_model import figure_tooltip, mismatched_figure_indexes, warning_colour
from desktop.ui.reader import ReaderView
from desktop.ui.theme import describe_label, label_background, legible_under_highlights

ENTITY_LAYER = "entities"
FIGURE_LAYER = "figures"
SOURCE_LAYER = "sources"
FIGURE_KEY = "figure"
MISMATCH_KEY = "mismatch"
ENTITY_ORDER = 10
FIGURE_ORDER = 20
SOURCE_ORDER = 30
# Semi-bold: a figure stands out from the prose around it without shouting like bold.
FIGURE_FONT_WEIGHT = 600


class AnalysisLayers:
    """Paints one ``Analysis`` into a reader and remembers which layers the user switched off.

    ``marks_shown`` is the one switch over all of them: off, the article reads like an article
    (the user's own highlights are not analysis and stay)."""

    def __init__(self, reader: ReaderView, enabled_labels: Iterable[str]) -> None:
        self.reader = reader
        self._enabled_labels = frozenset(enabled_labels)
        self.marks_shown = True
        # Calm by default: figure marks and claim-source underlines wait until asked for.
        self.show_figures = False
        self.show_sources = False
        self.analysis: Analysis | None = None
        self._formats: dict[str, QTextCharFormat] = {}

    def painting_steps(self, analysis: Analysis, dark: bool) -> list[Callable[[], None]]:
        """Painting ``analysis`` as separate steps, one per layer, so that the window can be run
        between them (a book has tens of thousands of spans)."""
        self.analysis = analysis
        self._formats = _formats(analysis, dark)
        mismatched = mismatched_figure_indexes(analysis.checks)
        return [
            lambda: self.reader.set_layer(
                ENTITY_LAYER,
                [(e.start, e.end, e.label) for e in outermost(analysis.entities)],
                self._entity_format,
                order=ENTITY_ORDER,
            ),
            lambda: self.reader.set_layer(
                FIGURE_LAYER,
                [
                    (f.start, f.end, MISMATCH_KEY if i in mismatched else FIGURE_KEY)
                    for i, f in enumerate(analysis.figures)
                ],
                self._figure_format,
                order=FIGURE_ORDER,
            ),
            lambda: self.reader.set_layer(
                SOURCE_LAYER,
                [(c.source.start, c.source.end, "source") for c in analysis.claims if c.source is not None],
                self._source_format,
                order=SOURCE_ORDER,
            ),
        ]

    def paint_partial(self, entities: Sequence[Entity], dark: bool) -> None:
        """Entities found so far in a long analysis, shown before the analysis ends."""
        for label in {e.label for e in entities} - self._formats.keys():
            self._formats[label] = _entity_format(label, dark)
        self.reader.extend_layer(
            ENTITY_LAYER,
            [(e.start, e.end, e.label) for e in entities],
            self._entity_format,
            order=ENTITY_ORDER,
        )

    def restyle(self, dark: bool) -> None:
        """Make the formats again for another palette, and repaint."""
        if self.analysis is not None:
            self._formats = _formats(self.analysis, dark)
        else:  # entities of an analysis still running
            self._formats = {label: _entity_format(label, dark) for label in self._formats}
        self.refresh()

    def set_enabled_labels(self, labels: Iterable[str]) -> None:
        """Paint only entities with these labels (a copy is kept: the caller's set stays its own)."""
        self._enabled_labels = frozenset(labels)
        self.refresh()

    def clear(self) -> None:
        self.analysis = None
        self._formats = {}

    def refresh(self) -> None:
        self.reader.refresh_highlights()

    def _entity_format(self, label: str) -> QTextCharFormat | None:
        return self._formats.get(label) if self.marks_shown and label in self._enabled_labels else None

    def _figure_format(self, key: str) -> QTextCharFormat | None:
        return self._formats.get(key) if self.marks_shown and self.show_figures else None

    def _source_format(self, key: str) -> QTextCharFormat | None:
        return self._formats.get(key) if self.marks_shown and self.show_sources else None

    def tooltip_at(self, codepoint: int) -> str:
        """What the analysis says about the text at ``codepoint``, one line per finding; nothing
        while the marks are hidden, since nothing on the page points at it."""
        analysis = self.analysis
        if analysis is None or not self.marks_shown:
            return ""
        lines = [
            f"{e.text} — {describe_label(e.label)}"
            for e in analysis.entities
            if e.start <= codepoint < e.end and e.label in self._enabled_labels
        ]
        if self.show_figures:
            lines += [figure_tooltip(f) for f in analysis.figures if f.start <= codepoint < f.end]
        lines += ["Claim: " + claim_tooltip(c) for c in analysis.claims if c.start <= codepoint < c.end][:1]
        return "\n".join(lines)


def outermost(entities: Sequence[Entity]) -> list[Entity]:
    """Entities not nested in another: "the Moscow Times" is painted as one organisation, the
    city inside it is listed and explained on hover but not painted over the name."""
    shown: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        if shown and entity.end <= shown[-1].end and entity.start >= shown[-1].start:
            continue
        shown.append(entity)
    return shown


def _entity_format(label: str, dark: bool) -> QTextCharFormat:
    entity = QTextCharFormat()
    entity.setBackground(label_background(label, dark))
    return entity


def _formats(analysis: Analysis, dark: bool) -> dict[str, QTextCharFormat]:
    formats: dict[str, QTextCharFormat] = {}
    for label in {e.label for e in analysis.entities}:
        formats[label] = _entity_format(label, dark)
    figure = QTextCharFormat()
    figure.setFontWeight(FIGURE_FONT_WEIGHT)
    figure.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    figure.setUnderlineColor(QColor("#4aa3ff") if dark else QColor("#1f6feb"))
    formats[FIGURE_KEY] = figure
    mismatch = QTextCharFormat(figure)
    mismatch.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    mismatch.setUnderlineColor(warning_colour(dark))
    # The warning ink stays readable when the user highlights the figure.
    mismatch.setForeground(legible_under_highlights(warning_colour(dark), dark))
    formats[MISMATCH_KEY] = mismatch
    source = QTextCharFormat()
    source.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    source.setUnderlineColor(QColor("#b48ead") if dark else QColor("#8250df"))
    formats["source"] = source
    return formats
