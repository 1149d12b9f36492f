"""Invitation scripts, three or more per kind of no, and the invitation's limits.

`body` may use {partner}: the first name the person typed, or "you" phrasing when they left it empty
(see coaching/invitations.py). Every script says why it fits and what to avoid.
"""

from dataclasses import dataclass

from coaching.catalog.refusals import CHECKED_OUT, MINIMIZING, SCARED


@dataclass(frozen=True)
class Script:
    number: int  # stored on Invitation rows
    kind: str  # the kind of no it answers (refusals.TYPES)
    title: str
    body: str  # may use {partner}
    why: str
    avoid: str


@dataclass(frozen=True)
class Limit:
    title: str
    text: str


SCRIPTS: tuple[Script, ...] = (
    # --- scared or ashamed: take the threat out of the room -------------------------------------
    Script(
        number=1,
        kind=SCARED,
        title="I am going first",
        body=(
            "{partner}, I have booked a few sessions for myself, to look at my side of how we have "
            "been. It is not about deciding who is to blame; it is about me. If you ever feel like "
            "coming along to one, I would like that. If not, that is okay too."
        ),
        why=(
            "Going first yourself takes the spotlight off your partner. Nobody is put on trial, "
            "so there is less to be afraid of."
        ),
        avoid=(
            "Listing what your partner would need to work on, or hinting that the therapist will "
            "take your side."
        ),
    ),
    Script(
        number=2,
        kind=SCARED,
        title="The same side",
        body=(
            "{partner}, I keep noticing that we both end up hurt after the same kind of argument. "
            "I would like someone to help us see that pattern, not to decide who is right. Would "
            "you come to one session with me? If it feels bad, we stop."
        ),
        why=(
            "It names a loop you are both caught in, rather than a fault in one person, and it "
            "gives an easy way out."
        ),
        avoid='Phrases like "you need help" or "so someone can tell you". They confirm the fear.',
    ),
    Script(
        number=3,
        kind=SCARED,
        title="You choose",
        body=(
            "{partner}, I know talking to a stranger about us could feel exposing. What if you "
            "chose the person, or we looked together for someone you would feel all right with? "
            "I would rather go slowly than not at all."
        ),
        why=(
            "Handing over some control lowers the fear of being outnumbered in a room with your "
            "therapist."
        ),
        avoid="Pushing a counsellor you already see or like, or quoting what they said about your partner.",
    ),
    # --- minimizing: a smaller ask --------------------------------------------------------------
    Script(
        number=4,
        kind=MINIMIZING,
        title="Just one hour",
        body=(
            "{partner}, I am not saying we are in crisis. I would simply like to try one session, "
            "one hour, and see if it is any use. If it is not, we stop there and I will let it "
            "rest for a good while."
        ),
        why=(
            "You do not have to win the argument about how bad things are. One hour is a small "
            "yes, and easy to agree to."
        ),
        avoid="Building a case of everything that has gone wrong to prove it is bad enough.",
    ),
    Script(
        number=5,
        kind=MINIMIZING,
        title="A check-up, not a rescue",
        body=(
            "{partner}, we get the boiler serviced before it breaks down. I would like to do "
            "something like that for us: one conversation with someone who does this for a "
            "living. Would you be up for that?"
        ),
        why="It frames the session as upkeep, which fits a partner who thinks nothing is broken.",
        avoid="Calling it a last chance, or saying the relationship is falling apart.",
    ),
    Script(
        number=6,
        kind=MINIMIZING,
        title="It matters to me",
        body=(
            "{partner}, this matters to me more than it may look from the outside. I am not "
            "asking you to agree that things are bad, only to come once, because it is important "
            "to me."
        ),
        why=(
            "It asks for one visit as a kindness to you, without asking your partner to accept "
            "your view of the relationship first."
        ),
        avoid='Turning it into a test of love ("if you cared, you would come").',
    ),
    # --- checked out: a door, not a deadline ----------------------------------------------------
    Script(
        number=7,
        kind=CHECKED_OUT,
        title="The door is open",
        body=(
            "{partner}, I have started working on my own part in how things are between us. I am "
            "not asking you for anything right now. If you ever want to talk about us with "
            "someone, the door is open."
        ),
        why=(
            "It is low stakes and honest. There is no deadline to push against, and it shows "
            "change rather than asking for it."
        ),
        avoid='Pleading, deadlines, or "therapy or I am done". Ultimatums rarely work and often backfire.',
    ),
    Script(
        number=8,
        kind=CHECKED_OUT,
        title="Getting clear together",
        body=(
            "{partner}, I can tell you may be unsure about us, and I do not want to pressure you. "
            "I would like us both to get clear, whichever way that goes. There is a short kind of "
            "counselling made for couples where one person is leaning out. Would you think about "
            "one conversation like that?"
        ),
        why=(
            "Discernment counselling is built for one partner leaning in and one leaning out. "
            "Naming your partner's doubt without arguing with it keeps the talk honest."
        ),
        avoid="Presenting it as a way to win your partner back. It is a way to decide, not a rescue.",
    ),
    Script(
        number=9,
        kind=CHECKED_OUT,
        title="Plainly, without pressure",
        body=(
            "{partner}, I miss us, and I am not going to pretend I do not. I am going to see "
            "someone for myself either way. If you would like to join me for one session at some "
            "point, just say."
        ),
        why=(
            "It is warm and truthful, and your own plan does not depend on your partner's answer."
        ),
        avoid="Asking again every few days. Say it once and let it stand.",
    ),
)

BY_NUMBER: dict[int, Script] = {script.number: script for script in SCRIPTS}

ANSWERS = [
    ("pending", "No answer yet"),
    ("yes", "Yes to one session"),
    ("maybe", "Maybe"),
    ("no", "No"),
]

# The invitation's limits, shown under the scripts and on every saved invitation.
LIMITS: tuple[Limit, ...] = (
    Limit(
        "Lead by going yourself",
        "Book your own sessions before you ask, or alongside. An invitation lands differently "
        "from someone who is already doing the work.",
    ),
    Limit(
        "One session is a smaller yes",
        'Ask for one session, not for "couples therapy". A single hour is easier to agree to, '
        "and a first hour is how most of these things begin.",
    ),
    Limit(
        "Ask once, then let it stand",
        "Repeating the question turns an invitation into pressure. You can ask again later, after "
        "some time has passed and something has changed.",
    ),
    Limit(
        "If your partner comes once and stops",
        "One session still happened, and it counts. Say thank you, keep doing your half, and "
        "leave the door open. It is not a verdict on either of you.",
    ),
    Limit(
        "If a session is quoted back at you",
        "When your partner uses something said in a session as a weapon, try not to argue the "
        "session again at home. Say you remember it differently and would rather talk about it "
        "with the therapist, and take it to your own sessions.",
    ),
    Limit(
        "What no wording can do",
        "No script makes anyone say yes. You can make the invitation safe and clear; the answer "
        "belongs to your partner. If you are weighing a bigger decision, that is a question for "
        "your season's checkpoint, not for a script.",
    ),
)

THERAPIST_QUESTION = "Will you see me on my own to work on my relationship, while my partner is not ready to come in?"
