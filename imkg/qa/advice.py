"""Practical questions a manager asks: "where do I begin with internal marketing", "what
should we do first" (the first stage of the cycle that puts it in place), and "what do the
isolateds need", "how should a manager treat the modifiers" (the group's profile, whose
definition says what its people need).

Both read only what the graph holds: the first step is the first stage of a cycle named
after the concept (Ballantyne's internal marketing cycle for internal marketing), and a
group's needs are its definition and traits. A concept with no such cycle, or no group, is
left to the other readings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from imkg.qa.context import Context, Declined, Result
from imkg.qa.definitions import answer_definition
from imkg.qa.intents import Parse
from imkg.qa.render import sentence
from imkg.qa.stages import answer_stage_order
from imkg.search import Entry


def _is_group(ctx: Context, slug: str) -> bool:
    entry = ctx.index.entries.get(slug)
    return entry is not None and "InternalCustomerGroup" in entry.types


def _quietly(ctx: Context, phrase: str, fits: Callable[[str], bool]) -> Entry:
    """The concept ``phrase`` names; when it names none, a quiet decline unless one of the
    close concepts fits the reading ("what do customers need" is no question about a group)."""
    try:
        return ctx.concept(phrase)
    except Declined as unknown:
        unknown.quiet = not any(fits(slug) for slug in unknown.candidates)
        raise


def answer_first_step(ctx: Context, parse: Parse) -> Result:
    """Answer "where do I begin with X" with the first stage of the cycle named after X.

    Raises:
        Declined: no cycle of the graph is X or is named after it (quiet: left to others).
    """
    entry = _quietly(ctx, parse.slots["x"], lambda slug: True)
    cycles = [
        e
        for e in ctx.index.entries.values()
        if "Cycle" in e.types and (e.slug == entry.slug or e.label == f"{entry.label} cycle")
    ]
    if len(cycles) != 1:
        raise Declined(f"The graph records no steps for starting {entry.label}.", quiet=True)
    cycle = cycles[0]
    stage = Parse("stage_order", {"ord": "first", "rest": f"of the {cycle.label}"})
    result = answer_stage_order(ctx, stage)
    lead = f"The graph puts {entry.label} in place through the {cycle.label}"
    if cycle.slug == entry.slug:
        lead = f"The {cycle.label} starts with its first stage"
    result.text = sentence(lead) + " " + result.text
    return result


def answer_group_needs(ctx: Context, parse: Parse) -> Result:
    """Answer "what do the isolateds need" with the group's definition and traits.

    Raises:
        Declined: X is no internal customer group (quiet: "what do customers need" is not this).
    """
    entry = _quietly(ctx, parse.slots["x"], lambda slug: _is_group(ctx, slug))
    if "InternalCustomerGroup" not in entry.types:
        raise Declined(f"{entry.label!r} is not an internal customer group.", quiet=True)
    result = answer_definition(ctx, replace(parse, intent="definition", slots={"x": entry.label}))
    result.understood = {
        **result.understood,
        "intent": "group_needs",
        "paraphrase": f"What do {entry.label} need, and how should they be treated?",
    }
    return result
