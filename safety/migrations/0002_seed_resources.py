"""Seed the referral contacts listed in DOMAIN.md, checked in public sources on 2026-11-22.

Editable afterwards in the admin. Country "XX" is the international fallback.
"""

import datetime

from django.db import migrations

CHECKED = datetime.date(2026, 11, 22)

# (country, kind, name, phone, text_number, text_body, url, note, order)
CONTACTS = [
    ("US", "emergency", "Emergency", "911", "", "", "", "Police, ambulance, fire", 1),
    (
        "US",
        "domestic_violence",
        "National Domestic Violence Hotline",
        "800-799-7233",
        "88788",
        "START",
        "",
        "",
        10,
    ),
    ("US", "crisis", "988 Suicide & Crisis Lifeline", "988", "988", "", "", "", 20),
    (
        "US",
        "addiction",
        "SAMHSA National Helpline",
        "1-800-662-4357",
        "",
        "",
        "",
        "Treatment referral and information",
        30,
    ),
    ("GB", "emergency", "Emergency", "999", "", "", "", "Police, ambulance, fire", 1),
    (
        "GB",
        "domestic_violence",
        "National Domestic Abuse Helpline",
        "0808 2000 247",
        "",
        "",
        "",
        "",
        10,
    ),
    (
        "GB",
        "domestic_violence",
        "Men's Advice Line",
        "0808 801 0327",
        "",
        "",
        "",
        "For men experiencing domestic abuse",
        11,
    ),
    ("GB", "crisis", "Samaritans", "116 123", "", "", "", "", 20),
    ("GB", "crisis", "Shout", "", "85258", "", "", "Text support", 21),
    ("IE", "emergency", "Emergency (112 or 999)", "112", "", "", "", "999 works too", 1),
    ("IE", "domestic_violence", "Women's Aid", "1800 341 900", "", "", "", "", 10),
    ("IE", "crisis", "Samaritans", "116 123", "", "", "", "", 20),
    ("IE", "crisis", "Crisis text line", "", "50808", "", "", "Text support", 21),
    ("CA", "emergency", "Emergency", "911", "", "", "", "Police, ambulance, fire", 1),
    (
        "CA",
        "domestic_violence",
        "ShelterSafe",
        "",
        "",
        "",
        "https://sheltersafe.ca",
        "Find a shelter or support service by region",
        10,
    ),
    ("CA", "crisis", "9-8-8 Suicide Crisis Helpline", "988", "988", "", "", "", 20),
    (
        "CA",
        "crisis",
        "Hope for Wellness",
        "1-855-242-3310",
        "",
        "",
        "",
        "For Indigenous peoples",
        21,
    ),
    ("AU", "emergency", "Emergency", "000", "", "", "", "Police, ambulance, fire", 1),
    ("AU", "domestic_violence", "1800RESPECT", "1800 737 732", "", "", "", "", 10),
    ("AU", "crisis", "Lifeline", "13 11 14", "", "", "", "", 20),
    (
        "AU",
        "addiction",
        "National Alcohol and Other Drug Hotline",
        "1800 250 015",
        "",
        "",
        "",
        "",
        30,
    ),
    ("NZ", "emergency", "Emergency", "111", "", "", "", "Police, ambulance, fire", 1),
    ("NZ", "domestic_violence", "Women's Refuge", "0800 733 843", "", "", "", "", 10),
    ("NZ", "domestic_violence", "Shine", "0508 744 633", "", "", "", "", 11),
    ("NZ", "crisis", "Need to talk?", "1737", "1737", "", "", "Call or text", 20),
    (
        "XX",
        "emergency",
        "Your local emergency number",
        "",
        "",
        "",
        "",
        "Call it first if you are in danger now",
        1,
    ),
    (
        "XX",
        "crisis",
        "A local crisis line",
        "",
        "",
        "",
        "",
        "Your doctor, a hospital or the emergency number can tell you the nearest one",
        20,
    ),
]


def seed(apps, schema_editor):
    Resource = apps.get_model("safety", "Resource")
    for country, kind, name, phone, text_number, text_body, url, note, order in CONTACTS:
        Resource.objects.update_or_create(
            country=country,
            name=name,
            defaults={
                "kind": kind,
                "phone": phone,
                "text_number": text_number,
                "text_body": text_body,
                "url": url,
                "note": note,
                "order": order,
                "verified_on": None if country == "XX" else CHECKED,
            },
        )


def unseed(apps, schema_editor):
    Resource = apps.get_model("safety", "Resource")
    for country, _kind, name, *_rest in CONTACTS:
        Resource.objects.filter(country=country, name=name).delete()


class Migration(migrations.Migration):
    dependencies = [("safety", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
