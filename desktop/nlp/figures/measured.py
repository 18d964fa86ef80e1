"""What a money or measure figure is the amount of, and what it is given per, from the parse.

A count says what it counts ("113 drones"); "$48 million" does not. Figures of other articles
are only the same figure when they are amounts of the same thing: the price of crude, the cost
of the repair, the revenue. That thing is read where English puts it:

- after the figure: "1.3 billion cubic metres of water", "$2.4 billion in drought relief";
- the noun the figure modifies: "a $12 million repair", "the fine of $25,000";
- a transaction's purpose: "spent $820 million on school meals", "paid €45 million for the striker";
- else the subject of the verb the figure completes: "the repair will cost $14 million",
  "revenue reached $4.8 billion, up from $4.1 billion", "Brent crude rose to $81.40 a barrel";
  but what a valuation sets at it is its object: "estimated the damage at $25 million".

A pronoun, or a word standing for an earlier figure ("the figure rose to …"), names nothing:
None, and the figure is compared with no other. "a barrel", "per litre" after the figure make
it a rate: its ``per``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOUNS = ("NOUN", "PROPN")
# Verbs that hand money over: what it is for is their purpose, not their subject (the payer).
_TRANSACTION_VERBS = frozenset(
    {"pay", "spend", "give", "receive", "get", "pledge", "raise", "invest", "allocate", "set", "earmark",
     "award", "grant", "offer", "lend", "borrow", "donate", "budget", "provide", "commit", "approve"}
)  # fmt: skip
# Verbs whose subject owns the amount: "my people had $20 billion done" is no amount of people.
_POSSESSION_VERBS = frozenset({"have", "own"})
# An amount a verb changes its object to, by or from: "raised its budget to $3 million".
_CHANGE_PREPOSITIONS = frozenset({"to", "by", "from"})
# Prepositions naming what the money or quantity is of or for.
_PURPOSE_PREPOSITIONS = frozenset({"on", "for", "to", "toward", "towards"})
_CONTENT_PREPOSITIONS = frozenset({"of", "in"})
# Words that stand for an earlier figure or for any amount ("to the tune of $28 billion": an
# idiom for "amounting to"): they name nothing themselves.
_PLACEHOLDERS = frozenset(
    {"figure", "number", "total", "amount", "sum", "that", "this", "it", "which", "what", "one", "level", "tune"}
)  # fmt: skip
# Roles in which a figure completes a verb: "cost $14 million", "stood at $7.5 billion".
_COMPLEMENT_DEPS = frozenset({"dobj", "attr", "npadvmod", "oprd", "acomp"})
_PER_WORDS = frozenset({"per", "a", "an"})
_TIME_AGO = frozenset({"ago", "earlier", "later", "before", "after"})
# Words between a figure and the verb it completes: "rose to", "up from", "14 kilometres long".
_LINKS = frozenset({"prep", "advmod", "acomp", "npadvmod", "pobj"})


@dataclass(frozen=True)
class Measured:
    measures: str | None  # the lemma of what the figure is the amount of
    per: str | None  # the lemma of the unit a rate is given per


def measured(root: Token, end_token: Token | None) -> Measured:
    """What the figure whose root token is ``root`` is an amount of; ``end_token``: the first
    token after the figure's words, if any (where "a barrel", "per litre" would start)."""
    per = _per_unit(end_token) or _per_phrase(root)
    content = _content_after(root, per)
    if content is not None and end_token is not None and content.i < end_token.i:
        # the figure's own words: "millions of euros" is no amount of euros, but what comes
        # after them may be: "millions of dollars in costs"
        content = _content_after(end_token.doc[end_token.i - 1], per)
    thing = content or _modified_noun(root) or _transaction_purpose(root) or _subject_of_completed_verb(root)
    if (
        thing is None
        or thing.pos_ not in _NOUNS
        or thing.lower_ in _PLACEHOLDERS
        or thing.ent_type_ in ("DATE", "TIME")
    ):
        return Measured(None, per)
    if _is_code(thing):
        thing = _named_by_code(thing)  # "U.S. crude CLc1 fell to $55.12": crude, not "clc1"
        if thing is None:
            return Measured(None, per)
    return Measured(thing.lemma_.lower(), per)


def _is_code(word: Token) -> bool:
    """A market code ("CLc1", "EUR=", "CMCU3", ".DXY") names an instrument in the trade's
    shorthand: digits or signs among letters, which no word of what is measured has."""
    return any(not (char.isalpha() or char in "-'’") for char in word.text)


def _named_by_code(code: Token) -> Token | None:
    """The word the code is written after: "crude" of "U.S. crude CLc1", "euro" of "the euro EUR="."""
    names = [c for c in code.lefts if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in _NOUNS]
    return names[-1] if names and not _is_code(names[-1]) else None


def _per_unit(after: Token | None) -> str | None:
    """ "$81.40 a barrel", "$1.89 per litre": the noun right after "a"/"an"/"per"; "$210 each":
    "each" (a share of the amount, not the amount: "the repair could cost residents $210 each")."""
    if after is not None and after.lower_ == "each":
        return "each"
    if after is None or after.lower_ not in _PER_WORDS or after.i + 1 >= len(after.doc):
        return None
    unit = after.doc[after.i + 1]
    if unit.i + 1 < len(unit.doc) and unit.doc[unit.i + 1].lower_ in _TIME_AGO:
        return None  # "$4.1 billion a year earlier": a time, not a rate
    return _unit_name(unit)


def _per_phrase(root: Token) -> str | None:
    """ "6.2 tonnes of maize per hectare": "per" on the figure or on what it is of."""
    for token in (root, *(_object_of(c) for c in root.rights if c.dep_ == "prep" and c.lower_ == "of")):
        if token is None:
            continue
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "per":
                unit = _object_of(child)
                return _unit_name(unit) if unit is not None else None
    return None


def _unit_name(unit: Token) -> str | None:
    """A rate's unit: a common noun ("month" of "$4 billion a month" too), or a word the tagger
    called a proper noun but no name ("per hectare")."""
    if unit.pos_ == "NOUN" or (unit.pos_ == "PROPN" and not unit.ent_type_):
        return unit.lemma_.lower()
    return None


def _content_after(root: Token, per: str | None) -> Token | None:
    """ "6.2 tonnes of maize", "$2.4 billion in drought relief" (not "in 2023", "in Seville")."""
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ in _CONTENT_PREPOSITIONS:
            noun = _object_of(child)
            if noun is not None and not noun.ent_type_ and noun.lemma_.lower() != per:
                return noun
    return None


def _modified_noun(root: Token) -> Token | None:
    """ "a $12 million repair", "the fine of $25,000", "$360 billion worth of goods"."""
    head = root.head
    if root.dep_ in ("compound", "nummod", "amod", "nmod") and head.pos_ in _NOUNS and head.i > root.i:
        if head.lower_ == "worth":
            return next((_object_of(c) for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        return head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in _NOUNS and head.head.i < root.i:
        return head.head
    return None


def _transaction_purpose(root: Token) -> Token | None:
    """ "spent $820 million on school meals", "gives $3 billion to hospitals"."""
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_ not in _TRANSACTION_VERBS:
        return None
    for prep in (*root.rights, *verb.rights):
        if prep.dep_ in ("prep", "dative") and prep.lower_ in _PURPOSE_PREPOSITIONS | _CONTENT_PREPOSITIONS:
            # "gives $3 billion to hospitals" (a dative "to"); "gave hospitals $3 billion" (the noun).
            noun = _object_of(prep) if prep.pos_ == "ADP" else prep
            if noun is not None and noun.ent_type_ not in ("DATE", "TIME"):
                return noun
    return None


def _subject_of_completed_verb(root: Token) -> Token | None:
    """The subject of the verb the figure completes, through "to", "at", "up from", "long";
    but what a valuation sets at the figure is its object: "estimated the damage at $25
    million", "valued the company at $3 billion"."""
    token = root
    for _ in range(4):  # "rose to $9", "up from $4.1 billion", "be 14 kilometres long"
        if token.dep_ not in _LINKS and token.dep_ not in _COMPLEMENT_DEPS:
            return None
        came_through = token
        token = token.head
        if token.pos_ in _NOUNS:
            return token  # "the damage at $25 million" (the parser hangs "at" on the noun)
        if token.pos_ in ("VERB", "AUX"):
            direct_object = next((c for c in token.children if c.dep_ == "dobj"), None)
            if (
                came_through.lower_ in _CHANGE_PREPOSITIONS
                and direct_object is not None
                and not _is_amount(direct_object)
            ):
                return direct_object  # "increase its exports to $30 billion": the exports, not the country
            if token.lemma_ in _TRANSACTION_VERBS | _POSSESSION_VERBS:
                return None  # the payer or the owner is not what the money is for
            if came_through.lower_ == "at" and direct_object is not None:
                return direct_object  # "valued the company at $3 billion"
            return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _is_amount(noun: Token) -> bool:
    """ "slumped 18 per cent to 412p": the object of the change is an amount of its own."""
    return any(child.like_num for child in noun.children)


def _object_of(preposition: Token) -> Token | None:
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)
