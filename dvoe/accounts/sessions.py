"""Django's database sessions, read with one plain SQL statement instead of the ORM.

Every signed-in request loads its session first; through the ORM that is a query built, compiled
and turned into a model on each request, about a third of what a cached /tonight/ costs. The row,
the table, writing, expiry and log-out are Django's own (django.contrib.sessions.backends.db): only
the read is cheaper, and it reads exactly what the ORM read (the key, not expired).
"""

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.db import connections, router
from django.utils import timezone


class SessionStore(DatabaseSessionStore):
    def _get_session_from_db(self):
        key = self.session_key
        if key is None:
            return None
        model = self.model
        connection = connections[router.db_for_read(model)]
        quote = connection.ops.quote_name
        sql = (
            f"SELECT {quote('session_data')} FROM {quote(model._meta.db_table)} "
            f"WHERE {quote('session_key')} = %s AND {quote('expire_date')} > %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [key, connection.ops.adapt_datetimefield_value(timezone.now())])
            row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return None
        return model(session_key=key, session_data=row[0])
