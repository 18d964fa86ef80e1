"""Hedges: words that soften a statement or shift its burden to unnamed others.

Two strengths: *reportative* hedges ("reportedly", "allegedly", "is said to", "it is believed",
"sources say", "unconfirmed") mark a statement as hearsay, so a sentence carrying one is a claim
even with no named source; *epistemic* hedges ("likely", "may", "apparently") only qualify a
claim that exists for another reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.strings import get_string_id
from spacy.tokens import Token

REPORTATIVE_WORDS = frozenset(
    {
        "reportedly", "allegedly", "purportedly", "supposedly", "unconfirmed", "unverified",
        "alleged", "rumored", "rumoured", "ostensibly",
    }
)  # fmt: skip
EPISTEMIC_WORDS = frozenset(
    {
        "likely", "unlikely", "possibly", "probably", "apparently", "perhaps", "presumably",
        "seemingly", "maybe", "conceivably", "potentially", "suspected",
    }
)  # fmt: skip
MODALS = frozenset({"may", "might", "could"})
# Passive verbs of belief or report: "X is said to …", "it is believed that …".
_HEARSAY_VERBS = frozenset({"say", "report", "believe", "think", "allege", "understand", "claim", "rumor"})
# "appears to", "seems to".
_SEEM_VERBS = frozenset({"seem", "appear"})
# Every hedge has one of these words or lemmas; as spaCy's string ids, which a token gives
# without making a string (this is asked of every word of the article).
_HEDGE_WORD_IDS = frozenset(map(get_string_id, REPORTATIVE_WORDS | EPISTEMIC_WORDS | MODALS))
_HEDGE_LEMMA_IDS = frozenset(map(get_string_id, _HEARSAY_VERBS | _SEEM_VERBS | {"source"}))


@dataclass(frozen=True)
class Hedge:
    start: int  # token range, end exclusive
    end: int
    reportative: bool


def find_hedges(tokens: Iterable[Token]) -> list[Hedge]:
    """Every hedge among ``tokens`` (a doc's, in order), in document order."""
    hedges: list[Hedge] = []
    for token in tokens:
        hedge = _hedge_at(token)
        if hedge is not None:
            hedges.append(hedge)
    return hedges


def _hedge_at(token: Token) -> Hedge | None:
    if token.lower not in _HEDGE_WORD_IDS and token.lemma not in _HEDGE_LEMMA_IDS:
        return None  # most words: none of the checks below can hold
    lower = token.lower_
    if lower in REPORTATIVE_WORDS:
        return _with_adjacent_head(token, reportative=True)
    if lower in EPISTEMIC_WORDS and token.pos_ in ("ADV", "ADJ", "VERB"):
        return _with_adjacent_head(token, reportative=False)
    if lower in MODALS and token.tag_ == "MD" and not _negated(token.head):
        return Hedge(token.i, token.i + 1, reportative=False)
    if _is_hearsay_passive(token):
        # "is said to have fled", "it is believed that …": from "it"/"is" to the verb.
        first = min(
            c.i
            for c in token.children
            if c.dep_ == "auxpass" or (c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it")
        )
        return Hedge(first, token.i + 1, reportative=True)
    if token.lemma_ in _SEEM_VERBS and _has_child(token, "xcomp"):
        return Hedge(token.i, token.i + 1, reportative=False)
    if token.lemma_ == "source" and token.dep_ == "nsubj" and token.head.lemma_ == "say":
        return Hedge(token.left_edge.i, token.head.i + 1, reportative=True)  # "sources say"
    return None


def _with_adjacent_head(token: Token, *, reportative: bool) -> Hedge:
    """The hedge word with the word it qualifies when that follows at once ("reportedly killed")."""
    head = token.head
    end = head.i + 1 if head.i == token.i + 1 else token.i + 1
    return Hedge(token.i, end, reportative)


def _is_hearsay_passive(token: Token) -> bool:
    if token.lemma_ not in _HEARSAY_VERBS or token.tag_ != "VBN" or not _has_child(token, "auxpass"):
        return False
    return _has_child(token, "xcomp") or _expletive_it(token)


def _negated(token: Token) -> bool:
    return _has_child(token, "neg")


def _has_child(token: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in token.children)


def _expletive_it(token: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in token.children)
