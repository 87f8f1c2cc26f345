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

from dataclasses import replace

from imkg.qa.context import Context, Declined, Result
from imkg.qa.definitions import answer_definition
from imkg.qa.intents import Parse
from imkg.qa.render import sentence
from imkg.qa.stages import answer_stage_order


def answer_first_step(ctx: Context, parse: Parse) -> Result:
    """Answer "where do I begin with X" with the first stage of the cycle named after X.

    Raises:
        Declined: no cycle of the graph is X or is named after it (quiet: left to others).
    """
    entry = ctx.concept(parse.slots["x"])
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
    entry = ctx.concept(parse.slots["x"])
    if "InternalCustomerGroup" not in entry.types:
        raise Declined(f"{entry.label!r} is not an internal customer group.", quiet=True)
    result = answer_definition(ctx, replace(parse, intent="definition", slots={"x": entry.label}))
    result.understood = {
        **result.understood,
        "intent": "group_needs",
        "paraphrase": f"What do {entry.label} need, and how should they be treated?",
    }
    return result
