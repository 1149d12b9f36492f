"""Fetch an object the signed-in person owns, or answer 404: never 403, which would confirm it exists."""

from typing import Any

from django.db.models import Model, QuerySet
from django.shortcuts import get_object_or_404


def get_owned_or_404(
    queryset_or_model: type[Model] | QuerySet[Any],
    user: Any,
    *,
    owner_field: str = "user",
    **lookup: Any,
) -> Any:
    queryset = (
        queryset_or_model._default_manager.all()
        if hasattr(queryset_or_model, "_default_manager")
        else queryset_or_model
    )
    return get_object_or_404(queryset, **{owner_field: user}, **lookup)
