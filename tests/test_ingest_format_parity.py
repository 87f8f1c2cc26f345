"""Format parity: the same course text gives the same concept mentions (and the same proposed
influences) whether it comes as plain text, PDF, Word, a web page, Markdown or a mail.

The files are built at run time (``tests/formats.py``) with what real files carry: a PDF's
running header and footer, page numbers, words hyphenated at line ends and a page break
inside a sentence; a Word file's headings, bulleted list, table and footnote; a web page's
menu, cookie banner, sidebar and footer (with ``<article>``, with ``<main>`` only, and with
neither); Markdown's front matter, links and emphasis inside labels; a mail's headers,
quoted lines and signature. Measured before the readers handled them, 13 of the 371 expected
mentions were lost and 142 extra ones came from boilerplate (see docs/ingest.md, Formats).

One difference remains by design: a Markdown file that gives its title only in the front
matter has it as the document's title, not as text, so the title's mentions are compared
without it.
"""

from collections import Counter

import docx
import imkg_test_formats as formats
import pytest

from imkg.ingest import propose_text, tag_text
from imkg.ingest.layout import dehyphenate, drop_page_furniture, join_pages, strip_mail
from imkg.ingest.readers import read_document

TEXTS = {text.slug: text for text in formats.TEXTS}
# Boilerplate around the texts: none of it may reach the text that is tagged.
BOILERPLATE = (
    formats.HEADER, "Page 1 of", "Department of Marketing", "cookies", "Related reading",
    "Popular posts", "Services Marketing Hub", "Course Notes Online", "Staff motivation",
    "From:", "Subject:", "Senior Lecturer", "Customer Service Excellence",
)  # fmt: skip


def _analysis(text: str) -> tuple[Counter, set]:
    mentions, proposals = propose_text(text)
    return Counter(m.concept for m in mentions), {(p.cause_iri, p.effect_iri) for p in proposals}


@pytest.fixture(scope="module")
def references() -> dict:
    """Per text: the analysis of the plain original, with and without its title line."""
    return {slug: {title: _analysis(formats.plain(text, title=title)) for title in (True, False)}
            for slug, text in TEXTS.items()}  # fmt: skip


@pytest.mark.parametrize("fmt", formats.FORMATS)
@pytest.mark.parametrize("slug", TEXTS)
def test_same_mentions_and_proposals_in_every_format(tmp_path, references, slug, fmt):
    document = read_document(formats.build(TEXTS[slug], fmt, tmp_path))
    mentions, pairs = _analysis(document.text)
    want, want_pairs = references[slug][fmt != "md"]
    assert (want - mentions, mentions - want) == (Counter(), Counter())
    assert (want_pairs - pairs, pairs - want_pairs) == (set(), set())
    assert not [b for b in BOILERPLATE if b in document.text]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html-article", "html-div", "md", "email"])
def test_titles_come_from_the_file(tmp_path, fmt):
    text = TEXTS["cabin-crew"]
    title = read_document(formats.build(text, fmt, tmp_path)).title
    assert title.startswith(text.title)


def test_the_boilerplate_alone_gives_no_mentions(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><body><header>{formats.NAV}</header>{formats.COOKIES}"
        f"<main><article><h1>Notes</h1><p>Nothing to see.</p></article>{formats.SIDEBAR}"
        f"</main>{formats.FOOTER_HTML}{formats.FOOTER_DIV}{formats.SIDEBAR_DIV}</body></html>"
    )
    assert tag_text(read_document(path).text) == []
    assert tag_text(formats.NAV + formats.COOKIES + formats.SIDEBAR)  # they would tag
    mail = tmp_path / "mail.txt"
    mail.write_text("From: A <a@b.org>\nSubject: Re: internal marketing\nDate: today\n\n"
                    "See you then.\n\n-- \nLecturer in Services Marketing\n")  # fmt: skip
    document = read_document(mail)
    assert (document.text, document.title) == ("See you then.", "internal marketing")
    assert tag_text(document.text) == []


@pytest.mark.parametrize(
    ("wrapped", "read"),
    [
        ("staff motiva-\ntion rose", "staff motivation rose"),
        ("the evide-\nnce is", "the evidence is"),
        ("back-\noffice staff", "back-office staff"),  # "backoffice" is no word
        ("Cross-\nfunctional work", "Cross-functional work"),
        ("long-\nterm view", "long-term view"),
        ("a relation-\nships manager", "a relationships manager"),
        ("page 2 -\nthe end", "page 2 -\nthe end"),  # a dash, not a hyphen
        ("the front-\nLine team", "the front-\nLine team"),  # a capital begins a name
    ],
)
def test_line_end_hyphens_join_only_into_words(wrapped, read):
    assert dehyphenate(wrapped) == read


def test_running_headers_footers_and_page_numbers_are_dropped():
    pages = [
        "Unit 4 Internal Marketing\nFirst page text runs on\nand on into the\n3",
        "Unit 4 Internal Marketing\nnext page, where it ends.\nA second paragraph.\n4",
        "Unit 4 Internal Marketing\nLast page.\nPage 5 of 5",
    ]
    cleaned = drop_page_furniture(pages)
    assert cleaned == ["First page text runs on\nand on into the",
                       "next page, where it ends.\nA second paragraph.", "Last page."]  # fmt: skip
    assert join_pages(cleaned) == (
        "First page text runs on\nand on into the\nnext page, where it ends.\n"
        "A second paragraph.\n\nLast page."
    )
    # One page: only a bare page number is furniture; a line a page repeats is not.
    assert drop_page_furniture(["Title\nBody text.\n- 1 -"]) == ["Title\nBody text."]


def test_mail_parts():
    text = "Subject: Fwd: Re: Notes\nFrom: a@b.org\n\nBody.\n> quoted\n\n-- \nSig"
    assert strip_mail(text) == ("Body.\n> quoted\n", "Notes")
    # Not a mail: no header block, and ``--`` without its space is a rule, not a signature.
    assert strip_mail("Notes\n\nText.\n--\nMore text.") == ("Notes\n\nText.\n--\nMore text.", "")
    assert strip_mail("Dear team,\nFrom: Monday on, we...\n") == (
        "Dear team,\nFrom: Monday on, we...\n", "")  # fmt: skip


def test_quoted_lines_are_read_past_their_marks_and_end_at_the_reply():
    text = "> Does job\n> satisfaction matter?\nYes: empowerment improves service quality."
    mentions, proposals = propose_text(text)
    assert [(m.concept, text[m.start : m.end]) for m in mentions] == [
        ("job-satisfaction", "job\n> satisfaction"),
        ("empowerment", "empowerment"),
        ("service-quality", "service quality"),
    ]
    # The quoted question and the reply are two sentences: nothing links across them.
    assert {(p.cause_iri.rsplit("/", 1)[1], p.effect_iri.rsplit("/", 1)[1])
            for p in proposals} == {("empowerment", "service-quality")}  # fmt: skip
    assert mentions[0].sentence_end <= text.index("Yes")


def test_docx_reads_tables_in_place_and_footnotes(tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(formats.docx_file(TEXTS["selling-the-job"]))
    text = read_document(path).text
    assert text.index("Internal counterpart") < text.index("Be careful with the analogy")
    assert text.endswith("rather than selling.")
    made = docx.Document(path)
    assert "employee engagement" not in "\n".join(p.text for p in made.paragraphs)


def test_no_influence_is_read_across_table_cells():
    """The readers write a table's row as ``a | b``: a cue in one cell says nothing about the
    concept in the cell before it."""
    from imkg.ingest import propose_text
    from imkg.ingest.pipeline import build_pipeline

    nlp = build_pipeline()
    row = "Empowerment | motivation drives service quality | Monthly"
    _, proposals = propose_text(row, nlp=nlp)
    # Bare ``motivation`` is a mention since the rule for bare everyday words: its own cell's
    # claim stands, the cell before it takes no part.
    assert [(p.cause_iri.rsplit("/", 1)[-1], p.cue) for p in proposals] == [
        ("employee-motivation", "drives")
    ]
    _, proposals = propose_text("Staff empowerment drives service quality.", nlp=nlp)
    assert [p.cue for p in proposals] == ["drives"]
