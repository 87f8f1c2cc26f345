"""The IRIs imkg mints and the vocabularies it reuses, in one place."""

IMKG = "https://w3id.org/imkg/ontology#"
CONCEPT = "https://w3id.org/imkg/concept/"
DOCUMENT = "https://w3id.org/imkg/document/"
GRAPH = "https://w3id.org/imkg/graph/"

ONTOLOGY_GRAPH = GRAPH + "ontology"
INFERRED_GRAPH = GRAPH + "inferred"
DOCUMENT_GRAPH_PREFIX = GRAPH + "document/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES = {
    "imkg": IMKG,
    "imc": CONCEPT,
    "imd": DOCUMENT,
    "img": GRAPH,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": PROV,
    "oa": OA,
}


def sparql_prefixes() -> str:
    """Return PREFIX declarations for every namespace above, for query templates.

    >>> "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>" in sparql_prefixes()
    True
    """
    return "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items()) + "\n"


def concept_iri(slug: str) -> str:
    """Return the IRI of the concept whose stable id is ``slug``."""
    return CONCEPT + slug


def concept_slug(iri: str) -> str | None:
    """Return a concept's stable id from its IRI, or None for other IRIs.

    >>> concept_slug("https://w3id.org/imkg/concept/empowerment")
    'empowerment'
    """
    return iri[len(CONCEPT) :] if iri.startswith(CONCEPT) else None


def document_graph(doc_id: str) -> str:
    """Return the named graph that holds one ingested document."""
    return DOCUMENT_GRAPH_PREFIX + doc_id
