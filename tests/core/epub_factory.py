"""Small EPUB 3 books made in tests: a title, an author and chapters of paragraphs."""

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.core.test_epub_loader import chapter, write_epub


def write_book(path: Path, title: str, author: str, chapters: list[tuple[str, list[str]]]) -> Path:
    """An EPUB 3 at ``path`` whose chapters each open with their title as an ``<h1>``."""
    items = "".join(
        f'<item id="c{n}" href="c{n}.xhtml" media-type="application/xhtml+xml"/>'
        for n in range(len(chapters))
    )
    spine = "".join(f'<itemref idref="c{n}"/>' for n in range(len(chapters)))
    opf = f"""<?xml version="1.0"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator></metadata>
  <manifest>{items}</manifest>
  <spine>{spine}</spine>
</package>"""
    files: dict[str, str | bytes] = {"OEBPS/content.opf": opf}
    for n, (heading, paragraphs) in enumerate(chapters):
        body = f"<h1>{escape(heading)}</h1>" + "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
        files[f"OEBPS/c{n}.xhtml"] = chapter(body)
    return write_epub(path, files)
