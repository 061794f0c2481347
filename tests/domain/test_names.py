"""Search keys: a query finds a client when one of its query keys is a prefix of one of the client's keys, exactly
as the storage layer's range scan does it."""

from __future__ import annotations

import pytest

from rehabdesk.domain.names import (
    CASE,
    INITIALS,
    NAME,
    PINYIN,
    TAIL,
    digit_keys,
    key_range,
    name_keys,
    normalise_query,
    query_keys,
    rank,
)


def matches(query: str, keys: set[str]) -> list[str]:
    """Stored keys the range scan of each query key returns."""
    found = []
    for query_key in query_keys(query):
        low, high = key_range(query_key)
        found += [key for key in keys if low <= key < high]
    return found


def finds(query: str, name: str = "", *, id_number: str = "", phone: str = "", case_number: str = "") -> bool:
    return bool(matches(query, name_keys(name) | digit_keys(id_number, phone, case_number)))


def best_rank(query: str, keys: set[str]) -> tuple[int, int]:
    return min(rank(query_key, key) for query_key in query_keys(query) for key in matches(query, keys))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ＺＳＦ", "zsf"), ("  z s f ", "zsf"), ("Zhang San", "zhangsan"), ("００２Ｘ", "002x"), ("张\u3000三", "张三")],
)
def test_normalise_query(text: str, expected: str) -> None:
    assert normalise_query(text) == expected


@pytest.mark.parametrize(
    "query", ["zsf", "zs", "z", "zhangsanfeng", "zhangsan", "zhang", "sanfeng", "feng", "sf", "张三丰", "张三", "三丰"]
)
def test_zhang_sanfeng_is_found_by_name_pinyin_initials_and_given_name(query: str) -> None:
    assert finds(query, "张三丰")


@pytest.mark.parametrize("query", ["zsx", "zhangsanx", "lisi", "张四", "丰三", "sanzhang", "anfeng", "hangsan"])
def test_zhang_sanfeng_is_not_found_by_other_text(query: str) -> None:
    assert not finds(query, "张三丰")


@pytest.mark.parametrize("query", ["ＺＳＦ", "z s f", "Z S F", "ＺＨＡＮＧ ＳＡＮ", "张 三 丰"])
def test_full_width_spaces_and_case_are_tolerated(query: str) -> None:
    assert finds(query, "张三丰")


@pytest.mark.parametrize(
    ("name", "found_by", "not_found_by"),
    [
        ("单雄信", ["shanxiongxin", "shan", "sxx", "sx"], ["danxiongxin", "dxx"]),
        ("曾国藩", ["zengguofan", "zeng", "zgf"], ["cengguofan", "cgf"]),
        ("解缙", ["xiejin", "xie", "xj"], ["jiejin", "jj"]),
        ("区志强", ["ouzhiqiang", "ozq"], ["quzhiqiang", "qzq"]),
        ("查良镛", ["zhaliangyong", "zly"], ["chaliangyong", "cly"]),
        ("仇英", ["qiuying", "qy"], ["chouying"]),
        ("翟志刚", ["zhaizhigang", "zzg"], ["dizhigang", "dzg"]),
        ("缪可", ["miaoke"], ["mouke"]),
        ("尉迟恭", ["yuchigong", "ycg", "chigong", "恭"], ["weichigong", "wcg"]),
        ("万俟卨", ["moqixie", "mqx"], ["wanqixie", "wsx"]),
        ("长孙无忌", ["zhangsunwuji", "zswj", "wuji"], ["changsunwuji", "cswj"]),
        ("令狐冲", ["linghuchong", "lhc"], []),
        ("澹台灭明", ["tantaimieming", "ttmm"], ["dantaimieming"]),
    ],
)
def test_polyphonic_and_compound_surnames_use_their_surname_readings(
    name: str, found_by: list[str], not_found_by: list[str]
) -> None:
    for query in found_by:
        assert finds(query, name), query
    for query in not_found_by:
        assert not finds(query, name), query


@pytest.mark.parametrize(
    ("name", "readings"),
    [("乐嘉", ["yuejia", "lejia", "yj", "lj"]), ("覃海", ["qinhai", "tanhai"]), ("盖聂", ["ge", "gai"])],
)
def test_surnames_with_two_common_readings_match_both(name: str, readings: list[str]) -> None:
    for query in readings:
        assert finds(query, name), query


def test_rare_compound_dan_yu_also_reads_as_shan_plus_given_name() -> None:
    assert finds("chanyufei", "单于飞")
    assert finds("shanyufei", "单于飞")


def test_a_two_character_name_is_not_taken_for_a_compound_surname() -> None:
    # 欧 + 阳: the table's compound reading must not swallow the given name.
    assert finds("oy", "欧阳")
    assert finds("阳", "欧阳")


def test_given_name_is_read_on_its_own_not_as_a_phrase_with_the_surname() -> None:
    # pypinyin reads 曾经 as "cengjing"; a client 曾经纬 is zeng + jingwei.
    assert finds("zengjingwei", "曾经纬")
    assert not finds("cengjingwei", "曾经纬")


def test_u_umlaut_matches_as_v_and_as_u() -> None:
    assert finds("lvxin", "吕欣")
    assert finds("luxin", "吕欣")


def test_dotted_names_ignore_the_dot_and_match_each_part() -> None:
    name = "阿依古丽·买买提"
    for query in ["阿依古丽买买提", "阿依古丽·买买提", "阿依古丽", "买买提", "ayiguli", "maimaiti", "aygl", "mmt"]:
        assert finds(query, name), query
    assert finds("买买提", "阿依古丽•买买提")
    # Inside a part the transliterated syllables mean nothing: they get no keys of their own.
    assert not finds("古丽", name)


def test_latin_names_match_by_word_and_initials() -> None:
    assert finds("smith", "John Smith")
    assert finds("js", "John Smith")


def test_characters_beyond_the_bmp_are_in_the_key_range() -> None:
    # 𪚥 (CJK Extension B) sorts above U+FFFF in UTF-8: a "q || U+FFFF" upper bound would miss it.
    assert finds("张", "张\U0002a6a5")
    assert finds("\U0002a6a5", "张\U0002a6a5")


def test_a_character_without_pinyin_leaves_the_rest_searchable() -> None:
    name = "张\U00030000丰"  # CJK Extension G: pypinyin has no reading for it
    assert finds("zhangfeng", name)
    assert finds("zf", name)
    assert finds("张\U00030000", name)


@pytest.mark.parametrize(
    "name", ["张三丰", "李娜", "欧阳娜娜", "单于飞", "吕绿律", "乐乐", "阿依古丽·买买提", "穆罕默德·阿卜杜拉·艾买提"]
)
def test_key_count_stays_small(name: str) -> None:
    keys = name_keys(name)
    assert 3 <= len(keys) <= 40
    assert {key[:2] for key in keys} == {NAME, PINYIN, INITIALS}


def test_key_count_of_a_long_undotted_name_is_bounded() -> None:
    assert len(name_keys("阿依古丽买买提")) == 21  # 7 name, 7 pinyin, 7 initials keys


def test_empty_name_has_no_keys() -> None:
    assert name_keys("") == set()
    assert name_keys(" · ") == set()


ID = "11010519900101002X"


@pytest.mark.parametrize("query", ["002X", "002x", "０１００２Ｘ", "0101002X", ID, ID.lower()])
def test_id_number_tail_of_four_or_more_characters(query: str) -> None:
    assert finds(query, id_number=ID)


@pytest.mark.parametrize("query", ["02X", "1101", "0020", "1002"])
def test_id_number_other_digits_do_not_match(query: str) -> None:
    assert not finds(query, id_number=ID)


@pytest.mark.parametrize("query", ["5678", "45678", "13812345678", "1381", "138 1234 5678"])
@pytest.mark.parametrize("phone", ["13812345678", "+86 138-1234-5678"])
def test_phone_tail_and_start(query: str, phone: str) -> None:
    assert finds(query, phone=phone)


def test_phone_three_digits_are_not_a_search() -> None:
    assert not finds("678", phone="13812345678")
    assert not finds("5679", phone="13812345678")


@pytest.mark.parametrize("phone", ["010-62345678-123", "(010) 6234 5678 转 123"])
def test_landline_tail_ignores_the_extension(phone: str) -> None:
    assert finds("5678", phone=phone)
    assert finds("01062345678", phone=phone)
    assert not finds("8123", phone=phone)


def test_a_phone_that_no_longer_validates_still_gets_keys() -> None:
    assert finds("5678", phone="010-12345678")


@pytest.mark.parametrize("query", ["KF-2024-001", "kf2024001", "kf2024", "ＫＦ２０２４", "kf-2024"])
def test_case_number_prefix_case_insensitive(query: str) -> None:
    assert finds(query, case_number="KF-2024-001")


def test_letters_alone_do_not_search_case_numbers() -> None:
    assert query_keys("kf") == [PINYIN + "kf", INITIALS + "kf"]
    assert not finds("kf", case_number="KF-2024-001")


def test_digit_keys_skip_missing_numbers() -> None:
    assert digit_keys(None, None, None) == set()
    assert digit_keys("", "", "") == set()
    assert {key[:2] for key in digit_keys(ID, None, None)} == {TAIL}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张三", [NAME + "张三"]),
        ("Z S F", [PINYIN + "zsf", INITIALS + "zsf"]),
        ("002x", [TAIL + "x200", CASE + "002x"]),
        ("1234", [TAIL + "4321", "d:1234", CASE + "1234"]),
        ("12", [CASE + "12"]),
        ("kf12", [CASE + "kf12"]),
        ("·", []),
        ("", []),
    ],
)
def test_query_keys_by_shape_of_query(query: str, expected: list[str]) -> None:
    assert query_keys(query) == expected


def test_ranking_exact_before_whole_prefix_before_part_matches() -> None:
    zhang_san = name_keys("张三")
    zhang_sanfeng = name_keys("张三丰")
    li_zhangsan = name_keys("李张三")  # 张三 is its given name
    li_zhang = name_keys("李张")
    assert best_rank("张三", zhang_san) < best_rank("张三", zhang_sanfeng)
    assert best_rank("张三", zhang_sanfeng) < best_rank("张三", li_zhangsan)
    assert best_rank("张", li_zhangsan) > best_rank("张", li_zhang) > best_rank("张", zhang_san)
    assert best_rank("zsf", zhang_sanfeng) < best_rank("zs", zhang_sanfeng)


def test_ranking_puts_exact_before_kind_and_pinyin_before_initials_within_a_tier() -> None:
    an = name_keys("安")  # pinyin is "an"
    ai_ning = name_keys("艾宁")  # initials are "an"
    an_xin = name_keys("安心")  # pinyin starts with "an"
    assert best_rank("an", an) == (0, 1)
    assert best_rank("an", ai_ning) == (0, 2)
    assert best_rank("an", an_xin) == (1, 1)


def test_exact_full_id_ranks_before_a_tail() -> None:
    keys = digit_keys(ID, None, None)
    assert best_rank(ID, keys) == (0, 3)
    assert best_rank("002X", keys) == (1, 3)
