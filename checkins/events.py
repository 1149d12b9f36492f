"""Events (Django signals) other apps listen to. `season_changed` is sent with user= whenever a
season starts, its checkpoint moves, or it ends (reminders recompute checkpoint reminders on it)."""

from django.dispatch import Signal

season_changed = Signal()
