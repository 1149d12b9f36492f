from django.urls import path

from dvoe.reminders import views

app_name = "reminders"

urlpatterns = [
    path("settings/", views.settings_update, name="settings"),
    path("preview/", views.preview, name="preview"),
    path("start/", views.start, name="start"),
    path("stop/<str:token>/", views.stop, name="stop"),
]
