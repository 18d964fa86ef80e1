"""The shared ParsedDoc: what it holds is what the doc says, and extractors give the same results
from it as from the bare doc."""

from __future__ import annotations

import re

from spacy.language import Language

from desktop.nlp.claims import extract_claims
from desktop.nlp.figures import extract_figures, find_checks
from desktop.nlp.figures.patterns import first_characters
from desktop.nlp.parsed_doc import ParsedDoc, parsed, tokens_before, tokens_from

ARTICLE = (
    "Harbour Bridge to close for repairs\n\n"
    "The 3 km bridge will cost $48 million, Mayor Ana Lima said on Tuesday. "
    "“We have no choice,” she told reporters.\n\n"
    "According to the council, 57 of the 113 lamps were replaced, and another 56 were lost.\n"
)


def test_a_parsed_doc_holds_the_docs_text_tokens_entities_and_sentences(nlp: Language) -> None:
    doc = nlp(ARTICLE)
    article = ParsedDoc.of(doc)
    assert article.text == doc.text == ARTICLE
    assert [t.i for t in article.tokens] == list(range(len(doc)))
    assert [(e.start, e.end, e.label_) for e in article.entities] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]
    assert [(s.start, s.end) for s in article.sentences] == [(s.start, s.end) for s in doc.sents]
    assert [article.span_text(s) for s in [*article.entities, *article.sentences]] == [
        s.text for s in [*doc.ents, *doc.sents]
    ]


def test_a_parsed_doc_given_its_text_uses_it_and_is_passed_on_as_is(nlp: Language) -> None:
    doc = nlp(ARTICLE)
    article = ParsedDoc.of(doc, ARTICLE)
    assert article.text is ARTICLE
    assert parsed(article) is article


def test_extractors_read_a_parsed_doc_as_they_read_the_doc(nlp: Language) -> None:
    doc = nlp(ARTICLE)
    article = ParsedDoc.of(doc)
    figures = extract_figures(doc)
    assert extract_figures(article) == figures
    assert find_checks(article, figures) == find_checks(doc, figures)
    claims = extract_claims(doc)
    assert extract_claims(article) == claims
    # Not vacuous: the article has figures (a determiner stays in the span: "another 56") and claims.
    assert [f.text for f in figures] == ["3 km", "$48 million", "57", "113 lamps", "another 56"]
    assert {c.kind for c in claims} >= {"quote", "according_to"}


def test_walks_from_a_token_give_the_slices_they_stand_for(nlp: Language) -> None:
    tokens = ParsedDoc.of(nlp(ARTICLE)).tokens
    for i in (0, 1, len(tokens) // 2, len(tokens)):
        assert list(tokens_from(tokens, i)) == list(tokens[i:])
        assert list(tokens_before(tokens, i)) == list(reversed(tokens[:i]))


def test_a_first_character_class_keeps_what_an_alternation_matches() -> None:
    forms = ["square miles", "miles", "km", "Kelvin", "°C", "%"]
    alternation = "|".join(re.escape(form) for form in forms)
    plain = re.compile(rf"(?:{alternation})", re.IGNORECASE)
    guarded = re.compile(rf"(?={first_characters(forms)})(?:{alternation})", re.IGNORECASE)
    text = "12 Square Miles, 3 KM, 40 kelvin, 20°C and 5% of 7 mice"
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in guarded.finditer(text)] == ["Square Miles", "KM", "kelvin", "°C", "%"]
