"""``imkg ingest`` and ``imkg tag`` as users run them, on temporary folders and data dirs.

Tests run as root here, so a file with mode 000 is still readable: unreadable input is
exercised with a broken symbolic link, a symbolic link loop and a path that does not exist.
"""

import json
import os
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
