"""The "I" statement builder: the template, and the accusation patterns it notices with the gentler
wording it offers for the flagged part. `pattern` values are regular expressions matched without
regard to case; everything else is copy shown to the person."""

from dataclasses import dataclass


@dataclass(frozen=True)
class BuilderField:
    name: str  # the form field and the TEMPLATE placeholder
    label: str
    help: str


@dataclass(frozen=True)
class Accusation:
    code: str
    pattern: str  # a regular expression, matched without regard to case
    rewrite: str | None  # None: looked up in LABELS by the word that matched
    why: str


TEMPLATE = "When {happened} {situation}, I feel {feel}, and what I need is {need}."

FIELDS: tuple[BuilderField, ...] = (
    BuilderField(
        "happened",
        "What happened",
        "Plain facts a camera could see. For example: the plans changed at the last minute",
    ),
    BuilderField("situation", "In which situation", "Where or when. For example: on a work night"),
    BuilderField(
        "feel", "What I feel", "One or two feeling words. For example: anxious and a bit alone"
    ),
    BuilderField(
        "need", "What I need", "A small, doable ask. For example: a message when plans change"
    ),
)

# Words that already start a situation; the builder adds "in" only when none is there.
SITUATION_STARTS = (
    "in ",
    "at ",
    "on ",
    "during ",
    "after ",
    "before ",
    "when ",
    "while ",
    "with ",
    "around ",
    "over ",
)

LABELS = {
    "selfish": "I felt my needs did not count",
    "lazy": "I felt I was carrying more than my share",
    "useless": "I felt I was carrying more than my share",
    "stupid": "I felt frustrated",
    "idiot": "I felt frustrated",
    "childish": "I felt frustrated",
    "liar": "I found it hard to trust what I heard",
    "crazy": "I found it hard to follow what was happening",
    "cold": "I felt alone",
    "heartless": "I felt alone",
    "narcissist": "I felt unheard",
    "toxic": "I felt unheard",
    "pathetic": "I felt hurt",
    "jerk": "I felt hurt",
    "loser": "I felt hurt",
}

ACCUSATIONS: tuple[Accusation, ...] = (
    Accusation(
        code="youre_always",
        pattern=r"\byou(?:'re|’re| are) always\b",
        rewrite="more than once lately, you were",
        why='"Always" turns one moment into a verdict on the person, so it invites a defence.',
    ),
    Accusation(
        code="you_always",
        pattern=r"\byou always\b",
        rewrite="more than once lately, you",
        why='"Always" turns one moment into a verdict on the person, so it invites a defence.',
    ),
    Accusation(
        code="youre_never",
        pattern=r"\byou(?:'re|’re| are) never\b",
        rewrite="lately it has felt to me as if you are not",
        why='"Never" is easy to disprove with one example, and the real point gets lost.',
    ),
    Accusation(
        code="you_never",
        pattern=r"\byou never\b",
        rewrite="lately it has felt to me as if you don't",
        why='"Never" is easy to disprove with one example, and the real point gets lost.',
    ),
    Accusation(
        code="you_make_me",
        pattern=r"\byou (?:make|made) me(?: feel)?\b",
        rewrite="I feel",
        why='Your feeling is yours to name. "You make me" hands your partner the blame for it.',
    ),
    Accusation(
        code="name_calling",
        # "you're so selfish", "you are such a liar", "selfish", "an idiot"
        pattern=(
            r"\b(?:you(?:'re|’re| are)\s+(?:so\s+|such\s+an?\s+|an?\s+|being\s+)?)?(?:an?\s+)?"
            r"(?P<label>" + "|".join(LABELS) + r")\b"
        ),
        rewrite=None,  # looked up in LABELS by the word that matched
        why="A label describes the person, not the moment. Say what happened and how it felt instead.",
    ),
)

CLEAN = "Nothing here reads as an accusation. It sounds like you."
