"""Questions asking to check a syllabus against the concepts: the answer is where to do it.

"Which IM concepts does my syllabus cover", "what is my course outline missing": the syllabus
is not in the question, so no reading of the graph can answer. The syllabus check can: the
explorer's page ``/coverage`` takes a pasted or uploaded syllabus, and ``POST /api/coverage``
takes its text or file, and both list the concepts it covers (with the passages) and the
ones it misses, grouped by kind. The reply says so; it lists no concepts and runs no query.
"""

from __future__ import annotations

from imkg.qa.context import Context, Result, understood
from imkg.qa.intents import Parse

SYLLABUS_CHECK_TEXT = (
    "I cannot see your syllabus from a question, so I cannot say which concepts it covers or "
    "misses. The syllabus check can: paste or upload it (text, Markdown, HTML, PDF or DOCX) on "
    "the explorer's Syllabus check page, /coverage, or send it to the API with "
    'POST /api/coverage (plain text, JSON {"text": ...} or a file). It lists the internal '
    "marketing concepts the syllabus covers, with the passages that teach them, and the ones "
    "it misses, grouped by kind, with the share covered."
)


def answer_syllabus_check(ctx: Context, parse: Parse) -> Result:
    """Point a question about checking a syllabus to the syllabus check; no answers."""
    reading = understood(
        "syllabus_check",
        "Which concepts does my syllabus cover?",
        [],
        page="/coverage",
        api="POST /api/coverage",
    )
    return Result(reading, [], SYLLABUS_CHECK_TEXT)
