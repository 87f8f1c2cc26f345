"""Bad files in an ``imkg ingest`` batch (issue 8): each gets one clear line on stderr, the
good files of the batch are ingested all the same, and the exit code is 1.

``test_ingest_cli.py`` covers the reasons one by one with a lowered size limit; this batch
uses the real limit, a real 100 MB text file, a truncated PDF and text in the wrong encoding,
and checks that nothing else is printed and that the big file is never read into memory.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import imkg_test_reliability as rel
import pytest
from imkg_test_pdf import pdf_bytes

from imkg.ingest.readers import ReadError, read_document
from imkg.namespaces import DOCUMENT_GRAPH_PREFIX
from imkg.store import open_store

IMKG = str(Path(sys.executable).with_name("imkg"))
GOOD = "Empowerment leads to job satisfaction. Motivated employees deliver service quality.\n"
BIG_BYTES = 100_000_000


def write_big_text(path: Path, size: int) -> None:
    """Write ``size`` bytes of real words, quickly (one chunk repeated)."""
    chunk = (GOOD * 12_000).encode()[:1_000_000]
    with path.open("wb") as handle:
        for _ in range(size // len(chunk)):
            handle.write(chunk)
        handle.write(chunk[: size % len(chunk)])


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of three good documents and one of each kind of bad file."""
    folder = tmp_path_factory.mktemp("batch")
    (folder / "good-one.md").write_text("# One\n\n" + GOOD)
    (folder / "good-two.txt").write_text("Two\n\nInternal communication builds trust.\n")
    (folder / "good-three.pdf").write_bytes(pdf_bytes("Training improves service quality."))
    (folder / "binary.txt").write_bytes(os.urandom(4096))
    whole = pdf_bytes("Empowerment leads to job satisfaction.")
    (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    (folder / "utf16-no-bom.txt").write_bytes(GOOD.encode("utf-16-le"))
    (folder / "latin1.md").write_bytes(
        "# Caf\xe9\n\nEmpowerment \xe0 la fran\xe7aise.\n".encode("latin-1")
    )
    (folder / "zero.txt").write_bytes(b"")
    write_big_text(folder / "huge.txt", BIG_BYTES)
    (folder / "loop-a.md").symlink_to(folder / "loop-b.md")
    (folder / "loop-b.md").symlink_to(folder / "loop-a.md")
    return folder


REASONS = {
    "binary.txt": "binary",
    "truncated.pdf": "not a readable PDF",
    "utf16-no-bom.txt": "UTF-16",
    "latin1.md": "not valid UTF-8",
    "zero.txt": "empty file",
    "huge.txt": "too big (100,000,000 bytes",
    "loop-a.md": "symbolic link loop",
    "loop-b.md": "symbolic link loop",
}


def run_ingest(folder: Path, data_dir: Path) -> subprocess.CompletedProcess:
    """Run ``imkg ingest`` with the real size limit."""
    env = {key: value for key, value in os.environ.items() if key != "IMKG_INGEST_MAX_BYTES"}
    return subprocess.run(
        [IMKG, "ingest", str(folder), "--data-dir", str(data_dir), "--quiet"],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip


def document_graphs(data_dir: Path) -> list[str]:
    store = open_store(data_dir=data_dir, read_only=True)
    try:
        return [g for g in store.named_graphs() if g.startswith(DOCUMENT_GRAPH_PREFIX)]
    finally:
        store.close()


def test_bad_files_get_one_line_each_and_the_rest_is_ingested(batch, tmp_path) -> None:
    result = run_ingest(batch, tmp_path / "data")
    stdout, stderr = result.stdout, result.stderr
    assert result.returncode == 1, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    noise = [line for line in lines if not line.startswith("imkg ingest: ")]
    assert noise == [], "stderr holds more than one line per bad file"
    reasons = {Path(line.split(": ")[1]).name: line.split(": ", 2)[2] for line in lines
               if line.startswith(f"imkg ingest: {batch}")}  # fmt: skip
    assert sorted(reasons) == sorted(REASONS)
    for name, expected in REASONS.items():
        assert expected in reasons[name], (name, reasons[name])
    assert "ingested 3 of 11 documents (3 written, 0 unchanged, 8 failed" in stdout
    assert len(document_graphs(tmp_path / "data")) == 3
    rel.record("bad_files", {"files": len(REASONS), "one_line_each": True, "good_ingested": 3})


def test_huge_file_is_refused_without_being_read(batch) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(ReadError, match="too big"):
            read_document(batch / "huge.txt")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000


def test_a_run_holds_one_file_at_a_time_not_all_of_them(tmp_path) -> None:
    """Files were all read before the first was tagged: 40 files of 15 MB held 781 MB."""
    from imkg.build import build_graph
    from imkg.ingest import build_pipeline
    from imkg.ingest.labels import load_labels
    from imkg.ingest.run import ingest_paths

    folder = tmp_path / "many"
    folder.mkdir()
    block = ("caf\xe9 " * 400_000).encode("latin-1")  # 2 MB that fail only when decoded
    for n in range(20):
        (folder / f"unit-{n:02}.txt").write_bytes(block + bytes([65 + n]))
    store = open_store()
    build_graph(store)
    nlp = build_pipeline(load_labels(store))
    tracemalloc.start()
    try:
        report = ingest_paths(store, [folder], nlp=nlp)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(report.failed) == 20
    assert peak < 15_000_000, f"{peak:,} bytes at the peak for 20 files of 2 MB"  # 44 MB before
