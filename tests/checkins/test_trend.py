import datetime as dt
from types import SimpleNamespace

from checkins import trend

START = dt.date(2026, 1, 5)


def sig(day, code):
    from checkins import catalog

    return SimpleNamespace(
        night=START + dt.timedelta(days=day), code=code, kind=catalog.BY_CODE[code].kind
    )


def read(lights, nights):
    weeks = trend.weeks_for(START, START + dt.timedelta(days=nights - 1), lights)
    return weeks, trend.reading_for(weeks, lights)


def test_weeks_count_from_the_first_night_and_the_last_may_be_partial():
    weeks, _ = read([sig(0, "softened"), sig(7, "snapback"), sig(8, "softened")], 10)
    assert [(w.number, w.greens, w.reds, w.complete) for w in weeks] == [
        (1, 1, 0, True),
        (2, 1, 1, False),
    ]


def test_too_early_under_four_full_weeks():
    _, reading = read([sig(1, "softened")], 27)
    assert reading.verdict == "too_early"
    assert "3 full weeks" in reading.summary


def test_compounding_when_later_weeks_have_more_and_keep_coming():
    lights = [sig(3, "softened")] + [sig(d, "real_question") for d in (29, 31, 36, 38, 44, 50, 52)]
    _, reading = read(lights, 56)  # 8 full weeks
    assert reading.verdict == "compounding"
    assert "Weeks 1 to 4: 0.2 green lights a week" in reading.numbers[0]
    assert "Weeks 5 to 8: 1.8 green lights a week" in reading.numbers[1]
    assert "4 of the last 4" in reading.numbers[2]


def test_a_burst_that_stops_is_not_compounding():
    lights = [sig(d, "softened") for d in (29, 30, 31, 32, 33)]
    _, reading = read(lights, 56)
    assert reading.verdict == "scattered"


def test_fading_when_greens_drop_off():
    lights = [sig(d, "followed_through") for d in (1, 2, 8, 9, 15, 16, 22)]
    _, reading = read(lights, 56)
    assert reading.verdict == "fading"


def test_none_when_no_greens():
    _, reading = read([sig(3, "present_absent")], 35)
    assert reading.verdict == "none"


def test_most_frequent_and_patterns_are_counted():
    lights = [
        sig(1, "softened"),
        sig(2, "snapback"),  # a green followed by a red within 3 nights
        sig(8, "softened"),
        sig(9, "real_question"),
        sig(20, "snapback"),
    ]
    _, reading = read(lights, 35)
    assert reading.top_green == ("Softened without being asked", 2)
    assert reading.top_red == ("Snapback", 2)
    names = dict(reading.patterns)
    assert names["Snapback"] == "you logged it 2 times."
    assert names["Green, then red"].startswith("one green light was followed")
    assert names["Reset weeks"].startswith("one week")


def test_the_reading_never_talks_about_the_future_or_blames():
    lights = [sig(d, "softened") for d in range(0, 60, 3)] + [sig(5, "snapback")]
    _, reading = read(lights, 60)
    words = " ".join([reading.summary, *reading.numbers, *(s for _, s in reading.patterns)])
    for banned in ("will ", "going to", "never", "always", "fault", "manipulat", "should"):
        assert banned not in words.lower()


def test_chart_geometry_fits_and_scales():
    weeks, _ = read([sig(d, "softened") for d in range(0, 14)], 91)
    chart = trend.chart_for(weeks)
    assert len(chart.bars) == 13
    assert chart.width <= 360  # a 90-day season fits a phone without scrolling
    assert min(b["y_green"] for b in chart.bars) >= chart.plot_top


def test_calendar_marks_written_nights_only():
    months = trend.calendar_for(START, START + dt.timedelta(days=40), {START})
    cells = [c for m in months for w in m["weeks"] for c in w if c]
    assert sum(c["written"] for c in cells) == 1
    assert all(len(w) == 7 for m in months for w in m["weeks"])
