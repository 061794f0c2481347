"""The case file printout read back: both copies' titles and footers, ID numbers in full or masked, every section,
the services of a year month by month, fonts embedded and pages numbered."""

from __future__ import annotations

import io
import time
from dataclasses import replace
from datetime import date
from datetime import time as dt_time
from pathlib import Path

import pypdf
import pytest

from rehabdesk.documents.case_file import CLIENT_COPY_NOTICE, CONFIDENTIAL, RIGHTS, render_case_file
from rehabdesk.documents.case_file_data import CaseFileCopy, FollowUpLine, StatusStep
from rehabdesk.domain.lifecycle import ClosingOutcome
from rehabdesk.domain.people import ClientStatus
from rehabdesk.domain.service_kinds import ServiceForm
from tests.documents.case_file_samples import CASE_FILE, CLIENT, FULL_DAYS, GUARDIAN_ID, ID_NUMBER, services
from tests.documents.pdf_reading import (
    assert_fonts_embedded,
    assert_no_line_starts_with_closing_punctuation,
    assert_pages_numbered,
    assert_poppler_embeds_every_font,
    page_texts,
    poppler,
    squash,
)


@pytest.fixture(scope="module")
def station_copy() -> bytes:
    return render_case_file(CASE_FILE)


@pytest.fixture(scope="module")
def client_copy() -> bytes:
    return render_case_file(replace(CASE_FILE, copy=CaseFileCopy.CLIENT))


def _text(data: bytes) -> str:
    return squash("".join(page_texts(data)))


def test_fonts_pages_and_line_breaks(station_copy: bytes, client_copy: bytes, tmp_path: Path) -> None:
    for data in (station_copy, client_copy):
        assert_fonts_embedded(data)
        assert_poppler_embeds_every_font(data, tmp_path)
        assert_pages_numbered(data)
        assert_no_line_starts_with_closing_punctuation(data)
    assert len(page_texts(station_copy)) > 1


def test_each_copy_says_what_it_is_on_every_page(station_copy: bytes, client_copy: bytes) -> None:
    for data, title, footer in (
        (station_copy, "康复对象个案档案（站存档案）", "站存档案·按档案管理规定保管，不得外借"),
        (client_copy, "康复对象个案档案（本人查阅副本）", "本人查阅副本（个人信息保护法第四十五条）"),
    ):
        pages = [squash(text) for text in page_texts(data)]
        assert all(title in page and footer in page and "编号：HD0107-2026-0042" in page for page in pages)
        assert "2026年11月23日打印" in pages[0]
        assert "档案期间：2025年11月24日至2026年11月23日" in pages[0]
    station, client = _text(station_copy), _text(client_copy)
    assert squash(CONFIDENTIAL) in station and squash(CLIENT_COPY_NOTICE) not in station
    assert squash(CLIENT_COPY_NOTICE) in client and squash(RIGHTS) in client
    assert "北京市海淀区学院路甲5号院2号楼1层" in client  # where to go to exercise the rights
    assert "整理人" in station and "整理人" not in client


def test_id_numbers_in_full_on_the_station_copy_masked_on_the_clients(station_copy: bytes, client_copy: bytes) -> None:
    station, client = _text(station_copy), _text(client_copy)
    assert ID_NUMBER in station and GUARDIAN_ID in station
    assert ID_NUMBER not in client and GUARDIAN_ID not in client
    assert "110***********301X" in client and "110***********3025" in client


def test_the_name_stays_off_metadata_and_page_headers(station_copy: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(station_copy))
    assert CLIENT.name not in str(reader.metadata)
    assert reader.metadata.title == "康复对象个案档案（站存档案）"
    pages = page_texts(station_copy)
    assert CLIENT.name in pages[0] and not any(CLIENT.name in page for page in pages[1:])


def test_the_record(station_copy: bytes) -> None:
    text = _text(station_copy)
    for expected in (
        "个案编号HD0107-2026-0042当前状态在册服务（自2026年7月1日起）",
        "姓名张晓明性别男",
        "出生日期1985年3月14日（41岁）民族汉族",
        "证件类型居民身份证",
        "申请渠道医疗机构转介低保/特困低保",
        "诊断精神分裂症确诊医院北京大学第六医院",
        "病情状况基本稳定危险性评估1级（口头威胁、喊叫）",
        "服药情况规律精神残疾证二级",
        "张建国父母是",
        "学院路社区居委会村（居）委会否",
    ):
        assert expected in text, expected


def test_history_assessments_and_plans(station_copy: bytes) -> None:
    text = _text(station_copy)
    assert "2026年1月5日1申请（新周期）" in text
    assert "2026年6月2日1在册服务→暂停病情波动住院医院通知" in text
    assert "2026年6月1日3级（明显打砸，不能劝止）不稳定家访发现" in text
    assert "2026年7月10日阶段评估个人和社会功能量表（PSP）62中度陈志远" in text
    assert "第1版（第1个服务周期）；执行中；计划期：2026年1月20日至2026年12月31日" in text
    assert "短期每周参加三次日间训练衡量：出勤率不低于80%生活技能训练、社交技能训练日间训练/照料每周三次刘芳" in text


def test_services_are_counted_and_listed_month_by_month(station_copy: bytes) -> None:
    text = _text(station_copy)
    lines = CASE_FILE.services
    came = [line for line in lines if line.attended]
    assert f"档案期间内参加服务{len(came)}次" in text
    assert f"另有{len(lines) - len(came)}次登记参加但未到" in text
    december = [line for line in came if line.service_date.month == 12]
    assert f"2025年12月：参加{len(december)}次" in text
    assert "12月1日09:00–10:30日间训练/照料生活技能训练、社交技能训练刘芳、陈志远出勤；情绪平稳，主动参与" in text
    assert text.count("未到") == len(lines) - len(came) + 1  # each missed one, and the summary


def test_service_time_is_exact_and_the_months_add_up_to_the_total() -> None:
    # Three 40-minute sessions in December and one in January: 2 h 40 min in all. Decimal hours truncated each
    # 40 minutes to 0.66, so the months (1.33 + 0.66) did not make the total (2.66).
    lines = services(4, sessions=((dt_time(9, 0), dt_time(9, 40)),), start=date(2025, 12, 29))
    lines = tuple(replace(line, attended=True, form=ServiceForm.DAY_TRAINING) for line in lines)
    text = _text(render_case_file(replace(CASE_FILE, services=lines)))
    assert "0.66" not in text and "0.67" not in text
    assert "档案期间内参加服务4次，合计2小时40分钟" in text
    assert "2025年12月：参加3次，2小时" in text
    assert "2026年1月：参加1次，40分钟" in text
    assert "日间训练/照料42小时40分钟" in text  # the tally by form: 4 services, 2 h 40 min


def test_staff_names_are_never_broken_in_the_service_list() -> None:
    names = ("钟岩彬", "欧阳文静", "陈志远")
    lines = tuple(replace(line, staff=names) for line in services(3))
    pages = page_texts(render_case_file(replace(CASE_FILE, services=lines)))
    text_lines = [line.strip() for page in pages for line in page.splitlines()]
    for name in names:
        # Each name whole on a line of its own cell, in every row listing it.
        assert sum(name in line for line in text_lines) >= len(lines), name
    # No tail of a name at the start of a line ("彬" after "钟岩").
    assert not any(line.startswith(("彬", "岩彬", "阳文静", "文静", "静", "志远", "远")) for line in text_lines)


def test_a_closing_bracket_and_a_comma_never_leave_the_comma_at_a_line_start() -> None:
    # The demo station's name ends in "（演示）": the "）" hung in the margin and "，地址：…" began the next line.
    for extra in range(12):
        station = replace(
            CASE_FILE.station,
            name="阳光家园精神障碍社区康复服务站" + "甲" * extra + "（演示）",
            address="北京市朝阳区示例街道 1 号",
        )
        data = render_case_file(replace(CASE_FILE, station=station, copy=CaseFileCopy.CLIENT, services=()))
        assert_no_line_starts_with_closing_punctuation(data)
        assert "演示），地址：北京市朝阳区示例街道1号" in _text(data)


def test_referrals_consents_and_agreements(station_copy: bytes) -> None:
    text = _text(station_copy)
    assert "2026年6月2日转出医院绿色通道北京大学第六医院" in text
    assert "拍照、录音和录像单独同意2026年1月12日本人已于2026年5月3日撤回" in text
    assert "HD0107-XY-2026-0042" in text and "有效" in text
    assert "档案期间内没有回访安排。" in text


def test_empty_period_and_a_closed_case_with_follow_ups() -> None:
    closing = StatusStep(
        1, date(2026, 9, 1), ClientStatus.ACTIVE, ClientStatus.CLOSED, "", "结案评估", ClosingOutcome.COMMUNITY_LIVING
    )
    data = replace(
        CASE_FILE,
        status=ClientStatus.FOLLOW_UP,
        steps=(*CASE_FILE.steps, closing),
        assessments=(),
        plans=(),
        services=(),
        referrals=(),
        follow_ups=(FollowUpLine(date(2026, 10, 1), date(2026, 10, 3), "电话回访，情况稳定"),),
    )
    text = _text(render_case_file(data))
    assert "在册服务→结案（返回社区居住）" in text
    assert "2026年10月1日2026年10月3日电话回访，情况稳定" in text
    for empty in ("评估记录", "康复计划", "服务记录", "转介"):
        assert f"档案期间内没有{empty}。" in text


def test_a_year_of_day_programme_renders_in_seconds(tmp_path: Path) -> None:
    year = services(2000, FULL_DAYS)
    assert year[-1].service_date <= CASE_FILE.period_to
    start = time.process_time()
    data = render_case_file(replace(CASE_FILE, services=year))
    elapsed = time.process_time() - start
    # About 1 s of CPU on the development machine; the bound leaves room for a slow station PC. CPU time, so that a
    # parallel test run on a busy machine does not count the time other processes took.
    assert elapsed < 10, elapsed
    text = squash(poppler("pdftotext", data, tmp_path))
    assert text.count(":45") == 2000  # every session ends at a quarter to the hour
    last = year[-1].service_date
    assert f"{last.year}年{last.month}月：" in text
