"""The concept tagger: candidate spans from the built-in ``span_ruler``, then one choice.

The ruler (``imkg_concept_ruler``) holds one pattern per label form, with the concept IRI
as the pattern ``id`` and the kind of match as its ``label``:

========== ============================================================ ==========
kind       pattern                                                      confidence
========== ============================================================ ==========
``pref``   the preferred label, lowercase                               0.95
``alt``    an alternative label                                         0.90
``hidden`` a hidden label (acronyms of 3+ letters match case-sensitively) 0.85
``variant`` an inflection, spelling, hyphenation or derivation of a label 0.80
``order``  a word-order variant (``motivation of staff``)               0.70
``context`` an everyday word as hidden label (``morale``), in context     0.65
``owned``  an everyday word only its owner makes the staff's (``retention`` 0.65
           ``of new conductors``, ``nurses' satisfaction``)
``abbr``   an acronym the document defines or licenses                  0.60
========== ============================================================ ==========

:class:`ConceptTagger` then resolves overlaps: the longest span (in characters) wins; on
equal length the more specific concept (see :attr:`Concept.specificity`), then the better
kind of match (the order of the table), then the IRI, so the choice is deterministic. One
exception comes first: a word-order match (``orientation among employees``) whose first word
ends a longer label matched in its own order (``customer orientation among employees``) is
dropped, since that word is the other label's head.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, SpanGroup

from imkg.ingest.abbreviations import (
    MIN_FREE_ACRONYM,
    acronym_mentions,
    find_definitions,
    is_acronym,
)
from imkg.ingest.components import (
    ORTH_COL,
    OrthSet,
    doc_value,
    sentence_starts,
    set_doc_value,
    token_arrays,
)
from imkg.ingest.labels import GENERIC_CLASSES, LabelSet
from imkg.namespaces import IMKG

KIND_CONFIDENCE = {
    "pref": 0.95,
    "alt": 0.9,
    "hidden": 0.85,
    "variant": 0.8,
    "order": 0.7,
    "context": 0.65,
    "owned": 0.65,
    "abbr": 0.6,
}
KIND_RANK = {kind: rank for rank, kind in enumerate(KIND_CONFIDENCE)}
RULER_NAME = "imkg_concept_ruler"
CASED_RULER_NAME = "imkg_acronym_ruler"
CANDIDATES_KEY = "imkg_candidates"
SPANS_KEY = "concepts"
# Classes of named things (a company, a job title) rather than factors: their concepts are
# tagged, but take part in no proposed influence (``Sprint PCS rotates people through ...``).
ENTITY_CLASSES = frozenset({IMKG + "Company", IMKG + "ExampleRole"})

if not Doc.has_extension("imkg_concepts"):
    Doc.set_extension("imkg_concepts", default=None)


@dataclass(frozen=True, slots=True)
class Mention:
    """One concept mention: character offsets into the text, the exact text and a confidence."""

    start: int
    end: int
    text: str
    concept_iri: str
    label: str
    confidence: float
    kind: str = "pref"
    sentence_start: int = 0
    sentence_end: int = 0

    @property
    def concept(self) -> str:
        """The concept's slug."""
        return self.concept_iri.rsplit("/", 1)[-1]


def context_acronyms(labels: LabelSet) -> dict[str, str]:
    """Return the short acronym labels (``IM``) that count only where their concept is named."""
    return {
        text: concept.iri
        for concept in labels.concepts
        for kind, text in concept.labels()
        if is_acronym(text) and len(text) < MIN_FREE_ACRONYM and kind != "alt"
    }


def everyday_contexts(labels: LabelSet) -> dict[str, frozenset[str]]:
    """For each concept, the concepts whose firm mention lets a bare everyday word of it count:
    itself and those linked to it in the ontology. The concepts that have everyday words
    (hidden labels such as ``morale``, ``turnover``, ``engagement``, and the tagger's own
    ``training``, ``retention``, ``satisfaction``) share theirs: the words all speak of how
    staff feel, learn and stay, so a text that firmly names one of them, or what is linked to
    one, reads the others in that sense too (``Driver turnover ... Engagement went up``)."""
    from imkg.ingest.patterns import contextual, staff_everyday_words

    kin = {c.iri: frozenset((c.iri, *c.related)) for c in labels.concepts}
    everyday = {c.iri for c in labels.concepts
                if any(contextual(kind, text) for kind, text in c.labels())}  # fmt: skip
    everyday |= set(staff_everyday_words(labels).values())
    shared = frozenset().union(*(kin[iri] for iri in everyday))
    return {iri: shared if iri in everyday else found for iri, found in kin.items()}


def concept_contexts(labels: LabelSet) -> dict[str, frozenset[str]]:
    """For each concept marked ``imkg:needsContext``: the concepts whose mention in the same
    text makes its everyday labels count (those of its own specific class, and those linked
    to it in the ontology)."""
    members: dict[str, set[str]] = {}
    for concept in labels.concepts:
        for cls in concept.classes:
            if cls not in GENERIC_CLASSES:
                members.setdefault(cls, set()).add(concept.iri)
    found = {}
    for concept in labels.concepts:
        if concept.needs_context:
            kin = {iri for cls in concept.classes for iri in members.get(cls, ())}
            found[concept.iri] = frozenset((kin | set(concept.related)) - {concept.iri})
    return found


@Language.factory(
    "imkg_concept_tagger",
    default_config={"candidates_key": CANDIDATES_KEY, "spans_key": SPANS_KEY},
)
def make_concept_tagger(
    nlp: Language, name: str, candidates_key: str, spans_key: str
) -> ConceptTagger:
    """Create the tagger; give it the concepts with :meth:`ConceptTagger.set_concepts`."""
    return ConceptTagger(name, candidates_key=candidates_key, spans_key=spans_key)


class ConceptTagger:
    """Choose one concept per stretch of text from the rulers' matches; add acronyms.

    A thin component around the built-in ``span_ruler``: the rulers hold the patterns (with
    the concept IRI as pattern ``id``) and stay in the pipeline, disabled; the tagger runs
    their phrase matchers itself and resolves overlaps on plain integer arrays, so only the
    chosen matches become spans. It writes ``doc.spans[spans_key]`` and, for the relation
    cues and :meth:`mentions`, the same choice as ``(start, end, kind, iri)`` tuples in
    ``doc._.imkg_concepts``.
    """

    def __init__(self, name: str, *, candidates_key: str, spans_key: str) -> None:
        self.name = name
        self.candidates_key = candidates_key
        self.spans_key = spans_key
        self.specificity: dict[str, int] = {}
        self.pref_labels: dict[str, str] = {}
        self.short_acronyms: dict[str, str] = {}
        self.context: dict[str, frozenset[str]] = {}
        self.kin: dict[str, frozenset[str]] = {}
        self.people: frozenset[str] = frozenset()
        self.short_free = np.zeros(0, dtype=np.uint64)
        self.word_like = np.zeros(0, dtype=np.uint64)
        self.acronym_heads: dict[str, frozenset[int]] = {}
        self.entities: frozenset[str] = frozenset()
        self.rulers: list = []
        self._table: MatchTable | None = None
        self._anchors: dict[str, AnchoredPhrases] = {}

    def set_concepts(self, labels: LabelSet, rulers: list | None = None) -> None:
        """Take each concept's specificity, preferred label and short acronyms, and the
        ``span_ruler`` components whose matches to choose from."""
        from imkg.ingest.patterns import department_acronyms

        self.specificity = {c.iri: c.specificity for c in labels.concepts}
        self.pref_labels = {c.iri: c.pref_label for c in labels.concepts}
        self.short_acronyms = context_acronyms(labels)
        self.context = concept_contexts(labels)
        self.kin = everyday_contexts(labels)
        employee = next((c.iri for c in labels.concepts if c.slug == "employee"), None)
        self.people = frozenset(c.iri for c in labels.concepts if employee in (c.iri, *c.broader))
        short_free = {
            text for c in labels.concepts for kind, text in c.labels()
            if kind == "alt" and is_acronym(text) and len(text) < MIN_FREE_ACRONYM
        } | set(department_acronyms(labels))  # fmt: skip
        self.short_free = _hashes(tuple(short_free | {t + "s" for t in short_free}))
        self.word_like = _hashes(tuple(t for t in short_free if t.lower() in SHORT_WORDS))
        self.acronym_heads = _acronym_heads(labels)
        self.entities = frozenset(
            c.iri for c in labels.concepts if ENTITY_CLASSES.intersection(c.classes)
        )
        self.rulers = list(rulers or [])
        self._table = None
        self._anchors = {}

    def table(self, doc: Doc) -> MatchTable:
        """The rulers' patterns by match id, built once (again if patterns were added)."""
        size = sum(len(ruler._match_label_id_map) for ruler in self.rulers)
        if self._table is None or self._table.source_size != size:
            entries = {}
            for ruler in self.rulers:
                for match_id, entry in ruler._match_label_id_map.items():
                    entries[match_id] = (entry["label"], entry["id"])
            self._table = MatchTable(entries, self.specificity, doc.vocab.strings)
            self._table.source_size = size
        return self._table

    def candidates(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Return ``(match_id, start, end)`` for every match of every ruler.

        A case-sensitive (``ORTH``) ruler's phrases all hold a rare word (an acronym), so
        they are looked up around that word's occurrences (:class:`AnchoredPhrases`)
        rather than by a second pass of a phrase matcher over every token.
        """
        found: list[tuple[int, int, int]] = []
        for ruler in self.rulers:
            anchored = self._anchored(ruler)
            if anchored is None:
                found += ruler.phrase_matcher(doc)
            else:
                found += anchored(token_arrays(doc)["tokens"][:, ORTH_COL])
        return found

    def _anchored(self, ruler) -> AnchoredPhrases | None:
        if ruler.phrase_matcher_attr not in ("ORTH", ORTH):
            return None
        size = len(ruler._match_label_id_map)
        found = self._anchors.get(ruler.name)
        if found is None or found.source_size != size:
            found = self._anchors[ruler.name] = AnchoredPhrases(ruler)
            found.source_size = size
        return found if found.usable else None

    def __call__(self, doc: Doc) -> Doc:
        arrays = token_arrays(doc)["tokens"]  # IDX, LENGTH, ORTH, SPACY, IS_SPACE
        if self.rulers:
            table, matches = self.table(doc), self.candidates(doc)
        else:
            table, matches = self._span_candidates(doc)
        chosen, taken = self._resolve(doc, arrays, table, matches)
        if self.context:
            chosen = self._in_context(chosen, taken)
        acronyms = find_definitions(doc, arrays[:, 2], chosen)
        named = {iri for _, _, kind, iri in chosen if kind not in EVERYDAY_KINDS}
        acronyms |= {a: iri for a, iri in self.short_acronyms.items() if iri in named}
        extra = acronym_mentions(doc, arrays[:, 2], acronyms, taken)
        if extra:
            chosen = sorted(chosen + [self._with_head(m, arrays, taken) for m in extra])
        strings = doc.vocab.strings
        chosen = self._everyday_words(chosen, taken, arrays[:, 2], strings)
        chosen = _done_to_people(chosen, arrays, self.people, strings, strings["-"])
        set_doc_value(doc, "imkg_concepts", chosen)
        self._set_spans(doc, chosen)
        return doc

    def _resolve(
        self, doc: Doc, arrays: np.ndarray, table: MatchTable, matches: list
    ) -> tuple[list, bytearray]:
        """Longest first, then the table's order (specificity, kind, IRI), then position.

        Returns the chosen ``(start, end, kind, iri)`` in document order and which tokens
        they cover (one byte per token).
        """
        taken = bytearray(len(doc))
        if not matches:
            return [], taken
        found = np.fromiter(itertools.chain.from_iterable(matches), dtype=np.uint64,
                            count=3 * len(matches)).reshape(-1, 3)  # fmt: skip
        starts, ends = found[:, 1].astype(np.intp), found[:, 2].astype(np.intp)
        rows = table.rows(found[:, 0])
        chars = (arrays[ends - 1, 0] + arrays[ends - 1, 1] - arrays[starts, 0]).astype(np.int64)
        order = np.lexsort((ends, starts, table.order[rows], -chars))
        free = ~_inside_compound(arrays, starts, ends, doc.vocab.strings["-"])
        free &= ~_head_claimed(starts, ends, table.reordered[rows])
        free &= ~_names_something_else(arrays[:, 2], starts, ends)
        free &= ~_in_document_name(arrays[:, 2], starts, ends, doc.vocab.strings)
        if len(self.short_free):
            free &= ~_names_a_role(arrays[:, 2], starts, ends, self.short_free)
        if len(self.word_like):
            free &= ~_read_as_word(arrays[:, 2], starts, ends, self.word_like, doc.vocab.strings)
        picks = order[free[order]]
        chosen = []
        kinds, iris = table.kinds, table.iris
        picked = zip(starts[picks].tolist(), ends[picks].tolist(), rows[picks].tolist(),
                     strict=True)  # fmt: skip
        for start, end, row in picked:
            if taken.find(1, start, end) == -1:
                taken[start:end] = b"\x01" * (end - start)
                chosen.append((start, end, kinds[row], iris[row]))
        chosen.sort()
        keep = ~_head_claimed(starts, ends, table.reordered[rows])
        _merge_overlaps(chosen, taken, arrays, starts[keep], ends[keep], rows[keep], iris,
                        doc.vocab.strings["-"])  # fmt: skip
        return chosen, taken

    def _in_context(self, chosen: list, taken: bytearray) -> list:
        """Drop the mentions of concepts with everyday labels whose context the text does not
        name (``influencers`` on Instagram), and free their tokens.

        Context is firm: a concept without everyday labels, or one whose own context was
        found first (``secretary`` beside ``modifiers`` beside ``internal customers``); two
        such concepts alone are none for each other (``energising ... diffusing``).
        """
        iris = {mention[3] for mention in chosen}
        waiting = iris.intersection(self.context)
        if not waiting:
            return chosen
        named = iris - waiting
        while True:
            found = {iri for iri in waiting if not self.context[iri].isdisjoint(named)}
            if not found:
                break
            named |= found
            waiting -= found
        kept = []
        for mention in chosen:
            if mention[3] in waiting:
                taken[mention[0] : mention[1]] = bytes(mention[1] - mention[0])
            else:
                kept.append(mention)
        return kept

    def _with_head(self, mention: tuple, arrays: np.ndarray, taken: bytearray) -> tuple:
        """An acronym the document licenses with the noun after it that makes a label of its
        concept (``IM programme`` for ``internal marketing programme``, ``IM campaign``)."""
        start, end, kind, iri = mention
        heads = self.acronym_heads.get(iri)
        if heads and end < len(arrays) and int(arrays[end, 2]) in heads and not taken[end]:
            taken[end] = 1
            return (start, end + 1, kind, iri)
        return mention

    def _everyday_words(self, chosen: list, taken: bytearray, orths: np.ndarray, strings) -> list:
        """Keep a match of an everyday word (kind ``context``: bare ``turnover``, ``morale``,
        ``engagement``, ``training``) only where another mention names its concept or one
        linked to it (``staff turnover``, ``internal marketing``, ``job satisfaction``):
        ``turnover`` in a sales report, ``recognition`` of speech, are no mentions. Even there,
        not where :func:`_other_sense` makes it someone else's or another thing (``inventory
        turnover``, ``a commitment we made``, ``training data``, ``"morale"`` as a word), the
        rule for bare everyday words in docs/ingest.md. A kept word takes in the staff it
        names (:func:`_staff_owner`: ``turnover among conductors``, ``nurses' commitment``);
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
            if _other_sense(orths, start, end, strings):
                continue
            first, last = _staff_owner(orths, start, end, taken, strings)
            if kind == "owned" and (first, last) == (start, end):
                continue
            if kind == "context" and self.kin.get(iri, frozenset()).isdisjoint(named):
                continue
            taken[first:last] = b"\x01" * (last - first)
            kept.append((first, last, "context", iri))
        return kept

    def _span_candidates(self, doc: Doc) -> tuple[MatchTable, list[tuple[int, int, int]]]:
        """Candidates from spans another component put in ``doc.spans[candidates_key]``."""
        spans = list(doc.spans.get(self.candidates_key, []))
        entries = {n: (s.label_, s.id_) for n, s in enumerate(spans)}
        table = MatchTable(entries, self.specificity, doc.vocab.strings)
        return table, [(n, s.start, s.end) for n, s in enumerate(spans)]

    def _set_spans(self, doc: Doc, chosen: list) -> None:
        labels = self._table.hashes if self._table is not None else {}
        strings = doc.vocab.strings
        spans = [
            Span(doc, start, end, label=labels.get(kind) or strings.add(kind),
                 span_id=labels.get(iri) or strings.add(iri))
            for start, end, kind, iri in chosen
        ]  # fmt: skip
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)

    def mentions(self, doc: Doc, text: str | None = None) -> list[Mention]:
        """Return the mentions of a processed document, with their sentences' offsets.

        ``text`` is the document's text when the caller has it (``doc.text`` is built token
        by token and costs more than tagging).
        """
        chosen = doc_value(doc, "imkg_concepts")
        if chosen is None:
            chosen = [(s.start, s.end, s.label_, s.id_) for s in doc.spans.get(self.spans_key, [])]
        if not chosen:
            return []
        text = doc.text if text is None else text
        offsets = _char_offsets(token_arrays(doc)["tokens"], sentence_starts(doc), chosen)
        found = []
        for (_, _, kind, iri), (start_char, end_char, sent_start, sent_end) in zip(
            chosen, offsets, strict=True
        ):
            found.append(
                Mention(
                    start=start_char,
                    end=end_char,
                    text=text[start_char:end_char],
                    concept_iri=iri,
                    label=self.pref_labels.get(iri) or text[start_char:end_char],
                    confidence=KIND_CONFIDENCE.get(kind, 0.5),
                    kind=kind,
                    sentence_start=sent_start,
                    sentence_end=sent_end,
                )
            )
        return found


class AnchoredPhrases:
    """A case-sensitive ``span_ruler``'s phrase patterns, matched on ORTH hashes around one
    word of each (its first all-caps word): the same ``(match_id, start, end)`` as the
    ruler's phrase matcher, found with one vectorised lookup of the anchor words. Phrases
    are filed under their anchor and the word next to it, so an anchor such as ``IM`` (in
    hundreds of phrases) costs one dictionary lookup per neighbour, not one per phrase
    shape. Not ``usable`` when the ruler holds token patterns."""

    def __init__(self, ruler) -> None:
        self.source_size = len(ruler._match_label_id_map)
        self.usable = all(isinstance(p["pattern"], str) for p in ruler.patterns)
        strings = ruler.nlp.vocab.strings
        # (anchor ORTH, side, neighbour ORTH or 0) -> (anchor's position, phrase length)
        # -> phrase ORTHs -> match ids; side is +1 (the word after the anchor), -1 (the word
        # before, for phrases ending on it) or 0 (one-word phrases).
        filed: dict[tuple[int, int, int], dict[tuple[int, int], dict[tuple, set[int]]]] = {}
        if self.usable:
            for entry in ruler.patterns:
                key = strings.as_int(repr((entry["label"], entry.get("id", ""))))
                words = [t.text for t in ruler.nlp.make_doc(entry["pattern"])]
                if not words:
                    continue
                at = next((i for i, w in enumerate(words) if w.isupper()), 0)
                orths = tuple(strings.add(w) for w in words)
                side = 0 if len(orths) == 1 else (1 if at + 1 < len(orths) else -1)
                neighbour = orths[at + side] if side else 0
                shapes = filed.setdefault((orths[at], side, neighbour), {})
                shapes.setdefault((at, len(orths)), {}).setdefault(orths, set()).add(key)
        self.filed = filed
        self.strings = strings
        self.anchors = OrthSet(anchor for anchor, _, _ in filed)

    def __call__(self, orths: np.ndarray) -> list[tuple[int, int, int]]:
        if not self.filed or not len(orths):
            return []
        anchors = self.anchors.find(orths)
        if not anchors:
            return []
        found: set[tuple[int, int, int]] = set()
        size, words = len(orths), orths.tolist()  # list slices cost less than array slices
        filed = self.filed
        for i in anchors:
            anchor = words[i]
            for side in (0, 1, -1):
                j = i + side
                if not 0 <= j < size:
                    continue
                shapes = filed.get((anchor, side, words[j] if side else 0))
                if shapes is None:
                    continue
                for (at, length), phrases in shapes.items():
                    start, end = i - at, i - at + length
                    if start >= 0 and end <= size:
                        for key in phrases.get(tuple(words[start:end]), ()):
                            found.add((key, start, end))
        return sorted(found)


class MatchTable:
    """Per match id: the kind and IRI of its pattern and its rank in the overlap order
    (more specific concept first, then the better kind of match, then the IRI)."""

    def __init__(self, entries: dict[int, tuple[str, str]], specificity: dict[str, int],
                 strings) -> None:  # fmt: skip
        self.source_size = len(entries)
        ids = sorted(entries)
        self.ids = np.array(ids, dtype=np.uint64)
        self.kinds = [entries[i][0] for i in ids]
        self.iris = [entries[i][1] for i in ids]
        ranked = sorted(range(len(ids)), key=lambda n: (
            -specificity.get(self.iris[n], 0), KIND_RANK.get(self.kinds[n], len(KIND_RANK)),
            self.iris[n], self.kinds[n]))  # fmt: skip
        self.order = np.empty(len(ids), dtype=np.int64)
        self.order[ranked] = np.arange(len(ids))
        self.reordered = np.array([kind == "order" for kind in self.kinds], dtype=bool)
        self.hashes = {s: strings.add(s) for s in {*self.kinds, *self.iris}}

    def rows(self, match_ids: np.ndarray) -> np.ndarray:
        """Row of each match id in the table."""
        return np.searchsorted(self.ids, match_ids)


def _char_offsets(
    arrays: np.ndarray, bounds: np.ndarray, chosen: list
) -> list[tuple[int, int, int, int]]:
    """``(start, end, sentence start, sentence end)`` in characters for each token span.
    ``arrays`` columns: IDX, LENGTH, ...; ``bounds``: the sentence starts."""
    limits = np.append(bounds, len(arrays))
    starts = np.fromiter((c[0] for c in chosen), dtype=np.intp, count=len(chosen))
    ends = np.fromiter((c[1] for c in chosen), dtype=np.intp, count=len(chosen))
    index = np.searchsorted(bounds, starts, side="right") - 1
    last = limits[index + 1] - 1
    columns = (
        arrays[starts, 0],
        arrays[ends - 1, 0] + arrays[ends - 1, 1],
        arrays[bounds[index], 0],
        arrays[last, 0] + arrays[last, 1],
    )
    return list(zip(*(c.tolist() for c in columns), strict=True))


def _merge_overlaps(
    chosen: list, taken: bytearray, arrays: np.ndarray, starts: np.ndarray, ends: np.ndarray,
    rows: np.ndarray, iris: list, hyphen: int,
) -> None:  # fmt: skip
    """Widen a chosen mention over a candidate of the same concept that overlaps it and
    reaches onto free words: two labels of one concept that share a word name it once
    (``employee recognition`` and ``recognition scheme`` in ``employee recognition
    scheme``). In place; candidates hanging off a mention are found on arrays, so a text
    without them costs no Python work."""
    if not chosen:
        return
    owner = np.full(len(taken) + 1, -1, dtype=np.intp)
    for k, (start, end, _, _) in enumerate(chosen):
        owner[start:end] = k
    first, last = owner[starts], owner[ends - 1]
    hanging = np.flatnonzero((first == -1) != (last == -1))
    if not len(hanging):
        return
    orths, spaces = arrays[:, 2], arrays[:, 3]
    for i in hanging.tolist():
        k = int(max(first[i], last[i]))
        start, end, kind, iri = chosen[k]
        if iris[rows[i]] != iri:
            continue
        lo, hi = min(start, int(starts[i])), max(end, int(ends[i]))
        if taken.find(1, lo, start) != -1 or taken.find(1, end, hi) != -1:
            continue
        if (lo > 0 and orths[lo - 1] == hyphen and not spaces[lo - 1]) or (
            hi < len(arrays) and orths[hi] == hyphen and not spaces[hi - 1]
        ):
            continue  # the union is itself part of a hyphenated compound
        taken[lo:hi] = b"\x01" * (hi - lo)
        chosen[k] = (lo, hi, kind, iri)


def _head_claimed(starts: np.ndarray, ends: np.ndarray, reordered: np.ndarray) -> np.ndarray:
    """Which word-order matches begin on the last word of a label in its own order: in
    ``customer orientation among employees`` the head ``orientation`` belongs to ``customer
    orientation``, so ``orientation among employees`` (``employee orientation`` reordered)
    is no mention, however long. Only a label that starts before the word claims it: a
    one-word match (``empowered``) does not stop ``empowered employees``."""
    if not reordered.any():
        return reordered
    claimed = np.zeros(int(ends.max()) + 1, dtype=bool)  # a mask: np.isin sorts
    claimed[ends[~reordered & (ends - starts > 1)] - 1] = True
    return reordered & claimed[starts]


def _hashes(words: tuple[str, ...]) -> np.ndarray:
    return np.array(sorted(hash_string(w) for w in words), dtype=np.uint64)


# Words that make a label the name of something else: a place or a line one goes to
# (``the customer service desk``, ``the employee helpline``) or a periodical
# (``Human Resource Management Journal``, ``Journal of Services Marketing``), or a contract
# (``service level agreement``: what a supplier promises, not the quality given).
_THING_AFTER = _hashes(
    ("desk", "desks", "hotline", "hotlines", "helpline", "helplines", "kiosk", "booth",
     "Journal", "Quarterly", "agreement", "agreements")
)  # fmt: skip
_JOURNAL, _OF, _THE = (np.uint64(hash_string(w)) for w in ("Journal", "of", "the"))
_FOCUS = _hashes(("focus", "Focus", "FOCUS"))
_GROUPS = _hashes(("group", "groups", "Group", "Groups", "GROUP", "GROUPS"))


def _names_something_else(orths: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Which matches are part of the name of a place, a periodical or a contract, not the concept:
    followed by a word of ``_THING_AFTER``, or after ``Journal of`` (``of the``)."""
    n = len(orths)
    after = orths[np.minimum(ends, n - 1)]
    found = _THING_AFTER[np.minimum(np.searchsorted(_THING_AFTER, after), len(_THING_AFTER) - 1)]
    named = (ends < n) & (found == after)  # np.isin would sort both arrays every time
    # ``customer focus group``: a label ending on ``focus`` before ``group`` names a panel.
    named |= (ends < n) & _member(orths[ends - 1], _FOCUS) & _member(after, _GROUPS)
    if not (orths == _JOURNAL).any():
        return named
    one, two, three = (orths[np.maximum(starts - k, 0)] for k in (1, 2, 3))
    journal = (starts >= 2) & (one == _OF) & (two == _JOURNAL)
    journal |= (starts >= 3) & (one == _THE) & (two == _OF) & (three == _JOURNAL)
    return named | journal


# Words before an everyday word that make it another thing's: a stock's, a firm's sales, the
# law's (``inventory turnover``, ``sales turnover``, ``legal recognition`` of a union,
# ``speech recognition``, ``troop morale``), the customers' or an audience's (``customer
# engagement``, ``buyer motivation``, ``social media engagement``), or a promise or a cost
# (``delivery commitment``, ``time commitment``, ``financial commitment``).
_THING_BEFORE = _hashes(tuple(
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
_THING_NAMED_AFTER = _hashes(tuple(
    form for w in ("ring", "rings", "party", "parties", "letter", "letters", "fee", "fees",
                   "ceremony", "photos", "announcement")
    for form in (w, w.capitalize())
))  # fmt: skip
# ... and words after it that name a thing made of it or for it: ``training data`` (a
# machine's), ``training wheels``, the ``training room`` or ``training centre`` (places), a
# ``recognition agreement`` (a union's).
_THING_NAMED_AFTER = np.union1d(_THING_NAMED_AFTER, _hashes(tuple(
    form for w in ("data", "dataset", "datasets", "set", "sets", "wheels", "room", "rooms",
                   "agreement", "agreements", "ground", "grounds", "centre", "centres",
                   "center", "centers", "facility", "facilities", "venue", "venues")
    for form in (w, w.capitalize())
)))  # fmt: skip
_QUOTES = _hashes(('"', "'", "\u201c", "\u201d", "\u2018", "\u2019"))
_ARTICLES = _hashes(("a", "an", "A", "An"))
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


def _other_sense(orths: np.ndarray, start: int, end: int, strings) -> bool:
    """Whether an everyday word's match (``turnover``) is not the staff's: another thing's by
    the word before it (``_THING_BEFORE``) or after it (``_THING_NAMED_AFTER``), a term in
    quotes (``"morale"``, the ``"engagement index"``), one promise or one event (``a commitment
    we made``, ``not a training.``), or someone else's (``retention of subscribers``). Python
    work only for these few matches."""
    before = orths[start - 1 : start] if start > 0 else orths[:0]
    if len(before) and _member(before, _THING_BEFORE)[0]:
        return True
    after = orths[end : end + 1]
    if len(after) and _member(after, _THING_NAMED_AFTER)[0]:
        return True
    quoted = len(before) and _member(before, _QUOTES)[0]
    if quoted and _member(orths[end : end + QUOTED_TERM_REACH], _QUOTES).any():
        return True
    following = [strings[int(o)].lower() for o in orths[end : end + 1 + OWNER_REACH]]
    closed = not following or not following[0][:1].isalpha() or following[0] in _CLAUSE_AFTER
    if closed and _member(orths[max(start - 2, 0) : start], _ARTICLES).any():
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
# Capitalised nouns that close a document's title (``Training Policy``, the ``Recognition and
# Reward Policy``, a ``Colleague Handbook``): the title names the document, not the practice
# (the rule for bare everyday words, point 2), whatever label it holds.
_DOCUMENT_HEADS = _hashes(tuple(
    form for w in ("Policy", "Policies", "Procedure", "Procedures", "Handbook", "Handbooks",
                   "Manual", "Manuals", "Guide", "Guides", "Guidelines", "Charter")
    for form in (w, w.upper())
))  # fmt: skip
_TITLE_JOINS = frozenset({"and", "&", "-"})


def _in_document_name(orths: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                      strings) -> np.ndarray:  # fmt: skip
    """Which matches lie in another document's title: the capitalised words (joined by
    ``and``) right before a word of ``_DOCUMENT_HEADS``, in running text or a list (``Read
    with: Training Policy``), not on a line of their own (a heading names what follows).
    Python work only for those few words."""
    found = np.zeros(len(starts), dtype=bool)
    for head in np.flatnonzero(_member(orths, _DOCUMENT_HEADS)).tolist():
        first = head
        while first > 0:
            word = strings[int(orths[first - 1])]
            if not (word[:1].isupper() or word in _TITLE_JOINS):
                break
            first -= 1
        before = strings[int(orths[first - 1])] if first > 0 else "\n"
        after = strings[int(orths[head + 1])] if head + 1 < len(orths) else "\n"
        if before.isspace() and after.isspace():
            continue  # a heading: the document's own title or a section's, about its subject
        found |= (starts >= first) & (ends <= head)
    return found


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


def _staff_owner(orths: np.ndarray, start: int, end: int, taken: bytearray,
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


def _acronym_heads(labels: LabelSet) -> dict[str, frozenset[int]]:
    """Per concept, the ORTH hashes of the nouns that follow the words an acronym stands for
    in its labels: ``internal marketing programme`` gives ``programme`` (``programmes``,
    ``program``, capitalised too) for IM."""
    from imkg.ingest.patterns import acronym_expansions
    from imkg.ingest.variants import normalise, number_forms, spellings

    expansions = acronym_expansions(labels)
    found: dict[str, set[int]] = {}
    for concept in labels.concepts:
        for _, text in concept.labels():
            words = normalise(text).split(" ")
            head = " ".join(words[:-1])
            if len(words) >= 2 and head in expansions:
                forms = {s for n in number_forms(words[-1]) for s in spellings(n)}
                found.setdefault(concept.iri, set()).update(
                    hash_string(f) for form in forms for f in (form, form.capitalize())
                )
    return {iri: frozenset(hashes) for iri, hashes in found.items()}


def _member(values: np.ndarray, sorted_hashes: np.ndarray) -> np.ndarray:
    """Which values are in a sorted array of hashes (a binary search: np.isin sorts)."""
    found = sorted_hashes[np.minimum(np.searchsorted(sorted_hashes, values),
                                     len(sorted_hashes) - 1)]  # fmt: skip
    return found == values


# Words after a short acronym that make it part of a job title: ``the HR director``, ``your
# HR business partner`` name a person, not the function.
_ROLE_AFTER = _hashes(tuple(
    form for w in ("manager", "director", "partner", "business", "officer", "advisor", "adviser",
                   "lead", "head", "assistant", "administrator", "generalist", "specialist",
                   "executive", "coordinator", "consultant")
    for form in (w, w + "s", w.capitalize(), w.capitalize() + "s")
))  # fmt: skip


def _names_a_role(orths: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                  short: np.ndarray) -> np.ndarray:  # fmt: skip
    """Which one-word matches of a short acronym label (``HR``) begin a job title."""
    n = len(orths)
    one = (ends - starts == 1) & (ends < n) & _member(orths[starts], short)
    if not one.any():
        return one
    return one & _member(orths[np.minimum(ends, n - 1)], _ROLE_AFTER)


# Short acronyms spelt like a common English word (``IT``, ``US``): read as the acronym only
# where the word could not be meant.
SHORT_WORDS = frozenset({"it", "us", "as", "at", "in", "on", "or", "so", "to", "we", "he",
                         "me", "my", "no", "do", "go", "be", "by", "an", "if", "of", "up",
                         "is", "am"})  # fmt: skip
# Words after which such an acronym stands on its own as a name (``IT will run``, ``ask IT to``,
# ``IT did``); before any other word it modifies a noun (``the IT budget``, ``IT helpdesk``).
_STANDS_ALONE_BEFORE = _hashes(tuple(
    form for w in ("will", "would", "can", "could", "should", "may", "might", "must", "shall",
                   "did", "does", "do", "has", "have", "had", "is", "are", "was", "were", "and",
                   "or", "but", "to", "in", "on", "at", "for", "with", "from", "about", "of",
                   "by", "as", "so", "then", "now", "too", "also", "that", "who", "which",
                   "us", "me", "them", "him", "her", "you", "we", "they", "say", "says", "said")
    for form in (w, w.capitalize())
))  # fmt: skip


# The last name of a list of departments, closing its phrase (``billing and IT, and``,
# ``finance / IT.``), which round six and the coverage round's syllabi leave unmarked; not
# ``late and IT did``, a clause.
_LIST_JOINS = frozenset({"and", "or", "/", "&"})


def _read_as_word(orths: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                  word_like: np.ndarray, strings) -> np.ndarray:  # fmt: skip
    """Which one-word matches of an acronym spelt like a word (``IT``) are not the acronym:
    inside a run of capitals (``WHY IT MATTERS``: the pronoun), before a word that makes it a
    modifier (``the IT budget``) rather than a name on its own (``IT will run``, ``nobody in
    IT.``, ``IT pushed the update``), or last in a list of departments (``billing and IT``).
    Python work only for those few matches."""
    n = len(orths)
    found = np.zeros(len(starts), dtype=bool)
    for i in np.flatnonzero((ends - starts == 1) & _member(orths[starts], word_like)).tolist():
        start = int(starts[i])
        before = strings[int(orths[start - 1])] if start > 0 else ""
        after = strings[int(orths[start + 1])] if start + 1 < n else ""
        capitals = any(len(w) > 1 and w.isalpha() and w.isupper() for w in (before, after))
        listed = before in _LIST_JOINS and not after[:1].isalpha()
        modifier = (
            after[:1].isalpha()
            and not after.endswith("ed")
            and not _member(orths[start + 1 : start + 2], _STANDS_ALONE_BEFORE)[0]
        )
        found[i] = capitals or modifier or listed
    return found


# The words for the people an action is done to, after a participle or gerund mention
# (``empowering reception teams``, ``empowered cabin staff``).
_PEOPLE_HEADS = _hashes(tuple(
    form for w in ("staff", "personnel", "crew", "crews", "team", "teams", "people", "workforce",
                   "employee", "employees", "worker", "workers", "agent", "agents", "nurse",
                   "nurses", "advisor", "advisors", "adviser", "advisers", "colleague",
                   "colleagues", "driver", "drivers", "purser", "pursers", "steward", "stewards",
                   "cashier", "cashiers", "barista", "baristas")
    for form in (w, w.capitalize())
))  # fmt: skip
PEOPLE_REACH = 3  # words from a participle to the word for the people
_STOPS = _hashes(tuple(
    form for w in ("to", "the", "and", "or", "of", "by", "for", "with", "in", "on", "at", "as",
                   "our", "their", "its", "your", "his", "her", "all", "more", "less", "an")
    for form in (w, w.capitalize())
))  # fmt: skip


def _done_to_people(chosen: list, arrays: np.ndarray, people: frozenset[str], strings,
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
        if _member(orths[j : j + 1], _PEOPLE_HEADS)[0]:
            return j + 1
        if (lengths[j] == 1 and orths[j] != hyphen) or _member(orths[j : j + 1], _STOPS)[0]:
            return 0  # a punctuation mark, a one-letter word or a function word ends it
    return 0


_DEGREE_PREFIXES = _hashes(tuple(
    form for w in ("well", "highly", "poorly", "badly", "fully", "better", "best", "less",
                   "more", "under", "over", "self")
    for form in (w, w.capitalize())
))  # fmt: skip


def _inside_compound(arrays: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                     hyphen: int) -> np.ndarray:  # fmt: skip
    """Which matches are part of a hyphenated compound: ``marketing staff`` in
    ``non-marketing staff``, ``customer`` in ``customer-led``. Columns: IDX, LENGTH, ORTH,
    SPACY (trailing whitespace)."""
    orths, spaces = arrays[:, 2], arrays[:, 3]
    if not (orths == hyphen).any():
        return np.zeros(len(starts), dtype=bool)
    before = np.maximum(starts - 1, 0)
    after = np.minimum(ends, len(arrays) - 1)
    joined_before = (starts > 0) & (orths[before] == hyphen) & (spaces[before] == 0)
    # ``well-motivated crews``: an adverb of degree before the hyphen only grades the label.
    joined_before &= ~_member(orths[np.maximum(starts - 2, 0)], _DEGREE_PREFIXES)
    joined_after = (ends < len(arrays)) & (orths[after] == hyphen) & (spaces[ends - 1] == 0)
    return joined_before | joined_after
