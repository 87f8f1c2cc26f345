"""How much the corpus discusses each concept: mentions and documents, for the kind pages.

A student revising a kind ("the barriers") wants to know which concepts the course texts
and cases say a lot about and which they barely touch, without opening every concept page.
One aggregate query counts them all, cached per store generation.
"""

from __future__ import annotations

from dataclasses import dataclass

from imkg.cache import per_generation
from imkg.namespaces import concept_slug, sparql_prefixes
from imkg.store import GraphStore

DISCUSSED_QUERY = (
    sparql_prefixes()
    + """SELECT ?concept (COUNT(?annotation) AS ?mentions) (COUNT(DISTINCT ?doc) AS ?documents)
WHERE { ?annotation oa:hasBody ?concept ; oa:hasTarget/oa:hasSource ?doc . }
GROUP BY ?concept"""
)


@dataclass(frozen=True)
class Discussed:
    """How many mentions of a concept the corpus holds, and in how many documents."""

    mentions: int = 0
    documents: int = 0


def _count(store: GraphStore) -> dict[str, Discussed]:
    found = {}
    for row in store.select(DISCUSSED_QUERY):
        slug = concept_slug(row["concept"].value)
        if slug:
            found[slug] = Discussed(int(row["mentions"].value), int(row["documents"].value))
    return found


def discussed(store: GraphStore) -> dict[str, Discussed]:
    """Return every mentioned concept's counts by slug (a concept not in it has none)."""
    return per_generation(store, "explorer-discussed", _count)


def ordered(concepts: list[dict], counts: dict[str, Discussed], order: str) -> list[dict]:
    """Return ``concepts`` with their counts, by label or least (or most) discussed first."""
    rows = [{**c, "discussed": counts.get(c["id"], Discussed())} for c in concepts]
    if order == "least":
        return sorted(rows, key=lambda c: (c["discussed"].mentions, c["label"]))
    if order == "most":
        return sorted(rows, key=lambda c: (-c["discussed"].mentions, c["label"]))
    return sorted(rows, key=lambda c: c["label"])
