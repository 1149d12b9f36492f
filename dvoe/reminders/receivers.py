"""Receivers: recompute next reminder times when the season or the person's time zone changes."""

from dvoe.reminders import services


def season_changed(sender, user, **kwargs):
    services.reminder_times_recompute(user=user)


def profile_saved(sender, instance, created, update_fields=None, **kwargs):
    if created or (update_fields is not None and "timezone" not in update_fields):
        return
    services.reminder_times_recompute(user=instance.user)
