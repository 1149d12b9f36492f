"""Fetch an object the signed-in person owns, or answer 404: never 403, which would confirm it exists."""

from django.shortcuts import get_object_or_404


def get_owned_or_404(queryset_or_model, user, *, owner_field: str = "user", **lookup):
    queryset = (
        queryset_or_model._default_manager.all()
        if hasattr(queryset_or_model, "_default_manager")
        else queryset_or_model
    )
    return get_object_or_404(queryset, **{owner_field: user}, **lookup)
