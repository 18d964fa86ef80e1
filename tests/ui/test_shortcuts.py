"""Every key of the main window does one thing, and standard keys keep their standard meanings."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.ui.main_window import MainWindow
from desktop.ui.reading_controls import MARKS_SHORTCUT

# A key every desktop user knows, and words one of which an action bound to it must say.
STANDARD_MEANINGS: dict[str, tuple[str, ...]] = {
    "Ctrl+S": ("save",),
    "Ctrl+Shift+S": ("save as",),
    "Ctrl+P": ("print",),
    "Ctrl+N": ("new",),
    "Ctrl+O": ("open",),
    "Ctrl+W": ("close",),
    "Ctrl+Q": ("quit",),
    "Ctrl+C": ("copy",),
    "Ctrl+X": ("cut",),
    "Ctrl+V": ("paste",),
    "Ctrl+Z": ("undo",),
    "Ctrl+Y": ("redo",),
    "Ctrl+Shift+Z": ("redo",),
    "Ctrl+A": ("select all",),
    "Ctrl+F": ("find",),
    "Ctrl+G": ("find next",),
    "Ctrl+B": ("bold",),
    "Ctrl+I": ("italic",),
    "Ctrl+T": ("new tab",),
    "Ctrl+,": ("preferences",),
    "Ctrl++": ("zoom in",),
    "Ctrl+-": ("zoom out",),
    # An app with no manual opens the list of its keys, as a manual's help would.
    "F1": ("help", "keyboard shortcuts"),
    "F5": ("refresh", "reload"),
    "F11": ("full screen",),
}


@dataclass(frozen=True)
class Binding:
    key: str
    name: str
    owner: QWidget
    context: Qt.ShortcutContext


def _bindings(window: MainWindow) -> list[Binding]:
    """Every enabled key of the window: its actions (on each widget they are added to) and its
    QShortcuts, with the widget and context that decide where each one fires."""
    found: list[Binding] = []
    for action in window.findChildren(QAction):
        owners = [o for o in action.associatedObjects() if isinstance(o, QWidget) and _belongs_to(o, window)]
        for owner in owners:
            for key in action.shortcuts():
                found.append(Binding(key.toString(), action.text(), owner, action.shortcutContext()))
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if isinstance(parent, QWidget) and _belongs_to(parent, window) and shortcut.isEnabled():
            found.append(Binding(shortcut.key().toString(), "shortcut", parent, shortcut.context()))
    return found


def _belongs_to(widget: QWidget, window: MainWindow) -> bool:
    """Inside the window, or one of its menus (pop-ups are windows of their own), and not in a
    window of its own such as the Library, whose keys fire only while it is the active one."""
    parent: QWidget | None = widget
    while (
        parent is not None and parent is not window and (isinstance(parent, QMenu) or not parent.isWindow())
    ):
        parent = parent.parentWidget()
    return parent is window


WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _scopes_overlap(a: Binding, b: Binding) -> bool:
    """Whether some focus widget would have both keys fire (Qt then fires neither)."""
    if a.owner is b.owner:
        return True
    if _menu_only(a) or _menu_only(b):
        return False
    if a.context in WIDE or b.context in WIDE:
        return True
    if a.context == b.context == Qt.ShortcutContext.WidgetShortcut:
        return False
    if a.context == Qt.ShortcutContext.WidgetShortcut:
        return b.owner.isAncestorOf(a.owner)
    if b.context == Qt.ShortcutContext.WidgetShortcut:
        return a.owner.isAncestorOf(b.owner)
    return a.owner.isAncestorOf(b.owner) or b.owner.isAncestorOf(a.owner)


def _menu_only(binding: Binding) -> bool:
    """A menu item whose key is only shown there and fires only while the menu has the focus."""
    return isinstance(binding.owner, QMenu) and binding.context == Qt.ShortcutContext.WidgetShortcut


def test_no_key_is_bound_twice_where_both_could_fire(window: MainWindow) -> None:
    bindings = _bindings(window)
    assert len(bindings) > 30, "the collector found too few keys to be looking at the window"
    clashes = [
        (a.key, a.name, b.name)
        for i, a in enumerate(bindings)
        for b in bindings[i + 1 :]
        if a.key == b.key and a.name != b.name and _scopes_overlap(a, b)
    ]
    assert clashes == []


def test_standard_keys_keep_their_standard_meanings(window: MainWindow) -> None:
    misused = [
        (binding.key, binding.name)
        for binding in _bindings(window)
        if binding.key in STANDARD_MEANINGS
        and binding.name != "shortcut"
        and not any(word in binding.name.replace("&", "").lower() for word in STANDARD_MEANINGS[binding.key])
    ]
    assert misused == []


def test_the_reading_switches_have_their_keys(window: MainWindow) -> None:
    keys = {binding.key: binding.name for binding in _bindings(window)}
    assert keys[MARKS_SHORTCUT] == window.reading_controls.marks_action.text()
    assert keys["F11"] == window.reading_controls.full_screen_action.text()


def test_claim_sources_toggle_is_not_save_as(window: MainWindow) -> None:
    save_as = QKeySequence(QKeySequence.StandardKey.SaveAs)
    assert save_as not in window.sources_action.shortcuts()
    assert window.sources_action.shortcuts(), "the toggle keeps a key of its own"


def test_close_article_answers_ctrl_w(window: MainWindow) -> None:
    assert QKeySequence("Ctrl+W") in window.close_tab_action.shortcuts()


def test_preferences_has_its_standard_key(window: MainWindow) -> None:
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"


def test_ctrl_tab_and_ctrl_page_keys_step_through_the_open_articles(qtbot: QtBot, window: MainWindow) -> None:
    for title in ("First", "Second", "Third"):
        with qtbot.waitSignal(window.articleShown, timeout=10_000):
            window.show_article(Article(f"{title}\nA few words of the {title.lower()} article.", title=title))
    window.reader.setFocus()

    def step(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> str | None:
        QTest.keyClick(window.reader, key, modifiers)
        article = window.article
        assert article is not None
        return article.title

    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    # Round from the last to the first and back, as in a browser: once no key changed the tab.
    assert step(Qt.Key.Key_Tab, ctrl) == "First"
    assert step(Qt.Key.Key_PageDown, ctrl) == "Second"
    assert step(Qt.Key.Key_Backtab, ctrl | shift) == "First"
    assert step(Qt.Key.Key_PageUp, ctrl) == "Third"


def _mnemonic(text: str) -> str | None:
    """The letter after a lone "&" ("&&" is a literal ampersand), as Alt or an open menu takes it."""
    marked = re.search(r"(?<!&)&([^&])", text.replace("&&", ""))
    return marked.group(1).lower() if marked else None


def test_no_menu_gives_one_letter_to_two_items(window: MainWindow) -> None:
    # Two items sharing a letter: the letter only moves between them and triggers neither.
    shared: list[tuple[str, str, list[str]]] = []
    for menu in [window.menuBar(), *window.findChildren(QMenu)]:
        by_letter: dict[str, list[str]] = {}
        for action in menu.actions():
            letter = _mnemonic(action.text()) if action.isVisible() else None
            if letter:
                by_letter.setdefault(letter, []).append(action.text())
        title = menu.title() if isinstance(menu, QMenu) else "menu bar"
        shared += [(title, letter, texts) for letter, texts in by_letter.items() if len(texts) > 1]
    assert shared == []


def test_a_menus_letter_triggers_its_item(qtbot: QtBot, window: MainWindow) -> None:
    was_shown = window.figures_action.isChecked()
    shown: list[bool] = []
    window.figures_action.toggled.connect(shown.append)
    window.view_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(window.view_menu)
    qtbot.keyClick(window.view_menu, Qt.Key.Key_F)
    assert shown == [not was_shown], "F in the View menu switches Highlight Figures"
