"""A quotation with its source, as a citation in two flavours: plain text and Markdown.

The style is the Chicago Manual of Style's notes-bibliography note for a news or web article
(17th edition, 14.191 and 14.206): Author, “Title,” Outlet, Month Day, Year, URL. A PDF adds
"p. N" before the URL. Inside a double-quoted title (14.176) or quoted passage (13.30), double
quotes become single.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.core.article import Article, article_name, page_at
from desktop.core.chapters import Chapters
from desktop.core.one_line import one_line

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# A date as loaders store it: "2024-03-05", optionally followed by a time ("T10:00:00+00:00").
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d])")
_WEB_URL = re.compile(r"https?://\S+\Z", re.IGNORECASE)
# Characters with a meaning in Markdown link text.
_MARKDOWN_LINK_TEXT_SPECIALS = re.compile(r"([\\\[\]*_`<>])")


@dataclass(frozen=True)
class Citation:
    plain: str
    markdown: str


def display_date(published: str) -> str:
    """ "2024-03-05" (or "2024-03-05T10:00:00Z") as "March 5, 2024", "2024-03" as "March 2024";
    anything else is shown as stored."""
    match = _ISO_DATE.match(published.strip())
    if match is None:
        return published.strip()
    year, month, day = int(match[1]), int(match[2]), int(match[3]) if match[3] else None
    try:
        date(year, month, day or 1)
    except ValueError:
        return published.strip()
    return f"{_MONTHS[month - 1]} {day}, {year}" if day else f"{_MONTHS[month - 1]} {year}"


def web_url(article: Article) -> str | None:
    """The article's web address: its ``url`` metadata, else its source when that is http(s)."""
    for candidate in (article.metadata.get("url", ""), article.source or ""):
        candidate = candidate.strip()
        if _WEB_URL.match(candidate):
            return candidate
    return None


def cite(quote: str, article: Article, offset: int | None = None) -> Citation:
    """``quote`` from ``article`` (found at text ``offset``, for a page number) as a citation."""
    name = _single_quoted(one_line(article_name(article.title, article.source, article.text)))
    author = one_line(article.metadata.get("author", ""))
    site = one_line(article.metadata.get("site", ""))
    published = display_date(one_line(article.metadata.get("published", "")))
    page_part = _place(article, offset) if offset is not None else ""
    url = web_url(article)

    plain_parts = [author, f"“{name}”", site, published, page_part, url or ""]
    plain = f"{quoted(one_line(quote))}\n— {_ended(_joined(plain_parts))}"
    text = _markdown_link_text(name)
    markdown_title = f"“[{text}]({_markdown_url(url)})”" if url else f"“{text}”"
    markdown_site = f"*{_markdown_link_text(site)}*" if site else ""
    markdown_parts = [_markdown_link_text(author), markdown_title, markdown_site, published, page_part]
    quote_lines = [f"> {line.strip()}" for line in quote.strip().splitlines() if line.strip()]
    markdown = "\n".join([*quote_lines, ">", f"> — {_ended(_joined(markdown_parts))}"])
    return Citation(plain, markdown)


def _place(article: Article, offset: int) -> str:
    """Where in the article the passage is: "p. 12" in a PDF, the chapter in a book (an EPUB:
    'chapter “The Storm”', or “Chapter 3: The Storm” when its title says it), else ""."""
    page = page_at(article.pages, offset)
    if page is not None:
        return f"p. {page}"
    title = Chapters(article.blocks, article.text).at(offset) if article.format == "epub" else None
    if not title:
        return ""
    quoted_title = quoted(one_line(title))
    return quoted_title if title.lower().startswith(("chapter", "ch.")) else f"chapter {quoted_title}"


def _joined(parts: list[str]) -> str:
    """The known parts separated by commas; a comma after a quoted title goes inside its
    closing quotation mark."""
    known = [part for part in parts if part]
    separated = [part[:-1] + ",”" if part.endswith("”") else part + "," for part in known[:-1]]
    return " ".join([*separated, *known[-1:]])


def _ended(text: str) -> str:
    """``text`` with a closing full stop (inside a final quotation mark)."""
    return text[:-1] + ".”" if text.endswith("”") else text + "."


def quoted(text: str) -> str:
    """“text”, its own double quotes made single: a quote within a quote (a passage that
    begins with a quotation read “"As a…” with two marks)."""
    return f"“{_single_quoted(text)}”"


def _single_quoted(text: str) -> str:
    """Double quotes inside text set in double quotes become single quotes."""
    return text.replace("“", "‘").replace("”", "’").replace('"', "'")


def _markdown_link_text(text: str) -> str:
    return _MARKDOWN_LINK_TEXT_SPECIALS.sub(r"\\\1", text)


def _markdown_url(url: str) -> str:
    # Parentheses and spaces would end the link destination early.
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
