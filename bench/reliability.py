"""``make reliability``: the reliability tests at full size, and a table of their figures.

Runs ``tests/test_reliability_*.py`` with ``IMKG_SLOW=1`` (200 clients for 30 s, 500
slow-loris sockets, larger ingest batches, more kills, 100 examples per API operation),
collects the figures the tests record, prints a markdown table and writes it to
``bench/results/reliability.md``. ``--quick`` runs the bounded sizes ``make test`` uses.

    python bench/reliability.py            # full size, a few minutes on 2 cores
    python bench/reliability.py --quick    # the CI sizes, about two minutes
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
FILES = {
    "hostile": "tests/test_reliability_hostile.py",
    "fuzz": "tests/test_reliability_fuzz.py",
    "load": "tests/test_reliability_load.py",
    "concurrency": "tests/test_reliability_concurrency.py",
    "faults": "tests/test_reliability_faults.py",
    "files": "tests/test_reliability_files.py",
}


def run_tests(quick: bool, figures: Path, junit: Path) -> int:
    env = {**os.environ, "IMKG_RELIABILITY_FIGURES": str(figures)}
    env["IMKG_SLOW"] = "0" if quick else "1"
    # -P: without it ``python -m`` puts this checkout first on sys.path, and the tests would
    # import its bare ``imkg/`` folder instead of the installed package with its subpackages.
    command = [sys.executable, "-P", "-m", "pytest", "-q", "-p", "no:cacheprovider",
               f"--junitxml={junit}", *FILES.values()]  # fmt: skip
    return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


def outcomes(junit: Path) -> dict[str, dict[str, int]]:
    """Passed / failed / skipped / xfailed per test file, from pytest's JUnit XML."""
    counts: dict[str, dict[str, int]] = {}
    for case in ET.parse(junit).getroot().iter("testcase"):
        name = next((k for k, v in FILES.items() if v.replace("/", ".")[:-3] in
                     case.get("classname", "")), "other")  # fmt: skip
        kind = "passed"
        for child in case:
            if child.tag in ("failure", "error"):
                kind = "failed"
            elif child.tag == "skipped":
                kind = (
                    "xfailed"
                    if "xfail" in (child.get("type") or "") + (child.get("message") or "")
                    else "skipped"
                )
        bucket = counts.setdefault(name, {"passed": 0, "failed": 0, "skipped": 0, "xfailed": 0})
        bucket[kind] += 1
    return counts


def table(counts: dict, figures: dict, quick: bool, seconds: float) -> str:
    def row(name: str) -> str:
        c = counts.get(name, {})
        total = sum(c.values())
        extra = ", ".join(f"{v} {k}" for k, v in c.items() if k != "passed" and v)
        return f"{c.get('passed', 0)}/{total}" + (f" ({extra})" if extra else "")

    load = figures.get("load", {})
    loris = figures.get("slow_loris", {})
    reads = figures.get("reads_during_writes", {})
    faults = [k for k in ("kill_ingest", "kill_build", "full_disk_tmpfs", "full_disk_rlimit")
              if figures.get(k, {}).get("survived")]  # fmt: skip
    kills = figures.get("kill_build", {}).get("kills", 0)
    lines = [
        f"Reliability run ({'quick, CI sizes' if quick else 'full size'}), "
        f"{datetime.date.today()}, {platform.machine()} with {os.cpu_count()} cores, "
        f"{seconds:.0f} s in all.",
        "",
        "| what | figure |",
        "|---|---|",
        f"| hostile probes passed | {row('hostile')} |",
        f"| JSON API fuzz (operations passed) | {row('fuzz')} |",
        f"| load: clients x seconds | {load.get('clients', '-')} x {load.get('seconds', '-')} |",
        f"| load: requests served | {load.get('requests', '-')} ({load.get('rps', '-')} req/s) |",
        f"| load: errors | {load.get('errors_total', '-')} |",
        f"| load: p50 / p99 / max latency | {load.get('p50_ms', '-')} / "
        f"{load.get('p99_ms', '-')} / {load.get('max_ms', '-')} ms |",
        f"| slow loris: sockets cut by the server (408) | {loris.get('closed_by_server', '-')}"
        f" of {loris.get('sockets', '-')}; others served {loris.get('others_served', '-')}, "
        f"slowest {loris.get('others_max_ms', '-')} ms |",
        f"| reads during writes | {row('concurrency')}; {reads.get('reads', '-')} reads "
        f"over {reads.get('documents_written', '-')} document writes |",
        f"| faults survived | {row('faults')}: {', '.join(faults) or 'none'} "
        f"(build killed {kills}x) |",
        f"| bad files in a batch | {row('files')} |",
    ]
    return "\n".join(lines) + "\n"


def without_local_paths(text: str) -> str:
    """Replace the test run's temporary paths (which name this machine's layout) in a report.

    >>> without_local_paths(f"cannot write to {tempfile.gettempdir()}/pytest-of-me/x/store: full")
    'cannot write to <temporary directory>: full'
    """
    return re.sub(re.escape(tempfile.gettempdir()) + r"/[^\s\"':]*", "<temporary directory>", text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the bounded sizes of make test")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        figures_file, junit = Path(temp) / "figures.json", Path(temp) / "junit.xml"
        started = datetime.datetime.now()
        code = run_tests(args.quick, figures_file, junit)
        seconds = (datetime.datetime.now() - started).total_seconds()
        figures = json.loads(figures_file.read_text()) if figures_file.exists() else {}
        report = table(outcomes(junit), figures, args.quick, seconds)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "reliability.md").write_text(report)
    (RESULTS / "reliability.json").write_text(without_local_paths(json.dumps(figures, indent=2)))
    print(report)
    return code


if __name__ == "__main__":
    sys.exit(main())
