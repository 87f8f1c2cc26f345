"""Plain-English wording of answers, evidence from claims and passages, and suggestions."""

from __future__ import annotations

from typing import Any

from imkg.search import LabelIndex

DEFAULT_SUGGESTIONS = (
    ("influenced_by", "Component", "What influences {label}?"),
    ("influences", "Component", "What does {label} influence, directly or indirectly?"),
    ("definition", "InternalCustomerGroup", "Who are the {label}?"),
    ("members", None, "What are the barriers to internal marketing?"),
    ("stage_order", "CycleStage", "What comes after {label}?"),
    ("group_trait", None, "Which group has frequent but not in-person customer contact?"),
    ("example", "RewardPractice", "Which company uses {label}?"),
    ("mentions", "Component", "Where is {label} discussed?"),
    ("path", None, "How does empowerment affect customer satisfaction?"),
    ("compare", None, "Compare contactors and modifiers"),
)
TEMPLATES = {intent: template for intent, _, template in DEFAULT_SUGGESTIONS}
TEMPLATES.update(
    {
        "definition": "What is {label}?",
        "path": "What is {label} influenced by?",
        "compare": "What is {label}?",
        "members": "What is {label}?",
    }
)


def join(items: list[str], word: str = "and") -> str:
    """Join items the way English does.

    >>> join(["a", "b", "c"])
    'a, b and c'
    """
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def sentence(text: str) -> str:
    """Capitalise the first letter and end with a full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def path_text(index: LabelIndex, path: list[str]) -> str:
    """Write a causal path with arrows, in labels."""
    return " → ".join(label(index, slug) for slug in path)


def label(index: LabelIndex, slug: str) -> str:
    """Return the preferred label of ``slug`` (or the slug in words if unknown)."""
    entry = index.entries.get(slug)
    return entry.label if entry else slug.replace("-", " ")


def claim_evidence(
    index: LabelIndex, edge: tuple[str, str], claims: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Turn the claims behind one curated edge into evidence items."""
    cause, effect = edge
    return [
        {
            "kind": "claim",
            "cause": cause,
            "effect": effect,
            "statement": f"{label(index, cause)} → {label(index, effect)}",
            "claim": c.get("claim"),
            "source": c.get("source"),
            "stated_as_direct": c.get("stated_as_direct"),
        }
        for c in claims
    ] or [
        {
            "kind": "edge",
            "cause": cause,
            "effect": effect,
            "statement": f"{label(index, cause)} → {label(index, effect)}",
            "claim": None,
            "source": None,
        }
    ]


def suggestions(
    index: LabelIndex, *, intent: str | None = None, candidates: list[str] | None = None
) -> list[str]:
    """Return questions the answerer can answer, with real concept labels.

    With ``candidates`` (concepts close to what was typed), the first suggestions ask the
    same kind of question about each of them.
    """
    found = []
    template = TEMPLATES.get(intent or "", "What is {label}?")
    for slug in candidates or []:
        if slug in index.entries:
            found.append(template.format(label=index.entries[slug].label))
    for _, kind, wording in DEFAULT_SUGGESTIONS:
        example = _example_of(index, kind) if kind else ""
        if kind is None or example:
            found.append(wording.format(label=example))
    return list(dict.fromkeys(found))[:8]


_PREFERRED = {
    "Component": "customer satisfaction",
    "InternalCustomerGroup": "isolateds",
    "CycleStage": "code breaking",
    "RewardPractice": "paid sabbaticals",
}


def _example_of(index: LabelIndex, kind: str) -> str:
    labels = sorted(e.label for e in index.entries.values() if kind in e.types)
    preferred = _PREFERRED.get(kind)
    if preferred in labels:
        return preferred
    return labels[0] if labels else ""
