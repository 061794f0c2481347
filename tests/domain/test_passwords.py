"""Password policy: long enough, not the account name, not a common password."""

from __future__ import annotations

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.passwords import MIN_PASSWORD_LENGTH, check_password


@pytest.mark.parametrize("password", ["correct-horse-9", "康复站的密码很长", "x" * MIN_PASSWORD_LENGTH + "1"])
def test_good_passwords_pass(password: str) -> None:
    check_password(password, "wangfang")


def test_too_short_is_refused_with_the_minimum() -> None:
    with pytest.raises(ValidationError) as caught:
        check_password("a" * (MIN_PASSWORD_LENGTH - 1), "wangfang")
    assert caught.value.code == "password_too_short"
    assert caught.value.field == "password"
    assert caught.value.params["minimum"] == MIN_PASSWORD_LENGTH == 8


def test_exactly_the_minimum_length_is_allowed() -> None:
    check_password("k7#m2p9q", "wangfang")


@pytest.mark.parametrize("password", ["wangfang", "WangFang", "wangfangwangfang", "gnafgnaw"])
def test_the_account_name_is_refused(password: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_password(password, "wangfang")
    assert caught.value.code == "password_is_login"


@pytest.mark.parametrize("password", ["12345678", "Password1", "PASSW0RD", "woaini1314", "admin123", "88888888"])
def test_common_passwords_are_refused_in_any_case(password: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_password(password, "wangfang")
    assert caught.value.code == "password_too_common"
