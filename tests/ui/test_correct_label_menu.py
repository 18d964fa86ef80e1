"""Correcting entity labels through the real window: the reader's context menu and the Entities
tab's, undo, every article analysed from then on, and the list in Preferences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.core.entity_corrections import EntityCorrection
from desktop.ui.correction_menu import CORRECTION_MENU, CORRECTION_TITLES
from desktop.ui.main_window import MainWindow
from desktop.ui.panels.entities_panel import MENTIONS_ROLE, NAME_ROLE
from desktop.ui.preferences import PreferencesDialog
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS, open_and_wait, select_passage
from tests.ui.screenshots import assert_not_uniform, save_screenshot

# Written for these tests: the small model calls "Marko Sunflower" an organisation.
AID_REPORT = (
    "Volunteers from Sunflower Aid drove the trucks to Odesa on Monday.\n\n"
    "The trucks left early because Sunflower Aid had fuel, said Marko Sunflower.\n\n"
    "Later, Sunflower thanked the drivers in Odesa.\n"
)
# Another article, analysed after the correction.
FOLLOW_UP = "Marko Sunflower returned to Odesa with more trucks on Friday.\n"


def listed(window: MainWindow) -> dict[str, dict[str, int]]:
    """The Entities tab: label → name → mentions."""
    panel = window.entities_panel
    names: dict[str, dict[str, int]] = {}
    for group_row in range(panel.model.rowCount()):
        heading = panel.model.item(group_row)
        for row in range(heading.rowCount()):
            label, name = heading.child(row).data(NAME_ROLE)
            names.setdefault(label, {})[name] = len(heading.child(row).data(MENTIONS_ROLE))
    return names


def menu_action(menu: QMenu, text: str) -> QAction:
    """The entry called ``text`` (Correct Label's entry: beginning so, the name follows)."""
    return next(
        action
        for action in menu.actions()
        if action.text() == text or (text == CORRECTION_MENU and action.text().startswith(text + " of "))
    )


def panel_row(window: MainWindow, name: str) -> QModelIndex:
    panel = window.entities_panel
    for group_row in range(panel.model.rowCount()):
        heading = panel.model.item(group_row)
        for row in range(heading.rowCount()):
            if heading.child(row).data(NAME_ROLE)[1] == name:
                return panel.proxy.mapFromSource(panel.model.indexFromItem(heading.child(row)))
    raise AssertionError(f"{name} is not listed")


def items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i)) is not None]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def right_click_and_choose(
    qtbot: QtBot, window: MainWindow, position: int, label: str, screenshot: str = ""
) -> list[str]:
    """Right-click the reader at ``position``, choose Correct Label ▸ ``label`` and wait for the
    analysis made with it; returns the labels the menu had checked (screenshots if named)."""
    reader = window.reader
    cursor = reader.textCursor()
    cursor.setPosition(reader.to_document(position))
    point = reader.cursorRect(cursor).center()
    seen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        try:
            entry = menu_action(menu, CORRECTION_MENU)
            submenu = entry.menu()
            assert isinstance(submenu, QMenu)
            seen.extend(action.text() for action in submenu.actions() if action.isChecked())
            if screenshot:
                menu.setActiveAction(entry)
                submenu.popup(menu.mapToGlobal(menu.actionGeometry(entry).topRight()))
                QApplication.processEvents()
                assert_not_uniform(save_screenshot(menu, f"{screenshot}-menu.png"))
                assert_not_uniform(save_screenshot(submenu, f"{screenshot}-submenu.png"))
            menu_action(submenu, CORRECTION_TITLES[label]).trigger()
        finally:
            menu.close()

    QTimer.singleShot(200, choose)
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        reader.customContextMenuRequested.emit(point)
    return seen


def test_right_click_in_the_text_corrects_a_label_for_every_article(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, write(tmp_path, "aid.txt", AID_REPORT))
    assert "Marko Sunflower" in listed(window)["ORG"]
    seen = right_click_and_choose(
        qtbot, window, window.reader.text.index("Marko Sunflower") + 2, "PERSON", "correct-label"
    )
    assert seen == [CORRECTION_TITLES["ORG"]], "the menu shows the label the name has now"
    people = listed(window)["PERSON"]
    assert people["Marko Sunflower"] >= 2 and "Sunflower" not in people, "the surname alone folds in"
    assert "Marko Sunflower" not in listed(window).get("ORG", {})
    assert window.annotations.archive is not None
    assert window.annotations.archive.entity_corrections() == (EntityCorrection("Marko Sunflower", "PERSON"),)
    assert "in every article" in window.info_bar.message.text()

    # Undo: the pipeline's label again, in the open article at once; then redo.
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.annotator.undo_action.trigger()
    assert window.annotations.archive.entity_corrections() == ()
    assert "Marko Sunflower" not in listed(window).get("PERSON", {})
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.annotator.redo_action.trigger()
    assert "Marko Sunflower" in listed(window)["PERSON"]

    open_and_wait(qtbot, window, write(tmp_path, "follow-up.txt", FOLLOW_UP))
    assert "Marko Sunflower" in listed(window)["PERSON"]


def test_a_selected_name_the_pipeline_missed_is_corrected_wherever_it_is_written(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, write(tmp_path, "aid.txt", AID_REPORT))
    assert "Sunflower Aid" not in listed(window).get("ORG", {})
    start = select_passage(window, "Sunflower Aid ")  # a trailing space, as a double-click takes
    assert right_click_and_choose(qtbot, window, start + 3, "ORG") == []
    assert listed(window)["ORG"]["Sunflower Aid"] == 2


def test_not_a_name_from_the_entities_tab_removes_it_until_undone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, write(tmp_path, "aid.txt", AID_REPORT))
    assert "Odesa" in listed(window)["GPE"]
    hits_before = window.controller.cache_hits
    menu = window.entities_panel.context_menu(panel_row(window, "Odesa"))
    assert menu is not None
    submenu = menu_action(menu, CORRECTION_MENU).menu()
    assert isinstance(submenu, QMenu)
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        menu_action(submenu, "No&t a Name").trigger()
    assert "Odesa" not in listed(window).get("GPE", {})
    assert window.controller.cache_hits == hits_before, "analysed again, not read from the cache"
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.annotator.undo_action.trigger()
    assert listed(window)["GPE"]["Odesa"] == 2
    # Dates and numbers are no names to correct.
    window.set_label_enabled("DATE", True)
    assert window.entities_panel.context_menu(panel_row(window, "Monday")) is None


def test_preferences_list_the_corrections_and_remove_them_on_ok(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, write(tmp_path, "aid.txt", AID_REPORT))
    for surface, label in (("Marko Sunflower", "PERSON"), ("Sunflower Aid", "ORG")):
        with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
            window.entities_panel.correctionRequested.emit(surface, label)
    assert listed(window)["ORG"]["Sunflower Aid"] == 2
    rows: list[list[str]] = []

    def remove_one() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        tree = dialog.corrections
        rows.extend([item.text(0), item.text(1)] for item in items(tree))
        items(tree)[1].setSelected(True)
        assert dialog.remove_correction.isEnabled()
        assert_not_uniform(save_screenshot(dialog, "preferences-corrections.png"))
        dialog.remove_correction.click()
        assert tree.topLevelItemCount() == 1
        dialog.accept()

    QTimer.singleShot(0, remove_one)
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.preferences_action.trigger()
    assert rows == [["Marko Sunflower", "Person"], ["Sunflower Aid", "Organisation"]]
    assert window.annotations.archive is not None
    assert window.annotations.archive.entity_corrections() == (EntityCorrection("Marko Sunflower", "PERSON"),)
    assert "Sunflower Aid" not in listed(window).get("ORG", {})
    # The removal is a step like any other.
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.annotator.undo_action.trigger()
    assert len(window.annotations.archive.entity_corrections()) == 2


def test_cancel_in_preferences_keeps_every_correction(qtbot: QtBot, window: MainWindow) -> None:
    window.corrector.correct("Sunflower Aid", "ORG")

    seen: list[list[QTreeWidgetItem]] = []

    def remove_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        try:
            tree = dialog.corrections
            tree.setCurrentItem(items(tree)[0])
            dialog.activateWindow()
            tree.setFocus()
            qtbot.waitUntil(tree.hasFocus)
            qtbot.keyClick(tree, Qt.Key.Key_Delete)
            seen.append(items(tree))
        finally:
            dialog.reject()

    QTimer.singleShot(0, remove_and_cancel)
    window.preferences_action.trigger()
    assert seen == [[]], "the Delete key took it off the list"
    assert window.corrector.corrections == (EntityCorrection("Sunflower Aid", "ORG"),)


def test_an_analysis_is_kept_under_the_corrections_it_was_started_with(
    qtbot: QtBot, window: MainWindow
) -> None:
    controller = window.controller
    qtbot.waitUntil(lambda: controller.pipeline is not None, timeout=ANALYSIS_TIMEOUT_MS)
    corrected = (EntityCorrection("Marko Sunflower", "PERSON"),)
    controller.corrections = corrected
    with qtbot.waitSignal(controller.analysisFinished, timeout=ANALYSIS_TIMEOUT_MS) as finished:
        controller.analyze(AID_REPORT)
        controller.corrections = ()  # changed while the analysis process is at work
    labels = {entity.text: entity.label for entity in finished.args[1].entities}
    assert labels["Marko Sunflower"] == "PERSON", "the corrections went with the request"
    cache, pipeline = controller.cache, controller.pipeline
    assert cache is not None and pipeline is not None
    assert cache.lookup(AID_REPORT, pipeline, corrected) is not None
    assert cache.lookup(AID_REPORT, pipeline, ()) is None
