"""Which "no" is it: the three readings of a refusal, the one-screen quiz and the misread warning.

Scoring (coaching/quiz.py): every chosen option adds its points to one or more types; the type with
the most points is the reading. Ties go to the more treatable reading first (scared, then minimising,
then checked out), because writing off a scared no is the costly mistake. No points at all means
there is not enough to go on, and the person is asked to pick a type instead.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class RefusalType:
    label: str
    short: str  # "a scared or ashamed no"
    summary: str
    move: str  # what tends to help


@dataclass(frozen=True)
class QuizOption:
    code: str  # stored in RefusalReading.answers
    label: str
    points: dict[str, int]  # type -> points
    why: str  # the reason shown when it counted, or ""


@dataclass(frozen=True)
class QuizQuestion:
    code: str  # stored in RefusalReading.answers
    text: str
    options: tuple[QuizOption, ...]


SCARED = "scared"
MINIMIZING = "minimizing"
CHECKED_OUT = "checked_out"

# Order matters: it is the tie-break order.
TYPE_ORDER = (SCARED, MINIMIZING, CHECKED_OUT)

TYPES: dict[str, RefusalType] = {
    SCARED: RefusalType(
        label="Scared or ashamed",
        short="a scared or ashamed no",
        summary=(
            "Therapy can sound like a verdict: you are the problem, you will be outnumbered, "
            "it will go like the last bad counsellor. This is the most common kind of no, and it "
            "moves more often than people expect."
        ),
        move=(
            "Take the threat out of the room. Go first yourself, invite without blame, and let "
            "your partner keep some control over how it happens."
        ),
    ),
    MINIMIZING: RefusalType(
        label="Minimising",
        short="a minimising no",
        summary=(
            "Your partner does not think things are bad enough to need outside help: every couple "
            "argues, you can sort it out between you."
        ),
        move=(
            "Make the ask smaller. One session, one hour, and you both stop if it is no use. You "
            "do not have to win the argument about how bad things are."
        ),
    ),
    CHECKED_OUT: RefusalType(
        label="Checked out",
        short="a checked-out no",
        summary=(
            "Your partner may be half decided already, with one foot out of the door. Pressure "
            "tends to push that foot further out."
        ),
        move=(
            "Keep it low stakes and honest: you are working on your own part, and the door stays "
            "open. Offer a door, not a deadline."
        ),
    ),
}

MISREAD_WARNING = (
    "The misread to watch for: a scared no can look like a checked-out one. Fear often shows up as "
    "coldness, silence or a shrug. Before you decide your partner does not care, ask yourself "
    "whether they might be afraid of being blamed."
)

NO_READING = (
    "Your answers do not point clearly in any direction, which is common. Pick the type that "
    "sounds closest below, or come back to the questions another night."
)

QUESTIONS: tuple[QuizQuestion, ...] = (
    QuizQuestion(
        code="reaction",
        text="When you brought up couples therapy, how did your partner react?",
        options=(
            QuizOption(
                "stung",
                "Stung or defensive, as if you had accused them",
                {SCARED: 2},
                "They heard the suggestion as an accusation, which points to fear of blame.",
            ),
            QuizOption(
                "brushed",
                "Brushed it off: we are fine, every couple has rows",
                {MINIMIZING: 2},
                "They said things are not that bad, which is the heart of a minimising no.",
            ),
            QuizOption(
                "flat",
                "Flat, as if it hardly mattered either way",
                {CHECKED_OUT: 2},
                "A flat, uninterested answer can mean they have stepped back from the relationship.",
            ),
            QuizOption("unsure", "Not sure, or it changes from time to time", {}, ""),
        ),
    ),
    QuizQuestion(
        code="reason",
        text="What reason did they give, if any?",
        options=(
            QuizOption(
                "blame",
                "Being blamed or ganged up on, or a bad counsellor in the past",
                {SCARED: 2},
                "Worry about being ganged up on or a bad past experience is a scared reason.",
            ),
            QuizOption(
                "cost",
                "Cost, time, or that therapy is for couples with real problems",
                {MINIMIZING: 2},
                "Saying it is not worth the money or time often means they see the problem as small.",
            ),
            QuizOption(
                "pointless",
                "That it is too late, or there is no point",
                {CHECKED_OUT: 2},
                "Saying it is too late is the closest a reason gets to a checked-out no.",
            ),
            QuizOption("none", "No reason at all", {}, ""),
        ),
    ),
    QuizQuestion(
        code="talk",
        text="How do they respond when you talk about the two of you, outside the therapy question?",
        options=(
            QuizOption(
                "tense",
                "They tense up, go quiet or change the subject fast",
                {SCARED: 1},
                "Going quiet or tense when the relationship comes up can be shame rather than distance.",
            ),
            QuizOption(
                "fine",
                "They say things are basically fine and you worry too much",
                {MINIMIZING: 2},
                "Telling you that you worry too much fits a minimising no.",
            ),
            QuizOption(
                "elsewhere",
                "They seem elsewhere and rarely bring the two of you up",
                {CHECKED_OUT: 2},
                "Rarely raising the relationship themselves can be a sign of stepping back.",
            ),
            QuizOption(
                "sometimes",
                "They do engage, at least some of the time",
                {SCARED: 1, MINIMIZING: 1},
                "They still engage some of the time, so the door is not closed.",
            ),
            QuizOption("unsure", "Hard to say", {}, ""),
        ),
    ),
    QuizQuestion(
        code="leaving",
        text="Have they talked about leaving, or made plans that leave you out?",
        options=(
            QuizOption(
                "never",
                "No, never",
                {SCARED: 1, MINIMIZING: 1},
                "They have not talked about leaving, which makes a checked-out reading less likely.",
            ),
            QuizOption(
                "anger",
                "Once or twice, in the heat of a fight",
                {SCARED: 1},
                "Talk of leaving only in anger is more often hurt than a decision.",
            ),
            QuizOption(
                "calmly",
                "Yes, calmly and more than once, or they are planning on their own",
                {CHECKED_OUT: 3},
                "Calm, repeated talk of leaving, or plans made alone, is the strongest checked-out sign.",
            ),
            QuizOption("unsure", "I am not sure", {}, ""),
        ),
    ),
    QuizQuestion(
        code="after",
        text="After things go wrong between you, what do they tend to do?",
        options=(
            QuizOption(
                "awkward",
                "Make up awkwardly, or act extra kind without saying why",
                {SCARED: 2},
                "A clumsy or wordless repair shows they care about making things right.",
            ),
            QuizOption(
                "nothing_happened",
                "Carry on as if nothing happened",
                {MINIMIZING: 2},
                "Moving on as if nothing happened fits seeing the problem as small.",
            ),
            QuizOption(
                "no_repair",
                "Not much; they do not seem to need to make up",
                {CHECKED_OUT: 2},
                "Not needing to repair at all can mean less is at stake for them now.",
            ),
            QuizOption("unsure", "It varies too much to say", {}, ""),
        ),
    ),
    QuizQuestion(
        code="go_first",
        text="If you started seeing someone on your own first, how do you think they would take it?",
        options=(
            QuizOption(
                "relieved",
                "Relieved or curious, even if they would not say so",
                {SCARED: 2},
                "Relief at you going first suggests the fear is about being put on the spot.",
            ),
            QuizOption(
                "worried",
                "Worried about what you would say about them",
                {SCARED: 2},
                "Worry about what you would say is fear of blame, a scared sign.",
            ),
            QuizOption(
                "whatever",
                "Fine, if you think you need it",
                {MINIMIZING: 2},
                "Seeing it as your thing, not theirs, fits a minimising no.",
            ),
            QuizOption(
                "indifferent",
                "They would not really react",
                {CHECKED_OUT: 2},
                "No reaction at all can mean they have stopped investing.",
            ),
            QuizOption("unsure", "I cannot picture it", {}, ""),
        ),
    ),
)
