"""Which concepts the corpus discusses most, least or never, counted the SKOS way (a concept's
count takes in its narrower concepts', so "internal communication" is discussed through
"two-way communication" and is not among the never discussed)."""

from __future__ import annotations

from imkg.namespaces import concept_slug
from imkg.qa import templates
from imkg.qa.context import Context, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.mention_counts import counts_within, documents, narrower_map, own_counts
from imkg.qa.passages import document_kind, document_names
from imkg.qa.render import join, sentence

RUNNERS_UP = 3
_WITH_NARROWER = ", counting the mentions of narrower concepts"


def answer_mention_ranking(ctx: Context, parse: Parse) -> Result:
    """Answer "which concept is discussed the most", "... least", "... never"."""
    rank = parse.slots["rank"]
    kind = document_kind(parse.slots.get("dkind", ""))
    allowed = documents(ctx, kind)
    counts, narrower = own_counts(ctx), narrower_map(ctx)
    excepted = set(filter(None, parse.slots.get("except", "").split(",")))
    labels = {
        slug: row["label"].value
        for row in ctx.run(templates.CONCEPTS)
        if (slug := concept_slug(row["c"].value)) and slug not in excepted
    }
    totals = {
        slug: sum(n for doc, n in counts_within(counts, narrower, slug).items() if doc in allowed)
        for slug in labels
    }
    _, whats = document_names(kind)
    if rank == "never":
        chosen = sorted(s for s, n in totals.items() if n == 0)
        text = sentence(
            f"{len(chosen)} concepts are never mentioned in the {whats}, nor through a narrower "
            f"concept: {join([labels[s] for s in chosen])}"
            if chosen
            else f"Every concept is mentioned in the {whats}, itself or through a narrower one"
        )
    elif not (mentioned := {s: n for s, n in totals.items() if n > 0}):
        # a store without documents (or none of this kind) has no most or least mentioned
        chosen = []
        text = sentence(f"No concept is mentioned in the {whats}: there is nothing to rank")
    else:
        best = (max if rank == "most" else min)(mentioned.values())
        chosen = sorted(s for s, n in mentioned.items() if n == best)
        text = sentence(
            f"{'Most' if rank == 'most' else 'Least'} mentioned in the {whats}: "
            f"{join([labels[s] for s in chosen])} ({best} mention{'s' if best != 1 else ''}"
            f"{' each' if len(chosen) > 1 else ''}"
            f"{_WITH_NARROWER if any(s in narrower for s in chosen) else ''})"
        )
        if rank == "most":
            others = sorted((s for s in mentioned if s not in chosen), key=lambda s: -totals[s])
            runners = [f"{labels[s]} ({totals[s]})" for s in others[:RUNNERS_UP]]
            text += " " + sentence(f"Then: {join(runners)}") if runners else ""
        else:
            text += " " + sentence("Concepts never mentioned are left out: ask for those")
    answers = [ctx.summary(s, label=labels[s], mentions=totals[s]) for s in chosen]
    paraphrase = f"Which concepts are {rank} discussed in the {whats}?"
    reading = understood("mention_counts", paraphrase, [], rank=rank, document_kind=kind)
    if excepted:
        reading["except"] = sorted(excepted)
    return Result(reading, answers, text)
