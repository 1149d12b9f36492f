"""Passkeys that open the app lock (optional, issue #12), with the `webauthn` library.

A passkey here opens the lock only; signing in still takes the password, and five wrong PINs
still sign out everywhere. Registered from settings while unlocked; offered on the lock screen
when the browser can use one (the buttons stay hidden without JavaScript, where the PIN works).
The relying party and user names are discreet ("Notes"): a phone's passkey list is easy to browse.
"""

import json

import webauthn
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_POST
from webauthn.helpers import bytes_to_base64url
from webauthn.helpers.exceptions import (
    InvalidAuthenticationResponse,
    InvalidJSONStructure,
    InvalidRegistrationResponse,
)
from webauthn.helpers.structs import (
    AuthenticatorSelectionCriteria,
    PublicKeyCredentialDescriptor,
    ResidentKeyRequirement,
    UserVerificationRequirement,
)

from dvoe.accounts import lock
from dvoe.accounts.models import Passkey
from dvoe.lib import nostore

CHALLENGE = "passkey_challenge"
MAX_PASSKEYS = 5


def _rp_id(request) -> str:
    return request.get_host().rsplit(":", 1)[0] if "]" not in request.get_host() else ""


def _origin(request) -> str:
    return f"{request.scheme}://{request.get_host()}"


def _json(response_options) -> JsonResponse:
    response = JsonResponse(json.loads(webauthn.options_to_json(response_options)))
    nostore.no_store(response)
    return response


def _body(request):
    try:
        return json.loads(request.body or b"{}")
    except ValueError:
        return None


@login_required
@require_POST
def register_options(request):
    user = request.user
    existing = list(user.passkeys.values_list("credential_id", flat=True))
    if len(existing) >= MAX_PASSKEYS or not user.lock_pin:
        return HttpResponseBadRequest("no")
    options = webauthn.generate_registration_options(
        rp_id=_rp_id(request),
        rp_name=settings.DISCREET_NAME,
        user_name=settings.DISCREET_NAME.lower(),
        user_display_name=settings.DISCREET_NAME,
        user_id=f"dvoe-{user.pk}".encode(),
        authenticator_selection=AuthenticatorSelectionCriteria(
            resident_key=ResidentKeyRequirement.DISCOURAGED,
            user_verification=UserVerificationRequirement.REQUIRED,
        ),
        exclude_credentials=[
            PublicKeyCredentialDescriptor(id=webauthn.base64url_to_bytes(c)) for c in existing
        ],
    )
    request.session[CHALLENGE] = bytes_to_base64url(options.challenge)
    return _json(options)


@login_required
@require_POST
def register(request):
    challenge = request.session.pop(CHALLENGE, None)
    body = _body(request)
    if not challenge or body is None or not request.user.lock_pin:
        return HttpResponseBadRequest("no")
    try:
        verified = webauthn.verify_registration_response(
            credential=body,
            expected_challenge=webauthn.base64url_to_bytes(challenge),
            expected_rp_id=_rp_id(request),
            expected_origin=_origin(request),
            require_user_verification=True,
        )
    except (InvalidRegistrationResponse, InvalidJSONStructure, ValueError, KeyError, TypeError):
        return HttpResponseBadRequest("no")
    Passkey.objects.get_or_create(
        credential_id=bytes_to_base64url(verified.credential_id),
        defaults={
            "user": request.user,
            "public_key": verified.credential_public_key,
            "sign_count": verified.sign_count,
        },
    )
    response = JsonResponse({"ok": True})
    nostore.no_store(response)
    return response


@require_POST
def unlock_options(request):
    """Open to a locked session (the lock middleware lets the lock paths through)."""
    user = request.user
    if not lock.has_lock(user):
        return HttpResponseBadRequest("no")
    ids = list(user.passkeys.values_list("credential_id", flat=True))
    if not ids:
        return HttpResponseBadRequest("no")
    options = webauthn.generate_authentication_options(
        rp_id=_rp_id(request),
        allow_credentials=[
            PublicKeyCredentialDescriptor(id=webauthn.base64url_to_bytes(c)) for c in ids
        ],
        user_verification=UserVerificationRequirement.REQUIRED,
    )
    request.session[CHALLENGE] = bytes_to_base64url(options.challenge)
    return _json(options)


@require_POST
def unlock(request):
    user = request.user
    challenge = request.session.pop(CHALLENGE, None)
    body = _body(request)
    if not lock.has_lock(user) or not challenge or not isinstance(body, dict):
        return HttpResponseBadRequest("no")
    passkey = Passkey.objects.filter(user=user, credential_id=body.get("id", "")).first()
    if passkey is None:
        return HttpResponseBadRequest("no")
    try:
        verified = webauthn.verify_authentication_response(
            credential=body,
            expected_challenge=webauthn.base64url_to_bytes(challenge),
            expected_rp_id=_rp_id(request),
            expected_origin=_origin(request),
            credential_public_key=bytes(passkey.public_key),
            credential_current_sign_count=passkey.sign_count,
            require_user_verification=True,
        )
    except (InvalidAuthenticationResponse, InvalidJSONStructure, ValueError, KeyError, TypeError):
        return HttpResponseBadRequest("no")
    passkey.sign_count = verified.new_sign_count
    passkey.last_used_at = timezone.now()
    passkey.save(update_fields=["sign_count", "last_used_at"])
    lock.lock_open(request=request, user=user)
    target = request.GET.get("next", "")
    from dvoe.lib import redirects

    if not (target.startswith("/") and redirects.is_safe(request, target)):
        target = "/tonight/"
    response = JsonResponse({"ok": True, "next": target})
    nostore.no_store(response)
    return response


@login_required
@require_POST
def remove(request, pk):
    Passkey.objects.filter(user=request.user, pk=pk).delete()
    return redirect("accounts:settings")
