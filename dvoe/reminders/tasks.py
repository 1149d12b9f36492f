"""Thin Celery wrappers: the beat's dispatch, and a send task that takes a delivery id."""

from celery import current_app, shared_task

from dvoe.reminders import conf, dispatch


def _enqueue(ids: list[int]) -> None:
    """One send task per delivery id, published over one broker connection."""
    with current_app.producer_or_acquire() as producer:
        for delivery_id in ids:
            send_reminder.apply_async((delivery_id,), producer=producer)


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
