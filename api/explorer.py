"""The concept explorer: server-rendered pages for students, enhanced by a little JavaScript.

Every page reads its facts through the core readers (:mod:`imkg.concepts`,
:mod:`imkg.influence`, :mod:`imkg.documents`, :mod:`imkg.search`, :mod:`imkg.qa`) and renders
them with Jinja2, so the content is there without JavaScript. Static files are package data
served at ``/static``; nothing is fetched from elsewhere.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pyoxigraph as ox
from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from imkg.api import console, figures
from imkg.api.ask import ask_job
from imkg.api.concept_page import concept_page, concept_rdf
from imkg.api.concepts import read_concept as read_concept_json
from imkg.api.deps import StoreDep
from imkg.api.discussed import discussed, ordered
from imkg.api.errors import ClientError, handle_http_error
from imkg.api.highlight import Span
from imkg.api.media import prefers_html
from imkg.api.passages import document_html
from imkg.concepts import UnknownKind, get_concept, list_concepts
from imkg.documents import document, documents
from imkg.kinds import kind_index
from imkg.qa import Answer, answer
from imkg.search import Entry, label_index, search
from imkg.store import GraphStore

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
router = APIRouter(include_in_schema=False)

NAV = (
    ("/", "Home"),
    ("/model", "Causal model"),
    ("/cycle", "IM cycle"),
    ("/groups", "Internal customers"),
    ("/documents", "Corpus"),
    ("/ask", "Ask"),
    ("/coverage", "Syllabus check"),
    ("/console", "SPARQL"),
)
# The kinds a student meets first, in the order the course introduces them.
FEATURED_KINDS = (
    ("Perspective", "Perspectives"),
    ("Component", "Components"),
    ("InternalCustomerGroup", "Internal customer groups"),
    ("CycleStage", "Cycle stages"),
    ("OrganisationalFunction", "Functions to coordinate"),
    ("Benefit", "Benefits"),
    ("Barrier", "Barriers"),
    ("Objective", "Objectives"),
    ("RewardPractice", "Rewards"),
    ("Feature", "Features of an IM-oriented business"),
    ("TrainingGuideline", "Training guidelines"),
    ("Criticism", "Criticisms"),
)
# Sent with every page: the explorer's pages load their script, style and fetches from this
# server only, so text from a query or a course document that slipped past escaping still
# could not run a script, load from elsewhere or be framed by another site.
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}
RDF_FORMATS = {
    "ttl": (ox.RdfFormat.TURTLE, "text/turtle; charset=utf-8"),
    "jsonld": (ox.RdfFormat.JSON_LD, "application/ld+json"),
}
SUGGESTED_LABEL_CHARS = 120


def install(app: FastAPI) -> None:
    """Add the explorer's pages and its static files to ``app``."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_exception_handler(404, _missing_page)


async def _missing_page(request: Request, err: Exception) -> Response:
    """A browser that follows a wrong link (``/concepts/job-satisfaction``) gets the
    explorer's page offering a search for the path's last part; other clients get the
    JSON error every route gives."""
    if request.method not in ("GET", "HEAD") or not prefers_html(request.headers.get("accept")):
        return await handle_http_error(request, err)
    last = request.url.path.rstrip("/").rsplit("/", 1)[-1]
    query = " ".join(last.partition(".")[0].replace("-", " ").replace("_", " ").split())
    return not_found(request, f"There is no page at “{request.url.path}”.", query=query[:80])


def render(
    request: Request, name: str, *, title: str, status_code: int = 200, **context: Any
) -> HTMLResponse:
    """Render one page of the explorer inside the shared layout."""
    page = name.removesuffix(".html")
    active = next(
        (href for href, _ in NAV if href.strip("/") == page), "/" if page == "home" else ""
    )
    context = {"title": title, "page": page, "nav": NAV, "active": active, **context}
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    response.headers.update(PAGE_HEADERS)
    return response


def not_found(request: Request, what: str, *, query: str = "") -> HTMLResponse:
    """Render the page that says what was not found and where to look instead."""
    return render(
        request, "not_found.html", title="Not found", status_code=404, what=what, query=query
    )


def suggestions(store: GraphStore, typed: str, *, limit: int = 8) -> list[Entry]:
    """Return concepts whose label starts with what was typed, then the search's best hits.

    The search ranks whole words; while a word is half typed ("empow") only a prefix of a
    label can match it.
    """
    prefix = " ".join(typed.lower().split())
    if len(prefix) < 2:
        return []
    entries = label_index(store).entries.values()
    starts = sorted(
        (e for e in entries if any(_starts(lb.text, prefix) for lb in e.labels)),
        key=lambda e: (not e.label.lower().startswith(prefix), len(e.label), e.label),
    )
    found = {e.slug: e for e in starts[:limit]}
    for hit in search(store, typed, limit=limit):
        found.setdefault(hit.entry.slug, hit.entry)
    return list(found.values())[:limit]


def _shortened(label: str) -> str:
    """A label short enough for the search box's list: it is asked for on every keystroke,
    and a concept written with a 990 KB label made each answer 984 KB."""
    if len(label) <= SUGGESTED_LABEL_CHARS:
        return label
    return label[: SUGGESTED_LABEL_CHARS - 1].rstrip() + "…"


def _starts(label: str, prefix: str) -> bool:
    text = label.lower()
    return text.startswith(prefix) or f" {prefix}" in text


@router.get("/", response_class=HTMLResponse)
def read_home(request: Request, store: StoreDep) -> HTMLResponse:
    """Show the introduction, the search box and the concepts by kind."""
    counts = Counter(t for c in list_concepts(store) for t in c["types"])
    kinds = kind_index(store).kinds
    featured = [(local, name, counts[local]) for local, name in FEATURED_KINDS if counts[local]]
    shown = {local for local, _ in FEATURED_KINDS}
    others = sorted(
        (
            (local, kinds[local].label, n)
            for local, n in counts.items()
            if local in kinds and local not in shown
        ),
        key=lambda k: k[1],
    )
    return render(
        request,
        "home.html",
        title="Internal marketing explorer",
        featured=featured,
        others=others,
        total=sum(1 for _ in counts),
    )


@router.get("/search", response_class=HTMLResponse)
def search_concepts(
    request: Request, store: StoreDep, q: str = Query("", max_length=200)
) -> HTMLResponse:
    """List the concepts that match what was typed in the search box."""
    hits = search(store, q, limit=30) if q.strip() else []
    return render(
        request,
        "search.html",
        title=f"Search: {q}" if q else "Search",
        query=q,
        search_query=q,
        hits=hits,
        kinds=kind_index(store).kinds,
    )


@router.get("/explorer/suggest")
def suggest_concepts(store: StoreDep, q: str = Query("", max_length=200)) -> JSONResponse:
    """Return up to eight suggestions for the search box, completing the word being typed."""
    kinds = kind_index(store).kinds
    results = [
        {
            "slug": entry.slug,
            "label": _shortened(entry.label),
            "kind": ", ".join(kinds[t].label for t in entry.types if t in kinds),
        }
        for entry in suggestions(store, q)
    ]
    return JSONResponse({"query": q, "results": results})


@router.get("/kind/{name}", response_class=HTMLResponse)
def read_kind(
    request: Request, store: StoreDep, name: str, order: str = Query("name", max_length=10)
) -> HTMLResponse:
    """List the concepts of one kind (class) with their definitions and how much the corpus
    discusses each, by name or least (``order=least``) or most discussed first."""
    try:
        concepts = list_concepts(store, kind=name)
    except UnknownKind:
        return not_found(request, f"There is no kind of concept called “{name}”.")
    kind = kind_index(store).by_name(name)
    order = order if order in ("least", "most") else "name"
    listed = ordered(concepts, discussed(store), order)
    return render(
        request, "kind.html", title=kind.label.capitalize(), kind=kind, concepts=listed, order=order
    )


@router.get("/concept/{name}", response_class=HTMLResponse)
def read_concept(request: Request, store: StoreDep, name: str) -> Response:
    """Show one concept; ``.ttl``, ``.jsonld`` and ``.json`` give it as data."""
    slug, _, suffix = name.partition(".")
    if suffix:
        return _concept_download(request, store, slug, suffix)
    page = concept_page(store, slug)
    if page is None:
        return not_found(
            request, f"There is no concept with the id “{slug}”.", query=slug.replace("-", " ")
        )
    return render(request, "concept.html", title=page["concept"]["label"], **page)


def _concept_download(request: Request, store: GraphStore, slug: str, suffix: str) -> Response:
    if suffix == "json":
        try:
            return read_concept_json(store, slug)
        except ClientError as err:
            return JSONResponse({"error": err.message}, status_code=err.status)
    if suffix in RDF_FORMATS and get_concept(store, slug, with_mentions=False) is not None:
        rdf_format, media_type = RDF_FORMATS[suffix]
        return Response(concept_rdf(store, slug, rdf_format), media_type=media_type)
    return not_found(request, f"There is no concept “{slug}” as “.{suffix}”.")


@router.get("/model", response_class=HTMLResponse)
def read_model(request: Request, store: StoreDep) -> HTMLResponse:
    """Show the causal model of internal marketing as a diagram and as a list."""
    return render(
        request, "model.html", title="The causal model", model=figures.causal_model(store)
    )


@router.get("/cycle", response_class=HTMLResponse)
def read_cycle(request: Request, store: StoreDep) -> HTMLResponse:
    """Show the internal marketing cycle's stages in order."""
    return render(
        request,
        "cycle.html",
        title="The internal marketing cycle",
        cycle=figures.cycle_figure(store),
    )


@router.get("/groups", response_class=HTMLResponse)
def compare_groups(request: Request, store: StoreDep) -> HTMLResponse:
    """Compare the four internal customer groups by their traits."""
    return render(
        request,
        "groups.html",
        title="Internal customer groups",
        groups=figures.groups(store),
        traits=figures.GROUP_TRAITS,
    )


@router.get("/ask", response_class=HTMLResponse)
async def ask_question(
    request: Request, store: StoreDep, q: str = Query("", max_length=500), fragment: bool = False
) -> HTMLResponse:
    """Answer a question in plain English and show the SPARQL behind the answer."""
    result, error = await _answer(request, store, q) if q.strip() else (None, None)
    context = {"q": q, "result": result, "error": error}
    if fragment:
        response = templates.TemplateResponse(request, "ask_result.html", context)
        response.headers.update(PAGE_HEADERS)
        return response
    return render(request, "ask.html", title="Ask a question", **context)


async def _answer(request: Request, store: GraphStore, q: str) -> tuple[Answer | None, str | None]:
    """The answer, or why there is none: in a query worker when the app has them, as for
    ``/api/ask``, so the time limit holds and questions are not read in the server's own
    interpreter (30 at once there held ``/health`` up to 0.3 s); else in a thread."""
    pool = getattr(request.app.state, "pool", None)
    if pool is None:
        try:
            return await run_in_threadpool(answer, store, q), None
        except ValueError as err:
            return None, str(err)
    reply = await pool.run(ask_job(q))
    if reply.status != 200:
        return None, orjson.loads(reply.body)["error"]
    return Answer(**orjson.loads(reply.body)), None


@router.get("/console", response_class=HTMLResponse)
async def query_console(
    request: Request,
    store: StoreDep,
    query: str = Query("", max_length=20_000),
    example: str = "",
) -> HTMLResponse:
    """Run a SPARQL query from the console form, or load an example, and show a table."""
    chosen = console.example(example)
    if chosen is not None:
        query = chosen.query
    outcome = None
    if query.strip():
        pool = getattr(request.app.state, "pool", None)
        if pool is not None:
            outcome = await console.run_in_pool(pool, query)
        else:
            outcome = await run_in_threadpool(console.run_query, store, query)
    status = 400 if outcome is not None and outcome.error else 200
    return render(
        request,
        "console.html",
        title="SPARQL console",
        status_code=status,
        query=query or console.EXAMPLES[0].query,
        ran=outcome is not None,
        outcome=outcome,
        examples=console.EXAMPLES,
        max_rows=console.MAX_ROWS,
    )


@router.get("/documents", response_class=HTMLResponse)
def list_documents(request: Request, store: StoreDep) -> HTMLResponse:
    """List the documents of the corpus."""
    docs = sorted(documents(store), key=lambda d: ((d["kind"] or ""), (d["title"] or d["id"])))
    return render(request, "documents.html", title="Corpus", documents=docs)


@router.get("/document/{doc_id:path}", response_class=HTMLResponse)
def read_document(
    request: Request, store: StoreDep, doc_id: str, concept: str = Query("", max_length=200)
) -> HTMLResponse:
    """Show a document's text with the concepts tagged in it highlighted; ``concept`` names
    the concept page the reader came from, so the page can lead back to it."""
    doc = document(store, doc_id)
    if doc is None:
        return not_found(request, f"There is no document with the id “{doc_id}”.")
    spans = [
        Span(a["start"], a["end"], a["concept"]["id"], a["concept"]["label"])
        for a in doc["annotations"]
    ]
    tagged = Counter((a["concept"]["id"], a["concept"]["label"]) for a in doc["annotations"])
    came_from = next(((slug, label) for slug, label in tagged if slug == concept), None)
    return render(
        request,
        "document.html",
        title=doc["title"] or doc_id,
        doc=doc,
        html=document_html(doc["text"] or "", spans),
        tagged=sorted(tagged.items(), key=lambda kv: (-kv[1], kv[0][1])),
        came_from=came_from,
    )
