"""Believable demo clients and staff, made up entirely here: names from weighted surname and given-name tables,
valid ID numbers under real county codes, addresses, diagnoses and guardians in realistic proportions.

Everything follows from the seed: the same seed gives the same people, and the first N clients of a larger run are
the N clients of a smaller one (one random stream, consumed in order). Codes for enumerated fields are the English
names of DOMAIN.md §3-4; the Chinese term is in the comment next to each.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, TypeVar

from rehabdesk.domain import divisions
from rehabdesk.domain.clients import age_on
from rehabdesk.domain.ids import make_resident_id
from rehabdesk.domain.names import name_pinyin
from rehabdesk.domain.people import ADULT_AGE, SEVERE_DISORDERS

T = TypeVar("T")
MIN_CLIENT_AGE = 16  # onset must fall after the 15th birthday, and at least a year of illness before referral


class _Weighted(Generic[T]):
    """A weighted choice with its cumulative weights computed once: 20 000 clients make ~15 draws each."""

    def __init__(self, pairs: Iterable[tuple[T, float]]) -> None:
        self.items: list[T] = []
        self.cumulative: list[float] = []
        self.total = 0.0
        for item, weight in pairs:
            self.total += weight
            self.items.append(item)
            self.cumulative.append(self.total)

    def pick(self, rng: random.Random) -> T:
        # What rng.choices(cum_weights=…) does, without building a list for one item.
        return self.items[bisect(self.cumulative, rng.random() * self.total)]


def _weighted_chars(text: str) -> _Weighted[str]:
    """Characters earlier in ``text`` are commoner (Zipf-like), as name characters are."""
    return _Weighted((char, 1 / (rank + 10)) for rank, char in enumerate(text))


# ---- names ---------------------------------------------------------------------------------------------------

# Share of the population in ‰, after the 2020 census surname ranking (rounded; the tail is approximate).
_SURNAMES = _Weighted(
    [
        *zip("王李张刘陈", (71, 70, 67, 54, 45), strict=True),
        *zip("杨黄赵吴周徐孙马胡朱", (31, 23, 23, 21, 20, 16, 15, 15, 13, 13), strict=True),
        *zip("郭何罗高林郑梁谢唐许", (12, 12, 11, 11, 11, 8, 8, 7, 7, 6), strict=True),
        *((char, 5.5) for char in "冯宋韩邓彭曹曾田于肖潘袁董叶杜丁蒋程余吕魏蔡苏任卢沈姜姚钟崔"),
        *((char, 2.8) for char in "陆谭汪石付贾范金方韦夏廖侯白孟邹秦尹江熊薛邱闫段雷季史陶毛贺龙"),
        *((char, 1.2) for char in "万顾关郝孔向龚邵钱武扈戴严覃汤常牛莫洪米康温代赖施文"),
        *((char, 0.5) for char in "单解翟区查仇乐缪盖葛"),
        *((name, 0.3) for name in ("欧阳", "上官", "司马", "诸葛", "皇甫", "东方")),
        *((name, 0.05) for name in ("令狐", "尉迟", "长孙", "慕容", "万俟", "澹台")),
    ]
)
_MALE_CHARS = _weighted_chars(
    "伟强军磊勇杰涛斌超明辉刚建国华平鹏飞宇浩俊峰波东亮成龙林志新海文健凯鑫毅晨旭阳博昊睿泽轩豪翔瑞航宏铭哲嘉诚"
    "康锋云松山武彬振兴德福荣才义庆春雷峻岩坤宁安坚永贵祥根发胜顺长金宝栋梁帅洋剑锐钢光忠良兵学立达骏晖洪清"
    "彦启鸿远卫红鸣朋洲晋家伦森柏桐楠铁柱庭树"
)
_FEMALE_CHARS = _weighted_chars(
    "芳娜敏静丽艳娟霞燕玲婷秀英华兰红梅琳颖倩雪慧洁莉萍婧晶璐月凤菲琴佳琪雅萱欣怡涵悦彤妍馨蕾薇璇瑶梦露丹蓉"
    "翠桂珍玉娥娇嫣妮媛姗菊淑惠荷霏雯岚茜青春晓小亚丛文思雨晨心乐岩芬芸若曼诗语嘉宁艺冰蓓巧香爱云霓锦绮"
)
_UYGHUR_FEMALE = (
    "阿依古丽",
    "古丽娜尔",
    "热依拉",
    "迪丽努尔",
    "帕提古丽",
    "阿娜尔",
    "努尔古丽",
    "米热古丽",
    "布合力其",
)
_UYGHUR_MALE = ("买买提", "艾买提", "阿不都", "吐尔逊", "艾尔肯", "热合曼", "亚森", "阿力木", "肉孜", "依明", "吾斯曼")
_TIBETAN = ("扎西", "次仁", "多吉", "平措", "顿珠", "旺堆", "格桑", "尼玛", "达瓦", "洛桑", "索朗", "丹增", "白玛")
_TIBETAN_FEMALE = ("卓玛", "央金", "拉姆", "德吉", "曲珍", "措姆")


def _given_name(rng: random.Random, female: bool) -> str:
    chars = _FEMALE_CHARS if female else _MALE_CHARS
    # About one in four modern Han given names has a single character.
    if rng.random() < 0.25:
        return chars.pick(rng)
    first, second = chars.pick(rng), chars.pick(rng)
    while second == first and rng.random() < 0.7:  # 丽丽 and 强强 exist, but not as often as chance would make them
        second = chars.pick(rng)
    return first + second


def _han_name(rng: random.Random, female: bool, surname: str | None = None) -> str:
    return (surname or _SURNAMES.pick(rng)) + _given_name(rng, female)


_COMPOUND_SURNAMES = frozenset(surname for surname in _SURNAMES.items if len(surname) == 2)


def _surname_of(name: str) -> str:
    return name[:2] if len(name) > 2 and name[:2] in _COMPOUND_SURNAMES else name[:1]


def _uyghur_name(rng: random.Random, female: bool, own: str | None = None, father: str | None = None) -> str:
    """A Uyghur name is the person's own name · the father's own name (a son is seldom named after his father)."""
    own = own or rng.choice([name for name in (_UYGHUR_FEMALE if female else _UYGHUR_MALE) if name != father])
    return f"{own}·{father or rng.choice([name for name in _UYGHUR_MALE if name != own])}"


def _tibetan_name(rng: random.Random, female: bool) -> str:
    """Tibetans have no surname: two name elements, the second often marking a woman."""
    return rng.choice(_TIBETAN) + rng.choice(_TIBETAN_FEMALE if female else _TIBETAN)


# ---- places --------------------------------------------------------------------------------------------------

# Ethnicities by province where a minority is a sizeable share of residents; elsewhere nearly everyone is 汉族.
# 维吾尔族 and 藏族 get names of their own; the other minorities here mostly use Han-style names.
_HAN = "汉族"
_ETHNICITIES_BY_PROVINCE: dict[str, _Weighted[str]] = {
    code: _Weighted(pairs)
    for code, pairs in {
        "65": [(_HAN, 45), ("维吾尔族", 50), ("回族", 5)],
        "54": [(_HAN, 12), ("藏族", 88)],
        "45": [(_HAN, 65), ("壮族", 32), ("瑶族", 3)],
        "64": [(_HAN, 64), ("回族", 36)],
        "15": [(_HAN, 80), ("蒙古族", 17), ("满族", 3)],
        "52": [(_HAN, 64), ("苗族", 12), ("布依族", 7), ("侗族", 5), ("土家族", 12)],
        "53": [
            (_HAN, 67),
            ("彝族", 11),
            ("白族", 4),
            ("哈尼族", 4),
            ("傣族", 3),
            ("壮族", 3),
            ("苗族", 3),
            ("回族", 5),
        ],
        "21": [(_HAN, 85), ("满族", 12), ("蒙古族", 2), ("回族", 1)],
        "43": [(_HAN, 90), ("土家族", 5), ("苗族", 3), ("侗族", 2)],
        "50": [(_HAN, 93), ("土家族", 5), ("苗族", 2)],
        "63": [(_HAN, 53), ("藏族", 25), ("回族", 15), ("土族", 4), ("撒拉族", 3)],
    }.items()
}
_ETHNICITIES_ELSEWHERE = _Weighted([(_HAN, 98), ("回族", 0.8), ("满族", 0.7), ("蒙古族", 0.3), ("壮族", 0.2)])

_PLACE_WORDS = (
    "建设人民解放和平新华胜利文化光明幸福团结东风朝阳红旗长安中山民主青年工农兴华振兴复兴育才安康永安富民迎宾"
    "滨河清河花园东湖西湖南湖北辰金桥锦绣龙山凤凰白塔石桥柳林桃园杏花梨园枫林松柏翠竹玉泉金沙银河新村东关西关"
)
_PLACES = [_PLACE_WORDS[i : i + 2] for i in range(0, len(_PLACE_WORDS), 2)]
_VILLAGE_ENDINGS = ("村", "庄村", "营村", "屯村", "堡村", "家村")


@dataclass(frozen=True, slots=True)
class _County:
    code: str
    label: str  # 北京市朝阳区
    name: str  # 朝阳区
    city: str  # the prefecture-level city (or the municipality) hospitals are named after
    urban: bool  # a district (区): addresses by street and building; counties also have towns and villages


def _county(code: str) -> _County:
    label = divisions.county_label(code)
    name = divisions.county_name(code) or ""
    province = divisions.province_name(code[:2]) or ""
    city = label[len(province) : len(label) - len(name)] or province
    return _County(code, label, name, city, name.endswith("区"))


def _address(rng: random.Random, county: _County) -> str:
    number = rng.randint(1, 300)
    if county.urban or rng.random() < 0.4:
        road = rng.choice(_PLACES) + rng.choice(("路", "街", "大街", "里"))
        building = f"{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 18)}{rng.randint(1, 4):02d}室"
        return f"{county.label}{rng.choice(_PLACES)}街道{road}{number}号{building}"
    village = (_SURNAMES.pick(rng)[-1] if rng.random() < 0.5 else rng.choice(_PLACES)) + rng.choice(_VILLAGE_ENDINGS)
    return f"{county.label}{rng.choice(_PLACES)}镇{village}{rng.randint(1, 12)}组{number}号"


# Mobile prefixes in use (China Mobile, Unicom, Telecom, Broadnet); every one passes contact.normalise_phone.
_MOBILE_PREFIXES = (
    *range(130, 140),
    *range(150, 154),
    *range(155, 160),
    166,
    173,
    177,
    178,
    *range(180, 190),
    191,
    198,
)


def _mobile(rng: random.Random) -> str:
    return f"{rng.choice(_MOBILE_PREFIXES)}{rng.randrange(10**8):08d}"


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return date(day.year + years, 3, 1)


class _IdNumbers:
    """Hands out resident ID numbers no other demo person has: the serial is bumped past any taken one."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def make(self, rng: random.Random, county_code: str, birth: date, female: bool) -> str:
        serial = rng.randrange(100)
        for step in range(100):
            number = make_resident_id(county_code, birth, (serial + step) % 100, female)
            if number not in self.taken:
                self.taken.add(number)
                return number
        raise RuntimeError(f"more than 100 demo people born {birth} in {county_code}")


# ---- clients -------------------------------------------------------------------------------------------------

# 精神分裂症 dominates community caseloads; DOMAIN.md §4 lists the six severe disorders, then the others.
_DIAGNOSES = _Weighted(
    [
        ("schizophrenia", 60),  # 精神分裂症
        ("schizoaffective", 5),  # 分裂情感性障碍
        ("persistent_delusional", 3),  # 偏执性精神病(持久妄想性障碍)
        ("bipolar", 9),  # 双相(情感)障碍
        ("epilepsy_psychosis", 3),  # 癫痫所致精神障碍
        ("intellectual_disability_psychosis", 9),  # 精神发育迟滞伴发精神障碍
        ("depression", 7),  # 抑郁症
        ("autism_spectrum", 2),  # 孤独症谱系
        ("other", 2),  # 其他
    ]
)
# (youngest, oldest, commonest) age today: developmental disorders come to a station young.
_AGE_BY_DIAGNOSIS = {
    "autism_spectrum": (16, 35, 20),
    "intellectual_disability_psychosis": (16, 65, 30),
    "depression": (18, 75, 40),
}
_AGE_OTHERWISE = (18, 82, 46)
_ILLNESS_STATUS = _Weighted([("stable", 60), ("basically_stable", 30), ("unstable", 10)])  # 稳定/基本稳定/不稳定
_RISK_IF_STABLE = _Weighted([(0, 78), (1, 18), (2, 4)])
_RISK_IF_UNSTABLE = _Weighted([(1, 40), (2, 30), (3, 20), (4, 8), (5, 2)])
_MEDICATION = _Weighted([("regular", 65), ("intermittent", 25), ("none", 10)])  # 规律/间断/不服药
_DISABILITY_LEVEL = _Weighted([(1, 10), (2, 35), (3, 35), (4, 20)])  # 精神残疾证 一级 (most severe) … 四级
_CHANNELS = _Weighted(
    [
        ("self_or_guardian", 40),  # 本人/监护人申请
        ("medical_referral", 35),  # 医疗机构转介
        ("community", 20),  # 村居委会、社会组织、个人发现
        ("transfer_in", 5),  # 其他站点转入
    ]
)
# 与父母同住/与配偶同住/与子女同住/与其他亲属同住/独居/集中供养或机构; fewer clients marry than their peers.
_LIVING_BY_AGE = (
    (30, _Weighted([("with_parents", 75), ("with_spouse", 8), ("with_relatives", 10), ("alone", 7)])),
    (
        50,
        _Weighted(
            [("with_parents", 45), ("with_spouse", 30), ("with_relatives", 10), ("alone", 10), ("institution", 5)]
        ),
    ),
    (
        200,
        _Weighted(
            [
                ("with_parents", 10),
                ("with_spouse", 35),
                ("with_children", 25),
                ("with_relatives", 10),
                ("alone", 14),
                ("institution", 6),
            ]
        ),
    ),
)
_HOSPITAL_FORMS = (
    "{city}精神卫生中心",
    "{city}第二人民医院",
    "{city}第三人民医院",
    "{city}第四人民医院",
    "{city}康宁医院",
    "{city}安康医院",
    "{county}人民医院",
    "{province}精神卫生中心",
)


@dataclass(frozen=True, slots=True)
class DemoGuardian:
    name: str  # a person, or the committee / civil-affairs bureau acting as guardian
    relation: str  # spouse 配偶, parent 父母, adult_child 成年子女, other_relative 其他近亲属,
    # village_committee 村居委会, civil_affairs 民政部门, other 其他
    legal_guardian: bool
    phone: str
    id_number: str | None  # None for an organisation
    address: str


@dataclass(frozen=True, slots=True)
class DemoClient:
    name: str
    gender: str  # "male" | "female", as ids.ParsedId has it
    birth_date: date
    id_number: str
    ethnicity: str  # 汉族, 回族 … (names, not codes: the list has 56 entries and no English use)
    phone: str
    county_code: str  # of the current address: the station's county when one is given
    household_address: str  # 户籍地
    current_address: str
    living_situation: str  # with_parents, with_spouse, with_children, with_relatives, alone, institution
    diagnosis: str
    diagnosing_hospital: str
    onset_date: date
    in_health_management: bool  # 纳入严重精神障碍患者管理
    illness_status: str
    risk_level: int  # 0-5
    medication_adherence: str
    disability_level: int | None  # 精神残疾证 level 1-4, None without a certificate
    low_income: bool  # 低保
    extreme_poverty: bool  # 特困
    legal_capacity: str  # full 完全, limited 限制, none 无民事行为能力
    channel: str
    guardians: tuple[DemoGuardian, ...]


_CAPACITY_INTELLECTUAL = _Weighted([("full", 40), ("limited", 45), ("none", 15)])
_CAPACITY_OTHERWISE = _Weighted([("full", 84), ("limited", 12), ("none", 4)])
# Whom to ask first, by living situation; a relative who would be under 18 or over 85 is skipped.
_KIN_BY_LIVING = {
    "with_parents": ("parent", "other_relative"),
    "with_spouse": ("spouse", "adult_child", "parent"),
    "with_children": ("adult_child", "spouse", "other_relative"),
    "with_relatives": ("other_relative", "parent"),
    "alone": ("other_relative", "adult_child"),
    "institution": ("other_relative",),
}
OLDEST_GUARDIAN_AGE = 85


def generate_clients(count: int, seed: int, *, today: date, station_county: str | None = None) -> Iterator[DemoClient]:
    """``count`` clients. With ``station_county`` (a current county code) they live in that county and most are
    registered there, as a station's clients are; without it, anywhere in China."""
    factory = _ClientFactory(random.Random(f"rehabdesk-demo-clients-{seed}"), today, station_county)
    for _ in range(count):
        yield factory.client()


@dataclass(frozen=True, slots=True)
class _Kin:
    name: str
    relation: str
    birth: date
    female: bool
    address: str


class _ClientFactory:
    """Draws each client and the family around them from one random stream, in a fixed order."""

    def __init__(self, rng: random.Random, today: date, station_county: str | None) -> None:
        self.rng, self.today, self.station_county = rng, today, station_county
        self.all_codes = [code for code, _ in divisions.counties()]
        self.codes_by_province: dict[str, list[str]] = {}
        for code in self.all_codes:
            self.codes_by_province.setdefault(code[:2], []).append(code)
        self.ids = _IdNumbers()
        self.counties: dict[str, _County] = {}
        # Per client, set by client(): where they are registered and live, their ethnicity, and the surname (a
        # Uyghur: the own name) of a woman's husband, which her children carry.
        self.home = self.current = self.county(station_county or self.all_codes[0])
        self.ethnicity = self.husband_family = _HAN

    def county(self, code: str) -> _County:
        if code not in self.counties:
            self.counties[code] = _county(code)
        return self.counties[code]

    def household_county(self) -> _County:
        """The station's county mostly, then its province, then anywhere: people move for work and marriage."""
        roll, near = self.rng.random(), self.station_county
        if near is None or roll >= 0.9:
            return self.county(self.rng.choice(self.all_codes))
        if roll >= 0.75:
            return self.county(self.rng.choice(self.codes_by_province[near[:2]]))
        return self.county(near)

    def birth(self, youngest: float, oldest: float, commonest: float) -> date:
        years = self.rng.triangular(youngest, oldest, commonest)
        return self.today - timedelta(days=int(years * 365.25))

    def id_number(self, birth: date, female: bool) -> str:
        # Most people still carry the code of the county where they were first registered; some moved since.
        code = self.home.code if self.rng.random() < 0.85 else self.rng.choice(self.all_codes)
        return self.ids.make(self.rng, code, birth, female)

    def client(self) -> DemoClient:
        rng, today = self.rng, self.today
        self.home = self.household_county()
        self.current = self.county(self.station_county) if self.station_county else self.home
        self.ethnicity = _ETHNICITIES_BY_PROVINCE.get(self.home.code[:2], _ETHNICITIES_ELSEWHERE).pick(rng)
        self.husband_family = rng.choice(_UYGHUR_MALE) if self.ethnicity == "维吾尔族" else _SURNAMES.pick(rng)

        female = rng.random() < 0.48
        diagnosis = _DIAGNOSES.pick(rng)
        birth = min(self.birth(*_AGE_BY_DIAGNOSIS.get(diagnosis, _AGE_OTHERWISE)), _years_after(today, -MIN_CLIENT_AGE))
        age = age_on(birth, today)
        if self.ethnicity == "维吾尔族":
            name = _uyghur_name(rng, female)
        elif self.ethnicity == "藏族":
            name = _tibetan_name(rng, female)
        else:
            name = _han_name(rng, female)

        status = _ILLNESS_STATUS.pick(rng)
        living = next(choice for limit, choice in _LIVING_BY_AGE if age < limit).pick(rng)
        if age < ADULT_AGE:
            living, capacity = "with_parents", "limited"  # 民法典 第19条: minors of 8 and over
        else:
            capacity = (
                _CAPACITY_INTELLECTUAL if diagnosis == "intellectual_disability_psychosis" else _CAPACITY_OTHERWISE
            ).pick(rng)
        # 特困 means no family able to support: only for people living alone or in an institution.
        extreme_poverty = living in ("alone", "institution") and rng.random() < 0.3
        household_address = _address(rng, self.home)
        current_address = household_address if self.current is self.home else _address(rng, self.current)
        return DemoClient(
            name=name,
            gender="female" if female else "male",
            birth_date=birth,
            id_number=self.id_number(birth, female),
            ethnicity=self.ethnicity,
            phone=_mobile(rng),
            county_code=self.current.code,
            household_address=household_address,
            current_address=current_address,
            living_situation=living,
            diagnosis=diagnosis,
            diagnosing_hospital=self.hospital(),
            onset_date=self.onset(birth),
            in_health_management=rng.random() < (0.9 if diagnosis in SEVERE_DISORDERS else 0.1),
            illness_status=status,
            risk_level=(_RISK_IF_UNSTABLE if status == "unstable" else _RISK_IF_STABLE).pick(rng),
            medication_adherence=_MEDICATION.pick(rng),
            disability_level=_DISABILITY_LEVEL.pick(rng) if rng.random() < 0.45 else None,
            low_income=not extreme_poverty and rng.random() < 0.25,
            extreme_poverty=extreme_poverty,
            legal_capacity=capacity,
            channel=_CHANNELS.pick(rng),
            guardians=self.guardians(
                name, female, birth, living, age < ADULT_AGE or capacity != "full", current_address
            ),
        )

    def onset(self, birth: date) -> date:
        """After the 15th birthday, most often in the early twenties, and at least a month before today."""
        earliest = _years_after(birth, 15) + timedelta(days=1)
        latest = min(self.today - timedelta(days=30), _years_after(birth, 55))
        span = (latest - earliest).days
        commonest = min(span, (_years_after(birth, 22) - earliest).days)
        return earliest + timedelta(days=int(self.rng.triangular(0, span, commonest)))

    def hospital(self) -> str:
        province = divisions.province_name(self.current.code[:2]) or ""
        form = self.rng.choice(_HOSPITAL_FORMS)
        return form.format(city=self.current.city, county=self.current.name, province=province)

    def guardians(
        self, name: str, female: bool, birth: date, living: str, needs_legal: bool, address: str
    ) -> tuple[DemoGuardian, ...]:
        """Family first, in the order the living situation suggests; the residents' or villagers' committee or the
        civil-affairs bureau when nobody in the family can act (民法典 第32条). The first listed is the legal
        guardian when the client needs one (a minor, or without full capacity); any second is a contact."""
        rng = self.rng
        kin = [k for relation in _KIN_BY_LIVING[living] if (k := self.relative(relation, name, female, birth, address))]
        kin = kin[: 2 if rng.random() < 0.35 else 1]
        guardians = []
        if not kin or (living in ("alone", "institution") and rng.random() < 0.4):
            guardians.append(self.organisation(legal_guardian=needs_legal))
        for relative in kin[: 2 - len(guardians)]:
            guardians.append(self.person(relative, legal_guardian=needs_legal and not guardians))
        return tuple(guardians)

    def relative(self, relation: str, name: str, female: bool, birth: date, address: str) -> _Kin | None:
        """A relative of plausible age and name, or None if nobody of that relation could still act."""
        rng = self.rng
        if relation == "parent":
            their_female = rng.random() < 0.55  # mothers more often take on the care
            their_birth = _years_after(birth, -rng.randint(22, 35))
        elif relation == "spouse":
            their_female = not female
            # Husbands are on average a couple of years older than their wives.
            their_birth = birth + timedelta(days=rng.randint(-6 * 365, 6 * 365) + (-730 if female else 730))
        elif relation == "adult_child":
            their_female = rng.random() < 0.5
            their_birth = _years_after(birth, rng.randint(22, 34))
        else:  # other_relative: a brother or sister
            their_female = rng.random() < 0.5
            their_birth = birth + timedelta(days=rng.randint(-10 * 365, 10 * 365))
        if not ADULT_AGE <= age_on(their_birth, self.today) <= OLDEST_GUARDIAN_AGE:
            return None
        their_name = self.kin_name(relation, name, female, their_female)
        while their_name == name:  # a relative with the client's very name would only confuse the demo
            their_name = self.kin_name(relation, name, female, their_female)
        lives_with = relation in ("parent", "spouse") or rng.random() < 0.5
        return _Kin(
            their_name, relation, their_birth, their_female, address if lives_with else _address(rng, self.current)
        )

    def kin_name(self, relation: str, name: str, female: bool, their_female: bool) -> str:
        """Children carry their father's surname (a Uyghur child: the father's own name as its second part); a wife
        keeps her own surname."""
        rng = self.rng
        if self.ethnicity == "藏族":
            return _tibetan_name(rng, their_female)
        if self.ethnicity == "维吾尔族":
            own, father = name.split("·")
            if relation == "parent":
                return _uyghur_name(rng, their_female, own=None if their_female else father)
            if relation == "spouse":
                return _uyghur_name(rng, their_female, own=self.husband_family if female else None)
            if relation == "adult_child":
                return _uyghur_name(rng, their_female, father=self.husband_family if female else own)
            return _uyghur_name(rng, their_female, father=father)
        surname = _surname_of(name)
        shared = {
            "parent": None if their_female else surname,
            "spouse": self.husband_family if female else None,
            "adult_child": self.husband_family if female else surname,
            "other_relative": surname,
        }[relation]
        return _han_name(rng, their_female, shared)

    def person(self, kin: _Kin, *, legal_guardian: bool) -> DemoGuardian:
        return DemoGuardian(
            name=kin.name,
            relation=kin.relation,
            legal_guardian=legal_guardian,
            phone=_mobile(self.rng),
            id_number=self.id_number(kin.birth, kin.female),
            address=kin.address,
        )

    def organisation(self, *, legal_guardian: bool) -> DemoGuardian:
        rng, county = self.rng, self.current
        if rng.random() < 0.7:
            committee = rng.choice(_PLACES) + ("社区居委会" if county.urban else "村委会")
            address = county.label + committee
            return DemoGuardian(committee, "village_committee", legal_guardian, _mobile(rng), None, address)
        return DemoGuardian(county.name + "民政局", "civil_affairs", legal_guardian, _mobile(rng), None, county.label)


# ---- staff ---------------------------------------------------------------------------------------------------

_PROFESSIONS = _Weighted(
    [
        ("social_worker", 40),  # 社会工作者
        ("psychiatric_nurse", 9),  # 精神科护士
        ("psychiatrist", 5),  # 精神科医师
        ("psychotherapist", 8),  # 心理治疗师/咨询师
        ("rehab_therapist", 8),  # 康复治疗师
        ("vocational_instructor", 5),  # 职业指导员
        ("peer_supporter", 6),  # 同伴支持员
        ("volunteer", 11),  # 志愿者
        ("administrative", 8),  # 行政
    ]
)
# Qualification names are free text on the form; the certificate-number shapes are made up.
_QUALIFICATIONS: dict[str, tuple[str, ...]] = {
    "social_worker": ("助理社会工作师", "社会工作师", "高级社会工作师"),
    "psychiatric_nurse": ("护士执业资格", "主管护师"),
    "psychiatrist": ("执业医师（精神卫生专业）", "主治医师（精神病学）"),
    "psychotherapist": ("心理治疗师（初级）", "心理治疗师（中级）"),
    "rehab_therapist": ("康复医学治疗技术（士）", "康复医学治疗技术（师）"),
    "vocational_instructor": ("职业指导人员（四级）",),
}
# (degree, share of the profession holding it): the plan wants ≥ 30 % of staff with one; about 40 % here.
_DEGREES = {
    "social_worker": ("social_work", 0.6),  # 社会工作
    "psychiatric_nurse": ("mental_health", 0.7),  # 精神卫生
    "psychiatrist": ("mental_health", 1.0),
    "psychotherapist": ("psychology", 0.9),  # 心理
    "rehab_therapist": ("mental_health", 0.2),
    "vocational_instructor": ("psychology", 0.1),
    "peer_supporter": ("psychology", 0.05),
}
_ASSESSOR_SHARE = {"social_worker": 0.5, "psychiatric_nurse": 0.4, "psychiatrist": 0.8, "psychotherapist": 0.6}
_EMPLOYMENT = _Weighted([("full_time", 55), ("purchased", 30), ("part_time", 15)])  # 专职/购买服务/兼职
_FEMALE_SHARE = {"social_worker": 0.72, "psychiatric_nurse": 0.9, "psychotherapist": 0.7}
# Demo staff joined between the first purchased-service contracts and a date safely before any real "today".
_FIRST_START, _LAST_START = date(2015, 3, 1), date(2023, 12, 31)


@dataclass(frozen=True, slots=True)
class DemoStaff:
    staff_number: str
    name: str
    gender: str  # "male" | "female"
    phone: str
    profession: str
    qualification: str | None
    certificate_number: str | None
    relevant_degree: str | None  # mental_health 精神卫生, social_work 社会工作, psychology 心理
    employment_type: str  # full_time, part_time, purchased_service, volunteer 志愿者
    direct_service: bool
    assessor: bool
    start_date: date
    login: str


def generate_staff(count: int, seed: int, *, reserved_logins: Sequence[str] = ()) -> list[DemoStaff]:
    """``count`` staff; the first is a full-time social worker and assessor, so every demo station can assess.
    Logins are the name's pinyin, numbered from 2 when taken (wangfang, wangfang2) or in ``reserved_logins``."""
    rng = random.Random(f"rehabdesk-demo-staff-{seed}")
    taken = set(reserved_logins)
    staff = []
    for number in range(1, count + 1):
        profession = "social_worker" if number == 1 else _PROFESSIONS.pick(rng)
        female = rng.random() < _FEMALE_SHARE.get(profession, 0.5)
        name = _han_name(rng, female)
        login = base = name_pinyin(name)
        suffix = 1
        while login in taken:
            suffix += 1
            login = f"{base}{suffix}"
        taken.add(login)
        qualifications = _QUALIFICATIONS.get(profession)
        degree, degree_share = _DEGREES.get(profession, (None, 0.0))
        start = _FIRST_START + timedelta(days=rng.randrange((_LAST_START - _FIRST_START).days))
        staff.append(
            DemoStaff(
                staff_number=f"S{number:03d}",
                name=name,
                gender="female" if female else "male",
                phone=_mobile(rng),
                profession=profession,
                qualification=rng.choice(qualifications) if qualifications else None,
                certificate_number=f"{start.year}{rng.randrange(10**8):08d}" if qualifications else None,
                relevant_degree=degree if rng.random() < degree_share else None,
                employment_type=(
                    "full_time" if number == 1 else "volunteer" if profession == "volunteer" else _EMPLOYMENT.pick(rng)
                ),
                direct_service=profession != "administrative",
                assessor=number == 1 or rng.random() < _ASSESSOR_SHARE.get(profession, 0.0),
                start_date=start,
                login=login,
            )
        )
    return staff
