from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm
from django.core.exceptions import PermissionDenied

from dvoe.accounts.models import Profile, User, UserSession


class UserCreationForm(AdminUserCreationForm):
    class Meta(AdminUserCreationForm.Meta):
        model = User
        fields = ("email",)


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
    # No password: even Django's masked summary shows part of the salt and hash, and staff can
    # neither set nor need it (a reset email is the person's way back).
    fieldsets = [
        (None, {"fields": ["email"]}),
        ("Access", {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]
    add_form = UserCreationForm
    inlines = [ProfileInline]

    def get_readonly_fields(self, request, obj=None):
        # Staff can lock an account, never take it over: a new email or password set here would
        # let them sign in as the person and read what they wrote.
        if obj is None:
            return []
        return ["email", "last_login", "date_joined"]

    def user_change_password(self, request, id, form_url=""):
        raise PermissionDenied("Passwords are set by the person, through a reset email.")


@admin.register(UserSession)
class UserSessionAdmin(admin.ModelAdmin):
    """Which browsers an account is signed in on. The session key is never shown: with it, anyone
    could sign in as the person."""

    list_display = ["user", "device", "created_at"]
    fields = readonly_fields = ("user", "device", "created_at")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
