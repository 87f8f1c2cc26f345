"""What the bundled ontology answers, shared by the question-answering tests: the model's
edges, the kinds' members and the case studies, written out from the ontology and corpus."""

import contextlib
import time

from imkg.qa import answer

OUT_INTERNAL_MARKETING = {
    "customer-retention",
    "employee-engagement",
    "employee-motivation",
    "empowerment",
    "inter-functional-coordination",
    "job-satisfaction",
    "market-performance",
    "organisational-alignment",
    "service-quality",
    "staff-retention",
    "strategy-implementation",
}
IN_JOB_SATISFACTION = {
    "employee-motivation",
    "empowerment",
    "internal-marketing",
    "marketing-like-approach",
}
IN_CUSTOMER_SATISFACTION = {
    "customer-orientation",
    "job-satisfaction",
    "service-encounter",
    "service-quality",
}
IN_SERVICE_QUALITY = {
    "customer-orientation",
    "employee-attitude",
    "employee-motivation",
    "empowerment",
    "inter-functional-coordination",
    "internal-marketing",
    "job-satisfaction",
    "service-encounter",
}
IN_MOTIVATION = {"employee-training", "internal-marketing", "marketing-like-approach"}
OUT_EMPOWERMENT = {"customer-orientation", "job-satisfaction", "service-quality"}
OUT_JOB_SATISFACTION = {
    "customer-orientation",
    "customer-satisfaction",
    "service-quality",
    "staff-retention",
}
GROUPS = {"contactors", "influencers", "isolateds", "modifiers"}
BARRIERS = {
    "interdepartmental-conflict",
    "managerial-incompetence",
    "not-listening-to-staff",
    "poor-understanding-of-im",
    "resistance-to-change",
    "rigid-structure-and-bureaucracy",
    "treating-employees-as-tools",
    "withholding-information",
}
IN_STAFF_RETENTION = {"internal-marketing", "job-satisfaction"}
STAGES = {"authorising", "code-breaking", "diffusing", "energising"}
TQM = {"continuous-quality-improvement", "empowerment", "quality-improvement-teams"}
BENEFITS = {
    "accountability-and-responsibility",
    "better-employee-performance",
    "common-understanding",
    "customer-retention-and-employee-development",
    "integration-of-business-and-employee-needs",
    "inter-functional-coordination",
    "marketing-minded-non-marketing-staff",
    "superb-client-service",
}
CRITICISMS = {
    "employee-manipulation",
    "formalisation-undermines-im",
    "marketing-versus-hrm",
    "programme-fizzle-out",
}
CASES = {
    "ashbrook-regional-medical-center",
    "calder-valley-university",
    "corvane-air",
    "fernhill-cooperative-bank",
    "hollin-and-daughters-bakeries",
    "lumen-energy-contact-centre",
    "marlowe-quay-hotel",
}
IN_CUSTOMER_RETENTION = {"customer-satisfaction", "internal-marketing", "staff-retention"}
IN_CUSTOMER_ORIENTATION = {
    "employee-motivation",
    "empowerment",
    "inter-functional-coordination",
    "job-satisfaction",
    "marketing-like-approach",
}
OUT_MARKETING_LIKE_APPROACH = {
    "customer-orientation",
    "employee-motivation",
    "inter-functional-coordination",
    "job-satisfaction",
}


def ids(found) -> set[str]:
    """The concept or document ids an answer lists."""
    return {a["id"] for a in found.answers}


def concepts(found) -> set[str]:
    """The ids of the concepts a question was read as naming."""
    return {c["id"] for c in (found.understood_as or {}).get("concepts", [])}


def check(store, question: str, intent: str, expected: set[str]) -> None:
    """Assert that ``question`` is read as ``intent`` and answered with exactly ``expected``."""
    found = answer(store, question)
    assert (found.intent, ids(found)) == (intent, expected), found.answer_text


def declines(store, question: str) -> None:
    """Assert that ``question`` is declined: no reading, no answers."""
    found = answer(store, question)
    assert found.intent is None and found.answers == [], found.answer_text


def assert_declines_quickly(store, question: str, seconds: float = 2.0) -> None:
    """Assert that a hostile or off-topic question is declined (or refused as empty or too
    long) within ``seconds``."""
    started = time.perf_counter()
    try:
        found = answer(store, question)
    except ValueError:  # refused as empty or too long: also a clear refusal
        pass
    else:
        assert found.intent is None and found.answers == [], found.answer_text
    assert time.perf_counter() - started < seconds


def triple_count_after(store, questions: list[str]) -> tuple[int, int]:
    """The store's triple count before and after asking every question."""
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    before = len(store.select(query))
    for question in questions:
        with contextlib.suppress(ValueError):
            answer(store, question)
    return before, len(store.select(query))
