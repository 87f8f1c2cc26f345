"""JSON API for concepts: lists, one concept with its relations, influences, and search."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response

from imkg.api.deps import StoreDep
from imkg.api.errors import ClientError
from imkg.api.json_cache import cached_json
from imkg.api.models import (
    ConceptDetail,
    ConceptSummary,
    ErrorBody,
    Influences,
    SearchHit,
    json_response,
)
from imkg.concepts import UnknownKind, get_concept, list_concepts
from imkg.influence import influences
from imkg.search import label_index, search
from imkg.store import GraphStore

router = APIRouter(prefix="/api", tags=["concepts"])
NOT_FOUND = {404: {"model": ErrorBody, "description": "no concept with this id"}}
MAX_Q = 500
MAX_ID_SEARCHED = 100
SearchText = Annotated[
    str,
    Query(
        min_length=1,
        max_length=MAX_Q,
        examples=["motivated staff"],
        description="what to look for; typos and word forms are fine",
    ),
]


def unknown_concept(store: GraphStore, slug: str) -> ClientError:
    """Return the 404 for an unknown concept id, suggesting close ones.

    Only the id's first ``MAX_ID_SEARCHED`` characters are searched: ids are short, and a
    path can carry 60 KB, which took the search 9.6 s of the server's own CPU.
    """
    words = slug[:MAX_ID_SEARCHED].replace("-", " ")
    close = [hit.entry.slug for hit in search(store, words, limit=5)]
    return ClientError(404, f"no concept with id {slug!r}", suggestions=close)


@router.get(
    "/concepts",
    response_model=list[ConceptSummary],
    responses={400: {"model": ErrorBody, "description": "unknown type"}},
)
def list_concepts_route(
    store: StoreDep,
    type: Annotated[
        str | None,
        Query(
            max_length=100,
            examples=["barriers"],
            description="a class (Barrier) or a kind people name (barriers, stages, groups)",
        ),
    ] = None,
    kind: Annotated[
        str | None,
        Query(max_length=100, description="the same as type (the word the explorer uses)"),
    ] = None,
    q: Annotated[
        str | None,
        Query(max_length=MAX_Q, examples=["coordination"], description="rank by this search text"),
    ] = None,
) -> Response:
    """List concepts, of one kind and matching a search text if given."""
    if type and kind and type != kind:
        raise ClientError(400, f"type={type!r} and kind={kind!r} disagree: give one of them")
    try:
        return json_response(list_concepts(store, kind=type or kind, q=q))
    except UnknownKind as err:
        raise ClientError(400, str(err)) from err


@router.get("/concepts/{id}", response_model=ConceptDetail, responses=NOT_FOUND)
def read_concept(store: StoreDep, id: str) -> Response:
    """Retrieve one concept with its labels, relations in both directions and mentions."""
    trace: list[str] = []
    found = get_concept(store, id, trace=trace)
    if found is None:
        raise unknown_concept(store, id)
    return json_response({**found, "sparql": trace})


@router.get("/concepts/{id}/influences", response_model=Influences, responses=NOT_FOUND)
def read_influences(
    request: Request,
    store: StoreDep,
    id: str,
    direction: Annotated[
        Literal["in", "out"],
        Query(description="in: what influences the concept; out: what it influences"),
    ] = "in",
    indirect: Annotated[bool, Query(description="also list indirect influences")] = True,
) -> Response:
    """Retrieve what influences a concept, or what it influences, with paths and provenance."""
    if id not in label_index(store).entries:
        raise unknown_concept(store, id)

    def compute() -> dict:
        trace: list[str] = []
        found = influences(store, id, direction=direction, indirect=indirect, trace=trace)
        return {**found, "sparql": trace}

    return cached_json(request, compute)


@router.get("/search", response_model=list[SearchHit])
def search_concepts(
    store: StoreDep,
    q: SearchText,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> Response:
    """Search concepts by label, alternative label and definition, ranked."""
    if not q.strip():
        raise ClientError(422, "q is blank: give some words to look for")
    hits = search(store, q, limit=limit)
    return json_response(
        [
            {
                "id": h.entry.slug,
                "iri": h.entry.iri,
                "label": h.entry.label,
                "types": h.entry.types,
                "definition": h.entry.definition or None,
                "score": h.score,
                "matched": h.matched,
            }
            for h in hits
        ]
    )
