"""Every encoding a reader's .txt file may come in, written as bytes here."""

from __future__ import annotations

import codecs

import pytest

from desktop.core.article import ArticleLoadError
from desktop.core.decoding import decode_text

SAMPLE = "Café owners in Zürich said “prices rose 5 €” – naïve? No.\nSecond line."


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8 with BOM"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le with BOM"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be with BOM"),
        (codecs.BOM_UTF32_LE + SAMPLE.encode("utf-32-le"), "utf-32-le with BOM"),
        (codecs.BOM_UTF32_BE + SAMPLE.encode("utf-32-be"), "utf-32-be with BOM"),
        (SAMPLE.encode("cp1252"), "windows-1252"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le without BOM"),
        (SAMPLE.encode("utf-16-be"), "utf-16-be without BOM"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_common_encodings_decode_to_the_same_text(data: bytes, label: str) -> None:
    assert decode_text(data) == SAMPLE, label


def test_python_utf16_codec_output_with_its_own_bom() -> None:
    assert decode_text(SAMPLE.encode("utf-16")) == SAMPLE


def test_latin1_text_reads_as_windows_1252() -> None:
    text = "Straße in München ist groß, sagte der Bürgermeister."
    assert decode_text(text.encode("latin-1")) == text


def test_cyrillic_windows_1251_is_detected_not_read_as_western() -> None:
    text = (
        "Украина запустила беспилотники вглубь России в субботу утром, "
        "сообщили местные власти. Восемь беспилотников атаковали Казань."
    )
    assert decode_text(text.encode("cp1251")) == text


def test_emoji_and_astral_characters_survive() -> None:
    text = "Reaction 😀 from 𝒜lice in Kyiv."
    assert decode_text(text.encode("utf-8")) == text


@pytest.mark.parametrize("newline", [b"\r\n", b"\r", b"\n"])
def test_newlines_normalised_to_lf(newline: bytes) -> None:
    data = newline.join([b"Headline", b"", b"First paragraph.", b"Second."])
    assert decode_text(data) == "Headline\n\nFirst paragraph.\nSecond."


def test_utf16_crlf_normalised() -> None:
    data = codecs.BOM_UTF16_LE + "one\r\ntwo\r\n".encode("utf-16-le")
    assert decode_text(data) == "one\ntwo\n"


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(ArticleLoadError, match="binary"):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_binary_data_with_nuls_on_one_side_of_its_pairs_is_still_binary() -> None:
    # Little-endian 16-bit numbers: NUL high bytes like UTF-16 text, but controls, not words.
    with pytest.raises(ArticleLoadError, match="binary"):
        decode_text(b"".join(n.to_bytes(2, "little") for n in range(1, 32)) * 20)
    with pytest.raises(ArticleLoadError, match="binary"):
        decode_text(SAMPLE.encode("utf-16-le") + b"\x00")  # an odd length is no UTF-16


def test_control_characters_without_nul_are_binary() -> None:
    with pytest.raises(ArticleLoadError, match="binary"):
        decode_text(bytes(range(1, 32)) * 20 + b"some text")


def test_invalid_utf16_after_bom_is_undecodable() -> None:
    # A lone high surrogate cannot be decoded.
    with pytest.raises(ArticleLoadError, match="UTF-16-LE"):
        decode_text(codecs.BOM_UTF16_LE + b"A\x00\x00\xd8")


def test_error_message_is_one_line() -> None:
    with pytest.raises(ArticleLoadError) as caught:
        decode_text(b"\x00\x01\x02")
    assert "\n" not in str(caught.value)


def test_utf8_bytes_are_utf8_whatever_the_label_says() -> None:
    # A UTF-8 page sent as ISO-8859-1 was refused as full of control characters.
    assert decode_text(SAMPLE.encode("utf-8"), "iso-8859-1") == SAMPLE


def test_bytes_that_are_not_utf8_under_a_utf8_label_are_detected() -> None:
    # A Windows-1252 page sent as UTF-8 showed "Caf\ufffd owners".
    assert decode_text(SAMPLE.encode("cp1252"), "utf-8") == SAMPLE


@pytest.mark.parametrize("label", ["iso-8859-1", "latin1", "us-ascii"])
def test_latin1_and_ascii_labels_mean_windows_1252(label: str) -> None:
    # Browsers read these labels as Windows-1252, curly quotes and euro sign included.
    assert decode_text("“5 €” – it’s".encode("cp1252"), label) == "“5 €” – it’s"


def test_utf8_cut_mid_character_stays_utf8() -> None:
    whole = "Zürich’s “café” owners, naïve about prices. ".encode() * 20
    text = decode_text(whole + "€".encode()[:2], "utf-8")
    assert text == whole.decode() + "\ufffd"
    assert decode_text(whole + "€".encode()[:2]) == text


def test_seven_bit_bytes_follow_their_label() -> None:
    japanese = "東京で会議"
    assert decode_text(japanese.encode("iso-2022-jp"), "iso-2022-jp") == japanese
