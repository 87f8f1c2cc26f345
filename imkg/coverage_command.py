"""``imkg coverage FILE``: which concepts a syllabus covers and misses, as ``POST
/api/coverage`` reports it, printed for a terminal or as JSON."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import TYPE_CHECKING, Any

from imkg.config import Settings

if TYPE_CHECKING:
    from imkg.store import GraphStore

EXIT_OK, EXIT_PROBLEMS = 0, 1
WIDTH = 100


def coverage_command(args: argparse.Namespace, settings: Settings) -> int:
    """Read ``args.file``, measure it against the store's concepts and print the report.

    Returns 0 with a report, 1 when the file cannot be read.
    """
    from imkg.cli import UsageError
    from imkg.concepts import UnknownKind
    from imkg.ingest import build_pipeline, syllabus_coverage
    from imkg.ingest.labels import load_labels
    from imkg.ingest.pipeline import PipelineError
    from imkg.ingest.readers import ReadError, read_document
    from imkg.reading import read_store

    try:
        document = read_document(args.file)
    except ReadError as err:
        print(f"imkg coverage: {args.file}: {err}", file=sys.stderr)
        return EXIT_PROBLEMS
    kinds = [k.strip() for k in (args.kinds or "").split(",") if k.strip()] or None

    def measure(store: GraphStore) -> dict[str, Any]:
        nlp = build_pipeline(load_labels(store), name=args.pipeline)
        return syllabus_coverage(store, document.text, kinds=kinds, nlp=nlp)

    try:
        report = read_store(settings, measure, needs_graph=True)
    except (UnknownKind, PipelineError) as err:
        raise UsageError(str(err)) from err
    if args.format == "json":
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(render_text(report, show_passages=args.passages))
    return EXIT_OK


def render_text(report: dict[str, Any], *, show_passages: bool = False) -> str:
    """Lay out a coverage report: the total, then per kind what is covered and missed."""
    lines = [
        f"Covers {report['concepts_covered']} of {report['concepts_total']} concepts "
        f"({report['coverage']:.0%})"
    ]
    for group in report["groups"]:
        lines += ["", f"{group['label'].capitalize()}: {len(group['covered'])} of {group['total']}"]
        for item in group["covered"]:
            lines.append(f"  + {item['label']} ({item['mentions']})")
            if show_passages:
                lines += [_wrap(f"\u201c{p}\u201d", "      ") for p in item["passages"]]
        if group["missed"]:
            lines.append(_wrap("missed: " + ", ".join(m["label"] for m in group["missed"]), "  "))
    for key, heading in (("excluded", "Ruled out"), ("cited_only", "Only in the reading list")):
        if report.get(key):
            named = ", ".join(item["label"] for item in report[key])
            lines += ["", _wrap(f"{heading} (counted as missed): {named}", "")]
    return "\n".join(lines)


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ")
