"""Ingest: read course material, tag the concepts it mentions, propose influences, store.

>>> from imkg.ingest import tag_text
>>> [m.concept for m in tag_text("Motivated employees give better service quality.")]
['employee-motivation', 'service-quality']
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from imkg.ingest.pipeline import build_pipeline
from imkg.ingest.relations import Proposal
from imkg.ingest.run import IngestReport, Progress, ingest_paths
from imkg.ingest.tagger import Mention
from imkg.store import GraphStore

__all__ = [
    "IngestReport",
    "Mention",
    "Progress",
    "Proposal",
    "build_pipeline",
    "ingest_paths",
    "propose_text",
    "syllabus_coverage",
    "tag_text",
]


def tag_text(text: str, *, nlp: Language | None = None) -> list[Mention]:
    """Return the concept mentions in ``text`` (default pipeline: the bundled ontology), with
    offsets into ``text``; lines broken inside a paragraph are joined first."""
    from imkg.ingest.unwrap import Unwrapped

    nlp = nlp or build_pipeline()
    unwrapped = Unwrapped(text)
    tagger = nlp.get_pipe("imkg_concept_tagger")
    return unwrapped.mentions(tagger.mentions(nlp(unwrapped.text), unwrapped.text))


def propose_text(text: str, *, nlp: Language | None = None) -> tuple[list[Mention], list[Proposal]]:
    """Return the mentions in ``text`` and the influences its sentences propose."""
    from imkg.ingest.process import analyse

    return analyse(nlp or build_pipeline(), text)


def syllabus_coverage(
    store: GraphStore,
    text: str,
    *,
    kinds: list[str] | None = None,
    nlp: Language | None = None,
) -> dict[str, Any]:
    """Which concepts of ``store`` a syllabus covers and misses, grouped by kind, with the
    sentences that cover each (what ``POST /api/coverage`` answers).

    Args:
        store: The store whose concepts there are to cover.
        text: The syllabus.
        kinds: Only these classes (local names such as ``Component``); default all.
        nlp: The pipeline to tag with; default one for the store's concepts.
    """
    from imkg.coverage import coverage, found_in_syllabus
    from imkg.ingest.labels import load_labels

    nlp = nlp or build_pipeline(load_labels(store))
    mentions = tag_text(text, nlp=nlp)
    found = found_in_syllabus(text, mentions, tag=lambda phrase: tag_text(phrase, nlp=nlp))
    return coverage(store, found, kinds=kinds)
