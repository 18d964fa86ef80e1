"""Benchmark texts made of the project's own sample articles (``resources/samples``).

Long texts repeat the samples in turn, article after article, until they reach a word count;
each article keeps its paragraphs, so the text reads like a long feed of news stories.
"""

from __future__ import annotations

from itertools import cycle
from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "resources" / "samples"
SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"


def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def text_of_words(words: int) -> str:
    """At least ``words`` words (split at whitespace), as whole sample articles one after another."""
    articles = [
        path.read_text(encoding="utf-8").strip("\n") + "\n" for path in sorted(SAMPLES_DIR.glob("*.txt"))
    ]
    parts: list[str] = []
    count = 0
    for article in cycle(articles):
        if count >= words:
            break
        parts.append(article)
        count += len(article.split())
    return "".join(parts)


def word_count(text: str) -> int:
    return len(text.split())
