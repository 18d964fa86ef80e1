"""What a screenshot must show for a window that works: a real picture, the key widgets whole, and
the colour the text is painted with where the text says."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QImage, QPalette, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from tests.conftest import ARTIFACTS_DIR

# Sampling every few pixels still meets every line of text; a blank, one-colour or only-framed
# window shows a handful of colours, text alone brings dozens of anti-aliasing shades.
SAMPLE_STEP_PX = 5
MIN_DISTINCT_COLOURS = 24
# How far a painted pixel may stray from its colour in any channel (rounding, dithering).
COLOUR_TOLERANCE = 3
# A swatch or a tinted word: more than stray anti-aliased pixels of a similar shade.
MIN_COLOURED_PIXELS = 50


def dark_palette() -> QPalette:
    """A dark desktop theme's palette, for the screenshots that check a panel on it."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#333333"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#2f65ca"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
        (QPalette.ColorRole.Link, "#7fb2ff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def save_screenshot(widget: QWidget, name: str) -> QImage:
    """Grab ``widget`` as it is painted, keep it in artifacts/``name`` for people, return it for tests."""
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    pixmap = widget.grab()
    path: Path = ARTIFACTS_DIR / name
    assert pixmap.save(str(path)), path
    return pixmap.toImage()


def checked_screenshot(window: QWidget, name: str, *key_widgets: QWidget) -> QImage:
    """Saved for people; for tests a real picture, with ``key_widgets`` shown whole in ``window``."""
    image = save_screenshot(window, name)
    assert_not_uniform(image)
    assert_shown_whole(window, *key_widgets)
    return image


def assert_not_uniform(image: QImage) -> None:
    colours = {colour.rgb() for colour in _pixels(image, _widget_rect(image), SAMPLE_STEP_PX)}
    assert len(colours) >= MIN_DISTINCT_COLOURS, f"only {len(colours)} colours: a blank or unpainted window"


def assert_shown_whole(window: QWidget, *widgets: QWidget) -> None:
    """Each widget is visible, inside every parent up to ``window`` (so nothing cuts it off), and
    not squeezed under its smallest usable size."""
    for widget in widgets:
        name = widget.objectName() or type(widget).__name__
        assert widget.isVisible(), f"{name} is hidden"
        parent = widget.parentWidget()
        while parent is not None and widget is not window:
            area = QRect(widget.mapTo(parent, QPoint(0, 0)), widget.size())
            assert parent.rect().contains(area), f"{name} at {area} is cut off by {type(parent).__name__}"
            if parent is window:
                break
            parent = parent.parentWidget()
        assert parent is window, f"{name} is not in the window"
        # As layouts read it: an explicit minimum (a view fixed to its rows) before the hint.
        explicit, hint = widget.minimumSize(), widget.minimumSizeHint()
        smallest = QSize(explicit.width() or hint.width(), explicit.height() or hint.height())
        assert widget.width() >= smallest.width() and widget.height() >= smallest.height(), (
            f"{name} is {widget.size()}, under its smallest usable size {smallest}"
        )


def dominant_colour(window: QWidget, image: QImage, editor: QTextEdit, start: int, end: int) -> QColor:
    """The commonest colour ``image`` (a grab of ``window``) shows over ``editor``'s document
    positions ``start`` to ``end`` on one line: a word's background, which its glyphs cover only
    in part."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    first = editor.cursorRect(cursor)
    cursor.setPosition(end)
    last = editor.cursorRect(cursor)
    assert first.top() == last.top(), "the range is on one line (a single word is)"
    area = QRect(
        editor.viewport().mapTo(window, first.topLeft()), editor.viewport().mapTo(window, last.bottomLeft())
    )
    area = area.adjusted(1, 0, -1, 0)  # the cursor lines themselves may touch the neighbours
    assert _widget_rect(image).contains(area) and editor.viewport().rect().contains(first), (
        "the range is scrolled out of view"
    )
    return commonest_colour(image, area)


def commonest_colour(image: QImage, area: QRect | None = None) -> QColor:
    """The colour most pixels of ``area`` (in widget coordinates) show; of a sample of the whole
    image by default."""
    pixels = _pixels(image, area) if area is not None else _pixels(image, _widget_rect(image), SAMPLE_STEP_PX)
    counts = Counter(colour.rgb() for colour in pixels)
    return QColor.fromRgb(counts.most_common(1)[0][0])


def assert_shows_colour(image: QImage, area: QRect, colour: QColor) -> None:
    """Some of ``area`` of ``image`` is painted in ``colour`` (a swatch, a tinted passage)."""
    painted = sum(_near(shown, colour) for shown in _pixels(image, area))
    assert painted >= MIN_COLOURED_PIXELS, f"{painted} pixels of {colour.name()} in {area}"


def is_dark_colour(colour: QColor) -> bool:
    """The reading of ``desktop.ui.theme.is_dark`` for a painted colour: a dark palette's base."""
    return colour.lightness() < 128


def _widget_rect(image: QImage) -> QRect:
    ratio = image.devicePixelRatio()
    return QRect(0, 0, int(image.width() / ratio), int(image.height() / ratio))


def _pixels(image: QImage, area: QRect, step: int = 1) -> Iterator[QColor]:
    """Every ``step``-th pixel of ``area``, given in widget coordinates, of a grab at any device
    pixel ratio."""
    ratio = image.devicePixelRatio()
    for x in range(area.left(), area.right() + 1, step):
        for y in range(area.top(), area.bottom() + 1, step):
            yield image.pixelColor(int(x * ratio), int(y * ratio))


def _near(shown: QColor, expected: QColor) -> bool:
    return all(
        abs(a - b) <= COLOUR_TOLERANCE
        for a, b in (
            (shown.red(), expected.red()),
            (shown.green(), expected.green()),
            (shown.blue(), expected.blue()),
        )
    )


def assert_same_colour(shown: QColor, expected: QColor) -> None:
    assert _near(shown, expected), f"painted {shown.name()}, expected {expected.name()}"
