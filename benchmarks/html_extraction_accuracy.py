"""Token F1 of the HTML loader's reader text against the expected text of each news page.

Run from the repository root: ``.venv/bin/python benchmarks/html_extraction_accuracy.py``
(pages are read from ``../shared/articles/news-html/``). Prints one line per page and the mean.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from desktop.core.html_loader import article_from_html

PAGES = Path(__file__).resolve().parents[1] / ".." / "shared" / "articles" / "news-html"


def token_f1(produced: str, expected: str) -> float:
    """F1 of the multisets of whitespace-separated tokens."""
    produced_tokens, expected_tokens = Counter(produced.split()), Counter(expected.split())
    common = sum((produced_tokens & expected_tokens).values())
    if common == 0:
        return 0.0
    precision = common / sum(produced_tokens.values())
    recall = common / sum(expected_tokens.values())
    return 2 * precision * recall / (precision + recall)


def page_scores(pages: Path = PAGES) -> dict[str, float]:
    """Token F1 per page id."""
    scores = {}
    for page in sorted(pages.glob("*.html")):
        article = article_from_html(page.read_bytes(), source=str(page))
        expected = page.with_name(page.stem + ".expected.txt").read_text(encoding="utf-8")
        scores[page.stem] = token_f1(article.text, expected)
    return scores


def main() -> int:
    if not PAGES.is_dir():
        print(f"{PAGES} not present", file=sys.stderr)
        return 1
    scores = page_scores()
    for page_id, score in scores.items():
        print(f"{page_id[:16]}  F1 {score:.4f}")
    print(f"mean token F1 over {len(scores)} pages: {sum(scores.values()) / len(scores):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
