"""What a bare count counts, read from the dependency parse.

"113 drones" counts drones directly; "57 of which" counts what "which" stands for; "another 56"
and "six in Kharkiv" leave the noun out (ellipsis) and count what the count before them counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

_NOUNS = ("NOUN", "PROPN")
_RELATIVE = ("which", "whom", "who", "that")
_ANAPHORIC = ("them", "those", "these", "us", "you", "which", "whom", "who")
# "the number of trawlers fell to 212", "passenger figures rose to 3.4 million": the number
# counts trawlers, passengers.
_TALLY_NOUNS = ("number", "total", "count", "tally", "figure", "level")
# Plural nouns naming amounts, not things counted: "prices fell by 3 to 97".
_AMOUNT_NOUNS = ("price", "cost", "rate", "value", "amount", "score", "fee", "wage", "yield")
# Arguments a noun-less number can fill when its noun is understood from context.
_ELLIPTIC_DEPS = ("nsubj", "nsubjpass", "dobj", "conj", "appos", "attr", "pobj", "ROOT", "npadvmod")
_SCALE_TOKENS = ("m", "bn", "k", "mn", "tn")
_NOMINAL_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos")


@dataclass(frozen=True)
class Counted:
    """The lemma counted (or None) and where the words naming it end in the text."""

    lemma: str | None
    end: int


def number_root(doc: Doc, start: int, end: int) -> Token | None:
    """The token that carries a number written at [start, end): the one whose head is outside."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def counted_noun(root: Token, sentence: Span, span_end: int, earlier: list[tuple[Span, str]]) -> Counted:
    """What the count whose root token (in sentence) is given counts.

    earlier: (sentence, lemma) for counts already read before this one, latest last, so that
    elided nouns can be carried over.
    """
    multiplier = _multiplier_after(root, span_end)
    if multiplier is not None:
        return Counted(None, multiplier.idx + len(multiplier))  # "three times the rate" counts nothing
    plural = _plural_after_scale(root, span_end)
    if plural is not None:
        return Counted(_lemma(plural), plural.idx + len(plural))
    head = root.head
    if root.dep_ in ("compound", "quantmod") and head.pos_ == "NUM":
        # "five 787 Dreamliner jets", "grew by 45 to 310 cows", "cut by 12 to 40": what the next
        # number counts, whose words the figure's span leaves to that number.
        counted_by_next = head.head if head.head.pos_ in _NOUNS else _object_changed_by(head)
        if counted_by_next is not None:
            return Counted(_lemma(counted_by_next), span_end)
    hyphenated = head.i == root.i + 2 and root.nbor().text == "-"
    while not hyphenated and head.dep_ == "compound" and head.head.i > head.i and _is_noun(head.head):
        head = head.head  # "38 checkout lanes" counts lanes; "a 20,000-seat arena" counts seats
    if root.dep_ in ("nummod", "quantmod", "compound") and _is_noun(head) and head.i > root.i:
        if _nearer_number(root, head, span_end):
            # "up from 980 three decades ago": the noun is the nearer number's; this one is elided.
            return Counted(_carried_over(sentence, earlier, same_sentence_only=True), span_end)
        # a figure of its own between them keeps its words: "66.4 million 60-kilogram bags"
        measure_between = any(
            token.like_num and token.idx >= span_end for token in root.doc[root.i + 1 : head.i]
        )
        if head.i - root.i <= 4 and not measure_between:
            return Counted(_lemma(head), max(span_end, head.idx + len(head)))
        return Counted(_lemma(head), span_end)
    absolute = _counted_in_absolute(root)  # before "the 12 wounded": "with 12 sold" names no people
    if absolute is not None:
        return Counted(_lemma(absolute), span_end)
    nominal = _nominal_after(root)
    if nominal is not None:
        return Counted(nominal.lower_, max(span_end, nominal.idx + len(nominal)))
    strong = _strong_group(root)
    if strong is not None:
        return Counted(_lemma(strong), max(span_end, strong.idx + len(strong)))
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == root.i + 1:
            partitive = _partitive(prep, sentence, span_end, earlier)
            if partitive is not None:
                return partitive
    changed = _object_changed_by(root)
    if changed is not None:
        return Counted(_lemma(changed), span_end)
    if root.dep_ in _ELLIPTIC_DEPS:
        return Counted(_carried_over(sentence, earlier, same_sentence_only=True), span_end)
    return Counted(None, span_end)


def _nearer_number(root: Token, noun: Token, span_end: int) -> bool:
    """Another number, outside this count's own words, stands between the count and the noun
    (one right after a proper noun is part of a name: "four Ariane 6 rockets"; one hyphened to a
    unit describes the noun: "66.4 million 60-kilogram bags")."""
    doc = root.doc
    return any(
        token.like_num
        and token.idx >= span_end
        and doc[token.i - 1].pos_ != "PROPN"
        and not (token.i + 1 < noun.i and doc[token.i + 1].text == "-")
        for token in doc[root.i + 1 : noun.i]
    )


def _object_changed_by(root: Token) -> Token | None:
    """ "cut its branches by 30 to 126": a bare number after "by"/"to"/"from" on a verb counts the
    verb's plural object or, with none, its plural subject ("burglaries fell by 9% to 197,000",
    "the number of trawlers fell by 40 to 212", "cases rose from 120 to 340"); "grew from 9 to
    14 animals" counts what the new level counts."""
    prep, verb = root.head, root.head.head
    if root.dep_ != "pobj" or prep.lower_ not in ("by", "to", "from"):
        return None
    level = _noun_of_new_level(prep) if prep.lower_ == "from" else None
    return level or (_counted_by_change(verb) if verb.pos_ == "VERB" else None)


def _counted_in_absolute(root: Token) -> Token | None:
    """ "was Europe's best-selling car, with 228,000 sold": a number as the subject of a participle
    after "with" counts the noun the clause before it says its subject is. Only that complement:
    in "two bombs hit the market, with 12 wounded" the subject and object are not what is counted."""
    if root.dep_ == "pobj" and root.head.lower_ == "with":
        # the parser may hang the participle on the number instead: "with 1.1 million sold"
        participles = [child for child in root.children if child.dep_ == "acl" and child.tag_ == "VBN"]
        with_ = root.head if participles else None
    elif root.dep_ in ("nsubj", "nsubjpass") and root.head.tag_ == "VBN" and root.head.i > root.i:
        with_ = root.head.head if root.head.head.lower_ == "with" else None
    else:
        with_ = None
    if with_ is None or with_.head.pos_ not in ("VERB", "AUX"):
        return None
    clause = with_.head
    complements = [child for child in clause.children if child.dep_ == "attr" and child.pos_ == "NOUN"]
    return complements[0] if complements else None


def _counted_by_change(verb: Token) -> Token | None:
    """What a verb of change counts: its plural object, or with none its plural subject."""
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    if objects:
        return objects[0] if objects[0].tag_ == "NNS" else None
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    return _counted_subject(subjects[0]) if subjects else None


def _counted_subject(subject: Token) -> Token | None:
    """ "burglaries", "the number of trawlers", "staff numbers": the things a changing total
    counts; "prices" or "rates" are amounts, which a bare number does not count."""
    lemma = subject.lemma_.lower()
    if lemma in _TALLY_NOUNS:
        counted = plural_of_object(subject)
        if counted is not None:
            return counted
        # "air passenger numbers": the compound nearest the tally noun names what it counts
        compounds = [child for child in subject.children if child.dep_ == "compound" and child.pos_ == "NOUN"]
        return compounds[-1] if compounds else None
    if subject.tag_ == "NNS" and lemma not in _AMOUNT_NOUNS:
        return subject
    return None


def plural_of_object(token: Token) -> Token | None:
    """The first plural object of an "of" attached to ``token``: "voters" in "40% of voters",
    "trawlers" in "the number of trawlers"."""
    return next(
        (
            child
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for child in prep.children
            if child.dep_ == "pobj" and child.tag_ == "NNS"
        ),
        None,
    )


def _noun_of_new_level(source: Token) -> Token | None:
    """ "from 9 to 14 animals": the noun the number after "to" counts, also where the parser hangs
    that noun on "from" itself ("expanded from 53,000 to 61,000 seats")."""
    for level in source.children:
        if level.dep_ == "pobj" and level.tag_ == "NNS" and any(child.like_num for child in level.children):
            return level
    for prep in source.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for level in prep.children:
                counted = any(child.dep_ == "nummod" for child in level.children)  # "65 sheep"
                if level.dep_ == "pobj" and (level.tag_ == "NNS" or (level.pos_ == "NOUN" and counted)):
                    return level
    return None


def _is_noun(token: Token) -> bool:
    """A noun, or a plural noun the tagger took for a verb in a noun's place ("weekend passes")."""
    return token.pos_ in _NOUNS or (token.tag_ == "VBZ" and token.dep_ in _NOMINAL_DEPS)


def _strong_group(number: Token) -> Token | None:
    """ "a 2,000-strong crew", "the 40-strong squad": the group whose size the number gives."""
    doc = number.doc
    if number.i + 2 >= len(doc) or doc[number.i + 1].text != "-" or doc[number.i + 2].lower_ != "strong":
        return None
    group = doc[number.i + 2].head
    return group if group.pos_ in _NOUNS and group.i > number.i + 2 else None


def _nominal_after(number: Token) -> Token | None:
    """ "the 22 accused", "the 12 wounded": a participle right after the number standing for the
    people it describes, with no noun after it."""
    following = number.nbor() if number.i + 1 < len(number.doc) else None
    if following is None or following.tag_ not in ("VBN", "JJ") or following.head.i != number.i:
        return None
    if following.dep_ not in ("acl", "amod") or any(child.i > following.i for child in following.children):
        return None
    return following


def _plural_after_scale(root: Token, span_end: int) -> Token | None:
    """ "2.4m people voted": the parser may take a glued scale ("m", "bn", "k") for the noun and
    leave the plural after it unattached; the plural right after the number is what it counts."""
    doc = root.doc
    if root.lower_ not in _SCALE_TOKENS or root.i + 1 >= len(doc):
        return None
    after = doc[root.i + 1]
    return after if after.tag_ == "NNS" and after.idx - span_end <= 1 else None


def _multiplier_after(root: Token, span_end: int) -> Token | None:
    """ "times" written right after the number ending at span_end."""
    following = (token for token in root.doc[root.i + 1 : root.i + 8] if token.idx >= span_end)
    after = next(following, None)
    if after is not None and after.lower_ == "times" and after.idx - span_end <= 1:
        return after
    return None


def _partitive(prep: Token, sentence: Span, span_end: int, earlier: list[tuple[Span, str]]) -> Counted | None:
    """ "57 of which", "two of them", "three of the victims", "14 of the 22 accused"; None when
    "of" names no group ("the 10.2 million of 2018")."""
    objects = [child for child in prep.children if child.dep_ == "pobj"]
    if not objects:
        return Counted(None, span_end)
    obj = objects[0]
    if obj.pos_ in _NOUNS:
        return Counted(_lemma(obj), span_end)  # the noun may carry its own figure: "40 of the 200 members"
    if obj.like_num:
        # The number after "of" is a figure of its own: leave its words to it.
        nominal = _nominal_after(obj)
        if nominal is not None:
            return Counted(nominal.lower_, span_end)
        return None if obj.dep_ == "pobj" and obj.i == prep.i + 1 else Counted(None, span_end)
    end = max(span_end, obj.idx + len(obj))
    if obj.lower_ in _RELATIVE:
        antecedent = _relative_antecedent(prep.head)
        if antecedent is not None:
            return Counted(_lemma(antecedent), end)
    if obj.lower_ in _ANAPHORIC:
        return Counted(_carried_over(sentence, earlier, same_sentence_only=False), end)
    return Counted(None, end)


def _relative_antecedent(root: Token) -> Token | None:
    """The noun a relative clause hangs on, when the parser attached it as such."""
    for ancestor in root.ancestors:
        if ancestor.dep_ == "relcl" and ancestor.head.pos_ in _NOUNS:
            return ancestor.head
    return None


def _carried_over(sentence: Span, earlier: list[tuple[Span, str]], *, same_sentence_only: bool) -> str | None:
    """The noun counted by the latest earlier count in this sentence (or the one before)."""
    for earlier_sentence, lemma in reversed(earlier):
        if earlier_sentence.start == sentence.start:
            return lemma
        if not same_sentence_only and earlier_sentence.end == sentence.start:
            return lemma
        if earlier_sentence.end <= sentence.start:
            return None
    return None


def _lemma(token: Token) -> str:
    if token.pos_ == "PROPN":
        return token.text
    return token.lemma_.lower()
