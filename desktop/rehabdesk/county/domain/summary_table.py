"""The county's 推进情况汇总表 (DOMAIN.md §8, the Shanxi form of 晋民发〔2023〕44号): one row per county division of
the registry for a quarter, half-year or year, computed from plain data — the registry's stations, the merged
records as the bundles carry them, and the figures county staff type in. Pure Python: no storage, no documents.

Where each column comes from:

- 前期摸底情况: the five patient figures are typed in by county staff (ManualFigures). 现有城市/乡村康复站点个数
  count the registry's stations registered before the period began, by their urban or rural area (the
  registration request's ``area``, which the county may correct); a figure typed in replaces the count (a county
  may have stations that do not use RehabDesk).
- 服务推进情况: 登记参加社区康复人数, 登记康复对象接受规范服务人数 and the two 参与 columns add up the stations'
  indicator snapshots of exactly this period (``indicator_snapshot`` records: they cover every client, those
  without the 向他人提供 consent too). A person registered at two stations of a division in the period (same
  pseudonym in both stations' status changes) is counted once in 登记 — and in the totals row once across the
  divisions, so the totals row may be less than the sum of the rows. Only consenting clients carry a pseudonym:
  the same person without the consent at two stations cannot be recognised and counts twice. 规范服务 is decided
  by each station for its own part of a person's path; a person counted at two stations counts once there as well
  when both stations' snapshots held them as registered, which the county cannot see per person: the 规范服务
  figure is the stations' sum, capped at the deduplicated 登记 figure. 参与人员 are summed (staff pseudonyms are
  per station). 新增城市/乡村康复站点个数 count the stations registered in the period. 制定工作方案 and 加强组织领导
  are typed in.
- 保障情况: typed in (购买服务: funds in 万元, people, service times; 资金投入: amount in 万元 and its sources).

A station registered by the period's end that sent no snapshot of it has not reported: it is named under the table,
never counted as zero. A station whose snapshot was taken before the period ended is counted and named as
reporting figures up to that day."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from rehabdesk.domain import divisions
from rehabdesk.domain.indicators import Period, rate_percent, registered_spans, status_spans

URBAN, RURAL = "urban", "rural"
SNAPSHOT, STATUS_CHANGE = "indicator_snapshot", "status_change"
# The record types the table reads: a store may hand over only these.
NEEDED_TYPES = frozenset({SNAPSHOT, STATUS_CHANGE})

TITLE = "社区康复服务工作推进情况汇总表"
FIRST_COLUMNS = ("序号", "县（市、区）")
SURVEY_COLUMNS = (
    "辖区内严重精神障碍患者人数",
    "其中：居家病情稳定患者人数",
    "其中：在医疗机构治疗人数",
    "有意参加社会康复人数",
    "无意参加社区康复人数",
    "现有城市康复站点个数",
    "现有乡村康复站点个数",
)
PROGRESS_COLUMNS = (
    "登记参加社区康复人数",
    "登记康复对象接受规范服务人数",
    "新增城市康复站点个数",
    "新增乡村康复站点个数",
    "制定工作方案",
    "加强组织领导",
    "参与精神科医务人员及次数",
    "参与社会工作人数及次数",
)
SUPPORT_COLUMNS = ("购买服务情况（资金、人数和服务人次）", "资金投入情况（本级或财政捐赠或公益金等）")
COLUMNS = (*FIRST_COLUMNS, *SURVEY_COLUMNS, *PROGRESS_COLUMNS, *SUPPORT_COLUMNS)
# (title, first column, last column), 0-based over COLUMNS.
GROUPS = (
    ("前期摸底情况", 2, 1 + len(SURVEY_COLUMNS)),
    ("服务推进情况", 2 + len(SURVEY_COLUMNS), 1 + len(SURVEY_COLUMNS) + len(PROGRESS_COLUMNS)),
    ("保障情况", 2 + len(SURVEY_COLUMNS) + len(PROGRESS_COLUMNS), len(COLUMNS) - 1),
)
TOTAL_LABEL = "合计"


@dataclass(frozen=True)
class StationEntry:
    """A station of the registry."""

    code: str
    name: str
    division: str  # the county division code (GB/T 2260, six digits) it belongs to
    area: str | None  # URBAN | RURAL | None (not known: counted in neither, named under the table)
    registered_on: date  # the day the county registered it


@dataclass(frozen=True)
class ManualFigures:
    """What county staff type in for one division and period (None: not filled in, printed empty)."""

    patients: int | None = None  # 辖区内严重精神障碍患者人数
    stable_at_home: int | None = None  # 其中：居家病情稳定患者人数
    in_treatment: int | None = None  # 其中：在医疗机构治疗人数
    willing: int | None = None  # 有意参加社会康复人数
    unwilling: int | None = None  # 无意参加社区康复人数
    existing_urban: int | None = None  # replaces the registry's count when given
    existing_rural: int | None = None
    work_plan: str = ""  # 制定工作方案, e.g. "已制定（X民发〔2026〕5号）"
    leadership: str = ""  # 加强组织领导, e.g. "成立领导小组"
    purchase_funds: Decimal | None = None  # 购买服务: 资金, 万元
    purchase_people: int | None = None  # 购买服务: 人数
    purchase_times: int | None = None  # 购买服务: 服务人次
    funding_amount: Decimal | None = None  # 资金投入, 万元
    funding_sources: str = ""  # 资金投入: 本级财政, 捐赠, 公益金 …


@dataclass(frozen=True)
class Taking:
    people: int
    times: int


@dataclass(frozen=True)
class SummaryRow:
    number: int | None  # 序号; None for the totals row
    division: str  # the division code; "" for the totals row
    name: str  # the division's name, or 合计
    manual: ManualFigures
    existing_urban: int
    existing_rural: int
    registered: int
    standardised: int
    new_urban: int
    new_rural: int
    psychiatric: Taking
    social_work: Taking
    stations: int  # in the registry by the period's end
    reporting: int  # of them, with a snapshot of the period
    counted_twice: int  # people registered at two or more stations, counted once in ``registered``

    @property
    def rate(self) -> float:
        """规范服务率, per cent (one decimal)."""
        return rate_percent(self.standardised, self.registered)


@dataclass(frozen=True)
class LateStation:
    station: StationEntry
    counted_to: date  # the last day its snapshot counted


@dataclass(frozen=True)
class StationLine:
    """One station's own figures of the period (the workbook's second sheet); None where it did not report."""

    station: StationEntry
    counted_to: date | None
    registered: int | None
    standardised: int | None
    rate: float | None
    psychiatric: Taking | None
    social_work: Taking | None


@dataclass(frozen=True)
class SummaryTable:
    period: Period
    county_name: str
    rows: tuple[SummaryRow, ...]
    total: SummaryRow
    not_reported: tuple[StationEntry, ...]  # registered by the period's end, no snapshot of the period
    partial: tuple[LateStation, ...]  # reported, but figures only up to a day before the period's end
    unclassified: tuple[StationEntry, ...]  # neither urban nor rural in the registry: in no station column
    manual_missing: tuple[str, ...] = field(default=())  # division codes whose typed figures were not filled in
    stations: tuple[StationLine, ...] = field(default=())  # every station in the registry by the period's end


def _snapshots(records: Iterable[tuple[str, Mapping[str, Any]]], period: Period) -> dict[str, Mapping[str, Any]]:
    """station code → its snapshot of ``period`` (the highest version when several were kept)."""
    found: dict[str, Mapping[str, Any]] = {}
    for station, record in records:
        if record.get("type") != SNAPSHOT or record.get("period") != period.label or record.get("op") == "delete":
            continue
        held = found.get(station)
        if held is None or record.get("version", 0) > held.get("version", 0):
            found[station] = record
    return found


def _registered_people(
    changes: Iterable[tuple[str, Mapping[str, Any]]], period: Period, stations: set[str]
) -> dict[str, set[str]]:
    """pseudonym → the stations (of ``stations``) where the person was registered on a day of ``period``, from the
    merged status changes (the rule of domain/indicators.py)."""
    changes = [(station, record) for station, record in changes if station in stations]
    seen: dict[Any, set[str]] = defaultdict(set)
    for station, record in changes:
        seen[record.get("pseudonym")].add(station)
    # Only people seen at two stations can be counted twice: the rest need no spans.
    shared = {pseudonym for pseudonym, places in seen.items() if len(places) > 1}
    by_person: dict[str, dict[str, list[tuple[str, str, str]]]] = defaultdict(lambda: defaultdict(list))
    for station, record in changes:
        if record.get("pseudonym") in shared and record.get("op") != "delete":
            by_person[str(record.get("pseudonym"))][station].append(
                (str(record.get("changed_on")), str(record.get("to_status")), str(record.get("episode_id")))
            )
    found: dict[str, set[str]] = {}
    for pseudonym, places in by_person.items():
        registered = set()
        for station, rows in places.items():
            try:
                ordered = sorted((date.fromisoformat(on), status, episode) for on, status, episode in rows)
            except ValueError:
                continue  # a record the county's import would have quarantined
            spans = status_spans([(status, on, episode, on) for on, status, episode in ordered], period.end)
            if registered_spans(spans, period):
                registered.add(station)
        found[pseudonym] = registered
    return found


def _taking(snapshots: Sequence[Mapping[str, Any]], name: str) -> Taking:
    return Taking(
        sum(int(s.get(name, {}).get("people", 0)) for s in snapshots),
        sum(int(s.get(name, {}).get("records", 0)) for s in snapshots),
    )


def _row(
    number: int | None,
    division: str,
    name: str,
    stations: Sequence[StationEntry],
    snapshots: Mapping[str, Mapping[str, Any]],
    people: Mapping[str, set[str]],
    manual: ManualFigures,
    period: Period,
) -> SummaryRow:
    codes = {s.code for s in stations}
    reported = [snapshots[code] for code in sorted(codes) if code in snapshots]
    twice = sum(len(places & codes) - 1 for places in people.values() if len(places & codes) > 1)
    registered = max(0, sum(int(s.get("registered", 0)) for s in reported) - twice)
    standardised = min(registered, sum(int(s.get("standardised", 0)) for s in reported))

    def count(area: str, new: bool) -> int:
        return sum(
            1
            for s in stations
            if s.area == area
            and (period.start <= s.registered_on <= period.end if new else s.registered_on < period.start)
        )

    return SummaryRow(
        number=number,
        division=division,
        name=name,
        manual=manual,
        existing_urban=manual.existing_urban if manual.existing_urban is not None else count(URBAN, False),
        existing_rural=manual.existing_rural if manual.existing_rural is not None else count(RURAL, False),
        registered=registered,
        standardised=standardised,
        new_urban=count(URBAN, True),
        new_rural=count(RURAL, True),
        psychiatric=_taking(reported, "psychiatric_medical"),
        social_work=_taking(reported, "social_work"),
        stations=len(stations),
        reporting=len(reported),
        counted_twice=twice,
    )


def _sum(values: Iterable[int | None]) -> int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def _sum_money(values: Iterable[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def _total_manual(figures: Sequence[ManualFigures], rows: Sequence[SummaryRow]) -> ManualFigures:
    return ManualFigures(
        patients=_sum(f.patients for f in figures),
        stable_at_home=_sum(f.stable_at_home for f in figures),
        in_treatment=_sum(f.in_treatment for f in figures),
        willing=_sum(f.willing for f in figures),
        unwilling=_sum(f.unwilling for f in figures),
        existing_urban=sum(r.existing_urban for r in rows),
        existing_rural=sum(r.existing_rural for r in rows),
        purchase_funds=_sum_money(f.purchase_funds for f in figures),
        purchase_people=_sum(f.purchase_people for f in figures),
        purchase_times=_sum(f.purchase_times for f in figures),
        funding_amount=_sum_money(f.funding_amount for f in figures),
    )


def summary_table(
    period: Period,
    stations: Sequence[StationEntry],
    records: Iterable[tuple[str, Mapping[str, Any]]],
    manual: Mapping[tuple[str, str], ManualFigures],
    *,
    division_names: Mapping[str, str] | None = None,
    county_name: str = "",
) -> SummaryTable:
    """The table of ``period`` (a quarter, a half-year or a year: Period.parse("2026Q3"), "2026H1", "2026").

    ``records``: (station code, record) pairs, each record a dict exactly as the bundle carries it (only the types
    in NEEDED_TYPES are read; a store may hand over only the status changes of pseudonyms held at two or more
    stations, ``GROUP BY pseudonym HAVING COUNT(DISTINCT station) > 1``, with the same result).
    ``manual``: (division code, period label) → the typed figures. One row per division that has a station
    registered by the period's end, in division-code order."""
    names = division_names if division_names is not None else {}
    in_registry = [s for s in stations if s.registered_on <= period.end]
    snapshot_rows: list[tuple[str, Mapping[str, Any]]] = []
    change_rows: list[tuple[str, Mapping[str, Any]]] = []
    for station, record in records:
        kind = record.get("type")
        if kind == SNAPSHOT:
            snapshot_rows.append((station, record))
        elif kind == STATUS_CHANGE:
            change_rows.append((station, record))
    codes = {s.code for s in in_registry}
    snapshots = {code: s for code, s in _snapshots(snapshot_rows, period).items() if code in codes}
    people = _registered_people(change_rows, period, set(snapshots))
    by_division: dict[str, list[StationEntry]] = defaultdict(list)
    for station in in_registry:
        by_division[station.division].append(station)
    rows = []
    for number, division in enumerate(sorted(by_division), start=1):
        figures = manual.get((division, period.label), ManualFigures())
        rows.append(
            _row(
                number,
                division,
                names.get(division) or divisions.county_name(division) or division,
                by_division[division],
                snapshots,
                people,
                figures,
                period,
            )
        )
    all_figures = [manual.get((division, period.label), ManualFigures()) for division in sorted(by_division)]
    total = _row(None, "", TOTAL_LABEL, in_registry, snapshots, people, ManualFigures(), period)
    total = _with_manual(total, _total_manual(all_figures, rows))
    late, lines = [], []
    for station in sorted(in_registry, key=lambda s: (s.division, s.code)):
        snapshot = snapshots.get(station.code)
        if snapshot is None:
            lines.append(StationLine(station, None, None, None, None, None, None))
            continue
        counted_to = date.fromisoformat(str(snapshot.get("counted_to", period.end.isoformat())))
        if counted_to < period.end:
            late.append(LateStation(station, counted_to))
        lines.append(
            StationLine(
                station,
                counted_to,
                int(snapshot.get("registered", 0)),
                int(snapshot.get("standardised", 0)),
                float(snapshot.get("rate", 0.0)),
                _taking([snapshot], "psychiatric_medical"),
                _taking([snapshot], "social_work"),
            )
        )
    return SummaryTable(
        period=period,
        county_name=county_name,
        rows=tuple(rows),
        total=total,
        not_reported=tuple(
            s for s in sorted(in_registry, key=lambda s: (s.division, s.code)) if s.code not in snapshots
        ),
        partial=tuple(late),
        unclassified=tuple(s for s in in_registry if s.area not in (URBAN, RURAL)),
        manual_missing=tuple(division for division in sorted(by_division) if (division, period.label) not in manual),
        stations=tuple(lines),
    )


def _with_manual(row: SummaryRow, figures: ManualFigures) -> SummaryRow:
    return replace(row, manual=figures, existing_urban=figures.existing_urban, existing_rural=figures.existing_rural)


def _money(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}万元"


def purchase_text(figures: ManualFigures) -> str:
    """购买服务情况 as one cell: "12.50万元；30人；1200人次" (parts not filled in left out)."""
    parts = []
    if figures.purchase_funds is not None:
        parts.append(_money(figures.purchase_funds))
    if figures.purchase_people is not None:
        parts.append(f"{figures.purchase_people}人")
    if figures.purchase_times is not None:
        parts.append(f"{figures.purchase_times}人次")
    return "；".join(parts)


def funding_text(figures: ManualFigures) -> str:
    """资金投入情况 as one cell: "20.00万元（本级财政）"."""
    amount = _money(figures.funding_amount) if figures.funding_amount is not None else ""
    if figures.funding_sources:
        return f"{amount}（{figures.funding_sources}）" if amount else figures.funding_sources
    return amount


def taking_text(taking: Taking) -> str:
    return f"{taking.people}人/{taking.times}次"


def row_cells(row: SummaryRow) -> list[object]:
    """The row's cells in COLUMNS order, as the form shows them: numbers as numbers, typed text as typed, the
    combined columns as text, what was not filled in as None."""
    m = row.manual
    # A division none of whose stations reported shows empty station figures: not reported is not zero.
    reported = row.reporting > 0
    return [
        row.number if row.number is not None else "",
        row.name,
        m.patients,
        m.stable_at_home,
        m.in_treatment,
        m.willing,
        m.unwilling,
        row.existing_urban,
        row.existing_rural,
        row.registered if reported else None,
        row.standardised if reported else None,
        row.new_urban,
        row.new_rural,
        m.work_plan or None,
        m.leadership or None,
        taking_text(row.psychiatric) if reported else None,
        taking_text(row.social_work) if reported else None,
        purchase_text(m) or None,
        funding_text(m) or None,
    ]


STATION_COLUMNS = (
    "站点编码", "站点名称", "县（市、区）", "城乡", "登记日期", "是否报送", "数据截至",
    "登记参加社区康复人数", "接受规范服务人数", "规范服务率（%）", "参与精神科医务人员及次数", "参与社会工作人数及次数",
)  # fmt: skip
_AREA_TEXT = {URBAN: "城市", RURAL: "乡村"}


def station_cells(line: StationLine, division_name: str) -> list[object]:
    """One station's row of the per-station sheet, in STATION_COLUMNS order."""
    s = line.station
    reported = line.counted_to is not None
    return [
        s.code,
        s.name,
        division_name,
        _AREA_TEXT.get(s.area or "", "未标明"),
        s.registered_on,
        "是" if reported else "否",
        line.counted_to,
        line.registered,
        line.standardised,
        line.rate,
        taking_text(line.psychiatric) if line.psychiatric else None,
        taking_text(line.social_work) if line.social_work else None,
    ]


def notes_under(table: SummaryTable) -> list[str]:
    """The lines printed under the table: who did not report, whose figures stop early, what the figures mean."""
    lines = []
    if table.not_reported:
        names = "、".join(f"{s.name}（{s.code}）" for s in table.not_reported)
        lines.append(f"未报送本期数据的站点（未计入上表，不按零计）：{names}")
    if table.partial:
        names = "、".join(
            f"{p.station.name}（{p.station.code}，截至{p.counted_to.isoformat()}）" for p in table.partial
        )
        lines.append(f"数据未截至期末的站点：{names}")
    if table.unclassified:
        names = "、".join(f"{s.name}（{s.code}）" for s in table.unclassified)
        lines.append(f"未标明城市或乡村的站点（未计入站点个数）：{names}")
    if table.total.counted_twice:
        lines.append(
            f"同一人在两个及以上站点登记的，已按一人计入登记人数（共去除重复 {table.total.counted_twice} 人次；"
            "仅能识别同意向他人提供信息的服务对象）。"
        )
    lines.append(
        f"本期规范服务率：{table.total.rate}%（{table.total.standardised}/{table.total.registered}）；"
        f"报送站点 {table.total.reporting}/{table.total.stations} 个。"
    )
    return lines


@dataclass(frozen=True)
class RateSeries:
    """规范服务率 by quarter of one year, for the chart."""

    labels: tuple[str, ...]  # "2026Q1" …
    county: tuple[float | None, ...]  # the stations' standardised / registered summed (None: no snapshot at all)
    stations: dict[str, tuple[float | None, ...]]  # station code → its rate (None: no snapshot of that quarter)
    targets: tuple[int | None, ...]  # the target per quarter as the stations' snapshots state it


def rate_by_quarter(
    stations: Sequence[StationEntry], records: Iterable[tuple[str, Mapping[str, Any]]], year: int
) -> RateSeries:
    quarters = [Period.quarter(year, q) for q in range(1, 5)]
    rates: dict[str, list[float | None]] = {s.code: [None] * 4 for s in stations}
    county: list[float | None] = [None] * 4
    targets: list[int | None] = [None] * 4
    rows = [(code, record) for code, record in records if record.get("type") == SNAPSHOT]
    for index, quarter in enumerate(quarters):
        registered = standardised = 0
        found = {code: snapshot for code, snapshot in _snapshots(rows, quarter).items() if code in rates}
        for code, snapshot in found.items():
            rates[code][index] = float(snapshot.get("rate", 0.0))
            registered += int(snapshot.get("registered", 0))
            standardised += int(snapshot.get("standardised", 0))
            if snapshot.get("target_percent") is not None:
                targets[index] = int(snapshot["target_percent"])
        if found:
            county[index] = rate_percent(standardised, registered)
    return RateSeries(
        tuple(q.label for q in quarters),
        tuple(county),
        {code: tuple(values) for code, values in rates.items()},
        tuple(targets),
    )


_QUARTER_NAMES = {1: "第一季度", 2: "第二季度", 3: "第三季度", 4: "第四季度"}


def period_title(period: Period) -> str:
    """ "2026年第三季度", "2026年上半年", "2026年", or the days for any other range."""
    label = period.label
    if len(label) == 6 and label[4] == "Q":
        return f"{label[:4]}年{_QUARTER_NAMES[int(label[5])]}"
    if len(label) == 6 and label[4] == "H":
        return f"{label[:4]}年{'上' if label[5] == '1' else '下'}半年"
    if len(label) == 4:
        return f"{label}年"
    return f"{period.start.isoformat()}至{period.end.isoformat()}"


def chinese_day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def signature_line(printed_on: date) -> str:
    return f"单位负责人签字：＿＿＿＿＿＿　　填报人：＿＿＿＿＿＿　　（盖章）　　填报日期：{chinese_day(printed_on)}"
