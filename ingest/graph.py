"""A processed document as RDF, in the shape docs/vocabulary.md fixes.

One named graph per document holds its metadata, one ``oa:Annotation`` per mention (with a
``oa:TextPositionSelector`` and a ``oa:TextQuoteSelector``), one ``imkg:InfluenceProposal``
per relation cue, and the ``prov:Activity`` of the run that produced them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime

import pyoxigraph as ox
from imkg.ingest.process import DocumentResult
from imkg.ingest.relations import Proposal
from imkg.ingest.tagger import Mention

from imkg.namespaces import DCTERMS, DOCUMENT, IMKG, OA, PROV, RDF, XSD

QUOTE_CONTEXT = 32
SOFTWARE = ox.NamedNode(IMKG + "imkg-software")
A = ox.NamedNode(RDF + "type")


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _lit(value: object, datatype: str | None = None) -> ox.Literal:
    if datatype:
        return ox.Literal(str(value), datatype=_n(XSD + datatype))
    return ox.Literal(str(value))


def _time(value: datetime) -> ox.Literal:
    return _lit(value.isoformat(), "dateTime")


def document_iri(doc_id: str) -> str:
    """Return the IRI of an ingested document."""
    return DOCUMENT + doc_id


def run_hash(result: DocumentResult) -> str:
    """Twelve hex digits naming the run: the content hash and the pipeline version."""
    key = f"{result.document.content_hash} {result.pipeline_version}".encode()
    return hashlib.sha256(key).hexdigest()[:12]


def document_triples(result: DocumentResult) -> Iterator[ox.Triple]:
    """Yield every triple of one document's graph."""
    doc = _n(document_iri(result.doc_id))
    yield from _metadata(doc, result)
    yield from _run(doc, result)
    for n, mention in enumerate(result.mentions, 1):
        yield from _annotation(doc, n, mention, result.document.text)
    for n, proposal in enumerate(result.proposals, 1):
        yield from _proposal(doc, n, proposal)


def _metadata(doc: ox.NamedNode, result: DocumentResult) -> Iterator[ox.Triple]:
    source = result.document
    yield ox.Triple(doc, A, _n(IMKG + "Document"))
    yield ox.Triple(doc, A, _n(PROV + "Entity"))
    values = [
        (DCTERMS + "title", _lit(source.title)),
        (DCTERMS + "source", _lit(result.source)),
        (DCTERMS + "format", _lit(source.media_type)),
        (IMKG + "kind", _lit(result.kind)),
        (IMKG + "contentHash", _lit(source.content_hash)),
        (DCTERMS + "created", _time(result.ended)),
        (IMKG + "pipelineName", _lit(result.pipeline_name)),
        (IMKG + "pipelineVersion", _lit(result.pipeline_version)),
        (IMKG + "text", _lit(source.text)),
        (IMKG + "wordCount", _lit(result.words, "integer")),
    ]
    for key, predicate in (("licence", "license"), ("license", "license"),
                           ("authors", "creator"), ("summary", "description")):  # fmt: skip
        if source.metadata.get(key):
            values.append((DCTERMS + predicate, _lit(source.metadata[key])))
    for predicate, value in values:
        yield ox.Triple(doc, _n(predicate), value)


def _run(doc: ox.NamedNode, result: DocumentResult) -> Iterator[ox.Triple]:
    run = _n(f"{doc.value}/run/{run_hash(result)}")
    yield ox.Triple(doc, _n(PROV + "wasGeneratedBy"), run)
    yield ox.Triple(run, A, _n(PROV + "Activity"))
    yield ox.Triple(run, _n(PROV + "startedAtTime"), _time(result.started))
    yield ox.Triple(run, _n(PROV + "endedAtTime"), _time(result.ended))
    yield ox.Triple(run, _n(PROV + "used"), doc)
    yield ox.Triple(run, _n(PROV + "wasAssociatedWith"), SOFTWARE)


def _annotation(doc: ox.NamedNode, n: int, mention: Mention, text: str) -> Iterator[ox.Triple]:
    annotation = _n(f"{doc.value}/annotation/{n}")
    target = _n(f"{annotation.value}/target")
    position, quote = ox.BlankNode(), ox.BlankNode()
    prefix = text[max(mention.start - QUOTE_CONTEXT, 0) : mention.start]
    suffix = text[mention.end : mention.end + QUOTE_CONTEXT]
    yield from (
        ox.Triple(annotation, A, _n(OA + "Annotation")),
        ox.Triple(annotation, _n(OA + "motivatedBy"), _n(OA + "tagging")),
        ox.Triple(annotation, _n(OA + "hasBody"), _n(mention.concept_iri)),
        ox.Triple(annotation, _n(IMKG + "confidence"), _lit(mention.confidence, "decimal")),
        ox.Triple(annotation, _n(OA + "hasTarget"), target),
        ox.Triple(target, A, _n(OA + "SpecificResource")),
        ox.Triple(target, _n(OA + "hasSource"), doc),
        ox.Triple(target, _n(OA + "hasSelector"), position),
        ox.Triple(target, _n(OA + "hasSelector"), quote),
        ox.Triple(target, _n(IMKG + "sentenceStart"), _lit(mention.sentence_start, "integer")),
        ox.Triple(target, _n(IMKG + "sentenceEnd"), _lit(mention.sentence_end, "integer")),
        ox.Triple(position, A, _n(OA + "TextPositionSelector")),
        ox.Triple(position, _n(OA + "start"), _lit(mention.start, "integer")),
        ox.Triple(position, _n(OA + "end"), _lit(mention.end, "integer")),
        ox.Triple(quote, A, _n(OA + "TextQuoteSelector")),
        ox.Triple(quote, _n(OA + "exact"), _lit(mention.text)),
        ox.Triple(quote, _n(OA + "prefix"), _lit(prefix)),
        ox.Triple(quote, _n(OA + "suffix"), _lit(suffix)),
    )


def _proposal(doc: ox.NamedNode, n: int, proposal: Proposal) -> Iterator[ox.Triple]:
    node = _n(f"{doc.value}/proposal/{n}")
    yield from (
        ox.Triple(node, A, _n(IMKG + "InfluenceProposal")),
        ox.Triple(node, _n(IMKG + "cause"), _n(proposal.cause_iri)),
        ox.Triple(node, _n(IMKG + "effect"), _n(proposal.effect_iri)),
        ox.Triple(node, _n(IMKG + "cue"), _lit(proposal.cue)),
        ox.Triple(node, _n(IMKG + "evidence"), _lit(proposal.evidence)),
        ox.Triple(node, _n(IMKG + "confidence"), _lit(proposal.confidence, "decimal")),
        ox.Triple(node, _n(PROV + "wasDerivedFrom"), doc),
        ox.Triple(node, _n(IMKG + "sentenceStart"), _lit(proposal.sentence_start, "integer")),
        ox.Triple(node, _n(IMKG + "sentenceEnd"), _lit(proposal.sentence_end, "integer")),
    )
