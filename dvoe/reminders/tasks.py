"""Thin Celery wrappers: the beat's dispatch, and a send task that takes a delivery id."""

from celery import shared_task

from dvoe.reminders import conf, dispatch


def _enqueue(ids: list[int]) -> None:
    for delivery_id in ids:
        send_reminder.delay(delivery_id)


@shared_task(name="reminders.dispatch", ignore_result=True)
def dispatch_due_reminders() -> dict:
    return dispatch.reminders_dispatch(enqueue=_enqueue)


@shared_task(bind=True, name="reminders.send", ignore_result=True, max_retries=None)
def send_reminder(self, delivery_id: int) -> str:
    outcome = dispatch.delivery_send(delivery_id=delivery_id)
    if outcome == "retry":
        # The row is queued again; the attempt count lives in the database, not in Celery.
        raise self.retry(countdown=conf.retry_backoff(self.request.retries + 1))
    return outcome
