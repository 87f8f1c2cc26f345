"""Mention counts the SKOS way (``imkg.qa.mention_counts``) when ``skos:broader`` is a cycle,
which an update with the token can make: a concept was counted among its own narrower
concepts, so its own mentions were counted twice."""

from imkg.qa.mention_counts import counts_within, narrower_map


class FakeContext:
    """A store that answers the BROADER query with fixed rows."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = pairs
        self.store = self  # the hierarchy is read from the store, outside the answer's trace

    def generation(self) -> int:
        return 0  # read once: the fixed rows never change

    def select(self, _query: str) -> list[dict]:
        class Term:
            def __init__(self, slug: str) -> None:
                self.value = f"https://w3id.org/imkg/concept/{slug}"

        return [{"narrower": Term(n), "broader": Term(b)} for n, b in self.pairs]


def test_a_concept_in_a_broader_cycle_is_not_its_own_narrower():
    narrower = narrower_map(FakeContext([("a", "b"), ("b", "a"), ("c", "b")]))
    assert narrower["a"] == {"b", "c"} and narrower["b"] == {"a", "c"}
    counts = {"a": {"doc": 2}, "b": {"doc": 3}, "c": {"doc": 5}}
    assert counts_within(counts, narrower, "a") == {"doc": 10}  # 2 + 3 + 5, not 12


def test_a_chain_without_a_cycle_is_closed_as_before():
    """A guard: the closure of an ordinary hierarchy is unchanged."""
    narrower = narrower_map(FakeContext([("b", "a"), ("c", "b")]))
    assert narrower == {"a": {"b", "c"}, "b": {"c"}}
