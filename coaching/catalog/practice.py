"""Do your half, stop doing theirs: five practices, five stops, and the honest note about how
stopping feels. Codes are stored on PracticeMark rows: never rename one without a data migration."""

from dataclasses import dataclass

DO = "do"
STOP = "stop"


@dataclass(frozen=True)
class Practice:
    code: str  # stored on PracticeMark and PracticeFocus rows
    group: str  # DO or STOP
    label: str
    title: str
    how: str


ITEMS: tuple[Practice, ...] = (
    Practice(
        code="regulate",
        group=DO,
        label="Calmed myself first",
        title="Regulate yourself first",
        how=(
            "When a row starts, notice your body before your words: breath, jaw, shoulders. Slow "
            "your breathing, lower your voice, and if you need to, say you will come back to it in "
            "twenty minutes, then do come back. Staying steady in a fight that used to flatten you "
            "is the practice."
        ),
    ),
    Practice(
        code="i_statement",
        group=DO,
        label='Used an "I" statement',
        title='Trade accusations for "I" statements',
        how=(
            'Say what happened, where, how you felt and what you need, in that order: "When '
            '[this happens] in [this situation], I feel [this], and what I need is [this]." The '
            "builder helps you draft one before you say it."
        ),
    ),
    Practice(
        code="listen_back",
        group=DO,
        label="Listened until I could say it back",
        title="Listen until you can say their side back",
        how=(
            "Before you answer, sum up what your partner said in your own words and ask if you "
            "got it right. Keep going until they say yes. Agreeing is not required; understanding is."
        ),
    ),
    Practice(
        code="boundary",
        group=DO,
        label="Kept a boundary I meant",
        title="Hold boundaries you will really keep",
        how=(
            'Decide what you will do, not what your partner must do: "If the shouting starts, I '
            'will leave the room." Choose only limits you are ready to follow through on; a '
            "threat you never carry out teaches the opposite."
        ),
    ),
    Practice(
        code="own_support",
        group=DO,
        label="Looked after my own support",
        title="Build your own support",
        how=(
            "Sleep, movement, a friend you can be honest with, your own therapist if you can. "
            "You cannot steady a relationship from an empty tank, and your life is more than "
            "this relationship."
        ),
    ),
    Practice(
        code="no_chasing",
        group=STOP,
        label="Didn't chase a talk",
        title="Stop chasing",
        how=(
            "When you feel distance, notice the urge to follow your partner for a talk, and let it "
            "pass. Say once that you are open to talking, then get on with your evening."
        ),
    ),
    Practice(
        code="no_mood_managing",
        group=STOP,
        label="Let their mood be theirs",
        title="Stop managing their moods",
        how=(
            "Your partner's bad mood is theirs to carry. Be kind, and do not rearrange the house, "
            "your plans or your tone to keep it calm."
        ),
    ),
    Practice(
        code="no_first_repair",
        group=STOP,
        label="Didn't rush to repair first",
        title="Stop always starting the repair",
        how=(
            "After a fight, wait before you reach out. Leave room for your partner to make the "
            "first move. If you do reach out, make it your choice, not a reflex to end the "
            "discomfort."
        ),
    ),
    Practice(
        code="no_project_managing",
        group=STOP,
        label="Didn't run the relationship for two",
        title="Stop project-managing the relationship",
        how=(
            "Put down the plans, the reminders and the agenda for the two of you. Do your share "
            "and let the gaps show; they are information."
        ),
    ),
    Practice(
        code="no_covering",
        group=STOP,
        label="Didn't cover for them",
        title="Stop covering for them",
        how=(
            "Stop making excuses to family, friends and yourself. You do not need to expose your "
            "partner either: just stop explaining their choices away."
        ),
    ),
)

BY_CODE: dict[str, Practice] = {item.code: item for item in ITEMS}
CODES = tuple(BY_CODE)

FEELS_WORSE = (
    "Stopping over-functioning usually feels worse before it feels different. The quiet after you "
    "stop chasing or smoothing can feel like losing ground. It is often the old loop looking for "
    "its missing half, and it tends to ease with time."
)

FREQUENCY_NOTE = (
    "This counts nights, nothing more. Nights you did not mark are not failures, and there is no "
    "score to keep up."
)
