"""Admin tokens and device credentials as pure functions (no server)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from alsep_cloud.auth.devices import credential_hash, looks_like_device, new_credential
from alsep_cloud.auth.tokens import TokenSigner
from alsep_cloud.errors import NotAuthenticated, TokenExpired

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def test_a_token_lives_exactly_its_ttl() -> None:
    signer = TokenSigner(("k1",), timedelta(minutes=15))
    token, expires = signer.issue("u", "c", 7, NOW)
    assert expires == NOW + timedelta(minutes=15)
    claims = signer.verify(token, NOW + timedelta(minutes=14, seconds=59))
    assert (claims.user_id, claims.company_id, claims.password_epoch) == ("u", "c", 7)
    with pytest.raises(TokenExpired):
        signer.verify(token, NOW + timedelta(minutes=15))


def test_rotation_signs_with_the_first_secret_and_verifies_with_any() -> None:
    old = TokenSigner(("old",), timedelta(minutes=15))
    both = TokenSigner(("new", "old"), timedelta(minutes=15))
    token, _ = old.issue("u", "c", 1, NOW)
    assert both.verify(token, NOW).user_id == "u"
    fresh, _ = both.issue("u", "c", 1, NOW)
    with pytest.raises(NotAuthenticated):
        old.verify(fresh, NOW)


@pytest.mark.parametrize("mangle", [
    lambda t: t + "x", lambda t: t.replace(".", "", 1), lambda t: "e30." + t.split(".", 1)[1], lambda t: "",
])
def test_tampered_tokens_are_refused(mangle) -> None:
    signer = TokenSigner(("k",), timedelta(minutes=15))
    token, _ = signer.issue("u", "c", 1, NOW)
    with pytest.raises(NotAuthenticated):
        signer.verify(mangle(token), NOW)


def test_device_credentials_are_random_and_hashed_with_the_pepper() -> None:
    a, b = new_credential(), new_credential()
    assert a != b and looks_like_device(a) and len(a) > 40
    assert credential_hash("p", a) == credential_hash("p", a) != credential_hash("q", a)
    assert len(credential_hash("p", a)) == 64
