"""Answer questions about traits, examples, where concepts are discussed, and comparisons."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from imkg.concepts import document_id
from imkg.namespaces import IMKG, concept_iri, concept_slug
from imkg.qa import templates
from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.render import join, label, sentence
from imkg.qa.slots import clean, resolve
from imkg.text import content_words, stem

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
        raise Declined("I could not tell which trait of a group is asked about.")
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
        found = {s: v for s, v in found.items() if "Company" in _types(ctx, s)}
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


def _types(ctx: Context, slug: str) -> set[str]:
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
    """Answer "where is X discussed" with the documents and passages that mention X."""
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
    kind = document_kind(parse.slots.get("dk", ""))
    if kind:
        allowed = {d["id"] for d in _documents(ctx, kind)}
    rows = ctx.run(templates.mentions(concept_iri(entry.slug), entry.label))
    documents: dict[str, dict[str, Any]] = {}
    evidence = []
    for row in rows:
        doc = document_id(row["doc"].value)
        if kind and doc not in allowed:
            continue
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
    what, whats = document_names(kind)
    if answers:
        listed = join([f"{a['label']} ({a['mentions']})" for a in answers[:8]])
        more = f" and {len(answers) - 8} more" if len(answers) > 8 else ""
        text = sentence(
            f"{entry.label} is discussed in {len(answers)} "
            f"{whats if len(answers) != 1 else what}: {listed}{more}"
        )
        if parse.ranked:
            text += " " + sentence(f"Most mentions: {answers[0]['label']}")
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


def answer_compare(ctx: Context, parse: Parse) -> Result:
    """Answer "compare X and Y": definitions, shared kinds, differing traits, links."""
    first, second = ctx.pair(parse.slots)
    if first.slug == second.slug:  # "is job satisfaction another word for staff satisfaction"
        return _same_concept(ctx, parse, first)
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


def _same_concept(ctx: Context, parse: Parse, entry: Any) -> Result:
    """Two names the graph files under one concept: say so rather than compare it to itself."""
    typed = [clean(parse.slots[k]) for k in ("a", "b") if k in parse.slots] or [entry.label]
    rows = ctx.run(templates.DEFINITION.format(x=concept_iri(entry.slug), label=entry.label))
    definition = next((r["definition"].value for r in rows if "definition" in r), "")
    names = join([repr(t) for t in dict.fromkeys(typed)])
    text = sentence(f"The graph files {names} under one concept, {entry.label}")
    if definition:
        text += " " + sentence(f"{entry.label}: {definition}")
    reading = understood("compare", f"Are {names} the same concept?", [entry], same=True)
    return Result(reading, [ctx.summary(entry.slug, definition=definition)], text)


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
