"""What the syllabus-coverage round tests read of a coverage report on a short text, made as
the API makes it: the tagger's mentions, then the syllabus readings, then the report."""

from __future__ import annotations

from imkg.coverage import coverage, found_in_syllabus
from imkg.ingest import tag_text


def report(text: str, nlp, store) -> dict:
    """The coverage report of ``text``."""
    found = found_in_syllabus(
        text, tag_text(text, nlp=nlp), tag=lambda phrase: tag_text(phrase, nlp=nlp)
    )
    return coverage(store, found)


def covered(text: str, nlp, store) -> set[str]:
    """The concepts ``text`` covers."""
    return {c["id"] for g in report(text, nlp, store)["groups"] for c in g["covered"]}


def excluded(text: str, nlp, store) -> set[str]:
    """The concepts ``text`` names only to rule them out."""
    return {c["id"] for c in report(text, nlp, store)["excluded"]}


def cited(text: str, nlp, store) -> set[str]:
    """The concepts ``text`` names only in its readings."""
    return {c["id"] for c in report(text, nlp, store)["cited_only"]}


def left_out(text: str, nlp, store) -> set[str]:
    """The concepts ``text`` rules out or only cites."""
    found = report(text, nlp, store)
    return {c["id"] for key in ("excluded", "cited_only") for c in found[key]}
