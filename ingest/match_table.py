"""The tagger's view of the rulers' patterns: each match id's kind, concept and rank
(:class:`MatchTable`), the case-sensitive phrases looked up around their rare word
(:class:`AnchoredPhrases`), and mentions' character offsets."""

from __future__ import annotations

import numpy as np

from imkg.ingest.components import (
    OrthSet,
)

KIND_CONFIDENCE = {
    "pref": 0.95,
    "alt": 0.9,
    "hidden": 0.85,
    "variant": 0.8,
    "order": 0.7,
    "context": 0.65,
    "owned": 0.65,
    "abbr": 0.6,
}


KIND_RANK = {kind: rank for rank, kind in enumerate(KIND_CONFIDENCE)}


class AnchoredPhrases:
    """A case-sensitive ``span_ruler``'s phrase patterns, matched on ORTH hashes around one
    word of each (its first all-caps word): the same ``(match_id, start, end)`` as the
    ruler's phrase matcher, found with one vectorised lookup of the anchor words. Phrases
    are filed under their anchor and the word next to it, so an anchor such as ``IM`` (in
    hundreds of phrases) costs one dictionary lookup per neighbour, not one per phrase
    shape. Not ``usable`` when the ruler holds token patterns."""

    def __init__(self, ruler) -> None:
        self.source_size = len(ruler._match_label_id_map)
        self.usable = all(isinstance(p["pattern"], str) for p in ruler.patterns)
        strings = ruler.nlp.vocab.strings
        # (anchor ORTH, side, neighbour ORTH or 0) -> (anchor's position, phrase length)
        # -> phrase ORTHs -> match ids; side is +1 (the word after the anchor), -1 (the word
        # before, for phrases ending on it) or 0 (one-word phrases).
        filed: dict[tuple[int, int, int], dict[tuple[int, int], dict[tuple, set[int]]]] = {}
        if self.usable:
            for entry in ruler.patterns:
                key = strings.as_int(repr((entry["label"], entry.get("id", ""))))
                words = [t.text for t in ruler.nlp.make_doc(entry["pattern"])]
                if not words:
                    continue
                at = next((i for i, w in enumerate(words) if w.isupper()), 0)
                orths = tuple(strings.add(w) for w in words)
                side = 0 if len(orths) == 1 else (1 if at + 1 < len(orths) else -1)
                neighbour = orths[at + side] if side else 0
                shapes = filed.setdefault((orths[at], side, neighbour), {})
                shapes.setdefault((at, len(orths)), {}).setdefault(orths, set()).add(key)
        self.filed = filed
        self.strings = strings
        self.anchors = OrthSet(anchor for anchor, _, _ in filed)

    def __call__(self, orths: np.ndarray) -> list[tuple[int, int, int]]:
        if not self.filed or not len(orths):
            return []
        anchors = self.anchors.find(orths)
        if not anchors:
            return []
        found: set[tuple[int, int, int]] = set()
        size, words = len(orths), orths.tolist()  # list slices cost less than array slices
        filed = self.filed
        for i in anchors:
            anchor = words[i]
            for side in (0, 1, -1):
                j = i + side
                if not 0 <= j < size:
                    continue
                shapes = filed.get((anchor, side, words[j] if side else 0))
                if shapes is None:
                    continue
                for (at, length), phrases in shapes.items():
                    start, end = i - at, i - at + length
                    if start >= 0 and end <= size:
                        for key in phrases.get(tuple(words[start:end]), ()):
                            found.add((key, start, end))
        return sorted(found)


class MatchTable:
    """Per match id: the kind and IRI of its pattern and its rank in the overlap order
    (more specific concept first, then the better kind of match, then the IRI)."""

    def __init__(self, entries: dict[int, tuple[str, str]], specificity: dict[str, int],
                 strings) -> None:  # fmt: skip
        self.source_size = len(entries)
        ids = sorted(entries)
        self.ids = np.array(ids, dtype=np.uint64)
        self.kinds = [entries[i][0] for i in ids]
        self.iris = [entries[i][1] for i in ids]
        ranked = sorted(range(len(ids)), key=lambda n: (
            -specificity.get(self.iris[n], 0), KIND_RANK.get(self.kinds[n], len(KIND_RANK)),
            self.iris[n], self.kinds[n]))  # fmt: skip
        self.order = np.empty(len(ids), dtype=np.int64)
        self.order[ranked] = np.arange(len(ids))
        self.reordered = np.array([kind == "order" for kind in self.kinds], dtype=bool)
        self.hashes = {s: strings.add(s) for s in {*self.kinds, *self.iris}}

    def rows(self, match_ids: np.ndarray) -> np.ndarray:
        """Row of each match id in the table."""
        return np.searchsorted(self.ids, match_ids)


def char_offsets(
    arrays: np.ndarray, bounds: np.ndarray, chosen: list
) -> list[tuple[int, int, int, int]]:
    """``(start, end, sentence start, sentence end)`` in characters for each token span.
    ``arrays`` columns: IDX, LENGTH, ...; ``bounds``: the sentence starts."""
    limits = np.append(bounds, len(arrays))
    starts = np.fromiter((c[0] for c in chosen), dtype=np.intp, count=len(chosen))
    ends = np.fromiter((c[1] for c in chosen), dtype=np.intp, count=len(chosen))
    index = np.searchsorted(bounds, starts, side="right") - 1
    last = limits[index + 1] - 1
    columns = (
        arrays[starts, 0],
        arrays[ends - 1, 0] + arrays[ends - 1, 1],
        arrays[bounds[index], 0],
        arrays[last, 0] + arrays[last, 1],
    )
    return list(zip(*(c.tolist() for c in columns), strict=True))
