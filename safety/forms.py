from django import forms

from safety import questions


class ScreeningForm(forms.Form):
    """Every question may be left unanswered: the person chooses what to share."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        for q in questions.HARK:
            self.fields[q.key] = forms.ChoiceField(
                label=q.text, choices=q.choices, required=False, widget=forms.RadioSelect
            )
        for item in questions.HITS:
            self.fields[item.key] = forms.ChoiceField(
                label=item.label, choices=[("", "Choose")] + questions.FREQUENCY, required=False
            )
        self.fields["danger"] = forms.MultipleChoiceField(
            label="Tick any that are true.",
            choices=[(sign.key, sign.label) for sign in questions.DANGER],
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )
        for q in questions.OTHERS:
            self.fields[q.key] = forms.ChoiceField(
                label=q.text, choices=q.choices, required=False, widget=forms.RadioSelect
            )

    def hark_fields(self):
        return [self[q.key] for q in questions.HARK]

    def hits_fields(self):
        return [self[i.key] for i in questions.HITS]

    def other_fields(self):
        return [self[q.key] for q in questions.OTHERS]

    def answers(self) -> dict:
        return {key: value for key, value in self.cleaned_data.items() if value}


# The check in steps that each fit a phone screen: (title, the fields on that step).
STEPS = [
    ("The past year", [q.key for q in questions.HARK[:2]]),
    ("The past year, continued", [q.key for q in questions.HARK[2:]]),
    ("How often does your partner…", [i.key for i in questions.HITS]),
    ("Signs of danger", ["danger"]),
    ("Other things that change what helps", [q.key for q in questions.OTHERS[:2]]),
    ("Two last questions", [q.key for q in questions.OTHERS[2:]]),
]


def step_answers(form: ScreeningForm, number: int) -> dict:
    """The valid answers given on one step (an empty answer clears what was there)."""
    data = getattr(form, "cleaned_data", {})
    return {key: data.get(key) for key in STEPS[number - 1][1] if key in data}
