"""Session restore: the articles open at quit come back as tabs (from the archive, so neither
the original files nor the network are needed), each at its reading position."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.core.article import Article
from desktop.store.records import ArchiveError
from desktop.ui.settings import AppSettings
from desktop.ui.turns import at_next_turn

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def remember_open_articles(
    settings: AppSettings, open_articles: Sequence[Article], current: Article | None
) -> None:
    settings.open_articles = [article.content_hash for article in open_articles]
    settings.current_article = current.content_hash if current is not None else ""


def restore_open_articles(window: MainWindow) -> int:
    """Reopen the remembered articles still in the archive; returns how many will open.

    One per event-loop turn: each tab's reading position is scrolled to on the turn after it
    opens, and must be in place before the next tab takes over the reader (switching tabs
    stores the position of the one left)."""
    archive = window.annotations.archive
    if archive is None:
        return 0
    ids: list[int] = []
    current_id: int | None = None
    for content_hash in window.settings.open_articles:
        try:
            article_id = archive.find_article(content_hash)
        except ArchiveError:
            continue
        if article_id is not None and article_id not in ids:
            ids.append(article_id)
            if content_hash == window.settings.current_article:
                current_id = article_id
    if current_id is not None:
        ids.append(current_id)  # shown last, so it is the current tab
    _open_in_turns(window, ids)
    return len(set(ids))


def _open_in_turns(window: MainWindow, ids: list[int]) -> None:
    if ids:
        window.open_archived(ids[0])
        at_next_turn(window, lambda: _open_in_turns(window, ids[1:]))
