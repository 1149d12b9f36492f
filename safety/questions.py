"""The screening questionnaire: one reviewable file of items and the flags they raise.

Paraphrased, not copied, from published screens:
- HARK (Sohal and others, 2007): four yes/no questions about the past year. One "yes" or more is a
  positive screen (in its validation: sensitivity 81%, specificity 95%).
- HITS (Sherin and others, 1998): how often a partner hurts, insults, threatens or screams at you,
  each from 1 (never) to 5 (frequently); a total above 10 is a positive screen.
- Danger indicators drawn from lethality research (the Maryland Lethality Screen and the Danger
  Assessment). dvoe does not score them: any one of them means "talk to a person now".
Plus one question each for an ongoing affair, untreated addiction, a partner who has decided, and
thoughts of self-harm.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Question:
    key: str  # the answer's key, stored with the check-in
    text: str
    choices: list[tuple[str, str]]  # (stored answer, label), as form choices
    flag: str
    raised_by: set[str]  # the answers that raise the flag


@dataclass(frozen=True)
class Item:
    key: str
    label: str


YES_NO = [("yes", "Yes"), ("no", "No")]
FREQUENCY = [
    ("1", "Never"),
    ("2", "Rarely"),
    ("3", "Sometimes"),
    ("4", "Fairly often"),
    ("5", "Often"),
]

HARK: tuple[Question, ...] = (
    Question(
        "hark_humiliated",
        "In the past year, has your partner humiliated you or hurt you emotionally in other ways?",
        YES_NO,
        "abuse",
        {"yes"},
    ),
    Question(
        "hark_afraid",
        "In the past year, have you been afraid of your partner?",
        YES_NO,
        "abuse",
        {"yes"},
    ),
    Question(
        "hark_sexual",
        "In the past year, has your partner made you take part in sexual activity you did not want?",
        YES_NO,
        "abuse",
        {"yes"},
    ),
    Question(
        "hark_physical",
        "In the past year, has your partner hit, kicked, slapped or physically hurt you in another way?",
        YES_NO,
        "abuse",
        {"yes"},
    ),
)

HITS: tuple[Item, ...] = (
    Item("hits_hurt", "Hurts you physically"),
    Item("hits_insult", "Insults you or talks down to you"),
    Item("hits_threaten", "Threatens to harm you"),
    Item("hits_scream", "Screams or swears at you"),
)
HITS_THRESHOLD = 10  # a total above this is a positive screen

# Any one ticked means danger (urgent).
DANGER: tuple[Item, ...] = (
    Item("strangled", "Your partner has choked or strangled you, even once."),
    Item("weapon", "Your partner has used or threatened a weapon, or there is a gun in your home."),
    Item("threat_kill", "Your partner has threatened to kill you."),
    Item("could_kill", "You believe your partner could kill you."),
    Item("escalating", "The violence is happening more often or getting worse."),
    Item("stalking", "Your partner follows or watches you, or tracks your phone or location."),
    Item("pregnancy", "Your partner has hurt you while you were pregnant."),
    Item("children", "Your partner has threatened to harm your children."),
    Item(
        "separation",
        "You have left or plan to leave, and your partner tries to control what you do.",
    ),
)

OTHERS: tuple[Question, ...] = (
    Question(
        "affair",
        "Is there an affair going on in your relationship now, by either of you?",
        [
            ("yes", "Yes"),
            ("no", "No"),
            ("unsure", "I am not sure"),
            ("ended", "There was one, and it has ended"),
        ],
        "infidelity",
        {"yes", "unsure"},
    ),
    Question(
        "addiction",
        "Does your partner have a drinking, drug or gambling problem that is not being treated?",
        [("yes", "Yes"), ("no", "No"), ("unsure", "I am not sure")],
        "addiction",
        {"yes"},
    ),
    Question(
        "checked_out",
        "Has your partner said they have decided to end the relationship, or that they are leaving?",
        [("yes", "Yes"), ("no", "No"), ("hinted", "They have hinted at it")],
        "checked_out",
        {"yes"},
    ),
    Question(
        "self_harm",
        "Lately, have you had thoughts of harming yourself or ending your life?",
        [("yes", "Yes"), ("no", "No")],
        "self_harm",
        {"yes"},
    ),
)


def flags_for(answers: dict) -> dict[str, list[str]]:
    """Flags raised by a set of answers, each with the question keys that raised it."""
    raised: dict[str, list[str]] = {}

    def add(flag, key):
        raised.setdefault(flag, []).append(key)

    for question in HARK + OTHERS:
        if answers.get(question.key) in question.raised_by:
            add(question.flag, question.key)
    scores = [int(answers[i.key]) for i in HITS if str(answers.get(i.key, "")).isdigit()]
    if sum(scores) > HITS_THRESHOLD:
        add("abuse", "hits_total")
    for sign in DANGER:
        if sign.key in answers.get("danger", []):
            add("danger", f"danger_{sign.key}")
    return raised


def readable(answers: dict) -> list[tuple[str, str]]:
    """(question, answer) pairs for showing the person what they answered."""
    out = []
    for q in HARK:
        if answers.get(q.key):
            out.append((q.text, dict(q.choices).get(answers[q.key], "")))
    for i in HITS:
        if answers.get(i.key):
            out.append(
                (f"How often your partner: {i.label.lower()}", dict(FREQUENCY)[answers[i.key]])
            )
    ticked = [sign.label for sign in DANGER if sign.key in answers.get("danger", [])]
    out.append(("Danger signs you ticked", "; ".join(ticked) if ticked else "None"))
    for q in OTHERS:
        if answers.get(q.key):
            out.append((q.text, dict(q.choices).get(answers[q.key], "")))
    return out
