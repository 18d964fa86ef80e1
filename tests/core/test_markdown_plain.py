"""A cut-out piece of a Markdown note shown as plain text, with the marks of matched words kept."""

from __future__ import annotations

import pytest

from desktop.core.markdown_plain import markdown_as_plain

OPEN, CLOSE = "\x02", "\x03"


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("**Bold** claim with _italics_ and `code`", "Bold claim with italics and code"),
        ("***both*** and __strong__", "both and strong"),
        ("a [source](https://example.org/a) and ![chart](c.png)", "a source and chart"),
        ("see <https://example.org>", "see https://example.org"),
        # A snippet cut inside a link: its "[" before the cut, or its address after it.
        ("Research Center](https://example.org/pew) found", "Research Center found"),
        ("see [the report](https://example.org/rep", "see the report"),
        ("# Heading\n> quoted\n- item\n1. first\n---\nend", "Heading\nquoted\nitem\nfirst\n\nend"),
    ],
)
def test_markup_is_removed_and_the_words_kept(markdown: str, plain: str) -> None:
    assert markdown_as_plain(markdown) == plain


@pytest.mark.parametrize(
    "text", ["snake_case_name", "5 * 3 = 15", "a*b", "# not a heading mid-line", "costs 4 - 2"]
)
def test_characters_that_are_not_markup_stay(text: str) -> None:
    assert markdown_as_plain(f"x {text}") == f"x {text}"


def test_escaped_markers_are_shown_without_their_backslash() -> None:
    assert markdown_as_plain(r"\*not emphasis\* and a \_ and \\") == "*not emphasis* and a _ and \\"


def test_a_fragment_cut_inside_emphasis_loses_the_half_marker_it_has() -> None:
    assert markdown_as_plain("ended in bold** and _started here") == "ended in bold and started here"


def test_marks_around_matched_words_stay_on_them() -> None:
    marked = f"**{OPEN}Bold{CLOSE}** and _{OPEN}italics{CLOSE}_ in [a {OPEN}link{CLOSE}](https://x.org)"
    assert markdown_as_plain(marked) == f"{OPEN}Bold{CLOSE} and {OPEN}italics{CLOSE} in a {OPEN}link{CLOSE}"


def test_a_link_whose_address_holds_a_match_keeps_the_address() -> None:
    marked = f"read [this](https://{OPEN}example{CLOSE}.org)"
    assert markdown_as_plain(marked) == f"read this (https://{OPEN}example{CLOSE}.org)"
