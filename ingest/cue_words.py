"""The words relation cues are made of, and what each kind of cue is worth.

Kept apart from the matching (``imkg.ingest.relations``) so that the vocabulary can be read,
and extended, in one place. Everything is lowercase; verbs and nouns are lemmas.
"""

from __future__ import annotations

import re

FORWARD_VERBS = frozenset(
    [
        "affect",
        "influence",
        "impact",
        "drive",
        "determine",
        "improve",
        "enhance",
        "shape",
        "boost",
        "cause",
        "increase",
        "raise",
        "strengthen",
        "foster",
        "produce",
        "create",
        "promote",
        "generate",
        "reduce",
        "lower",
        "encourage",
        "support",
        "underpin",
        "stimulate",
        "build",
        # Verbs of harm and of help: ``friction erodes quality``, ``training eased coordination``.
        "fuel",
        "lift",
        "cut",
        "hurt",
        "erode",
        "suppress",
        "undermine",
        "damage",
        "harm",
        "weaken",
        "hamper",
        "hinder",
        "stifle",
        "ease",
        "enable",
        "facilitate",
        "spur",
        "nurture",
        "trigger",
        "kill",  # ``ignoring staff kills motivation``
        # Verbs of delay: ``resistance is slowing the implementation``.
        "impede",
        "obstruct",
        "delay",
        "slow",
    ]
)
# Verbs that are also common adjectives or nouns: a cue only when inflected (``slows``,
# ``slowed``, ``slowing``; not ``slow service``).
INFLECTED_ONLY = frozenset({"slow"})
PHRASAL = {
    ("lead", "to"): 1,
    ("result", "in"): 1,
    ("contribute", "to"): 1,
    ("give", "rise"): 1,
    ("feed", "into"): 1,
    ("translate", "into"): 1,
    ("bring", "about"): 1,
    ("feed", "through"): 1,  # ``feeds through into``, ``feeds through to``
    ("do", "more"): 1,  # ``has done more for morale than ...``
    ("do", "wonders"): 1,
    # Shares of an effect: ``A explains most of B``, ``A accounts for much of B``.
    ("explain", "most"): 1,
    ("explain", "of"): 1,  # ``explains much of B``: ``much`` is read as an adverb
    ("explain", "part"): 1,
    ("explain", "a"): 1,  # ``explains a large part of B``, ``a good deal of``, ``a lot of``
    ("account", "for"): 1,
    ("result", "from"): -1,
    ("depend", "on"): -1,
    ("stem", "from"): -1,
    ("come", "from"): -1,
    ("arise", "from"): -1,
    ("follow", "from"): -1,
    ("rely", "on"): -1,
    ("attribute", "to"): -1,
    ("flow", "from"): -1,
    ("spring", "from"): -1,
    ("derive", "from"): -1,
    # Dependence and benefit: ``B hinges on A``, ``B rests on A``, ``B benefits from A``,
    # ``B suffers without A`` (``without`` there names what B needs, not a negation).
    ("hinge", "on"): -1,
    ("rest", "on"): -1,
    ("benefit", "from"): -1,
    ("suffer", "without"): -1,
    ("struggle", "without"): -1,
}
# Verbs whose ``without`` states a need, not a negation: ``B suffers without A``.
WITHOUT_VERBS = frozenset({"suffer", "struggle"})
# Phrasal verbs of three words, read as their first two are (``B comes down to A``, ``B
# boils down to A``: A decides B); ``come down`` alone is a change (``B should come down``).
PHRASAL_THREE = {("come", "down", "to"): -1, ("boil", "down", "to"): -1}
# Verbs whose subject shows the effect of their object: ``B reflects A`` (A → B); with ``in``
# after the participle the cause comes first: ``A is reflected in B``.
REVERSE_VERBS = frozenset({"reflect"})
NOUN_CUES = {
    ("effect", "on"): 1,
    ("impact", "on"): 1,
    ("influence", "on"): 1,
    ("effect", "upon"): 1,
    ("driver", "of"): 1,
    ("determinant", "of"): 1,
    ("antecedent", "of"): 1,
    ("precursor", "of"): 1,
    ("precursor", "to"): 1,
    ("cause", "of"): 1,
    ("source", "of"): 1,
    ("predictor", "of"): 1,
    ("prerequisite", "for"): 1,
    ("precondition", "for"): 1,
    ("key", "to"): 1,
    ("reason", "for"): 1,
    ("contributor", "to"): 1,
    ("contribution", "to"): 1,  # ``its contribution to B``, ``A's contribution to B``
    ("catalyst", "for"): 1,
    ("factor", "in"): 1,  # ``A is a significant factor in B``
    ("result", "of"): -1,
    ("consequence", "of"): -1,
    ("outcome", "of"): -1,
    ("product", "of"): -1,
}
NOUN_CUE_LEADS = frozenset(
    [
        "has",
        "have",
        "had",
        "having",
        "is",
        "are",
        "be",
        "a",
        "an",
        "the",
        "one",
        "its",
        "their",
        "direct",
        "indirect",
        "positive",
        "negative",
        "strong",
        "significant",
        "major",
        "key",
        "important",
        "clear",
        "considerable",
        "main",
        "primary",
        "great",
    ]
)
MEDIATORS = frozenset({"through", "via"})
# Relative pronouns after a mediator: ``stages through which knowledge moves`` names a path,
# not a means of influence.
RELATIVE_PRONOUNS = frozenset({"which", "whom", "whose"})
# The comparison word: in ``A reduced complaints more than any B did`` B is set beside A,
# neither its effect nor its cause.
COMPARISON = "than"
# Connectives of consequence: ``customers come back, so retention goes up``. A cue only right
# before the second mention, after a comma (``A ..., so B``).
CONSEQUENCES = frozenset({"so", "therefore", "hence", "consequently", "thus"})
# Arrows in slides and notes (``Empowerment -> motivation``): the tokenizer splits ``->`` and
# ``=>`` in two; the cue is read at the second character.
ARROWS = frozenset({"→", "⇒", "->", "=>"})
ARROW_TAILS = frozenset({"-", "=", "--"})
# Verbs of delivery followed by a comparative: ``motivated staff give better service``.
DELIVERY_VERBS = frozenset({"give", "deliver", "provide", "offer"})
COMPARATIVES = frozenset({"better", "higher", "superior", "greater", "more", "faster"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "cannot", "without"})
# ``not only``, ``not just``: no negation (``A not only raises B but also boosts C``).
NOT_NEGATING = frozenset({"only", "just", "merely", "simply"})
# A gap that holds only these before its cue continues the clause of the previous cue:
# the verb shares that cue's subject (``A raises B and also boosts C``: A boosts C).
CONTINUATIONS = frozenset({"and", "but", "also", "then", "thereby", "thus", "so", ",",
                           "further", "even", "in", "turn", "to"})  # fmt: skip
CLAUSE_JOINERS = frozenset({"and", "but", ","})
# Words that open a new clause after a comma.
CLAUSE_STARTS = frozenset({"and", "but", "so", "while", "whereas", "although", "because",
                           "which", "who", "yet"})  # fmt: skip
COORDINATION = frozenset({",", "and", "or", "as", "well", "both", "&", "together", "with", "plus"})
# Words a list item may carry before its concept: ``better teamwork and higher job
# satisfaction``, ``poor communication and weak coordination``.
LIST_FILLERS = frozenset({"by", "the", "a", "an", "to", "on", "better", "higher", "greater",
                          "stronger", "more", "less", "lower", "weaker", "poor", "good",
                          "weak", "strong", "high", "low"})  # fmt: skip
LIST_JOINERS = frozenset({",", "and", "or", "&", "plus", "well"})
# Words after a verb that show it has no object: ``coordination improved once ...``.
INTRANSITIVE_NEXT = frozenset(
    {"once", "when", "after", "because", "since", "if", "while", "until", "as", "whenever"}
)
# Verbs of change: ``Y increases with X`` means X drives Y.
CHANGE_VERBS = frozenset({"increase", "rise", "grow", "improve", "fall", "decrease", "decline",
                          "vary", "change"})  # fmt: skip
# What may stand between a verb and its particle without changing the cue: adverbs (any
# word in -ly, and these) and adverbial phrases.
ADVERBS = frozenset({"also", "often", "even", "still", "much", "far", "partly"})
ADVERB_PHRASES = (("in", "part"), ("in", "large", "part"), ("to", "a", "large", "extent"),
                  ("to", "some", "extent"), ("to", "a", "great", "extent"),
                  ("at", "least", "in", "part"))  # fmt: skip
PRONOUN_SUBJECTS = frozenset({"it", "they"})
# Words that open an indirect question before a cue: its subject is the question's own
# (``why staff shape the encounter and how managers can raise quality``: not the encounter).
QUESTION_OPENERS = frozenset({"how", "why", "whether"})
# A claim asked about is not stated: ``asked whether A raises B``, ``asked for evidence that A
# would improve B``, ``wondered if``, ``test whether A increases B``. Lemmas read in the
# sentence before the cause.
QUESTION_VERBS = frozenset({"ask", "wonder", "query", "whether"})
# A claim denied is not stated either: ``does not imply that A determines B``, ``I can't claim
# that A keeps people here``, ``I'm not saying A means B``. A negation at most
# ``DENIAL_REACH`` words before one of these lemmas, read in the sentence before the cause.
SAYING_VERBS = frozenset({"imply", "claim", "say", "suggest", "prove", "show", "mean", "argue",
                          "conclude", "establish", "assume", "pretend", "infer",
                          "deduce"})  # fmt: skip
DENIAL_REACH = 2
# A reported claim its own sentence disputes: ``Some managers claim that A keeps B down; our
# figures do not support that``, ``..., but the data do not bear this out``. A negation at most
# ``DISPUTE_REACH`` words before one of these lemmas, with a pronoun as its object.
DISPUTING_VERBS = frozenset({"support", "bear", "back", "confirm", "corroborate"})
DISPUTE_REACH = 3
# Nor is a claim whose evidence is denied: ``there is no evidence that A raises B``, ``Nor is
# there any sign that A has affected B``. A negation at most ``EVIDENCE_REACH`` words before
# one of these nouns, followed by ``that``, read in the sentence before the cause.
EVIDENCE_NOUNS = frozenset({"evidence", "sign", "proof", "indication", "suggestion"})
EVIDENCE_REACH = 4
# A sentence that takes back the one before: ``It did not say that.``, ``That is not the
# case.``, ``This is not true.`` It opens with one of these words, a negation among its first
# ``RETRACTION_REACH`` words, then a verb of saying with a pronoun as its whole object, or
# ``the case``, ``true``, ``so``, or a noun of evidence for the pronoun (``We have seen no
# evidence of that.``, ``There is no proof of this.``).
RETRACTION_SUBJECTS = frozenset({"it", "this", "that", "we", "they", "there"})
RETRACTION_OBJECTS = frozenset({"that", "so", "this", "it"})
RETRACTION_REACH = 4
CLAUSE_ENDS = frozenset({",", ".", ";", "!", "and", ""})
# A cue whose head stands before the cause: ``the effect of A on B``, ``the impact of poor A
# upon B``. Read where only ``on``/``upon`` lies between A and B; at most ``NOMINAL_REACH``
# words (modifiers) between ``of`` and A.
NOMINAL_HEADS = frozenset({"effect", "effects", "impact", "impacts", "influence",
                           "contribution"})  # fmt: skip
NOMINAL_LINKS = (["on"], ["upon"], ["to"])
# ``to`` links only after ``contribution`` (``the contribution of A to B``), ``on`` and
# ``upon`` after the others.
NOMINAL_TO_HEADS = frozenset({"contribution"})
NOMINAL_REACH = 2
# Conditionals: ``If A is high, B tends to rise``, ``if you give people A, then B goes up``.
# The cause lies in a clause opened by one of these words before it, the effect after the
# comma that closes it, and the effect's verb of change (``RESPONSE_VERBS``) after the effect.
# ``where`` as a policy writes it: ``Where a manager fails to listen to staff, B is likely
# to suffer`` (a relative ``where`` has no comma before the effect and its verb of change).
CONDITIONALS = frozenset({"if", "when", "whenever", "once", "where", "wherever"})
CONDITION_REACH = 8  # words from the conditional word to the cause
# ``Without A, B suffers``: ``without`` opens the cause's clause as a conditional word does,
# and only a verb of decline follows the effect (``Without A, B improved`` denies a link).
WITHOUT = "without"
WITHOUT_RESPONSES = frozenset({"suffer", "fall", "drop", "decline", "slip", "fail", "struggle",
                               "falter", "collapse"})  # fmt: skip
# Verbs of change after the effect (lemmas; those of ``RESPONSE_PARTICLES`` only with one of
# their particles: ``B goes up``, ``B should come down``, ``B picks up``).
RESPONSE_PARTICLES = {"go": ("up", "down"), "come": ("up", "down"), "pick": ("up",)}
RESPONSE_VERBS = frozenset({"rise", "increase", "improve", "grow", "follow", "fall", "drop",
                            "decline", "climb", "suffer", "benefit",
                            *RESPONSE_PARTICLES})  # fmt: skip
# Words that may stand between the effect and its verb: ``B tends to rise``, ``B will
# usually improve``, ``B should follow``.
RESPONSE_LEADS = frozenset({"tends", "tend", "to", "will", "would", "should", "also", "then",
                            "usually", "soon", "can", "may", "might", "is", "are", "likely",
                            "generally", "typically", "quickly",
                            # the measure of the effect: ``B scores go up``, ``B levels fall``
                            "score", "scores", "level", "levels", "rate", "rates", "ratings",
                            "figures"})  # fmt: skip
# ``A makes B easier``: ``make`` before the effect, a comparative after it; ``A keeps B low``
# holds it at a level (``keep`` with ``low``, ``high``, ``down``, ``up``).
MAKE_VERBS = frozenset({"make", "render", "keep"})
MAKE_RESULTS = frozenset({"easier", "better", "worse", "stronger", "weaker", "harder",
                          "smoother", "higher", "lower", "more", "less", "faster", "slower",
                          "simpler", "likelier", "low", "high", "down", "up",
                          # ``what makes it work``, ``makes an engagement programme stick``
                          "work", "stick", "succeed", "effective"})  # fmt: skip
# Nouns after the effect that name the effort it is made of: ``makes an engagement programme
# stick``.
EFFORT_NOUNS = frozenset({"programme", "programmes", "program", "programs", "scheme", "schemes",
                          "plan", "plans", "initiative", "initiatives", "effort", "efforts",
                          "strategy", "approach", "drive", "campaign"})  # fmt: skip
# After ``make``: determiners before the effect, degree words before the comparative.
MAKE_DETERMINERS = frozenset({"the", "our", "their", "its", "a", "an", "his", "her", "your"})
DEGREE_WORDS = frozenset({"a", "lot", "much", "far", "even", "still", "considerably",
                          "significantly", "somewhat", "rather", "little", "bit"})  # fmt: skip
AFTER_REACH = 6  # words read after the effect, for the two cues above
# ``A ..., and B has risen accordingly``, ``..., and B suffers as a result``: a verb of change
# after the effect, then one of these; the clause before names the cause.
RESULT_MARKERS = (("accordingly",), ("as", "a", "result"), ("as", "a", "consequence"),
                  ("in", "consequence"), ("in", "response"))  # fmt: skip
# What may stand between the comma and the effect: ``, and their B``.
RESULT_LEADS = frozenset({"and", "the", "their", "its", "our", "his", "her", "so"})
# Words that may stand between ``it``/``they`` and the cue it is the subject of:
# ``I'm fairly sure it would improve B``, ``in our experience it is what keeps B low``.
PRONOUN_BRIDGE = frozenset({"is", "was", "are", "were", "what", "would", "will", "can",
                            "could", "may", "might", "should", "also", "really", "then",
                            "does", "did", "do", "has", "have", "had", "in", "turn", "tends",
                            "tend", "to", "often", "still", "even", "usually"})  # fmt: skip
# Words at most between the comma or colon that opens a clause and its ``it``/``they``.
PRONOUN_CLAUSE_REACH = 6
# Before ``it`` these make it an object, not a subject: ``and, with it, B``.
PREPOSITIONS = frozenset({"with", "of", "to", "for", "on", "in", "by", "from", "about", "into",
                          "without", "through", "behind"})  # fmt: skip
# Hedges before a cue: the claim is kept, ``HEDGE_PENALTY`` less sure (``A may raise B``,
# ``A tends to increase B``, ``A seems to improve B``).
HEDGES = frozenset({"may", "might", "could", "perhaps", "possibly", "probably", "tends",
                    "tend", "seem", "seems", "appear", "appears", "likely"})  # fmt: skip
HEDGE_PENALTY = 0.1
CHAIN_PENALTY = 0.1  # ``A drives B, which in turn drives C``: A → C, less sure
BARRIERS = frozenset({";"})
MAX_GAP = 18
CONFIDENCE = {"verb": 0.8, "phrase": 0.8, "noun": 0.8, "passive": 0.75, "reverse": 0.7,
              "consequence": 0.6, "conditional": 0.6}  # fmt: skip
MEDIATED_CONFIDENCE = 0.55
CONJUNCT_PENALTY = 0.05
PRONOUN_PENALTY = 0.05  # ``It`` read as the previous sentence's subject
# Every cue starts with one of these lemmas or words (see ``_cue_at``): a gap holding none
# of them is passed over without looking at each word.
CUE_LEMMAS = (
    FORWARD_VERBS
    | CHANGE_VERBS
    | DELIVERY_VERBS
    | {head for head, _ in PHRASAL}
    | {head for head, _ in NOUN_CUES}
    | MAKE_VERBS
    | REVERSE_VERBS
    | {head for head, *_ in PHRASAL_THREE}
)
# Forms whose lookup lemma is another word's: ``does`` is looked up as ``doe`` (the deer), so
# ``A does more for B`` was never read.
LEMMA_FIXES = {"does": "do"}
# ``A is (nearly always) behind B``: after a form of ``be`` and adverbs, A is B's cause.
BEHIND = "behind"
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})
BEHIND_ADVERBS = frozenset({"always", "usually", "often", "mostly", "largely", "also", "partly",
                            "sometimes", "generally", "chiefly", "mainly"})  # fmt: skip
CUE_WORDS = (
    MEDIATORS
    | CONSEQUENCES
    | CONDITIONALS
    | {"by", ">", "without", BEHIND}
    | ARROWS
    | set(LEMMA_FIXES)
)
# A year in brackets followed by a quote or a full stop opens a title in a reference list
# (``Lind, E. (2015) 'The effect of A on B'``): a study's topic, not a claim.
YEAR = re.compile(r"(1[89]|20)\d\d[a-z]?")
TITLE_OPENERS = frozenset({"'", '"', "\u2018", "\u201c", "."})
