"""The media-type table and content negotiation (imkg.api.media), without a server."""

from __future__ import annotations

import pytest

from imkg.api.media import (
    DATASET,
    GRAPH,
    RESULTS,
    NotAcceptable,
    negotiate,
    parse_accept,
    prefers_text,
)

RESULT_CASES = [
    (None, "json"),
    ("", "json"),
    ("*/*", "json"),
    ("application/sparql-results+json", "json"),
    ("application/json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("application/xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
    ("text/*", "csv"),
    ("application/*", "json"),
    ("text/csv;q=0.5, application/sparql-results+xml", "xml"),
    ("text/csv, text/tab-separated-values;q=0.9", "csv"),
    ("text/tab-separated-values, text/csv", "tsv"),
    ("application/sparql-results+json;q=0, */*;q=0.1", "xml"),
    ("TEXT/CSV", "csv"),
    # SPARQLWrapper's JSON Accept, and a browser's.
    ("application/sparql-results+json,application/json,text/javascript", "json"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "xml"),
    ("text/csv; charset=utf-8", "csv"),
    ("nonsense", "json"),
]

GRAPH_CASES = [
    (None, "turtle"),
    ("*/*", "turtle"),
    ("text/turtle", "turtle"),
    ("application/x-turtle", "turtle"),
    ("application/n-triples", "ntriples"),
    ("application/ld+json", "jsonld"),
    ("application/json", "jsonld"),
    ("application/rdf+xml", "rdfxml"),
    ("application/xml", "rdfxml"),
    ("application/rdf+xml;q=0.9, text/turtle;q=0.8", "rdfxml"),
    ("application/n-triples, text/turtle", "ntriples"),
    ("text/*;q=0.2, application/ld+json;q=0.3", "jsonld"),
]

NOT_ACCEPTABLE = [
    ("image/png", RESULTS),
    ("text/turtle", RESULTS),
    ("application/sparql-results+json", GRAPH),
    ("text/csv", GRAPH),
    ("text/turtle;q=0", GRAPH),
    ("application/n-triples", DATASET),
]


@pytest.mark.parametrize(("accept", "expected"), RESULT_CASES)
def test_negotiate_results_follows_accept(accept: str | None, expected: str) -> None:
    assert negotiate(accept, RESULTS).name == expected


@pytest.mark.parametrize(("accept", "expected"), GRAPH_CASES)
def test_negotiate_graph_follows_accept(accept: str | None, expected: str) -> None:
    assert negotiate(accept, GRAPH).name == expected


@pytest.mark.parametrize(("accept", "kind"), NOT_ACCEPTABLE)
def test_negotiate_refuses_what_nothing_satisfies(accept: str, kind: tuple) -> None:
    with pytest.raises(NotAcceptable, match="available:"):
        negotiate(accept, kind)


@pytest.mark.parametrize(
    ("fmt", "kind", "expected"),
    [
        ("csv", RESULTS, "csv"),
        ("json", RESULTS, "json"),
        ("xml", RESULTS, "xml"),
        ("text/tab-separated-values", RESULTS, "tsv"),
        ("json", GRAPH, "jsonld"),
        ("xml", GRAPH, "rdfxml"),
        ("ttl", GRAPH, "turtle"),
        ("nt", GRAPH, "ntriples"),
        ("text/turtle", GRAPH, "turtle"),
        ("nquads", DATASET, "nquads"),
        ("trig", DATASET, "trig"),
    ],
)
def test_negotiate_format_parameter_wins_over_accept(fmt: str, kind: tuple, expected: str) -> None:
    assert negotiate("image/png", kind, fmt).name == expected


@pytest.mark.parametrize("fmt", ["csv", "yaml", "text/html"])
def test_negotiate_unknown_format_parameter_is_not_acceptable(fmt: str) -> None:
    with pytest.raises(NotAcceptable):
        negotiate(None, GRAPH, fmt)


def test_media_types_carry_charset_for_text_formats() -> None:
    assert negotiate("text/csv", RESULTS).media_type == "text/csv; charset=utf-8"
    assert negotiate("text/turtle", GRAPH).media_type == "text/turtle; charset=utf-8"
    assert negotiate(None, RESULTS).media_type == "application/sparql-results+json"


def test_parse_accept_reads_q_values_and_skips_junk() -> None:
    assert parse_accept("a/b;q=0.5, junk, c/d;level=1, e/f;q=x") == [
        ("a/b", 0.5),
        ("c/d", 1.0),
        ("e/f", 0.0),
    ]


def test_prefers_text_only_when_text_outranks_json() -> None:
    assert prefers_text("text/plain")
    assert prefers_text("text/plain, application/json;q=0.5")
    assert not prefers_text("application/json, text/plain;q=0.5")
    assert not prefers_text(None)
    assert not prefers_text("*/*")
