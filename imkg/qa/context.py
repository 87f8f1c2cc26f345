"""What an intent handler works with: the store, the label and kind indexes, the query trace."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from imkg.kinds import KindIndex
from imkg.namespaces import concept_iri
from imkg.qa.slots import Resolution, clean, resolve
from imkg.search import Entry, LabelIndex
from imkg.store import GraphStore, Row

# A pair is split at one of its first few separators ("X and Y"): a longer list is no pair.
MAX_PAIR_SPLITS = 6
# A pronoun on its own after a comma names no second concept ("it" is not "IT staff")
_PRONOUN = re.compile(r"^(?:it|they|them|this|that|these|those)$")
_PAIR_SEPARATORS = re.compile(r" (?:and|vs\.?|versus|with|to|from|or)(?= )|,")
# Which concepts a loose (fuzzy) match may stand for in a slot; None accepts every concept.
LooseOk = Callable[[str], bool] | None


class Declined(Exception):
    """The question cannot be answered confidently as read; ``candidates`` are close concepts."""

    def __init__(
        self,
        reason: str,
        candidates: list[str] | None = None,
        *,
        final: bool = False,
        quiet: bool = False,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.candidates = candidates or []
        # final: the reading owns the question (a list of concepts with one unknown item),
        # so no later, looser reading may answer part of it
        self.final = final
        # quiet: the question's words do not support the reading (no group named, no
        # document named), so its reason must not be what the decline tells the user
        self.quiet = quiet


@dataclass
class Result:
    """What a handler found: the reading, the answers, the wording and the evidence."""

    understood: dict[str, Any]
    answers: list[dict[str, Any]]
    text: str
    evidence: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Context:
    """Everything a handler needs, and the SPARQL it ran."""

    store: GraphStore
    index: LabelIndex
    kinds: KindIndex
    trace: list[str] = field(default_factory=list)

    def run(self, sparql: str) -> list[Row]:
        """Run one SELECT and record it."""
        self.trace.append(sparql)
        return self.store.select(sparql)

    def concept(self, phrase: str, loose_ok: LooseOk = None) -> Entry:
        """Resolve ``phrase`` to one concept or raise :class:`Declined`.

        ``loose_ok`` says which concepts a fuzzy match may stand for: a slot that only some
        concepts can fill ("what influences X") must not be filled loosely by another.
        """
        found = _strict(resolve(self.index, phrase), loose_ok)
        if found.initials and loose_ok is not None:  # "does IM boost CS": the one it can be
            fitting = [slug for slug in found.candidates if loose_ok(slug)]
            found = Resolution(found.phrase, fitting[0], fuzzy=True) if len(fitting) == 1 else found
        if not found.ok:
            raise Declined(_unknown(phrase, found), found.candidates)
        return self.index.entries[found.slug]

    def pair(self, slots: dict[str, str], loose_ok: LooseOk = None) -> tuple[Entry, Entry]:
        """Resolve two concepts from slots ``a`` and ``b``, or split slot ``pair``."""
        if "a" in slots:
            left, right = _shared_word(self.index, clean(slots["a"]), clean(slots["b"]))
            left, right = _strict(left, loose_ok), _strict(right, loose_ok)
            if left.ok and right.ok:
                return self.index.entries[left.slug], self.index.entries[right.slug]
            return self.concept(slots["a"], loose_ok), self.concept(slots["b"], loose_ok)
        text = clean(slots["pair"])
        candidates: list[str] = []
        for match in itertools.islice(_PAIR_SEPARATORS.finditer(text), MAX_PAIR_SPLITS):
            if match.group() == "," and _PRONOUN.match(text[match.end() :].strip()):
                continue  # "the employee motivation, it ...": the pronoun refers back
            left, right = _shared_word(
                self.index, text[: match.start()].strip(), text[match.end() :].strip()
            )
            left, right = _strict(left, loose_ok), _strict(right, loose_ok)
            if left.ok and right.ok and left.slug != right.slug:
                return self.index.entries[left.slug], self.index.entries[right.slug]
            candidates += left.candidates + right.candidates
        raise Declined(f"I could not tell which two concepts {text!r} names.", candidates)

    def summary(self, slug: str, **extra: Any) -> dict[str, Any]:
        """Return ``{id, iri, label}`` plus ``extra`` for an answer list."""
        entry = self.index.entries.get(slug)
        label = entry.label if entry else slug.replace("-", " ")
        return {"id": slug, "iri": concept_iri(slug), "label": label, **extra}


def _strict(found: Resolution, loose_ok: LooseOk) -> Resolution:
    """Drop a fuzzy match to a concept that ``loose_ok`` does not accept."""
    if found.ok and found.fuzzy and loose_ok is not None and not loose_ok(found.slug):
        return Resolution(found.phrase)
    return found


def _shared_word(index: LabelIndex, left: str, right: str) -> tuple[Resolution, Resolution]:
    """Resolve two sides of a pair, reading "internal and external marketing" as two labels.

    One side of a single word borrows the other side's last words ("internal marketing") or
    first words ("customer satisfaction and retention"), but only when that names a label
    exactly and the word on its own does not: a lone word tends to match loosely.
    """
    first, second = resolve(index, left), resolve(index, right)
    head, tail = left.split(), right.split()
    if len(head) == 1 and len(tail) > 1 and resolve(index, left, fuzzy=False).slug is None:
        borrowed = resolve(index, " ".join([*head, *tail[1:]]), fuzzy=False)
        first = borrowed if borrowed.ok else first
    if len(tail) == 1 and len(head) > 1 and resolve(index, right, fuzzy=False).slug is None:
        borrowed = resolve(index, " ".join([*head[:-1], *tail]), fuzzy=False)
        second = borrowed if borrowed.ok else second
    return first, second


def _unknown(phrase: str, found: Resolution) -> str:
    if found.candidates:
        return f"{clean(phrase)!r} could mean more than one concept."
    return f"I do not know a concept called {clean(phrase)!r}."


def understood(
    intent: str, paraphrase: str, concepts: list[Entry], **options: Any
) -> dict[str, Any]:
    """Describe how a question was read, for the ``understood_as`` field."""
    return {
        "intent": intent,
        "paraphrase": paraphrase,
        "concepts": [{"id": e.slug, "label": e.label} for e in concepts],
        **options,
    }
