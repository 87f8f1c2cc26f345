"""A follow-up with nothing before it: "and barriers?", "what about the outputs?".

Each question is answered on its own, so a fragment that leans on an earlier question has
no topic of its own: reading it as a bare keyword ("barriers") would guess which question
it continues. It declines and says how to ask it in full.
"""

from __future__ import annotations

import re

from imkg.text import fold

# "and barriers?", "what about benefits", "how about for contactors", "same for the outputs";
# at most three words after the opener, none a question word, so "and what drives X" is no
# fragment
_FOLLOW_UP = re.compile(
    r"^(?:and|also|plus|(?:and )?(?:what|how) about|same (?:question )?for|ditto for)\s+"
    r"(?!(?:what|which|who|how|why|where|when|is|are|does|do|can|list|name|define|explain|"
    r"describe|give|tell|show)\b)(?:for |the |its |their )?[a-z'-]+(?: [a-z'-]+){0,2}\s*[?.!]*$"
)
# opener, three words of up to 20 letters and the spaces between: longer is no fragment
_LONGEST_FRAGMENT = 90
FOLLOW_UP_REASON = (
    "this reads like a follow-up to an earlier question, and I answer each question on its own."
    " Ask it in full, for example 'what are the barriers to internal marketing?'"
)


def dangling_follow_up(question: str) -> bool:
    """Whether ``question`` is only a follow-up fragment.

    >>> dangling_follow_up("and barriers?"), dangling_follow_up("what about the outputs")
    (True, True)
    >>> dangling_follow_up("and what drives job satisfaction?")
    False
    """
    if len(question) > _LONGEST_FRAGMENT:
        return False
    return _FOLLOW_UP.match(" ".join(fold(question).split())) is not None
