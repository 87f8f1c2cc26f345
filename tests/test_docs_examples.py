"""Every example in the README and docs/ runs as written, against a real ``imkg serve``.

The examples are read from the markdown at collection time (``doc_examples``), so an example
edited in the docs is the one tested. Only the address (127.0.0.1:8000 becomes the test
server's) and the data directory change. Each command kind has one rule, listed in RULES;
a block the tests cannot run carries ``<!-- not run: REASON -->`` and is skipped with it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from imkg_test_doc_examples import (
    DOCUMENTS,
    ROOT,
    Block,
    Command,
    all_blocks,
    inline_commands,
    page_paths,
)
from imkg_test_pdf import pdf_bytes
from imkg_test_servers import BIN, start_imkg

from imkg.cli import make_parser

DOCS_ADDRESS = "127.0.0.1:8000"
DOCS_TOKEN = "my-token"  # docs/sparql.md sets T=my-token; the README's "$T" is the same token
RULES = {
    "curl": "sent to a real imkg serve with the bundled corpus; 2xx, a body that parses in its "
    "media type (SPARQL results with rows, unless the command's comment says 'no rows'), and "
    "the JSON keys and ids the docs show",
    "imkg serve": "the test server is an imkg serve; the options shown must parse",
    "imkg": "run in a fresh data directory; exit 0 and output of the shape shown",
    "make": "dry run (make -n): the target exists and its recipe expands",
    "python": "README blocks run in tests/test_readme.py::test_the_python_examples_run",
    "turtle": "a shape template: every term in it is one ingest writes, a corpus path is bundled",
}
CURL_PROBE = (
    "curl() { command curl --write-out '%{stderr}\\nHTTP %{http_code} %{content_type}\\n' \"$@\"; }"
)
BLOCKS = all_blocks()
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"  # Firefox's


@pytest.fixture(scope="module")
def docs_server(tmp_path_factory: pytest.TempPathFactory, built_data_dir: Path) -> Iterator[str]:
    """An imkg serve with the bundled corpus and the docs' update token, as the docs assume."""
    data = tmp_path_factory.mktemp("docs-server") / "data"
    server = start_imkg(data, "--update-token", DOCS_TOKEN, template=built_data_dir, corpus=True)
    yield server.url
    server.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files the examples name (notes.ttl, syllabus.docx, case-study.pdf, my-course/)."""
    from docx import Document

    folder = tmp_path_factory.mktemp("doc-inputs")
    (folder / "notes.ttl").write_text('<urn:a> <urn:b> "c" .\n')
    (folder / "syllabus.txt").write_text("Week 1: empowerment and job satisfaction.\n")
    syllabus = Document()
    syllabus.add_paragraph("Week 1: internal marketing and the internal customer.")
    syllabus.add_paragraph("Week 2: empowerment, employee motivation and job satisfaction.")
    syllabus.save(folder / "syllabus.docx")
    case = "Empowering front-line staff raised job satisfaction and service quality."
    (folder / "case-study.pdf").write_bytes(pdf_bytes(case))
    (folder / "my-course").mkdir()
    (folder / "my-course" / "week1.md").write_text(
        "# Week 1\n\nInternal marketing treats employees as internal customers.\n"
    )
    return folder


def _keys_and_ids(value: object, keys: set[str], ids: set[str]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            keys.add(key)
            if key in {"id", "document"} and isinstance(item, str):
                ids.add(item)
            _keys_and_ids(item, keys, ids)
    elif isinstance(value, list):
        for item in value:
            _keys_and_ids(item, keys, ids)


def check_json_shape(shown: str, body: str) -> list[str]:
    """The keys the docs show are in the answer, and so are the ids and documents they name."""
    answer = json.loads(body)
    keys: set[str] = set()
    ids: set[str] = set()
    _keys_and_ids(answer, keys, ids)
    problems = []
    if isinstance(answer, list) != shown.lstrip().startswith("["):
        problems.append(f"the docs show a {'list' if shown.lstrip()[0] == '[' else 'object'}")
    missing_keys = sorted(set(re.findall(r'"([A-Za-z_]+)":', shown)) - keys)
    if missing_keys:
        problems.append(f"keys shown but not in the answer: {missing_keys}")
    shown_ids = set(re.findall(r'"(?:id|document)": "([^".]+)"', shown))
    if shown_ids - ids:
        problems.append(f"ids shown but not in the answer: {sorted(shown_ids - ids)}")
    return problems


def check_text_shape(shown: list[str], output: str) -> list[str]:
    """Each line shown matches a line printed, numbers and paths aside."""
    printed = [line for line in output.splitlines() if line.strip()]
    problems = []
    for line in shown:
        words = [
            r"\S+" if "/" in word else re.sub(r"\d[\d,.]*", r"[\\d,.]+", re.escape(word))
            for word in line.split()
        ]
        pattern = re.compile(r"\s+".join(words))
        if not any(pattern.fullmatch(candidate.strip()) for candidate in printed):
            problems.append(f"no printed line like {line!r} in {printed[:5]!r}")
    return problems


def check_body(media_type: str, body: bytes, *, rows_expected: bool = True) -> list[str]:
    """A body that is well-formed in its media type; SPARQL results carry rows if expected."""
    media_type = media_type.split(";")[0].strip()
    if media_type == "application/sparql-results+json":
        results = json.loads(body)
        if rows_expected and "boolean" not in results and not results["results"]["bindings"]:
            return ["a SELECT that returns no rows"]
    elif media_type in {"text/csv", "text/tab-separated-values"}:
        if not body.strip():
            return ["an empty table"]
    elif media_type == "application/json":
        json.loads(body)
    elif (rdf_format := ox.RdfFormat.from_media_type(media_type)) is not None and not list(
        ox.parse(body, rdf_format, base_iri="http://example.org/")
    ):
        return [f"an empty {media_type} graph"]
    return []


def run_curl(command: Command, prelude: list[str], server: str, folder: Path) -> list[str]:
    """Run one curl example through bash; check its status, body and the output shown."""
    netloc = server.removeprefix("http://")
    script = "\n".join([CURL_PROBE, *prelude, command.text.replace(DOCS_ADDRESS, netloc)])
    done = subprocess.run(
        ["bash", "-c", script],
        cwd=folder,
        env={"PATH": "/usr/bin:/bin", "T": DOCS_TOKEN},
        capture_output=True,
        timeout=60,
    )
    probe = re.findall(r"HTTP (\d{3}) ?(\S*)", done.stderr.decode())
    if done.returncode or not probe:
        return [f"curl exited {done.returncode}: {done.stderr.decode()[-300:]}"]
    status, media_type = int(probe[-1][0]), probe[-1][1]
    if not 200 <= status < 300:
        return [f"HTTP {status}: {done.stdout.decode()[:300]}"]
    words = command.words()
    body = (folder / words[words.index(">") + 1]).read_bytes() if ">" in words else done.stdout
    rows_expected = "no rows" not in command.text.rpartition("#")[2]
    problems = check_body(media_type, body, rows_expected=rows_expected) if body else []
    if command.shown_output:
        problems += check_json_shape("\n".join(command.shown_output), body.decode())
    return problems


def run_imkg(command: Command, data_dir: Path, folder: Path) -> list[str]:
    """Run one ``imkg`` command in ``folder`` on ``data_dir``; exit 0 and the shape shown."""
    words = command.words()
    done = subprocess.run(
        [str(BIN / "imkg"), *words[1:]],
        cwd=folder,
        env={"PATH": f"{BIN}:/usr/bin:/bin", "IMKG_DATA_DIR": str(data_dir)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode:
        return [f"exit {done.returncode}: {done.stderr.strip()[-300:]}"]
    if command.shown_output:
        return check_text_shape(command.shown_output, done.stdout)
    if words[1] == "query" and len(done.stdout.strip().splitlines()) < 2:
        return [f"a query that returns no rows: {done.stdout!r}"]
    return []


def check_serve_options(command: Command) -> list[str]:
    """The options of an ``imkg serve`` example parse with the CLI's own parser."""
    words = [word for word in command.words() if word != "&"]
    try:
        make_parser().parse_args(words[1:])
    except SystemExit as exit_:
        return [f"imkg {' '.join(words[1:])}: the options do not parse ({exit_.code})"]
    return []


def check_make(command: Command) -> list[str]:
    """``make TARGET``: the target exists and ``make -n`` expands its recipe."""
    words = command.words()
    done = subprocess.run(
        ["make", "-n", *words[1:]], cwd=ROOT, capture_output=True, text=True, timeout=30
    )
    return [f"make -n {' '.join(words[1:])}: {done.stderr.strip()}"] if done.returncode else []


def run_shell_block(block: Block, server: str, folder: Path, data_dir: Path) -> list[str]:
    """Run a shell or console block command by command, in order; return what went wrong."""
    problems, prelude = [], []
    for command in block.commands():
        words = command.words()
        where = f"{block.document}:{command.line}"
        if command.is_assignment():
            prelude.append(command.text)
            continue
        if words[0] == "curl":
            found = run_curl(command, prelude, server, folder)
        elif words[:2] == ["imkg", "serve"]:
            found = check_serve_options(command)
        elif words[0] == "imkg":
            found = run_imkg(command, data_dir, folder)
        elif words[0] == "make":
            found = check_make(command)
        else:
            found = [
                f"no rule runs {words[0]!r} (rules: {', '.join(RULES)}): teach the test to run "
                "it or add <!-- not run: REASON --> before the block"
            ]
        problems += [f"{where}: {problem}" for problem in found]
    return problems


DOCUMENT_TERMS = """
SELECT DISTINCT ?term WHERE {
  GRAPH ?g { { ?s ?term ?o } UNION { ?s a ?term } UNION { ?s ?p ?term FILTER(isIRI(?term)) } }
  FILTER(STRSTARTS(STR(?g), "https://w3id.org/imkg/graph/document/"))
}"""
PREFIXES = {
    "imkg": "https://w3id.org/imkg/ontology#",
    "oa": "http://www.w3.org/ns/oa#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
}


def check_document_template(block: Block, server: str) -> list[str]:
    """Every ``prefix:term`` of the template is a predicate, class or value ingest wrote, and
    a source it names is a bundled file."""
    import httpx

    answer = httpx.post(f"{server}/sparql", data={"query": DOCUMENT_TERMS}, timeout=60).json()
    written = {row["term"]["value"] for row in answer["results"]["bindings"]}
    shown = set(re.findall(r"\b(imkg|oa|prov|dcterms):([A-Za-z]+)\b", block.text))
    missing = sorted(f"{p}:{t}" for p, t in shown if PREFIXES[p] + t not in written)
    problems = (
        [f"{block.name}: terms shown that ingest does not write: {missing}"] if missing else []
    )
    sources = re.findall(r'"(corpus/[^"]+)"', block.text)
    problems += [
        f"{block.name}: no bundled file {path}" for path in sources if not (ROOT / path).is_file()
    ]
    return problems


@pytest.mark.parametrize("block", BLOCKS, ids=[block.name for block in BLOCKS])
def test_docs_example_runs(
    block: Block, docs_server: str, inputs: Path, built_data_dir: Path, tmp_path: Path
) -> None:
    """Run one fenced example of the docs as written; skipped only with a marked reason."""
    if block.not_run:
        pytest.skip(f"{block.name} not run: {block.not_run}")
    if "curl " in block.text and shutil.which("curl") is None:
        pytest.skip(f"{block.name}: curl is not installed (apt-get install curl)")
    if block.language == "python":
        assert block.document == "README.md", RULES["python"]
        return
    if block.language == "turtle":
        problems = check_document_template(block, docs_server)
    else:
        commands = block.commands()
        assert commands, f"{block.name}: a {block.language!r} block with no command"
        data_dir = tmp_path / "data"  # fresh, and built unless the block starts by building
        if commands[0].words()[:2] != ["imkg", "build"]:
            shutil.copytree(built_data_dir, data_dir)
        problems = run_shell_block(block, docs_server, inputs, data_dir)
    assert not problems, "\n".join(problems)


def test_docs_inline_commands_use_real_options() -> None:
    """``imkg SUB --option`` written inline names a subcommand and options that exist."""
    parser = make_parser()
    subcommands = next(a for a in parser._actions if a.dest == "command").choices
    problems = []
    for document in DOCUMENTS:
        for line, text in inline_commands(document):
            name = text.split()[1]
            if name not in subcommands:
                problems.append(f"{document}:{line}: no subcommand {name!r} in {text!r}")
                continue
            known = {o for a in subcommands[name]._actions for o in a.option_strings}
            unknown = sorted(set(re.findall(r"--[a-z][a-z-]*", text)) - known)
            if unknown:
                problems.append(f"{document}:{line}: imkg {name} has no {unknown}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("document", "path"), page_paths())
def test_docs_pages_answer(document: str, path: str, docs_server: str) -> None:
    """A page the README or the explorer's table sends a reader to answers a browser."""
    import httpx

    response = httpx.get(docs_server + path, headers={"Accept": BROWSER_ACCEPT}, timeout=60)
    assert response.status_code == 200, f"{document}: {path} answered {response.status_code}"


def test_docs_links_resolve() -> None:
    """Every relative link of the documents names a file of the repository."""
    broken = []
    for document in DOCUMENTS:
        text = (ROOT / document).read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)\s#]+)(?:#[^)]*)?\)", text):
            if "://" not in target and not (ROOT / document).parent.joinpath(target).exists():
                broken.append(f"{document}: {target}")
    assert not broken, broken
