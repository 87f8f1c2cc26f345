"""Readable passages around a concept's mentions, and tables drawn in documents.

The texts here are made up for the tests (not the bundled corpus), so they check the
mechanism, not the wording of one course unit.
"""

from __future__ import annotations

import re

from imkg.api.highlight import Span
from imkg.api.passages import document_html, readable_passages, table_rows


def mention(text: str, word: str, *, nth: int = 0, sentence: tuple[int, int] | None = None):
    """A mention of ``word`` (its ``nth`` occurrence) with the sentence the ingest gives it."""
    start = [m.start() for m in re.finditer(re.escape(word), text)][nth]
    if sentence is None:
        stop, line = text.rfind(". ", 0, start), text.rfind("\n", 0, start)
        left = max(stop + 2 if stop >= 0 else 0, line + 1)
        right = min(i for i in (text.find(". ", start) + 1, text.find("\n", start), len(text))
                    if i > 0)  # fmt: skip
        sentence = (left, right)
    return {"document": "d", "title": "D", "start": start, "end": start + len(word),
            "passage_start": sentence[0], "passage_end": sentence[1]}  # fmt: skip


def plain(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", str(html)).split())


def test_passages_one_sentence_with_two_mentions_is_shown_once_with_both_marked():
    text = "Coaching builds trust, and coaching of new hires pays off twice. Other things."
    shown = readable_passages(
        text, [mention(text, "oaching", nth=0), mention(text, "oaching", nth=1)], "coaching", "c"
    )
    assert len(shown) == 1
    assert shown[0]["mentions"] == 2 and str(shown[0]["html"]).count("<mark") == 2


def test_passages_table_cell_reads_with_its_column_names():
    text = (
        "Intro text here.\n\ndriver | outcome | note\n\nrecognition | loyalty | survey of 2019"
        "\n\npay | loyalty | weak link\n\nAfter the table."
    )
    shown = readable_passages(text, [mention(text, "recognition")], "recognition", "r")
    assert plain(shown[0]["html"]) == "driver: recognition; outcome: loyalty; note: survey of 2019"


def test_passages_bars_in_prose_are_not_a_table():
    # One line with a bar, or lines whose cell counts differ, are not tables.
    assert table_rows("Choose A | B for the quiz.\n\nThen rest.") == []
    assert table_rows("a | b\n\nc | d | e\n\nf | g | h | i") == []
    text = "Pick coaching | mentoring today, said the memo about coaching."
    shown = readable_passages(text, [mention(text, "coaching", nth=1)], "coaching", "c")
    assert "cell-name" not in str(shown[0]["html"])


def test_passages_heading_brings_the_sentence_after_it():
    text = "Peer coaching\n\nStaff teach each other on the job. A second sentence follows here."
    shown = readable_passages(text, [mention(text, "coaching")], "coaching", "c")
    assert plain(shown[0]["html"]) == "Peer coaching Staff teach each other on the job."
    assert '<strong class="passage-head">' in str(shown[0]["html"])


def test_passages_short_full_sentence_is_not_taken_for_a_heading():
    text = "Coaching raises team morale noticeably. The next sentence is unrelated."
    shown = readable_passages(text, [mention(text, "Coaching")], "coaching", "c")
    assert plain(shown[0]["html"]) == "Coaching raises team morale noticeably."


def test_passages_long_sentence_is_clipped_at_words_around_the_mention():
    words = " ".join(f"word{i}" for i in range(120))
    text = f"{words} coaching {words}."
    shown = readable_passages(
        text, [mention(text, "coaching", sentence=(0, len(text)))], "coaching", "c"
    )
    visible = plain(shown[0]["html"])
    assert visible.startswith("… word") and visible.endswith("…") and "coaching" in visible
    assert len(visible) < 360
    assert all(re.fullmatch(r"word\d+|coaching|…", w) for w in visible.split())


def test_document_html_draws_tables_and_keeps_mention_anchors():
    text = "Before.\n\ncause | effect\n\nrecognition | loyalty\n\nAfter recognition."
    spans = [Span(m.start(), m.end(), "recognition") for m in re.finditer("recognition", text)]
    html = str(document_html(text, spans))
    assert "<th>cause</th><th>effect</th>" in html
    assert all(f'id="m{s.start}"' in html for s in spans)
    assert plain(html).startswith("Before.") and plain(html).endswith("After recognition.")


def test_passages_offsets_past_the_text_are_kept_inside_it():
    """A sentence stored as ending past the text (hand-written data, the synthetic stores)
    was an IndexError and a 500 for the concept page."""
    text = "Peer mentoring lifts morale"
    found = readable_passages(
        text, [mention(text, "morale", sentence=(-5, len(text) + 40))], "morale", "morale"
    )
    assert plain(found[0]["html"]) == text


def test_passages_mentions_far_apart_in_one_long_line_get_clipped_passages_each():
    filler = "and the rota was agreed with every ward sister over the year " * 400
    text = f"Trust grew {filler} while trust held {filler} until trust faded"
    mentions = [mention(text, "trust", nth=n, sentence=(0, len(text))) for n in range(2)]
    mentions.insert(0, mention(text, "Trust", sentence=(0, len(text))))
    found = readable_passages(text, mentions, "trust", "trust")
    assert [p["mentions"] for p in found] == [1, 1, 1]
    assert all(len(plain(p["html"])) <= 400 for p in found)


def test_passages_near_mentions_in_a_long_line_share_one_passage():
    filler = "the rota was agreed with every ward sister " * 40
    text = f"{filler}trust grew and trust held {filler}"
    mentions = [mention(text, "trust", nth=n, sentence=(0, len(text))) for n in range(2)]
    found = readable_passages(text, mentions, "trust", "trust")
    assert len(found) == 1 and found[0]["mentions"] == 2


def test_document_html_lines_of_hundreds_of_bars_are_text_not_a_table():
    text = "\n".join(["x | " * 300] * 50 + ["", "cause | effect", "pay | morale"])
    html = str(document_html(text, []))
    assert html.count("<table") == 1 and html.count("<td>") == 2
