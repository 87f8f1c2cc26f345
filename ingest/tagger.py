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

The rules live beside this module: :mod:`imkg.ingest.candidate_filters` (candidates dropped
before the choice), :mod:`imkg.ingest.everyday_words` (everyday words and their owners),
:mod:`imkg.ingest.tagger_context` (the context a label needs) and
:mod:`imkg.ingest.match_table` (the rulers' patterns as the tagger reads them).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from imkg.ingest.abbreviations import (
    MIN_FREE_ACRONYM,
    acronym_mentions,
    find_definitions,
    is_acronym,
)
from imkg.ingest.candidate_filters import (
    SHORT_WORDS,
    head_claimed,
    in_document_name,
    inside_compound,
    merge_overlaps,
    names_a_role,
    names_something_else,
    orth_hashes,
    read_as_word,
)
from imkg.ingest.components import (
    ORTH_COL,
    doc_value,
    sentence_starts,
    set_doc_value,
    token_arrays,
)
from imkg.ingest.everyday_words import EVERYDAY_KINDS, done_to_people, keep_everyday_words
from imkg.ingest.labels import LabelSet
from imkg.ingest.match_table import KIND_CONFIDENCE, AnchoredPhrases, MatchTable, char_offsets
from imkg.ingest.tagger_context import (
    about,
    acronym_heads,
    acronym_vocabularies,
    concept_contexts,
    context_acronyms,
    drop_out_of_context,
    everyday_contexts,
    with_head,
)
from imkg.namespaces import IMKG

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
        self.vocabularies: dict[str, frozenset[str]] = {}
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
        self.short_free = orth_hashes(tuple(short_free | {t + "s" for t in short_free}))
        self.word_like = orth_hashes(tuple(t for t in short_free if t.lower() in SHORT_WORDS))
        self.acronym_heads = acronym_heads(labels)
        self.vocabularies = acronym_vocabularies(labels)
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
            chosen = drop_out_of_context(chosen, taken, self.context)
        acronyms = find_definitions(doc, arrays[:, 2], chosen)
        named = {iri for _, _, kind, iri in chosen if kind not in EVERYDAY_KINDS}
        acronyms |= {
            a: iri
            for a, iri in self.short_acronyms.items()
            if about(iri, named, self.vocabularies.get(iri, frozenset()))
        }
        extra = acronym_mentions(doc, arrays[:, 2], acronyms, taken)
        if extra:
            heads = self.acronym_heads
            chosen = sorted(chosen + [with_head(m, arrays, taken, heads) for m in extra])
        strings = doc.vocab.strings
        chosen = keep_everyday_words(chosen, taken, arrays[:, 2], strings, self.kin)
        chosen = done_to_people(chosen, arrays, self.people, strings, strings["-"])
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
        free = ~inside_compound(arrays, starts, ends, doc.vocab.strings["-"])
        free &= ~head_claimed(starts, ends, table.reordered[rows], arrays[:, 2])
        free &= ~names_something_else(arrays[:, 2], starts, ends)
        free &= ~in_document_name(arrays[:, 2], starts, ends, doc.vocab.strings)
        if len(self.short_free):
            free &= ~names_a_role(arrays[:, 2], starts, ends, self.short_free)
        if len(self.word_like):
            free &= ~read_as_word(arrays[:, 2], starts, ends, self.word_like, doc.vocab.strings)
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
        keep = ~head_claimed(starts, ends, table.reordered[rows], arrays[:, 2])
        merge_overlaps(chosen, taken, arrays, starts[keep], ends[keep], rows[keep], iris,
                        doc.vocab.strings["-"])  # fmt: skip
        return chosen, taken

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
        offsets = char_offsets(token_arrays(doc)["tokens"], sentence_starts(doc), chosen)
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
