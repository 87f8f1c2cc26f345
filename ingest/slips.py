"""Spelling slips writers make in a label's last word: a doubled letter written once
(``internal comunication``, ``satisfied employe``, ``staff comitment``) and the few a table
lists (``staff moral``). They are matched only in labels of two words or more, where the
label's other words anchor them, and never when the slip is itself a word."""

from __future__ import annotations

import re
from collections.abc import Callable

# Slips no rule makes: ``staff moral`` for ``staff morale``.
LISTED_SLIPS = {"morale": ("moral",)}
# Shorter words give too many near-words (``staf``, ``sucess``): no rule-made slips in them.
MIN_SLIP_LENGTH = 7
DOUBLED = re.compile(r"([a-z])\1")


def slips(word: str, is_word: Callable[[str], bool]) -> set[str]:
    """Return the slips of one lowercase word that are not words themselves.

    >>> sorted(slips("communication", lambda w: False)), sorted(slips("employees", lambda w: False))
    (['comunication'], ['employes'])
    >>> slips("morale", lambda w: False), slips("staff", lambda w: False)
    ({'moral'}, set())
    """
    found = set(LISTED_SLIPS.get(word, ()))
    if len(word) >= MIN_SLIP_LENGTH and word.isalpha():
        found |= {word[: m.start()] + word[m.start() + 1 :] for m in DOUBLED.finditer(word)}
    return {slip for slip in found if slip in LISTED_SLIPS.get(word, ()) or not is_word(slip)}
