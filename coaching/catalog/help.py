"""Human help and reading. Crisis and hotline numbers are never here: they live in the safety
app's data. Directory links by country come from safety's referral data when it has any."""

from dataclasses import dataclass


@dataclass(frozen=True)
class HelpSection:
    title: str
    paras: tuple[str, ...]
    ask: bool = False  # followed by the question to ask a therapist (scripts.THERAPIST_QUESTION)


@dataclass(frozen=True)
class Book:
    title: str
    author: str
    why: str


INTRO = (
    "dvoe is a coaching space, not a therapist. A trained person who knows your situation can "
    "see things an app never will. Here is what to look for, and the questions worth asking."
)

SECTIONS: tuple[HelpSection, ...] = (
    HelpSection(
        title="A couples therapist who will see just you",
        paras=(
            "Many couples therapists will work with one partner on the relationship. Starting "
            "alone can also be an on-ramp: in one trial, a mix of five individual and seven joint "
            "sessions did as well as joint therapy from the start.",
            "When you call or email, ask plainly:",
        ),
        ask=True,
    ),
    HelpSection(
        title="Individual therapy",
        paras=(
            "A therapist of your own is for you: your footing, your patterns, your decisions. It "
            "does not have to be about fixing the relationship, and it is a good place to take "
            "anything that comes up here.",
        ),
    ),
    HelpSection(
        title="Discernment counselling",
        paras=(
            "Discernment counselling, developed by William Doherty, is for couples where one "
            "person is leaning out and the other is leaning in. It runs for one to five sessions; "
            "the first is often about two hours, and much of the time is spent talking one to one "
            "with each partner.",
            "It helps you both choose one of three paths: keep things as they are, move towards "
            "separation, or try six months of couples therapy with divorce off the table for that "
            "time.",
            "It is not suitable when there is any danger of violence, when someone is being "
            "pressured to attend, or when a decision to leave is already final.",
        ),
    ),
    HelpSection(
        title="Paying for it",
        paras=(
            "Sliding-scale fees are common: many therapists lower their fee for people on smaller "
            'incomes. It is fine to ask, "Do you offer a sliding scale?" Training clinics and '
            "community services may also cost less.",
        ),
    ),
)

BOOKS: tuple[Book, ...] = (
    Book(
        "Hold Me Tight",
        "Sue Johnson",
        "About the bond underneath the arguments, and how couples can reach for each other.",
    ),
    Book(
        "The Dance of Anger",
        "Harriet Lerner",
        "About changing your own steps in a pattern, which is the heart of doing your half.",
    ),
)

DIRECTORY_NOTE = (
    "dvoe does not list therapists yet. A search for couples or relationship therapists in your "
    "area, or your doctor, can point you to someone near you."
)
