"""The bundled corpus (package data ``imkg.corpus``): course units and cases."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from imkg.ingest.readers import MEDIA_TYPES
from imkg.ingest.run import IngestReport, Progress, ingest_paths
from imkg.store import GraphStore

KINDS = {"course": "course", "cases": "case"}
SKIPPED = {"readme.md"}


def corpus_files() -> dict[Path, str]:
    """Return the bundled documents, each with the source name stored for it."""
    root = Path(str(resources.files("imkg.corpus")))
    found = {}
    for path in sorted(root.rglob("*")):
        supported = path.suffix.lower() in MEDIA_TYPES and path.name.lower() not in SKIPPED
        if supported and path.is_file():
            found[path] = "corpus/" + path.relative_to(root).as_posix()
    return found


def ingest_bundled_corpus(store: GraphStore, *, progress: Progress | None = None) -> IngestReport:
    """Ingest the bundled corpus into ``store``; unchanged documents are left alone."""
    files = corpus_files()
    kinds = {path: KINDS.get(source.split("/")[1], "other") for path, source in files.items()}
    return ingest_paths(store, list(files), sources=files, kinds=kinds, progress=progress)
