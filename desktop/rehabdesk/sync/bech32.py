"""Bech32 (BIP-173), the text form of age keys: ``age1…`` recipients and ``AGE-SECRET-KEY-1…`` identities.

Only the original Bech32 checksum (constant 1), not Bech32m: age uses the former. Like age, no 90-character limit.
"""

from __future__ import annotations

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


class Bech32Error(ValueError):
    """The text is not valid Bech32 (or not what was expected)."""


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit in range(5):
            if (top >> bit) & 1:
                check ^= _GENERATOR[bit]
    return check


def _expand_hrp(hrp: str) -> list[int]:
    return [ord(char) >> 5 for char in hrp] + [0] + [ord(char) & 31 for char in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, *, pad: bool) -> list[int]:
    accumulator = 0
    bits = 0
    out: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        if value < 0 or value >> from_bits:
            raise Bech32Error("value out of range")
        accumulator = (accumulator << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((accumulator >> bits) & max_value)
    if pad:
        if bits:
            out.append((accumulator << (to_bits - bits)) & max_value)
    elif bits >= from_bits or (accumulator << (to_bits - bits)) & max_value:
        raise Bech32Error("non-zero padding")
    return out


def encode_words(hrp: str, words: list[int]) -> str:
    """Bech32 of already 5-bit groups, lower case (callers upper-case the whole string where they want)."""
    hrp = hrp.lower()
    if not hrp or any(ord(char) < 33 or ord(char) > 126 for char in hrp):
        raise Bech32Error("invalid human-readable part")
    polymod = _polymod([*_expand_hrp(hrp), *words, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - index)) & 31 for index in range(6)]
    return hrp + "1" + "".join(CHARSET[word] for word in [*words, *checksum])


def decode_words(text: str) -> tuple[str, list[int]]:
    """(hrp, 5-bit groups) of a Bech32 string; the case is kept in neither (mixed case is refused)."""
    if any(ord(char) < 33 or ord(char) > 126 for char in text):
        raise Bech32Error("invalid character")
    if text.lower() != text and text.upper() != text:
        raise Bech32Error("mixed case")
    text = text.lower()
    separator = text.rfind("1")
    if separator < 1 or separator + 7 > len(text):
        raise Bech32Error("separator misplaced")
    hrp, data = text[:separator], text[separator + 1 :]
    try:
        words = [CHARSET.index(char) for char in data]
    except ValueError:
        raise Bech32Error("invalid data character") from None
    if _polymod([*_expand_hrp(hrp), *words]) != 1:
        raise Bech32Error("checksum")
    return hrp, words[:-6]


def encode(hrp: str, data: bytes) -> str:
    return encode_words(hrp, _convert_bits(data, 8, 5, pad=True))


def decode(text: str, expected_hrp: str) -> bytes:
    hrp, words = decode_words(text)
    if hrp != expected_hrp.lower():
        raise Bech32Error("unexpected human-readable part")
    return bytes(_convert_bits(words, 5, 8, pad=False))
