"""W3C SPARQL 1.1 conformance of ``/sparql``: the query-evaluation tests on imkg and pyoxigraph.

Starts one real ``imkg serve`` with an update token on 127.0.0.1, runs the vendored W3C tests
(tests/w3c/) through it over HTTP and directly on pyoxigraph, and prints a table per suite
directory with every test that fails through imkg; ``--output`` writes it as Markdown too.

    python -P bench/conformance.py --output bench/results/conformance.md
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"


def _helper(name: str, filename: str):
    """Load a helper module of tests/ by path (tests/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, TESTS / filename)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


servers = _helper("imkg_test_servers", "servers.py")
suite = _helper("w3c_suite", "w3c_suite.py")
_helper("w3c_answers", "w3c_answers.py")
peers = _helper("w3c_peers", "w3c_peers.py")


def table(outcomes: list) -> str:
    """The per-directory table and the lists of failures, as Markdown."""
    by_directory = defaultdict(list)
    for outcome in outcomes:
        by_directory[outcome.case.directory].append(outcome)
    lines = [
        "| directory | tests | pyoxigraph passes | imkg passes | imkg fails, pyoxigraph passes |",
        "|---|---:|---:|---:|---:|",
    ]
    for directory in suite.DIRECTORIES:
        rows = by_directory.get(directory, [])
        lines.append(f"| {directory} | {len(rows)} | " + " | ".join(_counts(rows)) + " |")
    lines.append(f"| **all** | **{len(outcomes)}** | " + " | ".join(
        f"**{n}**" for n in _counts(outcomes)) + " |")  # fmt: skip
    ours = [o for o in outcomes if o.imkg and not o.pyoxigraph]
    engine = [o for o in outcomes if o.imkg and o.pyoxigraph]
    only_engine = [o for o in outcomes if o.pyoxigraph and not o.imkg]
    lines += ["", f"imkg fails, pyoxigraph passes ({len(ours)}):", ""]
    lines += [f"- `{o.case.name}`: {o.imkg}" for o in ours] or ["- none"]
    lines += ["", f"Both fail ({len(engine)}; the engine's, or the suite's):", ""]
    lines += [f"- `{o.case.name}`: pyoxigraph {o.pyoxigraph}; imkg {o.imkg}" for o in engine]
    lines += ["", f"pyoxigraph fails, imkg passes ({len(only_engine)}):", ""]
    lines += [f"- `{o.case.name}`: {o.pyoxigraph}" for o in only_engine] or ["- none"]
    return "\n".join(lines)


def _counts(rows: list) -> list[str]:
    return [
        str(sum(not o.pyoxigraph for o in rows)),
        str(sum(not o.imkg for o in rows)),
        str(sum(bool(o.imkg) and not o.pyoxigraph for o in rows)),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the suite once and print (and optionally write) the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=None, help="write the table here too")
    args = parser.parse_args(argv)
    cases = suite.load_cases()
    with tempfile.TemporaryDirectory(prefix="imkg-w3c-") as scratch:
        started = time.monotonic()
        server = servers.start_imkg(Path(scratch) / "data", "--update-token", servers.TOKEN)
        client = peers.ImkgClient(server.url, servers.TOKEN)
        try:
            ran = time.monotonic()
            outcomes = peers.run_cases(cases, client)
            finished = time.monotonic()
        finally:
            client.close()
            server.stop()
    text = table(outcomes)
    timing = (
        f"{len(cases)} tests in {finished - ran:.1f} s "
        f"(server start {ran - started:.1f} s), both peers."
    )
    print(text + "\n\n" + timing)
    if args.output is not None:
        args.output.write_text(f"# W3C SPARQL 1.1 query evaluation\n\n{text}\n\n{timing}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
