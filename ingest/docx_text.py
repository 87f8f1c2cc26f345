"""DOCX: the text of paragraphs and tables in document order, then footnotes and endnotes.

python-docx opens the package (parts, relationships, core properties); the text is read from
its XML tree here. Two reasons:

- A DOCX is a ZIP archive, and a small one can unpack to gigabytes: 850 KB that unpacked to
  280 MB of ``document.xml`` held a reader for more than ten minutes. The archive's members
  are unpacked and counted (``MAX_UNPACKED``) before anything parses them.
- python-docx evaluates an XPath expression for every paragraph and run (about 0.3 ms a
  paragraph: 100,000 short paragraphs, a 49 KB file, took 25 s); walking the tree with lxml
  takes microseconds, and reading stops once the text passes ``max_chars``.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from imkg.config import env_int
from imkg.ingest.errors import ReadError

MAX_UNPACKED = env_int("IMKG_INGEST_MAX_UNPACKED", 100_000_000)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _R, _SDT = (f"{_W}{n}" for n in ("p", "tbl", "tr", "tc", "r", "sdt"))
_SDT_CONTENT, _HYPERLINK = f"{_W}sdtContent", f"{_W}hyperlink"
# What a run's children stand for in its text (as python-docx reads them).
_RUN_TEXT = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
_NOTE_PARTS = ("/footnotes", "/endnotes")


def read_docx(path: Path, data: bytes, max_chars: int | None = None) -> tuple[str, str, dict]:
    """Paragraphs and table rows (a row's distinct cells joined by `` | ``) in document
    order, then the footnotes and endnotes; title and author from the core properties. Page
    headers and footers are not read.

    Raises:
        ReadError: not a DOCX, it unpacks to more than ``MAX_UNPACKED`` bytes, or its text
            is longer than ``max_chars``.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_unpacked_size(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise ReadError("not a readable DOCX file") from err
    blocks: list[str] = []
    size = 0
    for block in _blocks(document.element.body):
        blocks.append(block)
        size += len(block) + 2
        if max_chars is not None and size > max_chars:
            raise ReadError(f"its text is longer than {max_chars:,} characters")
    blocks += _notes(document)
    props = document.core_properties
    metadata = {"authors": props.author or ""}
    return "\n\n".join(blocks), props.title or "", {k: v for k, v in metadata.items() if v}


def check_unpacked_size(data: bytes, limit: int = MAX_UNPACKED) -> None:
    """Unpack every member of the archive, counting bytes (the sizes its directory declares
    can lie), and refuse it past ``limit``."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as err:
        raise ReadError("not a readable DOCX file") from err
    total = 0
    with archive:
        for member in archive.infolist():
            try:
                with archive.open(member) as stream:
                    while chunk := stream.read(1 << 20):
                        total += len(chunk)
                        if total > limit:
                            raise ReadError(
                                f"it unpacks to more than {limit:,} bytes (a ZIP bomb?)"
                            )
            except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError) as err:
                raise ReadError("not a readable DOCX file") from err


def _blocks(body) -> Iterator[str]:
    """The body's paragraphs and table rows with text, in order; content controls opened."""
    for child in body.iterchildren(_P, _TBL, _SDT):
        if child.tag == _P:
            text = _paragraph_text(child).strip()
            if text:
                yield text
        elif child.tag == _TBL:
            yield from _rows(child)
        else:
            for content in child.iterchildren(_SDT_CONTENT):
                yield from _blocks(content)


def _paragraph_text(paragraph) -> str:
    """A paragraph's runs, and the runs of its hyperlinks, as python-docx reads them."""
    parts = []
    for node in paragraph.iterchildren(_R, _HYPERLINK):
        runs = node.iterchildren(_R) if node.tag == _HYPERLINK else (node,)
        for run in runs:
            for item in run.iterchildren():
                tag = item.tag
                if tag == f"{_W}t":
                    parts.append(item.text or "")
                elif tag == f"{_W}br":
                    parts.append("\n" if item.get(f"{_W}type") in (None, "textWrapping") else "")
                else:
                    parts.append(_RUN_TEXT.get(tag, ""))
    return "".join(parts)


def _rows(table) -> Iterator[str]:
    """Each row's distinct cell texts joined by `` | ``; a cell merged down from the row
    above repeats that cell's text, as python-docx gives it."""
    above: dict[int, str] = {}  # grid column -> text of the cell that covers it
    for row in table.iterchildren(_TR):
        column = _grid_before(row)
        cells = []
        for cell in row.iterchildren(_TC):
            span, merged = _cell_layout(cell)
            if merged:
                text = above.get(column, "")
            else:
                paragraphs = (_paragraph_text(p) for p in cell.iterchildren(_P))
                text = "\n".join(paragraphs).strip()
            for offset in range(span):
                above[column + offset] = text
            column += span
            if text:
                cells.append(text)
        if cells:
            yield " | ".join(dict.fromkeys(cells))


def _grid_before(row) -> int:
    found = row.find(f"{_W}trPr/{_W}gridBefore")
    return _int(found.get(f"{_W}val")) if found is not None else 0


def _cell_layout(cell) -> tuple[int, bool]:
    """How many grid columns the cell spans, and whether it continues a vertical merge."""
    props = cell.find(f"{_W}tcPr")
    if props is None:
        return 1, False
    span = props.find(f"{_W}gridSpan")
    merge = props.find(f"{_W}vMerge")
    columns = max(1, _int(span.get(f"{_W}val"))) if span is not None else 1
    continued = merge is not None and merge.get(f"{_W}val") in (None, "continue")
    return columns, continued


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def _notes(document) -> list[str]:
    """The text of each footnote and endnote (python-docx does not read them), one block
    each; the separators Word keeps among them are left out."""
    from lxml import etree

    notes = []
    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith(_NOTE_PARTS):
            continue
        try:
            root = etree.fromstring(rel.target_part.blob)
        except etree.XMLSyntaxError:
            continue
        for note in root:
            if note.get(f"{_W}type") not in (None, "normal"):
                continue
            paragraphs = ["".join(t.text or "" for t in p.iter(f"{_W}t"))
                          for p in note.iter(_P)]  # fmt: skip
            text = " ".join(p.strip() for p in paragraphs if p.strip())
            if text:
                notes.append(text)
    return notes
