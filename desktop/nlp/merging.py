"""One ``Doc`` made of a text's parsed paragraphs, gathered as they are parsed.

``Doc.from_docs`` reads every token of every paragraph (its text, its whitespace, its
attributes) once all are parsed. Read as each paragraph's doc arrives instead, that part is
done while the helper process still parses (``desktop.nlp.parallel``: the helper then parses
that much more), only the concatenation is left for after the parse, and the paragraphs' docs
need not be kept until then. The result is the doc that ``Doc.from_docs(docs,
ensure_whitespace=False, exclude=["tensor"])`` makes of our paragraphs, which carry no span
groups and no user data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import numpy
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.types import Ints2d

# Every token attribute ``Doc.from_docs`` copies (spaCy's own list, private but stable in 3.x).
_ATTRS: list[int | str] = list(Doc._get_array_attrs())


@dataclass(frozen=True)
class _Paragraph:
    words: list[str]
    spaces: list[bool]
    attributes: numpy.ndarray[Any, Any]  # a row of _ATTRS a token


class ParagraphMerge:
    """Paragraphs' docs, added in any order with their offset in the text, merged in text order."""

    def __init__(self) -> None:
        self._paragraphs: dict[int, _Paragraph] = {}  # by the offset of the paragraph's start

    def add(self, doc: Doc, start: int) -> None:
        self._paragraphs[start] = _Paragraph(
            [token.text for token in doc], [bool(token.whitespace_) for token in doc], doc.to_array(_ATTRS)
        )

    def merged(self, vocab: Vocab) -> Doc:
        paragraphs = [self._paragraphs[start] for start in sorted(self._paragraphs)]
        doc = Doc(
            vocab,
            words=[word for paragraph in paragraphs for word in paragraph.words],
            spaces=[space for paragraph in paragraphs for space in paragraph.spaces],
        )
        # spaCy's stub calls the array ``to_array`` returns floats: its rows are uint64, as here.
        attributes = cast(Ints2d, numpy.concatenate([paragraph.attributes for paragraph in paragraphs]))
        return doc.from_array(_ATTRS, attributes)
