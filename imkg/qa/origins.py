"""Where an idea comes from: "what are the roots of internal marketing", "which field did IM
grow out of", "who coined the term", "when did IM first appear".

The graph records what a concept emerged from (``imkg:emergedFrom``, competency question 51),
not who named it or when. A "when" question is answered with the origin and told that no date
is recorded; a "who" question declines, saying what the graph does record (it names no person);
a concept with no recorded origin declines here, so that another reading may answer.
"""

from __future__ import annotations

import re
from typing import Any

from imkg.namespaces import concept_iri, concept_slug, sparql_prefixes
from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.render import join, sentence

_ORIGIN = (
    sparql_prefixes()
    + """# What did {label} emerge from?
SELECT ?origin ?label ?definition ?source WHERE {{
  <{x}> imkg:emergedFrom ?origin .
  ?origin skos:prefLabel ?label .
  OPTIONAL {{ ?origin skos:definition ?definition }}
  OPTIONAL {{ ?origin dcterms:source ?source }}
}}
ORDER BY ?label"""
)

_WHO = re.compile(r"^who\b")
_WHEN = re.compile(r"^(?:when|how old)\b")


def answer_origin(ctx: Context, parse: Parse) -> Result:
    """Answer what a concept grew out of, saying what the graph does not record.

    Raises:
        Declined: the concept has no recorded origin (a later reading may still answer).
    """
    entry = ctx.concept(parse.slots["x"])
    rows = ctx.run(_ORIGIN.format(x=concept_iri(entry.slug), label=entry.label))
    if not rows:
        raise Declined(f"The graph records no origin for {entry.label}.")
    origins: dict[str, dict[str, Any]] = {}
    evidence = []
    for row in rows:
        slug = concept_slug(row["origin"].value)
        origins.setdefault(slug, ctx.summary(slug))
        if "source" in row:
            evidence.append({"kind": "source", "concept": slug, "source": row["source"].value})
    named = join([a["label"] for a in origins.values()])
    if _WHO.match(parse.text):  # a person is asked for: the graph names none, so no answer
        raise Declined(
            f"The graph does not record who coined or first wrote about {entry.label}; it "
            f"records only that it grew out of {named} (ask what {entry.label} grew out of).",
            final=True,
        )
    text = sentence(f"{entry.label} grew out of {named}")
    defined = {concept_slug(r["origin"].value): r for r in rows if "definition" in r}
    for row in defined.values():
        text += " " + sentence(f"{row['label'].value}: {row['definition'].value}")
    sources = sorted({e["source"] for e in evidence})
    if sources:
        text += " " + sentence(f"Source: {'; '.join(sources)}")
    if _WHEN.match(parse.text):
        text += " The graph records no date for it."
    reading = understood("origin", f"What did {entry.label} grow out of?", [entry])
    return Result(reading, list(origins.values()), text, evidence)
