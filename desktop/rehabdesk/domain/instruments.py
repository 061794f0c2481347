"""Assessment instruments (评估量表, DOMAIN.md §3–4) as JSON definitions, and their scoring.

A scale is data: resources/instruments/<code>.json holds its items, options and scoring rules, and the scorer
knows only a few generic rule kinds, so a station's scale list grows without code. The format is described in
resources/instruments/README.md. Definitions are checked strictly when loaded: they ship with the app, so a broken
one is a developer error and stops start-up with a ValueError naming the file and the key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, NoReturn

from rehabdesk.domain.errors import ValidationError
from rehabdesk.paths import resource_path

_KEY = re.compile(r"[a-z][a-z0-9_]*\Z")
# The store keeps the instrument code in 20 characters and the band code in 30 (assessment table).
MAX_CODE = 20
MAX_BAND_CODE = 30


@dataclass(frozen=True, slots=True)
class Option:
    value: int
    label: str
    label_en: str


@dataclass(frozen=True, slots=True)
class Item:
    key: str
    text: str
    text_en: str
    options: tuple[Option, ...]

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(option.value for option in self.options)


@dataclass(frozen=True, slots=True)
class ItemsAtLeast:
    """At least `count` of `items` carry a scored (not excluded) value of `value` or more."""

    value: int
    count: int
    items: tuple[str, ...]

    def holds(self, values: Mapping[str, int], total: int | None) -> bool:
        return sum(1 for key in self.items if key in values and values[key] >= self.value) >= self.count


@dataclass(frozen=True, slots=True)
class TotalAbove:
    limit: int

    def holds(self, values: Mapping[str, int], total: int | None) -> bool:
        return total is not None and total > self.limit


@dataclass(frozen=True, slots=True)
class AnyOf:
    conditions: tuple[Condition, ...]

    def holds(self, values: Mapping[str, int], total: int | None) -> bool:
        return any(condition.holds(values, total) for condition in self.conditions)


@dataclass(frozen=True, slots=True)
class AllOf:
    conditions: tuple[Condition, ...]

    def holds(self, values: Mapping[str, int], total: int | None) -> bool:
        return all(condition.holds(values, total) for condition in self.conditions)


Condition = ItemsAtLeast | TotalAbove | AnyOf | AllOf


@dataclass(frozen=True, slots=True)
class Band:
    """A result band. Range bands have minimum and maximum; condition bands have `when` instead, except the last
    of their list, which applies when none before it did."""

    code: str
    label: str
    label_en: str
    minimum: int | None = None
    maximum: int | None = None
    when: Condition | None = None

    def applies(self, values: Mapping[str, int], total: int) -> bool:
        if self.minimum is not None and self.maximum is not None:
            return self.minimum <= total <= self.maximum
        return self.when is None or self.when.holds(values, total)


@dataclass(frozen=True, slots=True)
class ScoreRange:
    """Scores a rater may give when the item ratings satisfy `when`; the last range of a list has no `when` and
    applies when none before it did."""

    minimum: int
    maximum: int
    label: str
    label_en: str
    when: Condition | None = None


@dataclass(frozen=True, slots=True)
class Scoring:
    kind: Literal["sum", "single_rating"]
    minimum: int
    maximum: int
    excluded_values: frozenset[int] = frozenset()
    bands: tuple[Band, ...] = ()
    allowed_ranges: tuple[ScoreRange, ...] = ()


@dataclass(frozen=True, slots=True)
class Instrument:
    code: str
    version: int
    name: str
    name_en: str
    items: tuple[Item, ...]
    scoring: Scoring
    source: str = ""


@dataclass(frozen=True, slots=True)
class Score:
    total: int
    band_code: str | None
    band_label: str | None
    band_label_en: str | None
    allowed_range: tuple[int, int] | None
    answered: int
    excluded: int


# --- scoring ---------------------------------------------------------------------------------------------------


def score(instrument: Instrument, answers: Mapping[str, int], *, rater_score: int | None = None) -> Score:
    """Total and band of one completed assessment. For a "single_rating" scale the total is the rater's score,
    which must lie in the range the item ratings allow. Raises ValidationError on the first bad field."""
    values, excluded = _scored_values(instrument, answers)
    scoring = instrument.scoring
    allowed = None
    if scoring.kind == "sum":
        if rater_score is not None:
            raise ValueError(f"{instrument.code} is scored by summing its items; it takes no rater score")
        total = sum(values.values())
    else:
        allowed = _allowed(scoring, values)
        total = _checked_rater_score(scoring, allowed, rater_score)
    band = next((band for band in scoring.bands if band.applies(values, total)), None)
    return Score(
        total=total,
        band_code=band.code if band else None,
        band_label=band.label if band else None,
        band_label_en=band.label_en if band else None,
        allowed_range=(allowed.minimum, allowed.maximum) if allowed else None,
        answered=len(values),
        excluded=excluded,
    )


def allowed_range(instrument: Instrument, answers: Mapping[str, int]) -> ScoreRange | None:
    """The scores the item ratings allow (PSP: the ten-point band), for a form to show before the rater scores."""
    values, _ = _scored_values(instrument, answers)
    return _allowed(instrument.scoring, values)


def _scored_values(instrument: Instrument, answers: Mapping[str, int]) -> tuple[dict[str, int], int]:
    """(values that count, keyed by item; number of items answered with an excluded value such as "not applicable")."""
    unknown = set(answers) - {item.key for item in instrument.items}
    if unknown:
        # Forms are built from the definition, so this is a caller bug, not something a worker can correct.
        raise ValueError(f"{instrument.code} v{instrument.version} has no items {sorted(unknown)}")
    values: dict[str, int] = {}
    excluded = 0
    for item in instrument.items:
        if item.key not in answers:
            raise ValidationError("item_missing", f"items.{item.key}")
        value = answers[item.key]
        if type(value) is not int or value not in item.values:  # type(): True and 1.0 are not answers
            raise ValidationError("item_value_invalid", f"items.{item.key}", value=value)
        if value in instrument.scoring.excluded_values:
            excluded += 1
        else:
            values[item.key] = value
    return values, excluded


def _allowed(scoring: Scoring, values: Mapping[str, int]) -> ScoreRange | None:
    # Ranges are listed from the lowest scores up, so the first match is the most impaired one that applies.
    return next((r for r in scoring.allowed_ranges if r.when is None or r.when.holds(values, None)), None)


def _checked_rater_score(scoring: Scoring, allowed: ScoreRange | None, rater_score: int | None) -> int:
    if rater_score is None:
        raise ValidationError("score_required", "score")
    if type(rater_score) is not int or not scoring.minimum <= rater_score <= scoring.maximum:
        raise ValidationError("score_out_of_range", "score", minimum=scoring.minimum, maximum=scoring.maximum)
    if allowed and not allowed.minimum <= rater_score <= allowed.maximum:
        raise ValidationError("psp_score_outside_band", "score", minimum=allowed.minimum, maximum=allowed.maximum)
    return rater_score


# --- loading ---------------------------------------------------------------------------------------------------


@cache
def builtin_instruments() -> Mapping[str, Instrument]:
    """The scales shipped in resources/instruments, by code; read once."""
    return MappingProxyType(load_instruments(resource_path("instruments")))


def load_instruments(folder: Path) -> dict[str, Instrument]:
    """Every <code>.json in `folder`. File names are the codes, so two files cannot claim one code."""
    if not folder.is_dir():
        raise ValueError(f"instrument folder {folder} does not exist")
    return {instrument.code: instrument for instrument in map(load_instrument, sorted(folder.glob("*.json")))}


def load_instrument(path: Path) -> Instrument:
    reader = _Reader(path.name)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_unique_keys)
    except ValueError as error:
        reader.fail("(file)", f"not valid JSON: {error}")
    return reader.instrument(raw, path.stem)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads keeps the last of two equal keys without a word; a definition must not say a thing twice.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


class _Reader:
    """Turns one parsed definition into an Instrument, failing with the file name and the path of the bad key."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name

    def fail(self, where: str, problem: str) -> NoReturn:
        raise ValueError(f"instrument definition {self.file_name}: {where}: {problem}")

    def instrument(self, raw: Any, expected_code: str) -> Instrument:
        top = self.fields(raw, "(top level)", {"code", "version", "name", "name_en", "items", "scoring"}, {"source"})
        code = self.key(top["code"], "code", MAX_CODE)
        if code != expected_code:
            self.fail("code", f"{code!r} does not match the file name (expected {expected_code!r})")
        items = tuple(
            self.item(entry, f"items[{i}]") for i, entry in enumerate(self.array(top["items"], "items", True))
        )
        keys = [item.key for item in items]
        for i, key in enumerate(keys):
            if key in keys[:i]:
                self.fail(f"items[{i}].key", f"duplicate item key {key!r}")
        return Instrument(
            code=code,
            version=self.integer(top["version"], "version", minimum=1),
            name=self.text(top["name"], "name"),
            name_en=self.text(top["name_en"], "name_en"),
            items=items,
            scoring=self.scoring(top["scoring"], items),
            source=self.text(top["source"], "source") if "source" in top else "",
        )

    def item(self, raw: Any, where: str) -> Item:
        entry = self.fields(raw, where, {"key", "text", "text_en", "options"})
        options = []
        for i, option_raw in enumerate(self.array(entry["options"], f"{where}.options")):
            at = f"{where}.options[{i}]"
            option = self.fields(option_raw, at, {"value", "label", "label_en"})
            value = self.integer(option["value"], f"{at}.value")
            if value in (known.value for known in options):
                self.fail(f"{at}.value", f"duplicate option value {value}")
            options.append(
                Option(
                    value, self.text(option["label"], f"{at}.label"), self.text(option["label_en"], f"{at}.label_en")
                )
            )
        return Item(
            key=self.key(entry["key"], f"{where}.key"),
            text=self.text(entry["text"], f"{where}.text"),
            text_en=self.text(entry["text_en"], f"{where}.text_en"),
            options=tuple(options),
        )

    def scoring(self, raw: Any, items: tuple[Item, ...]) -> Scoring:
        kind = raw.get("kind") if isinstance(raw, dict) else None
        if kind == "sum":
            entry = self.fields(raw, "scoring", {"kind", "range"}, {"excluded_values", "bands"})
        elif kind == "single_rating":
            entry = self.fields(raw, "scoring", {"kind", "range"}, {"allowed_ranges", "bands"})
        else:
            self.fail("scoring.kind", f"unknown rule kind {kind!r}; expected 'sum' or 'single_rating'")
        span = self.fields(entry["range"], "scoring.range", {"min", "max"})
        minimum = self.integer(span["min"], "scoring.range.min")
        maximum = self.integer(span["max"], "scoring.range.max")
        if minimum >= maximum:
            self.fail("scoring.range", f"min {minimum} must be below max {maximum}")
        excluded: frozenset[int] = frozenset()
        if "excluded_values" in entry:
            values = self.array(entry["excluded_values"], "scoring.excluded_values")
            excluded = frozenset(self.integer(value, f"scoring.excluded_values[{i}]") for i, value in enumerate(values))
        if kind == "sum":
            self.check_sum_range(items, excluded, minimum, maximum)
        keys = tuple(item.key for item in items)
        allowed = ()
        if "allowed_ranges" in entry:
            allowed = self.allowed_ranges(entry["allowed_ranges"], keys, minimum, maximum)
        bands = self.bands(entry["bands"], keys, minimum, maximum) if "bands" in entry else ()
        return Scoring(kind, minimum, maximum, excluded, bands, allowed)

    def check_sum_range(self, items: tuple[Item, ...], excluded: frozenset[int], minimum: int, maximum: int) -> None:
        if not items:
            self.fail("items", "a 'sum' scale needs at least one item")
        for value in excluded:
            if not any(value in item.values for item in items):
                self.fail("scoring.excluded_values", f"{value} is not an option of any item")
        # An excluded answer adds nothing, so it counts as 0 toward the reachable extremes.
        reachable = [{0 if value in excluded else value for value in item.values} for item in items]
        low, high = sum(map(min, reachable)), sum(map(max, reachable))
        if (minimum, maximum) != (low, high):
            self.fail("scoring.range", f"is {minimum}–{maximum} but the items add up to {low}–{high}")

    def bands(self, raw: Any, keys: tuple[str, ...], minimum: int, maximum: int) -> tuple[Band, ...]:
        entries = self.array(raw, "scoring.bands")
        by_range = isinstance(entries[0], dict) and "min" in entries[0]
        bands: list[Band] = []
        spans: list[tuple[int, int]] = []
        for i, band_raw in enumerate(entries):
            at = f"scoring.bands[{i}]"
            if by_range:
                entry = self.fields(band_raw, at, {"code", "label", "label_en", "min", "max"})
            else:
                entry = self.fields(band_raw, at, {"code", "label", "label_en"}, {"when"})
                self.check_fallback_last("when" in entry, i, len(entries), at)
            code = self.key(entry["code"], f"{at}.code", MAX_BAND_CODE)
            if code in (band.code for band in bands):
                self.fail(f"{at}.code", f"duplicate band code {code!r}")
            band = Band(code, self.text(entry["label"], f"{at}.label"), self.text(entry["label_en"], f"{at}.label_en"))
            if by_range:
                span = (self.integer(entry["min"], f"{at}.min"), self.integer(entry["max"], f"{at}.max"))
                spans.append(span)
                band = replace(band, minimum=span[0], maximum=span[1])
            elif "when" in entry:
                band = replace(band, when=self.condition(entry["when"], f"{at}.when", keys, True))
            bands.append(band)
        if by_range:
            self.check_coverage("scoring.bands", spans, minimum, maximum)
        return tuple(bands)

    def allowed_ranges(self, raw: Any, keys: tuple[str, ...], minimum: int, maximum: int) -> tuple[ScoreRange, ...]:
        entries = self.array(raw, "scoring.allowed_ranges")
        ranges = []
        for i, range_raw in enumerate(entries):
            at = f"scoring.allowed_ranges[{i}]"
            entry = self.fields(range_raw, at, {"min", "max", "label", "label_en"}, {"when"})
            self.check_fallback_last("when" in entry, i, len(entries), at)
            ranges.append(
                ScoreRange(
                    minimum=self.integer(entry["min"], f"{at}.min"),
                    maximum=self.integer(entry["max"], f"{at}.max"),
                    label=self.text(entry["label"], f"{at}.label"),
                    label_en=self.text(entry["label_en"], f"{at}.label_en"),
                    # The allowed range is found before the rater gives the score, so the total cannot be tested.
                    when=self.condition(entry["when"], f"{at}.when", keys, False) if "when" in entry else None,
                )
            )
        self.check_coverage("scoring.allowed_ranges", [(r.minimum, r.maximum) for r in ranges], minimum, maximum)
        return tuple(ranges)

    def check_fallback_last(self, has_when: bool, index: int, count: int, where: str) -> None:
        last = index == count - 1
        if last and has_when:
            self.fail(f"{where}.when", "the last entry is the fallback for when nothing before it applies; drop 'when'")
        if not last and not has_when:
            self.fail(where, "missing key 'when' (only the last entry may go without one)")

    def check_coverage(self, where: str, spans: list[tuple[int, int]], minimum: int, maximum: int) -> None:
        expected = minimum
        for i, (low, high) in enumerate(spans):
            if low > high:
                self.fail(f"{where}[{i}]", f"min {low} is above max {high}")
            if low != expected:
                problem = "a gap" if low > expected else "an overlap"
                rule = f"entries run upward from {minimum} to {maximum} without gaps or overlaps"
                self.fail(f"{where}[{i}].min", f"is {low}, expected {expected}: {problem} ({rule})")
            expected = high + 1
        if expected != maximum + 1:
            self.fail(where, f"ends at {expected - 1} but the range ends at {maximum} (a gap at the top)")

    def condition(self, raw: Any, where: str, keys: tuple[str, ...], total_allowed: bool) -> Condition:
        if not isinstance(raw, dict) or len(raw) != 1:
            self.fail(
                where, "a condition is an object with exactly one key: items_at_least, total_above, any_of or all_of"
            )
        ((name, argument),) = raw.items()
        at = f"{where}.{name}"
        if name == "items_at_least":
            entry = self.fields(argument, at, {"value", "count"}, {"items"})
            items = keys
            if "items" in entry:
                items = tuple(
                    self.text(key, f"{at}.items[{i}]")
                    for i, key in enumerate(self.array(entry["items"], f"{at}.items"))
                )
                for i, key in enumerate(items):
                    if key not in keys:
                        self.fail(f"{at}.items[{i}]", f"no item has the key {key!r}")
                    if key in items[:i]:
                        self.fail(f"{at}.items[{i}]", f"{key!r} is listed twice")
            count = self.integer(entry["count"], f"{at}.count", minimum=1)
            if count > len(items):
                self.fail(f"{at}.count", f"{count} is more than the {len(items)} items it counts")
            return ItemsAtLeast(self.integer(entry["value"], f"{at}.value"), count, items)
        if name == "total_above":
            if not total_allowed:
                self.fail(at, "allowed ranges are chosen before the score exists, so they cannot test the total")
            return TotalAbove(self.integer(argument, at))
        if name in ("any_of", "all_of"):
            parts = tuple(
                self.condition(part, f"{at}[{i}]", keys, total_allowed)
                for i, part in enumerate(self.array(argument, at))
            )
            return AnyOf(parts) if name == "any_of" else AllOf(parts)
        self.fail(where, f"unknown condition {name!r}; expected items_at_least, total_above, any_of or all_of")

    def fields(self, raw: Any, where: str, required: set[str], optional: set[str] | None = None) -> dict[str, Any]:
        if not isinstance(raw, dict):
            self.fail(where, "expected an object")
        unknown = set(raw) - required - (optional or set())
        if unknown:
            self.fail(where, f"unknown key {sorted(unknown)[0]!r}")
        missing = required - set(raw)
        if missing:
            self.fail(where, f"missing key {sorted(missing)[0]!r}")
        return raw

    def array(self, raw: Any, where: str, may_be_empty: bool = False) -> list[Any]:
        if not isinstance(raw, list):
            self.fail(where, "expected a list")
        if not raw and not may_be_empty:
            self.fail(where, "must not be empty")
        return raw

    def integer(self, raw: Any, where: str, minimum: int | None = None) -> int:
        if type(raw) is not int:
            self.fail(where, f"expected a whole number, got {raw!r}")
        if minimum is not None and raw < minimum:
            self.fail(where, f"must be at least {minimum}")
        return raw

    def text(self, raw: Any, where: str) -> str:
        if not isinstance(raw, str) or not raw.strip():
            self.fail(where, "expected non-empty text")
        return raw

    def key(self, raw: Any, where: str, max_length: int | None = None) -> str:
        text = self.text(raw, where)
        if not _KEY.match(text):
            self.fail(where, f"{text!r} must start with a lower-case letter and hold only a–z, 0–9 and '_'")
        if max_length is not None and len(text) > max_length:
            self.fail(where, f"{text!r} is longer than {max_length} characters")
        return text
