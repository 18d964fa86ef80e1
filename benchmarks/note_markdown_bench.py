"""Rendering pathological 30,000-character notes (issue 10, item 10).

Run: ``.venv/bin/python -m benchmarks.note_markdown_bench``. Prints one line per note: the time
of the note renderer as the app uses it, and of Python-Markdown without the block linearising
(the quadratic splitting the issue measured: 2-2.5 s for rules, 26 s for setext headings).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from desktop.core.note_converter import LINEAR_BLOCKS, new_note_converter
from desktop.core.note_markdown import render_note_html

NOTE_CHARS = 30_000
NOTES = {
    "rules (---)": "---\n",
    "setext headings": "Heading\n---\n",
    "short setext headings": "a\n=\n",
    "ATX headings": "# a\n",
    "quoted rules": "> ---\n",
    "list items and rules": "- a\n---\n",
    "prose": "A line of an ordinary note, with *emphasis* and a [link](https://example.org).\n\n",
}


def seconds(render: Callable[[str], str], note: str) -> float:
    began = time.perf_counter()
    render(note)
    return time.perf_counter() - began


def unlinearised(note: str) -> str:
    converter = new_note_converter()
    converter.preprocessors.deregister(LINEAR_BLOCKS)
    return str(converter.convert(note))


def main() -> None:
    for name, line in NOTES.items():
        note = (line * (NOTE_CHARS // len(line) + 1))[:NOTE_CHARS]
        print(
            f"note of {name}, {len(note):,} chars: {seconds(render_note_html, note):.2f} s"
            f" (without linear blocks: {seconds(unlinearised, note):.2f} s)",
            flush=True,
        )


if __name__ == "__main__":
    main()
