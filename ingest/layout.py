"""What page layout and mail programs add around a text, taken off before tagging.

- PDF: running headers and footers (the same line at the top or bottom of most pages, page
  numbers aside), bare page numbers, words hyphenated at a line end (``motiva-`` / ``tion``)
  and paragraphs cut by a page break.
- Plain text saved from a mail program: the header block (``From:``, ``Subject:``...) and the
  signature after the ``-- `` line. (The ``>`` marks of quoted replies stay in the text; the
  unwrap step reads past them, see :mod:`imkg.ingest.unwrap`.)

Each function takes and returns plain text; the readers call them, so offsets index the text
they return.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

# Lines at the top and bottom of a page looked at for running headers and footers.
FURNITURE_LINES = 3
PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|seite|pagina)\s*)?[-\u2013\u2014(\[]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*"
    r"(?:(?:of|/)\s*\d{1,4})?\s*[-\u2013\u2014)\]]?$",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*$")
# ``motiva-`` at a line end, ``tion`` opening the next: letters on both sides, the second part
# in lowercase (a capital after the break starts a name or a new item).
LINE_END_HYPHEN = re.compile(r"([^\W\d_]+)-[ \t]*\n[ \t]*([^\W\d_A-Z]+)")


def _key(line: str) -> str:
    """A line with its numbers blanked: ``Page 3 of 9`` and ``Page 4 of 9`` are one line."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().lower()))


def drop_page_furniture(pages: list[str]) -> list[str]:
    """Each page's text without its running header and footer lines and page numbers.

    A line is furniture when it stands among the first or last ``FURNITURE_LINES`` lines of
    a page and the same line (numbers aside) does so on at least half the pages (two at
    least), or when it is a bare page number (``12``, ``Page 3 of 9``, ``- 4 -``) there.
    """
    split = [page.split("\n") for page in pages]
    edges = [_edge_indices(lines) for lines in split]
    seen = Counter()
    for lines, where in zip(split, edges, strict=True):
        seen.update({_key(lines[i]) for i in where if lines[i].strip()})
    least = max(2, (len(pages) + 1) // 2)
    running = {key for key, count in seen.items() if count >= least}
    cleaned = []
    for lines, where in zip(split, edges, strict=True):
        drop = {i for i in where if _key(lines[i]) in running
                or PAGE_NUMBER.match(lines[i].strip())}  # fmt: skip
        cleaned.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
    return cleaned


def _edge_indices(lines: list[str]) -> set[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return set(filled[:FURNITURE_LINES] + filled[-FURNITURE_LINES:])


def join_pages(pages: list[str]) -> str:
    """Join pages with a blank line, or with a line break where a sentence runs on over the
    break (the page ends without a full stop and the next begins in lowercase)."""
    text = ""
    for page in (p.strip("\n") for p in pages):
        if not page.strip():
            continue
        if not text:
            text = page
            continue
        runs_on = not SENTENCE_END.search(text.rstrip()) and page.lstrip()[:1].islower()
        text += ("\n" if runs_on else "\n\n") + page
    return text


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], object]:
    """English words: spacy-lookups-data's lemmas (by part of speech and as lookup values),
    and its lookup table of inflected forms."""
    from spacy.lookups import load_lookups

    lookups = load_lookups("en", ["lemma_index", "lemma_lookup"])
    table = lookups.get_table("lemma_lookup")
    words = {w.lower() for forms in lookups.get_table("lemma_index").values() for w in forms}
    words.update(str(lemma).lower() for lemma in table.values())
    return frozenset(words), table


def is_word(word: str) -> bool:
    """Whether ``word`` (any case) is an English word or an inflected form of one."""
    words, table = _words()
    lower = word.lower()
    return lower in words or table.get(lower) is not None


def dehyphenate(text: str) -> str:
    """Join words hyphenated across a line end: ``motiva-\\ntion`` becomes ``motivation``
    where that is a word; otherwise the hyphen was the compound's own (``back-\\noffice``,
    ``Cross-\\nfunctional``) and stays, without the line break."""
    if "-\n" not in text and not re.search(r"-[ \t]+\n", text):
        return text
    return LINE_END_HYPHEN.sub(_join_hyphenated, text)


def _join_hyphenated(match: re.Match) -> str:
    first, second = match.group(1), match.group(2)
    if is_word(first + second):
        return first + second
    return f"{first}-{second}"


# -- mail -------------------------------------------------------------------------------------

MAIL_HEADER = re.compile(
    r"^(?:from|to|cc|bcc|subject|date|sent|reply-to|message-id)[ \t]*:", re.IGNORECASE
)
SIGNATURE = re.compile(r"^-- ?$")
MAX_SIGNATURE_LINES = 15
REPLY_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|wg)\s*:\s*)+", re.IGNORECASE)


def strip_mail(text: str) -> tuple[str, str]:
    """A mail saved as text without its header block and signature, and its subject (``Re:``
    and ``Fwd:`` taken off) as a title ('' when the text has no header block)."""
    lines = text.split("\n")
    subject = ""
    header_end = _header_end(lines)
    if header_end:
        for line in lines[:header_end]:
            if line.lower().startswith("subject"):
                subject = REPLY_PREFIX.sub("", line.split(":", 1)[1].strip())
        lines = lines[header_end + 1 :]
    marks = [i for i, line in enumerate(lines) if SIGNATURE.match(line)]
    signature = marks[-1] if marks else None
    # Bare ``--`` is a signature only in a mail; ``-- `` (with its space) is the standard.
    if (
        signature is not None
        and len(lines) - signature - 1 <= MAX_SIGNATURE_LINES
        and (lines[signature] == "-- " or header_end)
    ):
        lines = lines[:signature]
    return "\n".join(lines), subject


def _header_end(lines: list[str]) -> int:
    """The index of the blank line after a header block of two or more header lines at the
    top (continuation lines indented), else 0."""
    count = 0
    for i, line in enumerate(lines):
        if not line.strip():
            return i if count >= 2 else 0
        if MAIL_HEADER.match(line):
            count += 1
        elif not (line[:1] in " \t" and count):
            return 0
    return 0
