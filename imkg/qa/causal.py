"""Answer questions about the causal model: what influences X, what X influences, X → Y paths."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from imkg.influence import CausalModel, causal_model
from imkg.namespaces import concept_iri, concept_slug
from imkg.qa import templates
from imkg.qa.chains import with_referents
from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.links import (
    LINKS_QUERY,
    SHARED_KIND_QUERY,
    Step,
    is_link_question,
    link_chain,
)
from imkg.qa.render import claim_evidence, join, label, path_text, sentence
from imkg.qa.slots import head, resolve

MODEL = "the curated model of internal marketing"
# How a yes/no link question doubts the link: answered "No." when the model has it
DOUBTED = ("denies", "opposite")
# Said when a question asks for the top or most important causes.
UNRANKED = "The model does not rank influences by strength, so these are all it records."
# A question that asks yes or no: "does empowerment affect service quality"
_YES_NO = re.compile(r"^(?:is|are|does|do|can|could|will|would) ")
# Two concepts in one slot: "what do empowerment and motivation both influence". "both" or
# "in common" asks for what they share; otherwise each one's answer is given.
_BOTH = re.compile(r"\b(?:both|in common|shared|jointly|together|all)\b")
_TWO = re.compile(r"^(?:both|either) | (?:both|together|in common|jointly|combined|each)$")
_JOINED = re.compile(r" (?:and|or|as well as|plus) |, ")


def in_model(ctx: Context) -> Callable[[str], bool]:
    """Say whether a concept has causal links: only those may fill a causal slot loosely.

    "How could a bank raise X" must not read "bank" as the bank case, which the model
    links to nothing.
    """
    nodes: set[str] = set()

    def accepts(slug: str) -> bool:
        if not nodes:  # read the model only when a loose match asks
            model = causal_model(ctx.store)
            nodes.update(model.out, model.into)
        return slug in nodes

    return accepts


def two_concepts(ctx: Context, phrase: str) -> tuple[Any, Any] | None:
    """Read a slot that joins two concepts ("X and Y"), or None when it does not."""
    phrase = _TWO.sub("", phrase.strip())
    if not _JOINED.search(phrase):
        return None
    try:
        return ctx.pair({"pair": phrase}, in_model(ctx))
    except Declined:
        return None


# "poor service quality", "a lack of empowerment", "when motivation is low": the concept
# itself, held at a low level. The model's influences are positive, so the same links answer.
_LOW = re.compile(
    r"^(?:(?:a |the )?(?:lack|absence|loss|decline|fall|drop) (?:of|in) |(?:very |really )?"
    r"(?:poor|bad|low|lower|weak|weaker|inadequate|insufficient|declining|falling|reduced|"
    r"lacking|limited|little|no|missing|worse|poorer|negative)(?: levels? of)? )(?P<x>.+)$"
    r"|^(?P<x2>.+?) (?:is|are|being|gets|get) (?:very |really )?(?:poor|low|bad|weak|lacking|"
    r"missing|absent|lower|worse|falling|declining)$"
)


def _low(ctx: Context, phrase: str) -> Any | None:
    """The concept a phrase names at a low level ("poor service quality"), or None."""
    found = _LOW.match(" ".join(phrase.split()))
    if found is None:
        return None
    phrase = found["x"] or found["x2"]
    resolved = resolve(ctx.index, phrase)
    if not resolved.ok or not in_model(ctx)(resolved.slug):
        return None
    entry = ctx.index.entries[resolved.slug]
    # a label for the concept's flip side ("staff turnover" for staff retention) would turn
    # "low" around: only a label with the concept's own head word counts
    if head(resolved.matched) != head(entry.label):
        return None
    return entry


def answer_influence(ctx: Context, parse: Parse, direction: str) -> Result:
    """Answer "what influences X" (``in``) or "what does X influence" (``out``)."""
    parse = with_referents(ctx, parse, in_model(ctx))  # "what drives the thing that X affects"
    try:
        entry = ctx.concept(parse.slots["x"], in_model(ctx))
    except Declined:
        low = _low(ctx, parse.slots["x"])
        if low is not None and in_model(ctx)(low.slug):
            result = answer_influence(
                ctx, replace(parse, slots={**parse.slots, "x": low.label}), direction
            )
            if result.answers:
                why = (
                    f"where {low.label} is poor or low, these suffer"
                    if direction == "out"
                    else f"a shortfall in these is what it points to when {low.label} is low"
                )
                result.text += " " + sentence(f"The model records positive influences, so {why}")
            return result
        pair = two_concepts(ctx, parse.slots["x"])
        if pair is None:
            raise
        return _for_two(ctx, parse, direction, pair)
    if "model" in parse.slots and not in_model(ctx)(entry.slug):  # "before X in the model"
        raise Declined(f"{entry.label!r} is not in the causal model.")
    if "lowers" in parse.slots and not flip_side(ctx, parse.slots["x"], entry):
        raise Declined(f"The model records no influence that lowers {entry.label}.")
    if parse.indirect:
        return _transitive(ctx, entry.slug, direction)
    template = templates.DIRECT_CAUSES if direction == "in" else templates.DIRECT_EFFECTS
    rows = ctx.run(template.format(x=concept_iri(entry.slug), label=entry.label))
    found: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        other = concept_slug(row["cause" if direction == "in" else "effect"].value)
        claims = found.setdefault(other, [])
        if "claim" in row:
            claims.append({"claim": row["claim"].value, "source": row["source"].value})
    answers = [ctx.summary(o, claims=c) for o, c in sorted(found.items())]
    evidence = [
        item
        for o, c in sorted(found.items())
        for item in claim_evidence(ctx.index, _edge(entry.slug, o, direction), c)
    ]
    text = _direct_text(entry.label, direction, [a["label"] for a in answers])
    if "count" in parse.slots and answers:  # "how many things affect X"
        text = f"{len(answers)} concept{'s' if len(answers) != 1 else ''}. {text}"
    if parse.ranked and len(answers) > 1:
        text += " " + UNRANKED
    return Result(
        understood(
            "influenced_by" if direction == "in" else "influences",
            _paraphrase(entry.label, direction, indirect=False),
            [entry],
            direction=direction,
            indirect=False,
        ),
        answers,
        text,
        evidence,
    )


def _for_two(ctx: Context, parse: Parse, direction: str, pair: tuple[Any, Any]) -> Result:
    """Answer an influence question about two concepts: what they share, or each one's list."""
    results = [answer_influence(ctx, replace(parse, slots={"x": e.label}), direction) for e in pair]
    found = [{a["id"]: a for a in r.answers} for r in results]
    shared = [found[0][slug] for slug in found[0] if slug in found[1]]
    both = bool(_BOTH.search(parse.text))
    answers = shared if both else list({**found[0], **found[1]}.values())
    verb = "influence" if direction == "out" else "are influenced by"
    names = f"{pair[0].label} and {pair[1].label}"
    common = join([a["label"] for a in shared])
    text = (
        " ".join(r.text for r in results)
        + " "
        + sentence(
            f"Both {verb} {common}" if common else f"{names} share no direct {_side(direction)}"
        )
    )
    first = results[0].understood
    reading = understood(
        first["intent"],
        f"What do {names} both {'influence' if direction == 'out' else 'depend on'}?"
        if both
        else f"{first['paraphrase'][:-1]}, and {pair[1].label}?",
        list(pair),
        direction=direction,
        indirect=parse.indirect,
        combine="both" if both else "each",
    )
    evidence = [item for r in results for item in r.evidence]
    return Result(reading, answers, text, evidence)


def _side(direction: str) -> str:
    return "effect" if direction == "out" else "cause"


def _edge(slug: str, other: str, direction: str) -> tuple[str, str]:
    return (other, slug) if direction == "in" else (slug, other)


def _paraphrase(name: str, direction: str, *, indirect: bool) -> str:
    how = "directly or indirectly" if indirect else "directly"
    if direction == "in":
        return f"What {how} influences {name}?"
    return f"What does {name} {how} influence?"


def _direct_text(name: str, direction: str, labels: list[str]) -> str:
    if not labels:
        if direction == "in":
            return f"In {MODEL}, nothing directly influences {name}."
        return f"In {MODEL}, {name} does not directly influence any other concept."
    verb = "is directly influenced by" if direction == "in" else "directly influences"
    return sentence(f"In {MODEL}, {name} {verb} {join(labels)}")


def _transitive(ctx: Context, slug: str, direction: str) -> Result:
    model = causal_model(ctx.store, trace=ctx.trace)
    reach = sorted(model.reachable(slug, direction).items(), key=lambda kv: (len(kv[1]), kv[0]))
    answers = [ctx.summary(other, path=path, direct=len(path) == 2) for other, path in reach]
    evidence = _path_evidence(ctx, model, [path for _, path in reach])
    name = label(ctx.index, slug)
    direct = [a["label"] for a in answers if a["direct"]]
    indirect = [
        f"{a['label']} ({path_text(ctx.index, a['path'])})" for a in answers if not a["direct"]
    ]
    verb = ("influences", "is influenced by")[direction == "in"]
    if not answers:
        text = sentence(f"In {MODEL}, {name} {verb} no other concept, directly or indirectly")
    else:
        text = sentence(f"In {MODEL}, {name} {verb} {join(direct) or 'nothing'} directly")
        if indirect:
            text += " " + sentence(f"Indirectly, it {verb} {join(indirect)}")
    return Result(
        understood(
            "influenced_by" if direction == "in" else "influences",
            _paraphrase(name, direction, indirect=True),
            [ctx.index.entries[slug]],
            direction=direction,
            indirect=True,
        ),
        answers,
        text,
        evidence,
    )


def _path_evidence(
    ctx: Context, model: CausalModel, paths: list[list[str]]
) -> list[dict[str, Any]]:
    edges = list(dict.fromkeys((a, b) for path in paths for a, b in itertools.pairwise(path)))
    return [
        item
        for edge in edges
        for item in claim_evidence(ctx.index, edge, model.claims.get(edge, []))
    ]


def answer_path(ctx: Context, parse: Parse) -> Result:
    """Answer "how does A affect B" with every shortest causal path from A to B."""
    parse = with_referents(ctx, parse, in_model(ctx))
    try:
        first, second = ctx.pair(parse.slots, in_model(ctx))
    except Declined:
        if "a" not in parse.slots:
            raise
        return _paths_for_two(ctx, parse)
    return _path(ctx, parse, first, second)


def _paths_for_two(ctx: Context, parse: Parse) -> Result:
    """Answer "how do A and B affect C" (or "how does A affect B and C"): each path in turn."""
    for side in ("a", "b"):
        pair = two_concepts(ctx, parse.slots[side])
        if pair is None:
            continue
        try:
            other = ctx.concept(parse.slots["b" if side == "a" else "a"], in_model(ctx))
        except Declined:
            continue
        ends = [(e, other) if side == "a" else (other, e) for e in pair]
        results = [_path(ctx, parse, a, b) for a, b in ends]
        answers = list({a["id"]: a for r in results for a in r.answers}.values())
        reading = understood(
            "path",
            " ".join(r.understood["paraphrase"] for r in results),
            [*pair, other],
        )
        text = " ".join(r.text for r in results)
        return Result(reading, answers, text, [i for r in results for i in r.evidence])
    first, second = ctx.pair(parse.slots, in_model(ctx))  # neither side joins two concepts: say why
    return _path(ctx, parse, first, second)


def _path(ctx: Context, parse: Parse, first: Any, second: Any) -> Result:
    model = causal_model(ctx.store, trace=ctx.trace)
    paths = model.shortest_paths(first.slug, second.slug)
    reading = understood(
        "path", f"How does {first.label} influence {second.label}?", [first, second]
    )
    if parse.negated == "opposite" and flip_side(ctx, parse.slots.get("b", ""), second):
        parse = replace(parse, negated="")  # "does X reduce staff turnover": X raises retention
    opposite = parse.negated == "opposite"  # "does X lower Y": the model's links all raise
    yes_no = _YES_NO.match(parse.text) is not None and (not parse.negated or opposite)
    if (
        not opposite
        and not paths
        and is_link_question(parse.text)
        and not model.shortest_paths(second.slug, first.slug)
    ):
        chain = link_chain(ctx.run(LINKS_QUERY), first.slug, second.slug)
        kinds = [] if chain else _shared_kinds(ctx, first.slug, second.slug)
        if chain or kinds:
            return _linked_otherwise(ctx, first, second, chain, kinds, yes_no)
    if not paths:
        return Result(
            reading,
            [],
            ("No. " if yes_no else "") + _no_path_text(ctx, model, first.slug, second.slug),
            _path_evidence(ctx, model, model.shortest_paths(second.slug, first.slug)),
        )
    through: dict[str, list[list[str]]] = {}
    for path in paths:
        for slug in path[1:-1] or path[1:]:
            through.setdefault(slug, []).append(path)
    answers = [ctx.summary(slug, paths=found) for slug, found in through.items()]
    ways = [path_text(ctx.index, p) for p in paths]
    if len(paths[0]) == 2:
        text = f"In {MODEL}, {first.label} directly influences {second.label}."
    else:
        middle = join([a["label"] for a in answers])
        text = (
            f"In {MODEL}, {first.label} influences {second.label} indirectly, through "
            f"{middle}: {'; '.join(ways)}."
        )
    # "is Y unaffected by X": the link the question doubts is there
    text = ("No. " if parse.negated in DOUBTED else "Yes. " if yes_no else "") + text
    if opposite:
        text += (
            f" {first.label.capitalize()} raises {second.label}; the model records no link "
            "that lowers it."
        )
    return Result(reading, answers, text, _path_evidence(ctx, model, paths))


def flip_side(ctx: Context, phrase: str, entry: Any) -> bool:
    """Whether ``phrase`` names ``entry`` by a label for its other side ("staff turnover" for
    staff retention), so that lowering the one is raising the other."""
    found = resolve(ctx.index, phrase)
    return found.slug == entry.slug and head(found.matched) != head(entry.label)


def _shared_kinds(ctx: Context, first: str, second: str) -> list[str]:
    rows = ctx.run(SHARED_KIND_QUERY % (concept_iri(first), concept_iri(second)))
    return [row["name"].value for row in rows]


def _linked_otherwise(
    ctx: Context, first: Any, second: Any, chain: list[Step], kinds: list[str], yes_no: bool
) -> Result:
    """Neither concept influences the other, yet the graph ties them through its other
    relations, or both are of one kind: say so rather than a bare "no"."""
    reading = understood(
        "path", f"How are {first.label} and {second.label} linked?", [first, second]
    )
    steps = [f"{label(ctx.index, a)} → {label(ctx.index, b)} ({name})" for a, name, b in chain]
    if not chain:
        steps = [f"both are of the kind {join(kinds)}"]
    middle = [s for s in dict.fromkeys(x for a, _, b in chain for x in (a, b))
              if s not in (first.slug, second.slug)]  # fmt: skip
    text = (
        ("Yes, though not as cause and effect. " if yes_no else "")
        + f"In {MODEL}, neither {first.label} nor {second.label} influences the other, "
        + f"but the graph links them otherwise: {'; '.join(steps)}."
    )
    return Result(reading, [ctx.summary(slug) for slug in middle], text)


def _no_path_text(ctx: Context, model: CausalModel, first: str, second: str) -> str:
    name_a, name_b = label(ctx.index, first), label(ctx.index, second)
    text = f"In {MODEL}, {name_a} does not influence {name_b}, directly or indirectly."
    back = model.shortest_paths(second, first)
    if back:
        text += f" The influence runs the other way: {path_text(ctx.index, back[0])}."
    return text
