"""Archive.earlier_version_of / open_changed_article: the re-anchoring of a changed article as a
step of its own (for a worker thread), reporting progress and rolled back when that raises."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.article import Article
from desktop.store.archive import Archive

TEXT = "Zebras escaped from the zoo. " + "The council approved the budget. Schools get more money. " * 20
CHANGED = "A correction was added at the top. " + TEXT.removeprefix("Zebras escaped from the zoo. ")


class Stop(Exception):
    pass


def archived(path: Path) -> tuple[Archive, int]:
    archive = Archive(path)
    article_id = archive.open_article(Article(text=TEXT, source="/news.txt")).article_id
    archive.add_highlight(article_id, TEXT.index("Schools"), TEXT.index(" money") + 6, note="money")
    archive.add_highlight(article_id, 0, TEXT.index(" from"), note="zebras")
    return archive, article_id


def test_the_earlier_version_is_found_only_for_a_changed_text(tmp_path: Path) -> None:
    archive, article_id = archived(tmp_path / "a.sqlite3")
    with archive:
        assert archive.earlier_version_of(Article(text=CHANGED, source="/news.txt")) == article_id
        assert archive.earlier_version_of(Article(text=TEXT, source="/news.txt")) is None
        assert archive.earlier_version_of(Article(text=CHANGED)) is None
        assert archive.earlier_version_of(Article(text="Another story. " * 50, source="/news.txt")) is None


def test_open_changed_article_places_the_highlights_and_reports_progress(tmp_path: Path) -> None:
    archive, article_id = archived(tmp_path / "a.sqlite3")
    steps: list[tuple[int, int]] = []
    with archive:
        opened = archive.open_changed_article(
            article_id,
            Article(text=CHANGED, source="/news.txt"),
            lambda done, total: steps.append((done, total)),
        )
        assert opened.status == "reanchored"
        assert steps == [(0, 2), (1, 2)]
        assert [CHANGED[h.start : h.end] for h in opened.highlights] == ["Schools get more money"]
        assert [h.note for h in opened.orphans] == ["zebras"]
        assert archive.load_article(article_id).text == CHANGED


def test_an_exception_from_progress_rolls_everything_back(tmp_path: Path) -> None:
    archive, article_id = archived(tmp_path / "a.sqlite3")

    def stop_at_second(done: int, _total: int) -> None:
        if done == 1:
            raise Stop

    with archive:
        before = archive.highlights(article_id)
        with pytest.raises(Stop):
            archive.open_changed_article(
                article_id, Article(text=CHANGED, source="/news.txt"), stop_at_second
            )
        assert archive.load_article(article_id).text == TEXT
        assert archive.highlights(article_id) == before
        assert archive.orphans(article_id) == []
