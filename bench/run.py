"""``make bench``: imkg beside the Oxigraph server, rdflib-endpoint and a constant-answer floor.

Same data (bench/synthetic.py), same queries, one run per size. For each size: median and p95
latency per query (interleaved rounds, one keep-alive connection per server), throughput with
8 concurrent clients (bench/load.py, bounded in time), load time and peak memory, with the
ratios against each peer; written to bench/results/sparql-<size>.md. ``--all`` then runs
bench/bench_ingest.py and bench/bench_api.py and writes their output beside it.

    python bench/run.py --quick                  # smoke run: small size, a minute
    python bench/run.py --sizes small,medium,large --all
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).parent))

from load import Rate, throughput, tool
from report import render, write_result
from servers import (
    Server,
    start_floor,
    start_imkg,
    start_oxigraph,
    start_rdflib_endpoint,
)
from synthetic import SIZES, generate

from imkg.namespaces import sparql_prefixes

P = sparql_prefixes()
# Explicit GRAPH patterns so every server answers the same whatever its default graph.
QUERIES = {
    "concept labels": P + "SELECT ?p ?o WHERE { GRAPH ?g { imc:empowerment ?p ?o } "
    "FILTER(?p IN (skos:prefLabel, skos:altLabel, skos:definition)) }",
    "direct influences": P + "SELECT ?x WHERE { GRAPH ?g "
    "{ ?x imkg:directlyInfluences imc:customer-satisfaction } }",
    "transitive influences": P + "SELECT DISTINCT ?x WHERE { GRAPH ?g "
    "{ imc:marketing-like-approach imkg:directlyInfluences+ ?x } }",
    "mention counts": P + "SELECT ?c (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a oa:hasBody ?c } } "
    "GROUP BY ?c ORDER BY DESC(?n) LIMIT 10",
    "label search": P + "SELECT ?c ?l WHERE { GRAPH ?g { ?c skos:prefLabel ?l "
    'FILTER(CONTAINS(LCASE(STR(?l)), "satisf")) } }',
    "two-concept documents": P + "SELECT ?d WHERE { "
    "{ SELECT DISTINCT ?d WHERE { GRAPH ?g { ?a oa:hasBody imc:empowerment ; oa:hasTarget ?t . "
    "?t oa:hasSource ?d } } } "
    "{ SELECT DISTINCT ?d WHERE { GRAPH ?h { ?b oa:hasBody imc:job-satisfaction ; "
    "oa:hasTarget ?u . ?u oa:hasSource ?d } } } }",
}
# Throughput: two cheap lookups and one heavy aggregate.
THROUGHPUT = ("concept labels", "direct influences", "mention counts")
ACCEPT = {"Accept": "application/sparql-results+json"}
RDFLIB_SIZES = ("small", "medium")  # rdflib needs ~36 s to load 1M triples, minutes per join


class Slow(Exception):
    """A query did not answer within the client's budget."""


class Client:
    """One keep-alive HTTP/1.1 connection to a server; ``get`` returns the seconds taken."""

    def __init__(self, server: Server, budget: float) -> None:
        self.server, self.budget = server, budget
        self.url = urlsplit(server.query_url)
        self.connection: http.client.HTTPConnection | None = None

    def get(self, query: str) -> float:
        if self.connection is None:
            self.connection = http.client.HTTPConnection(
                self.url.hostname, self.url.port, timeout=self.budget
            )
        path = f"{self.url.path or '/'}?{urlencode({'query': query})}"
        start = time.perf_counter()
        try:
            self.connection.request("GET", path, headers=ACCEPT)
            response = self.connection.getresponse()
            body = response.read()
        except TimeoutError as err:
            self.close()
            raise Slow from err
        elapsed = time.perf_counter() - start
        if response.status != 200:
            raise RuntimeError(f"{self.server.name}: {response.status} {body[:200]!r}")
        return elapsed

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def latencies(servers: list[Server], rounds: int, budget: float, restart) -> dict:
    """Interleave servers and queries round by round; return seconds per (server, query).

    A query past ``budget`` is recorded as ``None`` (shown as "> budget") and not run again;
    its server is restarted by ``restart`` so the abandoned query stops using a core.
    """
    timings: dict[tuple[str, str], list[float] | None] = {}
    once: set[tuple[str, str]] = set()
    clients = {s.name: Client(s, budget) for s in servers}
    for round_number in range(rounds + 1):  # round 0 warms up and finds the slow queries
        for name, query in QUERIES.items():
            for server in servers:
                key = (server.name, name)
                if key in once or (key in timings and timings[key] is None):
                    continue
                try:
                    elapsed = clients[server.name].get(query)
                except Slow:
                    timings[key] = None
                    clients[server.name] = Client(restart(server), budget)
                    continue
                if elapsed > budget / 4:
                    timings[key] = [elapsed]  # once is enough to know it is slow
                    once.add(key)
                elif round_number:
                    timings.setdefault(key, []).append(elapsed)
    for client in clients.values():
        client.close()
    return timings


def rates_of(servers: list[Server], timings: dict, args: argparse.Namespace) -> dict:
    """Throughput per server and query: the best of interleaved passes.

    Other work on the machine lowers a pass now and then; interleaving servers pass by pass
    and keeping each one's best pass compares them on equal terms.
    """
    rates: dict[str, dict[str, Rate]] = {}
    for _ in range(args.passes):
        for name in THROUGHPUT:
            for server in servers:
                if timings.get((server.name, name), [0.0]) is None:
                    continue  # past the budget once: no throughput to measure
                query = "ASK {}" if server.name == "floor" else QUERIES[name]
                rate = throughput(server.query_url, query, seconds=args.seconds)
                best = rates.setdefault(server.name, {}).get(name)
                if best is None or rate.per_second > best.per_second:
                    rates[server.name][name] = rate
    return rates


def measure_size(size: str, args: argparse.Namespace, work: Path) -> str:
    """Serve one size on every server, measure it and return the markdown report."""
    dataset = work / f"{size}.nq"
    quads = list(generate(size))
    dataset.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    print(f"{size}: {len(quads)} quads", flush=True)
    folder = work / size
    folder.mkdir()
    starters = [
        lambda: start_imkg(dataset, folder),
        lambda: start_imkg(dataset, folder, name="imkg (no cache)", env={"IMKG_QUERY_CACHE": "0"}),
        lambda: start_oxigraph(dataset, folder),
    ]
    with_rdflib = not args.skip_rdflib and size in RDFLIB_SIZES
    if with_rdflib:
        starters.append(lambda: start_rdflib_endpoint(dataset, folder))
    servers: list[Server] = []

    def restart(server: Server) -> Server:
        print(f"  restarting {server.name} after a query past {args.timeout:g} s", flush=True)
        server.stop()
        fresh = start_rdflib_endpoint(dataset, folder)
        fresh.load_seconds = server.load_seconds
        servers[servers.index(server)] = fresh
        return fresh

    try:
        for starter in starters:
            servers.append(starter())
            print(f"  started {servers[-1].name} in {servers[-1].load_seconds:.1f} s", flush=True)
        servers.append(start_floor(folder))
        peers = [s for s in servers if s.name != "floor"]
        timings = latencies(peers, args.rounds, args.timeout, restart)
        print("  latency done", flush=True)
        rates = rates_of(servers, timings, args)
        memory = {s.name: s.peak_memory_mb() for s in servers}
    finally:
        for server in servers:
            server.stop()
    return render(
        size=size,
        quads=len(quads),
        args=args,
        servers=servers,
        queries=list(QUERIES),
        timings=timings,
        rates=rates,
        memory=memory,
        load_tool=tool(),
        rdflib_note=None if with_rdflib else "rdflib-endpoint not run at this size",
    )


def run_script(
    script: str, arguments: list[str], limit: float, env: dict[str, str] | None = None
) -> str:
    """Run another bench script, bounded in time, and return its output as markdown."""
    command = [sys.executable, str(Path(__file__).parent / script), *arguments]
    print(f"running {' '.join(command[1:])}", flush=True)
    try:
        environment = {**os.environ, **(env or {})}
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=limit, env=environment
        )
        output = done.stdout + (f"\n(exit {done.returncode})\n{done.stderr[-2000:]}"
                                if done.returncode else "")  # fmt: skip
    except subprocess.TimeoutExpired as err:
        output = f"{err.stdout or ''}\n(stopped after {limit:g} s)\n"
    return output


def main() -> None:
    """Run the whole comparison and write the reports."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="small,medium,large", help="small, medium and/or large")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--seconds", type=float, default=3.0, help="one throughput pass")
    parser.add_argument("--passes", type=int, default=3, help="throughput passes (best kept)")
    parser.add_argument("--timeout", type=float, default=30.0, help="client budget per query")
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("--quick", action="store_true", help="small size, 3 rounds, 1 s runs")
    parser.add_argument("--all", action="store_true", help="also run the ingest and API benches")
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.rounds, args.seconds, args.passes, args.timeout = "small", 3, 1, 1, 10
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the servers on the way out
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    for size in sizes:
        if size not in SIZES:
            parser.error(f"unknown size {size!r}; choose from {', '.join(SIZES)}")
    with tempfile.TemporaryDirectory(prefix="imkg-bench-") as tmp:
        for size in sizes:
            text = measure_size(size, args, Path(tmp))
            print(text, flush=True)
            print(f"written to {write_result(f'sparql-{size}.md', text)}", flush=True)
    if args.all:
        quick = ["--docs", "100"] if args.quick else []
        ingest = run_script("bench_ingest.py", quick, 1800)
        write_result("ingest.md", f"# Ingest\n\n```\n{ingest.strip()}\n```\n")
        api_args = ["--size", "small" if args.quick else sizes[-1]]
        api_args += ["--rounds", "5"] if args.quick else []
        # Without the result cache: /sparql would answer the repeated queries from it, the
        # JSON API (which runs its queries on the store directly) would not.
        api = run_script("bench_api.py", api_args, 1800, env={"IMKG_QUERY_CACHE": "0"})
        write_result("api.md", f"# JSON API over its SPARQL (result cache off)\n\n{api.strip()}\n")
    with contextlib.suppress(OSError):
        os.sync()


if __name__ == "__main__":
    main()
