"""HTML text outside every innermost block is read too: the item of a list item that holds
a nested list, a lead before a list, a ``<summary>`` and the answer beside it."""

import pytest

from imkg.ingest.markup import html_to_text


@pytest.mark.parametrize(
    ("html", "paragraphs"),
    [
        ("<ul><li>Empowerment<ul><li>front-line decisions</li></ul></li></ul>",
         ["Empowerment", "front-line decisions"]),
        ("<div>Why training matters:<ul><li>skills</li><li>confidence</li></ul> more </div>",
         ["Why training matters:", "skills", "confidence", "more"]),
        ("<details><summary>Is motivation covered?</summary><p>Yes.</p></details>",
         ["Is motivation covered?", "Yes."]),
        ("<details><summary>Is reward covered?</summary>Not in this unit.</details>",
         ["Is reward covered?", "Not in this unit."]),
        ("<div>Lead <b>bold</b> text<p>para</p><!-- a comment --></div>",
         ["Lead bold text", "para"]),
        ("<body>no blocks at <i>all</i></body>", ["no blocks at all"]),
    ],
)  # fmt: skip
def test_every_run_of_text_is_a_paragraph(html, paragraphs):
    text, _, _ = html_to_text(html)
    assert text.split("\n\n") == paragraphs


def test_deep_nesting_stays_linear():
    html = "<div>" * 20_000 + "internal marketing" + "</div>" * 20_000
    text, _, _ = html_to_text(html)
    assert text == "internal marketing"
