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
back (``It did not say that.``) or disputes later in the same sentence (``...; our figures do
not support that``), nor after a denial or a question between two mentions (``..., but we are
not saying A reduces B``). An object ``it`` after a cue stands for the concept before the cause
(``B is costly; A explains most of it``, ``A, which is really what makes it work``), 0.05 less
sure. A sentence opening with ``As a result`` or ``Since then`` takes its cause from the one
before (``A was run for all staff. As a result, B rose.``), and the people who own a mention
(``turnover among front-line staff``) take part in no claim. A definite noun phrase that
refers back to a practice named before (``We launched a recognition scheme. The scheme has
lowered B``) is read as a mention of it.

This module walks a document's sentences (:func:`propose`) and runs the component; the rules
live beside it: :mod:`imkg.ingest.sentence_links` (one sentence's links),
:mod:`imkg.ingest.cue_reading` (a cue from the words between two mentions),
:mod:`imkg.ingest.denials` (the words that cancel one), :mod:`imkg.ingest.withheld`
(sentences that state no claim), :mod:`imkg.ingest.outer_cues` (cues around the pair),
:mod:`imkg.ingest.pronouns` (pronouns read as mentions), :mod:`imkg.ingest.anaphors`
(definite noun phrases read as mentions), :mod:`imkg.ingest.result_openers`
(claims over two sentences, owners of a mention),
:mod:`imkg.ingest.token_view` (what the rules read of the Doc) and
:mod:`imkg.ingest.cue_words` (the words themselves).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from imkg.ingest.anaphors import with_anaphors
from imkg.ingest.components import (
    LAZY_LEMMAS,
    doc_value,
    sentence_starts,
    set_doc_value,
    token_arrays,
)
from imkg.ingest.cue_words import (
    CONDITION_REACH,
    PRONOUN_PENALTY,
)
from imkg.ingest.pronouns import object_pronouns, pronoun_led
from imkg.ingest.result_openers import result_openers, without_owners
from imkg.ingest.sentence_links import sentence_proposals
from imkg.ingest.tagger import SPANS_KEY
from imkg.ingest.token_view import (
    Link,
    TokenView,
    Unit,
    result_after,
)
from imkg.ingest.withheld import claims_nothing, disputed, retracted

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
    led = pronoun_led(doc, bounds, firsts, sentence)
    objects = object_pronouns(doc, bounds, mentions, sentence)
    if not len(shared) and not led and not objects:
        return []
    limits = np.append(bounds, len(doc)).tolist()
    view = TokenView(doc, lemmatizer)
    found: list[Link] = []
    for index, (subject, first, last, at) in led.items():
        pronoun = Unit(limits[index] + at, limits[index] + at + 1, mentions[subject][3])
        units = [pronoun] + [Unit(a, b, i) for a, b, _, i in mentions[first : last + 1]]
        found += _through_pronoun(view, limits, index, units, pronoun)
    runs = dict(_runs(shared.tolist()))
    for index, pronoun in objects.items():
        first = int(np.searchsorted(sentence, index))
        if index not in led and first not in runs:  # the sentence's one concept and ``it``
            if claims_nothing(view, limits[index], limits[index + 1], mentions[first][0]):
                continue
            units = [Unit(a, b, i) for a, b, _, i in mentions[first : first + 1]] + [pronoun]
            found += _through_pronoun(view, limits, index, units, pronoun)
    for first, last in runs.items():
        index = int(sentence[first])
        if index in led:
            continue
        pronoun = objects.get(index)
        # A few words before the first mention too: a nominal or conditional cue stands
        # before the cause; and a few after the last: ``..., and B rose accordingly``.
        lead = max(limits[index], mentions[first][0] - CONDITION_REACH)
        tail = mentions[last][0] if pronoun is None else pronoun.start
        closing = result_after(view, mentions[last][1], limits[index + 1])
        if not (view.may_hold_cue(lead, tail) or closing):
            continue
        if claims_nothing(view, limits[index], limits[index + 1], mentions[first][0]):
            continue
        units = [Unit(start, end, iri) for start, end, _, iri in mentions[first : last + 1]]
        if pronoun is not None:
            units = sorted([*units, pronoun], key=_at)
            found += _through_pronoun(view, limits, index, units, pronoun)
            continue
        links = sentence_proposals(view, limits[index], limits[index + 1], units)
        withheld = retracted(view, limits, index) or disputed(
            view, limits[index], limits[index + 1], mentions[last][1]
        )
        if not (links and withheld):
            found += links
    return found


def _at(unit: Unit) -> int:
    return unit.start


def _through_pronoun(
    view: TokenView, limits: list[int], index: int, units: list[Unit], pronoun: Unit
) -> list[Link]:
    """The links of a sentence one of whose units is a pronoun: those read through it are a
    little less sure."""
    links = sentence_proposals(view, limits[index], limits[index + 1], units)
    if not links or retracted(view, limits, index):
        return []
    if disputed(view, limits[index], limits[index + 1], max(unit.end for unit in units)):
        return []
    return [
        (cause, effect, cue, round(confidence - PRONOUN_PENALTY, 2), *span)
        if pronoun.iri in (cause, effect)
        else (cause, effect, cue, confidence, *span)
        for cause, effect, cue, confidence, *span in links
    ]


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
        people = getattr(self._tagger, "people", frozenset())
        mentions = with_anaphors(doc, without_owners(doc, mentions, people), people)
        if len(mentions) < 2:
            set_doc_value(doc, "imkg_links", [])
            return doc
        lemmatizer = self._lemmatizer(doc)
        links = propose(doc, mentions, lemmatizer)
        found = {(link[0], link[1]) for link in links}
        links += [
            link
            for link in result_openers(doc, lemmatizer, mentions, people)
            if (link[0], link[1]) not in found
        ]
        set_doc_value(doc, "imkg_links", links)
        return doc
