"""Is a changed file still the same article? Word-pair overlap between two texts.

When the file at an archived article's path now holds another text, a light edit (a corrected
typo, an added paragraph) keeps most pairs of neighbouring words, while a different article
shares only the pairs every text has ("of the", "said that"). The measure is the Dice
coefficient of the two sets of word pairs: linear in the texts' length, and for long texts only
the pairs whose hash falls in a fixed sample are kept (the same pairs in both texts), so the
memory stays bounded too.
"""

from __future__ import annotations

import re
import zlib

# Below this share of common word pairs the new text is another article. A light edit of a
# news article keeps well over 0.8; an update that doubles the article keeps about 0.67;
# different articles on the same subject stay under 0.15.
SAME_ARTICLE_MIN_SIMILARITY = 0.5
# Texts with more word pairs than this are sampled down to about this many.
MAX_SAMPLED_PAIRS = 50_000

_WORD = re.compile(r"\w+")


def text_similarity(old: str, new: str) -> float:
    """0.0 (nothing in common) to 1.0 (the same word pairs)."""
    longest = max(len(old), len(new))
    # About one pair per six characters of prose: keep one in ``stride`` above the cap.
    stride = max(1, longest // 6 // MAX_SAMPLED_PAIRS)
    old_pairs = _word_pairs(old, stride)
    new_pairs = _word_pairs(new, stride)
    if not old_pairs and not new_pairs:
        return 1.0 if old.strip() == new.strip() else 0.0
    return 2 * len(old_pairs & new_pairs) / (len(old_pairs) + len(new_pairs))


def _word_pairs(text: str, stride: int) -> set[int]:
    pairs: set[int] = set()
    previous = ""
    for match in _WORD.finditer(text.casefold()):
        word = match.group()
        # crc32, not hash(): the same pair must be sampled the same way in both texts.
        pair = zlib.crc32(f"{previous} {word}".encode())
        if pair % stride == 0:
            pairs.add(pair)
        previous = word
    return pairs
