"""Concepts a syllabus names through a shared head noun: "external, interactive and internal
marketing", "internal and external customers", "training and motivating employees".

Outlines pack topics into such coordinations, and the tagger sees only the last, complete
phrase. Here each one-word conjunct is joined to the head of that phrase and the result is
tagged again; it counts only when the whole rebuilt phrase is a concept's label, so a conjunct
that is no concept with the head, or that belongs to a tagged phrase of its own, adds nothing.
The head may also come first, naming the kinds a list goes on to give: "three kinds of
marketing in a service firm: external, interactive and internal" (``listed_mentions``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from imkg.syllabus_mentions import Reading, TaggedSpans

# One-word conjuncts right before the full phrase: "external, interactive and ".
_CONJUNCTS = re.compile(r"\b((?:[A-Za-z][\w-]*,\s+)*[A-Za-z][\w-]*),?\s+(?:and|or|&|and/or)\s+$")
# What may come before the first conjunct: a boundary, a function word or a verb outlines use,
# not a noun that would make the first conjunct part of another phrase ("customer service and").
_OPENER = re.compile(
    r"(?:^|[\n.,;:(|]|\b(?:the|a|an|of|in|on|to|for|with|between|both|from|about|its|their|"
    r"our|how|why|what|and|or|is|are|including|such\s+as|week\s+\d+|covers?|introduces?|"
    r"compare|contrast|explain|evaluate|assess|discuss|analy[sz]e|describe|examine|explore|"
    r"study|studies|understand|apply|distinguish|identify|outline|review|consider|improve|"
    r"measure|manage|build|design|link|links)|\d)\s*$",
    re.IGNORECASE,
)
_REACH = 120
# "kinds of marketing (in a service firm): external, interactive and internal"
_KINDS_LIST = re.compile(
    r"\b(?:kinds|types|forms|sorts|levels|faces)\s+of\s+(?P<head>[a-z][a-z-]+)\b[^:\n.]{0,40}:\s*"
    r"(?P<items>[A-Za-z][\w-]*(?:,\s*[A-Za-z][\w-]*)*,?\s+(?:and|or|&)\s+[A-Za-z][\w-]*)\b",
    re.IGNORECASE,
)
MAX_PHRASES = 300  # distinct phrases tagged again per text, so a huge upload stays cheap


class Elided(Reading):
    """A concept named by a conjunct and the head it shares, at the conjunct's offsets."""


def elided_mentions(
    text: str, mentions: Iterable[Any], tag: Callable[[str], Sequence[Any]]
) -> list[Elided]:
    """Return the concepts named by conjuncts that share the head of a tagged phrase.

    Args:
        text: The syllabus.
        mentions: The tagger's mentions (``start``, ``end``, ``text``, sentence offsets).
        tag: Tags a short phrase; returns mentions with ``start``, ``end`` and ``concept``.
    """
    mentions = list(mentions)
    tagged_spans = TaggedSpans(mentions)
    found: list[Elided] = []
    tagged: dict[str, Sequence[Any]] = {}
    for m in mentions:
        words = m.text.split()
        if len(words) < 2:
            continue
        head = " ".join(words[1:])
        before = text[max(0, m.start - _REACH) : m.start]
        match = _CONJUNCTS.search(before)
        if not match or not _OPENER.search(before[: match.start()]):
            continue
        offset = m.start - len(before) + match.start(1)
        for word in re.finditer(r"[A-Za-z][\w-]*", match.group(1)):
            at = offset + word.start()
            if tagged_spans.holds(at):
                continue  # the conjunct belongs to a phrase of its own
            phrase = f"{word.group()} {head}"
            if phrase not in tagged and len(tagged) < MAX_PHRASES:
                tagged[phrase] = tag(phrase)
            for hit in tagged.get(phrase, ()):
                if hit.start == 0 and hit.end == len(phrase):
                    found.append(
                        Elided(
                            at,
                            at + len(word.group()),
                            word.group(),
                            hit.concept,
                            m.sentence_start,
                            m.sentence_end,
                        )
                    )
    return found


def listed_mentions(text: str, tag: Callable[[str], Sequence[Any]]) -> list[Elided]:
    """Return the concepts named by one-word items after "kinds of <head>:", each joined to the
    head ("interactive marketing"), counted only when the rebuilt phrase is tagged whole."""
    found: list[Elided] = []
    tagged: dict[str, Sequence[Any]] = {}
    for listed in _KINDS_LIST.finditer(text):
        head = listed.group("head").lower()
        for word in re.finditer(r"[A-Za-z][\w-]*", listed.group("items")):
            phrase = f"{word.group().lower()} {head}"
            if word.group().lower() in {"and", "or"}:
                continue
            if phrase not in tagged and len(tagged) < MAX_PHRASES:
                tagged[phrase] = tag(phrase)
            at = listed.start("items") + word.start()
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            found += [
                Elided(at, at + len(word.group()), word.group(), hit.concept, line_start, line_end)
                for hit in tagged.get(phrase, ())
                if hit.start == 0 and hit.end == len(phrase)
            ]
    return found
