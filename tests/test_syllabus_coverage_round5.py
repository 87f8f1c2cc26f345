"""Syllabus coverage, round five: items opened by their own marker ("Slide 4 - ", "3.1 "),
rewards and other practices described instead of named, kinds listed after their head, words
broken across a line, and exclusions by what a course assumes or hands to another module.

The wordings here are not those of the held-out syllabi (``tests/syllabi``); each reading is
checked where it must fire and where it must not.
"""

import pytest
from imkg_test_syllabus import covered, left_out

from imkg.syllabus_references import is_reference
from imkg.syllabus_sections import segments_of


@pytest.fixture(scope="module")
def store(ontology_store):
    return ontology_store


# --- items opened by their own marker ---------------------------------------------------------


def test_numbered_and_labelled_lines_are_items_of_their_own():
    text = "Part 1 - Why staff matter\nPart 2 - Rules\n2.1 Attendance\n2.2 Late work"
    assert [s.text for s in segments_of(text)] == [
        "Part 1 - Why staff matter",
        "Part 2 - Rules",
        "2.1 Attendance",
        "2.2 Late work",
    ]


def test_a_wrapped_line_opening_with_pages_stays_in_its_item():
    text = "- Rafiq and Ahmed (2000), an article in the journal, with\nPages 12-15 set for week 3"
    assert len(segments_of(text)) == 1


def test_an_exclusion_does_not_run_into_the_next_item(nlp, store):
    text = (
        "Module map\n"
        "Lecture 7 - What we do not cover this term: CRM platforms\n"
        "Lecture 8 - Empowerment of staff at the branch counter\n"
    )
    assert "empowerment" in covered(text, nlp, store)
    assert "customer-relationship-management" in left_out(text, nlp, store)


def test_an_item_marker_may_open_a_prerequisite_line(nlp, store):
    text = "2.4 Pre-requisite: Services Marketing (level 4)\n2.5 Credits: 15"
    assert "services-marketing" in left_out(text, nlp, store)


# --- references and readings ----------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        'Grönroos (1981) "Internal marketing - an integral part of marketing theory"',
        "Heskett et al. (1994) 'Putting the service-profit chain to work'",
    ],
)
def test_a_short_reference_with_a_quoted_title(entry):
    assert is_reference(entry)


@pytest.mark.parametrize(
    "prose",
    [
        "Berry (1981) argued that staff are customers too, and we test that claim.",
        "Empowerment (2024 update) is taught in week 3.",
    ],
)
def test_prose_with_a_year_is_no_reference(prose):
    assert not is_reference(prose)


def test_a_reading_introduced_in_prose_is_cited(nlp, store):
    text = (
        "Each week we discuss one case. The set text will be Gummesson, E. (2002). "
        "Total Relationship Marketing. Oxford: Butterworth-Heinemann."
    )
    assert "relationship-marketing" in left_out(text, nlp, store)


# --- what a course assumes or hands to another module -----------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "Learners met services marketing in term 1, and we take it as read.",
            "services-marketing",
        ),
        ("Prior knowledge of relationship marketing is assumed.", "relationship-marketing"),
        (
            "MKT2001 Service people. Questions on CRM systems belong to BUS2210.",
            "customer-relationship-management",
        ),
        ("Quality circles and TQM belong to the operations module.", "total-quality-management"),
    ],
)
def test_assumed_or_elsewhere_rules_out(text, concept, nlp, store):
    assert concept not in covered(text, nlp, store)
    assert concept in left_out(text, nlp, store)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # An assumption about the world, not about the learners.
        ("Empowerment is assumed to raise job satisfaction; we test that.", "empowerment"),
        ("Staff motivation belongs to this module's core.", "employee-motivation"),
    ],
)
def test_assumed_claims_and_own_module_rule_nothing_out(text, concept, nlp, store):
    assert concept in covered(text, nlp, store)


# --- places that look like topics -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Seminars meet in the training suite on the second floor.",
        "Lunch is served in the training centre canteen.",
    ],
)
def test_a_room_is_not_its_first_word(text, nlp, store):
    assert "employee-training" not in covered(text, nlp, store)


def test_market_research_is_not_the_internal_market(nlp, store):
    text = "Before the module we ran a little market research with former students of the team."
    assert "internal-market" not in covered(text, nlp, store)


# --- rewards described ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        (
            "Session 5: rewards beyond the payslip - handwritten notes, a paid half-day off.",
            {"non-monetary-reward", "equitable-recognition-and-reward"},
        ),
        (
            "Money was not enough for the crew; being thanked in public mattered more.",
            {"non-monetary-reward"},
        ),
        ("Recognising effort with rewards that cost nothing", {"non-monetary-reward"}),
        ("Rewards: a colleague of the month scheme and praise", {"achievement-awards"}),
        (
            "Week 9: branch bonuses pegged to client satisfaction surveys",
            {"customer-based-team-pay"},
        ),
    ],
)
def test_rewards_described(text, concepts, nlp, store):
    assert concepts <= covered(text, nlp, store)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # No reward or pay in the sentence: a timetable, a menu, a thank-you to guests.
        ("Friday is a free afternoon for private study.", "non-monetary-reward"),
        ("Guests receive thank-you notes after their stay.", "non-monetary-reward"),
        ("Loyalty members get a free afternoon tea and rewards points.", "non-monetary-reward"),
        # An award the hotel won is no staff award.
        ("The hotel won an annual award for its breakfasts.", "achievement-awards"),
        # Team pay not tied to customers.
        ("Team bonuses tied to sales targets are debated.", "customer-based-team-pay"),
    ],
)
def test_rewards_not_over_read(text, concept, nlp, store):
    assert concept not in covered(text, nlp, store)


# --- practices and failings in everyday words -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Unit 3: pitching the new rota system to our own staff first", "internal-marketing"),
        ("How to win over your own people before launch day", "internal-marketing"),
        ("Supervisors keep the crew in the loop about rota changes.", "internal-communication"),
        ("What gets staff out of bed on a wet Monday?", "employee-motivation"),
        ("Topic 6: the culture of the firm and how newcomers learn it", "organisational-culture"),
        ("Making it safe to speak up for junior staff", "psychological-safety"),
        (
            "Kitchen and bar teams serve each other before they serve a guest.",
            "internal-service-delivery",
        ),
        ("Bosses who sit on the figures until the quarter closes", "withholding-information"),
        ("Agency staff seen as mere cogs in the rota", "treating-employees-as-tools"),
        ("Team leaders made supervisors without being trained to lead", "managerial-incompetence"),
        ("Refresher sessions keep staff skills up to date.", "continual-upskilling"),
        (
            "A rude cashier costs you customers for years.",
            "attitude-and-motivation-impact-on-service",
        ),
        ("Seminar 4: marketing versus HR - a turf question", "marketing-versus-hrm"),
        ("Colleagues in the call centre are a customer of the IT team.", "internal-customer"),
        ("Our employees are our first market.", "internal-market"),
        ("Workers who talk with passengers all day", "frontline-personnel"),
        ("Head office never listens to the front line.", "not-listening-to-staff"),
        ("Letting staff sort out complaints themselves", "empowerment"),
        ("Back-office colleagues: the support behind the counter", "support-staff"),
        (
            "Getting marketing, finance and the depots collaborating across departments",
            "inter-functional-coordination",
        ),
        ("Tearing down silos in a regional bank", "inter-functional-coordination"),
        ("Why functions retreat into silos when budgets shrink", "interdepartmental-conflict"),
    ],
)
def test_practices_described(text, concept, nlp, store):
    assert concept in covered(text, nlp, store)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # Selling something to staff is not marketing to them.
        ("The canteen sells hot lunches to staff at cost.", "internal-marketing"),
        ("Pitching the new menu to our customers", "internal-marketing"),
        # Reception as a party, barriers of a car park, silos for grain.
        ("The reception after the lecture is in the foyer.", "frontline-personnel"),
        ("The barriers of the car park fail in wet weather.", "resistance-to-change"),
        (
            "Grain silos on the estate farm are part of the field trip.",
            "interdepartmental-conflict",
        ),
        ("Why IM programmes fail: resistance, silos and red tape", "interdepartmental-conflict"),
        # Guests who keep to themselves; a culture of a country; students' mistakes.
        ("Some guests keep to themselves at breakfast.", "withholding-information"),
        ("The culture of the region shapes the menu.", "organisational-culture"),
        ("Students may admit mistakes without fear in the practice quiz.", "psychological-safety"),
        # A library's training, and training in a subject.
        ("Training in referencing is offered by library staff.", "employee-training"),
    ],
)
def test_practices_not_over_read(text, concept, nlp, store):
    assert concept not in covered(text, nlp, store)


# --- kinds listed after their head; words broken across a line --------------------------------


def test_kinds_listed_after_their_head(nlp, store):
    text = "Lecture 2 covers the forms of marketing a bank practises: traditional and interactive."
    assert {"traditional-marketing", "interactive-marketing"} <= covered(text, nlp, store)


def test_kinds_list_needs_whole_labels(nlp, store):
    text = "Three kinds of marketing matter here: digital, direct and viral."
    assert not {"traditional-marketing", "internal-marketing"} & covered(text, nlp, store)


def test_a_word_broken_across_a_line_is_joined(nlp, store):
    text = "Week 6 asks why staff turn-\nover is higher on the night shift."
    assert "staff-retention" in covered(text, nlp, store)


def test_a_hyphenated_compound_at_a_line_end_adds_nothing(nlp, store):
    text = "We compare customer-\nfacing roles in two banks."
    assert not covered(text, nlp, store) & {"customer-service", "customer-orientation"}


def test_bare_training_where_staff_are_named(nlp, store):
    text = "Slide 9 - Training: never a one-off for the crew"
    assert "employee-training" in covered(text, nlp, store)
