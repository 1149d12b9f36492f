from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from coaching.catalog import refusals, scripts
from dvoe.lib.crypto import EncryptedTextField

KIND_CHOICES = [(code, refusals.TYPES[code].label) for code in refusals.TYPE_ORDER]


class RefusalReading(models.Model):
    """What the person concluded about their partner's no: from the quiz, or picked directly.
    The latest one decides which scripts /coach/invite/ shows."""

    QUIZ = "quiz"
    PICKED = "picked"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="refusal_readings"
    )
    kind = models.CharField(max_length=20, choices=KIND_CHOICES, blank=True)
    source = models.CharField(max_length=10, choices=[(QUIZ, "Quiz"), (PICKED, "Picked")])
    answers = models.JSONField(default=dict, blank=True)
    scores = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "-created_at"], name="coach_reading_latest")]

    def __str__(self):
        return f"reading {self.pk}"


class Invitation(models.Model):
    """One personalised invitation script, when it was used and what the answer was."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="invitations"
    )
    script = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=20, choices=KIND_CHOICES)
    partner_name = EncryptedTextField(blank=True)
    own_words = EncryptedTextField(blank=True)
    text = EncryptedTextField()
    created_at = models.DateTimeField(default=timezone.now)
    used_on = models.DateField(null=True, blank=True)
    answer = models.CharField(max_length=10, choices=scripts.ANSWERS, default="pending")
    answered_at = models.DateTimeField(null=True, blank=True)
    yes_logged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "-created_at"], name="coach_invite_latest")]
        constraints = [
            models.CheckConstraint(
                condition=Q(answer__in=[code for code, _ in scripts.ANSWERS]),
                name="coach_invite_answer_known",
            ),
            models.CheckConstraint(
                condition=Q(yes_logged_at__isnull=True) | Q(answer="yes"),
                name="coach_invite_yes_logged_only_for_yes",
            ),
        ]

    def __str__(self):
        return f"invitation {self.pk}"

    @property
    def script_data(self) -> scripts.Script | None:
        return scripts.BY_NUMBER.get(self.script)

    @property
    def recorded(self) -> bool:
        """Whether the person has noted using it or an answer yet."""
        return self.used_on is not None or self.answer != "pending"


class PracticeMark(models.Model):
    """One practice or stop the person marked as done on one local night."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_marks"
    )
    night = models.DateField()
    code = models.CharField(max_length=32)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["night", "code"]
        constraints = [
            models.UniqueConstraint(fields=["user", "night", "code"], name="coach_mark_once"),
        ]

    def __str__(self):
        return f"mark {self.pk}"


class IStatementDraft(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="istatement_drafts"
    )
    happened = EncryptedTextField()
    situation = EncryptedTextField(blank=True)
    feel = EncryptedTextField()
    need = EncryptedTextField()
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-updated_at", "-id"]
        indexes = [models.Index(fields=["user", "-updated_at"], name="coach_draft_latest")]

    def __str__(self):
        return f"draft {self.pk}"

    @property
    def sentence(self) -> str:
        from coaching.istatement import compose

        return compose(
            happened=self.happened, situation=self.situation, feel=self.feel, need=self.need
        )


class IsItMeReflection(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="is_it_me_reflections"
    )
    people = models.CharField(max_length=20)
    people_notes = EncryptedTextField(blank=True)
    picture = models.CharField(max_length=20)
    picture_notes = EncryptedTextField(blank=True)
    takeaway = EncryptedTextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "-created_at"], name="coach_isitme_latest")]

    def __str__(self):
        return f"reflection {self.pk}"


class PracticeFocus(models.Model):
    """One practice the person chose to focus on for one season (one to three per season; the
    service keeps the count). Keyed by the season's id, not a foreign key: coaching never imports
    checkins models, and reads the season through checkins' selectors."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_focus"
    )
    season_id = models.PositiveIntegerField()
    code = models.CharField(max_length=32)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["id"]
        constraints = [
            # Also the index for focus_codes(): WHERE user_id = %s AND season_id = %s.
            models.UniqueConstraint(fields=["user", "season_id", "code"], name="coach_focus_once"),
        ]

    def __str__(self):
        return f"focus {self.pk}"
