"""What to read: "what should I read on empowerment", "a good reading about Ballantyne's cycle"
(the sources the graph gives for a concept, and the course texts that discuss it most), and
"which authors does the graph cite", "what sources does imkg draw on" (the seed texts and the
works they cite).

Every concept names its sources (``dcterms:source``: "seed 001: ..., citing Ahmed & Rafiq
(2005)"), so a reading list is read from the graph, never made up; the graph holds no
library holdings, ISBNs or editions, and a question about those finds no pattern here.
"""

from __future__ import annotations

import re
from typing import Any

from imkg.namespaces import ONTOLOGY_GRAPH, concept_iri, sparql_prefixes
from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.mention_counts import documents, own_counts
from imkg.qa.render import join, sentence

_SOURCES_OF = (
    sparql_prefixes()
    + """# Which sources does the graph give for {label}?
SELECT DISTINCT ?source WHERE {{ <{x}> dcterms:source ?source . }}
ORDER BY ?source"""
)
_ALL_SOURCES = (
    sparql_prefixes()
    + """# Which sources does the graph draw on, and which works do they cite?
SELECT DISTINCT ?source WHERE {{ GRAPH <{graph}> {{ ?concept dcterms:source ?source . }} }}
ORDER BY ?source"""
)
_SAID = re.compile(r", (?=(?:citing|drawing on|quoting|based on) )")
_SEED = re.compile(r"^seed (?P<n>\d+)\b")
_CITED = re.compile(r"(?:citing|drawing on|draws on|based on) (?P<who>.+?) \((?P<year>\d{4})\)")
_AUTHORS = re.compile(r"^(?:author|writer|scholar|academic|researcher|citation)")
_WHO = re.compile(r"^(?:who|whom)\b")
_MOST_DISCUSSED = 3


def _sources(values: list[str]) -> list[dict[str, Any]]:
    """One entry per seed text, with what it cites or quotes where the graph says so."""
    seeds: dict[str, dict[str, Any]] = {}
    for value in values:
        base, *said = _SAID.split(value, maxsplit=1)
        seed = _SEED.match(base)
        key = f"seed-{seed['n']}" if seed else _slug(base)
        entry = seeds.setdefault(key, {"id": key, "label": base.strip(), "cites": []})
        if said and said[-1].strip() not in entry["cites"]:
            entry["cites"].append(said[-1].strip())
    return [seeds[key] for key in sorted(seeds)]


def _named(source: dict[str, Any]) -> str:
    cites = sorted(source["cites"])
    return f"{source['label']} ({'; '.join(cites)})" if cites else source["label"]


def _cited(values: list[str]) -> list[dict[str, Any]]:
    """The works the seed texts cite ("Ahmed & Rafiq (2005)"), once each."""
    works = {}
    for value in values:
        for found in _CITED.finditer(value):
            label = f"{found['who']} ({found['year']})"
            works[_slug(label)] = {"id": _slug(label), "label": label}
    return [works[key] for key in sorted(works)]


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def answer_readings(ctx: Context, parse: Parse) -> Result:
    """Answer "what should I read on X" with X's sources and the course texts on it."""
    entry = ctx.concept(parse.slots["x"])
    values = [
        r["source"].value
        for r in ctx.run(_SOURCES_OF.format(x=concept_iri(entry.slug), label=entry.label))
    ]
    answers = _sources(values)
    course = documents(ctx, "course")
    per_doc = own_counts(ctx).get(entry.slug, {})
    most = sorted((d for d in per_doc if d in course), key=lambda d: (-per_doc[d], d))
    if not answers and not most:
        raise Declined(f"The graph gives no source or course text for {entry.label}.")
    text = sentence(
        f"The graph's sources for {entry.label}: {'; '.join(map(_named, answers))}"
        if answers
        else f"The graph names no source for {entry.label}"
    )
    if most:
        listed = [f"{course[d]['label']} ({per_doc[d]})" for d in most[:_MOST_DISCUSSED]]
        text += " " + sentence(f"Among the course texts, it is discussed most in {join(listed)}")
    reading = understood("readings", f"What should I read on {entry.label}?", [entry])
    return Result(reading, answers, text)


def answer_sources(ctx: Context, parse: Parse) -> Result:
    """Answer "which authors does the graph cite" (the cited works) or "which sources does it
    draw on" (the seed texts, with the works they cite)."""
    values = [r["source"].value for r in ctx.run(_ALL_SOURCES.format(graph=ONTOLOGY_GRAPH))]
    seeds, works = _sources(values), _cited(values)
    if _AUTHORS.match(parse.slots.get("what", "")) or _WHO.match(parse.text):
        text = sentence(
            f"The graph's sources cite {len(works)} works: {join([w['label'] for w in works])}"
        )
        reading = understood("sources", "Which authors do the graph's sources cite?", [])
        return Result(reading, works, text)
    text = sentence(
        f"The graph draws on {len(seeds)} sources: {'; '.join(s['label'] for s in seeds)}"
    )
    if works:
        text += " " + sentence(f"They cite {join([w['label'] for w in works])}")
    reading = understood("sources", "Which sources does the graph draw on?", [])
    return Result(reading, seeds, text)
