"""The explorer's syllabus check: paste a syllabus or upload its file, see what it covers.

The page is a plain form posted to the server (no script needed) and runs the same job as
``POST /api/coverage``, through the same gate: a text is tagged in a thread, one at a time.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from imkg.api.deps import SettingsDep, StoreDep
from imkg.api.errors import ClientError
from imkg.api.explorer import render
from imkg.api.guards import read_body
from imkg.api.tagging import (
    MULTIPART_SLACK,
    Posted,
    buffered_form,
    jobs,
    pipeline,
    uploaded_file,
)

router = APIRouter(include_in_schema=False)
PAGE = "coverage.html"
TITLE = "Check a syllabus"


@router.get("/coverage", response_class=HTMLResponse)
async def coverage_form(request: Request) -> HTMLResponse:
    """The empty form."""
    return render(request, PAGE, title=TITLE, text="", result=None, error=None)


@router.post("/coverage", response_class=HTMLResponse)
async def coverage_report(request: Request, store: StoreDep, settings: SettingsDep) -> HTMLResponse:
    """Measure the posted syllabus and show covered, missed, excluded and cited-only concepts."""
    from imkg.ingest import syllabus_coverage

    text = ""
    try:
        posted, text = await _posted(request, settings.max_body_bytes)

        def job() -> dict[str, Any]:
            return syllabus_coverage(store, posted.text(), nlp=pipeline(store))

        result = await jobs(request).run(job)
    except ClientError as err:
        return render(request, PAGE, title=TITLE, status_code=err.status, text=text,
                      result=None, error=err.message)  # fmt: skip
    return render(request, PAGE, title=TITLE, text=text, result=result, error=None)


async def _posted(request: Request, limit: int) -> tuple[Posted, str]:
    """The form's file if one was chosen, else its text; and the text to show in the form."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in ("multipart/form-data", "application/x-www-form-urlencoded"):
        raise ClientError(415, "send the form from the page")
    body = await read_body(request, limit + MULTIPART_SLACK)
    form = await buffered_form(request, body)
    upload = form.get("file")
    posted = await uploaded_file(upload, limit) if getattr(upload, "filename", None) else None
    if posted is not None and posted.data:  # a file chosen; else the pasted text
        return posted, ""
    text = form.get("text")
    text = text if isinstance(text, str) else ""
    if len(text.encode("utf-8")) > limit:
        raise ClientError(413, f"the text is larger than {limit:,} bytes; paste a shorter one")
    if not text.strip():
        raise ClientError(400, "paste the syllabus, or choose its file, then press Check")
    return Posted(text), text
