"""Every sentence of reminder copy that is not in a template, in one reviewable place.

Reminder emails may be read by someone else: no word here about relationships, partners,
therapy, seasons, reviews or safety (tests/reminders/test_emails.py checks).
"""

CHECKPOINT_LINES = {
    "two_weeks": "The date you marked is two weeks away. There is time to notice what has shifted and what has not.",
    "one_week": "The date you marked is a week away. A good moment to read back over the last few weeks.",
    "today": "Today is the date you marked. When you have a quiet moment, take your look back.",
    "after": "The date you marked was three days ago, and your look back is still waiting. No rush: it keeps.",
}

SKIP_REASONS = {
    "late": "More than two hours late, so not sent (nobody wants this at 4 am).",
    "written": "Tonight's note was already written.",
    "turned_off": "Reminders of this kind were turned off before it went out.",
    "reviewed": "The look back was already done.",
    "no_season": "The date it was for has changed or gone.",
}

INTERRUPTED = "The worker stopped while sending; not sent again, so it can never arrive twice."
