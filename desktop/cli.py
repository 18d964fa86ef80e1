"""Command line: the GUI by default, headless subcommands for scripts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

SUBCOMMANDS = ("analyze", "export", "import", "search")
ARCHIVE_HELP = "archive file (default: $READING_ASSISTANT_ARCHIVE, else the user data folder)"


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reading-assistant",
        description="Read news critically: entities, claims, figures, highlights and notes. "
        "Subcommands: " + ", ".join(SUBCOMMANDS) + " (see 'reading-assistant SUBCOMMAND --help').",
    )
    parser.add_argument("files", nargs="*", help="article files to open")
    parser.add_argument("--model", help="spaCy pipeline to use (default: en_core_web_sm if installed)")
    parser.add_argument("--archive", type=Path, help=ARCHIVE_HELP)
    return parser


def build_analyze_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reading-assistant analyze",
        description="Analyse articles headlessly; one JSON object per input (JSON Lines).",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article file, or - for standard input")
    parser.add_argument("--format", choices=("json", "markdown"), default="json")
    parser.add_argument("--model", help="spaCy pipeline to use")
    return parser


def build_export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reading-assistant export",
        description="Export an archived article (id, content hash prefix or source path/URL) or 'all'.",
    )
    parser.add_argument("target", metavar="ARTICLE_OR_ALL")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument("--archive", type=Path, help=ARCHIVE_HELP)
    return parser


def build_import_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reading-assistant import",
        description="Import a W3C Web Annotation JSON export into the archive (all of it or nothing).",
    )
    parser.add_argument("file", type=Path)
    parser.add_argument("--archive", type=Path, help=ARCHIVE_HELP)
    return parser


def build_search_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reading-assistant search",
        description="Full-text search of articles, highlights, notes and tags; JSON Lines of hits.",
    )
    parser.add_argument("query")
    parser.add_argument("--archive", type=Path, help=ARCHIVE_HELP)
    return parser


def _analyze(args: list[str]) -> int:
    from desktop.analyze_command import run_analyze

    options = build_analyze_parser().parse_args(args)
    return run_analyze(options.paths, options.format, options.model, sys.stdout, sys.stderr)


def _export(args: list[str]) -> int:
    from desktop.store.commands import run_export
    from desktop.store.paths import resolve_archive_path

    options = build_export_parser().parse_args(args)
    return run_export(resolve_archive_path(options.archive), options.target, options.format, sys.stdout)


def _import(args: list[str]) -> int:
    from desktop.store.commands import run_import
    from desktop.store.paths import resolve_archive_path

    options = build_import_parser().parse_args(args)
    return run_import(resolve_archive_path(options.archive), options.file, sys.stdout)


def _search(args: list[str]) -> int:
    from desktop.store.commands import run_search
    from desktop.store.paths import resolve_archive_path

    options = build_search_parser().parse_args(args)
    return run_search(resolve_archive_path(options.archive), options.query, sys.stdout)


HEADLESS: dict[str, Callable[[list[str]], int]] = {
    "analyze": _analyze,
    "export": _export,
    "import": _import,
    "search": _search,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in HEADLESS:
        return HEADLESS[args[0]](args[1:])
    options = build_gui_parser().parse_args(args)
    # Imported here so that headless commands never load Qt.
    from desktop.store.paths import resolve_archive_path
    from desktop.ui.app import run_gui

    return run_gui(options.files, model=options.model, archive_path=resolve_archive_path(options.archive))
