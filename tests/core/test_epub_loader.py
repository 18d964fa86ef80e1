"""Small EPUB 2 and 3 books built here: spine order, chapter headings from the table of
contents, OPF metadata, and hostile books (zip bombs, external entities, missing files)."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.article import ArticleLoadError
from desktop.core.loaders import load_article

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>"""

METADATA = """<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:title>The Harbour Years</dc:title><dc:creator>Ann Lee</dc:creator><dc:creator>Tom Roe</dc:creator>
    <dc:publisher>Quay Books</dc:publisher><dc:date>2024-05-01</dc:date></metadata>"""


def chapter(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        f"<head><title>x</title><script>alert(1)</script></head><body>{body}</body></html>"
    )


def write_epub(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", CONTAINER)
        for name, content in files.items():
            book.writestr(name, content)
    return path


def epub3(path: Path) -> Path:
    opf = f"""<?xml version="1.0"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0">{METADATA}
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="c2" href="text/two.xhtml" media-type="application/xhtml+xml"/>
    <item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>
    <item id="notes" href="text/notes.xhtml" media-type="application/xhtml+xml"/>
    <item id="pic" href="images/pic.png" media-type="image/png"/>
  </manifest>
  <spine><itemref idref="c1"/><itemref idref="c2"/><itemref idref="notes" linear="no"/></spine>
</package>"""
    nav = chapter(
        '<nav xmlns:epub="http://www.idpf.org/2007/ops" epub:type="toc"><ol>'
        '<li><a href="text/one.xhtml">Arrival</a></li><li><a href="text/two.xhtml#start">The Storm</a></li>'
        "</ol></nav>"
    )
    return write_epub(
        path,
        {
            "OEBPS/content.opf": opf,
            "OEBPS/nav.xhtml": nav,
            "OEBPS/text/one.xhtml": chapter(
                "<h1>Chapter One</h1><p>The ferry came in at <b>six</b>.</p><img src='../images/pic.png'/>"
            ),
            "OEBPS/text/two.xhtml": chapter(
                "<p>Rain fell on the quay for 40 days.</p><p>Then it stopped.</p>"
            ),
            "OEBPS/text/notes.xhtml": chapter("<p>Endnotes out of the reading order.</p>"),
            "OEBPS/images/pic.png": b"\x89PNG not really",
        },
    )


def test_epub3_chapters_in_spine_order_with_headings_and_metadata(tmp_path: Path) -> None:
    article = load_article(epub3(tmp_path / "book.epub"))
    assert article.format == "epub"
    assert article.text.split("\n") == [
        "Chapter One",
        "The ferry came in at six.",
        "The Storm",  # no heading of its own: its table-of-contents title
        "Rain fell on the quay for 40 days.",
        "Then it stopped.",
    ]
    assert [block.kind for block in article.blocks] == [
        "heading",
        "paragraph",
        "heading",
        "paragraph",
        "paragraph",
    ]
    assert article.title == "The Harbour Years"
    assert article.metadata == {"author": "Ann Lee, Tom Roe", "site": "Quay Books", "published": "2024-05-01"}
    bold = [article.text[inline.start : inline.end] for inline in article.inlines if inline.style == "bold"]
    assert bold == ["six"]
    assert "alert" not in article.text and "Endnotes" not in article.text


def test_epub2_with_an_ncx_table_of_contents(tmp_path: Path) -> None:
    opf = f"""<?xml version="1.0"?>
<package xmlns="http://www.idpf.org/2007/opf" version="2.0">{METADATA}
  <manifest>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="a" href="a.html" media-type="application/xhtml+xml"/>
  </manifest>
  <spine toc="ncx"><itemref idref="a"/></spine>
</package>"""
    ncx = """<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
<navMap><navPoint id="p1"><navLabel><text>Prologue</text></navLabel><content src="a.html"/></navPoint></navMap></ncx>"""
    path = write_epub(
        tmp_path / "old.epub",
        {"OEBPS/content.opf": opf, "OEBPS/toc.ncx": ncx, "OEBPS/a.html": chapter("<p>It began at sea.</p>")},
    )
    article = load_article(path)
    assert article.text == "Prologue\nIt began at sea."
    assert article.blocks[0].kind == "heading"


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    hostile = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY leak SYSTEM "file://{secret}">]>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Before &leak; after.</p></body></html>'
    )
    opf = """<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata/>
<manifest><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest>
<spine><itemref idref="a"/></spine></package>"""
    path = write_epub(tmp_path / "xxe.epub", {"OEBPS/content.opf": opf, "OEBPS/a.xhtml": hostile})
    article = load_article(path)
    assert "TOP-SECRET" not in article.text
    assert "Before" in article.text


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({}, "missing"),  # no package document
        ({"OEBPS/content.opf": "<package"}, "damaged|no text"),
        (
            {
                "OEBPS/content.opf": '<package xmlns="http://www.idpf.org/2007/opf"><manifest/><spine/></package>',
            },
            "no text",
        ),
    ],
)
def test_broken_books_get_a_message(tmp_path: Path, files: dict[str, str | bytes], message: str) -> None:
    with pytest.raises(ArticleLoadError, match=message):
        load_article(write_epub(tmp_path / "broken.epub", files))


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bomb.epub"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as book:
        book.writestr("META-INF/container.xml", CONTAINER)
        book.writestr("OEBPS/big.xhtml", b"\0" * (210 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(ArticleLoadError, match="more than a book"):
        load_article(path)


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "text.epub"
    path.write_bytes(b"just some text, not a book")
    with pytest.raises(ArticleLoadError, match="not an EPUB"):
        load_article(path)


def _one_chapter_package(*chapters: str) -> str:
    items = "".join(
        f'<item id="c{n}" href="{name}" media-type="application/xhtml+xml"/>'
        for n, name in enumerate(chapters)
    )
    spine = "".join(f'<itemref idref="c{n}"/>' for n in range(len(chapters)))
    return f"""<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata/>
<manifest>{items}</manifest><spine>{spine}</spine></package>"""


@pytest.mark.parametrize("empty", [b"", b"\0"])
def test_an_empty_chapter_is_skipped(tmp_path: Path, empty: bytes) -> None:
    files: dict[str, str | bytes] = {
        "OEBPS/content.opf": _one_chapter_package("blank.xhtml", "two.xhtml"),
        "OEBPS/blank.xhtml": empty,
        "OEBPS/two.xhtml": chapter("<p>Rain fell on the quay for 40 days.</p>"),
    }
    article = load_article(write_epub(tmp_path / "gap.epub", files))
    assert article.text == "Rain fell on the quay for 40 days."


def test_a_password_protected_zip_gets_a_message(tmp_path: Path) -> None:
    path = epub3(tmp_path / "locked.epub")
    # Python cannot write an encrypted zip; the encryption flag in each central directory
    # entry is what readers go by (general purpose bit 0, at offset 8 of the entry).
    data = bytearray(path.read_bytes())
    entry = data.find(b"PK\x01\x02")
    while entry >= 0:
        data[entry + 8] |= 1
        entry = data.find(b"PK\x01\x02", entry + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(ArticleLoadError, match="password protected"):
        load_article(path)


def _encryption_xml(algorithm: str, uri: str) -> str:
    return (
        '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
        'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
        f'<enc:EncryptionMethod Algorithm="{algorithm}"/>'
        f'<enc:CipherData><enc:CipherReference URI="{uri}"/></enc:CipherData>'
        "</enc:EncryptedData></encryption>"
    )


def test_a_book_locked_by_drm_says_so(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "META-INF/encryption.xml": _encryption_xml(
            "http://www.w3.org/2001/04/xmlenc#aes128-cbc", "OEBPS/one.xhtml"
        ),
        "OEBPS/content.opf": _one_chapter_package("one.xhtml"),
        # What AES leaves: bytes an XML parser in recovery mode may still read text from.
        "OEBPS/one.xhtml": bytes(range(32, 127)) * 40,
    }
    with pytest.raises(ArticleLoadError, match="DRM"):
        load_article(write_epub(tmp_path / "drm.epub", files))


def test_obfuscated_fonts_do_not_lock_a_book(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "META-INF/encryption.xml": _encryption_xml("http://www.idpf.org/2008/embedding", "OEBPS/font.otf"),
        "OEBPS/content.opf": _one_chapter_package("one.xhtml"),
        "OEBPS/one.xhtml": chapter("<p>Rain fell on the quay.</p>"),
        "OEBPS/font.otf": b"\x17\x42 obfuscated",
    }
    assert load_article(write_epub(tmp_path / "fonts.epub", files)).text == "Rain fell on the quay."


def _shift_central_directory(data: bytearray) -> None:
    # The end record's "offset of the central directory" far past where it is: every file's
    # place in the archive then works out before its start.
    end = data.rfind(b"PK\x05\x06")
    (offset,) = struct.unpack_from("<I", data, end + 16)
    struct.pack_into("<I", data, end + 16, offset + 100_000)


def _needs_a_newer_zip_reader(data: bytearray) -> None:
    # "Version needed to extract" 25.5 in the first central directory entry.
    struct.pack_into("<H", data, data.find(b"PK\x01\x02") + 6, 255)


@pytest.mark.parametrize("damage", [_shift_central_directory, _needs_a_newer_zip_reader])
def test_a_damaged_zip_directory_gets_a_message(tmp_path: Path, damage: Callable[[bytearray], None]) -> None:
    path = epub3(tmp_path / "damaged.epub")
    data = bytearray(path.read_bytes())
    damage(data)
    path.write_bytes(bytes(data))
    with pytest.raises(ArticleLoadError, match="damaged"):
        load_article(path)
