"""``python -m benchmarks.epub_bench [--words N] [--chapters N]``: a long EPUB book (by default
110,000 words in 60 chapters, made with the tests' EPUB factory from the sample articles)
opened in the real window (``benchmarks.startup long``, offscreen): when its text and its
highlights were painted, and the worst event-loop stall and where it happened
(``benchmarks.stall_probe``) until its highlights are painted."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from benchmarks.stall_probe import report_from_json
from benchmarks.texts import text_of_words
from tests.core.epub_factory import write_book

WORDS = 110_000
CHAPTERS = 60


def build_epub(path: Path, words: int, chapters: int) -> int:
    """The book at ``path``: its paragraphs dealt out to ``chapters`` chapters. Returns words."""
    paragraphs = [p for p in text_of_words(words).split("\n") if p.strip()]
    per_chapter = -(-len(paragraphs) // chapters)
    write_book(
        path,
        "A Year of Harbour News",
        "The Reading Assistant",
        [(f"Chapter {n + 1}", paragraphs[n * per_chapter : (n + 1) * per_chapter]) for n in range(chapters)],
    )
    return sum(len(p.split()) for p in paragraphs)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.epub_bench", description=__doc__)
    parser.add_argument("--words", type=int, default=WORDS)
    parser.add_argument("--chapters", type=int, default=CHAPTERS)
    options = parser.parse_args(argv)
    from benchmarks.__main__ import open_in_window

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "book.epub"
        words = build_epub(path, options.words, options.chapters)
        label = f"EPUB book ({words:,} words, {options.chapters} chapters)"
        result = open_in_window(path, label)
        if result is None:
            return
    since_open = result["since open"]
    print(
        f"{label} in the window: text painted after {since_open['text painted']:.2f} s,"
        f" highlights after {since_open['highlights painted']:.1f} s"
    )
    print(report_from_json(f"{label} opened, analysed and shown", result["stalls"]))


if __name__ == "__main__":
    main()
