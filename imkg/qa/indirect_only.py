"""Influences that only run through other concepts: "what affects X only indirectly", "which
concepts influence X indirectly but not directly".

The question is read as asking for every cause (or effect) of X, directly or indirectly; the
direct ones are then left out, so the answer holds the concepts that reach X only through
others, each with its shortest path.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from imkg.qa.context import Context, Result
from imkg.qa.render import join, path_text, sentence

# "only indirectly", "indirectly but not directly", "not directly, only indirectly"
_ONLY_INDIRECT = re.compile(
    r",? (?:only indirectly|indirectly only|indirectly,? (?:but|and) not directly|"
    r"indirectly,? not directly|not directly,? (?:but|only) (?:only )?indirectly|"
    r"only (?:through|via) other (?:concepts|factors)|at one remove)\b",
    re.IGNORECASE,
)
_MODEL = "the curated model of internal marketing"


def split_indirect_only(question: str) -> str | None:
    """The question asking for every link, directly or indirectly, when it asks for the
    indirect ones only; None when it does not.

    >>> split_indirect_only("what affects job satisfaction only indirectly?")
    'what affects job satisfaction directly or indirectly?'
    >>> split_indirect_only("what affects job satisfaction indirectly?") is None
    True
    """
    found = _ONLY_INDIRECT.search(question)
    if found is None:
        return None
    return question[: found.start()] + " directly or indirectly" + question[found.end() :]


def keep_indirect(ctx: Context, result: Result) -> Result:
    """Leave the direct links out of a "directly or indirectly" answer and say so."""
    kept = [a for a in result.answers if not a.get("direct", False)]
    name = result.understood["concepts"][0]["label"]
    causes = result.understood.get("direction") == "in"
    listed = join([f"{a['label']} ({path_text(ctx.index, a['path'])})" for a in kept])
    if not kept:
        text = (
            f"In {_MODEL}, every concept that influences {name} does so directly."
            if causes
            else f"In {_MODEL}, {name} influences only the concepts it influences directly."
        )
    elif causes:
        text = sentence(f"In {_MODEL}, {name} is influenced only indirectly by {listed}")
    else:
        text = sentence(f"In {_MODEL}, {name} influences {listed} only indirectly")
    paraphrase = (
        f"What influences {name} only indirectly?"
        if causes
        else f"What does {name} influence only indirectly?"
    )
    reading = {**result.understood, "paraphrase": paraphrase, "indirect_only": True}
    edges = {pair for a in kept for pair in itertools.pairwise(a["path"])}
    evidence = [e for e in result.evidence if (e.get("cause"), e.get("effect")) in edges]
    return replace(result, understood=reading, answers=kept, text=text, evidence=evidence)
