from django.contrib import admin
from django.urls import include, path

from checkins.views import tonight
from dvoe import manifest, views

urlpatterns = [
    path("", views.landing, name="landing"),
    path("healthz", views.healthz, name="healthz"),
    path("manifest.webmanifest", manifest.manifest, name="manifest"),
    path("tonight/", tonight.tonight, name="tonight"),  # the root URLconf wires the apps in
    path("onboarding/next/", views.onboarding_next, name="onboarding_next"),
    path("accounts/reminders/", include("dvoe.reminders.urls")),
    path("accounts/", include("dvoe.accounts.urls")),
    path("", include("safety.urls")),
    path("", include("checkins.urls")),
    path("coach/", include("coaching.urls")),
    path("admin/", admin.site.urls),
]

handler404 = "dvoe.views.error_404"
handler500 = "dvoe.views.error_500"
