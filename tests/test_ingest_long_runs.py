"""The tokenizer guard: spaCy's tokens everywhere, except on runs of punctuation marks, which
spaCy's affix loop splits in quadratic time and the guard splits in one pass."""

from __future__ import annotations

import random
import time

import pytest
import spacy

from imkg.ingest import tag_text
from imkg.ingest.corpus import corpus_files
from imkg.ingest.long_runs import _MARK_RUN, MAX_MARKS, LongRunGuard, _may_hold_run
from imkg.ingest.readers import read_document


@pytest.fixture(scope="module")
def plain():
    return spacy.blank("en")


def test_ordinary_text_is_tokenised_exactly_as_spacy_does(plain) -> None:
    guard = LongRunGuard(plain.tokenizer)
    for path in corpus_files():
        text = read_document(path).text
        assert [t.text for t in guard(text)] == [t.text for t in plain.tokenizer(text)], path
    for text in ("see https://example.org/a/b?x=1 now", "wait... what?!", "(a) and [b]"):
        assert [t.text for t in guard(text)] == [t.text for t in plain.tokenizer(text)]


def test_the_byte_precheck_never_misses_a_run_of_marks() -> None:
    """The cheap check may say "maybe" wrongly, never "no" wrongly: over random texts drawn
    from letters, spaces, ASCII marks, the dashes, quotes and guillemets of the run pattern,
    accented and CJK letters and a lone surrogate, it agrees with the regular expression
    wherever that finds a run, and it rules out ordinary prose."""
    alphabet = "ab \n.,;!?()-\"'*|" + "\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00ab\u00bb\u203a"
    alphabet += "\u00e9\u00fc\u65e5\u672c\u2030\u2190\ud800"
    rng = random.Random(5)
    runs = 0
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        if _MARK_RUN.search(text):
            runs += 1
            assert _may_hold_run(text), repr(text)
    assert runs > 1_000  # the draw did test the check
    for path in corpus_files():
        assert not _may_hold_run(read_document(path).text), path
    assert not _may_hold_run("caf\u00e9 \u65e5\u672c\u8a9e\u306e\u6587\u3002")


@pytest.mark.parametrize(
    "text",
    [
        "(" * 300 + "empowerment" + ")" * 300 + " and then",
        "a rule\n" + "=-" * 200 + "\nbelow it",
        "Chapter 1 ........ 5\nChapter 2 ........ 9",
        "end ))))))))))",
        "\u2014" * 40 + " dashes \u00a0" + "!" * MAX_MARKS,
    ],
)
def test_runs_of_marks_are_split_one_mark_a_token_and_keep_the_text(plain, text) -> None:
    doc = LongRunGuard(plain.tokenizer)(text)
    assert doc.text == text
    marks = [t.text for t in doc if not t.is_alpha and not t.is_space and not t.like_num]
    assert marks and all(len(mark) == 1 for mark in marks)


def test_a_hostile_text_is_tagged_in_linear_time_with_its_mention() -> None:
    """30,000 brackets around a label: spaCy's tokenizer alone needs minutes (3,000 took 4 s
    here, growing with the square), the guarded pipeline well under a second."""
    text = "(" * 15_000 + "empowerment" + ")" * 15_000 + ". Empowerment matters."
    started = time.perf_counter()
    mentions = tag_text(text)
    assert time.perf_counter() - started < 10
    found = [(m.start, m.text) for m in mentions]
    assert (15_000, "empowerment") in found
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_a_text_without_full_stops_is_cut_into_bounded_sentences() -> None:
    """A run-on text was one sentence: every pair of its mentions was read for a cue and each
    proposal carried the whole text (584 KB took 110 s and 9 GB of evidence)."""
    from imkg.ingest.components import MAX_SENTENCE_TOKENS
    from imkg.ingest.pipeline import build_pipeline
    from imkg.ingest.process import analyse

    phrase = "empowerment drives job satisfaction and training improves motivation and "
    text = phrase * 2_000
    mentions, proposals = analyse(build_pipeline(), text)
    # Four mentions a phrase: bare ``training`` and ``motivation`` count beside the labels.
    assert len(mentions) == 8_000 and proposals
    longest = max(m.sentence_end - m.sentence_start for m in mentions)
    assert longest <= MAX_SENTENCE_TOKENS * 12  # tokens of at most eleven letters and a space
    assert all(p.evidence in text and len(p.evidence) <= longest for p in proposals)
