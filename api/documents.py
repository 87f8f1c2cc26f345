"""JSON API for the ingested documents and their annotations."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from imkg.api.deps import StoreDep
from imkg.api.document_models import DocumentDetail, DocumentSummary
from imkg.api.errors import ClientError
from imkg.api.models import ErrorBody, json_response
from imkg.documents import document, document_count, documents

PAGE = 200
MAX_PAGE = 5_000
MAX_OFFSET = 1_000_000_000  # past what any store here holds; the engine's integers stay safe

router = APIRouter(prefix="/api", tags=["documents"])


@router.get("/documents", response_model=list[DocumentSummary])
def list_documents(
    store: StoreDep,
    request: Request,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="documents per page")] = PAGE,
    offset: Annotated[
        int, Query(ge=0, le=MAX_OFFSET, description="documents to skip, in id order")
    ] = 0,
) -> Response:
    """List the ingested documents with their metadata and annotation counts, in id order,
    a page at a time: ``X-Total-Count`` says how many there are, and a ``Link`` header with
    ``rel="next"`` gives the next page while there is one."""
    response = json_response(documents(store, limit=limit, offset=offset))
    total = document_count(store)
    response.headers["X-Total-Count"] = str(total)
    if offset + limit < total:
        following = request.url.include_query_params(limit=limit, offset=offset + limit)
        response.headers["Link"] = f'<{following}>; rel="next"'
    return response


@router.get(
    "/documents/{id}",
    response_model=DocumentDetail,
    responses={404: {"model": ErrorBody, "description": "no document with this id"}},
)
def read_document(store: StoreDep, id: str) -> Response:
    """Retrieve one document with its text, annotations and proposed influences."""
    trace: list[str] = []
    found = document(store, id, trace=trace)
    if found is None:
        raise ClientError(404, f"no document with id {id!r}; GET /api/documents lists them")
    return json_response({**found, "sparql": trace})
