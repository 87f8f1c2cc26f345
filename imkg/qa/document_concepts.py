"""Questions on one document named by its title or setting ("the hotel case", "the bakery
one", "the course text on criticisms of IM"): which concepts it covers, and which influences
the documents propose (the ingest's proposals, kept apart from the curated model)."""

from __future__ import annotations

import re
from typing import Any

from imkg.concepts import document_id
from imkg.namespaces import concept_slug
from imkg.qa import templates
from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.mention_counts import documents, own_counts
from imkg.qa.passages import document_kind, document_names
from imkg.qa.proposed_ends import answer_proposed_ends
from imkg.qa.render import join, sentence
from imkg.text import content_words, stem

# A phrase names a document only with a document word in it: "the hotel case", "unit 10",
# "the bakery one"; "internal marketing" alone is a concept, not a document.
_DOCUMENT_WORD = re.compile(
    r"\b(?:case(?: study)?|cases|unit|course (?:text|unit|notes?)|text|chapter|reading|"
    r"document|one|notes)\b"
)
# Words that say which document, not what it is about
_NOT_TOPIC = re.compile(
    r"\b(?:the|this|that|case|cases|study|unit|course|text|chapter|reading|document|one|"
    r"notes|on|about|of|in|im|article|story)\b"
)


def names_document(phrase: str) -> bool:
    """Whether a phrase has a document word ("the hotel case", "unit 10", "the bakery one")."""
    return bool(_DOCUMENT_WORD.search(phrase))


def find_document(ctx: Context, phrase: str) -> dict[str, Any]:
    """The one document a phrase names by words of its title or summary.

    A title holding every word beats a summary that does ("the bakery one" is the bakery
    case, not the course text whose summary mentions a small bakery).

    Raises:
        Declined: the phrase names no document, or more than one.
    """
    if not _DOCUMENT_WORD.search(phrase):
        raise Declined(f"{phrase!r} does not name a document.")
    asked = {stem(w) for w in content_words(_NOT_TOPIC.sub(" ", phrase))}
    kind = document_kind(phrase)
    docs = list(documents(ctx, kind).values())
    if not asked:
        raise Declined(f"{phrase!r} does not say which document.")

    def words(text: str) -> set[str]:
        return {stem(w) for w in content_words(text)}

    by_title = [d for d in docs if asked <= words(d["label"]) | words(d["id"])]
    found = by_title or [
        d for d in docs if asked <= words(f"{d['label']} {d.get('description', '')}")
    ]
    if len(found) != 1:
        what = "more than one document" if found else "no document in the corpus"
        raise Declined(f"{phrase!r} names {what}.", [])
    return found[0]


def answer_document_concepts(ctx: Context, parse: Parse) -> Result:
    """Answer "which concepts does the hotel case cover" with the concepts it mentions."""
    doc = find_document(ctx, parse.slots["doc"])
    counts = own_counts(ctx)
    covered = sorted(
        (slug for slug, per_doc in counts.items() if doc["id"] in per_doc),
        key=lambda slug: (-counts[slug][doc["id"]], slug),
    )
    answers = [ctx.summary(slug, mentions=counts[slug][doc["id"]]) for slug in covered]
    if answers:
        listed = join([f"{a['label']} ({a['mentions']})" for a in answers])
        text = sentence(f"{doc['label']} mentions {len(answers)} concepts: {listed}")
    else:
        text = sentence(f"{doc['label']} mentions no concept of the graph")
    reading = understood(
        "document_concepts", f"Which concepts does {doc['label']} cover?", [], document=doc["id"]
    )
    return Result(reading, answers, text)


def answer_proposals(ctx: Context, parse: Parse) -> Result:
    """Answer "which cases propose that X influences Y" and "what influences does the
    Ballantyne text propose" from the documents' proposals (not the curated edges)."""
    rows = ctx.run(templates.PROPOSALS)
    if "doc" in parse.slots:
        return _proposed_in(ctx, find_document(ctx, parse.slots["doc"]), rows)
    if "effect" in parse.slots or "cause" in parse.slots:  # "other drivers of X in the cases"
        return answer_proposed_ends(ctx, parse, rows, _evidence)
    cause, effect = ctx.pair(parse.slots)
    kind = document_kind(parse.slots.get("dkind", ""))
    docs = documents(ctx, kind)
    found: dict[str, dict[str, Any]] = {}
    evidence = []
    for row in rows:
        doc = document_id(row["doc"].value)
        link = (concept_slug(row["cause"].value), concept_slug(row["effect"].value))
        if doc in docs and link == (cause.slug, effect.slug):
            item = found.setdefault(doc, {"id": doc, "label": docs[doc]["label"], "proposals": 0})
            item["proposals"] += 1
            evidence.append(_evidence(doc, row))
    what, whats = document_names(kind)
    claim = f"{cause.label} influences {effect.label}"
    answers = sorted(found.values(), key=lambda d: d["id"])
    if answers:
        text = sentence(
            f"{'Yes: ' if parse.slots.get('check') is not None else ''}{len(answers)} "
            f"{whats if len(answers) != 1 else what} propose that {claim}: "
            f"{join([a['label'] for a in answers])}"
        )
    else:
        text = sentence(f"No {what} proposes that {claim}")
    text += " " + _PROPOSAL_NOTE
    reading = understood("proposals", f"Which {whats} propose that {claim}?", [cause, effect])
    return Result(reading, answers, text, evidence)


_PROPOSAL_NOTE = (
    "These are proposals read from the texts by the ingest, not links of the curated model."
)


def _proposed_in(ctx: Context, doc: dict[str, Any], rows: list[Any]) -> Result:
    """The influences one document proposes, each with how often it is proposed."""
    links: dict[tuple[str, str], int] = {}
    evidence = []
    for row in rows:
        if document_id(row["doc"].value) == doc["id"]:
            link = (concept_slug(row["cause"].value), concept_slug(row["effect"].value))
            links[link] = links.get(link, 0) + 1
            evidence.append(_evidence(doc["id"], row))
    answers = [
        {
            "id": f"{cause}->{effect}",
            "label": f"{ctx.summary(cause)['label']} → {ctx.summary(effect)['label']}",
            "cause": cause,
            "effect": effect,
            "proposals": n,
        }
        for (cause, effect), n in sorted(links.items())
    ]
    if answers:
        text = sentence(
            f"{doc['label']} proposes {len(answers)} influences: "
            f"{join([a['label'] for a in answers])}"
        )
    else:
        text = sentence(f"{doc['label']} proposes no influence")
    reading = understood(
        "proposals", f"Which influences does {doc['label']} propose?", [], document=doc["id"]
    )
    return Result(reading, answers, text + " " + _PROPOSAL_NOTE, evidence)


def _evidence(doc: str, row: Any) -> dict[str, Any]:
    return {
        "kind": "proposal",
        "document": doc,
        "cause": concept_slug(row["cause"].value),
        "effect": concept_slug(row["effect"].value),
        "cue": row["cue"].value if "cue" in row else None,
        "confidence": float(row["confidence"].value) if "confidence" in row else None,
        "passage": row["evidence"].value if "evidence" in row else None,
    }
