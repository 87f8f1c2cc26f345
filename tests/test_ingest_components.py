"""The token arrays the pipeline components share, against spaCy's own token attributes."""

from __future__ import annotations

import numpy as np
import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH, SPACY

from imkg.ingest.components import (
    IDX_COL,
    LENGTH_COL,
    ORTH_COL,
    SPACE_COL,
    SPACY_COL,
    OrthSet,
    OrthTable,
    sentence_starts,
    token_arrays,
)

TEXTS = [
    "Plain words, and punctuation (here).",
    "Two  spaces,\ttabs\t\tand\n\nblank lines \n\n\n  with   runs of   space.  ",
    "Unicode: naïve café — “quoted” … ends?! Yes. 1.5 % of staff",
    " leading space",
    "",
    "x",
]


def test_token_arrays_agree_with_spacy_on_every_token() -> None:
    nlp = spacy.blank("en")
    for text in TEXTS:
        doc = nlp.make_doc(text)
        tokens = token_arrays(doc)["tokens"]
        expected = doc.to_array([IDX, LENGTH, ORTH, SPACY, IS_SPACE]).reshape(-1, 5)
        for column, attr in ((IDX_COL, 0), (LENGTH_COL, 1), (ORTH_COL, 2), (SPACY_COL, 3),
                             (SPACE_COL, 4)):  # fmt: skip
            assert tokens[:, column].tolist() == expected[:, attr].tolist(), (text, column)


def test_orth_table_gives_each_form_its_own_value_despite_collisions() -> None:
    nlp = spacy.blank("en")
    table = OrthTable(len, bits=2)  # four slots: nearly every form collides
    words = [f"w{'x' * n}" for n in range(40)]
    doc = nlp.make_doc(" ".join(words * 3))
    orths = doc.to_array(ORTH).astype(np.uint64)
    for _ in range(2):
        assert table.lookup(orths, nlp.vocab.strings).tolist() == [len(w) for w in words * 3]


def test_orth_set_finds_exactly_its_members() -> None:
    nlp = spacy.blank("en")
    doc = nlp.make_doc("HR and IT met the TQM team; hr is not HR.")
    strings = nlp.vocab.strings
    members = OrthSet([strings["HR"], strings["TQM"]], bits=3)
    found = members.find(doc.to_array(ORTH).astype(np.uint64))
    assert [doc[i].text for i in found] == ["HR", "TQM", "HR"]


def test_sentences_split_after_ends_and_at_blank_lines() -> None:
    from imkg.ingest.pipeline import build_pipeline

    nlp = build_pipeline()
    doc = nlp('He said "It works." Then it stopped! Heading\n\nNext line has e.g. 1.5 units')
    starts = [doc[i].text for i in sentence_starts(doc).tolist()]
    assert starts == ["He", "Then", "Heading", "Next"]
    assert [s.start for s in doc.sents] == sentence_starts(doc).tolist()


def test_sentences_start_at_list_items_that_begin_a_line() -> None:
    from imkg.ingest.pipeline import build_pipeline

    nlp = build_pipeline()
    doc = nlp("Points:\n- staff first\n\u2022 training - and more\nfront - line work - done")
    starts = [doc[i].text for i in sentence_starts(doc).tolist()]
    assert starts == ["Points", "-", "\u2022"]  # a dash inside a line starts nothing
    assert [s.start for s in doc.sents] == sentence_starts(doc).tolist()


def test_no_sentence_opens_with_a_comma_or_semicolon() -> None:
    from imkg.ingest.pipeline import build_pipeline

    nlp = build_pipeline()
    doc = nlp("Pay matters (Smith et al., 2012), which drives morale. See ibid.; and more. Next")
    starts = [doc[i].text for i in sentence_starts(doc).tolist()]
    assert starts == ["Pay", "See", "Next"]
