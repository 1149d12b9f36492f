from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from dvoe.accounts import lock_views, passkeys, views
from dvoe.accounts.forms import LoginForm

app_name = "accounts"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("signup/sent/", views.signup_sent, name="signup_sent"),
    path("signup/confirm/<str:token>/", views.signup_confirm, name="signup_confirm"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            authentication_form=LoginForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("welcome/", views.welcome, name="welcome"),
    path("welcome/place/", views.welcome_place, name="welcome_place"),
    path("settings/", views.account_settings, name="settings"),
    path("settings/sessions/end/", views.sessions_end_others, name="sessions_end_others"),
    path(
        "password/",
        auth_views.PasswordChangeView.as_view(success_url=reverse_lazy("accounts:password_done")),
        name="password_change",
    ),
    path("password/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_done"),
    path(
        "password/reset/",
        views.PasswordResetView.as_view(
            success_url=reverse_lazy("accounts:password_reset_done"),
            subject_template_name="emails/password_reset_subject.txt",
            email_template_name="emails/password_reset.txt",
            html_email_template_name="emails/password_reset.html",
        ),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            success_url=reverse_lazy("accounts:password_reset_complete")
        ),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    # The app lock (dvoe/accounts/lock.py, issue #12)
    path("lock/", lock_views.lock_screen, name="lock"),
    path("lock/forgot/", lock_views.lock_forgot, name="lock_forgot"),
    path("lock/settings/", lock_views.lock_settings, name="lock_settings"),
    path("lock/offer/", lock_views.lock_offer, name="lock_offer"),
    path("lock/passkey/options/", passkeys.unlock_options, name="passkey_unlock_options"),
    path("lock/passkey/", passkeys.unlock, name="passkey_unlock"),
    path("lock/passkey/new/options/", passkeys.register_options, name="passkey_register_options"),
    path("lock/passkey/new/", passkeys.register, name="passkey_register"),
    path("lock/passkey/<int:pk>/remove/", passkeys.remove, name="passkey_remove"),
    path("export/", views.export, name="export"),
    path("delete/", views.delete_account, name="delete"),
    path("deleted/", views.deleted, name="deleted"),
]
