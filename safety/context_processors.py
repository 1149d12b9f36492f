"""Calm banners for active safety flags, on every page.

Costs one query for a signed-in person (cached on request.user for the rest of the request) and
none for anonymous visitors. The wording stays low-key: a partner glancing at the screen should
not learn much, and the person should not feel alarmed or judged.
"""

from django.urls import reverse

from safety import selectors

# flag -> the banner's landmark name (unique per banner, as assistive technology lists them).
LABELS = {
    "danger": "Safety note",
    "self_harm": "Support note",
    "abuse": "Note about home",
    "infidelity": "Note about trust",
    "addiction": "Note about addiction",
    "checked_out": "Note about a decision",
}
# flag -> (text, link text). One place to review the banner copy.
BANNER_COPY = {
    "danger": (
        "Something you shared points to danger. An app cannot judge how safe you are; a person can.",
        "Numbers to call now",
    ),
    "self_harm": (
        "You mentioned thoughts of harming yourself. You deserve to talk with someone tonight.",
        "Who to call or text",
    ),
    "abuse": (
        "Something you shared suggests home may not feel safe. Working on this alone is not the right tool for that.",
        "What can help instead",
    ),
    "infidelity": (
        "You mentioned an affair. Whether it is over changes what helps.",
        "Read about this",
    ),
    "addiction": (
        "You mentioned drinking, drugs or gambling. There is support for your partner and for you.",
        "Read about this",
    ),
    "checked_out": (
        "You mentioned that your partner may have decided. Solo work changes shape when that happens.",
        "Read about this",
    ),
}


def banners(request):
    if getattr(request, "is_error_page", False):
        return {"banners": []}  # an error page never touches the database: it may be what failed
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"banners": []}
    out = []
    for entry in selectors.active_summary(user):
        flag = entry["flag"]
        text, link_text = BANNER_COPY[flag]
        urgent = entry["level"] == "urgent"
        out.append(
            {
                "level": entry["level"],
                "label": LABELS[flag],
                "text": text,
                "url": reverse("safety:urgent")
                if urgent
                else reverse("safety:guidance", args=[flag]),
                "link_text": link_text,
                "dismiss_url": reverse("safety:dismiss", args=[entry["pk"]])
                if entry["dismissable"]
                else "",
                "dismiss_text": "This was about something else",
            }
        )
    return {"banners": out}
