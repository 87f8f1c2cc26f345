"""The query workers run with a faster allocator where the machine has one, and only they."""

from __future__ import annotations

import ctypes.util
import os
from pathlib import Path

import httpx
import pytest

from imkg.api.allocator import JEMALLOC_CONF, find_allocator

JEMALLOC = ctypes.util.find_library("jemalloc")


def _mapped(pid: int, name: str) -> bool:
    return name in Path(f"/proc/{pid}/maps").read_text()


@pytest.mark.parametrize("setting", ["system", "off", "SYSTEM", ""])
def test_the_system_allocator_when_asked(setting):
    assert find_allocator(setting) is None


def test_a_missing_file_falls_back_to_the_system_allocator():
    assert find_allocator("/no/such/libmalloc.so") is None


def test_auto_takes_an_installed_allocator_or_none():
    found = find_allocator("auto")
    assert found is None or any(name in found for name in ("mimalloc", "jemalloc"))
    assert find_allocator("libexample.so.1") == "libexample.so.1"  # a name: the linker decides


@pytest.mark.skipif(JEMALLOC is None, reason="libjemalloc2 is not installed (.ci/run installs it)")
@pytest.mark.parametrize(("setting", "expected"), [("auto", True), ("system", False)])
def test_workers_and_only_workers_load_the_allocator(tmp_path, built_data_dir, setting, expected):
    """With jemalloc found, workers map it and read ``JEMALLOC_CONF``; the server does not."""
    import imkg_test_servers as servers

    server = servers.start_imkg(tmp_path / "data", template=built_data_dir,
                                env={"IMKG_WORKER_MALLOC": setting})  # fmt: skip
    try:
        workers = httpx.get(f"{server.url}/health", timeout=10).json()["workers"]
        assert workers["allocator"] == (JEMALLOC if expected else "system")
        assert workers["pids"] and all(_mapped(p, "jemalloc") == expected for p in workers["pids"])
        assert not _mapped(server.process.pid, "jemalloc")  # the server keeps glibc's
        for pid in workers["pids"]:
            environment = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
            assert (f"MALLOC_CONF={JEMALLOC_CONF}".encode() in environment) == expected
        assert "LD_PRELOAD" not in Path(f"/proc/{server.process.pid}/environ").read_text()
        accept = {"Accept": "application/sparql-results+json"}
        query = {"query": "ASK { ?s ?p ?o }"}
        answer = httpx.get(f"{server.url}/sparql", params=query, headers=accept, timeout=10)
        assert answer.status_code == 200 and answer.json()["boolean"] is True
    finally:
        server.stop()
    assert "jemalloc" not in os.environ.get("LD_PRELOAD", "")
