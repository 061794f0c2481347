"""Assessment scales: the shipped JSON definitions, their scoring, and the strict loader (DOMAIN.md §4 Scales)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.instruments import (
    Instrument,
    allowed_range,
    builtin_instruments,
    load_instrument,
    load_instruments,
    score,
)
from rehabdesk.paths import resource_path


def _instrument(code: str) -> Instrument:
    return builtin_instruments()[code]


def _answers(code: str, default: int, **overrides: int) -> dict[str, int]:
    answers = {item.key: default for item in _instrument(code).items}
    assert set(overrides) <= set(answers), "a test names an item the scale does not have"
    return answers | overrides


def _refused(code: str, call: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.code == code
    return caught.value


# --- shipped files ---------------------------------------------------------------------------------------------


def test_every_shipped_definition_loads() -> None:
    folder = resource_path("instruments")
    files = sorted(path.stem for path in folder.glob("*.json"))
    assert files == ["adl", "gaf", "psp", "sdss"]
    assert sorted(builtin_instruments()) == files
    for code in files:
        assert load_instrument(folder / f"{code}.json") == builtin_instruments()[code]


def test_shipped_scales_have_the_items_the_domain_names() -> None:
    sdss, adl, psp, gaf = (_instrument(code) for code in ("sdss", "adl", "psp", "gaf"))
    assert [item.text for item in sdss.items] == [
        "职业和工作", "婚姻职能", "父母职能", "社会性退缩", "家庭外的社会活动",
        "家庭内活动过少", "家庭职能", "个人生活自理", "对外界的兴趣和关心", "责任心和计划性",
    ]  # fmt: skip
    assert [item.text for item in adl.items] == [
        "乘公共车辆", "行走", "做饭菜", "做家务", "吃药", "吃饭", "穿衣",
        "梳头刷牙等", "洗衣", "洗澡", "购物", "定时上厕所", "打电话", "处理自己钱财",
    ]  # fmt: skip
    assert all(item.values == (1, 2, 3, 4) for item in adl.items)
    assert [item.key for item in psp.items] == ["a", "b", "c", "d"]
    assert [option.label for option in psp.items[0].options] == ["无", "轻度", "明显", "显著", "严重", "极重"]
    assert gaf.items == ()
    assert (gaf.scoring.kind, gaf.scoring.minimum, gaf.scoring.maximum) == ("single_rating", 1, 100)


# --- SDSS ------------------------------------------------------------------------------------------------------


def test_sdss_sums_the_items_and_leaves_not_applicable_out() -> None:
    result = score(_instrument("sdss"), _answers("sdss", 1, marriage=9, parenting=9, work=2))
    assert (result.total, result.answered, result.excluded) == (9, 8, 2)


@pytest.mark.parametrize(
    ("answers", "total", "band"),
    [
        ({}, 0, "no_deficit"),
        ({"work": 1}, 1, "no_deficit"),
        ({"work": 1, "self_care": 1}, 2, "deficit"),
        ({"work": 2}, 2, "deficit"),
        ({"work": 9, "marriage": 9, "parenting": 1}, 1, "no_deficit"),  # two 9s would be 18 if they were added
    ],
)
def test_sdss_total_of_two_or_more_is_a_deficit(answers: dict[str, int], total: int, band: str) -> None:
    result = score(_instrument("sdss"), _answers("sdss", 0, **answers))
    assert (result.total, result.band_code) == (total, band)
    assert result.band_label == {"deficit": "社会功能缺陷", "no_deficit": "无明显社会功能缺陷"}[band]


def test_sdss_refuses_a_missing_item_and_a_value_that_is_not_an_option() -> None:
    sdss = _instrument("sdss")
    answers = _answers("sdss", 0)
    del answers["interest"]
    assert _refused("item_missing", lambda: score(sdss, answers)).field == "items.interest"
    error = _refused("item_value_invalid", lambda: score(sdss, _answers("sdss", 0, work=3)))
    assert (error.field, error.params["value"]) == ("items.work", 3)
    for not_a_number in (True, 1.0, "1"):
        _refused("item_value_invalid", lambda v=not_a_number: score(sdss, _answers("sdss", 0) | {"work": v}))


def test_answers_for_items_the_scale_lacks_are_a_caller_bug() -> None:
    with pytest.raises(ValueError, match="no items"):
        score(_instrument("sdss"), _answers("sdss", 0) | {"salary": 1})
    with pytest.raises(ValueError, match="no rater score"):
        score(_instrument("sdss"), _answers("sdss", 0), rater_score=50)


# --- ADL -------------------------------------------------------------------------------------------------------


def _adl(*values: int) -> dict[str, int]:
    """The first items take `values`, the rest 1 (can do it alone)."""
    keys = [item.key for item in _instrument("adl").items]
    return {key: values[i] if i < len(values) else 1 for i, key in enumerate(keys)}


@pytest.mark.parametrize(
    ("answers", "total", "band"),
    [
        (_adl(), 14, "normal"),
        (_adl(2), 15, "some_decline"),
        (_adl(2, 2, 2, 2, 2, 2, 2, 2), 22, "some_decline"),  # total 22 is not above 22
        (_adl(2, 2, 2, 2, 2, 2, 2, 2, 2), 23, "marked_impairment"),  # 23 is
        (_adl(3), 16, "some_decline"),  # one item at 3 is not enough
        (_adl(4), 17, "some_decline"),
        (_adl(3, 3), 18, "marked_impairment"),  # two items at 3 are
        (_adl(3, 4), 19, "marked_impairment"),
    ],
)
def test_adl_bands(answers: dict[str, int], total: int, band: str) -> None:
    result = score(_instrument("adl"), answers)
    assert (result.total, result.band_code) == (total, band)


# --- PSP -------------------------------------------------------------------------------------------------------


def _psp(a: int = 1, b: int = 1, c: int = 1, d: int = 1) -> dict[str, int]:
    return {"a": a, "b": b, "c": c, "d": d}


# Ratings: 1 absent, 2 mild, 3 manifest, 4 marked, 5 severe, 6 very severe.
@pytest.mark.parametrize(
    ("ratings", "allowed"),
    [
        (_psp(), (81, 100)),
        (_psp(a=2), (71, 80)),
        (_psp(a=2, b=2, c=2), (71, 80)),
        (_psp(b=3), (61, 70)),
        (_psp(d=2), (61, 70)),  # mild in d weighs like manifest in a–c
        (_psp(c=4), (51, 60)),
        (_psp(a=3, d=3), (51, 60)),
        (_psp(a=4, b=4), (41, 50)),  # 51–60 (marked in one) matches too: the lower band wins
        (_psp(b=5), (41, 50)),
        (_psp(b=5, c=4), (31, 40)),  # 41–50 (severe in one) and 51–60 match too
        (_psp(d=4), (31, 40)),
        (_psp(a=5, c=5), (21, 30)),
        (_psp(a=2, d=5), (21, 30)),
        (_psp(a=5, b=5, c=5), (11, 20)),
        (_psp(d=6), (11, 20)),
        (_psp(c=6), (1, 10)),
    ],
)
def test_psp_ratings_allow_one_ten_point_band(ratings: dict[str, int], allowed: tuple[int, int]) -> None:
    psp = _instrument("psp")
    found = allowed_range(psp, ratings)
    assert found is not None
    assert (found.minimum, found.maximum) == allowed
    for inside in allowed:
        assert score(psp, ratings, rater_score=inside).allowed_range == allowed


def test_psp_every_allowed_band_is_reachable_from_some_ratings() -> None:
    reached = set()
    for a, b, c, d in _all_psp_ratings():
        found = allowed_range(_instrument("psp"), _psp(a, b, c, d))
        assert found is not None
        reached.add((found.minimum, found.maximum))
    assert reached == {(low, low + 9) for low in range(1, 80, 10)} | {(81, 100)}


def _all_psp_ratings() -> list[tuple[int, int, int, int]]:
    levels = range(1, 7)
    return [(a, b, c, d) for a in levels for b in levels for c in levels for d in levels]


@pytest.mark.parametrize("outside", [70, 81, 100])
def test_psp_refuses_a_score_outside_the_allowed_band(outside: int) -> None:
    error = _refused("psp_score_outside_band", lambda: score(_instrument("psp"), _psp(a=2), rater_score=outside))
    assert error.field == "score"
    assert error.params == {"field": "score", "minimum": 71, "maximum": 80}


def test_psp_needs_a_score_within_1_to_100() -> None:
    psp = _instrument("psp")
    assert _refused("score_required", lambda: score(psp, _psp())).field == "score"
    for wrong in (0, 101, 85.0):
        error = _refused("score_out_of_range", lambda w=wrong: score(psp, _psp(), rater_score=w))
        assert (error.params["minimum"], error.params["maximum"]) == (1, 100)


@pytest.mark.parametrize(
    ("ratings", "rater_score", "band"),
    [
        (_psp(a=5, b=5), 30, "intensive_support"),
        (_psp(d=4), 31, "moderate"),
        (_psp(b=3), 70, "moderate"),
        (_psp(a=2), 71, "mild"),
        (_psp(c=6), 1, "intensive_support"),
        (_psp(), 100, "mild"),
    ],
)
def test_psp_severity_bands(ratings: dict[str, int], rater_score: int, band: str) -> None:
    result = score(_instrument("psp"), ratings, rater_score=rater_score)
    assert (result.total, result.band_code) == (rater_score, band)


# --- GAF -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("rating", "band"), [(1, "range_1_10"), (55, "range_51_60"), (100, "range_91_100")])
def test_gaf_is_a_single_rating_from_1_to_100(rating: int, band: str) -> None:
    result = score(_instrument("gaf"), {}, rater_score=rating)
    assert (result.total, result.band_code, result.allowed_range, result.answered) == (rating, band, None, 0)


@pytest.mark.parametrize("rating", [0, 101, -5])
def test_gaf_refuses_ratings_outside_1_to_100(rating: int) -> None:
    error = _refused("score_out_of_range", lambda: score(_instrument("gaf"), {}, rater_score=rating))
    assert error.field == "score"


# --- a new scale needs no code ---------------------------------------------------------------------------------


def _three_item_scale() -> dict[str, Any]:
    options = [
        {"value": 0, "label": "从不", "label_en": "Never"},
        {"value": 1, "label": "有时", "label_en": "Sometimes"},
        {"value": 2, "label": "经常", "label_en": "Often"},
        {"value": 8, "label": "拒答", "label_en": "Declined"},
    ]
    return {
        "code": "mood3",
        "version": 2,
        "name": "情绪三项筛查",
        "name_en": "Three-item mood screen",
        "items": [
            {"key": key, "text": text, "text_en": text_en, "options": options}
            for key, text, text_en in [
                ("low_mood", "情绪低落", "Low mood"),
                ("sleep", "睡眠差", "Poor sleep"),
                ("worry", "担心", "Worry"),
            ]
        ],
        "scoring": {
            "kind": "sum",
            "range": {"min": 0, "max": 6},
            "excluded_values": [8],
            "bands": [
                {"min": 0, "max": 2, "code": "low", "label": "低", "label_en": "Low"},
                {"min": 3, "max": 6, "code": "high", "label": "高", "label_en": "High"},
            ],
        },
    }


def _write(folder: Path, definition: dict[str, Any], name: str | None = None) -> Path:
    path = folder / f"{name or definition['code']}.json"
    path.write_text(json.dumps(definition, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_new_scale_written_as_json_is_loaded_and_scored(tmp_path: Path) -> None:
    _write(tmp_path, _three_item_scale())
    (tmp_path / "README.md").write_text("not a definition", encoding="utf-8")
    instruments = load_instruments(tmp_path)
    assert list(instruments) == ["mood3"]
    mood = instruments["mood3"]
    assert (mood.version, mood.name) == (2, "情绪三项筛查")
    low = score(mood, {"low_mood": 1, "sleep": 1, "worry": 8})
    assert (low.total, low.band_code, low.answered, low.excluded) == (2, "low", 2, 1)
    assert score(mood, {"low_mood": 2, "sleep": 1, "worry": 0}).band_code == "high"


def test_a_new_scale_can_use_condition_bands(tmp_path: Path) -> None:
    definition = _three_item_scale()
    definition["scoring"]["bands"] = [
        {
            "code": "urgent",
            "label": "紧急",
            "label_en": "Urgent",
            "when": {
                "all_of": [{"items_at_least": {"items": ["low_mood"], "value": 2, "count": 1}}, {"total_above": 3}]
            },
        },
        {"code": "routine", "label": "常规", "label_en": "Routine"},
    ]
    mood = load_instrument(_write(tmp_path, definition))
    assert score(mood, {"low_mood": 2, "sleep": 2, "worry": 0}).band_code == "urgent"
    assert score(mood, {"low_mood": 2, "sleep": 1, "worry": 0}).band_code == "routine"  # total 3 is not above 3
    assert score(mood, {"low_mood": 1, "sleep": 2, "worry": 2}).band_code == "routine"


# --- malformed definitions -------------------------------------------------------------------------------------


def _without_name_en(d: dict[str, Any]) -> None:
    del d["name_en"]


def _with_unknown_key(d: dict[str, Any]) -> None:
    d["items"][1]["hint"] = "?"


def _with_unknown_kind(d: dict[str, Any]) -> None:
    d["scoring"]["kind"] = "average"


def _with_band_gap(d: dict[str, Any]) -> None:
    d["scoring"]["bands"][1]["min"] = 4


def _with_band_overlap(d: dict[str, Any]) -> None:
    d["scoring"]["bands"][1]["min"] = 2


def _with_short_bands(d: dict[str, Any]) -> None:
    d["scoring"]["bands"][1]["max"] = 5


def _with_wrong_range(d: dict[str, Any]) -> None:
    d["scoring"]["range"]["max"] = 9


def _with_excluded_value_no_item_offers(d: dict[str, Any]) -> None:
    d["scoring"]["excluded_values"] = [7]


def _with_duplicate_item(d: dict[str, Any]) -> None:
    d["items"][2]["key"] = "sleep"


def _with_duplicate_option(d: dict[str, Any]) -> None:
    d["items"][0]["options"][1]["value"] = 0


def _with_text_version(d: dict[str, Any]) -> None:
    d["version"] = "1"


def _with_empty_label(d: dict[str, Any]) -> None:
    d["items"][0]["options"][0]["label"] = " "


def _with_unknown_condition(d: dict[str, Any]) -> None:
    d["scoring"]["bands"] = [
        {"code": "high", "label": "高", "label_en": "High", "when": {"item_above": 1}},
        {"code": "low", "label": "低", "label_en": "Low"},
    ]


def _with_condition_on_unknown_item(d: dict[str, Any]) -> None:
    d["scoring"]["bands"] = [
        {
            "code": "high",
            "label": "高",
            "label_en": "High",
            "when": {"items_at_least": {"items": ["appetite"], "value": 1, "count": 1}},
        },
        {"code": "low", "label": "低", "label_en": "Low"},
    ]


def _with_count_above_items(d: dict[str, Any]) -> None:
    d["scoring"]["bands"] = [
        {"code": "high", "label": "高", "label_en": "High", "when": {"items_at_least": {"value": 1, "count": 4}}},
        {"code": "low", "label": "低", "label_en": "Low"},
    ]


def _without_fallback_band(d: dict[str, Any]) -> None:
    d["scoring"]["bands"] = [{"code": "high", "label": "高", "label_en": "High", "when": {"total_above": 2}}]


def _with_allowed_ranges_on_a_sum(d: dict[str, Any]) -> None:
    d["scoring"]["allowed_ranges"] = []


def _with_total_in_allowed_ranges(d: dict[str, Any]) -> None:
    d["scoring"] = {
        "kind": "single_rating",
        "range": {"min": 1, "max": 10},
        "allowed_ranges": [
            {"min": 1, "max": 5, "label": "低", "label_en": "Low", "when": {"total_above": 3}},
            {"min": 6, "max": 10, "label": "高", "label_en": "High"},
        ],
    }


def _with_allowed_range_gap(d: dict[str, Any]) -> None:
    d["scoring"] = {
        "kind": "single_rating",
        "range": {"min": 1, "max": 10},
        "allowed_ranges": [
            {
                "min": 1,
                "max": 4,
                "label": "低",
                "label_en": "Low",
                "when": {"items_at_least": {"value": 2, "count": 1}},
            },
            {"min": 6, "max": 10, "label": "高", "label_en": "High"},
        ],
    }


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        (_without_name_en, r"\(top level\): missing key 'name_en'"),
        (_with_unknown_key, r"items\[1\]: unknown key 'hint'"),
        (_with_unknown_kind, r"scoring\.kind: unknown rule kind 'average'"),
        (_with_band_gap, r"scoring\.bands\[1\]\.min: is 4, expected 3: a gap"),
        (_with_band_overlap, r"scoring\.bands\[1\]\.min: is 2, expected 3: an overlap"),
        (_with_short_bands, r"scoring\.bands: ends at 5 but the range ends at 6"),
        (_with_wrong_range, r"scoring\.range: is 0–9 but the items add up to 0–6"),
        (_with_excluded_value_no_item_offers, r"scoring\.excluded_values: 7 is not an option"),
        (_with_duplicate_item, r"items\[2\]\.key: duplicate item key 'sleep'"),
        (_with_duplicate_option, r"items\[0\]\.options\[1\]\.value: duplicate option value 0"),
        (_with_text_version, r"version: expected a whole number"),
        (_with_empty_label, r"items\[0\]\.options\[0\]\.label: expected non-empty text"),
        (_with_unknown_condition, r"scoring\.bands\[0\]\.when: unknown condition 'item_above'"),
        (
            _with_condition_on_unknown_item,
            r"scoring\.bands\[0\]\.when\.items_at_least\.items\[0\]: no item has the key 'appetite'",
        ),
        (_with_count_above_items, r"scoring\.bands\[0\]\.when\.items_at_least\.count: 4 is more than the 3 items"),
        (_without_fallback_band, r"scoring\.bands\[0\]\.when: the last entry is the fallback"),
        (_with_allowed_ranges_on_a_sum, r"scoring: unknown key 'allowed_ranges'"),
        (_with_total_in_allowed_ranges, r"scoring\.allowed_ranges\[0\]\.when\.total_above: allowed ranges are chosen"),
        (_with_allowed_range_gap, r"scoring\.allowed_ranges\[1\]\.min: is 6, expected 5: a gap"),
    ],
)
def test_a_malformed_definition_names_the_file_and_the_key(
    tmp_path: Path, break_it: Callable[[dict[str, Any]], None], message: str
) -> None:
    definition = copy.deepcopy(_three_item_scale())
    break_it(definition)
    with pytest.raises(ValueError, match=rf"^instrument definition mood3\.json: {message}"):
        load_instrument(_write(tmp_path, definition))


def test_the_file_name_must_be_the_code(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"mood\.json: code: 'mood3' does not match the file name"):
        load_instrument(_write(tmp_path, _three_item_scale(), name="mood"))


def test_broken_json_and_repeated_keys_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "mood3.json"
    path.write_text('{"code": "mood3",', encoding="utf-8")
    with pytest.raises(ValueError, match=r"mood3\.json: \(file\): not valid JSON"):
        load_instrument(path)
    path.write_text('{"code": "mood3", "code": "mood4"}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"mood3\.json: \(file\): not valid JSON: duplicate key 'code'"):
        load_instrument(path)


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not exist"):
        load_instruments(tmp_path / "instruments")
