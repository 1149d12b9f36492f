from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from coaching import istatement, selectors, services
from coaching.catalog import builder as catalog
from coaching.forms import DraftForm
from coaching.models import IStatementDraft
from dvoe.lib.owned import get_owned_or_404

PARTS = [field.name for field in catalog.FIELDS]


def _parts(form) -> dict:
    if form.is_bound:
        return {name: form.data.get(name, "") for name in PARTS}
    return {name: form.initial.get(name, "") for name in PARTS}


def _preview(parts: dict) -> dict:
    flags = istatement.check(parts)
    return {
        "sentence": istatement.compose(**parts) if any(parts.values()) else "",
        "flags": flags,
        "clean": catalog.CLEAN,
    }


def _softened(form) -> DraftForm:
    parts = {name: istatement.soften(value) for name, value in _parts(form).items()}
    return DraftForm(initial=parts)


def _page(request, form, *, draft=None, status=200):
    return render(
        request,
        "coaching/builder.html",
        {
            "form": form,
            "draft": draft,
            "preview": _preview(_parts(form)),
            "drafts": selectors.drafts_for(request.user) if draft is None else [],
        },
        status=status,
    )


def _handle(request, draft=None):
    if request.method == "GET":
        initial = {name: getattr(draft, name) for name in PARTS} if draft else None
        return _page(request, DraftForm(initial=initial), draft=draft)
    form = DraftForm(request.POST)
    action = request.POST.get("action")
    if action == "soften":
        return _page(request, _softened(form), draft=draft)
    if action == "preview":
        return _page(request, form, draft=draft, status=200 if form.is_valid() else 400)
    if not form.is_valid():
        return _page(request, form, draft=draft, status=400)
    services.draft_save(user=request.user, draft=draft, **form.cleaned_data)
    messages.success(request, "Draft saved.")
    return redirect("coaching:builder")


@login_required
@require_http_methods(["GET", "POST"])
def builder(request):
    return _handle(request)


@login_required
@require_http_methods(["GET", "POST"])
def draft_edit(request, pk):
    return _handle(request, get_owned_or_404(IStatementDraft, request.user, pk=pk))


@login_required
@require_http_methods(["GET", "POST"])
def draft_delete(request, pk):
    """GET asks first (a page, not a pop-up); POST deletes."""
    draft = get_owned_or_404(IStatementDraft, request.user, pk=pk)
    if request.method == "GET":
        return render(request, "coaching/draft_delete.html", {"draft": draft})
    services.draft_delete(draft=draft)
    messages.success(request, "Draft deleted.")
    return redirect("coaching:builder")


@login_required
@require_POST
def builder_preview(request):
    form = DraftForm(request.POST)
    return render(request, "coaching/builder.html#preview", {"preview": _preview(_parts(form))})
