from django.contrib import admin

from safety.models import Resource


@admin.register(Resource)
class ResourceAdmin(admin.ModelAdmin):
    """Referral contacts by country. Personal safety data (answers, flags) is not shown to staff."""

    list_display = (
        "country",
        "kind",
        "name",
        "phone",
        "text_number",
        "verified_on",
        "reverify",
        "order",
    )
    list_filter = ("country", "kind", "reverify")
    search_fields = ("name", "phone", "url")
    list_editable = ("order",)
    ordering = ("country", "order", "name")
