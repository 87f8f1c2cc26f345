"""The words around a question that are not the question: greetings, sign-offs and subject
lines of an e-mail, polite openings ("could you tell me"), courtesy after it ("thanks a lot"),
abbreviations written with a full stop ("cust."), and the words that ask for direct or
indirect links."""

from __future__ import annotations

import re

from imkg.qa.phrases import ASKED

INDIRECT = re.compile(
    r"\b(?:either )?(?:directly or indirectly|direct or indirect|direct and indirect|directly "
    r"and indirectly|indirectly|indirect|ultimately|in any way|transitively|all the way|"
    r"through other (?:concepts|factors))\b"
)

DIRECTLY = re.compile(r"\b(?:directly|immediately)\b(?! (?:after|before))")

_ABOUT = r"(?! (?:more |something |a bit |a little )?about)"

# An e-mail's greeting, with whom it greets, before a punctuation mark: "Hi all,", "Dear imkg
# team,", "Morning!", "hey team -"; without the mark only the greeting word goes (above).
GREETING = re.compile(
    r"^(?:hi|hello|hey|hiya|dear|greetings|(?:good )?(?:morning|afternoon|evening))\b"
    r"(?: [a-z.']+){0,3}?\s*[,:;!-]+\s*"
)

# An e-mail's sign-off after a punctuation mark, with the name signed: ", thanks, Sam",
# ". Best, J.", ", kind regards, Dr. Patel", ". Many thanks in advance."
SIGN_OFF = re.compile(
    r"\s*[,.;!-]+\s*(?:many thanks|thanks|thank you|thx|cheers|best|best wishes|best regards|"
    r"kind regards|warm regards|regards|all the best|ta)(?: (?:a lot|so much|very much|in "
    r"advance|again))?(?:[,.]? ?[a-z][a-z.']*(?: [a-z][a-z.']*){0,2})?$"
)

# An e-mail's subject line before the question: "re: tomorrow's tutorial, ..."
SUBJECT = re.compile(r"^(?:re|subject|subj|fwd|fw): ?[^,;]{1,60}[,;] ?")

POLITE = re.compile(
    r"^(?:(?:hi|hello|hey|hey there|hiya|yo|dear|um|umm|hmm|ok|okay|so|please|pls|plz|"
    r"quick question|quick one|question|sorry|and|also|then|but|now|right|alright|well|btw|"
    r"by the way)[,:!.]* )*"
    rf"(?:(?:can|could|would|will) {ASKED} (?:please |pls )?(?:tell me{_ABOUT}|explain|"
    rf"show me)|(?:can|could|would|will) {ASKED} (?:please |pls )?(?=tell me|define|list|"
    r"describe|name|give)|"
    r"i (?:want|would like|'d like|need) to know|i wonder|i'm wondering|do you know|"
    rf"please tell me{_ABOUT}|tell me{_ABOUT})?"
    r"[,:]? ?"
)

# Courtesy after the question: "..., thanks a lot", "..., any ideas?"
COURTESY = re.compile(
    r"(?:,| -)? (?:thanks|thank you|thx|ty|tnx|cheers|any ideas?|please|pls|plz|if possible|"
    r"if you can|anyone|lol|asap|i do not (?:get|understand) (?:it|this|that)|i am (?:confused|"
    r"lost|stuck)|help(?: me)?|please help|no idea)(?: (?:a lot|so much|very much|in advance))?$"
)

# Abbreviations written with a full stop, read as the word: "cust. satisfaction"
ABBREVIATED = {
    "cust": "customer", "custs": "customers", "emp": "employee", "empl": "employee",
    "org": "organisation", "orgs": "organisations", "mgmt": "management", "mktg": "marketing",
    "dept": "department", "satisf": "satisfaction", "satis": "satisfaction",
    "comm": "communication",
}  # fmt: skip

# Those read as the word even without the full stop: none is an English word
BARE_ABBREVIATED = frozenset(("cust", "custs", "mgmt", "mktg", "satisf", "empl"))

ABBREVIATION = re.compile(r"\b(" + "|".join(ABBREVIATED) + r")\. ")
