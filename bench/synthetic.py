"""Deterministic synthetic knowledge graphs for benchmarks: the real ontology plus N documents.

Each generated document has the shape ``imkg ingest`` writes (see docs/vocabulary.md):
metadata, its text, Web Annotation mentions with position and quote selectors, and a few
influence proposals, in its own named graph. Same size and seed, same bytes.

    python bench/synthetic.py --size small --output small.nq
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from imkg.build import load_ontology
from imkg.namespaces import (
    CONCEPT,
    DCTERMS,
    DOCUMENT,
    IMKG,
    INFERRED_GRAPH,
    OA,
    ONTOLOGY_GRAPH,
    PROV,
    RDF,
    SKOS,
    XSD,
    document_graph,
)
from imkg.reasoning import entailments

# Documents per size: each document of ~200 words carries 16 mentions and 2 influence
# proposals, 324 quads; with the ontology and its entailments (~2,900 quads) the sizes land
# near 10k, 100k and 1M quads.
SIZES = {"small": 22, "medium": 300, "large": 3078}
MENTIONS = 16
PROPOSALS = 2
FILLER = [
    "the",
    "team",
    "discussed",
    "how",
    "the",
    "organisation",
    "could",
    "improve",
    "its",
    "daily",
    "work",
    "and",
    "what",
    "managers",
    "and",
    "staff",
    "should",
    "change",
    "in",
    "the",
    "coming",
    "months",
    "to",
    "serve",
    "clients",
    "better",
]


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_n(XSD + "integer"))


def concept_labels(ontology: set[ox.Triple]) -> list[tuple[str, str]]:
    """Return (concept IRI, preferred label) pairs from the ontology, sorted for determinism."""
    pref = _n(SKOS + "prefLabel")
    pairs = {
        (t.subject.value, t.object.value)
        for t in ontology
        if t.predicate == pref and t.subject.value.startswith(CONCEPT)
    }
    return sorted(pairs)


def document_quads(
    index: int, labels: list[tuple[str, str]], rng: random.Random
) -> Iterator[ox.Quad]:
    """Yield one synthetic document's quads, in its own named graph (ingest/graph.py's shape)."""
    doc_id = f"synthetic-{index:05d}"
    doc, graph = _n(DOCUMENT + doc_id), _n(document_graph(doc_id))
    words: list[str] = []
    mentions: list[tuple[int, int, str, str]] = []
    for _ in range(MENTIONS):
        words.extend(rng.choice(FILLER) for _ in range(rng.randint(6, 14)))
        iri, label = rng.choice(labels)
        start = len(" ".join(words)) + (1 if words else 0)
        words.extend(label.split())
        mentions.append((start, start + len(label), iri, label))
    text = " ".join(words) + "."
    run = _n(f"{DOCUMENT}{doc_id}/run/000000000000")
    created = ox.Literal("2025-01-01T00:00:00Z", datatype=_n(XSD + "dateTime"))

    def q(s: ox.NamedNode | ox.BlankNode, p: str, o: ox.NamedNode | ox.Literal | ox.BlankNode):
        return ox.Quad(s, _n(p), o, graph)

    yield q(doc, RDF + "type", _n(IMKG + "Document"))
    yield q(doc, RDF + "type", _n(PROV + "Entity"))
    yield q(doc, DCTERMS + "title", ox.Literal(f"Synthetic case {index}"))
    yield q(doc, DCTERMS + "source", ox.Literal(f"synthetic/{doc_id}.md"))
    yield q(doc, DCTERMS + "format", ox.Literal("text/markdown"))
    yield q(doc, DCTERMS + "created", created)
    yield q(doc, IMKG + "kind", ox.Literal("case"))
    yield q(doc, IMKG + "contentHash", ox.Literal(f"sha256:{rng.getrandbits(128):032x}"))
    yield q(doc, IMKG + "pipelineName", ox.Literal("imkg-synthetic"))
    yield q(doc, IMKG + "pipelineVersion", ox.Literal("0"))
    yield q(doc, IMKG + "text", ox.Literal(text))
    yield q(doc, IMKG + "wordCount", _int(len(words)))
    yield q(doc, PROV + "wasGeneratedBy", run)
    yield q(run, RDF + "type", _n(PROV + "Activity"))
    yield q(run, PROV + "startedAtTime", created)
    yield q(run, PROV + "endedAtTime", created)
    yield q(run, PROV + "used", doc)
    yield q(run, PROV + "wasAssociatedWith", _n(IMKG + "imkg-software"))
    confidence = ox.Literal("0.9", datatype=_n(XSD + "decimal"))
    for n, (start, end, iri, label) in enumerate(mentions, 1):
        ann = _n(f"{DOCUMENT}{doc_id}/annotation/{n}")
        target = _n(f"{DOCUMENT}{doc_id}/annotation/{n}/target")
        position, quote = ox.BlankNode(), ox.BlankNode()
        yield q(ann, RDF + "type", _n(OA + "Annotation"))
        yield q(ann, OA + "motivatedBy", _n(OA + "tagging"))
        yield q(ann, OA + "hasBody", _n(iri))
        yield q(ann, IMKG + "confidence", confidence)
        yield q(ann, OA + "hasTarget", target)
        yield q(target, RDF + "type", _n(OA + "SpecificResource"))
        yield q(target, OA + "hasSource", doc)
        yield q(target, OA + "hasSelector", position)
        yield q(target, OA + "hasSelector", quote)
        yield q(target, IMKG + "sentenceStart", _int(max(start - 40, 0)))
        yield q(target, IMKG + "sentenceEnd", _int(end + 40))
        yield q(position, RDF + "type", _n(OA + "TextPositionSelector"))
        yield q(position, OA + "start", _int(start))
        yield q(position, OA + "end", _int(end))
        yield q(quote, RDF + "type", _n(OA + "TextQuoteSelector"))
        yield q(quote, OA + "exact", ox.Literal(label))
        yield q(quote, OA + "prefix", ox.Literal(text[max(start - 32, 0) : start]))
        yield q(quote, OA + "suffix", ox.Literal(text[end : end + 32]))
    for n in range(1, PROPOSALS + 1):
        (s1, _, cause, _), (_, e2, effect, _) = rng.sample(mentions, 2)
        node = _n(f"{DOCUMENT}{doc_id}/proposal/{n}")
        yield q(node, RDF + "type", _n(IMKG + "InfluenceProposal"))
        yield q(node, IMKG + "cause", _n(cause))
        yield q(node, IMKG + "effect", _n(effect))
        yield q(node, IMKG + "cue", ox.Literal("leads to"))
        yield q(node, IMKG + "evidence", ox.Literal(text[min(s1, e2) : max(s1, e2)][:200]))
        yield q(node, IMKG + "confidence", ox.Literal("0.5", datatype=_n(XSD + "decimal")))
        yield q(node, PROV + "wasDerivedFrom", doc)
        yield q(node, IMKG + "sentenceStart", _int(min(s1, e2)))
        yield q(node, IMKG + "sentenceEnd", _int(max(s1, e2)))


def generate(size: str, *, seed: int = 7) -> Iterator[ox.Quad]:
    """Yield the ontology, its entailments and the synthetic documents for ``size``."""
    ontology = load_ontology()
    yield from (ox.Quad(t.subject, t.predicate, t.object, _n(ONTOLOGY_GRAPH)) for t in ontology)
    inferred = entailments(ontology)
    yield from (ox.Quad(t.subject, t.predicate, t.object, _n(INFERRED_GRAPH)) for t in inferred)
    rng = random.Random(seed)
    labels = concept_labels(ontology)
    for index in range(SIZES[size]):
        yield from document_quads(index, labels, rng)


def main() -> None:
    """Write a synthetic dataset as N-Quads."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args()
    quads = list(generate(args.size))
    args.output.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    print(f"{args.output}: {len(quads)} quads ({args.size})")


if __name__ == "__main__":
    main()
