"""Faults (issue 8): SIGKILL in the middle of ``imkg ingest`` and ``imkg build``, a second
writer on the same data directory, and a disk that fills up during an ingest.

After each fault the store must open, hold every document graph whole or not at all (each
graph's size equals what a clean ingest of the same file writes), and running the command
again must complete the work.

The batch's documents share one text (only their first line, a number, differs), so every
document graph of a clean ingest has the same number of triples: that one number, measured
on a clean in-memory ingest of one of them, is the yardstick for all of them.
"""

from __future__ import annotations

import os
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import imkg_test_reliability as rel
import pyoxigraph as ox
import pytest

from imkg.build import build_graph
from imkg.ingest.run import ingest_paths
from imkg.namespaces import DOCUMENT_GRAPH_PREFIX, INFERRED_GRAPH, ONTOLOGY_GRAPH
from imkg.store import EmbeddedStore, open_store

IMKG = str(Path(sys.executable).with_name("imkg"))
SENTENCES = [
    "Empowerment leads to job satisfaction.",
    "Motivated employees deliver better service quality.",
    "Internal communication builds trust between departments.",
    "Training improves customer orientation.",
    "Job satisfaction drives customer satisfaction.",
    "The weather was mild that year.",
]
BATCH = 400 if rel.SLOW else 100
BUILD_KILLS = 12 if rel.SLOW else 4


def write_batch(folder: Path, count: int) -> list[Path]:
    """``count`` documents with the same body of about 300 words."""
    randomiser = random.Random(8)
    body = " ".join(randomiser.choice(SENTENCES) for _ in range(50))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"doc-{number:04d}.txt"
        path.write_text(f"Document {number:04d}\n\n{body}\n")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_batch(tmp_path_factory.mktemp("faults") / "batch", BATCH)


@pytest.fixture(scope="module")
def full_size(batch: list[Path]) -> int:
    """Triples in one document graph of a clean ingest (the same for every document)."""
    store = open_store()
    build_graph(store)
    ingest_paths(store, [batch[0]])
    sizes = graph_sizes(store)
    assert len(sizes) == 1
    return next(iter(sizes.values()))


def graph_sizes(store, prefix: str = DOCUMENT_GRAPH_PREFIX) -> dict[str, int]:
    """Triples per named graph whose IRI starts with ``prefix``."""
    rows = store.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"].value: int(r["n"].value) for r in rows if r["g"].value.startswith(prefix)}


def sizes_on_disk(data_dir: Path, prefix: str = DOCUMENT_GRAPH_PREFIX) -> dict[str, int]:
    """Open the store read-write (as a restart does) and return :func:`graph_sizes`."""
    store = EmbeddedStore(data_dir / "store")
    try:
        return graph_sizes(store, prefix)
    finally:
        store.close()


def documents_visible(data_dir: Path) -> int:
    """How many document graphs a read-only view sees now (a writer may hold the store)."""
    # A read-only view of a store another process writes can meet files that compaction
    # has just deleted (RocksDB: "Corruption: IO error"); that is a poll to try again.
    try:
        view = ox.Store.read_only(str(data_dir / "store"))
        found = view.query(
            f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
            f'FILTER(STRSTARTS(STR(?g), "{DOCUMENT_GRAPH_PREFIX}")) }}'
        )
        return int(next(iter(found))["n"].value)
    except (OSError, RuntimeError):
        return 0


def imkg(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([IMKG, *args], capture_output=True, text=True, timeout=600, **kwargs)


def assert_whole(sizes: dict[str, int], full_size: int) -> None:
    half = {graph: size for graph, size in sizes.items() if size != full_size}
    assert half == {}, f"document graphs not of the full size {full_size}"


def copy_built(built_data_dir: Path, target: Path) -> Path:
    subprocess.run(["cp", "-r", str(built_data_dir), str(target)], check=True)
    return target


def test_ingest_killed_midway_leaves_whole_documents_and_rerun_completes(
    batch, full_size, built_data_dir, tmp_path
) -> None:
    data_dir = copy_built(built_data_dir, tmp_path / "data")
    process = subprocess.Popen(
        [IMKG, "ingest", str(batch[0].parent), "--data-dir", str(data_dir), "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 300
    seen = 0
    while process.poll() is None and time.monotonic() < deadline and seen == 0:
        time.sleep(0.2)
        seen = documents_visible(data_dir)
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    assert process.returncode == -signal.SIGKILL, "the ingest ended before it was killed"
    after_kill = sizes_on_disk(data_dir)
    assert 0 < len(after_kill) < BATCH, "the kill did not land in the middle of the run"
    assert_whole(after_kill, full_size)
    rerun = imkg("ingest", str(batch[0].parent), "--data-dir", str(data_dir), "--quiet")
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(after_kill)} unchanged" in rerun.stdout
    final = sizes_on_disk(data_dir)
    assert len(final) == BATCH
    assert_whole(final, full_size)
    rel.record("kill_ingest", {"documents_at_kill": len(after_kill), "batch": BATCH,
                               "survived": True})  # fmt: skip


def test_build_killed_at_any_moment_opens_whole_and_rerun_completes(tmp_path) -> None:
    clean = tmp_path / "clean"
    assert imkg("build", "--data-dir", str(clean)).returncode == 0
    full = sizes_on_disk(clean, "https://w3id.org/imkg/graph/")
    assert set(full) == {ONTOLOGY_GRAPH, INFERRED_GRAPH}
    states = []
    for attempt in range(BUILD_KILLS):
        data_dir = tmp_path / f"kill-{attempt}"
        process = subprocess.Popen(
            [IMKG, "build", "--data-dir", str(data_dir)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(0.3 + 1.2 * attempt / BUILD_KILLS)  # from start-up to the last write
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        found = (
            sizes_on_disk(data_dir, "https://w3id.org/imkg/graph/")
            if (data_dir / "store").exists()
            else {}
        )
        for graph, size in found.items():
            assert size == full[graph], f"{graph} half written after a kill"
        states.append(len(found) if process.returncode == -signal.SIGKILL else "done")
        rerun = imkg("build", "--data-dir", str(data_dir))
        assert rerun.returncode == 0, rerun.stderr
        assert sizes_on_disk(data_dir, "https://w3id.org/imkg/graph/") == full
    rel.record("kill_build", {"kills": BUILD_KILLS, "graphs_at_kill": states, "survived": True})


def test_second_writer_gets_a_clear_error_and_changes_nothing(built_data_dir, tmp_path) -> None:
    data_dir = copy_built(built_data_dir, tmp_path / "data")
    (tmp_path / "one.txt").write_text("Empowerment leads to job satisfaction.\n")
    holder = EmbeddedStore(data_dir / "store")
    try:
        before = graph_sizes(holder, "")
        for command in (["ingest", str(tmp_path / "one.txt")], ["build"]):
            result = imkg(*command, "--data-dir", str(data_dir))
            assert result.returncode == 2
            assert result.stderr.strip().count("\n") == 0, result.stderr
            assert "in use by another imkg process" in result.stderr
        assert graph_sizes(holder, "") == before
    finally:
        holder.close()


def test_second_writer_beside_a_running_server_is_refused(guarded_server, tmp_path) -> None:
    store_path = Path(httpx.get(f"{guarded_server}/health").json()["store"])
    before = rel.fingerprint(guarded_server)
    (tmp_path / "one.txt").write_text("Empowerment leads to job satisfaction.\n")
    result = imkg("ingest", str(tmp_path / "one.txt"), "--data-dir", str(store_path.parent))
    assert result.returncode == 2
    assert "in use by another imkg process" in result.stderr
    assert rel.fingerprint(guarded_server) == before
    assert rel.health_ok(guarded_server)


def _mount_tmpfs(target: Path, size: str) -> bool:
    target.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)],
                            capture_output=True)  # fmt: skip
    return result.returncode == 0


def _limit_file_size(limit: int):
    def apply() -> None:  # pragma: no cover - runs in the child before exec
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails: EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.parametrize("how", ["tmpfs", "rlimit"])
def test_full_disk_during_ingest_fails_cleanly(how, batch, full_size, built_data_dir, tmp_path):
    folder = str(batch[0].parent)
    if how == "tmpfs":
        if os.geteuid() != 0 or not _mount_tmpfs(tmp_path / "disk", "8m"):
            pytest.skip("cannot mount a tmpfs here (needs root); the rlimit case covers it")
        data_dir = copy_built(built_data_dir, tmp_path / "disk" / "data")
        limit = None
    else:
        data_dir = copy_built(built_data_dir, tmp_path / "data")
        largest = max(p.stat().st_size for p in (data_dir / "store").iterdir())
        limit = _limit_file_size(largest + 500_000)
    try:
        full = subprocess.run(
            [IMKG, "ingest", folder, "--data-dir", str(data_dir), "--quiet"],
            capture_output=True, text=True, timeout=600, preexec_fn=limit,
        )  # fmt: skip
        assert full.returncode == 2, full.stderr
        assert full.stderr.strip().count("\n") == 0, full.stderr
        assert "cannot write to the store" in full.stderr
        assert "Traceback" not in full.stderr
        if how == "tmpfs":
            subprocess.run(["mount", "-o", "remount,size=2g", str(tmp_path / "disk")], check=True)
        assert_whole(sizes_on_disk(data_dir), full_size)
        rerun = imkg("ingest", folder, "--data-dir", str(data_dir), "--quiet")
        assert rerun.returncode == 0, rerun.stderr
        final = sizes_on_disk(data_dir)
        assert len(final) == BATCH
        assert_whole(final, full_size)
    finally:
        if how == "tmpfs":
            subprocess.run(["umount", "-l", str(tmp_path / "disk")], check=False)
    rel.record(f"full_disk_{how}", {"message": full.stderr.strip(), "survived": True})
