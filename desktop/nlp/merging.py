"""One ``Doc`` made of a text's parsed paragraphs, gathered as they are parsed.

``Doc.from_docs`` reads every token of every paragraph (its attributes, its text, its
whitespace) once all are parsed. Read as each paragraph's doc arrives instead, the attributes
are taken while the helper process still parses (``desktop.nlp.parallel``: the helper then
parses that much more), and the paragraphs' docs need not be kept until the end. The tokens'
texts are not kept either: their lengths and spaces among the attributes cut them out of the
text again. The result is the doc that ``Doc.from_docs(docs, ensure_whitespace=False,
exclude=["tensor"])`` makes of our paragraphs, which carry no span groups and no user data.
"""

from __future__ import annotations

from itertools import accumulate
from typing import Any, cast

import numpy
from spacy.attrs import LENGTH, SPACY
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.types import Ints2d

# Every token attribute ``Doc.from_docs`` copies (spaCy's own list, private but stable in 3.x).
_ATTRS: list[int | str] = list(Doc._get_array_attrs())


class ParagraphMerge:
    """Paragraphs' docs, added in any order with their offset in the text, merged in text order."""

    def __init__(self) -> None:
        # A row of _ATTRS a token, by the offset of the paragraph's start.
        self._paragraphs: dict[int, numpy.ndarray[Any, Any]] = {}

    def add(self, doc: Doc, start: int) -> None:
        self._paragraphs[start] = doc.to_array(_ATTRS)

    def merged(self, vocab: Vocab, text: str) -> Doc:
        """The merged doc of ``text``, which the added paragraphs make up."""
        attributes = numpy.concatenate([self._paragraphs[start] for start in sorted(self._paragraphs)])
        lengths = attributes[:, _ATTRS.index(LENGTH)].tolist()
        spaces = attributes[:, _ATTRS.index(SPACY)].astype(bool).tolist()
        starts = accumulate(
            (length + space for length, space in zip(lengths, spaces, strict=True)), initial=0
        )
        words = [text[start : start + length] for start, length in zip(starts, lengths, strict=False)]
        # spaCy's stub calls the array ``to_array`` returns floats: its rows are uint64, as here.
        return Doc(vocab, words=words, spaces=spaces).from_array(_ATTRS, cast(Ints2d, attributes))
