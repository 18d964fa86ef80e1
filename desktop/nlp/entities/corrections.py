"""The reader's corrections (see :mod:`desktop.core.entity_corrections`), applied last.

Every entity whose name, as the Entities tab lists it, is a corrected surface form takes the
corrected label, or is removed when the reader said it is not a name. Matching is on whole
tokens and case-sensitive: "Kyiv" corrects "Kyiv" and "the Kyiv" but neither "KYIV" nor the
name "Kyiv Independent" (a longer name is a name of its own). Where a corrected surface form
appears untagged, it becomes an entity too, if it reads as a name there: the parser calls its
first word a proper noun, or it stands in mid-sentence, where a word written as the reader's
name (case and all) is that name. Entities wholly inside such a
mention were pieces of the name and give way to it ("Zelenyi" in "Zelenyi Hai").

The component runs after the place names on each paragraph, with the corrections given in
``component_cfg``; :class:`desktop.nlp.pipeline.Pipeline` applies them once more to the merged
article after the article-wide label vote, so that neither that vote nor the surname linking
overrides the reader, and to the places found nested in longer names ("Kyiv" in "the Kyiv
Independent"). A full name corrected to PERSON takes its surname-only mentions along
through that linking, as the Entities tab folds them; a name corrected away from PERSON does
not, since a surname alone may be someone else (it is corrected on its own).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from desktop.core.entity_corrections import EntityCorrection
from desktop.core.entity_names import display_name

CORRECTIONS_COMPONENT = "reading_assistant_corrections"
# The keyword under which ``component_cfg`` hands the corrections to the component.
CORRECTIONS_KEYWORD = "corrections"


@Language.factory(CORRECTIONS_COMPONENT)
def create_corrections(nlp: Language, name: str) -> ReaderCorrections:
    return ReaderCorrections()


class ReaderCorrections:
    """The pipeline component: corrects one paragraph's entities (none given: changes nothing)."""

    def __call__(self, doc: Doc, corrections: Sequence[EntityCorrection] = ()) -> Doc:
        apply_corrections(doc, corrections)
        return doc


def apply_corrections(doc: Doc, corrections: Sequence[EntityCorrection]) -> None:
    """Relabel, remove and add entities of ``doc`` as the corrections say (module docstring)."""
    if not corrections:
        return
    matcher = _matcher(tuple(corrections))
    entity_at = {i: (ent.start, ent.end) for ent in doc.ents for i in range(ent.start, ent.end)}
    added: list[Span] = []
    replaced: set[tuple[int, int]] = set()
    for match in matcher.mentions(doc.text):
        label = matcher.by_surface[" ".join(match.group().split())].label
        # Strict alignment: None unless the match ends on a token boundary.
        span = doc.char_span(match.start(), match.end())
        if label is None or span is None:
            continue
        inside = {entity_at[i] for i in range(span.start, span.end) if i in entity_at}
        if inside == {(span.start, span.end)} or any(
            start < span.start or end > span.end for start, end in inside
        ):
            continue  # the entity itself (relabelled below), or part of a longer name
        # Entities inside the corrected name were pieces of it ("Zelenyi" of "Zelenyi Hai").
        if inside or span[0].pos_ == "PROPN" or not span[0].is_sent_start:
            added.append(Span(doc, span.start, span.end, label=label))
            replaced |= inside
    kept = [ent for ent in corrected(doc.ents, corrections) if (ent.start, ent.end) not in replaced]
    doc.ents = sorted([*kept, *added], key=lambda span: span.start)


def corrected(spans: Iterable[Span], corrections: Sequence[EntityCorrection]) -> list[Span]:
    """``spans`` with the corrected labels; those the reader said are not names left out."""
    if not corrections:
        return list(spans)
    by_surface = _matcher(tuple(corrections)).by_surface
    kept: list[Span] = []
    for span in spans:
        correction = by_surface.get(display_name(span.text))
        if correction is None:
            kept.append(span)
        elif correction.label is not None:
            kept.append(Span(span.doc, span.start, span.end, label=correction.label))
    return kept


@dataclass(frozen=True)
class _Matcher:
    by_surface: dict[str, EntityCorrection]
    # By the first word of a surface form: its patterns, longest surface first, so that
    # "New York City" is found whole rather than as "New York".
    patterns: dict[str, list[re.Pattern[str]]]

    def mentions(self, text: str) -> Iterator[re.Match[str]]:
        """Where corrected surface forms are written in ``text``, not overlapping. Only words
        that begin a surface form are tried: time in the length of the text, not in the
        number of corrections."""
        end = 0
        for word in _WORDS.finditer(text):
            if word.start() < end:
                continue
            for pattern in self.patterns.get(word.group(), ()):
                match = pattern.match(text, word.start())
                if match is not None:
                    end = match.end()
                    yield match
                    break


@lru_cache(maxsize=4)
def _matcher(corrections: tuple[EntityCorrection, ...]) -> _Matcher:
    """Built once per set of corrections."""
    by_surface = {c.surface: c for c in corrections}
    patterns: dict[str, list[re.Pattern[str]]] = defaultdict(list)
    for surface in sorted(by_surface, key=len, reverse=True):
        words = r"\s+".join(re.escape(word) for word in surface.split())
        patterns[_first_word(surface)].append(re.compile(words + r"(?!\w)"))
    return _Matcher(by_surface, dict(patterns))


def _first_word(surface: str) -> str:
    """The leading letters and digits ("Rolls" of "Rolls-Royce"), else the first character."""
    return next(_WORDS.finditer(surface)).group()


# Words, and each character of anything else but spaces: where a surface form may begin.
_WORDS = re.compile(r"\w+|[^\w\s]")
