"""Questions on the order of a cycle's stages: which comes first, last, before or after
another, and whether one stage comes before another, in the internal marketing cycle or the
one a question names."""

from __future__ import annotations

import re
from typing import Any

from imkg.namespaces import concept_iri, concept_slug
from imkg.qa import templates
from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.render import join, sentence
from imkg.text import content_words, stem

ORDINALS = {
    "first": 1,
    "1st": 1,
    "initial": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": -1,
    "final": -1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
}

# Words that name a cycle without telling one from another: "the process", "the model".
_CYCLE_WORDS = frozenset(
    ("cycle", "circle", "process", "model", "framework", "internal", "marketing", "im", "stage")
)

# "which comes first, A or B": the earlier of two stages; "last" or "later", the later one.
_LATER = frozenset(("last", "later", "second", "after", "later than"))


def answer_stage_order(ctx: Context, parse: Parse) -> Result:
    """Answer "what comes after X", "what comes before X", "the first/last stage"."""
    if "a" in parse.slots:
        return _two_stages(ctx, parse)
    if "rel" in parse.slots:
        return _neighbour_stage(ctx, parse.slots["rel"], parse.slots["x"], parse.slots.get("cyc"))
    rows = ctx.run(templates.STAGES.format())
    cycle = _cycle_scope(ctx, parse.slots.get("rest") or "")
    stages = [
        r
        for r in rows
        if cycle is None or ("cycle" in r and concept_slug(r["cycle"].value) == cycle.slug)
    ]
    stages.sort(key=lambda r: int(r["position"].value))
    order = parse.slots["ord"]
    if order in ("order", "sequence"):
        chosen, wording = stages, "In order, the stages are"
    else:
        index = ORDINALS[order]
        chosen = stages[index - 1 : index] if index > 0 else stages[-1:]
        order = ORDINAL_WORDS.get(order, order)
        wording = f"The {order} stage is"
    answers = [
        ctx.summary(concept_slug(r["c"].value), position=int(r["position"].value)) for r in chosen
    ]
    cycle_label = (
        cycle.label
        if cycle
        else next((r["cycleLabel"].value for r in stages if "cycleLabel" in r), "the cycle")
    )
    labels = [f"{a['label']} ({a['position']})" for a in answers]
    text = (
        sentence(f"{wording} {join(labels)}, in {cycle_label}")
        if answers
        else sentence(f"The graph lists no such stage of {cycle_label}")
    )
    asked = (
        f"In what order are the stages of {cycle_label}?"
        if order in ("order", "sequence")
        else f"Which is the {order} stage of {cycle_label}?"
    )
    reading = understood(
        "stage_order",
        asked,
        [cycle] if cycle else [],
        order=order,
    )
    return Result(
        reading,
        answers,
        text,
        [{"kind": "position", "id": a["id"], "position": a["position"]} for a in answers],
    )


ORDINAL_WORDS = {"1": "first", "one": "first", "2": "second", "two": "second", "3": "third"}
ORDINAL_WORDS |= {"three": "third", "4": "fourth", "four": "fourth"}


def _cycle_scope(ctx: Context, rest: str) -> Any:
    """The cycle a stage question names, None for any ("the cycle", "the process").

    A name that is no cycle ("the first stage of empowerment") declines rather than answer
    for another cycle; "Ballantyne's process" is the one cycle whose labels say "Ballantyne".

    Raises:
        Declined: the words name something other than a cycle.
    """
    rest = re.sub(r"^\s*(?:of|in|during)\s+", "", rest).strip()
    if not rest:
        return None
    try:
        entry = ctx.concept(rest)
    except Declined:
        entry = None
    if entry is not None and "Cycle" in entry.types:
        return entry
    typed = content_words(rest)
    asked = {stem(w) for w in typed if w not in _CYCLE_WORDS}
    if not asked and "model" in typed and "cycle" not in typed:
        raise Declined("The model is the causal model, whose concepts come in no order.")
    if not asked:
        return None
    cycles = [
        e
        for e in ctx.index.entries.values()
        if "Cycle" in e.types
        and any(asked <= {stem(w) for w in content_words(lb.text)} for lb in e.labels)
    ]
    if len(cycles) == 1:
        return cycles[0]
    raise Declined(f"{rest!r} does not name a cycle of stages I know.")


def _in_named_cycle(ctx: Context, stage: Any, named: str) -> None:
    """Check that the words after a stage ("in Ballantyne's cycle") name its cycle.

    "The cycle", "the process" or "the model" name none in particular; a named model the
    graph does not hold ("diffusion of innovations in Rogers' model") declines, since its
    stages are not these.

    Raises:
        Declined: the words name another cycle, or one the graph does not hold.
    """
    try:
        cycle = _cycle_scope(ctx, named)
    except Declined:
        typed = content_words(re.sub(r"^\s*(?:of|in|during)\s+", "", named))
        if any(w not in _CYCLE_WORDS for w in typed):
            raise
        return  # "in the model": the stage's own cycle
    if cycle is None:
        return
    rows = ctx.run(templates.STAGES.format())
    if not any(
        concept_slug(r["c"].value) == stage.slug
        and "cycle" in r
        and concept_slug(r["cycle"].value) == cycle.slug
        for r in rows
    ):
        raise Declined(f"{stage.label!r} is not a stage of {cycle.label}.")


def _two_stages(ctx: Context, parse: Parse) -> Result:
    """Answer "does A come before B" or "which comes first, A or B" from the stages' places.

    Both must be stages of one cycle; anything else declines (the causal model has no order).
    """
    first, second = ctx.pair(parse.slots)
    places = {}
    for entry in (first, second):
        if "CycleStage" not in entry.types:
            raise Declined(f"{entry.label!r} is not a stage of a cycle, so it has no place.")
        rows = [
            r
            for r in ctx.run(templates.STAGES.format())
            if concept_slug(r["c"].value) == entry.slug
        ]
        if not rows:
            raise Declined(f"The graph gives {entry.label!r} no place in its cycle.")
        row = rows[0]
        places[entry.slug] = (
            int(row["position"].value),
            row["cycle"].value if "cycle" in row else None,
        )
    (at_a, cycle_a), (at_b, cycle_b) = places[first.slug], places[second.slug]
    if cycle_a != cycle_b or first.slug == second.slug:
        raise Declined("Those stages are not two stages of one cycle.")
    rel = parse.slots["rel"]
    later = rel in _LATER
    if parse.text.startswith(("does ", "do ", "is ", "are ", "will ")):  # yes or no
        holds = at_a > at_b if later else at_a < at_b
        word = "after" if later else "before"
        text = sentence(
            f"{'Yes' if holds else 'No'}: {first.label} is stage {at_a} and {second.label} is "
            f"stage {at_b}, so {first.label} comes {word if holds else _flip(word)} "
            f"{second.label}"
        )
        answers = [ctx.summary(first.slug, answer=holds, position=at_a)]
        asked = f"Does {first.label} come {word} {second.label}?"
    else:
        pick = max if later else min
        chosen = pick((first, second), key=lambda e: places[e.slug][0])
        other = second if chosen is first else first
        word = "after" if later else "before"
        text = sentence(
            f"{chosen.label} (stage {places[chosen.slug][0]}) comes {word} {other.label} "
            f"(stage {places[other.slug][0]})"
        )
        answers = [ctx.summary(chosen.slug, position=places[chosen.slug][0])]
        asked = f"Which comes {'later' if later else 'first'}: {first.label} or {second.label}?"
    evidence = [
        {"kind": "position", "id": e.slug, "position": places[e.slug][0]} for e in (first, second)
    ]
    return Result(
        understood("stage_order", asked, [first, second], order=rel), answers, text, evidence
    )


def _flip(word: str) -> str:
    return "after" if word == "before" else "before"


def _neighbour_stage(ctx: Context, relation: str, phrase: str, named: str | None) -> Result:
    entry = ctx.concept(phrase)
    if "CycleStage" not in entry.types:
        raise Declined(f"{entry.label!r} is not a stage of a cycle, so nothing comes after it.")
    if named:
        _in_named_cycle(ctx, entry, named)
    after = relation in ("after", "following", "follows", "comes after")
    template = templates.STAGE_NEXT if after else templates.STAGE_PREVIOUS
    rows = ctx.run(template.format(x=concept_iri(entry.slug), label=entry.label))
    answers = [
        ctx.summary(
            concept_slug(r["c"].value),
            position=int(r["position"].value) if "position" in r else None,
        )
        for r in rows
    ]
    word = "after" if after else "before"
    if answers:
        text = sentence(f"{join([a['label'] for a in answers])} comes {word} {entry.label}")
    else:
        text = sentence(
            f"No stage comes {word} {entry.label} in the graph: it is the "
            f"{'last' if after else 'first'} stage of its cycle"
        )
    reading = understood(
        "stage_order", f"Which stage comes {word} {entry.label}?", [entry], order=word
    )
    return Result(
        reading,
        answers,
        text,
        [
            {
                "kind": "next_stage",
                "from": a["id"] if not after else entry.slug,
                "to": entry.slug if not after else a["id"],
            }
            for a in answers
        ],
    )
