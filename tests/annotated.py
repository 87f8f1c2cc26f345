"""Scoring the pipeline against hand-annotated texts (``tests/gold/``, ``tests/unseen/``): each
``*.gold.json`` names its document and the mentions (and relations) a careful reader marks."""

import json
from pathlib import Path

from imkg.ingest.pipeline import build_pipeline
from imkg.ingest.process import analyse
from imkg.ingest.readers import read_document


def scores(found: int, expected: int, correct: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from the counts found, expected and found correctly."""
    precision = correct / found if found else 0.0
    recall = correct / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def annotated(folder: Path) -> list[tuple[dict, list, list, str]]:
    """``(annotation, mentions, proposals, text)`` for every annotated document in ``folder``."""
    nlp = build_pipeline()
    found = []
    for path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(path.read_text())
        document = read_document(folder / gold["document"])
        mentions, proposals = analyse(nlp, document.text)
        found.append((gold, mentions, proposals, document.text))
    return found


def mention_scores(results: list[tuple[dict, list, list, str]]) -> tuple[float, float, float, str]:
    """Precision, recall and F1 of the mentions (exact span and concept), and a summary line."""
    found = expected = correct = 0
    for gold, mentions, _, _ in results:
        want = {(m["start"], m["end"], m["concept"]) for m in gold["mentions"]}
        got = {(m.start, m.end, m.concept) for m in mentions}
        found, expected, correct = found + len(got), expected + len(want), correct + len(want & got)
    precision, recall, f1 = scores(found, expected, correct)
    return (
        precision,
        recall,
        f1,
        f"P={precision:.3f} R={recall:.3f} F1={f1:.3f} ({correct}/{expected} gold)",
    )


def proposed_pairs(nlp, text: str) -> set[tuple[str, str]]:
    """The ``(cause, effect)`` slugs the relation step proposes for ``text``."""
    from imkg.ingest import propose_text

    _, proposals = propose_text(text, nlp=nlp)
    return {(p.cause_iri.rsplit("/", 1)[-1], p.effect_iri.rsplit("/", 1)[-1]) for p in proposals}


def tagged(nlp, text: str) -> set[tuple[str, str]]:
    """The ``(text, concept)`` pairs the tagger finds in ``text``."""
    from imkg.ingest import tag_text

    return {(m.text, m.concept) for m in tag_text(text, nlp=nlp)}
