from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from checkins import catalog
from dvoe.lib.crypto import EncryptedTextField

MIN_SEASON_DAYS = 28
MAX_SEASON_DAYS = 365
DEFAULT_SEASON_DAYS = 90
MAX_TEXT = 20_000
MAX_NOTE = 2_000


class Season(models.Model):
    """A few months of steady effort, with a checkpoint date chosen at the start."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    started_on = models.DateField()
    checkpoint_on = models.DateField()
    focus = EncryptedTextField(help_text="In their own words: what they are working on.")
    created_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    decision = models.CharField(max_length=20, choices=catalog.DECISION_CHOICES, blank=True)
    # The guided review answers, as JSON text, encrypted like the journal.
    review_answers = EncryptedTextField(blank=True, default="")

    class Meta:
        ordering = ["-started_on", "-id"]
        constraints = [
            # Used by active_season(): WHERE user_id = %s AND ended_at IS NULL.
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(ended_at__isnull=True),
                name="checkins_one_active_season_per_user",
            ),
            models.CheckConstraint(
                condition=Q(checkpoint_on__gt=models.F("started_on")),
                name="checkins_checkpoint_after_start",
            ),
        ]

    def __str__(self):
        return f"season {self.pk} of user {self.user_id}"

    @property
    def is_active(self) -> bool:
        return self.ended_at is None

    @property
    def length_days(self) -> int:
        return (self.checkpoint_on - self.started_on).days


class CheckpointMove(models.Model):
    """Moving the goalposts is allowed, and kept, so the review can show it."""

    season = models.ForeignKey(Season, on_delete=models.CASCADE, related_name="moves")
    old_on = models.DateField()
    new_on = models.DateField()
    moved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["moved_at", "id"]

    def __str__(self):
        return f"checkpoint move {self.pk}"


class JournalEntry(models.Model):
    """One entry per person per local night (see checkins.nights)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    night = models.DateField()
    text = EncryptedTextField(blank=True, default="")
    mood = models.PositiveSmallIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-night"]
        constraints = [
            # Also the index for entry_for_night() and the journal list (user_id, night DESC).
            models.UniqueConstraint(fields=["user", "night"], name="checkins_one_entry_per_night"),
            models.CheckConstraint(
                condition=Q(mood__isnull=True) | Q(mood__gte=1, mood__lte=5),
                name="checkins_mood_1_to_5",
            ),
        ]

    def __str__(self):
        return f"journal entry {self.pk}"


class Light(models.Model):
    """A green or red light the person noticed, logged against a night."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    night = models.DateField()
    code = models.CharField(max_length=32, choices=catalog.CODE_CHOICES)
    kind = models.CharField(max_length=5, choices=[(catalog.GREEN, "green"), (catalog.RED, "red")])
    note = EncryptedTextField(blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-night", "-created_at", "-id"]
        indexes = [
            # The trend and the lights list: WHERE user_id = %s AND night BETWEEN a AND b.
            models.Index(fields=["user", "night"], name="checkins_light_user_night"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(code__in=list(catalog.BY_CODE)), name="checkins_light_known_code"
            ),
        ]

    def __str__(self):
        return f"light {self.pk}"

    @property
    def item(self) -> catalog.Item:
        return catalog.BY_CODE[self.code]
