"""What ``reading-assistant analyze`` is asked to analyse: files, folders and standard input,
turned into a list of inputs that any process (or cluster worker) can analyse on its own."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core.article import Article, ArticleLoadError
from desktop.core.decoding import decode_text
from desktop.core.loaders import MAX_ARTICLE_BYTES, SUPPORTED_SUFFIXES, article_from_text, load_article

STDIN_PATH = "-"


@dataclass(frozen=True)
class AnalysisInput:
    """One input: a file read where it is analysed, or text the parent already read.

    ``path`` is as given (a name that is not UTF-8 keeps its surrogate escapes). Standard
    input can only be read by the parent process, so its text (or why it could not be
    read) travels with the input.
    """

    path: str
    text: str | None = None
    error: str | None = None

    def article(self) -> Article:
        """The article to analyse, or ArticleLoadError with a one-line reason."""
        if self.error is not None:
            raise ArticleLoadError(self.error)
        if self.text is not None:
            return article_from_text(self.text, source=None)
        return load_article(Path(self.path))


def expand_inputs(paths: Iterable[str], stdin: BinaryIO) -> Iterator[AnalysisInput]:
    """Every input in order: a folder gives its supported files (sorted, hidden ones skipped),
    ``-`` gives standard input's text."""
    for path in paths:
        if path == STDIN_PATH:
            yield _standard_input(stdin)
        elif Path(path).is_dir():
            yield from _folder_inputs(path)
        else:
            yield AnalysisInput(path)


def _folder_inputs(folder: str) -> Iterator[AnalysisInput]:
    root = Path(folder)
    files = sorted(
        path
        for path in root.rglob("*")
        if path.suffix.lower() in SUPPORTED_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(root).parts)
        and path.is_file()
    )
    if not files:
        yield AnalysisInput(folder, error="The folder holds no supported article files.")
    for path in files:
        yield AnalysisInput(str(path))


def _standard_input(stdin: BinaryIO) -> AnalysisInput:
    try:
        return AnalysisInput(STDIN_PATH, text=_decode_standard_input(stdin))
    except ArticleLoadError as error:
        return AnalysisInput(STDIN_PATH, error=str(error))


def _decode_standard_input(stdin: BinaryIO) -> str:
    """The text on standard input, or ArticleLoadError: empty, too large, binary or not UTF-8."""
    try:
        data = stdin.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise ArticleLoadError(f"Cannot read standard input: {error.strerror or error}") from None
    if not data:
        raise ArticleLoadError("Standard input is empty.")
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleLoadError(
            f"Standard input is larger than the {MAX_ARTICLE_BYTES // 1024 // 1024} MB limit."
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleLoadError(
            f"Standard input is not UTF-8 text (byte 0x{data[error.start]:02x} at position {error.start})."
        ) from None
    # Valid UTF-8 decodes as UTF-8 here too; this adds the checks files get (BOM, binary data).
    return decode_text(data)
