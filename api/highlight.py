"""Mark the concepts tagged in a text: ``<mark>`` links built from annotation offsets.

Offsets are character offsets into the document's plain text (the ``oa:TextPositionSelector``
of each annotation). Every piece of text is escaped; only the marks are markup. Where tagged
spans overlap, the one that starts first wins, and of those the longest, so marks never nest
and never cross.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    """A tagged stretch of text: ``text[start:end]`` mentions the concept ``slug``."""

    start: int
    end: int
    slug: str
    label: str = ""


def non_overlapping(spans: list[Span], length: int) -> list[Span]:
    """Keep spans that fit inside the text and do not overlap an earlier, longer one.

    >>> [s.slug for s in non_overlapping([Span(0, 8, "a"), Span(4, 12, "b"), Span(9, 12, "c")], 20)]
    ['a', 'c']
    """
    kept: list[Span] = []
    reach = 0
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start), s.slug)):
        if 0 <= span.start < span.end <= length and span.start >= reach:
            kept.append(span)
            reach = span.end
    return kept


def mark(span: Span, text: str, *, anchor: str = "") -> str:
    """Return one mention as a ``<mark>`` around a link to the concept page."""
    title = escape(span.label or span.slug)
    at = f' id="{escape(anchor)}"' if anchor else ""
    return (
        f'<mark{at} class="mention" data-concept="{escape(span.slug)}">'
        f'<a href="/concept/{escape(span.slug)}" title="{title}">{escape(text)}</a></mark>'
    )


def highlight(text: str, spans: list[Span], *, offset: int = 0, anchors: bool = False) -> Markup:
    """Return ``text`` escaped, with each span wrapped in a mark that links to its concept.

    ``offset`` is where ``text`` starts in the document the spans' offsets refer to, so a
    passage (one sentence) can be highlighted with the document's annotations. With
    ``anchors`` each mark gets the id ``m{start}`` so a link can point at one mention.

    >>> str(highlight("a <b> job", [Span(6, 9, "job", "the job")]))
    'a &lt;b&gt; <mark class="mention" data-concept="job"><a href="/concept/job" \
title="the job">job</a></mark>'
    """
    local = [Span(s.start - offset, s.end - offset, s.slug, s.label) for s in spans]
    parts: list[str] = []
    cursor = 0
    for span in non_overlapping(local, len(text)):
        parts.append(str(escape(text[cursor : span.start])))
        anchor = f"m{span.start + offset}" if anchors else ""
        parts.append(mark(span, text[span.start : span.end], anchor=anchor))
        cursor = span.end
    parts.append(str(escape(text[cursor:])))
    return Markup("".join(parts))
