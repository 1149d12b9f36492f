"""Brazil, Mexico and the Philippines (issue #12), each number looked up in a public page on
2026-12-03; `source` is the address of the page seen. accounts 0006 adds the countries to the
profile's choices.

- Brazil: a Radioagência Nacional report quoting the Ministry of Women (Ligue 180 is free, day and
  night, every day; for an emergency, the military police on 190), and a report of CVV's 188
  becoming free nationwide with the Ministry of Health.
- Mexico: 911 as the national emergency number (the SESNSP's reports of calls to it), and the
  Ministry of Health's Línea de la Vida, free and open day and night.
- The Philippines: 911 (the PNP on the national hotline, 2025) and the National Center for Mental
  Health's 1553 hotline (2025). An older Department of Health page (2019) gives other numbers for
  the same service; the newer one is used, as for SADAG in 0006.
"""

import datetime

from django.db import migrations

CHECKED = datetime.date(2026, 12, 3)
BR_180 = (
    "https://radiowebcadeiracativa.com.br/noticia/2102830/"
    "ligue-180-completa-20-anos-de-combate-violencia-contra-mulheres"
)
BR_CVV = (
    "http://www.jd1noticias.com/geral/"
    "ligacao-para-centro-de-valorizacao-da-vida-passa-a-ser-gratuita/53507/"
)
MX_911 = (
    "https://tribunademexico.com/llamadas-al-911-por-violencia-de-genero-superan-los-495-mil-"
    "reportes-en-mexico-en-10-meses-revela-sesnsp/"
)
MX_VIDA = (
    "https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-"
    "encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/"
)
PH_911 = (
    "https://ditosapilipinas.com/national/news/article/08/22/2025/"
    "pnp-expands-911-mental-health-helpine/1906"
)
PH_NCMH = (
    "https://ditosapilipinas.com/national/news/article/06/25/2025/"
    "dilg-mental-health-crisis-line/1711"
)

# (country, kind, name, phone, note, order, source)
CONTACTS = [
    ("BR", "emergency", "Polícia Militar", "190", "Police, for an emergency", 1, BR_180),
    (
        "BR",
        "domestic_violence",
        "Ligue 180",
        "180",
        "Central de Atendimento à Mulher",
        10,
        BR_180,
    ),
    ("BR", "crisis", "CVV", "188", "Centro de Valorização da Vida", 20, BR_CVV),
    ("MX", "emergency", "Emergency", "911", "", 1, MX_911),
    (
        "MX",
        "crisis",
        "Línea de la Vida",
        "800 911 2000",
        "Emotional crisis, suicidal thoughts, addiction",
        20,
        MX_VIDA,
    ),
    ("PH", "emergency", "Emergency", "911", "Police, fire, medical", 1, PH_911),
    (
        "PH",
        "crisis",
        "NCMH Crisis Hotline",
        "1553",
        "National Center for Mental Health",
        20,
        PH_NCMH,
    ),
]


def seed(apps, schema_editor):
    Resource = apps.get_model("safety", "Resource")
    for country, kind, name, phone, note, order, source in CONTACTS:
        Resource.objects.update_or_create(
            country=country,
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
    for country, _kind, name, *_rest in CONTACTS:
        Resource.objects.filter(country=country, name=name).delete()


class Migration(migrations.Migration):
    dependencies = [("safety", "0006_resource_sources_checked")]

    operations = [migrations.RunPython(seed, unseed)]
