"""The demo account's season: N nights of varied entries and lights that tell a story.

Weeks 1-3: mostly quiet, a few reds (agreeing then nothing changing, present but absent).
Around night 18: a snapback (warmth right after the person stepped back, then a red).
From week 5: greens start to show up more often and keep showing up (repair, real questions,
following through), with an occasional red so it stays honest.
Idempotent: an account that already has a season is left alone.
"""

import datetime as dt

from checkins.models import JournalEntry, Light, Season
from checkins.nights import night_of

OPENINGS = [
    "Quiet evening. We ate together and mostly talked about the week ahead.",
    "Long day at work. I noticed I wanted to start a serious talk the moment I got home, and I didn't.",
    "I kept my voice level when the dishes came up again. It took effort.",
    "Felt lonely tonight, even with both of us on the sofa.",
    "I asked for help with the weekend plans in one plain sentence, no hints.",
    "Went for a walk on my own after dinner. It helped more than I expected.",
    "Caught myself managing the mood in the room again and stepped back from it.",
    "We laughed at something on TV together. Small, but I noticed it.",
    "I wanted to chase a conversation and wrote here instead.",
    "Tired and flat. Not much to say, and that is fine.",
    "Talked to my sister on the phone. She sees some of what I describe, which was a relief.",
    "I said what I needed without adding a list of what went wrong before.",
]
CLOSINGS = [
    "Going to bed early.",
    "Tomorrow I will try to keep things simple.",
    "Noticing, not fixing. That is the job this season.",
    "I am doing my half, and that is all I can do.",
    "",
    "",
]

# (night index from the season start, code, note)
STORY = [
    (2, "agree_no_change", "Agreed to sort the bills together; nothing happened."),
    (5, "present_absent", ""),
    (9, "agree_no_change", ""),
    (12, "present_absent", "Pleasant at dinner, miles away."),
    (16, "softened", "Right after I stopped pushing to talk."),
    (17, "real_question", ""),
    (19, "snapback", "Warm for two days once I pulled back, then distant again."),
    (22, "reset_days", ""),
    (26, "followed_through", "Booked the car service without being asked."),
    (30, "repair_initiated", "Came to find me after the argument about money."),
    (33, "real_question", "Asked how the appointment went and really listened."),
    (35, "agree_no_change", ""),
    (37, "followed_through", ""),
    (39, "softened", ""),
    (41, "repair_initiated", ""),
    (44, "real_question", ""),
    (45, "followed_through", ""),
    (48, "raised_relationship", "Said they had noticed things were calmer lately."),
    (50, "softened", ""),
    (52, "repair_initiated", ""),
    (53, "present_absent", ""),
    (55, "real_question", ""),
    (57, "followed_through", ""),
    (58, "raised_relationship", ""),
]


def seed(*, user, days: int, rng) -> None:
    if Season.objects.filter(user=user).exists():
        return
    from django.utils import timezone

    tonight = night_of(timezone.now(), user.profile.tz)
    start = tonight - dt.timedelta(days=max(days, 1) - 1)
    Season.objects.create(
        user=user,
        started_on=start,
        checkpoint_on=start + dt.timedelta(days=90),
        focus="Stay calm when things heat up, stop chasing every conversation, and ask plainly "
        "for what I need.",
    )
    entries = []
    for i in range(days):
        if rng.random() < 0.2:  # some nights are skipped, and that is fine
            continue
        night = start + dt.timedelta(days=i)
        text = f"{rng.choice(OPENINGS)} {rng.choice(CLOSINGS)}".strip()
        mood = min(5, max(1, round(2.4 + i / max(days, 1) * 1.4 + rng.uniform(-1, 1))))
        entries.append(JournalEntry(user=user, night=night, text=text, mood=mood))
    JournalEntry.objects.bulk_create(entries)
    from checkins import catalog

    scale = days / 60 if days else 0
    lights = []
    for index, code, note in STORY:
        i = int(index * scale)
        if i >= days:
            continue
        lights.append(
            Light(
                user=user,
                night=start + dt.timedelta(days=i),
                code=code,
                kind=catalog.BY_CODE[code].kind,
                note=note,
            )
        )
    Light.objects.bulk_create(lights)
