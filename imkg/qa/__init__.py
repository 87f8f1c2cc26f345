"""Answer curriculum designers' questions in plain English from the knowledge graph.

``answer(store, question)`` reads the question with intent patterns (:mod:`imkg.qa.intents`),
fills its concept slots strictly from the label index (:mod:`imkg.qa.slots`), runs the
intent's SPARQL template (:mod:`imkg.qa.templates`) and words the result. When no reading
of the question resolves, it declines and suggests questions it can answer: it never
guesses a far-off concept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from typing import Any

from imkg.kinds import kind_index
from imkg.qa.advice import answer_first_step, answer_group_needs
from imkg.qa.case_summaries import answer_document_summary
from imkg.qa.causal import answer_influence, answer_path
from imkg.qa.causal_frames import ASKS_SOURCE_IDIOM, ASKS_STRENGTH, NO_STRENGTH
from imkg.qa.choices import CAUSAL, candidates, keep_only, split_choice
from imkg.qa.compare import answer_compare
from imkg.qa.context import Context, Declined, Result
from imkg.qa.definitions import answer_definition
from imkg.qa.document_concepts import answer_document_concepts, answer_proposals
from imkg.qa.exceptions import (
    excepted_concepts,
    leave_out,
    split_exception,
    split_inner_exception,
)
from imkg.qa.fragments import FOLLOW_UP_REASON, dangling_follow_up
from imkg.qa.groups import answer_group_check, answer_group_of, answer_group_trait
from imkg.qa.indirect_only import keep_indirect, split_indirect_only
from imkg.qa.intents import ASKS_SOURCE, Parse, parse, readings
from imkg.qa.members import answer_is_a, answer_members
from imkg.qa.mention_ranking import answer_mention_ranking
from imkg.qa.origins import answer_origin
from imkg.qa.passages import answer_documents, answer_example, answer_mentions
from imkg.qa.ranking import answer_most
from imkg.qa.reading_lists import answer_readings, answer_sources
from imkg.qa.render import suggestions
from imkg.qa.sector_examples import answer_sector_example
from imkg.qa.sources import attributed, author_frame, cited, trailing_author
from imkg.qa.stage_checks import answer_stages
from imkg.qa.syllabus import answer_syllabus_check
from imkg.search import Entry, label_index
from imkg.store import GraphStore

MAX_QUESTION = 500


def _what_does(ctx: Context, parse: Parse) -> Result:
    """Answer "what does X do" with X's effects, or with what X is when it has none."""
    effects = answer_influence(ctx, parse, "out")
    return effects if effects.answers else answer_definition(ctx, parse)


HANDLERS: dict[str, Callable[[Context, Parse], Result]] = {
    "influenced_by": lambda ctx, p: answer_influence(ctx, p, "in"),
    "influences": lambda ctx, p: answer_influence(ctx, p, "out"),
    "path": answer_path,
    "definition": answer_definition,
    "members": answer_members,
    "stage_order": answer_stages,
    "group_trait": answer_group_trait,
    "example": answer_example,
    "mentions": answer_mentions,
    "compare": answer_compare,
    "is_a": answer_is_a,
    "group_check": answer_group_check,
    "group_of": answer_group_of,
    "documents": answer_documents,
    "does": _what_does,
    "most": answer_most,
    "syllabus_check": answer_syllabus_check,
    "document_concepts": answer_document_concepts,
    "proposals": answer_proposals,
    "mention_counts": answer_mention_ranking,
    "origin": answer_origin,
    "readings": answer_readings,
    "sources": answer_sources,
    "document_summary": answer_document_summary,
    "first_step": answer_first_step,
    "group_needs": answer_group_needs,
    "sector_example": answer_sector_example,
}
INTENTS = tuple(HANDLERS)


@dataclass
class Answer:
    """An answer to one question, with the reading, the SPARQL and the evidence behind it."""

    question: str
    understood_as: dict[str, Any] | None
    answers: list[dict[str, Any]]
    answer_text: str
    sparql: str | None
    evidence: list[dict[str, Any]] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)

    @property
    def intent(self) -> str | None:
        """The intent the question was read as, or None when it was declined."""
        return self.understood_as["intent"] if self.understood_as else None

    def to_dict(self) -> dict[str, Any]:
        """Return the answer as JSON-ready data.

        The fields already hold plain JSON values, so they are handed over as they are:
        ``dataclasses.asdict`` copies every nested list and dict on the way, which took half
        of what answering a question adds to the SPARQL it runs (250 µs of about 500).
        """
        return {f.name: getattr(self, f.name) for f in fields(self)}


def answer(store: GraphStore, question: str) -> Answer:
    """Answer ``question`` from ``store``, or decline with suggestions.

    Raises:
        ValueError: the question is empty or longer than 500 characters.
    """
    if not question or not question.strip():
        raise ValueError(
            "the question is empty: ask something like 'what influences job satisfaction?'"
        )
    if len(question) > MAX_QUESTION:
        raise ValueError(f"the question is longer than {MAX_QUESTION} characters")
    ctx = Context(store, label_index(store), kind_index(store))
    if dangling_follow_up(question):  # "and barriers?": nothing came before it
        return _decline(ctx, question, Declined(FOLLOW_UP_REASON), plain=True)
    try:
        asked, excepted = _exception(ctx, question)  # "what drives X apart from Y"
    except Declined as unknown:
        return _decline(ctx, question, unknown, plain=True)
    try:
        asked, offered = _offered(ctx, asked) if excepted is None else (asked, None)
    except Declined as unknown:
        return _decline(ctx, question, unknown, plain=True)
    only_indirect = split_indirect_only(asked)  # "what affects X only indirectly"
    asked = only_indirect or asked
    framed = author_frame(asked) or trailing_author(ctx, asked)
    citation = None
    if framed is not None:  # "according to Ahmed and Rafiq, ...": only what they are cited for
        citation = cited(ctx, framed.who)
        if citation is None:
            reason = (
                f"The graph's sources do not cite {framed.who!r}: I cannot say what they wrote."
            )
            return _decline(ctx, question, Declined(reason), plain=True)
    first_failure: Declined | None = None
    held: tuple[Any, list[str]] | None = None  # a causal reading that found no link
    quieted: set[str] = set()
    for reading in readings(framed.question if framed else asked):
        ctx.trace.clear()
        try:
            if excepted is not None and reading.intent in _RANKINGS:
                reading = _ranked_without(reading, excepted)  # rank what is left
            result = HANDLERS[reading.intent](ctx, reading)
            if excepted is not None and reading.intent not in _RANKINGS:
                result = leave_out(ctx, result, reading.intent, excepted)
            if offered is not None:
                if reading.intent not in CAUSAL:
                    continue  # only a list of links is narrowed to the two offered
                result = keep_only(result, offered)
            if only_indirect is not None:
                if reading.intent not in _CAUSAL or not reading.indirect:
                    continue  # only a list of links, read with every indirect one, is narrowed
                result = keep_indirect(ctx, result)
        except Declined as declined:
            if declined.final:
                return _decline(ctx, question, declined)
            if declined.quiet:  # the words do not support this reading: as if never read
                quieted.add(reading.intent)
                continue
            if first_failure is None or (declined.candidates and not first_failure.candidates):
                first_failure = declined
            continue
        if held is None and reading.intent in _CAUSAL and not result.answers:
            # "the outcomes of the IM cycle": no causal link, but maybe a kind of its own
            held = (result, list(ctx.trace))
            continue
        if held is not None and (reading.intent != "members" or not result.answers):
            continue
        return _answered(ctx, question, result, citation)
    if held is not None:
        result, ctx.trace[:] = held
        return _answered(ctx, question, result, citation)
    return _decline(ctx, question, first_failure, quieted=quieted)


def _exception(ctx: Context, question: str) -> tuple[str, list[Entry] | None]:
    """The question without its exception and the concepts excepted (None when it has none).

    Raises:
        Declined: the exception names no concept, so the list would hold what was excluded.
    """
    asked, except_phrase = split_exception(question)
    if except_phrase is None:
        return question, None
    try:
        return asked, excepted_concepts(ctx, except_phrase)
    except Declined:
        inner = split_inner_exception(question)  # "what besides X drives Y": no commas
        if inner is None:
            raise
        return inner[0], excepted_concepts(ctx, inner[1])


def _offered(ctx: Context, question: str) -> tuple[str, list[Entry] | None]:
    """The question without two candidates offered for a list of links, and the candidates
    ("which drives X: A or B"); the question as asked when it offers none or is no such list.

    Raises:
        Declined: a candidate names no concept.
    """
    split = split_choice(question)
    if split is None:
        return question, None
    asked, first, second = split
    found = parse(asked)
    if not found or found[0].intent not in CAUSAL:
        return question, None
    offered = candidates(ctx, first, second)
    if offered is None:  # ignoring them would answer a question that was not asked
        raise Declined(f"I could not tell which two concepts {first!r} and {second!r} name.")
    return asked, offered


# Rankings that leave the excepted concepts out before ranking ("apart from X, what is the
# most discussed concept"), rather than dropping them from the answer afterwards.
_RANKINGS = ("mention_counts",)


def _ranked_without(reading: Parse, excepted: list[Entry]) -> Parse:
    """The reading with the excepted concepts in its ``except`` slot."""
    slots = {**reading.slots, "except": ",".join(e.slug for e in excepted)}
    return replace(reading, slots=slots)


# Readings that ask for causal links; one that finds none gives way to a kind's members.
_CAUSAL = ("influences", "influenced_by")


def _answered(ctx: Context, question: str, result: Any, citation: str | None) -> Answer:
    """The answer for a handler's result, with its sources where the question asks for them."""
    if citation and not attributed(ctx, [a["id"] for a in result.answers], citation):
        reason = f"The graph does not attribute that answer to {citation}."
        return _decline(ctx, question, Declined(reason), plain=True)
    if citation:
        result.text += f" (Sources citing {citation}.)"
    asked = normalise_frame(question)
    if ASKS_SOURCE.match(asked) or ASKS_SOURCE_IDIOM.match(asked):  # "which article says X"
        denied = result.text.startswith("No")  # its evidence backs another link
        result.text += " " + _sources_text([] if denied else result.evidence)
    if result.understood.get("intent") == "path" and ASKS_STRENGTH.match(asked):
        result.text += " " + NO_STRENGTH  # "how strong is the link between X and Y"
    return Answer(
        question,
        result.understood,
        result.answers,
        result.text,
        "\n\n".join(ctx.trace) or None,
        result.evidence,
    )


def normalise_frame(question: str) -> str:
    """The question lowercased and tidied, before its framing words are taken off."""
    return " ".join(question.lower().split())


def _sources_text(evidence: list[dict[str, Any]]) -> str:
    """Name the sources behind an answer, for a question that asks which source says it."""
    sources = sorted({e["source"] for e in evidence if e.get("source")})
    if not sources:
        return "No source in the graph states it."
    return f"Source{'s' if len(sources) > 1 else ''}: {'; '.join(sources)}."


def _decline(
    ctx: Context,
    question: str,
    failure: Declined | None,
    *,
    plain: bool = False,
    quieted: set[str] | frozenset[str] = frozenset(),
) -> Answer:
    """Decline, giving ``failure``'s reason when it is worth saying (always when ``plain``)."""
    readings = [r for r in parse(question) if r.intent not in quieted]
    plain = plain or not readings
    intent = readings[0].intent if readings else None
    candidates = failure.candidates if failure else []
    text = "Sorry, I did not understand that question, so I will not guess."
    if failure and candidates:
        text = f"Sorry, I am not sure what you mean: {failure.reason} Did you mean one of these?"
    elif failure and (plain or readings[0].intent != "definition"):
        text = f"Sorry, I cannot answer that: {failure.reason}"
    text += " Here are questions I can answer."
    return Answer(
        question,
        None,
        [],
        text,
        None,
        [],
        suggestions(ctx.index, intent=intent, candidates=candidates),
    )
