"""A user's name: what the receipt and the OFD ticket say after «Кассир» (decision 2050).

Required for every user (a login is no name: «Кассир anna@demo.kz» told the buyer the cashier's
e-mail), trimmed, inner runs of spaces made one, at most ``USER_NAME_MAX`` characters. The
desktop and the cloud check it with this one function.
"""

from __future__ import annotations

import re

from alsep_desktop.errors import ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

#: room for a family name, a given name and a patronymic; the receipt wraps what does not fit
USER_NAME_MAX = 100


def validate_user_name(value: str | None, *, field: str = "full_name") -> str:
    text = re.sub(r"\s+", " ", value or "").strip()
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "required"))
    if len(text) > USER_NAME_MAX:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "at most {limit} characters"), limit=USER_NAME_MAX)
    if any(not ch.isprintable() for ch in text):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "control characters are not allowed"))
    return text
