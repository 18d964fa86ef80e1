"""Command line: the GUI by default, headless subcommands for scripts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

SUBCOMMANDS = ("analyze",)


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reading-assistant",
        description="Read news critically: entities, claims, figures, highlights and notes. "
        "Subcommands: " + ", ".join(SUBCOMMANDS) + " (see 'reading-assistant SUBCOMMAND --help').",
    )
    parser.add_argument("files", nargs="*", help="article files to open")
    parser.add_argument("--model", help="spaCy pipeline to use (default: en_core_web_sm if installed)")
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


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "analyze":
        from desktop.analyze_command import run_analyze

        options = build_analyze_parser().parse_args(args[1:])
        return run_analyze(options.paths, options.format, options.model, sys.stdout, sys.stderr)
    options = build_gui_parser().parse_args(args)
    # Imported here so that headless commands never load Qt.
    from desktop.ui.app import run_gui

    return run_gui(options.files, model=options.model)
