"""Everyday words and the people they belong to: when a bare ``turnover`` or ``commitment``
is another sense or someone else's (``inventory turnover``, ``a commitment we made``), the
staff a kept word takes in (``turnover among conductors``), and a label done to people
(``empowering front-line staff``). The rule is written up in docs/ingest.md."""

from __future__ import annotations

import re

import numpy as np

from imkg.ingest.candidate_filters import member, orth_hashes

# Words before an everyday word that make it another thing's: a stock's, a firm's sales, the
# law's (``inventory turnover``, ``sales turnover``, ``legal recognition`` of a union,
# ``speech recognition``, ``troop morale``), the customers' or an audience's (``customer
# engagement``, ``buyer motivation``, ``social media engagement``), or a promise or a cost
# (``delivery commitment``, ``time commitment``, ``financial commitment``).
_THING_BEFORE = orth_hashes(tuple(
    form for w in ("inventory", "stock", "stocks", "sales", "revenue", "asset", "assets",
                   "capital", "cash", "portfolio", "legal", "statutory", "speech", "voice",
                   "face", "facial", "image", "pattern", "brand", "name", "troop", "army",
                   "customer", "customers", "client", "clients", "consumer", "consumers",
                   "buyer", "buyers", "shopper", "shoppers", "user", "users", "audience",
                   "reader", "readers", "fan", "fans", "social", "media", "online", "purchase",
                   "delivery", "time", "financial", "funding", "loan", "contractual")
    for form in (w, w.capitalize())
))  # fmt: skip


# Words after an everyday word that make it the name of a thing: ``engagement ring``, an
# ``Engagement party``, a ``motivation letter``, a ``commitment fee``.
_THING_NAMED_AFTER = orth_hashes(tuple(
    form for w in ("ring", "rings", "party", "parties", "letter", "letters", "fee", "fees",
                   "ceremony", "photos", "announcement")
    for form in (w, w.capitalize())
))  # fmt: skip


# ... and words after it that name a thing made of it or for it: ``training data`` (a
# machine's), ``training wheels``, the ``training room`` or ``training centre`` (places), a
# ``recognition agreement`` (a union's), an app's ``Training tab`` or ``recognition screen``.
_THING_NAMED_AFTER = np.union1d(_THING_NAMED_AFTER, orth_hashes(tuple(
    form for w in ("data", "dataset", "datasets", "set", "sets", "wheels", "room", "rooms",
                   "agreement", "agreements", "ground", "grounds", "centre", "centres",
                   "center", "centers", "facility", "facilities", "venue", "venues", "tab",
                   "tabs", "screen", "screens", "menu", "menus", "button", "buttons", "widget",
                   "widgets", "icon", "icons")
    for form in (w, w.capitalize())
)))  # fmt: skip


_QUOTES = orth_hashes(('"', "'", "\u201c", "\u201d", "\u2018", "\u2019"))


_ARTICLES = orth_hashes(("a", "an", "A", "An"))


QUOTED_TERM_REACH = 3  # words from an opening quote to its closing one around a quoted term


# Words after ``a commitment`` / ``a training`` that close its phrase (``a commitment we
# made``, ``a commitment to the client``): with the article, one promise or one event.
_CLAUSE_AFTER = frozenset({"we", "i", "you", "they", "he", "she", "that", "which", "to", "for",
                           "from", "our", "their"})  # fmt: skip


# Whose an everyday word is, after ``of``, ``for``, ``among``, ``on`` or ``with``: other people
# than staff (``the retention of subscribers``, ``training for visiting pupils``) or a post on
# social media (``engagement on the video``).
_OWNER_WORDS = frozenset({"of", "for", "among", "on", "with"})


_NOT_STAFF = frozenset({
    "customer", "customers", "client", "clients", "guest", "guests", "pupil", "pupils",
    "student", "students", "listener", "listeners", "viewer", "viewers", "subscriber",
    "subscribers", "funder", "funders", "donor", "donors", "shopper", "shoppers", "buyer",
    "buyers", "user", "users", "reader", "readers", "fan", "fans", "audience", "audiences",
    "visitor", "visitors", "follower", "followers", "post", "posts", "video", "videos",
    "episode", "episodes", "page", "channel", "feed", "tweet", "tweets", "website", "podcast",
    "reel", "reels",
})  # fmt: skip


OWNER_REACH = 3  # words after ``of`` to the people whose the everyday word is


def other_sense(orths: np.ndarray, start: int, end: int, strings) -> bool:
    """Whether an everyday word's match (``turnover``) is not the staff's: another thing's by
    the word before it (``_THING_BEFORE``) or after it (``_THING_NAMED_AFTER``), a term in
    quotes (``"morale"``, the ``"engagement index"``), one promise or one event (``a commitment
    we made``, ``not a training.``), or someone else's (``retention of subscribers``). Python
    work only for these few matches."""
    before = orths[start - 1 : start] if start > 0 else orths[:0]
    if len(before) and member(before, _THING_BEFORE)[0]:
        return True
    after = orths[end : end + 1]
    if len(after) and member(after, _THING_NAMED_AFTER)[0]:
        return True
    quoted = len(before) and member(before, _QUOTES)[0]
    if quoted and member(orths[end : end + QUOTED_TERM_REACH], _QUOTES).any():
        return True
    following = [strings[int(o)].lower() for o in orths[end : end + 1 + OWNER_REACH]]
    closed = not following or not following[0][:1].isalpha() or following[0] in _CLAUSE_AFTER
    if closed and member(orths[max(start - 2, 0) : start], _ARTICLES).any():
        return True
    if following and following[0] in _OWNER_WORDS:
        for word in following[1:]:
            if word in _NOT_STAFF:
                return True
            if not word[:1].isalpha():
                break
    return False


# The kinds of match that are everyday words: their context or their owner decides.
EVERYDAY_KINDS = frozenset({"context", "owned"})


# The words for the people who work somewhere, as owners of an everyday word (``retention of
# nursing staff``, ``nurses' morale``): the stand-ins for staff of ``STAND_INS``. Other job
# titles are not taken in (``turnover among new engineers``: the rule marks the word alone),
# nor a people word that only modifies the next one (``trainings of team leaders``).
PEOPLE_WORDS = frozenset({
    "staff", "personnel", "crew", "crews", "team", "teams", "workforce", "employee", "employees",
    "worker", "workers", "agent", "agents", "nurse", "nurses", "advisor", "advisors", "adviser",
    "advisers", "colleague", "colleagues", "driver", "drivers", "purser", "pursers", "steward",
    "stewards", "cashier", "cashiers", "barista", "baristas", "volunteer", "volunteers",
    "tellers", "associates",
})  # fmt: skip


AGENT_PLURALS = ("ers", "ors", "ists", "ians")


_OWNER_PREPOSITIONS = frozenset({"of", "among", "amongst", "across", "within"})


_OWNER_DETERMINERS = frozenset({"the", "our", "their", "its", "your", "all", "-"})


# A modifier of the staff word that only describes them (``seasonal staff``, ``new nurses``):
# the rule marks the everyday word alone; a noun or gerund that makes a kind of staff
# (``ground crew``, ``nursing staff``, ``kitchen staff``) is taken in with them.
_DESCRIBING = re.compile(r"(al|ive|ic|ous|ful|able|ible|ary|ed|less|ent|ant|er|ior)$")


_DESCRIBING_WORDS = frozenset({"new", "old", "young", "other", "more", "most", "many", "some",
                               "few", "our", "key", "top", "best", "poor", "good"})  # fmt: skip


_POSSESSIVE_MARKS = frozenset({"'", "\u2019", "'s", "\u2019s"})


def _people_word(word: str, following: str) -> bool:
    """Whether a word names the staff and ends its phrase (``nurses``, not ``team`` in ``team
    leaders``)."""
    if word.lower() not in PEOPLE_WORDS:
        return False
    return not (following.lower() in PEOPLE_WORDS or following.endswith(AGENT_PLURALS))


def _describes(word: str) -> bool:
    """Whether a modifier only describes the staff after it (``seasonal``, ``new``)."""
    return word in _DESCRIBING_WORDS or bool(_DESCRIBING.search(word))


def staff_owner(orths: np.ndarray, start: int, end: int, taken: bytearray,
                 strings) -> tuple[int, int]:  # fmt: skip
    """The span of an everyday word with the staff it names: after ``of``/``among`` and at most
    two lowercase modifiers (``turnover among new conductors``, ``retention of nursing
    staff``), or before it with a possessive (``nurses' commitment``); ``(start, end)`` when
    neither. Tokens another mention took are not taken in."""
    n = len(orths)
    last = end
    if end + 1 < n and strings[int(orths[end])].lower() in _OWNER_PREPOSITIONS:
        for j in range(end + 1, min(end + 4, n)):
            word = strings[int(orths[j])]
            if taken[j]:
                break
            if _people_word(word, strings[int(orths[j + 1])] if j + 1 < n else ""):
                last = j + 1
                break
            if word in _OWNER_DETERMINERS:
                continue
            if not (word.islower() and word.isalpha()) or _describes(word):
                break
    first = start
    possessive = start >= 2 and strings[int(orths[start - 1])] in _POSSESSIVE_MARKS
    if possessive and not taken[start - 2] and _people_word(strings[int(orths[start - 2])], ""):
        first = start - 2
    return first, last


# The words for the people an action is done to, after a participle or gerund mention
# (``empowering reception teams``, ``empowered cabin staff``).
_PEOPLE_HEADS = orth_hashes(tuple(
    form for w in ("staff", "personnel", "crew", "crews", "team", "teams", "people", "workforce",
                   "employee", "employees", "worker", "workers", "agent", "agents", "nurse",
                   "nurses", "advisor", "advisors", "adviser", "advisers", "colleague",
                   "colleagues", "driver", "drivers", "purser", "pursers", "steward", "stewards",
                   "cashier", "cashiers", "barista", "baristas")
    for form in (w, w.capitalize())
))  # fmt: skip


PEOPLE_REACH = 3  # words from a participle to the word for the people


_STOPS = orth_hashes(tuple(
    form for w in ("to", "the", "and", "or", "of", "by", "for", "with", "in", "on", "at", "as",
                   "our", "their", "its", "your", "his", "her", "all", "more", "less", "an")
    for form in (w, w.capitalize())
))  # fmt: skip


def done_to_people(chosen: list, arrays: np.ndarray, people: frozenset[str], strings,
                    hyphen: int) -> list:  # fmt: skip
    """One mention for an action done to people: a one-word mention in ``-ed``/``-ing``
    (``empowered``, ``empowering``) takes in the words for the people that follow it
    (``empowering reception teams``) unless they are a mention of their own (``empowering |
    front-line staff``: two mentions, as the gold set marks them); a mention of people right before
    an everyday word (``CSR attrition``, ``FLE turnover``) takes that word's concept. Python
    work only for those mentions."""
    n = len(arrays)
    orths, lengths = arrays[:, 2], arrays[:, 1]
    found = []
    k = 0
    while k < len(chosen):
        start, end, kind, iri = chosen[k]
        after = chosen[k + 1] if k + 1 < len(chosen) else None
        touching = after is not None and after[0] == end
        if kind == "variant" and end - start == 1 and _participle(strings[int(orths[start])]):
            limit = after[0] if after is not None else n
            stop = _people_after(orths, lengths, end, min(limit, end + PEOPLE_REACH), hyphen)
            if stop:
                found.append((start, stop, kind, iri))
                k += 1
                continue
        elif touching and iri in people and after[2] == "context":
            found.append((start, after[1], after[2], after[3]))
            k += 2
            continue
        found.append(chosen[k])
        k += 1
    return found


def _participle(word: str) -> bool:
    """A lowercase word in ``-ed`` or ``-ing`` (``empowered``, ``empowering``)."""
    return word.endswith(("ed", "ing"))


def _people_after(orths: np.ndarray, lengths: np.ndarray, start: int, stop: int,
                  hyphen: int) -> int:  # fmt: skip
    """The end of the words for people within a few words after ``start`` (0 if none): the
    first word of ``_PEOPLE_HEADS``, with only words (no punctuation but ``-``) before it."""
    for j in range(start, stop):
        if member(orths[j : j + 1], _PEOPLE_HEADS)[0]:
            return j + 1
        if (lengths[j] == 1 and orths[j] != hyphen) or member(orths[j : j + 1], _STOPS)[0]:
            return 0  # a punctuation mark, a one-letter word or a function word ends it
    return 0


def keep_everyday_words(
    chosen: list, taken: bytearray, orths: np.ndarray, strings, kin: dict[str, frozenset[str]]
) -> list:
    """Keep a match of an everyday word (kind ``context``: bare ``turnover``, ``morale``,
    ``engagement``, ``training``) only where another mention names its concept or one
    linked to it (``staff turnover``, ``internal marketing``, ``job satisfaction``):
    ``turnover`` in a sales report, ``recognition`` of speech, are no mentions. Even there,
    not where :func:`other_sense` makes it someone else's or another thing (``inventory
    turnover``, ``a commitment we made``, ``training data``, ``"morale"`` as a word), the
    rule for bare everyday words in docs/ingest.md. A kept word takes in the staff it
    names (:func:`staff_owner`: ``turnover among conductors``, ``nurses' commitment``);
    a word of kind ``owned`` (``retention``, ``satisfaction``) is kept only with them.
    Frees the dropped tokens."""
    if not any(mention[2] in EVERYDAY_KINDS for mention in chosen):
        return chosen
    named = {mention[3] for mention in chosen if mention[2] not in EVERYDAY_KINDS}
    kept = []
    for mention in chosen:
        start, end, kind, iri = mention
        if kind not in EVERYDAY_KINDS:
            kept.append(mention)
            continue
        taken[start:end] = bytes(end - start)
        if other_sense(orths, start, end, strings):
            continue
        first, last = staff_owner(orths, start, end, taken, strings)
        if kind == "owned" and (first, last) == (start, end):
            continue
        if kind == "context" and kin.get(iri, frozenset()).isdisjoint(named):
            continue
        taken[first:last] = b"\x01" * (last - first)
        kept.append((first, last, "context", iri))
    return kept
