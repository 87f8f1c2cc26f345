"""Readers on real files of every supported format, and the reasons bad files are refused."""

import os
from pathlib import Path

import docx
import imkg_test_pdf as pdf
import pytest

from imkg.ingest.readers import ReadError, read_document


def make_pdf(path: Path, text: str, title: str) -> None:
    """Write a one-page PDF with a text layer (Helvetica) and a document title."""
    path.write_bytes(pdf.pdf_bytes(text, title=title, author="A. Writer"))


def test_markdown_front_matter_and_plain_text(tmp_path):
    path = tmp_path / "unit.md"
    front = '---\ntitle: "Unit one"\nkind: course\nlicence: CC-BY-4.0\n---\n\n'
    body = "# Heading\n\nSome **empowerment** here.\n\n| a | b |\n|---|---|\n| c | d |\n"
    path.write_text(front + body)
    document = read_document(path)
    assert document.title == "Unit one"
    assert document.metadata["kind"] == "course" and document.metadata["licence"] == "CC-BY-4.0"
    assert document.text == "Heading\n\nSome empowerment here.\n\na | b\n\nc | d"
    assert document.media_type == "text/markdown"
    assert document.content_hash.startswith("sha256:")


def test_markdown_title_falls_back_to_first_heading(tmp_path):
    path = tmp_path / "x.md"
    path.write_text("# The real title\n\nBody.\n")
    assert read_document(path).title == "The real title"


def test_html_title_meta_and_blocks(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Page T</title><meta name='author' content='Ann'>"
                    "<style>p{}</style></head><body><h1>H</h1><p>Hello <em>team</em>.</p>"
                    "<script>var x;</script></body></html>")  # fmt: skip
    document = read_document(path)
    assert (document.title, document.text) == ("Page T", "H\n\nHello team.")
    assert document.metadata["authors"] == "Ann"


def test_pdf_text_and_title(tmp_path):
    path = tmp_path / "slides.pdf"
    make_pdf(path, "Empowerment drives job satisfaction.", "IM slides")
    document = read_document(path)
    assert document.title == "IM slides"
    assert "Empowerment drives job satisfaction." in document.text
    assert document.metadata["authors"] == "A. Writer"


def test_docx_paragraphs_tables_and_core_properties(tmp_path):
    path = tmp_path / "notes.docx"
    made = docx.Document()
    made.core_properties.title = "Notes"
    made.add_paragraph("Service quality matters.")
    made.add_table(rows=1, cols=2).rows[0].cells[0].text = "cell one"
    made.save(path)
    document = read_document(path)
    assert document.title == "Notes"
    assert document.text == "Service quality matters.\n\ncell one"


def test_plain_text_title_from_first_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A title\n\nThe body.\n")
    assert read_document(path).title == "A title"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.md", b"", "empty file"),
        ("blank.md", b"\n  \n", "no text"),
        ("binary.txt", b"abc\x00\x01\x02def", "binary data"),
        ("latin1.md", "caf\xe9 ok".encode("latin-1"), "not valid UTF-8 text (byte 0xe9"),
        ("blob.bin", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file of an unsupported format"),
        ("fake.pdf", b"%PDF-1.4 garbage", "not a readable PDF"),
        ("fake.docx", b"PK\x03\x04 not really", "not a readable DOCX"),
    ],
)
def test_bad_files_give_one_clear_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError, match=None) as caught:
        read_document(path)
    assert reason in str(caught.value)


def test_oversize_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no real bytes written
        handle.truncate(50_000_000)
    with pytest.raises(ReadError, match="too big"):
        read_document(path, max_bytes=1_000_000)


def test_unreadable_paths(tmp_path):
    (tmp_path / "loop.md").symlink_to(tmp_path / "loop.md")
    (tmp_path / "broken.md").symlink_to(tmp_path / "nowhere.md")
    with pytest.raises(ReadError, match="symbolic link loop"):
        read_document(tmp_path / "loop.md")
    with pytest.raises(ReadError, match="broken symbolic link"):
        read_document(tmp_path / "broken.md")
    with pytest.raises(ReadError, match="not a regular file"):
        read_document(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_permission_denied(tmp_path):
    path = tmp_path / "secret.md"
    path.write_text("text")
    path.chmod(0)
    with pytest.raises(ReadError, match="permission denied"):
        read_document(path)


def test_html_reads_innermost_blocks_and_drops_boilerplate_at_any_depth():
    from imkg.ingest.markup import html_to_text

    page = (
        "<html><body><div class='site-menu'><p>Home</p></div>"
        "<main><header><h1>Week 3</h1></header>"
        "<section><div><div><p>Empowerment comes first.</p>"
        "<div aria-hidden='true'><p>Skip me</p></div><aside><p>A box kept.</p></aside></div>"
        "<ul><li>Job satisfaction</li><li><div>Service quality</div></li></ul></div></section>"
        "<footer><p>Page footer</p></footer></main>"
        "<aside><p>Site sidebar</p></aside></body></html>"
    )
    text, title, _ = html_to_text(page)
    assert text.split("\n\n") == [
        "Week 3", "Empowerment comes first.", "A box kept.", "Job satisfaction", "Service quality"
    ]  # fmt: skip
    assert title == "Week 3"
    deep = "<html><body>" + "<div>" * 5_000 + "<p>inner</p>" + "</div>" * 5_000 + "</body></html>"
    assert html_to_text(deep)[0] == "inner"


def test_a_nul_byte_past_the_sniffed_head_is_binary_too(tmp_path):
    path = tmp_path / "padded.txt"
    path.write_bytes(b"Staff training matters.\n" * 1_000 + b"\x00\x00 trailing block")
    with pytest.raises(ReadError, match="binary data"):
        read_document(path)


def test_a_file_name_that_is_not_utf8_gives_a_title_that_can_be_stored(tmp_path):
    import pyoxigraph as ox

    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/r\xe9sum\xe9_week-2.md"))
    path.write_text("Service quality matters here.\n")
    title = read_document(path).title
    assert title == "r\\xe9sum\\xe9 week 2"
    ox.Literal(title)  # a lone surrogate would be refused here
