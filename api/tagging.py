"""JSON API for tagging a posted text and measuring a syllabus's coverage of the concepts.

Both accept ``text/plain``, JSON ``{"text": "..."}``; coverage also takes a file upload
(``multipart/form-data``, field ``file``) in any format ingest reads (.txt, .md, .html, .pdf,
.docx). Tagging uses the same pipeline as ``imkg ingest``, built from the store's labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Query, Request, Response
from starlette.datastructures import FormData

from imkg.api.deps import SettingsDep, StoreDep
from imkg.api.errors import ClientError
from imkg.api.guards import read_body
from imkg.api.models import ErrorBody
from imkg.api.text_jobs import JobGate
from imkg.api.text_models import Coverage, TagResult
from imkg.cache import per_generation
from imkg.concepts import UnknownKind, summary
from imkg.store import GraphStore

router = APIRouter(prefix="/api", tags=["tagging"])
ERRORS = {
    400: {
        "model": ErrorBody,
        "description": "no text, a file that cannot be read, or an unknown kind",
    },
    413: {"model": ErrorBody, "description": "the text is larger than the limit"},
    415: {"model": ErrorBody, "description": "a media type that is not accepted"},
    503: {"model": ErrorBody, "description": "too many texts are waiting: retry after a while"},
}
TEXT_BODY = {
    "content": {
        "text/plain": {
            "schema": {"type": "string"},
            "example": "Motivated employees deliver better service quality.",
        },
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["text"],
                "properties": {"text": {"type": "string"}},
            },
            "example": {"text": "Empowerment shapes job satisfaction."},
        },
    },
    "required": True,
}
FILE_BODY = {
    "content": {
        **TEXT_BODY["content"],
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {"file": {"type": "string", "format": "binary"}},
            }
        },
    },
    "required": True,
}
READABLE = {"text/markdown": ".md", "text/html": ".html"}
MULTIPART_SLACK = 64_000  # room for the multipart envelope around a file of the limit


def pipeline(store: GraphStore):
    """Return the ingest pipeline built from the store's labels, once per store generation."""
    from imkg.ingest import build_pipeline
    from imkg.ingest.labels import load_labels

    return per_generation(store, "tag-pipeline", lambda s: build_pipeline(load_labels(s)))


@dataclass(frozen=True)
class Posted:
    """A posted text, or a posted file still to be read: reading a PDF or DOCX is CPU work,
    done in the job's thread with the tagging, not in the event loop."""

    data: str | bytes
    file: Path | None = None  # the name the upload gave, for choosing its reader
    max_chars: int | None = None  # the most text a packed file (PDF, DOCX) may unfold into

    def text(self) -> str:
        """The text to analyse; 400 if it is empty or the file cannot be read."""
        text = self.data if self.file is None else _read(self.file, self.data, self.max_chars)
        assert isinstance(text, str)
        if not text.strip():
            raise ClientError(400, "the text is empty: post the text to analyse")
        return text


async def posted_text(request: Request, limit: int, *, files: bool) -> Posted:
    """Return what a request posts: plain text, JSON ``{"text"}`` or (``files``) a file."""
    media = request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()
    # Refuse from Content-Length, or as soon as the body passes the limit: never buffer more.
    body = await read_body(request, limit + MULTIPART_SLACK if files else limit)
    if files and media == "multipart/form-data":
        return await _uploaded(request, body, limit)
    if len(body) > limit:
        raise ClientError(413, f"the text is larger than {limit} bytes; send a shorter one")
    if media == "application/json":
        posted = Posted(_json_text(body))
    elif files and media in READABLE:
        posted = Posted(body, Path("posted" + READABLE[media]), limit)
    elif media in ("text/plain", ""):
        posted = Posted(_decode(body))
    else:
        raise ClientError(
            415,
            f'cannot read {media}: send text/plain or JSON {{"text": ...}}'
            + (" or a multipart file upload" if files else ""),
        )
    if isinstance(posted.data, str) and not posted.data.strip():
        raise ClientError(400, "the text is empty: post the text to analyse")
    return posted


def _json_text(body: bytes) -> str:
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError as err:
        raise ClientError(400, f"the body is not valid JSON: {err}") from err
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ClientError(400, 'the JSON body must be an object with a "text" string')
    return data["text"]


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ClientError(400, "the text is not UTF-8; send it encoded as UTF-8") from err


async def _uploaded(request: Request, body: bytes, limit: int) -> Posted:
    upload = (await buffered_form(request, body)).get("file")
    posted = await uploaded_file(upload, limit)
    if posted is None:
        raise ClientError(400, 'the upload must have a file in the field "file"')
    return posted


async def buffered_form(request: Request, body: bytes) -> FormData:
    """Parse the form of a body already read (within its limit) from the request."""

    async def replay() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    return await Request(request.scope, replay).form()


async def uploaded_file(upload: object, limit: int) -> Posted | None:
    """The file of a form field, still to be read (it may be empty); None if the field holds
    no file."""
    if upload is None or isinstance(upload, str) or not hasattr(upload, "read"):
        return None
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise ClientError(413, f"the file is larger than {limit:,} bytes")
    return Posted(data, Path(getattr(upload, "filename", None) or "upload.txt"), limit)


def _read(path: Path, data: str | bytes, max_chars: int | None = None) -> str:
    from imkg.ingest.readers import ReadError, read_document

    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        return read_document(path, data=data, max_chars=max_chars).text
    except ReadError as err:
        raise ClientError(400, f"cannot read {path.name}: {err}") from err
    except KeyError as err:
        raise ClientError(415, f"cannot read {path.suffix or 'this'} files") from err


def tag(store: GraphStore, text: str) -> list[Any]:
    """Tag ``text`` with the store's pipeline; return the ingest mentions."""
    from imkg.ingest import tag_text

    return tag_text(text, nlp=pipeline(store))


@router.post(
    "/tag", response_model=TagResult, responses=ERRORS, openapi_extra={"requestBody": TEXT_BODY}
)
async def tag_posted_text(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    """Tag the concepts a posted text mentions, with offsets into the text as sent."""
    posted = await posted_text(request, settings.max_body_bytes, files=False)

    def job() -> bytes:
        mentions = tag(store, posted.text())
        return orjson.dumps({"mentions": [_mention(store, m) for m in mentions]})

    return _json_bytes(await jobs(request).run(job))


def _mention(store: GraphStore, mention: Any) -> dict[str, Any]:
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "confidence": mention.confidence,
        "concept": summary(store, mention.concept),
    }


def jobs(request: Request) -> JobGate:
    """The app's gate for text jobs (see :mod:`imkg.api.text_jobs`)."""
    return request.app.state.text_jobs


def _json_bytes(body: bytes) -> Response:
    return Response(body, media_type="application/json")


@router.post(
    "/coverage", response_model=Coverage, responses=ERRORS, openapi_extra={"requestBody": FILE_BODY}
)
async def measure_coverage(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    kinds: Annotated[
        str | None,
        Query(description="comma-separated classes to report, e.g. Component,Barrier,CycleStage"),
    ] = None,
) -> Response:
    """Measure which concepts a syllabus covers and misses, grouped by kind; concepts it names
    only to rule them out or only in citations are listed as excluded and cited_only."""
    from imkg.ingest import syllabus_coverage

    posted = await posted_text(request, settings.max_body_bytes, files=True)
    wanted = [k.strip() for k in kinds.split(",") if k.strip()] if kinds else None

    def job() -> bytes:
        try:
            found = syllabus_coverage(store, posted.text(), kinds=wanted, nlp=pipeline(store))
        except UnknownKind as err:
            raise ClientError(400, str(err)) from err
        return orjson.dumps(found)

    return _json_bytes(await jobs(request).run(job))
