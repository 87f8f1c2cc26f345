"""The ``imkg`` command as users run it: real subprocesses on temporary data directories."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

IMKG = str(Path(sys.executable).with_name("imkg"))
DIRECT_JOB_SATISFACTION = """
SELECT ?cause WHERE { ?cause imkg:directlyInfluences imc:job-satisfaction } ORDER BY ?cause
"""
ALL_CUSTOMER_SATISFACTION = """
SELECT DISTINCT ?cause WHERE { ?cause imkg:influences imc:customer-satisfaction } ORDER BY ?cause
"""


def imkg(*args: str, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run([IMKG, *args], stderr=subprocess.PIPE, text=True, timeout=timeout,
                          **kwargs)  # fmt: skip


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("data")
    result = imkg("build", "--data-dir", str(path))
    assert result.returncode == 0, result.stderr
    assert "knowledge graph built" in result.stdout
    return str(path)


def slugs(output: str) -> set[str]:
    rows = json.loads(output)["results"]["bindings"]
    return {row["cause"]["value"].rsplit("/", 1)[1] for row in rows}


def test_cli_build_twice_changes_nothing(data_dir):
    result = imkg("build", "--data-dir", data_dir)
    assert result.returncode == 0
    assert "already up to date" in result.stdout


def test_cli_query_answers_what_directly_influences_job_satisfaction(data_dir):
    result = imkg("query", DIRECT_JOB_SATISFACTION, "--format", "json", "--data-dir", data_dir)
    assert result.returncode == 0, result.stderr
    assert {"marketing-like-approach", "empowerment", "employee-motivation"} <= slugs(result.stdout)
    assert "customer-satisfaction" not in slugs(result.stdout)


def test_cli_query_answers_direct_and_indirect_influences_on_customer_satisfaction(data_dir):
    result = imkg("query", ALL_CUSTOMER_SATISFACTION, "--format", "json", "--data-dir", data_dir)
    found = slugs(result.stdout)
    assert {"service-quality", "job-satisfaction"} <= found
    assert {"marketing-like-approach", "empowerment", "employee-motivation"} <= found


def test_cli_query_without_inferred_graph_loses_indirect_answers(data_dir):
    result = imkg(
        "query",
        ALL_CUSTOMER_SATISFACTION,
        "--format",
        "json",
        "--no-inferred",
        "--data-dir",
        data_dir,
    )
    assert "marketing-like-approach" not in slugs(result.stdout)


def test_cli_query_without_inferred_graph_hides_it_from_graph_patterns_too(data_dir):
    graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    every = imkg("query", graphs, "--format", "csv", "--data-dir", data_dir)
    asserted = imkg("query", graphs, "--format", "csv", "--no-inferred", "--data-dir", data_dir)
    assert every.returncode == asserted.returncode == 0, asserted.stderr
    assert "https://w3id.org/imkg/graph/inferred" in every.stdout
    assert "https://w3id.org/imkg/graph/inferred" not in asserted.stdout
    assert set(asserted.stdout.split()) == set(every.stdout.split()) - {
        "https://w3id.org/imkg/graph/inferred"
    }


def test_cli_query_reads_a_query_file_and_prints_a_table(data_dir, tmp_path):
    path = tmp_path / "q.rq"
    path.write_text(DIRECT_JOB_SATISFACTION)
    result = imkg("query", str(path), "--data-dir", data_dir)
    assert result.returncode == 0
    assert "imc:empowerment" in result.stdout
    assert "rows)" in result.stdout


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_cli_query_prints_csv_and_tsv(data_dir, fmt):
    result = imkg("query", DIRECT_JOB_SATISFACTION, "--format", fmt, "--data-dir", data_dir)
    assert result.stdout.splitlines()[0].strip() in {"cause", "?cause"}


def test_cli_malformed_query_is_one_clear_line(data_dir):
    result = imkg("query", "SELECT ?x WHERE { ?x ", "--data-dir", data_dir)
    assert result.returncode == 2
    assert "not valid SPARQL" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_missing_query_file_is_a_clear_error(data_dir):
    result = imkg("query", "no-such-file.rq", "--data-dir", data_dir)
    assert result.returncode == 2
    assert "cannot read query file" in result.stderr


def test_cli_unusable_data_dir_is_a_clear_error(tmp_path):
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    result = imkg("build", "--data-dir", str(blocker))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(blocker) in result.stderr


def test_cli_second_writer_is_refused(tmp_path):
    from imkg.store import EmbeddedStore

    holder = EmbeddedStore(tmp_path / "store")
    try:
        result = imkg("build", "--data-dir", str(tmp_path))
    finally:
        holder.close()
    assert result.returncode == 2
    assert "in use by another imkg process" in result.stderr


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"),
    [
        ("turtle", "turtle"),
        ("ntriples", "nt"),
        ("jsonld", "json-ld"),
        ("rdfxml", "xml"),
        ("nquads", "nquads"),
        ("trig", "trig"),
    ],
)
def test_cli_export_writes_parseable_rdf(data_dir, tmp_path, fmt, rdflib_format):
    out = tmp_path / f"export.{fmt}"
    result = imkg("export", "--format", fmt, "--output", str(out), "--data-dir", data_dir)
    assert result.returncode == 0, result.stderr
    dataset = rdflib.Dataset()
    dataset.parse(out, format=rdflib_format)
    assert sum(1 for _ in dataset.quads()) > 500


def test_cli_check_passes_on_the_bundled_ontology():
    result = imkg("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "[PASS] SHACL shapes" in result.stdout
    assert "[PASS] OWL 2 DL consistency" in result.stdout
    assert "[PASS] competency questions" in result.stdout


@pytest.mark.parametrize(
    "command", ["build", "query", "check", "export", "serve", "ingest", "tag", "ask"]
)
def test_cli_help_for_every_command(command):
    result = imkg(command, "--help")
    assert result.returncode == 0
    assert "usage: imkg " + command in result.stdout


def test_coverage_prints_covered_and_missed_by_kind(data_dir, tmp_path):
    syllabus = tmp_path / "module.md"
    syllabus.write_text(
        "# Module outline\n\nWeek 1: empowerment and job satisfaction.\n\n"
        "Week 2: the internal marketing cycle, energising and code breaking.\n\n"
        "This module does not cover the isolateds.\n"
    )
    kinds = "Component,cycle stages,InternalCustomerGroup"  # local names or what people say
    result = imkg("coverage", str(syllabus), "--data-dir", data_dir, "--kinds", kinds, "--passages")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Covers 4 of 17 concepts")
    assert "+ empowerment (1)" in out and "+ energising (1)" in out
    assert "Week 1: empowerment and job satisfaction." in out  # --passages
    assert "missed: authorising, diffusing" in out
    assert "Ruled out (counted as missed): isolateds" in out
    as_json = json.loads(imkg("coverage", str(syllabus), "--data-dir", data_dir,
                              "--format", "json").stdout)  # fmt: skip
    covered = {c["id"] for g in as_json["groups"] for c in g["covered"]}
    assert {"empowerment", "job-satisfaction", "energising", "code-breaking"} <= covered
    assert [c["id"] for c in as_json["excluded"]] == ["isolateds"]


def test_coverage_refuses_an_unknown_kind_and_an_unreadable_file(data_dir, tmp_path):
    syllabus = tmp_path / "module.txt"
    syllabus.write_text("Week 1: empowerment.\n")
    wrong = imkg("coverage", str(syllabus), "--data-dir", data_dir, "--kinds", "Nonsense")
    assert wrong.returncode == 2
    assert "unknown kind 'Nonsense'; use one of: Barrier" in wrong.stderr
    empty = tmp_path / "empty.md"
    empty.write_text("")
    unreadable = imkg("coverage", str(empty), "--data-dir", data_dir)
    assert unreadable.returncode == 1
    assert f"imkg coverage: {empty}:" in unreadable.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["ingest"], "imkg ingest: the following arguments are required: paths"),
        (["ingest", "x", "--jobs", "many"], "imkg ingest: argument --jobs: invalid int value"),
        (["serve", "--port", "70000"], "imkg serve: argument --port: 70000 is not a port number"),
        (["serve", "--port", "-1"], "imkg serve: argument --port: -1 is not a port number"),
        (["serve", "--query-timeout", "nan"], "imkg serve: argument --query-timeout: nan is not"),
        (["serve", "--query-timeout", "inf"], "imkg serve: argument --query-timeout: inf is not"),
        (["query"], "imkg query: the following arguments are required: sparql"),
        (["frobnicate"], "imkg: argument COMMAND: invalid choice: 'frobnicate'"),
        (["tag", "x", "--no-such-option"], "imkg: unrecognized arguments: --no-such-option"),
    ],
)
def test_cli_usage_errors_are_one_line(args, says):
    result = imkg(*args, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith(says), result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr


def test_cli_export_to_a_folder_or_a_missing_folder_is_one_line(data_dir, tmp_path):
    for target in (tmp_path, tmp_path / "missing" / "graph.ttl"):
        result = imkg("export", "--output", str(target), "--data-dir", data_dir)
        assert result.returncode == 2
        assert result.stderr.startswith(f"imkg export: cannot write {target}: "), result.stderr
        assert len(result.stderr.splitlines()) == 1, result.stderr


def test_cli_closed_stdout_is_one_line(data_dir):
    result = imkg("query", "ASK {}", "--data-dir", data_dir, stdout=subprocess.DEVNULL,
                  preexec_fn=lambda: os.close(1))  # ``>&-`` in a shell  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.startswith("imkg query: standard output is closed"), result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_cli_output_cut_short_by_the_reader_is_quiet(tmp_path):
    text = tmp_path / "long.md"
    # 6,000 mentions: far more output than a pipe holds, so the writes meet the close
    text.write_text("Staff training improves service quality. Empowerment helps.\n" * 2_000)
    pipe = subprocess.Popen([IMKG, "tag", str(text)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)  # fmt: skip
    assert pipe.stdout.readline()  # read a line, then go away as ``head -1`` does
    pipe.stdout.close()
    stderr = pipe.stderr.read().decode()
    assert pipe.wait(timeout=120) == 141, stderr
    assert stderr == ""
