"""``imkg ingest`` and ``imkg tag`` as users run them, on temporary folders and data dirs.

Tests run as root here, so a file with mode 000 is still readable: unreadable input is
exercised with a broken symbolic link, a symbolic link loop and a path that does not exist.
"""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

IMKG = str(Path(sys.executable).with_name("imkg"))
GOOD = "# Good\n\nEmpowerment leads to job satisfaction. Motivated employees help.\n"


def imkg(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([IMKG, *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})  # fmt: skip


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("mixed")
    (folder / "good.md").write_text(GOOD)
    (folder / "sub").mkdir()
    (folder / "sub" / "also-good.txt").write_text("Service quality matters.\n")
    (folder / "binary.txt").write_bytes(b"abc\x00\x01def")
    (folder / "latin1.md").write_bytes("caf\xe9".encode("latin-1"))
    (folder / "empty.md").write_bytes(b"")
    (folder / "big.txt").write_text("word " * 400)
    (folder / "broken.md").symlink_to(folder / "missing.md")
    (folder / "loop.md").symlink_to(folder / "loop.md")
    (folder / "picture.png").write_bytes(b"\x89PNG")
    return folder


def test_ingest_reports_each_bad_file_and_ingests_the_rest(mixed, tmp_path):
    result = imkg("ingest", str(mixed), "--data-dir", str(tmp_path), "--quiet",
                  env={"IMKG_INGEST_MAX_BYTES": "1000"})  # fmt: skip
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("imkg ingest: /")]
    reasons = {Path(line.split(": ")[1]).name: line.split(": ", 2)[2] for line in lines}
    assert set(reasons) == {"binary.txt", "latin1.md", "empty.md", "big.txt", "broken.md",
                            "loop.md"}  # fmt: skip
    assert reasons["binary.txt"].startswith("binary data")
    assert reasons["latin1.md"].startswith("not valid UTF-8")
    assert reasons["empty.md"] == "empty file"
    assert reasons["big.txt"].startswith("too big")
    assert "broken symbolic link" in reasons["broken.md"]
    assert reasons["loop.md"] == "symbolic link loop"
    assert "ingested 2 of 8 documents (2 written, 0 unchanged, 6 failed" in result.stdout
    assert "1 of other types passed over" in result.stdout


def test_ingest_twice_then_query_and_missing_path(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD)
    data = str(tmp_path / "data")
    first = imkg("ingest", str(folder), "--data-dir", data)
    assert first.returncode == 0, first.stderr
    assert "doc" in first.stderr and "words/s" in first.stderr  # the progress bar
    second = imkg("ingest", str(folder / "good.md"), str(tmp_path / "nope.md"),
                  "--data-dir", data, "--quiet")  # fmt: skip
    assert second.returncode == 1
    assert "nope.md: no such file or directory" in second.stderr
    assert "1 unchanged" in second.stdout
    query = imkg("query", "SELECT ?b WHERE { ?a <http://www.w3.org/ns/oa#hasBody> ?b }",
                 "--format", "json", "--data-dir", data)  # fmt: skip
    bodies = {
        r["b"]["value"].rsplit("/", 1)[1] for r in json.loads(query.stdout)["results"]["bindings"]
    }
    assert bodies == {"empowerment", "job-satisfaction", "employee-motivation"}


def test_ingest_with_two_jobs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(6):
        (folder / f"d{n}.md").write_text(GOOD)
    result = imkg("ingest", str(folder), "--jobs", "2", "--data-dir", str(tmp_path / "d"),
                  "--quiet")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "6 written" in result.stdout and "18 mentions" in result.stdout


def test_unknown_pipeline_and_bad_jobs_are_usage_errors(tmp_path):
    (tmp_path / "a.md").write_text(GOOD)
    result = imkg("tag", str(tmp_path / "a.md"), "--pipeline", "no_such_pipeline_xyz")
    assert result.returncode == 2
    assert "no installed spaCy pipeline named 'no_such_pipeline_xyz'" in result.stderr
    jobs = imkg("ingest", str(tmp_path), "--jobs", "0", "--data-dir", str(tmp_path / "d"))
    assert jobs.returncode == 2 and "--jobs" in jobs.stderr


def test_tag_prints_mentions_without_storing(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(GOOD)
    table = imkg("tag", str(path))
    assert table.returncode == 0, table.stderr
    assert "empowerment" in table.stdout and "3 mentions" in table.stdout
    assert "influence? empowerment -> job-satisfaction" in table.stdout
    payload = json.loads(imkg("tag", str(path), "--format", "json").stdout)
    first = payload["mentions"][0]
    assert (first["text"], first["start"], first["confidence"]) == ("Empowerment", 6, 0.95)
    assert payload["proposals"][0]["cue"] == "leads to"


def test_tag_bad_file_is_one_line(tmp_path):
    path = tmp_path / "b.txt"
    path.write_bytes(b"\x00\x00")
    result = imkg("tag", str(path))
    assert result.returncode == 1
    assert result.stderr.strip() == f"imkg tag: {path}: binary data (NUL bytes), not text"


def test_odd_file_names_are_ingested_and_reported_on_one_line(tmp_path):
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / "week 3\nnotes.md").write_text(GOOD)  # a line break in the name
    (Path(os.fsdecode(os.fsencode(folder) + b"/caf\xe9.md"))).write_text(GOOD)  # not UTF-8
    (folder / "scan\n2.txt").write_bytes(b"\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07")
    result = imkg("ingest", str(folder), "--data-dir", str(tmp_path / "d"), "--quiet")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if "building it" not in line]
    assert lines == [f"imkg ingest: {folder}/scan\\n2.txt: binary data (NUL bytes), not text"]
    assert "2 written" in result.stdout
    again = imkg("ingest", str(folder), "--data-dir", str(tmp_path / "d"), "--quiet")
    assert "2 unchanged" in again.stdout  # the escaped source name is the same each run


def test_a_file_named_twice_is_one_document(tmp_path):
    folder = tmp_path / "unit"
    folder.mkdir()
    (folder / "a.md").write_text(GOOD)
    (folder / "b.md").write_text(GOOD.replace("Good", "Other"))
    result = imkg("ingest", str(folder), str(folder / "a.md"), f"{folder}/../unit", str(folder),
                  "--data-dir", str(tmp_path / "d"), "--quiet")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "ingested 2 of 2 documents (2 written" in result.stdout


def test_an_empty_path_or_data_dir_is_refused_not_read_as_here(tmp_path):
    (tmp_path / "stray.md").write_text(GOOD)
    for args in (["ingest", ""], ["ingest", "stray.md", "--data-dir", ""], ["tag", " "]):
        result = subprocess.run([IMKG, *args], capture_output=True, text=True, cwd=tmp_path,
                                timeout=120)  # fmt: skip
        assert result.returncode == 2, (args, result.stdout)
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert "an empty path" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stray.md"]


def test_jobs_start_no_more_processes_than_chunks_or_cores():
    from imkg.ingest.parallel import worker_count

    cores = len(os.sched_getaffinity(0))
    assert worker_count(1000, 4) == 1  # four documents are one chunk
    assert worker_count(1000, 10_000) == cores
    assert worker_count(2, 10_000) == min(2, cores)


def test_a_bad_number_in_the_environment_falls_back_to_the_default(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(GOOD)
    result = imkg("tag", str(path), env={"IMKG_INGEST_MAX_BYTES": "lots",
                                         "IMKG_INGEST_MAX_UNPACKED": "1e9"})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "3 mentions" in result.stdout


def _ctrl_c_default() -> None:
    """A run started in the background inherits SIGINT ignored; Ctrl-C needs the default."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_with_workers_is_one_line_and_the_rerun_completes(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(160):
        (folder / f"d{n:02}.md").write_text(GOOD + f"Unit {n}. Training improves service.\n" * 600)
    data = str(tmp_path / "d")
    assert imkg("build", "--data-dir", data).returncode == 0
    proc = subprocess.Popen([IMKG, "ingest", str(folder), "--jobs", "2", "--data-dir", data],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=_ctrl_c_default)  # fmt: skip
    seen = b""
    while b"/160 [" not in seen or b" 0/160 [" in seen.rsplit(b"\r", 1)[-1]:
        chunk = proc.stderr.read1(4096)  # the progress bar: wait for the first document
        assert chunk, seen.decode(errors="replace")
        seen += chunk
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C sends: the whole process group
    _, err = proc.communicate(timeout=120)
    err_lines = [line for line in err.decode().replace("\r", "\n").splitlines()
                 if line.strip() and "doc/s" not in line and "/160 [" not in line]  # fmt: skip
    assert proc.returncode == 130, err_lines
    assert err_lines == ["imkg ingest: interrupted"]
    again = imkg("ingest", str(folder), "--data-dir", data, "--quiet")
    assert again.returncode == 0, again.stderr
    assert "ingested 160 of 160" in again.stdout
