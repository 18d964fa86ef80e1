"""The span highlighter paints exactly the merged layers, in time linear in a block's spans."""

from __future__ import annotations

import random
import time

import pytest
from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QApplication, QTextEdit
from pytestqt.qtbot import QtBot

from desktop.ui import span_highlighter
from desktop.ui.span_highlighter import (
    JOINED_GAP,
    LINES_PER_RUN,
    FormatForKey,
    SpanHighlighter,
    SpanIndex,
    StyledSpan,
    line_runs,
    merge_formats,
)


def _background(name: str) -> QTextCharFormat:
    char_format = QTextCharFormat()
    char_format.setBackground(QColor(name))
    return char_format


def _underline() -> QTextCharFormat:
    char_format = QTextCharFormat()
    char_format.setFontUnderline(True)
    return char_format


FORMATS = {"red": _background("red"), "blue": _background("blue"), "line": _underline()}


def _format_for(key: str) -> QTextCharFormat | None:
    return FORMATS.get(key)  # "off" has no format: such spans are not painted


def _painted_formats(document: QTextDocument) -> list[QTextCharFormat]:
    """The highlighter's format at every position of the document."""
    painted: list[QTextCharFormat] = []
    block = document.begin()
    while block.isValid():
        here = [QTextCharFormat() for _ in range(block.length() - 1)]
        for format_range in block.layout().formats():
            char_format = QTextCharFormat(format_range.format)  # a copy: the range owns its format
            for offset in range(format_range.start, format_range.start + format_range.length):
                here[offset] = char_format
        painted += [*here, QTextCharFormat()]  # the block separator is never painted
        block = block.next()
    return painted[: document.characterCount() - 1]


def _expected_formats(
    length: int, layers: list[tuple[list[StyledSpan], FormatForKey]], block_starts: list[int]
) -> list[QTextCharFormat]:
    """Character by character: every span over it, layer by layer in span order, merged."""
    expected: list[QTextCharFormat] = []
    for position in range(length):
        covering = [
            char_format
            for spans, format_for in layers
            for span in sorted(spans)
            if span.start <= position < span.end and (char_format := format_for(span.key)) is not None
        ]
        separator = position + 1 in block_starts
        expected.append(merge_formats(covering) if covering and not separator else QTextCharFormat())
    return expected


def _random_spans(rng: random.Random, length: int, count: int, longest: int) -> list[StyledSpan]:
    spans: list[StyledSpan] = []
    for _ in range(count):
        start = rng.randrange(length)
        end = min(length, start + rng.randint(1, longest))
        spans.append(StyledSpan(start, end, rng.choice(["red", "blue", "line", "off"])))
    return spans


@pytest.mark.parametrize("seed", range(4))
def test_overlapping_layers_are_painted_as_merged_character_by_character(
    qapp: QApplication, seed: int
) -> None:
    rng = random.Random(seed)
    lines = ["".join(rng.choice("abc ") for _ in range(rng.randint(0, 90))) for _ in range(6)]
    text = "\n".join(lines)
    document = QTextDocument()
    document.setPlainText(text)
    highlighter = SpanHighlighter(document)
    layers: list[tuple[list[StyledSpan], FormatForKey]] = [
        (_random_spans(rng, len(text), 40, 12), _format_for),
        (_random_spans(rng, len(text), 15, 200), _format_for),  # long ones, across lines
        (_random_spans(rng, len(text), 25, 3), _format_for),
    ]
    for order, (spans, format_for) in enumerate(layers):
        highlighter.set_layer(f"layer {order}", spans, format_for, order)
    highlighter.finish_pending()
    block_starts = [0]
    for line in lines:
        block_starts.append(block_starts[-1] + len(line) + 1)
    assert _painted_formats(document) == _expected_formats(len(text), layers, block_starts)


def test_a_single_line_with_ten_thousand_spans_is_highlighted_in_linear_time(qapp: QApplication) -> None:
    """200,000 characters on one line, a span every 20: the old per-piece scan of every span in
    the block took minutes here."""
    words = ("Riverton", "council", "approves", "$48", "million", "repair.")
    text = " ".join(words[i % len(words)] for i in range(200_000 // 4))[:200_000]
    spans = [StyledSpan(start, start + 8, "red" if start % 40 else "line") for start in range(0, 200_000, 20)]
    document = QTextDocument()
    document.setPlainText(text)
    highlighter = SpanHighlighter(document)
    began = time.perf_counter()
    highlighter.set_layer("entities", spans, _format_for, 0)
    highlighter.set_layer("whole line", [StyledSpan(0, len(text), "blue")], _format_for, 1)
    highlighter.finish_pending()
    elapsed = time.perf_counter() - began
    ranges = document.firstBlock().layout().formats()
    assert len(ranges) == 2 * len(spans)  # each span, and each gap after it (painted by the long span)
    assert (ranges[0].start, ranges[0].length) == (0, 8)
    assert elapsed < 2.0


def test_span_lookup_finds_exactly_the_overlapping_spans() -> None:
    rng = random.Random(7)
    spans = _random_spans(rng, 5_000, 2_000, 40) + _random_spans(rng, 5_000, 20, 3_000)
    index = SpanIndex(spans)
    for _ in range(300):
        start = rng.randrange(5_000)
        end = start + rng.randint(0, 120)
        assert index.overlapping(start, end) == sorted(s for s in spans if s.end > start and s.start < end)
    added = _random_spans(rng, 5_000, 100, 500)
    merged = index.merged_with(added)
    assert merged.overlapping(0, 5_000) == sorted(s for s in spans + added if s.end > 0)


def test_one_long_span_does_not_slow_down_every_lookup() -> None:
    """A chapter-long highlight over 100,000 short spans: each lookup once walked them all."""
    short = [StyledSpan(start, start + 6, "red") for start in range(0, 1_000_000, 10)]
    index = SpanIndex([*short, StyledSpan(0, 1_000_000, "blue")])
    began = time.perf_counter()
    found = [index.overlapping(start, start + 100) for start in range(0, 1_000_000, 100)]
    assert time.perf_counter() - began < 2.0
    assert all(len(spans) == 11 for spans in found[1:])  # ten short ones and the long one


def test_close_waiting_lines_join_runs_of_bounded_length() -> None:
    assert list(line_runs([])) == []
    gap = JOINED_GAP + 1  # the farthest apart two lines of one run are
    assert list(line_runs([3, 4, 4 + gap, 4 + 2 * gap + 1])) == [
        range(3, 5 + gap),
        range(5 + 2 * gap, 6 + 2 * gap),
    ]
    many = list(line_runs(list(range(LINES_PER_RUN * 2 + 1))))
    assert many == [
        range(0, LINES_PER_RUN),
        range(LINES_PER_RUN, 2 * LINES_PER_RUN),
        range(2 * LINES_PER_RUN, 2 * LINES_PER_RUN + 1),
    ]


def test_a_shown_text_is_highlighted_whole_even_in_the_smallest_slices(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Slices with no time in them: one line each, the work spread over as many turns.
    monkeypatch.setattr(span_highlighter, "SLICE_SECONDS", 0.0)
    rng = random.Random(15)
    lines = ["".join(rng.choice("abc ") for _ in range(rng.randint(0, 60))) for _ in range(LINES_PER_RUN * 5)]
    text = "\n".join(lines)
    view = QTextEdit()  # a view: the document has a layout and reports changed lines
    qtbot.addWidget(view)
    view.setUndoRedoEnabled(False)
    view.setPlainText(text)
    view.show()
    document = view.document()
    highlighter = SpanHighlighter(document)
    qtbot.waitUntil(lambda: not highlighter.pending)
    layers: list[tuple[list[StyledSpan], FormatForKey]] = [
        (_random_spans(rng, len(text), 300, 12), _format_for),
        (_random_spans(rng, len(text), 40, 150), _format_for),
    ]
    slices: list[int] = []
    highlighter._timer.timeout.connect(lambda: slices.append(len(slices)))
    for order, (spans, format_for) in enumerate(layers):
        highlighter.set_layer(f"layer {order}", spans, format_for, order)
    qtbot.waitUntil(lambda: not highlighter.pending)
    assert len(slices) >= len(lines)
    block_starts = [0]
    for line in lines:
        block_starts.append(block_starts[-1] + len(line) + 1)
    assert _painted_formats(document) == _expected_formats(len(text), layers, block_starts)
