"""Links other than influence between two concepts, for "how are A and B connected".

When neither concept influences the other, a plain "no" misleads: the graph may still tie
them through its other relations (an element of a management approach, a stage of a cycle,
a related concept, an influence on a shared concept). :func:`link_chain` finds the shortest
chain of such relations, read in either direction, up to :data:`MAX_STEPS` steps.
"""

from __future__ import annotations

import re
from collections import deque
from typing import Any

from imkg.namespaces import concept_slug, sparql_prefixes

MAX_STEPS = 3
# A question about any link, not only an influence: "how are A and B connected", "the
# relationship between A and B", "is A related to B". One that names causes asks for those.
SYMMETRIC = re.compile(r"\b(?:relat\w*|link\w*|connect\w*|tied|correlated)\b")
CAUSAL_WORDS = re.compile(
    r"\b(?:causal(?:ly)?|causes?|caused|influences?|influenced|influencing|effects?|impacts?"
    r"|drives?|driven|leads? to)\b"
)

# Every relation between two concepts, with its label, except the derived ones (the
# transitive closure and the inverses of influence) that would only repeat an edge.
LINKS_QUERY = (
    sparql_prefixes()
    + """SELECT DISTINCT ?a ?p ?b ?name WHERE {
  ?a a skos:Concept .
  ?a ?p ?b .
  ?b a skos:Concept .
  FILTER(?a != ?b && ?p NOT IN (imkg:influences, imkg:influencedBy,
         imkg:directlyInfluencedBy, skos:inScheme, owl:sameAs))
  OPTIONAL { ?p rdfs:label ?name FILTER(LANGMATCHES(LANG(?name), "en")) }
}"""
)

# The specific classes two concepts share ("both are internal customer groups"): the answer
# when no chain of relations joins them. %s and %s are the two concept IRIs.
SHARED_KIND_QUERY = (
    sparql_prefixes()
    + """SELECT DISTINCT ?name WHERE {
  <%s> a ?kind . <%s> a ?kind .
  ?kind rdfs:subClassOf+ imkg:IMConcept ; rdfs:label ?name .
  FILTER(?kind != imkg:CoreConcept && LANGMATCHES(LANG(?name), "en"))
} ORDER BY ?name"""
)

Step = tuple[str, str, str]  # (subject slug, relation label, object slug) as the graph states it


def is_link_question(text: str) -> bool:
    """Whether ``text`` asks for any link between two concepts, not for an influence."""
    return bool(SYMMETRIC.search(text)) and not CAUSAL_WORDS.search(text)


def link_chain(rows: list[dict[str, Any]], first: str, second: str) -> list[Step]:
    """The shortest chain of relations between the slugs ``first`` and ``second`` (breadth
    first over relations read both ways, neighbours in a fixed order); empty if none is
    within :data:`MAX_STEPS`."""
    near: dict[str, list[tuple[str, Step]]] = {}
    for row in rows:
        a, b = concept_slug(row["a"].value), concept_slug(row["b"].value)
        if a is None or b is None:
            continue
        name = row["name"].value if "name" in row else _local_name(row["p"].value)
        step = (a, name, b)
        near.setdefault(a, []).append((b, step))
        near.setdefault(b, []).append((a, step))
    for found in near.values():
        found.sort()
    came: dict[str, tuple[str, Step] | None] = {first: None}
    queue = deque([(first, 0)])
    while queue:
        slug, depth = queue.popleft()
        if slug == second:
            break
        if depth == MAX_STEPS:
            continue
        for other, step in near.get(slug, ()):
            if other not in came:
                came[other] = (slug, step)
                queue.append((other, depth + 1))
    if second not in came:
        return []
    chain: list[Step] = []
    at = second
    while (back := came[at]) is not None:
        at, step = back
        chain.append(step)
    return chain[::-1]


def _local_name(iri: str) -> str:
    """``hasElement`` → ``has element``: a relation without a label, in words."""
    name = re.split(r"[#/]", iri)[-1]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower()
