"""Stage questions answered from the stages' places: "what comes between code breaking and
diffusing", "is energising the first stage of the cycle".

Both read only the places the graph gives the stages of one cycle; a concept that is no stage,
or two stages of different cycles, declines (the causal model has no order).
"""

from __future__ import annotations

from typing import Any

from imkg.namespaces import concept_slug
from imkg.qa import templates
from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.render import join, sentence
from imkg.qa.stages import ORDINALS, _cycle_scope, answer_stage_order


def answer_stages(ctx: Context, parse: Parse) -> Result:
    """Answer a stage question: the two forms of this module, else the general ones."""
    if parse.slots.get("rel") == "between":
        return _between(ctx, parse)
    if "x" in parse.slots and "ord" in parse.slots:
        return _ordinal_check(ctx, parse)
    return answer_stage_order(ctx, parse)


def _places(ctx: Context) -> dict[str, tuple[int, str | None]]:
    """Each stage's place and the cycle it belongs to."""
    return {
        concept_slug(r["c"].value): (
            int(r["position"].value),
            r["cycle"].value if "cycle" in r else None,
        )
        for r in ctx.run(templates.STAGES.format())
    }


def _stage_place(places: dict[str, tuple[int, str | None]], entry: Any) -> tuple[int, str | None]:
    if "CycleStage" not in entry.types or entry.slug not in places:
        raise Declined(f"{entry.label!r} is not a stage of a cycle, so it has no place.")
    return places[entry.slug]


def _between(ctx: Context, parse: Parse) -> Result:
    """The stages strictly between two stages of one cycle (none when they are neighbours)."""
    first, second = ctx.pair(parse.slots)
    places = _places(ctx)
    (at_a, cycle_a), (at_b, cycle_b) = _stage_place(places, first), _stage_place(places, second)
    if cycle_a != cycle_b or first.slug == second.slug:
        raise Declined("Those stages are not two stages of one cycle.")
    low, high = sorted((at_a, at_b))
    inside = sorted(
        (at, slug) for slug, (at, cycle) in places.items() if cycle == cycle_a and low < at < high
    )
    answers = [ctx.summary(slug, position=at) for at, slug in inside]
    if answers:
        named = join([f"{a['label']} (stage {a['position']})" for a in answers])
        text = sentence(
            f"Between {first.label} (stage {at_a}) and {second.label} (stage {at_b}) comes {named}"
        )
    else:
        text = sentence(
            f"No stage comes between {first.label} (stage {at_a}) and {second.label} "
            f"(stage {at_b}): they are next to each other"
        )
    asked = f"Which stage comes between {first.label} and {second.label}?"
    evidence = [
        {"kind": "position", "id": e.slug, "position": places[e.slug][0]} for e in (first, second)
    ]
    return Result(
        understood("stage_order", asked, [first, second], order="between"),
        answers,
        text,
        evidence,
    )


def _ordinal_check(ctx: Context, parse: Parse) -> Result:
    """Yes or no: is the stage named at the place asked for ("is X the first stage")."""
    entry = ctx.concept(parse.slots["x"])
    places = _places(ctx)
    at, cycle = _stage_place(places, entry)
    named = _cycle_scope(ctx, parse.slots.get("rest") or "")
    if named is not None and cycle is not None and not cycle.endswith(f"/{named.slug}"):
        raise Declined(f"{entry.label!r} is not a stage of {named.label}.")
    order = sorted((place, slug) for slug, (place, c) in places.items() if c == cycle)
    index = ORDINALS[parse.slots["ord"]]
    if index > len(order):
        raise Declined("The cycle has no stage at that place.")
    wanted_at, wanted = order[index - 1] if index > 0 else order[-1]
    holds = wanted == entry.slug
    word = parse.slots["ord"]
    text = (
        sentence(f"Yes: {entry.label} is the {word} stage (stage {at} of {len(order)})")
        if holds
        else sentence(
            f"No: {entry.label} is stage {at} of {len(order)}; the {word} stage is "
            f"{ctx.summary(wanted)['label']} (stage {wanted_at})"
        )
    )
    asked = f"Is {entry.label} the {word} stage?"
    return Result(
        understood("stage_order", asked, [entry], order=word),
        [ctx.summary(entry.slug, answer=holds, position=at)],
        text,
        [{"kind": "position", "id": entry.slug, "position": at}],
    )
