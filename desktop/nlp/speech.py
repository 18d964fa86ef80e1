"""Speech cues on the dependency parse: reporting verbs, their passives, and "according to X".

A cue knows three things about one act of reporting: the cue words ("said", "according to"),
the token heading the source's mention (``None`` for an agentless passive), and which tokens of
its sentence are attribution (cue, source, "in a statement", "on Monday", commas) as opposed to
the content reported. Pairing with quotation marks and building claims happens in ``claims``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from desktop.nlp.model import ClaimKind

# Verbs that report speech or a stated position when they govern a clause (or a quote).
REPORTING_VERBS = frozenset(
    {
        "say", "tell", "add", "claim", "report", "announce", "state", "warn", "note", "insist",
        "deny", "accuse", "confirm", "estimate", "concede", "admit", "acknowledge", "argue",
        "assert", "explain", "reply", "respond", "write", "tweet", "post", "declare", "predict",
        "suggest", "stress", "emphasize", "emphasise", "indicate", "reveal", "disclose",
        "maintain", "contend", "allege", "testify", "recall", "comment", "remark", "agree",
        "complain", "promise", "vow", "pledge", "caution", "observe", "conclude", "mention",
        "continue", "answer", "retort", "counter", "elaborate", "affirm", "reiterate", "assure",
        "boast", "joke", "shout", "scream", "whisper", "murmur", "exclaim", "lament", "muse",
        "quip", "snap", "urge", "demand", "ask", "charge", "point", "clarify",
    }
)  # fmt: skip
# Verbs only counted when they introduce a quote or a that-clause, never on a bare clause link:
# "continue"/"answer" are far more often ordinary verbs.
_QUOTE_ONLY_VERBS = frozenset({"continue", "answer", "point", "ask", "demand", "urge", "charge"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Cue:
    """One act of reporting found in the parse."""

    kind: ClaimKind  # "reported" or "according_to"
    cue_start: int  # token range of the cue words, end exclusive
    cue_end: int
    source: Token | None  # head of the source's mention
    sentence_start: int  # token range of the sentence the cue is in
    sentence_end: int
    attribution: frozenset[int]  # token indexes that are attribution, not content
    content: tuple[int, int] | None  # token range of the reported content, if the parse shows one
    span: tuple[int, int]  # token range of the whole attributed statement
    parent: Token | None = None  # for "adding that …": the reporting verb this one elaborates


def find_cues(doc: Doc, in_quote: Callable[[Token], bool]) -> list[Cue]:
    """Every reporting cue of ``doc`` outside quotation marks, in document order."""
    cues: list[Cue] = []
    for token in doc:
        if in_quote(token):
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            cue = _according_to(doc, token)
        elif token.lemma_ in REPORTING_VERBS and token.pos_ == "VERB":
            cue = _reporting_verb(doc, token)
        else:
            continue
        if cue is not None:
            cues.append(cue)
    return cues


def _according_to(doc: Doc, according: Token) -> Cue | None:
    to = doc[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source = objects[0]
    sentence = according.sent
    attribution = set(range(according.i, source.right_edge.i + 1))
    _absorb_commas(doc, attribution, sentence.start, sentence.end)
    return Cue(
        kind="according_to",
        cue_start=according.i,
        cue_end=to.i + 1,
        source=source,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        attribution=frozenset(attribution),
        content=_largest_run(doc, sentence.start, sentence.end, attribution),
        span=(sentence.start, sentence.end),
    )


def _reporting_verb(doc: Doc, verb: Token) -> Cue | None:
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not say", "denied nothing": no claim is made
    subject, parent = _subject(verb)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive:
        # "it was announced that …" reports without a source; "X was reported injured" is a hedge.
        agents = [c for c in verb.children if c.dep_ == "agent"]
        objects = [g for a in agents for g in a.children if g.dep_ == "pobj"]
        has_clause = any(c.dep_ == "ccomp" for c in verb.children)
        if not has_clause:
            return None
        subject = objects[0] if objects else None
    elif subject is None:
        return None
    if subject is not None and subject.lower_ == "it" and not passive:
        return None  # "it says on the label": an expletive or a thing, not a speaker
    sentence = verb.sent
    attribution, content, whole_sentence = _split(doc, verb, sentence.start, sentence.end)
    if content is None and (verb.lemma_ in _QUOTE_ONLY_VERBS or parent is not None):
        return None
    return Cue(
        kind="reported",
        cue_start=verb.i,
        cue_end=verb.i + 1 + (1 if verb.lemma_ == "point" else 0),
        source=subject,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        attribution=frozenset(attribution),
        content=content,
        span=(sentence.start, sentence.end) if whole_sentence else _union(verb, content),
        parent=parent,
    )


def _subject(verb: Token) -> tuple[Token | None, Token | None]:
    """The verb's subject and, for a subjectless participle or conjunct, the verb it hangs on.

    "Zelensky said, adding that …": "adding" takes "Zelensky" from "said", which is its parent.
    "He said X and warned Y": "warned" takes "He" too, but is a claim of its own (no parent).
    """
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return verb.head, None  # "Smith, who said …": the relative pronoun stands for Smith
            return child, None
    head = verb.head
    if head is not verb and verb.dep_ in ("advcl", "conj", "xcomp"):
        # "criticised the bill, saying …": the participle shares its head's subject.
        inherited, _ = _subject(head)
        if inherited is None:
            return None, None
        elaborates = head.lemma_ in REPORTING_VERBS and verb.dep_ != "conj"
        return inherited, (head if elaborates else None)
    return None, None


def _split(doc: Doc, verb: Token, start: int, end: int) -> tuple[set[int], tuple[int, int] | None, bool]:
    """Attribution tokens, content range, and whether the statement is the whole sentence.

    The attribution is the verb's phrase without its content clauses: subject, "in a post on
    social media", "told reporters", "smiling", commas. Content is the clause the verb governs,
    or, when the verb only hangs on the sentence ("X happened, officials said"), the rest of it.
    """
    subtree = set(range(verb.left_edge.i, verb.right_edge.i + 1))
    clauses = [
        c
        for c in verb.children
        if c.dep_ in ("ccomp", "parataxis")
        or (c.dep_ == "advcl" and c.i < verb.i and not any(g.dep_ == "mark" for g in c.children))
    ]
    content_tokens: set[int] = set()
    for clause in clauses:
        content_tokens.update(range(clause.left_edge.i, clause.right_edge.i + 1))
    # "…, Zelensky said, adding that X": X is what "adding" reports, not part of this attribution.
    elaborated: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp", "conj") and child.lemma_ in REPORTING_VERBS:
            for clause in child.children:
                if clause.dep_ == "ccomp":
                    elaborated.update(range(clause.left_edge.i, clause.right_edge.i + 1))
    attribution = subtree - content_tokens - elaborated
    _absorb_commas(doc, attribution, start, end)
    if clauses:
        # The complementizer of "said that X" introduces the content; it is not part of it.
        content_tokens -= {
            c.i for clause in clauses for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"
        }
        content = _largest_run(doc, start, end, set(range(start, end)) - content_tokens)
        return attribution, content, verb.dep_ == "ROOT"
    linked = verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.dep_ == "ROOT"
    if linked and not any(c.dep_ == "mark" for c in verb.children) and verb.lemma_ not in _QUOTE_ONLY_VERBS:
        # "X happened, officials said": the rest of the sentence is the content.
        return attribution, _largest_run(doc, start, end, attribution), True
    # "as he said", "he said." after a quote: no content of its own in this sentence.
    return attribution, None, verb.dep_ == "ROOT"


def _union(verb: Token, content: tuple[int, int] | None) -> tuple[int, int]:
    start, end = verb.left_edge.i, verb.right_edge.i + 1
    if content is None:
        return start, end
    return min(start, content[0]), max(end, content[1])


def _absorb_commas(doc: Doc, tokens: set[int], start: int, end: int) -> None:
    """Punctuation and spaces touching the attribution belong to it (", officials said.")."""
    for i in sorted(tokens):
        j = i - 1
        while j >= start and j not in tokens and _is_filler(doc[j]):
            tokens.add(j)
            j -= 1
        j = i + 1
        while j < end and j not in tokens and _is_filler(doc[j]):
            tokens.add(j)
            j += 1


def _is_filler(token: Token) -> bool:
    return token.is_punct or token.is_space


def _largest_run(doc: Doc, start: int, end: int, excluded: set[int]) -> tuple[int, int] | None:
    """The longest stretch of sentence tokens outside ``excluded``, trimmed of punctuation."""
    best: tuple[int, int] | None = None
    i = start
    while i < end:
        if i in excluded:
            i += 1
            continue
        j = i
        while j < end and j not in excluded:
            j += 1
        run = _trim(doc, i, j)
        if run is not None and (best is None or run[1] - run[0] > best[1] - best[0]):
            best = run
        i = j
    return best


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and _is_filler(doc[start]):
        start += 1
    while end > start and _is_filler(doc[end - 1]):
        end -= 1
    return (start, end) if start < end else None
