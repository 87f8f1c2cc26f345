"""JSON API for the ingested documents and their annotations."""

from __future__ import annotations

from fastapi import APIRouter, Response

from imkg.api.deps import StoreDep
from imkg.api.errors import ClientError
from imkg.api.models import DocumentDetail, DocumentSummary, ErrorBody, json_response
from imkg.documents import document, documents

router = APIRouter(prefix="/api", tags=["documents"])


@router.get("/documents", response_model=list[DocumentSummary])
def list_documents(store: StoreDep) -> Response:
    """List the ingested documents with their metadata and annotation counts."""
    return json_response(documents(store))


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
