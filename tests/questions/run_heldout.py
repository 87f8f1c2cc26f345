"""Run a held-out batch of questions once and say, for each, right, declined or wrong.

Usage: python tests/questions/run_heldout.py tests/questions/heldout6-batch1.json

Each entry of the batch has ``expect``: ``answer`` (with the acceptable ``intent`` list and,
when given, the exact ``answers`` ids, ``concepts`` the reading must name, ``yes`` for a yes/no
answer), ``decline`` (a must-decline question) or ``error`` (rejected as too long or empty).
An answerable question that is declined counts as declined, not wrong.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter


def judge(found, entry) -> str:
    if entry["expect"] == "decline":
        return "right" if found.intent is None else "wrong"
    if found.intent is None:
        return "declined"
    if found.intent not in entry["intent"]:
        return "wrong"
    if "answers" in entry and {a["id"] for a in found.answers} != set(entry["answers"]):
        return "wrong"
    named = {c["id"] for c in (found.understood_as or {}).get("concepts", [])}
    if not set(entry.get("concepts", [])) <= named:
        return "wrong"
    if "yes" in entry and not found.answer_text.startswith("Yes" if entry["yes"] else "No"):
        return "wrong"
    return "right"


def main(path: str) -> None:
    from imkg.build import build_graph
    from imkg.ingest.corpus import ingest_bundled_corpus
    from imkg.qa import answer
    from imkg.store import EmbeddedStore

    store = EmbeddedStore(None)
    build_graph(store)
    ingest_bundled_corpus(store)
    with open(path, encoding="utf-8") as file:
        batch = json.load(file)
    tally: Counter[str] = Counter()
    for entry in batch:
        started = time.perf_counter()
        try:
            found = answer(store, entry["question"])
        except ValueError:
            verdict, shown = ("right" if entry["expect"] == "error" else "declined"), "ValueError"
        else:
            verdict = "wrong" if entry["expect"] == "error" else judge(found, entry)
            ids = sorted(a.get("id", "?") for a in found.answers)
            shown = f"{found.intent} {ids} | {found.answer_text[:140]}"
        took = time.perf_counter() - started
        tally[verdict] += 1
        print(f"{verdict:8} {took:5.2f}s  {entry['question'][:70]!r}\n         -> {shown}")
    print(dict(tally), "of", len(batch))


if __name__ == "__main__":
    main(sys.argv[1])
