from django import forms

from dvoe.reminders.models import DEFAULT_NIGHTLY_TIME


class ReminderSettingsForm(forms.Form):
    nightly_on = forms.BooleanField(
        required=False,
        label="Send me an evening reminder",
        help_text="Only on nights you have not written yet.",
    )
    nightly_time = forms.TimeField(
        label="Time",
        initial=DEFAULT_NIGHTLY_TIME,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text="Your own local time. Reminders follow your clock when it changes.",
        error_messages={"invalid": "Enter a time such as 21:30.", "required": "Pick a time."},
    )
    checkpoint_on = forms.BooleanField(
        required=False,
        label="Remind me about the date I set",
        help_text="Two weeks before, one week before, that morning, and once a few days after if you have not looked back yet.",
    )

    @classmethod
    def for_row(cls, row, data=None, **kwargs):
        initial = None
        if row is not None:
            initial = {
                "nightly_on": row.nightly_on,
                "nightly_time": row.nightly_time,
                "checkpoint_on": row.checkpoint_on,
            }
        return cls(data, initial=initial, **kwargs)
