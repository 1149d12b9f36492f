"""The green and red lights a person can log: codes are fixed (other apps and stored rows use them).

All catalog copy lives in this one file so it can be reviewed in one place.
"""

from dataclasses import dataclass

GREEN = "green"
RED = "red"


@dataclass(frozen=True)
class Item:
    code: str
    kind: str
    label: str
    explanation: str
    needs_note: bool = False


ITEMS: tuple[Item, ...] = (
    Item(
        "repair_initiated",
        GREEN,
        "Made the first move to repair",
        "After a fight or a cold spell, your partner reached out to mend things before you did: "
        "an apology, a touch, a joke that says “we're okay”, a question about how you are.",
    ),
    Item(
        "real_question",
        GREEN,
        "Asked a real question about you",
        "Your partner asked about your inner world and listened to the answer: how you felt, what "
        "you needed, what a day was like for you. Not logistics, not a question that was a jab.",
    ),
    Item(
        "softened",
        GREEN,
        "Softened without being asked",
        "In a tense moment your partner's tone eased on their own: they slowed down, lowered "
        "their voice, or let a point go, with no prompting from you.",
    ),
    Item(
        "followed_through",
        GREEN,
        "Followed through without a reminder",
        "A small thing your partner said they would do got done, and you did not have to chase it.",
    ),
    Item(
        "raised_relationship",
        GREEN,
        "Brought up the relationship",
        "Your partner started a conversation about the two of you, how things are going or what "
        "could be different, without you opening the door first.",
    ),
    Item(
        "yes_to_session",
        GREEN,
        "Said yes to one session",
        "Your partner agreed to try one session with a counsellor or therapist, even a tentative yes.",
    ),
    Item(
        "other_green",
        GREEN,
        "Another green light",
        "Something else that felt like real movement. Add a short note so you remember what it was.",
        needs_note=True,
    ),
    Item(
        "snapback",
        RED,
        "Snapback",
        "Warmth showed up when you stepped back or went quiet, then faded once you leaned in again. "
        "Logging it helps you see whether the warmth stays or comes and goes with your distance.",
    ),
    Item(
        "agree_no_change",
        RED,
        "Agreed, then nothing changed",
        "In the moment your partner agreed with what you said, and afterwards things went on "
        "exactly as before.",
    ),
    Item(
        "reset_days",
        RED,
        "Good days that reset",
        "A run of good days that felt hopeful, then things slid back to where they were, as if the "
        "clock had been reset rather than moved forward.",
    ),
    Item(
        "present_absent",
        RED,
        "Present but absent",
        "Your partner was pleasant and went along with things, yet felt emotionally somewhere else.",
    ),
    Item(
        "other_red",
        RED,
        "Another red light",
        "Something else that looked like movement but did not feel like it. Add a short note.",
        needs_note=True,
    ),
)

BY_CODE: dict[str, Item] = {item.code: item for item in ITEMS}
GREENS = tuple(item for item in ITEMS if item.kind == GREEN)
REDS = tuple(item for item in ITEMS if item.kind == RED)
CODE_CHOICES = [(item.code, item.label) for item in ITEMS]


def label(code: str) -> str:
    item = BY_CODE.get(code)
    return item.label if item else code


# --- Season review: the guided questions and the decisions, in the person's own words -----------


@dataclass(frozen=True)
class ReviewQuestion:
    key: str  # the answer's key in Season.review_answers
    text: str


@dataclass(frozen=True)
class Decision:
    code: str  # stored in Season.decision
    title: str
    meaning: str
    help: str  # where to find human help for this path


REVIEW_QUESTIONS: tuple[ReviewQuestion, ...] = (
    ReviewQuestion(
        "people_who_know",
        "When you describe what happens between you to the people who know you best and tell you "
        "the truth, do they recognise it, or do they keep pointing at something you do?",
    ),
    ReviewQuestion(
        "room_to_breathe",
        "Picture yourself doing your half cleanly this season, calm and clear. Did the relationship "
        "get more room to breathe, or did the same wall stay where it was?",
    ),
    ReviewQuestion(
        "fighting_alone",
        "Looking at this season as a whole, does it feel like you are fighting for this alone, or "
        "is your partner in it with you in some way?",
    ),
)

DECISIONS: tuple[Decision, ...] = (
    Decision(
        "another_season",
        "Another season",
        "Keep going for another stretch with a new checkpoint date. Worth it when something is "
        "moving, or when you want a fairer test of your own changes.",
        "A therapist who sees one partner can help you plan the next season.",
    ),
    Decision(
        "invite_session",
        "Invite your partner to one session",
        "Ask for a single session with a couples counsellor, with a promise you can both stop if "
        "it is not useful. A small ask is easier to say yes to.",
        "Ask counsellors before you book: “Do you see one partner when the other won't come in?”",
    ),
    Decision(
        "discernment",
        "Discernment counselling",
        "A short, structured process (usually one to five sessions) for couples where one person "
        "leans in and one leans out. It helps you decide, not fix. Not a fit when there is any "
        "danger of violence or someone is pressured to attend.",
        "Look for a counsellor trained in discernment counselling; many list it on their profile.",
    ),
    Decision(
        "pause",
        "Pause",
        "Step back from working on the relationship for now and look after yourself. A pause is a "
        "choice, not giving up, and you can pick it up again later.",
        "An individual therapist can support you while you pause.",
    ),
    Decision(
        "separate",
        "Separate",
        "Move towards ending the relationship. Getting clear that you want to separate is a real "
        "and legitimate outcome of this work, not a failure.",
        "A therapist, a family lawyer or mediator, and the help page if you feel unsafe.",
    ),
)
DECISION_CHOICES = [(d.code, d.title) for d in DECISIONS]
DECISION_LABELS = dict(DECISION_CHOICES)
