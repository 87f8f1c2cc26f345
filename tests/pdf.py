"""Minimal PDFs for the reader and bad-file tests, written by hand (no PDF library)."""

from __future__ import annotations


def pdf_bytes(text: str, *, title: str | None = None, author: str | None = None) -> bytes:
    """A one-page PDF whose page shows ``text`` (Helvetica), with an info dictionary
    holding ``title`` and ``author`` when given."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return _document(objects, title, author, encoding="utf-8")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_pages(
    pages: list[list[tuple[float, float, float, str]]],
    *,
    title: str | None = None,
    author: str | None = None,
) -> bytes:
    """A PDF of several pages, each drawn from ``(x, y, size, text)`` lines in Helvetica
    (WinAnsi: ``\\x95`` is a bullet), with an info dictionary when ``title`` or ``author``
    is given."""
    count = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
    font = 3 + 2 * count
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode()]  # fmt: skip
    for i, lines in enumerate(pages):
        stream = "\n".join(
            f"BT /F1 {size} Tf {x} {y} Td ({_escape(text)}) Tj ET" for x, y, size, text in lines
        ).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding >>")  # fmt: skip
    title, author = (None if v is None else _escape(v) for v in (title, author))
    return _document(objects, title, author, encoding="latin-1")


def _document(objects: list[bytes], title: str | None, author: str | None, *,
              encoding: str) -> bytes:  # fmt: skip
    """The file around ``objects`` (the catalog first): an info dictionary when ``title`` or
    ``author`` is given, the cross-reference table and the trailer."""
    info = b""
    if title is not None or author is not None:
        fields = (f"/Title ({title})" if title is not None else "",
                  f"/Author ({author})" if author is not None else "")  # fmt: skip
        objects = [*objects, f"<< {' '.join(f for f in fields if f)} >>".encode(encoding)]
        info = b" /Info %d 0 R" % len(objects)
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, info, xref)  # fmt: skip
    return bytes(out)


def pdf_one_stream(pages: int, content: bytes) -> bytes:
    """A PDF whose ``pages`` pages all draw one Flate-compressed stream of ``content``: a
    small file that unpacks to ``pages`` times ``content`` for a reader."""
    import zlib

    stream = zlib.compress(content, 9)
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
               + b"\nendstream"]  # fmt: skip
    font = 4 + pages
    objects += [
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
        f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        for _ in range(pages)
    ]
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return _document(objects, None, None, encoding="latin-1")
