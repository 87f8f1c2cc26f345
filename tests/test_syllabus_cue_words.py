"""``CUE_WORDS`` is a necessary condition of the scope cues: every match of ``AFTER_CUES``,
``BEFORE_CUES`` and ``ELSEWHERE`` holds one of its words, so a clause without one can be
skipped. Checked on every held-out syllabus and every string of the coverage tests."""

import ast
from pathlib import Path

import pytest

from imkg.syllabus_cues import AFTER_CUES, BEFORE_CUES, CUE_WORDS, ELSEWHERE

TESTS = Path(__file__).parent


def texts() -> list[str]:
    found = [p.read_text(errors="replace") for p in sorted((TESTS / "syllabi").iterdir())
             if p.suffix in (".md", ".txt", ".html")]  # fmt: skip
    for module in sorted(TESTS.glob("test_syllabus_coverage*.py")):
        tree = ast.parse(module.read_text())
        found += [node.value for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str)]  # fmt: skip
    return found


CUES = {"after": AFTER_CUES, "before": BEFORE_CUES, "elsewhere": ELSEWHERE}


@pytest.mark.parametrize("name", CUES)
def test_every_cue_match_holds_a_cue_word(name):
    matches = [m.group() for text in texts() for m in CUES[name].finditer(text)]
    assert len(matches) > 20  # the check has something to check
    assert [m for m in matches if CUE_WORDS.search(m) is None] == []
