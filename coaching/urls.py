from django.urls import path

from coaching.views import builder, invite, pages, practice

app_name = "coaching"

urlpatterns = [
    path("", pages.hub, name="hub"),
    path("invite/", invite.invite, name="invite"),
    path("invite/quiz/", invite.quiz_submit, name="quiz"),
    path("invite/pick/", invite.pick, name="pick"),
    path("invite/script/<int:number>/", invite.script, name="script"),
    path("invite/script/<int:number>/preview/", invite.script_preview, name="script_preview"),
    path("invite/<int:pk>/", invite.invitation, name="invitation"),
    path("invite/<int:pk>/answer/", invite.invitation_record, name="invitation_record"),
    path("invite/<int:pk>/log-yes/", invite.invitation_log_yes, name="invitation_log_yes"),
    path("invite/<int:pk>/delete/", invite.invitation_delete, name="invitation_delete"),
    path("practice/", practice.practice, name="practice"),
    path("practice/focus/", practice.practice_focus, name="practice_focus"),
    path("practice/toggle/", practice.practice_toggle, name="practice_toggle"),
    path("i-statement/", builder.builder, name="builder"),
    path("i-statement/preview/", builder.builder_preview, name="builder_preview"),
    path("i-statement/<int:pk>/", builder.draft_edit, name="draft_edit"),
    path("i-statement/<int:pk>/delete/", builder.draft_delete, name="draft_delete"),
    path("is-it-me/", pages.is_it_me_view, name="is_it_me"),
    path("is-it-me/<int:pk>/delete/", pages.reflection_delete, name="reflection_delete"),
    path("help/", pages.help_view, name="help"),
]
