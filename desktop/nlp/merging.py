"""One ``Doc`` made of a text's parsed paragraphs, gathered as they are parsed.

``Doc.from_docs`` reads every token of every paragraph (its attributes, its text, its
whitespace) once all are parsed. Read as each paragraph's doc arrives instead, the attributes
are taken while the helper process still parses (``desktop.nlp.parallel``: the helper then
parses that much more), and the paragraphs' docs need not be kept until the end. The tokens'
texts are not kept either: their lengths and spaces among the attributes cut them out of the
text again. The result is the doc that ``Doc.from_docs(docs, ensure_whitespace=False,
exclude=["tensor"])`` makes of our paragraphs, which carry no span groups and no user data.

The rows are plain numbers: the helper process sends them as they are (``ParsedBatch``), with
the strings their ids stand for, rather than docs to be rebuilt here only to be read again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, cast

import numpy
from spacy.attrs import DEP, ENT_ID, ENT_KB_ID, ENT_TYPE, LEMMA, LENGTH, MORPH, NORM, ORTH, SPACY, TAG
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.types import Ints2d

# Every token attribute ``Doc.from_docs`` copies (spaCy's own list, private but stable in 3.x).
_ATTRS: list[int | str] = list(Doc._get_array_attrs())
# The columns of those holding string ids (the others are numbers, flags and positions).
_STRING_COLUMNS = [
    _ATTRS.index(attr) for attr in (ORTH, NORM, LEMMA, TAG, DEP, ENT_TYPE, ENT_KB_ID, MORPH, ENT_ID)
]

Rows = numpy.ndarray[Any, Any]
# An entity of a paragraph: its character range in the paragraph and its label.
ParagraphEntity = tuple[int, int, str]


def paragraph_rows(doc: Doc) -> Rows:
    """A row of attributes a token of ``doc``: what the merge needs of it."""
    return doc.to_array(_ATTRS)


@dataclass(frozen=True)
class ParsedBatch:
    """Paragraphs parsed in another process, as plain data: each one's rows and entities, and
    the strings the rows' ids stand for (new words and lemmas are not in this process's vocab)."""

    rows: list[Rows]
    entities: list[list[ParagraphEntity]]
    strings: list[str]

    @classmethod
    def of(cls, docs: Iterable[Doc]) -> ParsedBatch:
        rows: list[Rows] = []
        entities: list[list[ParagraphEntity]] = []
        vocab: Vocab | None = None
        for doc in docs:
            vocab = doc.vocab
            rows.append(paragraph_rows(doc))
            entities.append([(e.start_char, e.end_char, e.label_) for e in doc.ents])
        if vocab is None:
            return cls(rows, entities, [])
        ids = numpy.unique(numpy.concatenate([paragraph[:, _STRING_COLUMNS].ravel() for paragraph in rows]))
        return cls(rows, entities, [vocab.strings[i] for i in ids.tolist() if i != 0])

    def add_strings_to(self, vocab: Vocab) -> None:
        for string in self.strings:
            vocab.strings.add(string)


class ParagraphMerge:
    """Paragraphs' docs, added in any order with their offset in the text, merged in text order."""

    def __init__(self) -> None:
        # A row of _ATTRS a token, by the offset of the paragraph's start.
        self._paragraphs: dict[int, numpy.ndarray[Any, Any]] = {}

    def add(self, rows: Rows, start: int) -> None:
        """A paragraph's ``paragraph_rows``, whose strings this process's vocab has."""
        self._paragraphs[start] = rows

    def merged(self, vocab: Vocab, text: str) -> Doc:
        """The merged doc of ``text``, which the added paragraphs make up; they are let go once
        joined (the merge is used once), as the doc is made: the analysis's memory peaks here."""
        attributes = numpy.concatenate([self._paragraphs[start] for start in sorted(self._paragraphs)])
        self._paragraphs.clear()
        lengths = attributes[:, _ATTRS.index(LENGTH)].tolist()
        spaces = attributes[:, _ATTRS.index(SPACY)].astype(bool).tolist()
        starts = accumulate(
            (length + space for length, space in zip(lengths, spaces, strict=True)), initial=0
        )
        words = [text[start : start + length] for start, length in zip(starts, lengths, strict=False)]
        # spaCy's stub calls the array ``to_array`` returns floats: its rows are uint64, as here.
        return Doc(vocab, words=words, spaces=spaces).from_array(_ATTRS, cast(Ints2d, attributes))
