"""Passages a student can read on their own, cut from the corpus around a concept's mentions.

The ingest stores a mention's sentence. On its own a sentence can be useless to a reader: a
cell of a course table ("empowerment |"), a heading ("Authorising."), the same sentence once
for each mention in it, or a run-on paragraph. This module turns the mentions of one
concept in one document into passages that stand alone: one per sentence with every mention
in it marked, a table row with its column names, a heading with the sentence after it, and
a long sentence clipped around its mentions at word boundaries.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from imkg.api.highlight import Span, highlight
from imkg.namespaces import DOCUMENT, sparql_prefixes
from imkg.store import GraphStore

# A passage of at most this many words is a label ("Authorising."), and a line without a
# full stop of at most HEADING_WORDS a heading: either way the next sentence comes along.
LABEL_WORDS = 3
HEADING_WORDS = 16
# How far a heading's following text may run, and how long a shown passage may be.
FOLLOW_CHARS = 220
LONGEST_CHARS = 320
# A line with more bars than this is no table a person wrote (2,000 lines of 500 bars drew
# a million empty cells: 2.8 s and a 10 MB page); it is shown as text.
MAX_COLUMNS = 40
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")
_SEPARATOR_CELL = re.compile(r"^\s*:?-{2,}:?\s*$")


@dataclass(frozen=True)
class TableRow:
    """One row of a table written as text (``a | b | c``): its cells and its table's header."""

    start: int
    end: int
    cells: tuple[tuple[int, int], ...]
    header: tuple[str, ...]
    is_header: bool = False


def _cells(line: str, at: int) -> tuple[tuple[int, int], ...]:
    """Split a ``a | b | c`` line into trimmed cell offsets (outer bars, if any, dropped)."""
    cells = []
    cursor = 0
    for part in line.split("|"):
        lead = len(part) - len(part.lstrip())
        stripped = part.strip()
        cells.append((at + cursor + lead, at + cursor + lead + len(stripped)))
        cursor += len(part) + 1
    if line.lstrip().startswith("|"):
        cells = cells[1:]
    if line.rstrip().endswith("|"):
        cells = cells[:-1]
    return tuple(cells)


def table_rows(text: str) -> list[TableRow]:
    """Find the rows of tables written as bar-separated lines, each with its table's header.

    A table is a run of two or more such lines (blank lines between them allowed) with the
    same number of cells; its first line is the header, and markdown's ``---`` line is skipped.

    >>> text = "Intro.\\n\\ncause | effect\\n\\nA | B\\n\\nEnd."
    >>> [(text[r.start:r.end], r.header) for r in table_rows(text) if not r.is_header]
    [('A | B', ('cause', 'effect'))]
    """
    lines = [
        (m.start(), _cells(m.group(), m.start()))
        for m in re.finditer(r"[^\n]+", text)
        if 1 <= m.group().count("|") <= MAX_COLUMNS and m.group().strip() not in ("|", "")
    ]
    rows: list[TableRow] = []
    run_lines: list[tuple[int, tuple[tuple[int, int], ...]]] = []
    for at, cells in [*lines, (-1, ())]:
        previous = run_lines[-1] if run_lines else None
        joined = (
            previous is not None
            and len(cells) == len(previous[1])
            and not text[previous[1][-1][1] : at].strip(" |\n")
        )
        if not joined:
            rows += _table(text, run_lines)
            run_lines = []
        run_lines.append((at, cells))
    return rows


def _table(text: str, lines: list[tuple[int, tuple[tuple[int, int], ...]]]) -> list[TableRow]:
    body = [
        (at, cells)
        for at, cells in lines
        if not all(_SEPARATOR_CELL.match(text[a:b] or "--") for a, b in cells)
    ]
    if len(body) < 2 or len(body[0][1]) < 2:
        return []
    header = tuple(text[a:b] for a, b in body[0][1])
    return [
        TableRow(at, cells[-1][1], cells, header, is_header=i == 0)
        for i, (at, cells) in enumerate(body)
    ]


def document_texts(store: GraphStore, doc_ids: list[str]) -> dict[str, str]:
    """Read the text of several documents in one query."""
    if not doc_ids:
        return {}
    values = " ".join(f"<{DOCUMENT}{d}>" for d in doc_ids)
    query = sparql_prefixes() + (
        f"SELECT ?doc ?text WHERE {{ VALUES ?doc {{ {values} }} ?doc imkg:text ?text }}"
    )
    return {
        row["doc"].value.removeprefix(DOCUMENT): row["text"].value for row in store.select(query)
    }


def readable_passages(
    text: str | None, mentions: list[dict[str, Any]], slug: str, label: str
) -> list[dict[str, Any]]:
    """Return one readable passage per stretch of text, each with all its mentions marked.

    ``mentions`` are one concept's mentions in one document (offsets into ``text``).
    Each passage has ``start`` (its first mention, for the link into the document),
    ``mentions`` (how many it marks) and ``html``.
    """
    spans = sorted(
        (Span(m["start"], m["end"], slug, label) for m in mentions), key=lambda s: s.start
    )
    if not text:
        return [_bare(m, slug, label) for m in mentions]
    rows = table_rows(text)
    passages: list[dict[str, Any]] = []
    for mention in sorted(mentions, key=lambda m: m["start"]):
        if passages and passages[-1]["start_at"] <= mention["start"] < passages[-1]["end_at"]:
            continue  # already shown, marked, in an earlier passage
        row = next((r for r in rows if r.start <= mention["start"] < r.end), None)
        if row is not None:
            passages.append(_row_passage(text, row, spans))
        else:
            passages.append(_sentence_passage(text, mention, spans))
    for passage in passages:
        inside = [s for s in spans if passage["start_at"] <= s.start < passage["end_at"]]
        passage["start"] = inside[0].start if inside else passage["start_at"]
        passage["mentions"] = len(inside)
    return passages


def _mark(text: str, start: int, end: int, spans: list[Span]) -> Markup:
    """Highlight ``text[start:end]`` with the spans that start inside it (fewer to sort)."""
    return highlight(text[start:end], [s for s in spans if start <= s.start < end], offset=start)


def _bare(mention: dict[str, Any], slug: str, label: str) -> dict[str, Any]:
    shown = mention.get("text") or ""
    html = highlight(shown, [Span(0, len(shown), slug, label)])
    return {"start": mention["start"], "start_at": mention["start"], "end_at": mention["end"],
            "mentions": 1, "html": html}  # fmt: skip


def _row_passage(text: str, row: TableRow, spans: list[Span]) -> dict[str, Any]:
    """A table row as ``column: cell`` pairs, so a cell reads with what its column means."""
    if row.is_header:
        cells = [_mark(text, a, b, spans) for a, b in row.cells]
        html = Markup("Table columns: ") + Markup(" · ").join(cells)
    else:
        pairs = [
            Markup('<span class="cell-name">{}:</span> {}').format(name, _mark(text, a, b, spans))
            for name, (a, b) in zip(row.header, row.cells, strict=True)
        ]
        html = Markup('<span class="table-row">') + Markup("; ").join(pairs) + Markup("</span>")
    return {"start_at": row.start, "end_at": row.end, "html": html}


def _sentence_passage(text: str, mention: dict[str, Any], spans: list[Span]) -> dict[str, Any]:
    start = mention.get("passage_start")
    end = mention.get("passage_end")
    if start is None or end is None:
        start, end = mention["start"], mention["end"]
    # offsets come from the store, which anyone with the token can write (and the synthetic
    # stores end a sentence past the text): keep them inside the text
    start, end = min(max(start, 0), len(text)), min(max(end, 0), len(text))
    start, end = _trim(text, start, end)
    if _is_heading(text, start, end):
        return _heading_passage(text, start, end, spans)
    inside = [s for s in spans if max(start, mention["start"]) <= s.start < end]
    start, end, before, after = _clip(text, start, end, inside)
    html = Markup(before) + _mark(text, start, end, spans) + Markup(after)
    return {"start_at": start, "end_at": end, "html": html}


def _is_heading(text: str, start: int, end: int) -> bool:
    """Whether a passage is a label or a heading, which says little without what follows.

    >>> _is_heading("Contactors\\n\\nThey serve.", 0, 10)
    True
    >>> _is_heading("Trusted staff serve well.", 0, 25)
    False
    """
    words = len(text[start:end].split(maxsplit=HEADING_WORDS))
    if words <= LABEL_WORDS:
        return True
    ends_line = end == len(text) or text[end] == "\n"
    return ends_line and words <= HEADING_WORDS and text[end - 1] not in ".!?:;,"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _heading_passage(text: str, start: int, end: int, spans: list[Span]) -> dict[str, Any]:
    """A heading or a label, followed by the sentence after it (clipped at a word)."""
    head = Markup('<strong class="passage-head">{}</strong>').format(_mark(text, start, end, spans))
    follow_start, follow_end, clipped = _next_sentence(text, end)
    if follow_end <= follow_start:
        return {"start_at": start, "end_at": end, "html": head}
    one_line = text[follow_start:follow_end].replace("\n", " ")  # same length: offsets hold
    inside = [s for s in spans if follow_start <= s.start < follow_end]
    tail = highlight(one_line, inside, offset=follow_start) + Markup(" …" if clipped else "")
    return {"start_at": start, "end_at": follow_end, "html": head + Markup(" ") + tail}


def _next_sentence(text: str, after: int) -> tuple[int, int, bool]:
    """Where the sentence after ``after`` starts and ends, and whether it had to be clipped."""
    begin = after
    while begin < len(text) and text[begin].isspace():
        begin += 1
    found = _SENTENCE_END.search(text, begin, begin + FOLLOW_CHARS)
    if found is None:
        end = _word_end(text, begin, begin + FOLLOW_CHARS)
        return begin, end, end < len(text.rstrip())
    end = found.end() if found.group() in ".!?" else found.start()
    return (*_trim(text, begin, end), False)


def _word_end(text: str, start: int, limit: int) -> int:
    """Where the last whole word before ``limit`` ends."""
    if limit >= len(text):
        return len(text)
    cut = text.rfind(" ", start, limit)
    return cut if cut > start else limit


def _clip(text: str, start: int, end: int, inside: list[Span]) -> tuple[int, int, str, str]:
    """Clip a long passage to about LONGEST_CHARS around its first mention and those near
    it, at word boundaries; mentions further on get passages of their own (100 mentions along
    a 1 MB line were one passage of the whole line)."""
    if end - start <= LONGEST_CHARS or not inside:
        return start, end, "", ""
    first = inside[0].start
    last = max(s.end for s in inside if s.end <= first + LONGEST_CHARS or s is inside[0])
    spare = max(LONGEST_CHARS - (last - first), 40)
    new_start = max(start, first - spare // 2)
    new_end = min(end, max(last + spare // 2, new_start + LONGEST_CHARS))
    if new_start > start:
        space = text.find(" ", new_start, first)
        new_start = space + 1 if space >= 0 else new_start
    if new_end < end:
        space = text.rfind(" ", last, new_end)
        new_end = space if space >= 0 else new_end
    before = "… " if new_start > start else ""
    after = " …" if new_end < end else ""
    return new_start, new_end, str(escape(before)), str(escape(after))


def document_html(text: str, spans: list[Span]) -> Markup:
    """Return a document's text with its mentions marked (anchored ``m{start}``) and each
    table written as bar-separated lines drawn as a table with a header row."""
    ordered = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]

    def marked(begin: int, end: int) -> Markup:
        """Highlight ``text[begin:end]`` with only the spans that start inside it."""
        inside = ordered[bisect_left(starts, begin) : bisect_left(starts, end)]
        return highlight(text[begin:end], inside, offset=begin, anchors=True)

    parts: list[Markup] = []
    cursor = 0
    for table in _tables(table_rows(text)):
        before_end = table[0].start
        while before_end > cursor and text[before_end - 1] == "\n":
            before_end -= 1  # the table's box makes the gap
        parts.append(marked(cursor, before_end))
        parts.append(_table_html(table, marked))
        cursor = table[-1].end
        while cursor < len(text) and text[cursor] == "\n":
            cursor += 1
    parts.append(marked(cursor, len(text)))
    return Markup("").join(parts)


def _tables(rows: list[TableRow]) -> list[list[TableRow]]:
    tables: list[list[TableRow]] = []
    for row in rows:
        if row.is_header:
            tables.append([])
        tables[-1].append(row)
    return tables


def _table_html(table: list[TableRow], marked: Callable[[int, int], Markup]) -> Markup:
    def cells(row: TableRow, tag: str) -> Markup:
        return Markup("").join(
            Markup("<{0}>{1}</{0}>").format(Markup(tag), marked(a, b)) for a, b in row.cells
        )

    head, *body = table
    rows = Markup("").join(Markup("<tr>{}</tr>").format(cells(row, "td")) for row in body)
    return Markup(
        '<div class="table-scroll"><table class="doc-table"><thead><tr>{}</tr></thead>'
        "<tbody>{}</tbody></table></div>"
    ).format(cells(head, "th"), rows)
