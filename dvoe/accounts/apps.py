from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "dvoe.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        from dvoe.accounts import lock, signals  # noqa: F401

        lock.register()
