"""One transaction per document: idempotent re-runs, whole replacement, no half documents."""

import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from imkg.ingest import ingest_paths
from imkg.ingest.graph import document_triples
from imkg.ingest.pipeline import build_pipeline
from imkg.ingest.process import Job, process
from imkg.ingest.writer import write_document
from imkg.namespaces import document_graph, sparql_prefixes
from imkg.store import EmbeddedStore, add_quads

IMKG = str(Path(sys.executable).with_name("imkg"))
TEXT = "# Unit\n\nEmpowerment leads to job satisfaction. Service quality matters.\n"


def graph_count(store, graph: str) -> int:
    rows = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(rows[0]["n"].value)


def annotation_counts(store) -> dict[str, tuple[int, int, int]]:
    """Per document graph: annotations, position selectors, quote selectors."""
    rows = store.select(sparql_prefixes() + """
        SELECT ?g (COUNT(DISTINCT ?a) AS ?a_n) (COUNT(DISTINCT ?p) AS ?p_n)
                  (COUNT(DISTINCT ?q) AS ?q_n)
        WHERE { GRAPH ?g { ?doc a imkg:Document ; imkg:contentHash ?h ; prov:wasGeneratedBy ?run .
                           ?run prov:endedAtTime ?end .
                           OPTIONAL { ?a oa:hasTarget ?t . ?t oa:hasSelector ?p , ?q .
                                      ?p a oa:TextPositionSelector . ?q a oa:TextQuoteSelector } } }
        GROUP BY ?g""")  # fmt: skip
    return {r["g"].value: (int(r["a_n"].value), int(r["p_n"].value), int(r["q_n"].value))
            for r in rows}  # fmt: skip


@pytest.fixture
def store():
    return EmbeddedStore(None)


def test_document_graph_follows_the_vocabulary(store, tmp_path):
    (tmp_path / "unit.md").write_text(TEXT)
    report = ingest_paths(store, [tmp_path])
    assert (report.written, report.mentions, report.proposals) == (1, 3, 1)
    rows = store.select(sparql_prefixes() + """
        SELECT ?exact ?start ?end ?prefix ?body ?title WHERE { GRAPH ?g {
          ?doc dcterms:title ?title .
          ?a a oa:Annotation ; oa:hasBody ?body ; oa:hasTarget ?t .
          ?t oa:hasSource ?doc ; oa:hasSelector [ oa:start ?start ; oa:end ?end ] ,
                                              [ oa:exact ?exact ; oa:prefix ?prefix ] .
        } } ORDER BY ?start""")  # fmt: skip
    assert rows[0]["exact"].value == "Empowerment" and rows[0]["title"].value == "Unit"
    assert rows[1]["body"].value == "https://w3id.org/imkg/concept/job-satisfaction"
    assert rows[1]["prefix"].value == "Unit\n\nEmpowerment leads to "
    proposal = store.select(sparql_prefixes() + """
        SELECT ?cause ?cue WHERE { ?p a imkg:InfluenceProposal ; imkg:cause ?cause ;
                                   imkg:cue ?cue }""")  # fmt: skip
    assert proposal[0]["cue"].value == "leads to"


def test_same_content_again_changes_nothing(store, tmp_path):
    (tmp_path / "unit.md").write_text(TEXT)
    ingest_paths(store, [tmp_path])
    generation = store.generation()
    report = ingest_paths(store, [tmp_path])
    assert (report.written, report.unchanged) == (0, 1)
    assert store.generation() == generation


def test_changed_content_replaces_the_graph_whole(store, tmp_path):
    path = tmp_path / "unit.md"
    path.write_text(TEXT)
    ingest_paths(store, [tmp_path])
    path.write_text("# Unit\n\nOnly customer orientation now.\n")
    report = ingest_paths(store, [tmp_path])
    assert report.written == 1
    bodies = store.select(sparql_prefixes() + "SELECT ?b WHERE { ?a oa:hasBody ?b }")
    assert [b["b"].value.rsplit("/", 1)[1] for b in bodies] == ["customer-orientation"]
    assert not store.select(sparql_prefixes() + "SELECT ?p WHERE { ?p a imkg:InfluenceProposal }")


def test_same_file_name_in_two_folders_gets_two_documents(store, tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "intro.md").write_text(TEXT + folder)
    assert ingest_paths(store, [tmp_path]).written == 2
    assert len([g for g in store.named_graphs() if "/document/intro" in g]) == 2


def test_failure_while_making_triples_leaves_the_old_graph(store, tmp_path):
    path = tmp_path / "unit.md"
    path.write_text(TEXT)
    ingest_paths(store, [tmp_path])
    graph = document_graph("unit")
    before = graph_count(store, graph)
    path.write_text(TEXT + "\nCustomer orientation too.\n")
    result = process(build_pipeline(), Job(path=path, source=str(path.resolve())))

    def exploding():
        for n, triple in enumerate(document_triples(result)):
            if n == 20:
                raise RuntimeError("crash midway")
            yield triple

    with pytest.raises(RuntimeError):
        write_document(store, result, triples=exploding())
    assert graph_count(store, graph) == before


@pytest.mark.slow
def test_killed_ingest_leaves_no_half_document_and_rerun_completes(tmp_path):
    corpus = tmp_path / "docs"
    corpus.mkdir()
    sentence = (
        "Empowerment leads to job satisfaction and service quality drives customer satisfaction. "
    )
    for n in range(200):
        (corpus / f"doc-{n:03}.md").write_text(f"# Doc {n}\n\n" + sentence * 10)
    data = tmp_path / "data"
    command = [IMKG, "ingest", str(corpus), "--data-dir", str(data), "--quiet"]
    process_ = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    generation = data / "store" / "imkg-generation"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if generation.exists() and int(generation.read_text() or 0) >= 3:
            break
        time.sleep(0.005)
    process_.send_signal(signal.SIGKILL)
    process_.wait()
    store = EmbeddedStore(data / "store")
    counts = annotation_counts(store)
    documents = [g for g in store.named_graphs() if "/graph/document/" in g]
    store.close()
    assert 0 < len(documents) < 200, "the kill should land mid-run"
    assert set(counts) == set(documents)
    assert all(a == p == q == 40 for a, p, q in counts.values()), counts
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(documents)} unchanged" in rerun.stdout
    store = EmbeddedStore(data / "store")
    assert len(annotation_counts(store)) == 200
    store.close()


def test_bundled_corpus_is_ingested_with_kinds_and_sources(store):
    from imkg.ingest.corpus import corpus_files, ingest_bundled_corpus

    report = ingest_bundled_corpus(store)
    assert report.ok and report.written == len(corpus_files()) > 0
    rows = store.select(sparql_prefixes() + """
        SELECT ?source ?kind WHERE { ?d a imkg:Document ; dcterms:source ?source ;
                                       imkg:kind ?kind }""")  # fmt: skip
    kinds = {r["source"].value: r["kind"].value for r in rows}
    assert not any(s.endswith("README.md") for s in kinds)
    assert all(k == ("case" if "/cases/" in s else "course") for s, k in kinds.items())
    assert ingest_bundled_corpus(store).unchanged == report.written


def test_new_documents_are_added_in_one_transaction(store, tmp_path):
    for n in range(3):
        (tmp_path / f"unit-{n}.md").write_text(TEXT + f"\nPart {n}.\n")
    generation = store.generation()
    assert ingest_paths(store, [tmp_path]).written == 3
    assert store.generation() == generation + 1
    assert len(annotation_counts(store)) == 3


def test_add_quads_without_extend_is_one_update(store):
    class Remote:
        def __init__(self):
            self.updates = []

        def update(self, sparql):
            self.updates.append(sparql)

    graph = ox.NamedNode(document_graph("x"))
    quads = [ox.Quad(ox.NamedNode(f"urn:s{n}"), ox.NamedNode("urn:p"), ox.Literal(f'"{n}"\n'),
                     graph) for n in range(3)]  # fmt: skip
    remote = Remote()
    add_quads(remote, quads)
    assert len(remote.updates) == 1
    store.update(remote.updates[0])
    assert set(store.triples(graph.value)) == {q.triple for q in quads}
