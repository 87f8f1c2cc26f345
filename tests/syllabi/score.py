"""Score the held-out syllabi through ``POST /api/coverage``: per syllabus and overall
precision, recall and F1 of "covered" against ``<name>.expected.json``, with what was wrongly
covered, what was missed and what the answer reports as excluded or cited only.

Run from the repository root: ``python -P tests/syllabi/score.py [name ...]``; names (file
stems such as ``week_table``) limit the run to those syllabi.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from fastapi.testclient import TestClient

from imkg.api.app import create_app
from imkg.config import Settings

HERE = Path(__file__).parent
MEDIA = {
    ".md": "text/markdown",
    ".txt": "text/plain",
    ".html": "text/html",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (1.0 for an empty side, so a perfect empty answer scores 1)."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main(names: list[str]) -> None:
    """Print the round's figures (for the syllabi named, default all)."""
    settings = Settings(data_dir=Path(tempfile.mkdtemp()) / "data", query_workers=1)
    totals = [0, 0, 0]
    with TestClient(create_app(settings)) as client:
        for path in sorted(p for p in HERE.iterdir() if p.suffix in MEDIA):
            if names and path.stem not in names:
                continue
            expected = json.loads(path.with_name(path.stem + ".expected.json").read_text())
            files = {"file": (path.name, path.read_bytes(), MEDIA[path.suffix])}
            data = client.post("/api/coverage", files=files).json()
            got = {c["id"] for g in data["groups"] for c in g["covered"]}
            want, ruled_out = set(expected["covered"]), set(expected.get("not_covered", []))
            counts = (len(got & want), len(got - want), len(want - got))
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
            p, r, f = prf(*counts)
            print(f"{path.stem:14s} P={p:.3f} R={r:.3f} F1={f:.3f} tp/fp/fn={counts}")
            print(
                "   wrongly covered:",
                sorted(got - want),
                "of them ruled out:",
                sorted(got & ruled_out),
            )
            print("   missed:", sorted(want - got))
            for key in ("excluded", "cited_only"):
                print(f"   {key}:", sorted(c["id"] for c in data.get(key, [])))
    p, r, f = prf(*totals)
    print(f"OVERALL P={p:.3f} R={r:.3f} F1={f:.3f} tp/fp/fn={tuple(totals)}")


if __name__ == "__main__":  # the query workers start by forkserver, which imports this module
    main(sys.argv[1:])
