"""Staff see that rows exist, never what a person wrote: no text or note fields in the admin."""

from django.contrib import admin

from checkins.models import Light, Season


@admin.register(Season)
class SeasonAdmin(admin.ModelAdmin):
    list_display = ["id", "user", "started_on", "checkpoint_on", "ended_at", "decision"]
    fields = readonly_fields = (
        "user",
        "started_on",
        "checkpoint_on",
        "ended_at",
        "reviewed_at",
        "decision",
    )


@admin.register(Light)
class LightAdmin(admin.ModelAdmin):
    list_display = ["id", "user", "night", "code"]
    fields = readonly_fields = ("user", "night", "code", "kind")
