"""Claims: who says what in an article — quotes, reported speech, "according to", hedged hearsay.

The steps, each in its own module:
1. ``quotes``: quotation-mark spans from the characters;
2. ``speech``: reporting cues from the dependency parse (outside quotation marks);
3. here: each quote is paired with the cue whose attribution stands right before or after it
   ("“…,” he said."); a quote standing alone inherits the speaker of the adjacent claim; a quote
   inside a longer sentence (a scare quote, a title) stays part of that sentence's claim;
4. ``speakers``: source mentions resolved to the fullest name, in document order;
5. ``hedges``: hedges attached to the claims they fall in; hearsay with no source becomes an
   ``unattributed`` claim.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from desktop.nlp.claims.documents import document_phrase
from desktop.nlp.claims.hedges import Hedge, find_hedges
from desktop.nlp.claims.quotes import Quote, find_quotes
from desktop.nlp.claims.speakers import SpeakerResolver
from desktop.nlp.claims.speech import Cue, find_cues, is_filler
from desktop.nlp.model import Claim, ClaimKind, Source, Span
from desktop.nlp.parsed_doc import ParsedDoc, parsed

# Finite verb tags: a quotation holding one is a statement, not a scare quote or a title.
_FINITE_TAGS = frozenset({"MD", "VBD", "VBZ", "VBP"})
# A quotation this long is speech even without a finite verb ("An outrage, a disgrace …").
_SPEECH_MIN_WORDS = 8
# Sentence-final punctuation: a quotation ending with it is an utterance, not a name.
_ENDS = frozenset(".?!")
# Claims may nest (a quote inside a reported sentence); a hedge looks back this many for its owner.
_OWNER_LOOKBACK = 4
_BREAK = re.compile(r"\n\s*")
_LINE_BREAK = re.compile("\n")
# What may stand before a heading on its line: "6. ", or nothing.
_LIST_NUMBER = re.compile(r"\s*(\d+[.)]\s*)?")
# In an answer these speak as the interviewee (or address the interviewer): "I told them that …".
_SPEAKER_AND_INTERVIEWER = frozenset({"i", "we", "you", "me", "us"})


@dataclass
class _Draft:
    """A claim before its source is resolved: token and character positions still loose."""

    start: int  # characters
    end: int
    kind: ClaimKind
    content: tuple[int, int]  # characters
    source: Token | None
    cue: tuple[int, int] | None  # characters
    paragraph: int
    via: tuple[int, int] | None = None  # characters of the document the source speaks through
    resolved: Source | None = None


def extract_claims(doc: Doc | ParsedDoc) -> list[Claim]:
    """All claims of ``doc``, sorted by start; offsets index ``doc.text``."""
    return _Extraction(parsed(doc)).run()


class _Extraction:
    """The state of one extraction: token lookups built once, so every step is linear."""

    def __init__(self, article: ParsedDoc) -> None:
        self.article = article
        self.tokens = tokens = article.tokens
        self.text = article.text
        self.token_starts = [t.idx for t in tokens]
        self.quotes = find_quotes(self.text)
        self.quote_tokens = [(self._token_at(q.start), self._token_at(q.end - 1)) for q in self.quotes]
        self.quote_of = [-1] * len(tokens)
        for index, (first, last) in enumerate(self.quote_tokens):
            for i in range(first, last + 1):
                self.quote_of[i] = index
        # Sentences cut at paragraph breaks: a heading must not run into the next paragraph.
        self.sentence_of = [0] * len(tokens)
        self.sentences: list[tuple[int, int]] = []
        # A line break is never a token's trailing whitespace (spaCy keeps only a space there):
        # the token holding it is the last one starting at or before it.
        line_breaks = {self._token_at(m.start()) for m in _LINE_BREAK.finditer(self.text)}
        for sentence in article.sentences:
            start, end = sentence.start, sentence.end
            for i in range(start, end):
                if i in line_breaks or i == end - 1:
                    self.sentence_of[start : i + 1] = [len(self.sentences)] * (i + 1 - start)
                    self.sentences.append((start, i + 1))
                    start = i + 1
        # Paragraph breaks: a run of newlines and blank lines is one break.
        self.breaks = [m.start() for m in _BREAK.finditer(self.text)]
        # Reporting inside an interview answer is found too: "One father told me it was …" is the
        # father's claim, passed on by the interviewee.
        cues = find_cues(
            article, self._in_marked_quote, lambda token: self.sentences[self.sentence_of[token.i]]
        )
        self.cues = [cue for cue in cues if self.quote_of[cue.cue_start] < 0 or _reports_another(cue)]
        self.cue_at = {cue.cue_start: cue for cue in self.cues}

    def run(self) -> list[Claim]:
        drafts: list[_Draft] = []
        standalone: list[int] = []
        used: set[int] = set()  # cue tokens that introduce a quote
        paired: set[int] = set()  # quotes with their cue
        interviewee = self._interviewee()
        for index in range(len(self.quotes)):
            if self.quotes[index].answer:
                drafts.extend(self._answer_drafts(index, interviewee))
                paired.add(index)
                continue
            outcome = self._pair(index)
            if isinstance(outcome, Cue):
                drafts.append(self._quote_draft(index, outcome))
                used.add(outcome.cue_start)
                paired.add(index)
            elif outcome == "standalone" and self._looks_like_speech(index):
                standalone.append(index)
        drafts.extend(self._cue_drafts(used, paired, standalone))
        drafts.sort(key=lambda d: d.start)
        resolver = SpeakerResolver(self.article, self.sentence_of, self._in_quote)
        for draft in drafts:
            if draft.source is not None:
                draft.resolved = resolver.resolve(draft.source)
            if draft.resolved is not None and draft.via is not None:
                draft.resolved = replace(draft.resolved, via=self._span(*draft.via))
        drafts = self._inherit(drafts, standalone)
        return self._finish(drafts)

    # --- quotes -------------------------------------------------------------------------------

    def _pair(self, index: int) -> Cue | str:
        """The cue introducing quote ``index``, or "standalone" / "embedded"."""
        first, last = self.quote_tokens[index]
        previous_end = self.quote_tokens[index - 1][1] + 1 if index else 0
        next_start = (
            self.quote_tokens[index + 1][0] if index + 1 < len(self.quote_tokens) else len(self.tokens)
        )
        # Sentences are already cut at paragraph breaks, so neither region leaves the paragraph.
        before_start = max(self.sentences[self.sentence_of[first]][0], previous_end)
        after_end = min(self.sentences[self.sentence_of[last]][1], next_start)
        before = range(before_start, first)
        after = range(last + 1, after_end)
        before_cue, after_cue = self._attributing_cue(before), self._attributing_cue(after)
        before_empty, after_empty = self._is_empty(before), self._is_empty(after)
        if after_empty and after_cue is None:
            after_cue = self._cue_cut_off(last, next_start)
            after_empty = after_cue is None
        if after_cue is not None and (before_empty or before_cue is not None):
            return after_cue
        if before_cue is not None and (after_empty or after_cue is not None):
            return before_cue
        if before_empty and after_empty:
            return "standalone"
        return "embedded"

    def _cue_cut_off(self, last: int, next_start: int) -> Cue | None:
        """ "'… show us!' Moura said at a news conference.": the splitter ends the sentence at a
        quotation's "?" or "!", cutting off the attribution that follows in the same paragraph."""
        closing = self.tokens[last]
        if closing.i + 1 >= len(self.tokens) or self.tokens[max(closing.i - 1, 0)].text[-1:] not in "?!":
            return None
        start, end = self.sentences[self.sentence_of[closing.i + 1]]
        if start != closing.i + 1 or self._paragraph(self.tokens[start].idx) != self._paragraph(closing.idx):
            return None
        return self._attributing_cue(range(start, min(end, next_start)))

    def _attributing_cue(self, region: range) -> Cue | None:
        """A cue whose attribution makes up the whole region ("he said in a post on X")."""
        for i in region:
            cue = self.cue_at.get(i)
            if cue is not None and all(j in cue.attribution or is_filler(self.tokens[j]) for j in region):
                return cue
        return None

    def _is_empty(self, region: range) -> bool:
        return all(is_filler(self.tokens[i]) for i in region)

    def _looks_like_speech(self, index: int) -> bool:
        """A standalone quote is speech when it holds a statement, not when it is a name or title."""
        first, last = self.quote_tokens[index]
        quote = self.quotes[index]
        if self._is_heading(quote):
            return False
        words = [t for t in self.tokens[first : last + 1] if t.is_alpha]
        if any(t.tag_ in _FINITE_TAGS for t in words):
            return True
        if len(words) > 1 and self.text[quote.start + 1 : quote.content_end].rstrip()[-1:] in _ENDS:
            return True  # a verbless sentence of its own: "Worth every mile." / "Not all of them."
        capitalised = sum(1 for t in words if t.text[0].isupper())
        return len(words) >= _SPEECH_MIN_WORDS and capitalised < len(words) / 2

    def _is_heading(self, quote: Quote) -> bool:
        """'Here are the highlights:\n"My fears have been realized"\nMorrison told …': a
        quotation alone on its line (a list number before it at most) ending with no punctuation,
        inside the marks or after them, is a section heading picking a phrase out of the text."""
        line_start = self.text.rfind("\n", 0, quote.start) + 1
        line_end = self.text.find("\n", quote.end)
        line_end = len(self.text) if line_end < 0 else line_end
        before = self.text[line_start : quote.start]
        unpunctuated = self.text[quote.start + 1 : quote.content_end].rstrip()[-1:] not in _ENDS | {",", "…"}
        return (
            not self.text[quote.end : line_end].strip()
            and _LIST_NUMBER.fullmatch(before) is not None
            and unpunctuated
        )

    def _quote_draft(self, index: int, cue: Cue) -> _Draft:
        quote = self.quotes[index]
        first, last = self.quote_tokens[index]
        cue_start, cue_end = self._chars(cue.cue_start, cue.cue_end)
        start, end = quote.start, quote.end
        attribution = [
            i
            for i in cue.attribution
            if self.sentence_of[i] in (self.sentence_of[first], self.sentence_of[last])
        ]
        if attribution:
            attribution_start, attribution_end = self._chars(min(attribution), max(attribution) + 1)
            start, end = min(start, attribution_start), max(end, attribution_end)
        return _Draft(
            start=start,
            end=end,
            kind="quote",
            content=(quote.content_start, quote.content_end),
            source=cue.source,
            cue=(cue_start, cue_end),
            paragraph=self._paragraph(quote.start),
            via=self._via(cue),
        )

    def _interviewee(self) -> Token | None:
        """Who answers in a Q&A: the last person named as a subject outside quotes before the first
        answer (an introduction may name others first: "When the minister praised X, … Its head,
        Y, banned …"; a restaurant the tagger took for a person is an object, not a subject)."""
        first_answer = next((q.start for q in self.quotes if q.answer), None)
        if first_answer is None:
            return None
        interviewee = None
        for ent in self.article.entities:
            if ent.start_char >= first_answer:
                break
            if ent.label_ == "PERSON" and not self._in_quote(ent.root) and _is_subject(ent.root):
                interviewee = ent.root
        return interviewee

    def _answer_drafts(self, index: int, interviewee: Token | None) -> list[_Draft]:
        """An answer quotes its speaker (the interviewee, or the person a transcript label
        names), less the sentences in which someone else's words are reported."""
        quote = self.quotes[index]
        speaker = self._labelled_speaker(quote.label) if quote.label is not None else interviewee
        reported = sorted(
            self._chars(*self.sentences[self.sentence_of[cue.cue_start]])
            for cue in self.cues
            if self.quote_of[cue.cue_start] == index
        )
        pieces, start = [], quote.content_start
        for cut_start, cut_end in [*reported, (quote.content_end, quote.content_end)]:
            piece = self._span(start, cut_start)
            if any(c.isalnum() for c in piece.text):
                pieces.append(piece)
            start = max(start, cut_end)
        return [
            _Draft(
                start=piece.start,
                end=piece.end,
                kind="quote",
                content=(piece.start, piece.end),
                source=speaker,
                cue=None,
                paragraph=self._paragraph(quote.start),
            )
            for piece in pieces
        ]

    def _labelled_speaker(self, label: str) -> Token | None:
        """The person a transcript label names ("OKAFOR" for "the council leader, Daniel Okafor"),
        as first named outside the transcript's turns."""
        for ent in self.article.entities:
            if ent.label_ == "PERSON" and ent[-1].text.upper() == label and not self._in_quote(ent.root):
                return ent.root
        return next(
            (
                t
                for t in self.tokens
                if t.pos_ == "PROPN" and t.text.upper() == label and not self._in_quote(t)
            ),
            None,
        )

    def _inherit(self, drafts: list[_Draft], standalone: list[int]) -> list[_Draft]:
        """Standalone quotes take the speaker of the claim before them (this or the last paragraph),
        else of the next claim in their paragraph; with neither, their source is unknown."""
        merged: list[_Draft] = []
        starts = [d.start for d in drafts]
        taken = 0
        for index in standalone:
            quote = self.quotes[index]
            paragraph = self._paragraph(quote.start)
            position = bisect.bisect_left(starts, quote.start)
            merged.extend(drafts[taken:position])
            taken = max(taken, position)
            neighbour = None
            if merged and paragraph - merged[-1].paragraph <= 1:
                neighbour = merged[-1]
            elif position < len(drafts) and drafts[position].paragraph == paragraph:
                neighbour = drafts[position]
            if neighbour is not None and neighbour.kind not in ("quote", "reported"):
                neighbour = None
            merged.append(
                _Draft(
                    start=quote.start,
                    end=quote.end,
                    kind="quote",
                    content=(quote.content_start, quote.content_end),
                    source=None,
                    cue=neighbour.cue if neighbour else None,
                    paragraph=paragraph,
                    resolved=neighbour.resolved if neighbour else None,
                )
            )
        merged.extend(drafts[taken:])
        return merged

    # --- reported speech ----------------------------------------------------------------------

    def _cue_drafts(self, used: set[int], paired: set[int], standalone: list[int]) -> list[_Draft]:
        """Claims of the cues not introducing a quote. A cue whose content is one whole quotation
        claims that quote (skipped when the quote already has its claim); ``standalone`` loses it."""
        drafts: dict[int, _Draft] = {}
        nested = self._nested_in_parenthetical()
        for cue in self.cues:
            if cue.cue_start in used or cue.content is None or cue.cue_start in nested:
                continue
            quote = self._marked_quote_of(cue.content[0])
            if quote >= 0 and self._marked_quote_of(cue.content[1] - 1) == quote:
                if quote not in paired:
                    drafts[cue.cue_start] = self._quote_draft(quote, cue)
                    paired.add(quote)
                    if quote in standalone:
                        standalone.remove(quote)
                continue
            content = self._chars(*self._whole_quotes(*cue.content))
            # The statement holds all it claims, a quotation widened to its closing mark included.
            start, end = self._chars(*cue.span)
            start, end = min(start, content[0]), max(end, content[1])
            if cue.parent is not None:
                # "…, Zelensky said, adding that …": one statement, widened by the participle;
                # after a quotation ("'…,' he said, adding that …") the addition is a claim of its own.
                parent = drafts.get(cue.parent.i)
                if parent is not None and parent.kind != "quote":
                    parent.start, parent.end = min(parent.start, start), max(parent.end, end)
                    continue
            kind: ClaimKind = cue.kind if cue.source is not None else "unattributed"
            drafts[cue.cue_start] = _Draft(
                start=start,
                end=end,
                kind=kind,
                content=content,
                source=cue.source,
                cue=self._chars(cue.cue_start, cue.cue_end),
                paragraph=self._paragraph(start),
                via=self._via(cue),
            )
        return list(drafts.values())

    def _nested_in_parenthetical(self) -> set[int]:
        """Cues inside what a parenthetical cue reports: in "The findings suggest that X, Holm
        said" Holm says the whole sentence, "suggest" included; it is not a second claim."""
        nested: set[int] = set()
        starts = [cue.cue_start for cue in self.cues]  # in document order
        for outer in self.cues:
            if outer.content is None or outer.source is None or outer.cue_start < outer.content[0]:
                continue
            first, end = outer.content
            for inner in self.cues[bisect.bisect_left(starts, first) : bisect.bisect_left(starts, end)]:
                inside = inner.content is not None and first <= inner.content[0] and inner.content[1] <= end
                if inner is not outer and inside:
                    nested.add(inner.cue_start)
        return nested

    def _whole_quotes(self, first: int, end: int) -> tuple[int, int]:
        """Widen a token range cut inside a quotation ("than “bullying") to its marks."""
        if self._marked_quote_of(first) >= 0:
            first = min(first, self.quote_tokens[self.quote_of[first]][0])
        if self._marked_quote_of(end - 1) >= 0:
            end = max(end, self.quote_tokens[self.quote_of[end - 1]][1] + 1)
        return first, end

    # --- hedges and output --------------------------------------------------------------------

    def _finish(self, drafts: list[_Draft]) -> list[Claim]:
        claims = [self._claim(d) for d in drafts]
        starts = [c.start for c in claims]
        hedges_of: dict[int, list[Span]] = {}
        leftover: dict[int, list[tuple[Hedge, Span]]] = {}  # by sentence
        for hedge in find_hedges(self.tokens):
            span = self._span(*self._chars(hedge.start, hedge.end))
            owner = _owner(claims, starts, span)
            if owner is not None:
                hedges_of.setdefault(owner, []).append(span)
            else:
                leftover.setdefault(self.sentence_of[hedge.start], []).append((hedge, span))
        for index, spans in hedges_of.items():
            claims[index] = replace(claims[index], hedges=tuple(spans))
        claims.extend(self._unattributed(leftover))
        return sorted(claims, key=lambda c: (c.start, c.end))

    def _unattributed(self, leftover: dict[int, list[tuple[Hedge, Span]]]) -> list[Claim]:
        """A sentence carrying hearsay ("reportedly killed") and no source is a claim of its own."""
        claims = []
        for sentence, hedges in leftover.items():
            if not any(hedge.reportative for hedge, _ in hedges):
                continue
            span = self._span(*self._chars(*self.sentences[sentence]))
            claims.append(
                Claim(
                    start=span.start,
                    end=span.end,
                    text=span.text,
                    kind="unattributed",
                    content=span,
                    source=None,
                    cue=None,
                    hedges=tuple(s for _, s in hedges),
                )
            )
        return claims

    def _claim(self, draft: _Draft) -> Claim:
        whole = self._span(draft.start, draft.end)
        return Claim(
            start=whole.start,
            end=whole.end,
            text=whole.text,
            kind=draft.kind if draft.resolved is not None or draft.kind == "quote" else "unattributed",
            content=self._span(*draft.content),
            source=draft.resolved,
            cue=self._span(*draft.cue) if draft.cue else None,
        )

    def _via(self, cue: Cue) -> tuple[int, int] | None:
        return self._chars(*document_phrase(cue.via)) if cue.via is not None else None

    # --- positions ----------------------------------------------------------------------------

    def _in_quote(self, token: Token) -> bool:
        return self.quote_of[token.i] >= 0

    def _marked_quote_of(self, i: int) -> int:
        """The quotation in marks holding token ``i`` (not an interview answer), else -1."""
        index = self.quote_of[i]
        return index if index >= 0 and not self.quotes[index].answer else -1

    def _in_marked_quote(self, token: Token) -> bool:
        return self._marked_quote_of(token.i) >= 0

    def _token_at(self, char: int) -> int:
        return max(bisect.bisect_right(self.token_starts, char) - 1, 0)

    def _chars(self, first: int, end: int) -> tuple[int, int]:
        """Character range of tokens ``first`` to ``end`` (exclusive), without trailing whitespace."""
        last = self.tokens[end - 1]
        return self.tokens[first].idx, last.idx + len(last.text)

    def _span(self, start: int, end: int) -> Span:
        text = self.text[start:end]
        stripped = text.strip()
        start += len(text) - len(text.lstrip())
        return Span(start, start + len(stripped), stripped)

    def _paragraph(self, char: int) -> int:
        return bisect.bisect_left(self.breaks, char)


def _owner(claims: list[Claim], starts: list[int], span: Span) -> int | None:
    """The innermost of the few claims starting before ``span`` that contain it."""
    position = bisect.bisect_right(starts, span.start)
    for index in range(position - 1, max(position - _OWNER_LOOKBACK, 0) - 1, -1):
        if claims[index].start <= span.start and span.end <= claims[index].end:
            return index
    return None


def _reports_another(cue: Cue) -> bool:
    """A report inside an answer of what someone other than the speaker or the interviewer said."""
    return (
        cue.content is not None
        and cue.source is not None
        and cue.source.lower_ not in _SPEAKER_AND_INTERVIEWER
    )


def _is_subject(token: Token) -> bool:
    """A subject, or a name in apposition to one ("Its head, Marion Achebe, banned …")."""
    subject = token.head if token.dep_ == "appos" else token
    return subject.dep_ in ("nsubj", "nsubjpass")
