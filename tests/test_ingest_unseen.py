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
The fifth round (``unseen-25`` to ``-30``: a spoken training session, a case in non-native
English, a news article, a student essay with a reference list, a policy with numbered
clauses and a survey report with a text table) tries genres again, with look-alikes such as
journal names, ``customer service desk`` and ``training data``.
The sixth round (``unseen-31`` to ``-36``: an e-mail thread with quoted replies, an FAQ page,
an interview with a manager, a team chat, a LinkedIn post and a textbook chapter review) tries
genres once more, with hashtags, lower-case acronyms and look-alikes such as ``service level
agreements`` and ``marketing influencers``.
The seventh round (``unseen-37`` to ``-42``: a podcast transcript with speaker labels and
timestamps, a call-centre quality-assurance scorecard with a table, a student's presentation
notes full of abbreviations, a franchise operations manual, a cabin-crew pre-flight briefing and
a hospital staff-survey summary with bullet lists) uses verb forms (``motivate staff``,
``market the job``), bare ``morale``, ``turnover``, ``recognition`` and ``HR``, abbreviations
a text defines (``FLE``, ``JS``, ``T&D``), and look-alikes such as ``CRM system``, ``call
quality``, ``crew room`` and ``retention of listeners``.
The eighth round (``unseen-43`` to ``-46``: a US retail store's internal newsletter in
American English, a trade-union branch bulletin, a course discussion-board thread written by a
non-native speaker and a consultancy slide deck exported as text with arrows) has look-alikes
such as ``inventory turnover``, ``customer focus group``, ``legal recognition`` of a union and
``"morale"`` quoted as a word, and claims the writer attributes to management and disputes.
The ninth round (``unseen-47`` to ``-49``: a hotel's front-office shift-handover log with times
and initials, a food bank's volunteer-coordinator report to its trustees in Markdown and a
lecturer's marking feedback on an essay about internal marketing) has volunteers in place of
staff, look-alikes such as ``training room``, ``Engagement party``, ``customer database``,
``retention of funders`` and terms quoted as words, and claims that are negated, disputed or
asked (``whether A increases B``).
The tenth round (``unseen-50`` to ``-53``: a freight depot's newsletter to its drivers, an
airline's memo to its pursers, a building society's pulse-survey summary with quoted items and
percentages, and a transcript of a team meeting with speaker names) uses job titles for staff
(``driver turnover``, ``purser morale``), bare ``engagement``, ``motivation`` and
``commitment``, ``IT`` as a department beside ``IT`` the pronoun in a heading, and terms in
quotes, some naming the concept (the ``"internal customer"`` idea) and some quoted as words.
The eleventh round (``unseen-54`` to ``-56``: a consultant's review of a retail chain, a hedged
student essay and a hospital's staff-survey commentary) is about relations as writers state
them: through pronouns, relative clauses, nominalisations and comparisons, beside claims that
are negated, disowned or left unclear. Between the tenth and eleventh rounds one rule for bare
everyday words (``training``, ``engagement``, ``turnover`` ... of staff are mentions) was
applied to every round, re-annotated by hand; it added no texts.
The twelfth round (``unseen-57`` to ``-59``: a rail operator's onboarding wiki page, an academic
abstract and introduction with defined abbreviations and a retail colleague handbook) has longer
spans with the staff named, comparatives (``happier customers``) and policies named as documents.
The thirteenth round (``unseen-60`` to ``-63``: a slide deck that uses ``IM`` without spelling it
out, an inspectorate's report with numbered paragraphs, a student's exam answers with slips of
terminology and an HR app's release notes) has claims through an object pronoun (``explains most
of it``), ``IM`` for instant messaging and many words that must not be tagged.
The fourteenth round (``unseen-64`` to ``-67``: a council's annual report whose acronyms are
defined only in a glossary at its end, a sales-training handout with do / don't tables, a
consultancy proposal with a text Gantt chart and a translated interview with a hotel manager)
has claims split over two sentences or carried through words that name no concept, and
look-alikes such as ``training mode``, ``sales turnover`` and ``recognition agreement``.
The fifteenth round (``unseen-68`` to ``-71``: a board paper with a risk register table, a
charity's end-of-grant report, a store manager's post-mortem of a complaint and a job advert
with its "why work with us" page) has claims made through a definite noun phrase that refers
back to a concept (``The scheme has contributed to ...``), hedged and denied claims, and
look-alikes such as ``Training data``, ``Donor retention`` and ``customer engagement team``.
The sixteenth round (``unseen-72`` and ``-73``: a magazine's advice column and a care home's
inspection report) has claims chained through words that name no concept (``Training builds
confidence, and confident agents give ...``), effects stated as an object ``this``, and
look-alikes: a correlation, ``we wonder whether``, customers' own behaviour and a chain whose
middle is a person's name.
The floors sit a little under what was measured, so a change that loses this ground fails.
"""

import bisect
from pathlib import Path
from typing import NamedTuple

import pytest
from imkg_test_annotated import annotated, mention_scores, scores

UNSEEN = Path(__file__).parent / "unseen"


class Floors(NamedTuple):
    """The least a round must score: tagger (P, R, F1) and relations (P, R, F1); 0 where a
    round does not score it."""

    precision: float
    recall: float
    f1: float
    relation_precision: float = 0.0
    relation_recall: float = 0.0
    relation_f1: float = 0.0


FLOORS = {
    # Since the tenth round every round follows one rule for bare everyday words
    # (``training``, ``engagement``, ``turnover`` ... of staff are marked; see the README), and
    # the floors sit under what revision 15 measured on the re-annotated rounds.
    # First round: tagger only (its texts annotate no causal claims); measured at P 0.982
    # R 0.991 F1 0.986.
    1: Floors(0.96, 0.96, 0.96),
    # Second round, measured at tagger P 0.992 R 0.921 F1 0.955, relations P 0.963 R 0.897
    # F1 0.929 (first run, long ago: tagger P 0.969 R 0.712, relations P 0.500 R 0.103).
    2: Floors(0.97, 0.9, 0.93, 0.93, 0.87, 0.9),
    # Third round, measured at tagger P 0.957 R 0.993 F1 0.975 and relations P 1.000 R 0.920
    # F1 0.958 (before its rules: relations P 0.968 R 0.600 F1 0.741).
    3: Floors(0.93, 0.96, 0.95, 0.95, 0.88, 0.93),
    # Fourth round, measured at tagger P 0.981 R 0.936 F1 0.958 and relations P 1.000 R 0.938
    # F1 0.968 (bare ``training`` of students is a false alarm; before the bare-word rule:
    # P 0.990 R 0.943).
    4: Floors(0.96, 0.92, 0.94, 0.95, 0.9, 0.94),
    # Fifth round, measured at tagger P 0.977 R 0.977 F1 0.977 and relations P 0.952 R 0.741
    # F1 0.833 (a bare word the relation step reads into a claim that is none: ``raise
    # cynicism instead of commitment``; before: P 1.000).
    5: Floors(0.96, 0.96, 0.96, 0.93, 0.7, 0.8),
    # Sixth round, measured at tagger P 0.977 R 0.970 F1 0.974 and relations P 0.867 R 0.929
    # F1 0.897 (first run, before its rules: tagger P 0.964 R 0.841, relations P 0.533 R 0.571).
    6: Floors(0.95, 0.95, 0.95, 0.83, 0.88, 0.86),
    # Seventh round, measured at tagger P 0.969 R 0.946 F1 0.957 and relations P 1.000 R 0.955
    # F1 0.977 (first run, before its rules: tagger P 0.942 R 0.717 F1 0.814).
    7: Floors(0.95, 0.92, 0.94, 0.95, 0.93, 0.95),
    # Eighth round, four texts, measured at tagger P 0.987 R 0.975 F1 0.981 and relations
    # P 0.933 R 0.875 F1 0.903 (first run, before its rules: tagger P 0.890 R 0.915 F1 0.903,
    # relations P 0.923 R 0.750 F1 0.828).
    8: Floors(0.96, 0.95, 0.96, 0.9, 0.85, 0.88),
    # Ninth round, three texts, measured at tagger P 0.937 R 0.967 F1 0.952 and relations
    # P 0.909 R 0.833 F1 0.870 (first run, before its rules: tagger P 0.927 R 0.836 F1 0.879,
    # relations P 0.800 R 0.667 F1 0.727).
    9: Floors(0.92, 0.94, 0.93, 0.88, 0.8, 0.85),
    # Tenth round, four texts, measured at tagger P 0.985 R 0.941 F1 0.962 and relations
    # P 1.000 R 0.444 F1 0.615 (first run, before its rules: tagger P 0.903 R 0.444 F1 0.596,
    # relations P 1.000 R 0.111 F1 0.200; after them, before the bare-word rule and round
    # eleven's relation rules: tagger P 0.979 R 0.746 F1 0.847, relations F1 0.364; round twelve's
    # rules, TAGGER_REVISION 17: tagger P 0.985 R 0.956 F1 0.970, relations R 0.556 F1 0.714).
    10: Floors(0.96, 0.92, 0.94, 0.95, 0.5, 0.68),
    # Eleventh round, three texts about relations, measured at tagger P 0.943 R 0.976 F1 0.959
    # and relations P 1.000 R 0.957 F1 0.978 (first run, before its rules: relations P 0.882
    # R 0.652 F1 0.750); round thirteen's object pronoun (``... is nearly always behind it``):
    # R 1.000 F1 1.000.
    11: Floors(0.93, 0.94, 0.94, 0.95, 0.95, 0.97),
    # Twelfth round, three texts (an onboarding wiki page, an academic abstract with defined
    # abbreviations, a colleague handbook), measured at tagger P 0.946 R 0.921 F1 0.933 and
    # relations P 1.000 R 0.556 F1 0.714 (first run, before its rules: tagger P 0.833 R 0.855
    # F1 0.844; three of its whole spans name job titles the rule marks the word alone for).
    12: Floors(0.92, 0.9, 0.91, 0.95, 0.5, 0.68),
    # Thirteenth round, four texts (a slide deck that never spells IM out, an inspectorate's
    # report, a student's exam answers, an HR app's release notes), measured at tagger P 0.922
    # R 0.887 F1 0.904 and relations P 1.000 R 0.889 F1 0.941 (first run, before its rules:
    # tagger P 0.905 R 0.811 F1 0.856, relations P 0.923 R 0.667 F1 0.774; three of its spans
    # are annotation slips, see the README).
    # Round fourteen's ``what makes it work`` (TAGGER_REVISION 19): relations R 0.944 F1 0.971.
    13: Floors(0.9, 0.86, 0.88, 0.95, 0.9, 0.95),
    # Fourteenth round, four texts (a council's annual report with a closing glossary, a
    # sales-training handout with do/don't tables, a consultancy proposal with a text Gantt
    # chart, a translated interview with a hotel manager), measured at tagger P 1.000 R 0.976
    # F1 0.988 and relations P 1.000 R 0.786 F1 0.880 (first run, before its rules: tagger
    # P 0.946 R 0.843 F1 0.892, relations P 0.571 R 0.286 F1 0.381). Round fifteen's
    # ``learning and development`` and ``the plan has contributed to`` (TAGGER_REVISION 20):
    # tagger R 0.988 F1 0.994, relations R 0.857 F1 0.923.
    14: Floors(0.96, 0.96, 0.96, 0.95, 0.8, 0.9),
    # Fifteenth round, four texts (a board paper with a risk register, a charity's
    # end-of-grant report, a store manager's complaint post-mortem, a job advert), measured at
    # tagger P 0.984 R 0.938 F1 0.961 and relations P 1.000 R 0.444 F1 0.615 (first run,
    # before its rules: tagger P 0.966 R 0.877 F1 0.919, relations P 0.000 R 0.000 F1 0.000).
    15: Floors(0.96, 0.9, 0.93, 0.95, 0.4, 0.58),
    # Sixteenth round, two texts (an advice column, a care home's inspection report); first
    # run (revision 20): tagger P 1.000 R 1.000 F1 1.000, relations P 0.333 R 0.125 F1 0.182
    # (1 of 8 claims; 2 false, both chains through a person: ``impressed Tomasz, and Tomasz
    # raised ...``). After its rules (TAGGER_REVISION 21: chains through a middle word that
    # names no concept, a clause-closing ``this``): relations P 1.000 R 0.750 F1 0.857.
    16: Floors(0.96, 0.96, 0.96, 0.95, 0.7, 0.8),
}
# What each round holds at least: texts, annotated mentions, annotated causal claims.
SIZES = {1: (6, 100, 0), 2: (6, 100, 12), 3: (6, 0, 30), 4: (6, 100, 15), 5: (6, 150, 25),
         6: (6, 120, 14), 7: (6, 150, 20), 8: (4, 70, 16), 9: (3, 60, 12),
         10: (4, 60, 9), 11: (3, 80, 20), 12: (3, 70, 9), 13: (4, 100, 18),
         14: (4, 80, 14), 15: (4, 60, 9), 16: (2, 35, 8)}  # fmt: skip
# The first document of each round.
ROUND_STARTS = (1, 7, 13, 19, 25, 31, 37, 43, 47, 50, 54, 57, 60, 64, 68, 72)

Result = tuple[dict, list, list, str]


@pytest.fixture(scope="module")
def all_results() -> list[Result]:
    return annotated(UNSEEN)


def _round(result: Result) -> int:
    number = int(result[0]["document"].split("-")[1])
    return bisect.bisect_right(ROUND_STARTS, number)


def _of_round(all_results: list[Result], number: int) -> list[Result]:
    return [r for r in all_results if _round(r) == number]


def test_unseen_set_is_complete_and_offsets_hold(all_results):
    for number, (texts, mentions, relations) in SIZES.items():
        found = _of_round(all_results, number)
        assert len(found) >= texts
        assert sum(len(gold["mentions"]) for gold, *_ in found) >= mentions
        assert sum(len(gold["relations"]) for gold, *_ in found) >= relations
    for gold, _, _, text in all_results:
        for mention in gold["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"], mention


@pytest.mark.parametrize("number", sorted(FLOORS))
def test_tagger_on_each_round(all_results, number):
    precision, recall, f1, summary = mention_scores(_of_round(all_results, number))
    print(f"\nunseen, round {number}: {summary}")
    floors = FLOORS[number]
    assert f1 >= floors.f1
    assert precision >= floors.precision
    assert recall >= floors.recall


@pytest.mark.parametrize("number", [n for n, f in sorted(FLOORS.items()) if f.relation_f1])
def test_relation_proposals_on_each_round(all_results, number):
    precision, recall, f1 = _relation_scores(_of_round(all_results, number))
    print(f"\nround {number} relations: P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    floors = FLOORS[number]
    assert f1 >= floors.relation_f1
    assert precision >= floors.relation_precision
    assert recall >= floors.relation_recall


def _relation_scores(results: list[Result]) -> tuple[float, float, float]:
    found = expected = correct = 0
    for gold, _, proposals, _ in results:
        want = {(r["cause"], r["effect"]) for r in gold["relations"]}
        got = {(p.cause_iri.rsplit("/", 1)[-1], p.effect_iri.rsplit("/", 1)[-1]) for p in proposals}
        found, expected, correct = found + len(got), expected + len(want), correct + len(want & got)
    return scores(found, expected, correct)
