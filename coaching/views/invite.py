from dataclasses import asdict

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from coaching import invitations, quiz, selectors, services
from coaching.catalog import refusals, scripts
from coaching.forms import PersonaliseForm, PickForm, QuizForm, RecordForm
from coaching.models import Invitation
from coaching.views.common import invitation_gate
from dvoe.lib import steps
from dvoe.lib.owned import get_owned_or_404


def _invite_page(request, *, quiz_form=None, pick_form=None, status=200):
    user = request.user
    reading = selectors.latest_reading(user)
    result = None
    if reading is not None and reading.source == reading.QUIZ:
        result = quiz.score(reading.answers)
    kind = reading.kind if reading else ""
    partner = user.profile.partner_name
    context = {
        "reading": reading,
        "result": result,
        "type": refusals.TYPES.get(kind),
        "types": [(code, refusals.TYPES[code]) for code in refusals.TYPE_ORDER],
        "misread": refusals.MISREAD_WARNING,
        "no_reading": refusals.NO_READING,
        "scripts": [
            {**asdict(s), "text": invitations.render(s, partner_name=partner)}
            for s in invitations.scripts_for(kind)
        ],
        "quiz_form": quiz_form
        or QuizForm(initial=reading.answers if reading and reading.source == "quiz" else None),
        "pick_form": pick_form or PickForm(initial={"kind": kind} if kind else None),
        "invitations": selectors.invitations_for(user),
        "limits": scripts.LIMITS,
    }
    return render(request, "coaching/invite.html", context, status=status)


@login_required
@require_GET
@invitation_gate
def invite(request):
    return _invite_page(request)


QUIZ_DRAFT = "invite_quiz"
ANSWER_MESSAGES = {
    "pending": "Saved. Whenever you are ready is soon enough.",
    "maybe": "Saved. A maybe is an open door; give it room.",
    "no": "Saved. A no today is not the last word, and your own half still counts.",
    "yes": "Saved.",
}


@login_required
@require_http_methods(["GET", "POST"])
@invitation_gate
def quiz_submit(request):
    """The six questions, one a screen (?step=1..6). Answers are kept in the session until the
    last one; a POST without `step` submits all six at once, as the one-page quiz did."""
    total = len(refusals.QUESTIONS)
    if request.method == "POST" and "step" not in request.POST:
        form = QuizForm(request.POST)
        if not form.is_valid():
            codes = [q.code for q in refusals.QUESTIONS]
            kept = {code: request.POST[code] for code in codes if code in request.POST}
            kept = {c: v for c, v in kept.items() if c not in form.errors}
            steps.draft_save(request, QUIZ_DRAFT, kept)
            first = next(i for i, code in enumerate(codes, 1) if code in form.errors)
            steps.keep_errors(form, [codes[first - 1]])
            return _quiz_page(request, form, first, status=400)
        steps.draft_clear(request, QUIZ_DRAFT)
        services.reading_from_quiz(user=request.user, answers=form.cleaned_data)
        return redirect("coaching:invite")
    number = steps.step_number(request, total)
    draft = steps.draft_load(request, QUIZ_DRAFT)
    if request.method == "GET":
        if not draft and request.GET.get("step") is None:
            reading = selectors.latest_reading(request.user)
            if reading is not None and reading.source == reading.QUIZ:
                draft = dict(reading.answers)
                steps.draft_save(request, QUIZ_DRAFT, draft)
        return _quiz_page(request, QuizForm(initial=draft), number)
    code = refusals.QUESTIONS[number - 1].code
    form = QuizForm({**draft, code: request.POST.get(code, "")})
    form.is_valid()
    if code not in form.errors:
        draft[code] = form.cleaned_data[code]
        steps.draft_save(request, QUIZ_DRAFT, draft)
    go = request.POST.get("go")
    url = reverse("coaching:quiz")
    if go == "back":
        return redirect(f"{url}?step={max(1, number - 1)}")
    if code in form.errors:
        steps.keep_errors(form, [code])
        return _quiz_page(request, form, number, status=400)
    if number < total:
        return redirect(f"{url}?step={number + 1}")
    missing = [i for i, q in enumerate(refusals.QUESTIONS, 1) if q.code in form.errors]
    if missing:
        steps.keep_errors(form, [refusals.QUESTIONS[missing[0] - 1].code])
        return _quiz_page(request, form, missing[0], status=400)
    steps.draft_clear(request, QUIZ_DRAFT)
    services.reading_from_quiz(user=request.user, answers=form.cleaned_data)
    messages.success(request, "Thank you. Here is what your answers point to.")
    return redirect("coaching:invite")


def _quiz_page(request, form, number, status=200):
    question = refusals.QUESTIONS[number - 1]
    context = {
        "form": form,
        "field": form[question.code],
        "progress": steps.progress(number, len(refusals.QUESTIONS), ""),
    }
    return render(request, "coaching/invite_quiz.html", context, status=status)


@login_required
@require_POST
@invitation_gate
def pick(request):
    form = PickForm(request.POST)
    if not form.is_valid():
        return _invite_page(request, pick_form=form, status=400)
    services.reading_pick(user=request.user, kind=form.cleaned_data["kind"])
    return redirect("coaching:invite")


def _script_or_404(number: int) -> scripts.Script:
    script = scripts.BY_NUMBER.get(number)
    if script is None:
        raise Http404
    return script


@login_required
@require_http_methods(["GET", "POST"])
@invitation_gate
def script(request, number):
    script = _script_or_404(number)
    status = 200
    if request.method == "POST":
        form = PersonaliseForm(request.POST)
        if form.is_valid() and request.POST.get("action") != "preview":
            invitation = services.invitation_create(
                user=request.user, script=script, **form.cleaned_data
            )
            if request.POST.get("copied") == "1":  # static/js/copy.js copied it on the tap
                messages.success(request, "Saved and copied. It is ready to paste.")
            else:
                messages.success(request, "Saved. Copy it with the button below, or select it.")
            return redirect("coaching:invitation", pk=invitation.pk)
        status = 200 if form.is_valid() else 400
    else:
        form = PersonaliseForm(initial={"partner_name": request.user.profile.partner_name})
    return render(
        request,
        "coaching/script.html",
        {
            "script": script,
            "type": refusals.TYPES[script.kind],
            "form": form,
            "preview": _preview_text(script, form),
            "limits": scripts.LIMITS,
        },
        status=status,
    )


def _preview_text(script, form) -> str:
    data = form.cleaned_data if form.is_bound and form.is_valid() else (form.initial or {})
    return invitations.render(
        script, partner_name=data.get("partner_name", ""), own_words=data.get("own_words", "")
    )


@login_required
@require_POST
@invitation_gate
def script_preview(request, number):
    script = _script_or_404(number)
    form = PersonaliseForm(request.POST)
    form.is_valid()
    return render(
        request,
        "coaching/script.html#preview",
        {"preview": _preview_text(script, form) if form.is_valid() else "", "form": form},
        status=200 if form.is_valid() else 400,
    )


def _record_form(request, invitation, data=None) -> RecordForm:
    """The date picker and the server agree: from a year before the invitation was made to the
    person's own today."""
    today = timezone.localdate(timezone=request.user.profile.tz)
    initial = {"used_on": invitation.used_on, "answer": invitation.answer}
    return RecordForm(data, initial=initial, today=today, invitation=invitation)


def _invitation_page(request, invitation, form=None, status=200):
    return render(
        request,
        "coaching/invitation.html",
        {
            "invitation": invitation,
            "script": invitation.script_data,
            "form": form or _record_form(request, invitation),
            "limits": scripts.LIMITS,
        },
        status=status,
    )


@login_required
@require_GET
@invitation_gate
def invitation(request, pk):
    return _invitation_page(request, get_owned_or_404(Invitation, request.user, pk=pk))


@login_required
@require_POST
@invitation_gate
def invitation_record(request, pk):
    invitation = get_owned_or_404(Invitation, request.user, pk=pk)
    form = _record_form(request, invitation, request.POST)
    if not form.is_valid():
        return _invitation_page(request, invitation, form=form, status=400)
    was = invitation.answer
    services.invitation_record(invitation=invitation, **form.cleaned_data)
    answer = form.cleaned_data["answer"]
    if answer == "yes" and was != "yes":
        # The warm moment is on the page itself (invitation.html); no flash message competes.
        return redirect(reverse("coaching:invitation", args=[invitation.pk]) + "#yes")
    messages.success(request, ANSWER_MESSAGES.get(answer, "Saved."))
    return redirect("coaching:invitation", pk=invitation.pk)


@login_required
@require_POST
@invitation_gate
def invitation_log_yes(request, pk):
    invitation = get_owned_or_404(Invitation, request.user, pk=pk)
    try:
        logged = services.invitation_log_yes(invitation=invitation)
    except ValidationError as exc:  # checkins refused the night (for example outside a season)
        messages.error(request, " ".join(exc.messages))
    else:
        if logged:
            messages.success(request, "Logged as a green light: said yes to one session.")
    return redirect("coaching:invitation", pk=invitation.pk)


@login_required
@require_http_methods(["GET", "POST"])
@invitation_gate
def invitation_delete(request, pk):
    """GET asks first (a page, not a pop-up); POST deletes."""
    invitation = get_owned_or_404(Invitation, request.user, pk=pk)
    if request.method == "GET":
        return render(
            request,
            "coaching/invitation_delete.html",
            {"invitation": invitation, "script": invitation.script_data},
        )
    services.invitation_delete(invitation=invitation)
    messages.success(request, "Deleted.")
    return redirect("coaching:invite")
