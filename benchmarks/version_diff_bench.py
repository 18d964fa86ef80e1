"""How long "what changed" takes for two 5,000-word versions of an article (issue 14: ≤ 200 ms).

Run from the project root:  .venv/bin/python benchmarks/version_diff_bench.py
The first version is the news articles in ../shared (read-only; READING_ASSISTANT_SHARED names
it elsewhere) one after another until 5,000 words; the second
edits it as a newsroom would: a figure changed in every tenth sentence, every fifteenth sentence
removed, a paragraph added every twentieth. Both are analysed once by the real pipeline (in the
app the analyses come from the archive's cache); what is timed is the comparison the Changes
view and ``reading-assistant changes`` run: the sentence diff, then figures and claims. Prints
the median of 7 runs of each.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.texts import word_count  # noqa: E402
from desktop.core.article import Article  # noqa: E402
from desktop.core.version_diff import sentence_diff, split_sentences  # noqa: E402
from desktop.nlp.pipeline import load_pipeline  # noqa: E402
from desktop.store.records import ArticleVersion  # noqa: E402
from desktop.store.version_changes import version_changes  # noqa: E402

SHARED = Path(os.environ.get("READING_ASSISTANT_SHARED", ROOT.parent / "shared"))
WORDS = 5_000
RUNS = 7
TARGET_MS = 200
_DIGITS = re.compile(r"\d+")


def edited(text: str) -> str:
    """``text`` with a figure changed in every tenth sentence, every fifteenth sentence gone and
    a sentence added before every twentieth; its paragraphs kept."""
    sentences = split_sentences(text)
    pieces: list[str] = []
    end = 0
    for index, sentence in enumerate(sentences):
        pieces.append(text[end : sentence.start])
        end = sentence.end
        if index % 15 == 7:
            continue
        if index % 20 == 3:
            pieces.append(f"An update was added here at {index} past the hour, officials said. ")
        pieces.append(
            _DIGITS.sub(lambda match: str(int(match[0]) + 2), sentence.text, count=1)
            if index % 10 == 5
            else sentence.text
        )
    return "".join(pieces) + text[end:]


def first_version() -> str:
    """Whole articles (distinct ones: a text repeating itself would align anywhere) until
    ``WORDS`` words."""
    parts: list[str] = []
    for path in sorted((SHARED / "articles" / "news-html").glob("*.expected.txt")):
        parts.append(path.read_text(encoding="utf-8").strip() + "\n")
        if word_count("".join(parts)) >= WORDS:
            break
    return "".join(parts)


def median_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    if not SHARED.is_dir():
        print(f"../shared not present at {SHARED.resolve()}: nothing to measure", file=sys.stderr)
        return 1
    old_text = first_version()
    new_text = edited(old_text)
    pipeline = load_pipeline()
    old_analysis, new_analysis = pipeline.analyze(old_text), pipeline.analyze(new_text)
    old = ArticleVersion(1, 1, Article(text=old_text), "")
    new = ArticleVersion(1, 2, Article(text=new_text), "")
    changes = version_changes(old, new, old_analysis, new_analysis)
    print(
        f"versions of {word_count(old_text):,} and {word_count(new_text):,} words:"
        f" {len(changes.sentences)} sentence changes, {len(changes.figures)} figure changes,"
        f" {len(changes.claims)} claim changes"
    )
    sentences_ms = median_ms(lambda: sentence_diff(old_text, new_text))
    whole_ms = median_ms(lambda: version_changes(old, new, old_analysis, new_analysis))
    print(f"sentence diff: {sentences_ms:.1f} ms (median of {RUNS})")
    print(
        f"whole comparison (sentences, figures, claims): {whole_ms:.1f} ms (median of {RUNS};"
        f" target ≤ {TARGET_MS} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
