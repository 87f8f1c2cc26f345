"""Latency of the JSON API beside the plain SPARQL it runs, on the same server in the same run.

For each call (``/api/ask?q=...``, ``/api/concepts/{id}/influences``) the script first asks the
API once for the SPARQL it runs (the ``sparql`` field of the response), then times, in
interleaved rounds, the API call and the same SPARQL sent to ``/sparql`` (one request per
query, in sequence, when the call runs several). It prints median and p95 latency and the
API's overhead over its SPARQL, on the bundled data (ontology + bundled corpus) and on the
synthetic corpus of ``bench/synthetic.py``.

    python bench/bench_api.py                       # bundled data and the small synthetic set
    python bench/bench_api.py --size large --rounds 40
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).parent))

from servers import BIN, Server, free_port, start_imkg, wait_until_answering
from synthetic import generate

CALLS = {
    "ask: what influences X": "/api/ask?q=" + quote("what influences customer satisfaction"),
    "ask: directly or indirectly": "/api/ask?q="
    + quote("what influences customer satisfaction directly or indirectly"),
    "ask: how does X affect Y": "/api/ask?q="
    + quote("how does empowerment affect customer satisfaction"),
    "ask: what comes after X": "/api/ask?q=" + quote("what comes after code breaking"),
    "ask: where is X discussed": "/api/ask?q=" + quote("where is empowerment discussed"),
    "influences in, indirect": "/api/concepts/customer-satisfaction/influences"
    "?direction=in&indirect=true",
    "influences out, indirect": "/api/concepts/empowerment/influences?direction=out&indirect=true",
}
ACCEPT = {"Accept": "application/sparql-results+json"}


def bundled_dataset(path: Path) -> int:
    """Write the ontology, its entailments and the ingested bundled corpus as N-Quads."""
    from imkg.build import build_graph
    from imkg.ingest.corpus import ingest_bundled_corpus
    from imkg.store import EmbeddedStore

    store = EmbeddedStore(None)
    build_graph(store)
    ingest_bundled_corpus(store)
    data = store.dump(ox.RdfFormat.N_QUADS)
    path.write_bytes(data)
    return data.count(b"\n")


def synthetic_dataset(path: Path, size: str) -> int:
    """Write the synthetic benchmark corpus of ``size`` as N-Quads."""
    quads = list(generate(size))
    path.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    return len(quads)


def sparql_of(client: httpx.Client, path: str) -> list[str]:
    """Return the SPARQL queries an API call runs, as it reports them."""
    response = client.get(path)
    response.raise_for_status()
    found = response.json()["sparql"]
    return found if isinstance(found, list) else [found] if found else []


def timed(call) -> float:
    """Return the seconds ``call`` takes, checking that it succeeded."""
    start = time.perf_counter()
    response = call()
    elapsed = time.perf_counter() - start
    response.raise_for_status()
    return elapsed


Timings = dict[tuple[str, str], tuple[list[float], list[float], int]]
MODES = ("fresh", "repeat")


def measure(server: Server, rounds: int) -> Timings:
    """Time each API call and its SPARQL in interleaved rounds (after two warm-up rounds).

    Both sides keep answers until the next write (the result cache). "fresh" makes every
    request new (an unused ``fresh=N`` parameter for the API, a ``# fresh N`` comment for the
    SPARQL), so both evaluate; "repeat" sends the same request each round, so both may
    answer from their caches.
    """
    results: Timings = {}
    with httpx.Client(base_url=server.base_url, timeout=300) as client:
        queries = {name: sparql_of(client, path) for name, path in CALLS.items()}
        for number in range(rounds + 2):
            for name, path in CALLS.items():
                for mode in MODES:
                    tag = f"{number}-{name}" if mode == "fresh" else ""
                    api, plain = _one_round(client, path, queries[name], tag)
                    if number >= 2:
                        found = results.setdefault((name, mode), ([], [], len(queries[name])))
                        found[0].append(api)
                        found[1].append(plain)
    return results


def _one_round(
    client: httpx.Client, path: str, queries: list[str], tag: str
) -> tuple[float, float]:
    url = f"{path}&fresh={quote(tag)}" if tag else path
    api = timed(lambda: client.get(url))
    plain = 0.0
    for query in queries:
        text = f"{query}\n# fresh {tag}" if tag else query
        data = {"query": text}
        plain += timed(lambda data=data: client.post("/sparql", data=data, headers=ACCEPT))
    return api, plain


def p95(values: list[float]) -> float:
    """Nearest-rank 95th percentile."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def table(title: str, results: Timings) -> str:
    """Render one dataset's results as a markdown table."""
    lines = [
        f"### {title}",
        "",
        "| call | requests | API median / p95 ms | its SPARQL median / p95 ms | queries "
        "| API / SPARQL (median) | overhead |",
        "|---|---|---|---|---|---|---|",
    ]
    for (name, mode), (api, plain, count) in results.items():
        ratio = statistics.median(api) / statistics.median(plain)
        lines.append(
            f"| {name} | {mode} | {statistics.median(api) * 1000:.2f} / {p95(api) * 1000:.2f} | "
            f"{statistics.median(plain) * 1000:.2f} / {p95(plain) * 1000:.2f} | {count} | "
            f"{ratio:.2f}x | {(ratio - 1) * 100:+.0f}% |"
        )
    return "\n".join(lines) + "\n"


def start_asyncio(dataset: Path, folder: Path) -> Server:
    """Serve ``dataset`` like ``imkg serve`` but on uvicorn's asyncio loop instead of uvloop.

    For comparing event loops, and for machines where uvloop misbehaves: an early version of
    the /sparql worker pool failed on replies over ~16 KB under uvloop.
    """
    data_dir = folder / "imkg-data"
    store = ox.Store(str(data_dir / "store"))
    store.bulk_load(path=str(dataset), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    port = free_port()
    command = [
        str(BIN / "uvicorn"),
        "--factory",
        "imkg.api.app:create_app",
        "--loop",
        "asyncio",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    env = {**os.environ, "IMKG_DATA_DIR": str(data_dir)}
    with (folder / "imkg.log").open("wb") as log:
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )
    base = f"http://127.0.0.1:{port}"
    server = Server("imkg", base + "/sparql", process, base_url=base)
    server.load_seconds = wait_until_answering(server.query_url, process)
    return server


def run(title: str, write, rounds: int, work: Path, *, loop: str) -> str:
    """Serve one dataset with ``imkg serve``, measure it and return its table."""
    folder = work / title.split()[0]
    folder.mkdir()
    dataset = folder / "data.nq"
    quads = write(dataset)
    (folder / "imkg-data").mkdir()  # start_imkg opens a store inside it
    starter = start_asyncio if loop == "asyncio" else start_imkg
    server = starter(dataset, folder)
    print(f"{title}: {quads} quads, served in {server.load_seconds:.1f} s", flush=True)
    try:
        return table(f"{title} ({quads} quads)", measure(server, rounds))
    finally:
        server.stop()


def main() -> None:
    """Measure on the bundled data and on one synthetic size; print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("small", "medium", "large"), default="large")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--skip-bundled", action="store_true")
    parser.add_argument(
        "--loop",
        choices=("imkg-serve", "asyncio"),
        default="imkg-serve",
        help="serve with `imkg serve` (uvloop when installed) or on uvicorn's asyncio loop",
    )
    args = parser.parse_args()
    output = []
    with tempfile.TemporaryDirectory(prefix="imkg-bench-api-") as tmp:
        work = Path(tmp)
        if not args.skip_bundled:
            output.append(run("bundled data", bundled_dataset, args.rounds, work, loop=args.loop))
        output.append(
            run(
                f"synthetic {args.size} corpus",
                lambda p: synthetic_dataset(p, args.size),
                args.rounds,
                work,
                loop=args.loop,
            )
        )
    print("\n" + "\n".join(output))


if __name__ == "__main__":
    main()
