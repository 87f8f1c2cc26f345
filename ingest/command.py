"""The ``imkg ingest`` and ``imkg tag`` commands."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from tqdm import tqdm

from imkg.config import Settings
from imkg.ingest.labels import load_labels
from imkg.ingest.pipeline import PipelineError, build_pipeline
from imkg.ingest.process import analyse
from imkg.ingest.readers import ReadError, path_text, read_document
from imkg.ingest.run import Progress, ingest_paths
from imkg.namespaces import ONTOLOGY_GRAPH

EXIT_OK, EXIT_PROBLEMS = 0, 1


class BarProgress(Progress):
    """A progress bar on stderr (documents, words/s); failures as one line each above it."""

    def __init__(self, *, quiet: bool) -> None:
        self.quiet = quiet
        self.bar: tqdm | None = None
        self.words = 0

    def start(self, total: int) -> None:
        self.bar = tqdm(total=total, unit="doc", disable=self.quiet, file=sys.stderr,
                        dynamic_ncols=True, mininterval=0.5)  # fmt: skip

    def advance(self, path: str, words: int) -> None:
        self.words += words
        if self.bar is not None:
            elapsed = self.bar.format_dict["elapsed"] or 1e-9
            self.bar.set_postfix_str(f"{self.words / elapsed:,.0f} words/s", refresh=False)
            self.bar.update()

    def fail(self, path: str, reason: str) -> None:
        tqdm.write(f"imkg ingest: {shown(path)}: {reason}", file=sys.stderr)
        if self.bar is not None:
            self.bar.update()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def shown(path: str) -> str:
    """A path for a one-line message: line breaks, tabs and other control characters in a
    file name (and bytes that are not UTF-8) are written as escapes.

    >>> shown("week 1\\nnotes.md")
    'week 1\\\\nnotes.md'
    """
    text = path_text(path)
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def _usage_error(message: str) -> Exception:
    from imkg.cli import UsageError

    return UsageError(message)


def _ensure_ontology(store) -> None:
    """Build the ontology graph first when the store has none: annotations point into it."""
    if ONTOLOGY_GRAPH not in store.named_graphs():
        from imkg.build import build_graph

        print("imkg ingest: the store has no ontology graph yet; building it", file=sys.stderr)
        build_graph(store)


def ingest_command(args: argparse.Namespace, settings: Settings) -> int:
    """Run ``imkg ingest PATH...``; exit 1 when some files could not be ingested."""
    from imkg.cli import open_settings_store

    if args.jobs < 1:
        raise _usage_error("--jobs must be 1 or more")
    store = open_settings_store(settings)
    try:
        _ensure_ontology(store)
        nlp = build_pipeline(load_labels(store), name=args.pipeline)
        report = ingest_paths(store, list(args.paths), nlp=nlp, jobs=args.jobs,
                              pipeline_name=args.pipeline,
                              progress=BarProgress(quiet=args.quiet))  # fmt: skip
    except PipelineError as err:
        raise _usage_error(str(err)) from err
    finally:
        store.close()
    print(report.summary())
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def tag_command(args: argparse.Namespace, settings: Settings) -> int:
    """Run ``imkg tag FILE``: print the mentions (and proposals) without storing anything."""
    try:
        document = read_document(args.file)
    except ReadError as err:
        print(f"imkg tag: {args.file}: {err}", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        nlp = build_pipeline(_tag_labels(args, settings), name=args.pipeline)
    except PipelineError as err:
        raise _usage_error(str(err)) from err
    mentions, proposals = analyse(nlp, document.text)
    if args.format == "json":
        payload = {"file": str(args.file), "title": document.title,
                   "mentions": [asdict(m) for m in mentions],
                   "proposals": [asdict(p) for p in proposals]}  # fmt: skip
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        print(_table(mentions, proposals))
    return EXIT_OK


def _tag_labels(args: argparse.Namespace, settings: Settings):
    """The store's labels when one is named explicitly; else the bundled ontology's."""
    if getattr(args, "data_dir", None) is None and not settings.store_url:
        return None
    from imkg.cli import open_settings_store
    from imkg.reading import read_store

    if settings.store_url or (Path(settings.data_dir) / "store" / "CURRENT").is_file():
        return read_store(settings, load_labels)  # a private copy: a writer may hold the store
    store = open_settings_store(settings, read_only=True)  # none there: says so, makes none
    try:
        return load_labels(store)
    finally:
        store.close()


def _table(mentions: list, proposals: list) -> str:
    lines = [f"{'start':>6} {'end':>6} {'conf':>4}  {'concept':<36} text"]
    for m in mentions:
        shown = " ".join(m.text.split())  # a mention may span a line break
        lines.append(f"{m.start:>6} {m.end:>6} {m.confidence:>4.2f}  {m.concept:<36} {shown}")
    lines.append(f"{len(mentions)} mentions")
    for p in proposals:
        cause, effect = p.cause_iri.rsplit("/", 1)[-1], p.effect_iri.rsplit("/", 1)[-1]
        lines.append(f"influence? {cause} -> {effect}  ({p.cue!r}, {p.confidence:.2f})")
    return "\n".join(lines)
