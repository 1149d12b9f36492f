import random

from django.contrib.auth.hashers import check_password, make_password
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from dvoe.accounts.models import Profile, User
from dvoe.lib import hooks, pagecache

DEFAULT_EMAIL = "demo@dvoe.test"
DEFAULT_PASSWORD = "quiet-evening-42"


class Command(BaseCommand):
    help = (
        "Create (idempotently) a demo account, or N accounts for benchmarks, with realistic nights."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", default=DEFAULT_EMAIL)
        parser.add_argument("--password", default=DEFAULT_PASSWORD)
        parser.add_argument("--days", type=int, default=60, help="nights of history per account")
        parser.add_argument("--users", type=int, default=1, help="accounts to create (benchmarks)")
        parser.add_argument("--seed", type=int, default=7)
        parser.add_argument("--quiet", action="store_true")

    def handle(self, *args, email, password, days, users, seed, quiet, **options):
        if days < 0 or users < 1:
            self.stderr.write("--days must be 0 or more and --users at least 1.")
            return
        local, _, domain = email.partition("@")
        emails = [email] if users == 1 else [f"{local}+{i}@{domain}" for i in range(users)]
        # Every seeded account shares the password, so hash it once: PBKDF2's deliberate cost per
        # account would otherwise be most of the time for a benchmark population.
        hashed = make_password(password)
        for i, address in enumerate(emails):
            rng = random.Random(seed + i)
            with transaction.atomic():
                user = self._account(address, password, hashed)
                for seeder in hooks.get("demo_seed"):
                    seeder(user=user, days=days, rng=rng)
                pagecache.changed(user)  # a server already running must not keep the old page
            if users > 1 and not quiet and (i + 1) % 100 == 0:
                self.stdout.write(f"  {i + 1} of {users} accounts")
        if not quiet:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo ready: log in as {emails[0]} with password {password}"
                    + (f" (and {users - 1} more: {local}+N@{domain})" if users > 1 else "")
                )
            )

    def _account(self, email, password, hashed):
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create(email=email, password=hashed)
        elif not check_password(password, user.password):
            user.password = hashed
            user.save(update_fields=["password"])
        Profile.objects.update_or_create(
            user=user,
            defaults={
                "display_name": "Sam",
                "partner_name": "Alex",
                "timezone": "Europe/London",
                "country": "GB",
                "onboarded_at": timezone.now(),
            },
        )
        return user
