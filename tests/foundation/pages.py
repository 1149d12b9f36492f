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
]
