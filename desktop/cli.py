"""Command line: the GUI by default, headless subcommands for scripts."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

SUBCOMMANDS = ("analyze", "export", "import", "search", "entity", "conflicts", "add", "changes")
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
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="article file, folder of articles, or - for standard input"
    )
    parser.add_argument("--format", choices=("json", "markdown"), default="json")
    parser.add_argument("--model", help="spaCy pipeline to use")
    parser.add_argument(
        "--jobs",
        type=_positive_int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes, each with its own pipeline (default: the number of cores)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="analyse on the Dask cluster at ADDRESS, e.g. tcp://10.0.0.5:8786 "
        "(needs the cluster extra, Dask distributed; workers must see the same files)",
    )
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _days(text: str) -> float:
    # float() takes "nan", which compares false with every distance and so let every pair of
    # articles through; a negative distance would silently find nothing.
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be a number of days, 0 or more, not {text!r}")
    return value


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


def build_entity_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reading-assistant entity",
        description="A person, organisation or place across the archive: its articles, the claims it made"
        " and those mentioning it; one JSON object.",
    )
    parser.add_argument("name")
    parser.add_argument("--label", help="only entities with this label (PERSON, ORG, GPE…)")
    parser.add_argument("--archive", type=Path, help=ARCHIVE_HELP)
    return parser


def build_conflicts_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reading-assistant conflicts",
        description="Figures that other archived articles contradict (6 dead vs 8 dead), with their values;"
        " JSON Lines.",
    )
    parser.add_argument(
        "article", nargs="?", help="an archive id or the path/URL it was opened from (default: all)"
    )
    parser.add_argument(
        "--days", type=_days, default=7.0, help="how far apart the articles may be (default 7; inf: any)"
    )
    parser.add_argument("--archive", type=Path, help=ARCHIVE_HELP)
    return parser


def build_add_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reading-assistant add",
        description="Archive and analyse articles; a changed text from the same file or address becomes"
        " the article's next version. One JSON object per article: id, version, status (new, same,"
        " new-version).",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="article file, folder of articles, or web address"
    )
    parser.add_argument("--model", help="spaCy pipeline to use")
    parser.add_argument("--archive", type=Path, help=ARCHIVE_HELP)
    return parser


def build_changes_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reading-assistant changes",
        description="What changed between an article's last two versions (from the one last read, when it"
        " changed since): figures with old and new values, quotes, claim sources, sentences; one JSON object.",
    )
    parser.add_argument("article", help="an archive id or the path/URL it was opened from")
    parser.add_argument("--model", help="spaCy pipeline for versions not analysed yet")
    parser.add_argument("--archive", type=Path, help=ARCHIVE_HELP)
    return parser


def _analyze(args: list[str]) -> int:
    from desktop.analyze_command import run_analyze

    options = build_analyze_parser().parse_args(args)
    _say_if_not_installed("analyze", options.model)
    return run_analyze(
        options.paths,
        options.format,
        options.model,
        sys.stdout,
        sys.stderr,
        jobs=options.jobs,
        scheduler=options.scheduler,
    )


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


def _entity(args: list[str]) -> int:
    from desktop.store.commands import run_entity
    from desktop.store.paths import resolve_archive_path

    options = build_entity_parser().parse_args(args)
    return run_entity(resolve_archive_path(options.archive), options.name, sys.stdout, label=options.label)


def _conflicts(args: list[str]) -> int:
    from desktop.store.commands import run_conflicts
    from desktop.store.paths import resolve_archive_path

    options = build_conflicts_parser().parse_args(args)
    return run_conflicts(
        resolve_archive_path(options.archive), options.article, sys.stdout, within_days=options.days
    )


def _add(args: list[str]) -> int:
    from desktop.store.commands import run_add
    from desktop.store.paths import resolve_archive_path

    options = build_add_parser().parse_args(args)
    _say_if_not_installed("add", options.model)
    return run_add(resolve_archive_path(options.archive), options.paths, sys.stdout, model=options.model)


def _changes(args: list[str]) -> int:
    from desktop.store.commands import run_changes
    from desktop.store.paths import resolve_archive_path

    options = build_changes_parser().parse_args(args)
    _say_if_not_installed("changes", options.model)
    return run_changes(
        resolve_archive_path(options.archive), options.article, sys.stdout, model=options.model
    )


def _say_if_not_installed(command: str, model: str | None) -> None:
    """A pipeline asked for by name that is not installed: the default one is used (as the
    model order says), and the reader is told so rather than given other results silently."""
    from desktop.nlp.installed import pipeline_installed

    if model and not pipeline_installed(model):
        prefix = " ".join(filter(None, ("reading-assistant", command)))
        print(
            f"{prefix}: the pipeline {model!r} is not installed here; using the default one", file=sys.stderr
        )


HEADLESS: dict[str, Callable[[list[str]], int]] = {
    "analyze": _analyze,
    "export": _export,
    "import": _import,
    "search": _search,
    "entity": _entity,
    "conflicts": _conflicts,
    "add": _add,
    "changes": _changes,
}


def run_headless(name: str, args: list[str]) -> int:
    """Run one headless command: its exit status, and never a traceback for a failed output."""
    if sys.stdout is None:
        # Started with standard output closed (`>&-`): nowhere to write the results.
        print(f"reading-assistant {name}: error: standard output is closed", file=sys.stderr)
        return 1
    if isinstance(sys.stdout, io.TextIOWrapper):
        # Scripts read the output as UTF-8 whatever the locale says. Commands write only
        # UTF-8-safe text; should a lone surrogate slip through, it is written as a
        # visible \udcff escape rather than as a raw byte or a crash.
        sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
    try:
        status = HEADLESS[name](args)
        sys.stdout.flush()
    except KeyboardInterrupt:
        # Ctrl-C: the command has already ended its workers on the way out.
        print(f"reading-assistant {name}: interrupted", file=sys.stderr)
        _flush_or_silence_stdout()
        return 130
    except OSError as error:
        # Output that cannot be written: a full disk, or a reader that stopped early
        # (`search … | head`), which is no error worth a message.
        if not isinstance(error, BrokenPipeError):
            print(f"reading-assistant {name}: error: {error.strerror or error}", file=sys.stderr)
        _flush_or_silence_stdout()
        return 1
    return status


def _flush_or_silence_stdout() -> None:
    """Write out what is buffered; if standard output is what failed, point it at /dev/null
    so that the interpreter's flush at exit does not fail again (the recipe in Python's
    `signal` documentation)."""
    try:
        sys.stdout.flush()
    except OSError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in HEADLESS:
        return run_headless(args[0], args[1:])
    options = build_gui_parser().parse_args(args)
    _say_if_not_installed("", options.model)
    # Imported here so that headless commands never load Qt.
    from desktop.ui.early_start import prepare_before_qt

    # Before Qt and the window's modules: spaCy loads in the analysis process meanwhile.
    prepare_before_qt()
    from desktop.ui.app import run_gui

    return run_gui(options.files, model=options.model, archive_path=options.archive)
