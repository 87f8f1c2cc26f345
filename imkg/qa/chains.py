"""Concepts named by what they do in the causal model: "the thing that training improves".

A question can chain two steps ("what does the thing that training improves lead to"): the
slot names a concept through one causal link of another. :func:`referent` answers that first
step from the model and hands back the one concept it names, so the question's own step runs
on it as on a named concept. When the link reaches several concepts the phrase does not say
which, so it declines rather than answer for all of them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from imkg.influence import causal_model
from imkg.qa.context import Context, Declined, LooseOk
from imkg.qa.intents import Parse
from imkg.qa.render import join, label
from imkg.qa.slots import clean
from imkg.search import Entry

_LINK_VERB = (
    r"(?:improves?|affects?|influences?|drives?|leads? to|causes?|boosts?|raises?|shapes?|"
    r"determines?|impacts?|increases?|results? in|contributes? to|feeds? into|produces?|"
    r"strengthens?|enhances?|fosters?|depends? on|is driven by|is influenced by)"
)
_ONLY = r"(?:the )?(?:only |one |single |sole |main )?"
_THING = r"(?:thing|concept|factor|variable|one|node|element|idea)"
# What the phrase asks for, as (pattern, direction from the named concept): "the thing that
# drives X" is a cause of X; "the thing (that) X improves" and "the outcome of X" its effects.
_REFERRING = tuple(
    (re.compile(pattern), direction)
    for pattern, direction in (
        (rf"^{_ONLY}{_THING} (?:that|which) (?P<v>{_LINK_VERB}) (?P<y>.+)$", "in"),
        (rf"^{_ONLY}{_THING} (?:that |which )?(?P<y>.+?) (?P<v>{_LINK_VERB})$", "out"),
        # singular: "the outcomes of X" are X's effects, asked for directly
        (rf"^{_ONLY}(?:outcome|effect|result|consequence|output) (?:of|from) (?P<y>.+)$", "out"),
        (rf"^{_ONLY}(?:driver|cause|antecedent|determinant|predictor) (?:of|behind) (?P<y>.+)$",
         "in"),
    )
)  # fmt: skip
_REVERSED = ("depends on", "depend on", "is driven by", "is influenced by")


def referent(ctx: Context, phrase: str, accepts: LooseOk = None) -> Entry | None:
    """The one concept ``phrase`` names through a causal link, or None when it names none.

    Raises:
        Declined: the phrase refers through a link, but the link reaches no concept or more
            than one, or the concept it starts from is unknown.
    """
    text = " ".join(phrase.split())
    for pattern, direction in _REFERRING:
        found = pattern.match(text)
        if found is None:
            continue
        verb = found.groupdict().get("v") or ""
        if verb in _REVERSED:  # "the thing that X depends on" is one of X's causes
            direction = "in" if direction == "out" else "out"
        start = ctx.concept(found["y"], accepts)
        reached = causal_model(ctx.store, trace=ctx.trace).neighbours(start.slug, direction)
        if len(reached) == 1 and reached[0] in ctx.index.entries:
            return ctx.index.entries[reached[0]]
        side = "influences" if direction == "out" else "is influenced by"
        if not reached:
            raise Declined(f"In the model, {start.label} {side} no other concept.")
        names = join([label(ctx.index, slug) for slug in reached])
        raise Declined(
            f"{phrase!r} could be any of the {len(reached)} concepts {start.label} {side} "
            f"({names}): name the one you mean.",
            list(reached),
        )
    return None


def with_referents(ctx: Context, parse: Parse, accepts: LooseOk = None) -> Parse:
    """``parse`` with each concept slot that refers through a causal link ("the thing that
    training improves") replaced by the label of the one concept it names."""
    named = {}
    for key in ("x", "a", "b"):
        if key in parse.slots and (entry := referent(ctx, clean(parse.slots[key]), accepts)):
            named[key] = entry.label
    return replace(parse, slots={**parse.slots, **named}) if named else parse
