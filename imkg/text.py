"""Text normalisation for matching what people type against concept labels.

Lowercase, strip punctuation, join hyphenated words, map staff synonyms onto one word, and
reduce word forms with a light suffix stripper, so that "Motivated staff" and
"employee motivation" share their stems. Typos are caught by character-trigram similarity.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

STOPWORDS = frozenset(
    (
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "for",
        "with",
        "within",
        "by",
        "at",
        "as",
        "from",
        "into",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "this",
        "that",
        "these",
        "those",
        "is",
        "are",
        "be",
        "been",
        "being",
        "do",
        "does",
        "did",
    )
)

# Words that name the same thing in this domain: one canonical token for each group.
SYNONYMS = {
    "staff": "employee",
    "staffs": "employee",
    "personnel": "employee",
    "workforce": "employee",
    "worker": "employee",
    "workers": "employee",
    "employees": "employee",
    "clients": "customer",
    "client": "customer",
    "customers": "customer",
    "im": "internal marketing",
    "tqm": "total quality management",
    "hr": "human resource",
    "hrm": "human resource management",
    "it": "information technology",
    # shorthand in notes: "internal mktg", "HR mgmt"
    "mktg": "marketing",
    "mgmt": "management",
    "exec": "executive",
    "execs": "executives",
    "comms": "communication",
    "organization": "organisation",
    "organizations": "organisation",
    "organizational": "organisational",
    # American spellings the stemmer does not fold: the labels are British
    "behavior": "behaviour",
    "behaviors": "behaviours",
    "behavioral": "behavioural",
    "program": "programme",
    "programs": "programmes",
    "center": "centre",
    "centers": "centres",
    "centered": "centred",
    "labor": "labour",
    "favor": "favour",
    "favorable": "favourable",
    "fulfill": "fulfil",
    "fulfillment": "fulfilment",
    "enroll": "enrol",
    "enrollment": "enrolment",
    "modeling": "modelling",
    "traveling": "travelling",
    "judgment": "judgement",
    # keeping someone is retaining them: "keep staff" names staff retention
    "keep": "retain",
    "keeps": "retain",
    "keeping": "retain",
    "kept": "retain",
}
# Words too broad to stand for staff on their own, which do inside a fixed phrase: "people"
# alone is anyone ("what makes people happy"), but "people management" manages staff.
PHRASES = {("people", "management"): ("human", "resource", "management")}

# Typographic quotes and dashes, put into ASCII before the accents are folded (the ASCII fold
# would drop them): a dash inside a word is a hyphen ("front\u2011line", "2010\u20132015"); an
# em dash, or an en dash or minus sign between spaces, sets a clause apart and becomes a
# spaced hyphen, which ``words`` reads as a space and the question reader as a clause break.
_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
_HYPHENS = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d", "-"))
_CLAUSE_DASH = re.compile(r"\s*[\u2014\u2015\ufe58]\s*|\s+[\u2012\u2013\u2212]\s+")
_NON_WORD = re.compile(r"[^a-z0-9' ]+")

_STEP1 = ("ings", "ing", "ied", "ies", "sses", "shes", "ches", "xes", "ed", "s")
_STEP2 = (
    "isation",
    "ization",
    "faction",
    "ations",
    "ation",
    "ments",
    "ment",
    "ness",
    "ities",
    "ity",
    "ional",
    "ions",
    "ion",
    "ives",
    "ive",
    "ers",
    "er",
    "ors",
    "or",
    "als",
    "al",
    "ists",
    "ist",
    "ism",
    "ise",
    "ize",
    "ate",
    "is",
    "iz",
    "at",
    "ly",
    "ful",
)
_MIN_STEM = 4
# Suffixes that make a verb or its noun of another word; what is left is that word whole.
_MAKE_VERB = ("isation", "ization", "ise", "ize", "is", "iz")


def fold(text: str) -> str:
    r"""Lowercase ``text``, drop accents and unify quotes and dashes.

    Quotes and dashes are made ASCII first, since the fold to ASCII would drop them.

    >>> fold("What\u2019s empowerment \u2014 in \u201cfront\u2011line\u201d jobs?")
    'what\'s empowerment - in "front-line" jobs?'
    >>> fold("2010\u20132015 \u2013 Gr\u00f6nroos")
    '2010-2015 - gronroos'
    """
    text = _CLAUSE_DASH.sub(" - ", text.translate(_QUOTES)).translate(_HYPHENS)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return text.lower()


def words(text: str) -> list[str]:
    """Split ``text`` into lowercase words, joining hyphenated ones and dropping possessives.

    >>> words("Inter-functional co-ordination, employees' needs")
    ['interfunctional', 'coordination', 'employees', 'needs']
    """
    text = re.sub(r"(?<=[a-z0-9])-(?=[a-z0-9])", "", fold(text))
    text = _NON_WORD.sub(" ", text.replace("'s ", " ").replace("s' ", "s "))
    return [w.strip("'") for w in text.split() if w.strip("'")]


@lru_cache(maxsize=20_000)
def stem(word: str) -> str:
    """Reduce one lowercase word to a stem shared by its common forms.

    >>> [stem(w) for w in ("motivated", "motivation", "motivating", "motivate")]
    ['motiv', 'motiv', 'motiv', 'motiv']
    >>> stem("satisfaction") == stem("satisfied") == stem("satisfy")
    True
    >>> stem("internalisation") == stem("internalizing") != stem("internal")
    True
    """
    word = _strip_once(_strip_once(word, _STEP1), _STEP1)
    previous = None
    while previous != word:
        previous = word
        word = _strip_once(word, _STEP2)
        if word != previous and previous.endswith(_MAKE_VERB):
            break  # "internalisation" stops at "internal": it is not "internal" itself
    if len(word) > 3 and word[-1] in "eyi":
        word = word[:-1]
    return word


def _strip_once(word: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM - 1:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            base = word[: -len(suffix)]
            if suffix == "faction":
                return base + "f"
            if suffix in ("sses", "shes", "ches", "xes"):
                return word[:-2]
            return base + ("y" if suffix in ("ied", "ies") else "")
    return word


def canonical_words(text: str) -> list[str]:
    """Return the words of ``text`` with synonyms replaced by their canonical form.

    >>> canonical_words("people management"), canonical_words("happy people")
    (['human', 'resource', 'management'], ['happy', 'people'])
    """
    typed = words(text)
    out: list[str] = []
    i = 0
    while i < len(typed):
        phrase = PHRASES.get(tuple(typed[i : i + 2]))
        if phrase:
            out.extend(phrase)
            i += 2
            continue
        out.extend(SYNONYMS.get(typed[i], typed[i]).split())
        i += 1
    return out


def content_words(text: str) -> list[str]:
    """Return the canonical words of ``text`` without stopwords."""
    return [w for w in canonical_words(text) if w not in STOPWORDS]


def key(text: str) -> str:
    """Return a matching key: the sorted stems of the content words.

    >>> key("Motivated staff") == key("employee motivation")
    True
    """
    return " ".join(sorted(stem(w) for w in content_words(text)))


def trigrams(word: str) -> frozenset[str]:
    """Return the character trigrams of ``word`` padded at both ends.

    Remembered for words of up to ``REMEMBERED_WORD_CHARS`` characters, as every label's
    are: a search text can be one 500-character "word", whose trigrams take 60 KB, and
    50,000 of those remembered would be 3 GB.
    """
    if len(word) > REMEMBERED_WORD_CHARS:
        return _trigrams(word)
    return _remembered_trigrams(word)


REMEMBERED_WORD_CHARS = 40


def _trigrams(word: str) -> frozenset[str]:
    padded = f"  {word} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


_remembered_trigrams = lru_cache(maxsize=50_000)(_trigrams)


def similarity(a: str, b: str) -> float:
    """Return how alike two words are, 0..1: 1 for equal words or stems, else trigram overlap.

    >>> similarity("satisfacton", "satisfaction") > 0.6
    True
    >>> similarity("weather", "satisfaction") < 0.2
    True
    """
    if a == b:
        return 1.0
    if stem(a) == stem(b):
        return 0.95
    ta, tb = trigrams(a), trigrams(b)
    return len(ta & tb) / len(ta | tb)
