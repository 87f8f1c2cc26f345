"""Abbreviations: ``internal marketing (IM)`` defines IM for the rest of the document.

Two sources make an acronym a mention of a concept:

- a definition in the document itself: a tagged concept followed by an acronym in
  parentheses whose letters are the initials of the concept's words (``total quality
  management (TQM)``), or the reverse order (``TQM (total quality management)``), or a list
  of abbreviations (``JS = job satisfaction``, ``FLE: front-line employee``);
- an acronym label of the ontology (``skos:hiddenLabel "TQM"``). Acronyms of three or
  more letters are matched case-sensitively everywhere; two-letter ones (``IM``) are too
  ambiguous for that and count only where the document defines them, names the concept in
  full somewhere, or names two concepts of its vocabulary (``internal customers``,
  ``internal comms``: a deck about internal marketing that never spells ``IM`` out).

``IM`` next to a word for a channel (``IM notifications``, ``by e-mail or IM``, ``via IM``)
is instant messaging, whatever licenses the acronym.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.strings import hash_string
from spacy.tokens import Doc

ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}s?$")
MIN_FREE_ACRONYM = 3
SKIPPED_WORDS = frozenset({"of", "and", "the", "for", "in", "to", "&"})


def is_acronym(text: str) -> bool:
    """Whether a label or token looks like an acronym (``IM``, ``TQM``, ``HRMs``).

    >>> is_acronym("TQM"), is_acronym("Tqm"), is_acronym("I")
    (True, False, False)
    """
    return ACRONYM.match(text) is not None


def expands_to(acronym: str, phrase: str) -> bool:
    """Whether an acronym's letters are the initials of a phrase's words.

    >>> expands_to("IM", "internal marketing"), expands_to("TQM", "total quality management")
    (True, True)
    >>> expands_to("IM", "job satisfaction")
    False
    """
    letters = acronym.removesuffix("s").replace("&", "").lower()
    words = [w for w in re.split(r"[\s\-/]+", phrase.lower()) if w]
    full = "".join(w[0] for w in words)
    content = "".join(w[0] for w in words if w not in SKIPPED_WORDS)
    return letters in (full, content)


def find_definitions(doc: Doc, orths: np.ndarray, mentions: list[tuple]) -> dict[str, str]:
    """Return ``{acronym: concept IRI}`` for every acronym the document defines.

    ``orths`` holds the tokens' ORTH hashes, ``mentions`` ``(start, end, kind, iri)``.
    """
    strings = doc.vocab.strings
    opening, closing = strings["("], strings[")"]
    size = len(orths)
    found: dict[str, str] = {}
    _glossary_definitions(doc, orths, mentions, found)
    # Every other definition has an opening parenthesis next to a mention: look only there.
    opened = set(np.flatnonzero(orths == opening).tolist())
    if not opened:
        return found
    for start, end, _, iri in mentions:
        if end not in opened and start - 1 not in opened:
            continue
        if end + 2 < size and orths[end] == opening and orths[end + 2] == closing:
            acronym = strings[int(orths[end + 1])]
            if is_acronym(acronym) and expands_to(acronym, doc[start:end].text):
                found.setdefault(acronym.removesuffix("s"), iri)
        if start >= 2 and orths[start - 1] == opening and end < size and orths[end] == closing:
            acronym = strings[int(orths[start - 2])]
            if is_acronym(acronym) and expands_to(acronym, doc[start:end].text):
                found.setdefault(acronym.removesuffix("s"), iri)
    return found


# Marks a list of abbreviations sets between an acronym and its words: ``IM = internal
# marketing``, ``FLE: front-line employee`` (``=`` also after the words).
GLOSSARY_MARKS = ("=", ":")


def _glossary_definitions(doc: Doc, orths: np.ndarray, mentions: list[tuple],
                          found: dict[str, str]) -> None:  # fmt: skip
    """Add the definitions a list of abbreviations gives: ``JS = job satisfaction``, ``CS:
    customer satisfaction``, ``job satisfaction = JS`` (the letters must be the initials)."""
    strings = doc.vocab.strings
    equals, colon = (strings[m] for m in GLOSSARY_MARKS)
    marks = set(np.flatnonzero((orths == equals) | (orths == colon)).tolist())
    if not marks:
        return
    size = len(orths)
    for start, end, _, iri in mentions:
        candidates = []
        if start - 1 in marks and start >= 2:
            candidates.append(start - 2)
        if end in marks and end + 1 < size and orths[end] == equals:
            candidates.append(end + 1)
        for at in candidates:
            acronym = strings[int(orths[at])]
            if is_acronym(acronym) and expands_to(acronym, doc[start:end].text):
                found.setdefault(acronym.removesuffix("s"), iri)


def acronym_mentions(
    doc: Doc, orths: np.ndarray, acronyms: dict[str, str], taken: bytearray
) -> list[tuple[int, int, str, str]]:
    """Return ``(start, end, "abbr", iri)`` for each free occurrence of the acronyms
    (singular or plural).

    ``taken`` marks the tokens already inside a mention; those are left alone.
    """
    if not acronyms:
        return []
    strings = doc.vocab.strings
    wanted = {strings.add(a): iri for a, iri in acronyms.items()}
    wanted |= {strings.add(a + "s"): iri for a, iri in acronyms.items()}
    if len(wanted) <= 8:  # a few comparisons cost less than np.isin's sort
        keys = iter(wanted)
        mask = orths == next(keys)
        for key in keys:
            mask |= orths == key
    else:
        mask = np.isin(orths, np.fromiter(wanted, dtype=orths.dtype))
    hits = [i for i in np.flatnonzero(mask).tolist() if not taken[i]]
    if OTHER_SENSES.keys() & acronyms.keys():
        hits = [i for i in hits if strings[int(orths[i])].removesuffix("s") not in OTHER_SENSES
                or not messaging(orths, i)]  # fmt: skip
    return [(i, i + 1, "abbr", wanted[int(orths[i])]) for i in hits]


# ``IM`` is also instant messaging: the acronyms that have such a sense, and the words around
# them that choose it (``IM notifications``, ``mute IM threads``, ``by e-mail or IM``, ``pass
# changes on by IM``, ``via IM``).
OTHER_SENSES = {"IM": "instant messaging"}
_CHANNELS = ("message", "messages", "messaging", "messenger", "notification", "notifications",
             "thread", "threads", "chat", "chats", "conversation", "conversations", "email",
             "emails", "e-mail", "e-mails", "sms", "text", "texts", "phone", "dm", "dms",
             "inbox", "app", "slack", "whatsapp", "teams", "ping", "pinged", "mail", "alert",
             "alerts")  # fmt: skip
CHANNEL_WORDS = frozenset(hash_string(f) for w in _CHANNELS for f in (w, w.capitalize(), w.upper()))
CHANNEL_PREPOSITIONS = frozenset(hash_string(w) for w in ("via", "over", "Via", "Over"))
BY = hash_string("by")
OPENING = hash_string("(")
# Before ``by IM``: a verb of sending or its particle (``pass changes on by IM``, ``sent by
# IM``); ``driven by IM`` and ``rather than by IM`` are internal marketing's.
_SENDING = ("on", "out", "send", "sends", "sending", "sent", "contacted", "notified", "reached",
            "passed", "forwarded", "pinged", "messaged", "told")  # fmt: skip
SENDING = frozenset(hash_string(w) for w in _SENDING)
CHANNEL_REACH = 2


def messaging(orths: np.ndarray, at: int) -> bool:
    """Whether the acronym at ``at`` names a way of sending messages: a word for a channel
    within two words of it, ``via``/``over`` before it, or ``by`` after a verb of sending."""
    if at and int(orths[at - 1]) == OPENING:
        return False  # ``internal marketing (IM) message``: the acronym's definition
    near = orths[max(0, at - CHANNEL_REACH) : at + CHANNEL_REACH + 1].tolist()
    if not CHANNEL_WORDS.isdisjoint(near):
        return True
    before = int(orths[at - 1]) if at else 0
    if before in CHANNEL_PREPOSITIONS:
        return True
    return before == BY and at >= 2 and int(orths[at - 2]) in SENDING
