"""Receivers of Django's auth signals: remember each signed-in session."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from dvoe.accounts import services


@receiver(user_logged_in)
def remember_session(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        services.session_record(user=user, request=request)
