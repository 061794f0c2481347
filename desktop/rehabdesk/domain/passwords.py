"""Password policy: long enough, not the account name, not a common password."""

from __future__ import annotations

from rehabdesk.domain.errors import ValidationError

MIN_PASSWORD_LENGTH = 8

# Passwords seen most often in leaked lists, plus the local favourites; compared case-insensitively.
_COMMON_PASSWORDS = frozenset(
    {
        "12345678",
        "123456789",
        "1234567890",
        "87654321",
        "11111111",
        "00000000",
        "88888888",
        "66666666",
        "12341234",
        "11223344",
        "123123123",
        "password",
        "password1",
        "passw0rd",
        "qwertyui",
        "qwerty123",
        "1qaz2wsx",
        "qazwsxedc",
        "abcd1234",
        "abc12345",
        "a1234567",
        "iloveyou",
        "woaini1314",
        "5201314520",
        "admin123",
        "admin1234",
        "administrator",
        "welcome1",
        "letmein1",
        "rehabdesk",
        "rehab123",
        "zhang123",
        "wang1234",
        "changeme",
    }
)


def check_password(password: str, login: str) -> None:
    """Raise ValidationError(field="password") when the password breaks the policy."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password_too_short", "password", minimum=MIN_PASSWORD_LENGTH)
    lowered = password.lower()
    if lowered == login.lower() or lowered in {login.lower() * 2, login.lower()[::-1]}:
        raise ValidationError("password_is_login", "password")
    if lowered in _COMMON_PASSWORDS:
        raise ValidationError("password_too_common", "password")
