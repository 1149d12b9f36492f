"""Run one dispatch and its sends in this process: for cron-only deployments and for operators.

    python manage.py send_due_reminders --once

Failed sends are retried here straight away (up to REMINDER_SEND_ATTEMPTS), with no backoff wait.
"""

from django.core.management.base import BaseCommand, CommandError

from dvoe.reminders import dispatch


class Command(BaseCommand):
    help = "Claim due reminders and send them in this process (one pass with --once)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="one dispatch and its sends, then exit"
        )

    def handle(self, *args, once, **options):
        if not once:
            raise CommandError("Use --once (the Celery beat runs dispatch every minute).")
        queue: list[int] = []
        result = dispatch.reminders_dispatch(enqueue=queue.extend)
        outcomes: dict[str, int] = {}
        for delivery_id in queue:
            outcome = "retry"
            while outcome == "retry":
                outcome = dispatch.delivery_send(delivery_id=delivery_id)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
        summary = ", ".join(f"{count} {name}" for name, count in sorted(outcomes.items()))
        self.stdout.write(
            f"Claimed {result['nightly']} evening and {result['checkpoint']} date reminders; "
            f"re-queued {result['requeued']}, ended {result['interrupted']} interrupted. "
            f"Sends: {summary or 'none'}."
        )
