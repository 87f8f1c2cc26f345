"""Questions on the internal customer groups: a group's trait (how often its people meet
customers, how much they take part in marketing), which groups share one, and which group a
role belongs to."""

from __future__ import annotations

import re
from typing import Any

from imkg.namespaces import IMKG, concept_iri, concept_slug
from imkg.qa import templates
from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.render import join, sentence

_GROUP_WORDS = re.compile(
    r"\b(?:groups?|employees?|staff|people|personnel|workers?|segments?|"
    r"internal customers?|roles?|type of employees?|types of employees?)\b"
    r"|^who\b"
)

# The same words without a bare "who": a question that names people or groups
_GROUP_NOUNS = re.compile(_GROUP_WORDS.pattern.removesuffix(r"|^who\b"))

_CLAUSES = re.compile(r"\b(?:but|and|yet|while|whereas|though|although)\b|,")

_NEGATION = re.compile(
    r"\b(?:not|no|never|without|little|rarely|seldom|hardly|non|lack|"
    r"cannot)\b|n't\b"
)

_IN_PERSON = re.compile(r"face to face|face-to-face|in person|in-person|personally|physical")

_MARKETING = re.compile(
    r"involved in (?:the )?(?:\w+ )?marketing|marketing (?:activit|action|"
    r"strateg|effort|work)|(?:take|takes|taking) part in marketing|"
    r"(?:do|does|doing) (?:no |any |some |little )?marketing|part of (?:the )?marketing|"
    r"involved in marketing|(?:help|helps|helping|assist|assists|support|supports) (?:with |in |"
    r"out with )?(?:the )?marketing"
    r"|(?:are|is|be|work|works|working)(?: not)? in (?:the )?marketing\b"
    r"|\b(?:part|role|hand|say|share) in (?:the )?(?:\w+ )?marketing\b"
)

_FREQUENT = re.compile(
    r"\b(?:frequent|frequently|regular|regularly|often|numerous|a lot|"
    r"lots of|daily|everyday|constant|much)\b"
)

_CONTACT = re.compile(
    r"\b(?:contact|deal with|deals with|interact|meets?|customer facing|"
    r"client facing|front ?line|in touch|(?:works?|talks?|speaks?) (?:to|with) "
    r"(?:customers|clients)|(?:serves?|sees?|faces?) (?:customers|clients))\b"
)

TRAITS = {
    "frequent": "imkg:hasFrequentCustomerContact",
    "in_person": "imkg:hasInPersonCustomerContact",
    "marketing": "imkg:involvedInMarketing",
}

WORDING = {
    ("frequent", True): "have frequent customer contact",
    ("frequent", False): "have little or no customer contact",
    ("in_person", True): "meet customers in person",
    ("in_person", False): "do not usually meet customers in person",
    ("marketing", True): "are involved in marketing",
    ("marketing", False): "are not involved in marketing",
}


def traits(text: str) -> dict[str, bool]:
    """Read group traits and their polarity from a question.

    >>> traits("which group has frequent contact but not face to face")
    {'frequent': True, 'in_person': False}
    """
    found: dict[str, bool] = {}
    for clause in _CLAUSES.split(text):
        positive = not _NEGATION.search(clause)
        if _MARKETING.search(clause):
            found["marketing"] = positive
        if _IN_PERSON.search(clause):
            found["in_person"] = positive
        elif _FREQUENT.search(clause) or _CONTACT.search(clause):
            found.setdefault("frequent", positive)
    return found


def _named_groups(ctx: Context, text: str) -> list[str]:
    """The internal customer groups ``text`` names ("the isolateds group"), by their names as
    typed, singular or plural (a stem would take "contact" for the contactors)."""
    typed = set(re.findall(r"[a-z]+", text))
    return [
        entry.label
        for entry in ctx.index.entries.values()
        if "InternalCustomerGroup" in entry.types
        and (entry.label in typed or entry.label.removesuffix("s") in typed)
    ]


def answer_group_trait(ctx: Context, parse: Parse) -> Result:
    """Answer "which group has frequent but not in-person customer contact"."""
    wanted = traits(parse.slots["traits"])
    if not wanted or not _GROUP_WORDS.search(parse.text):
        # "who coined the term internal marketing": no group and no trait named, so the
        # decline must not say a group's trait was asked about
        unsupported = not wanted and not _GROUP_NOUNS.search(parse.text)
        raise Declined("I could not tell which trait of a group is asked about.", quiet=unsupported)
    named = _named_groups(ctx, parse.text)
    if len(named) == 1 and " or " not in parse.text:  # "the isolateds group and do they ..."
        raise Declined(f"The question is about {named[0]}, not about which group has a trait.")
    wording = join([WORDING[item] for item in wanted.items()])
    constraints = "\n".join(
        f"  ?c {TRAITS[name]} {str(value).lower()} ." for name, value in wanted.items()
    )
    rows = ctx.run(templates.GROUP_TRAIT.format(wording=wording, constraints=constraints))
    answers = [
        ctx.summary(
            concept_slug(r["c"].value),
            customer_contact=r["contact"].value if "contact" in r else None,
        )
        for r in rows
    ]
    names = join(
        [
            f"{a['label']} ({a['customer_contact']})" if a["customer_contact"] else a["label"]
            for a in answers
        ]
    )
    result = (
        sentence(f"The internal customer groups that {wording}: {names}")
        if answers
        else sentence(f"No internal customer group in the graph is recorded to {wording}")
    )
    reading = understood(
        "group_trait", f"Which internal customer groups {wording}?", [], traits=wanted
    )
    return Result(
        reading,
        answers,
        result,
        [
            {"kind": "trait", "id": a["id"], "customer_contact": a["customer_contact"]}
            for a in answers
        ],
    )


def answer_group_check(ctx: Context, parse: Parse) -> Result:
    """Answer "are isolateds in contact with customers": yes or no, from the group's traits."""
    entry = ctx.concept(parse.slots["x"])
    if "InternalCustomerGroup" not in entry.types:
        raise Declined(f"{entry.label!r} is not an internal customer group.")
    wanted = traits(parse.slots["traits"])
    if not wanted:
        raise Declined("I could not tell which trait of a group is asked about.")
    rows = ctx.run(templates.GROUP_TRAITS_OF.format(x=concept_iri(entry.slug), label=entry.label))
    have = {r["p"].value.rsplit("#", 1)[-1]: r["value"].value == "true" for r in rows}
    actual = {name: have.get(TRAITS[name].split(":", 1)[1]) for name in wanted}
    if None in actual.values():
        raise Declined(f"The graph does not record that trait of {entry.label}.")
    agrees = actual == wanted
    contact = next((r["contact"].value for r in rows if "contact" in r), None)
    text = sentence(
        f"{'Yes' if agrees else 'No'}: the {entry.label} "
        f"{join([WORDING[item] for item in actual.items()])}"
    )
    if contact:
        text += " " + sentence(f"Customer contact: {contact}")
    reading = understood(
        "group_check",
        f"Do the {entry.label} {join([WORDING[item] for item in wanted.items()])}?",
        [entry],
        traits=wanted,
    )
    answer = ctx.summary(entry.slug, answer=agrees, traits=actual, customer_contact=contact)
    return Result(reading, [answer], text, [{"kind": "trait", "id": entry.slug, **actual}])


def concept_types(ctx: Context, slug: str) -> set[str]:
    entry = ctx.index.entries.get(slug)
    return set(entry.types) if entry else set()


def answer_group_of(ctx: Context, parse: Parse) -> Result:
    """Answer "which group do IT staff belong to": the group, stage or cycle a member is in.

    Only a member of something answers: a concept that is an example role of no group, a
    practice of no stage or a stage of no cycle declines rather than guess a group.
    """
    entry = ctx.concept(parse.slots["x"])
    rows = ctx.run(templates.OWNERS.format(x=concept_iri(entry.slug), label=entry.label))
    owners = sorted({s for r in rows if (s := concept_slug(r["c"].value))})
    if not owners:
        raise Declined(f"The graph does not place {entry.label!r} in a group, stage or cycle.")
    answers = [ctx.summary(s) for s in owners]
    links = {r["link"].value for r in rows}
    what = "internal customer group" if links == {"group"} else join(sorted(links), "or")
    text = sentence(f"{entry.label} belongs to the {what} {join([a['label'] for a in answers])}")
    reading = understood("group_of", f"Which group or stage is {entry.label} part of?", [entry])
    evidence = [{"kind": "member", "id": entry.slug, "of": s} for s in owners]
    return Result(reading, answers, text, evidence)


def trait_text(first: Any, second: Any, facts: dict[str, dict[str, set[str]]]) -> list[str]:
    found = []
    for name in (
        "hasFrequentCustomerContact",
        "hasInPersonCustomerContact",
        "involvedInMarketing",
        "customerContact",
        "position",
    ):
        a, b = facts[first.slug].get(IMKG + name), facts[second.slug].get(IMKG + name)
        if a and b and a != b:
            words = re.sub(r"(?<!^)([A-Z])", r" \1", name).lower()
            found.append(
                f"{words}: {first.label} {join(sorted(a))}, {second.label} {join(sorted(b))}"
            )
    return [sentence("They differ in " + "; ".join(found))] if found else []
