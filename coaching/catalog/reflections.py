"""Reflections on the night: the documented rules behind the short notes shown after a journal
entry is saved.

How the notes are chosen (coaching/reflect.py):
1. No note at all while a safety flag is active for the person, or when safety's text screening
   finds anything in the entry. Safety routing always comes first.
2. Each rule's patterns are regular expressions matched without regard to case. A rule fires once.
3. At most one note per group, in this order: accusation, over-functioning, possible light. So the
   person sees three notes at the very most.
4. A possible light carries a one-tap "log it" for the checkins light code; nothing is logged
   without that tap.
Notes describe the person's own steps. They never judge the partner or say who is right.
"""

from dataclasses import dataclass

ACCUSATION = "accusation"
OVERFUNCTIONING = "overfunctioning"
LIGHT = "light"

GROUP_ORDER = (ACCUSATION, OVERFUNCTIONING, LIGHT)

_PARTNER = r"(?:he|she|they|partner)"
_OBJ = r"(?:him|her|them|my partner)"


@dataclass(frozen=True)
class Rule:
    id: str
    group: str  # one of GROUP_ORDER
    patterns: tuple[str, ...]  # regular expressions, matched without regard to case
    note: str
    link: str = ""  # a URL name
    link_text: str = ""
    light_code: str = ""  # a possible light: the checkins code its "log it" logs
    colour: str = ""
    log_text: str = ""


RULES: tuple[Rule, ...] = (
    # --- accusation patterns: link to the builder ----------------------------------------------
    Rule(
        id="acc_absolutes",
        group=ACCUSATION,
        patterns=(
            r"\byou (?:always|never)\b",
            rf"\b{_PARTNER} (?:always|never)\b",
            r"\byou (?:make|made) me\b",
        ),
        note=(
            'Tonight\'s entry has some all-or-nothing words, like "always" or "never". They '
            "make sense when you are hurting. If you want to raise this with your partner, the "
            '"I" statement builder can help you find words that are easier to hear.'
        ),
        link="coaching:builder",
        link_text='Open the "I" statement builder',
    ),
    Rule(
        id="acc_labels",
        group=ACCUSATION,
        patterns=(r"\b(?:selfish|lazy|useless|idiot|pathetic|narcissist|liar|heartless|toxic)\b",),
        note=(
            "Some words tonight describe the person rather than what happened. If you "
            "bring it up, a sentence about the moment and how it felt usually travels further. "
            "The builder can help you shape one."
        ),
        link="coaching:builder",
        link_text='Open the "I" statement builder',
    ),
    # --- signs of over-functioning: the person's own steps -------------------------------------
    Rule(
        id="of_chasing",
        group=OVERFUNCTIONING,
        patterns=(
            r"\bkept (?:asking|texting|calling|messaging)\b",
            rf"\b(?:texted|messaged|called) {_OBJ} again\b",
            rf"\btried (?:again )?to get {_OBJ} to (?:talk|open up)\b",
            rf"\bfollowed {_OBJ}\b",
        ),
        note=(
            "You mention reaching for a talk more than once. One thing to try: say once that "
            "you are open to talking, then let the quiet be, and notice what happens."
        ),
    ),
    Rule(
        id="of_moods",
        group=OVERFUNCTIONING,
        patterns=(
            r"\b(?:walk|walked|walking) on eggshells\b",
            r"\bkeep(?:ing)? the peace\b|\bkept the peace\b",
            rf"\bso {_PARTNER} (?:wouldn't|would not|won't|will not) (?:get )?(?:upset|angry|annoyed|cross)\b",
            r"\btiptoe",
        ),
        note=(
            "It sounds like you spent energy keeping the mood calm tonight. Your partner's mood "
            "belongs to your partner. You can be kind without carrying it for them."
        ),
    ),
    Rule(
        id="of_repair",
        group=OVERFUNCTIONING,
        patterns=(
            r"\bi (?:apologi[sz]ed|said sorry) (?:first|again)\b",
            r"\bi (?:made|make) the first move\b",
            r"\b(?:i'm|i am|i was) (?:always )?the one (?:who|to) (?:apologi[sz]es?|makes? up|reach(?:es)? out)\b",
        ),
        note=(
            "You describe starting the repair yourself. Next time, you might wait a little "
            "longer and leave room for your partner to make a move."
        ),
    ),
    Rule(
        id="of_project",
        group=OVERFUNCTIONING,
        patterns=(
            rf"\bi reminded {_OBJ}\b",
            r"\bi (?:booked|planned|organi[sz]ed|scheduled|arranged) (?:everything|it all|all of it)\b",
            rf"\bmade (?:a|the) list for {_OBJ}\b",
        ),
        note=(
            "You seem to be holding the plans and reminders for two. Try doing your share only, "
            "and let any gap show. A gap tells you something too."
        ),
    ),
    Rule(
        id="of_covering",
        group=OVERFUNCTIONING,
        patterns=(
            rf"\b(?:made|make|making) (?:an )?excuses? for {_OBJ}\b",
            rf"\bcovered for {_OBJ}\b",
            rf"\btold (?:everyone|them|my (?:mum|mom|family|friends?)) (?:that )?{_PARTNER} (?:was|were) (?:sick|ill|busy|tired)\b",
        ),
        note=(
            "You mention explaining things away for your partner. You do not have to expose "
            "anyone; you can simply stop covering."
        ),
    ),
    # --- possible lights: one-tap "log it", never logged without the tap -----------------------
    Rule(
        id="g_repair",
        group=LIGHT,
        light_code="repair_initiated",
        colour="green",
        patterns=(rf"\b{_PARTNER} (?:apologi[sz]ed|said sorry|came to (?:find|talk to) me)\b",),
        note="Your partner may have started a repair tonight. If that is how it felt, it could be a green light.",
        log_text="Log it: started a repair",
    ),
    Rule(
        id="g_question",
        group=LIGHT,
        light_code="real_question",
        colour="green",
        patterns=(rf"\b{_PARTNER} asked (?:me )?(?:how i|about my|what i|why i)\b",),
        note="It sounds like your partner asked about your side of things. That could be a green light.",
        log_text="Log it: asked a real question",
    ),
    Rule(
        id="g_yes",
        group=LIGHT,
        light_code="yes_to_session",
        colour="green",
        patterns=(
            r"\b(?:said|says) yes to (?:a |one |the )?(?:session|counsell?ing|therapy)\b",
            r"\bagreed to (?:come|go|try) (?:to )?(?:a |one |the )?(?:session|counsell?ing|therapy)\b",
        ),
        note="It reads as if your partner said yes to a session. If so, you may want to log it.",
        log_text="Log it: said yes to one session",
    ),
    Rule(
        id="g_follow",
        group=LIGHT,
        light_code="followed_through",
        colour="green",
        patterns=(r"\bwithout (?:me )?(?:asking|being asked|a reminder|reminding)\b",),
        note="Something got done without a reminder. If it was your partner, that could be a green light.",
        log_text="Log it: followed through",
    ),
    Rule(
        id="g_raised",
        group=LIGHT,
        light_code="raised_relationship",
        colour="green",
        patterns=(
            rf"\b{_PARTNER} (?:brought up|wanted to talk about|asked to talk about) (?:us|our relationship|the relationship)\b",
        ),
        note="Your partner may have brought the two of you up on their own. That could be a green light.",
        log_text="Log it: brought us up",
    ),
    Rule(
        id="r_snapback",
        group=LIGHT,
        light_code="snapback",
        colour="red",
        patterns=(
            r"\bas soon as i (?:pulled back|backed off|stopped|gave up)\b",
            r"\bwent cold again\b",
        ),
        note="This may be the warm-then-cold pattern. One night is not a trend, but it may be worth logging as a red light.",
        log_text="Log it: warmth that faded",
    ),
    Rule(
        id="r_agree",
        group=LIGHT,
        light_code="agree_no_change",
        colour="red",
        patterns=(
            r"\bagreed (?:with everything |to everything )?but\b",
            r"\bnothing (?:has )?changed\b",
        ),
        note="Agreement that does not turn into change can be a red light. Only you can tell if that fits tonight.",
        log_text="Log it: agreed, nothing changed",
    ),
    Rule(
        id="r_reset",
        group=LIGHT,
        light_code="reset_days",
        colour="red",
        patterns=(
            r"\bback to square one\b",
            r"\bback to (?:the )?(?:old|same old)\b",
        ),
        note="It sounds like things slid back to where they were. Good days that reset can be a red light.",
        log_text="Log it: back to the old normal",
    ),
    Rule(
        id="r_absent",
        group=LIGHT,
        light_code="present_absent",
        colour="red",
        patterns=(
            r"\b(?:on|glued to) (?:his|her|their) phone\b",
            r"\b(?:there but not there|miles away|somewhere else)\b",
        ),
        note="Being together while feeling alone can be a red light. Log it only if that is what tonight was.",
        log_text="Log it: present but absent",
    ),
)
