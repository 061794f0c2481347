"""Search keys for finding a client by name, pinyin, initials, ID-number or phone tail, or case number.

Storage keeps one (client_id, key) row per key with an index on key and looks up each query key ``q`` with one range
scan ``key >= low AND key < high`` (``key_range(q)``), so every match is a prefix match. One index serves every kind
of key because each key starts with its kind:

    n:  name            n:张三丰$  n:三丰  n:丰                        looked up for Chinese text
    p:  pinyin          p:zhangsanfeng$  p:sanfeng  p:feng             for letters
    i:  initials        i:zsf$  i:sf  i:f                              for letters
    t:  number tail     the ID number or phone reversed: t:x200…011$   for 4+ digits (an ID may end in x)
    d:  phone start     d:13812345678$                                 for 4+ digits
    c:  case number     letters and digits only: c:kf2024001$          for digits, or letters mixed with digits

``$`` ends the key of a whole value; keys without it start inside the value (the given name, a later syllable). So
one scan tells an exact match (key == q + "$") from the start of a whole value and from a match inside one, which
is what ``rank`` orders by.

Number tails are stored reversed rather than as one key per suffix: "ends with 002X" is the prefix ``x200`` of the
reversed number, so a number costs one row instead of fifteen, and "ends with" is exactly what matches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from contextlib import suppress
from functools import lru_cache
from itertools import product

from pypinyin import lazy_pinyin

from rehabdesk.domain.contact import normalise_phone
from rehabdesk.domain.errors import ValidationError

END = "$"
NAME, PINYIN, INITIALS, TAIL, PHONE, CASE = "n:", "p:", "i:", "t:", "d:", "c:"
# Within a tier, kinds in the order a worker most likely meant them.
_KIND_ORDER = {kind: order for order, kind in enumerate((NAME, PINYIN, INITIALS, TAIL, PHONE, CASE))}
MIN_DIGITS = 4  # fewer digits match a tenth or a hundredth of every number: noise, not a search

# Separators inside names: 阿依古丽·买买提 is typed with any of these dots, or none.
_SEPARATORS = re.compile(r"[\s·•‧・．.\-]+")
_LATIN_WORD = re.compile(r"[a-z]+")
_DIGIT_QUERY = re.compile(r"\d+x?")
# The only syllables with ü: pypinyin writes them with v, as input methods do; some people type u instead.
_U_UMLAUT = frozenset({"lv", "nv", "lve", "nve"})

# Surnames whose surname reading is not pypinyin's default, and compound surnames (matched first, so 长孙 is
# zhangsun and not 长 + 孙…). One tuple of readings per character; two readings where both are in common use, or
# where a rare compound (单于) is far more often 单 + a given name starting with 于.
_SURNAME_READINGS: dict[str, tuple[tuple[str, ...], ...]] = {
    "单": (("shan",),),
    "曾": (("zeng",),),
    "解": (("xie",),),
    "区": (("ou",),),
    "查": (("zha",),),
    "仇": (("qiu",),),
    "朴": (("piao", "pu"),),
    "盖": (("ge", "gai"),),
    "乐": (("yue", "le"),),
    "缪": (("miao",),),
    "覃": (("qin", "tan"),),
    "员": (("yun", "yuan"),),
    "召": (("shao",),),
    "种": (("chong",),),
    "折": (("she",),),
    "繁": (("po",),),
    "翟": (("zhai",),),
    "卜": (("bu",),),
    "薄": (("bo",),),
    "阚": (("kan",),),
    "长": (("chang",),),
    "朝": (("chao",),),
    "句": (("gou",),),
    "秘": (("bi",),),
    "祭": (("zhai",),),
    "洗": (("xian",),),
    "适": (("kuo",),),
    "能": (("nai",),),
    "宿": (("su",),),
    "都": (("du",),),
    "重": (("chong",),),
    "藏": (("zang",),),
    "隗": (("wei", "kui"),),
    "郇": (("xun", "huan"),),
    "颉": (("xie", "jie"),),
    "莘": (("shen", "xin"),),
    "尉迟": (("yu",), ("chi",)),
    "万俟": (("mo",), ("qi",)),
    "长孙": (("zhang",), ("sun",)),
    "单于": (("chan", "shan"), ("yu",)),
    "令狐": (("ling",), ("hu",)),
    "澹台": (("tan",), ("tai",)),
    "欧阳": (("ou",), ("yang",)),
    "司马": (("si",), ("ma",)),
    "上官": (("shang",), ("guan",)),
    "诸葛": (("zhu",), ("ge",)),
    "东方": (("dong",), ("fang",)),
    "皇甫": (("huang",), ("fu",)),
    "司徒": (("si",), ("tu",)),
    "夏侯": (("xia",), ("hou",)),
    "公孙": (("gong",), ("sun",)),
    "慕容": (("mu",), ("rong",)),
    "宇文": (("yu",), ("wen",)),
    "轩辕": (("xuan",), ("yuan",)),
    "端木": (("duan",), ("mu",)),
    "独孤": (("du",), ("gu",)),
    "南宫": (("nan",), ("gong",)),
    "呼延": (("hu",), ("yan",)),
    "西门": (("xi",), ("men",)),
    "钟离": (("zhong",), ("li",)),
    "申屠": (("shen",), ("tu",)),
    "赫连": (("he",), ("lian",)),
    "拓跋": (("tuo",), ("ba",)),
}


def normalise_query(text: str) -> str:
    """Half-width (NFKC turns ＺＳＦ and ０２ into zsf and 02), no spaces anywhere, lower-case."""
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


def key_range(query_key: str) -> tuple[str, str]:
    """Bounds for ``key >= low AND key < high``. U+10FFFF rather than U+FFFF: a name may hold a character beyond
    the BMP (生僻字 in CJK Extension B), whose UTF-8 sorts above U+FFFF's."""
    return query_key, query_key + "\U0010ffff"


# ---- keys for a client ---------------------------------------------------------------------------------------


def name_keys(name: str) -> set[str]:
    """Name, pinyin and initials keys; suffix keys start at each character (a Han name) or at each part of a
    dotted name (阿依古丽·买买提: the parts mean something on their own, single transliterated syllables don't)."""
    parts = _name_parts(name)
    if not parts:
        return set()
    whole = "".join(parts)
    readings = _name_readings(name)
    if len(parts) == 1:
        char_starts: Iterable[int] = range(1, len(whole))
        syllable_starts: Iterable[int] = range(1, len(readings))
    else:
        char_starts = _part_starts([len(part) for part in parts])
        syllable_starts = _part_starts([len(_readings(part)) for part in parts])

    keys = {NAME + whole + END} | {NAME + whole[start:] for start in char_starts}
    for start in (0, *syllable_starts):
        end = END if start == 0 else ""
        for combo in product(*readings[start:]):
            keys.add(PINYIN + "".join(combo) + end)
            keys.add(INITIALS + "".join(syllable[0] for syllable in combo) + end)
    return keys


def name_pinyin(name: str) -> str:
    """The name's pinyin in its first reading (surnames in their surname reading): for logins and sorting."""
    return "".join(syllables[0] for syllables in _name_readings(name))


def digit_keys(id_number: str | None, phone: str | None, case_number: str | None) -> set[str]:
    """Keys for a client's (or a guardian's) numbers; None or "" adds none."""
    keys: set[str] = set()
    if id_number:
        keys.add(TAIL + normalise_query(id_number)[::-1] + END)
    if phone:
        digits = _phone_digits(phone)
        if digits:
            keys.add(TAIL + digits[::-1] + END)
            keys.add(PHONE + digits + END)
    if case_number:
        case = _alphanumeric(normalise_query(case_number))
        if case:
            keys.add(CASE + case + END)
    return keys


# ---- queries -------------------------------------------------------------------------------------------------


def query_keys(query: str) -> list[str]:
    """The keys to look up for what was typed, best kind first:
    Chinese → name; letters → pinyin and initials; 4+ digits (ID numbers may end in x) → ID/phone tail, phone
    from the start and case number; fewer digits, or letters mixed with digits → case number only. Letters alone
    never look up case numbers: a shared prefix such as "kf" would list every client."""
    text = _alphanumeric(normalise_query(query))
    if not text:
        return []
    if not text.isascii():
        return [NAME + text]
    if text.isalpha():
        return [PINYIN + text, INITIALS + text]
    if _DIGIT_QUERY.fullmatch(text) and len(text) >= MIN_DIGITS:
        keys = [TAIL + text[::-1]]
        if text.isdigit():
            keys.append(PHONE + text)
        return [*keys, CASE + text]
    return [CASE + text]


def rank(query_key: str, matched_key: str) -> tuple[int, int]:
    """Sort key for a match of ``query_key`` (from ``query_keys``) on a stored key; lower ranks first.
    Tiers: 0 the whole value exactly (张三丰, the full ID number), 1 the start of the whole value (张三, the ID's last
    digits, a case-number prefix), 2 a part exactly (the given name 三丰), 3 the start of a part (三); then by kind:
    name, pinyin, initials, ID/phone tail, phone start, case number."""
    if matched_key.endswith(END):
        tier = 0 if matched_key == query_key + END else 1
    else:
        tier = 2 if matched_key == query_key else 3
    return tier, _KIND_ORDER[matched_key[:2]]


# ---- helpers -------------------------------------------------------------------------------------------------


def _alphanumeric(text: str) -> str:
    return "".join(char for char in text if char.isalnum())


def _phone_digits(phone: str) -> str:
    """Area code and number of a landline, or the mobile number: an extension ("010-12345678-123") is not what
    anyone remembers as the number's tail."""
    with suppress(ValidationError):  # a number stored before validation tightened still gets its keys
        phone = normalise_phone(phone)
    return "".join(char for char in "".join(phone.split("-")[:2]) if char.isdigit())


def _part_starts(lengths: list[int]) -> list[int]:
    starts, offset = [], 0
    for length in lengths[:-1]:
        offset += length
        starts.append(offset)
    return starts


def _name_parts(name: str) -> list[str]:
    return [part for part in _SEPARATORS.split(unicodedata.normalize("NFKC", name).strip().lower()) if part]


def _name_readings(name: str) -> list[tuple[str, ...]]:
    """Alternative readings per syllable. A Han name (one part) splits into surname and given name; a dotted name
    is a transliteration with no surname to look up."""
    parts = _name_parts(name)
    if len(parts) != 1:
        return [syllable for part in parts for syllable in _readings(part)]
    whole = parts[0]
    # A compound surname needs a given name after it: a two-character 欧阳 is 欧 + 阳.
    surname = whole[:2] if len(whole) > 2 and whole[:2] in _SURNAME_READINGS else whole[:1]
    surname_readings = _SURNAME_READINGS.get(surname) or _readings(surname)
    # Read the given name on its own so pypinyin's phrase rules never join it to the surname.
    return [*surname_readings, *_readings(whole[len(surname) :])]


@lru_cache(maxsize=8192)
def _readings(text: str) -> tuple[tuple[str, ...], ...]:
    readings: list[tuple[str, ...]] = []
    for segment in lazy_pinyin(text):
        # Latin words pass through pypinyin unchanged and count as one syllable each; characters it cannot read
        # (rare 生僻字) have no pinyin to type, so they add no syllable.
        for syllable in _LATIN_WORD.findall(segment.lower()):
            readings.append((syllable, syllable.replace("v", "u")) if syllable in _U_UMLAUT else (syllable,))
    return tuple(readings)
