"""The one table of media types imkg serves, and content negotiation over it.

Each :class:`Format` is what a client can ask for, by ``Accept`` header (with q-values) or by
a ``format=`` parameter (for browsers). Aliases such as ``application/json`` or
``application/xml`` resolve through pyoxigraph's own ``from_media_type``, so the table only
names the formats, in the server's order of preference for each kind of answer.

>>> negotiate("text/csv;q=0.5, application/sparql-results+json", RESULTS).name
'json'
>>> negotiate("*/*", GRAPH).name
'turtle'
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

OxFormat = ox.RdfFormat | ox.QueryResultsFormat


@dataclass(frozen=True)
class Format:
    """A serialisation a client can ask for."""

    name: str
    ox_format: OxFormat
    media_type: str

    @property
    def iri(self) -> str:
        """The W3C format IRI (http://www.w3.org/ns/formats/...)."""
        return self.ox_format.iri


def _format(name: str, ox_format: OxFormat, charset: bool = False) -> Format:
    media_type = ox_format.media_type.split(";")[0]
    return Format(name, ox_format, f"{media_type}; charset=utf-8" if charset else media_type)


_R, _G = ox.QueryResultsFormat, ox.RdfFormat
# SELECT and ASK results.
RESULTS = (
    _format("json", _R.JSON),
    _format("xml", _R.XML),
    _format("csv", _R.CSV, charset=True),
    _format("tsv", _R.TSV, charset=True),
)
# CONSTRUCT and DESCRIBE results, service descriptions, one graph of the Graph Store.
GRAPH = (
    _format("turtle", _G.TURTLE, charset=True),
    _format("ntriples", _G.N_TRIPLES),
    _format("jsonld", _G.JSON_LD),
    _format("rdfxml", _G.RDF_XML),
)
# The whole dataset from the Graph Store.
DATASET = (
    _format("trig", _G.TRIG, charset=True),
    _format("nquads", _G.N_QUADS),
    _format("jsonld", _G.JSON_LD),
)
# Graph Store uploads: formats that carry triples (JSON-LD's default graph included).
UPLOAD = (*GRAPH, _format("n3", _G.N3))

_ALIASES = {"ttl": "turtle", "nt": "ntriples", "json-ld": "jsonld", "rdf": "rdfxml"}


class NotAcceptable(Exception):
    """No format of the kind asked for satisfies the client; the message lists what does."""

    def __init__(self, kind: tuple[Format, ...], asked: str) -> None:
        offered = ", ".join(f.media_type.split(";")[0] for f in kind)
        super().__init__(f"cannot answer in {asked!r} here; available: {offered}")


def _lookup(kind: tuple[Format, ...], media_type: str) -> Format | None:
    """Return the format of ``kind`` that ``media_type`` (or an alias of it) names."""
    for fmt in kind:
        if fmt.media_type.split(";")[0] == media_type:
            return fmt
    resolver = ox.QueryResultsFormat if kind is RESULTS else ox.RdfFormat
    found = resolver.from_media_type(media_type)
    return next((f for f in kind if f.ox_format == found), None)


def parse_accept(header: str) -> list[tuple[str, float]]:
    """Split an ``Accept`` header into ``(media range, q)`` pairs, in the client's order.

    >>> parse_accept("text/turtle;q=0.8, */*;q=0.1")
    [('text/turtle', 0.8), ('*/*', 0.1)]
    """
    ranges = []
    for part in header.split(","):
        media_range, *params = (p.strip() for p in part.split(";"))
        if "/" not in media_range:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((media_range.lower(), q))
    return ranges


def _match(fmt: Format, kind: tuple[Format, ...], ranges: list[tuple[str, float]]) -> tuple:
    """Return (specificity, -position, q) of the most specific range matching ``fmt``."""
    best: tuple = ()
    for index, (media_range, q) in enumerate(ranges):
        main, _, sub = media_range.partition("/")
        if media_range == "*/*":
            specificity = 0
        elif sub == "*":
            specificity = 1 if fmt.media_type.startswith(main + "/") else -1
        else:
            specificity = 2 if _lookup(kind, media_range) is fmt else -1
        if specificity >= 0 and (specificity, -index) > best[:2]:
            best = (specificity, -index, q)
    return best


def negotiate(accept: str | None, kind: tuple[Format, ...], fmt: str | None = None) -> Format:
    """Pick the format of ``kind`` that the client prefers.

    ``fmt`` (a ``format=`` parameter: a name such as ``csv`` or ``turtle``, or a media type)
    wins over the header. A missing header, or one naming no media range, means ``*/*``.
    Among equal q-values the range named earlier wins, then the server's order.

    Raises:
        NotAcceptable: when nothing in ``kind`` satisfies the client.
    """
    if fmt:
        return _named(fmt, kind)
    ranges = parse_accept(accept or "") or [("*/*", 1.0)]
    best, best_key = None, None
    for order, candidate in enumerate(kind):
        match = _match(candidate, kind, ranges)
        if match and match[2] > 0.0:
            key = (match[2], match[1], -order)
            if best_key is None or key > best_key:
                best, best_key = candidate, key
    if best is None:
        raise NotAcceptable(kind, accept or "")
    return best


def _named(fmt: str, kind: tuple[Format, ...]) -> Format:
    name = fmt.strip().lower()
    name = _ALIASES.get(name, name)
    for candidate in kind:
        if candidate.name == name:
            return candidate
    if "/" in name:
        found = _lookup(kind, name)
    else:  # a file extension: json, xml, srj, rdf, ...
        resolver = ox.QueryResultsFormat if kind is RESULTS else ox.RdfFormat
        extension = resolver.from_extension(name)
        found = next((f for f in kind if f.ox_format == extension), None)
    if found is None:
        raise NotAcceptable(kind, fmt)
    return found


def prefers_html(accept: str | None) -> bool:
    """Tell whether a client (a browser) would rather read a page than JSON or plain text."""
    return _prefers(accept, ("text/html", "text/*"), ("application/json", "application/*",
                                                     "text/plain"))  # fmt: skip


def prefers_text(accept: str | None) -> bool:
    """Tell whether a client would rather read an error as text/plain than as JSON."""
    return _prefers(accept, ("text/plain", "text/*"), ("application/json", "application/*"))


def _prefers(accept: str | None, wanted: tuple[str, ...], rivals: tuple[str, ...]) -> bool:
    """Whether ``accept`` ranks the best of ``wanted`` above the best of ``rivals``."""
    ranges = dict(parse_accept(accept or ""))
    best = max(ranges.get(media, 0.0) for media in wanted)
    return best > max(ranges.get(media, 0.0) for media in rivals)
