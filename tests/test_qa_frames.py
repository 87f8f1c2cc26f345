"""The question frames run as ``match`` where a frame can only match at the start, which
must read every question exactly as ``sub(count=1)`` reads it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from imkg.qa import normalise as normalising

QUESTIONS = Path(__file__).parent / "questions"


@pytest.mark.parametrize(
    ("pattern", "anchored"),
    [
        (r"^what is (?P<x>.+)$", True),
        (r"^(?:what|which) (.+)", True),
        (r"^what|which", False),  # the second branch may start anywhere
        (r"^[|(]x", True),  # a bar and a bracket inside a class
        (r"^a\|b", True),  # an escaped bar
        (r"what is", False),
        (r"(?m)^what", False),
    ],
)
def test_a_frame_is_anchored_only_when_every_match_starts_the_text(pattern, anchored):
    assert normalising._starts_anchored(re.compile(pattern)) is anchored


def _questions() -> list[str]:
    found = []
    for path in sorted(QUESTIONS.glob("*.json")):
        data = json.loads(path.read_text())
        entries = data if isinstance(data, list) else data.get("questions", [])
        for entry in entries:
            if isinstance(entry, dict) and isinstance(entry.get("question"), str):
                found.append(entry["question"])
    return found


def test_matching_anchored_frames_reads_every_question_as_substitution_does(monkeypatch):
    questions = _questions()
    assert len(questions) > 400
    assert sum(anchored for _, _, anchored in normalising._FRAME_STEPS) > 50  # most frames
    fast = [normalising.normalise(q) for q in questions]
    every_frame_by_sub = tuple((p, r, False) for p, r, _ in normalising._FRAME_STEPS)
    monkeypatch.setattr(normalising, "_FRAME_STEPS", every_frame_by_sub)
    assert [normalising.normalise(q) for q in questions] == fast
