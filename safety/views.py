from django.shortcuts import render
from django.views.decorators.http import require_GET

from dvoe.accounts.models import COUNTRIES
from safety.first_contacts import EMERGENCY


@require_GET
def help_now(request):
    country = request.GET.get("country")
    if country not in EMERGENCY and request.user.is_authenticated:
        country = request.user.profile.country
    contacts = EMERGENCY.get(country, [])
    return render(
        request,
        "safety/help.html",
        {"country": country, "contacts": contacts, "countries": COUNTRIES},
    )
