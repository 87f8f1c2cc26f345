"""How often the corpus mentions concepts, counted the SKOS way: a mention of a narrower
concept ("two-way communication") is a mention of the broader one ("internal communication").

Answers "which documents mention both X and Y", "... X but not Y", and serves the counts the
rankings (:mod:`imkg.qa.mention_ranking`) and the documents' concept lists need.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any

from imkg.concepts import document_id, narrower_concepts
from imkg.namespaces import concept_slug
from imkg.qa import templates
from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.render import join, sentence

# concept slug -> document id -> mentions of that concept itself
Counts = dict[str, dict[str, int]]

# "X as well as Y", "X together with Y": the words that join the two concepts of a pair
_BOTH_JOINERS = (" as well as ", " together with ", " along with ", " and also ")


def own_counts(ctx: Context) -> Counts:
    """Mentions per concept and document, one query for the whole corpus."""
    counts: Counts = defaultdict(dict)
    for row in ctx.run(templates.MENTION_COUNTS):
        slug = concept_slug(row["c"].value)
        if slug:
            counts[slug][document_id(row["doc"].value)] = int(row["n"].value)
    return counts


def narrower_map(ctx: Context) -> dict[str, frozenset[str]]:
    """Every concept's narrower concepts, at any depth (:func:`imkg.concepts.narrower_concepts`).

    Read as the label index is, outside the answer's SPARQL: the queries an answer shows
    each stand alone (the narrower concepts are written into them), and a reader can run the
    one behind "where is X discussed" as it is.
    """
    return narrower_concepts(ctx.store)


def counts_within(
    counts: Counts, narrower: Mapping[str, AbstractSet[str]], slug: str
) -> dict[str, int]:
    """Mentions per document of a concept and its narrower concepts together."""
    total: dict[str, int] = defaultdict(int)
    for each in (slug, *sorted(narrower.get(slug, ()))):
        for doc, n in counts.get(each, {}).items():
            total[doc] += n
    return dict(total)


def documents(ctx: Context, kind: str | None) -> dict[str, dict[str, Any]]:
    """The ingested documents by id (title, kind), those of ``kind`` only when given."""
    from imkg.qa.passages import _documents  # passages imports this module's helpers

    return {d["id"]: d for d in _documents(ctx, kind)}


def split_both(phrase: str) -> str:
    """A pair written "X as well as Y" or "X together with Y", written "X and Y".

    >>> split_both("training as well as job satisfaction")
    'training and job satisfaction'
    """
    for joiner in _BOTH_JOINERS:
        phrase = phrase.replace(joiner, " and ")
    return phrase


def answer_co_mentions(ctx: Context, parse: Parse) -> Result:
    """Answer "which documents mention both X and Y" and "... X but not Y"."""
    from imkg.qa.concept_lists import answer_all_mentioned, is_list
    from imkg.qa.passages import document_kind, document_names

    slots = dict(parse.slots)
    for other in ("pair2", "pair3"):  # "X as well as Y", "A, B, C and D"
        if other in slots:
            slots["pair"] = slots.pop(other)
    if "pair" in slots:
        slots["pair"] = split_both(slots["pair"])
        if is_list(slots["pair"]):
            try:
                return answer_all_mentioned(ctx, parse, slots["pair"])
            except Declined as declined:
                if declined.final:
                    raise  # fewer than three concepts: read as a pair below
    first, second = ctx.pair(slots)
    kind = document_kind(parse.slots.get("dkind", ""))
    docs = documents(ctx, kind)
    counts, narrower = own_counts(ctx), narrower_map(ctx)
    left = counts_within(counts, narrower, first.slug)
    right = counts_within(counts, narrower, second.slug)
    excluding = "a" in parse.slots  # "X but not Y"
    found = [d for d in docs if d in left and ((d not in right) if excluding else (d in right))]
    answers = [
        {
            **{k: docs[d][k] for k in ("id", "label")},
            "mentions": {first.slug: left[d], second.slug: right.get(d, 0)},
        }
        for d in sorted(found, key=lambda d: (-left[d] - right.get(d, 0), d))
    ]
    what, whats = document_names(kind)
    link = "but not" if excluding else "and"
    if answers:
        listed = join([a["label"] for a in answers])
        text = sentence(
            f"{len(answers)} {whats if len(answers) != 1 else what} mention "
            f"{'' if excluding else 'both '}{first.label} {link} {second.label}: {listed}"
        )
    else:
        text = sentence(
            f"No {what} mentions {'' if excluding else 'both '}{first.label} {link} {second.label}"
        )
    paraphrase = f"Which {whats} mention {first.label} {link} {second.label}?"
    combine = "but_not" if excluding else "both"
    reading = understood("mentions", paraphrase, [first, second], combine=combine)
    return Result(reading, answers, text)
