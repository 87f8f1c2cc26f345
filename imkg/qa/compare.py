"""Answer "compare X and Y": what the two concepts are, what kinds they belong to and how they
are linked in the model."""

from __future__ import annotations

from typing import Any

from imkg.namespaces import IMKG, concept_iri, concept_slug
from imkg.qa import templates
from imkg.qa.context import Context, Result, understood
from imkg.qa.groups import trait_text
from imkg.qa.intents import Parse
from imkg.qa.render import join, label, sentence
from imkg.qa.slots import clean


def answer_compare(ctx: Context, parse: Parse) -> Result:
    """Answer "compare X and Y": definitions, shared kinds, differing traits, links."""
    first, second = ctx.pair(parse.slots)
    if first.slug == second.slug:  # "is job satisfaction another word for staff satisfaction"
        return _same_concept(ctx, parse, first)
    rows = ctx.run(
        templates.COMPARE.format(
            a=concept_iri(first.slug),
            b=concept_iri(second.slug),
            label_a=first.label,
            label_b=second.label,
        )
    )
    facts: dict[str, dict[str, set[str]]] = {first.slug: {}, second.slug: {}}
    for row in rows:
        facts[concept_slug(row["c"].value)].setdefault(row["p"].value, set()).add(
            row["value"].value
        )
    parts = [sentence(f"{e.label}: {_one(facts[e.slug], 'definition')}") for e in (first, second)]
    parts += _kinds_text(ctx, first, second)
    parts += trait_text(first, second, facts)
    parts += _link_text(ctx, first, second, facts)
    answers = [
        ctx.summary(e.slug, definition=_one(facts[e.slug], "definition")) for e in (first, second)
    ]
    reading = understood(
        "compare", f"How do {first.label} and {second.label} compare?", [first, second]
    )
    return Result(
        reading,
        answers,
        " ".join(p for p in parts if p),
        [{"kind": "definition", "id": a["id"], "definition": a["definition"]} for a in answers],
    )


def _same_concept(ctx: Context, parse: Parse, entry: Any) -> Result:
    """Two names the graph files under one concept: say so rather than compare it to itself."""
    typed = [clean(parse.slots[k]) for k in ("a", "b") if k in parse.slots] or [entry.label]
    rows = ctx.run(templates.DEFINITION.format(x=concept_iri(entry.slug), label=entry.label))
    definition = next((r["definition"].value for r in rows if "definition" in r), "")
    names = join([repr(t) for t in dict.fromkeys(typed)])
    text = sentence(f"The graph files {names} under one concept, {entry.label}")
    if definition:
        text += " " + sentence(f"{entry.label}: {definition}")
    reading = understood("compare", f"Are {names} the same concept?", [entry], same=True)
    return Result(reading, [ctx.summary(entry.slug, definition=definition)], text)


def _one(facts: dict[str, set[str]], name: str) -> str:
    for prop, values in facts.items():
        if prop.endswith(("#" + name, "/" + name)):
            return sorted(values)[0]
    return ""


def _kinds_text(ctx: Context, first: Any, second: Any) -> list[str]:
    shared = sorted(set(first.types) & set(second.types))
    names = [ctx.kinds.kinds[k].label if k in ctx.kinds.kinds else k for k in shared]
    if names:
        return [sentence(f"Both are a {join(names)}")]
    return [
        sentence(
            f"They are of different kinds ({label(ctx.index, first.slug)}: "
            f"{join(first.types)}; {second.label}: {join(second.types)})"
        )
    ]


def _link_text(
    ctx: Context, first: Any, second: Any, facts: dict[str, dict[str, set[str]]]
) -> list[str]:
    out_a = {concept_slug(v) for v in facts[first.slug].get(IMKG + "directlyInfluences", ())}
    out_b = {concept_slug(v) for v in facts[second.slug].get(IMKG + "directlyInfluences", ())}
    found = []
    if second.slug in out_a:
        found.append(sentence(f"{first.label} directly influences {second.label}"))
    if first.slug in out_b:
        found.append(sentence(f"{second.label} directly influences {first.label}"))
    common = sorted(out_a & out_b - {first.slug, second.slug})
    if common:
        found.append(
            sentence("Both directly influence " + join([label(ctx.index, s) for s in common]))
        )
    return found
