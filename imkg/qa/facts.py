"""Answer questions about traits, examples, where concepts are discussed, and comparisons."""

from __future__ import annotations

import re
from typing import Any

from imkg.concepts import document_id
from imkg.namespaces import IMKG, concept_iri, concept_slug
from imkg.qa import templates
from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.render import join, label, sentence

_GROUP_WORDS = re.compile(
    r"\b(?:groups?|employees?|staff|people|personnel|workers?|segments?|"
    r"internal customers?|roles?|type of employees?|types of employees?)\b"
    r"|^who\b"
)
_CLAUSES = re.compile(r"\b(?:but|and|yet|while|whereas|though|although)\b|,")
_NEGATION = re.compile(
    r"\b(?:not|no|never|without|little|rarely|seldom|hardly|non|lack|"
    r"cannot)\b|n't\b"
)
_IN_PERSON = re.compile(r"face to face|face-to-face|in person|in-person|personally|physical")
_MARKETING = re.compile(
    r"involved in (?:the )?(?:\w+ )?marketing|marketing (?:activit|action|"
    r"strateg|effort|work)|(?:take|takes|taking) part in marketing|"
    r"(?:do|does) marketing|part of (?:the )?marketing|involved in marketing"
    r"|(?:are|is|be|work|works|working)(?: not)? in (?:the )?marketing\b"
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


def answer_group_trait(ctx: Context, parse: Parse) -> Result:
    """Answer "which group has frequent but not in-person customer contact"."""
    wanted = traits(parse.slots["traits"])
    if not wanted or not _GROUP_WORDS.search(parse.text):
        raise Declined("I could not tell which trait of a group is asked about.")
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
    answers = [ctx.summary(s, via=sorted(v - {entry.label, ""})) for s, v in sorted(found.items())]
    text = _example_text(ctx, entry, answers)
    reading = understood("example", f"What are examples of {entry.label}?", [entry])
    return Result(
        reading,
        answers,
        text,
        [{"kind": "example", "of": entry.slug, "id": a["id"], "via": a["via"]} for a in answers],
    )


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


def answer_mentions(ctx: Context, parse: Parse) -> Result:
    """Answer "where is X discussed" with the documents and passages that mention X."""
    entry = ctx.concept(parse.slots["x"])
    rows = ctx.run(templates.mentions(concept_iri(entry.slug), entry.label))
    documents: dict[str, dict[str, Any]] = {}
    evidence = []
    for row in rows:
        doc = document_id(row["doc"].value)
        title = row["title"].value if "title" in row else doc
        item = documents.setdefault(doc, {"id": doc, "label": title, "mentions": 0})
        item["mentions"] += 1
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
    if answers:
        listed = join([f"{a['label']} ({a['mentions']})" for a in answers[:8]])
        more = f" and {len(answers) - 8} more" if len(answers) > 8 else ""
        text = sentence(
            f"{entry.label} is discussed in {len(answers)} document"
            f"{'s' * (len(answers) != 1)}: {listed}{more}"
        )
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


def answer_compare(ctx: Context, parse: Parse) -> Result:
    """Answer "compare X and Y": definitions, shared kinds, differing traits, links."""
    first, second = ctx.pair(parse.slots)
    rows = ctx.run(
        templates.COMPARE.format(
            a=concept_iri(first.slug),
            b=concept_iri(second.slug),
            label_a=first.label,
            label_b=second.label,
        )
    )
    facts: dict[str, dict[str, set[str]]] = {first.slug: {}, second.slug: {}}
    for row in rows:
        facts[concept_slug(row["c"].value)].setdefault(row["p"].value, set()).add(
            row["value"].value
        )
    parts = [sentence(f"{e.label}: {_one(facts[e.slug], 'definition')}") for e in (first, second)]
    parts += _kinds_text(ctx, first, second)
    parts += _trait_text(first, second, facts)
    parts += _link_text(ctx, first, second, facts)
    answers = [
        ctx.summary(e.slug, definition=_one(facts[e.slug], "definition")) for e in (first, second)
    ]
    reading = understood(
        "compare", f"How do {first.label} and {second.label} compare?", [first, second]
    )
    return Result(
        reading,
        answers,
        " ".join(p for p in parts if p),
        [{"kind": "definition", "id": a["id"], "definition": a["definition"]} for a in answers],
    )


def _one(facts: dict[str, set[str]], name: str) -> str:
    for prop, values in facts.items():
        if prop.endswith(("#" + name, "/" + name)):
            return sorted(values)[0]
    return ""


def _kinds_text(ctx: Context, first: Any, second: Any) -> list[str]:
    shared = sorted(set(first.types) & set(second.types))
    names = [ctx.kinds.kinds[k].label if k in ctx.kinds.kinds else k for k in shared]
    if names:
        return [sentence(f"Both are a {join(names)}")]
    return [
        sentence(
            f"They are of different kinds ({label(ctx.index, first.slug)}: "
            f"{join(first.types)}; {second.label}: {join(second.types)})"
        )
    ]


def _trait_text(first: Any, second: Any, facts: dict[str, dict[str, set[str]]]) -> list[str]:
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


def _link_text(
    ctx: Context, first: Any, second: Any, facts: dict[str, dict[str, set[str]]]
) -> list[str]:
    out_a = {concept_slug(v) for v in facts[first.slug].get(IMKG + "directlyInfluences", ())}
    out_b = {concept_slug(v) for v in facts[second.slug].get(IMKG + "directlyInfluences", ())}
    found = []
    if second.slug in out_a:
        found.append(sentence(f"{first.label} directly influences {second.label}"))
    if first.slug in out_b:
        found.append(sentence(f"{second.label} directly influences {first.label}"))
    common = sorted(out_a & out_b - {first.slug, second.slug})
    if common:
        found.append(
            sentence("Both directly influence " + join([label(ctx.index, s) for s in common]))
        )
    return found
