"""Ingest: read course material, tag the concepts it mentions, propose influences, store.

>>> from imkg.ingest import tag_text
>>> [m.concept for m in tag_text("Motivated employees give better service quality.")]
['employee-motivation', 'service-quality']
"""

from __future__ import annotations

from spacy.language import Language

from imkg.ingest.pipeline import build_pipeline
from imkg.ingest.relations import Proposal
from imkg.ingest.run import IngestReport, Progress, ingest_paths
from imkg.ingest.tagger import Mention

__all__ = [
    "IngestReport",
    "Mention",
    "Progress",
    "Proposal",
    "build_pipeline",
    "ingest_paths",
    "propose_text",
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
