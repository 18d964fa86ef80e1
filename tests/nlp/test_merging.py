"""Paragraphs gathered as they are parsed, in any order, merge into the doc spaCy's ``Doc.from_docs`` makes."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from desktop.nlp.merging import ParagraphMerge, ParsedBatch, paragraph_rows
from desktop.nlp.pipeline import split_chunks

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "harbour-bridge.txt"


def test_paragraphs_added_in_any_order_merge_as_from_docs_does(nlp: Language) -> None:
    text = SAMPLE.read_text(encoding="utf-8") + "\n\nA last line, with no line break after it"
    chunks = list(split_chunks(text))
    docs = list(nlp.pipe(chunks))
    merge = ParagraphMerge()
    starts = [sum(len(chunk) for chunk in chunks[:i]) for i in range(len(chunks))]
    # The helper's batches arrive from the back of the text, this process's from the front.
    for doc, start in reversed(list(zip(docs, starts, strict=True))):
        merge.add(paragraph_rows(doc), start)
    merged = merge.merged(nlp.vocab, text)
    expected = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]
    assert merged.text == expected.text == text
    assert merged.to_bytes(exclude=["tensor"]) == expected.to_bytes(exclude=["tensor"])
    assert [(e.start_char, e.end_char, e.label_) for e in merged.ents] == [
        (e.start_char, e.end_char, e.label_) for e in expected.ents
    ]
    assert [s.start for s in merged.sents] == [s.start for s in expected.sents]
    assert [t.head.i for t in merged] == [t.head.i for t in expected]


def test_a_batch_parsed_elsewhere_brings_its_strings_and_merges_to_the_same_doc(nlp: Language) -> None:
    text = SAMPLE.read_text(encoding="utf-8") + "\n\nZorblatt quibbled with the Vexmoorians' glorfing.\n"
    chunks = list(split_chunks(text))
    docs = list(nlp.pipe(chunks))
    batch = ParsedBatch.of(docs)
    # A vocab that never saw these words or lemmas, as the analysis process never saw the helper's.
    elsewhere = spacy.blank("en").vocab
    assert "glorfing" not in elsewhere.strings
    batch.add_strings_to(elsewhere)
    merge = ParagraphMerge()
    start = 0
    for chunk, rows in zip(chunks, batch.rows, strict=True):
        merge.add(rows, start)
        start += len(chunk)
    merged = merge.merged(elsewhere, text)
    expected = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]
    assert [(t.text, t.lemma_, t.norm_, t.tag_, t.dep_, str(t.morph), t.ent_type_) for t in merged] == [
        (t.text, t.lemma_, t.norm_, t.tag_, t.dep_, str(t.morph), t.ent_type_) for t in expected
    ]
    found = [[(start, end, label) for start, end, label in paragraph] for paragraph in batch.entities]
    assert found == [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]


def test_an_empty_batch_has_no_strings() -> None:
    assert ParsedBatch.of([]) == ParsedBatch([], [], [])
