"""Packed formats cannot unfold without bound: a DOCX is a ZIP archive and a PDF holds
compressed streams, so a small file could hold gigabytes of XML or text. Each is refused
with one clear reason, and the DOCX text reader gives what python-docx gives."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import imkg_test_pdf as pdf
import pytest
from docx.enum.text import WD_BREAK
from docx.table import Table
from imkg_test_formats import PARAGRAPH, docx_bytes, padded_docx

from imkg.ingest.docx_text import MAX_UNPACKED, check_unpacked_size
from imkg.ingest.readers import ReadError, read_document


def test_a_docx_that_unpacks_past_the_limit_is_refused_before_it_is_parsed(tmp_path):
    paragraphs = MAX_UNPACKED // len(PARAGRAPH) + 1_000
    bomb = padded_docx(paragraphs)
    assert len(bomb) < MAX_UNPACKED // 100  # a small file ...
    with pytest.raises(ReadError, match="unpacks to more than"):  # ... that unfolds too far
        read_document(tmp_path / "outline.docx", data=bomb)


def test_the_unpacked_size_is_counted_not_taken_from_the_directory():
    data = padded_docx(20_000)  # about 1 MB of XML in a few KB
    check_unpacked_size(data, limit=2_000_000)
    with pytest.raises(ReadError, match="unpacks to more than 500,000 bytes"):
        check_unpacked_size(data, limit=500_000)
    lying = bytearray(data)
    # Make the directory claim tiny sizes: the count must still find the real size.
    archive = zipfile.ZipFile(io.BytesIO(data))
    for info in archive.infolist():
        lying = lying.replace(
            info.file_size.to_bytes(4, "little"), (1).to_bytes(4, "little")
        ) if info.file_size > 100_000 else lying  # fmt: skip
    with pytest.raises(ReadError):
        check_unpacked_size(bytes(lying), limit=500_000)


def test_reading_stops_once_the_text_passes_the_limit(tmp_path):
    data = padded_docx(20_000)
    assert read_document(tmp_path / "a.docx", data=data).text.count("internal marketing") == 20_000
    with pytest.raises(ReadError, match="longer than 100,000 characters"):
        read_document(tmp_path / "a.docx", data=data, max_chars=100_000)
    words = [f"{a}{b}" for a in "klmnp" for b in "aeiou"]  # a different line on every page
    pages = [[(72, 720, 12, f"Empowerment of {w} staff raises job satisfaction.")] for w in words]
    document = pdf.pdf_pages(pages)
    assert "Empowerment" in read_document(tmp_path / "a.pdf", data=document).text
    with pytest.raises(ReadError, match="longer than 1,000 characters"):
        read_document(tmp_path / "a.pdf", data=document, max_chars=1_000)


def _python_docx_text(data: bytes) -> str:
    """How python-docx's own objects read the body (the reader before it walked the XML)."""
    document = docx.Document(io.BytesIO(data))
    blocks = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = [c.text.strip() for c in row.cells if c.text.strip()]
                if cells:
                    blocks.append(" | ".join(dict.fromkeys(cells)))
        elif item.text.strip():
            blocks.append(item.text.strip())
    return "\n\n".join(blocks)


def test_the_docx_text_is_what_python_docx_reads(tmp_path):
    made = docx.Document()
    made.add_heading("Week plan", level=1)
    runs = made.add_paragraph("Empowerment")
    runs.add_run("\tand job satisfaction").add_break()
    runs.add_run("on a new line").add_break(WD_BREAK.PAGE)
    runs.add_run(" after a page break")
    table = made.add_table(rows=4, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"cell {r}{c}"
    table.cell(0, 0).merge(table.cell(0, 1))  # across: one cell spanning two columns
    table.cell(1, 2).merge(table.cell(3, 2))  # down: three rows share one cell
    table.cell(2, 0).text = ""
    made.add_paragraph("")
    made.add_paragraph("Service quality follows.")
    data = docx_bytes(made)
    path = Path(tmp_path / "plan.docx")
    assert read_document(path, data=data).text == _python_docx_text(data)
    assert "cell 12" in read_document(path, data=data).text.split("\n\n")[-2]


DRAW = b"BT /F1 12 Tf 72 720 Td (Empowerment raises job satisfaction.) Tj ET\n"


def test_a_pdf_whose_pages_draw_too_much_is_refused(tmp_path, monkeypatch):
    from imkg.ingest import readers

    monkeypatch.setattr(readers, "PDF_MAX_CONTENT", 2_000_000)
    document = pdf.pdf_one_stream(12, DRAW + b" " * 200_000)  # 2.4 MB drawn from a few KB
    with pytest.raises(ReadError, match="more than 2,000,000 bytes of drawing instructions"):
        read_document(tmp_path / "a.pdf", data=document)
    fits = pdf.pdf_one_stream(1, DRAW + b" " * 1_600_000)
    assert "Empowerment" in read_document(tmp_path / "a.pdf", data=fits).text


def test_a_pdf_stream_past_the_unpacking_limit_is_one_clear_reason(tmp_path):
    from imkg.ingest.readers import PDF_MAX_STREAM

    document = pdf.pdf_one_stream(1, DRAW + b" " * (PDF_MAX_STREAM + 1_000))
    assert len(document) < 100_000
    with pytest.raises(ReadError, match="not a readable PDF"):
        read_document(tmp_path / "a.pdf", data=document)
