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
from imkg.namespaces import DCTERMS, DOCUMENT, IMKG, OA, PROV, RDF, XSD, document_graph

QUOTE_CONTEXT = 32
SOFTWARE = ox.NamedNode(IMKG + "imkg-software")
A = ox.NamedNode(RDF + "type")
Terms = tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, ox.NamedNode | ox.BlankNode | ox.Literal]


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


# Made once: a document of 1,000 words has a few thousand triples, most with these terms.
INTEGER, DECIMAL, DATE_TIME = _n(XSD + "integer"), _n(XSD + "decimal"), _n(XSD + "dateTime")
ANNOTATION, TAGGING = _n(OA + "Annotation"), _n(OA + "tagging")
SPECIFIC_RESOURCE = _n(OA + "SpecificResource")
POSITION_SELECTOR, QUOTE_SELECTOR = _n(OA + "TextPositionSelector"), _n(OA + "TextQuoteSelector")
MOTIVATED_BY, HAS_BODY = _n(OA + "motivatedBy"), _n(OA + "hasBody")
HAS_TARGET = _n(OA + "hasTarget")
HAS_SOURCE, HAS_SELECTOR = _n(OA + "hasSource"), _n(OA + "hasSelector")
START, END, EXACT = _n(OA + "start"), _n(OA + "end"), _n(OA + "exact")
PREFIX, SUFFIX = _n(OA + "prefix"), _n(OA + "suffix")
CONFIDENCE = _n(IMKG + "confidence")
SENTENCE_START, SENTENCE_END = _n(IMKG + "sentenceStart"), _n(IMKG + "sentenceEnd")
PROPOSAL = _n(IMKG + "InfluenceProposal")
CAUSE, EFFECT, CUE, EVIDENCE = (_n(IMKG + name) for name in ("cause", "effect", "cue", "evidence"))
DERIVED_FROM = _n(PROV + "wasDerivedFrom")


def _lit(value: object, datatype: str | None = None) -> ox.Literal:
    if datatype:
        return ox.Literal(str(value), datatype=_n(XSD + datatype))
    return ox.Literal(str(value))


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=INTEGER)


def _time(value: datetime) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=DATE_TIME)


def document_iri(doc_id: str) -> str:
    """Return the IRI of an ingested document."""
    return DOCUMENT + doc_id


def run_hash(result: DocumentResult) -> str:
    """Twelve hex digits naming the run: the content hash and the pipeline version."""
    key = f"{result.document.content_hash} {result.pipeline_version}".encode()
    return hashlib.sha256(key).hexdigest()[:12]


def document_triples(result: DocumentResult) -> Iterator[ox.Triple]:
    """Yield every triple of one document's graph."""
    for subject, predicate, value in document_terms(result):
        yield ox.Triple(subject, predicate, value)


def document_quads(result: DocumentResult) -> list[ox.Quad]:
    """Return every triple of one document's graph as a quad in that graph."""
    graph = _n(document_graph(result.doc_id))
    return [ox.Quad(s, p, o, graph) for s, p, o in document_terms(result)]


def document_terms(result: DocumentResult) -> Iterator[Terms]:
    """Yield ``(subject, predicate, object)`` of every triple of one document's graph."""
    doc = _n(document_iri(result.doc_id))
    yield from _metadata(doc, result)
    yield from _run(doc, result)
    text = result.document.text
    for n, mention in enumerate(result.mentions, 1):
        yield from _annotation(doc, n, mention, text)
    for n, proposal in enumerate(result.proposals, 1):
        yield from _proposal(doc, n, proposal)


def _metadata(doc: ox.NamedNode, result: DocumentResult) -> Iterator[Terms]:
    source = result.document
    yield doc, A, _n(IMKG + "Document")
    yield doc, A, _n(PROV + "Entity")
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
        yield doc, _n(predicate), value


def _run(doc: ox.NamedNode, result: DocumentResult) -> Iterator[Terms]:
    run = _n(f"{doc.value}/run/{run_hash(result)}")
    yield doc, _n(PROV + "wasGeneratedBy"), run
    yield run, A, _n(PROV + "Activity")
    yield run, _n(PROV + "startedAtTime"), _time(result.started)
    yield run, _n(PROV + "endedAtTime"), _time(result.ended)
    yield run, _n(PROV + "used"), doc
    yield run, _n(PROV + "wasAssociatedWith"), SOFTWARE


def _annotation(doc: ox.NamedNode, n: int, mention: Mention, text: str) -> tuple[Terms, ...]:
    annotation = _n(f"{doc.value}/annotation/{n}")
    target = _n(f"{doc.value}/annotation/{n}/target")
    position, quote = ox.BlankNode(), ox.BlankNode()
    prefix = text[max(mention.start - QUOTE_CONTEXT, 0) : mention.start]
    suffix = text[mention.end : mention.end + QUOTE_CONTEXT]
    return (
        (annotation, A, ANNOTATION),
        (annotation, MOTIVATED_BY, TAGGING),
        (annotation, HAS_BODY, _n(mention.concept_iri)),
        (annotation, CONFIDENCE, ox.Literal(str(mention.confidence), datatype=DECIMAL)),
        (annotation, HAS_TARGET, target),
        (target, A, SPECIFIC_RESOURCE),
        (target, HAS_SOURCE, doc),
        (target, HAS_SELECTOR, position),
        (target, HAS_SELECTOR, quote),
        (target, SENTENCE_START, _int(mention.sentence_start)),
        (target, SENTENCE_END, _int(mention.sentence_end)),
        (position, A, POSITION_SELECTOR),
        (position, START, _int(mention.start)),
        (position, END, _int(mention.end)),
        (quote, A, QUOTE_SELECTOR),
        (quote, EXACT, ox.Literal(mention.text)),
        (quote, PREFIX, ox.Literal(prefix)),
        (quote, SUFFIX, ox.Literal(suffix)),
    )


def _proposal(doc: ox.NamedNode, n: int, proposal: Proposal) -> tuple[Terms, ...]:
    node = _n(f"{doc.value}/proposal/{n}")
    return (
        (node, A, PROPOSAL),
        (node, CAUSE, _n(proposal.cause_iri)),
        (node, EFFECT, _n(proposal.effect_iri)),
        (node, CUE, ox.Literal(proposal.cue)),
        (node, EVIDENCE, ox.Literal(proposal.evidence)),
        (node, CONFIDENCE, ox.Literal(str(proposal.confidence), datatype=DECIMAL)),
        (node, DERIVED_FROM, doc),
        (node, SENTENCE_START, _int(proposal.sentence_start)),
        (node, SENTENCE_END, _int(proposal.sentence_end)),
    )
