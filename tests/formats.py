"""Five short course texts, and the files people hand them in as, built at run time.

Each text is a list of blocks (heading, paragraph, bullet list, table, footnote). ``plain``
writes the reference: a hard-wrapped plain text with blank lines between blocks. The other
builders add what real files of that format carry around the content: a PDF with a running
header and footer, page numbers, words hyphenated at line ends and a page break inside a
sentence; a Word file with headings, a bulleted list, a table and a real footnote; web pages
with a menu, a cookie banner, sidebar links and a footer; Markdown with front matter, links
and emphasis inside labels; an e-mail reply quoting the text, with headers and a signature.
The boilerplate deliberately uses the ontology's words (a menu entry "Internal marketing",
a cookie banner promising a "better customer experience"), as real sites do.
"""

from __future__ import annotations

import io
import re
import textwrap
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

H, P, UL, TABLE, NOTE = "h", "p", "ul", "table", "note"


@dataclass(frozen=True)
class Text:
    slug: str
    title: str
    blocks: tuple


TEXTS = (
    Text(
        "selling-the-job",
        "Week 4: Selling the job to the people who do it",
        (
            (
                P,
                "Berry's old idea still divides the seminar room: if employees are a firm's "
                "first market, then the job is a product that has to be sold to them. Internal "
                "marketing, on this reading, means researching what staff want from work and "
                "redesigning jobs so that capable people choose to stay.",
            ),
            (H, "Why it matters"),
            (
                P,
                "Satisfied employees tend to treat customers better. The evidence for this "
                "service-profit chain is mixed, but most studies find that job satisfaction "
                "raises the quality of service that front-line staff deliver, and that "
                "service quality in turn improves customer satisfaction. Staff turnover works "
                "the other way: every departure costs training time and breaks relationships "
                "with regular clients.",
            ),
            (
                UL,
                (
                    "Treat the employee as an internal customer with needs of their own.",
                    "Use employee surveys the way a marketer uses market research.",
                    "Explain the firm's strategy before asking anyone to carry it out.",
                ),
            ),
            (
                TABLE,
                (
                    ("Marketing tool", "Internal counterpart"),
                    ("Market research", "Staff opinion survey"),
                    ("Advertising", "Internal communication"),
                    ("Segmentation", "Different packages for different staff groups"),
                ),
            ),
            (
                P,
                "Be careful with the analogy. A job advert is not internal marketing, and "
                "marketing jobs at an agency are simply jobs in marketing. The approach can "
                "also slide into manipulation of employees when the selling replaces "
                "listening.",
            ),
            (
                NOTE,
                "Berry first put the job-as-product view in 1981; later writers prefer to "
                "speak of employee engagement rather than selling.",
            ),
        ),
    ),
    Text(
        "cabin-crew",
        "Case: Morale at 35,000 feet",
        (
            (
                P,
                "NorthSky, a regional airline, saw passenger satisfaction fall for three "
                "quarters in a row. Exit interviews told a consistent story: cabin crew felt "
                "that head office changed procedures without explanation, and nobody asked "
                "the crew what passengers actually complained about.",
            ),
            (H, "What changed"),
            (
                P,
                "The new operations director introduced monthly briefings in which pilots, "
                "crew and ground staff could question managers directly. Crew motivation "
                "improved within two quarters. Pursers were given a small budget to settle "
                "complaints on board, and this empowerment of staff cut the number of "
                "written complaints by a third.",
            ),
            (
                UL,
                (
                    "Monthly two-way briefings with the operations director",
                    "An on-board goodwill budget for pursers",
                    "A peer-nominated recognition scheme",
                ),
            ),
            (
                TABLE,
                (
                    ("Measure", "Before", "After"),
                    ("Passenger satisfaction", "71%", "80%"),
                    ("Crew turnover", "18%", "11%"),
                ),
            ),
            (
                P,
                "Students often credit the uniforms, which were redesigned in the same year. "
                "The crew survey suggests otherwise: recognition and reward, not appearance, "
                "was what staff mentioned. Note that the airline's service level agreements "
                "with airports are a different matter altogether.",
            ),
            (
                NOTE,
                "Figures are from the airline's own satisfaction survey, as reported to "
                "the class by a former purser.",
            ),
        ),
    ),
    Text(
        "bank-silos",
        "Case: The branch and the back office",
        (
            (
                P,
                "At a mid-sized savings bank, mortgage advisers in the branches blamed the "
                "processing centre for slow approvals, and the processing centre blamed the "
                "advisers for incomplete files. Conflict between departments had become part "
                "of the organisational culture, and customers noticed.",
            ),
            (
                P,
                "The new chief executive treated the problem as one of internal "
                "relationships. Each processing team was paired with three branches and "
                "given a named contact there, so that the back-office staff could see the "
                "customer behind every file. Cross-functional cooperation was written into "
                "both groups' objectives.",
            ),
            (H, "Results after one year"),
            (
                UL,
                (
                    "Approval times fell from nineteen days to eleven.",
                    "Complaints about lost documents almost disappeared.",
                    "Employee retention improved in the processing centre.",
                ),
            ),
            (
                TABLE,
                (
                    ("Group", "Main complaint before"),
                    ("Advisers", "Slow and opaque approvals"),
                    ("Processing staff", "Files sent without the payslips"),
                ),
            ),
            (
                P,
                "The bank also tried a formal service charter between the two groups, but "
                "the charter was dropped after a year: staff said it turned every "
                "disagreement into a dispute about clauses. Better internal communication "
                "did more for customer orientation than the paperwork ever did.",
            ),
            (NOTE, "The bank asked not to be named; the figures are rounded."),
        ),
    ),
    Text(
        "ward-nurses",
        "Case: Listening on the ward",
        (
            (
                P,
                "A teaching hospital's surgical wards had the lowest patient satisfaction "
                "scores in the trust. A new matron spent her first month on night shifts and "
                "heard the same thing from every nurse: concerns raised at handover went "
                "nowhere, and junior staff were afraid to speak up.",
            ),
            (H, "The intervention"),
            (
                P,
                "She introduced a ten-minute safety huddle at each shift change, where any "
                "nurse could raise a problem without blame. Psychological safety, she argued, "
                "is the precondition for open communication, and open communication is the "
                "precondition for learning. Staff training moved from the lecture theatre to "
                "the ward itself.",
            ),
            (
                UL,
                (
                    "A daily huddle at every handover",
                    "Ward-based training sessions led by senior nurses",
                    "A monthly letter from the matron to every nurse",
                ),
            ),
            (
                TABLE,
                (
                    ("Indicator", "Year one", "Year two"),
                    ("Patient satisfaction", "68", "79"),
                    ("Nurse turnover", "22%", "14%"),
                ),
            ),
            (
                P,
                "Nurse engagement rose in the annual staff survey, and patients wrote fewer "
                "complaints about being ignored at night. A hospital's training room and a "
                "satisfaction form at the exit are not, by themselves, internal marketing; "
                "what changed was how the managers listened.",
            ),
            (NOTE, "The trust's name is withheld at its request."),
        ),
    ),
    Text(
        "crm-rollout",
        "Case: Why the CRM project stalled",
        (
            (
                P,
                "A software reseller bought a customer relationship management (CRM) "
                "system to give its account managers one view of each client. Eighteen "
                "months later, half of the sales team still kept their contacts in "
                "spreadsheets.",
            ),
            (
                P,
                "Interviews showed resistance to change rather than technical trouble. "
                "Nobody had explained why the system mattered, and the account managers "
                "feared that sharing their contacts would make them replaceable. Without "
                "staff support for CRM, the data stayed thin and the reports stayed wrong.",
            ),
            (H, "The relaunch"),
            (
                UL,
                (
                    "Each team chose one champion to test the system first.",
                    "Managers shared the client data they themselves entered.",
                    "Bonuses counted team results, not individual lists.",
                ),
            ),
            (
                TABLE,
                (
                    ("Quarter", "Accounts updated weekly"),
                    ("Before relaunch", "41%"),
                    ("Two quarters after", "83%"),
                ),
            ),
            (
                P,
                "The firm now runs total quality management reviews every quarter, and "
                "the TQM team checks the client records as part of its continuous "
                "improvement work. Customer retention rose once the data could be trusted. "
                "The CRM vendor's own customer service, incidentally, was never the "
                "problem.",
            ),
            (NOTE, "The reseller's managing director presented the case at a trade event."),
        ),
    ),
)


# -- the reference: plain text ----------------------------------------------------------------


def _rows(table: tuple) -> list[str]:
    return [" | ".join(row) for row in table]


def plain(text: Text, *, title: bool = True) -> str:
    """The reference text: title, then every block, hard-wrapped, a blank line between."""
    out = [text.title] if title else []
    for kind, value in text.blocks:
        if kind in (P, NOTE):
            out.append(textwrap.fill(value, 78))
        elif kind == H:
            out.append(value)
        elif kind == UL:
            out.append("\n".join(f"- {item}" for item in value))
        elif kind == TABLE:
            out.extend(_rows(value))
    return "\n\n".join(out) + "\n"


# -- PDF --------------------------------------------------------------------------------------

HEADER = "MKT 3204 Internal Marketing - Course pack"
FOOTER = "Department of Marketing | Page {page} of {pages}"


def _hyphenated_lines(paragraph: str, width: int) -> list[str]:
    """Greedy line filling that breaks a long word across the line end with a hyphen, as
    word processors and typesetters do (``motiva-`` / ``tion``)."""
    lines, line = [], ""
    for word in paragraph.split():
        candidate = f"{line} {word}".strip()
        if len(candidate) <= width:
            line = candidate
            continue
        room = width - len(line) - (2 if line else 1)  # the space and the hyphen
        if len(word) >= 8 and room >= 4 and word.isalpha():
            cut = min(room, len(word) - 3)
            lines.append(f"{line} {word[:cut]}-".strip())
            line = word[cut:]
        elif line.endswith(",") is False and "-" in word and word.index("-") + 1 <= room:
            first, rest = word.split("-", 1)  # a compound breaks at its own hyphen
            lines.append(f"{line} {first}-".strip())
            line = rest
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def pdf_lines(text: Text, width: int = 62) -> list[tuple[str, str]]:
    """The body as (kind, line) pairs, headings and list items on lines of their own."""
    lines = [("h", text.title)]
    for kind, value in text.blocks:
        if kind == H:
            lines.append(("h", value))
        elif kind in (P, NOTE):
            lines += [("p", line) for line in _hyphenated_lines(value, width)]
        elif kind == UL:
            for item in value:
                wrapped = _hyphenated_lines(item, width - 2)
                lines.append(("li", "\x95 " + wrapped[0]))
                lines += [("li", "  " + more) for more in wrapped[1:]]
        elif kind == TABLE:
            lines += [("td", "    ".join(row)) for row in value]
        lines.append(("gap", ""))
    return lines


def pdf_file(text: Text, lines_per_page: int = 22) -> bytes:
    """A multi-page PDF: running header and footer with page numbers on every page, the body
    cut into pages by line count (so a page break falls inside a sentence)."""
    import imkg_test_pdf as pdf

    body = pdf_lines(text)
    pages = [body[i : i + lines_per_page] for i in range(0, len(body), lines_per_page)]
    drawn = []
    for number, page in enumerate(pages, 1):
        items = [(72, 760, 9, HEADER), (72, 40, 9, FOOTER.format(page=number, pages=len(pages)))]
        y = 720
        for kind, line in page:
            if kind == "gap":
                y -= 8
                continue
            items.append((72, y, 13 if kind == "h" else 11, line))
            y -= 20 if kind == "h" else 15
        drawn.append(items)
    return pdf.pdf_pages(drawn, title=text.title, author="Course team")


# -- DOCX -------------------------------------------------------------------------------------


def docx_file(text: Text) -> bytes:
    """A Word file: title and headings in heading styles, a bulleted list, a table with a
    header row, and the note as a real footnote on the first paragraph."""
    import docx

    made = docx.Document()
    made.core_properties.title = text.title
    made.add_heading(text.title, level=1)
    first_paragraph = None
    for kind, value in text.blocks:
        if kind == H:
            made.add_heading(value, level=2)
        elif kind == P:
            paragraph = made.add_paragraph(value)
            first_paragraph = first_paragraph or paragraph
        elif kind == UL:
            for item in value:
                made.add_paragraph(item, style="List Bullet")
        elif kind == TABLE:
            table = made.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for row, cells in zip(table.rows, value, strict=True):
                for cell, content in zip(row.cells, cells, strict=True):
                    cell.text = content
        elif kind == NOTE:
            _add_footnote(made, first_paragraph, value)
    section = made.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = "Department of Marketing"
    buffer = io.BytesIO()
    made.save(buffer)
    return buffer.getvalue()


def _add_footnote(document, paragraph, note: str) -> None:
    """Add a footnote part (python-docx has no API for footnotes) and a reference to it."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    escaped = note.replace("&", "&amp;").replace("<", "&lt;")
    xml = (
        f"<w:footnotes {ns}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escaped}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode(),
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:footnoteReference {ns} w:id="1"/>'))


# -- HTML -------------------------------------------------------------------------------------

NAV = """<nav class="site-nav"><ul>
  <li><a href="/">Home</a></li><li><a href="/topics/internal-marketing">Internal marketing</a></li>
  <li><a href="/topics/employee-engagement">Employee engagement</a></li>
  <li><a href="/topics/customer-service">Customer service</a></li></ul></nav>"""
MENU_DIV = """<div class="menu" role="navigation"><a href="/">Home</a> |
  <a href="/im">Internal marketing</a> | <a href="/cx">Customer experience</a> |
  <a href="/hr">Staff motivation</a></div>"""
COOKIES = """<div id="cookie-banner" class="cookie-consent"><p>We use cookies to give you a
  good customer experience and to measure customer satisfaction with this site.
  <button>Accept all</button> <button>Settings</button></p></div>"""
SIDEBAR = """<aside class="sidebar"><h3>Related reading</h3><ul>
  <li><a href="/a">Ten ways to boost job satisfaction</a></li>
  <li><a href="/b">Service quality in five minutes</a></li>
  <li><a href="/c">Why employee retention matters</a></li></ul></aside>"""
SIDEBAR_DIV = """<div class="widget related-posts"><h4>Popular posts</h4>
  <p><a href="/a">Empowerment: a checklist</a></p>
  <p><a href="/b">Internal communication templates</a></p></div>"""
FOOTER_HTML = """<footer><p>&copy; 2024 Services Marketing Hub. Customer service: Mon-Fri.
  Privacy | Terms | Contact</p><p>Subscribe for weekly notes on internal marketing.</p></footer>"""
FOOTER_DIV = """<div id="footer" class="site-footer"><p>Copyright 2024 Course Notes Online.
  Questions about service quality? Write to us.</p></div>"""


def _html_body(text: Text) -> str:
    out = [f"<h1>{text.title}</h1>"]
    for kind, value in text.blocks:
        if kind == H:
            out.append(f"<h2>{value}</h2>")
        elif kind == P:
            out.append(f"<p>{_wrap_html(value)}</p>")
        elif kind == UL:
            out.append("<ul>" + "".join(f"<li>{item}</li>" for item in value) + "</ul>")
        elif kind == TABLE:
            head, *rows = value
            out.append(
                "<table><thead><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr></thead>"
                + "<tbody>"
                + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
                + "</tbody></table>"
            )  # fmt: skip
        elif kind == NOTE:
            out.append(f'<p class="note"><small>{value}</small></p>')
    return "\n".join(out)


def _wrap_html(value: str) -> str:
    return "\n".join(textwrap.wrap(value, 90))


def html_file(text: Text, style: int) -> bytes:
    """A web page; ``style`` picks the markup: 0 ``<article>`` inside ``<main>`` with semantic
    ``<nav>``/``<aside>``/``<footer>``; 1 ``<main>`` only; 2 no landmarks at all, every part a
    ``<div>`` with a class name (as many older sites and blog themes are)."""
    body = _html_body(text)
    head = f"<head><meta charset='utf-8'><title>{text.title} | Course Notes</title></head>"
    if style == 0:
        page = (f"<header>{NAV}</header>{COOKIES}<main><article>{body}</article>"
                f"{SIDEBAR}</main>{FOOTER_HTML}")  # fmt: skip
    elif style == 1:
        page = f"{NAV}{COOKIES}<main>{body}</main>{SIDEBAR}{FOOTER_HTML}"
    else:
        page = (f'<div id="top">{MENU_DIV}</div>{COOKIES}<div id="wrapper">'
                f'<div class="post-content entry">{body}</div>{SIDEBAR_DIV}</div>'
                f"{FOOTER_DIV}")  # fmt: skip
    return f"<!DOCTYPE html><html lang='en'>{head}<body>{page}</body></html>".encode()


# -- Markdown ---------------------------------------------------------------------------------

# Labels whose first word is emphasised, and labels made into links, in the Markdown file.
_EMPHASIS = ("job satisfaction", "service quality", "patient satisfaction", "crew motivation",
             "customer orientation", "resistance to change", "open communication")  # fmt: skip
_LINKED = ("internal marketing", "internal communication", "psychological safety",
           "total quality management", "customer retention")  # fmt: skip


def _markdown_inline(value: str) -> str:
    for label in _EMPHASIS:
        first, rest = label.split(" ", 1)
        value = re.sub(rf"\b({first})( {rest})\b", r"*\1*\2", value, count=1,
                       flags=re.IGNORECASE)  # fmt: skip
    for label in _LINKED:
        slug = label.replace(" ", "-")
        value = re.sub(rf"\b({label})\b", rf"[\1](https://example.org/glossary/{slug})", value,
                       count=1, flags=re.IGNORECASE)  # fmt: skip
    return value


def _fill(value: str) -> str:
    """Wrap at 80 columns as an editor does: never inside a word or a link's address."""
    return textwrap.fill(value, 80, break_on_hyphens=False, break_long_words=False)


def markdown_file(text: Text) -> bytes:
    """Markdown with front matter, emphasis inside labels, links and a table."""
    out = [f'---\ntitle: "{text.title}"\nkind: course\nauthors:\n  - Course team\n---', ""]
    for kind, value in text.blocks:
        if kind == H:
            out.append(f"## {value}")
        elif kind == P:
            out.append(_fill(_markdown_inline(value)))
        elif kind == UL:
            out.append("\n".join(f"* {_markdown_inline(item)}" for item in value))
        elif kind == TABLE:
            rows = _rows(value)
            out.append("\n".join([f"| {rows[0]} |", "|" + "---|" * len(value[0])]
                                 + [f"| {r} |" for r in rows[1:]]))  # fmt: skip
        elif kind == NOTE:
            out.append(_fill(f"_Note:_ {value}"))
        out.append("")
    return "\n".join(out).encode()


# -- e-mail -----------------------------------------------------------------------------------


def email_file(text: Text) -> bytes:
    """A tutor's reply that quotes the case a colleague sent, hard-wrapped at 72 with ``> ``
    before every quoted line, with mail headers and a signature after ``-- ``."""
    quoted = "\n".join(f"> {line}".rstrip() for line in plain(text).rstrip("\n").splitlines())
    reply = textwrap.fill(
        "Thanks, this reads well. I have left it as you sent it below; could you add the "
        "reading list before Thursday's session?", 72)  # fmt: skip
    return (
        "From: Dr Hannah Okafor <h.okafor@example.ac.uk>\n"
        "To: Module team <mkt3204@example.ac.uk>\n"
        f"Subject: Re: {text.title}\n"
        "Date: Tue, 8 Oct 2024 09:14:02 +0100\n\n"
        f"{reply}\n\nHannah\n\n"
        "On Mon, 7 Oct 2024 at 17:40, Sam Reid <s.reid@example.ac.uk> wrote:\n"
        f"{quoted}\n\n"
        "-- \nDr Hannah Okafor\nSenior Lecturer in Services Marketing and Internal Marketing\n"
        "Module lead, MKT 3204 | Customer Service Excellence Award 2023\n"
    ).encode()


# -- measuring --------------------------------------------------------------------------------

FORMATS = ("pdf", "docx", "html-article", "html-main", "html-div", "md", "email")


def build(text: Text, fmt: str, folder: Path) -> Path:
    """Write ``text`` as a file of format ``fmt`` in ``folder``; return its path."""
    makers = {
        "txt": (".txt", lambda t: plain(t).encode()),
        "pdf": (".pdf", pdf_file),
        "docx": (".docx", docx_file),
        "html-article": (".html", lambda t: html_file(t, 0)),
        "html-main": (".htm", lambda t: html_file(t, 1)),
        "html-div": (".html", lambda t: html_file(t, 2)),
        "md": (".md", markdown_file),
        "email": (".txt", email_file),
    }
    suffix, make = makers[fmt]
    path = folder / f"{text.slug}-{fmt}{suffix}"
    path.write_bytes(make(text))
    return path


def analysis(path: Path) -> tuple[Counter, set, str]:
    """(concept counts, proposed (cause, effect) pairs, text read) for one file."""
    from imkg.ingest import propose_text
    from imkg.ingest.readers import read_document

    read = read_document(path).text
    mentions, proposals = propose_text(read)
    pairs = {(p.cause_iri.rsplit("/", 1)[-1], p.effect_iri.rsplit("/", 1)[-1]) for p in proposals}
    return Counter(m.concept for m in mentions), pairs, read


def measure(folder: Path) -> dict[str, dict[str, tuple[Counter, Counter, set, set]]]:
    """Per format, per text: (lost mentions, extra mentions, lost pairs, extra pairs)."""
    result: dict = {fmt: {} for fmt in FORMATS}
    for text in TEXTS:
        want, want_pairs, _ = analysis(build(text, "txt", folder))
        for fmt in FORMATS:
            got, got_pairs, _ = analysis(build(text, fmt, folder))
            result[fmt][text.slug] = (want - got, got - want, want_pairs - got_pairs,
                                      got_pairs - want_pairs)  # fmt: skip
    return result


if __name__ == "__main__":  # a report: python -P tests/formats.py
    import importlib.util
    import sys
    import tempfile

    spec = importlib.util.spec_from_file_location("imkg_test_pdf", Path(__file__).parent / "pdf.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["imkg_test_pdf"] = module
    spec.loader.exec_module(module)
    with tempfile.TemporaryDirectory() as folder:
        total = sum(analysis(build(t, "txt", Path(folder)))[0].total() for t in TEXTS)
        print(f"reference: {total} mentions in {len(TEXTS)} texts")
        for fmt, texts in measure(Path(folder)).items():
            lost = sum(v[0].total() for v in texts.values())
            extra = sum(v[1].total() for v in texts.values())
            lost_p = sum(len(v[2]) for v in texts.values())
            extra_p = sum(len(v[3]) for v in texts.values())
            print(f"{fmt:13} lost {lost:3} extra {extra:3} | pairs lost {lost_p} extra {extra_p}")
            if "-v" in sys.argv:
                for slug, (lo, ex, lp, xp) in texts.items():
                    if lo or ex or lp or xp:
                        print(
                            f"   {slug}: lost {dict(lo)} extra {dict(ex)} "
                            f"pairs lost {sorted(lp)} extra {sorted(xp)}"
                        )


PARAGRAPH = b"<w:p><w:r><w:t>internal marketing</w:t></w:r></w:p>"


def docx_bytes(document) -> bytes:
    """A python-docx document saved to bytes."""
    import io

    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def padded_docx(paragraphs: int) -> bytes:
    """A real DOCX whose body starts with ``paragraphs`` copies of one short paragraph."""
    import io
    import zipfile

    import docx

    made = docx.Document()
    made.add_paragraph("Empowerment raises job satisfaction.")
    source = zipfile.ZipFile(io.BytesIO(docx_bytes(made)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as packed:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + PARAGRAPH * paragraphs)
            packed.writestr(info.filename, data)
    return out.getvalue()
