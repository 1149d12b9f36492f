import datetime as dt

from django import forms
from django.core.exceptions import ValidationError

from checkins import catalog, date_limits
from checkins.models import DEFAULT_SEASON_DAYS, MAX_NOTE, MAX_TEXT

# Words, not numbers: a screen reader says "Low, radio button 2 of 5", and the words are what the
# mood line on /season/ and the calendar show back. Stored as 1 to 5.
MOOD_CHOICES = [
    ("1", "Very low"),
    ("2", "Low"),
    ("3", "Okay"),
    ("4", "Good"),
    ("5", "Very good"),
]
MOOD_LABELS = {int(value): label for value, label in MOOD_CHOICES}

# The light dropdowns: greens and reds apart (<optgroup>), never mixed in one list.
GROUPED_CODE_CHOICES = [
    ("Green lights", [(item.code, item.label) for item in catalog.GREENS]),
    ("Red lights", [(item.code, item.label) for item in catalog.REDS]),
]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


def checkpoint_bounds(started_on: dt.date, today: dt.date) -> dict:
    """min and max for a checkpoint date input, the same bounds date_limits.check_checkpoint applies
    (the browser's date picker then offers only dates the server accepts)."""
    first = max(started_on + dt.timedelta(date_limits.MIN_SEASON_DAYS), today + dt.timedelta(1))
    last = started_on + dt.timedelta(date_limits.MAX_SEASON_DAYS)
    return {"min": first.isoformat(), "max": last.isoformat()}


def night_bounds(tonight: dt.date, season) -> dict:
    """min and max for a night picker: no future night, none before the season (the same rule as
    date_limits.check_night, said up front so the picker never offers a night the form will refuse)."""
    first = season.started_on if season is not None else tonight
    return {"min": first.isoformat(), "max": tonight.isoformat()}


class SeasonForm(forms.Form):
    checkpoint_on = forms.DateField(
        label="Checkpoint date",
        widget=DateInput(),
        help_text="The day you will look back and decide what next. Between 4 weeks and a year "
        "from today; 90 days is a fair default.",
    )
    focus = forms.CharField(
        label="What you are working on, in your own words",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For example: staying calm when things heat up, or asking plainly for what I "
        "need. Only you see this.",
    )

    def __init__(self, *args, today: dt.date, **kwargs):
        self.today = today
        kwargs.setdefault("initial", {"checkpoint_on": today + dt.timedelta(DEFAULT_SEASON_DAYS)})
        super().__init__(*args, **kwargs)
        self.fields["checkpoint_on"].widget.attrs.update(checkpoint_bounds(today, today))

    def clean_checkpoint_on(self):
        value = self.cleaned_data["checkpoint_on"]
        date_limits.check_checkpoint(self.today, value, today=self.today)
        return value


class CheckpointForm(forms.Form):
    checkpoint_on = forms.DateField(label="New checkpoint date", widget=DateInput())

    def __init__(self, *args, season, today: dt.date, **kwargs):
        self.season, self.today = season, today
        kwargs.setdefault("initial", {"checkpoint_on": season.checkpoint_on})
        super().__init__(*args, **kwargs)
        self.fields["checkpoint_on"].widget.attrs.update(
            checkpoint_bounds(season.started_on, today)
        )

    def clean_checkpoint_on(self):
        value = self.cleaned_data["checkpoint_on"]
        if value == self.season.checkpoint_on:
            raise ValidationError("That is already your checkpoint date.")
        date_limits.check_checkpoint(self.season.started_on, value, today=self.today)
        return value


class JournalForm(forms.Form):
    night = forms.DateField(widget=forms.HiddenInput())
    text = forms.CharField(
        label="Tonight's note",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Anything on your mind. Up to 20,000 characters. Encrypted, and only you see it.",
    )
    mood = forms.TypedChoiceField(
        label="Your mood tonight",
        choices=MOOD_CHOICES,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, tonight: dt.date, season, existing_nights=(), **kwargs):
        self.tonight, self.season, self.existing_nights = tonight, season, set(existing_nights)
        super().__init__(*args, **kwargs)

    def clean_text(self):
        text = self.cleaned_data.get("text") or ""
        if len(text) > MAX_TEXT:
            raise ValidationError(
                "This note is %(n)s characters and the limit is %(max)s. Everything you typed is "
                "still here: trim it, then save again.",
                params={"n": f"{len(text):,}", "max": f"{MAX_TEXT:,}"},
            )
        return text

    def clean_night(self):
        night = self.cleaned_data["night"]
        date_limits.check_night(
            night,
            tonight=self.tonight,
            season=self.season,
            allow_before_season=night in self.existing_nights,
        )
        return night


class LightForm(forms.Form):
    code = forms.ChoiceField(label="Which light", choices=GROUPED_CODE_CHOICES)
    night = forms.DateField(
        label="Night", widget=DateInput(), required=False, help_text="Leave as is for tonight."
    )
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="A few words on what happened. Encrypted.",
    )

    def __init__(self, *args, tonight: dt.date, season, **kwargs):
        self.tonight, self.season = tonight, season
        kwargs.setdefault("initial", {"night": tonight})
        super().__init__(*args, **kwargs)
        self.fields["night"].widget.attrs.update(night_bounds(tonight, season))

    def clean_night(self):
        night = self.cleaned_data.get("night") or self.tonight
        date_limits.check_night(night, tonight=self.tonight, season=self.season)
        return night

    def clean(self):
        super().clean()
        data = self.cleaned_data
        item = catalog.BY_CODE.get(data.get("code", ""))
        if item and item.needs_note and not (data.get("note") or "").strip():
            self.add_error("note", "Add a few words so you remember what this was.")
        return data


class ReviewForm(forms.Form):
    people_who_know = forms.CharField(
        label=catalog.REVIEW_QUESTIONS[0].text,
        required=False,
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    room_to_breathe = forms.CharField(
        label=catalog.REVIEW_QUESTIONS[1].text,
        required=False,
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    fighting_alone = forms.CharField(
        label=catalog.REVIEW_QUESTIONS[2].text,
        required=False,
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    decision = forms.ChoiceField(
        label="What you decide for now",
        choices=catalog.DECISION_CHOICES,
        widget=forms.RadioSelect,
    )
    next_checkpoint_on = forms.DateField(
        label="Next checkpoint date (only for another season)",
        required=False,
        widget=DateInput(),
    )

    def __init__(self, *args, today: dt.date, **kwargs):
        self.today = today
        kwargs.setdefault(
            "initial", {"next_checkpoint_on": today + dt.timedelta(DEFAULT_SEASON_DAYS)}
        )
        super().__init__(*args, **kwargs)
        self.fields["next_checkpoint_on"].widget.attrs.update(checkpoint_bounds(today, today))

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if data.get("decision") == "another_season":
            nxt = data.get("next_checkpoint_on")
            if nxt is None:
                self.add_error("next_checkpoint_on", "Pick a date for the next checkpoint.")
            else:
                try:
                    date_limits.check_checkpoint(self.today, nxt, today=self.today)
                except ValidationError as exc:
                    self.add_error("next_checkpoint_on", exc)
        return data


SUMMARY_PARTS = [
    ("focus", "What you were working on"),
    ("dates", "The season's dates and any checkpoint moves"),
    ("trend", "The weekly chart and its numbers"),
    ("reading", "The plain-language reading"),
    ("nights", "How many nights you journaled"),
    ("answers", "Your answers to the review questions"),
    ("decision", "Your decision"),
    ("mood", "Your own mood over the season"),
]


class SummaryForm(forms.Form):
    include = forms.MultipleChoiceField(
        label="Put in the summary",
        choices=SUMMARY_PARTS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Nothing is included unless you tick it.",
    )
