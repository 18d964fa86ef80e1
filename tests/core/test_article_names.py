"""One rule names an article everywhere: title, else file or page name, else first words."""

from __future__ import annotations

import pytest

from desktop.core.article import article_name, with_current_metadata_keys


@pytest.mark.parametrize(
    ("title", "source", "text", "name"),
    [
        ("  Bridge   to close ", "/home/a/bridge.txt", "x", "Bridge to close"),
        (None, "/home/a/harbour-bridge.txt", "x", "harbour-bridge"),
        ("", "C:\\Users\\a\\Notes on the bridge.md", "x", "Notes on the bridge"),
        (None, "https://example.com/news/2024/bridge-closes.html?x=1", "", "bridge-closes"),
        (None, "https://example.com/", "", "example.com"),
        (
            None,
            None,
            "One two three four five six seven eight nine ten",
            "One two three four five six seven eight…",
        ),
        (None, None, "Short text", "Short text"),
        (None, None, "   ", "Untitled article"),
        # Zero-width and bidirectional controls from a pasted or fetched title are left out.
        ("\ufeffBridge\u200b to \u202eclose\u202c\u2066!\u2069", None, "x", "Bridge to close!"),
        ("\u200b\u200f", "/home/a/bridge.txt", "x", "bridge"),
        (None, None, "\u200eShort\u200d text", "Short text"),
    ],
)
def test_article_name(title: str | None, source: str | None, text: str, name: str) -> None:
    assert article_name(title, source, text) == name


def test_metadata_keys_of_earlier_versions_are_renamed() -> None:
    stored = {"site_name": "Daily Example", "date": "2024-12-21", "author": "A. Writer", "url": ""}
    assert with_current_metadata_keys(stored) == {
        "site": "Daily Example",
        "published": "2024-12-21",
        "author": "A. Writer",
    }
