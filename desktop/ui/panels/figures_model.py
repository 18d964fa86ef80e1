"""What the Figures tab shows of each figure: its cells, tooltip, copied and exported text,
and the Qt table and filter models over them.

The text forms are module-level functions so that the reader (tooltips, flags in the text) and
the tests use them without a widget.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from enum import IntEnum
from functools import cache
from typing import Any, TextIO

from PySide6.QtCore import (
    QAbstractTableModel,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.core.citation import quoted
from desktop.core.one_line import one_line, rows_as_tsv
from desktop.nlp.model import Check, Figure, SIValue
from desktop.ui.model_index import NO_PARENT, ModelIndex
from desktop.ui.theme import is_dark


class Column(IntEnum):
    FIGURE = 0
    VALUE = 1
    UNIT = 2
    SI = 3
    QUALIFIER = 4
    KIND = 5


HEADERS = ("Figure", "Value", "Unit / counts", "SI value", "Qualifier", "Kind")
HEADER_TIPS = (
    "The figure as the article writes it (sorts in text order)",
    "The number it stands for; ranges as low–high",
    "Its unit (and what an amount is of), or what a bare count counts",
    "The value converted to metric/SI units",
    "Words that soften or bound it: more than, about…",
    "count, measure, money, percent, duration, date, age or temperature",
)
CSV_FIELDS = (
    "figure",
    "value",
    "low",
    "high",
    "unit",
    "counts",
    "si_value",
    "si_unit",
    "qualifier",
    "kind",
    "start",
    "end",
    "sentence",
    "measures",
    "per",
)
# Words for a unit's physical dimension, as pint spells dimensionalities.
_DIMENSION_WORDS = {
    "[length]": "distance",
    "[mass]": "weight",
    "[time]": "time",
    "[temperature]": "temperature",
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[length] / [time]": "speed",
    "[mass] * [length] ** 2 / [time] ** 3": "power",
    "[mass] * [length] ** 2 / [time] ** 2": "energy",
}


# -- text forms (no Qt needed) ------------------------------------------------------------------
def format_number(value: float) -> str:
    """1300000 -> "1,300,000", 965.6 -> "965.6", 33.3333 -> "33.33", 0.333333 -> "0.3333".

    Fractions keep about four significant digits, and never fewer than two decimals (cents).
    """
    if float(value).is_integer():
        return f"{int(value):,}"
    whole_digits = len(str(int(abs(value)))) if abs(value) >= 1 else 0
    decimals = max(2, 4 - whole_digits)
    return f"{value:,.{decimals}f}".rstrip("0").rstrip(".")


def exact_number(value: float) -> str:
    """A number as the text wrote it: 1.1075 -> "1.1075", where ``format_number`` shortens it
    to "1.107"; 75.3e9 (75299999999.99999 in binary) -> "75,300,000,000"."""
    if float(value).is_integer():
        return f"{int(value):,}"
    # 15 significant digits: all a float holds exactly, without its binary rounding's tail.
    written = f"{value:,.15g}"
    return format_number(value) if "e" in written else written


def format_value(figure: Figure) -> str:
    """The number a figure stands for, every digit it was written with; a range as "8–16"."""
    if figure.low is not None and figure.high is not None:
        return f"{exact_number(figure.low)}–{exact_number(figure.high)}"
    return exact_number(figure.value)


# Large values read as words in the table ("20 billion"); the exact value is in the tooltip.
LARGE_NUMBER_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def readable_number(value: float) -> str:
    """20000000000 -> "20 billion", 1234567 -> "1.23 million"; below a million as ``format_number``."""
    for scale, word in LARGE_NUMBER_WORDS:
        if abs(value) >= scale:
            return f"{value / scale:,.2f}".rstrip("0").rstrip(".") + f" {word}"
    return format_number(value)


def readable_value(figure: Figure) -> str:
    """``format_value`` with large numbers in words: "1.2 billion", "2–3 million"."""
    if figure.low is not None and figure.high is not None:
        return f"{readable_number(figure.low)}–{readable_number(figure.high)}"
    return readable_number(figure.value)


def unit_name(unit: str) -> str:
    """A canonical unit as words ("degree_celsius" -> "degree celsius"); ISO codes unchanged."""
    return unit.replace("_", " ")


def unit_or_counts(figure: Figure) -> str:
    """ "mile", "USD per barrel (crude)", "USD (repair)"; a bare count's noun: "drone"."""
    if figure.unit:
        return unit_name(figure.unit) + _per(figure) + _amount_of(figure)
    return figure.counts or ""


def _per(figure: Figure) -> str:
    """ " per barrel"; " each" for a share ("$210 each")."""
    if not figure.per:
        return ""
    return " each" if figure.per == "each" else f" per {figure.per}"


def _amount_of(figure: Figure) -> str:
    """What an amount is of, as the figures of other articles are compared by it."""
    return f" ({figure.measures})" if figure.measures else ""


def format_si(si: SIValue | None) -> str:
    """ "965.6 km"; empty when the figure has no SI form."""
    if si is None:
        return ""
    return f"{format_number(si.value)} {unit_symbol(si.unit)}"


# As a reader says them; "about" is also narrow enough for the column of a narrow panel, where
# "approximately" was cut to "approximat…".
_QUALIFIER_WORDS = {"approximately": "about"}


def qualifier_text(figure: Figure) -> str:
    if not figure.qualifier:
        return ""
    return _QUALIFIER_WORDS.get(figure.qualifier, figure.qualifier.replace("_", " "))


def figure_cells(figure: Figure) -> tuple[str, ...]:
    """The row the table shows, in ``Column`` order."""
    return (
        figure.text,
        format_value(figure),
        unit_or_counts(figure),
        format_si(figure.si),
        qualifier_text(figure),
        figure.kind,
    )


def figure_tooltip(figure: Figure) -> str:
    """One line a reader hovers over: "600 mile ≈ 965.6 kilometer · more than · distance"."""
    quantity = format_value(figure)
    if figure.unit:
        quantity += f" {unit_name(figure.unit)}{_per(figure)}"
    if figure.si is not None and figure.si.unit != figure.unit:
        quantity += f" ≈ {format_number(figure.si.value)} {unit_name(figure.si.unit)}"
    parts = [quantity]
    if figure.qualifier:
        parts.append(qualifier_text(figure))
    dimension = unit_dimension(figure.si.unit) if figure.si and figure.kind == "measure" else None
    if dimension:
        parts.append(dimension)
    elif figure.counts:
        parts.append(f"count of {figure.counts}")
    elif figure.kind != figure.unit:  # "10 percent · percent" says nothing twice
        parts.append(figure.kind + _amount_of(figure))
    return " · ".join(parts)


def mismatched_figure_indexes(checks: Iterable[Check]) -> set[int]:
    """Indexes of the figures (totals and parts) in checks that do not hold."""
    return set(failing_check_notes(checks))


def failing_check_notes(checks: Iterable[Check]) -> dict[int, str]:
    """Figure index -> note of the first failing check it is part of ("57 + 61 = 118, not 113")."""
    notes: dict[int, str] = {}
    for check in checks:
        if not check.holds:
            for index in (check.total, *check.parts):
                notes.setdefault(index, check.note)
    return notes


def figures_as_tsv(figures: Iterable[Figure]) -> str:
    """Rows as shown, tab-separated with a header row, for pasting into a spreadsheet."""
    rows = [HEADERS, *(figure_cells(f) for f in figures)]
    return rows_as_tsv(rows)


def write_figures_csv(figures: Iterable[Figure], stream: TextIO) -> None:
    """Figures as data: plain numbers and the contract's codes, one row each, with a header.

    ``stream`` should be opened with ``newline=""`` as the csv module asks.
    """
    writer = csv.writer(stream)
    writer.writerow(CSV_FIELDS)
    for figure in figures:
        writer.writerow(
            (
                figure.text,
                _plain_number(figure.value),
                _plain_number(figure.low),
                _plain_number(figure.high),
                figure.unit or "",
                figure.counts or "",
                _plain_number(figure.si.value if figure.si else None),
                figure.si.unit if figure.si else "",
                figure.qualifier or "",
                figure.kind,
                figure.start,
                figure.end,
                one_line(figure.sentence.text),
                figure.measures or "",
                figure.per or "",
            )
        )


def describe_check(check: Check, figures: Sequence[Figure]) -> str:
    """ "✓ 57 + 56 = 113 · parts of “113 drones”" (✗ and the mismatch when it fails)."""
    mark = "✓" if check.holds else "✗"
    total = figures[check.total].text if 0 <= check.total < len(figures) else None
    relation = "share of" if check.kind == "percent_of" else "parts of"
    about = f" · {relation} “{total}”" if total else ""
    return f"{mark}  {check.note}{about}"


def _plain_number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def unit_symbol(si_unit: str) -> str:
    """ "kilometer" -> "km", "degree_celsius" -> "°C": a metric unit a figure is shown in."""
    from desktop.nlp.figures import SI_SYMBOLS  # read when figures are first shown

    return SI_SYMBOLS.get(si_unit, unit_name(si_unit))


@cache
def unit_dimension(si_unit: str) -> str | None:
    """What a figure shown in this metric unit measures ("kilometer" -> "distance"), or None."""
    from desktop.nlp.figures import METRIC_TARGETS

    for dimensionality, targets in METRIC_TARGETS.items():
        if si_unit in targets:
            return _DIMENSION_WORDS.get(dimensionality)
    return None


def bold_font() -> QFont:
    """The font of the figures and checks drawn as warnings."""
    font = QFont()
    font.setBold(True)
    return font


def warning_colour(dark: bool) -> QColor:
    """Text colour for mismatches: deep red on light palettes, light orange-red on dark ones."""
    return QColor.fromHsl(8, 220, 175) if dark else QColor.fromHsl(4, 200, 88)


# -- Qt models -----------------------------------------------------------------------------------
class FiguresTableModel(QAbstractTableModel):
    """One row per figure, in text order; rows in failing checks are drawn as warnings."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._figures: tuple[Figure, ...] = ()
        # Formatted when first asked for (shown, measured, filtered or sorted by): formatting a
        # book's thousands of rows at once held the window still.
        self._cells: list[tuple[str, ...] | None] = []
        self._readable_values: list[str | None] = []
        # Made when first hovered: a book has thousands of rows, few of them ever hovered.
        self._tooltips: dict[int, str] = {}
        self._flagged: Mapping[int, str] = {}
        # figure index -> what other archived articles say instead ("8 people in …")
        self._contradicted: dict[int, str] = {}
        self._ranks: dict[int, list[int]] = {}

    def set_figures(self, figures: Sequence[Figure], flagged: Mapping[int, str]) -> None:
        """``flagged`` maps a figure index to the note of the failing check it is part of."""
        self.beginResetModel()
        self._figures = tuple(figures)
        self._cells = [None] * len(self._figures)
        self._readable_values = [None] * len(self._figures)
        self._flagged = dict(flagged)
        self._contradicted = {}
        self._tooltips = {}
        self._ranks = {}
        self.endResetModel()

    def set_contradicted(self, contradicted: Mapping[int, str]) -> None:
        """Mark the figures other archived articles contradict; ``contradicted`` maps a figure
        index to what those articles say instead."""
        before, self._contradicted = self._contradicted, dict(contradicted)
        # Only the rows whose mark changes: a change over a book's thousands of rows makes the
        # sorting proxy re-sort them all, a frozen second in the window.
        changed = sorted(row for row in before.keys() | self._contradicted.keys()
                         if before.get(row) != self._contradicted.get(row))  # fmt: skip
        for row in changed:
            self._tooltips.pop(row, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def is_contradicted(self, row: int) -> bool:
        return row in self._contradicted

    def figure(self, row: int) -> Figure:
        return self._figures[row]

    def figures(self) -> tuple[Figure, ...]:
        return self._figures

    def cells(self, row: int) -> tuple[str, ...]:
        cells = self._cells[row]
        if cells is None:
            cells = self._cells[row] = figure_cells(self._figures[row])
        return cells

    def shown_text(self, row: int, column: int) -> str:
        """The cell as the table shows it: large values in words ("1.2 billion")."""
        if column == Column.VALUE:
            readable = self._readable_values[row]
            if readable is None:
                readable = self._readable_values[row] = readable_value(self._figures[row])
            return readable
        return self.cells(row)[column]

    def is_marked(self, row: int) -> bool:
        """Drawn as a warning (in bold): in a failing check, or contradicted elsewhere."""
        return row in self._flagged or row in self._contradicted

    def sort_key(self, row: int, column: int) -> tuple[Any, ...]:
        """What a column sorts by: numbers by value, text case-insensitively, blanks last."""
        figure = self._figures[row]
        if column == Column.FIGURE:
            return (figure.start,)
        if column == Column.VALUE:
            low = figure.low if figure.low is not None else figure.value
            high = figure.high if figure.high is not None else figure.value
            return (low, high, figure.start)
        if column == Column.SI:
            if figure.si is None:
                return (1, "", 0.0, figure.start)
            return (0, figure.si.unit, figure.si.value, figure.start)
        text = self.cells(row)[column].casefold()
        return (text == "", text, figure.start)

    def sort_rank(self, row: int, column: int) -> int:
        """The row's place when sorted by ``column``: computed once per column, so that sorting
        thousands of rows compares integers instead of building keys at every comparison."""
        ranks = self._ranks.get(column)
        if ranks is None:
            order = sorted(range(len(self._figures)), key=lambda r: self.sort_key(r, column))
            ranks = [0] * len(order)
            for rank, row_in_order in enumerate(order):
                ranks[row_in_order] = rank
            self._ranks[column] = ranks
        return ranks[row]

    # QAbstractTableModel interface
    def rowCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._figures)

    def columnCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            exact_value = self.cells(row)[column]
            readable = column == Column.VALUE and self.shown_text(row, column) != exact_value
            exact = f"Exact value: {exact_value}\n" if readable else ""
            if row not in self._tooltips:
                self._tooltips[row] = self._tooltip(row)
            return exact + self._tooltips[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.VALUE, Column.SI):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if self.is_marked(row):
            if role == Qt.ItemDataRole.ForegroundRole:
                return warning_colour(is_dark())
            if role == Qt.ItemDataRole.FontRole:
                return bold_font()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS[section]
        return None

    def _tooltip(self, row: int) -> str:
        figure = self._figures[row]
        lines = [figure_tooltip(figure)]
        if row in self._flagged:
            lines.append(f"✗ In a check that does not hold: {self._flagged[row]}")
        if row in self._contradicted:
            lines.append(f"✗ Other articles say otherwise: {self._contradicted[row]}")
        lines.append(quoted(one_line(figure.sentence.text)))
        return "\n".join(lines)


class FiguresFilterProxy(QSortFilterProxyModel):
    """Keeps rows of one kind (or all) whose cells contain the filter text; sorts numerically."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._kind: str | None = None
        self._span: tuple[int, int] | None = None

    def set_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: str | None) -> None:
        if kind != self._kind:
            self.beginFilterChange()
            self._kind = kind
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_span(self, span: tuple[int, int] | None) -> None:
        """Keeps the figures that start in ``span`` (a chapter's text range); None: all."""
        if span != self._span:
            self.beginFilterChange()
            self._span = span
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def figures_model(self) -> FiguresTableModel:
        model = self.sourceModel()
        assert isinstance(model, FiguresTableModel)
        return model

    def visible_rows(self) -> list[int]:
        """Source rows in the order the view shows them."""
        return [self.mapToSource(self.index(r, 0)).row() for r in range(self.rowCount())]

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._needle and self._kind is None and self._span is None:
            return True  # asked of every row of a book each time its figures are shown
        model = self.figures_model()
        figure = model.figure(source_row)
        if self._kind is not None and figure.kind != self._kind:
            return False
        if self._span is not None and not self._span[0] <= figure.start < self._span[1]:
            return False
        return not self._needle or any(self._needle in cell.casefold() for cell in model.cells(source_row))

    def lessThan(self, source_left: ModelIndex, source_right: ModelIndex) -> bool:
        model = self.figures_model()
        column = source_left.column()
        return model.sort_rank(source_left.row(), column) < model.sort_rank(source_right.row(), column)
