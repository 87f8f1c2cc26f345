"""Examples by setting or sector: "an example of IM in a hotel", "internal marketing in
healthcare", "any airline examples", "how can a bank use internal marketing".

The case studies are set in organisations their titles and summaries name (a hospital, a
hotel, a bank, an airline, a university, a call centre, a bakery chain). A sector word is
read as the settings it covers ("healthcare" is a hospital or a medical center), a setting no
case has ("construction", "a supermarket") declines rather than fall back to the graph's
illustrative examples, and a phrase that names no setting at all is quiet, so that "the role
of empowerment in IM" keeps its other readings.
"""

from __future__ import annotations

import re
from typing import Any

from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.intents import Parse
from imkg.qa.mention_counts import documents, own_counts
from imkg.qa.render import join, sentence

# A sector word and what the case's title or summary says for it
_SECTORS = (
    (r"hospitals?|health ?care|health|medical|clinics?|nhs|nursing|patient care", "hospital|medic"),
    (r"hotels?|hospitality|tourism|resorts?", "hotel"),
    (r"banks?|banking|finance|financial services|retail banking", "bank"),
    (r"airlines?|aviation|air travel|airports?|flying|an? airline", "airline"),
    (r"universit(?:y|ies)|colleges?|higher education|campus", "universit|college"),
    (
        r"call cent(?:re|er)s?|contact cent(?:re|er)s?|energy(?: suppliers?| companies)?|utilit"
        r"(?:y|ies)",
        "call cent|contact cent|energy",
    ),
    (r"bakery|bakeries|baking|food retail", "baker"),
)
_SECTOR_SEARCH = tuple(
    (
        re.compile(rf"^(?:{words})(?: (?:sector|industry|business|setting|firms?|companies))?$"),
        re.compile(rf"\b(?:{found})"),
    )
    for words, found in _SECTORS
)
# Settings no case is set in: a question about them is still about a setting
_OTHER_SETTING = re.compile(
    r"^(?:[a-z]+ )?(?:construction|manufacturing|factor(?:y|ies)|retail|supermarkets?|shops?|"
    r"restaurants?|insurance|software|tech|technology|government|public sector|charit(?:y|ies)|"
    r"non-?profits?|telecoms?|logistics|pharma(?:ceuticals?)?|schools?|military|police|law firms?|"
    r"consulting|consultanc(?:y|ies)|start-?ups?|agriculture|farming|mining|oil|automotive|car "
    r"makers?|fashion|sports?|gyms?|cafes?|coffee shops?)$"
    r"|^[a-z]+(?: [a-z]+)? (?:sector|industry|trade)$"
)


_SETTING_NOUN = re.compile(r" (?:sector|industry|business|setting)$")


def _setting(place: str) -> re.Pattern[str] | None:
    """What a case's title or summary must say for ``place``; None when no case is set there.

    Raises:
        Declined: ``place`` names no setting at all (quiet: the question is something else).
    """
    place = place.strip()
    for asked, found in _SECTOR_SEARCH:
        if asked.match(place):
            return found
    if _OTHER_SETTING.match(place):
        return None
    raise Declined(f"{place!r} names no setting.", quiet=True)


def answer_sector_example(ctx: Context, parse: Parse) -> Result:
    """Answer "an example of X in a hotel" with the case studies set there (that mention X).

    Raises:
        Declined: no case is set there, or none set there mentions X.
    """
    place = parse.slots["place"]
    found = _setting(place)
    setting = _SETTING_NOUN.sub("", place.strip())
    try:
        entry = ctx.concept(parse.slots["x"])
    except Declined as unknown:  # "which case is set in a supermarket": no concept before it
        unknown.quiet = True
        raise
    if found is None:
        raise Declined(f"No case study in the corpus is set in the {setting} setting.", final=True)
    cases = [
        d
        for d in documents(ctx, "case").values()
        if found.search(f"{d['label']} {d.get('description', '')}".lower())
    ]
    if not cases:
        raise Declined(f"No case study in the corpus is set in the {setting} setting.", final=True)
    per_doc = {} if entry.slug == "internal-marketing" else own_counts(ctx).get(entry.slug, {})
    if entry.slug != "internal-marketing":
        cases = [d for d in cases if d["id"] in per_doc]
        if not cases:
            raise Declined(
                f"No case study set in the {setting} setting mentions {entry.label}.", final=True
            )
    answers: list[dict[str, Any]] = [
        {"id": d["id"], "label": d["label"], **({"mentions": per_doc[d["id"]]} if per_doc else {})}
        for d in sorted(cases, key=lambda d: d["id"])
    ]
    what = "this case study" if len(answers) == 1 else f"these {len(answers)} case studies"
    named = join([a["label"] for a in answers])
    text = sentence(f"For {entry.label} in the {setting} setting, the corpus has {what}: {named}")
    for doc in cases:
        if doc.get("description"):
            text += " " + sentence(doc["description"])
    if per_doc:
        counts = join([f"{a['label']} {a['mentions']} times" for a in answers])
        text += " " + sentence(f"{entry.label} is mentioned in {counts}")
    reading = understood(
        "example",
        f"Which case studies show {entry.label} in the {setting} setting?",
        [entry],
        setting=place,
    )
    return Result(reading, answers, text)
