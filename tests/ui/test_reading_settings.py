"""Reading settings: themes Light, Sepia, Dark and Follow System for the page and its tints, with
every text role readable (WCAG AA, 4.5:1) on every background it can have; typeface, size,
measure and line spacing from a small dialog (a page the Preferences dialog can embed); all
remembered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFontInfo, QPalette, QTextBlockFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.panels.figures_model import warning_colour
from desktop.ui.reading_settings_page import ReadingSettingsPage
from desktop.ui.reading_style import ReadingStyle
from desktop.ui.theme import (
    HIGHLIGHT_COLOURS,
    LABEL_STYLES,
    MIN_TEXT_CONTRAST,
    READING_THEMES,
    SYSTEM_THEME,
    contrast_ratio,
    highlight_colour,
    label_background,
    reading_palette,
)
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import open_and_wait, window_from
from tests.ui.screenshots import (
    assert_not_uniform,
    assert_same_colour,
    commonest_colour,
    dark_palette,
    save_screenshot,
)
from tests.ui.test_main_window import background_at
from tests.ui.test_palette_change import _format_contrast

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"
TEXT_ROLES = {
    "body": QPalette.ColorRole.Text,
    "quote and header": QPalette.ColorRole.PlaceholderText,
    "link": QPalette.ColorRole.Link,
}
# A desktop theme whose placeholder grey is too faint to read (4.06:1, as the header line had).
FAINT_SYSTEM_COLOURS = {QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.PlaceholderText: "#7f7f7f"}


def _backgrounds(palette: QPalette) -> dict[str, QColor]:
    """Everything text can sit on in the reader: the page, each highlight colour, each entity tint."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    found = {"page": palette.color(QPalette.ColorRole.Base)}
    found |= {f"{key} highlight": highlight_colour(key, dark) for key in HIGHLIGHT_COLOURS}
    found |= {f"{style.label} tint": label_background(style.label, dark) for style in LABEL_STYLES}
    return found


def _faint_system_palette() -> QPalette:
    palette = QPalette(QApplication.palette())
    for role, colour in FAINT_SYSTEM_COLOURS.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize("theme", [*READING_THEMES, SYSTEM_THEME])
def test_every_text_role_reads_on_every_background_in_every_theme(theme: str) -> None:
    system = _faint_system_palette() if theme == SYSTEM_THEME else QApplication.palette()
    palette = reading_palette(theme, system)
    backgrounds = (
        _backgrounds(palette) if theme != SYSTEM_THEME else {"page": palette.color(QPalette.ColorRole.Base)}
    )
    for role_name, role in TEXT_ROLES.items():
        for background_name, background in backgrounds.items():
            ratio = contrast_ratio(palette.color(role), background)
            assert ratio >= MIN_TEXT_CONTRAST, f"{theme}: {role_name} on {background_name} is {ratio:.2f}:1"


def test_follow_system_mends_a_faint_grey_and_keeps_good_colours() -> None:
    faint = _faint_system_palette()
    assert contrast_ratio(QColor("#7f7f7f"), QColor("#ffffff")) < MIN_TEXT_CONTRAST
    mended = reading_palette(SYSTEM_THEME, faint)
    assert (
        contrast_ratio(mended.color(QPalette.ColorRole.PlaceholderText), QColor("#ffffff"))
        >= MIN_TEXT_CONTRAST
    )
    dark = dark_palette()
    assert reading_palette(SYSTEM_THEME, dark).color(QPalette.ColorRole.Link) == dark.color(
        QPalette.ColorRole.Link
    )


@pytest.fixture
def restored_palette() -> Iterator[None]:
    original = QApplication.palette()
    yield
    QApplication.setPalette(original)


def _reader_page_colour(window: MainWindow) -> QColor:
    viewport = window.reader.viewport()
    image = viewport.grab().toImage()
    return commonest_colour(image, QRect(0, 0, viewport.width(), viewport.height()))


@pytest.mark.parametrize("theme", list(READING_THEMES))
def test_each_theme_from_the_view_menu_colours_page_tints_and_header(
    qtbot: QtBot, window: MainWindow, theme: str, restored_palette: None
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    reader = window.reader
    plain = reader.text.index("corrosion in more than")
    reader.select_range(plain, plain + 9)
    window.annotator.choose_colour("yellow")
    window.annotator.highlight_selection()
    reader.place_caret(0)
    window.reading_controls.theme_actions[theme].trigger()
    QApplication.processEvents()  # the window takes a new application palette from posted events
    reader.highlighter.finish_pending()
    colours = READING_THEMES[theme]
    assert_same_colour(_reader_page_colour(window), QColor(colours.base))
    dark = colours.dark
    assert background_at(window, plain) == highlight_colour("yellow", dark)
    person = reader.text.index("Elena Vasquez")
    assert background_at(window, person) == label_background("PERSON", dark)
    # The side panels follow the Dark theme; Light and Sepia leave the desktop's colours.
    side_base = window.entities_panel.tree.palette().color(QPalette.ColorRole.Base)
    assert (side_base.lightness() < 128) == dark
    header = window.header.palette()
    assert (
        contrast_ratio(header.color(QPalette.ColorRole.WindowText), header.color(QPalette.ColorRole.Window))
        >= MIN_TEXT_CONTRAST
    )
    image = save_screenshot(window, f"theme-{theme}.png")
    assert_not_uniform(image)
    assert window.settings.reading_style.theme == theme
    assert window.reading_controls.theme_actions[theme].isChecked()


def test_leaving_dark_gives_the_desktop_its_palette_back(
    qtbot: QtBot, window: MainWindow, restored_palette: None
) -> None:
    before = QApplication.palette().color(QPalette.ColorRole.Window)
    window.reading_controls.set_theme("dark")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    window.reading_controls.set_theme(SYSTEM_THEME)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == before


def test_the_settings_dialog_changes_the_reader_live_and_is_remembered(
    qtbot: QtBot, window: MainWindow, settings_file: Path, archive_file: Path
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    reader = window.reader
    controls = window.reading_controls
    controls.settings_action.trigger()
    dialog = controls.dialog
    assert dialog is not None and dialog.isVisible()
    page = dialog.page
    assert isinstance(page, ReadingSettingsPage)
    narrow_margin = reader.document().rootFrame().frameFormat().leftMargin()
    page.size_box.setValue(16)
    assert reader.document().defaultFont().pointSizeF() == pytest.approx(16)
    page.measure_box.setValue(50)
    assert reader.document().rootFrame().frameFormat().leftMargin() > narrow_margin
    page.spacing_box.setValue(180)
    body = reader.document().findBlock(reader.to_document(reader.text.index("corrosion in more than")))
    assert body.blockFormat().lineHeight() == 180
    title = reader.document().firstBlock()
    assert title.blockFormat().lineHeight() != 180  # headings keep their own spacing
    assert body.blockFormat().lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    page.family_box.setCurrentIndex(1)
    chosen = page.family_box.currentText()
    assert reader.document().defaultFont().families()[0] == chosen
    save_screenshot(dialog, "reading-settings.png")
    dialog.close()
    window.close()

    with window_from(qtbot, settings_file, archive_file) as again:
        style = again.reader.reading_style
        assert (style.point_size, style.measure_chars, style.line_spacing_percent) == (16, 50, 180)
        assert style.font_family == chosen
        # A zoom still scales the chosen size.
        again.reader.set_zoom(150)
        assert again.reader.document().defaultFont().pointSizeF() == pytest.approx(24)
        again.reading_controls.open_settings()
        assert again.reading_controls.dialog is not None
        again.reading_controls.dialog.restore_defaults()
        assert again.reader.reading_style == ReadingStyle()
        assert QFontInfo(again.reader.document().defaultFont()).family()


def test_nonsense_in_the_settings_file_gives_sensible_values(
    qtbot: QtBot, settings_file: Path, archive_file: Path
) -> None:
    settings_file.write_text(
        "[reading]\npointSize=huge\nmeasureChars=5\nlineSpacingPercent=9000\ntheme=purple\n", encoding="utf-8"
    )
    with window_from(qtbot, settings_file, archive_file) as window:
        style = window.reader.reading_style
        assert style.point_size == ReadingStyle().point_size
        assert style.measure_chars == 40 and style.line_spacing_percent == 250
        assert style.theme == SYSTEM_THEME


def test_a_settings_file_saying_nan_or_inf_still_opens_with_the_defaults(
    qtbot: QtBot, settings_file: Path, archive_file: Path
) -> None:
    # float() reads these words; int() of what it gives raised, and the window never opened.
    settings_file.write_text(
        "[reading]\npointSize=nan\nmeasureChars=nan\nlineSpacingPercent=inf\n", encoding="utf-8"
    )
    with window_from(qtbot, settings_file, archive_file) as window:
        assert window.reader.reading_style == ReadingStyle()


def test_follow_system_keeps_the_header_and_quotes_readable_through_a_live_switch(
    qtbot: QtBot, window: MainWindow, restored_palette: None
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    assert window.reader.reading_style.theme == SYSTEM_THEME
    dark = dark_palette()
    dark.setColor(QPalette.ColorRole.PlaceholderText, QColor("#555555"))  # too faint on #1e1e1e
    QApplication.setPalette(dark)
    QApplication.processEvents()
    reader_palette = window.reader.palette()
    base = reader_palette.color(QPalette.ColorRole.Base)
    assert base == dark.color(QPalette.ColorRole.Base)  # the reader follows the desktop
    assert contrast_ratio(reader_palette.color(QPalette.ColorRole.PlaceholderText), base) >= MIN_TEXT_CONTRAST
    header = window.header.palette()
    assert header.color(QPalette.ColorRole.Window) == base
    assert (
        contrast_ratio(header.color(QPalette.ColorRole.WindowText), header.color(QPalette.ColorRole.Window))
        >= MIN_TEXT_CONTRAST
    )
    image = save_screenshot(window, "follow-system-dark.png")
    header_area = QRect(window.header.mapTo(window, window.header.rect().topLeft()), window.header.size())
    assert commonest_colour(image, header_area).lightness() < 128


@pytest.mark.parametrize("theme", list(READING_THEMES))
def test_a_failing_figure_under_a_highlight_stays_readable(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, theme: str, restored_palette: None
) -> None:
    path = tmp_path / "rockets.txt"
    path.write_text(
        "Rockets\nThe army fired 40 rockets, 31 of which hit the port and another 7 fell into the sea.\n",
        encoding="utf-8",
    )
    open_and_wait(qtbot, window, path)
    window.reading_controls.set_theme(theme)
    QApplication.processEvents()
    window.figures_action.setChecked(True)
    reader = window.reader
    figure = reader.text.index("31 of which")
    plain = reader.text.index("hit the port")
    assert (
        contrast_ratio(warning_colour(READING_THEMES[theme].dark), QColor(READING_THEMES[theme].base))
        >= MIN_TEXT_CONTRAST
    )
    for key in HIGHLIGHT_COLOURS:
        reader.select_range(figure, plain + 3, scroll=False)
        window.annotator.choose_colour(key)
        window.annotator.highlight_selection()
        reader.highlighter.finish_pending()
        for codepoint in (figure, plain):
            ratio = _format_contrast(reader, codepoint)
            assert ratio >= MIN_TEXT_CONTRAST, (
                f"{theme}, {key}: {reader.text[codepoint : codepoint + 6]!r} {ratio:.2f}"
            )
        window.annotator.undo_action.trigger()


def test_the_page_stands_alone_for_a_preferences_dialog(qtbot: QtBot) -> None:
    style = ReadingStyle(point_size=15, measure_chars=60, line_spacing_percent=170, theme="sepia")
    page = ReadingSettingsPage(style)
    qtbot.addWidget(page)
    assert page.reading_style() == style
    with qtbot.waitSignal(page.styleChanged) as changed:
        page.theme_box.setCurrentIndex(page.theme_box.findData("dark"))
    assert changed.args == [
        ReadingStyle(point_size=15, measure_chars=60, line_spacing_percent=170, theme="dark")
    ]
    # Showing a style is not a change.
    with qtbot.assertNotEmitted(page.styleChanged):
        page.set_style(ReadingStyle())
    assert page.family_box.currentText() == "Default serif"
