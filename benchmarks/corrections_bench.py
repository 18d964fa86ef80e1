"""What the reader's entity corrections cost the analysis of a 20,000-word text.

Run from the repository root:  .venv/bin/python -m benchmarks.corrections_bench
Compares the full analysis without corrections and with 500 of them: every name of the text
relabelled (one in five "not a name") and the rest names the text never mentions, as a
long-used archive would hold. Prints the median of three runs each, taken in turn.
Bar: the corrections add at most 5 % to the analysis.
"""

from __future__ import annotations

import statistics

from benchmarks.perf_analysis import one_process, seconds
from benchmarks.texts import text_of_words, word_count
from desktop.core.entity_corrections import CORRECTION_LABELS, EntityCorrection
from desktop.core.entity_names import display_name
from desktop.nlp.pipeline import load_pipeline

WORDS = 20_000
CORRECTIONS = 500
RUNS = 3
MAX_OVERHEAD = 0.05


def corrections_for(names: list[str]) -> tuple[EntityCorrection, ...]:
    """A correction for each of ``names``, then made-up names up to ``CORRECTIONS``."""
    made_up = [f"Nowhere Name {number}" for number in range(CORRECTIONS)]
    surfaces = list(dict.fromkeys(names + made_up))[:CORRECTIONS]
    return tuple(
        EntityCorrection(
            surface, None if index % 5 == 0 else CORRECTION_LABELS[index % len(CORRECTION_LABELS)]
        )
        for index, surface in enumerate(surfaces)
    )


def main() -> int:
    pipeline = load_pipeline()
    text = text_of_words(WORDS)
    with one_process():
        plain = pipeline.analyze(text)
        names = [display_name(e.text) for e in plain.entities if e.label in CORRECTION_LABELS]
        corrections = corrections_for(names)
        # Taken in turn, so that a change in the machine's load falls on both alike.
        runs = [
            (
                seconds(lambda: pipeline.analyze(text)),
                seconds(lambda: pipeline.analyze(text, corrections=corrections)),
            )
            for _ in range(RUNS)
        ]
        without = statistics.median(plain_run for plain_run, _ in runs)
        corrected = statistics.median(corrected_run for _, corrected_run in runs)
    overhead = corrected / without - 1
    print(
        f"{word_count(text):,} words, {len(set(names))} distinct names, {len(corrections)} corrections:"
        f" analysis {without:.2f} s without, {corrected:.2f} s with: {overhead:+.1%}"
        f" (target ≤ {MAX_OVERHEAD:.0%}; median of {RUNS})"
    )
    return 0 if overhead <= MAX_OVERHEAD else 1


if __name__ == "__main__":
    raise SystemExit(main())
