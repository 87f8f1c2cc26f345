"""When a bare everyday word is not the staff's: another thing's by the words around it
(``inventory turnover``, ``training data``, the till's ``training mode``), one promise or one
event (``a commitment we made``), an organisation's (``the Council's commitment to paying``) or
someone else's (``retention of subscribers``). Split from :mod:`imkg.ingest.everyday_words`,
which keeps the staff a kept word takes in. The rule is written up in docs/ingest.md."""

from __future__ import annotations

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
# ``recognition agreement`` (a union's), an app's ``Training tab`` or ``recognition screen``,
# a till's or a game's ``training mode``.
_THING_NAMED_AFTER = np.union1d(_THING_NAMED_AFTER, orth_hashes(tuple(
    form for w in ("data", "dataset", "datasets", "set", "sets", "wheels", "room", "rooms",
                   "agreement", "agreements", "ground", "grounds", "centre", "centres",
                   "center", "centers", "facility", "facilities", "venue", "venues", "tab",
                   "tabs", "screen", "screens", "menu", "menus", "button", "buttons", "widget",
                   "widgets", "icon", "icons", "mode", "modes")
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


# An organisation's commitment, engagement or motivation is a promise, a dealing or a reason,
# not its staff's (``the Council's commitment to paying the Living Wage``, ``the bank's
# engagement with the community``); its training, recognition or turnover may well be theirs.
_ORGANISATIONS = frozenset({
    "council", "company", "firm", "organisation", "organization", "business", "employer",
    "bank", "hotel", "government", "board", "university", "hospital", "trust", "group",
    "chain", "airline", "brand", "agency", "ministry", "authority", "school", "operator",
    "society", "charity", "corporation", "insurer", "retailer", "club",
})  # fmt: skip
_ORGANISATION_SENSES = frozenset({"commitment", "commitments", "engagement", "motivation"})
_POSSESSIVE_S = orth_hashes(("'s", "\u2019s"))


def organisation_owned(orths: np.ndarray, start: int, strings) -> bool:
    """Whether an everyday word of promise or dealing follows an organisation's possessive
    (``The Council's commitment``): the organisation's, not its staff's."""
    if start < 2 or not member(orths[start - 1 : start], _POSSESSIVE_S)[0]:
        return False
    word = strings[int(orths[start])].lower()
    owner = strings[int(orths[start - 2])].lower()
    return word in _ORGANISATION_SENSES and owner in _ORGANISATIONS


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
    if organisation_owned(orths, start, strings):
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
