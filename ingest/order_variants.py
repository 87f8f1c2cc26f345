"""Word-order variants of two-word labels ``modifier head``: ``motivation of staff``,
``motivated employees``, ``training of our staff``, ``X and Y`` in both orders, a deverbal
label's participle before the words for staff, and the stand-ins for the head."""

from __future__ import annotations

from imkg.ingest.variant_words import (
    ADJECTIVE_ENDINGS,
    GENERIC_WORDS,
    HEAD_ONLY_STAND_INS,
    MASS_NOUNS,
    MODIFIER_SYNONYMS,
    NO_PLURAL,
    NOMINAL_HEADS,
    NOUN_MODIFIERS,
    ONLY_STAND_INS,
    ORDER_DETERMINERS,
    ORDER_PREPOSITIONS,
    PARTICIPLE_ENDINGS,
    RELATIONAL_DETERMINERS,
    RELATIONAL_NOUNS,
    STAND_INS,
)
from imkg.ingest.word_forms import (
    forms_of_word,
    hyphenations,
    normalise,
    number_forms,
    spellings,
    verb_forms,
)


def head_numbers(word: str) -> set[str]:
    return {word} if word in NO_PLURAL else number_forms(word)


def singular_of(word: str) -> str:
    return word if word in MASS_NOUNS else word.removesuffix("s")


def joined_forms(modifier: str, head: str) -> set[str]:
    """``customer-satisfaction`` (surveys), ``continuous-improvement`` (team): a two-word
    label hyphenated in front of another noun, with the modifier's stand-ins too
    (``tenant-satisfaction survey``). Not for a participle (``engaged-employee``)."""
    if "-" in modifier or "-" in head or PARTICIPLE_ENDINGS.search(modifier):
        return set()
    return {f"{modifier}-{h}" for h in number_forms(head)}


def ordered(word: str, forms: set[str], own: set[str]) -> list[str]:
    """``forms`` sorted: ``word`` itself first, then its own inflections and spellings
    (``own``), then the stand-ins. The combinations are cut at a limit, so a label's own
    plural (``employees as customers``) or verb form (``fails to listen``) must come before
    the other words a writer may put in its place."""
    return sorted(forms, key=lambda form: (form != word, form not in own, form))


def stand_in_forms(word: str) -> tuple[str, ...]:
    """A word of a longer label and the words a writer uses in its place (``STAND_INS``):
    ``frontline employee`` is also a ``frontline worker``, ``customer satisfaction`` in a
    hospital ``patient satisfaction``.

    >>> stand_in_forms("employees")[:5], stand_in_forms("service")
    (('employees', 'staff', 'personnel', 'workers', 'crew'), ('service',))
    """
    singular = word.removesuffix("s")
    group = next((g for g in STAND_INS if word in g or singular in g), None)
    if group is None or word in ONLY_STAND_INS:
        return (word,)
    plural_form = word not in group
    others = [w for w in group if w != (singular if plural_form else word)]
    return (word, *(w if w in MASS_NOUNS or not plural_form else w + "s" for w in others))


def derived_forms(word: str) -> set[str]:
    forms = verb_forms(word)
    found = set().union(*forms.values()) if forms else set()
    return {s for f in found for s in spellings(f)}


def adjectival_forms(modifier: str, head: str) -> set[str]:
    if modifier in RELATIONAL_NOUNS:
        return set()
    return {f"{modifier}-{participle}" for participle in verb_forms(head).get("ed", ())}


def order_variants(label: str) -> set[str]:
    """Return word-order variants (lowercase phrases) of a two-word ``modifier head`` label.

    ``staff motivation`` gives ``motivation of (the) staff``, ``motivated staff`` and
    ``staff's motivation``;
    ``inter-functional coordination`` gives ``coordination between (the) functions``. The
    modifier must look like a noun: ``internal marketing`` has no such variant.

    >>> found = order_variants("employee motivation")
    >>> {"motivated employees", "motivation of staff", "employees' motivation"} <= found
    True
    """
    words = normalise(label).split(" ")
    if len(words) == 1:
        return _participle_staff(words[0])
    if len(words) == 3 and words[1] in ("and", "&"):
        return _coordinations(words[0], words[2])
    if len(words) != 2 or words[0] in GENERIC_WORDS - NOUN_MODIFIERS:
        return set()
    if words[0] not in RELATIONAL_NOUNS and ("-" in words[0] or ADJECTIVE_ENDINGS.search(words[0])):
        return set()
    modifier, head = words
    forms = verb_forms(head)
    if not forms and head not in NOMINAL_HEADS:
        return set()
    modifiers = _modifier_forms(modifier)
    relational = modifier in RELATIONAL_NOUNS
    determiners = RELATIONAL_DETERMINERS if relational else ORDER_DETERMINERS
    heads = {f for n in number_forms(head) for s in spellings(n) for f in hyphenations(s)}
    found = {
        " ".join(w for w in (h, p, d, m) if w)
        for h in heads
        for p in ORDER_PREPOSITIONS
        for d in determiners
        for m in modifiers
    }
    if not relational:
        # The participle before any word for the people (``motivated crews``, ``engaged
        # nurses``), not only the label's own modifier and its synonyms.
        people = modifiers
        if modifier in STAND_INS[0]:
            people = sorted({*modifiers, *(f for w in STAND_INS[0] if w not in HEAD_ONLY_STAND_INS
                                           for f in head_numbers(w))})  # fmt: skip
        found |= {f"{p} {m}" for p in forms.get("ed", set()) for m in people}
        found |= {f"{p} {m}" for p in forms.get("ing", set()) for m in modifiers}
        # The possessive of any word a writer puts for the people (``residents'
        # satisfaction``, ``nurses' engagement``), as ``resident satisfaction`` is.
        owners = {f for m in modifiers for f in stand_in_forms(m) if f not in HEAD_ONLY_STAND_INS}
        found |= {f"{_possessive(m)} {h}" for m in owners for h in heads}
    return found


def _participle_staff(word: str) -> set[str]:
    """``empowered employees``, ``empowered staff``: the participle of a one-word deverbal
    label before the word for the people it is done to."""
    if word in GENERIC_WORDS:
        return set()
    people = {f for w in STAND_INS[0] for f in head_numbers(w)}
    return {f"{p} {m}" for p in derived_forms(word) if p.endswith("ed") for m in people}


def _coordinations(first: str, second: str) -> set[str]:
    """``rewards and recognition`` for ``recognition and reward``: both orders, each word
    singular or plural."""
    ones = {f for n in number_forms(first) for f in forms_of_word(n)}
    twos = {f for n in number_forms(second) for f in forms_of_word(n)}
    return {f"{a} {c} {b}" for a in ones for b in twos for c in ("and", "&")} | {
        f"{b} {c} {a}" for a in ones for b in twos for c in ("and", "&")
    }


def _possessive(noun: str) -> str:
    """``employee's``, ``employees'``, ``staff's``: the possessive a writer uses.

    >>> [_possessive(n) for n in ("employee", "employees", "staff")]
    ["employee's", "employees'", "staff's"]
    """
    return f"{noun}'" if noun.endswith("s") else f"{noun}'s"


def _modifier_forms(modifier: str) -> list[str]:
    if modifier in RELATIONAL_NOUNS:
        return sorted(RELATIONAL_NOUNS[modifier])
    words = {modifier, *MODIFIER_SYNONYMS.get(modifier, ())}
    return sorted({f for w in words for n in number_forms(w) for f in spellings(n)})
