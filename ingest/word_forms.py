"""The forms of one word or label: normalised text, lookup lemmas (spacy-lookups-data),
British and American spellings, hyphenations, singular and plural, and a verb's forms."""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from imkg.ingest.variant_words import DASHES, HYPHEN_PREFIXES, NOT_OUR


def normalise(label: str) -> str:
    """Return a label in the form patterns use: NFKC, lowercase, plain hyphens, single spaces.

    >>> normalise("  Front\u2013line  Staff ")
    'front-line staff'
    """
    text = unicodedata.normalize("NFKC", label).translate(DASHES).lower()
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """Return spacy-lookups-data's English lookup lemma table, ``{form: lemma}``."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf8") as handle:
        return json.load(handle)


def lemma(word: str) -> str:
    """Return the lookup-table lemma of a lowercase word (the word itself if unknown)."""
    return lemma_table().get(word, word)


def known(word: str) -> bool:
    """Whether the lookup lemma table lists the word as an inflected form."""
    return word in lemma_table()


def spellings(word: str) -> set[str]:
    """Return the British and American spellings of one lowercase word."""
    forms = {word}
    if re.search(r"is(e|ed|es|ing|ation|ations|ational)$", word):
        forms.add(re.sub(r"is(e|ed|es|ing|ation|ations|ational)$", r"iz\1", word))
    if re.search(r"iz(e|ed|es|ing|ation|ations|ational)$", word):
        forms.add(re.sub(r"iz(e|ed|es|ing|ation|ations|ational)$", r"is\1", word))
    match = re.search(r"our(s|al|ed|ing)?$", word)
    if match and word not in NOT_OUR and len(word) > 4:
        forms.add(word[: match.start()] + "or" + (match.group(1) or ""))
    if re.search(r"focus(ed|ing)$", word):  # ``customer-focussed``, a British spelling
        forms.add(re.sub(r"focus(ed|ing)$", r"focuss\1", word))
    for british, american in (("programme", "program"), ("centre", "center")):
        if word.startswith(british):
            forms.add(american + word[len(british) :])
    return forms


def hyphenations(word: str) -> set[str]:
    """Return a word's hyphenated, spaced and closed forms (``front-line``, ``front line``)."""
    if "-" in word:
        return {word, word.replace("-", " "), word.replace("-", "")}
    for prefix in HYPHEN_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) > 3 and is_word(_uninflected(rest)):
            return {word, prefix + "-" + rest}
    return {word}


def _uninflected(word: str) -> str:
    """A word without a verb ending when what is left is a word (``skilling`` → ``skill``)."""
    stem = re.sub(r"(ing|ed)$", "", word)
    return stem if stem != word and is_word(stem) else word


def is_word(word: str) -> bool:
    return word in lemma_table() or word in _lemmas()


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[str]:
    return frozenset(lemma_table().values())


def plural(word: str) -> str:
    """Return the regular English plural of a noun."""
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def number_forms(word: str) -> set[str]:
    """Return a head noun in singular and plural, keeping only forms the lemma table allows.

    A singular that looks like a past participle (``isolateds`` → ``isolated``) is left
    out: on its own it is an ordinary adjective.

    >>> sorted(number_forms("isolateds")), sorted(number_forms("modifier"))
    (['isolateds'], ['modifier', 'modifiers'])
    """
    forms = {word}
    base = lemma(word)
    if base != word and word in (plural(base), base + "s"):
        forms.add(base)
    elif not known(word) and re.search(r"[^s]s$", word) and not word.endswith("eds"):
        forms.add(word[:-1])
    looks_plural = re.search(r"[^su]s$", word) is not None
    many = plural(word)
    if not looks_plural and (not known(word) or lemma(many) == word):
        forms.add(many)
    return forms


@lru_cache(maxsize=1)
def base_verb_forms() -> dict[str, set[str]]:
    forms: dict[str, set[str]] = defaultdict(set)
    for form, base in lemma_table().items():
        if form.endswith(("ed", "ing")) and form.islower():
            forms[base].add(form)
    return forms


def verb_stems(noun: str) -> list[str]:
    """Return the verbs a deverbal noun comes from (``empowerment`` → ``empower``), if known."""
    candidates: list[str] = []
    for suffix, replacements in (
        ("faction", ("fy",)),
        ("isation", ("ise", "ize")),
        ("ization", ("ize", "ise")),
        ("ation", ("ate", "", "e")),
        ("ition", ("ise", "ize")),  # ``recognition`` → ``recognise``
        ("ment", ("",)),
        ("ion", ("e", "")),
    ):
        if noun.endswith(suffix):
            candidates += [noun[: -len(suffix)] + r for r in replacements]
            break
    return [c for c in candidates if base_verb_forms().get(c)]


def verb_forms(noun: str) -> dict[str, set[str]]:
    """Return a deverbal noun's verb forms: ``{"base": ..., "ed": ..., "ing": ...}`` as sets.

    >>> sorted(verb_forms("orientation")["ed"])
    ['orientated', 'oriented']
    """
    found: dict[str, set[str]] = defaultdict(set)
    for stem in verb_stems(noun):
        found["base"] |= {stem, stem + "s"}
        for form in base_verb_forms()[stem]:
            found["ing" if form.endswith("ing") else "ed"].add(form)
    return dict(found)


def forms_of_word(word: str) -> set[str]:
    return {h for s in spellings(word) for h in hyphenations(s)}
