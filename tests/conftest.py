"""Session fixtures with real servers on 127.0.0.1, shared by every test module.

- ``live_server``: base URL of ``imkg serve`` on a temp data dir holding the bundled ontology
  (no corpus), no update token, default query timeout.
- ``guarded_server``: the same with ``--update-token`` (``update_token`` fixture) and a 2 s
  query timeout, for writes and for the refusals that take time.
- ``oxigraph_server``: base URL of ``oxigraph serve`` (``/query``, ``/update``, ``/store``).
- ``remote_server``: ``imkg serve --store`` over that Oxigraph, built with ``imkg build``.

And in-process fixtures the tests only read: ``nlp`` (the default ingest pipeline),
``ontology_store`` (the bundled ontology) and ``corpus_store`` (the ontology and the corpus).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def _load_helper(name: str, filename: str):
    """Tests are imported with --import-mode=importlib, so load helper modules by path."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(filename))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


servers = _load_helper("imkg_test_servers", "servers.py")
_load_helper("imkg_test_reliability", "reliability.py")  # the reliability tests import it
_load_helper("imkg_test_pdf", "pdf.py")  # the reader and bad-file tests import it
_load_helper("imkg_test_qa", "qa_expected.py")  # the question-answering tests import it
_load_helper("imkg_test_annotated", "annotated.py")  # the gold-set and held-out tests import it
_load_helper("imkg_test_formats", "formats.py")  # the format-parity tests import it
_load_helper("imkg_test_syllabus", "syllabus_checks.py")  # the coverage round tests import it
_load_helper("imkg_test_doc_examples", "doc_examples.py")  # the docs examples test imports it
_load_helper("w3c_suite", "w3c_suite.py")  # the W3C conformance test imports these three
_load_helper("w3c_answers", "w3c_answers.py")
_load_helper("w3c_peers", "w3c_peers.py")

GUARDED_TIMEOUT = 2.0


@pytest.fixture(scope="session")
def built_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory with the bundled ontology built once; servers copy it."""
    return servers.build_data_dir(tmp_path_factory.mktemp("built") / "data")


@pytest.fixture(scope="session")
def update_token() -> str:
    """The bearer token ``guarded_server`` and ``remote_server`` accept."""
    return servers.TOKEN


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory, built_data_dir: Path) -> Iterator[str]:
    """Base URL of a read-only imkg server (writes refused: no token)."""
    server = servers.start_imkg(tmp_path_factory.mktemp("live") / "data", template=built_data_dir)
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def guarded_server(
    tmp_path_factory: pytest.TempPathFactory, built_data_dir: Path, update_token: str
) -> Iterator[str]:
    """Base URL of an imkg server with an update token and a 2 s query timeout."""
    server = servers.start_imkg(
        tmp_path_factory.mktemp("guarded") / "data",
        "--update-token",
        update_token,
        "--query-timeout",
        str(GUARDED_TIMEOUT),
        template=built_data_dir,
    )
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a real ``oxigraph serve`` on a temp location."""
    server = servers.start_oxigraph(tmp_path_factory.mktemp("oxigraph") / "store")
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def remote_server(
    tmp_path_factory: pytest.TempPathFactory, oxigraph_server: str, update_token: str
) -> Iterator[str]:
    """Base URL of ``imkg serve --store`` over ``oxigraph_server``, built with ``imkg build``."""
    store = f"{oxigraph_server}/query"
    subprocess.run(
        [str(servers.BIN / "imkg"), "build", "--store", store],
        check=True,
        capture_output=True,
        timeout=300,
    )
    server = servers.start_imkg(
        tmp_path_factory.mktemp("remote") / "data",
        "--store",
        store,
        "--update-token",
        update_token,
    )
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def nlp():
    """The default ingest pipeline over the bundled ontology (built once per process)."""
    from imkg.ingest.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def ontology_store():
    """The bundled ontology alone in an in-memory store, built once; tests only read it."""
    from imkg.build import build_graph
    from imkg.store import EmbeddedStore

    built = EmbeddedStore(None)
    build_graph(built)
    return built


@pytest.fixture(scope="session")
def corpus_store():
    """The bundled ontology and corpus in an in-memory store, built once; tests only read it."""
    from imkg.build import build_graph
    from imkg.ingest.corpus import ingest_bundled_corpus
    from imkg.store import EmbeddedStore

    built = EmbeddedStore(None)
    build_graph(built)
    ingest_bundled_corpus(built)
    return built
