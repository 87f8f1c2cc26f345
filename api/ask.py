"""JSON API for questions in plain English: the answer, how it was read, the SPARQL behind it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from imkg.api.deps import StoreDep
from imkg.api.errors import ClientError
from imkg.api.json_cache import cached_json
from imkg.api.models import AskAnswer, ErrorBody
from imkg.qa import MAX_QUESTION, answer

router = APIRouter(prefix="/api", tags=["ask"])
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
def ask_question(
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
    try:
        return cached_json(request, lambda: answer(store, q).to_dict())
    except ValueError as err:
        raise ClientError(400, str(err)) from err
