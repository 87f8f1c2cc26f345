"""Answer superlatives over the causal model: which concept influences, or is influenced by,
the most others.

The model does not weigh its influences, so "most" can only mean the number of direct
links a concept has; the answer says so, names every concept tied for the top and gives
the runners-up, so a count is never mistaken for a strength.
"""

from __future__ import annotations

from imkg.influence import causal_model
from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.render import join, label, sentence

# How many runners-up the answer names after the concepts tied for the top.
RUNNERS_UP = 3


def answer_most(ctx: Context, parse: Parse) -> Result:
    """Answer "which concept has the most influences" (out) or "... is influenced by the most"."""
    direction = "in" if "into" in parse.slots else "out"
    model = causal_model(ctx.store, trace=ctx.trace)
    links = model.into if direction == "in" else model.out
    counts = sorted(((len(set(v)), k) for k, v in links.items() if v), key=lambda c: (-c[0], c[1]))
    if not counts:
        raise Declined("The graph holds no causal model to count links in.")
    top = counts[0][0]
    leaders = [slug for n, slug in counts if n == top]
    others = [(n, slug) for n, slug in counts if n < top][:RUNNERS_UP]
    verb = "is directly influenced by" if direction == "in" else "directly influences"
    things = "concepts" if top != 1 else "concept"
    names = join([label(ctx.index, s) for s in leaders])
    text = sentence(f"In the curated model of internal marketing, {names} {verb} {top} {things}")
    if len(leaders) > 1:
        text = sentence(f"Tied: {text.rstrip('.')}")
    if others:
        listed = join([f"{label(ctx.index, s)} ({n})" for n, s in others])
        text += " " + sentence(f"Next come {listed}")
    text += " The model does not weigh influences, so this counts direct links only."
    question = (
        "Which concept is influenced by the most others?"
        if direction == "in"
        else "Which concept influences the most others?"
    )
    entries = [ctx.index.entries[s] for s in leaders if s in ctx.index.entries]
    answers = [ctx.summary(s, links=top) for s in leaders]
    reading = understood("most", question, entries, direction=direction, counted="direct links")
    evidence = [{"kind": "count", "id": s, "links": n, "direction": direction} for n, s in counts]
    return Result(reading, answers, text, evidence[: len(leaders) + RUNNERS_UP])
