"""One document through the pipeline: read, tag, propose; and which files a run covers."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from spacy.language import Language

from imkg.ingest.pipeline import pipeline_identity
from imkg.ingest.readers import MEDIA_TYPES, SourceDocument, read_document
from imkg.ingest.relations import Proposal, proposals
from imkg.ingest.tagger import Mention
from imkg.ingest.unwrap import Unwrapped

TAGGER_PIPE = "imkg_concept_tagger"


@dataclass
class DocumentResult:
    """Everything ingest stores about one document."""

    doc_id: str
    source: str
    document: SourceDocument
    mentions: list[Mention]
    proposals: list[Proposal]
    words: int
    pipeline_name: str
    pipeline_version: str
    started: datetime
    ended: datetime
    kind: str = "other"


@dataclass
class Job:
    """A file to process: where it is, the source name to store, and its bytes once read."""

    path: Path
    source: str
    data: bytes | None = None
    kind: str | None = None


def slugify(text: str) -> str:
    """Return a stable document id from a file name or front-matter id.

    >>> slugify("04 Components & Model.md")
    '04-components-model-md'
    """
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "document"


def analyse(nlp: Language, text: str) -> tuple[list[Mention], list[Proposal]]:
    """Tag one text: its mentions and influence proposals, with offsets into ``text``.

    Lines broken inside a paragraph are joined first (see :mod:`imkg.ingest.unwrap`).
    """
    unwrapped = Unwrapped(text)
    doc = nlp(unwrapped.text)
    mentions = nlp.get_pipe(TAGGER_PIPE).mentions(doc, unwrapped.text)
    found = proposals(doc._.imkg_links or [], unwrapped.text)
    return unwrapped.mentions(mentions), unwrapped.proposals(found)


def process(nlp: Language, job: Job) -> DocumentResult:
    """Read and tag one file.

    Raises:
        ReadError: the file is not a readable document.
    """
    started = datetime.now(UTC)
    document = read_document(job.path, data=job.data)
    mentions, proposals = analyse(nlp, document.text)
    name, version = pipeline_identity(nlp)
    kind = job.kind or document.metadata.get("kind", "other")
    return DocumentResult(
        doc_id=slugify(document.metadata.get("id") or job.path.stem),
        source=job.source,
        document=document,
        mentions=mentions,
        proposals=proposals,
        words=len(document.text.split()),
        pipeline_name=name,
        pipeline_version=version,
        started=started,
        ended=datetime.now(UTC),
        kind=kind if kind in ("course", "case") else "other",
    )


def collect_files(paths: list[Path]) -> tuple[list[Path], list[tuple[str, str]], int]:
    """Expand files and folders (recursively, hidden entries left out).

    Returns the files to read, ``(path, reason)`` for paths that do not exist, and how many
    files inside folders were passed over for not being a supported format. A file named
    twice (a folder given twice, a file and its folder, ``a/../a``) is listed once: the
    second would be tagged again and counted as a second document.
    """
    files: dict[str, Path] = {}
    missing: list[tuple[str, str]] = []
    walked: set[str] = set()
    passed_over = 0
    for path in paths:
        if path.is_dir():
            if os.path.abspath(path) in walked:
                continue
            walked.add(os.path.abspath(path))
            found, other = _walk(path)
            for file in found:
                files.setdefault(os.path.abspath(file), file)
            passed_over += other
        elif path.exists() or path.is_symlink():
            files.setdefault(os.path.abspath(path), path)
        else:
            missing.append((str(path), "no such file or directory"))
    return list(files.values()), missing, passed_over


def _walk(folder: Path) -> tuple[list[Path], int]:
    found, other = [], 0
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(root) / name
            if name.startswith("."):
                continue
            if path.suffix.lower() in MEDIA_TYPES:
                found.append(path)
            else:
                other += 1
    return found, other
