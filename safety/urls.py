from django.urls import path

from safety import checkin_views, views

app_name = "safety"

urlpatterns = [
    path("help/", views.help_now, name="help"),
    path("safety/check/", views.check, name="check"),
    path("safety/check/skip/", views.check_skip, name="check_skip"),
    path("safety/check/answers/", views.answers, name="answers"),
    path("safety/check/answers/delete/", views.answers_delete, name="answers_delete"),
    path("safety/urgent/", views.urgent, name="urgent"),
    path("safety/urgent/safe/", views.urgent_safe, name="urgent_safe"),
    path("safety/guidance/<slug:case>/", views.guidance, name="guidance"),
    path("safety/tech/", views.tech, name="tech"),
    # The quick exit: signs out and leaves (issue #12); and the page that explains it.
    path("exit/", views.exit_now, name="exit"),
    path("safety/exit/", views.exit_info, name="exit_info"),
    path("safety/notes/<int:pk>/dismiss/", views.dismiss, name="dismiss"),
    path("safety/check-in/<int:pk>/", checkin_views.checkin, name="checkin"),
    path("safety/check-in/<int:pk>/answer/", checkin_views.checkin_answer, name="checkin_answer"),
]
