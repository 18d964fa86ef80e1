"""What changed between two versions of an article's text, sentence by sentence.

The texts are cut into sentences (paragraph breaks, then the sentence ends long lines are cut
at), and difflib lines the two lists up. Where a run of sentences was replaced, each old one is
paired with the most alike new one near it, so that an edited sentence reads as one change
("changed") rather than as one removed and one added.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from desktop.core.long_lines import sentence_ends

SentenceChangeKind = Literal["removed", "added", "changed"]
WordChangeKind = Literal["same", "removed", "added"]
# An old and a new sentence at least this alike (difflib's ratio of their characters) are one
# sentence edited.
PAIR_MIN_SIMILARITY = 0.5
# How many new sentences after the last pair an old one looks among for its partner: rewrites
# keep the order, and a bound keeps a rewritten book from costing a ratio per pair of sentences.
PAIR_WINDOW = 8
_PARAGRAPH = re.compile(r"[^\n]+")
_WORDS = re.compile(r"\S+\s*")


@dataclass(frozen=True)
class Sentence:
    """A sentence of one version: ``text[start:end]`` of that version's text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SentenceChange:
    """A sentence removed (``old`` only), added (``new`` only) or edited (both)."""

    kind: SentenceChangeKind
    old: Sentence | None
    new: Sentence | None


@dataclass(frozen=True)
class WordChange:
    """A run of words of an edited sentence: in both versions, only the old, or only the new."""

    kind: WordChangeKind
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order, without their surrounding whitespace."""
    sentences: list[Sentence] = []
    for paragraph in _PARAGRAPH.finditer(text):
        start = paragraph.start()
        for end in [*sentence_ends(text, start, paragraph.end()), paragraph.end()]:
            piece = text[start:end]
            stripped = piece.strip()
            if stripped:
                first = start + len(piece) - len(piece.lstrip())
                sentences.append(Sentence(first, first + len(stripped), stripped))
            start = end
    return sentences


def sentence_diff(old_text: str, new_text: str) -> list[SentenceChange]:
    """The sentences removed, added and edited from ``old_text`` to ``new_text``, in the order
    they come in the texts."""
    old, new = split_sentences(old_text), split_sentences(new_text)
    matcher = difflib.SequenceMatcher(None, [_key(s) for s in old], [_key(s) for s in new], autojunk=False)
    changes: list[SentenceChange] = []
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag == "delete":
            changes += [SentenceChange("removed", sentence, None) for sentence in old[old_start:old_end]]
        elif tag == "insert":
            changes += [SentenceChange("added", None, sentence) for sentence in new[new_start:new_end]]
        elif tag == "replace":
            changes += _paired(old[old_start:old_end], new[new_start:new_end])
    return changes


def word_diff(old: str, new: str) -> list[WordChange]:
    """An edited sentence as runs of words kept, removed and added, in reading order."""
    old_words, new_words = _WORDS.findall(old), _WORDS.findall(new)
    matcher = difflib.SequenceMatcher(None, [w.strip() for w in old_words], [w.strip() for w in new_words])
    runs: list[WordChange] = []
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            runs.append(WordChange("same", "".join(new_words[new_start:new_end])))
            continue
        if old_end > old_start:
            runs.append(WordChange("removed", "".join(old_words[old_start:old_end])))
        if new_end > new_start:
            runs.append(WordChange("added", "".join(new_words[new_start:new_end])))
    return runs


def similarity(old: str, new: str) -> float:
    """How alike two short texts are, 0 to 1 (difflib's ratio, cheaper bounds first)."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    if matcher.real_quick_ratio() < PAIR_MIN_SIMILARITY or matcher.quick_ratio() < PAIR_MIN_SIMILARITY:
        return 0.0
    return matcher.ratio()


def _paired(old: Sequence[Sentence], new: Sequence[Sentence]) -> Iterator[SentenceChange]:
    """A replaced run: each old sentence paired with the most alike new one after the last
    pair (within ``PAIR_WINDOW``), the others removed or added, in text order."""
    next_new = 0
    for sentence in old:
        candidates = range(next_new, min(len(new), next_new + PAIR_WINDOW))
        scored = [(similarity(sentence.text, new[index].text), index) for index in candidates]
        # The most alike; of equals, the nearest.
        best, index = max(
            scored, key=lambda scored_index: (scored_index[0], -scored_index[1]), default=(0.0, -1)
        )
        if best < PAIR_MIN_SIMILARITY:
            yield SentenceChange("removed", sentence, None)
            continue
        yield from (SentenceChange("added", None, added) for added in new[next_new:index])
        yield SentenceChange("changed", sentence, new[index])
        next_new = index + 1
    yield from (SentenceChange("added", None, added) for added in new[next_new:])


def _key(sentence: Sentence) -> str:
    """What two sentences must share to be the same: their words, however spaced."""
    return " ".join(sentence.text.split())
