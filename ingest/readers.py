"""Readers for the formats course material comes in: text, Markdown, HTML, PDF and DOCX.

Each reader returns the document's plain text (what offsets refer to), its title and what
metadata the file carries. Anything that is not a readable document raises
:class:`ReadError` with one short reason: unreadable, binary, undecodable, empty, too big.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from imkg.config import env_int
from imkg.ingest.docx_text import read_docx
from imkg.ingest.errors import ReadError
from imkg.ingest.layout import dehyphenate, drop_page_furniture, join_pages, strip_mail
from imkg.ingest.markup import html_to_text, markdown_to_text, split_front_matter

MAX_BYTES = env_int("IMKG_INGEST_MAX_BYTES", 20_000_000)
MAX_CHARS = 5_000_000  # the most text one document may hold (the pipeline's max_length)
# A PDF's pages may all draw one content stream, and pypdf unpacks a stream to 75 MB: a small
# file could make every page parse 75 MB. Streams are cut at 10 MB (a page of text is tens
# of KB), and reading stops at ``MAX_PDF_PAGES`` pages or once the text passes ``max_chars``.
PDF_MAX_STREAM = 10_000_000
MAX_PDF_PAGES = 5_000
# pypdf parses a page's drawing instructions at about 9 MB/s, and pages may share one stream:
# 3,000 pages drawing the same 1 MB stream (a 480 KB file) held the reader for minutes.
PDF_MAX_CONTENT = 64_000_000  # bytes of drawing instructions read over all pages
_PDF_STREAM_LIMITS = (
    "maximum_declared_stream_length",
    "array_based_stream_maximum_output_length",
    "lzw_maximum_output_length",
    "run_length_maximum_output_length",
    "zlib_maximum_output_length",
    "brotli_maximum_output_length",
)
MEDIA_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
SNIFF_BYTES = 8192


@dataclass
class SourceDocument:
    """A document as read from a file: plain text, title, media type and metadata."""

    text: str
    title: str
    media_type: str
    content_hash: str
    metadata: dict[str, str] = field(default_factory=dict)


def content_hash(data: bytes) -> str:
    """Return the ``sha256:...`` hash documents are keyed by."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a file's bytes, turning every reason it cannot be read into a :class:`ReadError`."""
    try:
        info = path.stat()
    except OSError as err:
        raise ReadError(_os_reason(err)) from err
    if not path.is_file():
        raise ReadError("not a regular file")
    if info.st_size == 0:
        raise ReadError("empty file")
    if info.st_size > max_bytes:
        raise ReadError(f"too big ({info.st_size:,} bytes; the limit is {max_bytes:,})")
    try:
        return path.read_bytes()
    except OSError as err:
        raise ReadError(_os_reason(err)) from err


def path_text(path: Path | str) -> str:
    """A path as text that can be stored and printed: a name whose bytes are not UTF-8 (or
    any non-ASCII name read under ``LANG=C``) holds lone surrogates, which RDF literals
    refuse; those bytes become ``\\xNN`` escapes instead.

    >>> path_text(os.fsdecode(b"caf\\xe9.md"))
    'caf\\\\xe9.md'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _os_reason(err: OSError) -> str:
    if err.errno == 40:  # ELOOP
        return "symbolic link loop"
    if isinstance(err, FileNotFoundError):
        return "no such file (or a broken symbolic link)"
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {err.strerror or err}"


def decode(data: bytes) -> str:
    """Decode text bytes: UTF-8 (with or without BOM) or BOM-marked UTF-16; else fail."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(data, "utf-16")
    if b"\0" in data[:SNIFF_BYTES]:
        if _looks_like_utf16(data[:SNIFF_BYTES]):
            raise ReadError("UTF-16 text without a byte order mark: save it as UTF-8")
    elif b"\0" not in data:  # the usual case; a NUL further in is binary all the same
        return _decode(data, "utf-8-sig")
    raise ReadError("binary data (NUL bytes), not text")


def _looks_like_utf16(head: bytes) -> bool:
    """Mostly-ASCII UTF-16 has a NUL in (nearly) every other byte, the same half each time."""
    halves = head[0::2], head[1::2]
    return len(head) >= 8 and any(half.count(0) >= 0.9 * len(half) for half in halves)


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise ReadError(
            f"not valid {encoding.removesuffix('-sig').upper()} text "
            f"(byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from err


def read_document(
    path: Path,
    *,
    data: bytes | None = None,
    max_bytes: int = MAX_BYTES,
    max_chars: int | None = MAX_CHARS,
) -> SourceDocument:
    """Read one file (or its ``data``, already read) into a :class:`SourceDocument`.

    ``max_chars`` bounds the text (a PDF or DOCX, whose bytes are packed, may unfold into far
    more); reading stops as soon as it is passed.

    Raises:
        ReadError: the file cannot be read, is binary, undecodable, empty or too big.
    """
    if data is None:
        data = read_bytes(path, max_bytes=max_bytes)
    media_type = MEDIA_TYPES.get(path.suffix.lower()) or _sniff(data)
    reader = READERS[media_type]
    text, title, metadata = reader(path, data, max_chars)
    text = text.strip("\n")
    if max_chars is not None and len(text) > max_chars:
        raise ReadError(f"its text is longer than {max_chars:,} characters")
    if not text.strip():
        raise ReadError("no text in it (empty document)")
    return SourceDocument(
        text=text,
        title=title or path_text(path.stem).replace("-", " ").replace("_", " "),
        media_type=media_type,
        content_hash=content_hash(data),
        metadata=metadata,
    )


def _sniff(data: bytes) -> str:
    if data.startswith(b"%PDF-"):
        return MEDIA_TYPES[".pdf"]
    if data.startswith(b"PK\x03\x04"):
        raise ReadError("a ZIP archive of an unsupported kind (expected .docx)")
    head = data[:SNIFF_BYTES].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return MEDIA_TYPES[".html"]
    if b"\0" in data[:SNIFF_BYTES]:
        raise ReadError("binary file of an unsupported format")
    return MEDIA_TYPES[".txt"]


Reader = Callable[[Path, bytes, int | None], tuple[str, str, dict[str, str]]]


def read_text(
    path: Path, data: bytes, max_chars: int | None = None
) -> tuple[str, str, dict[str, str]]:
    """Plain text: the first line is the title when it is short and followed by a blank line.

    A mail saved as text loses its header block (its subject is the title) and signature."""
    text, subject = strip_mail(decode(data).replace("\r\n", "\n"))
    first, _, rest = text.lstrip().partition("\n")
    title = first.strip() if len(first) < 120 and rest.startswith("\n") else ""
    return text, subject or title, {}


def read_markdown(
    path: Path, data: bytes, max_chars: int | None = None
) -> tuple[str, str, dict[str, str]]:
    """Markdown with optional YAML front matter (title, kind, licence, authors, id)."""
    metadata, body = split_front_matter(decode(data).replace("\r\n", "\n"))
    text, heading = markdown_to_text(body)
    return text, metadata.get("title") or heading, metadata


def read_html(
    path: Path, data: bytes, max_chars: int | None = None
) -> tuple[str, str, dict[str, str]]:
    """HTML: text of the block elements; title from ``<title>`` or the first heading."""
    return html_to_text(decode(data))


def read_pdf(
    path: Path, data: bytes, max_chars: int | None = None
) -> tuple[str, str, dict[str, str]]:
    """PDF via pypdf: the text of every page; title and author from the document info.

    Running headers and footers and page numbers are dropped, words hyphenated at a line end
    joined, and a sentence cut by a page break joined again (see :mod:`imkg.ingest.layout`).
    """
    import io

    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import PyPdfError

    # pypdf logs what it finds damaged ("EOF marker not found"); the ReadError below is the
    # one line a user should see per file.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    limits = {name: PDF_MAX_STREAM for name in _PDF_STREAM_LIMITS}
    try:
        with apply_configuration(**limits):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                raise ReadError("encrypted PDF")
            pages = _pdf_pages(reader, max_chars)
            info = reader.metadata or {}
    except (PyPdfError, ValueError, KeyError, OSError) as err:
        raise ReadError(f"not a readable PDF ({err})") from err
    pages = drop_page_furniture([re.sub(r"[ \t]+\n", "\n", p).strip() for p in pages])
    text = dehyphenate(join_pages(pages))
    metadata = {"authors": str(info.get("/Author", "") or "")}
    return text, str(info.get("/Title", "") or ""), {k: v for k, v in metadata.items() if v}


def _pdf_pages(reader, max_chars: int | None) -> list[str]:
    if len(reader.pages) > MAX_PDF_PAGES:
        raise ReadError(f"it has {len(reader.pages):,} pages; at most {MAX_PDF_PAGES:,} are read")
    pages, size, drawn = [], 0, 0
    for page in reader.pages:
        drawn += _content_bytes(page)
        if drawn > PDF_MAX_CONTENT:
            raise ReadError(
                f"its pages hold more than {PDF_MAX_CONTENT:,} bytes of drawing instructions"
            )
        pages.append(page.extract_text() or "")
        size += len(pages[-1])
        if max_chars is not None and size > max_chars:
            raise ReadError(f"its text is longer than {max_chars:,} characters")
    return pages


def _content_bytes(page) -> int:
    """The size of a page's drawing instructions, unpacked (pypdf keeps what it unpacked)."""
    from pypdf.generic import ArrayObject

    contents = page.get("/Contents")
    if contents is None:
        return 0
    contents = contents.get_object()
    streams = contents if isinstance(contents, ArrayObject) else [contents]
    return sum(len(stream.get_object().get_data()) for stream in streams)


READERS: dict[str, Reader] = {
    "text/plain": read_text,
    "text/markdown": read_markdown,
    "text/html": read_html,
    "application/pdf": read_pdf,
    MEDIA_TYPES[".docx"]: read_docx,
}
