"""The Help menu: Keyboard Shortcuts (read from the window's actions when opened, so it never
goes stale) and About (version, pipeline, archive, the dependencies' licences)."""

from __future__ import annotations

import html
import importlib.metadata
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

DISTRIBUTION = "reading-assistant"
APPLICATION_NAME = "Reading Assistant"
# Both dialogs open tall enough to list most rows without scrolling, and wide enough for the
# longest command or licence name.
SHORTCUTS_SIZE_PX = (560, 600)
ABOUT_SIZE_PX = (560, 520)
# A declared licence longer than this is the licence's whole text, not its name.
LICENCE_NAME_MAX_CHARS = 60


@dataclass(frozen=True)
class ShortcutRow:
    menu: str
    command: str
    keys: str


def plain_text(label: str) -> str:
    """A menu label as read: without its mnemonic ampersand and trailing ellipsis."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every action of the window's menus that has a key, in menu order, then the window's
    actions with keys that are in no menu."""
    rows: list[ShortcutRow] = []
    listed: set[QAction] = set()

    def visit(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                visit(submenu, title)
            elif not action.isSeparator() and action.shortcuts() and action not in listed:
                listed.add(action)
                rows.append(ShortcutRow(title, plain_text(action.text()), _keys(action)))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            visit(menu, plain_text(top.text()))
    for action in window.findChildren(QAction):
        if action not in listed and action.shortcuts() and action.text() and action.associatedObjects():
            listed.add(action)
            rows.append(ShortcutRow(_where(action), plain_text(action.text()), _keys(action)))
    return rows


def _where(action: QAction) -> str:
    """Where a key of no menu works: the named list it belongs to ("Figures list"); three
    lists' "Show in text — Return" read as one command listed three times."""
    for owner in action.associatedObjects():
        widget = owner if isinstance(owner, QWidget) else None
        while widget is not None and not widget.accessibleName():
            widget = widget.parentWidget()
        if widget is not None:
            return f"{widget.accessibleName()} list"
    return "Other"


def _keys(action: QAction) -> str:
    """The keys a keyboard types, without the media and application keys (a "Close" key) that
    the platform's standard bindings add."""
    typed = [key for key in action.shortcuts() if _first_key(key) < Qt.Key.Key_Back.value]
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText) for key in typed or action.shortcuts()
    )


def read_only_table(name: str, headers: list[str], rows: list[tuple[str, str, str]]) -> QTableWidget:
    """A table of text to read and select (each cell's text also in its tooltip, when cut off)."""
    table = QTableWidget(len(rows), len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for index, row in enumerate(rows):
        for column, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(index, column, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _first_key(sequence: QKeySequence) -> int:
    return int(sequence[0].key().value)  # type: ignore[index]  # the stubs lack __getitem__


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle("Keyboard Shortcuts")
        rows = shortcut_rows(window)
        self.table = read_only_table(
            "Keyboard shortcuts", ["Menu", "Command", "Keys"], [(r.menu, r.command, r.keys) for r in rows]
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(*SHORTCUTS_SIZE_PX)


@dataclass(frozen=True)
class Dependency:
    name: str
    version: str
    licence: str


def app_version() -> str:
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "unknown (not installed as a package)"


def dependencies() -> list[Dependency]:
    """The app's runtime dependencies as installed, with the licence each declares."""
    try:
        requirements = importlib.metadata.requires(DISTRIBUTION) or []
    except importlib.metadata.PackageNotFoundError:
        return []
    found: dict[str, Dependency] = {}
    for requirement in requirements:
        match = re.match(r"[A-Za-z0-9._-]+", requirement)
        if match is None or "extra ==" in requirement or match.group(0).lower() in found:
            continue
        name = match.group(0)
        try:
            metadata = importlib.metadata.metadata(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # a requirement for another Python version
        found[name.lower()] = Dependency(name, _field(metadata, "Version") or "?", _licence(metadata))
    return sorted(found.values(), key=lambda dependency: dependency.name.lower())


def _licence(metadata: importlib.metadata.PackageMetadata) -> str:
    expression = _field(metadata, "License-Expression")
    if expression:
        return expression
    declared = _field(metadata, "License")
    if declared and len(declared) <= LICENCE_NAME_MAX_CHARS and "\n" not in declared:
        return declared
    classifiers = [c for c in metadata.get_all("Classifier") or [] if c.startswith("License ::")]
    return classifiers[0].rsplit("::", 1)[-1].strip() if classifiers else "see the package"


def _field(metadata: importlib.metadata.PackageMetadata, name: str) -> str:
    values = metadata.get_all(name)
    return str(values[0]) if values else ""


class AboutDialog(QDialog):
    def __init__(
        self, parent: QWidget, pipeline: str, archive: Path | None, deps: list[Dependency] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APPLICATION_NAME}")
        summary = QLabel(
            f"<h3>{APPLICATION_NAME} {app_version()}</h3>"
            "<p>A local-first reader for reading the news critically.</p>"
            f"<p><b>Language pipeline:</b> {html.escape(pipeline)}<br>"
            f"<b>Archive:</b> {html.escape(str(archive) if archive else 'none this session')}</p>"
        )
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary.setWordWrap(True)
        listed = dependencies() if deps is None else deps
        self.table = read_only_table(
            "Dependencies and their licences",
            ["Package", "Version", "Licence"],
            [(d.name, d.version, d.licence) for d in listed],
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(QLabel("Built on:"))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(*ABOUT_SIZE_PX)


def build_help_menu(
    window: QMainWindow, pipeline: Callable[[], str], archive: Callable[[], Path | None]
) -> tuple[QAction, QAction]:
    """Add the Help menu (last on the menu bar); returns its Keyboard Shortcuts and About actions."""
    menu = window.menuBar().addMenu("&Help")
    shortcuts_action = QAction("&Keyboard Shortcuts…", window)
    # F1 (the platform's Help key) too: with no manual, the list of keys is the help there is.
    shortcuts_action.setShortcuts(
        [QKeySequence("Ctrl+/"), *QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)]
    )
    shortcuts_action.triggered.connect(lambda: ShortcutsDialog(window).exec())
    about_action = QAction(f"&About {APPLICATION_NAME}…", window)
    about_action.setMenuRole(QAction.MenuRole.AboutRole)
    about_action.triggered.connect(lambda: AboutDialog(window, pipeline(), archive()).exec())
    menu.addActions([shortcuts_action, about_action])
    return shortcuts_action, about_action
