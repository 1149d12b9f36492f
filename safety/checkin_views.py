"""The check-in: one calm, direct question when text screening found something only possible.

Asking directly does not put the idea in anyone's head; asking about suicide does not raise
suicidal thinking and may lower it (Dazzi et al. 2014). A wrong question costs far less than a
wrong route to a crisis page. The copy for every question lives here, in one place to review.
Plain forms: the page works without JavaScript; an htmx request gets an HX-Redirect.
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from dvoe.lib.redirects import go
from safety import selectors, services

# topic -> the question, and the human help a "Not sure" shows first (contact kinds, in order).
QUESTIONS: dict[str, dict[str, Any]] = {
    "self_harm": {
        "question": "Are you having thoughts of ending your life or hurting yourself?",
        "help_kinds": ["crisis", "emergency"],
        "read_more": ("safety:help", None, "All help contacts"),
    },
    "afraid": {
        "question": "Are you afraid of your partner, or has your partner hurt you?",
        "help_kinds": ["domestic_violence", "emergency"],
        "read_more": ("safety:guidance", "abuse", "Read about when home does not feel safe"),
    },
    "infidelity": {
        "question": "Is an affair going on in your relationship now, as far as you know?",
        "help_kinds": ["therapist_directory", "discernment"],
        "read_more": ("safety:guidance", "infidelity", "Read about affairs and what helps"),
    },
    "addiction": {
        "question": "Is your partner’s drinking, drug use or gambling a problem for you right now?",
        "help_kinds": ["addiction", "family_support"],
        "read_more": ("safety:guidance", "addiction", "Read about addiction and support"),
    },
    "checked_out": {
        "question": "Has your partner told you, or shown you, that they have decided to leave?",
        "help_kinds": ["discernment", "therapist_directory"],
        "read_more": ("safety:guidance", "checked_out", "Read about a partner who has decided"),
    },
}
assert set(QUESTIONS) == set(services.TOPICS.values())


def _read_more(topic: str) -> dict:
    name, case, text = QUESTIONS[topic]["read_more"]
    return {"url": reverse(name, args=[case] if case else []), "text": text}


@login_required
@require_GET
def checkin(request, pk):
    checkin = selectors.checkin_for(request.user, pk)
    if checkin.closed_at is not None:
        if checkin.answer != "not_sure" or checkin.topic not in QUESTIONS:
            return HttpResponseRedirect(reverse("tonight"))
        resources = selectors.resources_for(request.user.profile.country)
        kinds = QUESTIONS[checkin.topic]["help_kinds"]
        groups = sorted(
            (g for g in resources["groups"] if g["kind"] in kinds),
            key=lambda g: kinds.index(g["kind"]),
        )
        return render(
            request,
            "safety/checkin.html",
            {
                "not_sure": True,
                "groups": groups,
                "fallback": resources["fallback"],
                "read_more": _read_more(checkin.topic),
            },
        )
    topic = services.checkin_topic(checkin)
    if topic is None:  # no flag left to ask about: nothing to show
        return HttpResponseRedirect(reverse("tonight"))
    return render(
        request,
        "safety/checkin.html",
        {
            "checkin": checkin,
            "topic": topic,
            "question": QUESTIONS[topic]["question"],
            "answers": checkin.ANSWERS,
        },
    )


@login_required
@require_POST
def checkin_answer(request, pk):
    checkin = selectors.checkin_for(request.user, pk)
    answer = request.POST.get("answer", "")
    url = services.checkin_answer(
        checkin=checkin, topic=request.POST.get("topic", ""), answer=answer
    )
    if url is None:
        messages.success(
            request, "Thank you for saying. The same words will not bring this question back."
        )
        url = reverse("tonight")
    return go(request, url)
