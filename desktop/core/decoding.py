"""Turn the bytes of a text file into text, whatever common encoding it was saved in.

Order of trust: a byte-order mark, then UTF-16 without one (NUL high bytes), then strict
UTF-8, then Windows-1252 when it reads like Western text, then charset-normalizer's guess.
A declared charset (HTTP or meta) is read as browsers read it (the WHATWG Encoding Standard:
"iso-8859-1" means Windows-1252) and gives way to what the bytes prove: non-ASCII bytes that
are valid UTF-8 are UTF-8, and bytes that are not valid UTF-8 under a UTF-8 label are told by
detection. Newlines come out as ``\\n``.
"""

from __future__ import annotations

import codecs
import unicodedata

from desktop.core.article import ArticleLoadError

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# BOM-less UTF-16 (see ``_utf16_without_bom``): at least this share of the characters with a NUL
# high byte, and at most this share with a NUL low byte.
_UTF16_MIN_NUL_SHARE = 0.5
_UTF16_MAX_OTHER_NUL_SHARE = 0.01
# Control characters a text file legitimately holds.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
# More than this share of other control characters means the bytes are not prose.
_MAX_CONTROL_RATIO = 0.01
# Western text decoded as Windows-1252 is mostly ASCII letters; Cyrillic or Greek bytes
# read as Windows-1252 turn into a run of accented Latin letters instead.
_MAX_NON_ASCII_LETTER_RATIO = 0.3
# Labels the WHATWG Encoding Standard decodes as a wider Windows or vendor encoding (keyed by
# Python's codec name): pages labelled ISO-8859-1 are written in Windows-1252, curly quotes and all.
_WHATWG_ENCODINGS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gbk",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
}


def decode_text(data: bytes, declared_encoding: str | None = None) -> str:
    """Decode ``data`` to text with ``\\n`` newlines, or raise ArticleLoadError.

    ``declared_encoding`` (an HTTP or meta charset) is trusted after a byte-order mark and
    what the bytes prove (see the module's docstring); bytes invalid in it are replaced, as
    browsers do. Raises for binary data (NUL bytes or many control characters) and for bytes
    no known encoding turns into text.
    """
    text = _decode(data, declared_encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    _reject_control_characters(text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, declared_encoding: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise ArticleLoadError(
                    f"The file starts with a {encoding.upper()} byte-order mark but is not valid "
                    f"{encoding.upper()} (bad byte at position {error.start + len(bom)})."
                ) from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise ArticleLoadError("This looks like a binary file (it contains NUL bytes), not text.")
        return utf16
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    declared = _usable_declared_encoding(declared_encoding)
    if utf8 is not None:
        # Valid UTF-8 with non-ASCII bytes in it is almost never anything else, whatever the
        # label; 7-bit bytes follow theirs (ISO-2022-JP is written in them).
        return data.decode(declared, errors="replace") if declared and data.isascii() else utf8
    if declared is not None and declared != "utf-8":
        return data.decode(declared, errors="replace")
    detected = _detected(data)
    if detected is not None:
        return detected
    if declared is not None:
        # Labelled UTF-8 and nothing reads it better: bad bytes replaced, as browsers do.
        return data.decode(declared, errors="replace")
    raise ArticleLoadError("The file's bytes are not text in any known encoding (cannot decode).")


def _detected(data: bytes) -> str | None:
    """``data`` (not valid UTF-8) as UTF-8 with a few damaged characters, as Western text, or in
    the encoding charset-normalizer guesses, whichever it reads as first; None when nothing fits."""
    damaged_utf8 = _as_damaged_utf8(data)
    if damaged_utf8 is not None:
        return damaged_utf8
    western = _as_windows_1252(data)
    if western is not None:
        return western
    import charset_normalizer  # here: only text in neither encoding above needs it, not the launch

    guess = charset_normalizer.from_bytes(data).best()
    return None if guess is None else str(guess)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark, as some Windows tools write it: text in a Latin
    script has a NUL as the high byte of nearly every character, on one side of each pair (odd
    bytes for little-endian) and almost never on the other. None for anything else."""
    if len(data) % 2:
        return None
    pairs = len(data) // 2
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    for nuls, others, encoding in ((odd_nuls, even_nuls, "utf-16-le"), (even_nuls, odd_nuls, "utf-16-be")):
        if nuls >= _UTF16_MIN_NUL_SHARE * pairs and others <= _UTF16_MAX_OTHER_NUL_SHARE * pairs:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _usable_declared_encoding(name: str | None) -> str | None:
    """The codec for a declared charset as browsers read it, or None when it is unknown or
    cannot be right.

    Without a BOM a declared UTF-16/32 is wrong (there are no NUL bytes), as browsers
    know; codecs such as base64 are not text encodings.
    """
    if name is None:
        return None
    try:
        codec = codecs.lookup(name.strip())
    except LookupError:
        return None
    if codec.name.startswith(("utf-16", "utf-32")) or not getattr(codec, "_is_text_encoding", True):
        return None
    return _WHATWG_ENCODINGS.get(codec.name, codec.name)


def _as_damaged_utf8(data: bytes) -> str | None:
    """``data`` read as UTF-8 with its bad bytes replaced, when more of its characters are whole
    UTF-8 than broken (a page cut mid-character), else None. Text in a legacy encoding hardly
    ever forms a valid UTF-8 sequence."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    whole = sum(1 for char in text if not char.isascii()) - broken
    return text if whole > broken else None


def _as_windows_1252(data: bytes) -> str | None:
    """The Windows-1252 reading of ``data`` when it is plausible Western text, else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return None
    non_ascii = sum(1 for char in letters if not char.isascii())
    if non_ascii / len(letters) > _MAX_NON_ASCII_LETTER_RATIO:
        return None
    return text


def _reject_control_characters(text: str) -> None:
    if not text:
        return
    controls = sum(1 for char in text if char not in _TEXT_CONTROLS and unicodedata.category(char) == "Cc")
    if controls / len(text) > _MAX_CONTROL_RATIO:
        raise ArticleLoadError("This looks like a binary file (it is full of control characters), not text.")
