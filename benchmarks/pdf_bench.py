"""``python -m benchmarks.pdf_bench [--pages N] [--skip-window]``: a 300-page two-column PDF, made
here with Qt's PDF writer, (a) read into an article: the time it takes and the reading child's
peak memory; (b) opened in the real window (``benchmarks.startup long``, offscreen): when its
text was painted (target: within 3 s of opening), and the worst event-loop stall and where it
happened (``benchmarks.stall_probe``) while it is read and analysed, until its highlights are
painted."""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

from benchmarks.stall_probe import report_from_json
from benchmarks.texts import text_of_words

TARGET_TEXT_PAINTED_S = 3.0


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


def window_line(path: Path, pages: int) -> None:
    # Imported here: it brings in spaCy, whose memory a forked reading child would count as its
    # own peak (ru_maxrss includes what the child had before exec).
    from benchmarks.__main__ import open_in_window

    result = open_in_window(path, f"(b) {pages}-page PDF")
    if result is None:
        return
    since_open = result["since open"]
    print(
        f"(b) {pages}-page PDF in the window: text painted after {since_open['text painted']:.2f} s"
        f" (target ≤ {TARGET_TEXT_PAINTED_S:.2f} s), highlights after {since_open['highlights painted']:.1f} s"
    )
    print(report_from_json(f"(b) {pages}-page PDF opened, analysed and shown", result["stalls"]))
    for label, at, seconds in result["slowest calls"][:3]:
        print(f"    GUI call {label}: {seconds * 1000:.0f} ms, {at:.1f} s after opening")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pdf_bench", description=__doc__)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--skip-window", action="store_true", help="only (a), the loader")
    options = parser.parse_args(argv)
    pages = options.pages
    from desktop.core.loaders import load_article

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        words = build_pdf(path, pages)
        started = time.perf_counter()
        article = load_article(path)
        seconds = time.perf_counter() - started
        child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"(a) {pages}-page PDF ({path.name}, {words:,} words, {len(article.pages)} pages read):"
            f" article ready in {seconds:.2f} s, reading child's peak memory {child_mb:.0f} MB"
        )
        if not options.skip_window:
            window_line(path, pages)


if __name__ == "__main__":
    main()
