"""Export of everything coaching keeps about a person. Deletion needs nothing extra: every coaching
row has a foreign key to the user and goes with it."""

from coaching.models import (
    Invitation,
    IsItMeReflection,
    IStatementDraft,
    PracticeFocus,
    PracticeMark,
    RefusalReading,
)


def export_for(user) -> dict:
    return {
        "refusal_readings": [
            {
                "kind": r.kind,
                "source": r.source,
                "answers": r.answers,
                "at": r.created_at.isoformat(),
            }
            for r in RefusalReading.objects.filter(user=user)
        ],
        "invitations": [
            {
                "script": i.script_data.title if i.script_data else "",
                "kind": i.kind,
                "partner_name": i.partner_name,
                "own_words": i.own_words,
                "text": i.text,
                "created": i.created_at.isoformat(),
                "used_on": i.used_on.isoformat() if i.used_on else None,
                "answer": i.answer,
                "yes_logged": i.yes_logged_at.isoformat() if i.yes_logged_at else None,
            }
            for i in Invitation.objects.filter(user=user)
        ],
        "practice": [
            {"night": m.night.isoformat(), "practice": m.code}
            for m in PracticeMark.objects.filter(user=user)
        ],
        "practice_focus": [
            {"season": f.season_id, "practice": f.code, "chosen": f.created_at.isoformat()}
            for f in PracticeFocus.objects.filter(user=user)
        ],
        "i_statements": [
            {
                "happened": d.happened,
                "situation": d.situation,
                "feel": d.feel,
                "need": d.need,
                "sentence": d.sentence,
                "updated": d.updated_at.isoformat(),
            }
            for d in IStatementDraft.objects.filter(user=user)
        ],
        "is_it_me": [
            {
                "people": r.people,
                "people_notes": r.people_notes,
                "picture": r.picture,
                "picture_notes": r.picture_notes,
                "takeaway": r.takeaway,
                "at": r.created_at.isoformat(),
            }
            for r in IsItMeReflection.objects.filter(user=user)
        ],
    }
