"""Markdown for bench/run.py: latency, throughput, load and memory tables with ratios."""

from __future__ import annotations

import datetime
import os
import platform
import statistics
from pathlib import Path

RESULTS = Path(__file__).parent / "results"
PEERS = ("oxigraph", "rdflib-endpoint")


def machine() -> str:
    """Describe this machine in one line: CPU model, cores, memory, OS, Python."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        pages = 0
    return (
        f"{model}, {os.cpu_count()} cores, {pages / 2**30:.0f} GiB, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
    )


def percentile(values: list[float], fraction: float) -> float:
    """Return the ``fraction`` quantile of ``values`` (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _ms(value: float) -> str:
    return f"{value * 1000:.2f}" if value < 0.1 else f"{value * 1000:.0f}"


def _latency_cell(values: list[float] | None, budget: float) -> str:
    if values is None:
        return f"> {budget:g} s"
    if len(values) == 1:
        return f"{_ms(values[0])} (once)"
    return f"{_ms(statistics.median(values))} / {_ms(percentile(values, 0.95))}"


def _ratio(mine: float | None, theirs: float | None, *, theirs_over: bool = False) -> str:
    if mine is None or theirs is None or mine == 0 or theirs == 0:
        return "-"
    return f"{theirs / mine:.1f}x" if theirs_over else f"{mine / theirs:.2f}x"


def _median(timings: dict, key: tuple[str, str], budget: float) -> float | None:
    if key not in timings:
        return None
    values = timings[key]
    return budget if values is None else statistics.median(values)


def render(*, size, quads, args, servers, queries, timings, rates, memory, load_tool,
           rdflib_note) -> str:  # fmt: skip
    """Render one size's results as markdown."""
    names = [s.name for s in servers if s.name != "floor"]
    budget = args.timeout
    lines = [
        f"# imkg SPARQL benchmark — {size} dataset ({quads:,} quads)",
        "",
        f"{datetime.date.today()} · {machine()}",
        "",
        f"Latency: {args.rounds} interleaved rounds after a warm-up, one keep-alive connection "
        f"per server, client budget {budget:g} s per query. Throughput: 8 concurrent "
        f"connections with {load_tool}, best of {args.passes} interleaved passes of "
        f'{args.seconds:g} s. "imkg" serves with its '
        'result cache (repeated identical queries), "imkg (no cache)" with '
        "IMKG_QUERY_CACHE=0." + (f" {rdflib_note}." if rdflib_note else ""),
        "",
        "## Latency per query (median / p95, ms)",
        "",
        "| query | " + " | ".join(names) + " | imkg ÷ oxigraph | no cache ÷ oxigraph "
        "| rdflib ÷ no cache |",
        "|---|" + "---:|" * (len(names) + 3),
    ]
    for query in queries:
        cells = [
            _latency_cell(timings[n, query], budget) if (n, query) in timings else "-"
            for n in names
        ]
        mine = _median(timings, ("imkg", query), budget)
        plain = _median(timings, ("imkg (no cache)", query), budget)
        oxi = _median(timings, ("oxigraph", query), budget)
        rdf = _median(timings, ("rdflib-endpoint", query), budget)
        rdf_ratio = _ratio(plain, rdf, theirs_over=True)
        if timings.get(("rdflib-endpoint", query), []) is None:
            rdf_ratio = "> " + rdf_ratio
        lines.append(
            f"| {query} | "
            + " | ".join(cells)
            + f" | {_ratio(mine, oxi)} | {_ratio(plain, oxi)} | {rdf_ratio} |"
        )
    lines += _throughput(servers, rates)
    lines += ["", "## Load time and peak memory", "",
              "| server | load + first answer, s | peak RSS, MB (server + its workers) |",
              "|---|---:|---:|"]  # fmt: skip
    for server in servers:
        lines.append(f"| {server.name} | {server.load_seconds:.2f} | {memory[server.name]:.0f} |")
    return "\n".join(lines) + "\n"


def _throughput(servers, rates) -> list[str]:
    names = [s.name for s in servers]
    queries = list(dict.fromkeys(q for got in rates.values() for q in got))
    lines = ["", "## Throughput, 8 concurrent clients (requests/s)", "",
             "The floor answers a constant to every request (ASK {} for each row).", "",
             "| query | " + " | ".join(names) + " | imkg ÷ oxigraph | no cache ÷ oxigraph "
             "| no cache ÷ floor |",
             "|---|" + "---:|" * (len(names) + 3)]  # fmt: skip
    for query in queries:
        got = {n: rates.get(n, {}).get(query) for n in names}
        cells = [f"{r.per_second:,.0f}" + (f" ({r.errors} errors)" if r.errors else "")
                 if r else "-" for r in got.values()]  # fmt: skip

        per_second = {n: r.per_second for n, r in got.items() if r}
        mine, plain = per_second.get("imkg"), per_second.get("imkg (no cache)")
        lines.append(
            f"| {query} | "
            + " | ".join(cells)
            + f" | {_ratio(mine, per_second.get('oxigraph'))}"
            + f" | {_ratio(plain, per_second.get('oxigraph'))}"
            + f" | {_ratio(plain, per_second.get('floor'))} |"
        )
    return lines


def write_result(name: str, text: str) -> Path:
    """Write one report under bench/results/ and return its path."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / name
    path.write_text(text)
    return path
