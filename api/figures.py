"""What the explorer's figures show: the causal model, the cycle, the internal customer groups.

Each reader runs one SPARQL query against the store and returns plain data; the drawings are
cached per store generation (:func:`imkg.cache.per_generation`), so a page view costs no
query once the cache is warm.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup

from imkg import influence
from imkg.api import diagrams
from imkg.cache import per_generation
from imkg.concepts import summary
from imkg.namespaces import IMKG, concept_slug, sparql_prefixes
from imkg.search import label_index
from imkg.store import GraphStore

COMPONENTS_QUERY = sparql_prefixes() + "SELECT ?c WHERE { ?c a imkg:Component }"

CYCLE_QUERY = (
    sparql_prefixes()
    + """SELECT ?item ?role ?position WHERE {
  { ?item imkg:stageOf imc:internal-marketing-cycle ; imkg:position ?position .
    BIND("stage" AS ?role) }
  UNION { imc:internal-marketing-cycle imkg:hasInput ?item . BIND("input" AS ?role) }
  UNION { imc:internal-marketing-cycle imkg:hasOutput ?item . BIND("output" AS ?role) }
  UNION { ?item imkg:practiceOfStage ?stage . ?stage imkg:position ?position .
          BIND("practice" AS ?role) }
}"""
)

GROUPS_QUERY = (
    sparql_prefixes()
    + """SELECT ?group ?p ?value WHERE {
  ?group a imkg:InternalCustomerGroup ; ?p ?value .
  VALUES ?p { imkg:customerContact imkg:hasFrequentCustomerContact
              imkg:hasInPersonCustomerContact imkg:involvedInMarketing imkg:exampleRole }
}"""
)

# The traits the groups are compared by, in the order the table shows them.
GROUP_TRAITS = (
    ("customerContact", "Contact with customers"),
    ("hasFrequentCustomerContact", "Frequent customer contact"),
    ("hasInPersonCustomerContact", "In-person contact"),
    ("involvedInMarketing", "Takes part in marketing"),
    ("exampleRole", "Example roles"),
)
GROUP_ORDER = ("contactors", "modifiers", "influencers", "isolateds")


@dataclass
class CausalModel:
    """The stated direct influences and the SVG that draws them."""

    edges: list[tuple[dict, dict]]
    components: set[str]
    svg: Markup
    # Each influenced concept with its direct causes, in the diagram's left-to-right order.
    causes: list[tuple[dict, list[dict]]] = field(default_factory=list)


@dataclass
class CycleFigure:
    """The internal marketing cycle: stages in order, inputs, outputs, case practices."""

    stages: list[dict] = field(default_factory=list)
    inputs: list[dict] = field(default_factory=list)
    outputs: list[dict] = field(default_factory=list)
    svg: Markup = field(default_factory=Markup)


def _node(store: GraphStore, slug: str, kind: str) -> diagrams.Node:
    entry = label_index(store).entries.get(slug)
    label = entry.label if entry else slug.replace("-", " ")
    return diagrams.Node(slug, label, entry.definition if entry else "", kind)


def build_model(store: GraphStore) -> CausalModel:
    """Read the causal model and draw it; components are drawn apart from other concepts."""
    pairs = sorted(influence.causal_model(store).claims)
    components = {concept_slug(r["c"].value) for r in store.select(COMPONENTS_QUERY)}
    slugs = sorted({s for pair in pairs for s in pair})
    nodes = [_node(store, s, "component" if s in components else "concept") for s in slugs]
    edges = [(summary(store, a), summary(store, b)) for a, b in pairs]
    model = CausalModel(edges, components, diagrams.causal_model(nodes, pairs))
    model.causes = causes_by_effect(edges, diagrams.layers(slugs, pairs))
    return model


def causes_by_effect(
    edges: list[tuple[dict, dict]], layer: dict[str, int]
) -> list[tuple[dict, list[dict]]]:
    """Group the influences by what they influence, ordered as the diagram reads (left to
    right, then by name), so a reader can find what leads to one concept in one line."""
    grouped: dict[str, tuple[dict, list[dict]]] = {}
    for cause, effect in edges:
        grouped.setdefault(effect["id"], (effect, []))[1].append(cause)
    ordered = sorted(grouped.values(), key=lambda g: (layer.get(g[0]["id"], 0), g[0]["label"]))
    return [(effect, sorted(causes, key=lambda c: c["label"])) for effect, causes in ordered]


def causal_model(store: GraphStore) -> CausalModel:
    """Return the causal model figure, drawn once per store generation."""
    return per_generation(store, "explorer-causal-model", build_model)


def build_cycle(store: GraphStore) -> CycleFigure:
    """Read the internal marketing cycle's stages, inputs, outputs and the bank's practices."""
    figure = CycleFigure()
    practices: dict[int, list[dict]] = {}
    for row in store.select(CYCLE_QUERY):
        item = summary(store, concept_slug(row["item"].value))
        role = row["role"].value
        if role == "stage":
            figure.stages.append({**item, "position": int(row["position"].value)})
        elif role == "practice":
            practices.setdefault(int(row["position"].value), []).append(item)
        else:
            getattr(figure, f"{role}s").append(item)
    figure.stages.sort(key=lambda s: s["position"])
    for stage in figure.stages:
        stage["definition"] = _definition(store, stage["id"])
        stage["practices"] = sorted(practices.get(stage["position"], []), key=lambda p: p["id"])
    figure.inputs.sort(key=lambda i: i["label"])
    figure.outputs.sort(key=lambda i: i["label"])
    if figure.stages:
        figure.svg = diagrams.cycle(
            [_node(store, s["id"], "stage") for s in figure.stages],
            [_node(store, i["id"], "input") for i in figure.inputs],
            [_node(store, o["id"], "output") for o in figure.outputs],
        )
    return figure


def cycle_figure(store: GraphStore) -> CycleFigure:
    """Return the cycle figure, drawn once per store generation."""
    return per_generation(store, "explorer-cycle", build_cycle)


def _definition(store: GraphStore, slug: str) -> str:
    entry = label_index(store).entries.get(slug)
    return entry.definition if entry else ""


def groups(store: GraphStore) -> list[dict]:
    """Return the four internal customer groups with their traits, in the usual order."""
    found: dict[str, dict] = {}
    for row in store.select(GROUPS_QUERY):
        slug = concept_slug(row["group"].value)
        group = found.setdefault(slug, {**summary(store, slug), "exampleRole": []})
        trait = row["p"].value[len(IMKG) :]
        value = row["value"]
        if trait == "exampleRole":
            group["exampleRole"].append(summary(store, concept_slug(value.value)))
        elif value.value in ("true", "false"):
            group[trait] = value.value == "true"
        else:
            group[trait] = value.value
    for group in found.values():
        group["exampleRole"].sort(key=lambda r: r["label"])
        group["definition"] = _definition(store, group["id"])
    rank = {slug: i for i, slug in enumerate(GROUP_ORDER)}
    return sorted(found.values(), key=lambda g: (rank.get(g["id"], 99), g["label"]))
