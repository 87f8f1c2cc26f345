"""Questions on the course texts and cases: which documents discuss a concept, where they
do (the passages), and an example of a concept from the cases."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from imkg.concepts import document_id
from imkg.namespaces import concept_iri, concept_slug
from imkg.qa import templates
from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.groups import concept_types
from imkg.qa.intents import Parse
from imkg.qa.mention_counts import answer_co_mentions, narrower_map
from imkg.qa.render import join, sentence
from imkg.qa.slots import resolve
from imkg.text import content_words, stem


def answer_example(ctx: Context, parse: Parse) -> Result:
    """Answer "which company uses X", "what rewards does C use", "examples of X"."""
    entry = ctx.concept(parse.slots["x"])
    rows = ctx.run(templates.EXAMPLES.format(x=concept_iri(entry.slug), label=entry.label))
    found: dict[str, set[str]] = {}
    for row in rows:
        slug = concept_slug(row["c"].value)
        if slug and slug != entry.slug:
            via = row["viaLabel"].value if "viaLabel" in row else ""
            found.setdefault(slug, set()).add(via)
    if "firms" in parse.slots:  # "companies using X": only the firms, and none is no answer
        found = {s: v for s, v in found.items() if "Company" in concept_types(ctx, s)}
        if not found:
            raise Declined(f"The graph names no company that uses {entry.label!r}.")
    answers = [ctx.summary(s, via=sorted(v - {entry.label, ""})) for s, v in sorted(found.items())]
    if not answers and "examples" in parse.slots:  # "examples of X": the cases discussing X
        cases = _cases_discussing(ctx, parse, entry)
        if cases is not None:
            return cases
    text = _example_text(ctx, entry, answers)
    reading = understood("example", f"What are examples of {entry.label}?", [entry])
    return Result(
        reading,
        answers,
        text,
        [{"kind": "example", "of": entry.slug, "id": a["id"], "via": a["via"]} for a in answers],
    )


def _cases_discussing(ctx: Context, parse: Parse, entry: Any) -> Result | None:
    """The case studies that mention a concept the graph records no example of, or None."""
    found = answer_mentions(ctx, replace(parse, slots={"x": entry.label, "dk": "case studies"}))
    if not found.answers:
        return None
    found.text = sentence(f"The graph records no example of {entry.label} as such") + (
        " " + found.text
    )
    return found


def _example_text(ctx: Context, entry: Any, answers: list[dict[str, Any]]) -> str:
    if not answers:
        return sentence(f"The graph records no examples of {entry.label}")
    named = join([f"{a['label']} ({join(a['via'])})" if a["via"] else a["label"] for a in answers])
    if "RewardPractice" in entry.types or any(a["via"] for a in answers):
        return sentence(f"{entry.label} is used by {named}")
    if "Company" in entry.types:
        return sentence(f"{entry.label} uses {named}")
    if "InternalCustomerGroup" in entry.types:
        return sentence(f"Example roles of the {entry.label}: {named}")
    if "CycleStage" in entry.types:
        return sentence(f"In the case, the practice of the {entry.label} stage: {named}")
    return sentence(f"Examples of {entry.label}: {named}")


_CASE = re.compile(r"\bcases?\b|\bcase stud")

_COURSE = re.compile(r"\bcourse\b|\bunits?\b|\bchapters?\b|\blessons?\b|\bnotes\b")


def document_kind(words: str) -> str | None:
    """The kind of document a question names: ``case``, ``course`` or None for any.

    >>> document_kind("case studies"), document_kind("course units"), document_kind("texts")
    ('case', 'course', None)
    """
    if _CASE.search(words):
        return "case"
    return "course" if _COURSE.search(words) else None


def _documents(ctx: Context, kind: str | None) -> list[dict[str, Any]]:
    docs = []
    for row in ctx.run(templates.DOCUMENTS):
        found = {name: row[name].value for name in ("title", "kind", "description") if name in row}
        if kind is None or found.get("kind") == kind:
            doc = document_id(row["doc"].value)
            docs.append({"id": doc, "label": found.get("title", doc), **found})
    return docs


def document_names(kind: str | None) -> tuple[str, str]:
    """The singular and plural a document kind is named by.

    >>> document_names("case"), document_names(None)
    (('case study', 'case studies'), ('document', 'documents'))
    """
    return {
        "case": ("case study", "case studies"),
        "course": ("course text", "course texts"),
    }.get(kind or "", ("document", "documents"))


def answer_documents(ctx: Context, parse: Parse) -> Result:
    """Answer "which case studies are there", "how many documents": the corpus itself."""
    kind = document_kind(parse.slots["dk"])
    single, plural_name = document_names(kind)
    docs = _documents(ctx, kind)
    count = "count" in parse.slots
    if docs:
        text = sentence(
            f"The corpus holds {len(docs)} {plural_name if len(docs) != 1 else single}"
            + ("" if count else f": {join([d['label'] for d in docs])}")
        )
    else:
        text = sentence(f"No {single} has been ingested")
    paraphrase = (
        f"How many {plural_name} are there?" if count else f"Which {plural_name} are there?"
    )
    reading = understood("documents", paraphrase, [], document_kind=kind, count=count)
    return Result(reading, docs, text)


def _by_topic(ctx: Context, parse: Parse, declined: Declined) -> Result:
    """Find documents whose title or summary has every word of a phrase that names no concept.

    "Which case talks about a hotel": no concept is a hotel, but one case's title says so.
    """
    phrase = parse.slots["x"]
    asked = {stem(w) for w in content_words(phrase)}
    kind = document_kind(parse.slots["dk"])
    docs = [
        d
        for d in _documents(ctx, kind)
        if asked
        and asked <= {stem(w) for w in content_words(f"{d['label']} {d.get('description', '')}")}
    ]
    if not docs:
        raise declined
    what, whats = document_names(kind)
    text = sentence(
        f"No concept is called {phrase!r}, but the title or summary of "
        f"{'these ' + whats if len(docs) > 1 else 'this ' + what} "
        f"names it: {join([d['label'] for d in docs])}"
    )
    reading = understood("mentions", f"Which {whats} are about {phrase}?", [], topic=phrase)
    return Result(reading, docs, text)


def answer_mentions(ctx: Context, parse: Parse) -> Result:
    """Answer "where is X discussed" with the documents and passages that mention X or a
    narrower concept; "which documents mention both X and Y" goes to the co-mentions."""
    if {"pair", "pair2", "pair3", "a"} & parse.slots.keys():
        return answer_co_mentions(ctx, parse)
    try:
        entry = ctx.concept(parse.slots["x"])
    except Declined as declined:
        if "dk" not in parse.slots:
            raise
        return _by_topic(ctx, parse, declined)
    if "dk" in parse.slots and resolve(ctx.index, parse.slots["x"], fuzzy=False).slug is None:
        # "which case is about a bank": a loose match (the Australian retail bank case)
        # gives way to a document whose title or summary says "bank"
        try:
            return _by_topic(ctx, parse, Declined(""))
        except Declined:
            pass
    kind = document_kind(parse.slots.get("dk", "") or parse.slots.get("dkind", ""))
    if kind:
        allowed = {d["id"] for d in _documents(ctx, kind)}
    within = [concept_iri(slug) for slug in sorted(narrower_map(ctx).get(entry.slug, ()))]
    rows = ctx.run(templates.mentions_within(concept_iri(entry.slug), entry.label, within))
    documents: dict[str, dict[str, Any]] = {}
    evidence = []
    narrower: set[str] = set()
    named = False  # whether any document names the concept itself
    for row in rows:
        doc = document_id(row["doc"].value)
        if kind and doc not in allowed:
            continue
        title = row["title"].value if "title" in row else doc
        item = documents.setdefault(doc, {"id": doc, "label": title, "mentions": 0})
        item["mentions"] += 1
        body = concept_slug(row["body"].value) or entry.slug
        if body != entry.slug:  # a passage on a narrower concept is one on X (SKOS)
            narrower.add(body)
            item["narrower"] = sorted({*item.get("narrower", []), body})
        else:
            named = True
        if "passage" in row and item["mentions"] <= 2 and len(evidence) < 12:
            evidence.append(
                {
                    "kind": "passage",
                    "document": doc,
                    "title": title,
                    "start": int(row["start"].value),
                    "end": int(row["end"].value),
                    "passage": row["passage"].value.strip(),
                }
            )
    answers = sorted(documents.values(), key=lambda d: (-d["mentions"], d["id"]))
    what, whats = document_names(kind)
    if answers:
        listed = join([f"{a['label']} ({a['mentions']})" for a in answers[:8]])
        more = f" and {len(answers) - 8} more" if len(answers) > 8 else ""
        text = sentence(
            f"{entry.label} is discussed in {len(answers)} "
            f"{whats if len(answers) != 1 else what}{_through(ctx, narrower, named)}: "
            f"{listed}{more}"
        )
        if parse.ranked:
            text += " " + sentence(f"Most mentions: {answers[0]['label']}")
        text = _counted(parse, entry, answers, whats) + text
    elif "count" in parse.slots and ctx.run(templates.ANY_DOCUMENT):
        text = sentence(f"No ingested {what} mentions {entry.label}, so the count is 0")
    elif kind and ctx.run(templates.ANY_DOCUMENT):
        text = sentence(f"No ingested {what} mentions {entry.label}")
    elif ctx.run(templates.ANY_DOCUMENT):
        text = sentence(f"No ingested document mentions {entry.label}")
    else:
        text = sentence(
            f"No document has been ingested yet, so none can mention {entry.label}: add course "
            "texts with `imkg ingest FOLDER` (`imkg serve` ingests the bundled corpus)"
        )
    return Result(
        understood("mentions", f"Where is {entry.label} discussed?", [entry]),
        answers,
        text,
        evidence,
    )


def _through(ctx: Context, narrower: set[str], named: bool) -> str:
    """Say which narrower concepts the documents were found through, when any were."""
    if not narrower:
        return ""
    labels = join(sorted(ctx.summary(slug)["label"] for slug in narrower))
    several = "concepts" if len(narrower) > 1 else "concept"
    if not named:
        return f", though never by name (through its narrower {several} {labels})"
    return f" (counting its narrower {several} {labels})"


def _counted(parse: Parse, entry: Any, answers: list[dict[str, Any]], whats: str) -> str:
    """The count first, for "how many times is X mentioned", "in how many cases does X ..."."""
    if "count" not in parse.slots:
        return ""
    total = sum(a["mentions"] for a in answers)
    times = "time" if total == 1 else "times"
    where = whats if len(answers) != 1 else whats.rstrip("s").replace("studie", "study")
    return sentence(f"{entry.label} is mentioned {total} {times} in {len(answers)} {where}") + " "
