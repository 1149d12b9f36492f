from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from dvoe.lib import nostore, onboarding


@require_GET
def landing(request):
    return render(request, "landing.html")


@require_GET
@never_cache
def healthz(request):
    """One database query and nothing else: compose's healthcheck and the benchmarks' baseline."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return JsonResponse({"status": "ok", "database": "ok"})


@login_required
@require_GET
def onboarding_next(request):
    """Where onboarding hands over once timezone and country are set: the apps' own steps, in order."""
    return redirect(onboarding.next_step(request.user) or "tonight")


def error_404(request, exception):
    return render(request, "404.html", status=404)


def error_500(request):
    """Rendered without the request, so no context processor runs: this page must work when the
    database (or the session store) is what failed."""
    request.is_error_page = True
    html = loader.render_to_string("500.html", {"QUICK_EXIT_URL": settings.QUICK_EXIT_URL})
    response = HttpResponseServerError(html)
    nostore.no_store(response)  # never cached: the next attempt should reach the server
    return response
