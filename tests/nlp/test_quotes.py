"""Quotation spans from characters alone: marks, apostrophes, paragraphs."""

from __future__ import annotations

from desktop.nlp.claims.quotes import find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def contents(text: str) -> list[str]:
    return [text[q.content_start : q.content_end] for q in find_quotes(text)]


def test_straight_and_curly_double_quotes() -> None:
    text = 'He said, "Yes." She said, “No.”'
    assert quoted(text) == ['"Yes."', "“No.”"]
    assert contents(text) == ["Yes.", "No."]


def test_british_single_quotes_are_told_from_apostrophes() -> None:
    text = "The minister’s aide said ‘we’re not leaving’ and the officials’ view held. Rock ’n’ roll."
    assert quoted(text) == ["‘we’re not leaving’"]


def test_straight_single_quote_that_never_closes_is_an_apostrophe() -> None:
    text = "They partied like the '90s. 'We won,' she said."
    assert quoted(text) == ["'We won,'"]


def test_inner_quotes_of_the_other_kind_stay_inside() -> None:
    assert quoted("“He called it ‘a farce’ twice,” she said.") == ["“He called it ‘a farce’ twice,”"]
    assert quoted("‘He called it “a farce” twice,’ she said.") == ["‘He called it “a farce” twice,’"]


def test_quote_continues_into_a_paragraph_that_reopens_it() -> None:
    text = "He said: “First paragraph.\n“Second paragraph,” he added.\nNext."
    assert contents(text) == ["First paragraph.\n“Second paragraph,"]


def test_unclosed_double_quote_ends_with_its_paragraph() -> None:
    text = "She said “this never closes\nA new paragraph with “a quote” in it."
    assert quoted(text) == ["“this never closes", "“a quote”"]


def test_no_marks_no_quotes() -> None:
    assert find_quotes("Plain text, with Smith’s apostrophe.\n\nAnd a blank line.") == []


def test_quote_continues_past_blank_lines_between_paragraphs() -> None:
    text = "“It’s not just books.\n\n“Close it, and you close the town.”\n\nNext."
    assert contents(text) == ["It’s not just books.\n\n“Close it, and you close the town."]


def test_interview_answers_are_quotations_without_marks() -> None:
    text = (
        "Ana Reis spoke to us.\n\n"
        "Q: Why bread?\n\n"
        'A: Because my father baked. He said "never rush the dough."\n\n'
        "Q: And now?\n\n"
        "A: Now I bake."
    )
    quotes = find_quotes(text)
    assert [(q.answer, text[q.content_start : q.content_end]) for q in quotes] == [
        (True, 'Because my father baked. He said "never rush the dough."'),
        (True, "Now I bake."),
    ]


def test_a_single_question_does_not_make_a_transcript() -> None:
    text = "Q: Why bread?\n\nA: Because my father baked."
    assert find_quotes(text) == []
