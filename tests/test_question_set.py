"""The question set: accuracy per intent of ``imkg.qa.answer`` on questions typed as people type.

Expected answers in ``questions/questions.json`` were written from the source texts and the
ontology, not from the system's output. Each question counts as right when it is read as the
expected intent and its answer ids equal the expected ones (or include them, for "where is X
discussed", whose documents grow with the corpus); a must-decline question counts as right
only when the answerer declines.
"""

import json
from collections import defaultdict
from pathlib import Path

import pytest

from imkg.qa import answer

QUESTIONS = json.loads((Path(__file__).parent / "questions" / "questions.json").read_text())
OVERALL_FLOOR = 0.95
INTENT_FLOOR = 0.75


@pytest.fixture(scope="module")
def store(corpus_store):
    return corpus_store


def judge(store, item: dict) -> tuple[bool, str]:
    """Return whether the answer to one question is right, and what it was."""
    found = answer(store, item["question"])
    ids = sorted(a["id"] for a in found.answers)
    got = f"{found.intent} {ids}"
    if item.get("decline"):
        return found.understood_as is None and not found.answers, got
    if found.intent != item["intent"]:
        return False, got
    if "contains" in item:
        return bool(ids) and set(item["contains"]) <= set(ids), got
    return ids == sorted(item["answers"]), got


def test_question_set_is_large_and_varied():
    intents = {item["intent"] for item in QUESTIONS if not item.get("decline")}
    assert len(QUESTIONS) >= 60
    assert sum(1 for item in QUESTIONS if item.get("decline")) >= 10
    assert len(intents) >= 10
    per_intent = defaultdict(int)
    for item in QUESTIONS:
        per_intent[item["intent"] or "decline"] += 1
    assert min(per_intent.values()) >= 4, per_intent


def test_question_set_accuracy(store, capsys):
    scores: dict[str, list[bool]] = defaultdict(list)
    wrong = []
    for item in QUESTIONS:
        ok, got = judge(store, item)
        scores[item["intent"] or "decline"].append(ok)
        if not ok:
            expected = item.get("answers", item.get("contains"))
            wrong.append(f"{item['question']!r}: expected {expected} ({item['intent']}), got {got}")
    total = [ok for oks in scores.values() for ok in oks]
    held_out = [judge(store, item)[0] for item in QUESTIONS if item.get("batch") == "held-out"]
    with capsys.disabled():
        print("\nquestion set accuracy per intent:")
        for intent, oks in sorted(scores.items()):
            print(f"  {intent:<14} {sum(oks):>3}/{len(oks):<3} {sum(oks) / len(oks):.2f}")
        print(f"  {'overall':<14} {sum(total):>3}/{len(total):<3} {sum(total) / len(total):.2f}")
        print(f"  {'held-out batch':<14} {sum(held_out):>3}/{len(held_out):<3}")
        for line in wrong:
            print("  wrong:", line)
    assert all(scores["decline"]), "a must-decline question got a confident answer"
    assert sum(total) / len(total) >= OVERALL_FLOOR, wrong
    assert all(sum(oks) / len(oks) >= INTENT_FLOOR for oks in scores.values()), wrong
