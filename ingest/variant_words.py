"""The word lists label variants are built from: generic words, stand-ins for staff and
customers (job titles, occupations), relational nouns, the prepositions and determiners of
word-order variants, and the endings that mark adjectives and participles."""

from __future__ import annotations

import re

# Words that on their own are too common to mean the concept: a one-word label in this
# list is not matched (``bus service`` is not service quality). Longer labels still are.
GENERIC_WORDS = frozenset(
    [
        "service",
        "services",
        "organisation",
        "organisations",
        "organization",
        "organizations",
        "marketing",
        "quality",
        "training",
        "communication",
        "communications",
        "employee",
        "employees",
        "customer",
        "customers",
        "staff",
        "job",
        "jobs",
        "management",
        "strategy",
        "strategies",
        "market",
        "markets",
        "product",
        "products",
        "people",
        "personnel",
        "function",
        "functions",
        "company",
        "companies",
        "firm",
        "business",
        "value",
        "work",
        "approach",
        "orientation",
        "integration",
        "coordination",
        "co-ordination",
        "satisfaction",
        "motivation",
        "reward",
        "rewards",
        "model",
        "cycle",
        "input",
        "inputs",
        "output",
        "outputs",
        "stage",
        "stages",
        "group",
        "groups",
    ]
)

# Modifier synonyms for two-word labels: ``staff motivation`` is ``employee motivation``.
MODIFIER_SYNONYMS = {
    "employee": ("staff", "personnel", "worker", "workforce"),
    "staff": ("employee", "personnel", "worker"),
}

# Words used in one another's place in multi-word labels: for the people a firm employs
# (with the job titles cases use for all of them: a hospital's nurses, a contact centre's
# agents and advisors, a bank's tellers, and the ``colleagues`` of British retail and
# banking), and for the people it serves (a hospital's patients, a hotel's guests, an
# airline's passengers, a public agency's claimants and citizens, a housing association's
# tenants and an insurer's policyholders are its customers; a charity's volunteers are
# its staff; a freight firm's drivers, an airline's pursers and stewards, a shop's cashiers
# and a café's baristas are the staff those firms' texts name; a council's or a care home's
# residents and a store's shoppers are their customers, and so are a helpline's callers).
STAND_INS = (
    ("employee", "staff", "personnel", "worker", "crew", "nurse", "agent", "advisor", "adviser",
     "teller", "associate", "colleague", "volunteer", "driver", "purser", "steward", "cashier",
     "barista"),
    ("customer", "client", "patient", "guest", "passenger", "student", "member", "claimant",
     "citizen", "tenant", "policyholder", "resident", "shopper", "caller"),
    # The desk or office where front-line staff meet customers: ``front-desk staff``.
    ("front-line", "front-desk", "front-office"),
    # Abbreviations writers use inside longer names: ``admin staff``, ``internal comms``.
    ("administrative", "admin"),
    ("communication", "comms"),
    ("department", "dept"),  # ``HR dept``, ``finance dept``
)  # fmt: skip

# How many combinations of a longer label's own word forms (before its last word) are kept
# whatever the limit on all combinations (see :func:`surface_variants`).
OWN_LIMIT = 16

# Job titles among them: no stand-in after ``of``, where a title singles out one group for a
# measure (``Empowerment of pursers: refunds up to 200 euros``, which round three marks as
# ``Empowerment``), while ``driver turnover``, ``communication with drivers`` and ``Empower
# pursers`` name the concept for all staff.
JOB_TITLES = frozenset(f for w in ("driver", "purser", "steward", "cashier", "barista")
                       for f in (w, w + "s"))  # fmt: skip

# Stand-ins that are words of labels in their own right: they stand in for the others, but
# are not replaced in a label (``staff member`` has no ``staff customer``).
ONLY_STAND_INS = frozenset({"member", "members", "associate", "associates", "admin", "comms",
                            "dept", "depts"})  # fmt: skip

MASS_NOUNS = frozenset({"staff", "personnel", "crew", "comms"})

# Stand-ins only as a label's last word (``frontline associates``): first, ``associate``
# reads as the verb (``researchers associate satisfaction with loyalty``).
HEAD_ONLY_STAND_INS = frozenset({"associate", "associates"})

# Heads after which another people word names something else: ``student orientation`` and
# ``staff orientation`` are induction sessions, not customer orientation.
FIXED_MODIFIER_HEADS = frozenset({"orientation", "orientations"})

# Relational adjectives and the nouns they stand for: ``inter-functional coordination``
# is ``coordination between functions``.
RELATIONAL_NOUNS = {
    "inter-functional": ("functions", "departments"),
    "interfunctional": ("functions", "departments"),
    "cross-functional": ("functions", "departments"),
    "interdepartmental": ("departments", "functions"),
    "inter-departmental": ("departments", "functions"),
}

ORDER_PREPOSITIONS = ("of", "among", "amongst", "between", "across", "within")

# Prepositions after which a longer label's plural noun may take ``the``.
ARTICLE_PREPOSITIONS = frozenset({"among", "amongst", "between", "across", "within"})

ORDER_DETERMINERS = ("", "the", "its", "their")

RELATIONAL_DETERMINERS = ("", "the", "different", "the different", "all", "all the", "various")

# Heads that take word-order variants though no verb lies behind them (``quality of service``).
NOMINAL_HEADS = frozenset(
    {"quality", "attitude", "attitudes", "focus", "turnover", "voice", "morale", "attrition"}
)

NOUN_MODIFIERS = frozenset({"employee", "staff", "customer", "job", "service", "work", "team"})

# A modifier with one of these endings is an adjective: no ``marketing of internal``.
ADJECTIVE_ENDINGS = re.compile(r"(al|ive|ic|ous|ful|able|ible|ary|ed|ing|less|ent|ant)$")

PARTICIPLE_ENDINGS = re.compile(r"(ed|ing)$")

HYPHEN_PREFIXES = ("co", "inter", "intra", "cross", "non", "pre", "multi", "self", "up")

# Words after which the word before them heads a noun phrase of its own (``jobs as
# products``): that word takes number variants too, not only the label's last word.
PHRASE_BREAKS = frozenset({"as", "of", "to", "for", "with", "in", "on", "between", "among"})

# ``-ing`` words of labels that are nouns, not verbs: no ``market``/``marketed`` from them.
# Particles and mass nouns a label may end on: no ``fizzle outs``, ``staffs``.
NO_PLURAL = frozenset({"out", "up", "off", "together", "down", "staff", "personnel"})

ING_NOUNS = frozenset({"marketing", "training", "building", "hiring", "understanding", "code",
                       "purchasing"})  # fmt: skip

# Possessive determiners a writer puts before the people a label's verb is done to
# (``treating our staff as tools``, ``motivating their employees``).
POSSESSIVES = ("our", "their", "its", "your", "his", "her")

POSSESSED_PEOPLE = frozenset({"employee", "employees", "staff", "personnel", "worker", "workers",
                              "colleague", "colleagues", "people", "workforce"})  # fmt: skip

# Words between a label's verb and the people that are no modifier of the people.
PEOPLE_LINKS = frozenset({"to", "from", "of", "with", "as", "and", "or", "the"})

# Determiners after which a word in ``-ing`` is a verb with its object (``selling the job``).
VERB_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "their", "its", "our"})

# Verbs that are also everyday nouns before the words for staff: ``train crew``.
NOUN_VERBS = frozenset({"train", "keep"})

DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2019": "'"})

NOT_OUR = frozenset({"hour", "four", "your", "tour", "pour", "flour", "sour", "our", "detour"})
