"""An EPUB (2 or 3) book as one article: its chapters in spine order, laid out like any HTML.

An EPUB is a zip of XHTML files; ``META-INF/container.xml`` names the package document (OPF),
whose metadata gives title, author, publisher and date and whose spine gives the reading order.
Each chapter's body is laid out by the same code as web pages (scripts and images are never
part of the layout; nothing is fetched). A chapter that does not open with a heading gets its
table-of-contents title as one, so chapters stay findable in a long book. The archive is read
within limits (size, file count, ratio) so that a zip bomb gets a message, not the memory, and
XML is parsed without entities or network so the files cannot reach outside the book.
"""

from __future__ import annotations

import lzma
import posixpath
import struct
import zipfile
import zlib
from io import BytesIO
from urllib.parse import unquote, urldefrag

import lxml.html
from lxml import etree

from desktop.core.article import Article, ArticleLoadError
from desktop.core.html_layout import layout_html

# Far beyond any book's text (War and Peace is ~3.5 MB of XHTML), far below harm.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 20_000
_NS = {
    "container": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
    "xhtml": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "enc": "http://www.w3.org/2001/04/xmlenc#",
}
# What zipfile raises, besides BadZipFile, for a damaged archive: offsets past either end
# (ValueError), versions or methods it cannot read (NotImplementedError), corrupt compressed
# data (zlib, bz2's OSError, lzma), headers cut short (struct, EOFError).
_DAMAGED_ZIP = (
    zipfile.BadZipFile,
    OSError,
    EOFError,
    ValueError,
    OverflowError,
    NotImplementedError,
    zlib.error,
    lzma.LZMAError,
    struct.error,
)
_ENCRYPTION = "META-INF/encryption.xml"
# encryption.xml also lists fonts merely obfuscated by these (the book is still readable).
_FONT_OBFUSCATION = frozenset({"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"})
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True)
_XHTML = lxml.html.XHTMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def article_from_epub(data: bytes, source: str | None = None) -> Article:
    """The book in EPUB ``data``; ArticleLoadError saying why when it cannot be read."""
    try:
        book = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile:
        raise ArticleLoadError("This is not an EPUB book (not a zip archive).") from None
    except _DAMAGED_ZIP as error:
        raise ArticleLoadError(f"This EPUB book is damaged ({error}).") from None
    with book:
        _check_limits(book)
        package_path = _package_path(book)
        package = _xml(book, package_path)
        folder = posixpath.dirname(package_path)
        manifest = {
            item.get("id"): (posixpath.normpath(posixpath.join(folder, unquote(item.get("href", "")))), item)
            for item in package.iterfind("opf:manifest/opf:item", _NS)
        }
        titles = _toc_titles(book, package, manifest)
        encrypted = _encrypted_paths(book)
        body = etree.Element("div")
        for itemref in package.iterfind("opf:spine/opf:itemref", _NS):
            if itemref.get("linear") == "no":
                continue  # notes and covers kept out of the reading order
            path, item = manifest.get(itemref.get("idref"), ("", None))
            if item is None or "html" not in (item.get("media-type") or ""):
                continue
            if path in encrypted:
                raise ArticleLoadError(
                    "This EPUB book is locked by DRM (its chapters are encrypted); it cannot be read here."
                )
            body.append(_chapter(book, path, titles.get(path)))
    layout = layout_html(body)
    if not layout.text.strip():
        raise ArticleLoadError("This EPUB book has no text to read.")
    metadata = _metadata(package)
    return Article(
        text=layout.text,
        title=metadata.pop("title", None),
        source=source,
        format="epub",
        blocks=layout.blocks,
        inlines=layout.inlines,
        metadata=metadata,
    )


def _check_limits(book: zipfile.ZipFile) -> None:
    entries = book.infolist()
    if len(entries) > MAX_ENTRIES or sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
        raise ArticleLoadError("This EPUB unpacks to more than a book could hold; it was not opened.")


def _read(book: zipfile.ZipFile, path: str) -> bytes:
    try:
        with book.open(path) as member:
            # The sizes in the zip's directory may lie: never read past the limit.
            data = member.read(MAX_UNPACKED_BYTES + 1)
    except KeyError:
        raise ArticleLoadError(f"This EPUB book is incomplete: {path[:200]} is missing.") from None
    except RuntimeError:
        # zipfile's only RuntimeError on reading: a member encrypted with a zip password.
        raise ArticleLoadError("This EPUB book is password protected; it cannot be opened here.") from None
    except _DAMAGED_ZIP as error:
        raise ArticleLoadError(f"This EPUB book is damaged ({error}).") from None
    if len(data) > MAX_UNPACKED_BYTES:
        raise ArticleLoadError("This EPUB unpacks to more than a book could hold; it was not opened.")
    return data


def _xml(book: zipfile.ZipFile, path: str) -> etree._Element:
    try:
        root = etree.fromstring(_read(book, path), _SAFE_XML)
    except etree.XMLSyntaxError as error:
        raise ArticleLoadError(f"This EPUB book is damaged ({path[:200]}: {error}).") from None
    if root is None:
        raise ArticleLoadError(f"This EPUB book is damaged ({path[:200]} is empty).")
    return root


def _package_path(book: zipfile.ZipFile) -> str:
    container = _xml(book, "META-INF/container.xml")
    rootfile = container.find("container:rootfiles/container:rootfile", _NS)
    if rootfile is None or not rootfile.get("full-path"):
        raise ArticleLoadError("This EPUB book names no package document; it cannot be read.")
    return unquote(rootfile.get("full-path", ""))


def _encrypted_paths(book: zipfile.ZipFile) -> frozenset[str]:
    """The files that DRM (Adobe, Apple, Readium LCP…) has encrypted, as named in
    ``META-INF/encryption.xml``; parsed as they are, they would be unreadable bytes."""
    if _ENCRYPTION not in book.namelist():
        return frozenset()
    paths = set()
    for data in _xml(book, _ENCRYPTION).iterfind(".//enc:EncryptedData", _NS):
        method = data.find("enc:EncryptionMethod", _NS)
        if method is not None and method.get("Algorithm") in _FONT_OBFUSCATION:
            continue
        for reference in data.iterfind(".//enc:CipherReference", _NS):
            paths.add(posixpath.normpath(unquote(reference.get("URI", ""))))
    return frozenset(paths)


def _toc_titles(
    book: zipfile.ZipFile, package: etree._Element, manifest: dict[str | None, tuple[str, etree._Element]]
) -> dict[str, str]:
    """Chapter file → its title in the table of contents (EPUB 3 nav, else EPUB 2 NCX)."""
    titles: dict[str, str] = {}
    for path, item in manifest.values():
        properties = (item.get("properties") or "").split()
        if "nav" in properties:
            nav = _xml(book, path)
            for link in nav.iterfind(".//xhtml:nav//xhtml:a", _NS):
                _add_title(titles, path, link.get("href"), "".join(link.itertext()))
            return titles
    spine = package.find("opf:spine", _NS)
    ncx = manifest.get(spine.get("toc") if spine is not None else None)
    if ncx is not None:
        toc = _xml(book, ncx[0])
        for point in toc.iterfind(".//ncx:navPoint", _NS):
            label = point.find("ncx:navLabel/ncx:text", _NS)
            content = point.find("ncx:content", _NS)
            if label is not None and content is not None:
                _add_title(titles, ncx[0], content.get("src"), label.text or "")
    return titles


def _add_title(titles: dict[str, str], base: str, href: str | None, label: str) -> None:
    if not href or not label.strip():
        return
    target = posixpath.normpath(posixpath.join(posixpath.dirname(base), unquote(urldefrag(href)[0])))
    titles.setdefault(target, " ".join(label.split()))


def _chapter(book: zipfile.ZipFile, path: str, title: str | None) -> etree._Element:
    """The chapter's body as a <section>, opening with its title as a heading if it has none."""
    try:
        document = lxml.html.fromstring(_read(book, path), parser=_XHTML)
    except (etree.ParserError, etree.XMLSyntaxError):
        # An empty chapter: lxml says so with either error, depending on the bytes.
        document = etree.Element("div")
    body = document.find(".//{*}body")
    section = etree.Element("section")
    if body is None:
        body = document
    first = next((element for element in body.iter() if _has_text(element)), None)
    if title and (first is None or _local(first.tag) not in _HEADINGS):
        heading = etree.SubElement(section, "h2")
        heading.text = title
    section.append(body)
    return section


def _has_text(element: etree._Element) -> bool:
    return isinstance(element.tag, str) and bool((element.text or "").strip())


def _local(tag: object) -> str:
    return tag.rpartition("}")[2].lower() if isinstance(tag, str) else ""


def _metadata(package: etree._Element) -> dict[str, str]:
    """Title, author(s), publisher as site, date, from the OPF's Dublin Core metadata."""
    fields = {"title": "dc:title", "author": "dc:creator", "site": "dc:publisher", "published": "dc:date"}
    metadata: dict[str, str] = {}
    for key, path in fields.items():
        values = [
            " ".join("".join(e.itertext()).split()) for e in package.iterfind(f"opf:metadata/{path}", _NS)
        ]
        values = [value for value in values if value]
        if values:
            metadata[key] = values[0] if key != "author" else ", ".join(dict.fromkeys(values))
    return metadata
