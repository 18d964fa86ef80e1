"""Citations in the Chicago notes-bibliography style, for the metadata articles really have."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.article import Article, Block, Page
from desktop.core.citation import cite, display_date, web_url
from desktop.core.metadata_fields import published_problem, url_problem

FULL = {
    "author": "Jane Doe",
    "site": "The Harbour Times",
    "published": "2024-03-05",
    "url": "https://example.org/news/bridge",
}


def news(
    metadata: dict[str, str], title: str | None = "Bridge to close", source: str | None = None
) -> Article:
    return Article(
        "The bridge closes for repairs. Traffic moves to the ferry.", title, source, metadata=metadata
    )


def test_a_news_article_with_everything_known() -> None:
    citation = cite("The bridge closes for repairs.", news(FULL))
    assert citation.plain == (
        "“The bridge closes for repairs.”\n"
        "— Jane Doe, “Bridge to close,” The Harbour Times, March 5, 2024, https://example.org/news/bridge."
    )
    assert citation.markdown == (
        "> The bridge closes for repairs.\n"
        ">\n"
        "> — Jane Doe, “[Bridge to close](https://example.org/news/bridge),” *The Harbour Times*, March 5, 2024."
    )


@pytest.mark.parametrize(
    ("missing", "reference"),
    [
        ("author", "“Bridge to close,” The Harbour Times, March 5, 2024, https://example.org/news/bridge."),
        ("published", "Jane Doe, “Bridge to close,” The Harbour Times, https://example.org/news/bridge."),
        ("site", "Jane Doe, “Bridge to close,” March 5, 2024, https://example.org/news/bridge."),
        ("url", "Jane Doe, “Bridge to close,” The Harbour Times, March 5, 2024."),
    ],
)
def test_what_is_unknown_is_left_out(missing: str, reference: str) -> None:
    metadata = {key: value for key, value in FULL.items() if key != missing}
    assert cite("The bridge closes for repairs.", news(metadata)).plain.splitlines()[1] == f"— {reference}"


def test_with_only_a_title_the_title_closes_with_a_full_stop_inside_the_quotes() -> None:
    citation = cite("Traffic moves to the ferry.", news({}))
    assert citation.plain.splitlines()[1] == "— “Bridge to close.”"
    assert citation.markdown.splitlines()[-1] == "> — “Bridge to close.”"


def test_an_untitled_article_is_cited_by_its_name() -> None:
    citation = cite("Traffic", news({}, title=None, source="/home/ana/Downloads/ferry-plan.html"))
    assert citation.plain.splitlines()[1] == "— “ferry-plan.”"
    # A local path is where the reader keeps it, not where the reader's readers find it.
    assert "/home/ana" not in citation.plain + citation.markdown


def test_a_pdf_passage_carries_its_page() -> None:
    text = "Page one text. Page two text."
    article = Article(text, "Annual report", "/r.pdf", "pdf", pages=(Page(1, 0, 15), Page(2, 15, len(text))))
    citation = cite("Page two text.", article, text.index("Page two"))
    assert citation.plain.splitlines()[1] == "— “Annual report,” p. 2."
    assert citation.markdown.splitlines()[-1] == "> — “Annual report,” p. 2."


@pytest.mark.parametrize(
    ("heading", "place"),
    [("The Storm", "chapter “The Storm.”"), ("Chapter 3: Landfall", "“Chapter 3: Landfall.”")],
)
def test_a_book_passage_carries_its_chapter(heading: str, place: str) -> None:
    text = f"Opening\nIt began at sea.\n{heading}\nThe wind rose at dawn."
    second = text.index(heading)
    blocks = (Block(0, 7, "heading", 1), Block(8, 24), Block(second, second + len(heading), "heading", 1))
    article = Article(
        text, "The Long Voyage", "/v.epub", "epub", blocks=blocks, metadata={"author": "Ann Lee"}
    )
    citation = cite("The wind rose at dawn.", article, text.index("The wind"))
    assert citation.plain.splitlines()[1] == f"— Ann Lee, “The Long Voyage,” {place}"
    assert cite("It began at sea.", article, text.index("It began")).plain.endswith(
        "“The Long Voyage,” chapter “Opening.”"
    )


def test_quotes_inside_a_title_become_single_and_markdown_specials_are_escaped() -> None:
    article = news(FULL, title='Minister: "No [more] delays" 🚧 *ever*')
    citation = cite("Quote", article)
    assert "“Minister: 'No [more] delays' 🚧 *ever*,”" in citation.plain
    assert (
        r"[Minister: 'No \[more\] delays' 🚧 \*ever\*](https://example.org/news/bridge)" in citation.markdown
    )


def test_quotation_marks_inside_the_quoted_passage_become_single() -> None:
    """A claim that opens with a speaker's words was cited as ““I’m …,” said …”: a quotation
    inside a quotation takes single marks (CMOS 13.30). The Markdown block quote keeps them."""
    passage = '“I never saw this,” said Aseem Prakash, who called it "a crisis".'
    citation = cite(passage, news(FULL))
    assert citation.plain.startswith("“‘I never saw this,’ said Aseem Prakash, who called it 'a crisis'.”\n")
    assert citation.markdown.startswith(f"> {passage}\n")


def test_a_quote_over_several_lines_is_one_line_in_text_and_one_block_in_markdown() -> None:
    citation = cite("First line\n\nsecond line", news(FULL))
    assert citation.plain.startswith("“First line second line”\n")
    assert citation.markdown.startswith("> First line\n> second line\n>\n")


def test_link_destinations_cannot_be_cut_short() -> None:
    article = news({"url": "https://example.org/a_(b)"})
    assert "(https://example.org/a_%28b%29)" in cite("x", article).markdown


def test_only_web_addresses_are_cited() -> None:
    assert web_url(news({"url": "javascript:alert(1)"}, source="file:///etc/passwd")) is None
    assert web_url(news({}, source="https://example.org/a")) == "https://example.org/a"


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("2024-03-05", "March 5, 2024"),
        ("2024-03-05T22:10:00+00:00", "March 5, 2024"),
        ("2024-12", "December 2024"),
        ("2024-02-30", "2024-02-30"),
        ("Spring 2024", "Spring 2024"),
    ],
)
def test_dates_are_written_out(stored: str, shown: str) -> None:
    assert display_date(stored) == shown


@given(
    quote=st.text(min_size=1).filter(str.strip),
    metadata=st.dictionaries(st.sampled_from(["author", "site", "published", "url"]), st.text()),
    title=st.none() | st.text(),
)
def test_any_metadata_gives_a_two_line_reference_and_a_block_quote(
    quote: str, metadata: dict[str, str], title: str | None
) -> None:
    citation = cite(quote, news(metadata, title=title))
    plain_lines = citation.plain.split("\n")
    assert len(plain_lines) == 2 and plain_lines[1].startswith("— ")
    assert all(line.startswith(">") for line in citation.markdown.split("\n"))


@pytest.mark.parametrize("value", ["", "2024", "2024-03", "2024-03-05", "2024-03-05T10:00:00Z"])
def test_publication_dates_accepted(value: str) -> None:
    assert published_problem(value) is None


@pytest.mark.parametrize("value", ["5 March 2024", "2024-13-01", "2024-02-30", "yesterday"])
def test_publication_dates_refused_with_the_format_to_use(value: str) -> None:
    assert "2024-03-05" in (published_problem(value) or "")


@pytest.mark.parametrize("value", ["javascript:alert(1)", "file:///etc/passwd", "example.org", "https://a b"])
def test_addresses_refused(value: str) -> None:
    assert "https://" in (url_problem(value) or "")


def test_addresses_accepted() -> None:
    assert url_problem("https://example.org/a?b=c") is None and url_problem("") is None
