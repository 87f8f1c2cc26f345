"""Tagging throughput and bulk ingest time; prints figures, asserts nothing.

(a) a bare spaCy PhraseMatcher on LOWER over the ontology's labels on ``spacy.blank("en")``,
(b) the full imkg pipeline (sentences, lookup lemmas, rulers, tagger, relation cues),
on the same deterministic synthetic text in the same run; then ``imkg ingest --jobs 2`` of
1,000 generated documents of 1,000 words into a temporary data directory.

Run: ``.venv/bin/python bench/bench_ingest.py [--docs 1000] [--words 1000] [--jobs 2]``
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy
from imkg.ingest.pipeline import build_pipeline, default_labels
from spacy.matcher import PhraseMatcher

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


def sentences(rng: random.Random, labels: list[str]):
    """Yield sentences mixing label phrases, causal cues and filler, forever."""
    while True:
        words = rng.sample(FILLER, rng.randint(4, 12))
        if rng.random() < 0.6:
            a, b = rng.choice(labels), rng.choice(labels)
            words[rng.randrange(len(words)) :] = [a, rng.choice(CUES), b]
        yield " ".join(words).capitalize() + "."


def make_text(rng: random.Random, labels: list[str], n_words: int) -> str:
    out, count = [], 0
    for sentence in sentences(rng, labels):
        out.append(sentence)
        count += len(sentence.split())
        if count >= n_words:
            return " ".join(out)
    return ""


def words_per_second(run, texts: list[str]) -> float:
    total = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        for text in texts:
            run(text)
        best = min(best, time.perf_counter() - began)
    return total / best


def corpus_texts() -> list[str]:
    """The bundled course texts, as ingest reads them (real mention density)."""
    from imkg.ingest.corpus import corpus_files
    from imkg.ingest.readers import read_document

    return [read_document(path).text for path in corpus_files()] * 10


def bench_tagging(n_texts: int = 200, n_words: int = 1000) -> None:
    labels = default_labels()
    texts_labels = [text for c in labels.concepts for _, text in c.labels()]
    rng = random.Random(42)
    synthetic = [make_text(rng, texts_labels, n_words) for _ in range(n_texts)]
    for name, texts in (("synthetic", synthetic), ("bundled corpus x10", corpus_texts())):
        compare(name, texts, labels, texts_labels)


def compare(name: str, texts: list[str], labels, texts_labels: list[str]) -> None:
    plain_nlp = spacy.blank("en")
    matcher = PhraseMatcher(plain_nlp.vocab, attr="LOWER")
    matcher.add("LABEL", [plain_nlp.make_doc(t) for t in texts_labels])
    ours = build_pipeline(labels)
    plain = words_per_second(lambda t: matcher(plain_nlp.make_doc(t)), texts)
    full = words_per_second(ours, texts)
    ours_mentions = sum(len(ours(t).spans["concepts"]) for t in texts)
    words = sum(len(t.split()) for t in texts)
    print(f"tagging {name}: {len(texts)} texts, {words:,} words, {len(texts_labels)} labels, "
          f"{1000 * ours_mentions / words:.0f} mentions per 1,000 words")  # fmt: skip
    print(f"  plain PhraseMatcher (blank en, LOWER): {plain:12,.0f} words/s")
    print(f"  imkg full pipeline:                    {full:12,.0f} words/s")
    print(f"  ratio imkg / plain:                    {full / plain:12.2f}")


def bench_ingest(n_docs: int, n_words: int, jobs: int) -> None:
    labels = default_labels()
    texts_labels = [text for c in labels.concepts for _, text in c.labels()]
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "docs"
        folder.mkdir()
        for n in range(n_docs):
            body = make_text(rng, texts_labels, n_words)
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
    print(f"imkg ingest --jobs {jobs}: {n_docs} documents of ~{n_words} words")
    print(f"  {seconds:.1f} s total, {n_docs / seconds:.1f} documents/s (exit {result.returncode})")
    print(f"  {result.stdout.strip()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    bench_tagging()
    bench_ingest(args.docs, args.words, args.jobs)


if __name__ == "__main__":
    main()
