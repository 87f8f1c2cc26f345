"""The question answerer: readings, SPARQL shown, evidence, declining, and ``imkg ask``."""

import argparse
import dataclasses
import json

import pytest

from imkg.ask_command import ask_command, render_text
from imkg.config import Settings
from imkg.qa import answer
from imkg.qa.intents import parse
from imkg.qa.normalise import normalise
from imkg.qa.slots import resolve
from imkg.search import label_index


@pytest.fixture(scope="module")
def store(ontology_store):
    return ontology_store


def test_where_discussed_says_when_nothing_has_been_ingested(store):
    found = answer(store, "where is empowerment discussed")
    assert found.answers == []
    assert "imkg ingest" in found.answer_text and "No document has been ingested" in (
        found.answer_text
    )
    assert "imkg:Document" in found.sparql


def ids(found) -> set[str]:
    return {a["id"] for a in found.answers}


def test_normalise_tidies_what_people_type():
    assert normalise("  What's DRIVING customer-satisfaction?? ") == (
        "what is driving customer-satisfaction"
    )
    assert normalise("hey, can you tell me who are the isolateds?") == "who are the isolateds"


def test_parse_reads_indirect_wording_as_an_option():
    readings = parse("What influences customer satisfaction, directly or indirectly?")
    assert readings[0].intent == "influenced_by" and readings[0].indirect
    assert readings[0].slots["x"].strip(" ,") == "customer satisfaction"


@pytest.mark.parametrize(
    ("phrase", "slug"),
    [
        ("motivated staff", "employee-motivation"),
        ("the empowerement", "empowerment"),
        ("sabbaticals", "paid-sabbaticals"),
        ("a modifier", "modifiers"),
        ("customer satisfaction in internal marketing", "customer-satisfaction"),
    ],
)
def test_resolve_fills_slots_with_one_concept(store, phrase, slug):
    assert resolve(label_index(store), phrase).slug == slug


@pytest.mark.parametrize("phrase", ["weather", "employee loyalty", "company", "capital of france"])
def test_resolve_refuses_far_off_concepts(store, phrase):
    assert resolve(label_index(store), phrase).slug is None


def test_resolve_reports_ambiguity_with_candidates(store):
    found = resolve(label_index(store), "satisfaction")
    assert found.slug is None
    assert {"customer-satisfaction", "job-satisfaction"} <= set(found.candidates)


def test_answer_shows_the_sparql_it_ran_and_the_claims(store):
    found = answer(store, "what influences job satisfaction")
    assert found.understood_as["concepts"] == [
        {"id": "job-satisfaction", "label": "job satisfaction"}
    ]
    assert "imkg:directlyInfluences <https://w3id.org/imkg/concept/job-satisfaction>" in (
        found.sparql
    )
    claims = [e for e in found.evidence if e["kind"] == "claim"]
    assert claims and all(e["effect"] == "job-satisfaction" and e["source"] for e in claims)
    assert "empowerment" in found.answer_text


def test_answer_sparql_reproduces_the_answers(store):
    found = answer(store, "what are the barriers to internal marketing")
    rows = store.select(found.sparql)
    assert {r["c"].value.rsplit("/", 1)[1] for r in rows} == ids(found)


def test_indirect_answers_carry_paths(store):
    found = answer(store, "what influences customer satisfaction directly or indirectly")
    by_id = {a["id"]: a for a in found.answers}
    assert by_id["service-quality"]["direct"] is True
    assert by_id["marketing-like-approach"]["path"][-1] == "customer-satisfaction"
    assert "Indirectly" in found.answer_text


def test_path_answer_says_when_influence_runs_the_other_way(store):
    found = answer(store, "how does customer satisfaction affect empowerment")
    assert found.intent == "path" and found.answers == []
    assert "does not influence" in found.answer_text
    assert "other way" in found.answer_text


def test_stage_after_the_last_says_none_follows(store):
    found = answer(store, "what comes after diffusing")
    assert found.intent == "stage_order" and found.answers == []
    assert "last stage" in found.answer_text


@pytest.mark.parametrize(
    "question",
    [
        "what is the capital of france",
        "tell me a joke",
        "what influences the weather",
        "what is love",
    ],
)
def test_out_of_domain_questions_are_declined_with_suggestions(store, question):
    found = answer(store, question)
    assert found.understood_as is None and found.answers == [] and found.sparql is None
    assert "not" in found.answer_text.lower()
    assert len(found.suggestions) >= 5
    labels = {e.label for e in label_index(store).entries.values()}
    assert any(label in s for s in found.suggestions for label in labels)


def test_ambiguous_questions_suggest_the_candidates(store):
    found = answer(store, "what influences satisfaction")
    assert found.understood_as is None
    assert "What influences customer satisfaction?" in found.suggestions
    assert "What influences job satisfaction?" in found.suggestions


@pytest.mark.parametrize("question", ["", "   ", "x" * 501])
def test_answer_rejects_empty_or_long_questions(store, question):
    with pytest.raises(ValueError):
        answer(store, question)


def test_to_dict_has_the_contract_fields(store):
    data = answer(store, "who are the isolateds").to_dict()
    assert set(data) >= {
        "question",
        "understood_as",
        "answers",
        "answer_text",
        "sparql",
        "evidence",
        "suggestions",
    }
    json.dumps(data)


def test_render_text_shows_answers_evidence_and_sparql(store):
    text = render_text(answer(store, "how does empowerment affect customer satisfaction"))
    assert "Answers:" in text and "Evidence:" in text and "SPARQL:" in text
    assert "PREFIX" not in text


def _args(question: str, fmt: str) -> argparse.Namespace:
    return argparse.Namespace(question=question, format=fmt)


def test_ask_command_prints_text_and_json(tmp_path, capsys):
    settings = Settings(data_dir=tmp_path)
    assert ask_command(_args("what comes after code breaking", "text"), settings) == 0
    assert "Authorising comes after code breaking." in capsys.readouterr().out
    assert ask_command(_args("who are the isolateds", "json"), settings) == 0
    assert json.loads(capsys.readouterr().out)["answers"][0]["id"] == "isolateds"


def test_ask_command_exits_1_when_declining(tmp_path, capsys):
    assert ask_command(_args("how do i bake bread", "text"), Settings(data_dir=tmp_path)) == 1
    assert "Try:" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        ("wat influences job satisfction", "influenced_by", {"empowerment", "employee-motivation"}),
        ("what are the componets of internal marketing", "members", {"empowerment"}),
        ("list the barriors", "members", {"resistance-to-change"}),
        ("give me examples of rewards", "members", {"paid-sabbaticals"}),
        ("examples of contactors", "example", {"account-executive"}),
    ],
)
def test_typos_and_loose_wording_still_find_the_reading(store, question, intent, expected):
    found = answer(store, question)
    assert found.intent == intent
    assert expected <= ids(found)


def test_kind_typos_are_corrected_only_when_close_and_long_enough(store):
    from imkg.kinds import kind_index

    kinds = kind_index(store)
    assert kinds.find("componets") is not None
    assert kinds.find("xqzvw") is None
    assert kinds.find("stuff") is None  # too short to correct


@pytest.mark.parametrize(
    "question",
    ["what influences job satisfaction", "where is empowerment discussed",
     "compare contactors and modifiers", "what is blockchain"],
)  # fmt: skip
def test_to_dict_hands_over_plain_json_values_as_a_deep_copy_would(store, question):
    """``to_dict`` gives the fields as they are; they hold no dataclass that a deep
    conversion would have turned into a dict."""
    found = answer(store, question)
    assert found.to_dict() == dataclasses.asdict(found)
    json.dumps(found.to_dict())
