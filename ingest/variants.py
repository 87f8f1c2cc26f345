"""Label normalisation and variant expansion, done once per label rather than once per token.

Matching runs on lowercase tokens against every form a label can take in running text, so
the tagger needs no per-token lemmas to catch inflections. Forms come from:

- spelling: British and American (``organisation``/``organization``, ``behaviour``/``behavior``);
- hyphenation: ``front-line``/``front line``/``frontline``, ``co-ordination``/``coordination``;
- inflection of the head (last) word: singular and plural, checked against the lookup
  lemma table of spacy-lookups-data;
- derivation of one-word labels: ``empowerment`` → ``empower``, ``empowered``, ``empowering``,
  and the other forms of a one-word label in ``-ing`` that is a verb's (``energising`` →
  ``energise``, ``energised``, ``energizes``);
- for two-word labels ``modifier head``: the adjectival form ``customer-oriented``, the
  hyphenated attributive form ``customer-satisfaction`` (surveys), and the word-order
  patterns ``motivation of staff`` and ``motivated employees`` (see :func:`order_variants`);
- in longer labels, the number of a noun before a preposition (``jobs as products``) and
  the other forms of a verb in ``-ing`` and its subject in either number (``programmes
  fizzle out``); a possessive before the people a gerund is done to (``treating our staff as
  tools``); ``X and Y`` in both orders (``rewards and recognition``); a one-word deverbal
  label's participle before the words for staff (``empowered employees``).

The forms of single words are in :mod:`imkg.ingest.word_forms`, the word-order variants in
:mod:`imkg.ingest.order_variants`, the phrase forms of longer labels (``conflict between the
two departments``, ``job as an internal product``, ``learning-and-development``) in
:mod:`imkg.ingest.longer_labels`, the word lists in :mod:`imkg.ingest.variant_words`.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from imkg.ingest.longer_labels import longer_label_forms
from imkg.ingest.order_variants import (
    adjectival_forms,
    derived_forms,
    head_numbers,
    joined_forms,
    ordered,
    singular_of,
    stand_in_forms,
)
from imkg.ingest.slips import slips
from imkg.ingest.variant_words import (
    FIXED_MODIFIER_HEADS,
    GENERIC_WORDS,
    HEAD_ONLY_STAND_INS,
    ING_NOUNS,
    JOB_TITLES,
    NOUN_VERBS,
    OWN_LIMIT,
    PEOPLE_LINKS,
    PHRASE_BREAKS,
    POSSESSED_PEOPLE,
    POSSESSIVES,
    STAND_INS,
    VERB_OBJECT_DETERMINERS,
)
from imkg.ingest.word_forms import (
    base_verb_forms,
    forms_of_word,
    is_word,
    lemma_table,
    normalise,
    number_forms,
    spellings,
)


def surface_variants(label: str, *, limit: int = 128, derived: bool = True) -> set[str]:
    """Return the strings (lowercase) a phrase matcher should accept for a label.

    At most ``limit`` combinations of the words' forms, taken in a fixed order with the
    label's own words first, so the label itself is always among them.

    >>> {"front line employees", "front-line employee", "frontline workers"} <= surface_variants(
    ...     "front-line employee")
    True
    """
    words = normalise(label).split(" ")
    if not words[0] or (len(words) == 1 and words[0] in GENERIC_WORDS):
        return set()
    options = [ordered(word, _label_word_forms(words, i), _label_word_forms(words, i, False))
               for i, word in enumerate(words[:-1])]  # fmt: skip
    head = {f for word in stand_in_forms(words[-1]) for form in head_numbers(word)
            for f in forms_of_word(form)}  # fmt: skip
    own_head = {f for form in head_numbers(words[-1]) for f in forms_of_word(form)}
    if len(words) >= 2:
        head |= {slip for form in own_head for slip in slips(form, is_word)}
    options.append(ordered(words[-1], head, own_head))
    found = {" ".join(combo) for combo in itertools.islice(itertools.product(*options), limit)}
    # The label's own forms of its other words, with every form of its last, are never cut by
    # the limit, however many stand-ins the last word has (``fails to listen to employees``
    # beside the job titles that stand in for ``staff``).
    own = itertools.product(*(_label_word_forms(words, i, False) for i in range(len(words) - 1)))
    found |= {" ".join((*combo, last)) for combo in itertools.islice(own, OWN_LIMIT)
              for last in head | own_head}  # fmt: skip
    if len(words) == 1 and derived:
        found |= derived_forms(words[0]) | _ing_label_verbs(words[0])
    elif len(words) == 2:
        # Every form of the first word with the label's own last word, which the limit may cut
        # when both words have stand-ins (``front-desk staff`` beside ``front-line staff``).
        found |= {f"{first} {last}" for first in options[0] for last in own_head}
        found |= adjectival_forms(words[0], words[1])
        found |= _action_forms(words)
        # Stand-ins hyphenated before a noun (``tenant-satisfaction survey``), but not before
        # ``service``: ``guest-service training`` names a kind of training, not the concept.
        plain = words[1] in FIXED_MODIFIER_HEADS or words[1] in ("service", "services")
        modifiers = (words[0],) if plain else stand_in_forms(words[0])
        found |= {f for m in modifiers if m not in HEAD_ONLY_STAND_INS
                  for f in joined_forms(m, words[1])}  # fmt: skip
    else:
        found |= longer_label_forms(words, found)
    found |= _with_possessives(words, found)
    return {f for f in found if f not in GENERIC_WORDS and not _job_title_after_of(f)}


def _job_title_after_of(form: str) -> bool:
    """``empowerment of pursers``: a job title after ``of`` (see ``JOB_TITLES``)."""
    words = form.split(" ")
    return any(a == "of" and b in JOB_TITLES for a, b in itertools.pairwise(words))


def _ing_label_verbs(word: str) -> set[str]:
    """The other forms of a one-word label in ``-ing`` that names an activity
    (``energising``: ``energise``, ``energised``, ``energizes``); not a noun in ``-ing``
    (``purchasing``, ``marketing``).

    >>> sorted(_ing_label_verbs("diffusing"))
    ['diffuse', 'diffused', 'diffuses']
    """
    if not _verb_ing(word) or word in GENERIC_WORDS:
        return set()
    return {s for f in _ing_verb_forms(word) - {word} for s in spellings(f)}


@lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    return frozenset(f for w in STAND_INS[0] for f in head_numbers(w))


def comparative_forms(forms: set[str]) -> set[str]:
    """The comparative and superlative of a label's first word where the label is that
    adjective before the words for people (``happy customers``: ``happier customers``,
    ``happiest guests``), as the lookup lemma table has them in the regular spelling. Other
    adjectives' comparatives name no concept (``broader understanding``).

    >>> sorted(comparative_forms({"happy customers", "good customer experience"}))
    ['happier customers', 'happiest customers']
    """
    table = lemma_table()
    people = {f for w in (*STAND_INS[0], *STAND_INS[1]) for f in head_numbers(w)}
    found = set()
    for form in forms:
        first, *rest = form.split(" ")
        if not rest or rest[-1] not in people:
            continue
        stem = first[:-1] + "i" if first.endswith("y") else first
        found |= {f"{f} {' '.join(rest)}" for f in (stem + "er", stem + "est")
                  if table.get(f) == first}  # fmt: skip
    return found


def _possessive_slot(words: list[str]) -> int | None:
    """Where a possessive determiner may go in a label whose verb is done to people: before
    the first word for staff or the one modifier before it (``not listening to (their)
    subordinate staff``), when a verb in ``-ing`` comes before; counted back from that word
    (0 or 1). None for a label without one (``communication with employees``)."""
    people = _people_words()
    at = next((i for i, w in enumerate(words) if w in people), None)
    # The people head their phrase (``employees as``, ``staff`` last), not modify a noun
    # (``employee needs``), and the verb begins the label or follows a function word
    # (``not listening``), so ``data processing staff`` is no verb with its object.
    if not at or (at + 1 < len(words) and words[at + 1] not in PEOPLE_LINKS | {"like"}):
        return None
    if not any(_verb_ing(w) and (i == 0 or words[i - 1] in PEOPLE_LINKS | {"not"})
               for i, w in enumerate(words[:at])):  # fmt: skip
        return None
    before = words[at - 1]
    if before.endswith("ing") or before in PEOPLE_LINKS:
        return 0
    if at >= 2 and (words[at - 2].endswith("ing") or words[at - 2] in PEOPLE_LINKS):
        return 1
    return None


def _with_possessives(words: list[str], forms: set[str]) -> set[str]:
    """``treating our employees as mere tools``, ``motivating their staff``: the forms of a
    label whose verb is done to people (see :func:`_possessive_slot`) with a possessive
    determiner before those people.

    >>> sorted(_with_possessives(["motivating", "staff"], {"motivating staff"}))[:2]
    ['motivating her staff', 'motivating his staff']
    """
    back = _possessive_slot(words)
    if back is None:
        return set()
    people = _people_words()
    found = set()
    for form in forms:
        parts = form.split(" ")
        at = next((i for i, w in enumerate(parts) if w in people), None)
        # Only the words for all staff (``their employees``, ``our staff``): with every
        # job title as well the forms would double the patterns for rare wordings.
        if at is None or at - back < 1 or parts[at] not in POSSESSED_PEOPLE:
            continue
        # Only with the gerund (``motivating their staff``): a finite verb with its object
        # (``the organisation motivates its staff``) stays a verb reading of the syllabus
        # coverage step, which does not let it license the common words beside it.
        if not any(_verb_ing(w) for w in parts[:at]):
            continue
        at -= back
        found |= {" ".join([*parts[:at], d, *parts[at:]]) for d in POSSESSIVES}
    return found


def _label_word_forms(words: list[str], i: int, stand_ins: bool = True) -> set[str]:
    return {f for w in _inner_forms(words, i, stand_ins=stand_ins) for f in forms_of_word(w)}


def _inner_forms(words: list[str], i: int, *, stand_ins: bool = True) -> set[str]:
    """Forms of a label's word other than the last: its stand-ins (unless ``stand_ins`` is
    false), the number of a noun that heads a phrase of its own (``jobs as products``), the
    other forms of a verb in ``-ing`` in a label of three or more words (``programmes
    fizzle out``)."""
    word = words[i]
    forms = {word}
    if stand_ins and words[-1] not in FIXED_MODIFIER_HEADS:
        forms |= {w for w in stand_in_forms(word) if w not in HEAD_ONLY_STAND_INS}
    # A word after ``to`` is a verb (``to listen to staff``): no ``listens``.
    infinitive = i > 0 and words[i - 1] == "to"
    heads_phrase = words[i + 1] in PHRASE_BREAKS and word not in PHRASE_BREAKS
    # The subject of a verb in ``-ing`` (``programme fizzling out``): ``programmes fizzle out``.
    heads_phrase |= (_verb_ing(words[i + 1]) and word.isalpha() and word not in PHRASE_BREAKS
                     and word not in PEOPLE_LINKS and not word.endswith("ing"))  # fmt: skip
    if len(words) >= 3 and heads_phrase and not infinitive:
        forms |= {f for w in tuple(forms) for f in number_forms(w)}
    # ``marketing the job``: before a determiner even a noun in ``-ing`` is a verb.
    verb = word not in ING_NOUNS or words[i + 1] in VERB_OBJECT_DETERMINERS
    if len(words) >= 3 and word.endswith("ing") and verb:
        forms |= _ing_verb_forms(word)
    return forms


def _verb_ing(word: str) -> bool:
    """A word in ``-ing`` that is a verb's form, not a noun in ``-ing`` (``fizzling``)."""
    return word.endswith("ing") and word not in ING_NOUNS and bool(_ing_verb_forms(word))


def _ing_verb_forms(word: str) -> set[str]:
    """The other forms of a verb in ``-ing`` (``selling`` → ``sell``, ``sells``, ``sold``).

    >>> sorted(_ing_verb_forms("marketing"))
    ['market', 'marketed', 'marketing', 'markets']
    """
    stems = [s for s in (word[:-3], word[:-3] + "e") if base_verb_forms().get(s)]
    return {f for s in stems[:1] for f in (s, s + "s", *base_verb_forms()[s])}


def _action_forms(words: list[str]) -> set[str]:
    """``motivate staff``, ``empowers employees``: the verb of a two-word label ``Xing
    <people>`` (``motivating staff``) in its base and ``-s`` forms before the words for the
    people (the participle is an order variant already). Not ``train`` (``train crew`` is
    a railway's) or a verb in ``ING_NOUNS``.

    >>> {"motivate staff", "motivates employees"} <= _action_forms(["motivating", "staff"])
    True
    """
    verb, people = words
    if not verb.endswith("ing") or verb in ING_NOUNS or singular_of(people) not in STAND_INS[0]:
        return set()
    stems = [s for s in (verb[:-3], verb[:-3] + "e") if base_verb_forms().get(s)]
    if not stems or stems[0] in NOUN_VERBS:
        return set()
    objects = {f for w in STAND_INS[0] if w not in HEAD_ONLY_STAND_INS for f in head_numbers(w)}
    found = {f"{v} {o}" for v in (stems[0], stems[0] + "s") for o in objects}
    # A team as the people a verb is done to (``motivating teams``, ``empower their team``):
    # only here, after the verb. As a stand-in inside a noun's label ``team`` would make
    # ``customer service teams``, ``the marketing team`` or ``the IT team`` a staff group.
    found |= {f"{v} teams" for v in (verb, stems[0], stems[0] + "s")}
    found |= {f"{verb} {d} {t}" for d in POSSESSIVES for t in ("team", "teams")}
    return found
