"""The extraction child process: killed with its parent, capped in memory."""

from __future__ import annotations

import os
import threading
import time

import pytest

from desktop.core import html_loader
from desktop.core.article import ArticleLoadError
from desktop.core.html_loader import article_from_html
from desktop.core.time_limit import run_with_time_limit
from tests.hostile import HEAVY_PAGE, children_of, is_running, seconds_an_orphaned_extraction_lives


def test_the_extraction_child_dies_with_its_parent() -> None:
    orphan_seconds = seconds_an_orphaned_extraction_lives(limit=5)
    assert orphan_seconds is not None, "the extraction child outlived its parent by more than 5 s"


def test_a_page_needing_more_memory_than_the_cap_gets_a_clear_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(html_loader, "HTML_EXTRACT_MEMORY_BYTES", 250 * 1024 * 1024)
    started = time.monotonic()
    with pytest.raises(ArticleLoadError, match=r"too large or complex .*more than 250 MB of memory"):
        article_from_html(HEAVY_PAGE.encode("ascii"))
    assert time.monotonic() - started < html_loader.HTML_EXTRACT_SECONDS


def test_a_cancelled_extraction_ends_its_child_at_once() -> None:
    # Other tests' children (the analysis process) may be running: only new ones count.
    before = set(children_of(os.getpid()))
    cancelled = threading.Event()
    threading.Timer(1.0, cancelled.set).start()
    started = time.monotonic()
    with pytest.raises(ArticleLoadError, match="was cancelled"):
        article_from_html(HEAVY_PAGE.encode("ascii"), cancelled=cancelled)
    assert time.monotonic() - started < 3
    assert not [pid for pid in children_of(os.getpid()) if pid not in before and is_running(pid)]


def test_a_large_input_reaches_a_cancellable_child_that_reads_it_late() -> None:
    # A fetched news page (over the 64 KB a pipe holds) given to an extraction that can be
    # cancelled: the rest of it was never sent after the first poll, and the page "took longer
    # than 20 s" on a busy machine.
    payload = b"x" * 1_000_000
    result = run_with_time_limit("tests.core.slow_reader", "length", payload, 10, cancelled=threading.Event())
    assert result == str(len(payload)).encode("ascii")
