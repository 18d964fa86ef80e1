"""A parsed ``Doc`` with what the extractors read from it again and again, computed once.

spaCy rebuilds ``Doc.text``, ``Doc.ents`` and ``Doc.sents`` on every access, and every
``doc[i]`` or ``for token in doc`` makes new ``Token`` objects. The extractors make many passes
over one article; over a long one, rebuilding these cost more than some passes' own work.
``analyze_doc`` builds one ``ParsedDoc`` and hands it to every extractor; an extractor called
with a bare ``Doc`` (as in the tests) builds its own.

The doc must not change once its ``ParsedDoc`` exists (its entities, sentences and tokens are
read once, here).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True, eq=False)
class ParsedDoc:
    doc: Doc
    text: str
    tokens: tuple[Token, ...]  # tokens[i] is doc[i]
    entities: tuple[Span, ...]  # doc.ents
    sentences: tuple[Span, ...]  # doc.sents

    @classmethod
    def of(cls, doc: Doc, text: str | None = None) -> ParsedDoc:
        """``text``: the doc's text, when the caller has it (``Doc.text`` joins every token's)."""
        return cls(doc, doc.text if text is None else text, tuple(doc), tuple(doc.ents), tuple(doc.sents))

    def span_text(self, span: Span) -> str:
        """``span.text``, sliced from the document's text (spaCy joins the span's tokens anew)."""
        return self.text[span.start_char : span.end_char]


def tokens_from(tokens: Sequence[Token], i: int) -> Iterator[Token]:
    """``tokens[i:]`` one at a time: a loop that stops early does not copy the rest."""
    return (tokens[j] for j in range(i, len(tokens)))


def tokens_before(tokens: Sequence[Token], i: int) -> Iterator[Token]:
    """``reversed(tokens[:i])`` one at a time: a loop that stops early does not copy the rest."""
    return (tokens[j] for j in range(i - 1, -1, -1))


def parsed(doc: Doc | ParsedDoc) -> ParsedDoc:
    """``doc`` as a ``ParsedDoc``: itself when it already is one."""
    return doc if isinstance(doc, ParsedDoc) else ParsedDoc.of(doc)
