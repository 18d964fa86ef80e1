"""Hostile-size costs of issue 10 items 11 and 14: re-anchoring long quotes, re-anchoring a
revised article, importing 100,000 annotations, searching a query of 400 repeated words.

Run: ``.venv/bin/python -m benchmarks.reanchor_bench`` (temporary archives, removed after;
about a minute). Prints plain lines, each with the figure it replaces.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop.core.article import Article
from desktop.store.anchoring import anchor, describe
from desktop.store.archive import Archive
from desktop.store.exporters import parse_web_annotation
from tests.store.made_up import prose, web_annotation_export


def seconds(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def missing_quotes() -> None:
    for quote_chars, text_chars, before in ((5_000, 30_000, "7.5 s"), (20_000, 120_000, "over 180 s")):
        text = prose(text_chars, seed=1)
        selectors = describe(text, text_chars // 3, text_chars // 3 + quote_chars)
        unrelated = prose(text_chars, seed=2)
        taken = seconds(lambda: anchor(unrelated, selectors))  # noqa: B023 (called at once)
        print(
            f"re-anchor a missing {quote_chars:,}-character quote in {text_chars // 1000} KB:"
            f" {taken:.3f} s (was {before})"
        )


def revised_article(folder: Path) -> None:
    """A 120 KB article with 500 highlights is revised: a tenth of the quoted passages edited,
    a tenth deleted, text inserted at the top. Opening it re-anchors all of them."""
    rng = random.Random(4)
    text = prose(120_000, seed=3)
    spans = sorted(rng.sample(range(0, len(text) - 200, 200), 500))
    with Archive(folder / "revised.sqlite3") as archive:
        article_id = archive.open_article(Article(text=text, source="/news.txt")).article_id
        with archive.batch():
            for start in spans:
                archive.add_highlight(article_id, start, start + rng.randint(30, 150))
        revised = text
        for start in reversed(spans[::10]):
            revised = revised[: start + 20] + "EDITED" + revised[start + 26 :]
        for start in reversed(spans[5::10]):
            revised = revised[:start] + revised[start + 190 :]
        revised = "A correction was added at the top of this story. " * 20 + revised
        taken = seconds(lambda: archive.open_article(Article(text=revised, source="/news.txt")))
        orphans = len(archive.orphans(article_id))
    print(f"re-anchor 500 highlights of a revised 120 KB article: {taken:.2f} s, {orphans} orphans")


def big_import(folder: Path) -> None:
    sentence_count = 2_000
    text = " ".join(f"Sentence {number} of a long report on the harbour." for number in range(sentence_count))
    starts = (text.index(f"Sentence {index % sentence_count} ") for index in range(100_000))
    json_text = web_annotation_export(text, "Harbour", starts)
    started = time.perf_counter()
    parsed = parse_web_annotation(json_text)
    parsed_at = time.perf_counter()
    with Archive(folder / "import.sqlite3") as archive:
        archive.import_articles(parsed.articles, parsed.colours)
    done = time.perf_counter()
    print(
        f"import 100,000 annotations ({len(json_text) / 1e6:.0f} MB) on a worker thread:"
        f" parse {parsed_at - started:.1f} s + write {done - parsed_at:.1f} s (was 17.5 s on the GUI thread)"
    )


def repeated_word_search(folder: Path) -> None:
    sentence = "the council said the budget for the school and the bus was the largest in the region. "
    with Archive(folder / "search.sqlite3") as archive:
        article_id = archive.open_article(Article(text=sentence * 200, title="the budget")).article_id
        with archive.batch():
            for number in range(10_000):
                start = (number % 200) * len(sentence)
                archive.add_highlight(article_id, start, start + 40, note="the note about the thing")
        taken = seconds(lambda: archive.search(" ".join(["the"] * 400)))
    print(
        f"search 400 repetitions of 'the' over 10,000 highlights: {taken:.3f} s (100 repetitions: 136 s before)"
    )


def main() -> None:
    missing_quotes()
    with tempfile.TemporaryDirectory() as folder:
        revised_article(Path(folder))
        big_import(Path(folder))
        repeated_word_search(Path(folder))


if __name__ == "__main__":
    main()
