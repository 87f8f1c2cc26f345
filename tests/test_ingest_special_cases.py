"""The pipeline's tokenizer without spaCy's idle whitespace special cases makes the very
tokens spaCy's own English tokenizer makes (text, offsets, whitespace, norm). Compared is
the tokenizer inside the long-run guard, which splits runs of marks on purpose."""

from pathlib import Path

import pytest
import spacy

from imkg.ingest.corpus import corpus_files
from imkg.ingest.readers import read_document

TESTS = Path(__file__).parent
WHITESPACE = [
    "Training\nmotivates staff.\n\nEmpowerment\tmatters.",
    "a  \n b\t\t c \r\n d\u00a0e \u2003 f\n \n\tg",
    "line one\n- item\n\t- sub item\n\n\n| cell |\tcell |\n",
    "don't\nstop, e.g.\nhere; U.S.\tmarket :)\n",
    " \n\t ",
]


def texts() -> list[str]:
    paths = [*corpus_files(), *sorted((TESTS / "unseen").glob("unseen-*.md")),
             *sorted((TESTS / "unseen").glob("unseen-*.txt")),
             *sorted((TESTS / "gold").glob("gold-*.md"))]  # fmt: skip
    return [read_document(path).text for path in paths] + WHITESPACE


def tokens(doc) -> list[tuple[str, int, str, str]]:
    return [(t.text, t.idx, t.whitespace_, t.norm_) for t in doc]


def test_whitespace_cases_are_gone_but_the_no_break_space_stays(nlp):
    kept = [text for text in nlp.tokenizer.rules if text.isspace()]
    assert kept == ["\u00a0"]


@pytest.mark.parametrize("text", texts(), ids=lambda t: t[:30].replace("\n", " "))
def test_tokens_equal_spacys_own(nlp, text):
    stock = spacy.blank("en")
    inner = nlp.tokenizer.tokenizer  # inside imkg.ingest.long_runs.LongRunGuard
    assert tokens(inner(text)) == tokens(stock.make_doc(text))
