"""The ``imkg`` command: build, query, check, export, serve, ingest, tag, coverage and ask.

Every error a user can cause ends with one readable line on stderr and a non-zero exit,
never a traceback. Exit codes: 0 success, 1 the work found problems (a failed check, files
that could not be ingested), 2 bad usage or input, 130 interrupted (Ctrl-C), 141 output cut
short (``| head``).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO, NoReturn

from imkg import __version__
from imkg.config import Settings, default_data_dir

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for other tools cut short


class UsageError(Exception):
    """Bad input from the user: the message says what to change."""


class Parser(argparse.ArgumentParser):
    """argparse with the house rule for errors: one line, then exit 2 (argparse printed its
    usage block first, several lines for ``imkg ingest``, with the error last)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def given_path(text: str) -> Path:
    """An argparse type for paths that refuses an empty one: ``Path("")`` is the current
    directory, so ``imkg ingest "$UNSET"`` ingested it and ``--data-dir ""`` made a store there.
    """
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path; is a shell variable unset?")
    return Path(text)


def port_number(text: str) -> int:
    """An argparse type for TCP ports: uvicorn took 70000 as 70000 mod 65536 (4464)."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (1 to 65535)")
    return port


def positive_seconds(text: str) -> float:
    """An argparse type for time limits: ``nan`` passed the check ``<= 0`` and was taken."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < seconds < math.inf:
        raise argparse.ArgumentTypeError(f"{text} is not a positive number of seconds")
    return seconds


def binary_stdout() -> BinaryIO:
    """Standard output for bytes; a closed one (``>&-``) is a usage error, not a traceback."""
    if sys.stdout is None:
        raise UsageError("standard output is closed: redirect it to a file or use --output")
    return sys.stdout.buffer


def _store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=given_path,
        default=None,
        help=f"where the embedded store lives (default: $IMKG_DATA_DIR or {default_data_dir()})",
    )
    parser.add_argument(
        "--store", default=None, help="query URL of a remote SPARQL 1.1 store (or $IMKG_STORE)"
    )


def settings_from(args: argparse.Namespace) -> Settings:
    """Build :class:`Settings` from parsed arguments, falling back to the environment."""
    settings = Settings()
    if getattr(args, "data_dir", None) is not None:
        settings.data_dir = args.data_dir
    if getattr(args, "store", None):
        settings.store_url = args.store
    return settings


def open_settings_store(settings: Settings, *, read_only: bool = False):
    """Open the store that ``settings`` name, creating the data directory if needed."""
    from imkg.store import open_store

    if settings.store_url:
        return open_store(url=settings.store_url)
    return open_store(data_dir=settings.data_dir, read_only=read_only)


def _build(args: argparse.Namespace) -> int:
    from imkg.build import build_graph

    store = open_settings_store(settings_from(args))
    try:
        report = build_graph(store)
    finally:
        store.close()
    state = "built" if report.changed else "already up to date"
    print(
        f"knowledge graph {state} in {store.location}: "
        f"{report.ontology_triples} ontology triples, {report.inferred_triples} inferred triples"
    )
    return EXIT_OK


def _query(args: argparse.Namespace) -> int:
    from imkg.query_output import run_query_command

    return run_query_command(args, settings_from(args))


def _check(args: argparse.Namespace) -> int:
    from imkg.validate import run_checks

    report = run_checks(skip_reasoner=args.skip_reasoner)
    print(report.text())
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def _export(args: argparse.Namespace) -> int:
    from imkg.query_output import export_graph
    from imkg.reading import read_store

    data = read_store(
        settings_from(args), lambda store: export_graph(store, args.format, graph=args.graph)
    )
    if args.output is None:
        binary_stdout().write(data)
        return EXIT_OK
    try:
        args.output.write_bytes(data)
    except OSError as err:
        raise UsageError(f"cannot write {args.output}: {err.strerror or err}") from err
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from imkg.api.server import serve

    return serve(args, settings_from(args))


def _ingest(args: argparse.Namespace) -> int:
    from imkg.ingest.command import ingest_command

    return ingest_command(args, settings_from(args))


def _tag(args: argparse.Namespace) -> int:
    from imkg.ingest.command import tag_command

    return tag_command(args, settings_from(args))


def _coverage(args: argparse.Namespace) -> int:
    from imkg.coverage_command import coverage_command

    return coverage_command(args, settings_from(args))


def _ask(args: argparse.Namespace) -> int:
    from imkg.ask_command import ask_command

    return ask_command(args, settings_from(args))


def _add(
    commands: argparse._SubParsersAction, name: str, handler: Callable, help_text: str
) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=help_text, description=help_text)
    parser.set_defaults(handler=handler)
    return parser


def make_parser() -> argparse.ArgumentParser:
    """Return the argument parser for every subcommand."""
    parser = Parser(prog="imkg", description=__doc__.splitlines()[0].replace("``", ""))
    parser.add_argument("--version", action="version", version=f"imkg {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    build = _add(commands, "build", _build, "Build the knowledge graph from the ontology.")
    _store_options(build)

    query = _add(commands, "query", _query, "Run a SPARQL query (text or a .rq file).")
    query.add_argument("sparql", help="the query, or the path of a file holding it")
    query.add_argument("--format", choices=("table", "json", "csv", "tsv"), default="table")
    query.add_argument("--no-inferred", action="store_true", help="leave the inferred graph out")
    _store_options(query)

    check = _add(commands, "check", _check, "Validate the ontology (SHACL, OWL DL, questions).")
    check.add_argument("--skip-reasoner", action="store_true", help="skip the HermiT check")

    export = _add(commands, "export", _export, "Export the graph in a standard RDF format.")
    export.add_argument(
        "--format",
        choices=("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml"),
        default="turtle",
    )
    export.add_argument("--graph", default=None, help="one named graph's IRI (default: all)")
    export.add_argument("--output", "-o", type=given_path, default=None, help="file to write")
    _store_options(export)

    serve = _add(commands, "serve", _serve, "Serve the SPARQL endpoint, JSON API and explorer.")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=port_number, default=8000)
    serve.add_argument("--update-token", default=None, help="enable writes (or $IMKG_UPDATE_TOKEN)")
    serve.add_argument(
        "--query-timeout", type=positive_seconds, default=None, help="seconds (default 10)"
    )
    serve.add_argument(
        "--query-workers",
        type=int,
        default=None,
        help="query worker processes (default 2, or $IMKG_QUERY_WORKERS)",
    )
    serve.add_argument("--no-corpus", action="store_true", help="do not ingest the bundled corpus")
    _store_options(serve)

    ingest = _add(commands, "ingest", _ingest, "Tag documents and store what they mention.")
    ingest.add_argument("paths", nargs="+", type=given_path, help="files or folders (recursive)")
    ingest.add_argument(
        "--jobs", type=int, default=1, help="documents processed in parallel (at most one a core)"
    )
    ingest.add_argument("--pipeline", default=None, help="an installed trained spaCy pipeline")
    ingest.add_argument("--quiet", action="store_true", help="no progress bar")
    _store_options(ingest)

    tag = _add(commands, "tag", _tag, "Print the concepts a file mentions, without storing.")
    tag.add_argument("file", type=given_path)
    tag.add_argument("--pipeline", default=None)
    tag.add_argument("--format", choices=("table", "json"), default="table")
    _store_options(tag)

    coverage = _add(
        commands, "coverage", _coverage, "Show which concepts a syllabus covers and misses."
    )
    coverage.add_argument(
        "file", type=given_path, help="the syllabus: .txt, .md, .html, .pdf, .docx"
    )
    coverage.add_argument(
        "--kinds", default=None, help="comma-separated kinds to report (e.g. Component,Barrier)"
    )
    coverage.add_argument("--passages", action="store_true", help="show the covering sentences")
    coverage.add_argument("--pipeline", default=None, help="an installed trained spaCy pipeline")
    coverage.add_argument("--format", choices=("text", "json"), default="text")
    _store_options(coverage)

    ask = _add(commands, "ask", _ask, "Answer a question in plain English.")
    ask.add_argument("question")
    ask.add_argument("--format", choices=("text", "json"), default="text")
    _store_options(ask)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    from imkg.build import OntologyError
    from imkg.store import StoreError

    args = make_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (UsageError, OntologyError, StoreError) as err:
        print(f"imkg {args.command}: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"imkg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``imkg tag FILE | head``): stop quietly, as other tools do,
        # and keep Python from reporting the failed flush of what is left at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
