"""Correct Label ▸, in the reader's and the Entities tab's context menus: the labels a name can
be corrected to, and Not a Name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu

from desktop.core.entity_corrections import CORRECTION_LABELS
from desktop.ui.wording import shortened

# What each label is called in the menu, one accelerator each.
CORRECTION_TITLES = {
    "PERSON": "&Person",
    "ORG": "&Organisation",
    "GPE": "Place (&GPE)",
    "LOC": "&Location",
    "FAC": "&Facility",
    "PRODUCT": "P&roduct",
    "EVENT": "&Event",
    "WORK_OF_ART": "&Work of Art",
    "LAW": "L&aw",
    "LANGUAGE": "Lang&uage",
    "NORP": "&Nationality/Group (NORP)",
}
NOT_A_NAME = "No&t a Name"
CORRECTION_MENU = "Correct &Label"
# Longer names are cut in the menu's entry: it stays a menu, not a banner.
MENU_NAME_CHARS = 40


def label_title(label: str | None) -> str:
    """How a corrected label reads in lists and messages ("Place (GPE)", "not a name")."""
    return (CORRECTION_TITLES[label] if label is not None else NOT_A_NAME).replace("&", "")


def add_correction_menu(
    menu: QMenu, surface: str, current_label: str, choose: Callable[[str | None], None]
) -> QMenu:
    """Add Correct Label of “``surface``” ▸ to ``menu``: each label (``current_label`` checked)
    and Not a Name; ``choose`` gets the label picked, or None for Not a Name."""
    name = shortened(surface, MENU_NAME_CHARS)
    submenu = menu.addMenu(f"{CORRECTION_MENU} of “{name.replace('&', '&&')}”")
    for label in CORRECTION_LABELS:
        action = submenu.addAction(CORRECTION_TITLES[label])
        action.setCheckable(True)
        action.setChecked(label == current_label)
        action.triggered.connect(lambda _checked=False, chosen=label: choose(chosen))
    submenu.addSeparator()
    submenu.addAction(NOT_A_NAME).triggered.connect(lambda: choose(None))
    return submenu
