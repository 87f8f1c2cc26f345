"""Syllabus coverage, round seven: what passes between staff, managers, departments and customers,
described instead of named (syllabi that ask questions, vocational units, module outlines that
mix subjects), answers that rule a topic out ("It does not."), other units named as links or
as owners of a topic, and contacts named with a longer owner ("the Student Hub's ...").

The wordings here are not those of the held-out syllabi (``tests/syllabi``); each reading is
checked where it must fire and where it must not.
"""

import pytest
from imkg_test_syllabus import covered, excluded


@pytest.fixture(scope="module")
def store(ontology_store):
    return ontology_store


# --- what passes between staff, managers, departments and customers ---------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Session 2: who are the customers of the payroll department?", "internal-customer"),
        (
            "Staff in the back office are customers too, of the stores they supply.",
            "internal-customer",
        ),
        (
            "Topic 5: why the weekend crew is never told about price changes.",
            "internal-communication",
        ),
        (
            "How decisions filter down from the board to the crew on the shop floor.",
            "internal-communication",
        ),
        ("Making sure colleagues feel heard after the annual survey.", "two-way-communication"),
        (
            "Supervisors collect suggestions from the team and act on them within a week.",
            "two-way-communication",
        ),
        (
            "Why supervisors invite staff ideas but never act on them.",
            "not-listening-to-staff",
        ),
        (
            "Giving cashiers more say over refunds, and who answers for the outcome.",
            "accountability-and-responsibility",
        ),
        (
            "Session 4: balancing empowerment of the crew against accountability.",
            "accountability-and-responsibility",
        ),
        ("What keeps your warehouse workers motivated in January?", "employee-motivation"),
        ("Praise that costs next to nothing, given in front of the crew.", "non-monetary-reward"),
        ("Rewards which are not monetary: time, trust and a title.", "non-monetary-reward"),
        (
            "Interdependencies among the pharmacy, the wards and the porters.",
            "internal-service-delivery",
        ),
        (
            "Front office and housekeeping: getting both departments planning arrivals together.",
            "inter-functional-coordination",
        ),
        ("Agreeing joint targets for sales and operations teams.", "shared-objectives"),
        ("Week 6: back-of-house colleagues and the guests they never meet.", "support-staff"),
        ("Coaching contact-center advisors on difficult calls.", "frontline-personnel"),
        (
            "Why long-serving staff resist a merger, and what managers can do about it.",
            "resistance-to-change",
        ),
        (
            "Week 9: getting branch employees to adopt the new CRM platform.",
            "staff-support-for-crm",
        ),
        (
            "Employees who feel respected deliver better care to patients.",
            "attitude-and-motivation-impact-on-service",
        ),
        ("Critique: internal marketing as a form of manipulation?", "employee-manipulation"),
        (
            "Essay: is internal marketing simply personnel management by another name?",
            "marketing-versus-hrm",
        ),
    ],
)
def test_exchange_described_covers_concept(nlp, store, text, concept):
    assert concept in covered(text, nlp, store)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # The customers of the sales team are the firm's own customers.
        ("Who are the customers of the sales team in each region?", "internal-customer"),
        ("The customers of the bank are mostly small firms.", "internal-customer"),
        # Told, but not about staff; a news story that travels, not from managers.
        ("Students are never told their marks before the board meets.", "internal-communication"),
        ("News travels fast in a small town.", "internal-communication"),
        # Acting on the law, not on what staff say; feeling heard as a customer.
        ("Managers act on the regulator's guidance each quarter.", "two-way-communication"),
        ("Customers who feel heard come back.", "two-way-communication"),
        # Acting on staff views is no failing.
        ("Managers collect staff views and act on them quickly.", "not-listening-to-staff"),
        # Answering for a result without anyone deciding; a question answered for a grade.
        (
            "The group answers for the results of the survey in plenary.",
            "accountability-and-responsibility",
        ),
        # Motivated customers; costs little that is not a reward.
        ("What keeps customers motivated to return?", "employee-motivation"),
        ("A process that costs little to run.", "non-monetary-reward"),
        # Dependencies that are not between departments.
        ("Dependencies between the chapters of the report.", "internal-service-delivery"),
        (
            "Students work on the case in pairs and plan it together.",
            "inter-functional-coordination",
        ),
        # Back of house as a place; a call centre as a building.
        ("The back of house is closed to visitors.", "support-staff"),
        ("The call-centre building is on the ring road.", "frontline-personnel"),
        # Resisting a reform of the tax code, named without staff; pushback from customers.
        ("Voters resist a reform of the tax code.", "resistance-to-change"),
        ("Expect pushback against the new prices from regular customers.", "resistance-to-change"),
        # The CRM system, with no staff asked to use it.
        ("Week 7: getting the CRM data to load into the warehouse.", "staff-support-for-crm"),
        # Manipulation of data; HRM under a new name without internal marketing.
        ("Data manipulation in spreadsheets.", "employee-manipulation"),
        ("Is talent management just HR under a new name?", "marketing-versus-hrm"),
    ],
)
def test_exchange_reading_does_not_over_reach(nlp, store, text, concept):
    assert concept not in covered(text, nlp, store)


# --- what is ruled out -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "Will the course look at total quality management? It doesn't, since the operations "
            "unit covers it.",
            "total-quality-management",
        ),
        (
            "Do we discuss CRM? We do not. Ask the sales tutor instead.",
            "customer-relationship-management",
        ),
        (
            "This module relates to Module 12: Customer Relationship Management and to Module 14.",
            "customer-relationship-management",
        ),
        ("Service quality has its own workshop in the spring.", "service-quality"),
        ("Employee engagement gets its own module in year three.", "employee-engagement"),
        (
            "Interview techniques belong to the first-year HR skills course.",
            "human-resource-management",
        ),
    ],
)
def test_topic_ruled_out(nlp, store, text, concept):
    assert concept in excluded(text, nlp, store)
    assert concept not in covered(text, nlp, store)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # "It does not only ..." and an answer on the exam do not rule the topic out.
        (
            "Does the course cover empowerment? It does not only cover it, it opens with it.",
            "empowerment",
        ),
        ("Is empowerment in the exam? It does not have to be.", "empowerment"),
        # Links between topics, not to other units.
        ("This week links empowerment to accountability.", "empowerment"),
        # A team that runs its programme is named as a topic elsewhere in the clause.
        (
            "Week 4: employee training, and how to run your own training programme.",
            "employee-training",
        ),
        # What belongs to the team is no other course.
        ("Decisions that belong to the team: empowerment in practice.", "empowerment"),
    ],
)
def test_topic_not_ruled_out(nlp, store, text, concept):
    assert concept in covered(text, nlp, store)


def test_department_named_as_contact_after_a_longer_owner(nlp, store):
    text = (
        "Week 2: customer service recovery. Questions about fees go to the Business School "
        "Office's HR team."
    )
    found = covered(text, nlp, store)
    assert "customer-service" in found
    assert "human-resource-management" not in found
