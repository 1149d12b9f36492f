"""gunicorn's settings: read automatically from the working directory (the image's /app).

Responses carry no Server header: naming the server and its version helps nobody but someone
looking for a known hole. Access lines carry no client address, referrer or user agent: the
request line, status, size and time are enough to run the service.
"""

import os

from gunicorn.http import wsgi

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
accesslog = "-"
access_log_format = '%(t)s "%(r)s" %(s)s %(b)s %(M)sms'
# The reverse proxy in front sets X-Forwarded-Proto; Django reads it (SECURE_PROXY_SSL_HEADER)
# and dvoe.accounts.throttle reads X-Forwarded-For (TRUSTED_PROXY_COUNT).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

_default_headers = wsgi.Response.default_headers


def _default_headers_without_server(self):
    return [h for h in _default_headers(self) if not h.lower().startswith("server:")]


wsgi.Response.default_headers = _default_headers_without_server
