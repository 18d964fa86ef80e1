"""How long storing a book's analysis in the archive's cache keeps another thread waiting.

The window stores an analysis on a background writer thread, so what matters is how long the
store holds the interpreter lock, which the window's thread then waits for: binding a ``str``
makes SQLite's module encode it to UTF-8 holding the lock; the analysis process's UTF-8 bytes,
cast to text by SQLite (``Archive.put_cached_analysis``), are only copied. A ticker thread
measures the longest it could not run while each kind is stored.

    .venv/bin/python -m benchmarks.cache_store_bench
"""

from __future__ import annotations

import functools
import json
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.texts import text_of_words
from desktop.store.archive import Archive
from desktop.store.records import AnalysisCacheKey

# About a 170,000-word book's stored analysis (its text and tens of thousands of results).
WORDS = 170_000
ENTITIES = 60_000
RUNS = 5
TICK_S = 0.001


def book_json() -> str:
    text = text_of_words(WORDS) + " — “quoted” in a café"  # not ASCII: no shortcut for str
    entities = [{"start": i, "end": i + 9, "text": "Zoë Smith", "label": "PERSON"} for i in range(ENTITIES)]
    return json.dumps({"text": text, "entities": entities}, ensure_ascii=False)


def longest_wait_ms(action: Callable[[], None]) -> float:
    """The longest a ticking thread waited between two ticks while ``action`` ran."""
    gaps: list[float] = []
    done = threading.Event()

    def tick() -> None:
        last = time.perf_counter()
        while not done.is_set():
            time.sleep(TICK_S)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticker = threading.Thread(target=tick)
    ticker.start()
    time.sleep(0.05)
    action()
    done.set()
    ticker.join()
    return max(gaps) * 1000


def main() -> None:
    sys.setswitchinterval(0.0005)  # as in the window's process (``favour_the_window_thread``)
    payload = book_json()
    print(f"a book's analysis JSON: {len(payload) / 1e6:.1f} M characters")
    waits: dict[str, list[float]] = {"str": [], "UTF-8 bytes": []}
    with tempfile.TemporaryDirectory() as folder, Archive(Path(folder) / "archive.sqlite3") as archive:
        for run in range(RUNS):
            for kind in waits:
                # A new str each time: Python keeps a str's UTF-8 once made.
                value: str | bytes = (payload + " ")[:-1] if kind == "str" else payload.encode("utf-8")
                key = AnalysisCacheKey(f"{kind}{run}", "model", "1", "1")
                store = functools.partial(archive.put_cached_analysis, key, value)
                waits[kind].append(longest_wait_ms(store))
    for kind, measured in waits.items():
        print(
            f"stored as {kind}: another thread's longest wait, median {statistics.median(measured):.1f} ms,"
            f" worst {max(measured):.1f} ms over {RUNS} stores"
        )


if __name__ == "__main__":
    main()
