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
    info = b""
    if title is not None or author is not None:
        fields = (f"/Title ({title})" if title is not None else "",
                  f"/Author ({author})" if author is not None else "")  # fmt: skip
        objects.append(f"<< {' '.join(f for f in fields if f)} >>".encode())
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
