"""Questions that name an author: "according to Ahmed and Rafiq, what are the barriers".

The graph records where each concept comes from (``dcterms:source``), and the seed texts
name the authors they cite ("citing Ballantyne (2003)"). A question framed by an author
is answered without the frame, then only if every concept in the answer comes from a
source that cites that author. An author the sources never cite ("what did Berry say about
...") declines: answering would put words in that author's mouth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from imkg.cache import per_generation
from imkg.namespaces import sparql_prefixes
from imkg.qa.context import Context
from imkg.store import GraphStore
from imkg.text import fold

# Words that name the sources in general, which the intent frames already read
# ("according to the literature"): no particular author.
_GENERIC = re.compile(
    r"^(?:the |our |my |your )?(?:literature|research|model|theory|evidence|course|readings?|"
    r"studies|graph|authors?|experts?|textbook|book|slides|notes|sources?|lecturer|teacher|"
    r"you|u|we|they|people|it|this|that|them|imkg|internal marketing|im)$"
)
# An author's name never opens with a determiner: "for my class on Thursday, ..." is no author
_WHO = (
    r"(?P<who>(?!(?:my|our|your|his|her|their|the|an?|this|that|these|those|next|each|every|"
    r"whom|who|which|what)\b)"
    r"[a-z][a-z.'-]*(?:(?: |&| & )(?:and |& )?[a-z][a-z.'-]*){0,3}?(?: \(?\d{4}\)?)?)"
)
_QUESTION = (
    r"(?=(?:what|which|who|how|where|why|is|are|does|do|can|list|name|define|explain|"
    r"describe|give|tell)\b)"
)
_FRAMES = (
    # "according to Ahmed and Rafiq, what are the barriers"
    re.compile(rf"^(?:according to|as per|in the (?:view|words) of|for) {_WHO},? {_QUESTION}"),
    # "what are the barriers according to Ahmed and Rafiq"
    re.compile(rf",? (?:according to|as per|in the (?:view|words) of) {_WHO}$"),
    # "what did Berry say about employees as customers"
    re.compile(
        rf"^what (?:did|does|do) {_WHO} (?:say|write|argue|think|claim|suggest|propose)"
        r" (?:about|on|regarding) (?P<topic>.+)$"
    ),
    # "Ballantyne said what about diffusing", as people type it
    re.compile(
        rf"^{_WHO} (?:said|says|say|wrote|writes|argued|argues|thinks|claimed|claims) what"
        r" (?:about|on|regarding) (?P<topic>.+)$"
    ),
    # "did Ahmed and Rafiq list resistance to change as a barrier": is it one, by their account
    re.compile(
        rf"^(?:did|does|do) {_WHO} (?:list|name|count|include|class|classify|describe|see|treat|"
        r"identify|mention|present|give|define) (?P<member>.+?) as (?P<kind>(?:an?|one of the|"
        r"among the|part of the) .+)$"
    ),
)
# A work named by its author: "the Ballantyne article", "Judd's paper", "in the Ahmed and
# Rafiq piece". The work stands for its author; words that describe a work rather than name
# its author ("the short article", "the course text") are no name.
_WORK = re.compile(
    r"\b(?P<in>in )?(?:the )?(?P<who>(?!(?:short|long|encyclopa?edia|course|lecture|unit|first|"
    r"second|third|same|other|this|that|whole|original|main|key|seminal|classic|famous|new|old|"
    r"recent|latest|last|next|journal|academic|research|case|assigned|required|set|core|"
    r"review|my|our|your|their|the|an?|which|what|each|every|any|one)\b)"
    r"[a-z][a-z.-]*(?: (?:and|&) [a-z][a-z.-]*)?)(?:'s|s')? "
    r"(?:paper|article|piece|chapter|study|book|text|reading)\b,?"
)
_WORK_WORD = re.compile(r" (?:paper|article|piece|chapter|study|book|text|reading)\b")
# How a source names the work it draws on: "citing Ballantyne (2003)", "drawing on Judd (1987)"
_CITING = re.compile(
    r"(?:citing|drawing on|draws on|based on|after|following|adapted from) (?P<authors>.+?) "
    r"\(\d{4}\)"
)
_SOURCES = sparql_prefixes() + "SELECT DISTINCT ?source WHERE { ?c dcterms:source ?source . }"
_NOT_NAME = frozenset(("and", "et", "al", "al.", "&"))


@dataclass
class Framed:
    """A question with its author frame taken off: the question left and the author named."""

    question: str
    who: str


def author_frame(question: str) -> Framed | None:
    """Take an author frame off ``question``; None when it names no particular author.

    >>> author_frame("According to Ahmed and Rafiq, what are the barriers to IM?")
    Framed(question='what are the barriers to IM', who='ahmed and rafiq')
    >>> author_frame("what does the literature say about empowerment") is None
    True
    """
    text = " ".join(fold(question).strip(" ?!.").split())
    if _WORK_WORD.search(text):
        text = _WORK.sub(_work_author, text, count=1)
    for frame in _FRAMES:
        found = frame.search(text)
        if found is None or _GENERIC.match(found["who"]):
            continue
        if "topic" in found.groupdict():
            rest = f"what is {found['topic']}"
        elif "kind" in found.groupdict():
            rest = f"is {found['member']} {found['kind']}"
        else:
            rest = (text[: found.start()] + " " + text[found.end() :]).strip(" ,")
        if rest:
            return Framed(_original_case(question, rest), found["who"])
    return None


def _work_author(found: re.Match[str]) -> str:
    """The author of a work named by them, framed as "according to" after "in"."""
    return f"according to {found['who']}," if found["in"] else found["who"]


# A keyword query that ends in a name: "internal customer groups judd", "barriers ahmed and rafiq"
_TRAILING_NAME = re.compile(
    r"^(?P<rest>(?!(?:what|which|who|whom|whose|how|why|where|when|is|are|does|do|did|can|"
    r"according|as per)\b)[a-z][a-z' -]*?) (?P<who>[a-z]+(?:(?: and| &) [a-z]+)?)$"
)


def trailing_author(ctx: Context, question: str) -> Framed | None:
    """Take a cited author's name off the end of a keyword query; None for any other word.

    Only a name the sources cite counts, so "service quality causes" keeps its last word.
    """
    found = _TRAILING_NAME.match(" ".join(fold(question).strip(" ?!.").split()))
    if found is None:
        return None
    names = per_generation(ctx.store, "qa-cited-names", _cited_names)
    if not set(re.findall(r"[a-z]+", found["who"])) - _NOT_NAME <= names:
        return None
    return Framed(_original_case(question, found["rest"]), found["who"])


def _cited_names(store: GraphStore) -> frozenset[str]:
    """Every word of the authors' names the sources cite ("ahmed", "rafiq", "judd")."""
    names = set()
    for row in store.select(_SOURCES):
        for found in _CITING.finditer(row["source"].value):
            names |= set(re.findall(r"[a-z]+", fold(found["authors"])))
    return frozenset(names - _NOT_NAME)


def _original_case(question: str, rest: str) -> str:
    """Return ``rest`` as typed when the question holds it verbatim (keeps "IM", "HRM")."""
    at = fold(question).find(rest)
    return question[at : at + len(rest)] if at >= 0 else rest


def cited(ctx: Context, who: str) -> str | None:
    """Return the citation (as the sources write it) that names the author ``who``, or None."""
    wanted = {w for w in re.findall(r"[a-z]+", who) if w not in _NOT_NAME}
    if not wanted:
        return None
    for row in ctx.store.select(_SOURCES):
        found = _CITING.search(row["source"].value)
        if found and wanted <= set(re.findall(r"[a-z]+", fold(found["authors"]))):
            return found["authors"]
    return None


def attributed(ctx: Context, slugs: list[str], citation: str) -> bool:
    """Say whether every concept of ``slugs`` comes from a source citing ``citation``."""
    if not slugs:
        return False
    values = " ".join(f"imc:{slug}" for slug in set(slugs))
    rows = ctx.store.select(
        sparql_prefixes()
        + f"SELECT DISTINCT ?c ?s WHERE {{ VALUES ?c {{ {values} }} ?c dcterms:source ?s . "
        f"FILTER(CONTAINS(STR(?s), {_literal(citation)})) }}"
    )
    backed = {
        row["c"].value
        for row in rows
        if any(found["authors"] == citation for found in _CITING.finditer(row["s"].value))
    }
    return len(backed) == len(set(slugs))


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
