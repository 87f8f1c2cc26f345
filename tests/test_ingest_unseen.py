"""Tagger quality on texts written in other people's styles (``tests/unseen/``).

The gold set was written by the tagger's author; the first six texts (``unseen-01`` to
``-06``: lecture notes, an essay and four cases) use the words other writers do: synonyms,
plurals, possessives, American spelling, acronyms defined in the text, and look-alikes that
are not concepts. The second round (``unseen-07`` to ``-12``: a university case, a help-desk
write-up, a slide export, an HR newsletter, an exam answer with spelling slips and an American
consultancy report) also annotates the causal claims, so relation proposals are scored too.
The third round (``unseen-13`` to ``-18``: a pharmacy chain case, a public agency's audit
note, a lecture transcript, a literature review with citations, a reflective journal and a
slide deck in Markdown) is about relations: hedged, negated, conditional, nominal, relative,
coordinated, cross-sentence and purpose-clause claims, with look-alikes that state none.
The fourth round (``unseen-19`` to ``-24``: a module syllabus, a job advert with an HR policy,
a forum thread, board minutes, a software firm using the vocabulary loosely and a formal
British academic note) is about genres: lists, informal replies, minutes and hedged prose.
The floors sit a little under what was measured, so a change that loses this ground fails.
"""

from pathlib import Path

import pytest
from imkg_test_annotated import annotated, mention_scores, scores

UNSEEN = Path(__file__).parent / "unseen"
F1_FLOOR = 0.95
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.93
# Second round, measured at tagger P 0.992 R 0.902 F1 0.944 and relations P 0.958 R 0.793.
SECOND_F1_FLOOR = 0.92
SECOND_PRECISION_FLOOR = 0.97
SECOND_RECALL_FLOOR = 0.88
# Raised after the third round's rules took it to relations P 0.963 R 0.897 F1 0.929.
RELATION_F1_FLOOR = 0.9
RELATION_PRECISION_FLOOR = 0.93
# Third round, measured at tagger P 0.957 R 0.993 F1 0.975 and relations P 1.000 R 0.920
# F1 0.958 (before the third round's rules: relations P 0.968 R 0.600 F1 0.741).
THIRD_F1_FLOOR = 0.95
THIRD_PRECISION_FLOOR = 0.93
THIRD_RECALL_FLOOR = 0.96
THIRD_RELATION_F1_FLOOR = 0.93
THIRD_RELATION_PRECISION_FLOOR = 0.95
THIRD_RELATION_RECALL_FLOOR = 0.88
# Fourth round, measured at tagger P 0.990 R 0.925 F1 0.956 and relations P 1.000 R 0.875
# F1 0.933 (before its rules: tagger P 0.977 R 0.802 F1 0.881, relations P 0.769 R 0.625).
FOURTH_F1_FLOOR = 0.93
FOURTH_PRECISION_FLOOR = 0.97
FOURTH_RECALL_FLOOR = 0.9
FOURTH_RELATION_F1_FLOOR = 0.88
FOURTH_RELATION_PRECISION_FLOOR = 0.93
FOURTH_RELATION_RECALL_FLOOR = 0.8


@pytest.fixture(scope="module")
def all_results() -> list[tuple[dict, list, list, str]]:
    return annotated(UNSEEN)


@pytest.fixture(scope="module")
def results(all_results) -> list[tuple[dict, list, list, str]]:
    return [r for r in all_results if _round(r) == 1]


@pytest.fixture(scope="module")
def second(all_results) -> list[tuple[dict, list, list, str]]:
    return [r for r in all_results if _round(r) == 2]


@pytest.fixture(scope="module")
def third(all_results) -> list[tuple[dict, list, list, str]]:
    return [r for r in all_results if _round(r) == 3]


@pytest.fixture(scope="module")
def fourth(all_results) -> list[tuple[dict, list, list, str]]:
    return [r for r in all_results if _round(r) == 4]


def _round(result: tuple[dict, list, list, str]) -> int:
    number = int(result[0]["document"].split("-")[1])
    return 1 if number <= 6 else 2 if number <= 12 else 3 if number <= 18 else 4


def test_unseen_set_is_complete_and_offsets_hold(all_results, results, second, third, fourth):
    assert len(results) >= 6
    assert len(second) >= 6
    assert len(third) >= 6
    assert len(fourth) >= 6
    assert sum(len(gold["mentions"]) for gold, *_ in fourth) >= 100
    assert sum(len(gold["relations"]) for gold, *_ in fourth) >= 15
    assert sum(len(gold["relations"]) for gold, *_ in third) >= 30
    assert sum(len(gold["mentions"]) for gold, *_ in results) >= 100
    assert sum(len(gold["mentions"]) for gold, *_ in second) >= 100
    assert sum(len(gold["relations"]) for gold, *_ in second) >= 12
    for gold, _, _, text in all_results:
        for mention in gold["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"], mention


def test_tagger_on_unseen_texts(results):
    precision, recall, f1, summary = mention_scores(results)
    print(f"\nunseen: {summary}")
    assert f1 >= F1_FLOOR
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR


def test_tagger_on_second_round(second):
    precision, recall, f1, summary = mention_scores(second)
    print(f"\nunseen, second round: {summary}")
    assert f1 >= SECOND_F1_FLOOR
    assert precision >= SECOND_PRECISION_FLOOR
    assert recall >= SECOND_RECALL_FLOOR


def _relation_scores(results: list[tuple[dict, list, list, str]]) -> tuple[float, float, float]:
    found = expected = correct = 0
    for gold, _, proposals, _ in results:
        want = {(r["cause"], r["effect"]) for r in gold["relations"]}
        got = {(p.cause_iri.rsplit("/", 1)[-1], p.effect_iri.rsplit("/", 1)[-1]) for p in proposals}
        found, expected, correct = found + len(got), expected + len(want), correct + len(want & got)
    return scores(found, expected, correct)


def test_relation_proposals_on_second_round(second):
    precision, recall, f1 = _relation_scores(second)
    print(f"\nsecond round relations: P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    assert f1 >= RELATION_F1_FLOOR
    assert precision >= RELATION_PRECISION_FLOOR


def test_tagger_on_third_round(third):
    precision, recall, f1, summary = mention_scores(third)
    print(f"\nunseen, third round: {summary}")
    assert f1 >= THIRD_F1_FLOOR
    assert precision >= THIRD_PRECISION_FLOOR
    assert recall >= THIRD_RECALL_FLOOR


def test_relation_proposals_on_third_round(third):
    precision, recall, f1 = _relation_scores(third)
    print(f"\nthird round relations: P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    assert f1 >= THIRD_RELATION_F1_FLOOR
    assert precision >= THIRD_RELATION_PRECISION_FLOOR
    assert recall >= THIRD_RELATION_RECALL_FLOOR


def test_tagger_on_fourth_round(fourth):
    precision, recall, f1, summary = mention_scores(fourth)
    print(f"\nunseen, fourth round: {summary}")
    assert f1 >= FOURTH_F1_FLOOR
    assert precision >= FOURTH_PRECISION_FLOOR
    assert recall >= FOURTH_RECALL_FLOOR


def test_relation_proposals_on_fourth_round(fourth):
    precision, recall, f1 = _relation_scores(fourth)
    print(f"\nfourth round relations: P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    assert f1 >= FOURTH_RELATION_F1_FLOOR
    assert precision >= FOURTH_RELATION_PRECISION_FLOOR
    assert recall >= FOURTH_RELATION_RECALL_FLOOR
