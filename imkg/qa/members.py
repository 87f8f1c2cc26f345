"""Questions on kinds and their members: what the barriers (the components, the internal
customer groups) are, whether a concept is one of a kind, and a kind narrowed to a scope
("the barriers between departments", "the parts of the cycle")."""

from __future__ import annotations

import re
from typing import Any

from imkg.kinds import Kind
from imkg.namespaces import IMKG, concept_iri, concept_slug
from imkg.qa import templates
from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.render import join, sentence
from imkg.qa.slots import clean, head, resolve
from imkg.text import content_words, stem

# Scopes that do not narrow a list: "the barriers to internal marketing" are all barriers.
ROOTS = frozenset(("internal-marketing", "model-of-internal-marketing"))

_SPLIT = re.compile(
    r"^(?P<head>.+?) (?:of|in|for|to|within|from|behind|against|with|facing) (?P<rest>.+)$"
)

# "all concepts", "every concept in the graph": the whole graph, not one kind of it
_ALL_CONCEPTS = re.compile(
    r"^(?:(?:all|every|each|the|of|your|its) )*(?:concepts?|terms?|topics?|nodes?|entities)"
    r"(?: (?:in|of|from|covered by|that|you know|it holds)(?: (?:the|this|your|our|it))?"
    r"(?: (?:knowledge )?(?:graph|kg|imkg|model|ontology|course|corpus|database|system|"
    r"covers|has|holds|knows|contains|exist|are there))*)?$"
)

# Doing the thing a scope names: "barriers to implementing internal marketing" are the
# barriers to internal marketing.
_DOING = re.compile(
    r"^(?:the )?(?:successful(?:ly)? )?(?:implement(?:ing|ation of)|introduc(?:ing|tion of)|"
    r"adopt(?:ing|ion of)|apply(?:ing)?|application of|using|(?:the )?use of|practi[sc]ing|"
    r"doing|running|launching|rolling out|roll(?:ing)? out of)\s+"
)

# A scope negated ("what is not part of internal marketing") asks for the complement of a
# list, which the graph does not hold.
_NEGATED = re.compile(r"(?:^|\s)(?:not|no|non|never|without|except|other than)(?=\s|$)")

# Words a scope is named by that no label has: "Ballantyne's model" is his cycle.
_SCOPE_FILLER = frozenset(("model", "framework", "theory", "approach", "concept"))

# Words for the parts of a whole, any of which a kind of part may be named by.
PARTS = ("component", "element", "part", "building block")

_PARTS_OF = re.compile(
    r"^(?:the )?(?:components?|elements?|parts?|building blocks?) (?:of|in) (?P<rest>.+)$"
    r"|^(?P<rest2>.+?) (?:components?|elements?|parts?|building blocks?)$"
)

_TYPES_LAST = re.compile(r"^(?:the )?(?P<rest>.+?) (?:types|kinds|sorts|categories)$")


def kind_label(ctx: Context, iri: str) -> str:
    kind = ctx.kinds.kinds.get(iri[len(IMKG) :]) if iri.startswith(IMKG) else None
    return kind.label if kind else iri.rsplit("#", 1)[-1]


def answer_members(ctx: Context, parse: Parse) -> Result:
    """Answer "what are the barriers", "list the stages", "how many benefits"."""
    phrase = parse.slots["k"]
    if parse.slots.get("scope"):
        phrase = f"{phrase} of {parse.slots['scope']}"
    if _ALL_CONCEPTS.match(phrase.strip()):
        return _all_concepts(ctx, count="count" in parse.slots)
    if parse.slots.get("parties"):
        return _between(ctx, phrase, parse.slots["parties"])
    kind, scope = kind_and_scope(ctx, phrase)
    result = kind_members(ctx, kind, scope, count="count" in parse.slots)
    if parse.ranked and len(result.answers) > 1:  # "the top 3 barriers"
        result.text += " The graph does not rank them by importance, so these are all of them."
    return result


# Words a kind's name runs to at most, with its words for a sort ("types of internal customer
# groups" has five): only the phrase's last words are tried as a kind.
MAX_KIND_WORDS = 8


def kind_and_scope(ctx: Context, phrase: str) -> tuple[Kind, Any]:
    """Read a kind and the concept it is narrowed to: "barriers to X", "ballantyne stages".

    Raises:
        Declined: the phrase names no kind, or a scope that cannot be resolved.
    """
    kind = ctx.kinds.find(phrase) or _reworded(ctx, phrase)
    if kind is not None:
        return kind, None
    split = _SPLIT.match(phrase)
    if split and (kind := ctx.kinds.find(split["head"])):
        rest = split["rest"]
    else:  # keyword style, the kind last: "internal marketing benefits", "ballantyne stages"
        typed = clean(phrase).split()
        found = next(
            (
                (k, " ".join(typed[:i]))
                for i in range(max(1, len(typed) - MAX_KIND_WORDS), len(typed))
                if (k := ctx.kinds.find(" ".join(typed[i:])))
            ),
            None,
        )
        if found is None:
            raise Declined(f"{phrase!r} is not a kind of concept I know.")
        named = resolve(ctx.index, " ".join(typed), fuzzy=False)
        if named.ok:  # "show me the IM cycle" is the concept so named, not the cycles of IM
            raise Declined(f"{phrase!r} names the concept {named.matched!r}, not a kind.")
        kind, rest = found
    if _NEGATED.search(rest):
        raise Declined("The graph lists what belongs to a kind, not what does not.")
    if _names_whole_kind(ctx, kind, rest):
        return kind, None
    scope = _scope(ctx, kind, _DOING.sub("", rest))
    if kind.local_name in scope.types:
        raise Declined(f"{scope.label!r} is itself {article(kind.label)}, so it narrows none.")
    return kind, None if scope.slug in ROOTS else scope


def _names_whole_kind(ctx: Context, kind: Kind, rest: str) -> bool:
    """Say whether ``rest`` rewords the qualifier in the kind's own name.

    "Features of an employee-oriented business" are the features of an internal-marketing-
    oriented business: the qualifier names no concept, so a phrase with its head word
    ("business") asks for the whole kind, not for one feature's features.
    """
    typed = head(clean(rest))
    for name in kind.names:
        split = _SPLIT.match(name)
        if split is None or not typed:
            continue
        qualifier = split["rest"]
        if stem(head(qualifier)) == stem(typed) and not resolve(ctx.index, qualifier).ok:
            return True
    return False


def _reworded(ctx: Context, phrase: str) -> Kind | None:
    """Find a kind named with another word for "part" or in keyword order.

    "Components of TQM" are the elements of TQM (not the components of internal marketing
    linked to TQM), and "internal customers types" are the types of internal customers.
    """
    found = _PARTS_OF.match(phrase)
    if found:
        for part in PARTS:
            kind = ctx.kinds.find(f"{part} of {found['rest'] or found['rest2']}")
            if kind is not None:
                return kind
    found = _TYPES_LAST.match(phrase)
    return ctx.kinds.find(f"types of {found['rest']}") if found else None


def _scope(ctx: Context, kind: Kind, phrase: str) -> Any:
    """Resolve the concept a kind is narrowed to, then among the concepts its members link to.

    "Ballantyne" alone names no concept, but of the concepts the stages link to, only one
    label has that word: Ballantyne's internal marketing cycle.
    """
    try:
        return ctx.concept(phrase)
    except Declined as declined:
        asked = {stem(w) for w in content_words(phrase) if w not in _SCOPE_FILLER}
        if not asked:
            raise
        linked = {concept_slug(r["s"].value) for r in ctx.run(templates.LINKED.format(k=kind.iri))}
        named = [
            slug
            for slug in sorted(linked - {None})
            if slug in ctx.index.entries
            and any(asked <= set(map(stem, lb.words)) for lb in ctx.index.entries[slug].labels)
        ]
        if len(named) != 1:
            raise declined from None
        return ctx.index.entries[named[0]]


def answer_is_a(ctx: Context, parse: Parse) -> Result:
    """Answer "is job satisfaction a component", "is X one of the barriers": yes or no."""
    entry = ctx.concept(parse.slots["x"])
    kind, scope = kind_and_scope(ctx, parse.slots["k"])
    members = kind_members(ctx, kind, scope, count=False)
    name = kind.label + (f" of {scope.label}" if scope else "")
    if any(a["id"] == entry.slug for a in members.answers):
        text = sentence(f"Yes: {entry.label} is {article(name)} in the graph")
    else:
        kinds = [article(kind_label(ctx, IMKG + t)) for t in sorted(entry.types)]
        text = sentence(f"No: the graph does not list {entry.label} as {article(name)}")
        if kinds:
            text += " " + sentence(f"It is {join(kinds)}")
    others = [a["label"] for a in members.answers if a["id"] != entry.slug]
    if others:
        text += " " + sentence(f"The {plural(name)} are {join(sorted(others))}")
    is_member = any(a["id"] == entry.slug for a in members.answers)
    answer = ctx.summary(entry.slug, answer=is_member, kind=kind.local_name)
    reading = understood(
        "is_a",
        f"Is {entry.label} {article(name)}?",
        [entry, *([scope] if scope else [])],
        kind=kind.local_name,
    )
    return Result(reading, [answer], text)


def kind_members(
    ctx: Context, kind: Kind, scope: Any, *, count: bool, explain: bool = False
) -> Result:
    where = templates.MEMBERS_SCOPE.format(s=concept_iri(scope.slug)) if scope else ""
    rows = ctx.run(templates.MEMBERS.format(k=kind.iri, kind=kind.label, scope=where))
    seen: dict[str, dict[str, Any]] = {}
    for row in rows:
        slug = concept_slug(row["c"].value)
        if slug and slug not in seen:
            position = int(row["position"].value) if "position" in row else None
            seen[slug] = ctx.summary(
                slug,
                position=position,
                definition=row["definition"].value if "definition" in row else None,
            )
    answers = list(seen.values())
    name = plural(kind.label)
    where_text = f" of {scope.label}" if scope else ""
    labels = [a["label"] for a in answers]
    if any(a["position"] for a in answers):
        labels = [
            f"{a['label']} ({a['position']})" if a["position"] else a["label"] for a in answers
        ]
    text = (
        sentence(f"The graph lists {len(answers)} {name}{where_text}: {join(labels)}")
        if answers
        else sentence(f"The graph lists no {name}{where_text}")
    )
    if explain and kind.comment:
        text = sentence(f"{kind.label}: {kind.comment}") + " " + text
    paraphrase = (
        f"How many {name}{where_text} are there?" if count else f"What are the {name}{where_text}?"
    )
    concepts = [scope] if scope else []
    reading = understood("members", paraphrase, concepts, kind=kind.local_name, count=count)
    evidence = [
        {"kind": "definition", "id": a["id"], "definition": a["definition"]}
        for a in answers
        if a["definition"]
    ]
    return Result(reading, answers, text, evidence)


def _between(ctx: Context, phrase: str, parties: str) -> Result:
    """Answer "which type of marketing takes place between X and Y" from imkg:between."""
    kind = ctx.kinds.find(phrase)
    sides = _PARTIES.split(clean(parties), maxsplit=1)
    if kind is None or len(sides) != 2:
        raise Declined(f"{phrase!r} between {parties!r} is not something I can look up.")
    first, second = (_party(ctx, side) for side in sides)
    if first.slug == second.slug:
        raise Declined("A type of marketing takes place between two different parties.")
    where = templates.MEMBERS_BETWEEN.format(a=concept_iri(first.slug), b=concept_iri(second.slug))
    rows = ctx.run(templates.MEMBERS.format(k=kind.iri, kind=kind.label, scope=where))
    answers = [ctx.summary(slug) for row in rows if (slug := concept_slug(row["c"].value))]
    between = f"between {first.label} and {second.label}"
    name = kind.label if len(answers) == 1 else plural(kind.label)
    labels = join([a["label"] for a in answers])
    text = (
        sentence(f"The graph lists {len(answers)} {name} {between}: {labels}")
        if answers
        else sentence(f"The graph lists no {plural(kind.label)} {between}")
    )
    reading = understood(
        "members",
        f"Which {plural(kind.label)} take place {between}?",
        [first, second],
        kind=kind.local_name,
        count=False,
    )
    return Result(reading, answers, text, [])


_PARTIES = re.compile(r"\s+(?:and|&)\s+")


def _party(ctx: Context, phrase: str) -> Any:
    """The party ``phrase`` names: among the parties, "customers" is the external customer."""
    found = resolve(ctx.index, phrase)
    slugs = [found.slug] if found.ok else found.candidates
    parties = [s for s in slugs if "Party" in ctx.index.entries[s].types]
    if len(parties) != 1:
        raise Declined(
            f"{clean(phrase)!r} is not one of the parties marketing takes place between."
        )
    return ctx.index.entries[parties[0]]


def _all_concepts(ctx: Context, *, count: bool) -> Result:
    """List every concept in the graph, and say how many there are of each kind."""
    seen: dict[str, dict[str, Any]] = {}
    for row in ctx.run(templates.ALL_CONCEPTS):
        slug = concept_slug(row["c"].value)
        if not slug:
            continue
        found = seen.setdefault(
            slug,
            ctx.summary(
                slug,
                kinds=[],
                definition=row["definition"].value if "definition" in row else None,
            ),
        )
        found["kinds"] = sorted({*found["kinds"], row["kind"].value})
    answers = list(seen.values())
    per_kind: dict[str, int] = {}
    for found in answers:
        for kind in found["kinds"]:
            per_kind[kind] = per_kind.get(kind, 0) + 1
    kinds = [f"{n} {plural(k) if n > 1 else k}" for k, n in sorted(per_kind.items())]
    text = sentence(f"The graph holds {len(answers)} concepts of {len(per_kind)} kinds")
    text += " " + sentence(f"By kind: {join(kinds)}")
    if not count:
        text += " " + sentence(f"They are: {join([a['label'] for a in answers])}")
    paraphrase = "How many concepts are there?" if count else "What are all the concepts?"
    reading = understood("members", paraphrase, [], kind="IMConcept", count=count)
    return Result(reading, answers, text)


def article(name: str) -> str:
    """Put "a" or "an" before a noun phrase.

    >>> article("element of total quality management"), article("barrier")
    ('an element of total quality management', 'a barrier')
    """
    return ("an " if name[:1].lower() in "aeiou" else "a ") + name


def plural(label: str) -> str:
    """Pluralise a class label at its head word.

    >>> plural("barrier to internal marketing"), plural("cycle stage"), plural("company")
    ('barriers to internal marketing', 'cycle stages', 'companies')
    """
    words = label.split()
    at = next(
        (i - 1 for i, w in enumerate(words) if i and w in ("of", "to", "on", "for")), len(words) - 1
    )
    word = words[at]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        word = word[:-1] + "ies"
    elif not word.endswith("s"):
        word += "es" if word.endswith(("x", "ch", "sh")) else "s"
    words[at] = word
    return " ".join(words)
