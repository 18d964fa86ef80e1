"""Counts and addresses read as English: one rule for every label."""

from __future__ import annotations

import pytest

from desktop.ui.wording import counted, short_address


def test_counted() -> None:
    assert counted(1, "article") == "1 article"
    assert counted(0, "article") == "0 articles"
    assert counted(2017, "highlight") == "2,017 highlights"
    assert counted(3, "match", "matches") == "3 matches"
    assert counted(1, "best result") == "1 best result"


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.example.com/news/2024/05/12", "example.com/news/2024/05/12"),
        ("http://user@Example.org:8080/a/b/?q=1#top", "example.org:8080/a/b"),
        ("https://news.example.com/", "news.example.com"),
        (
            "https://example.com/" + "section/" * 12 + "a-long-story-slug",
            "example.com/…/a-long-story-slug",
        ),
    ],
)
def test_short_address_names_the_site_and_page(url: str, name: str) -> None:
    assert short_address(url) == name


def test_short_address_is_held_to_its_length() -> None:
    assert len(short_address("https://example.com/" + "x" * 200)) == 60
