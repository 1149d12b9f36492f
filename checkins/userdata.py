"""Export of everything checkins holds for a person. Deletion needs nothing extra: every row has a
foreign key to the user and goes with the account (on_delete=CASCADE)."""

from checkins import catalog, selectors
from checkins.models import CheckpointMove, JournalEntry, Light, Season


def export(user) -> dict:
    moves: dict[int, list] = {}
    for move in CheckpointMove.objects.filter(season__user=user):
        moves.setdefault(move.season_id, []).append(
            {
                "from": move.old_on.isoformat(),
                "to": move.new_on.isoformat(),
                "moved_at": move.moved_at.isoformat(),
            }
        )
    return {
        "seasons": [
            {
                "started_on": s.started_on.isoformat(),
                "checkpoint_on": s.checkpoint_on.isoformat(),
                "focus": s.focus,
                "ended_at": s.ended_at.isoformat() if s.ended_at else None,
                "decision": catalog.DECISION_LABELS.get(s.decision, ""),
                "review_answers": selectors.review_answers(s),
                "checkpoint_moves": moves.get(s.pk, []),
            }
            for s in Season.objects.filter(user=user).order_by("started_on")
        ],
        "journal": [
            {"night": e.night.isoformat(), "mood": e.mood, "text": e.text}
            for e in JournalEntry.objects.filter(user=user).order_by("night")
        ],
        "lights": [
            {
                "night": s.night.isoformat(),
                "kind": s.kind,
                "light": catalog.label(s.code),
                "code": s.code,
                "note": s.note,
            }
            for s in Light.objects.filter(user=user).order_by("night", "id")
        ],
    }
