"""Labels broken across lines (hard-wrapped course texts, PDF text) are still found, with
offsets into the text as given."""

from __future__ import annotations

import pytest

from imkg.ingest import propose_text, tag_text
from imkg.ingest.unwrap import Unwrapped

WRAPPED = (
    "We study internal\nmarketing and job\r\nsatisfaction here.\n\n"
    "Empowerment   leads to\n   customer\tsatisfaction.\nStaff\u00a0morale matters."
)


def test_joined_text_keeps_paragraph_breaks_and_maps_every_offset_back():
    unwrapped = Unwrapped(WRAPPED)
    assert unwrapped.text == (
        "We study internal marketing and job satisfaction here.\n\n"
        "Empowerment leads to customer satisfaction. Staff morale matters."
    )
    for word in ("internal", "satisfaction", "Empowerment", "customer", "morale", "matters"):
        at = unwrapped.text.index(word)
        start, end = unwrapped.start(at), unwrapped.end(at + len(word))
        assert WRAPPED[start:end] == word


def test_text_without_breaks_inside_paragraphs_is_left_alone():
    text = "Internal marketing treats staff as customers.\n\nA new paragraph."
    unwrapped = Unwrapped(text)
    assert not unwrapped.changed and unwrapped.text == text


@pytest.mark.parametrize("tag", [tag_text, lambda text: propose_text(text)[0]])
def test_mentions_across_line_breaks_index_the_original_text(tag):
    found = {(m.concept, WRAPPED[m.start : m.end]) for m in tag(WRAPPED)}
    assert ("internal-marketing", "internal\nmarketing") in found
    assert ("job-satisfaction", "job\r\nsatisfaction") in found
    assert ("customer-satisfaction", "customer\tsatisfaction") in found
    assert ("empowerment", "Empowerment") in found
    for mention in tag(WRAPPED):
        assert mention.text == WRAPPED[mention.start : mention.end]
        assert "\n\n" not in WRAPPED[mention.sentence_start : mention.sentence_end].strip()


def test_a_proposal_across_a_line_break_points_at_its_sentence_in_the_original():
    _, proposals = propose_text(WRAPPED)
    found = [p for p in proposals if p.cause_iri.endswith("/empowerment")]
    assert [p.effect_iri.rsplit("/", 1)[-1] for p in found] == ["customer-satisfaction"]
    sentence = WRAPPED[found[0].sentence_start : found[0].sentence_end]
    assert sentence.startswith("Empowerment") and sentence.endswith("satisfaction.")
    assert found[0].evidence == "Empowerment leads to customer satisfaction."


def test_every_character_of_the_joined_text_maps_to_the_same_character():
    import random
    import re

    chooser = random.Random(5)
    pieces = ["word", "x", ".", " ", "  ", "\n", "\n\n", "\r\n", "\t", " \n ", "\u00a0", "\n \n"]
    for _ in range(200):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 30)))
        unwrapped = Unwrapped(text)
        for at, char in enumerate(unwrapped.text):
            source = unwrapped.start(at)
            assert text[source] == char or (char == " " and text[source].isspace())
        assert unwrapped.start(len(unwrapped.text)) == len(text)
        blank_line = re.compile(r"\n[^\S\n]*\n")
        assert bool(blank_line.search(unwrapped.text)) == bool(blank_line.search(text))


def test_typographic_apostrophes_and_hyphens_match_and_keep_their_original_text():
    text = (
        "Employees\u2019 motivation rose; the customer\u2019s satisfaction and "
        "front\u2011line employees."
    )
    found = {(m.concept, m.text) for m in tag_text(text)}
    assert ("employee-motivation", "Employees\u2019 motivation") in found
    assert ("customer-satisfaction", "customer\u2019s satisfaction") in found
    assert ("frontline-personnel", "front\u2011line employees") in found
    for mention in tag_text(text):
        assert text[mention.start : mention.end] == mention.text


def test_the_quick_check_finds_runs_exactly_when_the_full_scan_does():
    import random

    from imkg.ingest.unwrap import _runs, _scanned_runs

    chooser = random.Random(11)
    pieces = [
        "word",
        "a",
        ".",
        " ",
        "  ",
        "\n",
        "\t",
        "\r",
        "\x0b",
        "\x01",
        "\u00a0",
        "\u3000",
        "é",
    ]
    for _ in range(500):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 12)))
        assert _runs(text) == _scanned_runs(text), repr(text)


LISTED = (
    "Key points\n- Empowerment -> motivation\n- Training and service\nquality\n"
    "\u2022 job satisfaction\n2. customer care"
)


def test_line_breaks_before_list_items_stay_and_offsets_still_map_back():
    unwrapped = Unwrapped(LISTED)
    assert unwrapped.text == (
        "Key points\n- Empowerment -> motivation\n- Training and service quality\n"
        "\u2022 job satisfaction\n2. customer care"
    )
    at = unwrapped.text.index("quality")
    assert LISTED[unwrapped.start(at) : unwrapped.end(at + 7)] == "quality"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one point a line: no influence reads across two points
        ("Key points\n- Empowerment -> motivation\n- Training and service quality",
         {("empowerment", "employee-motivation")}),  # bare ``motivation``: the point's own claim
        ("Notes\n* internal communication\n* service quality drives loyalty", set()),
        # within one point the cue still counts
        ("Key points\n- Empowerment improves service quality\n- Training",
         {("empowerment", "service-quality")}),
    ],
)  # fmt: skip
def test_no_proposal_reads_across_list_items(text, expected):
    found = {(p.cause_iri.rsplit("/", 1)[-1], p.effect_iri.rsplit("/", 1)[-1])
             for p in propose_text(text)[1]}  # fmt: skip
    assert found == expected
