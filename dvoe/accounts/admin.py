from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm

from dvoe.accounts.models import Profile, User, UserSession


class UserCreationForm(AdminUserCreationForm):
    class Meta(AdminUserCreationForm.Meta):
        model = User
        fields = ["email"]


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False
    fields = ["timezone", "country", "discreet_mode", "onboarded_at"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    """Staff see account state, never the person's words: journals are not registered here."""

    ordering = ["id"]
    list_display = ["id", "email", "is_active", "is_staff", "date_joined"]
    search_fields = ["email"]
    list_filter = ["is_active", "is_staff"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Access", {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]
    add_form = UserCreationForm
    inlines = [ProfileInline]


@admin.register(UserSession)
class UserSessionAdmin(admin.ModelAdmin):
    list_display = ["user", "device", "created_at"]
    readonly_fields = ["user", "session_key", "device", "created_at"]
