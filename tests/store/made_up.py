"""Made-up texts and annotation exports, shared by the store tests and the benchmarks that time
the same work at hostile sizes."""

from __future__ import annotations

import random
import string
import uuid
from collections.abc import Iterable

from desktop.core.article import Article
from desktop.store.anchoring import describe
from desktop.store.exporters import to_web_annotation
from desktop.store.records import ArticleExport, Colour, Highlight, StoredArticle

TIME = "2024-05-01T10:00:00.000Z"
# Each made-up highlight quotes this many characters from its start.
QUOTE_CHARS = 30


def prose(characters: int, seed: int) -> str:
    """Made-up words, reproducible: long texts that share no passage with each other."""
    rng = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < characters:
        word = "".join(rng.choices(string.ascii_lowercase, k=rng.randint(2, 9)))
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:characters]


def web_annotation_export(text: str, title: str, starts: Iterable[int]) -> str:
    """A W3C JSON export, as the app writes it, of one article with a yellow highlight of
    ``QUOTE_CHARS`` characters at each of ``starts``, the nth noted ``note n``."""
    highlights = []
    for index, start in enumerate(starts):
        selectors = describe(text, start, start + QUOTE_CHARS)
        highlight = Highlight(
            0, uuid.uuid4().hex, 0, selectors.start, selectors.end, selectors.exact, selectors.prefix,
            selectors.suffix, "yellow", f"note {index}", (), False, TIME, TIME,
        )  # fmt: skip
        highlights.append(highlight)
    stored = StoredArticle(0, Article(text=text, title=title), TIME, TIME, 0, "")
    return to_web_annotation([ArticleExport(stored, tuple(highlights))], [Colour("yellow", "important")])
