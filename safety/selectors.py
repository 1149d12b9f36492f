"""Safety reads. CONTRACT (stable): the only safety state other apps look at.

active_flags(user) -> frozenset of flag names currently active for the person
invitations_allowed(user) -> bool, False while abuse or danger is active
"""


def active_flags(user) -> frozenset:
    return frozenset()


def invitations_allowed(user) -> bool:
    return not ({"abuse", "danger"} & active_flags(user))
