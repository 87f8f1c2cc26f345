"""Read the runnable examples out of the documentation's markdown, as a newcomer copies them.

A fenced block is an example; a block right after ``<!-- not run: REASON -->`` is one the
tests cannot run (a remote host, a model download, a long benchmark) and is reported as
skipped with that reason. Shell and console blocks are cut into commands: a line ending in
``\\`` or inside an open quote goes on, a ``$ `` prompt starts a command whose following
lines, up to the next prompt, are the output the docs show.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = (
    "README.md",
    "docs/api.md",
    "docs/sparql.md",
    "docs/ingest.md",
    "docs/tagging-rounds.md",
    "docs/explorer.md",
    "docs/vocabulary.md",
)
NOT_RUN = re.compile(r"<!--\s*not run:\s*(.+?)\s*-->")
FENCE = re.compile(r"^```(\w*)\s*$")
SHELL_LANGUAGES = {"sh", "bash", "console", "shell", ""}


@dataclass
class Command:
    """One command of a shell example, with the output the docs show after it (if any)."""

    line: int
    text: str
    shown_output: list[str] = field(default_factory=list)

    def words(self) -> list[str]:
        """The command's words as the shell splits them, comments dropped."""
        return shlex.split(self.text, comments=True)

    def is_assignment(self) -> bool:
        """``Q='...'``: sets a variable the block's later commands use."""
        words = self.words()
        return len(words) == 1 and re.fullmatch(r"[A-Za-z_]\w*=.*", words[0], re.S) is not None


@dataclass
class Block:
    """One fenced block: where it is, its language, its text and why it is not run."""

    document: str
    line: int
    language: str
    text: str
    not_run: str | None

    @property
    def name(self) -> str:
        """``docs/api.md:27``: where a reader finds it."""
        return f"{self.document}:{self.line}"

    def commands(self) -> list[Command]:
        """The block's commands in order, each with the output shown after it."""
        return split_commands(self.text, self.line + 1)


def read_blocks(document: str) -> list[Block]:
    """Every fenced block of one markdown file, with its ``not run`` reason if marked."""
    lines = (ROOT / document).read_text(encoding="utf-8").splitlines()
    blocks, index = [], 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        end = next(j for j in range(index + 1, len(lines)) if lines[j].startswith("```"))
        previous = next((lines[j] for j in range(index - 1, -1, -1) if lines[j].strip()), "")
        marker = NOT_RUN.search(previous)
        text = "\n".join(lines[index + 1 : end])
        language = opening.group(1)
        blocks.append(Block(document, index + 1, language, text, marker and marker.group(1)))
        index = end + 1
    return blocks


def all_blocks() -> list[Block]:
    """The fenced blocks of every documentation file the examples tests read."""
    return [block for document in DOCUMENTS for block in read_blocks(document)]


def _complete(text: str) -> bool:
    """A command is complete when no quote is open and it does not end with ``\\``."""
    if text.rstrip().endswith("\\"):
        return False
    try:
        shlex.split(text, comments=True)
    except ValueError:  # "No closing quotation"
        return False
    return True


def split_commands(text: str, first_line: int) -> list[Command]:
    """Cut a shell or console block into commands; prompt-led ones collect their output."""
    lines = text.splitlines()
    prompted = any(line.startswith("$ ") for line in lines)
    commands: list[Command] = []
    pending: list[str] = []
    start = first_line
    for number, line in enumerate(lines, first_line):
        if pending:
            pending.append(line)
        elif prompted and not line.startswith("$ "):
            if commands and line.strip():
                commands[-1].shown_output.append(line)
            continue
        elif line.strip() and not line.lstrip().startswith("#"):
            pending, start = [line.removeprefix("$ ")], number
        else:
            continue
        joined = "\n".join(pending)
        if _complete(joined):
            commands.append(Command(start, joined))
            pending = []
    if pending:
        raise ValueError(f"line {start}: a command that never ends: {pending[0]!r}")
    return commands


INLINE_CODE = re.compile(r"`(imkg [a-z]+[^`]*)`")


def inline_commands(document: str) -> list[tuple[int, str]]:
    """Inline ``imkg SUBCOMMAND ...`` spans of a document, with their line numbers."""
    lines = (ROOT / document).read_text(encoding="utf-8").splitlines()
    return [
        (number, match.group(1))
        for number, line in enumerate(lines, 1)
        for match in INLINE_CODE.finditer(line)
    ]


PLACEHOLDERS = {
    "/concept/{id}": "/concept/empowerment",
    "/document/{id}": "/document/06-four-internal-customer-groups",
    "/kind/{Class}": "/kind/Barrier",
}


def page_paths() -> list[tuple[str, str]]:
    """Pages a reader is sent to: the README's local links and the explorer's Pages table,
    with an example id in place of ``{id}`` and a query after a bare ``?q=``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    paths = [
        ("README.md", path) for path in re.findall(r"<http://127\.0\.0\.1:8000(/[^>]*)>", readme)
    ]
    for line in (ROOT / "docs/explorer.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| `/"):
            for path in re.findall(r"`(/[^`]*)`", line.split("|")[1]):
                for placeholder, example in PLACEHOLDERS.items():
                    path = path.replace(placeholder, example)
                paths.append(
                    ("docs/explorer.md", path + "empowerment" if path.endswith("=") else path)
                )
    return paths
