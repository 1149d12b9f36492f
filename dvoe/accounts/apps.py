from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "dvoe.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        from dvoe.accounts import signals  # noqa: F401
