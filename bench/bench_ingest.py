"""Tagging throughput and bulk ingest time; prints figures, asserts nothing.

(a) a bare spaCy PhraseMatcher on LOWER over the ontology's labels on ``spacy.blank("en")``,
(b) the full imkg pipeline (in-paragraph line breaks joined as ingest joins them, then
sentences, lookup lemmas, rulers, tagger, relation cues),
timed in turns on the same texts in the same run (3 rounds, medians): course-like synthetic
text (the bundled corpus's density), the earlier dense synthetic text, the bundled corpus,
the gold set's documents and the held-out texts; then ``imkg ingest --jobs 2`` of 1,000
generated documents of 1,000 words into a temporary data directory.

Run: ``.venv/bin/python bench/bench_ingest.py [--docs 1000] [--words 1000] [--jobs 2]
[--text course] [--text dense] [--skip-tagging]``
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

import spacy
from spacy.matcher import PhraseMatcher

from imkg.ingest.pipeline import build_pipeline, default_labels
from imkg.ingest.unwrap import Unwrapped

FILLER = [
    "the",
    "team",
    "met",
    "on",
    "monday",
    "to",
    "review",
    "the",
    "quarter",
    "and",
    "agree",
    "next",
    "steps",
    "for",
    "the",
    "branch",
    "managers",
    "said",
    "that",
    "clear",
    "goals",
    "and",
    "regular",
    "feedback",
    "help",
    "people",
    "do",
    "their",
    "work",
    "well",
    "several",
    "projects",
    "were",
    "delayed",
    "because",
    "suppliers",
    "changed",
    "their",
    "terms",
    "at",
    "short",
    "notice",
]
CUES = ["leads to", "drives", "is influenced by", "improves", "has a direct effect on", "and"]
# Words that join two concepts without stating an influence (most pairs in course text).
LINKS = ["and", "or", "with", "for", "in", "as well as", "alongside", "but also"]
# Course-like text: about one concept per sentence of ~15 words and few stated influences,
# as in the bundled corpus (50 mentions and 3 proposals per 1,000 words). "dense" is the
# earlier text: short sentences, a causal pair in most (113 mentions per 1,000 words).
TEXTS = ("course", "dense")


def sentences(rng: random.Random, labels: list[str], text: str = "course"):
    """Yield sentences mixing label phrases, causal cues and filler, forever."""
    while True:
        if text == "dense":
            words = rng.sample(FILLER, rng.randint(4, 12))
            if rng.random() < 0.6:
                a, b = rng.choice(labels), rng.choice(labels)
                words[rng.randrange(len(words)) :] = [a, rng.choice(CUES), b]
            yield " ".join(words).capitalize() + "."
            continue
        words = rng.sample(FILLER, rng.randint(7, 18))
        draw = rng.random()
        where = rng.randrange(len(words))
        if draw < 0.2:
            link = rng.choice(CUES[:-1]) if rng.random() < 0.3 else rng.choice(LINKS)
            words[where:where] = [rng.choice(labels), link, rng.choice(labels)]
        elif draw < 0.62:
            words[where:where] = [rng.choice(labels)]
        yield " ".join(words).capitalize() + "."


def make_text(rng: random.Random, labels: list[str], n_words: int, text: str = "course") -> str:
    out, count = [], 0
    for sentence in sentences(rng, labels, text):
        out.append(sentence)
        count += len(sentence.split())
        if count >= n_words:
            return " ".join(out)
    return ""


def seconds(run, texts: list[str]) -> float:
    began = time.perf_counter()
    for text in texts:
        run(text)
    return time.perf_counter() - began


def corpus_texts() -> list[str]:
    """The bundled course texts, as ingest reads them (real mention density)."""
    from imkg.ingest.corpus import corpus_files
    from imkg.ingest.readers import read_document

    return [read_document(path).text for path in corpus_files()] * 10


def gold_texts() -> list[str]:
    """The gold set's documents (tests/gold): real prose, dense with hard cases."""
    from imkg.ingest.readers import read_document

    folder = Path(__file__).resolve().parent.parent / "tests" / "gold"
    return [read_document(path).text for path in sorted(folder.glob("gold-*.md"))] * 40


def unseen_texts() -> list[str]:
    """The held-out texts (tests/unseen): twelve short texts in other hands' styles."""
    from imkg.ingest.readers import read_document

    folder = Path(__file__).resolve().parent.parent / "tests" / "unseen"
    paths = [p for p in sorted(folder.glob("unseen-*")) if p.suffix in (".md", ".txt")]
    return [read_document(path).text for path in paths] * 20


def bench_tagging(n_texts: int = 200, n_words: int = 1000, repeats: int = 3) -> None:
    labels = default_labels()
    texts_labels = [text for c in labels.concepts for _, text in c.labels()]
    cases = [(f"synthetic {kind}", _texts(kind, texts_labels, n_texts, n_words))
             for kind in TEXTS]  # fmt: skip
    cases.append(("bundled corpus x10", corpus_texts()))
    cases.append(("gold set x40", gold_texts()))
    cases.append(("held-out texts x20", unseen_texts()))
    for name, texts in cases:
        compare(name, texts, labels, texts_labels, repeats)


def _texts(kind: str, labels: list[str], n_texts: int, n_words: int) -> list[str]:
    rng = random.Random(42)
    return [make_text(rng, labels, n_words, kind) for _ in range(n_texts)]


def compare(name: str, texts: list[str], labels, texts_labels: list[str], repeats: int) -> None:
    """Time the plain matcher and our pipeline in turns; print medians and their ratio."""
    plain_nlp = spacy.blank("en")
    matcher = PhraseMatcher(plain_nlp.vocab, attr="LOWER")
    matcher.add("LABEL", [plain_nlp.make_doc(t) for t in texts_labels])
    ours = build_pipeline(labels)
    plain_run = lambda t: matcher(plain_nlp.make_doc(t))  # noqa: E731
    ours_run = lambda t: ours(Unwrapped(t).text)  # noqa: E731  (as ingest feeds the pipeline)
    plain_run(texts[0]), ours_run(texts[0])  # warm caches
    words = sum(len(t.split()) for t in texts)
    plain, full, ratios = [], [], []
    for _ in range(repeats):
        plain.append(words / seconds(plain_run, texts))
        full.append(words / seconds(ours_run, texts))
        ratios.append(full[-1] / plain[-1])
    docs = [ours_run(t) for t in texts]
    mentions = sum(len(d.spans["concepts"]) for d in docs)
    proposals = sum(len(d._.imkg_links) for d in docs)
    print(f"tagging {name}: {len(texts)} texts, {words:,} words, {len(texts_labels)} labels, "
          f"{1000 * mentions / words:.0f} mentions and {1000 * proposals / words:.1f} "
          f"proposals per 1,000 words")  # fmt: skip
    print(f"  plain PhraseMatcher (blank en, LOWER): {median(plain):12,.0f} words/s")
    print(f"  imkg full pipeline:                    {median(full):12,.0f} words/s")
    print(
        f"  ratio imkg / plain (median of {repeats}):    {median(ratios):12.2f}  "
        f"({', '.join(f'{r:.2f}' for r in ratios)})"
    )


def bench_ingest(n_docs: int, n_words: int, jobs: int, text: str = "course") -> None:
    labels = default_labels()
    texts_labels = [text for c in labels.concepts for _, text in c.labels()]
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "docs"
        folder.mkdir()
        for n in range(n_docs):
            body = make_text(rng, texts_labels, n_words, text)
            (folder / f"doc-{n:04}.md").write_text(f"# Document {n}\n\n{body}\n")
        imkg = str(Path(sys.executable).with_name("imkg"))
        data = Path(temp) / "data"
        subprocess.run([imkg, "build", "--data-dir", str(data)], check=True, capture_output=True)
        began = time.perf_counter()
        result = subprocess.run(
            [imkg, "ingest", str(folder), "--jobs", str(jobs), "--data-dir", str(data), "--quiet"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        seconds = time.perf_counter() - began
    print(f"imkg ingest --jobs {jobs}: {n_docs} documents of ~{n_words} words ({text} text)")
    print(f"  {seconds:.1f} s total, {n_docs / seconds:.1f} documents/s (exit {result.returncode})")
    print(f"  {result.stdout.strip()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument(
        "--text",
        choices=TEXTS,
        action="append",
        help="synthetic text for the ingest run (repeatable; default: course)",
    )
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--skip-tagging", action="store_true")
    args = parser.parse_args()
    if not args.skip_tagging:
        bench_tagging(repeats=args.repeats)
    for text in args.text or ["course"]:
        bench_ingest(args.docs, args.words, args.jobs, text)


if __name__ == "__main__":
    main()
