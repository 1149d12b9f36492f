from django.urls import path, register_converter

from checkins.views import journal, review, season, signals


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
    path("signals/", signals.signals_page, name="signals"),
    path("signals/log/", signals.signal_log, name="signal_log"),
    path("signals/<int:pk>/edit/", signals.signal_edit, name="signal_edit"),
    path("signals/<int:pk>/delete/", signals.signal_delete, name="signal_delete"),
    path("season/", season.season_detail, name="season"),
    path("season/new/", season.season_new, name="season_new"),
    path("season/checkpoint/", season.season_checkpoint, name="season_checkpoint"),
    path("season/review/", review.season_review, name="season_review"),
    path("season/review/summary/", review.season_summary, name="season_summary"),
]
