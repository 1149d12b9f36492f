from django.urls import path, re_path, register_converter

from checkins.views import journal, lights, review, season


class NightConverter:
    regex = r"\d{4}-\d{2}-\d{2}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value.isoformat() if hasattr(value, "isoformat") else value


register_converter(NightConverter, "night")

app_name = "checkins"

urlpatterns = [
    path("journal/", journal.journal_list, name="journal"),
    path("journal/save/", journal.journal_save, name="journal_save"),
    path("journal/draft/", journal.journal_autosave, name="journal_autosave"),
    path("journal/<night:night>/", journal.journal_detail, name="journal_detail"),
    path("journal/<night:night>/edit/", journal.journal_edit, name="journal_edit"),
    path("journal/<night:night>/delete/", journal.journal_delete, name="journal_delete"),
    path("lights/", lights.lights_page, name="lights"),
    path("lights/log/", lights.light_log, name="light_log"),
    path("lights/<int:pk>/edit/", lights.light_edit, name="light_edit"),
    path("lights/<int:pk>/delete/", lights.light_delete, name="light_delete"),
    # The old addresses, kept working: a permanent redirect that keeps a POST a POST (308).
    re_path(r"^signals/(?P<rest>.*)$", lights.moved_from_signals, name="signals_moved"),
    path("season/", season.season_detail, name="season"),
    path("season/new/", season.season_new, name="season_new"),
    path("season/checkpoint/", season.season_checkpoint, name="season_checkpoint"),
    path("season/review/", review.season_review, name="season_review"),
    path("season/review/summary/", review.season_summary, name="season_summary"),
]
