def _signup_link(user):
    """A good sign-up link (opening it shows the button and uses nothing up)."""
    from django.contrib.auth.hashers import make_password

    from dvoe.accounts.services import signup_link_create

    return signup_link_create(email="pages@example.test", hashed_password=make_password("x"))


PUBLIC = [
    ("landing", "/"),
    ("help", "/help/"),
    ("signup", "/accounts/signup/"),
    ("signup sent", "/accounts/signup/sent/"),
    ("signup link", _signup_link),
    ("signup link used", "/accounts/signup/confirm/no-longer/"),
    ("login", "/accounts/login/"),
    ("password reset", "/accounts/password/reset/"),
    ("password reset sent", "/accounts/password/reset/sent/"),
    ("password reset bad link", "/accounts/password/reset/MQ/bad-token/"),
    ("deleted", "/accounts/deleted/"),
    ("not found", "/no-such-page/"),
]

PRIVATE = [
    ("tonight", "/tonight/"),
    ("welcome", "/accounts/welcome/"),
    ("welcome place", "/accounts/welcome/place/"),
    ("settings", "/accounts/settings/"),
    ("export", "/accounts/export/"),
    ("delete", "/accounts/delete/"),
    ("password change", "/accounts/password/"),
    ("lock offer", "/accounts/lock/offer/"),
    # The lock screen itself locks the session that opens it, so it is checked on its own in
    # tests/browser/test_help_exit_lock_browser.py (axe light and dark, Nu, no JavaScript).
]
