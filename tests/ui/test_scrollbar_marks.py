"""The overview ruler over the reader's scrollbar: highlights in their colours, notes, find hits
and failing figure checks, each at its height in the whole article, repainted after a pause."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.ui.main_window import MainWindow
from desktop.ui.overview_ruler import LANES, MARK_HEIGHT_PX, MARKS_PER_SLICE, OverviewRuler
from desktop.ui.panels.figures_model import warning_colour
from desktop.ui.scrollbar_marks import FIND_COLOUR, FIND_LANE, HIGHLIGHT_LANE, NOTE_LANE, ruler_colour
from desktop.ui.theme import is_dark
from tests.ui.conftest import open_and_wait
from tests.ui.readers import new_reader
from tests.ui.screenshots import save_screenshot

PARAGRAPH = "Plain words fill this paragraph so that the article runs long enough to scroll. " * 4
NEEDLE = "harbour bridge"


def _long_article(tmp_path: Path) -> Path:
    paragraphs = [PARAGRAPH] * 200
    paragraphs[20] = f"Early on, the {NEEDLE} is named. " + PARAGRAPH
    paragraphs[180] = f"Near the end, the {NEEDLE} is named again. " + PARAGRAPH
    path = tmp_path / "long.txt"
    path.write_text("A long article\n" + "\n".join(paragraphs), encoding="utf-8")
    return path


def _show(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.open_path(path)


def _highlight(window: MainWindow, start: int, end: int, colour: str) -> None:
    window.reader.select_range(start, end, scroll=False)
    window.annotator.choose_colour(colour)
    window.annotator.highlight_selection()


def _pixels_of(image: QImage, area: QRect, colour: QColor) -> int:
    return sum(
        image.pixelColor(x, y).rgb() == colour.rgb()
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )


def _fractions(window: MainWindow, lane: int) -> list[float]:
    ruler = window.scrollbar_marks.ruler
    ruler.recompute()
    return [fraction for row_lane, fraction, _rgb in ruler.rows() if row_lane == lane]


def test_highlights_notes_and_find_hits_are_marked_at_their_place(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _show(qtbot, window, _long_article(tmp_path))
    reader = window.reader
    text = reader.text
    early = text.index(NEEDLE)
    late = text.rindex(NEEDLE)
    _highlight(window, early, early + len(NEEDLE), "red")
    _highlight(window, late, late + len(NEEDLE), "blue")
    highlights = _fractions(window, HIGHLIGHT_LANE)
    assert len(highlights) == 2
    # Paragraphs 20 and 180 of 200: a tenth and nine tenths of the way down.
    assert 0.05 < highlights[0] < 0.15 and 0.85 < highlights[1] < 0.95
    assert _fractions(window, NOTE_LANE) == []

    later = window.annotations.highlight_at(late)
    assert later is not None
    window.annotations.set_note(later.id, "Check the second mention")
    assert _fractions(window, NOTE_LANE) == [highlights[1]]

    window.find_action.trigger()
    ruler = window.scrollbar_marks.ruler
    ruler.recompute()
    QTest.keyClicks(window.find_bar.field, NEEDLE)
    # Not worked out again for every key typed: once, after a pause.
    assert not [row for row in ruler.rows() if row[0] == FIND_LANE]
    qtbot.waitUntil(lambda: len([row for row in ruler.rows() if row[0] == FIND_LANE]) == 2)
    found = _fractions(window, FIND_LANE)
    assert all(abs(a - b) < 0.01 for a, b in zip(found, highlights, strict=True))
    reader.scroll_to(0)
    image = save_screenshot(window, "scrollbar-marks.png")
    bar = reader.verticalScrollBar()
    origin = bar.mapTo(window, QPoint(0, 0))
    strip = QRect(origin, bar.size())
    dark = is_dark(reader.palette())
    blue = ruler_colour("blue", dark)
    # A whole mark in each lane that has one: the blue highlight and its note, two find hits.
    mark_pixels = (strip.width() - 2) // LANES * MARK_HEIGHT_PX
    assert _pixels_of(image, strip, blue) >= 2 * mark_pixels
    assert _pixels_of(image, strip, FIND_COLOUR) >= 2 * mark_pixels
    # The blue highlight is near the bottom of the strip (nine tenths down), not at the top.
    top_half = QRect(strip.left(), strip.top(), strip.width(), strip.height() // 2)
    assert _pixels_of(image, top_half, blue) == 0

    window.find_bar.close_bar()
    assert _fractions(window, FIND_LANE) == []


def test_find_hits_follow_the_tab_shown_with_the_find_bar_open(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _show(qtbot, window, _long_article(tmp_path))
    window.find_action.trigger()
    QTest.keyClicks(window.find_bar.field, NEEDLE)
    assert len(_fractions(window, FIND_LANE)) == 2
    other = tmp_path / "other.txt"
    other.write_text("Another article\n" + "\n".join([PARAGRAPH] * 50), encoding="utf-8")
    _show(qtbot, window, other)
    # Searched again in the new text: none found, none marked (the last tab's hits once stayed).
    assert window.find_bar.count.text() == "No matches"
    assert _fractions(window, FIND_LANE) == []
    window.tabs.setCurrentIndex(0)
    assert len(_fractions(window, FIND_LANE)) == 2


def test_marks_keep_their_place_when_the_layout_changes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _show(qtbot, window, _long_article(tmp_path))
    late = window.reader.text.rindex(NEEDLE)
    _highlight(window, late, late + len(NEEDLE), "green")
    before = _fractions(window, HIGHLIGHT_LANE)
    window.reader.set_zoom(200)
    after = _fractions(window, HIGHLIGHT_LANE)
    assert abs(before[0] - after[0]) < 0.05
    assert MARK_HEIGHT_PX >= 2  # visible on any scrollbar
    assert QColor(FIND_COLOUR).isValid()


def test_failing_figure_checks_are_marked_after_the_analysis(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    paragraphs = [PARAGRAPH] * 100
    paragraphs[70] = "The army fired 40 rockets, 31 of which hit the port and another 7 fell into the sea."
    path = tmp_path / "rockets.txt"
    path.write_text("Rockets\n" + "\n".join(paragraphs), encoding="utf-8")
    open_and_wait(qtbot, window, path)
    analysis = window.analysis
    assert analysis is not None and [c.holds for c in analysis.checks] == [False]
    rows = _fractions(window, NOTE_LANE)
    # 40, and the 31 and 7 that should add up to it: seven tenths of the way down.
    assert 1 <= len(rows) <= 3 and all(0.65 < row < 0.75 for row in rows)
    colours = {rgb for lane, _fraction, rgb in window.scrollbar_marks.ruler.rows() if lane == NOTE_LANE}
    assert colours == {warning_colour(is_dark(window.reader.palette())).rgb()}
    # Another article without failing checks clears them.
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.open_path(_long_article(tmp_path))
    assert _fractions(window, NOTE_LANE) == []


def test_many_marks_are_placed_a_slice_at_a_time_to_the_same_rows(qtbot: QtBot) -> None:
    reader = new_reader(qtbot, 700, 500)
    text = "\n".join([PARAGRAPH] * 400)
    reader.show_article(Article(text))
    ruler = OverviewRuler(reader)
    marks = 3 * MARKS_PER_SLICE + 7
    step = len(text) // marks
    colours = [QColor("#d0453b"), QColor("#2f6fd0")]
    ruler.set_marks("highlights", list(range(0, step * marks, step)), colours * (marks // 2) + colours[:1], 0)
    qtbot.waitUntil(lambda: bool(ruler.rows()))
    placed = ruler.rows()
    ruler.recompute()  # all at once
    assert placed == ruler.rows()
    assert {rgb for _lane, _fraction, rgb in placed} == {colour.rgb() for colour in colours}
