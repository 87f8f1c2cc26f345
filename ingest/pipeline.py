"""The spaCy pipeline that tags concepts and proposes influences.

Default: ``spacy.blank("en")`` + sentence splitter + lookup lemmatizer (spacy-lookups-data)
+ the built-in ``span_ruler`` holding every label form + the concept tagger + relation
cues. Nothing is downloaded. With ``name`` an installed trained pipeline is loaded instead;
its parser gives the sentences and its lemmatizer the lemmas the relation cues read.
"""

from __future__ import annotations

import gc
import weakref
from functools import lru_cache

import spacy
from spacy.language import Language

import imkg
from imkg.ingest import components as _components  # noqa: F401  (registers factories)
from imkg.ingest import relations as _relations  # noqa: F401
from imkg.ingest.labels import LabelSet, load_labels
from imkg.ingest.long_runs import LongRunGuard
from imkg.ingest.patterns import concept_patterns
from imkg.ingest.readers import MAX_CHARS
from imkg.ingest.special_cases import drop_idle_whitespace_cases
from imkg.ingest.tagger import CANDIDATES_KEY, CASED_RULER_NAME, RULER_NAME

DEFAULT_NAME = "blank-en+lookups"
# Bump when tagging changes in a way that should re-tag stored documents (5: the readers
# drop page furniture, site boilerplate and mail headers, so a file reads differently; 6: a
# table cell's ``|`` ends a sentence; 7: round five's rules: ``counter staff`` is tagged in
# the bundled bakery texts, and a chain whose middle concept is named again adds a proposal;
# 8: a label that names a place or a periodical, ``customer service desk``, ``Journal of
# Services Marketing``, is no mention; 9: round six's rules: new labels and the stand-in
# ``policyholder``, hashtag and lower-case acronym forms, ``service level agreement`` is no
# mention, and no link across ``than`` or ``through which``; 10: a run of eight or more
# punctuation marks is split one mark a token by the tokenizer guard, and a sentence is cut
# every 200 tokens; 11: round seven's rules: everyday words as hidden labels (``morale``,
# ``turnover``, ``recognition``) in their concept's context, ``HR`` on its own, verb forms of
# labels (``sell the job``, ``motivate staff``), a participle over the words for people, lists
# of abbreviations, ``IM programme``, and no claim under a denied verb of saying; a DOCX's
# content controls are read too; 12: the coverage round's and round eight's rules: verb forms
# of one-word ``-ing`` labels (``energise``, ``authorized``), ``programmes fizzle out``, a
# possessive before the people of a label's gerund (``motivating their staff``), ``teams``
# after a label's verb, no everyday word in another sense (``inventory turnover``, a quoted
# ``"morale"``), no ``customer focus group``, ``staff moral``, and a negated aside denies only
# itself; 13: round nine's rules: ``volunteer`` stands in for staff, ``recognition`` has the
# verb ``recognise`` (``recognising staff``) but the everyday word takes no verb forms, the
# label ``induction session``, and no claim under ``whether``; 14: round ten's rules: job
# titles (``driver``, ``purser``) stand in for staff and ``resident`` for customers, a label's
# own forms escape the combination limit, bare ``engagement``/``commitment``/``motivation``
# after a possessive, shared context for the everyday words, ``IT`` standing on its own, the
# labels ``refresher course``/``training``, and ``B should come down``, ``A keeps B low``; 15:
# the rule for bare everyday words: bare ``engagement``, ``motivation``, ``commitment`` count
# without a possessive, ``training`` is an everyday word of employee training, and none counts
# as one promise or event (``a commitment we made``), a quoted term, a thing (``training
# data``) or someone else's (``retention of subscribers``); 16: round eleven's relation rules:
# a pronoun subject read as the one concept before it (``: it is what keeps B low``, ``If it
# improves, B ...``), ``contribution to``, ``reflects``, ``comes down to``, ``suffers
# without``, ``Without A, B suffers``, ``B rose accordingly``, a chain through unnamed words,
# hedges 0.1 less sure, and no claim under ``no sign that`` or taken back by the next sentence);
# 17: round twelve's rules: an everyday word takes in the staff it names (``retention of
# nursing staff``, ``nurses' commitment``), bare ``retention``/``satisfaction`` only so, the
# comparatives of ``happy customers``, no mention inside another document's title (``see the
# Training Policy``) and no ``training centre``; 18: round thirteen's rules: an object ``it``
# after a cue read as the concept before (``B is costly; A explains most of it``), ``is a factor
# in``, ``is behind``, no claim after a denial mid-sentence, ``IM`` licensed by two concepts of
# its vocabulary (``internal customers``, ``internal comms``) and not next to a channel word
# (``IM notifications``), the possessive of any stand-in (``residents' satisfaction``) and no
# ``Training tab``; 19: round fourteen's rules: ``L&D``, a doubled letter written once in a
# label's last word (``internal comunication``), ``front-desk staff``, ``job as an internal
# product``, ``satisfaction with the job``, no ``training mode``, ``Customer Service Centre`` or
# organisation's ``commitment``; claims over two sentences (``As a result, B rose``), from a
# fronted or partial ``it`` (``Much of it comes down to A``), ``what makes it work``, none
# disputed in their own sentence (``...; our figures do not support that``) or ``not be
# inferred``, and none with the people who own a mention (``turnover among CSAs``); 20: round
# fifteen's rules: ``learning and development`` (and ``learning-and-development budget``),
# ``caller satisfaction``, no ``customer services`` department; a definite noun phrase read as
# the practice named before (``We launched a recognition scheme. The scheme has cut B``),
# ``Since we introduced this, B rose``, and no claim the next sentence finds no evidence of;
# an HTML page's text outside its innermost blocks is read (a ``<summary>``, the item of a
# list item holding a nested list); round sixteen's: a chain through a middle word that names
# no concept (``A builds confidence, and confident staff raise B``), none through a person's
# name, and a clause-closing ``this`` read as an object pronoun (``A explains much of this.``).
TAGGER_REVISION = "21"
MAX_LENGTH = MAX_CHARS  # the readers refuse a longer text with a clear reason


class PipelineError(Exception):
    """A pipeline cannot be built: the message says which and why."""


@lru_cache(maxsize=1)
def default_labels() -> LabelSet:
    """The concepts of the ontology bundled with the package."""
    return load_labels()


def build_pipeline(labels: LabelSet | None = None, *, name: str | None = None) -> Language:
    """Return a ready pipeline for ``labels`` (default: the bundled ontology); cached.

    Args:
        labels: The concepts to tag.
        name: An installed trained spaCy pipeline (``en_core_web_sm``) instead of the blank one.

    Raises:
        PipelineError: ``name`` is not an installed pipeline.
    """
    return _cached_pipeline(labels if labels is not None else default_labels(), name)


@lru_cache(maxsize=4)
def _cached_pipeline(labels: LabelSet, name: str | None) -> Language:
    nlp = _base(name)
    drop_idle_whitespace_cases(nlp.tokenizer)  # same tokens, no second pass per line break
    nlp.tokenizer = LongRunGuard(nlp.tokenizer)  # linear on runs of punctuation marks
    lower, cased = concept_patterns(labels)
    # The rulers go first among our components: they need only tokens, and their phrase
    # patterns are then made by the tokenizer alone.
    where = {"first": True} if name is None else {}
    for ruler_name, attr, patterns in ((RULER_NAME, "LOWER", lower),
                                       (CASED_RULER_NAME, "ORTH", cased)):  # fmt: skip
        config = {"spans_key": CANDIDATES_KEY, "phrase_matcher_attr": attr, "validate": False}
        ruler = nlp.add_pipe("span_ruler", name=ruler_name, config={**config, "overwrite": False},
                             **where)  # fmt: skip
        ruler.add_patterns(patterns)
        where = {"after": ruler_name}
    if not any(nlp.has_pipe(p) for p in ("parser", "senter", "sentencizer")):
        nlp.add_pipe("imkg_sentences")
    if not nlp.has_pipe("lemmatizer"):
        nlp.add_pipe("imkg_lookup_lemmatizer")
    rulers = [nlp.get_pipe(RULER_NAME), nlp.get_pipe(CASED_RULER_NAME)]
    nlp.add_pipe("imkg_concept_tagger").set_concepts(labels, rulers)
    # The tagger runs the rulers' matchers itself (see ConceptTagger).
    nlp.disable_pipe(RULER_NAME)
    nlp.disable_pipe(CASED_RULER_NAME)
    nlp.add_pipe("imkg_relation_cues")
    identity = {"pipeline": name or DEFAULT_NAME, "version": _version(nlp, labels, name)}
    nlp.meta["imkg"] = identity
    _IDENTITIES[nlp] = (identity["pipeline"], identity["version"])
    _settle_heap()
    return nlp


def _settle_heap() -> None:
    """Move what exists now (the pipeline's ten thousand patterns, its tables, the labels)
    out of the garbage collector's sight: they live as long as the process, and every
    full collection would otherwise walk them again (about a tenth of tagging time)."""
    gc.collect()
    gc.freeze()


def _base(name: str | None) -> Language:
    if name is None:
        nlp = spacy.blank("en")
        nlp.max_length = MAX_LENGTH
        return nlp
    try:
        return spacy.load(name, exclude=["ner", "textcat", "textcat_multilabel"])
    except OSError as err:
        raise PipelineError(
            f"no installed spaCy pipeline named {name!r} (install it with pip, "
            "or leave --pipeline out to use the built-in blank English pipeline)"
        ) from err


def _version(nlp: Language, labels: LabelSet, name: str | None) -> str:
    model = f"+{nlp.meta.get('name', name)}-{nlp.meta.get('version', '0')}" if name else ""
    return f"{default_version(labels)}{model}"


def default_version(labels: LabelSet) -> str:
    """The version the default (blank) pipeline for ``labels`` stores, without building it."""
    return f"{imkg.__version__}+t{TAGGER_REVISION}.{labels.fingerprint()}"


# Each built pipeline's identity, kept apart from ``nlp.meta``: spaCy rebuilds that dict on
# every read, listing the labels of all ten thousand ruler patterns (25 ms a document).
_IDENTITIES: weakref.WeakKeyDictionary[Language, tuple[str, str]] = weakref.WeakKeyDictionary()


def pipeline_identity(nlp: Language) -> tuple[str, str]:
    """Return the ``(name, version)`` stored with every document the pipeline tags."""
    known = _IDENTITIES.get(nlp)
    if known is not None:
        return known
    meta = nlp.meta.get("imkg", {})
    return meta.get("pipeline", DEFAULT_NAME), meta.get("version", imkg.__version__)
