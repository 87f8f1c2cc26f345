"""Server-side SVG diagrams: the causal model of IM and the internal marketing cycle.

Both are laid out deterministically (same graph, same picture) so the explorer can cache
them per store generation and tests can find every node by its id, ``node-{slug}``. Nodes
are SVG links to the concept pages; edges carry arrow markers and a ``<title>`` that reads
as a sentence.
"""

from __future__ import annotations

import itertools
import textwrap
from dataclasses import dataclass, field

from markupsafe import Markup, escape

NODE_W, NODE_H = 152, 56
GAP_X, GAP_Y, MARGIN = 46, 16, 14
LINE_CHARS = 18
MAX_LINES = 4

ARROW_DEFS = (
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
    'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
    'class="arrow-head"/></marker></defs>'
)


@dataclass(frozen=True)
class Node:
    """A concept drawn as a box: its slug, label, a tooltip and a CSS class."""

    slug: str
    label: str
    tooltip: str = ""
    kind: str = "concept"


@dataclass
class Placed:
    """A node with its top-left corner."""

    node: Node
    x: float
    y: float

    @property
    def left(self) -> tuple[float, float]:
        return self.x, self.y + NODE_H / 2

    @property
    def right(self) -> tuple[float, float]:
        return self.x + NODE_W, self.y + NODE_H / 2


@dataclass
class Layout:
    """Where every node goes, and the canvas size."""

    placed: dict[str, Placed] = field(default_factory=dict)
    width: float = 0
    height: float = 0


def layers(slugs: list[str], edges: list[tuple[str, str]]) -> dict[str, int]:
    """Put each node in the layer of its longest path from a source (a node nothing causes).

    Back edges of a cycle, if the data ever has one, are ignored rather than looping.

    >>> layers(["a", "b", "c"], [("a", "b"), ("b", "c"), ("a", "c")])
    {'a': 0, 'b': 1, 'c': 2}
    """
    parents: dict[str, list[str]] = {s: [] for s in slugs}
    for cause, effect in edges:
        parents[effect].append(cause)
    depth: dict[str, int] = {}
    visiting: set[str] = set()

    def visit(slug: str) -> int:
        if slug in depth:
            return depth[slug]
        visiting.add(slug)
        found = [visit(p) + 1 for p in sorted(parents[slug]) if p not in visiting]
        visiting.discard(slug)
        depth[slug] = max(found, default=0)
        return depth[slug]

    for slug in sorted(slugs):
        visit(slug)
    return {s: depth[s] for s in slugs}


def order_layers(
    layer_of: dict[str, int], edges: list[tuple[str, str]], labels: dict[str, str]
) -> list[list[str]]:
    """Order nodes within layers by the barycentre of their neighbours to cut crossings."""
    count = max(layer_of.values(), default=-1) + 1
    columns = [
        sorted((s for s, n in layer_of.items() if n == i), key=labels.get) for i in range(count)
    ]
    neighbours: dict[str, list[str]] = {s: [] for s in layer_of}
    for cause, effect in edges:
        neighbours[cause].append(effect)
        neighbours[effect].append(cause)
    for _ in range(4):
        rank = {s: i / max(len(col), 1) for col in columns for i, s in enumerate(col)}
        for i, column in enumerate(columns):
            columns[i] = sorted(column, key=lambda s: (_barycentre(s, neighbours, rank), labels[s]))
    return columns


def _barycentre(slug: str, neighbours: dict[str, list[str]], rank: dict[str, float]) -> float:
    around = [rank[n] for n in neighbours[slug]]
    return sum(around) / len(around) if around else rank[slug]


def layout_columns(columns: list[list[Node]]) -> Layout:
    """Place columns of nodes left to right, each column centred vertically."""
    tallest = max((len(c) for c in columns), default=0)
    height = 2 * MARGIN + tallest * NODE_H + max(tallest - 1, 0) * GAP_Y
    result = Layout(width=2 * MARGIN + len(columns) * NODE_W + max(len(columns) - 1, 0) * GAP_X)
    result.height = height
    for i, column in enumerate(columns):
        used = len(column) * NODE_H + max(len(column) - 1, 0) * GAP_Y
        top = (height - used) / 2
        for j, node in enumerate(column):
            y = top + j * (NODE_H + GAP_Y)
            result.placed[node.slug] = Placed(node, MARGIN + i * (NODE_W + GAP_X), y)
    return result


def render_node(placed: Placed, *, prefix: str = "") -> str:
    """Draw one node as a link to its concept page, with its label on up to four lines
    (closer together past three, so the longest labels fit the box whole)."""
    node = placed.node
    lines = textwrap.wrap(prefix + node.label, LINE_CHARS) or [node.slug]
    if len(lines) > MAX_LINES:  # the tooltip and the concept page hold the whole label
        lines = [*lines[: MAX_LINES - 1], lines[MAX_LINES - 1] + "\u2026"]
    step = 15 if len(lines) <= 3 else 12
    first_y = placed.y + NODE_H / 2 - (len(lines) - 1) * step / 2
    middle = placed.x + NODE_W / 2
    text = "".join(
        f'<tspan x="{middle:.0f}" y="{first_y + i * step:.0f}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    tooltip = f"<title>{escape(node.tooltip or node.label)}</title>"
    return (
        f'<a id="node-{escape(node.slug)}" href="/concept/{escape(node.slug)}" '
        f'class="node node-{escape(node.kind)}">{tooltip}'
        f'<rect x="{placed.x:.0f}" y="{placed.y:.0f}" width="{NODE_W}" height="{NODE_H}" rx="8"/>'
        f'<text text-anchor="middle" dominant-baseline="middle">{text}</text></a>'
    )


def render_edge(
    source: Placed,
    target: Placed,
    *,
    css: str = "edge",
    verb: str = "influences",
    ports: tuple[float, float] | None = None,
) -> str:
    """Draw an arrow from the right side of ``source`` to the left side of ``target``;
    ``ports`` gives the heights it leaves and enters at, when several share a side."""
    (x1, y1), (x2, y2) = source.right, target.left
    if ports is not None:
        y1, y2 = ports
    bend = max((x2 - x1) / 2, 24)
    path = (
        f"M{x1:.0f},{y1:.0f} C{x1 + bend:.0f},{y1:.0f} {x2 - bend:.0f},{y2:.0f} {x2:.0f},{y2:.0f}"
    )
    title = f"{source.node.label} {verb} {target.node.label}"
    return (
        f'<path id="edge-{escape(source.node.slug)}--{escape(target.node.slug)}" class="{css}" '
        f'd="{path}" marker-end="url(#arrow)"><title>{escape(title)}</title></path>'
    )


def edge_ports(
    edges: list[tuple[str, str]], placed: dict[str, Placed]
) -> dict[tuple[str, str], tuple[float, float]]:
    """Give every arrow its own point on the side of each box it touches.

    Arrows leaving (or entering) one box are spread down its side in the order of the box at
    their other end, so arrows into a box with many causes end at distinct, uncrossed points
    and a reader can tell which box each one comes from.

    >>> at = layout_columns([[Node("a", "A"), Node("b", "B")], [Node("c", "C")]]).placed
    >>> ports = edge_ports([("a", "c"), ("b", "c")], at)
    >>> ports[("a", "c")][1] < ports[("b", "c")][1]
    True
    """
    ends: dict[tuple[str, str], list[float]] = {edge: [0.0, 0.0] for edge in edges}
    for side, mine, other in ((0, 0, 1), (1, 1, 0)):
        sharing: dict[str, list[tuple[str, str]]] = {}
        for edge in edges:
            sharing.setdefault(edge[mine], []).append(edge)
        for slug, group in sharing.items():
            group.sort(key=lambda e: (placed[e[other]].y, e[other]))
            box = placed[slug]
            for i, edge in enumerate(group):
                share = (i + 1) / (len(group) + 1)
                ends[edge][side] = box.y + NODE_H * (0.2 + 0.6 * share)
    return {edge: (y1, y2) for edge, (y1, y2) in ends.items()}


def svg(layout: Layout, body: list[str], *, element_id: str, title: str) -> Markup:
    """Wrap drawn parts in an accessible, responsive ``<svg>`` element."""
    return Markup(
        f'<svg id="{escape(element_id)}" class="diagram" role="group" '
        f'aria-labelledby="{element_id}-title" '
        f'viewBox="0 0 {layout.width:.0f} {layout.height:.0f}" width="{layout.width:.0f}" '
        f'height="{layout.height:.0f}" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{element_id}-title">{escape(title)}</title>{ARROW_DEFS}{"".join(body)}</svg>'
    )


def causal_model(nodes: list[Node], edges: list[tuple[str, str]]) -> Markup:
    """Draw the causal model: one box per concept, one arrow per stated direct influence.

    Nodes are layered by their longest path from a source, so every arrow points rightwards.
    """
    by_slug = {n.slug: n for n in nodes}
    edges = sorted({(a, b) for a, b in edges if a in by_slug and b in by_slug and a != b})
    labels = {n.slug: n.label for n in nodes}
    columns = order_layers(layers(list(by_slug), edges), edges, labels)
    layout = layout_columns([[by_slug[s] for s in column] for column in columns])
    ports = edge_ports(edges, layout.placed)
    body = [render_edge(layout.placed[a], layout.placed[b], ports=ports[(a, b)]) for a, b in edges]
    body += [render_node(layout.placed[s]) for column in columns for s in column]
    return svg(
        layout, body, element_id="causal-model", title="The causal model of internal marketing"
    )


def cycle(stages: list[Node], inputs: list[Node], outputs: list[Node]) -> Markup:
    """Draw the internal marketing cycle: inputs, the stages in order, then outputs."""
    columns = [column for column in (inputs, *([s] for s in stages), outputs) if column]
    layout = layout_columns(columns)
    at = layout.placed
    first, last = at[stages[0].slug], at[stages[-1].slug]
    body = [render_edge(at[n.slug], first, css="edge edge-input", verb="feeds") for n in inputs]
    body += [
        render_edge(at[a.slug], at[b.slug], css="edge edge-stage", verb="leads to")
        for a, b in itertools.pairwise(stages)
    ]
    body += [render_edge(last, at[n.slug], css="edge edge-output", verb="yields") for n in outputs]
    body += [render_node(at[n.slug]) for n in inputs + outputs]
    body += [render_node(at[s.slug], prefix=f"{i}. ") for i, s in enumerate(stages, 1)]
    return svg(layout, body, element_id="cycle-diagram", title="The internal marketing cycle")
