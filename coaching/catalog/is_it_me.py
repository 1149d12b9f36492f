"""\"Is it me?\": the two honest tests as a private guided reflection, and the neutral readings
shown after saving. Choice codes are stored: never rename one without a data migration."""

from dataclasses import dataclass


@dataclass(frozen=True)
class HonestTest:
    code: str
    question: str
    choices: tuple[tuple[str, str], ...]  # (stored code, label), as form choices
    notes_label: str


INTRO = (
    "When you are doing the work alone, it is natural to wonder whether the problem is you. These "
    "two questions will not give you a verdict. They help you look at it honestly, in private, and "
    "your answers come back at your season's checkpoint."
)

PEOPLE = HonestTest(
    code="people",
    question=(
        "Think of two or three people close to you who are honest with you. When you tell them "
        "what goes on between you and your partner, do they see the same pattern, or do they "
        "keep steering back to something you do?"
    ),
    choices=(
        ("recognise", "They recognise the pattern I describe"),
        ("point_at_me", "They keep pointing at something I do"),
        ("mixed", "A bit of both"),
        ("not_asked", "I have not asked anyone I trust yet"),
    ),
    notes_label="What did they say, or what would you want to ask them?",
)

PICTURE = HonestTest(
    code="picture",
    question=(
        "Imagine a few weeks of doing your half well: steady, clear, no chasing and no "
        "accusations. In that picture, is there more space between the two of you, or is the "
        "wall still there, unmoved?"
    ),
    choices=(
        ("breathes", "It seems to have more room to breathe"),
        ("wall", "The wall is still there"),
        ("unsure", "I cannot picture it yet"),
    ),
    notes_label="What do you see when you picture it?",
)

TAKEAWAY_LABEL = "Anything you want to remember from this (optional)"

READINGS: dict[str, dict[str, str]] = {  # test code -> choice code -> the reading
    "people": {
        "recognise": (
            "People who know you see the same pattern. That does not make either of you the "
            "villain, but it suggests you are not imagining it."
        ),
        "point_at_me": (
            "If trusted people keep naming something you do, it may be worth taking to your own "
            "sessions. Seeing your part clearly is the lever you actually hold."
        ),
        "mixed": (
            "Mixed answers are common. Relationships are systems, and most patterns have two "
            "halves. You can work on yours without deciding who started it."
        ),
        "not_asked": (
            "Asking one honest person could help. Choose someone who will not simply take your "
            "side."
        ),
    },
    "picture": {
        "breathes": (
            "If doing your half seems to give things room, your own steady changes may be a real "
            "lever here. Keep watching the trend, not single days."
        ),
        "wall": (
            "A wall that never moves is information, and it is not about you. It is something to "
            "weigh at your checkpoint."
        ),
        "unsure": (
            "Not being able to picture it yet is fine. Try the question again after a few weeks of "
            "practice."
        ),
    },
}
