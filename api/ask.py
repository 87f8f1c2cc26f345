"""JSON API for questions in plain English: the answer, how it was read, the SPARQL behind it."""

from __future__ import annotations

from typing import Annotated

import orjson
from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import State

from imkg.api.deps import StoreDep
from imkg.api.errors import ClientError
from imkg.api.execute import Job, Reply
from imkg.api.json_cache import cached_json
from imkg.api.models import AskAnswer, ErrorBody
from imkg.api.result_cache import ResultCache
from imkg.qa import MAX_QUESTION, answer

router = APIRouter(prefix="/api", tags=["ask"])
PATH = "/api/ask"
EXAMPLES = [
    "what influences job satisfaction",
    "factors driving customer satisfaction?",
    "who are the isolateds",
    "what comes after code breaking",
    "compare contactors and modifiers",
]


@router.get(
    "/ask",
    response_model=AskAnswer,
    responses={400: {"model": ErrorBody, "description": "blank question"}},
)
async def ask_question(
    request: Request,
    store: StoreDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=MAX_QUESTION,
            examples=EXAMPLES,
            description="a question about internal marketing",
        ),
    ],
) -> Response:
    """Answer a question in plain English, showing the SPARQL and evidence behind the answer."""
    if getattr(request.app.state, "pool", None) is None:  # no query workers: in a thread
        return await run_in_threadpool(_answer_here, request, store, q)
    return await answer_in_pool(request.app.state, q, request.url.query)


async def answer_in_pool(state: State, question: str, query_string: str) -> Response:
    """Answer in a query worker: the event loop stays free and the time limit holds.

    The answer is kept in the result cache under the URL until the next write. The fast path
    (:mod:`imkg.api.fast_path`) calls this too, past the framework.
    """
    cache = getattr(state, "cache", None)
    key = cache_key(query_string)
    body = cache.get(key) if cache is not None else None
    if body is not None:
        return Response(body, media_type="application/json")
    generation = cache.generation if cache is not None else 0
    reply = await state.pool.run(ask_job(question))
    return Response(kept_answer(reply, cache, key, generation), media_type="application/json")


def cache_key(query_string: str) -> tuple[str, str, str]:
    """Where the result cache keeps the answer to ``GET /api/ask?<query_string>``."""
    return ("json-api", PATH, query_string)


def ask_job(question: str) -> Job:
    """The worker's job for a question."""
    return Job(question, True, (), (), None, None, 0, task="ask")


def kept_answer(
    reply: Reply, cache: ResultCache | None, key: tuple[str, str, str], generation: int
) -> bytes:
    """The answer's JSON from a worker's reply, kept in the cache.

    Raises:
        ClientError: the worker refused the question or failed.
    """
    if reply.status != 200:
        raise ClientError(reply.status, orjson.loads(reply.body)["error"])
    if cache is not None:
        cache.put(key, generation, reply.body, len(reply.body))
    return reply.body


def _answer_here(request: Request, store: StoreDep, q: str) -> Response:
    try:
        return cached_json(request, lambda: answer(store, q).to_dict())
    except ValueError as err:
        raise ClientError(400, str(err)) from err
