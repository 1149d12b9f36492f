"""Brazil's numbers (issue #12), each looked up in a public page on 2026-12-03.

The source is the page seen: a Radioagência Nacional report quoting the Ministry of Women (Ligue
180 is free, day and night, every day; for an emergency, the military police on 190), and a news
report of CVV's 188 becoming free nationwide with the Ministry of Health. The country is added to
the profile's choices by accounts 0006.
"""

import datetime

from django.db import migrations

CHECKED = datetime.date(2026, 12, 3)
LIGUE_180 = (
    "https://radiowebcadeiracativa.com.br/noticia/2102830/"
    "ligue-180-completa-20-anos-de-combate-violencia-contra-mulheres"
)
CVV = (
    "http://www.jd1noticias.com/geral/"
    "ligacao-para-centro-de-valorizacao-da-vida-passa-a-ser-gratuita/53507/"
)

# (kind, name, phone, note, order, source)
CONTACTS = [
    ("emergency", "Polícia Militar", "190", "Police, for an emergency", 1, LIGUE_180),
    ("domestic_violence", "Ligue 180", "180", "Central de Atendimento à Mulher", 10, LIGUE_180),
    ("crisis", "CVV", "188", "Centro de Valorização da Vida", 20, CVV),
]


def seed(apps, schema_editor):
    Resource = apps.get_model("safety", "Resource")
    for kind, name, phone, note, order, source in CONTACTS:
        Resource.objects.update_or_create(
            country="BR",
            name=name,
            defaults={
                "kind": kind,
                "phone": phone,
                "note": note,
                "order": order,
                "source": source,
                "verified_on": CHECKED,
                "reverify": False,
            },
        )


def unseed(apps, schema_editor):
    Resource = apps.get_model("safety", "Resource")
    Resource.objects.filter(country="BR", name__in=[c[1] for c in CONTACTS]).delete()


class Migration(migrations.Migration):
    dependencies = [("safety", "0006_resource_sources_checked")]

    operations = [migrations.RunPython(seed, unseed)]
