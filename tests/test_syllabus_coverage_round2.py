"""Syllabus coverage, round two: topics named by verbs and one-word labels too common to tag.

The wordings here are not those of the held-out syllabi (``tests/syllabi``); each reading is
checked where it must fire and where it must not.
"""

import pytest
from imkg_test_syllabus import covered

from imkg.coverage import coverage, found_in_syllabus
from imkg.ingest import tag_text
from imkg.syllabus_verbs import nouns_of, verb_mentions


@pytest.fixture(scope="module")
def store(ontology_store):
    return ontology_store


# --- nouns of verbs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "noun"),
    [
        ("motivates", "motivation"),
        ("retain", "retention"),
        ("recognise", "recognition"),
        ("engaging", "engagement"),
        ("coordinated", "coordination"),
        ("empowers", "empowerment"),
        ("satisfy", "satisfaction"),
        ("training", "training"),
        ("train", "training"),
    ],
)
def test_nouns_of_a_verb(verb, noun):
    assert noun in nouns_of(verb)


# --- verbs with their objects ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("- inspire and motivate the workforce through a shared purpose", "employee-motivation"),
        ("Supervisors who train colleagues on the new tills.", "employee-training"),
        ("Graduates will retain experienced employees.", "staff-retention"),
        ("3. Engage frontline crews in service improvement.", "employee-engagement"),
        ("Unit 4 coordinates closely with other departments.", "inter-functional-coordination"),
        ("Reward and recognise outstanding service.", "equitable-recognition-and-reward"),
        ("Avoid managers who never listen to their staff.", "not-listening-to-staff"),
        ("Head office communicates with employees every week.", "internal-communication"),
        ("A study of how a bank markets itself to its own staff.", "internal-marketing"),
    ],
)
def test_a_verb_and_its_object_name_a_topic(nlp, store, text, concept):
    assert concept in covered(text, nlp, store)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # "marketing" is no verb of "staff" here, and "managing" too light to name a topic.
        ("Marketing managers brief the sales staff.", "internal-marketing"),
        ("Marketing managers brief the sales staff.", "marketing-staff"),
        ("Module title: Managing Service Teams", "human-resource-management"),
        ("Module title: Managing Service Teams", "management-staff"),
        # A word inside a tagged phrase is no verb of its own: the staff of a department.
        ("The marketing staff moved to the new building.", "internal-marketing"),
        # A participle before staff is no verb of it when another verb comes first.
        ("The report lists the trained staff by branch.", "job-satisfaction"),
    ],
)
def test_no_topic_without_a_verb_of_that_object(nlp, store, text, concept):
    assert concept not in covered(text, nlp, store)


def test_a_reading_keeps_the_clause_rules(nlp, store):
    text = "Motivating staff is outside the scope of this module."
    found = found_in_syllabus(
        text, tag_text(text, nlp=nlp), tag=lambda phrase: tag_text(phrase, nlp=nlp)
    )
    assert "employee-motivation" in [c["id"] for c in coverage(store, found)["excluded"]]


def test_readings_are_tagged_in_one_call(nlp):
    calls = []

    def tag(phrase):
        calls.append(phrase)
        return tag_text(phrase, nlp=nlp)

    text = "Motivate staff. Train staff. Retain staff. Engage the team. Empower colleagues."
    tagged = tag_text(text, nlp=nlp)  # the tagger reads some verb forms itself
    found = verb_mentions(text, tagged, tag)
    assert len(calls) == 1
    assert {r.concept for r in found}  # the readings add what the tagger left
    assert {"employee-motivation", "employee-training", "staff-retention"} <= {
        m.concept for m in [*tagged, *found]
    }


# --- verbs standing alone for one-word labels -----------------------------------------------


def test_verbs_for_cycle_stages_count_where_the_cycle_is_taught(nlp, store):
    text = (
        "Day 2: energise the team, then authorise the plan, as in the first and third stages "
        "of the internal marketing cycle."
    )
    assert {"energising", "authorising"} <= covered(text, nlp, store)


def test_verbs_for_cycle_stages_do_not_count_without_the_cycle(nlp, store):
    text = "Refunds over 50 pounds: authorise them with the duty manager. Empower staff to act."
    assert "authorising" not in covered(text, nlp, store)


# --- one-word labels too common to tag ------------------------------------------------------


def test_a_common_word_counts_in_a_sentence_that_teaches_another_concept(nlp, store):
    text = "Week 2: empowerment, and why employees in every organisation need it."
    assert {"employee", "organisation"} <= covered(text, nlp, store)


def test_a_common_word_alone_covers_nothing(nlp, store):
    text = "Students who are employees of the university may enrol at a reduced fee."
    assert not {"employee", "organisation"} & covered(text, nlp, store)


def test_a_common_word_in_an_excluding_clause_does_not_count(nlp, store):
    text = "Week 2: empowerment; how the organisation is structured is not covered."
    assert "organisation" not in covered(text, nlp, store)


def test_a_common_word_beside_a_verb_reading_does_not_count(nlp, store):
    text = "Students learn how the organisation motivates its staff."
    assert "employee-motivation" in covered(text, nlp, store)
    assert "organisation" not in covered(text, nlp, store)
