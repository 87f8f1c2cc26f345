"""Forms of labels of three words or more that writers vary inside the phrase: an article
after a preposition of place (``conflict between the (two) departments``), internal marketing's
own adjective before what the job or the staff are taken as (``job as an internal product``),
and a coordination written as one hyphenated compound before a noun (``a
learning-and-development budget``). Split from :mod:`imkg.ingest.variants`."""

from __future__ import annotations

from imkg.ingest.variant_words import ARTICLE_PREPOSITIONS


def longer_label_forms(words: list[str], forms: set[str]) -> set[str]:
    """The forms a label of three words or more (``words``, with its ``forms`` so far) adds."""
    found = with_article(forms) | internal_objects(forms)
    if len(words) == 3 and words[1] == "and":  # ``a learning-and-development budget``
        found.add("-".join(words))
    return found


def with_article(forms: set[str]) -> set[str]:
    """``conflict between the departments`` for ``conflict between departments``: ``the``
    after a preposition of place that comes before a plural noun in a longer label, and
    ``the two`` after ``between`` (``friction between the two departments``).

    >>> sorted(with_article({"coordination among departments", "focus on customers"}))
    ['coordination among the departments']
    """
    found = set()
    for form in forms:
        words = form.split(" ")
        for i, word in enumerate(words[:-1]):
            after = words[i + 1]
            if word in ARTICLE_PREPOSITIONS and after.endswith("s") and after not in ("the",):
                found.add(" ".join([*words[: i + 1], "the", *words[i + 1 :]]))
                if word == "between":
                    found.add(" ".join([*words[: i + 1], "the", "two", *words[i + 1 :]]))
    return found


def internal_objects(forms: set[str]) -> set[str]:
    """``job as an internal product`` for ``job as a product``: internal marketing's own
    adjective before what a label says the job or the staff are taken as.

    >>> sorted(internal_objects({"job as a product", "employee as customer"}))
    ['employee as internal customer', 'job as an internal product']
    """
    found = set()
    for form in forms:
        words = form.split(" ")
        if "as" not in words[:-1] or "internal" in words:
            continue
        i = words.index("as") + 1
        skip = 1 if words[i] in ("a", "an") else 0
        article = ["an"] if skip and not words[-1].endswith("s") else []  # ``as internal products``
        found.add(" ".join([*words[:i], *article, "internal", *words[i + skip :]]))
    return found
