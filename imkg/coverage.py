"""Syllabus coverage: which concepts a text covers and misses, grouped by kind.

The text is tagged by ``imkg.ingest`` (the caller's job: this module does not import spaCy);
here the mentions are grouped by the classes of the concepts they name. A concept is covered
when at least one mention teaches it; one named only where the syllabus rules it out, or only
in a reading-list entry, is reported as ``excluded`` or ``cited_only`` (and counts as missed),
see ``imkg.syllabus_scope``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from imkg.kinds import kind_index
from imkg.namespaces import concept_iri
from imkg.search import label_index
from imkg.store import GraphStore
from imkg.syllabus_ellipsis import elided_mentions
from imkg.syllabus_scope import CITED, COVERS, EXCLUDED, mention_roles

MAX_PASSAGES = 3
# The kinds a syllabus is usually planned around come first; the others follow by label.
FIRST = (
    "Component",
    "InternalCustomerGroup",
    "CycleStage",
    "OrganisationalFunction",
    "Barrier",
    "Benefit",
    "Feature",
    "Objective",
    "RewardPractice",
    "TrainingGuideline",
    "Criticism",
    "MarketingType",
    "Perspective",
    "Beneficiary",
    "KeyConcept",
    "KeyAspect",
)


@dataclass(frozen=True)
class Found:
    """One concept mention in the syllabus: the concept, the passage (sentence) around it and
    its role (``covers``, ``excluded`` or ``cited``), since naming is not always teaching."""

    slug: str
    passage: str
    role: str = COVERS


def found_in_syllabus(
    text: str, mentions: Iterable[Any], *, tag: Callable[[str], Sequence[Any]] | None = None
) -> list[Found]:
    """Return the tagger's mentions (with offsets into ``text``) as coverage findings, each
    with its role in the syllabus, so that exclusions and citations do not count as taught.

    With ``tag`` (the tagger on a short phrase), conjuncts sharing a tagged phrase's head
    ("external, interactive and internal marketing") are found too.
    """
    mentions = list(mentions)
    if tag is not None:
        mentions += elided_mentions(text, mentions, tag)
    roles = mention_roles(
        text, [(m.start, m.end, m.sentence_start, m.sentence_end) for m in mentions]
    )
    return [
        Found(m.concept, _passage(text, m) or m.text, role)
        for m, role in zip(mentions, roles, strict=True)
    ]


PASSAGE_REACH = 300  # characters of a long sentence kept either side of the mention


def _passage(text: str, mention: Any) -> str:
    """The sentence around a mention, cut to a few hundred characters either side of it: a
    syllabus without full stops is one "sentence", which would be copied for every mention."""
    start = max(mention.sentence_start, mention.start - PASSAGE_REACH)
    end = min(mention.sentence_end, mention.end + PASSAGE_REACH)
    return text[start:end].strip()


def coverage(
    store: GraphStore, found: Iterable[Found], *, kinds: list[str] | None = None
) -> dict[str, Any]:
    """Return coverage per kind of concept and overall.

    Args:
        store: The store whose concepts and classes define what there is to cover.
        found: The mentions found in the syllabus.
        kinds: Only these classes (local names); default every class with members.
    """
    index, classes = label_index(store), kind_index(store).kinds
    passages: dict[str, dict[str, list[str]]] = {COVERS: {}, EXCLUDED: {}, CITED: {}}
    tallies: dict[str, dict[str, int]] = {COVERS: {}, EXCLUDED: {}, CITED: {}}
    for item in found:
        counts = tallies.get(item.role, tallies[COVERS])
        counts[item.slug] = counts.get(item.slug, 0) + 1
        kept = passages.get(item.role, passages[COVERS]).setdefault(item.slug, [])
        if item.passage and item.passage not in kept and len(kept) < MAX_PASSAGES:
            kept.append(item.passage)
    counts = tallies[COVERS]
    wanted = set(kinds) if kinds else set(classes)
    members: dict[str, list[str]] = {}
    for entry in index.entries.values():
        for kind in entry.types:
            if kind in wanted and kind in classes:
                members.setdefault(kind, []).append(entry.slug)
    groups = [
        _group(index, classes[k].label, k, sorted(v), counts, passages[COVERS])
        for k, v in sorted(members.items(), key=lambda kv: _order(kv[0], classes))
    ]
    everything = {slug for slugs in members.values() for slug in slugs}
    covered = everything & set(counts)
    excluded = sorted((everything & set(tallies[EXCLUDED])) - covered)
    cited = sorted((everything & set(tallies[CITED])) - covered - set(excluded))
    return {
        "concepts_total": len(everything),
        "concepts_covered": len(covered),
        "coverage": round(len(covered) / len(everything), 4) if everything else 0.0,
        "groups": groups,
        "excluded": [_named(index, s, tallies[EXCLUDED], passages[EXCLUDED]) for s in excluded],
        "cited_only": [_named(index, s, tallies[CITED], passages[CITED]) for s in cited],
    }


def _named(
    index: Any, slug: str, counts: dict[str, int], passages: dict[str, list[str]]
) -> dict[str, Any]:
    return {
        "id": slug,
        "iri": concept_iri(slug),
        "label": index.entries[slug].label,
        "mentions": counts[slug],
        "passages": passages.get(slug, []),
    }


def _order(kind: str, classes: dict[str, Any]) -> tuple[int, str]:
    return (FIRST.index(kind) if kind in FIRST else len(FIRST), classes[kind].label)


def _group(
    index: Any,
    label: str,
    kind: str,
    slugs: list[str],
    counts: dict[str, int],
    passages: dict[str, list[str]],
) -> dict[str, Any]:
    def ref(slug: str) -> dict[str, str]:
        return {"id": slug, "iri": concept_iri(slug), "label": index.entries[slug].label}

    covered = [
        dict(ref(s), mentions=counts[s], passages=passages.get(s, [])) for s in slugs if s in counts
    ]
    missed = [ref(s) for s in slugs if s not in counts]
    return {
        "kind": kind,
        "label": label,
        "total": len(slugs),
        "covered": covered,
        "missed": missed,
        "coverage": round(len(covered) / len(slugs), 4),
    }
