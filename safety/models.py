"""Safety state: the person's screening answers, the flags raised (never the text that raised them),
and the referral contacts by country (admin-editable data)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from dvoe.lib.crypto import EncryptedTextField

FLAG_CHOICES = [
    ("danger", "Danger signs"),
    ("self_harm", "Thoughts of self-harm"),
    ("abuse", "Abuse or control"),
    ("infidelity", "An affair"),
    ("addiction", "Addiction"),
    ("checked_out", "A partner who has decided"),
]
LEVELS = {
    "danger": "urgent",
    "self_harm": "urgent",
    "abuse": "high",
    "infidelity": "guidance",
    "addiction": "guidance",
    "checked_out": "guidance",
}
# Highest first: routing and banners follow this order.
PRIORITY = ["danger", "self_harm", "abuse", "infidelity", "addiction", "checked_out"]
QUESTIONNAIRE = "questionnaire"


class Screening(models.Model):
    """The person's current questionnaire answers. Re-screening replaces the row; skipping leaves
    a row with skipped=True so onboarding does not ask again."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="safety_screening"
    )
    # JSON of {question key: answer}, encrypted at rest like the journal.
    answers = EncryptedTextField(blank=True, default="")
    skipped = models.BooleanField(default=False)
    completed_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"screening of user {self.user_id}"


class Flag(models.Model):
    """One flag raised for a person: which flag, by which rules, from which source, and when.
    The text that raised it is never stored."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="safety_flags"
    )
    flag = models.CharField(max_length=16, choices=FLAG_CHOICES)
    source = models.CharField(max_length=32)  # "questionnaire", "journal", "signal_note", ...
    rule_ids = models.JSONField(default=list)
    # Keyed hashes (passage_digest) of the passages that raised it, never the passages: if the
    # person says it was about something else, these are remembered (DismissedPassage).
    passages = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # "This was about something else": the flag stops being active, and the row says so.
    dismissed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            # active_flags(user): WHERE user_id = ? AND dismissed_at IS NULL, on every page.
            models.Index(
                fields=["user"], condition=Q(dismissed_at__isnull=True), name="safety_flag_active"
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    flag__in=[
                        "danger",
                        "self_harm",
                        "abuse",
                        "infidelity",
                        "addiction",
                        "checked_out",
                    ]
                ),
                name="safety_flag_known",
            )
        ]

    def __str__(self):
        return f"{self.flag} flag for user {self.user_id}"

    @property
    def level(self) -> str:
        return LEVELS[self.flag]


class CheckIn(models.Model):
    """A gentle question waiting for the person: text screening found something only possible
    (ScreenResult.possible), so the next page asks directly instead of routing. It holds the flag
    names still to ask about and the keyed hashes of the passages behind them, never the text.
    At most one is open per person; a newer save replaces what it asks."""

    ANSWERS = [("yes", "Yes"), ("no", "No"), ("not_sure", "Not sure")]

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="safety_checkins"
    )
    flags = models.JSONField(default=list)  # flag names still to ask about
    passages = models.JSONField(default=dict)  # {flag: [passage digests]}
    rule_ids = models.JSONField(default=dict)  # {flag: [rule ids]}, kept for a Yes
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    answer = models.CharField(max_length=8, choices=ANSWERS, blank=True)
    topic = models.CharField(max_length=16, blank=True)  # what the closing answer was about

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # checkin_open(user) reads WHERE user_id = ? AND closed_at IS NULL: one row at most.
            models.UniqueConstraint(
                fields=["user"], condition=Q(closed_at__isnull=True), name="safety_checkin_one_open"
            ),
        ]

    def __str__(self):
        return f"check-in {self.pk} for user {self.user_id}"


class DismissedPassage(models.Model):
    """A passage the person said was about something else (a dismissed note, or No at a
    check-in): a keyed hash of (flag, passage), never the text. The same words never raise that
    flag again; new words can."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="safety_dismissed"
    )
    digest = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            # Also the index for dismissed_digests(user, digests): WHERE user_id = ? AND digest IN.
            models.UniqueConstraint(fields=["user", "digest"], name="safety_dismissed_once"),
        ]

    def __str__(self):
        return f"dismissed passage for user {self.user_id}"


class Resource(models.Model):
    """A referral contact. Country "XX" is the international fallback."""

    KIND_CHOICES = [
        ("emergency", "Emergency"),
        ("domestic_violence", "Domestic abuse support"),
        ("crisis", "Crisis and suicide support"),
        ("addiction", "Addiction support"),
        ("family_support", "Support for family members"),
        ("discernment", "Discernment counselling"),
        ("therapist_directory", "Finding a therapist"),
    ]
    country = models.CharField(max_length=2, db_index=True)
    kind = models.CharField(max_length=24, choices=KIND_CHOICES)
    name = models.CharField(max_length=120)
    phone = models.CharField(max_length=40, blank=True)
    text_number = models.CharField(max_length=40, blank=True, help_text="Number to text, if any.")
    text_body = models.CharField(
        max_length=40, blank=True, help_text="What to text, if the service asks for a word."
    )
    url = models.URLField(blank=True)
    hours = models.CharField(max_length=80, blank=True)
    note = models.CharField(max_length=200, blank=True)
    verified_on = models.DateField(null=True, blank=True)
    # Where the number was checked (the service's own site, or the government's), so anyone
    # reviewing the data can check it again. Shown to staff in the admin.
    source = models.CharField(max_length=200, blank=True)
    # True while a number comes from the team's knowledge and still waits to be re-checked
    # against its source; such a row is never shown (safety.selectors.shown_resources).
    reverify = models.BooleanField(
        default=False, help_text="From the team's knowledge, to be re-verified at the source."
    )
    order = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["country", "order", "name"]

    def __str__(self):
        return f"{self.country}: {self.name}"

    @property
    def tel(self) -> str:
        return "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")

    @property
    def sms(self) -> str:
        number = "".join(ch for ch in self.text_number if ch.isdigit() or ch == "+")
        return f"sms:{number}?body={self.text_body}" if self.text_body else f"sms:{number}"
