import datetime as dt

from django import forms

from coaching.catalog import builder, is_it_me, practice, refusals, scripts

RADIO = forms.RadioSelect


class QuizForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for question in refusals.QUESTIONS:
            self.fields[question.code] = forms.ChoiceField(
                label=question.text,
                choices=[(option.code, option.label) for option in question.options],
                widget=RADIO,
                error_messages={"required": "Pick the answer that is closest, or “not sure”."},
            )


class PickForm(forms.Form):
    kind = forms.ChoiceField(
        label="Which kind of no sounds closest?",
        choices=[(code, refusals.TYPES[code].label) for code in refusals.TYPE_ORDER],
        widget=RADIO,
        error_messages={"required": "Pick one of the three."},
    )


class PersonaliseForm(forms.Form):
    partner_name = forms.CharField(
        label="Your partner's first name",
        max_length=40,
        required=False,
        help_text="Optional.",
    )
    own_words = forms.CharField(
        label="A line in your own words",
        max_length=600,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Optional. Added at the end: something only the two of you would say.",
    )


class RecordForm(forms.Form):
    used_on = forms.DateField(
        label="When did you use it?",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Optional. Leave it empty if you have not used it yet.",
    )
    answer = forms.ChoiceField(label="Your partner's answer", choices=scripts.ANSWERS, widget=RADIO)

    # A script may be written down after it was first used, but not long after.
    LOOKBACK = dt.timedelta(days=365)

    def __init__(self, *args, today: dt.date, invitation, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.earliest = invitation.created_at.date() - self.LOOKBACK
        if invitation.used_on is not None:  # a date already saved always stays acceptable
            self.earliest = min(self.earliest, invitation.used_on)
        self.fields["used_on"].widget.attrs.update(
            {"min": self.earliest.isoformat(), "max": today.isoformat()}
        )

    def clean_used_on(self):
        used_on = self.cleaned_data["used_on"]
        if used_on is None:
            return None
        if used_on > self.today:
            raise forms.ValidationError(
                "That day has not come yet. Pick the day you used it: today or earlier."
            )
        if used_on < self.earliest:
            raise forms.ValidationError(
                "That is more than a year before you made this invitation. Pick a date from "
                "%(first)s on.",
                params={"first": self.earliest.strftime("%-d %B %Y")},
            )
        return used_on


class ToggleForm(forms.Form):
    code = forms.ChoiceField(choices=[(code, code) for code in practice.CODES])
    night = forms.DateField()
    next = forms.CharField(required=False)


class FocusForm(forms.Form):
    codes = forms.MultipleChoiceField(
        label="Practices to focus on",
        choices=[(item.code, item.title) for item in practice.ITEMS],
        widget=forms.CheckboxSelectMultiple,
        help_text="You can change them whenever you like.",
        error_messages={"required": "Choose at least one practice to focus on."},
    )

    def clean_codes(self):
        codes = self.cleaned_data["codes"]
        if len(codes) > 3:
            raise forms.ValidationError(
                "Choose up to three. Fewer is easier to keep up, and the rest stay one tap away."
            )
        return codes


class DraftForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in builder.FIELDS:
            self.fields[field.name] = forms.CharField(
                label=field.label,
                max_length=300,
                required=field.name != "situation",
                help_text=field.help,
                widget=forms.Textarea(attrs={"rows": 2}),
            )


class ReflectionForm(forms.Form):
    people = forms.ChoiceField(
        label=is_it_me.PEOPLE.question, choices=is_it_me.PEOPLE.choices, widget=RADIO
    )
    people_notes = forms.CharField(
        label=is_it_me.PEOPLE.notes_label,
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    picture = forms.ChoiceField(
        label=is_it_me.PICTURE.question, choices=is_it_me.PICTURE.choices, widget=RADIO
    )
    picture_notes = forms.CharField(
        label=is_it_me.PICTURE.notes_label,
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    takeaway = forms.CharField(
        label=is_it_me.TAKEAWAY_LABEL,
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
