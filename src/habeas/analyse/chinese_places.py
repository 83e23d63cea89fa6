"""Places in Chinese text: the gazetteer's places and their short forms, townships and villages after their
level, datelines, places abroad and places people went to.
"""

from __future__ import annotations

import functools
import itertools
import re

from habeas.analyse import tables as t
from habeas.analyse.chinese_forms import (
    BODY_RE,
    COMPASS_POINTS,
    CONJUNCTIONS,
    GAP,
    JOINED_BEFORE_NAME,
    LEVEL_CHARS,
    NOT_VILLAGE,
    PLACE_NOT,
    TRANSLIT,
    bureau_end,
    gazetteer_cn,
    is_han_name,
    name_like,
    name_span_ok,
    short_place_forms,
    town_part,
    village_start,
)
from habeas.analyse.chinese_words import (
    CJK,
    CJK_RE,
    Tokens,
    country_names,
    dictionary_tag,
    foreign_countries,
    frequent_word,
    known_word,
)
from habeas.analyse.model import Mention

_LEVEL_SUFFIX = ("县", "市")
# an autonomous prefecture's or county's level after the place's own name ("伊犁自治州", "克孜勒苏自治州")
_AUTONOMOUS_LEVEL_RE = re.compile("自治[州县]")


_CHINESE_EDITION_RE = re.compile(r"中文(?:网站|网|版|部|台|频道)")


# a medium's service in a language: "自由亚洲电台维吾尔语部", "吉尔吉斯语部"
_SERVICE_RE = re.compile(r"(?:部|组|频道|节目|版|台)")


# the most words the segmenter may cut a city's short form into ("图木|舒克" for 图木舒克市)
_SHORT_FORM_WORDS = 2


def short_places(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """The short forms of counties and cities the segmenter reads as a name or a place, not a township's
    name ("托里|镇" is a township, not 托里县), also where it cuts a longer one into two words, one of them read
    as a name or a place ("图木|舒克": 图木舒克市, whose last characters are no person)."""
    out = []
    words = tokens.words
    for i, (s, _e, _word, _flag) in enumerate(words):
        for span in words[i : i + _SHORT_FORM_WORDS]:
            e, word = span[1], text[s : span[1]]
            entry = short_place_forms().get(word)
            named = any(w[3].startswith(("ns", "nr")) for w in words[i : tokens.at[e - 1] + 1])
            if entry is not None and named and text[e : e + 1] not in "乡镇村":
                out.append(Mention(page, s, e, word, word, t.PLACE, 5, entry.canonical, True))
    return out


# a company's legal form after its known name is part of it ("特变电工股份有限公司" is 特变电工), as is
# a paper's office ("人民日报社" is 人民日报)
_LEGAL_FORM_RE = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|公司)|集团|(?<=报)社")


def gazetteer_mentions(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """The gazetteer's names on a page: places; known bodies as words of their own, with a company's
    legal form or a medium's Chinese edition after the name; and the country a known public body is
    named after ("美国财政部": 美国), a place inside the body's name."""
    pattern, index = gazetteer_cn()
    out = []
    for m in pattern.finditer(text):
        entry = index[m.group(0)]
        if entry.type == t.PLACE and _township_named_after(text, tokens, m.group(0), m.end()):
            out.append(_place_at(page, text, m.start(), m.end() + 1))  # the township, no mention of the county
            continue
        if _not_a_word_of_its_own(entry, tokens, m.start(), m.end()) or inside_a_name(text, m.start(), m.end()):
            continue
        if entry.type == t.PLACE and direction_after_a_place(text, m.start(), m.end(), index):
            continue
        end = m.end()
        if entry.type == t.PLACE and text[end : end + 1] in _LEVEL_SUFFIX and m.group(0)[-1] not in _LEVEL_SUFFIX:
            end += 1  # "库车县" where the gazetteer knows 库车 (and the city 库车市): the same place
        elif (
            entry.type == t.PLACE
            and _AUTONOMOUS_LEVEL_RE.match(text, end)
            and not _AUTONOMOUS_LEVEL_RE.search(m.group(0))
        ):
            end += 3  # "克孜勒苏自治州": the prefecture's level written without its people's name, the same place
        suffix = _CHINESE_EDITION_RE.match(text, end) if entry.type != t.PLACE else None
        suffix = suffix or (_LEGAL_FORM_RE.match(text, end) if entry.type == t.ORGANIZATION else None)
        if suffix:
            end = suffix.end()  # "德国之声中文网": a known medium's Chinese edition is the medium
        elif entry.type != t.PLACE:
            end = _language_service_end(text, tokens, end)  # "自由亚洲电台维吾尔语部": its service in a language
        bureau = bureau_end(text, tokens, end) if entry.type == t.PUBLIC_BODY else end
        # a known body's whole name outranks the organs read inside it ("美国国会及行政当局中国委员会")
        rank = 6 if entry.type != t.PLACE and bureau - m.start() >= 4 else 5
        name = text[m.start() : bureau]
        canonical = entry.canonical if bureau == end else name  # a bureau under the known body is a body apart
        out.append(Mention(page, m.start(), bureau, name, name, entry.type, rank, canonical, bureau == end))
        if entry.type == t.PUBLIC_BODY:
            out.extend(_place_it_is_named_after(page, text, m.start(), end, index))
    return out


_LONGEST_PLACE_BEFORE = 4  # characters of a place whose last one a province's two-character name opens


def direction_after_a_place(text: str, start: int, end: int, index: dict[str, t.GazetteerEntry]) -> bool:
    """A two-character name ending in a compass point whose first character closes a place written before it
    ("天山东端", "中山东路", "泰山西麓", "洞庭湖南岸"): that place and a direction, no province 山东, 山西, 湖南."""
    if end - start != 2 or text[end - 1] not in "东西南北":
        return False
    for length in range(2, _LONGEST_PLACE_BEFORE + 1):
        before = text[start + 1 - length : start + 1]
        if len(before) == length and _a_place_word(before, index):
            return True
    return False


def _a_place_word(word: str, index: dict[str, t.GazetteerEntry]) -> bool:
    """Whether ``word`` is a place the gazetteer or the dictionary knows."""
    entry = index.get(word)
    return (entry is not None and entry.type == t.PLACE) or dictionary_tag(word).startswith("ns")


def _township_named_after(text: str, tokens: Tokens, name: str, end: int) -> bool:
    """ "莎车县莎车镇团结路": a county's short name, then 镇 or 乡 as a word of its own (or read into a word the
    dictionary does not hold; not "乡村", "乡镇"), names the township (the county's seat) that bears the county's
    name, no mention of the county."""
    word = tokens.word(end)
    if name[-1] in _LEVEL_SUFFIX or word is None or word[0] != end or word[2][0] not in "乡镇":
        return False
    return word[2] in ("乡", "镇") or not known_word(word[2])  # "莎车|镇阿尔屯路": the level read into the street


# places listed before a count of their level: "库车、新和两县" (the two counties Kuqa and Toksu), "沙雅、新和、
# 库车三县"; a notice's long list closes with 等 and a count in figures, the level perhaps said by its seat
# ("鄯善、沙雅……、富蕴等13个县城": thirteen county towns)
_COUNT_OF_LEVEL_RE = re.compile("等?(?:[两三四五六七八九十]+|[1-9][0-9]?)个?([县市])")
_LISTED_BEFORE_RE = re.compile(rf"(?:[{CJK}]{{1,6}}、)+[{CJK}]{{2,4}}$")
_LIST_WINDOW = 80  # how far back from the count a list is read: a bound, so a long run of 、 is read once


def listed_before_count_of_level(page: int, text: str) -> list[Mention]:
    """Each item of a list closed by a count of counties or cities ("库车、新和两县") that the gazetteer knows
    with that level: the county or the city, named without its level (新和 is 新和县; alone it may be "new and").
    An item's last two to four characters are read, as a clause may run into the list's first item."""
    index = gazetteer_cn()[1]
    out = []
    for count in _COUNT_OF_LEVEL_RE.finditer(text):
        m = _LISTED_BEFORE_RE.search(text, max(0, count.start() - _LIST_WINDOW), count.start())
        if m is None:
            continue
        level, pos = count.group(1), m.start()
        for item in m.group(0).split("、"):
            end = pos + len(item)
            for start in range(max(pos, end - 4), end - 1):
                entry = index.get(text[start:end] + level)
                if entry is not None and entry.type == t.PLACE:
                    name = text[start:end]
                    out.append(Mention(page, start, end, name, name, t.PLACE, 5, entry.canonical, True))
                    break
            pos = end + 1
    return out


# the one-character short forms of countries that headlines write before a body's name: "美国务院", "美财政部"
_COUNTRY_INITIALS = {
    "美": "美国",
    "英": "英国",
    "法": "法国",
    "德": "德国",
    "日": "日本",
    "俄": "俄罗斯",
    "澳": "澳大利亚",
    "加": "加拿大",
    "韩": "韩国",
}
_COUNTRY_INITIAL_RE = re.compile(f"(?<![{CJK}])[{''.join(_COUNTRY_INITIALS)}](?=[{CJK}])")


def bodies_after_country_initial(page: int, text: str) -> list[Mention]:
    """A known public body of another country written after the country's one-character short form, as
    headlines write it ("美国务院", "美财政部"): that body, when the gazetteer knows it under the country's
    full name (美国国务院), read at a word's start only."""
    index = gazetteer_cn()[1]
    out = []
    for m in _COUNTRY_INITIAL_RE.finditer(text):
        country = _COUNTRY_INITIALS[m.group(0)]
        for size in range(8, 1, -1):
            entry = index.get(country + text[m.end() : m.end() + size])
            if entry is not None and entry.type == t.PUBLIC_BODY:
                name = text[m.start() : m.end() + size]
                out.append(
                    Mention(page, m.start(), m.end() + size, name, name, t.PUBLIC_BODY, 6, entry.canonical, True)
                )
                break
    return out


def _place_it_is_named_after(
    page: int, text: str, start: int, end: int, index: dict[str, t.GazetteerEntry]
) -> list[Mention]:
    for size in range(min(8, end - start - 2), 1, -1):
        entry = index.get(text[start : start + size])
        if entry is not None and entry.type == t.PLACE:
            name = text[start : start + size]
            return [Mention(page, start, start + size, name, name, t.PLACE, 5, entry.canonical, True)]
    return []


def _language_service_end(text: str, tokens: Tokens, end: int) -> int:
    """Where a medium's name ends when its service in a language follows ("吉尔吉斯语|部"): the language is
    one word ending in 语, right after the name."""
    word = tokens.word(end)
    if word is None or word[0] != end or len(word[2]) < 2 or not word[2].endswith("语"):
        return end
    service = _SERVICE_RE.match(text, word[1])
    return service.end() if service else end


def township_names(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """ "赴木吉镇、杜瓦镇督查", "科克|铁热克乡", "喀拉|苏镇": a township or town the segmenter does not know
    (it may read it as a person), with the name-like or place words before it; not an ordinary word
    ("乡镇", "本乡") nor a level alone ("（镇）")."""
    out = []
    for i, (s, e, word, flag) in enumerate(tokens.words):
        listed_level = word in ("乡", "镇") and _LIST_NEXT_RE.match(text, e) is not None
        not_town = word[-1] not in "乡镇" or known_word(word) or flag.startswith(("r", "m", "d", "v", "p"))
        people = _people_of_township(tokens, i)
        if not_town and not listed_level and people is None:
            continue
        j, reach = i - 1, e
        if people is not None:  # "德尕特|蒙古族|乡": the people a nationality township is named for, its own
            s, j, reach = people[0], i - 2, people[0] + 1  # name as long as another township's before them
        while j >= 0 and reach - tokens.words[j][0] <= 8 and town_part(tokens.words[j]):
            s = tokens.words[j][0]
            j -= 1
        if people is not None and s == people[0]:
            continue  # "哈日布呼|蒙古族|乡" read in words no name opens: no township's name is read whole
        s = _conjunction_opening_line(text, tokens, j, s)
        s = _past_joined_preposition(tokens, s)
        earlier, s = _earlier_township_joined(text, s, e)
        if earlier is not None:
            out.append(_place_at(page, text, *earlier))
        name = text[s:e]
        long_enough = len(name) >= 3 or _listed_township(text, s, e)
        if long_enough and CJK_RE.match(name) and not name.startswith(_NOT_TOWN) and not known_word(name):
            out.append(Mention(page, s, e, name, name, t.PLACE, 5 if listed_level else 4))
    found = out + _townships_of_county(page, text, tokens) + _townships_in_list(page, text)
    found += _townships_in_cells(page, text)
    return [_without_residence_verb(_without_governing_verb(m)) for m in found]


def _conjunction_opening_line(text: str, tokens: Tokens, j: int, start: int) -> int:
    """ "和夏阿瓦提镇：某某（…）": a conjunction that opens its line joins nothing, so the segmenter's 和, 与 or 及
    right before a township's name read from ``start`` is the name's first syllable; ``start`` otherwise."""
    if j < 0 or tokens.words[j][1] != start or tokens.words[j][2] not in CONJUNCTIONS:
        return start
    at = tokens.words[j][0]
    return at if not text[text.rfind("\n", 0, at) + 1 : at].strip() else start


def _people_of_township(tokens: Tokens, i: int) -> tuple[int, int, str, str] | None:
    """The people a nationality township is named for, right before its level ("汗德尕特|蒙古族|乡", "某某|回族|
    乡"): part of the township's name, which its own name opens."""
    before = tokens.words[i - 1] if i > 0 else None
    if tokens.words[i][2] not in ("乡", "镇") or before is None or before[1] != tokens.words[i][0]:
        return None
    return before if len(before[2]) >= 2 and before[2].endswith("族") and i >= 2 else None


# a township's level and the conjunction or comma after it, inside the name read before the next level
_LEVEL_LISTED_RE = re.compile("[乡镇][、和及与]")


def _earlier_township_joined(text: str, start: int, end: int) -> tuple[tuple[int, int] | None, int]:
    """ "吐艾乡和孜|阿库乡": where the segmenter read a list's earlier township and the conjunction into the
    next township's first word, the next name starts after the conjunction; the earlier township (three
    characters or more, no ordinary word) is given with it, else None. A verb read into the name before it is left
    out first (``_past_verb_read_in``)."""
    start = _past_verb_read_in(text, start, end)
    joined = None
    for m in _LEVEL_LISTED_RE.finditer(text, start, end - 1):
        joined = m
    if joined is None:
        return None, start
    earlier = text[start : joined.start() + 1]
    named = len(earlier) >= 3 and not earlier.startswith(_NOT_TOWN) and not known_word(earlier)
    return ((start, joined.start() + 1) if named else None), joined.end()


def _place_at(page: int, text: str, start: int, end: int) -> Mention:
    return Mention(page, start, end, text[start:end], text[start:end], t.PLACE, 5)


# a verb of governing before the townships a county or city holds: "某某县辖某某镇、某某乡"
_GOVERNING_RE = re.compile("(?:下辖|管辖|共辖|辖)")


def _without_governing_verb(m: Mention) -> Mention:
    """A township read with the verb before it ("伽师县|辖巴仁镇"): the name starts after the verb."""
    return _without_verb(m, _GOVERNING_RE, 2)


# the verb of an address before the place someone lives in: "住某某镇", "家住某某乡", "现住某某村"; and of a team or
# a cadre stationed there: "驻某某村工作队", "派驻某某乡"
_RESIDENCE_RE = re.compile("(?:家住|现住|居住在|住在|住|派驻|进驻|驻)")


def _without_residence_verb(m: Mention) -> Mention:
    """A township or village read with the verb of an address or of being stationed before it ("住|乌恰镇", as a
    judgment writes a defendant's address; "驻|某某村工作队"): the name starts after the verb."""
    return _without_verb(m, _RESIDENCE_RE, 3)


# a verb of passing through, going to or coming from before the place: "在途经某某乡某某村时", "前往某某乡某某村",
# "来自某某镇的学员", "回到某某村"
_PASSING_RE = re.compile("(?:途经|途径|路经|经过|路过|前往|来到|到达|抵达|赶赴|赶到|走进|来自|回到|返回|离开)")


def _without_passing_verb(m: Mention) -> Mention:
    """A township read with the verb of passing through, going to or coming from before it ("在|途经某某乡|某某村时",
    "来自|某某镇的"): the name starts after the verb."""
    return _without_verb(m, _PASSING_RE, 3)


# the verbs of a course's or an area's ends before the places that bound it, as a notice or a road's description
# writes them: "上起某某乡，下至某某村" (from ... upstream to ... downstream), "东起某某镇，西至某某县"
_RANGE_RE = re.compile("(?:[上下东西南北]起|起自|起于|[上下东西南北]至|止于)")


def _without_range_verb(m: Mention) -> Mention:
    """A township or village read with the verb of a course's end before it ("上起|某某乡", "下至|某某村"): the
    name starts after the verb."""
    return _without_verb(m, _RANGE_RE, 3)


def _without_verb(m: Mention, verb_re: re.Pattern[str], least: int) -> Mention:
    """``m`` without the verb ``verb_re`` finds at its start, where ``least`` characters of the name are left."""
    verb = verb_re.match(m.text)
    if verb is None or len(m.text) - verb.end() < least:
        return m
    name = m.text[verb.end() :]
    return Mention(m.page, m.start + verb.end(), m.end, name, name, m.type, m.priority)


# a subdistrict or a residential community named right after the city, county, town or subdistrict it lies in:
# "和田市古江巴格街道", "某某街道纳瓦格社区", "乌恰镇托云路社区"
_COMMUNITY_RE = re.compile(
    rf"(?:(?<=[市县区乡镇])|(?<=街道))(?P<name>(?:(?![{''.join(sorted(NOT_VILLAGE))}])[{CJK}]){{2,8}}?)(?:街道|社区)"
)


# a city's district in an address, the road or the house number after it: "某某市文山区指南路二段64号", "某某市某某区
# 12号"
_CITY_DISTRICT_RE = re.compile(rf"(?<=市)(?P<name>[{CJK}]{{1,3}}?)区(?=[{CJK}]{{1,8}}?(?:路|街|大道|巷)|\d)")


def communities_after_level(page: int, text: str) -> list[Mention]:
    """A subdistrict (街道) or a residential community (社区) named right after the place it lies in, or a city's
    district in an address, as an address writes them: a place; not an ordinary word before the level ("城乡社区",
    "全县各社区"), nor a frequent word of another kind ("某某市开发区": a development zone)."""
    communities = [m for m in _COMMUNITY_RE.finditer(text) if not known_word(m.group("name"))]
    # a district's name may be a rare word of the dictionary (文山), not a frequent one of another kind (开发)
    districts = [m for m in _CITY_DISTRICT_RE.finditer(text) if not _frequent_non_place(m.group("name"))]
    return [_without_act_verb(Mention.whole(page, m, t.PLACE, 5)) for m in communities + districts]


# the verbs of an act that sets up or abolishes a subdistrict or a township, as a notice of a change of divisions
# writes them right after the city: "某某市设立|某某街道", "撤销|某某乡"
_DIVISION_ACT_RE = re.compile("(?:设立|撤销|新设|增设|撤并|组建)")


def _without_act_verb(m: Mention) -> Mention:
    """A subdistrict or a community read with the verb that sets it up before it ("和田市|设立|某某街道"): the name
    starts after the verb."""
    return _without_verb(m, _DIVISION_ACT_RE, 3)


def _frequent_non_place(word: str) -> bool:
    return frequent_word(word) and dictionary_tag(word) != "ns"


# an older level of administration after its place: "喀什专区" (a prefecture of the 1950s), "疏勒直隶州"
_HISTORIC_LEVEL_RE = re.compile("专区|直隶州|直隶厅")
# a river or a lake before a word of its course or its shore: "喀什噶尔河下游", "塔里木河流域", "伊犁河南岸", or
# of its flow: "喀拉喀什河流经墨玉县", "叶尔羌河发源于喀喇昆仑山", or as a border between places: "西隔玉龙喀什河与
# 和田县相望" (what a county's description writes of its neighbours across the river)
_WATER_COURSE_RE = re.compile(
    "[河江湖](?=下游|上游|中游|流域|沿岸|两岸|[东南西北]岸|畔|以[东南西北]|流经|流入|注入|发源|河段|河道|干流|支流"
    f"|[{CJK}]{{2,4}}段(?![时期落位]))"
    "|(?<=隔)[^，。、\n]{2,6}?[河江湖](?=与|和)"
)
_WATER_NAME_MAX = 6


def historic_levels(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A place named with an older level ("隶属喀什专区", "属疏勒直隶州"): the place and its level, one place;
    the word before the level a place's or a transcribed name's, not a section of a site ("会员专区")."""
    out = []
    for m in _HISTORIC_LEVEL_RE.finditer(text):
        word = tokens.word(m.start() - 1)
        if word is not None and word[1] == m.start() and word[3] in ("ns", "nrt") and len(word[2]) >= 2:
            name = text[word[0] : m.end()]
            out.append(Mention(page, word[0], m.end(), name, name, t.PLACE, 5))
    return out


def water_courses(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A river or a lake named before its course ("位于喀什噶尔河下游"), or between 隔 and 与 or 和 as a border
    ("西隔玉龙喀什河与和田县相望"): from a place's word through the transcribed words after it to 河, 江 or 湖."""
    out = []
    for m in _WATER_COURSE_RE.finditer(text):
        start = j = water = m.end() - 1  # 河, 江 or 湖
        if water > m.start():  # "隔玉龙喀什河与": the name is the words between 隔 and 河, names and places
            words = tokens.within(m.start(), water)
            if words and all(w[3].startswith("n") for w in words) and any(w[3] == "ns" for w in words):
                start = j = m.start()
        whole = tokens.word(water)  # "孔雀河|尉犁段": the segmenter reads the river's name and 河 as one word
        if start == water and whole is not None and whole[1] == water + 1 and 2 <= water - whole[0] < _WATER_NAME_MAX:
            start = j = whole[0]
        while j > 0 and water - j < _WATER_NAME_MAX:
            word = tokens.word(j - 1)
            if word is None or word[1] != j or not (word[3] in ("ns", "nrt") or name_like(word)):
                break
            j = word[0]
            if word[3] == "ns":
                start = j
        if start < water:
            name = text[start : m.end()]
            out.append(Mention(page, start, m.end(), name, name, t.PLACE, 5))
    return out


# a village's committee or party branch after the village's name: "米尔凯奇村村委会", "某某村党支部"
_VILLAGE_BODY_RE = re.compile(r"村(?=村委会|村民委员会|党支部|(?:农民专业)?合作社)")


def village_names(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """A village named before its committee ("阔克塔斯村村委会") is a place wherever the page writes its name
    alone ("阔克塔斯村外出人员多"); the name read back from 村 as a village body's is (its own name only,
    not the township's or county's before it)."""
    names = set()
    for m in _VILLAGE_BODY_RE.finditer(text):
        start = village_start(text, tokens, index, m.start())
        own = text[start : m.end()]
        town = max(own.rfind("乡"), own.rfind("镇"), own.rfind("县"), own.rfind("市"))
        name = own[town + 1 :]
        if len(name) >= 3 and not known_word(name):
            names.add(name)
    return [
        Mention(page, hit.start(), hit.end(), name, name, t.PLACE, 4)
        for name in names
        for hit in re.finditer(re.escape(name), text)
    ]


_SETTLEMENT_MAX = 8


# "every" before a level ("各乡镇", "各村", "县各乡"): all the places of that level, none named
_EVERY_OF_A_LEVEL_RE = re.compile(r"[各每][乡镇村县市区州]")


def _every_of_a_level(name: str) -> bool:
    return _EVERY_OF_A_LEVEL_RE.search(name) is not None


# a village's name of two to seven characters, no number and no other level inside it, and its level
_VILLAGE_NAME = r"[^\W\d乡镇县市区州村]{2,7}?村"
# a village's name right after a township's level: the segmenter may join the level to the village's first syllable
_VILLAGE_AFTER_LEVEL_RE = re.compile(rf"{_VILLAGE_NAME}(?![民委部庄子落级])")


def _village_follows(text: str, pos: int) -> bool:
    """Whether the township's level at ``pos`` is followed by a village's name ("墩拉其镇|巴兰克村", where the
    segmenter reads 镇巴, a county elsewhere, across the two): the level ends the township's name."""
    return text[pos] in "乡镇" and _VILLAGE_AFTER_LEVEL_RE.match(text, pos + 1) is not None


def _native_of_level(text: str, word: tuple[int, int, str, str] | None, pos: int) -> bool:
    """ "某某县某某乡人。", "某某镇人，": a person's native township in a ruling's or a profile's particulars,
    whose level the segmenter reads with 人 into a word of its own (乡人, "fellow villager") before a stop."""
    if word is None or word[0] != pos or word[2] not in ("乡人", "镇人", "村人"):
        return False
    return text[word[1] : word[1] + 1] in "，。；、"


def _level_char_inside_word(tokens: Tokens, pos: int, level: int) -> bool:
    """Whether the level's character at ``pos`` is inside an ordinary word that runs on past it, right before a
    place's name the segmenter reads whole up to the level at ``level`` ("村庄|曲鲁海乡": a village, the common
    noun, then a township's name): no level of a place before that name. A word read across a level and a name's
    first syllable ("镇上|庄子|新村") is no ordinary word there: the name after it is not read whole."""
    word = tokens.word(pos)
    if word is None or word[1] <= pos + 1 or not known_word(word[2]) or word[3].startswith(("ns", "nr")):
        return False
    after = tokens.word(word[1])
    return after is not None and after[0] == word[1] and after[1] == level + 1 and after[3].startswith("ns")


# a year's, a month's or a day's unit after its digits ("2017年西沟村"), no syllable of the name after it
_DATE_UNIT_RE = re.compile(r"\d[年月日]")


def _village_after_township(text: str, pos: int) -> bool:
    """Whether the village's level at ``pos`` ends a village's name that follows a township's level right
    before it ("伯西热克乡|阿克塔木村", where the segmenter reads 木村, a word, across the name's end and its level)."""
    for start in range(pos - 2, max(0, pos - 8), -1):  # the nearest level first: no level inside the name
        if text[start - 1] in "乡镇":
            m = _VILLAGE_AFTER_LEVEL_RE.match(text, start)
            return m is not None and m.end() == pos + 1
    return False


def settlements_after_level(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A township or village named right after the county, township or city it lies in ("某某县英格堡乡",
    "某某镇喀拉塔勒村", "某某乡兰干村"), whatever words the segmenter reads in its name (英|格堡, 喀拉|塔勒, 乡兰|干村),
    read back from its level to the level before, a stop or a function character; or one whose name the
    segmenter reads as names or places ("，塔尔|开其克村", "走进|周家庄|村": no person). Not an ordinary word
    ("全县贫困村", "县城乡") nor a level the segmenter reads into an ordinary word ("村民", "农村")."""
    out = []
    for level in re.finditer("[乡镇村]", text):
        pos = level.start()
        word = tokens.word(pos)
        named = (word is not None and word[3].startswith(("ns", "nr"))) or _level_opens_body(word, pos)
        village_follows = _village_follows(text, pos)
        named = named or village_follows or _native_of_level(text, word, pos)
        named = named or (text[pos] == "村" and _village_after_township(text, pos))
        if word is None or (not named and (word[1] != pos + 1 or (word[0] < pos and known_word(word[2])))):
            continue  # "村民", "镇长", "登记|农村": the level starts or ends an ordinary word
        if _KIND_OF_PLACE_RE.fullmatch(word[2]):
            continue  # "新疆|城镇|新增就业": a kind of place the segmenter tags as a place, its level no township's
        start = pos
        while start > 0 and pos - start < _SETTLEMENT_MAX and _settlement_char_at(text, tokens, start - 1):
            start -= 1
        start = _name_across_function_char(text, tokens, start, pos)
        start += start > 0 and _DATE_UNIT_RE.match(text, start - 1) is not None  # "2017年|西沟村": the year's 年
        after_level = text[start - 1 : start] in LEVEL_CHARS and name_span_ok(text[start:pos], pos - start)
        after_level = after_level and not _level_char_inside_word(tokens, start - 1, pos)
        if village_follows and not after_level:
            start = _past_ordinary_words(tokens, start, pos)  # "工作队来到|托拉其镇|阿热勒村"
        read = after_level or village_follows or _named_words(tokens, start, pos)
        if not read and not _unread_name_after_stop(tokens, start, pos):
            start = _named_run_start(tokens, pos)
            joined = _after_joined_preposition(tokens, start)
            if joined == start and not _opens_settlement(tokens, start):
                continue  # "若|克雅|乡": the name began a character earlier, in a word of no kind the run reads
            start = joined
        earlier, start = _earlier_township_joined(text, start, pos + 1)
        if earlier is not None:
            out.append(_place_at(page, text, *earlier))
        name = text[start:pos]
        ordinary = known_word(name) and not dictionary_tag(name).startswith(("ns", "nr"))
        worded = ordinary or known_word(name + text[pos]) or frequent_word(name[-2:])
        if len(name) < 2 or (worded and not _town_after_named_place(tokens, start, pos, text)):
            continue
        if _every_of_a_level(name + text[pos]):
            continue  # "和田县各乡": the county's every township, none named
        out.append(Mention(page, start, pos + 1, name + text[pos], name + text[pos], t.PLACE, 5))
    return [
        _without_range_verb(_without_passing_verb(_without_residence_verb(_without_governing_verb(m)))) for m in out
    ]


def _town_after_named_place(tokens: Tokens, start: int, pos: int, text: str) -> bool:
    """ "某某县|桃花镇": a town or township named by an ordinary word (桃花, 红旗, 团结), as many are, right after
    the county, district or city it lies in, whose name the segmenter knows as a place, as an address writes it
    (not "全县|贫困村": no named place before it, nor a village, whose ordinary words are kinds of village; nor a
    kind of town, its level inside a word: "某某市|小城镇", "特色小镇")."""
    before = tokens.word(start - 1)
    if text[pos] not in "乡镇" or before is None or before[1] != start or len(before[2]) < 3:
        return False
    if known_word(text[pos - 1 : pos + 1]) or known_word(text[start : pos + 1]):
        return False
    return before[2][-1] in "县区市旗" and before[3].startswith("ns")


def _name_across_function_char(text: str, tokens: Tokens, start: int, pos: int) -> int:
    """ "伊宁县萨木|于|孜乡": a township's transcribed name right after its county's level, with a syllable that
    is also a function character (于) inside it, after a word the segmenter reads as a name: the name runs back
    across that character to the level; ``start`` otherwise."""
    inner = start - 1
    before = tokens.word(inner - 1)
    if inner < 1 or start == pos or text[inner] in LEVEL_CHARS or before is None or before[1] != inner:
        return start
    if not before[3].startswith(("nr", "ns")):
        return start
    head = before[0]
    while head > 0 and pos - head < 6 and _settlement_char(text[head - 1]):
        head -= 1
    return head if text[head - 1 : head] in LEVEL_CHARS and pos - head <= 5 else start


def _after_joined_preposition(tokens: Tokens, start: int) -> int:
    """ "据托|格拉|克乡", "由托|格拉|克乡", "据恰|尔巴|格镇": a preposition the segmenter reads into one word with
    a transcribed name's first character; the name starts one character before ``start``."""
    before = tokens.word(start - 1)
    if before is None or before[1] != start or before[3].startswith(("ns", "nr")):
        return start
    return start - 1 if _preposition_joined(before[2]) else start


def _preposition_joined(word: str) -> bool:
    """Whether a word of two characters is a preposition (or a conjunction, 与 and 和) and a transcribed name's
    first character."""
    return len(word) == 2 and word[0] in JOINED_BEFORE_NAME + "与和" and word[1] in TRANSLIT


def _level_opens_body(word: tuple[int, int, str, str] | None, pos: int) -> bool:
    """ "克|乡党委", "英阿瓦提|乡人民政府": the segmenter reads a township's level into one word with the
    township's body, which the level opens."""
    return word is not None and word[0] == pos and BODY_RE.fullmatch(word[2][1:]) is not None


def _unread_name_after_stop(tokens: Tokens, start: int, pos: int) -> bool:
    """Whether the characters from a clause's stop to a level are a name the segmenter does not read: two to
    five characters in words of one character, words its dictionary lacks or syllables it reads as a Chinese
    numeral, one of the last two at least ("；托|万克|村登记": 万 read as ten thousand), no ordinary word
    ("，回到|村里")."""
    before = tokens.word(start - 1)
    if (before is not None and before[2] not in "，；。：、\n") or not 2 <= pos - start <= 5:
        return False
    words: list[str] = []
    unknown: list[str] = []
    at = start
    while at < pos and (word := tokens.word(at)) is not None and word[0] == at and word[1] <= pos:
        words.append(word[2])
        unread = not known_word(word[2]) or (word[3] == "m" and CJK_RE.match(word[2])) or word[3].startswith("nr")
        if len(word[2]) >= 2 and unread:
            unknown.append(word[2])
        at = word[1]
    return at == pos and bool(unknown) and all(len(w) == 1 or w in unknown for w in words)


def _settlement_char(char: str) -> bool:
    return bool(CJK_RE.match(char)) and char not in NOT_VILLAGE


def _past_ordinary_words(tokens: Tokens, start: int, pos: int) -> int:
    """``start`` moved past the last frequent ordinary word of two characters or more that lies wholly between
    it and ``pos`` ("来到", "干部"): no settlement's name holds one, while a rare word may be syllables of a
    transcribed name ("木格|其乡", "提干|孜兰镇")."""
    for _s, e, word, flag in tokens.within(start, pos):
        if len(word) >= 2 and frequent_word(word) and not flag.startswith(("ns", "nr")):
            start = e
    return start


def _settlement_char_at(text: str, tokens: Tokens, pos: int) -> bool:
    """Whether the character at ``pos`` may be part of a settlement's name: a character of no function; or
    其, a syllable of many transcribed names ("其艾乡", "什其拉乌村", "墩拉其镇", "托尕其其村"), where the
    segmenter reads it into no word of its own ("其他", "其中", "尤其", "及其") and a transcription character
    follows it, or the level follows it after a transcription character ("返回其村": "his village")."""
    if _settlement_char(text[pos]):
        return True
    word = tokens.word(pos)
    in_word = word is not None and len(word[2]) >= 2 and known_word(word[2]) and not word[3].startswith(("ns", "nr"))
    if text[pos] != "其" or in_word:
        return False
    after, before = text[pos + 1 : pos + 2], text[pos - 1 : pos]
    return after in _QI_NAME_CHARS or (after in ("乡", "镇", "村") and before in _QI_NAME_CHARS)


_QI_NAME_CHARS = frozenset(TRANSLIT) | {"其"}


def _named_words(tokens: Tokens, start: int, end: int) -> bool:
    """Whether the segmenter reads every word from ``start`` to ``end`` as a name or a place, the first
    beginning at ``start``."""
    first = tokens.word(start)
    if first is None or first[0] != start:
        return False
    pos = start
    while pos < end and (word := tokens.word(pos)) is not None and word[3].startswith(("ns", "nr")):
        pos = word[1]
    return pos >= end


def _opens_settlement(tokens: Tokens, start: int) -> bool:
    """Whether a name may begin at ``start``: after a stop, a function character or an ordinary word of two
    characters or more ("走进|周家庄村"), not after a character the segmenter leaves alone ("若|克雅乡")."""
    before = tokens.word(start - 1)
    if before is None or not CJK_RE.match(before[2]) or before[2] in NOT_VILLAGE:
        return True
    return len(before[2]) >= 2 and known_word(before[2]) and not before[3].startswith(("ns", "nr"))


def _named_run_start(tokens: Tokens, pos: int) -> int:
    """Where the words the segmenter reads as names or places before ``pos`` begin, up to ``_SETTLEMENT_MAX``
    characters back ("塔尔|开其克村", "周家庄|村"); ``pos`` when there are none."""
    word = tokens.word(pos)
    start = word[0] if word is not None and word[0] < pos and word[3].startswith(("ns", "nr")) else pos
    while (before := tokens.word(start - 1)) is not None and _name_syllables(before):
        if pos - before[0] > _SETTLEMENT_MAX or not CJK_RE.match(before[2]):
            break
        start = before[0]
    return _past_joined_preposition(tokens, start)


def _name_syllables(word: tuple[int, int, str, str]) -> bool:
    """A word the segmenter reads as a name or a place, or transcription syllables it reads as a numeral or a
    unit ("格拉|克|乡": 克, a gram)."""
    return word[3].startswith(("ns", "nr")) or (word[3] == "m" and all(c in TRANSLIT for c in word[2]))


def _past_joined_preposition(tokens: Tokens, start: int) -> int:
    """ "由托|格拉|克乡": a preposition the segmenter reads, with a transcribed name's first character, as a name
    is no part of the name, which starts one character after ``start``."""
    first = tokens.word(start)
    if first is None or first[0] != start or not first[3].startswith("nr"):
        return start
    return start + 1 if _preposition_joined(first[2]) else start


# the end of what the segmenter reads into a township's first word before its name: a word of going or being
# somewhere ("评估组到|木什乡", "工作队在|某某镇") or "namely" opening a list ("即|托克扎克镇、…")
_VERB_READ_IN_RE = re.compile(rf"[{CJK}]{{0,2}}?[即到在赴往](?=[{CJK}]{{2,}})")


def _past_verb_read_in(text: str, start: int, end: int) -> int:
    """Where a township's name starts after a verb (or 即) and up to two characters before it that the segmenter
    read into one word with the name ("组到木什乡"): the name keeps its own characters and its level."""
    m = _VERB_READ_IN_RE.match(text, start, end)
    return m.end() if m is not None and end - m.end() >= 3 else start


# a list's next item after a township: "在二堡镇、沁城乡、大泉湾乡开展", "巴里坤镇和大河镇的", or a town's
# subdistrict listed with the townships ("某某乡和某某街道")
_LIST_NEXT_RE = re.compile(rf"[、和及与]([{CJK}]{{1,5}}?(?:[乡镇]|街道))")


# ... and after a village, the next village, whose level ends a word: "某某新村和沙门子新村的"
_VILLAGE_LIST_NEXT_RE = re.compile(rf"[、和及与]([{CJK}]{{2,6}}?村)(?=[^{CJK}]|[的和与及是在进]|$)")


# the next township of a list whose items carry counts: "托克扎克镇260人，站敏乡180人"
_COUNTED_LIST_NEXT_RE = re.compile(rf"\d+(?:\.\d+)?[人户名个家]?[，、；]([{CJK}]{{1,5}}?[乡镇])(?=\d)")


def _townships_in_list(page: int, text: str) -> list[Mention]:
    """Each item of a list of townships or villages after the first, whatever words the segmenter reads in it
    ("沁|城乡", "大泉|湾乡", "……镇260人，站|敏|乡180人", "某某新村和沙门|子|新村"): the list's delimiter (or an item's
    count and a comma) starts it and its level ends it. Not every township
    ("各乡镇"), an ordinary word ("城乡") nor an item naming its county too."""
    out = []
    for level in re.finditer(r"街道|[乡镇村]", text):  # "……斯某街道、波某坦街道": after a subdistrict too
        if level.group(0) == "村":
            m = _VILLAGE_LIST_NEXT_RE.match(text, level.end())
        else:
            m = _LIST_NEXT_RE.match(text, level.end()) or _COUNTED_LIST_NEXT_RE.match(text, level.end())
        if m is None:
            continue
        name = m.group(1)
        if name.startswith(_NOT_TOWN) or known_word(name) or any(c in "县市区州" for c in name):
            continue
        out.append(Mention(page, m.start(1), m.end(1), name, name, t.PLACE, 5))
    return out


# a township's name right after its county or city's: "博乐市小营盘镇，", "某某县某某乡和"
_STREET = r"(?:大街|大道|路|街|巷)"
_COUNTY_TOWN_RE = re.compile(
    rf"[{CJK}]{{1,4}}?[乡镇](?=[，、。；和与的及为等在是\s]|$|[{CJK}]{{1,6}}?{_STREET}{GAP}*\d)"
)


# and the village after it in an address: "某某县某某镇某某村。" (a household's registered place)
_TOWN_VILLAGE_RE = re.compile(rf"(?P<town>[{CJK}]{{1,6}}?[乡镇])(?P<village>{_VILLAGE_NAME})(?=[，、。；\s]|$)")


def _townships_of_county(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A township named after the county or city it lies in, whatever words the segmenter reads in it
    ("博乐市|小|营盘|镇"); not an ordinary word ("县城镇") nor every township ("县各乡镇")."""
    out = []
    for _s, e, word, flag in tokens.words:
        if flag != "ns" or len(word) < 3 or word[-1] not in "县市区":
            continue
        m = _COUNTY_TOWN_RE.match(text, e)
        chain = _TOWN_VILLAGE_RE.match(text, e)
        span = m.span() if m else chain.span("town") if chain else None
        name = text[span[0] : span[1]] if span else ""
        # in an address a township's name may be one the dictionary holds as a transcribed name ("扎瓦镇")
        ordinary = known_word(name[:-1]) and not (chain and dictionary_tag(name[:-1]).startswith(("nr", "ns")))
        if span and not name.startswith(_NOT_TOWN) and not known_word(name) and not ordinary:
            # over a known city inside it ("喀拉喀什镇"); a chain read from a region's end may hold the county too
            out.append(Mention(page, *span, name, name, t.PLACE, 5 if m else 4))
            if chain and not m and not known_word(chain.group("village")):
                village = chain.group("village")
                out.append(Mention(page, *chain.span("village"), village, village, t.PLACE, 4))
    return out


# a table's cell that is a township's name and nothing else, between tabs or wide spaces or at a line's edge,
# in a row with other cells ("一团	金银川镇	21,460": a division's regiment, its seat and its people)
_CELL_EDGE_BEFORE = r"(?:(?<=[\t\u3000])|(?<=  ))"
_TOWN_CELL_RE = re.compile(
    rf"(?m)(?:{_CELL_EDGE_BEFORE}|^)(?P<town>[{CJK}]{{1,5}}[乡镇])(?=[\t\u3000]|  )"
    rf"|{_CELL_EDGE_BEFORE}(?P<last>[{CJK}]{{1,5}}[乡镇]){GAP}*$"
)


def _townships_in_cells(page: int, text: str) -> list[Mention]:
    """A township's name alone in a table's cell, copied with tabs or wide spaces between the cells; not an
    ordinary word ("乡镇"), nor every township ("各乡镇")."""
    out = []
    for m in _TOWN_CELL_RE.finditer(text):
        group = m.lastgroup or "last"  # "town" or "last", whichever side matched
        name = m.group(group)
        if len(name) >= 3 and not name.startswith(_NOT_TOWN) and not known_word(name):
            out.append(Mention(page, *m.span(group), name, name, t.PLACE, 5))  # over a city inside ("金银川镇")
    return out


def _listed_township(text: str, s: int, e: int) -> bool:
    """ "检查了夏乡、克尔碱镇": a township of one character and its level, in a list beside another township."""
    after = re.match(rf"、[{CJK}]{{1,5}}?[乡镇]", text[e : e + 8])
    before = re.search(r"[乡镇]、$", text[max(0, s - 2) : s])
    return e - s == 2 and bool(after or before)


_NOT_TOWN = ("本", "全", "各", "该", "每", "乡", "镇")


# words of living in, going to or coming from a place, before its name: "居住在阿德莱德的", "流亡慕尼黑"
PLACE_CUE_RE = re.compile(
    r"(?:居住在|住在|生活在|定居在|定居于|定居|流亡|逃往|前往|抵达|来自|出生于|移居|返回|回到|现居|旅居)"
)


_PLACE_END = set("的，。、；后时至并和与多探工生居")


# a wire or paper's dateline: "本报图木舒克7月21日电", "新华社和田8月22日电", "人民网乌鲁木齐9月14日电"
WIRE_DATELINE_RE = re.compile(rf"(?:本报|本台|[{CJK}]{{1,4}}[社网])(?P<place>[{CJK}]{{2,6}}?)\d{{1,2}}月\d{{1,2}}日电")


def dateline_places(page: int, text: str, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """The place a dateline names, whether or not the gazetteer holds it in that form (图木舒克 for
    图木舒克市): a place, never a person read from its last characters (舒克)."""
    out = []
    for m in WIRE_DATELINE_RE.finditer(text):
        for s, e in _dateline_parts(text, m.start("place"), m.end("place"), index):
            entry = next((index[n] for n in (text[s:e], text[s:e] + "市") if n in index), None)
            canonical = entry.canonical if entry else text[s:e]
            out.append(Mention(page, s, e, text[s:e], text[s:e], t.PLACE, 6, canonical, entry is not None))
    return out


def _dateline_parts(text: str, s: int, e: int, index: dict[str, t.GazetteerEntry]) -> list[tuple[int, int]]:
    """The places a dateline names: one, or a region and a city in it written together ("中新网新疆喀什12月7日电":
    Xinjiang, then Kashgar), each known to the gazetteer, where the whole is not."""
    place = text[s:e]
    if place in index or place + "市" in index:
        return [(s, e)]
    for cut in range(2, len(place) - 1):
        first, rest = place[:cut], place[cut:]
        if first in index and (rest in index or rest + "市" in index):
            return [(s, s + cut), (s + cut, e)]
    return [(s, e)]


def described_region(word: str) -> bool:
    """A region the segmenter reads as one place though it is described, not named: 地区 after a word the
    dictionary holds as a direction, a quality or a thing, no place or name ("周边地区", "沿海地区": the
    surrounding, the coastal areas; not "喀什地区", "阿里地区")."""
    if not word.endswith("地区"):
        return False
    stem = word[:-2]
    tag = dictionary_tag(stem)
    return bool(tag) and not tag.startswith(("ns", "nr")) and stem not in gazetteer_cn()[1]


def places_gone_to(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A transcribed name after a word of living in, going to or coming from a place ("居住在阿德莱德的",
    "定居在哈特福德。"), which the segmenter reads as a person's: a place, when it ends at a particle or a
    stop and is no Han name. Each word is one the segmenter tags as a name or a place, or a transcription
    it does not know."""
    out = []
    for m in PLACE_CUE_RE.finditer(text):
        start = m.end()
        while True:  # "现居阿斯塔纳和希姆肯特": each place of a list after the cue
            end = start
            while (word := tokens.word(end)) is not None and word[0] == end and end - start < 8 and _foreign_part(word):
                end = word[1]
            name = text[start:end]
            if len(name) < 2 or not (end == len(text) or text[end] in _PLACE_END) or is_han_name(name):
                break  # not "前往王某某的住处"
            if _every_of_a_level(name) or described_region(name):
                break  # "来自某某县各乡镇": every township of the county, no place's name; "来自周边地区"
            out.append(Mention(page, start, end, name, name, t.PLACE, 4))
            if text[end : end + 1] not in ("和", "、", "与", "及"):
                break
            start = end + 1
    return out


# a clause of a profile that says where a person comes from: "陕西某某人，", "籍贯辽宁某某，"
_NATIVE_END_RE = re.compile(r"人?(?=[，。；、,;）)]|$)")
_NATIVE_TAGS = ("nr", "n", "ns", "nz")


# a city's old town, named with the city's name before it: "喀什古城", "某某老城区" (not its wall: "古城墙")
_OLD_TOWN_RE = re.compile(f"(?:古城|老城区|老城)(?![墙门{CJK}]?墙)")
_OLD_TOWN_PLACE_MAX = 6


def old_towns(page: int, text: str, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """A city's or a county seat's old town, the quarter a travel page or a guide names after the place
    ("喀什古城", "某某老城区"): a place of its own, when the longest name before it is a place the gazetteer knows."""
    out = []
    for m in _OLD_TOWN_RE.finditer(text):
        for start in range(max(0, m.start() - _OLD_TOWN_PLACE_MAX), m.start() - 1):
            entry = index.get(text[start : m.start()])
            if entry is not None and entry.type == t.PLACE:
                name = text[start : m.end()]
                out.append(Mention(page, start, m.end(), name, name, t.PLACE, 5))  # as strong as the city's
                break
    return out


def native_places(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """The county or city of a person's origin, named right after its province in a profile ("河南平舆人，",
    "陕西杨陵人，", "籍贯辽宁北票，"), which the segmenter reads as a name or an ordinary noun: a place, no
    person. Not a word the dictionary counts often ("山东农村人": the countryside), nor a people (…族)."""
    out = []
    for region, word in itertools.pairwise(tokens.words):
        if region[3] != "ns" or region[2] not in index or word[0] != region[1] or word[3] not in _NATIVE_TAGS:
            continue
        name = word[2]
        if not 2 <= len(name) <= 3 or name in index or name.endswith("族") or frequent_word(name, 100):
            continue
        end = _NATIVE_END_RE.match(text, word[1])
        if end is None or (end.group(0) != "人" and not text.endswith("籍贯", 0, region[0])):
            continue
        out.append(_native_place(page, word))
    return out


def _native_place(page: int, word: tuple[int, int, str, str]) -> Mention:
    """A native place written without its level ("新疆策勒人"): the county or city of that name the gazetteer
    knows with its level (策勒县, a short form), else a place of its own."""
    start, end, name, _ = word
    entry = short_place_forms().get(name)
    if entry is None:
        return Mention(page, start, end, name, name, t.PLACE, 4)
    return Mention(page, start, end, name, name, t.PLACE, 4, entry.canonical, True)


_DIRECTION = "(?:东北|西北|东南|西南|东|南|西|北|中)部"


_ABROAD_LEVEL = "府|省|州|市|县|岛"


@functools.cache
def _abroad_place_re() -> re.Pattern[str]:
    countries = "|".join(map(re.escape, foreign_countries()))
    return re.compile(rf"(?:{countries})(?P<direction>{_DIRECTION})?(?P<place>[{CJK}]{{2,5}}?(?:{_ABROAD_LEVEL}))")


# a quantifier or a demonstrative that opens the span, or 的 inside it: "美国中部一些州", "南部各州的城市"
_ABROAD_NOT_NAME = re.compile(r"^(?:一些|一|各|每|多|数|几|某|该|这|那|其|所有|部分|个别)|的")


def places_abroad(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A province, state or city after its country, and after a part of it ("泰国南部宋卡府": Songkhla
    province; the segmenter reads it as a person's name): a place, when a direction comes between or the
    segmenter reads the name as one name or place, and the name is no body ("泰国政府")."""
    out = []
    for m in _abroad_place_re().finditer(text):
        s, e = m.span("place")
        word = tokens.word(s)
        one_name = word is not None and word[0] == s and word[1] == e and word[3].startswith(("nr", "ns"))
        city = gazetteer_cn()[1].get(text[s : e - 1])
        one_name = one_name or (city is not None and city.type == t.PLACE)  # "阿拉木图|州": named after its city
        if not (m.group("direction") or one_name) or _ABROAD_NOT_NAME.search(m.group("place")):
            continue
        if not BODY_RE.search(text, s, e) and "政府" not in m.group("place"):
            out.append(Mention(page, s, e, m.group("place"), m.group("place"), t.PLACE, 5))
    return out


def _foreign_part(word: tuple[int, int, str, str]) -> bool:
    _s, _e, w, flag = word
    if not CJK_RE.match(w):
        return False
    return flag.startswith(("nr", "ns")) or (not known_word(w) and all(c in TRANSLIT for c in w))


def country_before_university(kept: list[Mention]) -> list[Mention]:
    """ "美国乔治城大学", "澳大利亚拉筹伯大学": a state right before a university's or a college's name says
    where it is, as part of how the university is named, no place the page speaks of."""
    schools = {m.start for m in kept if m.type in (t.ORGANIZATION, t.PUBLIC_BODY) and m.text.endswith(("大学", "学院"))}
    states = set(foreign_countries())  # 中国 opens names of China's own universities ("中国人民大学")
    return [m for m in kept if not (m.type == t.PLACE and m.end in schools and m.text in states)]


def _serves(holder: Mention, place: Mention) -> bool:
    """A body or facility serves the place in its name; a company or a medium is named after the place it
    starts from ("昌吉溢达纺织有限公司"), not a country or region inside a brand ("法国国际广播电台",
    "日经亚洲")."""
    if holder.type != t.ORGANIZATION:
        return True
    if holder.strong or place.canonical in t.world_cities():
        return False  # "纽约时报", "多伦多大学": a known name or a city abroad in a name, no mention of it
    return place.start == holder.start and place.canonical not in country_names()


def _read_across(tokens: Tokens, start: int, end: int) -> bool:
    """ "行动中共抓获": a body's two-character short name read across two words (行动中 "during the
    operation", 共抓获 "caught in all"), between a noun and a verb."""
    before, after = tokens.word(start - 1), tokens.word(end)
    return (
        end - start == 2
        and before is not None
        and after is not None
        and before[3] in ("n", "vn", "v")
        and after[3].startswith("v")
    )


def _not_a_word_of_its_own(entry: t.GazetteerEntry, tokens: Tokens, start: int, end: int) -> bool:
    """A known body's short name read across two words or inside a longer word; a city or a country
    abroad inside a longer word or across two ("雅典娜" Athena: not 雅典; "沿海|地区": not 海地, Haiti).
    Xinjiang's places keep their own rules (库车县 is 库车)."""
    if entry.type != t.PLACE:
        return _read_across(tokens, start, end) or _inside_word(tokens, start, end)
    abroad = entry.canonical in t.world_cities() or entry.canonical in country_names() - {"China"}
    return abroad and _inside_word(tokens, start, end)


def inside_a_name(text: str, start: int, end: int) -> bool:
    """A country's two-character name written in transcription characters beside another one is part of
    a transcribed name ("阿曼古丽": Amanguli, not Oman; "努尔苏丹": not Sudan)."""
    name = text[start:end]
    entry = gazetteer_cn()[1].get(name)
    if entry is None or entry.canonical not in country_names() or len(name) != 2:
        return False
    beside = text[start - 1 : start] * (not _ordinary_word(text[start - 2 : start]))
    beside += text[end : end + 1] * (not _ordinary_word(text[end : end + 2]))
    return all(c in TRANSLIT for c in name) and any(c in TRANSLIT for c in beside)


def _ordinary_word(word: str) -> bool:
    """Whether two characters beside a country's name are an ordinary word of their own, not a name's
    syllables ("古巴|代表", "古巴|外长": the country's representative, its foreign minister)."""
    return len(word) == 2 and known_word(word) and not dictionary_tag(word).startswith(("nr", "ns", "nz"))


def _inside_word(tokens: Tokens, start: int, end: int) -> bool:
    """A short name of a body found inside a longer word, not a word of its own ("伟大华夏": 大华;
    "升华为": 华为): the segmenter knows the gazetteer's names, so a mention is a word of its own."""
    first, last = tokens.word(start), tokens.word(end - 1)
    if first is not None and first == last and first[0] == start and _LEGAL_FORM_RE.fullmatch(first[2][end - start :]):
        return False  # "耐克公司", one word to the segmenter: the name and its legal form
    return end - start <= 3 and (first is None or last is None or first[0] != start or last[1] != end)


def joined_by_conjunction(text: str, start: int, word: str) -> bool:
    """ "抖音和小红书": 和 joins two words here, and starts no one's name (和 is a surname too)."""
    return word[0] in CONJUNCTIONS and start > 0 and bool(CJK_RE.match(text[start - 1]))


def part_of_xinjiang(word: str) -> bool:
    """ "南疆", "北疆", "全疆": Xinjiang (疆) or a part of it named by its direction, a place."""
    return len(word) == 2 and word[1] == "疆" and word[0] in "新南北东西全"


def slogan_of_xinjiang(word: str) -> bool:
    """ "依法治疆、团结稳疆、文化润疆": a verb on 疆 (Xinjiang) in a slogan, no place (南疆, 北疆, 全疆 are); so
    governing a level by law ("依法治县", "依法治市"): 治 and the level, no place's name."""
    governed_level = len(word) == 2 and word[0] == "治" and word[1] in LEVEL_CHARS
    return governed_level or (len(word) == 2 and word[1] == "疆" and not part_of_xinjiang(word))


def paired_short_forms(text: str, start: int, end: int) -> bool:
    """ "苏克两地", "苏伊两地": two places' one-character short forms before 两地 (both places), read as
    a name or a place; not a place of two characters in a list ("常州、无锡两地")."""
    return (
        end - start == 2
        and text.startswith(("两地", "两省", "双方"), end)
        and (start == 0 or text[start - 1] not in "、和与及")
    )


def china_paired_with_state(word: str, index: dict[str, t.GazetteerEntry]) -> bool:
    """ "中哈是永久全面战略伙伴", "中巴经济走廊": 中 (China) and another state's first character, a pair of
    states the segmenter guesses as a place; not a region of a direction ("中东", "中南") nor a place the
    gazetteer holds ("中亚")."""
    return (
        len(word) == 2
        and word[0] == "中"
        and word not in index
        and word[1] not in "东南西北"
        and any(name.startswith(word[1]) for name in foreign_countries())
    )


# a country's kind after a region's name: "中亚国家" (Central Asian countries) names 中亚
_KIND_OF_COUNTRY = "国家"


_LANDMARK_HEADS = frozenset({"山庄", "花园", "广场", "公园"})


# the heads of a mosque's or a shrine's name: "艾提尕尔清真寺", "阿帕克霍加麻扎"
_MOSQUE_HEADS = ("清真寺", "礼拜寺", "麻扎")


def names_a_mosque(tokens: Tokens, i: int) -> bool:
    """A segmenter's name or place guess among the words right before a mosque's or a shrine's head
    ("艾提|尕尔|清真寺": the mosque's name the segmenter parts): no person or place of its own. The words
    between are names, places or words the dictionary does not hold, two at most."""
    for j in range(i + 1, min(i + 4, len(tokens.words))):
        word = tokens.words[j]
        if word[2].startswith(_MOSQUE_HEADS):
            return True
        if not (word[3].startswith(("nr", "ns")) or not known_word(word[2])):
            return False
    return False


# the heads of a park's or a scenic site's name: "胡杨林生态园", "红山公园", "天池风景区"
_SITE_HEADS = ("生态园", "公园", "景区", "风景区", "度假区")


_GATHERING_VERBS = ("举行", "召开", "举办", "开幕", "闭幕")


def venue_after_place(tokens: Tokens, i: int) -> bool:
    """A segmenter's name guess between a city and the verb of a meeting held ("在日内瓦|某某宫|举行", "在北京|某某堂|
    召开"): the hall or the palace where it met, a place, no person."""
    before = tokens.words[i - 1] if i > 0 else None
    after = tokens.words[i + 1] if i + 1 < len(tokens.words) else None
    return before is not None and before[3] == "ns" and after is not None and after[2] in _GATHERING_VERBS


def names_a_site(tokens: Tokens, i: int) -> bool:
    """A segmenter's name guess right before a park's or a scenic site's head ("胡杨林|生态园|景区": the
    poplar wood the park is named for, 胡 read as a surname): the site's name, no person."""
    return i + 1 < len(tokens.words) and tokens.words[i + 1][2].startswith(_SITE_HEADS)


# book-title marks, and the angle brackets typed for them where a keyboard or a forum has none ("看<某某>")
_TITLE_MARKS = {"《": "》", "〈": "〉", "<": ">", "＜": "＞"}


def titled_whole(text: str, start: int, end: int) -> bool:
    """A segmenter's place guess that fills a pair of book-title marks ("名为《黑石》的播客", or the angle
    brackets typed for them: "看<某某>"): a work's title (a book's, a film's, a podcast's), no place."""
    closer = _TITLE_MARKS.get(text[start - 1 : start])
    return closer is not None and text[end : end + 1] == closer


def tail_of_a_landmark(tokens: Tokens, i: int) -> bool:
    """A direction and a street's, a station's or a gate's head right after a common noun ("公园|北街",
    "火车|南站"), or a villa's, a garden's or a square's head ("国会|山庄"): the end of a landmark's name, no
    place of its own."""
    word, before = tokens.words[i][2], tokens.words[i - 1] if i > 0 else None
    landmark = (len(word) == 2 and word[0] in "东南西北" and word[1] in "街站门路") or word in _LANDMARK_HEADS
    return landmark and before is not None and before[3] == "n"


# a street's head and the house number after it in an address: "南路239号", "友谊路18号", "南大街21号"
_STREET_HEAD = rf"[东南西北中]?{_STREET}"
_HOUSE_NUMBER = r"[ \t\u3000]*\d+(?:-\d+)?号"
_HOUSE_NUMBER_RE = re.compile(_HOUSE_NUMBER)
_STREET_AFTER_RE = re.compile(rf"{_STREET_HEAD}{_HOUSE_NUMBER}")
_STREET_END_RE = re.compile(rf"{_STREET_HEAD}$")


# a unit named after the street it stands on, the street's head right before the unit's word: "北京路派出所",
# "人民南路街道", "解放北路社区", "团结路小学"
_STREET_UNIT_AFTER_RE = re.compile(rf"{_STREET_HEAD}(?:派出所|警务站|街道|社区|小学|中学|幼儿园|支行|分理处|营业所)")


def street_of_an_address(text: str, start: int, end: int) -> bool:
    """A place guess that names a street before its house number: the street itself ("友谊路|18号",
    "南大街|21号") or the city a street is named after ("长春|南路239号", "延安|北路71号"), or before a unit
    named after it ("北京|路派出所"), no place; a place written with its level before the street ("阿克苏市|南大街21号")
    is the address's place."""
    street = _STREET_END_RE.search(text, start, end)
    if street is not None and _HOUSE_NUMBER_RE.match(text[end : end + 12]):
        return True
    if text[end - 1 : end] in _LEVEL_ENDS:
        return False
    return _STREET_AFTER_RE.match(text, end) is not None or _STREET_UNIT_AFTER_RE.match(text, end) is not None


# a street's junction right after a name ("同文路与神爵路丁字路口", "和文昌路路口"), or another street joined to
# a street's name before or after it ("某某路与", "某某路路口-建设路")
_JUNCTION_AFTER_RE = re.compile(r"(?:十字|丁字)?路口|交叉口|转盘")
_STREET_JOINED_AFTER_RE = re.compile(rf"[与和、\-—－至][{CJK}]{{1,8}}?{_STREET_HEAD}")
_STREET_JOINED_BEFORE_RE = re.compile(rf"{_STREET_HEAD}(?:路口|交叉口)?[与和、\-—－至]$")


def street_or_junction(text: str, start: int, end: int) -> bool:
    """A name guess right before a junction ("丁字|路口": a T-junction; "文昌路|路口"), or one that ends in a
    street's head next to another street it is joined to ("同文路|与神爵路", "友谊路和|建设路"): a street or a
    junction, as a notice of closed roads lists them, no person and no body; nor one that ends in a street's head
    before a house number, as an address writes it ("某某县|建设路|28号"); nor one that runs up to a street's head
    and its house number ("某某镇某某社区科技|路11号": the street named after a word a company's name ends in)."""
    if _JUNCTION_AFTER_RE.match(text, end) is not None:
        return True
    if text[end - 1 : end] not in _LEVEL_ENDS and _STREET_AFTER_RE.match(text, end) is not None:
        return True
    if _STREET_END_RE.search(text, start, end) is None:
        return False
    return (
        _HOUSE_NUMBER_RE.match(text, end) is not None  # "尉犁县|建设路|28号": a street before its house number
        or _STREET_JOINED_AFTER_RE.match(text, end) is not None
        or _STREET_JOINED_BEFORE_RE.search(text, max(0, start - 12), start) is not None
    )


# the last character of a place named with its level: a place an address names before its street
_LEVEL_ENDS = "省市县区州乡镇村"


# 时间 and then a time or a day: a date, a clock's reading or an offset ("北京时间5月3日", "北京时间上午", "(UTC+6)")
# (or the zone in brackets after the clock's reading: "16:00—19:30（北京时间）")
_CLOCK_TIME_RE = re.compile(
    r"时间(?:[\s：:]*(?:[\d０-９(（]|[上下早晚凌中今昨明周星本]|UTC|GMT)|(?<=[（(][\u4e00-\u9fff]{2}时间)[）)])"
)


# the national border after a verb of crossing it: "偷越国（边）境", "越国境", "出国境", where 越国 (an ancient state)
# is a verb's last character and 国 of 国境; not a country's own territory ("泰国境内")
_BORDER_AFTER_RE = re.compile(r"(?:[（(]边[)）])?境")


def crosses_the_border(text: str, start: int, end: int) -> bool:
    """A two-character place's name made of a verb of crossing and 国, right before 境 or "（边）境": the verb
    and the national border ("组织他人偷越国（边）境罪"), no place."""
    crossing = end - start == 2 and text[start] in "越出入" and text[end - 1] == "国"
    return crossing and _BORDER_AFTER_RE.match(text, end) is not None


def names_a_time_zone(text: str, end: int) -> bool:
    """A place right before 时间 and a time ("北京时间5月3日", "新疆时间(UTC+6)"): the clock a time is read by, as
    news items and infoboxes date with it, no mention of the place (not "他在新疆时间不长", his time there)."""
    return _CLOCK_TIME_RE.match(text, end) is not None


# the rest of a list of peoples after one of its items: more items, then 等, a count of peoples and a word or two
# about them ("、锡伯、塔吉克等13个历史悠久的民族。"); not 民族 opening a longer noun ("等民族地区": the regions),
# nor a list of countries ("中国、俄罗斯等国的民族政策")
_PEOPLES_LIST_REST_RE = re.compile(
    r"(?:、[^、，。,；;：:\s]{1,6}){0,24}等(?!国)(?:\d+|[一二三四五六七八九十百几]+)?个?[^、，。,；;：:\s国]{0,8}?民族(?![地区自乡县聚团])"
)


def listed_among_peoples(text: str, start: int, end: int) -> bool:
    """A place's name that is an item of a list of peoples closed by 等 and 民族 ("汉、维吾尔族、蒙古、锡伯、俄罗斯等
    13个历史悠久的民族"): the people named like their country or region (蒙古, 俄罗斯, 朝鲜), no place."""
    if text[start - 1 : start] != "、" and text[end : end + 1] != "、":
        return False
    return _PEOPLES_LIST_REST_RE.match(text, end) is not None


# the levels of an autonomous area and a new district's, which the dictionary tags as places when they stand alone
_BARE_LEVELS = ("自治州", "自治县", "自治旗", "新区")


def bare_level_alone(name: str) -> bool:
    """An autonomous prefecture's, county's or banner's level written alone ("5个自治州、68个县和自治县"), or a new
    district's read apart from its city's name ("无锡|新区"): a kind of area, no place."""
    return name in _BARE_LEVELS


# a river's or a lake's banks by their direction
_BANKS = ("东岸", "南岸", "西岸", "北岸")


def water_bank_read_as_place(text: str, start: int, end: int) -> bool:
    """A place whose first character ends a river's or a lake's name and whose last is a direction before 岸
    ("伊犁河南岸", "额尔齐斯河南岸", "喀什噶尔河北岸": 河南, Henan, and 河北, Hebei, read across the river and its
    bank): the river's bank, no mention of that place."""
    if start == 0 or text[start] not in "河江湖" or not CJK_RE.match(text[start - 1]):
        return False
    return (text[end - 1] in "东南西北" and text.startswith("岸", end)) or text[end - 2 : end] in _BANKS


# a city's development zone by its short name, whose first character the segmenter may read as a preposition:
# "经开区" (经济技术开发区)
ZONE_SHORT_NAMES = ("经开区",)


def place_guess_span(text: str, tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """The segmenter's place guess, made whole or bare: a transcribed name's first character the segmenter
    read as a one-character verb after an adverb, or with the adverb, joins it ("仅|纳|伦州", "仅加|伦州"), as
    a development zone's first character read as a preposition does ("经|开区"); a kind of country after a
    region is no part of its name ("中亚国家": 中亚)."""
    word = text[start:end]
    mountain = _mountain_cut_before_slope(text, tokens, start, end)
    if mountain is not None:
        return mountain
    if word.endswith(_KIND_OF_COUNTRY) and len(word) >= 4:
        return start, end - len(_KIND_OF_COUNTRY)
    if text[start - 1 : end] in ZONE_SHORT_NAMES:
        return start - 1, end  # "经|开区": the segmenter read the zone's first character as a preposition
    before = tokens.word(start - 1)
    if before is None or text[start - 1] not in TRANSLIT or word[-1] not in "州省市":
        return start, end
    if not all(c in TRANSLIT for c in word[:-1]):
        return start, end
    lead = before[2][:-1]  # "仅|纳|伦州" (a one-character verb) or "仅加|伦州" (an adverb and the character)
    if lead in _PLACE_LEADS or (not lead and before[3].startswith("v") and _leads_place(tokens.word(before[0] - 1))):
        return start - 1, end
    return start, end


# a mountain's last character, a compass point and its slope or foot the segmenter reads as one place:
# "天|山北坡", "天|山南麓" (the northern slope of the Tianshan); "天山|北麓" is read apart, the mountain alone
_SLOPE_AFTER_MOUNTAIN_RE = re.compile(r"山[东南西北]{1,2}(?:坡|麓|侧|缘)$")


def _mountain_cut_before_slope(text: str, tokens: Tokens, start: int, end: int) -> tuple[int, int] | None:
    """The mountain whose name the segmenter cut before its last character, which it read with the slope after
    it ("天|山北坡"): the word before and 山, when they make a place the dictionary or the gazetteer holds."""
    if not _SLOPE_AFTER_MOUNTAIN_RE.fullmatch(text, start, end):
        return None
    before = tokens.word(start - 1)
    if before is None or before[1] != start or not CJK_RE.match(before[2]):
        return None
    mountain = before[2] + "山"
    if mountain in gazetteer_cn()[1] or dictionary_tag(mountain).startswith("ns"):
        return before[0], start + 1
    return None


_PLACE_LEADS = {"仅", "在", "于", "从", "到", "和", "与", "及", "赴", "往"}


def _leads_place(word: tuple[int, int, str, str] | None) -> bool:
    return word is None or word[3].startswith(("d", "p", "c", "x"))


# a kind of settlement, of any size, names no place: "大城市" (a big city), "城镇" (towns), "农村"; nor a
# kind of area by what is done there: "垦区" (reclamation areas), "牧区" (pastoral areas), "矿区", "灾区"
# (an old town's quarter, "老城区|改造", is a kind too: the old part of whatever town the page is about)
_KIND_OF_PLACE_RE = re.compile(
    r"(?:[大小中老旧]|特大|超大|中小|大中)?(?:城市|城镇|都市|乡村|农村|村镇|集镇|城区|市区|郊区)"
    r"|农?垦区|牧区|林区|矿区|灾区|山区"
    # and rivers and lakes of any name ("加强河湖管理", "江河湖泊")
    r"|河湖|江河|江湖|湖泊|河流"
)


# a count of places after their short forms: "中、港、台三地" (three places), "京津冀三地"; the segmenter reads the
# last short form and the count as one place ("台三地")
_COUNT_OF_PLACES_RE = re.compile("[两三四五六七八九十]地$")


# a compass point opening a border's clause: "东南和巴州的尉犁县接壤", "西北与塔城地区相邻" (to the south-east, to the
# north-west), a direction from the place the page describes
_BORDER_CLAUSE_RE = re.compile("[和与同][^，。；,;]{1,12}?(?:接壤|相邻|毗邻|相连|交界|为邻|相接|接界)")


def _border_direction(word: str, text: str, end: int) -> bool:
    """A compass point right before the neighbour a border's clause names ("东南和巴州的尉犁县接壤"): where the
    neighbour lies, no region of that name (the region stays one elsewhere: "地处我国西北")."""
    return word in COMPASS_POINTS and _BORDER_CLAUSE_RE.match(text, end) is not None


def _period_word(word: str) -> bool:
    """ "西汉时", "唐朝时" (in a dynasty's time): a time the segmenter reads as a place, not a place whose name
    ends in 时 that the gazetteer holds (比利时)."""
    return len(word) >= 3 and word.endswith("时") and word not in gazetteer_cn()[1]


# a verb's directional complement ("铺展开来", "建立起来"), and a localizer after a noun ("大院里", "车间内")
_COMPLEMENT_END_RE = re.compile("(?:开来|起来|下来|出来|上来|过来|下去|出去|进来)$")
_LOCALIZER_END = ("里", "内")


def _verb_or_noun_phrase(word: str) -> bool:
    """A guess the segmenter made of a dictionary verb and its directional complement ("正在天山南北|铺展开来":
    spreading out) or of a dictionary common noun and a localizer ("村委会|大院里": in the courtyard), which
    the gazetteer does not hold: a predicate or a noun's inside, no place."""
    if len(word) < 3 or word in gazetteer_cn()[1]:
        return False
    complement = _COMPLEMENT_END_RE.search(word)
    if complement is not None:
        return dictionary_tag(word[: complement.start()]).startswith("v")
    return word.endswith(_LOCALIZER_END) and dictionary_tag(word[:-1]) == "n"


def names_a_process(word: str) -> bool:
    """A word made of a dictionary word and 化 ("-isation": "法治化", "中国化", "一体化"), which the segmenter may
    tag as a place or a body: a process, no name, unless the gazetteer holds it."""
    stem = word[:-1]
    return len(word) >= 3 and word.endswith("化") and known_word(stem) and word not in gazetteer_cn()[1]


# a measure word for people or things after a count: "选出2234名州(市)人大代表" (2,234 deputies of the prefectures),
# "50个县": the segmenter reads the measure word with the level after it ("名州"), no place of that name
_MEASURE_WORDS = "名个位户家所座"
_COUNT_END_RE = re.compile(r"[\d一二三四五六七八九十两百千万]$")


def _measure_and_level(word: str, text: str, start: int) -> bool:
    """A measure word after a count and a bare level character read as one place ("2234|名州|(市)"): the level
    of the things counted, no place."""
    if len(word) != 2 or word[0] not in _MEASURE_WORDS or word[1] not in LEVEL_CHARS:
        return False
    return _COUNT_END_RE.search(text, max(0, start - 1), start) is not None


# a new settlement of a level, described by what it is: "拔地而起的现代化新镇" (a modern new town), "美丽新村"
_DESCRIBING_FLAGS = ("uj", "vn", "a", "ad", "an", "b")


def _new_settlement_described(word: str, before: tuple[int, int, str, str] | None) -> bool:
    """ "新镇", "新村", "新城" right after 的 or a describing word ("现代化|新镇"): a new town of a kind, no place
    of that name (a place so named stands after a preposition or a place: "在新镇", "某某县新镇")."""
    if len(word) != 2 or word[0] != "新" or word[1] not in "镇村城区":
        return False
    return before is not None and before[3] in _DESCRIBING_FLAGS


def one_place(word: str, text: str, start: int, tokens: Tokens) -> bool:
    """ "涉疆" (Xinjiang-related) and "南北疆" (south and north) are no place of their own, nor a number
    or every one of places ("四地州", "各乡镇"), nor a conjunction read with the one character after it
    ("内地和疆内": 和疆), nor a preposition and a count's qualifier ("中约2000"), nor a body's region
    right after the body ("国际特赦组织东亚区副主任"), nor a kind of place ("第二大城市", "城镇登记失业率"), nor a verb
    and its complement or a noun and a localizer ("铺展开来", "大院里")."""
    if word.startswith(("涉", "南北", "东西")) or PLACE_NOT.match(word) or _KIND_OF_PLACE_RE.fullmatch(word):
        return False
    if _period_word(word) or names_a_process(word) or _verb_or_noun_phrase(word):
        return False
    if _COUNT_OF_PLACES_RE.search(word) or _border_direction(word, text, start + len(word)):
        return False
    before = tokens.word(start - 1)
    if word[-1] == "区" and before is not None and before[3] == "nt":
        return False
    if _measure_and_level(word, text, start) or _new_settlement_described(word, before):
        return False
    if (
        len(word) == 2
        and word[-1] in "约近超逾共"
        and re.match(r"[\d一二三四五六七八九十两百千万]", text[start + 2 : start + 3])
    ):
        return False  # "文件中约2000张": 中 "in" and 约 "about" before a count, no place
    return not (len(word) == 2 and joined_by_conjunction(text, start, word))


def places_inside(kept: list[Mention], cands: list[Mention]) -> list[Mention]:
    """The gazetteer's places inside a body's or a facility's name ("喀什地区" in 喀什地区公安处, 疏附县 in
    疏附县看守所) are mentions of those places too: a Chinese body is named after the division it serves.
    A company's or a medium's name holds a place only at its start, and no country (see _serves).
    (English bodies are not read so: "Xinjiang" in "Xinjiang Police College" is part of a name.)"""
    holders = [k for k in kept if k.type in (t.PUBLIC_BODY, t.ORGANIZATION, t.FACILITY)]
    out: list[Mention] = []
    for c in cands:
        if c.type != t.PLACE or not c.strong or c in kept:
            continue
        inside = any(
            h.page == c.page and h.start <= c.start and c.end <= h.end and _serves(h, c) and not _opens_a_township(h, c)
            for h in holders
        )
        if inside and not any(o.start < c.end and c.start < o.end for o in out):
            out.append(Mention(c.page, c.start, c.end, c.text, c.name, c.type, 1, c.canonical, c.strong))
    return out


# a township's or a village's name after a place that opens it, inside a body's name: "吐鲁番|于孜乡党委",
# "阿克苏|乡党委" (a township of that name, not the prefecture)
_TOWNSHIP_REST_RE = re.compile(rf"[{CJK}]{{0,4}}?[乡镇村]")


def _opens_a_township(holder: Mention, place: Mention) -> bool:
    """Whether a place the gazetteer knows, with no level of its own, opens the name of a township or a village
    inside a body's name ("伊宁县|吐鲁番于孜乡党委": 吐鲁番 is the start of the township's name, not Turpan)."""
    if place.name.endswith(tuple(LEVEL_CHARS)) or place.name.endswith(("地区", "盟")):
        return False
    return _TOWNSHIP_REST_RE.match(holder.text, place.end - holder.start) is not None


# the levels whose character ends a place's name and no given name: a county, a city, a township
# "马桥镇", "高新区", "宫古岛": a town's, a district's or an island's name the segmenter guesses as a person's
_NAME_LEVELS = "县市乡镇区岛"


def level_read_as_name(word: str) -> bool:
    """A three-character guess at a name that ends in a level ("于阗县", "和阗县", "马桥镇", "高新区"): a county's, a
    city's, a township's, a town's or a district's name, which opens with a character that is also a surname."""
    return len(word) == 3 and word[-1] in _NAME_LEVELS and CJK_RE.match(word) is not None
