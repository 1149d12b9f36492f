"""The season's long repeated markup (chart bars, week rows, calendar cells), built in Python.

A year-long season is hundreds of bars, rows and cells; through template loops each one costs a
dozen variable look-ups and localisations, most of /season/'s render. These tags write the same
markup with f-strings: numbers and dates go in as they are, every text value through escape(). Each one is a single tag in
templates/checkins/partials/ (chart.html, mood_chart.html, calendar.html).
"""

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

_SO_FAR = " (so far)"
# Django's "M" date format in English, the site's one language (LANGUAGE_CODE "en").
_MONTHS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _so_far(week) -> str:
    complete = week["complete"] if isinstance(week, dict) else week.complete
    return "" if complete else _SO_FAR


def _span(week) -> str:
    first, last = (
        (week["first"], week["last"]) if isinstance(week, dict) else (week.first, week.last)
    )
    return f"{first.day} {_MONTHS[first.month]} to {last.day} {_MONTHS[last.month]}"


@register.simple_tag
def trend_desc(weeks) -> SafeString:
    return mark_safe(
        "".join(f" Week {w.number}: {w.greens} green, {w.reds} red{_so_far(w)}." for w in weeks)
    )


@register.simple_tag
def trend_marks(chart) -> SafeString:
    """The gridlines, then the pair of bars of each week (numbers only: nothing to escape)."""
    grid = "".join(
        f'<line class="grid" x1="28" x2="{chart.width}" y1="{g["y"]}" y2="{g["y"]}"/>'
        f'<text class="axis" x="22" y="{g["y"] + 4}" text-anchor="end">{g["value"]}</text>'
        for g in chart.gridlines
    )
    bars = "".join(
        f'<rect class="bar-green" x="{b["x_green"]}" y="{b["y_green"]}" width="8" height="{b["h_green"]}"/>'
        f'<rect class="bar-red" x="{b["x_red"]}" y="{b["y_red"]}" width="8" height="{b["h_red"]}"/>'
        + (
            f'<text class="axis" x="{b["label_x"]}" y="186" text-anchor="middle">{b["week"].number}</text>'
            if b["show_label"]
            else ""
        )
        for b in chart.bars
    )
    return mark_safe(f"{grid}\n    {bars}")


def _row(week, third: str, fourth: str) -> str:
    """One week's row of a table: its number, its dates, then two cells."""
    number = week["number"] if isinstance(week, dict) else week.number
    return (
        f'<tr><th scope="row">{number}{_so_far(week)}</th><td>{_span(week)}</td>'
        f"<td>{third}</td><td>{fourth}</td></tr>"
    )


@register.simple_tag
def trend_rows(weeks) -> SafeString:
    return mark_safe("".join(_row(w, w.greens, w.reds) for w in weeks))


def _mood_said(w) -> str:
    if not w["average"]:
        return "no mood chosen"
    plural = "" if w["count"] == 1 else "s"
    return f"{escape(w['word'].lower())} ({w['average']} from {w['count']} night{plural})"


@register.simple_tag
def mood_desc(weeks) -> SafeString:
    return mark_safe("".join(f" Week {w['number']}: {_mood_said(w)}{_so_far(w)}." for w in weeks))


@register.simple_tag
def mood_marks(mood) -> SafeString:
    """The mood line's dots, then its week numbers."""
    dots = "".join(
        f'<circle class="mood-dot" cx="{d["x"]}" cy="{d["y"]}" r="4"/>' for d in mood["dots"]
    )
    labels = "".join(
        f'<text class="axis" x="{label["x"]}" y="186" text-anchor="middle">{label["number"]}</text>'
        for label in mood["labels"]
    )
    return mark_safe(f"{dots}\n    {labels}")


def _mood_average(w) -> str:
    return f"{escape(w['word'])} ({w['average']} of 5)" if w["average"] else "None"


@register.simple_tag
def mood_rows(weeks) -> SafeString:
    return mark_safe("".join(_row(w, w["count"], _mood_average(w)) for w in weeks))


def _cell(c) -> str:
    if c is None:
        return "<td></td>"
    day = c["date"].day
    if not c["written"]:
        return f'<td class="{"cal-empty" if c["inside"] else "cal-outside"}">{day}</td>'
    mood_word = f", mood {escape(c['mood_word'].lower())}" if c["mood_word"] else ""
    dot = f'<span class="cal-mood cal-mood-{int(c["mood"])}"></span>' if c["mood"] else ""
    return (
        f'<td class="cal-written"><a href="{escape(c["href"])}" '
        f'aria-label="{escape(c["label"])}, written{mood_word}">{day}{dot}</a></td>'
    )


@register.simple_tag
def calendar_rows(weeks) -> SafeString:
    return mark_safe("".join("<tr>" + "".join(_cell(c) for c in week) + "</tr>" for week in weeks))
