from typing import Any

from dvoe.accounts.models import Profile, User, UserSession
from dvoe.lib import userdata


def profile_for(user: User) -> Profile:
    profile: Profile = user.profile  # the reverse one-to-one
    return profile


def sessions_for(user: User) -> list[UserSession]:
    return list(UserSession.objects.filter(user=user))


def export_for(user: User) -> dict[str, Any]:
    profile = user.profile
    data = {
        "account": {
            "email": user.email,
            "joined": user.date_joined.isoformat(),
            "display_name": profile.display_name,
            "timezone": profile.timezone,
            "country": profile.country,
            "partner_name": profile.partner_name,
            "discreet_mode": profile.discreet_mode,
        }
    }
    data.update(userdata.export(user))
    return data
