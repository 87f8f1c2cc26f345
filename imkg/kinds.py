"""Kinds of concept as people name them ("the barriers", "types of employees") mapped to classes.

The class list and labels come from the ontology (``rdfs:label`` of every subclass of
``imkg:IMConcept``); a small table adds the words people use that the labels do not.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from imkg.cache import per_generation
from imkg.namespaces import IMKG, sparql_prefixes
from imkg.store import GraphStore
from imkg.text import content_words, stem

CLASSES_QUERY = (
    sparql_prefixes()
    + """SELECT ?class ?label ?comment WHERE {
  ?class rdfs:subClassOf imkg:IMConcept ; rdfs:label ?label .
  OPTIONAL { ?class rdfs:comment ?comment }
  FILTER(?class != imkg:IMConcept)
}"""
)

# Words people use for a kind that its class label does not contain (plural forms are
# derived by the stemmer, so only the singular is needed).
EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "Barrier": (
        "barrier",
        "problem",
        "obstacle",
        "challenge",
        "difficulty",
        "hurdle",
        "problem of implementation",
        "implementation problem",
        "stumbling block",
    ),
    "Benefit": ("benefit", "advantage", "gain", "payoff"),
    "Component": (
        "component",
        "building block",
        "element of internal marketing",
        "part of internal marketing",
        "component of the model",
    ),
    "CycleStage": (
        "stage",
        "step",
        "phase",
        "stage of the cycle",
        "stage of the internal marketing cycle",
        "stage of internal marketing",
    ),
    "InternalCustomerGroup": (
        "group",
        "internal customer group",
        "customer group",
        "type of employee",
        "kind of employee",
        "employee group",
        "group of employee",
        "segment of employee",
        "employee segment",
        "type of internal customer",
        "kind of internal customer",
        "internal customer segment",
    ),
    "OrganisationalFunction": (
        "function",
        "department",
        "business function",
        "function to coordinate",
        "organisational function",
    ),
    "Feature": (
        "feature",
        "characteristic",
        "trait of an internal marketing oriented business",
        "feature of an im oriented business",
        "hallmark",
    ),
    "Objective": ("objective", "goal", "aim", "purpose", "target"),
    "RewardPractice": (
        "reward",
        "reward practice",
        "non-monetary reward practice",
        "incentive",
        "non-monetary reward",
        "reward that do not involve money",
    ),
    "Criticism": ("criticism", "critique", "objection", "limitation", "weakness"),
    "Beneficiary": ("beneficiary", "who benefit"),
    "TrainingGuideline": (
        "training guideline",
        "guideline for training",
        "guideline",
        "training step",
    ),
    "MarketingType": ("type of marketing", "kind of marketing", "marketing type"),
    "Perspective": ("perspective", "view of internal marketing", "perspective on im"),
    "PerspectiveAspect": (
        "aspect of perspective",
        "aspect of the second perspective",
        "aspect of perspective 2",
    ),
    "KeyAspect": ("key aspect",),
    "KeyConcept": ("key concept",),
    "IMDefinition": ("definition of internal marketing", "definition"),
    "Company": ("company", "firm", "example company"),
    "CycleInput": ("input", "cycle input", "input of the cycle"),
    "CycleOutput": (
        "output",
        "cycle output",
        "output of the cycle",
        "outcome of the cycle",
        "outcome of the internal marketing cycle",
        "result of the cycle",
        "result of the internal marketing cycle",
    ),
    "TQMElement": ("element of tqm", "tqm element", "element of total quality management"),
    "ExampleRole": ("example role", "role"),
    "CasePractice": ("case practice", "bank practice", "practice of the bank"),
    "Cycle": ("cycle",),
    "Example": ("example", "illustration", "case"),
    "Party": ("party",),
    "ManagementApproach": ("management approach",),
    "CoreConcept": ("core concept",),
}

# Context that may follow a kind without changing it: "the benefits of internal marketing".
_CONTEXT = re.compile(
    r"\s+(of|in|for|to|within|behind|under)\s+(an?\s+|the\s+)?"
    r"(internal marketing|im|it|imkg|the model|internal marketing cycle)\b.*$"
)


@dataclass
class Kind:
    """One class of concept and the names people use for it."""

    local_name: str
    iri: str
    label: str
    comment: str = ""
    names: list[str] = field(default_factory=list)


@dataclass
class KindIndex:
    """Looks up a class by any of its names, ignoring word forms."""

    kinds: dict[str, Kind]
    by_key: dict[str, str]
    heads: frozenset[str] = frozenset()

    def find(self, phrase: str) -> Kind | None:
        """Return the kind that ``phrase`` names exactly (up to word forms), or None.

        >>> index = KindIndex({"Barrier": Kind("Barrier", "x", "barrier")}, {"barr": "Barrier"})
        >>> index.find("the barriers").local_name
        'Barrier'
        """
        phrase = re.sub(r"^\s*(the|all|all the|some|any)\s+", "", phrase.strip())
        candidates = [phrase, _CONTEXT.sub("", phrase)]
        if _SORTS.search(phrase):  # "categories of employees" is named like "types of ..."
            candidates += [_SORTS.sub("types of", c) for c in candidates]
        for candidate in candidates:
            local = self.by_key.get(_kind_key(candidate))
            if local:
                return self.kinds[local]
        for candidate in candidates:  # a typo in the head word ("componets"), and only there
            local = self.by_key.get(self._corrected(candidate) or "")
            if local:
                return self.kinds[local]
        return None

    def _corrected(self, phrase: str) -> str | None:
        """Return the key of ``phrase`` with its head word put right, if one kind head is close.

        Only the head is compared: "meaning of internal marketing" is no slip for "component
        of internal marketing", though the two phrases share most of their letters.
        """
        typed = _PREPOSITION.split(phrase, maxsplit=1)
        head_words = _kind_key(typed[0]).split()
        if not head_words or len(head_words[-1]) < _MIN_TYPO:
            return None
        close = difflib.get_close_matches(head_words[-1], self.heads, n=2, cutoff=_TYPO_CUTOFF)
        if len(close) == 2 and _margin(head_words[-1], *close) < _TYPO_MARGIN:
            return None  # two heads about as close: no telling which was meant
        if not close:
            return None
        head_words[-1] = close[0]
        rest = _kind_key(typed[1]) if len(typed) > 1 else ""
        return " ".join([*head_words, rest]).strip()

    def by_name(self, name: str) -> Kind | None:
        """Return the kind whose class local name is ``name``, or that ``name`` names."""
        for local, kind in self.kinds.items():
            if local.lower() == name.lower():
                return kind
        return self.find(name)


_TYPO_CUTOFF = 0.85  # difflib's ratio: one wrong letter in a word of seven or more
_TYPO_MARGIN = 0.05  # how much closer the nearest head must be than the next ("objectiv")


def _margin(typed: str, nearest: str, next_nearest: str) -> float:
    """How much closer ``typed`` is to ``nearest`` than to ``next_nearest``.

    "objectiv" is one letter short of "objective" but three past "object" (of "objection").
    """
    ratio = difflib.SequenceMatcher(None, typed, nearest).ratio()
    return ratio - difflib.SequenceMatcher(None, typed, next_nearest).ratio()


_MIN_TYPO = 5  # shorter stems are too easily one letter from another
_PREPOSITION = re.compile(r"\s+(?:of|in|for|to|within|behind|under|on)\s+")
_SORTS = re.compile(r"\b(?:kinds?|sorts?|categories|category|classes|forms) of\b")


def _kind_key(phrase: str) -> str:
    kept = [w for w in content_words(phrase) if not w.isdigit() and w not in _QUANTIFIERS]
    return " ".join(_kind_stem(w) for w in kept)


def _kind_stem(word: str) -> str:
    """Stem a word of a kind name, keeping "-ive" whole: an objection is no objective."""
    return word.removesuffix("s") if word.endswith(("ive", "ives")) else stem(word)


_QUANTIFIERS = frozenset(
    (
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "different",
        "main",
        "various",
        "major",
        "all",
    )
)


def kind_index(store: GraphStore) -> KindIndex:
    """Return the kind index of ``store``, rebuilt only when the store has been written."""
    return per_generation(store, "kinds", build_kind_index)


def build_kind_index(store: GraphStore) -> KindIndex:
    """Read the concept classes and their labels from ``store``."""
    kinds: dict[str, Kind] = {}
    for row in store.select(CLASSES_QUERY):
        iri = row["class"].value
        if not iri.startswith(IMKG):
            continue
        local = iri[len(IMKG) :]
        comment = row["comment"].value if "comment" in row else ""
        kinds[local] = Kind(local, iri, row["label"].value, comment)
    by_key: dict[str, str] = {}
    for local, kind in kinds.items():
        kind.names = [kind.label, *EXTRA_NAMES.get(local, ())]
        for name in kind.names:
            by_key.setdefault(_kind_key(name), local)
    heads = {_head(name) for kind in kinds.values() for name in kind.names}
    return KindIndex(kinds, by_key, frozenset(heads - {""}))


def _head(name: str) -> str:
    """Return the stem of a kind name's head: its last word before a preposition."""
    found = _kind_key(_PREPOSITION.split(name, maxsplit=1)[0]).split()
    return found[-1] if found else ""
