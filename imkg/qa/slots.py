"""Fill a question's concept slot: the phrase a person typed, resolved to one concept or none.

Resolution is deliberately strict. An exact label (up to case, punctuation and hyphens)
wins; then the same word stems in any order ("motivated staff" = "staff motivation"); then a
fuzzy match in which every word typed must match a label word (typos allowed), and a label
only partly asked for must be asked for by its head word ("sabbaticals" finds "paid
sabbaticals", but "company" does not find "company culture"). A named thing (a company, a
case, an example role) is never found by one common noun ("a bank" is no particular bank).
Two concepts matching equally well make the phrase ambiguous: the caller declines and
suggests both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from imkg.search import Entry, Label, LabelIndex
from imkg.text import STOPWORDS, canonical_words, content_words, key, stem, words

FILLER = frozenset(
    (
        "level",
        "levels",
        "degree",
        "amount",
        "overall",
        "concept",
        "notion",
        "idea",
        "term",
        "good",
        "high",
        "strong",
        "better",
        # "what is making staff retention higher": the concept, raised
        "higher",
        "stronger",
        "greater",
        "bigger",
        "really",
        "actually",
        "exactly",
        "model",
        "imkg",
        # "the energising phase" names the stage "energising"
        "stage",
        "phase",
        "step",
    )
)
PREPOSITIONS = frozenset(
    (
        "of",
        "to",
        "for",
        "in",
        "with",
        "between",
        "from",
        "on",
        "as",
        "into",
        "during",
        "that",
        "by",
        "among",
        "against",
    )
)
_LEADING = re.compile(r"^(?:the|a|an|our|their|its|some|any|all|your|my|employee's)\s+")
_CONTEXT = re.compile(
    r"\s+(?:in|of|within|for|under|inside|according to)\s+(?:an?\s+|the\s+)?"
    r"(?:internal marketing|im|the model|im model|imkg|an organi[sz]ation|organi[sz]ations"
    r"|the organi[sz]ation|a company|companies|a business|businesses|the course"
    r"|(?:[a-z]+'?s )?(?:model|framework|typology|theory|classification))$"
)
# A kind word after a member's name: "the isolateds group", "the authorising stage"
_KIND_TAIL = re.compile(
    r"\s+(?:internal\s+)?(?:customer\s+|employee\s+|staff\s+)?(?:group|segment|stage|step|phase)$"
)
# A name with its owner before it and its class word after it: "the bank's volunteer
# workshop practice" is the volunteer workshops the bank case describes
_OWNED = re.compile(r"^(?P<owner>[a-z]+)'s (?P<name>.+?)(?: (?:practices?|examples?))?$")
# Paraphrases of a concept's words, as (pattern, replacement): "how happy employees are" is
# "happy employees", "staff stay" is "retaining staff", "more engaged" is "engaged".
PARAPHRASES = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\b(?:more|less|most|very|highly|truly|fully)\s+", ""),
        (r"^how (\w+) (.+?) (?:are|is|feel|feels|get|gets|become|becomes)$", r"\1 \2"),
        # "staff are given authority", "giving employees power": the staff are empowered
        (
            r"^(?:(?:giving|give|gives|granting|grant|handing|hand)\s+)?(\w+)\s+(?:(?:are|is|"
            r"being|get|gets|getting)\s+)?(?:given|granted|handed)?\s*(?:the\s+)?(?:authority|"
            r"power|autonomy|discretion|freedom to decide|a say)(?:\s+to\s+.+)?$",
            r"empowered \1",
        ),
        (
            r"^(?:keeps?\s+|keeping\s+|makes?\s+)?(.+?)\s+(?:stay|stays|staying|remain|remains|"
            r"(?:keep\s+)?(?:come|comes|coming)\s+back|return|returns|returning|loyal)$",
            r"retaining \1",
        ),
    )
)
ACCEPT = 0.6
# Classes whose members are particular things, not ideas: one common noun typed ("bank",
# "bakery", "manager") names a kind of thing, so it never stands for one of them.
NAMED_KINDS = frozenset(("Company", "Example", "ExampleRole", "CasePractice"))
# More content words than any concept's name has (the longest labels have six): a slot
# longer than this names no concept, and scoring it would cost time for nothing.
MAX_SLOT_WORDS = 10
TIE = 0.03
ONE_SLIP = 0.7  # how well a word one typing slip from a label word matches it
MIN_SLIP_LENGTH = 5  # shorter words are too easily one slip from another word
MIN_SPLIT = 3  # each half of a word typed for two ("jobsatisfaction") is a label word this long


@dataclass
class Resolution:
    """What a phrase resolved to: one concept (``slug``), or none with close ``candidates``."""

    phrase: str
    slug: str | None = None
    score: float = 0.0
    matched: str = ""
    candidates: list[str] = field(default_factory=list)
    fuzzy: bool = False  # found by the loose match, not by the same words or stems
    initials: bool = False  # the phrase is a label's initials ("JS"): candidates, not a match

    @property
    def ok(self) -> bool:
        """Whether the phrase names exactly one concept confidently."""
        return self.slug is not None


def clean(phrase: str) -> str:
    """Strip determiners, quotes and trailing context ("... in internal marketing")."""
    phrase = " ".join(phrase.strip(" \"'?.!,").split())
    while _LEADING.match(phrase):
        phrase = _LEADING.sub("", phrase, count=1)
    return phrase


def resolve(index: LabelIndex, phrase: str, *, fuzzy: bool = True) -> Resolution:
    """Resolve ``phrase`` to one concept of ``index``, or say it cannot.

    With ``fuzzy=False`` only a label with the same words or word stems counts.
    """
    phrase = clean(phrase)
    if len(content_words(phrase)) > MAX_SLOT_WORDS:
        return Resolution(phrase)  # no label is that long: don't score it against every one
    found = _resolve(index, phrase, fuzzy)
    if not found.ok:
        found = _paraphrased(index, phrase, fuzzy) or found
    stripped = _CONTEXT.sub("", phrase)
    if (not found.ok or found.fuzzy) and stripped != phrase:
        # the context is no part of the name: "motivation in the IM model" is a loose match
        # for a longer label, but its core names a concept exactly
        bare = _resolve(index, stripped, fuzzy)
        if not found.ok or (bare.ok and not bare.fuzzy):
            found = bare
    if not found.ok and (named := _KIND_TAIL.sub("", stripped)) != stripped:
        # "the isolateds group", "the diffusing phase": a member named with its kind word
        bare = _resolve(index, named, fuzzy=False)
        found = bare if bare.ok else found
    if not found.ok and (owned := _OWNED.match(stripped)):
        found = _owned(index, owned["owner"], owned["name"]) or found
    # Joining or splitting words tries every place in the phrase, scoring it whole each time:
    # a long run of stopwords ("what is of is of ...") would cost the square of its length.
    rewritable = len(stripped.split()) <= 2 * MAX_SLOT_WORDS
    if rewritable and not found.ok and not found.candidates:
        found = _joined(index, stripped) or found
    if rewritable and not found.ok and not found.candidates:
        found = _split(index, stripped) or found
    if not found.ok and not found.candidates and fuzzy:
        found = _respelled(index, stripped) or found
    if not found.ok and not found.candidates and "-" in stripped:  # "employee-as-customer idea"
        found = _resolve(index, stripped.replace("-", " "), fuzzy)
    if not found.ok and not found.candidates and fuzzy:
        found = _initials(index, stripped) or found
    return found


# Initials typed for a label ("JS", "CS"): a short word without a vowel, which no label holds
_INITIALS = re.compile(r"^[b-df-hj-np-tv-xz]{2,4}$")


def _initials(index: LabelIndex, phrase: str) -> Resolution | None:
    """The concepts whose (non-hidden) label has ``phrase`` for its words' initials.

    Initials are never a match on their own, since they stand for more than one label as
    often as not ("CS": customer satisfaction, customer service, contact staff): they give
    candidates, and a slot that only some concepts can fill may pick the one it accepts.
    """
    if not _INITIALS.match(phrase) or phrase in index.vocabulary:
        return None
    slugs = sorted(
        entry.slug
        for entry in index.entries.values()
        if any(lb.kind != "hiddenLabel" and _initials_of(lb.text) == phrase for lb in entry.labels)
    )
    return Resolution(phrase, candidates=slugs, initials=True) if slugs else None


def _initials_of(text: str) -> str:
    typed = [w for w in words(text) if w not in STOPWORDS]
    return "".join(w[0] for w in typed) if len(typed) > 1 else ""


def _resolve(index: LabelIndex, phrase: str, fuzzy: bool = True) -> Resolution:
    if not content_words(phrase):
        return Resolution(phrase)
    exact = " ".join(words(phrase))
    by_exact = index.by_exact.get(exact)
    if by_exact:
        return _pick(phrase, by_exact, 1.0)
    # shorthand written out ("internal mktg" is "internal marketing"), before stems, which
    # do not tell "marketing" from "market"
    by_exact = index.by_exact.get(" ".join(canonical_words(phrase)))
    if by_exact:
        return _pick(phrase, by_exact, 0.98)
    slugs = index.by_key.get(key(phrase), set())
    if slugs:
        labels = {
            s: next(lb for lb in index.entries[s].labels if lb.key == key(phrase)) for s in slugs
        }
        return _pick(phrase, labels, 0.95)
    return _fuzzy(index, phrase) if fuzzy else Resolution(phrase)


def _paraphrased(index: LabelIndex, phrase: str, fuzzy: bool) -> Resolution | None:
    """Try the phrase with its paraphrases undone; only a confident match counts."""
    reworded = phrase
    for pattern, replacement in PARAPHRASES:
        reworded = pattern.sub(replacement, reworded)
    if reworded == phrase:
        return None
    found = _resolve(index, reworded, fuzzy)
    if not found.ok:
        return None
    return Resolution(phrase, found.slug, found.score, found.matched, fuzzy=found.fuzzy)


def _owned(index: LabelIndex, owner: str, name: str) -> Resolution | None:
    """Resolve ``name`` without its owner, but only to a concept whose definition names
    the owner: "the bank's volunteer workshop" is the bank case's practice, while "the
    bakery's volunteer workshop" names nothing the graph holds."""
    found = _resolve(index, name)
    if found.ok and stem(owner) in index.entries[found.slug].definition_stems:
        return found
    return None


def _joined(index: LabelIndex, phrase: str) -> Resolution | None:
    """Try the phrase with two neighbouring words written as one ("non monetary", "front line").

    A label with exactly those words counts; so does a loose match ("inter functonal
    cordination"), but only when the joined word is itself a label word, at most one typing
    slip away, so joining never invents a word to match loosely.
    """
    typed = phrase.split()
    for i in range(len(typed) - 1):
        word = typed[i] + typed[i + 1]
        joined = " ".join([*typed[:i], word, *typed[i + 2 :]])
        found = _resolve(index, joined, fuzzy=False)
        if not found.ok and (word in index.vocabulary or slips(word, index.vocabulary)):
            found = _fuzzy(index, joined)
        if found.ok:
            return Resolution(phrase, found.slug, found.score, found.matched, fuzzy=found.fuzzy)
    return None


def _split(index: LabelIndex, phrase: str) -> Resolution | None:
    """Try the phrase with one word written as two label words ("internalmarketing").

    Only an exact label counts, so a split never invents a loose match.
    """
    typed = phrase.split()
    for i, word in enumerate(typed):
        if word in index.vocabulary or len(word) < 2 * MIN_SPLIT:
            continue
        for cut in range(MIN_SPLIT, len(word) - MIN_SPLIT + 1):
            left, right = word[:cut], word[cut:]
            if left in index.vocabulary and right in index.vocabulary:
                apart = " ".join([*typed[:i], left, right, *typed[i + 1 :]])
                found = _resolve(index, apart, fuzzy=False)
                if found.ok:
                    return Resolution(phrase, found.slug, found.score, found.matched)
    return None


def _respelled(index: LabelIndex, phrase: str) -> Resolution | None:
    """Try the phrase with each misspelt word put right, when one label word is one slip away.

    A loose match scores a partly typed label and a typing slip each below par, so a slip in
    a label typed in part ("motivaton" for employee motivation) fails both at once; putting
    the word right first leaves only the partial label to score.
    """
    typed = phrase.split()
    fixed = []
    for word in typed:
        close = slips(word, index.vocabulary) if word not in index.vocabulary else {}
        fixed.append(next(iter(close)) if len(close) == 1 else word)
    if fixed == typed:
        return None
    found = _resolve(index, " ".join(fixed))
    if not found.ok:
        return None
    return Resolution(phrase, found.slug, found.score, found.matched, fuzzy=True)


def slips(word: str, vocabulary: frozenset[str] | set[str]) -> dict[str, float]:
    """Return the words of ``vocabulary`` one typing slip from ``word``, scored ``ONE_SLIP``.

    A slip is one letter dropped, added, changed, or two neighbours swapped. Trigram
    similarity misses these in short words ("qualty" shares too few trigrams with "quality").

    >>> sorted(slips("qualty", {"quality", "equality", "qualities"}))
    ['quality']
    >>> slips("sales", {"scales", "sale"})
    {'scales': 0.7}
    >>> slips("pay", {"pays"})
    {}
    """
    if len(word) < MIN_SLIP_LENGTH:
        return {}
    if isinstance(vocabulary, frozenset):  # look up candidates instead of scanning them all
        index = _deletion_index(vocabulary)
        found = {w for key in _deletions(word) for w in index.get(key, ())}
    else:
        found = {w for w in vocabulary if len(w) >= MIN_SLIP_LENGTH}
    return {w: ONE_SLIP for w in found if abs(len(w) - len(word)) <= 1 and _one_slip(word, w)}


def _deletions(word: str) -> set[str]:
    """The word and every form of it with one letter left out."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


@lru_cache(maxsize=16)
def _deletion_index(vocabulary: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each word of ``vocabulary`` filed under itself and its one-letter deletions: two words
    one slip apart (a letter dropped, added, changed or two swapped) share a key, so a
    lookup finds every candidate without comparing against the whole vocabulary."""
    index: dict[str, list[str]] = {}
    for word in vocabulary:
        if len(word) >= MIN_SLIP_LENGTH:
            for key in _deletions(word):
                index.setdefault(key, []).append(word)
    return {key: tuple(words) for key, words in index.items()}


def _one_slip(a: str, b: str) -> bool:
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) < len(b):  # one letter added
        return a[start:] == b[start + 1 :]
    if a[start + 1 :] == b[start + 1 :]:  # one letter changed
        return True
    return a[start + 2 :] == b[start + 2 :] and a[start : start + 2] == b[start : start + 2][::-1]


def _pick(phrase: str, labels: dict[str, Label], score: float) -> Resolution:
    if len(labels) == 1:
        slug, label = next(iter(labels.items()))
        return Resolution(phrase, slug, score, label.text)
    preferred = [s for s, lb in labels.items() if lb.kind == "prefLabel"]
    if len(preferred) == 1:
        return Resolution(phrase, preferred[0], score, labels[preferred[0]].text)
    return Resolution(phrase, candidates=sorted(labels))


def _fuzzy(index: LabelIndex, phrase: str) -> Resolution:
    asked = [w for w in content_words(phrase) if w not in FILLER] or content_words(phrase)
    if all(w.isdigit() for w in asked):  # "1 or 1=1" is no loose match for "perspective 1"
        return Resolution(phrase)
    matches = {w: {**slips(w, index.vocabulary), **index.word_matches(w)} for w in asked}
    scored = []
    for entry in index.entries.values():
        named = not NAMED_KINDS.isdisjoint(entry.types)
        best = max(
            (_label_fit(lb, asked, matches, named=named) for lb in entry.labels),
            default=(0.0, ""),
        )
        if best[0] >= ACCEPT:
            scored.append((best[0], entry, best[1]))
    scored.sort(key=lambda item: (-item[0], item[1].slug))
    if not scored:
        return Resolution(phrase)
    top, entry, matched = scored[0]
    rivals = [e.slug for s, e, _ in scored[1:] if top - s <= TIE]
    if rivals:
        return Resolution(phrase, candidates=[entry.slug, *rivals][:5])
    return Resolution(phrase, entry.slug, round(top, 3), matched, fuzzy=True)


def _label_fit(
    label: Label, asked: list[str], matches: dict[str, dict[str, float]], *, named: bool = False
) -> tuple[float, str]:
    """Score how well the words asked name ``label``: 0 unless every word asked matches.

    A label only partly typed needs its head word typed; a named thing's label also needs
    more than one word typed.
    """
    if not label.words:
        return 0.0, ""
    per_word = [max((matches[w].get(lw, 0.0) for lw in label.words), default=0.0) for w in asked]
    if min(per_word) == 0.0:
        return 0.0, ""
    covered = [max((matches[w].get(lw, 0.0) for w in asked), default=0.0) for lw in label.words]
    coverage = sum(1 for c in covered if c) / len(label.words)
    if coverage < 1 and not any(matches[w].get(head(label.text), 0.0) for w in asked):
        return 0.0, ""
    if coverage < 1 and named and len(asked) < 2:
        return 0.0, ""
    quality = sum(per_word) / len(per_word)
    return quality * (0.55 + 0.45 * coverage) + 0.01 * (label.kind == "prefLabel"), label.text


@lru_cache(maxsize=4096)
def head(text: str) -> str:
    """Return the head word of a label: the last word before its first preposition.

    >>> head("resistance to change"), head("paid sabbaticals"), head("company culture")
    ('resistance', 'sabbaticals', 'culture')
    """
    found = []
    for word in canonical_words(text):
        if word in PREPOSITIONS and found:
            break
        found.append(word)
    return found[-1] if found else ""


def describe(index: LabelIndex, slugs: list[str]) -> list[Entry]:
    """Return the index entries of ``slugs`` that exist, in order."""
    return [index.entries[s] for s in slugs if s in index.entries]
