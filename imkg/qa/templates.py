"""One SPARQL template per intent; the answerer substitutes concept and class IRIs.

The queries are written to be read: they are shown to users beside every answer.
"""

from __future__ import annotations

from collections.abc import Iterable

from imkg.concepts import mentions_query
from imkg.influence import EDGES_QUERY
from imkg.namespaces import sparql_prefixes

P = sparql_prefixes()

# Influence questions read the whole curated edge list once and walk it in Python (direct
# edges, shortest paths), which beats reverse property paths (?x imkg:influences+ <X>).
INFLUENCE_EDGES = EDGES_QUERY

DIRECT_CAUSES = (
    P
    + """# What directly influences {label}?
SELECT ?cause ?label ?claim ?source WHERE {{
  ?cause imkg:directlyInfluences <{x}> ; skos:prefLabel ?label .
  OPTIONAL {{ ?k a imkg:InfluenceClaim ; imkg:cause ?cause ; imkg:effect <{x}> ;
             imkg:claim ?claim ; dcterms:source ?source }}
}}
ORDER BY ?label"""
)

DIRECT_EFFECTS = (
    P
    + """# What does {label} directly influence?
SELECT ?effect ?label ?claim ?source WHERE {{
  <{x}> imkg:directlyInfluences ?effect .
  ?effect skos:prefLabel ?label .
  OPTIONAL {{ ?k a imkg:InfluenceClaim ; imkg:cause <{x}> ; imkg:effect ?effect ;
             imkg:claim ?claim ; dcterms:source ?source }}
}}
ORDER BY ?label"""
)

DEFINITION = (
    P
    + """# What is {label}?
SELECT ?c ?label ?definition ?type ?source ?contact ?position
  (GROUP_CONCAT(DISTINCT ?alt; separator=" | ") AS ?altLabels)
  (GROUP_CONCAT(DISTINCT ?roleLabel; separator=" | ") AS ?exampleRoles)
WHERE {{
  BIND(<{x}> AS ?c)
  ?c skos:prefLabel ?label .
  OPTIONAL {{ ?c skos:definition ?definition }}
  OPTIONAL {{ GRAPH <https://w3id.org/imkg/graph/ontology> {{ ?c a ?type }}
             FILTER(STRSTARTS(STR(?type), STR(imkg:))) }}
  OPTIONAL {{ ?c dcterms:source ?source }}
  OPTIONAL {{ ?c skos:altLabel ?alt }}
  OPTIONAL {{ ?c imkg:customerContact ?contact }}
  OPTIONAL {{ ?c imkg:position ?position }}
  OPTIONAL {{ ?c imkg:exampleRole/skos:prefLabel ?roleLabel }}
}}
GROUP BY ?c ?label ?definition ?type ?source ?contact ?position"""
)

MEMBERS = (
    P
    + """# Which concepts are of the kind "{kind}"?
SELECT ?c ?label ?position ?definition WHERE {{
  ?c a <{k}> ; skos:prefLabel ?label .
  OPTIONAL {{ ?c imkg:position ?position }}
  OPTIONAL {{ ?c skos:definition ?definition }}
  {scope}
}}
ORDER BY ?position LCASE(?label)"""
)

ALL_CONCEPTS = (
    P
    + """# Every concept, with its kinds
SELECT ?c ?label ?definition ?kind WHERE {
  ?c a ?k ; skos:prefLabel ?label .
  ?k rdfs:subClassOf imkg:IMConcept ; rdfs:label ?kind .
  OPTIONAL { ?c skos:definition ?definition }
  FILTER(?k != imkg:IMConcept)
}
ORDER BY LCASE(?label)"""
)

# The concepts a kind's members link to, any way round: where a scope phrase may point.
LINKED = (
    P
    + """# What do the members of <{k}> link to?
SELECT DISTINCT ?s WHERE {{
  ?c a <{k}> .
  {{ ?c ?link ?s }} UNION {{ ?s ?link ?c }}
  ?s skos:prefLabel ?label .
}}"""
)

MEMBERS_SCOPE = """{{ ?c ?link <{s}> }} UNION {{ <{s}> ?link ?c }}"""
# The members that take place between two parties: "which type of marketing is between X and Y"
MEMBERS_BETWEEN = """?c imkg:between <{a}> , <{b}> ."""

STAGE_NEXT = (
    P
    + """# Which stage comes after {label}?
SELECT ?c ?label ?position WHERE {{
  <{x}> imkg:nextStage ?c .
  ?c skos:prefLabel ?label .
  OPTIONAL {{ ?c imkg:position ?position }}
}}"""
)

STAGE_PREVIOUS = (
    P
    + """# Which stage comes before {label}?
SELECT ?c ?label ?position WHERE {{
  ?c imkg:nextStage <{x}> ; skos:prefLabel ?label .
  OPTIONAL {{ ?c imkg:position ?position }}
}}"""
)

STAGES = (
    P
    + """# The stages of the cycle, in order
SELECT ?c ?label ?position ?cycle ?cycleLabel WHERE {{
  ?c a imkg:CycleStage ; skos:prefLabel ?label ; imkg:position ?position .
  OPTIONAL {{ ?c imkg:stageOf ?cycle . ?cycle skos:prefLabel ?cycleLabel }}
}}
ORDER BY ?cycle ?position"""
)

GROUP_TRAIT = (
    P
    + """# Which internal customer groups {wording}?
SELECT ?c ?label ?contact WHERE {{
  ?c a imkg:InternalCustomerGroup ; skos:prefLabel ?label .
{constraints}
  OPTIONAL {{ ?c imkg:customerContact ?contact }}
}}
ORDER BY ?label"""
)

GROUP_TRAITS_OF = (
    P
    + """# What are the traits of {label}?
SELECT ?p ?value ?contact WHERE {{
  VALUES ?p {{ imkg:hasFrequentCustomerContact imkg:hasInPersonCustomerContact
              imkg:involvedInMarketing }}
  <{x}> ?p ?value .
  OPTIONAL {{ <{x}> imkg:customerContact ?contact }}
}}"""
)

EXAMPLES = (
    P
    + """# Examples of {label}
SELECT ?c ?label ?via ?viaLabel WHERE {{
  {{ <{x}> imkg:usedBy ?c . BIND(<{x}> AS ?via) }}
  UNION {{ ?c imkg:usedBy <{x}> . BIND(<{x}> AS ?via) }}
  UNION {{ ?via skos:broader <{x}> ; imkg:usedBy ?c }}
  UNION {{ <{x}> imkg:exampleRole ?c . BIND(<{x}> AS ?via) }}
  UNION {{ ?c imkg:practiceOfStage <{x}> . BIND(<{x}> AS ?via) }}
  UNION {{ ?c a imkg:Example ; skos:related <{x}> . BIND(<{x}> AS ?via) }}
  ?c skos:prefLabel ?label .
  OPTIONAL {{ ?via skos:prefLabel ?viaLabel }}
}}
ORDER BY ?label"""
)


# What a member belongs to: the group an example role is typical of, the stage a case
# practice illustrates, the cycle a stage is part of.
OWNERS = (
    P
    + """# What {label} belongs to
SELECT ?c ?label ?link WHERE {{
  {{ ?c imkg:exampleRole <{x}> . BIND("group" AS ?link) }}
  UNION {{ <{x}> imkg:practiceOfStage ?c . BIND("stage" AS ?link) }}
  UNION {{ <{x}> imkg:stageOf ?c . BIND("cycle" AS ?link) }}
  ?c skos:prefLabel ?label .
}}
ORDER BY ?label"""
)


def mentions(iri: str, label: str) -> str:
    """The passages that mention a concept: the concept page's own query, titled."""
    return f"# Where is {label} discussed in the corpus?\n" + mentions_query(iri, limit=500)


DOCUMENTS = (
    P
    + """# The ingested documents, with their kind and summary
SELECT ?doc ?title ?kind ?description WHERE {
  ?doc a imkg:Document .
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc imkg:kind ?kind }
  OPTIONAL { ?doc dcterms:description ?description }
}
ORDER BY ?doc"""
)

ANY_DOCUMENT = (
    P
    + """# Has any document been ingested at all?
SELECT ?doc WHERE { ?doc a imkg:Document } LIMIT 1"""
)


COMPARE = (
    P
    + """# Compare {label_a} and {label_b}
SELECT ?c ?p ?value WHERE {{
  VALUES ?c {{ <{a}> <{b}> }}
  VALUES ?p {{ skos:definition imkg:hasFrequentCustomerContact imkg:hasInPersonCustomerContact
              imkg:involvedInMarketing imkg:customerContact imkg:position imkg:exampleRole
              imkg:directlyInfluences imkg:directlyInfluencedBy skos:broader imkg:usedBy
              imkg:usesReward imkg:stageOf imkg:between rdf:type }}
  ?c ?p ?value .
}}"""
)


def mentions_within(iri: str, label: str, narrower: Iterable[str] = ()) -> str:
    """The passages that mention a concept or one of its ``narrower`` concepts (IRIs; SKOS: a
    passage on "two-way communication" is a passage on "internal communication"). The
    narrower concepts are given, not found by a ``skos:broader*`` path in the query: joined
    with every annotation, that path took 2.9 s at 1M quads (a list of IRIs: as fast as one)."""
    bodies = " ".join(f"<{each}>" for each in (iri, *narrower))
    return (
        P
        + f"""# Where is {label} (or a narrower concept) discussed in the corpus?
SELECT ?doc ?title ?body ?start ?end
  (SUBSTR(?text, ?sentenceStart + 1, ?sentenceEnd - ?sentenceStart) AS ?passage)
WHERE {{
  VALUES ?body {{ {bodies} }}
  ?annotation oa:hasBody ?body ; oa:hasTarget ?target .
  ?target oa:hasSource ?doc ; oa:hasSelector ?position .
  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL {{ ?target imkg:sentenceStart ?sentenceStart }}
  OPTIONAL {{ ?target imkg:sentenceEnd ?sentenceEnd }}
  OPTIONAL {{ ?doc imkg:text ?text }}
  OPTIONAL {{ ?doc dcterms:title ?title }}
}}
ORDER BY ?doc ?start
LIMIT 500"""
    )


MENTION_COUNTS = (
    P
    + """# How often each concept is mentioned in each document
SELECT ?c ?doc (COUNT(?annotation) AS ?n) WHERE {
  ?annotation oa:hasBody ?c ; oa:hasTarget/oa:hasSource ?doc .
}
GROUP BY ?c ?doc"""
)

CONCEPTS = (
    P
    + """# Every concept of the ontology
SELECT ?c ?label WHERE { GRAPH img:ontology { ?c a skos:Concept ; skos:prefLabel ?label } }"""
)

PROPOSALS = (
    P
    + """# The influences the documents propose (proposals, not the curated model)
SELECT ?doc ?cause ?effect ?cue ?confidence ?evidence WHERE {
  ?proposal a imkg:InfluenceProposal ; imkg:cause ?cause ; imkg:effect ?effect ;
    prov:wasDerivedFrom ?doc .
  OPTIONAL { ?proposal imkg:cue ?cue }
  OPTIONAL { ?proposal imkg:confidence ?confidence }
  OPTIONAL { ?proposal imkg:evidence ?evidence }
}
ORDER BY ?doc DESC(?confidence)"""
)
