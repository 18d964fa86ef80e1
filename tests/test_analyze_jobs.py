"""``reading-assistant analyze --jobs N``: folders, worker processes, order, progress, Ctrl-C."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop.analysis_inputs import expand_inputs
from desktop.analyze_command import run_analyze
from desktop.api import analyze_paths, analyze_texts
from desktop.progress import ProgressLine
from tests.conftest import SAMPLES_DIR
from tests.headless import run_command

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"


class TerminalStream(io.StringIO):
    def isatty(self) -> bool:
        return True


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        text = f"Report {i}: Emmanuel Macron met {300 + i} officials in Lyon on Monday, Reuters said.\n"
        (folder / f"note{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_two_workers_give_byte_identical_output_to_one(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", 9)
    (corpus / "sample.md").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    inputs = [str(corpus), str(tmp_path / "missing.txt"), "-"]
    stdin = b"Angela Merkel visited Paris."
    single = run_command("analyze", "--jobs", "1", *inputs, stdin=stdin)
    double = run_command("analyze", "--jobs", "2", *inputs, stdin=stdin)
    assert single.returncode == double.returncode == 1
    assert double.stdout == single.stdout
    assert double.stderr == single.stderr
    paths = [record["path"] for record in double.json_lines()]
    assert paths == [str(p) for p in sorted(corpus.iterdir())] + [inputs[1], "-"]


def _analysing_in_two_workers(corpus: Path) -> subprocess.Popen[bytes]:
    """``analyze --jobs 2 CORPUS`` once its first line is out (the workers are up and busy).

    A new session stands for the terminal: Ctrl-C there signals its whole process group.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "analyze", "--jobs", "2", str(corpus)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().startswith(b"{")
    return process


def test_ctrl_c_ends_the_run_and_every_worker_without_a_traceback(tmp_path: Path) -> None:
    process = _analysing_in_two_workers(_corpus(tmp_path / "corpus", 400))
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "Traceback" not in stderr.decode()
    assert "interrupted" in stderr.decode()
    assert _group_is_gone(process.pid, within_s=10)


def test_workers_end_themselves_when_the_parent_is_killed(tmp_path: Path) -> None:
    process = _analysing_in_two_workers(_corpus(tmp_path / "corpus", 400))
    process.kill()  # no chance to end the workers itself
    process.communicate(timeout=30)
    assert _group_is_gone(process.pid, within_s=10)


def _group_is_gone(group: int, within_s: float) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def test_jobs_must_be_a_positive_number() -> None:
    for value in ("0", "two"):
        result = run_command("analyze", "--jobs", value, str(SAMPLE))
        assert result.returncode == 2
        assert "--jobs" in result.stderr


def test_a_folder_gives_its_article_files_sorted_and_skips_hidden_ones(tmp_path: Path) -> None:
    (tmp_path / "b.html").write_text("<p>B</p>", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "c.txt").write_text("C", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    items = list(expand_inputs([str(tmp_path), str(empty)], io.BytesIO()))
    assert [item.path for item in items] == [
        str(tmp_path / "b.html"),
        str(tmp_path / "sub" / "a.txt"),
        str(empty),
    ]
    assert items[-1].error is not None and "no supported article files" in items[-1].error


def test_progress_line_shows_count_rate_and_time_left_on_a_terminal() -> None:
    stream = TerminalStream()
    now = [0.0]
    progress = ProgressLine(10, stream, clock=lambda: now[0])
    for _ in range(4):
        now[0] += 0.5
        progress.advance()
    assert stream.getvalue().startswith("\r[")
    last = stream.getvalue().split("\r")[-1]
    assert "4/10" in last and "2.0 articles/s" in last and "ETA 0:03" in last
    progress.close()
    assert stream.getvalue().endswith("\r\033[K")


def test_progress_goes_only_to_a_terminal_and_errors_stay_readable(tmp_path: Path) -> None:
    paths = [str(SAMPLE), str(tmp_path / "missing.txt")]
    out, terminal = io.StringIO(), TerminalStream()
    assert run_analyze(paths, "json", None, out, terminal) == 1
    shown = terminal.getvalue()
    assert "1/2" in shown and "2/2" in shown
    # The bar is cleared before an error line, which then stands whole on its own line.
    assert f"\r\033[Kreading-assistant analyze: {paths[1]}: File not found: {paths[1]}\n" in shown
    redirected = io.StringIO()
    assert run_analyze(paths, "json", None, io.StringIO(), redirected) == 1
    assert redirected.getvalue() == f"reading-assistant analyze: {paths[1]}: File not found: {paths[1]}\n"


def test_api_gives_the_command_s_records(tmp_path: Path) -> None:
    out = io.StringIO()
    missing = tmp_path / "missing.txt"
    run_analyze([str(SAMPLE), str(missing)], "json", None, out, io.StringIO())
    from_command = [json.loads(line) for line in out.getvalue().splitlines()]
    assert list(analyze_paths([SAMPLE, missing])) == from_command
    [from_text] = analyze_texts([SAMPLE.read_text(encoding="utf-8")])
    assert from_text["path"] is None
    assert from_text["entities"] == from_command[0]["entities"]
    assert from_text["claims"] == from_command[0]["claims"]


def test_a_local_dask_cluster_gives_the_single_process_output(tmp_path: Path) -> None:
    from distributed import LocalCluster

    corpus = _corpus(tmp_path / "corpus", 40)
    paths = [str(corpus), str(tmp_path / "missing.txt")]
    single = io.StringIO()
    assert run_analyze(paths, "json", None, single, io.StringIO(), jobs=1) == 1
    cluster = LocalCluster(  # type: ignore[no-untyped-call]  # distributed ships no annotation here
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    with cluster:
        on_cluster, err = io.StringIO(), io.StringIO()
        status = run_analyze(paths, "json", None, on_cluster, err, scheduler=cluster.scheduler_address)
    assert status == 1
    assert on_cluster.getvalue() == single.getvalue()
    assert "missing.txt: File not found" in err.getvalue()


def test_an_unreachable_scheduler_gets_a_one_line_message() -> None:
    result = run_command("analyze", "--scheduler", "tcp://127.0.0.1:9", str(SAMPLE))
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("reading-assistant analyze: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    # The input was not analysed: it still gets its line, with the reason.
    [record] = [json.loads(output) for output in result.stdout.splitlines()]
    assert record["path"] == str(SAMPLE)
    assert record["error"].startswith("cannot reach the Dask scheduler")


def test_the_parent_of_the_workers_never_imports_spacy() -> None:
    """Only workers load the pipeline; the parent starts them at once instead of after spaCy."""
    code = (
        "import sys, desktop.cli, desktop.analyze_command, desktop.process_analysis;"
        "print('spacy' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
