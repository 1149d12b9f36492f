"""Small template helpers for the nightly pages: the mood in words, and a search excerpt."""

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from checkins.forms import MOOD_LABELS

register = template.Library()


@register.filter
def mood_label(value) -> str:
    """1 to 5 as the words the person chose from ("Very low" ... "Very good"); "" for none."""
    try:
        return MOOD_LABELS.get(int(value), "")
    except (TypeError, ValueError):
        return ""


@register.filter
def excerpt(text: str, query: str, width: int = 90):
    """The part of a journal entry around the first match of `query`, with every match of the
    words marked (<mark>). Everything else is escaped. Matching is case-insensitive, like the
    search itself (checkins.selectors.journal_search). Without a match, the start of the entry."""
    text = text or ""
    needle = (query or "").strip()
    if not needle:
        return escape(_clip(text, 0, width * 2))
    folded, fneedle = text.casefold(), needle.casefold()
    if len(folded) != len(text):  # a rare letter changes length when folded: match on lower()
        folded, fneedle = text.lower(), needle.lower()
    at = folded.find(fneedle)
    if at < 0:
        return escape(_clip(text, 0, width * 2))
    start = max(0, at - width)
    end = min(len(text), at + len(needle) + width)
    # widen to word boundaries so the excerpt does not start or end mid-word
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 20 else start
    if end < len(text):
        space = text.find(" ", end)
        end = space if space >= 0 and space - end < 20 else end
    parts, cursor = [], start
    while True:
        hit = folded.find(fneedle, cursor, end)
        if hit < 0 or hit + len(needle) > end:
            break
        parts.append(escape(text[cursor:hit]))
        parts.append(format_html("<mark>{}</mark>", text[hit : hit + len(needle)]))
        cursor = hit + len(needle)
    parts.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(str(p) for p in parts) + suffix)  # noqa: S308 (all escaped)


def _clip(text: str, start: int, end: int) -> str:
    return text[start:end] + (" …" if len(text) > end else "")


# Django's "l j F Y" date format in English, the site's one language (LANGUAGE_CODE "en").
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _long_date(night) -> str:
    return f"{_DAYS[night.weekday()]} {night.day} {night:%B} {night.year}"


@register.simple_tag
def journal_items(entries, query, link_prefix):
    """The journal list's items, built in Python: thirty entries through template tags and
    filters (a URL reversed, a date and a mood localised, per entry) were most of /journal/.
    `link_prefix` is the journal's own URL; an entry's page is <prefix><night>/."""
    items = []
    for e in entries:
        mood = f' <span class="quiet">· mood: {escape(mood_label(e.mood).lower())}</span>'
        text = excerpt(e.text, query) if query else escape(Truncator(e.text).chars(140))
        items.append(
            f'<li><a href="{escape(link_prefix)}{e.night.isoformat()}/">{_long_date(e.night)}</a>'
            f'{mood if e.mood else ""}<br><span class="excerpt">{text}</span></li>'
        )
    return mark_safe("".join(items))
