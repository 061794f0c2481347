"""Translated names for the case file's plain string codes: assessment kinds, plan statuses and goal terms (context
"cases"; the names of the case enumerations are in labels.py), and the instruments' own wording, which comes from
their JSON definitions in Chinese and English."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from rehabdesk.domain.instruments import Instrument, Item, Option, ScoreRange

ASSESSMENT_KINDS = ("intake", "stage", "closing", "referral")
GOAL_TERMS = ("long", "short")


def _kinds() -> dict[str, Callable[[], str]]:
    translate = QCoreApplication.translate
    return {
        "intake": lambda: translate("cases", "Intake"),
        "stage": lambda: translate("cases", "Stage review"),
        "closing": lambda: translate("cases", "Closing"),
        "referral": lambda: translate("cases", "Referral"),
    }


def _plan_statuses() -> dict[str, Callable[[], str]]:
    translate = QCoreApplication.translate
    return {
        "draft": lambda: translate("cases", "Draft"),
        "active": lambda: translate("cases", "Active"),
        "superseded": lambda: translate("cases", "Superseded"),
        "closed": lambda: translate("cases", "Closed"),
    }


def _terms() -> dict[str, Callable[[], str]]:
    translate = QCoreApplication.translate
    return {
        "long": lambda: translate("cases", "Long-term"),
        "short": lambda: translate("cases", "Short-term"),
    }


def _text(table: dict[str, Callable[[], str]], value: str) -> str:
    text = table.get(value)
    return text() if text else value  # a code this version does not know is shown as it is


def kind_text(value: str) -> str:
    return _text(_kinds(), value)


def kind_choices() -> list[tuple[str, str]]:
    return [(kind, kind_text(kind)) for kind in ASSESSMENT_KINDS]


def plan_status_text(value: str) -> str:
    return _text(_plan_statuses(), value)


def term_text(value: str) -> str:
    return _text(_terms(), value)


def term_choices() -> list[tuple[str, str]]:
    return [(term, term_text(term)) for term in GOAL_TERMS]


# --- instruments: their wording is data, in both languages ---------------------------------------------------------


def chinese_ui() -> bool:
    """True when the interface reads Chinese: ui.i18n.install_translators sets the default locale."""
    return QLocale().language() == QLocale.Language.Chinese


def _pick(chinese: str, english: str) -> str:
    return chinese if chinese_ui() or not english else english


def instrument_name(instrument: Instrument) -> str:
    return _pick(instrument.name, instrument.name_en)


def item_text(item: Item) -> str:
    return _pick(item.text, item.text_en)


def option_label(option: Option) -> str:
    return _pick(option.label, option.label_en)


def range_label(allowed: ScoreRange) -> str:
    return _pick(allowed.label, allowed.label_en)


def band_label(label: str | None, label_en: str | None) -> str:
    return _pick(label or "", label_en or "")
