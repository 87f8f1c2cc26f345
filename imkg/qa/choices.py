"""Questions that offer two candidates for a list: "which drives X: A or B?".

The question without its candidates is read as usual; only when its first reading asks for
causal links is the answer narrowed to the candidates it names (both named strictly), so
"which comes first, A or B" keeps its own reading and "which matters more, A or B" (which
the model cannot weigh) still declines.
"""

from __future__ import annotations

import re

from imkg.qa.context import Context, Declined, Result
from imkg.qa.render import join
from imkg.search import Entry
from imkg.text import fold

# "which has a direct effect on X: A or B?", "what drives X - A or B"
_OFFERED = re.compile(
    r"^(?P<q>(?:which|what)\b[^:,;]{3,200}?)\s*(?:[:;,]| -)\s*(?:is it |was it )?(?:the )?"
    r"(?P<a>[^:,;]{2,60}?),? or (?:is it |was it )?(?:the )?(?P<b>[^:,;?]{2,60}?)\s*\??$"
)
# "directly or indirectly", "yes or no", "more or less": a manner or an answer, no candidates
_NO_CANDIDATE = re.compile(r"^(?:[a-z]+ly|yes|no|not|both|neither|either|more|less|never|always)$")
# intents whose answer is a list of linked concepts, the only lists the model can narrow
CAUSAL = frozenset(("influences", "influenced_by"))


def split_choice(question: str) -> tuple[str, str, str] | None:
    """Return the question without its two candidates, and the candidates' phrases.

    >>> split_choice("which has a direct effect on staff retention: job satisfaction or training?")
    ('which has a direct effect on staff retention', 'job satisfaction', 'training')
    >>> split_choice("what drives job satisfaction") is None
    True
    >>> split_choice("what affects job satisfaction, directly or indirectly?") is None
    True
    """
    if " or " not in question.lower():  # most questions offer nothing: skip the folding
        return None
    found = _OFFERED.match(fold(question).strip())
    if found is None or _NO_CANDIDATE.match(found["a"]) or _NO_CANDIDATE.match(found["b"]):
        return None
    return found["q"].strip(), found["a"].strip(), found["b"].strip()


def candidates(ctx: Context, first: str, second: str) -> list[Entry] | None:
    """The two concepts offered, or None when either names no concept of its own."""
    try:
        named = [ctx.concept(first), ctx.concept(second)]
    except Declined:
        return None
    return named if named[0].slug != named[1].slug else None


def keep_only(result: Result, offered: list[Entry]) -> Result:
    """``result`` narrowed to the ``offered`` concepts, worded anew."""
    slugs = {e.slug for e in offered}
    kept = [a for a in result.answers if a.get("id") in slugs]
    names = join([e.label for e in offered])
    asked = result.understood.get("paraphrase", "").rstrip("?.")
    understood = {
        **result.understood,
        "choice": [{"id": e.slug, "label": e.label} for e in offered],
        "paraphrase": f"{asked}: {join([e.label for e in offered], 'or')}?",
    }
    chosen = [a.get("label", a["id"]) for a in kept]
    if not kept:
        lead = f"Neither {join([e.label for e in offered], 'nor')}."
    elif len(kept) == len(offered):
        lead = f"Both {names}."
    else:
        lead = f"Of {names}, only {join(chosen)}."
    text = f"{lead} {result.text}"
    evidence = [e for e in result.evidence if slugs & set(map(str, e.values()))]
    return Result(understood, kept, text, evidence or result.evidence)
