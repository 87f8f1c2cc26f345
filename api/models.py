"""Response models of the JSON API, with examples, so that OpenAPI documents the contract.

Routes return JSON built by the core readers directly (no second validation pass on every
request); ``tests/test_api_json.py`` validates real responses against these models.
"""

from __future__ import annotations

from typing import Any, Literal

import orjson
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

C = "https://w3id.org/imkg/concept/"


def json_response(data: Any, status: int = 200) -> Response:
    """Return ``data`` as a JSON response, serialised once by orjson."""
    return Response(orjson.dumps(data), status, media_type="application/json")


def example(value: Any) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": [value]})


class ConceptRef(BaseModel):
    """A concept named by its stable id, IRI and preferred label."""

    model_config = example(
        {"id": "job-satisfaction", "iri": C + "job-satisfaction", "label": "job satisfaction"}
    )
    id: str = Field(description="stable readable id (slug): the IRI's local name")
    iri: str
    label: str


class ConceptSummary(ConceptRef):
    """One concept in a list."""

    model_config = example(
        {
            "id": "empowerment",
            "iri": C + "empowerment",
            "label": "empowerment",
            "types": ["Component", "TQMElement"],
            "definition": "Giving employees room to take initiative ...",
        }
    )
    types: list[str] = Field(description="local names of the concept's imkg classes")
    definition: str | None = None
    score: float | None = Field(None, description="search score 0..1, when `q` was given")


class SearchHit(ConceptSummary):
    """One ranked search result."""

    model_config = example(
        {
            "id": "employee-motivation",
            "iri": C + "employee-motivation",
            "label": "employee motivation",
            "types": ["Component"],
            "definition": "Employees' drive ...",
            "score": 0.9,
            "matched": "employee motivation",
        }
    )
    matched: str = Field(description="the label (preferred, alternative or hidden) that matched")


class Relation(ConceptRef):
    """A statement linking the concept to another one."""

    property: str = Field(description="prefixed property name, e.g. skos:broader")
    direction: Literal["in", "out"] = Field(description="out: concept → other; in: other → concept")
    inferred: bool = Field(description="true when it comes from the inferred graph")


class Mention(BaseModel):
    """Where a document of the corpus mentions a concept."""

    document: str
    title: str | None = None
    start: int = Field(description="character offset of the mention in the document text")
    end: int
    text: str | None = None
    confidence: float | None = None
    passage: str | None = Field(None, description="the sentence holding the mention")
    passage_start: int | None = None
    passage_end: int | None = None


class NarrowerMentions(ConceptRef):
    """A narrower concept the corpus mentions, and how often."""

    passages: int = Field(description="how many passages of the corpus name it")
    documents: int = Field(description="in how many documents")


class ConceptDetail(ConceptRef):
    """One concept with everything the graph says about it."""

    model_config = example(
        {
            "id": "modifiers",
            "iri": C + "modifiers",
            "label": "modifiers",
            "alt_labels": [],
            "hidden_labels": [],
            "definition": "Internal customer group whose members ...",
            "types": ["InternalCustomerGroup"],
            "sources": ["seed 000: ..."],
            "attributes": {
                "imkg:hasFrequentCustomerContact": True,
                "imkg:hasInPersonCustomerContact": False,
            },
            "relations": [
                {
                    "property": "imkg:exampleRole",
                    "direction": "out",
                    "id": "secretary",
                    "iri": C + "secretary",
                    "label": "secretary",
                    "inferred": False,
                }
            ],
            "mentions": [],
            "mention_count": 0,
            "narrower_mentions": [],
            "sparql": ["PREFIX ... SELECT ..."],
        }
    )
    alt_labels: list[str]
    hidden_labels: list[str]
    definition: str | None
    types: list[str]
    sources: list[str]
    attributes: dict[str, Any] = Field(description="datatype properties: traits, position, ...")
    relations: list[Relation]
    mentions: list[Mention] = Field(description="the first 100 mentions, in document order")
    mention_count: int = Field(description="how many mentions the corpus has in all")
    narrower_mentions: list[NarrowerMentions] = Field(
        default_factory=list,
        description="concepts narrower than this one (at any depth) that the corpus mentions: "
        "a passage on a narrower concept is also one on this concept",
    )
    sparql: list[str] = Field(description="the SPARQL queries that produced this answer")


class Claim(BaseModel):
    """The provenance of one curated influence."""

    claim: str | None
    source: str | None
    stated_as_direct: bool | None = None


class DirectInfluence(ConceptRef):
    """A curated direct influence, with the claims that back it."""

    source: str | None = Field(description="the sources of the claims, joined with '; '")
    claims: list[Claim]


class IndirectInfluence(ConceptRef):
    """An influence through other concepts, with one shortest path (cause first)."""

    path: list[str]


class ProposedInfluence(ConceptRef):
    """An influence ingest proposed from a sentence of a document, pending review."""

    cue: str | None
    evidence: str | None
    confidence: float | None
    document: str | None


class Influences(BaseModel):
    """What a concept influences (out) or is influenced by (in)."""

    model_config = example(
        {
            "concept": {
                "id": "job-satisfaction",
                "iri": C + "job-satisfaction",
                "label": "job satisfaction",
            },
            "direction": "in",
            "direct": [
                {
                    "id": "empowerment",
                    "iri": C + "empowerment",
                    "label": "empowerment",
                    "source": "seed 000: Internal marketing in CRM (lecture slides)",
                    "claims": [
                        {
                            "claim": "The model slides say empowerment affects ...",
                            "source": "seed 000: ...",
                            "stated_as_direct": False,
                        }
                    ],
                }
            ],
            "indirect": [
                {
                    "id": "employee-training",
                    "iri": C + "employee-training",
                    "label": "employee training",
                    "path": ["employee-training", "employee-motivation", "job-satisfaction"],
                }
            ],
            "proposed": [],
            "sparql": ["PREFIX ... SELECT ?cause ?effect ..."],
        }
    )
    concept: ConceptRef
    direction: Literal["in", "out"]
    direct: list[DirectInfluence]
    indirect: list[IndirectInfluence]
    proposed: list[ProposedInfluence]
    sparql: list[str]


class AskAnswer(BaseModel):
    """An answer to a question in plain English, with the SPARQL and evidence behind it."""

    model_config = example(
        {
            "question": "what influences job satisfaction",
            "understood_as": {
                "intent": "influenced_by",
                "paraphrase": "What directly influences job satisfaction?",
                "concepts": [{"id": "job-satisfaction", "label": "job satisfaction"}],
                "direction": "in",
                "indirect": False,
            },
            "answers": [
                {
                    "id": "empowerment",
                    "iri": C + "empowerment",
                    "label": "empowerment",
                    "claims": [{"claim": "...", "source": "seed 000: ..."}],
                }
            ],
            "answer_text": "In the curated model of internal marketing, job satisfaction is "
            "directly influenced by employee motivation, empowerment, internal "
            "marketing and marketing-like approach.",
            "sparql": "PREFIX ... SELECT ?cause ?label ?claim ?source WHERE { ... }",
            "evidence": [
                {
                    "kind": "claim",
                    "cause": "empowerment",
                    "effect": "job-satisfaction",
                    "statement": "empowerment → job satisfaction",
                    "claim": "...",
                    "source": "seed 000: ...",
                }
            ],
            "suggestions": [],
        }
    )
    question: str
    understood_as: dict[str, Any] | None = Field(
        description="intent, paraphrase and concepts as read; null when the question was "
        "not understood (then answers is empty and suggestions lists questions "
        "that can be answered)"
    )
    answers: list[dict[str, Any]] = Field(description="each with id and label, plus details")
    answer_text: str
    sparql: str | None = Field(description="the SPARQL that produced the answer")
    evidence: list[dict[str, Any]]
    suggestions: list[str]


class ErrorBody(BaseModel):
    """A refusal: what went wrong and what to change."""

    model_config = example(
        {"error": "no concept with id 'job-satisfactoin'", "suggestions": ["job-satisfaction"]}
    )
    error: str
