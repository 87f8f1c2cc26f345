"""Syllabus coverage: which concepts a text covers and misses, grouped by kind.

The text is tagged by ``imkg.ingest`` (the caller's job: this module does not import spaCy);
here the mentions are grouped by the classes of the concepts they name. A concept is covered
when at least one mention teaches it; one named only where the syllabus rules it out, or only
in a reading-list entry, is reported as ``excluded`` or ``cited_only`` (and counts as missed),
see ``imkg.syllabus_scope``.

Two readings are syllabus-specific. A verb names a topic in a learning outcome ("motivate
front-line staff", see ``imkg.syllabus_verbs``); a verb standing alone for a one-word label
("energise") is weak and counts only where a concept linked to it in the graph is covered.
A concept whose one-word label the tagger leaves out as too common ("employee",
"organisation") is covered when the word is used in a sentence where the tagger found another
concept taught; so is "employee" where the passage says "staff" (``imkg.syllabus_common``).
Rooms and departments the reader is sent to are no topics (``imkg.syllabus_venues``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from imkg.cache import per_generation
from imkg.concepts import UnknownKind
from imkg.kinds import kind_index
from imkg.namespaces import CONCEPT, ONTOLOGY_GRAPH, RDF, SKOS, concept_iri, concept_slug
from imkg.search import label_index
from imkg.store import GraphStore
from imkg.syllabus_common import common_word_findings
from imkg.syllabus_conduct import conduct_mentions
from imkg.syllabus_ellipsis import elided_mentions, listed_mentions
from imkg.syllabus_exchanges import exchange_mentions
from imkg.syllabus_nouns import bare_noun_mentions, broken_word_mentions
from imkg.syllabus_paraphrase import paraphrase_mentions
from imkg.syllabus_practices import practice_mentions
from imkg.syllabus_scope import CITED, COVERS, EXCLUDED, mention_roles
from imkg.syllabus_translation import translation_mentions
from imkg.syllabus_venues import names_no_topic
from imkg.syllabus_verbs import Read, verb_mentions
from imkg.syllabus_workplace import workplace_mentions

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
    weak: bool = False  # counts only where a concept linked to it is covered
    inferred: bool = False  # read from a verb rather than tagged


def found_in_syllabus(
    text: str, mentions: Iterable[Any], *, tag: Callable[[str], Sequence[Any]] | None = None
) -> list[Found]:
    """Return the tagger's mentions (with offsets into ``text``) as coverage findings, each
    with its role in the syllabus, so that exclusions and citations do not count as taught.

    With ``tag`` (the tagger on a short text), conjuncts sharing a tagged phrase's head
    ("external, interactive and internal marketing") and topics named by verbs ("motivate
    front-line staff") or in everyday words ("keeping good people") are found too.
    """
    mentions = [m for m in mentions if not names_no_topic(text, m)]
    if tag is not None:
        tagged = list(mentions)
        mentions += elided_mentions(text, tagged, tag)
        mentions += listed_mentions(text, tag)
        mentions += verb_mentions(text, tagged, tag)
        mentions += bare_noun_mentions(text, tagged, tag)
        mentions += broken_word_mentions(text, tagged, tag)
        mentions += paraphrase_mentions(text, tagged, tag)
        mentions += practice_mentions(text, tagged, tag)
        mentions += conduct_mentions(text, tagged, tag)
        mentions += exchange_mentions(text, tagged, tag)
        mentions += workplace_mentions(text, tagged, tag)
        mentions += translation_mentions(text, tagged, tag)
    roles = mention_roles(
        text, [(m.start, m.end, m.sentence_start, m.sentence_end) for m in mentions]
    )
    return [
        Found(
            m.concept,
            _passage(text, m) or m.text,
            role,
            getattr(m, "weak", False),
            isinstance(m, Read),
        )
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
    found = _in_context(store, list(found))
    found += [Found(slug, passage) for slug, passage in common_word_findings(store, found)]
    passages: dict[str, dict[str, list[str]]] = {COVERS: {}, EXCLUDED: {}, CITED: {}}
    tallies: dict[str, dict[str, int]] = {COVERS: {}, EXCLUDED: {}, CITED: {}}
    for item in found:
        counts = tallies.get(item.role, tallies[COVERS])
        counts[item.slug] = counts.get(item.slug, 0) + 1
        kept = passages.get(item.role, passages[COVERS]).setdefault(item.slug, [])
        if item.passage and item.passage not in kept and len(kept) < MAX_PASSAGES:
            kept.append(item.passage)
    counts = tallies[COVERS]
    wanted = _wanted_kinds(store, kinds) if kinds else set(classes)
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


def _wanted_kinds(store: GraphStore, kinds: list[str]) -> set[str]:
    """The classes ``kinds`` name, by local name or as people call them ("barriers", "cycle
    stages"). Raises UnknownKind, listing the kinds there are, for a name that is none."""
    index = kind_index(store)
    wanted = set()
    for name in kinds:
        kind = index.by_name(name)
        if kind is None:
            raise UnknownKind(
                f"unknown kind {name!r}; use one of: {', '.join(sorted(index.kinds))}"
            )
        wanted.add(kind.local_name)
    return wanted


LINKS_QUERY = f"""
SELECT DISTINCT ?a ?b WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{
  ?a ?p ?b .
  FILTER(isIRI(?b) && STRSTARTS(STR(?a), "{CONCEPT}") && STRSTARTS(STR(?b), "{CONCEPT}")
         && ?p NOT IN (<{RDF}type>, <{SKOS}inScheme>, <{SKOS}topConceptOf>))
}} }}
"""


def concept_links(store: GraphStore) -> dict[str, frozenset[str]]:
    """For each concept, the concepts linked to it in the ontology (either way)."""

    def build(store: GraphStore) -> dict[str, frozenset[str]]:
        links: dict[str, set[str]] = {}
        for row in store.select(LINKS_QUERY):
            a, b = concept_slug(row["a"].value), concept_slug(row["b"].value)
            if a != b:
                links.setdefault(a, set()).add(b)
                links.setdefault(b, set()).add(a)
        return {slug: frozenset(linked) for slug, linked in links.items()}

    return per_generation(store, "coverage-links", build)


def _in_context(store: GraphStore, found: list[Found]) -> list[Found]:
    """Drop weak findings of concepts none of whose linked concepts is covered otherwise."""
    if not any(item.weak for item in found):
        return found
    covered = {item.slug for item in found if item.role == COVERS and not item.weak}
    links = concept_links(store)
    return [
        item
        for item in found
        if not item.weak or item.role != COVERS or links.get(item.slug, frozenset()) & covered
    ]


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
