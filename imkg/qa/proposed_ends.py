"""Influences the documents propose into or out of one concept: "do the case studies suggest
any other drivers of X", "what influences on X do the course texts propose", "which texts
propose effects of X".

The answers are the documents with such a proposal; the text names, for each, the concepts
proposed and says which of them the curated model also links to X, so a proposal is never
passed off as part of the model.
"""

from __future__ import annotations

from typing import Any

from imkg.concepts import document_id
from imkg.influence import causal_model
from imkg.namespaces import concept_slug
from imkg.qa.context import Context, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.mention_counts import documents
from imkg.qa.passages import document_kind, document_names
from imkg.qa.render import join, label, sentence

NOTE = "These are proposals read from the texts by the ingest, not links of the curated model."


def answer_proposed_ends(ctx: Context, parse: Parse, rows: list[Any], evidence_of: Any) -> Result:
    """Answer a proposals question that names only the effect (or only the cause).

    ``evidence_of(doc, row)`` words one proposal as evidence.
    """
    into = "effect" in parse.slots
    entry = ctx.concept(parse.slots["effect" if into else "cause"])
    kind = document_kind(parse.slots.get("dkind", ""))
    docs = documents(ctx, kind)
    proposed: dict[str, dict[str, int]] = {}
    evidence = []
    for row in rows:
        doc = document_id(row["doc"].value)
        cause, effect = concept_slug(row["cause"].value), concept_slug(row["effect"].value)
        if doc in docs and (effect if into else cause) == entry.slug:
            other = cause if into else effect
            per_doc = proposed.setdefault(doc, {})
            per_doc[other] = per_doc.get(other, 0) + 1
            evidence.append(evidence_of(doc, row))
    model = causal_model(ctx.store, trace=ctx.trace)
    curated = set(model.neighbours(entry.slug, "in" if into else "out"))
    answers = [
        {"id": doc, "label": docs[doc]["label"], "proposed": sorted(found)}
        for doc, found in sorted(proposed.items())
    ]
    what, whats = document_names(kind)
    side = "influences on" if into else "effects of"
    text = _wording(ctx, answers, curated, entry.label, into, (what, whats))
    reading = understood(
        "proposals", f"Which {side} {entry.label} do the {whats} propose?", [entry]
    )
    return Result(reading, answers, f"{text} {NOTE}", evidence)


def _wording(
    ctx: Context,
    answers: list[dict[str, Any]],
    curated: set[str],
    name: str,
    into: bool,
    names: tuple[str, str],
) -> str:
    """Say which documents propose what, and which proposals the curated model lacks."""
    what, whats = names
    if not answers:
        side = "influence on" if into else "effect of"
        return sentence(f"No {what} proposes an {side} {name}")
    parts = []
    for answer in answers:
        others = join([label(ctx.index, slug) for slug in answer["proposed"]])
        parts.append(f"{answer['label']} ({others})")
    several = len(answers) != 1
    verb = ("propose" if several else "proposes") + (" influences on" if into else " effects of")
    count = f"{len(answers)} {whats if several else what}"
    text = sentence(f"{count} {verb} {name}: {'; '.join(parts)}")
    new = sorted({s for a in answers for s in a["proposed"]} - curated)
    if new:
        text += " " + sentence(
            f"Not in the curated model as {'direct causes' if into else 'direct effects'} of "
            f"{name}: {join([label(ctx.index, s) for s in new])}"
        )
    else:
        text += " " + sentence(
            f"The curated model already has each of these as a direct "
            f"{'cause' if into else 'effect'} of {name}"
        )
    return text
