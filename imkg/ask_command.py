"""``imkg ask QUESTION``: the answer of ``/api/ask``, printed for a terminal or as JSON."""

from __future__ import annotations

import argparse
import json
import textwrap

from imkg.config import Settings
from imkg.qa import Answer, answer

EXIT_OK, EXIT_DECLINED, EXIT_USAGE = 0, 1, 2
WIDTH = 100


def ask_command(args: argparse.Namespace, settings: Settings) -> int:
    """Answer ``args.question`` from the store ``settings`` name and print it.

    Returns 0 for an answer, 1 when the question was declined (suggestions are printed),
    2 for an empty or over-long question.
    """
    from imkg.cli import UsageError
    from imkg.reading import read_store

    try:
        found = read_store(settings, lambda store: answer(store, args.question), needs_graph=True)
    except ValueError as err:
        raise UsageError(str(err)) from err
    if args.format == "json":
        print(json.dumps(found.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(render_text(found))
    return EXIT_OK if found.understood_as else EXIT_DECLINED


def render_text(found: Answer) -> str:
    """Lay out an answer for a terminal: text, answers, evidence, suggestions, SPARQL."""
    lines = [_wrap(found.answer_text)]
    if found.understood_as:
        lines.append(f"(read as: {found.understood_as['paraphrase']})")
    if found.answers:
        lines += ["", "Answers:"]
        lines += [f"  - {a.get('label', a['id'])} [{a['id']}]" + _path(a) for a in found.answers]
    if found.evidence:
        lines += ["", "Evidence:"]
        lines += [_wrap(_evidence(e), indent="  - ", rest="    ") for e in found.evidence[:12]]
    if found.suggestions:
        lines += ["", "Try:"] + [f"  - {s}" for s in found.suggestions]
    if found.sparql:
        lines += ["", "SPARQL:", textwrap.indent(_without_prefixes(found.sparql), "  ")]
    return "\n".join(lines)


def _path(item: dict) -> str:
    path = item.get("path")
    return f"  via {' → '.join(path)}" if path and len(path) > 2 else ""


def _evidence(item: dict) -> str:
    if item.get("kind") == "claim":
        return f"{item['statement']}: {item.get('claim') or ''} ({item.get('source') or ''})"
    if item.get("kind") == "passage":
        return f"{item.get('title')}: \u201c{item['passage']}\u201d"
    return ", ".join(f"{k}: {v}" for k, v in item.items() if k != "kind" and v is not None)


def _wrap(text: str, indent: str = "", rest: str = "") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=rest or indent)


def _without_prefixes(sparql: str) -> str:
    """Drop the PREFIX lines, which are the same on every query, to keep the output short."""
    return "\n".join(line for line in sparql.splitlines() if not line.startswith("PREFIX "))
