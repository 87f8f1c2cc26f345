"""The embedded store: union default graph, atomic graph replacement, generations, errors."""

import pyoxigraph as ox
import pytest

from imkg.store import EmbeddedStore, StoreError, open_store

G = "http://example.org/graph/one"


def triple(o: str) -> ox.Triple:
    return ox.Triple(
        ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal(o)
    )


def test_store_queries_the_union_of_named_graphs_by_default():
    store = EmbeddedStore(None)
    store.replace_graph(G, [triple("a")])
    store.replace_graph(G + "2", [triple("b")])
    values = sorted(r["o"].value for r in store.select("SELECT ?o WHERE { ?s ?p ?o }"))
    assert values == ["a", "b"]


def test_store_replace_graph_replaces_the_whole_graph():
    store = EmbeddedStore(None)
    store.replace_graph(G, [triple("old"), triple("older")])
    store.replace_graph(G, [triple("new")])
    quads = store.raw.quads_for_pattern(None, None, None, ox.NamedNode(G))
    assert [q.object.value for q in quads] == ["new"]


def test_store_failed_update_changes_nothing():
    store = EmbeddedStore(None)
    store.replace_graph(G, [triple("kept")])
    with pytest.raises(SyntaxError):
        store.update(f"DROP GRAPH <{G}> ; INSERT DATA {{ nonsense")
    assert len(store.select("SELECT * WHERE { ?s ?p ?o }")) == 1


def test_store_generation_changes_on_every_write_and_persists(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    first = store.generation()
    store.replace_graph(G, [triple("x")])
    second = store.generation()
    assert second > first
    store.clear_graph(G)
    assert store.generation() > second
    store.close()
    assert EmbeddedStore(tmp_path / "store").generation() > second


def test_store_on_disk_keeps_data_across_opens(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graph(G, [triple("durable")])
    store.close()
    reopened = EmbeddedStore(tmp_path / "store", read_only=True)
    assert reopened.named_graphs() == [G]
    with pytest.raises(StoreError, match="read-only"):
        reopened.clear_graph(G)


def test_store_second_writer_gets_a_clear_error(tmp_path):
    first = EmbeddedStore(tmp_path / "store")
    with pytest.raises(StoreError, match="in use by another imkg process"):
        EmbeddedStore(tmp_path / "store")
    first.close()


def test_store_unwritable_location_is_a_store_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError):
        open_store(data_dir=blocker)


def test_store_dump_serialises_graphs_and_union():
    store = EmbeddedStore(None)
    store.replace_graph(G, [triple("x")])
    assert b'"x"' in store.dump(ox.RdfFormat.TURTLE)
    assert f"<{G}>".encode() in store.dump(ox.RdfFormat.N_QUADS)
    assert b'"x"' in store.dump(ox.RdfFormat.N_TRIPLES, graph=G)


def test_store_backup_while_another_thread_writes_never_fails(tmp_path):
    """RocksDB fails a checkpoint taken while a transaction appends to its log; the store
    must let them take turns, so every backup opens and holds whole writes only."""
    import threading

    store = EmbeddedStore(tmp_path / "store")
    graph = "http://example.org/g"
    done = threading.Event()

    def write() -> None:
        for number in range(60):
            triples = [ox.Triple(ox.NamedNode(f"http://example.org/s{number}"),
                                 ox.NamedNode("http://example.org/p"),
                                 ox.Literal("x" * 200 + str(k))) for k in range(20)]  # fmt: skip
            store.replace_graph(graph, triples)
        done.set()

    writer = threading.Thread(target=write)
    writer.start()
    sizes = []
    while not done.is_set():
        target = tmp_path / f"backup-{len(sizes)}"
        store.backup(target)
        copy = ox.Store.read_only(str(target))
        sizes.append(len(copy))
        del copy
    writer.join()
    assert len(sizes) > 1
    assert set(sizes) <= {0, 20}
