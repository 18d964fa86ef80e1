"""``python -m benchmarks.pdf_bench [--pages N]``: a 300-page two-column PDF, made here with Qt's
PDF writer, read into an article: the time it takes and the reading child's peak memory
(target: the text painted within 3 s of opening)."""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

from benchmarks.texts import text_of_words


def build_pdf(path: Path, pages: int) -> int:
    """A book-like PDF: running head, page number, two columns of 10-point text. Returns words."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from tests.core.pdf_factory import MARGIN, PAGE_HEIGHT, PAGE_WIDTH, Line, Page, column_lines, write_pdf

    _app = QGuiApplication.instance() or QGuiApplication([])
    words = text_of_words(pages * 700).split()
    made: list[Page] = []
    taken = 0
    for number in range(1, pages + 1):
        lines = [
            Line("A Report on Harbours", MARGIN, 40, size=8),
            Line(str(number), PAGE_WIDTH / 2, PAGE_HEIGHT - 30),
        ]
        for x in (MARGIN, PAGE_WIDTH / 2 + 10):
            column: list[str] = []
            while len(column) < 48:
                line_words = words[taken : taken + 6]
                taken += 6
                column.append(" ".join(line_words))
            lines += column_lines([column[:24], column[24:]], x, 80)
        made.append(Page(lines))
    write_pdf(path, made, title="A Report on Harbours")
    return taken


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pdf_bench", description=__doc__)
    parser.add_argument("--pages", type=int, default=300)
    pages = parser.parse_args(argv).pages
    from desktop.core.loaders import load_article

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        words = build_pdf(path, pages)
        started = time.perf_counter()
        article = load_article(path)
        seconds = time.perf_counter() - started
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"{pages}-page PDF ({path.name}, {words:,} words, {len(article.pages)} pages read):"
        f" article ready in {seconds:.2f} s (target: text painted ≤ 3.00 s),"
        f" reading child's peak memory {child_mb:.0f} MB"
    )


if __name__ == "__main__":
    main()
