"""The side panel keeps its tabs readable on a small screen: whole names, never elided stubs,
and a splitter that cannot squeeze (or collapse) the panel below the width of its tab names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget


def keep_tabs_readable(splitter: QSplitter, tabs: QTabWidget) -> None:
    bar = tabs.tabBar()
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setExpanding(False)
    bar.setUsesScrollButtons(False)
    # The tab bar's own hint is the width of every tab with its whole name.
    tabs.setMinimumWidth(bar.sizeHint().width())
    splitter.setCollapsible(splitter.indexOf(tabs), False)
