"""Small template helpers for the nightly pages: the mood in words, and a search excerpt."""

from django import template

from checkins.forms import MOOD_LABELS

register = template.Library()


@register.filter
def mood_label(value) -> str:
    """1 to 5 as the words the person chose from ("Very low" ... "Very good"); "" for none."""
    try:
        return MOOD_LABELS.get(int(value), "")
    except (TypeError, ValueError):
        return ""
