"""Read-only commands (``imkg query``, ``export``, ``ask``, ``coverage``) beside a process that
holds the store for writing: they read it without taking it, instead of failing with "in use
by another imkg process" (exit 2) as they did when they opened it for writing."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib

IMKG = str(Path(sys.executable).with_name("imkg"))

# A writer that holds the store and keeps adding small graphs, as an ingest does, until its
# standard input closes.
WRITER = """
import sys, threading
import pyoxigraph as ox
from imkg.store import EmbeddedStore, add_quads
store = EmbeddedStore(sys.argv[1])
done = threading.Event()
threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
print("holding", flush=True)
n = 0
while not done.wait(0.05):
    graph = ox.NamedNode(f"https://example.org/graph/written-{n}")
    add_quads(store, [ox.Quad(ox.NamedNode(f"https://example.org/s/{n}-{i}"),
                              ox.NamedNode("https://example.org/p"), ox.Literal("x" * 100), graph)
                      for i in range(500)])
    n += 1
store.close()
"""


def imkg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([IMKG, *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def held_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A built data directory whose store another process holds open and keeps writing."""
    data_dir = tmp_path_factory.mktemp("held")
    built = imkg("build", "--data-dir", str(data_dir))
    assert built.returncode == 0, built.stderr
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir / "store")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout.readline().strip() == "holding"
    second = imkg("build", "--data-dir", str(data_dir))
    assert second.returncode == 2 and "in use by another imkg process" in second.stderr
    yield str(data_dir)
    writer.stdin.close()
    writer.wait(30)


def test_query_reads_a_store_another_process_writes(held_data_dir: str) -> None:
    query = "SELECT ?cause WHERE { ?cause imkg:directlyInfluences imc:job-satisfaction }"
    for _ in range(3):  # the writer keeps writing between the runs
        result = imkg("query", query, "--format", "json", "--data-dir", held_data_dir)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["results"]["bindings"]
    counted = imkg("query", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                   "--format", "csv", "--data-dir", held_data_dir)  # fmt: skip
    assert counted.returncode == 0, counted.stderr
    assert int(counted.stdout.split()[1]) > 0


def test_export_reads_a_store_another_process_writes(held_data_dir: str, tmp_path) -> None:
    out = tmp_path / "export.nq"
    result = imkg("export", "--format", "nquads", "--output", str(out),
                  "--data-dir", held_data_dir)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(rdflib.Dataset().parse(out, format="nquads")) > 1000


def test_ask_reads_a_store_another_process_writes(held_data_dir: str) -> None:
    result = imkg("ask", "what influences customer satisfaction", "--format", "json",
                  "--data-dir", held_data_dir)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["understood_as"]


def test_coverage_reads_a_store_another_process_writes(held_data_dir: str, tmp_path) -> None:
    outline = tmp_path / "outline.md"
    outline.write_text("Unit 3 looks at staff empowerment and at how satisfied employees are.\n")
    result = imkg("coverage", str(outline), "--format", "json", "--data-dir", held_data_dir)
    assert result.returncode == 0, result.stderr
    covered = {c["id"] for g in json.loads(result.stdout)["groups"] for c in g["covered"]}
    assert "empowerment" in covered


def test_tag_reads_the_labels_of_a_store_another_process_writes(held_data_dir, tmp_path) -> None:
    text = tmp_path / "note.md"
    text.write_text("Empowered front-line staff lift service quality.\n")
    result = imkg("tag", str(text), "--format", "json", "--data-dir", held_data_dir)
    assert result.returncode == 0, result.stderr
    assert "empowerment" in {m["concept_iri"].rsplit("/", 1)[-1] for m in
                             json.loads(result.stdout)["mentions"]}  # fmt: skip


def test_query_on_a_missing_store_still_answers_empty(tmp_path) -> None:
    """A guard: a data directory without a store is not an error for a query (as before)."""
    result = imkg("query", "ASK { ?s ?p ?o }", "--format", "json", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["boolean"] is False


def test_a_writing_command_beside_the_writer_still_refuses(held_data_dir: str) -> None:
    """A guard: only reading commands read beside a writer; ``imkg build`` still refuses."""
    result = imkg("build", "--data-dir", held_data_dir)
    assert result.returncode == 2
    assert "in use by another imkg process" in result.stderr


@pytest.fixture
def read_only_data_dir(tmp_path) -> Iterator[str]:
    """A built data directory seen through a read-only bind mount (skipped where mounting
    is not allowed; tests run as root, for whom file modes do not stop writes)."""
    source, mounted = tmp_path / "source", tmp_path / "mounted"
    mounted.mkdir()
    assert imkg("build", "--data-dir", str(source)).returncode == 0
    bind = subprocess.run(["mount", "--bind", str(source), str(mounted)], capture_output=True)
    if bind.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {bind.stderr.decode().strip()}")
    try:
        remount = ["mount", "-o", "remount,ro,bind", str(mounted)]
        if subprocess.run(remount, capture_output=True).returncode != 0:
            pytest.skip("cannot make the bind mount read-only here")
        yield str(mounted)
    finally:
        subprocess.run(["umount", str(mounted)], check=True)


def test_query_and_export_read_a_store_on_a_read_only_mount(read_only_data_dir: str) -> None:
    query = "SELECT ?cause WHERE { ?cause imkg:directlyInfluences imc:job-satisfaction }"
    result = imkg("query", query, "--format", "json", "--data-dir", read_only_data_dir)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["results"]["bindings"]
    exported = imkg("export", "--format", "nquads", "--data-dir", read_only_data_dir)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.count("\n") > 1000


@pytest.fixture(scope="module")
def built_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("built")
    assert imkg("build", "--data-dir", str(data_dir)).returncode == 0
    return data_dir


COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"


def _copies(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".imkg-read-"))


def test_copies_left_by_killed_readers_are_removed_by_the_next(built_data_dir: Path) -> None:
    """A reader killed with SIGKILL left its hard-linked copy for good (five kills, five
    copies, each keeping table files compaction had deleted); the next reader removes the
    copies no reader holds, and leaves alone one a reader still holds."""
    import fcntl
    import os

    left = built_data_dir / ".imkg-read-killed"
    held = built_data_dir / ".imkg-read-held"
    for copy in (left, held):
        copy.mkdir()
        (copy / "000001.sst").write_bytes(b"x")
        os.utime(copy, (0, 0))  # long ago
    reader = os.open(held, os.O_RDONLY)
    try:
        fcntl.flock(reader, fcntl.LOCK_SH)
        result = imkg("query", COUNT, "--format", "csv", "--data-dir", str(built_data_dir))
        assert result.returncode == 0, result.stderr
        assert _copies(built_data_dir) == [held.name]
    finally:
        os.close(reader)
    imkg("query", COUNT, "--data-dir", str(built_data_dir))
    assert _copies(built_data_dir) == []


ENDLESS = "SELECT (COUNT(*) AS ?n) { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }"  # 10^10 rows


def test_ctrl_c_stops_a_long_query_at_once(built_data_dir: Path) -> None:
    """The engine does not return to Python until a query ends, so Ctrl-C waited for it
    (more than 40 s on the corpus store, killed then; its copy left for the next reader).
    The read now runs in a thread the main thread abandons: exit 130 within about a second,
    one line, no copy left."""
    import signal
    import time

    process = subprocess.Popen(
        [IMKG, "query", ENDLESS, "--data-dir", str(built_data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not _copies(built_data_dir) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)  # the query is running in the engine by now
    sent = time.monotonic()
    process.send_signal(signal.SIGINT)
    try:
        _, err = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail("imkg query was still running 15 s after Ctrl-C")
    took = time.monotonic() - sent
    assert process.returncode == 130, err
    assert err.strip().splitlines() == ["imkg query: interrupted"]
    assert took < 3.0, f"{took:.2f} s from Ctrl-C to exit"  # 0.1-0.2 s on an idle machine
    assert _copies(built_data_dir) == []


def test_a_fresh_copy_is_not_taken_for_a_left_one(built_data_dir: Path) -> None:
    """A guard: a copy made in the last minute may not be locked yet; it is left alone."""
    fresh = built_data_dir / ".imkg-read-fresh"
    fresh.mkdir()
    try:
        imkg("query", COUNT, "--data-dir", str(built_data_dir))
        assert fresh.name in _copies(built_data_dir)
    finally:
        fresh.rmdir()


def test_query_reads_a_store_whose_copy_cannot_be_written(built_data_dir: Path) -> None:
    """Copying the store's log past a file size limit (as on a full disk) was a traceback
    (``OSError: [Errno 27] File too large``); the live store is read read-only instead."""
    import resource

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 << 10, 64 << 10))

    result = subprocess.run(
        [IMKG, "query", COUNT, "--format", "csv", "--data-dir", str(built_data_dir)],
        capture_output=True, text=True, timeout=300, preexec_fn=small_files,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split()[1]) > 1000
    assert _copies(built_data_dir) == []


@pytest.fixture
def other_file_system(tmp_path) -> Iterator[Path]:
    """A folder on another file system than ``tmp_path`` (a tmpfs), or a skip."""
    import shutil
    import tempfile

    shm = Path("/dev/shm")
    if not shm.is_dir() or shm.stat().st_dev == tmp_path.stat().st_dev:
        pytest.skip("no second file system to link across")
    folder = Path(tempfile.mkdtemp(dir=shm))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_query_reads_a_store_linked_from_another_file_system(
    built_data_dir: Path, tmp_path: Path, other_file_system: Path
) -> None:
    """``DATA_DIR/store`` a symbolic link to a store on another file system: hard links from
    the data directory failed with EXDEV, a traceback; the copy is now made beside the
    store's real folder."""
    import shutil

    shutil.copytree(built_data_dir / "store", other_file_system / "store")
    linked = tmp_path / "linked"
    linked.mkdir()
    (linked / "store").symlink_to(other_file_system / "store")
    result = imkg("query", COUNT, "--format", "csv", "--data-dir", str(linked))
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split()[1]) > 1000
    assert _copies(linked) == [] and _copies(other_file_system) == []


def test_a_copy_whose_tables_cannot_be_linked_reads_the_live_store(built_data_dir, monkeypatch):
    """Where the file system refuses hard links (EXDEV, EPERM), the live store is read."""
    import errno
    import os

    from imkg import reading
    from imkg.config import Settings

    def refuse(*_: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(reading.os, "link", refuse)
    settings = Settings(data_dir=str(built_data_dir))
    assert len(reading.read_store(settings, lambda store: store.named_graphs())) >= 1
    assert _copies(built_data_dir) == []
    assert os.path.isdir(built_data_dir / "store")
