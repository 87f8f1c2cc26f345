"""Relation cues: propose ``cause → effect`` where one sentence links two tagged concepts.

Between two neighbouring mentions of one sentence the text is searched for a cue, by lemma:

=============================================== ========= ==========
cue                                             direction confidence
=============================================== ========= ==========
verb: ``affects``, ``drives``, ``improves``...  forward   0.80
phrase: ``leads to``, ``results in``...         forward   0.80
noun: ``has a direct effect on``, ``driver of`` forward   0.80
passive: ``is driven by``, ``shaped by``        reverse   0.75
``results from``, ``depends on``, ``result of`` reverse   0.70
``through``, ``via``, ``by means of``           reverse   0.55
conditional: ``if A ..., B tends to rise``      forward   0.60
consequence: ``A ..., so B``                    forward   0.60
=============================================== ========= ==========

Some cues lie outside the gap: a nominal cue before the cause (``the impact of A on B``), a
conditional around both, ``A makes B easier``; an arrow in slides (``A -> B``) counts too.

Adverbs may stand between a verb and its particle (``driven largely by``, ``depends heavily
on``, ``shaped in part by``). A verb of change followed by ``with`` reads in reverse
(``satisfaction increases with quality``); followed by ``as``, ``once``, ``when`` and the
like it has no object, and proposes nothing (``quality improves as motivation grows``).

Forward means the left mention is the cause. A negation in the gap (``does not affect``)
cancels the proposal (``not only`` is none). A verb joined to the previous cue's clause by
``and``/``but (also)`` shares that clause's subject: ``A raises B but also boosts C``
proposes A → C. No link crosses a clause that starts after the cue (``A depends on staff,
and B ...``), and concepts of named things (a company, a job title) take part in none. A
concept joined to the pair by ``and``/``or``/commas only shares its role (``A and B drive C``
proposes both), with 0.05 less confidence. A sentence that opens with ``It``/``They`` right
after one that opens with a mention (or that names one concept only) reads the pronoun as
that mention, also 0.05 less sure. In an ordered chain ``A drives B, which in turn drives C``
the implied A → C is proposed too (cue ``chain``, 0.10 less sure than its weaker link), and so
is a chain through words that name no concept (``B depends on X, which in turn rests on A``).

A pronoun subject stands for the one concept before it in the sentence, past a clause it
closes (``A is not a perk: it is what keeps B high``), and a sentence opening with ``If it``
or ``Without it`` reads it as the previous sentence's concept. ``Without A, B suffers`` and
``..., and B rose accordingly`` are cues around the pair; ``B reflects A``, ``B comes down to
A``, ``B suffers without A`` and ``A's contribution to B`` are cues in the gap. Hedged claims
(``may``, ``tends to``, ``seems to`` before the cue) are kept, 0.10 less sure. No claim is
read under denied evidence (``there is no sign that``) nor in a sentence the next one takes
back (``It did not say that.``). The cue words themselves are in
:mod:`imkg.ingest.cue_words`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc

from imkg.ingest.components import (
    IDX_COL,
    LAZY_LEMMAS,
    LENGTH_COL,
    ORTH_COL,
    doc_value,
    sentence_starts,
    set_doc_value,
    token_arrays,
)
from imkg.ingest.cue_words import (
    ADVERB_PHRASES,
    ADVERBS,
    AFTER_REACH,
    ARROW_TAILS,
    ARROWS,
    BARRIERS,
    CHAIN_PENALTY,
    CHANGE_VERBS,
    CLAUSE_ENDS,
    CLAUSE_JOINERS,
    CLAUSE_STARTS,
    COMPARATIVES,
    COMPARISON,
    CONDITION_REACH,
    CONDITIONALS,
    CONFIDENCE,
    CONJUNCT_PENALTY,
    CONSEQUENCES,
    CONTINUATIONS,
    COORDINATION,
    CUE_LEMMAS,
    CUE_WORDS,
    DEGREE_WORDS,
    DELIVERY_VERBS,
    DENIAL_REACH,
    EVIDENCE_NOUNS,
    EVIDENCE_REACH,
    FORWARD_VERBS,
    HEDGE_PENALTY,
    HEDGES,
    INFLECTED_ONLY,
    INTRANSITIVE_NEXT,
    LEMMA_FIXES,
    LIST_FILLERS,
    LIST_JOINERS,
    MAKE_DETERMINERS,
    MAKE_RESULTS,
    MAKE_VERBS,
    MAX_GAP,
    MEDIATED_CONFIDENCE,
    MEDIATORS,
    NEGATIONS,
    NOMINAL_HEADS,
    NOMINAL_LINKS,
    NOMINAL_REACH,
    NOMINAL_TO_HEADS,
    NOT_NEGATING,
    NOUN_CUE_LEADS,
    NOUN_CUES,
    PHRASAL,
    PHRASAL_THREE,
    PREPOSITIONS,
    PRONOUN_BRIDGE,
    PRONOUN_CLAUSE_REACH,
    PRONOUN_PENALTY,
    PRONOUN_SUBJECTS,
    QUESTION_OPENERS,
    QUESTION_VERBS,
    RELATIVE_PRONOUNS,
    RESPONSE_LEADS,
    RESPONSE_PARTICLES,
    RESPONSE_VERBS,
    RESULT_LEADS,
    RESULT_MARKERS,
    RETRACTION_OBJECTS,
    RETRACTION_REACH,
    RETRACTION_SUBJECTS,
    REVERSE_VERBS,
    SAYING_VERBS,
    TITLE_OPENERS,
    WITHOUT,
    WITHOUT_RESPONSES,
    WITHOUT_VERBS,
    YEAR,
)
from imkg.ingest.tagger import SPANS_KEY

# One proposal as the relation step finds it: cause IRI, effect IRI, cue, confidence and
# the sentence's character offsets. ``doc._.imkg_proposals`` adds the evidence text.
Link = tuple[str, str, str, float, int, int]

if not Doc.has_extension("imkg_links"):
    Doc.set_extension("imkg_links", default=None)
if not Doc.has_extension("imkg_proposals"):
    Doc.set_extension(
        "imkg_proposals", getter=lambda doc: proposals(doc._.imkg_links or [], doc.text)
    )


@dataclass(frozen=True, slots=True)
class Proposal:
    """A proposed influence between two concepts, with the sentence that states it."""

    cause_iri: str
    effect_iri: str
    cue: str
    evidence: str
    confidence: float
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found between two mentions: its words, direction (1 forward) and confidence,
    and where in the gap its words begin."""

    text: str
    direction: int
    confidence: float
    at: int = 0


@dataclass(frozen=True, slots=True)
class Unit:
    """A mention (or touching mentions merged) as token offsets and the concept it stands for."""

    start: int
    end: int
    iri: str


class TokenView:
    """Lowercase forms and lemmas of a document's tokens, looked up only where needed.

    With the default pipeline's lookup lemmatizer (``lemmatizer``) the lemmas are looked up
    here, for the words between mentions only; otherwise they are read from the Doc.
    """

    def __init__(self, doc: Doc, lemmatizer=None) -> None:
        self.doc = doc
        self.strings = doc.vocab.strings
        shared = token_arrays(doc)
        tokens = shared["tokens"]
        self.orths = tokens[:, ORTH_COL]
        self.starts, self.lengths = tokens[:, IDX_COL], tokens[:, LENGTH_COL]
        self.lemmatizer = None
        lemmas = shared.get("lemmas")
        if lemmas is None and lemmatizer is not None and shared.get(LAZY_LEMMAS):
            self.lemmatizer = lemmatizer
        elif lemmas is None:
            lemmas = doc.to_array(LEMMA)
        self.lemma_hashes = lemmas

    def lowers(self, start: int, end: int) -> list[str]:
        strings = self.strings
        return [strings[h].lower() for h in self.orths[start:end].tolist()]

    def lemmas(self, start: int, end: int) -> list[str]:
        strings = self.strings
        orths = self.orths[start:end].tolist()
        if self.lemmatizer is not None:
            hashes = self.lemmatizer.lemma_hashes(self.doc, orths)
        else:
            hashes = self.lemma_hashes[start:end].tolist()
        return [
            strings[lemma].lower() if lemma else strings[orth].lower()
            for orth, lemma in zip(orths, hashes, strict=True)
        ]

    def may_hold_cue(self, start: int, end: int) -> bool:
        """Whether a word of ``start:end`` may begin a cue (see ``find_cue``): False lets a
        sentence's mentions be passed over without building their gaps. Decided once per
        word form, with lazily looked-up lemmas; with the Doc's own lemmas, always True."""
        if self.lemmatizer is None:
            return True
        forms = self.lemmatizer.cue_forms
        for orth in self.orths[start:end].tolist():
            found = forms.get(orth)
            if found is None:
                strings = self.strings
                lemma = self.lemmatizer.lemma_hashes(self.doc, [orth])[0]
                found = forms[orth] = (
                    strings[lemma].lower() in CUE_LEMMAS or strings[orth].lower() in CUE_WORDS
                )
            if found:
                return True
        return False

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of the tokens ``start:end``."""
        return int(self.starts[start]), int(self.starts[end - 1] + self.lengths[end - 1])


def find_cue(lowers: list[str], lemmas: list[str]) -> Cue | None:
    """Return the strongest causal cue in the words between two mentions, if any."""
    if len(lowers) > MAX_GAP:
        return None
    clause = _pronoun_clause(lowers)
    if clause:  # ``A is not a courtesy: it is what keeps B low``: read the pronoun's clause
        cue = find_cue(lowers[clause:], lemmas[clause:])
        return (
            None if cue is None else Cue(cue.text, cue.direction, cue.confidence, cue.at + clause)
        )
    if _negated(_without_asides(_without_needs(lowers, lemmas))) or BARRIERS.intersection(lowers):
        return None
    if CUE_LEMMAS.isdisjoint(lemmas) and CUE_WORDS.isdisjoint(lowers):
        return None
    if not LEMMA_FIXES.keys().isdisjoint(lowers):
        lemmas = [LEMMA_FIXES.get(word, base) for word, base in zip(lowers, lemmas, strict=True)]
    # A cue starts at a word whose lemma or form is a cue head (``CUE_LEMMAS``, ``CUE_WORDS``).
    heads = [i for i, (word, base) in enumerate(zip(lowers, lemmas, strict=True))
             if base in CUE_LEMMAS or word in CUE_WORDS]  # fmt: skip
    found = [cue for i in heads if (cue := _cue_at(lowers, lemmas, i))]
    found = [cue for cue in found if not _in_question(lowers, cue)]
    if _by_means(lowers, found):
        return None
    return max(found, key=lambda cue: cue.confidence, default=None)


def _pronoun_clause(lowers: list[str]) -> int:
    """Where a clause with ``it``/``they`` as its subject starts in the words, after a colon or
    a comma a few words before the pronoun (``: in our experience it is what keeps``, ``, and
    I'm fairly sure it would improve``); 0 if none. A negation before it (``is not a
    courtesy``, ``without waiting``) belongs to the clause before."""
    if "it" not in lowers and "they" not in lowers:
        return 0
    for j in range(len(lowers) - 1, 0, -1):
        if lowers[j] not in PRONOUN_SUBJECTS or lowers[j - 1] in PREPOSITIONS:
            continue  # ``and, with it, B``: an object
        if j + 1 >= len(lowers) or not lowers[j + 1].replace("'", "").isalpha():
            continue
        for b in range(j - 1, max(-1, j - PRONOUN_CLAUSE_REACH - 1), -1):
            if lowers[b] in (":", ","):
                return b + 1
    return 0


def _without_needs(lowers: list[str], lemmas: list[str]) -> list[str]:
    """The words without a ``without`` that names what a verb of need lacks (``B suffers
    badly without A``): there it is the cue's particle, not a negation."""
    if WITHOUT not in lowers:
        return lowers
    kept = []
    for j, word in enumerate(lowers):
        if word == WITHOUT:
            k = j - 1
            while k >= 0 and (lowers[k] in ADVERBS or lowers[k].endswith("ly")):
                k -= 1
            if k >= 0 and lemmas[k] in WITHOUT_VERBS:
                continue
        kept.append(word)
    return kept


def _by_means(lowers: list[str], found: list[Cue]) -> bool:
    """Whether a verb with an object of its own is followed by the means it works through:
    in ``IM improves service through empowerment`` the right mention is neither effect nor
    cause of the left one."""
    verbs = [cue for cue in found if cue.direction == 1 and cue.text == lowers[cue.at]]
    means = [cue for cue in found if cue.confidence == MEDIATED_CONFIDENCE]
    return any(m.at > v.at + 1 for v in verbs for m in means)


def _in_question(lowers: list[str], cue: Cue) -> bool:
    """Whether the cue stands in an indirect question opened in the gap (``... and how
    managers can raise B``): its subject is the question's own. A comma after the opener
    closes the question (``on how work reaches customers, which improves B``)."""
    for j in range(cue.at - 1, -1, -1):
        if lowers[j] in (",", ";"):
            return False
        if lowers[j] in QUESTION_OPENERS:
            return True
    return False


def _clause_ends_after(words: list[str], cue: Cue) -> bool:
    """Whether a new clause starts after the cue, before the right mention: ``A depends on
    employees, and B helps`` links A to no B."""
    after = cue.at + len(cue.text.split())
    return any(
        words[j] in (",", ";") and j + 1 < len(words) and words[j + 1] in CLAUSE_STARTS
        for j in range(after, len(words))
    )


def _compared(words: list[str], cue: Cue) -> bool:
    """Whether the right mention follows ``than`` after the cue: in ``A reduced complaints
    more than any B did`` B is only set beside A."""
    return COMPARISON in words[cue.at + 1 :]


def _negated(lowers: list[str]) -> bool:
    """Whether a negation stands in the words (``not`` before ``only`` is none)."""
    return any(
        word in NEGATIONS
        and not (word == "not" and j + 1 < len(lowers) and lowers[j + 1] in NOT_NEGATING)
        for j, word in enumerate(lowers)
    )


def _without_asides(lowers: list[str]) -> list[str]:
    """The words without a contrast set off by commas that opens with a negation: in
    ``A, not a memo, lifted B`` the ``not`` denies the memo, not the claim.

    >>> _without_asides([",", "not", "from", "a", "memo", ",", "lifted"])
    ['lifted']
    """
    if "not" not in lowers:
        return lowers
    found: list[str] = []
    j = 0
    while j < len(lowers):
        if lowers[j] == "," and j + 1 < len(lowers) and lowers[j + 1] == "not":
            close = next((k for k in range(j + 2, len(lowers)) if lowers[k] == ","), -1)
            if close != -1:
                j = close + 1
                continue
        found.append(lowers[j])
        j += 1
    return found


def _denied(lowers: list[str], lemmas: list[str]) -> bool:
    """Whether the words hold a verb of saying under a negation (``does not imply``, ``can't
    claim``, ``not saying``): what follows is denied, not claimed."""
    return any(
        lemma in SAYING_VERBS and _negated(lowers[max(0, j - DENIAL_REACH) : j])
        for j, lemma in enumerate(lemmas)
    )


def _continues_clause(words: list[str], cue: Cue) -> bool:
    """Whether the words before the cue only join it to the previous clause (``and also``)."""
    before = words[: cue.at]
    return (
        bool(before) and CONTINUATIONS.issuperset(before) and not CLAUSE_JOINERS.isdisjoint(before)
    )


def _cue_at(lowers: list[str], lemmas: list[str], i: int) -> Cue | None:
    word, base = lowers[i], lemmas[i]
    if word in ARROWS or (word == ">" and i > 0 and lowers[i - 1] in ARROW_TAILS):
        return _arrow(lowers, i)
    if word in CONSEQUENCES:
        last = i == len(lowers) - 1 or (i == len(lowers) - 2 and lowers[-1] in ("the", "our"))
        if last and i > 0 and lowers[i - 1] == ",":
            return Cue(word, 1, CONFIDENCE["consequence"], i)
        return None
    if base in DELIVERY_VERBS and i + 1 < len(lowers) and lowers[i + 1] in COMPARATIVES:
        return Cue(f"{word} {lowers[i + 1]}", 1, CONFIDENCE["verb"], i)
    at = _past_adverbs(lowers, i + 1)
    following = lowers[at] if at < len(lowers) else ""
    verb = " ".join(lowers[i:at])  # the verb and the adverbs after it
    if base in FORWARD_VERBS and following == "by" and word != base:
        return Cue(f"{verb} by", -1, CONFIDENCE["passive"], i)
    third = lowers[at + 1] if at + 1 < len(lowers) else ""
    if (base, following, third) in PHRASAL_THREE:
        direction = PHRASAL_THREE[(base, following, third)]
        return Cue(f"{verb} {following} {third}", direction, CONFIDENCE["reverse"], i)
    if (base, following) in PHRASAL:
        direction = PHRASAL[(base, following)]
        kind = "phrase" if direction == 1 else "reverse"
        return Cue(f"{verb} {following}", direction, CONFIDENCE[kind], i)
    if base in CHANGE_VERBS and following == "with" and word.isalpha():
        return Cue(f"{verb} with", -1, CONFIDENCE["reverse"], i)
    if at > i + 1 and (following in INTRANSITIVE_NEXT or following in (",", ".", ";")):
        return None  # ``quality improved markedly when ...``: no object
    following = lowers[i + 1] if i + 1 < len(lowers) else ""
    if (base, following) in NOUN_CUES:
        direction = NOUN_CUES[(base, following)]
        kind = "noun" if direction == 1 else "reverse"
        start = i
        while start > 0 and lowers[start - 1] in NOUN_CUE_LEADS:
            start -= 1
        return Cue(" ".join(lowers[start : i + 2]), direction, CONFIDENCE[kind], start)
    if base in FORWARD_VERBS and (following in INTRANSITIVE_NEXT or following in (",", ";")):
        return None  # ``if A improves, B ...``: no object
    if base in REVERSE_VERBS and word.isalpha() and not _noun_use(lowers, i):
        return _reflects(lowers, i, word, base)
    if base in FORWARD_VERBS and word.isalpha() and not _noun_use(lowers, i):
        if base in INFLECTED_ONLY and word == base:
            return None  # ``slow service``: an adjective
        return Cue(word, 1, CONFIDENCE["verb"], i)
    if word in MEDIATORS and i + 1 < len(lowers) and lowers[i + 1] in RELATIVE_PRONOUNS:
        return None  # ``the stages through which knowledge moves``: a path, not a means
    if word in MEDIATORS or (word == "by" and lowers[i + 1 : i + 3] == ["means", "of"]):
        return Cue(word if word != "by" else "by means of", -1, MEDIATED_CONFIDENCE, i)
    return None


def _reflects(lowers: list[str], i: int, word: str, base: str) -> Cue | None:
    """``B reflects A`` (A → B); ``A is reflected in B`` (A → B); ``reflect on`` is thinking."""
    following = lowers[i + 1] if i + 1 < len(lowers) else ""
    if following in ("on", "upon"):
        return None
    if word != base and word.endswith("ed") and following == "in":
        return Cue(f"{word} in", 1, CONFIDENCE["passive"], i)
    return Cue(word, -1, CONFIDENCE["reverse"], i)


def _arrow(lowers: list[str], i: int) -> Cue | None:
    """An arrow (``->``, ``→``) between two mentions, as in slides: ``A -> B``. Not one
    between figures (``turnover 58% -> 39%``) nor one on another line than a mention."""
    start = i - 1 if lowers[i] == ">" else i
    before = lowers[start - 1] if start > 0 else ""
    after = lowers[i + 1] if i + 1 < len(lowers) else ""
    if _figure(before) or _figure(after) or any(not word.strip() for word in lowers):
        return None
    return Cue("->" if lowers[i] == ">" else lowers[i], 1, CONFIDENCE["phrase"], start)


def _figure(word: str) -> bool:
    return word == "%" or any(ch.isdigit() for ch in word)


def _past_adverbs(lowers: list[str], i: int) -> int:
    """The position of the first word from ``i`` on that is not part of an adverb.

    >>> _past_adverbs(["driven", "in", "part", "by"], 1), _past_adverbs(["leads", "to"], 1)
    (3, 1)
    """
    while i < len(lowers):
        word = lowers[i]
        if word in ADVERBS or (len(word) > 4 and word.endswith("ly")):
            i += 1
            continue
        phrase = next((p for p in ADVERB_PHRASES if tuple(lowers[i : i + len(p)]) == p), None)
        if phrase is None:
            return i
        i += len(phrase)
    return i


def _noun_use(lowers: list[str], i: int) -> bool:
    """Whether a verb-like word is used as a noun (``the impact``, ``an effect``); after
    ``this`` or ``that`` a form in ``-s`` is a verb (``this increases``, ``that drives``)."""
    if i == 0 or lowers[i - 1] not in {"the", "a", "an", "its", "their", "this", "that"}:
        return False
    return not (lowers[i - 1] in ("this", "that") and lowers[i].endswith("s"))


def _coordinated(words: list[str]) -> bool:
    """Whether only a list joins two mentions (``A, B and C``; ``by A and by B``).

    ``, and`` at the start is taken to join clauses, not list items."""
    if not words or words[:2] in ([",", "and"], [",", "or"]):
        return False
    return all(w in COORDINATION or w in LIST_FILLERS for w in words) and any(
        w in LIST_JOINERS for w in words
    )


def propose(doc: Doc, mentions: list[tuple], lemmatizer=None) -> list[Link]:
    """Return the links proposed by every sentence holding two or more mentions, and by a
    sentence that opens with ``It``/``They`` after one that opens with a mention.

    ``mentions`` are ``(start, end, kind, iri)`` token spans in document order;
    ``lemmatizer`` the lookup lemmatizer that left the Doc's lemmas to be looked up.
    """
    if len(mentions) < 2:
        return []
    bounds = sentence_starts(doc)
    firsts = np.fromiter((m[0] for m in mentions), dtype=np.intp, count=len(mentions))
    sentence = np.searchsorted(bounds, firsts, side="right") - 1
    shared = np.flatnonzero(sentence[1:] == sentence[:-1])
    pronoun_led = _pronoun_led(doc, bounds, firsts, sentence)
    if not len(shared) and not pronoun_led:
        return []
    limits = np.append(bounds, len(doc)).tolist()
    view = TokenView(doc, lemmatizer)
    found: list[Link] = []
    for index, (subject, first, last, at) in pronoun_led.items():
        iri = mentions[subject][3]
        pronoun = Unit(limits[index] + at, limits[index] + at + 1, iri)
        units = [pronoun] + [Unit(a, b, i) for a, b, _, i in mentions[first : last + 1]]
        links = _sentence_proposals(view, limits[index], limits[index + 1], units)
        if links and _retracted(view, limits, index):
            continue
        for link in links:
            cause, effect, cue, confidence, *sentence_span = link
            if iri in (cause, effect):  # read through the pronoun: a little less sure
                link = (cause, effect, cue, round(confidence - PRONOUN_PENALTY, 2), *sentence_span)
            found.append(link)
    for first, last in _runs(shared.tolist()):
        index = int(sentence[first])
        # A few words before the first mention too: a nominal or conditional cue stands
        # before the cause; and a few after the last: ``..., and B rose accordingly``.
        lead = max(limits[index], mentions[first][0] - CONDITION_REACH)
        if index in pronoun_led or not (
            view.may_hold_cue(lead, mentions[last][0])
            or _result_after(view, mentions[last][1], limits[index + 1])
        ):
            continue
        if _claims_nothing(view, limits[index], limits[index + 1], mentions[first][0]):
            continue
        units = [Unit(start, end, iri) for start, end, _, iri in mentions[first : last + 1]]
        links = _sentence_proposals(view, limits[index], limits[index + 1], units)
        if not (links and _retracted(view, limits, index)):
            found += links
    return found


def _result_after(view: TokenView, after: int, end: int) -> bool:
    """Whether a word of consequence (``accordingly``, ``as a result``) follows the last
    mention closely: ``..., and B rose accordingly`` has its cue after both mentions."""
    tail = view.orths[after : min(end, after + AFTER_REACH)].tolist()
    return not _RESULT_HASHES.isdisjoint(tail)


def _retracted(view: TokenView, limits: list[int], index: int) -> bool:
    """Whether the next sentence takes the claim back: ``It did not say that.``, ``That is
    not the case.``, ``This is not true.`` (not ``This does not mean that B ...``, which
    denies a further step)."""
    if index + 2 >= len(limits):
        return False
    start, end = limits[index + 1], limits[index + 2]
    if int(view.orths[start]) not in _RETRACTION_HASHES:
        return False
    words = view.lowers(start, min(end, start + RETRACTION_REACH + 4))
    for j in range(1, min(len(words), RETRACTION_REACH + 1)):
        if not _negated(words[j : j + 2]) or words[j] not in NEGATIONS:
            continue
        rest = [*words[j + 1 : j + 4], "", ""]
        if rest[:2] == ["the", "case"] or (rest[0] in ("true", "so") and rest[1] in CLAUSE_ENDS):
            return True
        offset = start + j + 1
        saying = offset < end and view.lemmas(offset, offset + 1)[0] in SAYING_VERBS
        if saying and rest[1] in RETRACTION_OBJECTS and rest[2] in CLAUSE_ENDS:
            return True
    return False


def _claims_nothing(view: TokenView, start: int, end: int, first: int) -> bool:
    """Whether a sentence states no claim whatever its cue words: a direct question
    (``How can the company measure the effect of A on B?``), or a title in a reference list
    (``Lind, E. (2015) 'The effect of A on B', Journal ...``, or an APA title after
    ``(2015).``), which names a study's topic. Read only for sentences that may hold a cue."""
    last = end - 1
    while last > start and not view.lowers(last, last + 1)[0].strip():
        last -= 1
    if view.lowers(last, last + 1)[0] == "?":
        return True
    words = view.lowers(max(0, start - 4), first)
    for j in range(len(words) - 3):
        year = words[j] == "(" and YEAR.fullmatch(words[j + 1]) and words[j + 2] == ")"
        if year and words[j + 3] in TITLE_OPENERS:
            return True
    return False


def _pronoun_led(
    doc: Doc, bounds: np.ndarray, firsts: np.ndarray, sentence: np.ndarray
) -> dict[int, tuple[int, int, int, int]]:
    """Sentences that open with ``It``, ``They`` or ``This`` right after a sentence that
    opens with a mention, or that holds only one: there the pronoun stands for that mention
    (``Customer satisfaction is the end point. It is influenced by service quality.``;
    ``Managers hold huddles built on open communication. This has strengthened team
    spirit.``). ``Its``/``Their`` count only before a nominal cue (``Its effect on B``).
    So does ``it``/``they`` right after a conditional word that opens the sentence (``If it
    improves, we expect B to follow``). Returns, per such sentence, the index of the mention
    the pronoun stands for, the first and last mention of the sentence and the pronoun's
    position in it."""
    tokens = token_arrays(doc)["tokens"]
    orths = tokens[:, ORTH_COL]
    starts = orths[bounds].tolist()
    led = []  # (sentence, position of the pronoun in it)
    for i in [i for i, orth in enumerate(starts) if orth in _LEADING]:
        if starts[i] in _PRONOUNS:
            led.append((i, 0))
        elif int(orths[min(bounds[i] + 1, len(orths) - 1)]) in _SUBJECT_PRONOUNS:
            led.append((i, 1))  # ``If it improves, B ...``, ``Without it, B suffers``
    if not led:
        return {}
    found = {}
    for index, at in led:
        first, end = np.searchsorted(sentence, (index, index + 1)).tolist()
        subject = int(np.searchsorted(sentence, index - 1))
        if index == 0 or first == end or subject == first:
            continue  # no mention here, or none in the sentence before
        start = int(bounds[index])
        if int(orths[start]) in _POSSESSIVES and (
            start + 1 >= len(orths) or int(orths[start + 1]) not in _NOMINAL_HASHES
        ):
            continue
        lead = int(firsts[subject]) - int(bounds[index - 1])
        if (
            lead == 0
            or (lead == 1 and int(orths[bounds[index - 1]]) in _DETERMINERS)
            or first - subject == 1  # the sentence before names one concept only
        ):
            found[index] = (subject, first, end - 1, at)
    return found


# ORTH hashes are hashes of the text, the same in every vocabulary.
_POSSESSIVE_WORDS = ("Its", "its", "Their", "their")
_PRONOUNS = frozenset(
    hash_string(w)
    for w in ("It", "it", "They", "they", "This", "this", "That", "that", *_POSSESSIVE_WORDS)
)
_POSSESSIVES = frozenset(hash_string(w) for w in _POSSESSIVE_WORDS)
_NOMINAL_HASHES = frozenset(hash_string(w) for w in NOMINAL_HEADS)
_DETERMINERS = frozenset(hash_string(w) for w in ("The", "the", "A", "An"))
_OPENERS = CONDITIONALS | {WITHOUT}  # words that open a cause's clause before it
_CONDITIONAL_HASHES = frozenset(
    hash_string(w) for word in _OPENERS for w in (word, word.capitalize())
)
_SUBJECT_PRONOUNS = frozenset(hash_string(w) for w in ("it", "they"))  # after ``If``
_LEADING = _PRONOUNS | _CONDITIONAL_HASHES  # words a pronoun-led sentence may open with
_HYPHEN = hash_string("-")
_RETRACTION_HASHES = frozenset(
    hash_string(w) for word in RETRACTION_SUBJECTS for w in (word, word.capitalize())
)
_RESULT_HASHES = frozenset(hash_string(marker[-1]) for marker in RESULT_MARKERS)


def _set_aside(gaps, i: int) -> bool:
    """Whether mention ``i`` stands in a contrast set off by commas after the mention before
    it (``Empowerment, not staff training, raised B``): the claim is the earlier one's."""
    if i == 0 or not gaps[i] or gaps[i][0] != ",":
        return False
    return gaps[i - 1][-2:] == [",", "not"]


def _runs(pairs: list[int]) -> list[tuple[int, int]]:
    """Runs of mentions sharing a sentence, from the positions ``k`` where mention ``k`` and
    ``k + 1`` do: ``[0, 1, 5]`` gives ``[(0, 2), (5, 6)]`` (first and last mention)."""
    runs: list[tuple[int, int]] = []
    for k in pairs:
        if runs and runs[-1][1] == k:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    return runs


def _sentence_proposals(view: TokenView, start: int, end: int, units: list[Unit]) -> list[Link]:
    units = _merge_touching(view, units)
    gaps = _Gaps(view, units)
    found = []
    subjects: list[Unit] = []  # the subject of the last cue's clause
    links: list[tuple[Unit, Unit, float]] = []  # for chains: cause, effect, confidence
    asked = None  # whether the sentence asks about its claim, read once
    lead = max(start, units[0].start - CONDITION_REACH)
    words = view.orths[lead:end].tolist()
    conditional = not _CONDITIONAL_HASHES.isdisjoint(words[: units[-1].start - lead])
    resulting = not _RESULT_HASHES.isdisjoint(words[units[0].end - lead :])
    for i in range(len(units) - 1):
        left, right = units[i], units[i + 1]
        if right.start - left.end > MAX_GAP:
            continue
        cue = _pair_cue(view, units, i, (start, end), gaps, (conditional, resulting))
        if cue is None:
            continue
        if asked is None:  # read once, for the first cue only
            asked = _not_claimed(view, start, units[0].start)
        if asked:
            break  # ``asked whether A raises B``, ``does not imply that A ...``: no claim
        gap = gaps[i]
        lefts = _conjuncts(gaps, units, i, step=-1)
        if cue.direction == 1 and _pronoun_subject(gap):
            lefts = [units[0]] if units[0] is not right else []
        elif cue.direction == 1 and _pronoun_before(gap, cue) and _one_concept(units[: i + 1]):
            lefts = [units[0]]  # ``A is cheap: I am sure it lifts B``: the only concept before
        elif subjects and _continues_clause(gap, cue):
            lefts = subjects  # ``A raises B and also boosts C``: A is the subject
        elif _continues_clause(gap, cue) and _object_of_verb(view, start, left):
            continue  # ``doing X lowered A and increased B``: the subject names no concept
        if cue.direction == 1 and _set_aside(gaps, i):
            lefts = _conjuncts(gaps, units, i - 1, step=-1)  # ``A, not B, raised C``: A
        subjects = lefts
        rights = _conjuncts(gaps, units, i + 1, step=1)
        sentence = view.chars(start, end)
        hedged = HEDGE_PENALTY if not HEDGES.isdisjoint(gap[: cue.at]) else 0.0
        lefts = [a for a in lefts if not _described(view, a)]
        rights = [b for b in rights if not _described(view, b)]
        for a in lefts:
            for b in rights:
                cause, effect = (a, b) if cue.direction == 1 else (b, a)
                extra = (a is not left) + (b is not right)
                if cause.iri != effect.iri:
                    confidence = round(cue.confidence - CONJUNCT_PENALTY * extra - hedged, 2)
                    found.append((cause.iri, effect.iri, cue.text, confidence, *sentence))
                    links.append((cause, effect, confidence))
    if len(links) > 1:
        found += _chains(links, view.chars(start, end))
    return found


def _pair_cue(
    view: TokenView,
    units: list[Unit],
    i: int,
    bounds: tuple[int, int],
    gaps: _Gaps,
    flags: tuple[bool, bool],
) -> Cue | None:
    """The cue that links ``units[i]`` to ``units[i + 1]``: in the words between them, or
    around them (before the cause, after the effect). ``flags`` tell whether the sentence
    holds a conditional word and a word of consequence."""
    (start, end), left, right = bounds, units[i], units[i + 1]
    conditional, resulting = flags
    if view.may_hold_cue(left.end, right.start):
        gap = gaps[i]
        lemmas = view.lemmas(left.end, right.start)
        cue = find_cue(gap, lemmas)
        if cue is not None and _compared(gap, cue):
            return None
        earlier = _earlier_clause_cue(gap, lemmas, cue)
        if earlier is not None:  # ``A depends on X, which improves B``: X improves B
            cue = earlier
        if cue is not None and _clause_ends_after(gap, cue):
            # ``B depends on X, and that in turn comes down to A``; ``where A is poor, staff
            # raise fewer concerns, and B suffers``: the cue's own clause links nothing.
            chained = _through_unnamed(gap, lemmas, cue)
            if chained is not None or not conditional:
                return chained
            return _outer_cue(view, units, i, start, end, gaps, conditional)
        if cue is None:
            cue = _make_cue(view, units, i, end, gap)
        if cue is not None:
            return cue
    cue = _outer_cue(view, units, i, start, end, gaps, conditional)
    if cue is None and resulting:
        cue = _result_cue(view, units, i, end, gaps)
    return cue


def _earlier_clause_cue(gap: list[str], lemmas: list[str], cue: Cue | None) -> Cue | None:
    """The cue of an earlier clause when ``cue`` stands in a relative clause after it: in ``A
    depends on X, which improves B`` the ``which`` is X, so ``improves`` is not A's."""
    if cue is None or cue.at < 3:
        return None
    for j in range(cue.at - 1, 0, -1):
        if gap[j - 1] == "," and gap[j] in ("which", "that"):
            return find_cue(gap[: j - 1], lemmas[: j - 1])
    return None


def _through_unnamed(gap: list[str], lemmas: list[str], cue: Cue) -> Cue | None:
    """A chain through words that name no concept: ``B depends on X, and that in turn comes
    down to A``, ``A drives X, which raises B``. The clause after the cue opens with a word
    that stands for X and goes on at once with a cue of the same direction; proposed as a
    ``chain``, less sure than its weaker link."""
    after = cue.at + len(cue.text.split())
    k = next((j + 1 for j in range(after, len(gap) - 1) if gap[j] == ","), None)
    if k is None:
        return None
    if gap[k] == "and":
        k += 1
    if k >= len(gap) or gap[k] not in ("which", "that", "this"):
        return None
    k = _past_adverbs(gap, k + 1)
    if gap[k : k + 2] == ["in", "turn"]:
        k = _past_adverbs(gap, k + 2)
    second = find_cue(gap[k:], lemmas[k:])
    if second is None or second.at != 0 or second.direction != cue.direction:
        return None
    confidence = round(min(cue.confidence, second.confidence) - CHAIN_PENALTY, 2)
    return Cue("chain", cue.direction, confidence, cue.at)


def _result_cue(view: TokenView, units: list[Unit], i: int, end: int, gaps: _Gaps) -> Cue | None:
    """``A ..., and B has risen accordingly`` (``suffers as a result``): a verb of change after
    the effect, then a word of consequence; the clause before the comma names the cause."""
    right = units[i + 1]
    if not _result_after(view, right.end, end):
        return None
    gap = gaps[i]
    if "," not in gap or _negated(gap) or BARRIERS.intersection(gap):
        return None
    comma = len(gap) - 1 - gap[::-1].index(",")
    joined = gap[comma + 1 :]
    if not joined or joined[0] not in ("and", "so") or not RESULT_LEADS.issuperset(joined):
        return None
    after = _after(view, units, i, end)
    k = 0
    while k < len(after) and (after[k] in RESPONSE_LEADS or after[k] in ("has", "have", "had")):
        k += 1
    if k >= len(after) or _negated(after[:k]):
        return None
    offset = right.end + k
    if view.lemmas(offset, offset + 1)[0] not in RESPONSE_VERBS | WITHOUT_RESPONSES:
        return None
    # ``accordingly`` is an adverb itself: read it before skipping others (``rose sharply as
    # a result``).
    marker = None
    for at in (k + 1, _past_adverbs(after, k + 1)):
        marker = next((m for m in RESULT_MARKERS if tuple(after[at : at + len(m)]) == m), marker)
    if marker is None:
        return None
    return Cue(f"{after[k]} {' '.join(marker)}", 1, CONFIDENCE["consequence"], comma)


def _not_claimed(view: TokenView, start: int, first: int) -> bool:
    """Whether the words before the sentence's first mention withhold its claim: a question
    (``asked whether``), a denial (``does not imply that``) or denied evidence (``there is
    no evidence that``, ``Nor is there any sign that``)."""
    lemmas, lowers = view.lemmas(start, first), view.lowers(start, first)
    if not QUESTION_VERBS.isdisjoint(lemmas) or _denied(lowers, lemmas):
        return True
    return not EVIDENCE_NOUNS.isdisjoint(lowers) and any(
        word in EVIDENCE_NOUNS
        and lowers[j + 1 : j + 2] == ["that"]
        and _negated(lowers[max(0, j - EVIDENCE_REACH) : j])
        for j, word in enumerate(lowers)
    )


def _pronoun_before(gap: list[str], cue: Cue) -> bool:
    """Whether ``it``/``they`` is the subject of the cue, past auxiliaries and ``is what``:
    ``I'm fairly sure it would improve B``, ``it is what keeps B low``."""
    j = cue.at - 1
    while j >= 0 and (gap[j] in PRONOUN_BRIDGE or (len(gap[j]) > 4 and gap[j].endswith("ly"))):
        j -= 1
    return j >= 0 and gap[j] in PRONOUN_SUBJECTS


def _described(view: TokenView, unit: Unit) -> bool:
    """Whether a compound participle stands right before the mention (``better-trained
    counter staff``, ``poorly-paid agents``): the people are described by a quality left
    unmarked, and that quality, not the people, is the cause or effect."""
    if unit.start < 3 or int(view.orths[unit.start - 2]) != _HYPHEN:
        return False
    participle = view.lowers(unit.start - 1, unit.start)[0]
    return participle.endswith("ed") and participle.isalpha()


def _one_concept(units: list[Unit]) -> bool:
    """Whether the units name one concept only: a pronoun after them has one candidate."""
    return len({unit.iri for unit in units}) == 1


def _chains(links: list[tuple[Unit, Unit, float]], sentence: tuple[int, int]) -> list[Link]:
    """``A drives B, which in turn drives C`` states A → C as well: one link's effect is the
    very mention the next link starts from, or a later mention of its concept (``A raises
    B, and satisfied B deliver C``), and the three stand in that order (in ``B is driven by
    A and boosts C`` A → C is left unsaid)."""
    found = []
    direct = {(a.iri, b.iri) for a, b, _ in links}
    links = list(links)
    # A longer chain (``A -> B -> C -> D``) states A → D too: the implied links join the
    # next round, until none is new (each round adds a link or stops; a sentence's links
    # are few).
    while True:
        added = []
        for cause, middle, first in links:
            for start, effect, second in links:
                pair = (cause.iri, effect.iri)
                named_again = start.iri == middle.iri and middle.end <= start.start
                if (
                    (start is middle or named_again)
                    and cause.start < middle.start < start.end <= effect.start
                    and cause.iri != effect.iri
                    and pair not in direct
                ):
                    direct.add(pair)
                    confidence = round(min(first, second) - CHAIN_PENALTY, 2)
                    found.append((*pair, "chain", confidence, *sentence))
                    added.append((cause, effect, confidence))
        if not added:
            return found
        links += added


def _after(view: TokenView, units: list[Unit], i: int, end: int) -> list[str]:
    """The words after ``units[i + 1]`` (the effect), up to the next mention or the
    sentence's end, at most ``AFTER_REACH``."""
    right = units[i + 1]
    stop = min(end, right.end + AFTER_REACH)
    if i + 2 < len(units):
        stop = min(stop, units[i + 2].start)
    return view.lowers(right.end, stop) if stop > right.end else []


def _make_cue(view: TokenView, units: list[Unit], i: int, end: int, gap: list[str]) -> Cue | None:
    """``A makes B (a lot) easier``: ``make`` closes the gap (before determiners), and a
    comparative follows the effect."""
    at = len(gap) - 1
    while at >= 0 and gap[at] in MAKE_DETERMINERS:
        at -= 1
    if at < 0 or _negated(gap[_pronoun_clause(gap) :]):
        return None
    verb = gap[at]
    if view.lemmas(units[i].end + at, units[i].end + at + 1)[0] not in MAKE_VERBS:
        return None
    after = _after(view, units, i, end)
    k = 0
    while k < len(after) and after[k] in DEGREE_WORDS:
        k += 1
    if k < len(after) and after[k] in MAKE_RESULTS:
        return Cue(f"{verb} ... {after[k]}", 1, CONFIDENCE["verb"], at)
    return None


def _outer_cue(
    view: TokenView, units: list[Unit], i: int, start: int, end: int, gaps: _Gaps, conditional
) -> Cue | None:
    """A cue whose words lie outside the gap between two mentions: before the cause
    (``the effect of A on B``) or around both (``if A is high, B tends to rise``, ``without A,
    B suffers``)."""
    left, right = units[i], units[i + 1]
    if right.start - left.end == 1:
        if gaps[i] in NOMINAL_LINKS:
            return _nominal(view, units, i, start, gaps[i][0])
        if gaps[i] != [","]:  # ``if A, B tends to rise``: the comma alone may close A's clause
            return None
    if not conditional:
        return None
    lo = max(start, units[i - 1].end if i else start, left.start - CONDITION_REACH)
    if left.start == lo:
        return None
    before = view.lowers(lo, left.start)
    if _OPENERS.isdisjoint(before):
        return None
    at = max(j for j, word in enumerate(before) if word in _OPENERS)
    gap = gaps[i]
    if "," in before[at:] or "," not in gap or _negated(before[at + 1 :]) or _negated(gap):
        return None
    if BARRIERS.intersection(gap) or gap.count(",") > 3:
        return None
    after = _after(view, units, i, end)
    k = 0
    while k < len(after) and after[k] in RESPONSE_LEADS:
        k += 1
    if k >= len(after) or _negated(after[:k]):
        return None
    offset = units[i + 1].end + k
    verb = view.lemmas(offset, offset + 1)[0]
    if verb not in (WITHOUT_RESPONSES if before[at] == WITHOUT else RESPONSE_VERBS):
        return None
    particles = RESPONSE_PARTICLES.get(verb)
    if particles and (k + 1 >= len(after) or after[k + 1] not in particles):
        return None
    return Cue(f"{before[at]} ... {after[k]}", 1, CONFIDENCE["conditional"], 0)


def _nominal(view: TokenView, units: list[Unit], i: int, start: int, link: str) -> Cue | None:
    """``the effect of (poor) A on B``: a nominal cue before the cause, no negation before it
    in the sentence (``no effect of A on B``, ``could not establish any impact of``)."""
    left = units[i]
    lo = max(start, units[i - 1].end if i else start)
    before = view.lowers(lo, left.start)
    for j in range(len(before) - 1, max(-1, len(before) - NOMINAL_REACH - 2), -1):
        head = before[j - 1] if j > 0 else ""
        linked = (link == "to") == (head in NOMINAL_TO_HEADS)
        if before[j] == "of" and head in NOMINAL_HEADS and linked:
            if _negated(view.lowers(start, left.start)):
                return None
            return Cue(f"{head} of ... {link}", 1, CONFIDENCE["noun"], 0)
    return None


class _Gaps:
    """The lowercase words between each unit and the next, read when first asked for: most
    gaps hold no cue word and are never read."""

    def __init__(self, view: TokenView, units: list[Unit]) -> None:
        self.view, self.units = view, units
        self.found: dict[int, list[str]] = {}

    def __getitem__(self, k: int) -> list[str]:
        words = self.found.get(k)
        if words is None:
            words = self.found[k] = self.view.lowers(self.units[k].end, self.units[k + 1].start)
        return words


def _object_of_verb(view: TokenView, start: int, unit: Unit) -> bool:
    """Whether a cue verb stands right before the mention (past a determiner or a
    comparative): then the mention is that verb's object, not the subject of a verb that
    continues the clause after it."""
    lo = max(start, unit.start - 3)
    words, lemmas = view.lowers(lo, unit.start), view.lemmas(lo, unit.start)
    at = len(words) - 1
    while at >= 0 and (words[at] in MAKE_DETERMINERS or words[at] in COMPARATIVES):
        at -= 1
    return at >= 0 and lemmas[at] in CUE_LEMMAS and words[at] not in CUE_WORDS


def _pronoun_subject(words: list[str]) -> bool:
    """Whether a new clause with ``it``/``they`` as subject starts in the gap: then the cue's
    subject is the sentence's first concept (``A leads to B, and it also drives C``)."""
    return any(w in PRONOUN_SUBJECTS and (j == 0 or words[j - 1] in {",", "and", ":"})
               for j, w in enumerate(words))  # fmt: skip


def _merge_touching(view: TokenView, units: list[Unit]) -> list[Unit]:
    """Merge mentions that touch into one unit: ``empowering front-line staff`` and
    ``empowered FLEs`` are about empowerment (a gerund or a participle leads its phrase),
    ``TQM service quality`` about its last word."""
    merged: list[Unit] = []
    for unit in units:
        if merged and merged[-1].end == unit.start:
            previous = merged[-1]
            # ``empowered FLEs`` too: a participle leads its phrase as a gerund does.
            gerund = view.lowers(previous.end - 1, previous.end)[0].endswith(("ing", "ed"))
            iri = previous.iri if gerund else unit.iri
            merged[-1] = Unit(previous.start, unit.end, iri)
            continue
        merged.append(unit)
    return merged


def _conjuncts(gaps: _Gaps, units: list[Unit], i: int, *, step: int) -> list[Unit]:
    """``units[i]`` and the units a list joins to it, going left (``step=-1``) or right;
    ``gaps[k]`` holds the words between ``units[k]`` and ``units[k + 1]``."""
    group = [units[i]]
    j = i + step
    while 0 <= j < len(units) and _coordinated(gaps[j if step == -1 else j - 1]):
        group.append(units[j])
        j += step
    return group


def proposals(links: list[Link], text: str) -> list[Proposal]:
    """Turn the relation step's ``doc._.imkg_links`` into proposals, with the evidence
    sentence cut from the document's ``text``."""
    return [
        Proposal(cause, effect, cue, text[start:end].strip(), confidence, start, end)
        for cause, effect, cue, confidence, start, end in links
    ]


@Language.factory("imkg_relation_cues", default_config={"spans_key": SPANS_KEY})
def make_relation_cues(nlp: Language, name: str, spans_key: str) -> RelationCues:
    """Create the relation-cue step; it writes ``doc._.imkg_links`` (read them as
    :class:`Proposal` s with ``doc._.imkg_proposals`` or :func:`proposals`)."""
    return RelationCues(name, spans_key=spans_key, nlp=nlp)


class RelationCues:
    """Propose influences between concepts tagged in one sentence."""

    def __init__(self, name: str, *, spans_key: str, nlp: Language | None = None) -> None:
        self.name = name
        self.spans_key = spans_key
        self.nlp = nlp
        self._lemmatizers: dict[str, object] = {}
        self._tagger: object | None = None

    def _lemmatizer(self, doc: Doc):
        """The lookup lemmatizer that left this Doc's lemmas to be looked up, if any."""
        name = token_arrays(doc).get(LAZY_LEMMAS) if self.nlp is not None else None
        if not name:
            return None
        found = self._lemmatizers.get(name)
        if found is None and self.nlp.has_pipe(name):
            found = self._lemmatizers[name] = self.nlp.get_pipe(name)
        return found

    def _entities(self) -> frozenset[str]:
        """Concepts that name things, not factors (see the tagger's ``entities``)."""
        if self._tagger is None:
            if self.nlp is None or not self.nlp.has_pipe("imkg_concept_tagger"):
                return frozenset()
            self._tagger = self.nlp.get_pipe("imkg_concept_tagger")
        return getattr(self._tagger, "entities", frozenset())

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc_value(doc, "imkg_concepts")
        if mentions is None:
            spans = doc.spans.get(self.spans_key, [])
            mentions = [(s.start, s.end, s.label_, s.id_) for s in spans]
        entities = self._entities()
        if entities:
            mentions = [m for m in mentions if m[3] not in entities]
        if len(mentions) < 2:
            set_doc_value(doc, "imkg_links", [])
            return doc
        set_doc_value(doc, "imkg_links", propose(doc, mentions, self._lemmatizer(doc)))
        return doc
