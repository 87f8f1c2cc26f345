"""Questions that leave one concept out of a list: "what drives X apart from Y".

The exception is taken off the question before it is read, named strictly like any slot
(a phrase that names no concept declines rather than being ignored, since the list would
then hold what the asker excluded) and taken out of the answers afterwards. Only answers
that are lists can leave something out; a path, a definition or a yes/no check cannot.
"""

from __future__ import annotations

import re

from imkg.qa.context import Context, Declined, Result
from imkg.qa.render import join, label, sentence
from imkg.search import Entry
from imkg.text import fold

_BUT = r"(?P<but>apart from|other than|except for|except|excluding|besides|aside from|not counting)"
# "what sets X apart from Y", "what tells X apart from Y": a comparison, no exception
_SETS_APART = re.compile(
    r"\b(?:sets?|setting|tells?|telling|keeps?|keeping|stands?|standing|pulls?|pulling|moves?|"
    r"grows?|drifts?|comes?|falls?|far|worlds)\b"
)
# "..., other than contactors, ...", "... apart from empowerment", "besides training, ..."
_INNER = re.compile(rf",\s*{_BUT}\s+(?P<x>[^,?!.;]{{1,60}}?)\s*(?:,\s*|(?=[?!.;]*$))")
_TRAILING = re.compile(rf"\s{_BUT}\s+(?P<x>[^,?!.;]{{1,60}}?)\s*(?=[?!.;]*$)")
_LEADING = re.compile(rf"^\s*{_BUT}\s+(?P<x>[^,?!.;]{{1,60}}?),\s*")
# "which barriers other than X are there", "what besides X drives Y": no comma ends the
# exception, so where it ends is found by the concept it names (see split_inner_exception)
_MIDDLE = re.compile(rf"^(?P<head>[^,;]*?\S)\s+{_BUT}\s+(?P<x>[^,?!.;]+?)\s*(?P<end>[?!.;]*)$")
MAX_EXCEPTED_WORDS = 6
# Verbs that take the question up again after a mid-sentence exception
_RESUMING_VERBS = frozenset(
    (
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "have",
        "has",
        "can",
        "could",
        "will",
        "would",
        "should",
        "might",
        "may",
        "there",
        "influence",
        "influences",
        "drive",
        "drives",
        "affect",
        "affects",
        "lead",
        "leads",
        "cause",
        "causes",
        "shape",
        "shapes",
        "impact",
        "impacts",
        "determine",
        "determines",
        "improve",
        "improves",
        "raise",
        "raises",
        "boost",
        "boosts",
        "increase",
        "increases",
        "feed",
        "feeds",
        "contribute",
        "contributes",
        "result",
        "results",
        "help",
        "helps",
        "meet",
        "meets",
        "deal",
        "deals",
        "take",
        "takes",
    )
)
# "excluding indirect ones" asks for the direct links only, which is what is answered
_INDIRECT_ONES = re.compile(r"^(?:the )?indirect(?: (?:ones|effects|causes|links|influences))?$")
# intents whose answer is a list something can be left out of
LISTS = frozenset(("influenced_by", "influences", "members", "group_trait", "example"))


def split_exception(question: str) -> tuple[str, str | None]:
    """Return the question without its exception and the phrase excepted (or None).

    >>> split_exception("what drives job satisfaction apart from empowerment?")
    ('what drives job satisfaction?', 'empowerment')
    >>> split_exception("which groups, other than contactors, meet customers")
    ('which groups meet customers', 'contactors')
    >>> split_exception("what does not affect customer satisfaction")
    ('what does not affect customer satisfaction', None)
    >>> split_exception("what sets internal marketing apart from traditional marketing")
    ('what sets internal marketing apart from traditional marketing', None)
    """
    text = fold(question)
    for pattern in (_LEADING, _INNER, _TRAILING):
        if found := pattern.search(text):
            if found["but"] == "apart from" and _SETS_APART.search(text, 0, found.start()):
                return question, None
            excepted = found["x"].strip()
            rest = text[: found.start()] + (" " if pattern is _INNER else "") + text[found.end() :]
            if _INDIRECT_ONES.match(excepted):
                return rest.strip(), None
            return " ".join(rest.split()), excepted
    return question, None


def split_inner_exception(question: str) -> tuple[str, str] | None:
    """Return the question without an exception said mid-sentence and the phrase excepted.

    Without commas the exception could end anywhere ("which barriers other than withholding
    information are there"): it ends before the first verb after it, where the question
    resumes. None when no verb follows, so the caller declines as before.

    >>> split_inner_exception("what besides staff retention drives customer retention")
    ('what drives customer retention', 'staff retention')
    >>> split_inner_exception("which barriers other than resistance to change are there?")
    ('which barriers are there?', 'resistance to change')
    >>> split_inner_exception("what drives job satisfaction other than blockchain") is None
    True
    """
    found = _MIDDLE.match(fold(question))
    if found is None:
        return None
    words = found["x"].split()
    for at, word in enumerate(words[1 : MAX_EXCEPTED_WORDS + 1], start=1):
        if word in _RESUMING_VERBS:
            rest = " ".join(words[at:])
            return f"{found['head']} {rest}{found['end']}", " ".join(words[:at])
    return None


def excepted_concepts(ctx: Context, phrase: str) -> list[Entry]:
    """The concepts an exception names ("empowerment and training"), or :class:`Declined`:
    an exception that names no concept is never ignored."""
    try:
        return [ctx.concept(phrase)]
    except Declined:
        parts = [p for p in re.split(r",\s*|\s+(?:and|or|nor)\s+", phrase) if p]
        if len(parts) < 2:
            raise
        return [ctx.concept(part) for part in parts]


def leave_out(ctx: Context, result: Result, intent: str, excepted: list[Entry]) -> Result:
    """``result`` without ``excepted``, worded anew; raise :class:`Declined` when it is no list."""
    names = join([e.label for e in excepted])
    if intent not in LISTS:
        raise Declined(f"Only a list can leave out {names}.")
    slugs = {e.slug for e in excepted}
    asked = result.understood.get("paraphrase", "")
    kept = [a for a in result.answers if a.get("id") not in slugs]
    understood = {
        **result.understood,
        "except": [{"id": e.slug, "label": e.label} for e in excepted],
        "paraphrase": f"{asked.rstrip('?.')}, apart from {names}?",
    }
    if len(kept) == len(result.answers):
        none = "is" if len(excepted) == 1 else "are"
        text = f"{names[0].upper()}{names[1:]} {none} not among them anyway. {result.text}"
        return Result(understood, kept, text, result.evidence)
    labels = [a.get("label") or label(ctx.index, a["id"]) for a in kept]
    text = sentence(f"Apart from {names}, the answer is {join(labels) or 'nothing else'}")
    evidence = [e for e in result.evidence if not slugs & set(map(str, e.values()))]
    return Result(understood, kept, text, evidence)
