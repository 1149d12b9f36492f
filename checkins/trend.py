"""The season's trend: weekly counts of green and red lights, and a plain-language reading.

The reading rule (documented in the README and shown on the page with its numbers):

* Weeks are counted from the season's first night: week 1 is nights 1-7, and so on. Only weeks that
  have fully happened are read; the current week is drawn but not judged.
* Fewer than 4 full weeks: "too early to read" (the numbers are still shown).
* Split the full weeks in half (earlier, later; the later half gets the odd week) and compare the
  average greens per week.
  - compounding: the later half averages at least 1 more green a week than the earlier half AND
    greens showed up in at least 3 of the last 4 full weeks;
  - fading: the later half averages at least 1 fewer green a week than the earlier half;
  - scattered: there were greens, but neither of the above;
  - none: no greens logged in the full weeks.
* Most frequent: the green and the red logged most often in the season (ties: catalog order).
* Patterns, counted, never interpreted:
  - snapback logged: how many times the person logged "snapback";
  - green then red: how many greens were followed by a red within the next 3 nights;
  - reset weeks: weeks with 2 or more greens followed by a full week with none.

It describes what was logged. It never says why, never judges the partner, never predicts.
"""

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from checkins import catalog

MIN_WEEKS = 4
FOLLOW_NIGHTS = 3


@dataclass
class Week:
    number: int
    first: dt.date
    last: dt.date
    greens: int = 0
    reds: int = 0
    complete: bool = True


@dataclass
class Reading:
    verdict: str  # too_early | compounding | fading | scattered | none
    summary: str
    numbers: list[str] = field(default_factory=list)
    top_green: tuple[str, int] | None = None
    top_red: tuple[str, int] | None = None
    patterns: list[tuple[str, str]] = field(default_factory=list)


def weeks_for(started_on: dt.date, last_night: dt.date, lights) -> list[Week]:
    """Weekly buckets from the first night up to last_night (the last one may be partial)."""
    total_days = (last_night - started_on).days + 1
    count = max(1, -(-total_days // 7))
    weeks = []
    for i in range(count):
        first = started_on + dt.timedelta(days=7 * i)
        last = first + dt.timedelta(days=6)
        weeks.append(Week(number=i + 1, first=first, last=last, complete=last <= last_night))
    for s in lights:
        index = (s.night - started_on).days // 7
        if 0 <= index < count:
            if s.kind == catalog.GREEN:
                weeks[index].greens += 1
            else:
                weeks[index].reds += 1
    return weeks


def _avg(values: list[int]) -> float:
    return sum(values) / len(values) if values else 0.0


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def reading_for(weeks: list[Week], lights) -> Reading:
    full = [w for w in weeks if w.complete]
    greens = [w.greens for w in full]
    reading = Reading(verdict="too_early", summary="")
    green_codes = Counter(s.code for s in lights if s.kind == catalog.GREEN)
    red_codes = Counter(s.code for s in lights if s.kind == catalog.RED)
    order = {item.code: i for i, item in enumerate(catalog.ITEMS)}
    if green_codes:
        code, n = min(green_codes.items(), key=lambda kv: (-kv[1], order[kv[0]]))
        reading.top_green = (catalog.label(code), n)
    if red_codes:
        code, n = min(red_codes.items(), key=lambda kv: (-kv[1], order[kv[0]]))
        reading.top_red = (catalog.label(code), n)
    reading.patterns = _patterns(weeks, lights, red_codes)

    if len(full) < MIN_WEEKS:
        reading.summary = (
            f"Too early to read a trend: {len(full)} full week{'s' if len(full) != 1 else ''} so "
            f"far, and the reading starts after {MIN_WEEKS}. Single good or hard nights say little "
            "on their own."
        )
        return reading
    half = len(full) // 2
    early, late = greens[:half], greens[half:]
    early_avg, late_avg = _avg(early), _avg(late)
    last_four = greens[-4:]
    weeks_with = sum(1 for g in last_four if g > 0)
    reading.numbers = [
        f"Weeks 1 to {half}: {_fmt(early_avg)} green lights a week on average.",
        f"Weeks {half + 1} to {len(full)}: {_fmt(late_avg)} green lights a week on average.",
        f"Green lights showed up in {weeks_with} of the last 4 full weeks.",
    ]
    if sum(greens) == 0:
        reading.verdict = "none"
        reading.summary = "No green lights were logged in the full weeks of this season so far."
    elif late_avg >= early_avg + 1 and weeks_with >= 3:
        reading.verdict = "compounding"
        reading.summary = (
            "Green lights are building: the later weeks have more of them than the earlier ones, "
            "and they came up in most recent weeks."
        )
    elif late_avg <= early_avg - 1:
        reading.verdict = "fading"
        reading.summary = "Green lights are fewer in the later weeks than in the earlier ones."
    else:
        reading.verdict = "scattered"
        reading.summary = (
            "Green lights come and go: they show up some weeks, without a steady rise from the "
            "earlier weeks to the later ones."
        )
    return reading


def _times(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.format(n=n)


def _patterns(weeks, lights, red_codes) -> list[tuple[str, str]]:
    out = []
    if n := red_codes.get("snapback", 0):
        out.append(("Snapback", _times(n, "you logged it once.", "you logged it {n} times.")))
    nights_red = {s.night for s in lights if s.kind == catalog.RED}
    after = [dt.timedelta(days=d) for d in range(1, FOLLOW_NIGHTS + 1)]
    followed = sum(
        1
        for s in lights
        if s.kind == catalog.GREEN and any(s.night + d in nights_red for d in after)
    )
    if followed:
        out.append(
            (
                "Green, then red",
                _times(followed, "one green light was", "{n} green lights were")
                + f" followed by a red light within {FOLLOW_NIGHTS} nights.",
            )
        )
    resets = sum(
        1
        for a, b in zip(weeks, weeks[1:], strict=False)
        if a.greens >= 2 and b.complete and b.greens == 0
    )
    if resets:
        out.append(
            (
                "Reset weeks",
                _times(resets, "one week", "{n} weeks")
                + " with two or more greens came right before a full week with none.",
            )
        )
    return out


@dataclass
class Chart:
    width: int
    height: int
    bars: list[dict]
    gridlines: list[dict]
    max_value: int
    plot_top: int
    plot_bottom: int


def chart_for(weeks: list[Week]) -> Chart:
    """Geometry for the server-rendered SVG: a pair of bars (green, red) per week."""
    height, top, bottom, left = 200, 12, 170, 28
    slot = 24
    width = max(320, left + slot * len(weeks) + 8)
    max_value = max([1] + [w.greens for w in weeks] + [w.reds for w in weeks])
    step = 1 if max_value <= 5 else (2 if max_value <= 10 else 5)
    ceiling = -(-max_value // step) * step
    scale = (bottom - top) / ceiling
    bars = []
    for i, w in enumerate(weeks):
        x = left + i * slot + 3
        gh, rh = round(w.greens * scale), round(w.reds * scale)
        bars.append(
            {
                "week": w,
                "x_green": x,
                "x_red": x + 9,
                "y_green": bottom - gh,
                "y_red": bottom - rh,
                "h_green": gh,
                "h_red": rh,
                "label_x": x + 8,
                "show_label": len(weeks) <= 14 or i % 2 == 0,
            }
        )
    gridlines = [{"value": v, "y": round(bottom - v * scale)} for v in range(0, ceiling + 1, step)]
    return Chart(
        width=width,
        height=height,
        bars=bars,
        gridlines=gridlines,
        max_value=max_value,
        plot_top=top,
        plot_bottom=bottom,
    )


MOOD_WORDS = {1: "Very low", 2: "Low", 3: "Okay", 4: "Good", 5: "Very good"}


def mood_word(value: float | None) -> str:
    """An average mood as the nearest of the words the person chose from."""
    if value is None:
        return ""
    return MOOD_WORDS[min(5, max(1, int(value + 0.5)))]


def mood_chart_for(first: dt.date, last: dt.date, moods: dict) -> dict:
    """The person's own line: the average mood of each week of the season (weeks as in weeks_for),
    drawn as a line over 1 (very low) to 5 (very good), with gaps where no mood was chosen.

    `moods` maps a night to its mood (1 to 5) or None. Returns the weeks with their numbers (for the
    table) and the geometry for the SVG."""
    height, top, bottom, left, slot = 200, 12, 170, 70, 24
    total_days = (last - first).days + 1
    count = max(1, -(-total_days // 7))
    weeks: list[dict[str, Any]] = []
    for i in range(count):
        w_first = first + dt.timedelta(days=7 * i)
        w_last = w_first + dt.timedelta(days=6)
        values = [m for night, m in moods.items() if m and w_first <= night <= min(w_last, last)]
        average = round(sum(values) / len(values), 1) if values else None
        weeks.append(
            {
                "number": i + 1,
                "first": w_first,
                "last": w_last,
                "complete": w_last <= last,
                "count": len(values),
                "average": average,
                "word": mood_word(average),
            }
        )
    width = max(320, left + slot * count + 8)
    scale = (bottom - top) / 4

    def y(value: float) -> float:
        return round(bottom - (value - 1) * scale, 1)

    segments: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    dots: list[dict[str, Any]] = []
    for i, w in enumerate(weeks):
        x = left + i * slot + 11
        if w["average"] is None:
            if current:
                segments.append(current)
            current = []
            continue
        point = (x, y(w["average"]))
        current.append(point)
        dots.append({"x": point[0], "y": point[1], "week": w})
    if current:
        segments.append(current)
    return {
        "weeks": weeks,
        "width": width,
        "height": height,
        "left": left,
        "lines": [" ".join(f"{x},{yy}" for x, yy in seg) for seg in segments if len(seg) > 1],
        "dots": dots,
        "gridlines": [{"value": v, "word": MOOD_WORDS[v], "y": y(v)} for v in (1, 2, 3, 4, 5)],
        "labels": [
            {"x": left + i * slot + 11, "number": w["number"]}
            for i, w in enumerate(weeks)
            if count <= 14 or i % 2 == 0
        ],
        "any": bool(dots),
        "nights_with_mood": sum(w["count"] for w in weeks),
    }


def calendar_for(
    first: dt.date,
    last: dt.date,
    written: set[dt.date],
    *,
    link_prefix: str = "/journal/",
    moods: dict | None = None,
) -> list[dict]:
    """Month grids (Monday first) of the nights in [first, last], marking those with an entry,
    and the mood chosen that night when `moods` (night -> 1 to 5 or None) is given.
    Links are built here, not with {% url %} per cell: a year of cells is a lot of reversing."""
    moods = moods or {}
    months = []
    cursor = first.replace(day=1)
    while cursor <= last:
        nxt = (cursor + dt.timedelta(days=32)).replace(day=1)
        cells: list[dict[str, Any] | None] = [None] * cursor.weekday()
        day = cursor
        while day < nxt:
            inside = first <= day <= last
            cells.append(
                {
                    "date": day,
                    "inside": inside,
                    "written": day in written,
                    "href": f"{link_prefix}{day.isoformat()}/",
                    "label": f"{day.day} {day:%B}",
                    "mood": moods.get(day),
                    "mood_word": MOOD_WORDS.get(moods.get(day) or 0, ""),
                }
            )
            day += dt.timedelta(days=1)
        cells += [None] * (-len(cells) % 7)
        weeks = [cells[i : i + 7] for i in range(0, len(cells), 7)]
        months.append({"month": cursor, "weeks": weeks})
        cursor = nxt
    return months
