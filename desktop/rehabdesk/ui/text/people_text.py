"""Translated display names for the people enumerations (domain/people.py, domain/ids.IdType) and risk levels.

The database keeps English codes; the UI shows the terms station staff use (DOMAIN.md §3-4). Every text goes
through ``QCoreApplication.translate("people", …)`` with an English source string, so lupdate extracts it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.people import (
    MAX_RISK_LEVEL,
)

# The 56 officially recognised ethnic groups, as stored (ethnicity is kept as the Chinese name, like "汉族").
# Data for a completer, not UI text.
ETHNIC_GROUPS = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族",
    "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族",
    "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族",
    "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族",
    "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)  # fmt: skip


def _risk_texts() -> tuple[Callable[[], str], ...]:
    translate = QCoreApplication.translate
    return (
        lambda: translate("people", "0 – no risk behaviour"),
        lambda: translate("people", "1 – verbal threats or shouting"),
        lambda: translate("people", "2 – smashing at home, stops when persuaded"),
        lambda: translate("people", "3 – smashing anywhere, does not stop"),
        lambda: translate("people", "4 – persistent violence, incl. self-harm or suicide attempt"),
        lambda: translate("people", "5 – violence with a weapon, arson or explosion"),
    )


def _risk_descriptions() -> tuple[Callable[[], str], ...]:
    translate = QCoreApplication.translate
    return (
        lambda: translate("people", "None of the behaviours of levels 1 to 5."),
        lambda: translate("people", "Verbal threats or shouting, but no smashing of things."),
        lambda: translate("people", "Smashing things at home, aimed at property only; stops when persuaded."),
        lambda: translate(
            "people", "Obvious smashing of things in any setting, aimed at property or people; cannot be stopped."
        ),
        lambda: translate(
            "people",
            "Persistent violence against property or people in any setting, including self-harm or suicide attempts.",
        ),
        lambda: translate("people", "Violence against people with a weapon, or arson or explosion."),
    )


def risk_level_text(level: int) -> str:
    """A short label such as "3 – smashing anywhere, does not stop" (DOMAIN.md §4, 危险性评估)."""
    if not 0 <= level <= MAX_RISK_LEVEL:
        return str(level)
    return _risk_texts()[level]()


def risk_level_description(level: int) -> str:
    """The full wording of a risk level, for tooltips."""
    if not 0 <= level <= MAX_RISK_LEVEL:
        return ""
    return _risk_descriptions()[level]()


def disability_level_text(level: int | None) -> str:
    """A psychiatric disability certificate's level, or none."""
    translate = QCoreApplication.translate
    texts = {
        None: lambda: translate("people", "No disability certificate"),
        1: lambda: translate("people", "Level 1 (most severe)"),
        2: lambda: translate("people", "Level 2"),
        3: lambda: translate("people", "Level 3"),
        4: lambda: translate("people", "Level 4 (mildest)"),
    }
    text = texts.get(level)
    return text() if text else str(level)
