"""Quotation-mark spans in plain text, found by scanning characters (no parse needed).

Handles straight and curly double quotes, the British single-quote style (told apart from
apostrophes by what stands on either side of the mark), and the newspaper convention for
quotes running over several paragraphs: a paragraph that ends inside an open quote and a next
paragraph (past any blank lines) that starts with an opening mark continue the same quote. Only outermost quotes are
returned; marks nested inside an open quote of the other kind are part of its text.
An interview printed as questions and answers ("Q: …" / "A: …" paragraphs) quotes the
interviewee in every answer: each answer paragraph is a quotation without marks. So does a
transcript whose paragraphs open with speakers' labels ("WHITLOCK: …" / "OKAFOR: …"): every turn
but the interviewer's is a quotation of the speaker its label names.
Whether a quoted span is speech or a scare quote/title is decided later, with the parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_OPEN = "“"
_DOUBLE_CLOSE = "”"
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
# Characters after which a straight single quote can open a quotation (rather than end a word).
_OPENING_CONTEXT = ' \t\n([{—–-/“"'
# Every character that may open or close a quotation (see _mark_kind).
_MARK = re.compile(f"[\"'{_DOUBLE_OPEN}{_DOUBLE_CLOSE}{_SINGLE_OPEN}{_SINGLE_CLOSE}]")
# "Q:" / "A:" (or "Q." / "A.") opening a paragraph of an interview transcript.
_QUESTION = re.compile(r"Q[:.]\s")
_ANSWER = re.compile(r"A[:.]\s+")
# A speaker's label in capitals opening a transcript paragraph: "OKAFOR: ", "HOST: ".
_LABEL = re.compile(r"([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?):\s+")
# Labels naming the interviewer's role rather than a person.
_INTERVIEWER_LABELS = frozenset({"HOST", "PRESENTER", "INTERVIEWER", "ANCHOR", "QUESTION"})
# A transcript shows at least this many turns of each of at least two labels (a lone
# "UPDATE:" or "READ MORE:" paragraph is furniture, not a turn).
_MIN_TURNS = 2


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``content_*`` is what lies between them."""

    start: int
    end: int
    content_start: int
    content_end: int
    answer: bool = False  # an interview answer: the interviewee speaks, no marks around it
    label: str | None = None  # a transcript turn's speaker label ("OKAFOR"), when it names one


def find_quotes(text: str) -> list[Quote]:
    """All outermost quotations in ``text``, in order; paragraphs are separated by "\\n"."""
    paragraphs = _paragraphs(text)
    answers = _answers(text, paragraphs) or _turns(text, paragraphs)
    if not answers:
        return _marked_quotes(text, paragraphs)
    inside = [
        q for q in _marked_quotes(text, paragraphs) if not any(a.start <= q.start < a.end for a in answers)
    ]
    return sorted([*answers, *inside], key=lambda q: q.start)


def _answers(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Answer paragraphs of a Q&A, when at least two questions show the text is one."""
    questions = sum(1 for start, end in paragraphs if _QUESTION.match(text, start, end))
    if questions < 2:
        return []
    answers = []
    for start, end in paragraphs:
        marker = _ANSWER.match(text, start, end)
        if marker is not None:
            last = _last_visible(text, end)
            answers.append(Quote(start, last, marker.end(), last, answer=True))
    return answers


def _turns(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """The interviewee's turns of a transcript with speaker labels. The interviewer is the label
    naming the role ("HOST"), else the speaker whose turns most often ask a question; their turns
    are not quotations (as the questions of a Q&A)."""
    turns: dict[str, list[tuple[int, int, int]]] = {}
    for start, end in paragraphs:
        label = _LABEL.match(text, start, end)
        if label is not None:
            turns.setdefault(label.group(1), []).append((start, label.end(), _last_visible(text, end)))
    turns = {label: found for label, found in turns.items() if len(found) >= _MIN_TURNS}
    if len(turns) < 2:
        return []
    # Every speaker's label is a name the text gives ("OKAFOR" for "Daniel Okafor") or a role
    # ("HOST"): a live blog's "UPDATE:" and "BREAKING:" paragraphs are no interview.
    if not all(label in _INTERVIEWER_LABELS or _named_in(text, label) for label in turns):
        return []

    def asking(label: str) -> tuple[bool, float]:
        found = turns[label]
        share = sum("?" in text[opened:last] for _, opened, last in found) / len(found)
        return label in _INTERVIEWER_LABELS, share

    interviewer = max(turns, key=asking)
    return [
        Quote(start, last, opened, last, answer=True, label=label)
        for label, found in turns.items()
        if label != interviewer
        for start, opened, last in found
    ]


def _named_in(text: str, label: str) -> bool:
    """``label`` appears as a capitalised name in the text ("Okafor" for "OKAFOR")."""
    return re.search(rf"\b{re.escape(label.title())}\b", text) is not None


def _marked_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    quotes: list[Quote] = []
    rejected: set[int] = set()  # single marks that turned out to be apostrophes
    open_at: int | None = None  # index of the opening mark of the quote being read
    open_kind = ""  # "double" or "single"
    open_paragraph = 0
    p, i = 0, 0
    while p < len(paragraphs):
        end = paragraphs[p][1]
        while (mark := _MARK.search(text, i, end)) is not None:
            i = mark.start()  # other characters neither open nor close a quote
            if open_at is None:
                kind = "" if i in rejected else _mark_kind(text, i, opening=True)
                if kind:
                    open_at, open_kind, open_paragraph = i, kind, p
            elif _mark_kind(text, i, opening=False) == open_kind:
                quotes.append(Quote(open_at, i + 1, open_at + 1, i))
                open_at = None
            elif open_kind == "single" and _mark_kind(text, i, opening=True) == "single":
                # Single quotes do not nest: the earlier mark was an apostrophe ("the '90s").
                open_at, open_paragraph = i, p
            i += 1
        if open_at is not None:
            # Blank lines between paragraphs do not count: the next paragraph with text.
            following = p + 1
            while following < len(paragraphs) and _first_visible(text, *paragraphs[following]) is None:
                following += 1
            first = _first_visible(text, *paragraphs[following]) if following < len(paragraphs) else None
            if first is not None and _mark_kind(text, first, opening=True) == open_kind:
                # The quote runs on into the next paragraph, which reopens it.
                p, i = following, first + 1
                continue
            if open_kind == "single":
                # Never closed: it was an apostrophe ("'90s"); read its paragraph again without it.
                rejected.add(open_at)
                p, i, open_at = open_paragraph, open_at + 1, None
                continue
            # An unclosed double quote ends with its paragraph.
            last = _last_visible(text, end)
            quotes.append(Quote(open_at, last, open_at + 1, last))
            open_at = None
        p += 1
        if p < len(paragraphs):
            i = paragraphs[p][0]
    return quotes


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _mark_kind(text: str, i: int, *, opening: bool) -> str:
    """ "double"/"single" when the character at ``i`` can open (or close) a quote there, else ""."""
    char = text[i]
    if char == '"':
        return "double"
    if opening:
        if char == _DOUBLE_OPEN:
            return "double"
        if char == _SINGLE_OPEN or (char == "'" and _can_open_single(text, i)):
            return "single"
        return ""
    if char == _DOUBLE_CLOSE:
        return "double"
    if char in (_SINGLE_CLOSE, "'") and _can_close_single(text, i):
        return "single"
    return ""


def _can_open_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _OPENING_CONTEXT and not after.isspace()


def _can_close_single(text: str, i: int) -> bool:
    """A closing single mark follows a word and is not followed by a letter (that is an apostrophe)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _first_visible(text: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not text[i].isspace():
            return i
    return None


def _last_visible(text: str, end: int) -> int:
    """End offset of the text before ``end`` without trailing whitespace."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
