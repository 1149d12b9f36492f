from django.contrib import admin

from dvoe.reminders.models import Delivery, ReminderSettings


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    """The delivery log: what went out, what was skipped and why, what failed and why."""

    list_display = ["id", "user_id", "kind", "step", "local_date", "status", "attempts", "due_at"]
    list_filter = ["status", "kind", "local_date"]
    search_fields = ["=user__id", "user__email"]
    date_hierarchy = "due_at"
    ordering = ["-due_at"]
    list_select_related = False
    readonly_fields = [f.name for f in Delivery._meta.fields]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ReminderSettings)
class ReminderSettingsAdmin(admin.ModelAdmin):
    """When reminders are due. The unsubscribe key is never shown: with it, anyone could turn off
    a person's reminders. Its generation (which stops a used link working again) is not
    editable either."""

    list_display = ["user_id", "nightly_on", "nightly_time", "checkpoint_on", "next_nightly_at"]
    list_filter = ["nightly_on", "checkpoint_on"]
    fields = [
        "user",
        "nightly_on",
        "nightly_time",
        "checkpoint_on",
        "checkpoint_date",
        "next_nightly_at",
        "next_checkpoint_at",
        "offered_at",
        "updated_at",
    ]
    readonly_fields = ["next_nightly_at", "next_checkpoint_at", "updated_at"]
    raw_id_fields = ["user"]
    show_full_result_count = False
