from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "dvoe.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from dvoe.accounts import lock, receivers  # noqa: F401
        from dvoe.lib import hooks

        lock.register()
        hooks.discover()  # every app's hooks.py now, so a broken one stops start-up
