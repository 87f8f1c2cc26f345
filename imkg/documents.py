"""Read the ingested documents, their annotations and the influences proposed from them."""

from __future__ import annotations

from typing import Any

from imkg.concepts import Trace, document_id, is_iri, run, summary
from imkg.namespaces import DOCUMENT, concept_slug, sparql_prefixes
from imkg.store import GraphStore, Row

METADATA = (
    "title",
    "source",
    "format",
    "kind",
    "license",
    "created",
    "contentHash",
    "wordCount",
    "pipelineName",
    "pipelineVersion",
)
_PROPERTY = {
    "title": "dcterms:title",
    "source": "dcterms:source",
    "format": "dcterms:format",
    "license": "dcterms:license",
    "created": "dcterms:created",
}


def _metadata_patterns(doc: str) -> str:
    return "\n".join(
        f"  OPTIONAL {{ {doc} {_PROPERTY.get(name, 'imkg:' + name)} ?{name} }}" for name in METADATA
    )


def documents_query(limit: int | None = None, offset: int = 0) -> str:
    """Return the SPARQL that lists the documents with their metadata and annotation counts,
    in id order, ``limit`` of them from ``offset`` (all of them without ``limit``).

    One query, so the counts and the metadata come from the same state of the store.
    """
    page = (f" LIMIT {int(limit)}" if limit is not None else "") + (
        f" OFFSET {int(offset)}" if offset else ""
    )
    return (
        sparql_prefixes()
        + f"""SELECT ?doc {" ".join("?" + m for m in METADATA)} ?annotations WHERE {{
  ?doc a imkg:Document .
{_metadata_patterns("?doc")}
  OPTIONAL {{
    SELECT ?doc (COUNT(?annotation) AS ?annotations) WHERE {{
      ?annotation oa:hasTarget ?target . ?target oa:hasSource ?doc .
    }} GROUP BY ?doc
  }}
}}
ORDER BY ?doc{page}"""
    )


def documents(
    store: GraphStore, *, limit: int | None = None, offset: int = 0, trace: Trace = None
) -> list[dict[str, Any]]:
    """Return the ingested documents' metadata and how many annotations each carries, in id
    order: ``limit`` of them from ``offset``, or all of them."""
    return [
        dict(
            _metadata(row),
            annotation_count=int(row["annotations"].value) if "annotations" in row else 0,
        )
        for row in run(store, documents_query(limit, offset), trace)
    ]


def document_count(store: GraphStore, *, trace: Trace = None) -> int:
    """How many documents the store holds."""
    query = sparql_prefixes() + "SELECT (COUNT(?doc) AS ?n) WHERE { ?doc a imkg:Document }"
    rows = run(store, query, trace)
    return int(rows[0]["n"].value) if rows else 0


def _metadata(row: Row) -> dict[str, Any]:
    found: dict[str, Any] = {"id": document_id(row["doc"].value), "iri": row["doc"].value}
    for name in METADATA:
        value = row[name].value if name in row else None
        found[_snake(name)] = int(value) if name == "wordCount" and value else value
    return found


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def document_query(iri: str) -> str:
    """Return the SPARQL that reads one document's metadata and text."""
    return (
        sparql_prefixes()
        + f"""SELECT ?doc ?text {" ".join("?" + m for m in METADATA)} WHERE {{
  BIND(<{iri}> AS ?doc)
  ?doc a imkg:Document .
  OPTIONAL {{ ?doc imkg:text ?text }}
{_metadata_patterns("?doc")}
}}"""
    )


def annotations_query(iri: str) -> str:
    """Return the SPARQL that lists one document's annotations in text order."""
    return (
        sparql_prefixes()
        + f"""SELECT ?annotation ?concept ?start ?end ?exact ?confidence
  ?sentenceStart ?sentenceEnd WHERE {{
  ?target oa:hasSource <{iri}> ; oa:hasSelector ?position .
  ?annotation oa:hasTarget ?target ; oa:hasBody ?concept .
  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL {{ ?annotation imkg:confidence ?confidence }}
  OPTIONAL {{ ?target oa:hasSelector/oa:exact ?exact }}
  OPTIONAL {{ ?target imkg:sentenceStart ?sentenceStart }}
  OPTIONAL {{ ?target imkg:sentenceEnd ?sentenceEnd }}
}}
ORDER BY ?start ?end"""
    )


def document_proposals_query(iri: str) -> str:
    """Return the SPARQL that lists the influences proposed from one document."""
    return (
        sparql_prefixes()
        + f"""SELECT ?proposal ?cause ?effect ?cue ?evidence ?confidence
WHERE {{
  ?proposal a imkg:InfluenceProposal ; prov:wasDerivedFrom <{iri}> ;
    imkg:cause ?cause ; imkg:effect ?effect .
  OPTIONAL {{ ?proposal imkg:cue ?cue }}
  OPTIONAL {{ ?proposal imkg:evidence ?evidence }}
  OPTIONAL {{ ?proposal imkg:confidence ?confidence }}
}}
ORDER BY ?proposal"""
    )


def document(store: GraphStore, doc_id: str, *, trace: Trace = None) -> dict[str, Any] | None:
    """Return one document with its text, annotations and proposals, or None if unknown."""
    iri = DOCUMENT + doc_id
    if not is_iri(iri):
        return None
    rows = run(store, document_query(iri), trace)
    if not rows:
        return None
    found = _metadata(rows[0])
    found["text"] = rows[0]["text"].value if "text" in rows[0] else None
    found["annotations"] = [
        _annotation(store, r)
        for r in run(store, annotations_query(iri), trace)
        if concept_slug(r["concept"].value)
    ]
    found["annotation_count"] = len(found["annotations"])
    found["proposals"] = [
        _proposal(store, r) for r in run(store, document_proposals_query(iri), trace)
    ]
    return found


def _annotation(store: GraphStore, row: Row) -> dict[str, Any]:
    return {
        "id": row["annotation"].value,
        "concept": summary(store, concept_slug(row["concept"].value)),
        "start": int(row["start"].value),
        "end": int(row["end"].value),
        "text": row["exact"].value if "exact" in row else None,
        "confidence": float(row["confidence"].value) if "confidence" in row else None,
        "sentence_start": int(row["sentenceStart"].value) if "sentenceStart" in row else None,
        "sentence_end": int(row["sentenceEnd"].value) if "sentenceEnd" in row else None,
    }


def _proposal(store: GraphStore, row: Row) -> dict[str, Any]:
    return {
        "id": row["proposal"].value,
        "cause": summary(store, concept_slug(row["cause"].value) or ""),
        "effect": summary(store, concept_slug(row["effect"].value) or ""),
        "cue": row["cue"].value if "cue" in row else None,
        "evidence": row["evidence"].value if "evidence" in row else None,
        "confidence": float(row["confidence"].value) if "confidence" in row else None,
    }
