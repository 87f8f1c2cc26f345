"""The JSON bodies of ``GET /api/documents`` and ``GET /api/documents/{id}``: the ingested
course texts and cases, their annotations and the influences proposed from them."""

from __future__ import annotations

from pydantic import BaseModel

from imkg.api.models import ConceptRef, example


class DocumentSummary(BaseModel):
    """An ingested document's metadata."""

    model_config = example(
        {
            "id": "06-four-internal-customer-groups",
            "iri": "https://w3id.org/imkg/document/06-four-internal-customer-groups",
            "title": "The four internal customer groups",
            "kind": "course",
            "source": "corpus/course/06-four-internal-customer-groups.md",
            "format": "text/markdown",
            "word_count": 892,
            "annotation_count": 40,
        }
    )
    id: str
    iri: str
    title: str | None = None
    source: str | None = None
    format: str | None = None
    kind: str | None = None
    license: str | None = None
    created: str | None = None
    content_hash: str | None = None
    word_count: int | None = None
    pipeline_name: str | None = None
    pipeline_version: str | None = None
    annotation_count: int


class Annotation(BaseModel):
    """One Web Annotation: a concept tagged at a text position."""

    id: str
    concept: ConceptRef
    start: int
    end: int
    text: str | None
    confidence: float | None
    sentence_start: int | None
    sentence_end: int | None


class DocumentProposal(BaseModel):
    """An influence proposed from one of the document's sentences."""

    id: str
    cause: ConceptRef
    effect: ConceptRef
    cue: str | None
    evidence: str | None
    confidence: float | None


class DocumentDetail(DocumentSummary):
    """A document with its text, annotations and proposals."""

    text: str | None
    annotations: list[Annotation]
    proposals: list[DocumentProposal]
    sparql: list[str]
