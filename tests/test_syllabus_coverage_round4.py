"""Syllabus coverage, round four: topics described in everyday words, customer-facing roles as
the front line, one-word barriers where a text speaks of failing, and exclusions by a wish, a
FAQ answered "No", a table's cells and an inline reading label.

The wordings here are not those of the held-out syllabi (``tests/syllabi``); each reading is
checked where it must fire and where it must not.
"""

import pytest
from imkg_test_syllabus import cited, covered, excluded


@pytest.fixture(scope="module")
def store(ontology_store):
    return ontology_store


# --- everyday words for the field's terms ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Week 2: checkout and help-desk staff in supermarkets", "frontline-personnel"),
        ("The working day of cashiers and bank tellers.", "frontline-personnel"),
        ("Unit 3 - customer-facing teams in airports", "frontline-personnel"),
        ("Holding on to skilled staff in a tight labour market.", "staff-retention"),
        ("Session 5: why experienced employees resign.", "staff-retention"),
        ("Seminar: how content call agents are with their work", "job-satisfaction"),
        ("Getting the functions to work together after a merger.", "inter-functional-coordination"),
        ("Week 7: inter-departmental collaboration in hospitals", "inter-functional-coordination"),
        ("Cases where the sales and operations departments are at loggerheads.",
         "interdepartmental-conflict"),
        ("Treating colleagues like customers: the service chain inside a firm.",
         "internal-customer"),
        ("Handing front-line staff the freedom to solve problems on the spot.", "empowerment"),
        ("Holding teams accountable for the standards they set.",
         "accountability-and-responsibility"),
        ("Week 9: staff resisting the change to self-rostering", "resistance-to-change"),
        ("Pitfalls: pushback, bureaucracy and poor briefing.", "resistance-to-change"),
        ("Pitfalls: pushback, bureaucracy and poor briefing.", "rigid-structure-and-bureaucracy"),
        ("Long-serving staff who cling to the old ways.", "resistance-to-change"),
        ("Managers who never hear what the shop floor says.", "not-listening-to-staff"),
        ("Whether staff suggestions ever travel up to the board.", "two-way-communication"),
        ("How employees find out about a restructuring.", "internal-communication"),
        ("Getting branches to pull towards the same objective.", "shared-objectives"),
        ("Exercise: identify what skills new hires lack.", "assess-skills-and-knowledge-gaps"),
        ("Turning first-time visitors into repeat customers.", "customer-retention"),
        ("Why staff initiatives lose momentum after the launch.", "programme-fizzle-out"),
        ("Week 1: the workforce as a market.", "internal-market"),
        ("Using the techniques of marketing inside the firm.", "marketing-like-approach"),
        ("Jobs as products to be sold to recruits.", "job-as-product"),
        ("Week 6: the retention of our own staff.", "staff-retention"),
        ("Week 4: service quality and staff rotas.", "employee"),
    ],
)  # fmt: skip
def test_everyday_words_read_as_a_topic(text, concept, nlp, store):
    assert concept in covered(text, nlp, store)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # "reception" as an event or as a response, a desk without people.
        ("Week 1 ends with a drinks reception.", "frontline-personnel"),
        ("The reception of Berry's ideas in Europe.", "frontline-personnel"),
        ("The front desk of the library is open until 8.", "frontline-personnel"),
        # No staff in the sentence: readers, students.
        ("Why readers stay with a long novel.", "staff-retention"),
        ("Managers keep staff informed through a weekly bulletin.", "staff-retention"),
        ("Reflect on how students feel about their work.", "job-satisfaction"),
        ("Students decide for themselves which case to study.", "empowerment"),
        # Teams of students, and departments whose priorities (not they) pull apart.
        ("Teams work together on the case study.", "inter-functional-coordination"),
        ("Students at odds over the reading should see the tutor.",
         "interdepartmental-conflict"),
        ("Build cooperation among functions whose priorities pull against each other.",
         "interdepartmental-conflict"),
        # Barriers of a car park, resistance of a wire or in a gym: no programme failing.
        ("The car park barriers fail in wet weather; the bureaucracy at the gate is slight.",
         "rigid-structure-and-bureaucracy"),
        ("The car park barriers fail when the resistance of the old cable rises.",
         "resistance-to-change"),
        ("Resistance training is offered in the staff gym.", "resistance-to-change"),
        ("Resist the temptation to change the slides.", "resistance-to-change"),
        ("Please repeat the quiz before week 3.", "customer-retention"),
        # The teachers are no party to the topic.
        ("Week 4: service quality (ask the teaching staff for the slides).", "employee"),
    ],
)  # fmt: skip
def test_everyday_words_not_read(text, concept, nlp, store):
    assert concept not in covered(text, nlp, store)


# --- exclusions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We don't plan to get into total quality management this term.",
        "Students should not spend time on total quality management.",
        "Total quality management is beyond this module.",
        "Q: Is total quality management part of the course?\nA: No - it belongs to operations.",
        "Q: Will we study total quality management? A: No. See the operations elective.",
        "Answer: Prerequisite: total quality management, or work experience.",
    ],
)
def test_rules_out(text, nlp, store):
    assert "total-quality-management" in excluded(text, nlp, store)
    assert "total-quality-management" not in covered(text, nlp, store)


@pytest.mark.parametrize(
    "text",
    [
        # A wish about something else; an assessment question; a partial "No, but".
        "We don't want anyone to miss the session on total quality management.",
        "Q: Is total quality management in the exam? A: No, only the essay is marked.",
        "Q: Does it cover total quality management?\nA: No, but week 9 touches on it.",
        "Q: Do I need to know total quality management first? A: No.",
        # A rubric's fail band rules nothing out of the criterion beside it.
        "Total quality management (30%) | Excellent: links it to staff | Fail: not discussed",
    ],
)
def test_does_not_rule_out(text, nlp, store):
    assert "total-quality-management" in covered(text, nlp, store)


def test_reference_after_an_inline_reading_label_is_cited(nlp, store):
    text = (
        "Set text: Berry, L. L. (1981). The employee as customer. Journal of Retail Banking,"
        " 3(1), 33-39."
    )
    assert "internal-customer" in cited(text, nlp, store)
    assert "internal-customer" not in covered(text, nlp, store)


# Round four's held-out syllabi are measured, with their floors, in test_syllabus_coverage.py.
