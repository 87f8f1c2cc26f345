"""``make bench``: imkg beside the Oxigraph server, rdflib-endpoint and a constant-answer floor.

Same data (bench/synthetic.py), same queries, one run. Prints a markdown table of median and
p95 latency per query (interleaved rounds), throughput with 8 concurrent clients (bounded in
count and time), load time and peak memory, with ratios, and writes it to bench/results/.

    python bench/run.py --size small            # ~10k triples, a minute
    python bench/run.py --size large --skip-rdflib
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).parent))

from servers import (  # noqa: E402
    Server,
    start_floor,
    start_imkg,
    start_oxigraph,
    start_rdflib_endpoint,
)
from synthetic import generate  # noqa: E402

from imkg.namespaces import sparql_prefixes  # noqa: E402

RESULTS = Path(__file__).parent / "results"
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
API_CALLS = {
    "api ask": "/api/ask?q=what+influences+customer+satisfaction",
    "api influences": "/api/concepts/customer-satisfaction/influences?direction=in&indirect=true",
}
ACCEPT = {"Accept": "application/sparql-results+json"}


def percentile(values: list[float], fraction: float) -> float:
    """Return the ``fraction`` quantile of ``values`` (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def time_request(client: httpx.Client, server: Server, query: str) -> float:
    """Seconds for one query, checking that it succeeded."""
    start = time.perf_counter()
    response = client.get(server.query_url, params={"query": query}, headers=ACCEPT)
    elapsed = time.perf_counter() - start
    if response.status_code != 200:
        raise RuntimeError(f"{server.name}: {response.status_code} {response.text[:200]}")
    return elapsed


def latencies(servers: list[Server], rounds: int, budget: float) -> dict:
    """Interleave servers and queries round by round; return seconds per (server, query)."""
    timings: dict[tuple[str, str], list[float]] = {}
    slow: set[tuple[str, str]] = set()
    with httpx.Client(timeout=budget) as client:
        for _ in range(rounds):
            for name, query in QUERIES.items():
                for server in servers:
                    key = (server.name, name)
                    if key in slow:
                        continue
                    try:
                        elapsed = time_request(client, server, query)
                    except httpx.TimeoutException:
                        slow.add(key)
                        timings[key] = [budget]
                        continue
                    timings.setdefault(key, []).append(elapsed)
                    if elapsed > budget / 4:
                        slow.add(key)  # one round is enough to know it is slow
    return timings


async def _throughput(url: str, params: dict, clients: int, seconds: float, cap: int) -> float:
    done = 0
    deadline = time.perf_counter() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal done
        while time.perf_counter() < deadline and done < cap:
            response = await client.get(url, params=params, headers=ACCEPT)
            response.raise_for_status()
            done += 1

    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        start = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(clients)))
        return done / (time.perf_counter() - start)


def throughput(server: Server, query: str, *, clients: int = 8, seconds: float = 5.0) -> float:
    """Requests per second with ``clients`` concurrent clients, bounded in time and count."""
    return asyncio.run(_throughput(server.query_url, {"query": query}, clients, seconds, 200_000))


def api_latencies(imkg: Server, rounds: int) -> dict[str, list[float]]:
    """Latency of the JSON API calls, interleaved with the SPARQL they run."""
    timings: dict[str, list[float]] = {}
    with httpx.Client(base_url=imkg.base_url, timeout=30) as client:
        for _ in range(rounds):
            for name, path in API_CALLS.items():
                start = time.perf_counter()
                response = client.get(path)
                timings.setdefault(name, []).append(time.perf_counter() - start)
                if response.status_code != 200:
                    timings.pop(name)
                    break
    return timings


def ms(value: float) -> str:
    return f"{value * 1000:.1f}"


def report(args, servers, timings, rates, api) -> str:  # noqa: ANN001
    """Render the results as markdown with ratios against each peer."""
    names = [s.name for s in servers if s.name != "floor"]
    lines = [
        f"# imkg benchmark — {args.size} dataset ({args.quads} quads)",
        "",
        f"{datetime.date.today()} · {platform.machine()} · {platform.python_version()} · "
        f"{args.rounds} interleaved rounds · throughput with 8 clients for {args.seconds} s",
        "",
        "## Latency per query (median / p95, ms)",
        "",
        "| query | " + " | ".join(names) + " | imkg ÷ oxigraph (median) |",
        "|---|" + "---|" * (len(names) + 1),
    ]
    for query in QUERIES:
        cells = []
        for name in names:
            values = timings.get((name, query))
            cells.append(
                f"{ms(statistics.median(values))} / {ms(percentile(values, 0.95))}"
                if values else "–"
            )
        imkg_t, oxi_t = timings.get(("imkg", query)), timings.get(("oxigraph", query))
        ratio = (
            f"{statistics.median(imkg_t) / statistics.median(oxi_t):.2f}×"
            if imkg_t and oxi_t else "–"
        )
        lines.append(f"| {query} | " + " | ".join(cells) + f" | {ratio} |")
    lines += ["", "## Throughput, 8 concurrent clients (requests/s)", ""]
    lines += ["| server | concept labels | mention counts |", "|---|---|---|"]
    for server in servers:
        got = rates.get(server.name, {})
        lines.append(
            f"| {server.name} | {got.get('concept labels', 0):.0f} | "
            f"{got.get('mention counts', 0):.0f} |"
        )
    lines += ["", "## Load time and peak memory", "", "| server | load s | peak MB |", "|---|---|---|"]
    for server in servers:
        lines.append(
            f"| {server.name} | {server.load_seconds:.2f} | {server.peak_memory_mb():.0f} |"
        )
    if api:
        lines += ["", "## JSON API (median / p95, ms)", ""]
        for name, values in api.items():
            lines.append(f"- {name}: {ms(statistics.median(values))} / "
                         f"{ms(percentile(values, 0.95))}")
    return "\n".join(lines) + "\n"


def main() -> None:
    """Run the whole comparison and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("small", "medium", "large"), default="small")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--skip-rdflib", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="imkg-bench-") as tmp:
        work = Path(tmp)
        dataset = work / "data.nq"
        quads = list(generate(args.size))
        args.quads = len(quads)
        dataset.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
        print(f"dataset: {len(quads)} quads", flush=True)
        starters = [start_imkg, start_oxigraph]
        if not args.skip_rdflib:
            starters.append(start_rdflib_endpoint)
        servers: list[Server] = []
        try:
            for starter in starters:
                servers.append(starter(dataset, work))
                print(f"started {servers[-1].name} in {servers[-1].load_seconds:.1f} s", flush=True)
            servers.append(start_floor(work))
            timings = latencies([s for s in servers if s.name != "floor"], args.rounds, 60.0)
            rates = {
                s.name: {q: throughput(s, QUERIES[q], seconds=args.seconds)
                         for q in ("concept labels", "mention counts")}
                for s in servers if s.name != "rdflib-endpoint"
            }
            api = api_latencies(servers[0], args.rounds)
            text = report(args, servers, timings, rates, api)
        finally:
            for server in servers:
                server.stop()
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"{args.size}.md"
    out.write_text(text)
    print(text)
    print(f"written to {out}")


if __name__ == "__main__":
    main()
