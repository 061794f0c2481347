"""The drill record: facts, evaluation and problems as flowing text, corrective actions, signatures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from rehabdesk.documents.drill_record import (
    NO_ACTIONS,
    NO_PROBLEMS,
    NOT_RECORDED,
    duration_text,
    render_drill_record,
)
from rehabdesk.documents.training_labels import ACTION_STATUS_LABELS, DRILL_SCENARIO_LABELS
from rehabdesk.domain.safety import ActionStatus, DrillScenario
from tests.documents.pdf_reading import (
    assert_fonts_embedded,
    assert_no_line_starts_with_closing_punctuation,
    assert_pages_numbered,
    assert_poppler_embeds_every_font,
    page_texts,
    poppler,
    squash,
)
from tests.documents.samples import STATION
from tests.documents.training_samples import ACTIONS, DRILL

LAST_SENTENCE = "最后一句：本次演练总体达到预期目的，下次演练安排在夜间时段。"
LONG_EVALUATION = "\n".join(
    [
        *(
            f"第{index}段评估：疏散引导员按预案分区引导，楼梯口设专人维持秩序，服务对象情绪总体平稳，"
            "个别人员需要反复提醒才跟随队伍移动，今后需在日常活动中加强演示。"
            for index in range(1, 41)
        ),
        LAST_SENTENCE,
    ]
)


@pytest.fixture(scope="module")
def drill() -> bytes:
    return render_drill_record(DRILL)


def _text(data: bytes) -> str:
    return squash("".join(page_texts(data)))


def test_facts(drill: bytes) -> None:
    text = _text(drill)
    assert "编号：HD0107-YL-2026-0003" in text
    assert squash(STATION.name) in text
    assert "演练日期2026年11月5日时长1小时30分钟" in text
    assert "演练科目/场景火灾涉及服务对象人数12人" in text
    assert "依据预案学院路街道精神康复站火灾事故应急预案（版本：2026.1）" in text
    assert "参加人员王建国、刘芳、陈志远、李雅婷（共4人）" in text


def test_no_plan_and_no_staff_are_said() -> None:
    text = _text(render_drill_record(replace(DRILL, plan_title="", plan_version="", staff_present=())))
    assert "依据预案无" in text
    assert f"参加人员{NOT_RECORDED}" in text


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [(90, "1 小时 30 分钟"), (45, "45 分钟"), (120, "2 小时"), (61, "1 小时 1 分钟")],
)
def test_duration_text(minutes: int, expected: str) -> None:
    assert duration_text(minutes) == expected


def test_evaluation_problems_and_actions(drill: bytes) -> None:
    text = _text(drill)
    assert "演练评估演练按预案进行，报警、初期灭火、疏散引导和清点人数各环节衔接顺畅。" in text
    assert "全部12名服务对象在4分30秒内疏散到集合点，无人员受伤。发现的问题" in text
    assert "发现的问题二楼东侧安全出口有杂物堆放，影响通行。个别服务对象对集合点位置不熟悉。整改措施" in text
    assert "序号整改措施负责人完成期限状态完成日期/说明" in text
    assert "1二楼东侧安全出口堆放杂物，立即清理并每周检查一次王建国2026年11月10日已完成" in text
    assert "已完成2026年11月6日已清理，纳入每周安全检查表" in text
    assert "2部分服务对象不熟悉集合点，在日间活动中增加一次疏散路线讲解刘芳2026年12月15日未完成" in text
    assert NO_ACTIONS not in text


def test_nothing_found_and_nothing_to_do() -> None:
    text = _text(render_drill_record(replace(DRILL, evaluation="  \n", problems="", actions=())))
    assert f"演练评估{NOT_RECORDED}" in text
    assert f"发现的问题{NO_PROBLEMS}" in text
    assert f"整改措施{NO_ACTIONS}" in text
    assert "完成期限" not in text


def test_closed_action_without_note_shows_its_date() -> None:
    action = replace(ACTIONS[1], status=ActionStatus.DONE, closed_on=date(2026, 12, 1))
    text = _text(render_drill_record(replace(DRILL, actions=(action,))))
    assert "刘芳2026年12月15日已完成2026年12月1日" in text


def test_long_evaluation_flows_to_the_next_page_whole() -> None:
    data = render_drill_record(replace(DRILL, evaluation=LONG_EVALUATION))
    texts = [squash(page) for page in page_texts(data)]
    assert len(texts) >= 2
    assert_pages_numbered(data)
    # It starts under its heading on page 1 and goes on, not pushed whole to the next page.
    assert "演练评估第1段评估" in texts[0]
    assert squash(LAST_SENTENCE) not in texts[0]
    text = "".join(texts)
    assert all(f"第{index}段评估" in text for index in range(1, 41))
    assert squash(LAST_SENTENCE) in text
    assert text.index(squash(LAST_SENTENCE)) < text.index("发现的问题") < text.rindex("站点负责人：")


def test_every_code_has_a_printed_term() -> None:
    assert set(DRILL_SCENARIO_LABELS) == set(DrillScenario)
    assert set(ACTION_STATUS_LABELS) == set(ActionStatus)
    text = _text(render_drill_record(replace(DRILL, scenario=DrillScenario.ARMED_VIOLENCE)))
    assert "演练科目/场景冲动伤人（持械）" in text


def test_signatures_and_fonts(drill: bytes, tmp_path: Path) -> None:
    last = squash(page_texts(drill)[-1])
    assert "记录人：日期：站点负责人：日期：" in last
    assert_fonts_embedded(drill)
    assert_poppler_embeds_every_font(drill, tmp_path)
    assert_no_line_starts_with_closing_punctuation(drill)
    assert "1小时30分钟" in squash(poppler("pdftotext", drill, tmp_path))
