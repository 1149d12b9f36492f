PUBLIC = [
    ("landing", "/"),
    ("help", "/help/"),
    ("signup", "/accounts/signup/"),
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
