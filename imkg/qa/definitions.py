"""Answer "what is X": a concept's definition, kinds, labels and, for groups, traits (a
kind named instead is answered by :mod:`imkg.qa.members`)."""

from __future__ import annotations

from typing import Any

from imkg.namespaces import concept_iri
from imkg.qa import templates
from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.members import kind_and_scope, kind_label, kind_members
from imkg.qa.render import join, sentence
from imkg.qa.slots import resolve


def answer_definition(ctx: Context, parse: Parse) -> Result:
    """Answer "what is X" with X's definition, kinds, labels and, for groups, traits."""
    phrase = parse.slots["x"]
    if resolve(ctx.index, phrase).fuzzy:  # "the objectives of IM" names a kind, not one member
        try:
            kind, scope = kind_and_scope(ctx, phrase)
        except Declined:
            pass
        else:
            return kind_members(ctx, kind, scope, count=False, explain=True)
    try:
        entry = ctx.concept(phrase)
    except Declined as declined:
        try:
            kind, scope = kind_and_scope(ctx, phrase)
        except Declined:
            raise declined from None
        return kind_members(ctx, kind, scope, count=False, explain=True)
    rows = ctx.run(templates.DEFINITION.format(x=concept_iri(entry.slug), label=entry.label))
    if not rows:
        raise Declined(f"The graph has nothing on {entry.label!r}.")
    first = rows[0]
    definition = first["definition"].value if "definition" in first else ""
    kinds = sorted({kind_label(ctx, r["type"].value) for r in rows if "type" in r})
    sources = sorted({r["source"].value for r in rows if "source" in r})
    text = sentence(
        f"{entry.label} ({join(kinds)}): {definition}" if kinds else f"{entry.label}: {definition}"
    )
    text += _extras(first)
    answer = ctx.summary(entry.slug, definition=definition, types=sorted(entry.types))
    return Result(
        understood("definition", _what_is(entry), [entry]),
        [answer],
        text,
        [{"kind": "source", "source": s} for s in sources],
    )


def _what_is(entry: Any) -> str:
    if "InternalCustomerGroup" in entry.types:
        return f"Who are the {entry.label}?"
    return f"What is {entry.label}?"


def _extras(row: dict[str, Any]) -> str:
    text = ""
    if "contact" in row:
        text += f" Customer contact: {row['contact'].value}."
    if "exampleRoles" in row and row["exampleRoles"].value:
        text += f" Example roles: {join(sorted(row['exampleRoles'].value.split(' | ')))}."
    if "position" in row:
        text += f" It is stage {row['position'].value} of its cycle."
    if "altLabels" in row and row["altLabels"].value:
        text += f" Also called: {join(sorted(row['altLabels'].value.split(' | '))[:5], 'or')}."
    return text
