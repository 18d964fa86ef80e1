"""Opening plain-text files: the happy path and every kind of bad input."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest

from desktop.core.article import ArticleLoadError
from desktop.core.loaders import MAX_ARTICLE_BYTES, article_from_text, load_article

ARTICLE = (
    "Drones strike Kazan high-rises\n"
    "\n"
    "Eight drones blasted into the city of Kazan, officials said.\n"
    "\n"
    "Flights were halted at two airports.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_txt_file_loads_with_headline_title_and_paragraph_blocks(tmp_path: Path) -> None:
    path = write(tmp_path, "kazan.txt", ARTICLE.encode("utf-8"))
    article = load_article(path)
    assert article.text == ARTICLE
    assert article.title == "Drones strike Kazan high-rises"
    assert article.format == "text"
    assert article.source == str(path)
    assert [article.text[b.start : b.end] for b in article.blocks] == [
        "Drones strike Kazan high-rises",
        "Eight drones blasted into the city of Kazan, officials said.",
        "Flights were halted at two airports.",
    ]
    assert {b.kind for b in article.blocks} == {"paragraph"}


def test_windows_1252_crlf_file(tmp_path: Path) -> None:
    path = write(tmp_path, "old.txt", "Café “news”\r\n\r\nIt’s 5 €.\r\n".encode("cp1252"))
    article = load_article(path)
    assert article.text == "Café “news”\n\nIt’s 5 €.\n"
    assert article.title == "Café “news”"


def test_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.log", b"One line.\nAnother line.")
    assert load_article(path).text == "One line.\nAnother line."


def test_lines_are_paragraphs_when_there_are_no_blank_lines() -> None:
    article = article_from_text("Kazan was hit.\nMoscow responded.\n  Indented line.  \n")
    assert [article.text[b.start : b.end] for b in article.blocks] == [
        "Kazan was hit.",
        "Moscow responded.",
        "Indented line.",
    ]


def test_wrapped_paragraphs_are_one_block_each() -> None:
    text = "First paragraph wraps\nonto a second line.\n\nSecond paragraph."
    article = article_from_text(text, source="-")
    assert [text[b.start : b.end] for b in article.blocks] == [
        "First paragraph wraps\nonto a second line.",
        "Second paragraph.",
    ]
    assert article.title is None
    assert article.source == "-"


@pytest.mark.parametrize(
    "first_line",
    [
        "Ukraine launched drones deep into Russia early Saturday, according to reports.",
        "Dear readers:",
        "x" * 151,
    ],
)
def test_sentence_like_first_line_is_not_a_title(first_line: str) -> None:
    assert article_from_text(first_line + "\nMore text follows.").title is None


def test_question_headline_is_a_title() -> None:
    assert article_from_text("Is Kazan safe?\nOfficials say yes.").title == "Is Kazan safe?"


def test_single_line_text_has_no_title() -> None:
    article = article_from_text("Just one line")
    assert article.title is None
    assert article.text == "Just one line"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleLoadError, match="File not found"):
        load_article(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(ArticleLoadError, match="is a folder"):
        load_article(tmp_path)


@pytest.mark.parametrize(
    ("refused_call", "message"),
    [
        ("stat", "Permission denied: cannot open"),  # in a folder the user may not enter
        ("open", "Permission denied: cannot read"),  # a file the user may not read
    ],
)
def test_unreadable_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refused_call: str, message: str
) -> None:
    # Root (the CI user) reads any file whatever its mode, so the kernel's refusal is faked.
    path = write(tmp_path, "secret.txt", b"hidden")
    real_call = getattr(Path, refused_call)

    def refuse_for_path(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real_call(self, *args, **kwargs)

    monkeypatch.setattr(Path, refused_call, refuse_for_path)
    with pytest.raises(ArticleLoadError, match=message):
        load_article(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(ArticleLoadError, match="not a regular file"):
        load_article(path)


def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(ArticleLoadError, match="binary"):
        load_article(path)


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleLoadError, match="empty"):
        load_article(write(tmp_path, "empty.txt", b""))


def test_whitespace_only_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleLoadError, match="empty"):
        load_article(write(tmp_path, "blank.txt", b" \r\n\t\n  "))


def test_file_over_size_limit_names_the_limit_and_a_size_over_it(tmp_path: Path) -> None:
    # One byte over read "too large (20.0 MB); the limit is 20 MB": no reason to refuse it.
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: no 20 MB write
    with pytest.raises(ArticleLoadError) as raised:
        load_article(path)
    found = re.search(r"too large \(([\d.]+) MB\); the limit is (\d+) MB\.$", str(raised.value))
    assert found is not None, str(raised.value)
    shown, limit = found.groups()
    assert int(limit) == MAX_ARTICLE_BYTES // 1024 // 1024
    assert float(shown) > int(limit)


def test_undecodable_bytes(tmp_path: Path) -> None:
    # A UTF-8 BOM followed by bytes that are not UTF-8.
    path = write(tmp_path, "broken.txt", b"\xef\xbb\xbfcaf\xe9 \xff\xfe")
    with pytest.raises(ArticleLoadError, match="not valid UTF-8"):
        load_article(path)


def test_messages_are_one_line(tmp_path: Path) -> None:
    for path in (tmp_path / "missing.txt", tmp_path, write(tmp_path, "e.txt", b"")):
        with pytest.raises(ArticleLoadError) as caught:
            load_article(path)
        assert "\n" not in str(caught.value)


def test_permission_error_on_read_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Runs even as root, where chmod cannot make a file unreadable.
    path = write(tmp_path, "locked.txt", b"text")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ArticleLoadError, match="Permission denied"):
        load_article(path)
