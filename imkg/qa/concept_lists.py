"""Documents that mention every concept of a list: "which documents mention contactors,
modifiers, influencers and isolateds", "... both A, B, C and D".

A pair ("both X and Y") is split once (:meth:`imkg.qa.context.Context.pair`); a list of three
or more is split at its commas, and its last item at an "and" only when the item is no label
as a whole ("accountability and responsibility" stays one concept). Every item must name a
concept strictly, so a list with one unknown item declines rather than answer for the rest.
"""

from __future__ import annotations

import re

from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.mention_counts import counts_within, documents, narrower_map, own_counts
from imkg.qa.render import join, sentence
from imkg.search import Entry

# A list holds commas: "A, B and C", "A, B, C, and D"
_ITEM_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|&\s+)?")
_AND = re.compile(r" (?:and|&) ")
MIN_ITEMS = 3
MAX_ITEMS = 12


def is_list(phrase: str) -> bool:
    """Whether ``phrase`` lists three or more items (it holds a comma).

    >>> is_list("contactors, modifiers and isolateds"), is_list("empowerment and training")
    (True, False)
    """
    return "," in phrase


def concept_list(ctx: Context, phrase: str) -> list[Entry]:
    """Resolve every item of a comma list to one concept, or raise :class:`Declined`."""
    entries: list[Entry] = []
    unknown: list[Declined] = []
    for item in filter(None, _ITEM_SEPARATOR.split(phrase.strip(" ,"))):
        for part in _items(ctx, item):
            if isinstance(part, Declined):
                unknown.append(part)
            else:
                entries.append(part)
    distinct = list({entry.slug: entry for entry in entries}.values())
    if unknown and len(distinct) >= MIN_ITEMS - 1:
        # a list of concepts with an unknown item: answering for the others would guess
        raise Declined(unknown[0].reason, unknown[0].candidates, final=True)
    if unknown or not MIN_ITEMS <= len(distinct) <= MAX_ITEMS:
        raise Declined(f"I could not read {phrase!r} as a list of concepts.")
    return distinct


def _items(ctx: Context, item: str) -> list[Entry | Declined]:
    """One item, or the two of "X and Y" when it is no label as a whole; an item that names
    no concept stands as its :class:`Declined`."""
    try:
        return [ctx.concept(item)]
    except Declined as whole:
        parts = _AND.split(item, maxsplit=1)
        if len(parts) != 2:
            return [whole]
    found: list[Entry | Declined] = []
    for part in parts:
        try:
            found.append(ctx.concept(part))
        except Declined as declined:
            found.append(declined)
    return found


def answer_all_mentioned(ctx: Context, parse: Parse, phrase: str) -> Result:
    """Answer "which documents mention A, B, C and D": the documents that mention each."""
    from imkg.qa.passages import document_kind, document_names

    entries = concept_list(ctx, phrase)
    kind = document_kind(parse.slots.get("dkind", ""))
    docs = documents(ctx, kind)
    counts, narrower = own_counts(ctx), narrower_map(ctx)
    each = [counts_within(counts, narrower, entry.slug) for entry in entries]
    found = [d for d in docs if all(d in mentions for mentions in each)]
    total = {d: sum(mentions[d] for mentions in each) for d in found}
    answers = [
        {
            **{k: docs[d][k] for k in ("id", "label")},
            "mentions": {e.slug: m[d] for e, m in zip(entries, each, strict=True)},
        }
        for d in sorted(found, key=lambda d: (-total[d], d))
    ]
    what, whats = document_names(kind)
    named = join([e.label for e in entries])
    if answers:
        listed = join([a["label"] for a in answers])
        text = sentence(
            f"{len(answers)} {whats if len(answers) != 1 else what} "
            f"{'mention' if len(answers) != 1 else 'mentions'} all of {named}: "
            f"{listed}"
        )
    else:
        text = sentence(f"No {what} mentions all of {named}")
    reading = understood("mentions", f"Which {whats} mention all of {named}?", entries)
    reading["combine"] = "all"
    return Result(reading, answers, text)
