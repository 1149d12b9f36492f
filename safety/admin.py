from django.contrib import admin

from safety.models import CheckIn, DismissedPassage, Resource


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


class _ReadOnly(admin.ModelAdmin):
    """Safety state the person owns: staff may see that it exists, never change it. Neither model
    holds any text the person wrote (check-ins hold flag names and keyed hashes only)."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(CheckIn)
class CheckInAdmin(_ReadOnly):
    list_display = ("id", "user_id", "flags", "created_at", "answer", "closed_at")
    list_filter = ("answer",)
    fields = ("user_id", "flags", "topic", "answer", "created_at", "closed_at")
    readonly_fields = fields


@admin.register(DismissedPassage)
class DismissedPassageAdmin(_ReadOnly):
    """Counts only: the digest itself says nothing to a person and is not shown."""

    list_display = ("id", "user_id", "created_at")
    fields = ("user_id", "created_at")
    readonly_fields = fields
