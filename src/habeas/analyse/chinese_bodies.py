"""Bodies in Chinese text: public bodies named as a whole (place + body: 喀什地区公安处, 自治区党委政法委; the
corps' regiments), organisations by their suffix (companies, universities, institutes, law firms,
platforms, media), lists of bodies, and bodies written in Latin letters.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable

from habeas.analyse import tables as t
from habeas.analyse.chinese_forms import (
    BODY_PARTS,
    BODY_RE,
    CN_TITLES,
    COMPASS_POINTS,
    DOT_RE,
    DOTS,
    GAP,
    JOINED_BEFORE_NAME,
    LEVEL_BODIES,
    LEVEL_CHARS,
    LEVEL_WORDS,
    NOT_VILLAGE,
    PLACE_NOT,
    PLACE_WORDS,
    TITLE_RE,
    TRANSLIT,
    WITH_VERBS,
    ZONES,
    bureau_end,
    gazetteer_cn,
    is_han_name,
    joins_bodies,
    level_list,
    name_edge,
    name_like,
    place_before,
    short_place_forms,
    unlevelled_place_start,
)
from habeas.analyse.chinese_words import (
    CJK,
    CJK_RE,
    NATIONAL_BODY_RE,
    Tokens,
    bloc_names,
    body_read_as_word,
    country_names,
    dictionary_tag,
    foreign_countries,
    frequent_word,
    known_word,
)
from habeas.analyse.known_bodies import english_forms
from habeas.analyse.model import Mention

FACILITY_HEAD_RE = re.compile(
    r"(?:职业技能教育培训中心|教育培训中心|教培中心|培训中心|再教育营|集中营|看守所|拘留所|监狱|劳教所|戒毒所)"
)


# a corps division named under the corps, not one of its regiments: "新疆生产建设兵团第五师", "兵团十四师" (the corps is
# named too; the division's canonical name holds the corps')
CORPS_DIVISION_RE = re.compile(
    r"(?:新疆生产建设兵团|兵团)(?P<division>第?[一二三四五六七八九十\d]{1,3}师)(?![一二三四五六七八九十〇零\d]{1,4}团)"
    r"|(?:新疆生产建设兵团|兵团)?(?P<old>农(?P<number>[一二三四五六七八九十]{1,3})师)"  # its old name, 农七师
)


# a regiment of the corps named by its number alone, of two numerals or more ("六十二团", "224团"), not a
# group or a team ("团体", "团队") nor an ordinal's ("第一团")
_NOT_A_REGIMENT_AFTER = "体队结员伙聚长"


_NOT_A_REGIMENT_BEFORE = r"一二三四五六七八九十〇零百千\d第两几多"


REGIMENT_RE = re.compile(
    rf"(?<![{_NOT_A_REGIMENT_BEFORE}])(?:[一二三四五六七八九十〇零\d]{{2,4}}团(?![{_NOT_A_REGIMENT_AFTER}])"
    r"|[一二三四五六七八九十\d]团(?=[、和及与][一二三四五六七八九十〇零\d]{1,4}团)"  # "十团、十二团": in a list
    rf"|(?<=师)[一二三四五六七八九十\d]团(?![{_NOT_A_REGIMENT_AFTER}])"  # "第一师十团": after its division
    # "一团	金银川镇	21,460": a table's row of a division's regiments, each opening its row
    r"|(?m:^)[一二三四五六七八九十]团(?=[\t\u3000])"
    ")"
)


# an army's formation named by its ordinal: "(解放军)第五军", "第二十二兵团", "第一野战军" (not "第二军医大学" nor
# "第二军事法院", where 军 starts a longer word)
ARMY_FORMATION_RE = re.compile(r"第[一二三四五六七八九十]{1,3}(?:野战军|兵团|军)")


# a formation's unit under it, by its arm and ordinal ("第二军|步兵第五师", "第一野战军|第七团"), and the army it is of
# written before it ("中国人民解放军第二军步兵第五师"), or its arm of service ("陆军第一军第三师"): one unit, named
# down its chain
_FORMATION_UNIT_RE = re.compile(
    r"(?:步兵|骑兵|炮兵|坦克|装甲|工兵)?第[一二三四五六七八九十]{1,3}(?:师|旅|团)(?![长部])"
)
_ARMY_BEFORE_RE = re.compile(r"(?:中国人民解放军|解放军)?(?:陆军|海军|空军)$|(?:中国人民解放军|解放军)$")


def _army_formations(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """The formations of an army named by their ordinal, ending where a word of the segmenter ends, with the unit
    named under them and the army named before them."""
    out = []
    for m in ARMY_FORMATION_RE.finditer(text):
        last = tokens.word(m.end() - 1)
        if last is None or last[1] != m.end():
            continue
        unit = _FORMATION_UNIT_RE.match(text, m.end())
        army = _ARMY_BEFORE_RE.search(text, max(0, m.start() - 9), m.start())
        start = army.start() if army and unit else m.start()
        end = unit.end() if unit else m.end()
        name = text[start:end]
        out.append(Mention(page, start, end, name, name, t.PUBLIC_BODY, 6 if start < m.start() else 5))
    return out


def _regiments(text: str) -> list[re.Match[str]]:
    """The regiments named by number, and a regiment of one numeral, once named after its division
    ("第一师十团"), wherever the page writes it alone again ("在十团发现")."""
    found = list(REGIMENT_RE.finditer(text))
    short = {m.group(0) for m in found if len(m.group(0)) == 2}
    taken = {m.start() for m in found}
    for name in short:
        again = re.finditer(rf"(?<![{_NOT_A_REGIMENT_BEFORE}]){name}(?![{_NOT_A_REGIMENT_AFTER}])", text)
        found.extend(m for m in again if m.start() not in taken)
    return found


# an aid province's or city's headquarters in Xinjiang: "江苏省对口支援新疆克州前方指挥部", "北京市援疆和田指挥部",
# or its working group in a county: "浙江省援疆某某县工作组"
# the aid named by the place aided, in full or by its one-character short form ("对口援拜": to Baicheng)
_AIDED = rf"(?:对口支援|对口援[{CJK}]|援疆|支援)"


AID_HQ_RE = re.compile(rf"[{CJK}]{{0,4}}?{_AIDED}[{CJK}]{{0,14}}?(?:指挥部|前指|工作队|工作组)")


def _aid_headquarters(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """The headquarters an aiding province or city keeps, named from the place (a word the segmenter tags
    as a place) through its aid and the place aided."""
    out = []
    for s, e, word, flag in tokens.words:
        m = AID_HQ_RE.match(text, e) if flag == "ns" and len(word) >= 2 else None
        if m is not None and not re.search(r"[的在是将被把向从了也都就而，。、]", m.group(0)):
            out.append(Mention(page, s, m.end(), text[s : m.end()], text[s : m.end()], t.PUBLIC_BODY, 6))
    # "天津援疆前指", the usual short form, is the headquarters the same aiding place keeps on the page
    full = [m for m in out if m.name.endswith("指挥部")]
    for short in (m for m in out if m.name.endswith("前指")):
        same = {f.name for f in full if f.name[:2] == short.name[:2]}
        if len(same) == 1:
            short.canonical = same.pop()
    return out + _headquarters_alone(page, text, full)


_HQ_ALONE_RE = re.compile("前方指挥部")


def _headquarters_alone(page: int, text: str, full: list[Mention]) -> list[Mention]:
    """ "前方指挥部" written alone on a page that names one aid headquarters in full ("江苏省援疆前方指挥部 ……
    前方指挥部共安排"): that headquarters, as a notice names itself again."""
    names = {m.name for m in full if m.name.endswith("前方指挥部")}
    if len(names) != 1:
        return []
    name = names.pop()
    inside = [(m.start, m.end) for m in full]
    return [
        Mention(page, h.start(), h.end(), h.group(0), h.group(0), t.PUBLIC_BODY, 5, canonical=name)
        for h in _HQ_ALONE_RE.finditer(text)
        if not any(s <= h.start() < e for s, e in inside)
    ]


# a country's embassy or consulate abroad, or its mission: "中国驻德国大使馆", "美国驻华使馆", a consulate-general
# by its short name ("中国驻阿拉木图总领馆", "驻上海领馆")
_MISSION_KINDS = "大使馆|总领事馆|总领馆|领事馆|领馆|使馆|代表处|代表团"
MISSION_RE = re.compile(rf"(?:中华人民共和国|[{CJK}]{{1,6}}?)驻[{CJK}]{{1,8}}?(?:{_MISSION_KINDS})")


# the corps' regiments, named by number under the corps and the division: "兵团第十四师二二四团" (a division
# alone is also named with the city it runs, "第三师图木舒克市": the rules for places read it)
CORPS_UNIT_RE = re.compile(
    r"(?:新疆生产建设兵团|兵团)第[一二三四五六七八九十\d]{1,3}师[一二三四五六七八九十〇零\d]{1,4}团(?![体队结])"
)


# Organisations by their last word: companies, universities, institutes, platforms, media, schools (a township's
# central school: "某某乡中心学校", as its 中学 and 小学; a secondary school by the trade it teaches, "新疆警察学校",
# "某某卫生学校", where 学校 alone is as often a camp's euphemism).
ORG_SUFFIX_RE = re.compile(
    r"(?:[（(](?:集团|控股)[）)](?:股份有限公司|有限责任公司|有限公司)|办事处|联络处|理事会|观察站|观察(?![员到者家团站期点哨])|律师事务所|会计师事务所|指挥部|专科学校|专门学校|职业技术学院|党校|"
    r"(?:警察|卫生|师范|农业|财经|艺术|体育|司法|护士)学校|"
    r"实验室|证券交易所|交易所|医院|中心学校|中学|小学|职业技术学校|技工学校|股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|大学|学院|研究院|研究所|研究中心|研究会|学会|协会|促进会|分会|商会|基金会|"
    r"联合会|同盟|联盟|委员会|银行|平台|电视台|广播电台|通讯社|日报|都市报|晚报|法制报|报社|出版社|社(?![会区交团发〔字局厅群保工科论媒员长長])|科技(?![公集有股企感])|法庭|组织|大会|农场|牧场|总场|林场|良种场|种畜场|卫生院|妇幼保健院|保健院|疗养院|福利院|敬老院|"
    # a restaurant by its name ("金龙酒家", "同庆酒楼"), as its sign and its advertisements write it
    r"酒家|酒楼)"
)


_ORG_TOKEN_FLAGS = ("n", "ns", "nt", "nz", "nr", "nrt", "j", "l", "vn", "x", "eng", "an")


# the compass points the segmenter tags as directions (f) that open bodies' names: "南方医科大学", "西北大学"
_COMPASS_WORDS = {"东方", "西方", "南方", "北方", *COMPASS_POINTS}
_ORG_STOP = set("的和与及或在于对从由将把被向等了是也都就而据称指为有其该各此")


# a name joined by dots, then an organisation's word: "乔治·华盛顿大学" is a university, no person (and a
# name with initials before it: "列·尼·古米廖夫欧亚国立大学")
DOTTED_BODY_RE = re.compile(
    rf"(?P<name>[{CJK}]{{1,8}}[{DOTS}](?:[{CJK}]{{1,2}}[{DOTS}])*[{CJK}]{{1,12}}?)"
    "(?:大学|学院|基金会|研究所|研究院|研究中心|中心|公司|集团)"
)


def _surname_then_words(text: str, tokens: Tokens, start: int, end: int) -> bool:
    """ "古|米廖夫|欧亚|国立大学" (a university named after a scholar, then what it is): a transcribed surname of
    two characters or more, then words the dictionary holds, through the body's kind (``end``)."""
    pos = start
    word = tokens.word(pos)
    while word is not None and word[0] == pos and word[1] < end and name_like(word):
        pos = word[1]
        word = tokens.word(pos)
    if pos - start < 2 or pos == end:
        return False
    while pos < end:
        word = tokens.word(pos)
        if word is None or word[0] != pos or word[1] > end or not known_word(word[2]) or name_like(word):
            return False
        if _sentence_verb(word):
            return False  # "吐尔洪·卡德尔|出任|公司党委书记": the person's verb, then the post, no body's name
        pos = word[1]
    return True


def _sentence_verb(word: tuple[int, int, str, str]) -> bool:
    """A word the dictionary tags a verb: between a person's name and a kind of body it is the clause's verb
    ("出任", "担任", "加入"), no word of a body named after a person."""
    return word[3] == "v"


def dotted_bodies(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """Organisations named after a person, whose name is joined by a dot ("美国乔治·华盛顿大学"): the
    first part is read back from the dot as a transcribed name's is; the rest is transcription characters
    or a known name (华盛顿)."""
    out = []
    for m in DOTTED_BODY_RE.finditer(text):
        dot = m.start() + DOT_RE.search(m.group("name")).start()  # type: ignore[union-attr]
        start = name_edge(text, tokens, dot, -1, m.start())
        rest = DOT_RE.split(text[dot + 1 : m.end("name")])[-1]
        named = all(c in TRANSLIT for c in rest) or rest in gazetteer_cn()[1]
        if start < dot and (named or _surname_then_words(text, tokens, m.end("name") - len(rest), m.end())):
            name = DOT_RE.sub("·", text[start : m.end()])
            out.append(Mention(page, start, m.end(), text[start : m.end()], name, t.ORGANIZATION, 7))
    return out


_AGAINST = "反禁缉打防"


def _city_abroad_and_domain(text: str, tokens: Tokens, head: int, index: dict[str, t.GazetteerEntry]) -> int:
    """ "巴黎反恐检察院", "阿拉木图地区法院": a city abroad, then a noun of what the body does or a level (the
    city's region), then its organ: one body named after the city (a city abroad right before a court names
    no body of its own: "在阿拉木图法院作证"). Where the name starts; ``head`` when it is not so named."""
    level = tokens.word(head)
    domain = tokens.word(head - 1)
    if level is not None and level[0] == head and level[2] in LEVEL_WORDS:
        before = head  # "阿拉木图|地区|法院"
    elif domain is not None and domain[1] == head and len(domain[2]) >= 2 and _domain_word(domain):
        before = domain[0]  # "巴黎|反恐|检察院"
    else:
        return head
    city = tokens.word(before - 1)
    entry = index.get(city[2]) if city is not None and city[1] == before else None
    if city is None or entry is None or entry.canonical not in t.world_cities():
        return head
    return city[0]


def _domain_word(word: tuple[int, int, str, str]) -> bool:
    """A noun of what a body does, or a verb of fighting something the segmenter tags a verb (反恐, 禁毒)."""
    return word[3] in ("n", "vn", "j") or (word[3] == "v" and word[2][0] in _AGAINST)


def _level_body_opens(tokens: Tokens, head: int, end: int) -> bool:
    """ "行署办公室": a level's committee or administration, a word of its own, then an organ of it (the
    level's body is named by the level alone, as "地委办公室" is)."""
    word = tokens.word(head)
    return word is not None and word[0] == head and word[2] in LEVEL_BODIES and word[1] < end


# a congress's term between its place and its organ: "自治区十一届人大常委会", "第十四届全国人大"
_TERM_RE = re.compile(r"第?[一二三四五六七八九十\d]{1,3}届")


# a session right after the congress or committee: the term and the organ name the meeting, not a body
_SESSION_RE = re.compile(r"第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议")


def _congress_session(text: str, start: int, end: int) -> bool:
    """Whether a session right after a congress names a meeting ("十三届人民代表大会第二次会议"), not a body; a
    standing committee's session is the committee at work ("自治区十三届人大常委会第十八次会议决定任命"), and the
    committee is the body that decides."""
    return _SESSION_RE.match(text, end) is not None and not text.endswith(("常委会", "常务委员会"), start, end)


def _names_a_place(text: str, tokens: Tokens, word: tuple[int, int, str, str]) -> bool:
    """Whether a segmenter's word is all places a body is named after ("自治区", "伊犁哈萨克自治州")."""
    return place_before(text, word[1], tokens, gazetteer_cn()[1]) <= word[0]


def _body_head(text: str, tokens: Tokens, pos: int, end: int) -> tuple[int, bool]:
    """Where a body's chain of organs starts when the segmenter's word runs across its start: a level
    before it joins it ("县公安局", "县融|媒体中心": the county's), a word of another kind does not
    ("皮山县入户走访工作领导小组" matched from 山: the organs start after 皮山县), nor does a word before the
    place where the match opens on it ("经|自治区|平安建设领导小组"); and whether a level was taken."""
    word = tokens.word(pos)
    if word is not None and word[0] == pos and place_before(text, pos, tokens, gazetteer_cn()[1]) == pos:
        place = next((w for w in tokens.within(pos, end)[:-1] if _names_a_place(text, tokens, w)), None)
        if place is not None and BODY_RE.fullmatch(text, place[1], end):
            return place[1], False  # "(经)自治区|平安建设领导小组": a leading group's task read from its place on
    if word is None or word[0] >= pos:
        return pos, False
    if text[word[0] : pos] in LEVEL_WORDS and not level_list(text, word[0]):
        if text[word[0] - 1 : pos] == "师市":
            return word[0] - 1, True  # "师|市人|社局": the division's city, split by the segmenter
        return word[0], True
    if PLACE_WORDS.search(text[word[0] : pos]) and dictionary_tag(text[word[0] : pos]) == "ns":
        return word[0], True  # "江苏省政府|办公厅": the segmenter joined the province to its government
    if word[1] < end and BODY_RE.fullmatch(text, word[1], end):
        return word[1], False
    return pos, False


# the courts or procuratorates of a whole level, named bare: "全区法院", "兵团法院", "全州检察院"
_COURTS_OF_A_LEVEL_RE = re.compile(r"(?:全[区州县市省国]|兵团)(?:法院|检察院)")


_ONE_ORGAN_RE = re.compile(f"(?:{BODY_PARTS})")


def _doubled_organ_end(text: str, start: int, end: int) -> int:
    """Where a chain of organs ends when its last organ repeats the end of the one before: a report's title
    writes "人民政府政府工作报告" (the people's government's government work report), whose second 政府 opens
    the report's name, no organ of the body."""
    parts = list(_ONE_ORGAN_RE.finditer(text, start, end))
    if len(parts) >= 2 and parts[-2].group(0).endswith(parts[-1].group(0)):
        return parts[-1].start()
    return end


def state_bodies(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    out: list[Mention] = []
    # not a post named after the ministry ("国防部长", "外交部长")
    national = [(m.start(), m.end()) for m in NATIONAL_BODY_RE.finditer(text) if text[m.end() : m.end() + 1] != "长"]
    for s, e in national:
        start = place_before(text, s, tokens, index)
        chain = BODY_RE.match(text, e)  # "国务院国资委": a commission under the State Council
        e = _sub_unit_end(text, tokens, chain.end() if chain else e)
        e = _ministry_bureau_end(text, tokens, e)
        if start < s and text[start:s] in ("中国", "中华人民共和国", "中共"):
            # "中国外交部" is the 外交部: China's national bodies are named without the country
            out.append(Mention(page, start, e, text[start:e], text[start:e], t.PUBLIC_BODY, 6, canonical=text[s:e]))
        else:  # "美国财政部" is another country's ministry, named with its country
            out.append(Mention(page, start, e, text[start:e], text[start:e], t.PUBLIC_BODY, 6))
    for m in BODY_RE.finditer(text):
        if any(s <= m.start() < e for s, e in national):
            continue
        last = tokens.word(m.end() - 1)
        runs_on = last is not None and last[1] > m.end() and last[0] > m.start()
        if runs_on and last is not None and not TITLE_RE.fullmatch(text, m.end(), last[1]):
            continue  # "常委|会议": the organs' last word runs on into another (a meeting), no body
        head, level = _body_head(text, tokens, m.start(), m.end())
        term = _TERM_RE.search(text, max(0, head - 5), head)
        session = _congress_session(text, m.start(), m.end())  # "十三届人民代表大会第二次会议": a meeting
        term_start = term.start() if term is not None and term.end() == head and not session else head
        start = place_before(text, term_start, tokens, index)
        if start == term_start:
            start, term_start = place_before(text, head, tokens, index), head
        if start == head or text[start:head] in LEVEL_WORDS:  # no place, or a level read as the page's own
            start = _city_abroad_and_domain(text, tokens, start, index)
        if start == head and not level and not _level_body_opens(tokens, head, m.end()):
            continue  # "党委政法委" alone: a kind of body, not one body
        if text[max(0, start - 2) : start] == "中共":
            start -= 2  # "中共巴音郭楞蒙古自治州委员会政法委员会": the party's committee of the prefecture
        end = _sub_unit_end(text, tokens, _doubled_organ_end(text, m.start(), m.end()))
        name = text[start:end]
        if name.endswith("政府") and text.startswith("信息", end):
            continue  # "《中华人民共和国政府信息公开条例》": government information, no government
        if _some_of_a_kind(text, start, name):
            continue  # "少数村警务室": a few of a kind, no one body
        if _COURTS_OF_A_LEVEL_RE.fullmatch(name):
            continue  # "全区法院审结……", "（含兵团法院）": the courts of a whole level, no one court
        # "自治区十一届人大常委会": the congress's term names the same standing committee
        canonical = party_committee(text[start:term_start] + text[head:end])
        out.append(Mention(page, start, end, name, name, t.PUBLIC_BODY, 6, canonical=canonical))
    for m in CORPS_UNIT_RE.finditer(text):
        out.append(Mention.whole(page, m, t.PUBLIC_BODY, 6))
    for m in _regiments(text):  # "来到可克达拉市、六十二团和六十六团": a regiment by its number alone
        out.append(Mention.whole(page, m, t.PUBLIC_BODY, 5))
    out.extend(_aid_headquarters(page, text, tokens))
    for m in CORPS_DIVISION_RE.finditer(text):
        # "新疆生产建设兵团第五师": the corps, named, and its division, named by number under it ("兵团第五师"
        # is the same division: its canonical name holds the corps' full name)
        part = "division" if m.group("division") else "old"
        s = m.start(part)
        division = m.group("division") or f"第{m.group('number')}师"
        full = "新疆生产建设兵团" + ("" if division.startswith("第") else "第") + division  # "兵团十四师": 第十四师
        out.append(Mention(page, s, m.end(), text[s : m.end()], text[s : m.end()], t.PUBLIC_BODY, 6, canonical=full))
    out.extend(_divisions_by_city(page, text, index))
    out.extend(_divisions_named_alone(page, text) + _division_level_bodies(page, text, tokens))
    for m in _missions(text, tokens):
        out.append(Mention.whole(page, m, t.PUBLIC_BODY, 6))
    out.extend(_campaign_bodies(page, text, tokens, index) + _organs_committees(page, text, tokens, index))
    out.extend(_stations_by_stem(page, text))
    out.extend(_township_stations_in_cells(page, text))
    out.extend(_bureau_by_level_alone(page, text))
    out.extend(_branches_by_place(page, text, tokens))
    out.extend(_agency_bureaus(page, text, tokens))
    out.extend(_army_formations(page, text, tokens))
    out.extend(_bodies_before_their_heads(page, text))
    found = out + _level_bodies(page, text, tokens, index) + _named_organs(page, text, tokens, index)
    return [_with_numbered_branch(text, m) for m in found]


# a body named right before its head's post, which repeats the body's last character, as a list of officials
# present or a byline writes it: "外交部部长", "经济部国际贸易局局长", "内政部移民署副署长" (the ministry's, the
# bureau's, the agency's head), from the line's start, a gap, a comma or a colon on (not after 、 in a chain of posts,
# "中级人民法院审判委员会委员、执行局局长", where the body is a division of the court before)
_BODY_BEFORE_ITS_HEAD_RE = re.compile(
    rf"(?:^|(?<=[ \t\u3000，：:]))(?P<body>[{CJK}]{{2,12}}?(?P<head>[部局署司厅]))(?=(?:副|代理)?(?P=head)长)", re.M
)
# what opens a body's kind, not its name: each, every, the whole of, this one ("各县公安局局长")
_KIND_OPENING = ("各", "每", "全", "本", "该", "我")
# the function words of a clause, which no such body's name holds: "会议由公安厅厅长主持" (a clause, the body after 由)
_CLAUSE_WORDS = frozenset("由在的和与及对向为被把将从给让是了")


def _bodies_before_their_heads(page: int, text: str) -> list[Mention]:
    """A body named before its head's post (``_BODY_BEFORE_ITS_HEAD_RE``); not an organ's kind alone ("公安厅厅长",
    whose body the words before name), nor one opened by a word of kind ("各县公安局"), nor a clause read on to the
    body ("会议由公安厅")."""
    out = []
    for m in _BODY_BEFORE_ITS_HEAD_RE.finditer(text):
        body = m.group("body")
        if BODY_RE.fullmatch(body) or body.startswith(_KIND_OPENING) or any(c in _CLAUSE_WORDS for c in body):
            continue
        out.append(Mention(page, *m.span("body"), body, body, t.PUBLIC_BODY, 5))
    return out


def _with_numbered_branch(text: str, m: Mention) -> Mention:
    """A bureau and the branch numbered under it right after its name ("自治区农垦总局第一分局", "某某局第二支队"):
    one body, the branch, whichever reader found the bureau."""
    branch = _NUMBERED_BRANCH_RE.match(text, m.end) if m.name.endswith("局") else None
    if branch is None:
        return m
    name = text[m.start : branch.end()]
    return Mention(m.page, m.start, branch.end(), name, name, m.type, m.priority)


# a body named after a campaign in quotation marks, at a level or a place: "巴楚县“访惠聚”驻村工作领导小组办公室",
# "县“访惠聚”办", "地委“访惠聚”办" (not a campaign's teams, of which there are many: "各“访惠聚”工作队")
CAMPAIGN_BODY_RE = re.compile(
    r"[“\"][\u3400-\u9fff]{2,8}[”\"](?:驻村|专项行动|专项|活动|行动)?(?:工作)?(?:领导小组|指挥部|委员会)?(?:办公室|办(?![实事理好成]))?"
)


def _campaign_bodies(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    out = []
    for m in CAMPAIGN_BODY_RE.finditer(text):
        if not m.group(0).endswith(("办公室", "办", "领导小组", "指挥部", "委员会")):
            continue
        start = place_before(text, m.start(), tokens, index)
        if start < m.start():
            out.append(Mention(page, start, m.end(), text[start : m.end()], text[start : m.end()], t.PUBLIC_BODY, 6))
    return out


# the party's working committee of the organs directly under a level, named by the level and 直 ("县直机关工委",
# "州直机关工作委员会", "自治区直属机关工委", "地直机关党工委")
_ORGANS_COMMITTEE_RE = re.compile(r"(?:自治区|[省市县州区地])?直属?机关(?:党?工委|工作委员会)")


def _organs_committees(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """The working committee of a level's organs (``_ORGANS_COMMITTEE_RE``), from the place before it if any
    ("墨玉县|县直机关工委"): a body, whose level the segmenter reads into an ordinary word ("县直机关|工委")."""
    out = []
    for m in _ORGANS_COMMITTEE_RE.finditer(text):
        start = place_before(text, m.start(), tokens, index)
        name = text[start : m.end()]
        out.append(Mention(page, start, m.end(), name, name, t.PUBLIC_BODY, 6))
    return out


# the head word of an organ whose name says what it does: "气象局", "兽医站", "文化馆", "司法所"; a police or fire
# service's unit named by its service ("阿克苏地区|公安|消防支队", "边防总队"); customs ("乌鲁木齐海关"); a
# standard organ after the zone it runs ("纺织服装产业园管委会")
_ORGAN_HEAD_RE = re.compile(rf"[{CJK}]{{1,6}}(?:局|站|馆|支队|总队)")


_DOMAIN_FLAGS = ("n", "vn", "l", "nz", "j", "an")

# the words of a state of affairs or of a game that end in 局, a bureau's head: "维护社会大局稳定" (the overall
# situation), "新格局" (a pattern), "打破僵局" (a deadlock), "政局" (the political situation)
_SITUATION_WORDS = frozenset(
    {"大局", "格局", "布局", "全局", "政局", "时局", "结局", "骗局", "僵局", "变局", "残局", "危局"}
)


_TRANSPORT_STATIONS = ("车站", "客运站", "高铁站", "地铁站")

# the domains of a service that observes and forecasts, whose stations are named 台 (an observatory): "新疆气象台"
# (the region's weather observatory, which issues the warnings), "某县地震台"; 台 after other words is a stage, a
# platform or a broadcaster ("主席台", "观景台", "电视台"), no organ read here
_OBSERVING_DOMAINS = ("气象", "天文", "地震", "水文")


def _observatory(word: str) -> bool:
    """An observatory named by what it observes ("气象台", "地震台"), whatever the segmenter tags it (天文台 as
    a name)."""
    return word.endswith("台") and word[:-1] in _OBSERVING_DOMAINS


def _named_organs(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """An organ named after a place and what it does, whose head is no standard organ's name: the place
    ("皮山县", "拜城县赛里木镇"), then nouns of a domain, then 局, 所, 站 or 馆 ("气象局", "司法所",
    "畜牧兽医站", "文化馆"), or a standard organ ("产业园管委会"). An ordinary word is no organ ("喀什宾馆",
    "车站"), nor is a place of detention ("看守所")."""
    out = []
    for i, (s, e, word, flag) in enumerate(tokens.words):
        organ = (_ORGAN_HEAD_RE.fullmatch(word) and flag in (*_DOMAIN_FLAGS, "nt")) or _observatory(word)
        # "司法|所", tagged a conjunction; "教科|局": the head alone after its domain's short form
        office = word in ("所", "局") and i > 0 and tokens.words[i - 1][3] == "n"
        zone = BODY_RE.fullmatch(word) is not None and i > 0 and tokens.words[i - 1][2].endswith(ZONES)
        if not (organ or office or zone or word == "海关") or FACILITY_HEAD_RE.search(text, max(0, s - 3), e):
            continue
        if word.endswith(_TRANSPORT_STATIONS):
            continue  # "墨玉县火车站": a station people travel from, a place, no organ
        if word in _SITUATION_WORDS:
            continue  # "新疆|社会|大局": the overall situation, no bureau
        domain = _domain_start(tokens, i)
        if domain == s and not ((organ and len(word) >= 3) or word == "海关"):
            continue  # "喀什宾馆", "某某所": an ordinary word after a place
        start = place_before(text, domain, tokens, index)
        if start < domain and not PLACE_NOT.match(text[domain:e]):
            out.append(Mention(page, start, e, text[start:e], text[start:e], t.PUBLIC_BODY, 5))
    return out


def _domain_start(tokens: Tokens, i: int) -> int:
    """Where the nouns before the ``i``-th word begin, at most three words and ten characters back; a
    verb's noun does not open them ("援引|海关": "quoting customs")."""
    words, j = tokens.words, i
    while j > max(0, i - 3) and _domain_word_at(words, j - 1, i) and words[i][1] - words[j - 1][0] <= 10:
        if words[j - 1][2] in _ORG_STOP:
            break
        j -= 1
    while j < i and words[j][3] == "vn":
        j += 1
    return words[j][0]


def _domain_word_at(words: list[tuple[int, int, str, str]], k: int, head: int) -> bool:
    """A word of an organ's domain: a noun and the like; or a verb of two characters the segmenter tags as such
    before a noun of the domain that is not the head itself ("县|就业|服务|管理局": employment services)."""
    if words[k][3] in _DOMAIN_FLAGS:
        return True
    following = words[k + 1] if k + 1 < head else None
    return words[k][3] == "v" and len(words[k][2]) == 2 and following is not None and following[3] in ("vn", "n")


DIVISION_RE = re.compile(r"(?<![兵团])第[一二三四五六七八九十\d]{1,3}师")


def _divisions_by_city(page: int, text: str, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """A corps division named by its number before the city it runs ("在第七师胡杨河市调研", the division and
    the city are one administration): the division, a body, beside the city, a place."""
    out = []
    for m in DIVISION_RE.finditer(text):
        city = next((n for n in _names_starting(text, m.end(), index) if n in t.corps_city_names()), None)
        if city is not None:
            full = "新疆生产建设兵团" + m.group(0)
            out.append(Mention.whole(page, m, t.PUBLIC_BODY, 6, canonical=full))
    return out


# a page that names the corps or one of its divisions: its "师" and "第X师" are the division's
CORPS_NAMED_RE = re.compile(r"兵团|第[一二三四五六七八九十\d]{1,3}师")
_ORDINAL_BEFORE_RE = re.compile(r"第[一二三四五六七八九十\d]{1,3}$")


def _divisions_named_alone(page: int, text: str) -> list[Mention]:
    """A corps division named by its number alone ("第四师2018年工作任务分解表"), on a page that names the corps:
    the division, a body (named with a body after it, "第四师公安局", the longer name is kept)."""
    if "兵团" not in text:
        return []
    out = []
    for m in DIVISION_RE.finditer(text):
        full = "新疆生产建设兵团" + m.group(0)
        out.append(Mention.whole(page, m, t.PUBLIC_BODY, 5, canonical=full))
    return out


def division_word(word: str) -> bool:
    """ "师直" (the division's own units), "师市": on a page of the corps, 师 and one character after it are the
    division's word, not a surname and a given name."""
    return len(word) == 2 and word[0] == "师"


def _division_level_bodies(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A division's own bodies named by "师" alone, as its documents write them ("经师党委同意", "报师维稳办",
    "由师人力资源和社会保障局安置"), on a page that names the corps or a division; not after an ordinal (read
    with the division's number) nor a profession's 师 ("教师党支部": the teachers' branch)."""
    if not CORPS_NAMED_RE.search(text):
        return []
    out = []
    for m in re.finditer("师", text):
        i = m.start()
        chain = BODY_RE.match(text, i + 1)
        if chain is None or _ORDINAL_BEFORE_RE.search(text, max(0, i - 5), i):
            continue
        if i > 0 and text[i - 1] not in _CLAUSE_PREPOSITIONS and known_word(text[i - 1 : i + 1]):
            continue
        end = _sub_unit_end(text, tokens, chain.end())
        out.append(Mention(page, i, end, text[i:end], text[i:end], t.PUBLIC_BODY, 6))
    return out


def _names_starting(text: str, pos: int, index: dict[str, t.GazetteerEntry]) -> list[str]:
    return [text[pos : pos + n] for n in range(6, 1, -1) if text[pos : pos + n] in index]


# a unit or office under a body, named after it: "县公安局出入境管理大队", "自治区公安厅网络安全保卫总队",
# "美国财政部海外资产控制办公室", "县人社局就业服务中心" (a service, command or information centre; not a training
# centre, a facility), and a standing committee's working committee: "全国人大常委会法制工作委员会",
# "州人大常委会代表工作委员会" (a department's division, 处, is no body of its own: "政法委维稳指导处" is the committee)
_SUB_UNIT_RE = re.compile(
    rf"[{CJK}]{{2,8}}?(?:总队|大队|支队|中队|办公室|工作委员会)|[{CJK}]{{0,6}}?(?:服务|指挥|管理|信息)中心"
)


# a government's committee, named by its field right after the government: "县人民政府教育督导委员会",
# "自治区人民政府学位委员会" (a committee of the government, one body)
_GOVERNMENT_COMMITTEE_RE = re.compile(rf"[{CJK}]{{2,8}}?委员会")


# the verbs a body sets up its units by: "局机关内设……大队", "下设" (what follows is its units, each a body; 设
# alone only after a body's head, see ``_UNITS_SET_UP_RE``, not in 建设 or 开设)
_SET_UP_VERBS = {"下设", "内设", "设有", "设立", "设"}


# (and a bound morpheme the segmenter leaves alone, "巡|特警|大队": patrol)
_SUB_UNIT_FLAGS = ("n", "vn", "v", "l", "s", "nz", "j", "b", "an", "zg")


# a unit under a body named by its number: "第六巡回法庭", "第一分局"; a branch of a bureau among them
_NUMBERED = r"第[一二三四五六七八九十\d]{1,3}"
_BRANCH_HEADS = "分局|大队|支队|中队"
_NUMBERED_UNIT_RE = re.compile(rf"{_NUMBERED}(?:巡回法庭|法庭|{_BRANCH_HEADS})")
_NUMBERED_BRANCH_RE = re.compile(rf"{_NUMBERED}(?:{_BRANCH_HEADS})")


# a court's or a procuratorate's branch for the corps or for a prefecture, after its name ("生产建设兵团分院",
# "人民检察院喀什分院", "高级人民法院伊犁哈萨克自治州分院"): a place of two to eight characters, no function word in it
_CORPS_BRANCH_RE = re.compile(
    r"(?:(?:新疆)?(?:生产建设)?兵团|(?:(?![的在和与及对向从于是为了等、])[\u4e00-\u9fff]){2,8}?)分院"
)


# a police station under a county's or city's bureau, named by its township or quarter: "乌什县公安局阿合雅派出所";
# a city bureau's branch, named by its district: "乌鲁木齐市公安局沙依巴克区分局"
_STATION_RE = re.compile(rf"[{CJK}]{{2,6}}?(?P<head>派出所|警务站|分局)")
# a statistics bureau's survey team in a region or prefecture, named by its place: "国家统计局和田调查队",
# "国家统计局新疆调查总队", "国家统计局兵团调查总队" (the head's words, 调查|总队, are no part of its name)
_SURVEY_TEAM_RE = re.compile(rf"[{CJK}]{{2,6}}?(?P<head>调查总?队)")
# the local units named by a place under a bureau, by the end of the bureau's name
_LOCAL_UNITS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("公安局", "公安分局"), _STATION_RE),
    (("统计局",), _SURVEY_TEAM_RE),
)


# a station or checkpoint written alone after a boundary or a verb of going, named by a stem: "、杭桂派出所所长",
# a table's row "多鲁派出所　684", "被带到阿瓦提派出所", "巴什托格拉克检查站"
_STATION_WORD_RE = re.compile("派出所|公安检查站|检查站|便民警务站|警务站")
# a verb of going before the place or body one goes to: "到", "往", "至", "赴"
_GOING_VERBS = set("到往至赴")
_STEM_OPENS_RE = re.compile(rf"[^{CJK}]|[{''.join(sorted(_GOING_VERBS))}]")


def _stations_by_stem(page: int, text: str) -> list[Mention]:
    """A police station or checkpoint named by its township's stem without 乡 or 镇: the stem is transcribed
    ("恰尔巴格派出所", "塔什萨依检查站")
    or the page writes it with its level elsewhere ("杭桂乡" beside "杭桂派出所"); a word of kind or
    reference before 派出所 ("各派出所", "当地派出所", "辖区派出所") names none."""
    levels = (m.start() for m in re.finditer("[乡镇]", text))
    townships = {text[i - size : i] for i in levels for size in range(2, 6)}
    out = []
    for m in _STATION_WORD_RE.finditer(text):
        start = _station_stem_start(text, m.start())
        stem = text[start : m.start()]
        if start < 0 or stem[-1] in "乡镇" or not (stem in townships or all(c in TRANSLIT for c in stem)):
            continue
        if known_word(stem) and not dictionary_tag(stem).startswith(("ns", "nr")):
            continue  # "当地乡镇…当地派出所", "附近检查站": an ordinary word of where, no township's name
        out.append(Mention(page, start, m.end(), text[start : m.end()], text[start : m.end()], t.PUBLIC_BODY, 5))
    return out


def _station_stem_start(text: str, pos: int) -> int:
    """Where the shortest stem of two to seven characters before a station's word at ``pos`` starts, right
    after a boundary or a verb of going; -1 where none does."""
    for start in range(pos - 2, max(pos - 8, -1), -1):
        if start == 0 or _STEM_OPENS_RE.match(text, start - 1):
            return start
    return -1


# a table's cell, between runs of spaces (two or more, a full-width one or a tab) or a line's ends, that holds a
# township's police station, post or checkpoint: "　　某某乡便民警务站　　24", "某某镇派出所\t18"; or its
# school, as a list of contacts or addressees sets it at an indented line's start ("　　某某镇中心学校　校长",
# "某某乡中心学校：")
_CELL_EDGE = r"(?:^|(?<=[ \u3000]{2})|(?<=[\t\u3000]))"
_TOWNSHIP_STATION = "便民警务站|警务站|警务室|派出所|公安检查站|检查站"
_TOWNSHIP_SCHOOL = "中心学校|中心小学|中学|小学"
_TOWNSHIP_STATION_CELL_RE = re.compile(
    rf"{_CELL_EDGE}(?P<town>[{CJK}]{{2,6}}?[乡镇])(?:{_TOWNSHIP_STATION}|(?P<school>{_TOWNSHIP_SCHOOL}))(?={GAP}|[：:]|$)",
    re.MULTILINE,
)

# a township's level after a word of every, this or where (no township named): "各乡", "本镇", "所在乡", "辖区镇"
_EVERY_OR_THIS_RE = re.compile("[本全各该每]|所在|辖区|当地")


def _township_stations_in_cells(page: int, text: str) -> list[Mention]:
    """A township's police station, post, checkpoint or school alone in a table's cell is named whole from the
    cell's start ("　　某某乡派出所　　", "　　巴格其镇中心学校　", however the segmenter parts the township's name);
    a cell of a kind or of every township ("各乡镇派出所") names none."""
    out = []
    for m in _TOWNSHIP_STATION_CELL_RE.finditer(text):
        town = m.group("town")
        if "乡镇" in town or _EVERY_OR_THIS_RE.match(town):
            continue
        out.append(Mention.whole(page, m, t.ORGANIZATION if m.group("school") else t.PUBLIC_BODY, 6))
    return out


# a public-security bureau named with its place ("某某县公安局"), and the same bureau named by its level alone in a
# police page's own words ("已被县局约谈", "报市局"), after a function word or a clause's opening
_LEVEL_BUREAU_RE = re.compile(rf"[{CJK}]{{2,8}}?(?P<level>[县市州])公安局")
_LEVEL_ALONE_RE = re.compile(r"(?:(?<=[被经由向对报和与及])|(?<=[，。、；：\n]))(?P<level>[县市州])局(?![长属])")


# a branch bureau written alone, after a boundary: "、天山分局、" (a city bureau's branch for its district)
_BRANCH_ALONE_RE = re.compile(rf"(?<![{CJK}])[{CJK}]{{2,6}}?分局")


def _branches_by_place(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A branch bureau named by its district alone, after a boundary ("市局刑侦处、天山分局、巡警支队"): the
    words before 分局 are one place the segmenter tags as a place; a word of kind or reference ("各分局") names
    none."""
    out = []
    for m in _BRANCH_ALONE_RE.finditer(text):
        place = tokens.word(m.start())
        if place is None or place[0] != m.start() or place[1] != m.end() - 2 or not place[3].startswith("ns"):
            continue
        out.append(Mention.whole(page, m, t.PUBLIC_BODY, 5))
    return out


# a news agency's bureau named by its place after the agency: "新华社新疆分社", "中新社香港分社", "新华社亚太总分社"
_AGENCY_BUREAU_RE = re.compile(rf"[{CJK}]{{1,6}}社(?P<place>[{CJK}]{{2,6}}?)(?:总分社|分社|支社)")


def _agency_bureaus(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A news agency's bureau, from the agency's name, a word the dictionary holds as a body, on to 分社 over
    one word of place or region ("新华社|香港|分社"): one body, the agency's bureau, not the agency alone; a
    verb between them ("新华社驻开罗分社") leaves the agency and the bureau apart."""
    out = []
    for m in _AGENCY_BUREAU_RE.finditer(text):
        agency = tokens.word(m.start("place") - 1)
        place = tokens.word(m.start("place"))
        if agency is None or agency[3] != "nt" or agency[1] != m.start("place") or agency[0] < m.start():
            continue
        if place is None or place[0] != m.start("place") or place[1] != m.end("place"):
            continue
        if not place[3].startswith(("ns", "nr", "j")):
            continue
        s = agency[0]
        out.append(Mention(page, s, m.end(), text[s : m.end()], text[s : m.end()], t.ORGANIZATION, 6))
    return out


def _bureau_by_level_alone(page: int, text: str) -> list[Mention]:
    """ "县局" (the county bureau) on a page that names one county public-security bureau with its place: that
    bureau; on a page naming none or several, no body."""
    named: dict[str, set[str]] = {}
    for m in _LEVEL_BUREAU_RE.finditer(text):
        if not m.group(0).startswith(m.group("level")):
            named.setdefault(m.group("level"), set()).add(m.group(0))
    out = []
    for m in _LEVEL_ALONE_RE.finditer(text):
        names = named.get(m.group("level"), set())
        if len(names) == 1:
            out.append(Mention.whole(page, m, t.PUBLIC_BODY, 5, canonical=min(names)))
    return out


def _station_end(text: str, tokens: Tokens, end: int) -> int:
    """Where a public-security bureau's name ends when one of its stations follows, named by words that
    are names or places or transcribed ("公安局城北派出所", "公安局乃则尔巴格派出所"), not by a verb or a
    quantifier ("公安局组织派出所", "要求各派出所"); so a statistics bureau's survey team ("国家统计局和田调查队")."""
    unit = next((unit for parents, unit in _LOCAL_UNITS if text.endswith(parents, 0, end)), None)
    m = unit.match(text, end) if unit is not None else None
    if m is None or _STATION_WORD_RE.fullmatch(m.group(0)):
        return end  # "公安局便民警务站": the kind of post the bureau keeps, named by no place
    if _township_station(m.group(0)):
        return m.end()
    words = [w for w in tokens.words if end <= w[0] < m.end()]
    if not words or words[0][0] != end or words[-1][1] != m.end() or len(words) < 2:
        return end
    named = [w for w in words[:-1] if w[1] <= m.start("head")] or words[:-1]
    return m.end() if all(_station_word(w) for w in named) else end


# a station named by its township with the township's level: "木什乡派出所", "依干其乡派出所"
_TOWNSHIP_STATION_RE = re.compile(rf"(?P<name>[{CJK}]{{2,5}})[乡镇]派出所")
# characters of function, reference or quantity that name no township ("组织各乡派出所", "本镇派出所"): those
# that name no village, but for the levels and 其, which transcribes (依干其)
_NOT_IN_TOWNSHIP = frozenset(NOT_VILLAGE - set("乡镇县市区州村其"))


def _township_station(station: str) -> bool:
    """A station named by a township and its level, whatever words the segmenter reads in the township's name
    ("公安局|依|干|其乡|派出所"): no function or quantifying character in the name ("组织各乡派出所"), no
    "乡镇" (townships of every kind: "会同乡镇派出所"), no word the dictionary holds, nor an ordinary word opening
    it ("要求木什乡派出所", "指导木什乡派出所": the bureau asks or guides the station; not a place's or a name's)."""
    m = _TOWNSHIP_STATION_RE.fullmatch(station)
    if m is None or "乡镇" in station:
        return False
    name = m.group("name")
    opens_with_word = known_word(name[:2]) and not dictionary_tag(name[:2]).startswith(("ns", "nr"))
    return not set(name) & _NOT_IN_TOWNSHIP and not known_word(name) and not opens_with_word


def _station_word(word: tuple[int, int, str, str]) -> bool:
    """A word of a station's name: a noun, a name or a place, or one made of transcription characters that
    the segmenter tags as something else ("乃则|尔巴|格派出所": 乃则 read as a conjunction)."""
    noun = (word[3][:1] in ("n", "s") and word[3] != "nt") or word[2] in gazetteer_cn()[1]  # 兵团: the Corps
    return noun or all(c in TRANSLIT for c in word[2]) or _lone_short_form(word)


def _lone_short_form(word: tuple[int, int, str, str]) -> bool:
    """One character the segmenter tags as a short form ("英|阿瓦提|派出所": 英 as Britain's): in a station's
    name, the first character of its township's, a name's part too."""
    return word[3] == "j" and len(word[2]) == 1


def _sub_unit_end(text: str, tokens: Tokens, end: int) -> int:
    """Where a body's name ends when a unit or office under it follows ("出入境管理大队"): the unit's words
    are nouns, verbs of managing and the like, with no name, place, number or function word among them
    ("公安局会同各派出所": no unit), and its last word ends it."""
    station = _station_end(text, tokens, end)
    if station > end:
        return station
    numbered = _NUMBERED_UNIT_RE.match(text, end)
    if numbered is not None:
        return numbered.end()  # "最高人民法院第六巡回法庭", "市公安局第一分局"
    branch = _CORPS_BRANCH_RE.match(text, end) if text.endswith(("法院", "检察院"), 0, end) else None
    if branch is not None:
        return branch.end()  # "自治区高级人民法院生产建设兵团分院", "自治区人民检察院喀什分院": a branch
    m = _SUB_UNIT_RE.match(text, end)
    if m is None and text.endswith("政府", 0, end):
        m = _GOVERNMENT_COMMITTEE_RE.match(text, end)  # "县人民政府教育督导委员会": a committee of the government
    if m is None or BODY_RE.match(text, end):
        return end
    words = [w for w in tokens.words if end <= w[0] < m.end()]
    if not words or words[0][0] != end or words[-1][1] != m.end() or words[0][2] in WITH_VERBS | _SET_UP_VERBS:
        return end  # "公安局|内设|网络安全保卫大队": the units the bureau sets up, each a body of its own
    if any(not w[3].startswith(_SUB_UNIT_FLAGS) or w[3].startswith(("nr", "ns", "nt")) for w in words):
        return end
    return m.end()


# a bureau, department or office of a ministry or national commission, named by its field right after it:
# "公安部治安管理局", "外交部领事司", "国家民委政策法规司", "教育部高等教育司" (one body, the bureau)
_MINISTRY_BUREAU_RE = re.compile(rf"[{CJK}]{{2,8}}?[局司厅](?!长)")
# the words a bureau's field is named by: nouns, a verbal noun, a distinguishing word or an idiom, no verb
_FIELD_FLAGS = ("n", "vn", "nz", "b", "l", "j", "an")


def _ministry_bureau_end(text: str, tokens: Tokens, end: int) -> int:
    """Where a ministry's or national commission's name ending at ``end`` ends with the bureau under it
    ("公安部|治安|管理局"): its field's words are nouns and the like, none a name, place or verb
    ("公安部表彰交通管理局": no bureau), the last one closing on the bureau's head (局, 司 or 厅, which the
    segmenter may leave alone)."""
    if not text.endswith(("部", "委"), 0, end):
        return end
    m = _MINISTRY_BUREAU_RE.match(text, end)
    if m is None:
        return end
    words = [w for w in tokens.words if end <= w[0] < m.end()]
    if not words or words[0][0] != end or words[-1][1] != m.end():
        return end
    if words[-1][2] in ("局", "司", "厅"):
        words = words[:-1]  # the head alone ("对外贸易|司", 司 read as a surname)
    fields = words and all(w[3].startswith(_FIELD_FLAGS) and not w[3].startswith(("nr", "ns", "nt")) for w in words)
    return m.end() if fields else end


def _missions(text: str, tokens: Tokens) -> list[re.Match[str]]:
    """A country's embassy, consulate or mission, from the country's name (one word) on; where the match
    starts inside a word or at one that is no place ("外交部已照会中国驻……" matched from 部; "他们向该国驻华
    使馆"), from the place right before 驻, if any."""
    out = []
    for m in MISSION_RE.finditer(text):
        first = tokens.word(m.start())
        if first is not None and first[0] == m.start() and first[3].startswith(("ns", "nt")):
            out.append(m)
            continue
        at = text.index("驻", m.start())
        country = tokens.word(at - 1)
        if country is not None and country[1] == at and country[3] == "ns":
            again = MISSION_RE.match(text, country[0])
            if again is not None:
                out.append(again)
    return out + _missions_by_seat(text, tokens)


# a mission named by its seat alone, from 驻 on, its country the page's own: "我们已透过驻日内瓦办事处转交",
# "经驻阿拉木图总领馆核实"
_SEAT_MISSION_RE = re.compile(rf"驻[{CJK}]{{1,8}}?(?:{_MISSION_KINDS}|办事处)")


def _missions_by_seat(text: str, tokens: Tokens) -> list[re.Match[str]]:
    """A mission from 驻 on (``_SEAT_MISSION_RE``) where no country or body is written before 驻 (a verb or a
    preposition is) and a place is written after it ("透过|驻|日内瓦|办事处")."""
    out = []
    for m in _SEAT_MISSION_RE.finditer(text):
        before, seat = tokens.word(m.start() - 1), tokens.word(m.start() + 1)
        if before is not None and before[3].startswith(("ns", "nt", "nr", "j")):
            continue
        if seat is not None and seat[0] == m.start() + 1 and seat[3].startswith("ns"):
            out.append(m)
    return out


# a township's party committee or government as the segmenter writes it, one word with the township's level
_TOWNSHIP_BODIES = {"乡党委", "镇党委", "乡政府", "镇政府"}


def _after_no_name(tokens: Tokens, start: int) -> bool:
    """Whether the word before ``start`` is no part of a place's name: none, punctuation, a function word or a
    verb ("由", "和", "该", "要求"), or one character ("经"; no township is named so)."""
    before = tokens.word(start - 1)
    return before is None or before[3][:1] in ("x", "p", "c", "r", "d", "v", "u", "w") or len(before[2]) == 1


def _level_bodies(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """ "经县委、县人民政府研究", "落实地委、行署的部署": the level's committee or administration alone, as the
    segmenter reads it, after the places it is named after ("皮山县委")."""
    out = []
    for s, e, word, _flag in tokens.words:
        if word in LEVEL_BODIES:
            start = unlevelled_place_start(text, tokens, s, index) if word != "行署" else s
            out.append(Mention(page, start, e, text[start:e], text[start:e], t.PUBLIC_BODY, 5))
            out.extend(_committee_place(page, text, tokens, start, s, index))
        elif word[:2] in LEVEL_BODIES and re.fullmatch(f"(?:{CN_TITLES})", word[2:]):
            # "克拉玛依|市委书记": the segmenter joins the committee to its secretary's title; named after
            # its place, it is that place's committee (the level alone is read above when it is a word)
            start = unlevelled_place_start(text, tokens, s, index)
            if start < s:
                out.append(Mention(page, start, s + 2, text[start : s + 2], text[start : s + 2], t.PUBLIC_BODY, 5))
                out.extend(_committee_place(page, text, tokens, start, s, index))
        elif word in _TOWNSHIP_BODIES and _after_no_name(tokens, s):
            # "经乡党委研究", "乡政府决定": a township's committee or government, the segmenter's one word (after a
            # noun, "郊区|乡党委", the segmenter split a township's own name from it)
            out.append(Mention(page, s, e, word, word, t.PUBLIC_BODY, 5))
        elif _joined_committee(word, index) and not TITLE_RE.match(text, e):
            # "福建省委", "中共福建省委": the segmenter reads a place and its committee as one word (not before an
            # official's title, "江苏省委副书记": the post, whose body the golds do not list)
            start = s + 2 if word.startswith("中共") else s
            out.append(Mention(page, start, e, text[start:e], text[start:e], t.PUBLIC_BODY, 5))
        elif _parted_committee(text, s, e):
            # "莎车县|委": the segmenter parts a named county's committee from its place
            start = place_before(text, s, tokens, index)
            if start < s - 1:
                out.append(Mention(page, start, e, text[start:e], text[start:e], t.PUBLIC_BODY, 5))
    return out


def _some_of_a_kind(text: str, start: int, name: str) -> bool:
    """A body's name read from, or right after, a word of how many ("少数村警务室", "个别县公安局"): some of
    a kind."""
    return any(name.startswith(w) or text.endswith(w, 0, start) for w in _SOME_OF)


def _joined_committee(word: str, index: dict[str, t.GazetteerEntry]) -> bool:
    """A word that is a known place and its level's committee ("福建省委", "中共喀什地委")."""
    name = word.removeprefix("中共")
    return name[-2:] in LEVEL_BODIES and len(name) > 2 and (name[:-2] in index or name[:-1] in index)


def _committee_place(
    page: int, text: str, tokens: Tokens, start: int, end: int, index: dict[str, t.GazetteerEntry]
) -> list[Mention]:
    """The place a committee is named after when it is one word the gazetteer does not know ("漯河" of
    漯河市委): a place, as the gazetteer's places inside a body's name are (see places_inside)."""
    word = tokens.word(start)
    if word is None or word[:2] != (start, end) or word[2] in index or text[max(0, start - 2) : start] == "中共":
        return []
    return [Mention(page, start, end, word[2], word[2], t.PLACE, 2, word[2], True)]


_NOT_COMMITTEE_AFTER = set("员托屈婉任派")  # 委员, 委托, 委屈, 委婉, 委任, 委派: no committee


def _parted_committee(text: str, s: int, e: int) -> bool:
    """ "莎车县|委、叶城县|委", "拜城县|委书记": 委 alone after a level's place, no other word (委员, 委托); an
    official's title may follow (the body a post is named after is found, as the later golds list it)."""
    after = text[e : e + 1]
    return text[s:e] == "委" and text[s - 1 : s] in "县市区州" and after not in _NOT_COMMITTEE_AFTER


# a level's party committee, by its place and level, written in full or in short, with or without the party's
# name ("中共皮山县委员会", "皮山县委员会", "中共皮山县委", "皮山县委"; "中共喀什地委", "喀什地委" for the
# prefecture's); not the Youth League's ("共青团皮山县委员会", "团县委", whose place is one character)
_PARTY_COMMITTEE_RES = (
    re.compile(r"(?:中共)?(?!共青团)(?P<level>.+?[县市区州省团])委员会(?P<rest>.*)"),
    re.compile(r"(?:中共)?(?P<level>[^团].*?[县市区州省])委(?!员)(?P<rest>.*)"),
    re.compile(r"(?:中共)?(?P<place>[^团].+?)地委(?!员)(?P<rest>.*)"),
)


# the eight other parties, in short and in full, whose committees are named by level too ("民盟新疆区委会",
# "九三学社新疆区委员会"): none of them is the Communist Party's committee
_OTHER_PARTY_RE = re.compile(
    "(?:中国)?(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|国民党革命委员会|民主同盟|民主建国会|民主促进会|"
    "农工民主党|台湾民主自治同盟)"
)


def party_committee(name: str) -> str:
    """ "中共X委员会Y" is written "X党委Y" too, and "中共X县委Y" and "X县委Y": "X党委Y" is the canonical
    form; a prefecture's "X地委Y" is "X地区党委Y"; "X市市委" writes the level twice and is "X市党委". Another
    party's committee of a level ("民盟新疆区委会") keeps its name."""
    if _OTHER_PARTY_RE.match(name):
        return name
    for form in _PARTY_COMMITTEE_RES:
        m = form.fullmatch(name)
        if m:
            level = m.group("level") if "level" in form.groupindex else m.group("place") + "地区"
            if len(level) > 2 and level[-1] == level[-2]:
                level = level[:-1]  # "乌鲁木齐市市委": the level written again before 委, the city's committee
            return f"{level}党委{m.group('rest')}"
    return name


def party_committees_named_one_way(mentions: list[Mention]) -> list[Mention]:
    """Every public body that is a party committee, or an office of one, gets the committee's canonical
    name, whichever way the page writes it, so its forms are one body in a document and across a case."""
    for m in mentions:
        if m.type == t.PUBLIC_BODY:
            canonical = party_committee(m.canonical or m.name)
            if canonical != (m.canonical or m.name):
                m.canonical = canonical
    return mentions


def named_by_suffix(suffix: re.Pattern[str], text: str, tokens: Tokens, least: int) -> list[tuple[int, int]]:
    """Names ending in one of ``suffix``'s words, read back over jieba's nouns and names as far as a
    function word, a verb or a number; with fewer than ``least`` characters before the suffix, none."""
    out: list[tuple[int, int]] = []
    for m in suffix.finditer(text):
        i = tokens.at.get(m.start())
        if i is None or _verb_with_object(tokens, m):
            continue
        first = tokens.words[i]
        start = m.start()
        j = i - 1 if first[0] == m.start() else i
        if first[0] < m.start() and not _walkable(first):
            j = -1
        if j >= 0 and _preposition_before_kind(tokens, j, m.start()):
            continue  # "本报告经|公司董事会审议": "by the company", the kind alone, no name
        bound = 18 - min(len(m.group(0)), 2)  # 16 before a legal form
        while j >= 0 and m.start() - tokens.words[j][0] <= bound:
            opening = _bracketed_qualifier(tokens, j)
            if opening is None and m.group(0) in (*LEGAL_END, "集团"):
                opening = _bracketed_stock_code(tokens, j)
            if opening is not None:  # "新疆中泰（集团）有限责任公司": the bracketed part is the name's
                start, j = tokens.words[opening][0], opening - 1
                continue
            if _other_body(tokens.words[j][2]):
                start = -1  # "公安局核查平台": a body's own platform, no name
                break
            if _conjunction_after_body(text, tokens, j) or _conjunction_after_name(tokens, j):
                start = tokens.words[j][0] + 1  # "卫生院|和县|人民医院": 和 joins two bodies
                break
            walkable = not _counted(tokens, j) and (
                _walkable(tokens.words[j])
                or _bridge(tokens, j)
                or _numbered_unit(tokens, j)
                or _affiliated(tokens, j)
                or _ordinal_before_affiliated(tokens, j)
                or _direction_after_place(tokens, j)
                or _transcription_opening_after_place(tokens, j)
                or _task_of_committee(tokens, j, m)
                or _distinguisher_before_field(tokens, j, m)
                or (m.group(0) in (*LEGAL_END, "集团", "出版社") and _brand_word_after_place(tokens, j))
                or (
                    m.group(0) in LEGAL_END
                    and (
                        _trade_before_legal_form(tokens, j, m.start())
                        or _activity_after_trade(tokens, j, m.start())
                        or _quality_before_activity(tokens, j, m.start())
                        or _qualifier_after_brand(tokens, j, m.start())
                        or _conjunction_in_brand(tokens, j)
                    )
                )
            )
            if tokens.words[j][2] in WITH_VERBS | _OWNED_BY | _ROLES_BEFORE_NAME | _SOME_OF or not walkable:
                break
            if _kind_before_placed_name(tokens, j):
                break  # "属下企业|广州全新针织厂有限公司": the kind, then the company's own name
            if _holder_after_post(tokens, j):
                break  # "学院党委书记|任长义|携学院领导": a post's holder, then what he did, no part of a name
            if _period_after_number(tokens, j):
                break  # "2020|年度|美国民俗学会": the year's period, no part of the name
            if m.group(0) in LEGAL_END and _zone_before_named_company(tokens, j):
                break  # "和田县经济开发区|和田某某有限公司": the company in the zone, its name a place's again
            if _city_before_whole_university(tokens, j):
                break  # "北京|中央民族大学经济学院": the city the university is in, no part of its name
            if _act_before_place(tokens, j):
                break  # "合作|建设|喀什大学交通产业学院": what is done to the body named by its place, no part of it
            start = tokens.words[j][0]
            j -= 1
        if start < 0:
            continue
        if j >= 0 and m.start() - tokens.words[j][0] > bound:  # the walk left at its bound
            start = _places_opening_long_name(tokens, j, start)
        if start < m.start() and m.group(0).endswith("公司"):
            start = _brand_start_after_place(tokens, start)
        if start < m.start() and text[start - 1 : start + 1] in _FUNCTION_PAIRS and not _body_word_at(tokens, start):
            start += 1  # "其|中华孚时尚股份有限公司": 其中 ("of them") read across the name's start
        if start < m.start() and _preposition_in_name_guess(text, tokens, start):
            start += 1  # "，经天健|会计师事务所审计": 经 ("by") read into a name guess at the clause's start
        if start < m.start() and first[0] < m.start() <= start:
            start = m.start()
        if m.start() - start >= least and not _COURTROOM_RE.fullmatch(text, start, m.end()):
            out.append((start, m.end()))
    return out


# a courtroom numbered in the court it is in ("在本院第三法庭公开开庭审理", "该院第二法庭"): a room, no body
_COURTROOM_RE = re.compile(r"(?:[本该我此]院)?第[一二三四五六七八九十\d]{1,3}法庭")


_UNIVERSITY_ENDS = ("大学", "学院")


# a national university's name opens with the nation's qualifier: "中央民族大学", "中国人民大学", "首都师范大学"
_NATIONAL_QUALIFIERS = ("中央", "中国", "国家", "首都")


def _city_before_whole_university(tokens: Tokens, j: int) -> bool:
    """Whether the word at ``j`` is a place the gazetteer knows right before a national university's whole name,
    a word the dictionary holds as a body and opening with the nation's qualifier ("北京|中央民族大学"): where it
    stands, not the start of the university's name. A university named by its region and its field keeps the
    place ("新疆|财经大学"), as does a name whose first word is no known place ("不列颠|哥伦比亚大学")."""
    if j + 1 >= len(tokens.words) or not tokens.words[j][3].startswith("ns"):
        return False
    if tokens.words[j][2] not in gazetteer_cn()[1]:
        return False
    after = tokens.words[j + 1]
    national = after[2].startswith(_NATIONAL_QUALIFIERS) and after[2].endswith(_UNIVERSITY_ENDS)
    return after[0] == tokens.words[j][1] and after[3] == "nt" and national


def _act_before_place(tokens: Tokens, j: int) -> bool:
    """Whether the word at ``j`` is an act the segmenter tags a verbal noun right before a place that opens the
    name read so far ("合作|建设|喀什|大学", built together): a name does not open with an act before its place."""
    if j + 1 >= len(tokens.words) or tokens.words[j][3] != "vn":
        return False
    after = tokens.words[j + 1]
    return after[0] == tokens.words[j][1] and after[3].startswith("ns")


_CLAUSE_PREPOSITIONS = set("经由被向对从据在")


_CLAUSE_OPENERS = set("，,。；;：:、（(")


def _preposition_before_kind(tokens: Tokens, j: int, suffix: int) -> bool:
    """Whether a preposition of one character stands right before a kind of body written alone ("经|公司",
    "由|公司", "在|公司"), whatever the segmenter tags it: the kind is the document's own, no name before it."""
    word = tokens.words[j]
    return word[1] == suffix and len(word[2]) == 1 and word[2] in _CLAUSE_PREPOSITIONS


def _preposition_in_name_guess(text: str, tokens: Tokens, start: int) -> bool:
    """Whether a clause opens at ``start`` with a preposition the segmenter reads as a noun alone or into a
    person's name with the brand after it ("五、经|大华会计师事务所审计", "经天健|会计师事务所": 经 "by")."""
    word = tokens.word(start)
    if word is None or word[0] != start or text[start] not in _CLAUSE_PREPOSITIONS:
        return False
    if len(word[2]) > 1 and not word[3].startswith("nr"):
        return False
    before = text[start - 1 : start]
    return not before or before.isspace() or before in _CLAUSE_OPENERS


_BRACKETS = {"）": "（", ")": "("}


_BRAND_MAX = 3


# characters that join or govern words and so open no company's brand: "新疆的纺织品有限公司"
_NOT_BRAND = set("的和与及或在对从由将把被向了是也都就而其该各此每本全")


def _brand_start_after_place(tokens: Tokens, start: int) -> int:
    """Where a company's name begins when its brand, between the place it starts from and its trade, is
    made of characters the segmenter reads as verbs, adjectives or a preposition ("沙湾县|新|亮|天成棉业有限
    公司", "临清市|德|为|纺织品有限公司", "新疆|源开|祥棉业有限公司"): up to three characters of rare words
    after a place's name; not a frequent word ("新疆|开设|纺织品有限公司": a verb)."""
    pos = start
    while pos > 0 and start - pos < _BRAND_MAX and (word := tokens.word(pos - 1)) is not None:
        if word[3].startswith("ns") or not CJK_RE.match(word[2]) or word[0] < start - _BRAND_MAX:
            break
        if (len(word[2]) > 1 and frequent_word(word[2])) or any(c in _NOT_BRAND for c in word[2]):
            return start
        pos = word[0]
    place = tokens.word(pos - 1)
    if pos == start or place is None or not place[3].startswith("ns") or place[1] != pos:
        return start
    return place[0]


def _bracketed_qualifier(tokens: Tokens, j: int) -> int | None:
    """The index of the opening bracket when word ``j`` closes a short bracketed part of a company's
    name, between two of its words ("中泰（集团）有限责任公司", "华孚(中国)有限公司"); else None."""
    return _bracketed_part(tokens, j, lambda inner: bool(CJK_RE.match(inner)) and len(inner) <= 4)


# a listed company's stock code in brackets inside its name, as financial news writes it: "新野纺织(002087)有限公司"
_STOCK_CODE_RE = re.compile(r"[（(]\d{6}[）)]")


def _bracketed_stock_code(tokens: Tokens, j: int) -> int | None:
    """The index of the opening bracket when word ``j`` closes a listed company's six-digit stock code written
    between its own name and its legal form ("河南新野纺织(002087)有限公司", "天山纺织(000813)集团"); else None."""
    return _bracketed_part(tokens, j, lambda inner: len(inner) == 6 and inner.isdigit())


def _bracketed_part(tokens: Tokens, j: int, holds: Callable[[str], bool]) -> int | None:
    """The index of the opening bracket when word ``j`` closes a bracket around one word that ``holds``
    accepts, with a word of a name before the bracket; else None."""
    close = tokens.words[j][2]
    if close not in _BRACKETS or j < 3:
        return None
    if tokens.words[j - 2][2] != _BRACKETS[close] or not holds(tokens.words[j - 1][2]):
        return None
    return j - 2 if _walkable(tokens.words[j - 3]) else None


def _without_stock_code(name: str) -> str:
    """A company's name without the stock code written inside it ("新野纺织(002087)有限公司" → 新野纺织有限公司)."""
    return _STOCK_CODE_RE.sub("", name)


# suffixes that are verbs too, 组织 ("organise") and 学会 ("learn"), which an aspect particle after them marks as
# the verb ("地区组织了义诊", "在中心学会了缝纫"); and what else follows 组织 the verb: "carry out"
_VERB_SUFFIXES = frozenset({"组织", "学会"})
_ASPECT_PARTICLES = frozenset({"了", "过"})
_ORGANISED_AFTER = frozenset({"开展"})


def _verb_with_object(tokens: Tokens, m: re.Match[str]) -> bool:
    """ "办事处组织居民学习", "街道组织80余名干部": 组织 ("organise") before its object, a noun or a count of
    people, is the verb, no body's head; so before an aspect particle or 开展 ("地区组织了义诊", "乡组织开展培训"),
    as is 学会 ("learn") before an aspect particle ("在中心学会了缝纫")."""
    after = tokens.word(m.end())
    if m.group(0) not in _VERB_SUFFIXES or after is None:
        return False
    if after[2] in _ASPECT_PARTICLES or (m.group(0) == "组织" and after[2] in _ORGANISED_AFTER):
        return True
    if m.group(0) != "组织":
        return False
    # a count, not a date ("组织2019年成立": the body, then when); digits before a space that sets thousands
    # off ("组织1 600余名") are read apart from the count
    if after[3] == "m" or after[2][:1].isdigit():
        unit = tokens.word(after[1])
        return unit is None or unit[2][:1] not in "年月日号"
    return after[3] in ("n", "nr", "ns", "nt", "nz", "j")  # "j": a short form, "计划组织|疆|外转移就业"


# two-character function words the segmenter may split, taking the second character into a name
_FUNCTION_PAIRS = {"其中", "之中", "当中", "其他", "此外", "以及", "包括"}


def _body_word_at(tokens: Tokens, pos: int) -> bool:
    """Whether the segmenter reads a body's name (a word it tags as one) from ``pos`` on: "利用其|中央民族大学|讲师"
    is 其 and the university, not 其中 ("of them") read across the name's start."""
    word = tokens.word(pos)
    return word is not None and word[0] == pos and word[3] == "nt"


# words that say a body belongs to the one named before them: "上汽集团旗下子公司" is no body's name
_OWNED_BY = {"旗下", "下属", "所属"}


# words that say how many of a kind, before the kind's words: "少数村警务室" (a few village police rooms), "个别
# 派出所", "部分学校": no name starts with them
_SOME_OF = {"少数", "个别", "部分", "多数", "大多数", "一些", "有些", "所有", "全部"}


# what a company is to another, before its name: "合资伙伴|新疆某某股份有限公司" (its partner), "供应商", "合资方";
# or what kind of body it is: "美国智库|詹姆斯敦基金会"; or what a school is to a person: "在母校|某某师范大学工作"
_ROLES_BEFORE_NAME = {
    "母校",
    "伙伴",
    "合作伙伴",
    "供应商",
    "巨头",
    "客户",
    "厂商",
    "承包商",
    "买家",
    "股东",
    "智库",
    "合资方",
    "合作方",
    "投资方",
    "收购方",
    "买方",
    "卖方",
    "母公司",
    "子公司",
    # a party's role in a lawsuit, before its name ("开庭审理原告某某有限公司与被告……纠纷一案")
    "原告",
    "被告",
    "上诉人",
    "被上诉人",
    "申请人",
    "被申请人",
    "申请执行人",
    "被执行人",
    "第三人",
}


def _zone_before_named_company(tokens: Tokens, j: int) -> bool:
    """Whether word ``j`` is the end of a zone's name ("开发区", "工业园区") right before a place's name that
    opens a company's own name ("经济开发区|和田|某某有限公司"): the zone is where the company is, not its name."""
    after = tokens.words[j + 1] if j + 1 < len(tokens.words) else None
    return tokens.words[j][2].endswith(ZONES) and after is not None and after[3] == "ns"


def _other_body(word: str) -> bool:
    """A word that is a body's name or head: what follows it is the body's, not a name of its own
    ("公安局|核查平台"). A verb of working together ends a name read back ("会同|巴州金孚实业有限公司")."""
    return bool(BODY_RE.fullmatch(word)) or (len(word) >= 2 and word[-1] in "局厅署")


def _conjunction_after_body(text: str, tokens: Tokens, j: int) -> bool:
    """A word the segmenter made of a conjunction and a level ("和县") right after a body's or an
    organisation's name."""
    word = tokens.words[j]
    before = tokens.words[j - 1] if j > 0 else None
    named = before is not None and (before[3] == "nt" or bool(ORG_SUFFIX_RE.search(before[2])))
    return word[2][:1] in ("和", "与", "及") and word[2][1:] in LEVEL_WORDS and (named or joins_bodies(text, word[0]))


def _conjunction_after_name(tokens: Tokens, j: int) -> bool:
    """A word the segmenter made of a conjunction and a name's first syllable right after a person's name
    ("张某萍|和罕南|力克镇中心学校": 和 joins the person and the body, no part of the body's name)."""
    if j == 0:
        return False
    word, before = tokens.words[j], tokens.words[j - 1]
    return word[2][:1] in ("和", "与", "及") and len(word[2]) >= 2 and before[3] == "nr" and before[1] == word[0]


_MEASURE_WORDS = set("名个位家所座")


def _counted(tokens: Tokens, j: int) -> bool:
    """Whether word ``j`` is a measure word after a number ("6|名|军事医学科学院研究员": six of its researchers),
    which counts what follows and opens no name."""
    return tokens.words[j][2] in _MEASURE_WORDS and j > 0 and tokens.words[j - 1][3] == "m"


def _numbered_unit(tokens: Tokens, j: int) -> bool:
    """A number before a unit's word inside a company's name ("中国铁建|十八|局|集团有限公司", "中建|三|局"):
    state builders' bureaus are numbered."""
    word = tokens.words[j]
    after = tokens.words[j + 1] if j + 1 < len(tokens.words) else None
    numeral = re.fullmatch(r"[一二三四五六七八九十]{1,3}", word[2]) is not None
    unit = after is not None and after[2] in ("局", "处", "公司")
    return numeral and unit and j > 0 and _walkable(tokens.words[j - 1])


def _affiliated(tokens: Tokens, j: int) -> bool:
    """ "广州医科大学|附属|第一医院": a university's affiliated hospital or school is named after it."""
    if tokens.words[j][2] != "附属" or j == 0:
        return False
    return tokens.words[j - 1][2].endswith(("大学", "学院")) or _ordinal_before_affiliated(tokens, j - 1)


def _ordinal_before_affiliated(tokens: Tokens, j: int) -> bool:
    """ "新疆医科大学|第一|附属|医院": the ordinal of a university's affiliated hospitals, between the
    university and 附属."""
    ordinal = re.fullmatch(r"第[一二三四五六七八九十]{1,3}", tokens.words[j][2]) is not None
    after = tokens.words[j + 1][2] if j + 1 < len(tokens.words) else ""
    return ordinal and after == "附属" and j > 0 and tokens.words[j - 1][2].endswith(("大学", "学院"))


def _transcription_opening_after_place(tokens: Tokens, j: int) -> bool:
    """ "洛浦县|恰|瓦克|林果农民专业合作社": a transcribed name's first syllable the segmenter reads alone as a
    function word (恰, an adverb), between the place before it and the transcribed word after it."""
    word = tokens.words[j]
    if len(word[2]) != 1 or word[2] not in TRANSLIT or not word[3].startswith(("d", "p", "c")):
        return False
    after = tokens.words[j + 1] if j + 1 < len(tokens.words) else None
    before = tokens.words[j - 1] if j > 0 else None
    named_after = after is not None and after[0] == word[1] and after[3].startswith(("nr", "ns"))
    return named_after and before is not None and before[1] == word[0] and before[3].startswith("ns")


_DIRECTIONS = {"东部", "西部", "南部", "北部", "中部", "东北", "西北", "东南", "西南", "南方", "北方"}


def _direction_after_place(tokens: Tokens, j: int) -> bool:
    """ "新疆|西部|牧业股份有限公司": a direction right after a place, inside a company's name (the segmenter
    tags it a word of position, which ends no name here)."""
    return tokens.words[j][2] in _DIRECTIONS and j > 0 and tokens.words[j - 1][3] == "ns"


# what a committee or a group is set up to do, the verb the segmenter tags right before its head:
# "地方志|编纂|委员会", "学位|评定|委员会", "工作|领导|小组"
_COMMITTEE_TASKS = frozenset(
    {"编纂", "编辑", "编审", "审定", "评审", "评定", "鉴定", "指导", "协调", "领导", "考核", "仲裁"}
)


def _task_of_committee(tokens: Tokens, j: int, m: re.Match[str]) -> bool:
    """A committee's or a group's task written as a verb right before its head, with the word the task is
    of before it ("地方志|编纂|委员会"): part of the name, as a noun's is."""
    word = tokens.words[j]
    if word[1] != m.start() or m.group(0) not in _OFFICE_HOLDERS or word[2] not in _COMMITTEE_TASKS:
        return False
    return j > 0 and tokens.words[j - 1][1] == word[0] and tokens.words[j - 1][3].startswith("n")


# the heads of a college's, an institute's or a learned society's name, whose field opens the name
_FIELD_HEADS = ("学院", "研究院", "研究所", "研究中心", "学会", "协会")


def _distinguisher_before_field(tokens: Tokens, j: int, m: re.Match[str]) -> bool:
    """A two-character distinguishing word (tagged b) opening the field a college or an institute is named by,
    with the field's word right after it and before the head ("公共|管理|学院", "公共管理学院院长"): part of the
    name, which would otherwise read as the bare kind "管理学院"."""
    word = tokens.words[j]
    if word[3] != "b" or len(word[2]) != 2 or m.group(0) not in _FIELD_HEADS or j + 1 >= len(tokens.words):
        return False
    field = tokens.words[j + 1]
    return field[0] == word[1] and field[1] == m.start() and field[3] in ("n", "vn")


# a verb of coming or going back, before the body one comes to ("招聘村民|来|公司务工", "回|公司"): not a bridge
# inside a name (stations' stems keep them: a township's name may hold 来)
_COMING_VERBS = frozenset("来去回")


def _bridge(tokens: Tokens, j: int) -> bool:
    """A single character the segmenter read as a verb inside a company's name, between two of its
    words ("和田浩林|发|饰品有限公司"), or an adjective after a name's own word ("立讯|精密|工业股份有限公司"):
    the name goes on over it."""
    word = tokens.words[j]
    named_before = j > 0 and tokens.words[j - 1][3].startswith(("nz", "nt", "nr", "ns"))
    if word[3] == "a" and len(word[2]) == 2 and named_before:
        return True
    if (
        word[3] == "v"
        and len(word[2]) == 2
        and j > 0
        and tokens.words[j - 1][3] == "vn"
        and len(tokens.words[j - 1][2]) == 2
    ):
        return True  # "机动车|检测|认证|技术研究中心有限公司": two activities a business names itself by
    return (
        len(word[2]) == 1
        and bool(CJK_RE.match(word[2]))
        and word[2] not in _ORG_STOP
        and word[2] not in "要会应须需请让使令"
        and word[2] not in "送押"  # "依法|送|职业技能教育培训中心": people sent into it, no part of its name
        and word[2] not in _GOING_VERBS  # "书记马志勇|到|公司调研": where someone goes, no part of its name
        and word[2] not in _COMING_VERBS  # "村民|来|公司务工": where someone comes to or goes back to
        and not word[3].startswith(("d", "p", "c", "u", "r"))  # not an adverb: "全州|已|组织" (has organised)
        and j > 0
        and _walkable(tokens.words[j - 1])
        and not _walkable(word)
    )


def _brand_word_after_place(tokens: Tokens, j: int) -> bool:
    """ "山东|如意|科技集团有限公司": a company's name is its place, its own word and its trade; its own word
    may be one the segmenter reads as a verb, an adjective or an adverb (如意, 鲁泰, "广州|全新|针织厂"), between a
    place and a trade noun."""
    word = tokens.words[j]
    if len(word[2]) != 2 or not CJK_RE.match(word[2]) or word[3] not in ("v", "a", "i", "vn", "an", "l", "d"):
        return False
    if j == 0 or j + 1 >= len(tokens.words) or word[2][:1] in _ORG_STOP:
        return False
    located = j >= 2 and tokens.words[j - 2][2] in ("在", "于", "到", "赴")  # "在|新疆|设立|科技有限公司"
    return tokens.words[j - 1][3].startswith("ns") and tokens.words[j + 1][3] == "n" and not located


def _conjunction_in_brand(tokens: Tokens, j: int) -> bool:
    """ "和田|京|和|食品股份有限公司", "喀什|中|和|农业有限公司": a company's own word of two characters whose second
    is 和 ("harmony"), which the segmenter reads as a conjunction, between a place and one character and a trade
    noun: part of the name, not a conjunction joining the place's character to the trade."""
    if tokens.words[j][2] != "和" or j < 2 or j + 1 >= len(tokens.words):
        return False
    own, place, trade = tokens.words[j - 1], tokens.words[j - 2], tokens.words[j + 1]
    single = len(own[2]) == 1 and bool(CJK_RE.match(own[2])) and own[2] not in _ORG_STOP
    return single and place[3].startswith("ns") and trade[3] == "n"


def _kind_before_placed_name(tokens: Tokens, j: int) -> bool:
    """ "属下企业|广州|全新针织厂有限公司": a company's kind word (企业, 公司) right before a place that opens a
    company's name is the kind the name is given for, no part of it ("纺织工贸企业|集团" keeps its 企业)."""
    after = tokens.words[j + 1] if j + 1 < len(tokens.words) else None
    return tokens.words[j][2] in _COMPANY_HEADS and after is not None and after[3].startswith("ns")


def _trade_before_legal_form(tokens: Tokens, j: int, suffix: int) -> bool:
    """A trade right before a company's legal form that the segmenter tags as a distinguishing word, not a
    noun ("苏州震纶|棉纺|有限公司": cotton-spinning): part of the name, as a trade noun is."""
    word = tokens.words[j]
    return word[1] == suffix and word[3] == "b" and len(word[2]) >= 2 and bool(CJK_RE.match(word[2]))


def _qualifier_after_brand(tokens: Tokens, j: int, suffix: int) -> bool:
    """A distinguishing word between a company's own word and its trade right before its legal form
    ("北京|某兰|在线|咨询|有限公司": online consulting; "新疆|丝路|在线|传媒|有限公司"): part of the name, not
    where it starts."""
    word = tokens.words[j]
    if word[3] != "b" or len(word[2]) < 2 or not CJK_RE.match(word[2]) or j == 0 or j + 1 >= len(tokens.words):
        return False
    brand, trade = tokens.words[j - 1], tokens.words[j + 1]
    named = brand[3].startswith(("nr", "ns", "nz", "n")) and brand[1] == word[0] and _walkable(brand)
    return named and trade[0] == word[1] and trade[1] == suffix and trade[3] in ("n", "vn") and len(trade[2]) >= 2


def _activity_after_trade(tokens: Tokens, j: int, suffix: int) -> bool:
    """A verb right before a company's legal form, after a trade the segmenter reads as a noun and a name before
    it ("伊犁|某某|服饰|制造|有限公司": garment manufacturing; "某某|机械|加工|有限公司"): the company's line of
    business, part of its name, as a trade noun is; not a clause's verb ("签订|合同|成立|有限公司")."""
    word = tokens.words[j]
    if word[1] != suffix or not word[3].startswith("v") or len(word[2]) < 2 or j < 2:
        return False
    trade = tokens.words[j - 1]
    named = _named_before(tokens, j - 2, trade[0])
    noun = trade[3] == "n" and _walkable(trade)
    return named and trade[1] == word[0] and len(trade[2]) >= 2 and (noun or _quality_word(trade))


def _quality_word(word: tuple[int, int, str, str]) -> bool:
    """An adjective of two characters or more ("精密": precision), which may name a trade's kind before its
    activity ("某某|精密|制造|有限公司")."""
    return word[3] == "a" and len(word[2]) >= 2 and bool(CJK_RE.match(word[2]))


def _quality_before_activity(tokens: Tokens, j: int, suffix: int) -> bool:
    """An adjective right before a company's activity and its legal form, after a name ("芜湖某某|精密|制造|
    有限公司": precision manufacturing): part of the name, as the trade noun is in "某某|服饰|制造|有限公司"."""
    return j + 1 < len(tokens.words) and _quality_word(tokens.words[j]) and _activity_after_trade(tokens, j + 1, suffix)


def _named_before(tokens: Tokens, k: int, end: int) -> bool:
    """A name (a person's, a place's, a brand's) ending at ``end``, or one noun after a place's name that ends
    there ("喀什|绿洲|农业|开发|有限公司": Kashgar, then the brand 绿洲, then the trade and the activity)."""
    word = tokens.words[k]
    if word[1] != end:
        return False
    if word[3].startswith(("nr", "ns", "nz")):
        return True
    before = tokens.words[k - 1] if k >= 1 else None
    brand = word[3] == "n" and len(word[2]) >= 2 and _walkable(word)
    return brand and before is not None and before[3] == "ns" and before[1] == word[0]


# a copula of someone's past or present work, before the place of it ("原系", "现系": "was", "is")
_WAS_WORDS = {"原系", "现系", "曾系", "原为", "现为", "系"}
# when someone held a post, before the body they held it in, which the dictionary tags as nouns: "现任|北京大学…研究员"
_TENURE_WORDS = {"现任", "曾任", "历任", "原任", "时任", "前任"}


_COLLOQUIAL_LEVEL_RE = re.compile(f"[{LEVEL_CHARS}]里")


# a period a number dates ("2020年度", "第三季度"), which a name read back from its suffix does not take
_PERIOD_WORDS = ("年度", "季度", "月度")


def _period_after_number(tokens: Tokens, j: int) -> bool:
    """Whether word ``j`` is a period right after the number that dates it ("2020|年度|某某学会荣誉会员")."""
    before = tokens.words[j - 1] if j > 0 else None
    return tokens.words[j][2] in _PERIOD_WORDS and before is not None and before[3] == "m"


def _holder_after_post(tokens: Tokens, j: int) -> bool:
    """A name the segmenter reads as a person's right after a post ("党委书记|任长义"): the post's holder."""
    if j < 1 or tokens.words[j][3] != "nr":
        return False
    post = tokens.words[j - 1][2]
    return tokens.words[j - 1][1] == tokens.words[j][0] and re.fullmatch(rf"[{CJK}]*(?:{CN_TITLES})", post) is not None


def _places_opening_long_name(tokens: Tokens, j: int, start: int) -> int:
    """Where a long name opens that the walk back left at its length's bound: over the places right before it
    (a county, a township), each a place's word ending in its level (县, 市, 镇, 乡: "温宿县|吐木秀克镇|克孜勒博依村…
    农民专业合作社")."""
    while j >= 0 and (word := tokens.words[j])[1] == start and word[3] == "ns" and word[2][-1] in "县市镇乡":
        start, j = word[0], j - 1
    return start


# who founded or runs a school or a hospital, the first word of its name (the segmenter tags it a distinguishing word),
# or alone before the kind, a kind by who runs it ("区属中小学", "民办学校": the district's or private schools)
_OWNERSHIP_WORDS = {
    "国立",
    "省立",
    "市立",
    "县立",
    "州立",
    "公立",
    "私立",
    "省属",
    "市属",
    "县属",
    "区属",
    "民办",
    "公办",
}


def _walkable(word: tuple[int, int, str, str]) -> bool:
    _s, _e, w, flag = word
    if re.fullmatch(r"第[一二三四五六七八九十\d]{1,3}", w):
        return True  # "第一职业技能教育培训中心"
    if re.fullmatch(r"[A-Za-z][A-Za-z\d]*|&", w):
        return True  # "H&M集团", "TikTok公司": a Latin name before the suffix
    if w in LEVEL_WORDS:
        return True  # "县|人民医院": the level stands for the document's own county (the segmenter tags 县 zg)
    if w in _OWNERSHIP_WORDS:
        return True  # "国立|政治大学…", "省立|医院": who founded or runs the school or the hospital, part of its name
    if w == "控股":
        return True  # "华晨汽车集团|控股|有限公司": a holding company's legal form, tagged a verb
    if w in _COMPASS_WORDS:
        return True  # "南方|医科大学", "东方|航空公司": a compass point opening a name, tagged a direction
    if w in _WAS_WORDS or w in _TENURE_WORDS:
        return False  # "原系|某某县某某镇中学教师": what someone was, before the school, no part of its name
    if _COLLOQUIAL_LEVEL_RE.fullmatch(w):
        return False  # "经|县里|组织培训": "the county" said plainly, the authorities, no part of a name
    stop = w[:1] in _ORG_STOP and (len(w) == 1 or not flag.startswith(("ns", "nr", "nz", "nt")))  # 和田 is a name
    return flag.startswith(_ORG_TOKEN_FLAGS) and not stop and bool(CJK_RE.match(w))


_LATIN_NAME = r"[A-Za-z][A-Za-z\d]*"


# Latin names right before a kind of platform: "在YouTube和X平台上", "Telegram应用"; or a list of them that a
# word of likeness closes before the kind of app they are ("WhatsApp、Telegram这样的软件", "Signal等通讯软件": an
# app's kind alone, 软件, follows a product's name too: "Office软件")
_LIKE_THESE = r"(?:这样的|这类|之类的|等)"
LATIN_PLATFORMS_RE = re.compile(
    rf"(?<![A-Za-z\d&])(?P<list>{_LATIN_NAME}(?:[和、及与]{_LATIN_NAME})*)"
    rf"(?:{_LIKE_THESE}?(?:平台|网站|应用|社交媒体|账号|账户|主页)|{_LIKE_THESE}[\u4e00-\u9fff]{{0,2}}软件)"
    rf"|在其?(?P<on>{_LATIN_NAME}(?:[和、及与]{_LATIN_NAME})*)上"
    rf"|(?<![A-Za-z\d&])(?P<upon>{_LATIN_NAME})上(?=的|发布|发表|流传|转发|被|播放)"
    # "通过Telegram和WhatsApp与家属联络": the means one keeps in touch or posts by
    rf"|通过(?P<via>{_LATIN_NAME}(?:[和、及与]{_LATIN_NAME})*)(?=与|和|向|联系|联络|发布|发送|传播|分享|建立|转发)"
    # a contact line's platform before the account's handle, a space or a colon between (not an e-mail address's
    # own name, "media@…"): "Telegram @yerzhan_t", "Instagram：@abc_123"
    rf"|(?<![A-Za-z\d&@.])(?P<handle>{_LATIN_NAME})(?:[：:][ \t\u3000]*|[ \t\u3000]+)(?=@[A-Za-z\d_])"
)


def latin_platforms(page: int, text: str) -> list[Mention]:
    """Each Latin name in a list before a kind of platform or an account, between 在 and 上 ("在YouTube上"),
    after 通过 before a verb of keeping in touch or posting, or before an account's handle ("Telegram @某某"), is
    an organisation's (the platform's)."""
    out = []
    for m in LATIN_PLATFORMS_RE.finditer(text):
        group = next(g for g in ("list", "on", "upon", "via", "handle") if m.group(g))  # "在Instagram和TikTok上发布"
        for item in re.finditer(_LATIN_NAME, m.group(group)):
            s, e = m.start(group) + item.start(), m.start(group) + item.end()
            out.append(Mention(page, s, e, item.group(0), item.group(0), t.ORGANIZATION, 5))
    return out


# "人权组织“阿塔珠尔特”": a kind of body, then its name in quotation marks
QUOTED_NAME_RE = re.compile(
    r"(?:组织|机构|公司|企业|媒体|平台|网站|团体|协会|基金会|应用|软件)[“\"「『](?P<name>[^”\"」』，。]{2,16})[”\"」』]"
)


# a modal or a negation opening words in quotation marks: a quotation ("公司“无法排除”相关风险"), no name
_QUOTED_MODAL_RE = re.compile(r"(?:无法|不能|不会|没有|未能|难以|并非|绝不|可能|应该|必须|愿意)")


# a body's name in quotation marks before its kind: "“阿塔朱尔特志愿者”组织"; four characters or more, as a
# category's short name ("“两新”组织") is shorter; and a public account's name before its kind ("“某某发布”微信公众号",
# "“某某零距离”客户端"), a medium
QUOTED_BEFORE_KIND_RE = re.compile(
    r"[“\"「『](?P<name>[^”\"」』，。、；：\s]{4,16})[”\"」』]"
    r"(?:组织|机构|团体|协会|基金会|微信公众号|公众号|客户端|抖音号|视频号)(?![\u3400-\u9fff]{0,2}(?:部|委|办|工委))"
)


# what a campaign's name in quotation marks is the name of: "“访惠聚”工作队", "“两学一做”活动"
_CAMPAIGN_AFTER = re.compile(r"(?:工作队|工作组|活动|行动|专项|运动|宣讲|驻村)")
# short phrases listed with 、 inside quotation marks, as a campaign's slogans are written ("感党恩、听党话、跟党走"):
# no body's name, which one phrase makes
_SLOGANS_LISTED_RE = re.compile(rf"[{CJK}]{{2,4}}(?:、[{CJK}]{{2,4}})+")


# what a body named in quotation marks does or has next: its name is the subject ("组织“反奴役国际”呼吁"),
# though it starts with a verb; a quotation ends a clause ("相关组织“散布谎言”。")
QUOTED_SUBJECT_RE = re.compile(r"(?:呼吁|表示|指出|认为|发表|发布|称|说|负责人|主席|创始人|主任|总干事|发言人|的)")


# the heads that name a kind of body after a common noun ("人权组织", "电商平台"); a company may be named by
# a common noun ("骆驼集团"), so its legal forms are not among them
_KIND_HEADS = ("组织", "机构", "团体", "媒体", "平台")


def _kind_of_body(text: str, tokens: Tokens, s: int, e: int) -> bool:
    """ "多个人权组织呼吁", "电商平台": one common noun and a kind of body is a kind, not a body's name; so is
    a kind the dictionary holds as one common noun after ordinary words only ("以领导|恐怖组织|罪", "资助|
    恐怖组织": a crime's name, what was done to a kind of body)."""
    head = next((h for h in _KIND_HEADS if text.endswith(h, s, e)), None)
    if head is None:
        return False
    if _common_noun(tokens, s, e - len(head)) or _kind_after_kind(tokens, s, e - len(head)):
        return True
    last = tokens.word(e - 1)
    if last is not None and last[0] == s and last[1] == e and kind_word_of_dictionary(last[2]):
        return True
    if last is None or not (last[0] > s and last[1] == e and len(last[2]) > len(head) and last[3] == "n"):
        return False
    return known_word(last[2]) and _common_words_only(tokens, s, e)


def _kind_after_kind(tokens: Tokens, s: int, e: int) -> bool:
    """ "社交|媒体|平台": ordinary words ending in a kind of body, then another kind, is a kind (social-media
    platforms), no body's name; a name among the words before it ("人民日报|媒体|平台") names one."""
    last = tokens.word(e - 1)
    return (
        last is not None
        and last[1] == e
        and last[0] > s
        and last[2] in _KIND_HEADS
        and _common_words_only(tokens, s, e)
    )


# the heads of a committee or an office that one ordinary noun before them makes a kind of
_COMMITTEE_HEADS = ("委员会", "办事处")


def _committee_of_a_kind(tokens: Tokens, s: int, e: int) -> bool:
    """ "村民|委员会", "评标|委员会", "街道|办事处": one common noun of two characters and a committee's or an
    office's head, with no place or name before them, is a kind (every village's committee, the review panel
    of any tender), no one body; so is a committee named by the work it does ("审判|委员会", "检察|委员会": a
    court's or a procuratorate's own committee, which a post names, "审判委员会委员")."""
    first, head = tokens.word(s), tokens.word(e - 1)
    if first is None or head is None or first[0] != s or head[1] != e or first[1] != head[0]:
        return False
    return head[2] in _COMMITTEE_HEADS and len(first[2]) == 2 and first[3] in ("n", "vn") and known_word(first[2])


def _one_word_and_kind(text: str, tokens: Tokens, s: int, e: int) -> bool:
    """One word, whatever it names, and a kind of body after it ("维吾尔|组织", "美国|媒体"): counted, a kind
    ("50个维吾尔组织": fifty Uyghur organisations)."""
    head = next((h for h in _KIND_HEADS if text.endswith(h, s, e)), None)
    word = tokens.word(s)
    return head is not None and word is not None and word[0] == s and word[1] == e - len(head)


# a company's bare head after one word: counted, a kind of company ("四間新疆公司": four Xinjiang companies)
_COMPANY_HEADS = ("公司", "企业")


def _one_word_and_company(tokens: Tokens, s: int, e: int) -> bool:
    """One word, whatever it names, and a company's bare head after it, counted before ("四间|新疆|公司",
    "两家|本地|企业"), or one word the dictionary holds that ends in the head ("13家|上市公司": listed
    companies, a word it tags as a body's name): a kind of company, no company's name."""
    word, head = tokens.word(s), tokens.word(e - 1)
    if word is None or head is None or word[0] != s:
        return False
    if word[:2] == (s, e):
        return word[2].endswith(_COMPANY_HEADS)
    return head[:2] == (word[1], e) and head[2] in _COMPANY_HEADS


# heads that make a kind of body after an ordinary word in the dictionary's own words: "交易中心" (a trading
# centre), "信息中心", "联合体" (a consortium), "国家机关" (state organs), "卫生室" (a village's clinic, a room),
# "财务室", where a body's name has a name's part before them ("国务院新闻办公室")
_DICTIONARY_KIND_HEADS = ("中心", "体", "机关", "室")


# a leading group's office by its usual short form, two characters of the group's work and 办, after a level
# written alone as a notice's addressees and copy lines write their own and the higher level's ("县教培办",
# "地区教培办", "县防控办"); 办 ends the name, opening no longer word (办公室, 办理, 办法)
_SHORT_OFFICE_RE = re.compile(
    r"(?P<level>地区|自治州|自治区|县|市|州|区)(?P<work>[\u4e00-\u9fff]{2})办(?![公理法事学案结])"
)


# a leading group or its office named in full after its level alone, the Party committee's or not, as a notice
# names its own county's ("县委教育工作领导小组办公室", "地区教培工作领导小组办公室")
_LEVEL_GROUP_RE = re.compile(
    r"(?P<level>地区|自治州|自治区|县|市|州|区)(?:党?委)?(?P<work>[\u4e00-\u9fff]{2,6}?)工作领导小组(?:办公室)?"
)


def _level_opens_a_word(text: str, m: re.Match[str]) -> bool:
    """Whether a level written alone is the end of a word ("郡县", "城市") or opens one with what follows ("县城");
    its Party committee (县委) is no such word."""
    ends_a_word = known_word(text[max(0, m.start() - 1) : m.start() + 1])
    after = text[m.end("level") - 1 : m.end("level") + 1]
    return ends_a_word or (known_word(after) and after[-1] != "委")


def short_offices(page: int, text: str) -> list[Mention]:
    """An office by its short form after its level alone (``_SHORT_OFFICE_RE``), and a leading group or its office
    in full after its level alone (``_LEVEL_GROUP_RE``); not where 办 makes a word with the character before it and
    the two characters are no word ("县城举办", "市里承办": held, undertaken), nor where the level is the end of a
    word ("郡县", "城市") or opens one with what follows ("县城", "市里")."""
    out = []
    for m in _SHORT_OFFICE_RE.finditer(text):
        # "举办", "承办", "主办": a word with 办, unless the work is one word ("防控|办", where 控办 is a word too)
        read_on = known_word(text[m.end("work") - 1 : m.end()]) and not known_word(m.group("work"))
        if _level_opens_a_word(text, m) or read_on:
            continue
        out.append(Mention.whole(page, m, t.PUBLIC_BODY, 5))
    out.extend(
        Mention.whole(page, m, t.PUBLIC_BODY, 5)
        for m in _LEVEL_GROUP_RE.finditer(text)
        if not _level_opens_a_word(text, m)
    )
    return out


def verbs_of_dictionary(word: str) -> bool:
    """ "统一安排" (arrange as one), which the dictionary holds as a body's name: two of its words, each a verb,
    an act, no body (a body's name ends in a noun: its head)."""
    return any(
        dictionary_tag(word[:k]).startswith("v") and dictionary_tag(word[k:]).startswith("v")
        for k in range(1, len(word))
    )


def kind_word_of_dictionary(word: str) -> bool:
    """ "民间组织" (civil organisation), "交易中心", "联合体": a word the dictionary holds as a body's name that is an
    ordinary word and a kind head, a kind of body; a name with a name's part before its head ("世界卫生组织") is
    one."""
    if word.endswith("高校") and dictionary_tag(word) == "nt":
        return True  # "普通高校", "重点高校": a kind of college (a college's own name ends in 大学 or 学院)
    head = next((h for h in _KIND_HEADS + _DICTIONARY_KIND_HEADS if word.endswith(h)), None)
    if head is None or len(word) <= len(head):
        return False
    before = dictionary_tag(word[: -len(head)])
    return dictionary_tag(word) == "nt" and bool(before) and not before.startswith(("nr", "ns", "nt", "nz"))


# the heads of a school's name that end in 学 (a university, a secondary or primary school, an old public school)
_SCHOOL_HEADS_IN_XUE = ("大学", "中学", "小学", "公学")


def field_of_study(word: str) -> bool:
    """ "工商管理学|位", "石油化学专业": a field of study (a word ending in 学, as "-ology" or "-ics" does) that the
    dictionary holds as a body's name is a subject, no body; a school's name ending in 大学, 中学, 小学 or 公学 is
    one."""
    return word.endswith("学") and not word.endswith(_SCHOOL_HEADS_IN_XUE)


# the kinds of state farm a farm's name ends in: a farm, a ranch, the corps' head farm, a forest farm, a seed farm
# and a breeding farm ("苏某良种场", "某某林场")
_FARM_HEADS = ("农场", "牧场", "总场", "林场", "良种场", "种畜场")


def _common_farm(text: str, tokens: Tokens, s: int, e: int) -> bool:
    """ "家庭农场", "发展国有牧场", "国有林场": a farm named by common words only is a kind; a corps farm has a name
    ("芳草湖农场", "共青团农场")."""
    head = next((h for h in _FARM_HEADS if text.endswith(h, s, e)), None)
    return head is not None and _common_words_only(tokens, s, e - len(head))


def _university_described(text: str, tokens: Tokens, s: int, e: int) -> bool:
    """ "全国重点大学", "综合性大学", "科研型综合大学": a university or a college named by ordinary words only,
    one of them a rank ("重点", key) or a word of type ending in 性 or 型 ("comprehensive", "research-type"),
    is a description of the kind; a university's name holds a place or a name ("新疆大学", "北京师范大学")."""
    head = next((h for h in ("大学", "学院", "高校") if text.endswith(h, s, e)), None)
    if head is None or e - len(head) <= s or not _common_words_only(tokens, s, e - len(head)):
        return False
    words = [w[2] for w in tokens.words[tokens.at[s] : tokens.at[e - len(head) - 1] + 1]]
    return any(w == "重点" or (len(w) > 1 and w[-1] in "性型") for w in words)


def _common_words_only(tokens: Tokens, s: int, e: int) -> bool:
    """Whether the words from ``s`` to ``e`` are all ordinary words of the dictionary, no place, person or
    body's name among them and none it does not hold."""
    words = [w for w in tokens.words if s <= w[0] and w[1] <= e]
    return not any(w[3].startswith(("ns", "nr", "nt", "nz")) or not known_word(w[2]) for w in words)


def _kind_named(tokens: Tokens, pos: int) -> bool:
    """A kind of body with a noun before it ("人权组织", "维权团体"): what it names in quotation marks is a
    body's name, even one that starts with a verb ("人权组织“保护维吾尔人运动”"), not a quotation."""
    kind, before = tokens.word(pos), tokens.word(pos - 1)
    return (
        kind is not None
        and before is not None
        and kind[0] == pos
        and kind[2] in ("组织", "机构", "团体")
        and before[3].startswith(("n", "vn"))
        and len(before[2]) >= 2
    )


def _noun_ends(tokens: Tokens, end: int) -> bool:
    last = tokens.word(end - 1)
    return last is not None and last[1] == end and last[3].startswith(("n", "vn"))


def _verb_first(tokens: Tokens, pos: int) -> bool:
    """Whether a verb of two characters or more starts at ``pos`` ("“散布谎言”": a quotation, no name)."""
    word = tokens.word(pos)
    return word is not None and word[0] == pos and word[3] == "v" and len(word[2]) >= 2


def _body_before(tokens: Tokens, pos: int) -> bool:
    """Whether the word before ``pos`` is a body's name or head ("人民检察院|组织"): 组织 is its verb."""
    word = tokens.word(pos - 1)
    return word is not None and (word[3] == "nt" or _other_body(word[2]))


def _quoted_before_kind(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """ "向“阿塔朱尔特志愿者”组织求助": a name in quotation marks before a kind of body or of public account
    ("“某某发布”微信公众号", "客户端", "抖音号"); not a quotation (one
    that starts with a verb or holds a function word), nor one before 组织 ("organise") and its object
    ("“……”组织活动"), though an officer may follow ("……组织负责人")."""
    out = []
    for m in QUOTED_BEFORE_KIND_RE.finditer(text):
        after = tokens.word(m.end())
        organises = m.group(0).endswith("组织") and after is not None and after[3].startswith(("n", "vn"))
        organises = organises and not QUOTED_SUBJECT_RE.match(text, m.end())
        if organises or _verb_first(tokens, m.start("name")) or re.search(r"[了的是在将被把]", m.group("name")):
            continue
        s, e = m.span("name")
        out.append(Mention(page, s, e, text[s:e], text[s:e], t.ORGANIZATION, 5))
    return out


# a kind of school after a verb of going to it: "读大学", "念中学", "上小学", "考大学", "进学校"
_SCHOOL_KIND_RE = re.compile(r"(?:大学|大學|中学|中學|小学|小學|学院|學院|学校|學校|高中)$")


_ATTENDING_VERBS = set("读讀念上考进進")


def _school_attended(text: str, tokens: Tokens, s: int, e: int) -> bool:
    """Whether a name read back from a kind of school ends in a verb of attending it and the bare kind
    ("伊斯坦堡|念|大学": studied at a university in Istanbul), the verb a word of its own."""
    kind = _SCHOOL_KIND_RE.search(text, s, e)
    if kind is None or kind.start() - 1 <= s:
        return False
    verb = tokens.word(kind.start() - 1)
    return verb is not None and verb[:2] == (kind.start() - 1, kind.start()) and verb[2] in _ATTENDING_VERBS


# a rank by size inside a kind of body's name: "第二大汽车运输公司", "全国第三大…集团" (the second, the third
# largest of its kind)
_RANK_BY_SIZE_RE = re.compile(r"第[一二三四五六七八九十\d]{1,3}大(?![学会队])")


def suffixed_organisations(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A name ending in an organisation's suffix: companies, universities, institutes, platforms; not a
    kind after a list ("京东、淘宝等电商平台": the platforms are named before 等) or before the name in
    quotation marks ("人权组织“阿塔珠尔特”")."""
    out = []
    for s, e in named_by_suffix(ORG_SUFFIX_RE, text, tokens, 2):
        if text[max(0, s - 1) : s] == "等" or QUOTED_NAME_RE.match(text, e - 2) or QUOTED_NAME_RE.match(text, e - 4):
            continue
        if DOC_CODE_AFTER.match(text, e):
            continue  # "额人社联发〔2019〕7号": a document number's issuer code
        if text[s : s + 2] in _OWNERSHIP_WORDS and (
            ORG_SUFFIX_RE.fullmatch(text, s + 2, e) or _kind_alone(tokens, s + 2, e)
        ):
            continue  # "类别　公立大学", "区属|中小学": a kind of school by who runs it, no name (not "国立|台湾大学")
        if re.match(r"全[县市区州乡镇疆]|各", text[s : s + 2]):
            continue  # "全县中小学", "各乡镇学校": every one of a kind, no body
        if _counted_kind(text, tokens, s, e):
            continue  # "建设3所寄宿制小学", "两家服装公司", "50个维吾尔组织": a count of a kind, no body
        if _common_noun(tokens, s, e) or _common_noun_after_common_words(tokens, s, e):
            continue  # "犯罪集团" (a criminal gang), "利益集团": an ordinary noun, no name
        if text.endswith("大会", s, e) and (
            _MEETING_HELD_RE.search(text, max(0, s - 6), s) or _MEETING_KIND_RE.search(text, s, e)
        ):
            continue  # "召开一次村民大会": a meeting held; "宣判大会", "表彰大会": a meeting by what it does
        if re.fullmatch(rf"{_LATIN_NAME}平台", text[s:e]):
            continue  # "Instagram平台": the platform is named by its Latin name (latin_platforms)
        if _tail_of_quoted_system(text, s, e):
            continue  # "“多语种智能互译语音云平台”": a system's description in quotes, read back to its verb
        if _kind_of_body(text, tokens, s, e) or _common_farm(text, tokens, s, e) or _committee_of_a_kind(tokens, s, e):
            continue
        if _university_described(text, tokens, s, e) or _RANK_BY_SIZE_RE.search(text, s, e):
            continue  # "第二大汽车运输公司": the second-largest of a kind, a description, no name
        if _COUNTED_AFTER_RE.match(text, e):
            continue  # "新建寄宿制小学4所、中学2所": a kind, counted right after it
        if _school_attended(text, tokens, s, e):
            continue  # "在北京读大学", "在当地上中学": going to a school of a kind, no school named
        if _suffix_inside_word(text, tokens, e):
            continue  # "改扩建中小学|校48所", "新疆大学|生": the suffix is part of a longer word, no name's end
        if _suffix_across_words(tokens, e):
            continue  # "人大|会议": 大会 is the end of one word and the start of the next, no suffix
        if _person_read_whole(tokens, s, e):
            continue  # "任命孙某、刘苏社为…": a person's name ending in 社, no agency
        s = _after_country(text, s, e)
        s = _titled_start(text, _named_body_start(tokens, s, e))
        out.append(Mention(page, s, e, text[s:e], _without_stock_code(text[s:e]), t.ORGANIZATION, 5))
    out.extend(_quoted_before_kind(page, text, tokens))
    out.extend(_works_by_place(page, tokens))
    for m in QUOTED_NAME_RE.finditer(text):
        if m.group(0).startswith(("应用", "软件")):
            continue  # an app's name: a product, not a body
        if _CAMPAIGN_AFTER.match(text, m.end()) or _SLOGANS_LISTED_RE.fullmatch(m.group("name")):
            continue  # "组织“访惠聚”工作队": a campaign's name before its team; "“感党恩、听党话”": slogans
        if (
            re.search(r"[了的是在将被把]", m.group("name"))
            or _QUOTED_MODAL_RE.match(m.group("name"))
            or (
                _verb_first(tokens, m.start("name"))
                and not QUOTED_SUBJECT_RE.match(text, m.end())
                and not (_kind_named(tokens, m.start()) and _noun_ends(tokens, m.end("name")))
            )
        ):
            continue  # "这些企业“参与了政府主导的……项目”", "相关组织“散布谎言”": a quotation, not a name
        if (
            m.group(0).startswith("组织")
            and _body_before(tokens, m.start())
            and not QUOTED_SUBJECT_RE.match(text, m.end())
        ):
            continue  # "县人民检察院组织“法律进清真寺”宣讲活动": a body organises a campaign
        s, e = m.span("name")
        if _idiom_alone(tokens, s, e):
            continue  # "让企业“轻装上阵”": a set phrase quoted after the kind it describes, no name
        out.append(Mention(page, s, e, m.group("name"), m.group("name"), t.ORGANIZATION, 5))
    return out


def _kind_alone(tokens: Tokens, s: int, e: int) -> bool:
    """Whether the words between ``s`` and ``e`` are one common word, no name the segmenter tags as a place's, a
    body's or another proper name ("中小学", not "台湾大学")."""
    words = tokens.within(s, e)
    return len(words) == 1 and not words[0][3].startswith(("nr", "ns", "nt", "nz"))


# a quoted phrase that ends in a platform: its opening mark, then no mark, up to the name read back from 平台
_QUOTED_PHRASE_OPEN_RE = re.compile(r"[“「][^“”「」\n，。、]{1,16}$")


def _tail_of_quoted_system(text: str, s: int, e: int) -> bool:
    """Whether a name read back from 平台 ends a phrase in quotation marks that opens before it ("“多语种智能互译
    语音云平台”上线": the name stopped at the verb 互译): the whole phrase describes a system by what it does, a
    product, no body."""
    if not text.endswith("平台", s, e) or text[e : e + 1] not in "”」":
        return False
    return _QUOTED_PHRASE_OPEN_RE.search(text, max(0, s - 17), s) is not None


def _idiom_alone(tokens: Tokens, s: int, e: int) -> bool:
    """Whether the words between ``s`` and ``e`` are one idiom of the dictionary ("轻装上阵", "筑巢引凤")."""
    words = tokens.within(s, e)
    return len(words) == 1 and words[0][0] == s and words[0][1] == e and words[0][3] == "i"


# a factory or works named by its place and its trade ("喀什服装厂", "驻马店汽车配件厂", "某县棉纺厂"): the trade in
# nouns before 厂, the place before the trade; a bare kind ("服装厂", "该厂") names none
_TRADE_FLAGS = ("n", "vn", "nz")
_TRADE_MAX = 8
_PLACEHOLDER_PLACE_RE = re.compile(f"某[{LEVEL_CHARS}]")
_NO_TRADE = frozenset({"", "工", "分", "总"})  # "工厂", "分厂", "总厂": a factory, a branch, the main works


def _place_word(word: tuple[int, int, str, str]) -> bool:
    """A word that names a place: the segmenter's or the gazetteer's, or one left unnamed by its level ("某县")."""
    entry = gazetteer_cn()[1].get(word[2])
    known = entry is not None and entry.type == t.PLACE
    return word[3].startswith("ns") or known or _PLACEHOLDER_PLACE_RE.fullmatch(word[2]) is not None


def _works_by_place(page: int, tokens: Tokens) -> list[Mention]:
    """Each factory named by a place, then its trade, then 厂, from the place's start (a chain of places too:
    "新疆喀什服装厂")."""
    out = []
    for i, (_s, e, word, _flag) in enumerate(tokens.words):
        if not word.endswith("厂"):
            continue
        j = i - 1
        while j >= 0 and tokens.words[j][3] in _TRADE_FLAGS and e - tokens.words[j][0] <= _TRADE_MAX:
            j -= 1  # the trade's nouns ("汽车|配件厂")
        trade = "".join(w[2] for w in tokens.words[j + 1 : i + 1])[:-1]
        if j < 0 or trade in _NO_TRADE or not _place_word(tokens.words[j]):
            continue
        while j > 0 and _place_word(tokens.words[j - 1]):
            j -= 1
        start = tokens.words[j][0]
        name = "".join(w[2] for w in tokens.words[j : i + 1])
        out.append(Mention(page, start, e, name, name, t.ORGANIZATION, 5))
    return out


def _suffix_inside_word(text: str, tokens: Tokens, e: int) -> bool:
    """Whether a name read back from its suffix ends inside one word of the dictionary that runs on past it
    by what is no word of its own ("中小学|校": the suffix 小学 ends before 校; "大学|生", a student): the word
    is a kind or a person, no body's name ends there (but "律师事务所|律师", read as one word, runs on by a
    word: the firm's lawyer)."""
    word = tokens.word(e - 1)
    if word is None or word[0] >= e - 1 or word[1] <= e or not known_word(word[2]):
        return False
    return not known_word(text[e : word[1]])


def _person_read_whole(tokens: Tokens, s: int, e: int) -> bool:
    """A three-character name the segmenter reads as one person's name, whose last character only looks like a
    body's suffix ("刘苏社": 社 an agency's, "王建院": 院 an institute's): a person, no body."""
    word = tokens.word(s)
    return (
        word is not None
        and word[0] == s
        and word[1] == e
        and word[3] == "nr"
        and len(word[2]) == 3
        and is_han_name(word[2])
    )


def _suffix_across_words(tokens: Tokens, e: int) -> bool:
    """Whether a name's last two characters are the end of one word and the start of the next, both running
    past them ("地区|人大|会议|选举": 大会, "assembly", is read across 人大, the congress, and 会议, its
    meeting): the segmenter reads no suffix there."""
    last, before = tokens.word(e - 1), tokens.word(e - 2)
    if last is None or before is None:
        return False
    return last[0] == e - 1 and last[1] > e and before[1] == e - 1 and before[0] < e - 2


# a title in book-title marks right before a body's name is part of it: the publisher of a journal named by the
# journal ("《中国学术期刊（光盘版）》电子杂志社有限公司"); brackets may stand inside the title, no line break
_TITLE_BEFORE_RE = re.compile(r"《[^《》\n]{1,30}》$")


def _titled_start(text: str, s: int) -> int:
    """Where a body's name starts when a title in book-title marks runs straight into it."""
    m = _TITLE_BEFORE_RE.search(text, max(0, s - 32), s)
    return m.start() if m is not None else s


def _named_body_start(tokens: Tokens, s: int, e: int) -> int:
    """Where a name read back from its suffix starts when its end is one word that names a body the gazetteer
    knows (中泰集团): the words before it are its name's only when they are places ("新疆|中泰集团"); a phrase
    before it is no part of it ("将|全力支持|中泰集团发展": "will fully support", tagged a noun). A kind the
    segmenter reads as a name is no known body ("中国|人民|公安大学", "天津市|第一|中心医院")."""
    last = tokens.word(e - 1)
    if last is None or last[1] != e or last[0] <= s:
        return s
    entry = gazetteer_cn()[1].get(last[2])
    if entry is None or entry.type != t.ORGANIZATION:
        return s
    pos = s
    while pos < last[0] and (word := tokens.word(pos)) is not None and word[0] == pos and word[1] <= last[0]:
        if not word[3].startswith("ns"):
            return last[0]
        pos = word[1]
    return s


# a count's measure word before a kind of body: 所 and 座 for schools, 家 and 个 for companies and groups, and 间
# as Hong Kong writes it ("四間新疆公司": four Xinjiang companies)
_COUNTED_BEFORE_RE = re.compile(r"(?:\d+|[一二三四五六七八九十两几多数]+)[所家个座间]$")


def _counted_kind(text: str, tokens: Tokens, s: int, e: int) -> bool:
    """A kind of body counted by the figure and measure before it, or by one word the segmenter made of the two
    that opens the name ("新建|三所|中学": three secondary schools, no school's name)."""
    count = tokens.word(s)
    if count is not None and count[0] == s and _COUNTED_BEFORE_RE.fullmatch(count[2]):
        s = count[1]
    elif not _COUNTED_BEFORE_RE.search(text, max(0, s - 6), s):
        return False
    kind = _common_words_only(tokens, s, e) or _one_word_and_kind(text, tokens, s, e)
    return s < e and (kind or _one_word_and_company(tokens, s, e))


# a count of institutions right after a name, closing its clause or list item ("新建寄宿制小学4所、中学2所"):
# a kind counted, no name (not "石河子大学3所附属医院": the university's hospitals)
_COUNTED_AFTER_RE = re.compile(r"[\d一二三四五六七八九十两]+(?:所|家|座|处|个)(?=[、，。；和及与]|$)")


# a meeting named by what is done at it ("公开宣判大会", "表彰大会", "动员大会", "旅游发展大会"), or by who
# gathers at it ("干部大会", "群众大会"; not 代表大会, a congress of delegates, a body)
_MEETING_KIND_RE = re.compile(
    r"(?:宣判|公判|表彰|动员|誓师|庆祝|纪念|总结|部署|推进|揭牌|启动|颁奖|发展|干部|群众|党员|职工|师生)大会$"
)
_MEETING_HELD_RE = re.compile(
    r"(?:召开|举行|举办|参加|出席|组织|召集)(?:了|过)?(?:[一二三四五六七八九十两\d]+[次场])?$"
)


def meeting_held(text: str, s: int, e: int) -> bool:
    """A word of three characters ending in 会 right after a verb of holding or attending it ("参加|汇报会",
    "召开|联席会"), which the dictionary may hold as a body's name: a meeting, no body."""
    return e - s == 3 and text[e - 1] == "会" and _MEETING_HELD_RE.search(text, max(0, s - 6), s) is not None


def _common_noun(tokens: Tokens, s: int, e: int) -> bool:
    """One word of the dictionary that it tags as a common noun, not a name ("犯罪集团"; "海尔集团" is nt), or as a
    set phrase whose words before the suffix are an ordinary word ("合作社", "群众组织"; not "可口可乐公司")."""
    word = tokens.word(s)
    if word is None or word[:2] != (s, e) or not known_word(word[2]):
        return False
    if word[3] == "l":
        head = ORG_SUFFIX_RE.search(word[2])
        stem = word[2][: head.start()] if head else ""
        return known_word(stem) and not dictionary_tag(stem).startswith(("ns", "nr", "nz", "nt"))
    return word[3] == "n"


def _common_noun_after_common_words(tokens: Tokens, s: int, e: int) -> bool:
    """A kind the dictionary holds as one common noun, an ordinary word before its head, after ordinary words
    only ("分裂|国家|犯罪集团", "领导|犯罪集团": a criminal group described by its crime, no group's name); a name
    or a place before it names one ("某某|犯罪集团" is kept), a head alone is no kind ("跨文化|基金会"), and a
    company is named by ordinary words before its legal form ("环球|贸易|有限公司")."""
    last = tokens.word(e - 1)
    if last is None or last[1] != e or last[0] <= s or last[2].endswith("公司"):
        return False
    head = ORG_SUFFIX_RE.search(last[2])
    if head is None or head.end() != len(last[2]) or not known_word(last[2][: head.start()]):
        return False
    return _common_noun(tokens, last[0], e) and _common_words_only(tokens, s, last[0])


# China's own name starts names of its universities; a region's is part of a name ("欧洲维吾尔学院",
# "中亚大学"): the places in countries.json that are no state
_NOT_STATES = frozenset({"China", "Europe", "Central Asia"})


@functools.cache
def _states() -> frozenset[str]:
    """Countries abroad a university's name may open with."""
    return country_names() - _NOT_STATES


def _after_country(text: str, s: int, e: int) -> int:
    """ "英国谢菲尔德哈勒姆大学": a country abroad before a university's name says where it is; the name
    follows it (中国 starts names of China's own universities: "中国科学技术大学")."""
    if not text.endswith(("大学", "学院"), s, e):
        return s
    index = gazetteer_cn()[1]
    for size in range(6, 1, -1):
        entry = index.get(text[s : s + size])
        if entry is not None and entry.canonical in _states() and e - s - size >= 4:
            return s + size
    return s


def coordinated_organisations(page: int, text: str, tokens: Tokens, kept: list[Mention]) -> list[Mention]:
    """ "华为公司与海康威视": a name joined to an organisation by 与、和、及 or "、" is one too, when the
    segmenter reads it as a name or a word its dictionary does not know (not a place, a person or a verb)."""
    out = []
    taken = [(k.start, k.end) for k in kept]
    for k in kept:
        if k.type not in (t.ORGANIZATION, t.PUBLIC_BODY) or text[k.end : k.end + 1] not in ("与", "和", "及", "、"):
            continue
        start = end = k.end + 1
        while (word := tokens.word(end)) is not None and word[0] == end and end - start < 8:
            unknown = word[3] in ("n", "x") and not known_word(word[2])
            if word[2].isspace() or not (word[3] in ("nz", "nt", "eng") or unknown):
                break  # a space or a line break (a table's next column: "国资委 指 ……") ends the name
            end = word[1]
        if (
            end - start >= 2
            and not any(a < end and start < b for a, b in taken)
            and CJK_RE.match(text[start])
            and text[start:end] not in LEVEL_WORDS  # "与师市签署": a level, no name
            and not _modifies_a_noun(tokens, end)  # "和驻村|工作队": what the team does, no name
        ):
            out.append(Mention(page, start, end, text[start:end], text[start:end], t.ORGANIZATION, 4))
            taken.append((start, end))
    return out


def committees_of_joined_subjects(kept: list[Mention], text: str, tokens: Tokens) -> list[Mention]:
    """A committee named by two subjects joined by 及, 和 or 与, read from the second subject on ("外交及|国防委员
    会", "教育及|文化委员会", as a legislature names its standing committees): from the first subject on, where it is
    one common noun of two characters or more (no name, place or body) right before the conjunction."""
    out = []
    for k in kept:
        joined = text[k.start - 1 : k.start]
        first = tokens.word(k.start - 2) if joined in ("及", "和", "与") else None
        if (
            k.type in (t.ORGANIZATION, t.PUBLIC_BODY)
            and k.name.endswith("委员会")
            and first is not None
            and first[1] == k.start - 1
            and len(first[2]) >= 2
            and first[3] in ("n", "vn")
            and CJK_RE.match(first[2])
        ):
            s = first[0]
            k = dataclasses.replace(k, start=s, text=text[s : k.end], name=text[s : k.end], canonical="")
        out.append(k)
    return out


def _modifies_a_noun(tokens: Tokens, end: int) -> bool:
    """Whether a common noun the dictionary knows follows at ``end``, so the words before it describe it."""
    after = tokens.word(end)
    return after is not None and after[0] == end and after[3] in ("n", "vn") and known_word(after[2])


# "京东、淘宝和拼多多等电商平台", "华为、海康威视等企业": a list of names, then 等 and what they are
_KIND_AFTER_LIST = "平台|企业|公司|品牌|媒体|机构|组织|网站|高校|大学|银行|厂商|商家|集团|网络平台|社交媒体"


# "……和斯凯奇四家服装企业": a count of the kind closes the list too (not "通威股份的两家子公司": what one has)
LISTED_KIND_RE = re.compile(
    rf"(?:等|(?<![的之其])[一二三四五六七八九十两\d]{{1,3}}家)(?:[{CJK}]{{0,3}}?)(?:{_KIND_AFTER_LIST})"
)


_LIST_SEP = "、|和|及|与|以及"


_PLACES_LISTED = re.compile("等(?:地|国|省|市|县|城市|国家|地区)")


_LIST_ITEM = rf"(?:(?!{_LIST_SEP})[{CJK}A-Za-z&]){{2,10}}"


# a body named with its level, then other heads listed after it that share the level: "自治区公安厅、司法厅、
# 教育厅" (the region's justice and education departments), a head of a committee's office among them too
# ("自治区党委组织部、政法委、党委编办、人社厅"), one named again in brackets by its other name ("民委（宗教局）"),
# the list closed by a mark, a function word or the duty the bodies share ("……、团委组织实施", "……负责");
# "县委、政府" is read elsewhere
_OTHER_NAME = rf"[（(](?:{BODY_PARTS})+[）)]"
_SHARED_LEVEL_RE = re.compile(
    rf"(?P<level>自治区|兵团|省|市|州|县|区|地区)(?:{BODY_PARTS})(?P<rest>(?:、(?:{BODY_PARTS})+(?:{_OTHER_NAME})?)+)"
    rf"(?=[^{CJK}]|[要将已和及等的在对向从于为]|负责|牵头|配合|组织实施|$)"
)
_OTHER_NAME_RE = re.compile(_OTHER_NAME)


def _inside_earlier_list(text: str, start: int) -> bool:
    """Whether the body named with its level is itself an item of a list begun before it ("自治区党委组织部、
    政法委、兵团公安局、人社厅"): the heads after it may share its level or the first item's, so neither is
    taken."""
    return text[start - 1 : start] == "、"


def heads_sharing_level(page: int, text: str) -> list[Mention]:
    """The heads listed with 、 after a body named with its level ("自治区公安厅、司法厅、教育厅"): each is a
    body of the same level, known by the level and its head ("自治区司法厅"); a head that names the level itself
    ("县防控工作办公室、县维稳工作办公室") is known as written."""
    out = []
    for m in _SHARED_LEVEL_RE.finditer(text):
        level, pos = m.group("level"), m.start("rest")
        for item in m.group("rest")[1:].split("、"):
            s = pos + 1
            pos = s + len(item)
            other = _OTHER_NAME_RE.search(item)
            heads = [(s, s + other.start())] if other else [(s, pos)]
            if other:  # "民委（宗教局）": the committee, then the bureau it also is, each a body
                heads.append((s + other.start() + 1, s + other.end() - 1))
            for start, end in heads:
                head = text[start:end]
                if BODY_RE.fullmatch(head):
                    whole = level in ("自治区", "兵团") or not CJK_RE.match(text[m.start() - 1 : m.start()] or " ")
                    whole = whole and not head.startswith(level) and not _inside_earlier_list(text, m.start())
                    canonical = level + head if whole else ""
                    out.append(Mention(page, start, end, head, head, t.PUBLIC_BODY, 5, canonical=canonical))
    return out


def listed_organisations(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """The names of a list that 等 and a kind of organisation close: each is an organisation, unless it
    is a place. The first item starts where the segmenter's word before the first separator starts."""
    out: list[Mention] = []
    for m in LISTED_KIND_RE.finditer(text):
        if _PLACES_LISTED.match(text, m.start()):
            continue  # "苏州、无锡等地企业": the businesses of those places; the items are places
        items: list[tuple[int, int]] = []
        end = m.start()
        while True:
            hit = re.search(rf"(?:{_LIST_SEP})({_LIST_ITEM})$", text[max(0, end - 14) : end])
            if hit is None:
                break
            items.append((end - len(hit.group(1)), end))
            end = max(0, end - 14) + hit.start()
        if not items:
            if "的" not in m.group(0):  # "法律咨询等服务的机构": the kind of those who serve, no list of names
                out.extend(_body_word_before_kind(page, tokens, m.start()))
            continue
        word = tokens.word(end - 1)
        if word is None or word[1] != end or word[1] - word[0] < 2 or not _walkable(word):
            continue
        items.append((word[0], end))
        for s, e in items:
            name = text[s:e]
            if name in index or PLACE_NOT.match(name):
                continue
            out.append(Mention(page, s, e, name, name, t.ORGANIZATION, 5))
    return out


def _body_word_before_kind(page: int, tokens: Tokens, end: int) -> list[Mention]:
    """A name alone before 等 and a kind of organisation that the dictionary holds as a body's though the segmenter
    reads it as an ordinary word ("联邦快递等快递公司"): the organisation (an ordinary word alone there is no name:
    "银行等金融机构")."""
    word = tokens.word(end - 1)
    if word is None or word[1] != end or not body_read_as_word(word[2]):
        return []
    return [Mention(page, word[0], end, word[2], word[2], t.ORGANIZATION, 5)]


# "美国海关与边境保护局", "英国外交部": another country's body, named after its country
FOREIGN_BODY_RE = re.compile(
    rf"(?:[{CJK}](?![，。、；：的在是对从于将把被向等了也都就而据称为有其该各此])){{2,10}}?"
    r"(?:局|(?<![签部])署|(?<![全内外东西南北中局])部|委员会)"  # not a verb (签署, 部署) nor a part (中西部)
    rf"|[上下众参]议院|议会"  # "加拿大下议院", "立陶宛议会": a country's parliament
)


def foreign_bodies(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    out: list[Mention] = []
    for country in (*foreign_countries(), *bloc_names()):  # "欧盟对外行动署": a bloc's body too
        for m in re.finditer(re.escape(country), text):
            body = FOREIGN_BODY_RE.match(text, m.end())
            if body is not None and text[body.end() : body.end() + 1] == "长":
                continue  # a post: "泰国副总理兼国防部长"
            if body is not None and not any(n in index for n in _names_inside(body.group(0), index)):
                end = body.end() if body.group(0).endswith("委员会") else _sub_unit_end(text, tokens, body.end())
                end = bureau_end(text, tokens, end)  # "俄罗斯外交部领事局": a bureau under the ministry
                name = text[m.start() : end]
                out.append(Mention(page, m.start(), end, name, name, t.PUBLIC_BODY, 6))
    return out


def _names_inside(text: str, index: dict[str, t.GazetteerEntry]) -> list[str]:
    return [text[i:j] for i in range(len(text)) for j in range(i + 2, min(len(text), i + 8) + 1) if text[i:j] in index]


# a medium named by its title in book-title marks and its kind after them: "《明镜》周刊" is 明镜周刊
TITLED_MEDIUM_RE = re.compile(r"《(?P<title>[^》]{1,12})》(?P<kind>周刊|杂志|月刊|半月刊|周报|日报|晚报)")


def titled_media(page: int, text: str, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    out = []
    for m in TITLED_MEDIUM_RE.finditer(text):
        name = m.group("title") + m.group("kind")
        entry = index.get(name)
        known = entry is not None and entry.type == t.ORGANIZATION
        canonical = entry.canonical if entry is not None and known else name
        out.append(Mention(page, m.start(), m.end(), m.group(0), name, t.ORGANIZATION, 6, canonical, known))
    return out + _sites_listed_after_papers(page, text) + _cited_periodicals(page, text)


# a reference in the national standard's form (GB/T 7714), the periodical after the article's or paper's type mark
# and before the year: "作者．题名[J]．期刊名，2019，(4)：56-63．", "题名[N]．报纸名，2020-01-02"
CITED_PERIODICAL_RE = re.compile(r"\[[JN]\][．.]\s*(?P<name>[^\s，,．.\[\]\n][^，,．\[\]\n]{1,39}?)[，,]\s*\d")


# a university's or an institute's journal (学报) set apart as a field of a list or a breadcrumb, the name filling it:
# "期刊 > 某某学院学报 > 2019年02期", "论文题目 — 某某大学学报 — 2019"; not one a determiner points to ("本校学报")
_JOURNAL_FIELD_RE = re.compile(
    r"(?:^|(?<=[ \t\u3000>|｜—]))(?![本该此其各这那])(?P<name>[\u4e00-\u9fff]{2,14}学报)"
    r"(?=[ \t\u3000]*(?:$|[>|｜—\n]))",
    re.M,
)


def _cited_periodicals(page: int, text: str) -> list[Mention]:
    """The journal or newspaper a reference list cites an article from, named after its type mark ([J], [N]), and
    a journal set apart as a field (``_JOURNAL_FIELD_RE``)."""
    cited = itertools.chain(CITED_PERIODICAL_RE.finditer(text), _JOURNAL_FIELD_RE.finditer(text))
    return [Mention(page, *m.span("name"), m.group("name"), m.group("name"), t.ORGANIZATION, 6) for m in cited]


# a government's news account named by its place and 发布 ("某某发布"), as a WeChat article's or a post's header
# writes it: alone on its line (under the title, above the QR code) or before the post's date ("原创 作者 某某发布
# 2019-04-16 20:31"); not "某地发布了…", a place that announces
_PLACE_ACCOUNT_RE = re.compile(
    rf"(?m)(?:^|(?<={GAP}))(?P<place>[{CJK}]{{2,6}}?)发布"
    rf"(?={GAP}*[Vv]?{GAP}*(?:\n|$)|{GAP}+(?:\d{{4}}-)?\d{{1,2}}-\d{{1,2}}{GAP})"
)


def place_accounts(page: int, text: str, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """A news account named by a place and 发布 in a page's header or credits ("某某发布 2019-04-16"): a medium."""
    out = []
    for m in _PLACE_ACCOUNT_RE.finditer(text):
        place = m.group("place")
        if place in index or place in short_place_forms():  # "皮山发布": the county named without 县
            out.append(Mention.whole(page, m, t.ORGANIZATION, 6))
    return out


# a website listed after a paper in book-title marks, as an announcement names its media of disclosure:
# "《中国证券报》和某某资讯网（www…）", "《某某日报》、某某新闻网"
SITE_AFTER_PAPER_RE = re.compile(
    rf"《[^》\n]{{1,12}}(?:报|刊|志)》(?:、|和|及|以及)(?P<name>[{CJK}]{{2,8}}?网)(?=[（(，,。；;、\s]|$)"
)


def _sites_listed_after_papers(page: int, text: str) -> list[Mention]:
    """A website joined to a paper in book-title marks in one list of media: a medium too."""
    return [
        Mention(page, *m.span("name"), m.group("name"), m.group("name"), t.ORGANIZATION, 5)
        for m in SITE_AFTER_PAPER_RE.finditer(text)
        if not known_word(m.group("name"))  # "《人民日报》和互联网": the internet, no site
    ]


def department_word(text: str, c: Mention) -> bool:
    return c.name.endswith("部") and text[c.end : c.end + 1] == "门" and text[c.end + 1 : c.end + 2] not in "前口外"


def listed_between_nouns(tokens: Tokens, i: int) -> bool:
    """An item of a list of common nouns ("凝聚力、向心力、战斗力"): both its neighbours across "、" are common
    nouns, so it is one too, whatever the dictionary tags it (向心力 as a name)."""
    words = tokens.words
    if i < 2 or i + 2 >= len(words) or words[i - 1][2] != "、" or words[i + 1][2] != "、":
        return False
    return all(w[3] in ("n", "vn", "an") for w in (words[i - 2], words[i + 2]))


LATIN_EDITION_RE = re.compile(r"(?<![A-Za-z\d])(?P<name>[A-Z][A-Za-z]{1,15})中文(?:网站|网|版|部|台|频道)?")


def latin_editions(page: int, text: str) -> list[Mention]:
    """A known medium's Latin name before 中文 ("BBC中文", "DW中文网"): its Chinese service, the medium."""
    out = []
    for m in LATIN_EDITION_RE.finditer(text):
        entry = english_forms().get(t.fold(m.group("name")))
        if entry is not None and entry.type == t.ORGANIZATION:
            out.append(Mention.whole(page, m, t.ORGANIZATION, 6, canonical=entry.canonical, strong=True))
    return out


# a run of Latin-script words in Chinese text ("起诉Inditex、SMCP和Uniqlo", "H&M集团"); a year written on to
# its last word starts a date and is no part of the name ("VOA2019年3月4日")
_LATIN_WORD = r"[A-Za-z](?:[A-Za-z&.'\-]|\d(?!\d{3}年))*"


LATIN_RUN_RE = re.compile(rf"(?<![A-Za-z\d&]){_LATIN_WORD}(?:[ \t]+{_LATIN_WORD}){{0,5}}(?![A-Za-z&]|\d(?!\d{{3}}年))")


def latin_known_bodies(page: int, text: str) -> list[Mention]:
    """Well-known bodies written in Latin script in Chinese text, by the forms English text reads them by
    (not the ordinary words left to the English model, such as Apple); the longest such name in a run, and
    none that a capitalised word after it makes part of a longer name ("Stanford Internet Observatory",
    "Harvard Kennedy School": another body, which only begins with a known one's name)."""
    forms = english_forms()
    out = []
    for m in LATIN_RUN_RE.finditer(text):
        words = list(re.finditer(r"\S+", m.group(0)))
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                s, e = m.start() + words[i].start(), m.start() + words[j - 1].end()
                entry = forms.get(t.fold(text[s:e].rstrip(".")))
                if entry is not None and j < len(words) and words[j].group(0)[:1].isupper():
                    break  # the known name opens a longer one
                if entry is not None:
                    out.append(Mention(page, s, e, text[s:e], text[s:e], entry.type, 5, entry.canonical, True))
                    break
    return out


def longer_names_first(cands: list[Mention]) -> list[Mention]:
    """A known body's name that a longer body's name holds ("中国石油新疆油田分公司", "新疆中泰化学股份有限公司",
    "斯坦福大学互联网观察站": a branch, a subsidiary, a lab) is no mention of its own there: the longer name
    outranks it."""
    bodies = [c for c in cands if c.type in (t.ORGANIZATION, t.PUBLIC_BODY) and c.priority >= 4]
    registered = [c for c in bodies if _REGISTERED_END.search(c.name)]  # a company named after its owner
    departments = [c for c in cands if c.type == t.ORGANIZATION and _DEPARTMENT_END.search(c.name)]
    for c in (c for c in bodies if c.priority == 6):
        for own in (o for o in departments if o.start == c.start and o.end > c.end):  # "中共中央|对外联络部"
            own.priority, own.type = c.priority, c.type
    for c in (c for c in bodies if c.priority == 6 and c.canonical):  # ("兵团第六师国有资产经营有限责任公司")
        holders = bodies if c.strong else registered
        if any(o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start for o in holders):
            c.priority = 4
    return cands


_REGISTERED_END = re.compile(r"有限(?:责任)?公司$")


# a known body's own department, which the segmenter reads whole with the body's name ("中共中央对外联络部",
# "国务院新闻办公室"): the department's name, opening with the body's, is the mention
_DEPARTMENT_END = re.compile(r"(?:部|局|厅|署|办公室|委员会)$")


_BRANCH_ENDS = ("分公司", "子公司", "分行", "分厂")


# what follows the issuer's code in a document number: "发〔2018〕", "电〔2019〕" ("额人社联发〔2019〕7号": a joint
# one); or in a licence number, its province in brackets before 字 ("新出网证（京）字008号")
DOC_CODE_AFTER = re.compile(rf"(?:联?发|字|电|函|办|呈)?[〔\[【(（]\d{{4}}|[(（][{CJK}]{{1,2}}[)）]字第?\d")


# a company's or a bank's branch in a place, after its name: "中国银行江苏省分行"
_BRANCH_RE = re.compile(rf"(?P<place>[{CJK}]{{2,8}}?)(?:分行|支行|分公司|分厂)")


# an organ of an international organisation, after its name: "联合国强迫或非自愿失踪问题工作组", and a
# parliament's subcommittee written short ("欧洲议会人权分委会": 分委会 for 分委员会)
_ORGAN_RE = re.compile(rf"(?![和与及或])[{CJK}]{{2,16}}?(?:工作组|委员会|分委会|理事会|办事处|研究所|研究院|研究中心)")


# an academy or a university, whose institutes and committees are named after it
_ACADEMIES = ("科学院", "社会科学院", "大学")


# an institute may be named after the place it is in ("中国科学院新疆理化技术研究所"); a committee after a
# place is that place's ("中共皮山县委员会")
_PLACE_NAMED_ORGANS = ("研究所", "研究院", "研究中心")


_NOT_IN_ORGAN = re.compile(r"[的在是将被把对向从了也都就而据称为有其该各此这那]")


# the legal forms that end a company's name, shared with the listed company's short name (chinese.py)
LEGAL_END = ("股份有限公司", "有限责任公司", "有限公司", "集团公司")


_LIST_CLOSERS = ("等", "等等")


def _list_closed_inside(inside: list[tuple[int, int, str, str]]) -> bool:
    """Whether a run read on from a known body holds 等 ("and others") as a word of its own, which closes
    a list of bodies: what follows is another clause ("路透社|等|外媒|援引|某某研究所"), no organ of the first."""
    return any(w[2] in _LIST_CLOSERS and w[3].startswith("u") for w in inside)


def longer_names(cands: list[Mention], text: str, tokens: Tokens) -> list[Mention]:
    """Names that hold a known organisation's name and run on: its branch in a place ("中国银行江苏省分行"),
    an organ of it ("联合国…问题工作组", not a place's committee: "中共皮山县委员会"), or its full legal
    name ("北京旷视科技有限公司", where the gazetteer knows 旷视科技): one body, which the known name is a
    mention of; the legal name keeps the known body's canonical name."""
    known = [c for c in cands if c.strong and c.type == t.ORGANIZATION and c.priority >= 5]
    out = []
    for k in cands:
        branch = _BRANCH_RE.match(text, k.end) if k.type == t.ORGANIZATION and k.priority >= 5 else None
        if branch is not None and dictionary_tag(branch.group("place")) == "ns":
            name = text[k.start : branch.end()]
            out.append(Mention(k.page, k.start, branch.end(), name, name, t.ORGANIZATION, 7))
    academies = [c for c in cands if c.type == t.ORGANIZATION and c.priority >= 5 and c.name.endswith(_ACADEMIES)]
    for k in known + academies:
        organ = _ORGAN_RE.match(text, k.end)
        last = tokens.word(organ.end() - 1) if organ else None
        inside = [w for w in tokens.words if organ and k.end <= w[0] < organ.end()]
        named = organ and any(
            w[3].startswith("nr")
            or (w[3].startswith("ns") and not organ.group(0).endswith(_PLACE_NAMED_ORGANS))
            or (w[3] == "nt" and organ.group(0).endswith("委员会"))  # "中共|新疆生产建设兵团|第四师委员会"
            for w in inside
        )
        if (
            organ
            and last is not None
            and last[1] == organ.end()
            and not _NOT_IN_ORGAN.search(organ.group(0))
            and not named
            and not any(w[2] in _OWNED_BY for w in inside)  # "华为下属研究所": a body it owns, named apart
            and not _list_closed_inside(inside)
        ):
            name = text[k.start : organ.end()]
            out.append(Mention(k.page, k.start, organ.end(), name, name, t.ORGANIZATION, 7))
    out.extend(_party_committees_of_organisations(cands, text))
    out.extend(_offices_of_committees(cands, text))
    place_ends = {(p.start, p.end) for p in cands if p.type == t.PLACE}
    for c in cands:
        if c.type != t.ORGANIZATION or c.strong or not c.name.endswith(LEGAL_END):
            continue
        # the known name opens the legal name, or follows the place it starts with ("北京|旷视科技有限公司"),
        # not a word inside another name ("武汉裕大华纺织…": 大华 is no company of its own there)
        opens = {c.start} | {e for s, e in place_ends if s == c.start}
        inner = [k for k in known if k.start in opens and k.end < c.end and (k.start, k.end) != (c.start, c.end)]
        if inner:
            c.priority, c.canonical = 7, inner[0].canonical
    return out


# organisations that keep a party committee of their own, named after them: "新疆大学党委", "某某学院党委"
_COMMITTEE_HOLDERS = ("大学", "学院", "学校", "医院", "公司", "集团")


def _party_committees_of_organisations(cands: list[Mention], text: str) -> list[Mention]:
    """An organisation's party committee, written right after its name ("新疆大学党委书记", "喀什师范学院党委"):
    one body, the committee, whose name holds the organisation's."""
    out = []
    for c in cands:
        holder = c.type == t.ORGANIZATION and c.priority >= 5 and c.name.endswith(_COMMITTEE_HOLDERS)
        if holder and text.startswith("党委", c.end):
            name = text[c.start : c.end + 2]
            out.append(Mention(c.page, c.start, c.end + 2, name, name, t.PUBLIC_BODY, 7))
    return out


# a committee or a group, whose standing office is named after it: "某某县地方志编纂委员会办公室"
_OFFICE_HOLDERS = ("委员会", "小组")


def _offices_of_committees(cands: list[Mention], text: str) -> list[Mention]:
    """A committee's office, written right after the committee's name ("某某县地方志编纂委员会办公室"): one
    body, the office, whose name holds the committee's (not the committee cut short before it), unless the
    office is read in full from further back ("某某县委网络安全和信息化委员会办公室")."""
    named = {(c.start, c.end) for c in cands if c.type in _BODY_TYPES}
    out = []
    for c in cands:
        holder = c.type in _BODY_TYPES and c.priority >= 5 and c.name.endswith(_OFFICE_HOLDERS)
        whole = any(s < c.start and e == c.end + 3 for s, e in named)  # the office already read in full
        if holder and not whole and text.startswith("办公室", c.end):
            name = text[c.start : c.end + 3]
            out.append(Mention(c.page, c.start, c.end + 3, name, name, c.type, 7))
    return out


# a national administration whose local offices carry its name first: "国家税务总局喀什地区税务局"
_NATIONAL_ADMINISTRATION_RE = re.compile(r"^(?:国家|中国)[\u4e00-\u9fff]{1,10}总局$")


def local_offices(cands: list[Mention]) -> list[Mention]:
    """A national administration's name written straight before a local bureau's ("国家税务总局|喀什地区税务局",
    "国家金融监督管理总局|新疆监管局"): one body, the local office, whose full name holds both."""
    locals_at = {(c.page, c.start): c for c in cands if c.type == t.PUBLIC_BODY and c.name.endswith("局")}
    out = []
    for c in cands:
        if c.type not in (t.ORGANIZATION, t.PUBLIC_BODY) or not _NATIONAL_ADMINISTRATION_RE.match(c.name):
            continue
        local = locals_at.get((c.page, c.end))
        if local is not None:
            name = c.text + local.text
            out.append(Mention(c.page, c.start, local.end, name, name, t.PUBLIC_BODY, 7))
    return out


_BODY_TYPES = (t.ORGANIZATION, t.PUBLIC_BODY)


def _branch_of(parent: Mention, branch: Mention) -> bool:
    """Whether a body right after a company or an aid headquarters is its branch ("…有限公司|哈密分公司",
    "…援疆和田指挥部|某某分指挥部")."""
    if parent.type == t.ORGANIZATION and parent.name[-2:] in ("公司", "集团"):
        return branch.name.endswith(_BRANCH_ENDS)
    return parent.type in _BODY_TYPES and parent.name.endswith("指挥部") and branch.name.endswith("分指挥部")


def with_branches(kept: list[Mention]) -> list[Mention]:
    """A company's branch named after the company ("某某有限公司哈密分公司"), or an aid headquarters' branch
    named after it ("某某市援疆和田指挥部某某分指挥部"): one body, the branch, whose name holds the parent's whole
    name and the place it serves."""
    by_start = {(m.page, m.start): m for m in kept if m.type in _BODY_TYPES}
    joined: dict[int, Mention] = {}
    for m in kept:
        branch = by_start.get((m.page, m.end))
        if branch is None or branch.start != m.end or not _branch_of(m, branch):
            continue
        name = m.text + branch.text
        joined[id(m)] = Mention(m.page, m.start, branch.end, name, name, m.type, m.priority)
        joined[id(branch)] = joined[id(m)]
    if not joined:
        return kept
    out, seen = [], set()
    for m in kept:
        m = joined.get(id(m), m)
        if id(m) not in seen:
            seen.add(id(m))
            out.append(m)
    return out


# what may stand between a body's guessed start and the township it is named after: a preposition or a
# verb of moving the segmenter read into the body ("由|托格拉克乡派出所", "调往|某某乡人民政府")
_BEFORE_TOWNSHIP_RE = re.compile(f"(?:调往|前往|派往|[{JOINED_BEFORE_NAME}])+")


def bodies_from_their_township(cands: list[Mention], text: str) -> list[Mention]:
    """A body named after a township or a village starts where the place does, as the place finder reads
    the place's name: "托格拉克乡派出所", not "格拉克乡派出所" (a body reading the name from a word inside it);
    and a body named after any place starts at the place, not at a preposition or a verb of moving the body's
    reading took in before it ("由托格拉克乡派出所", "调往疏附县人民医院")."""
    towns: dict[tuple[int, int], Mention] = {}
    starts: dict[tuple[int, int], Mention] = {}
    for m in cands:
        if m.type == t.PLACE and m.name[-1:] in ("乡", "镇", "村") and len(m.text) >= 3:
            for pos in range(m.start, m.end):
                towns[(m.page, pos)] = max(towns.get((m.page, pos), m), m, key=lambda p: p.end - p.start)
        if m.type == t.PLACE and len(m.text) >= 2:
            starts.setdefault((m.page, m.start), m)
    out = [_from_township(m, towns, starts) if m.type in (t.PUBLIC_BODY, t.ORGANIZATION) else m for m in cands]
    names = {p.name for p in towns.values()}
    out = [_township_named_elsewhere(m, names, text) if m.type == t.PUBLIC_BODY else m for m in out]
    return out + _township_bodies_unread(out, towns, text)


_TOWN_LEVEL_RE = re.compile("[乡镇村]")


def _township_named_elsewhere(body: Mention, names: set[str], text: str) -> Mention:
    """A body read from inside its township's name ("致电萨木于|孜乡派出所": 孜乡派出所), where the page names
    the township whole elsewhere ("萨木于孜乡"): the body starts where the township's name does."""
    level = _TOWN_LEVEL_RE.search(body.name)
    if level is None or level.start() > 3:
        return body
    head = body.name[: level.end()]
    for size in range(1, 6):
        start = body.start - size
        if start < 0 or not CJK_RE.match(text[start]):
            break
        if text[start : body.start] + head in names:
            name = text[start : body.end]
            return Mention(body.page, start, body.end, name, name, body.type, body.priority)
    return body


# a court's people's tribunal, named after the court and the township it sits in: "某某县人民法院托格拉克人民法庭"
_TRIBUNAL_AFTER_COURT_RE = re.compile(rf"(?P<town>[{CJK}]{{2,6}}?)人民法庭")


def courts_tribunals(cands: list[Mention], text: str) -> list[Mention]:
    """A people's tribunal named right after its court ("洛浦县人民法院阿热勒人民法庭"): one body, the tribunal,
    named with its court (not the court apart and "人民法庭" alone, a kind of body)."""
    out = []
    for m in cands:
        tribunal = _TRIBUNAL_AFTER_COURT_RE.match(text, m.end) if m.type == t.PUBLIC_BODY else None
        if tribunal and m.name.endswith("人民法院") and "法" not in tribunal.group("town"):
            name = text[m.start : tribunal.end()]
            out.append(Mention(m.page, m.start, tribunal.end(), name, name, t.PUBLIC_BODY, m.priority + 1))
    return out


# a character of a unit's place name: not a particle, 与 or a verb of going, nor 官兵 ("武警官兵在…")
_UNIT_PLACE_CHAR = rf"(?![在的与了向到赴官兵])[{CJK}]"
# an armed force's territorial units named after it, each after its place: "中国人民武装警察部队新疆总队",
# "武警新疆总队喀什支队", a county's or a city's squadron named after it alone: "武警某某县中队", or a prefecture's
# detachment and a county's squadron under it, each by its place's short name: "武警喀什支队疏附中队", or by
# its full name (an autonomous prefecture's too): "武警某某自治州支队某某县中队", and
# the corps, detachment and squadron in a row: "武警新疆总队阿克苏支队温宿中队"
_SQUADRON_AFTER = rf"(?:{_UNIT_PLACE_CHAR}{{2,5}}?(?:大队|中队))?"  # a detachment's squadron after it, if any
_FORCE_UNIT_RE = re.compile(
    rf"[{CJK}]{{2,8}}?总队(?:[{CJK}]{{2,6}}?(?:支队|大队){_SQUADRON_AFTER})?"
    rf"|[{CJK}]{{1,9}}?[县市区州](?:(?:支队|大队){_SQUADRON_AFTER}|中队)"
    rf"|{_UNIT_PLACE_CHAR}{{2,5}}?支队{_SQUADRON_AFTER}"
)


# a body's own units listed after the verb that sets them up, before their count or the word for them: "局机关设
# 治安管理大队、刑事侦查大队、国内安全保卫大队等11个内设机构", "下设交通警察大队和巡特警大队两个大队" (each of two
# to eight characters, no function word in it, ending in a brigade's, detachment's or squadron's head; a line may
# break after a separator)
_SET_UP_UNIT = r"(?:(?![的在和与及或、，。；等])[\u4e00-\u9fff]){2,8}?(?:大队|支队|中队)"
_UNITS_SET_UP_RE = re.compile(
    # the verbs of _SET_UP_VERBS; 设 alone only right after a body's head ("局机关设")
    rf"(?:{'|'.join(sorted(_SET_UP_VERBS - {'设'}))}|(?<=[局关部委院所队处厅办司])设)"
    rf"(?P<units>{_SET_UP_UNIT}(?:(?:、|和|及|与)\n?{_SET_UP_UNIT})+)"
    r"(?=等|[两二三四五六七八九十\d]+个|共|[，。；])"
)


def units_set_up(page: int, text: str) -> list[Mention]:
    """Each of two or more units a body sets up, listed after 设 (a police bureau's brigades): bodies of their
    own, named as the list writes them."""
    out = []
    for m in _UNITS_SET_UP_RE.finditer(text):
        base = m.start("units")
        for unit in re.finditer(_SET_UP_UNIT, m.group("units")):
            name = unit.group(0)
            out.append(Mention(page, base + unit.start(), base + unit.end(), name, name, t.PUBLIC_BODY, 4))
    return out


def force_units(cands: list[Mention], text: str) -> list[Mention]:
    """An armed force's corps and detachment named right after the force ("中国人民武装警察部队新疆总队和田支队"),
    a county's squadron ("武警某某县中队") or a detachment and its squadron ("武警喀什支队疏附中队"): one body, the
    unit, named with the force (not the force alone and the unit's place apart)."""
    out = []
    for m in cands:
        unit = (
            _FORCE_UNIT_RE.match(text, m.end) if m.type == t.PUBLIC_BODY and m.text.endswith(("部队", "武警")) else None
        )
        if unit and not re.search("[，。、；]", unit.group(0)):
            name = text[m.start : unit.end()]
            out.append(Mention(m.page, m.start, unit.end(), name, name, t.PUBLIC_BODY, m.priority + 1))
    return out


def university_departments(cands: list[Mention], text: str, tokens: Tokens) -> list[Mention]:
    """A university's or a college's department written right after its name ("某某大学中文系", "某某学院历史系",
    "某某大学计算机|系"): one body, the department named with its university, as a profile's career lines and an
    author's affiliation write it; a word of two characters that ends in 系 is no department ("大学|关系")."""
    out = []
    for m in cands:
        if m.type not in (t.PUBLIC_BODY, t.ORGANIZATION) or not m.text.endswith(("大学", "学院")):
            continue
        end = _department_end(tokens, m.end)
        if end is not None:
            name = text[m.start : end]
            out.append(Mention(m.page, m.start, end, name, name, m.type, m.priority + 1))
    return out


def _department_end(tokens: Tokens, pos: int) -> int | None:
    """Where a department's name that starts at ``pos`` ends: a noun of three characters or more that ends in
    系 ("中文系", "社会学系"), or a noun and 系 apart ("计算机|系")."""
    word = tokens.word(pos)
    if word is None or word[0] != pos or not word[3].startswith("n"):
        return None
    if len(word[2]) >= 3 and word[2].endswith("系"):
        return word[1]
    after = tokens.word(word[1])
    return after[1] if after is not None and after[0] == word[1] and after[2] == "系" else None


# a university's school or department named after it: "某某大学人文学院", "某某师范大学经济与管理学院", one of a
# single character's subject too: "某某大学农学院", "某某大学医学院", "某某大学中文系"
_SCHOOL_OF_UNIVERSITY_RE = re.compile(rf"(?P<university>[{CJK}]{{2,12}}?大学)[{CJK}]{{1,10}}(?:学院|系)$")


def universities_of_their_schools(cands: list[Mention]) -> list[Mention]:
    """The university a school named after it belongs to ("新疆大学人文学院" names 新疆大学): the body the
    school is a section of, named too."""
    out = []
    for m in cands:
        school = _SCHOOL_OF_UNIVERSITY_RE.match(m.text) if m.type in (t.PUBLIC_BODY, t.ORGANIZATION) else None
        if school:
            end = m.start + school.end("university")
            name = school.group("university")
            out.append(Mention(m.page, m.start, end, name, name, m.type, m.priority))
    return out


def _township_bodies_unread(cands: list[Mention], towns: dict[tuple[int, int], Mention], text: str) -> list[Mention]:
    """A township's body the body finders did not read, its organs right after the township's name
    ("站敏|乡党委|副书记": the segmenter joined the level to the organs)."""
    held = {(m.page, pos) for m in cands if m.type in (t.PUBLIC_BODY, t.ORGANIZATION) for pos in range(m.start, m.end)}
    out = []
    for place in {id(p): p for p in towns.values()}.values():
        organs = BODY_RE.match(text, place.end)
        if organs is None or (place.page, place.end) in held or organs.group(0) in ("委员会",):
            continue
        name = text[place.start : organs.end()]
        out.append(Mention(place.page, place.start, organs.end(), name, name, t.PUBLIC_BODY, 6))
    return out


def _from_township(
    body: Mention, towns: dict[tuple[int, int], Mention], starts: dict[tuple[int, int], Mention]
) -> Mention:
    place = towns.get((body.page, body.start))
    if place is None:  # "由|托格拉克乡派出所", "调往|某某县人民医院": a preposition or a verb before the place
        lead = _BEFORE_TOWNSHIP_RE.match(body.text)
        place = starts.get((body.page, body.start + lead.end())) if lead else None
        if place is None:
            return body
    if place.start == body.start or place.end >= body.end:
        return body
    text = (
        place.text[: body.start - place.start] + body.text
        if place.start < body.start
        else body.text[place.start - body.start :]
    )
    return Mention(body.page, place.start, body.end, text, text, body.type, body.priority)


# a web page's source line names the medium: "来源：兵团网", "来源：天山网－新疆日报"
SOURCE_LINE_RE = re.compile(
    # or the site a page's foot credits with its making: "技术支持：某某网"
    rf"(?:来源|技术支持)[：:]{GAP}*(?P<name>[{CJK}]{{2,10}}?(?:网|报|电视台|广播电台|通讯社))(?=[\s－\-—/|]|$)"
)


# a news story's opening names its medium: "天山网讯(记者…)", "阿克苏新闻网讯（通讯员…）" (the medium's
# dispatch, 讯, at a line's start; not "本报讯", this paper's), "【印尼IDN新闻网】" (in black brackets; not a
# document's kind in them: "【警情通报】", "【工作简报】", "【喜报】", a notice, a bulletin, good news)
DISPATCH_RE = re.compile(
    rf"(?:^|(?<=[\s】]))(?!本[报网台])(?P<name>[{CJK}]{{2,8}}?(?:网|报|台))讯(?=[\s（(【]|记者|通讯员)"
    rf"|【(?P<bracketed>[{CJK}A-Za-z]{{2,12}}?(?:网|(?<![通简快公年汇情举捷喜战预])报|通讯社|电台|电视台))(?:专讯|讯|消息)?】",
    re.MULTILINE,
)


# a public account's post opens with the account's name and the time it was posted, alone on the page's first
# line: "某某发布　2019-04-18 21:30" (not a label of the time: "更新时间 2019-04-18")
ACCOUNT_MASTHEAD_RE = re.compile(
    rf"\A\s*(?P<name>[{CJK}]{{2,10}}){GAP}+\d{{4}}-\d{{1,2}}-\d{{1,2}}"
    rf"(?:{GAP}+\d{{1,2}}:\d{{2}})?{GAP}*$",
    re.MULTILINE,
)
# a public account's name on its own line after its kind and a separator, as a post's header writes it:
# "微信公众号 · 某某县教育发布", "公众号：某某发布" (the account of the body that posts it)
ACCOUNT_LABEL_RE = re.compile(
    rf"(?m)^{GAP}*(?:微信)?公众号{GAP}*[·・•|｜:：]{GAP}*(?P<name>[{CJK}]{{2,12}}){GAP}*$",
)
# a site's name heading a page: the first step of its navigation path, two steps more or a forum's board after
# it ("天山网 > 新闻 > 地州新闻", "百度贴吧 > 某某吧"), or set apart from the path by a bar
# ("某某网　|　首页 > 公告 >"), or alone on the page's first line ("中国裁判文书网"); a portal's whole name
# ("某某县人民政府门户网站 > 政务公开 >", or alone on the first line), not the body it opens with
SITE_HEAD_RE = re.compile(
    rf"(?:^|(?<=\n)){GAP}*(?P<name>[{CJK}]{{2,10}}?(?:网站|网|贴吧|论坛)){GAP}*[>＞›»|｜]"
    rf"(?=[^\n>＞›»]{{1,12}}(?:[>＞›»]|吧{GAP}*\n))"
    rf"|\A\s*(?P<alone>[{CJK}]{{2,10}}?网|[{CJK}]{{2,16}}?门户网站){GAP}*\n"
)
# a site's name alone with the page's section on the page's first line ("某某县人民政府网　政府信息公开"), and a site's
# name before its filing number on the footer ("某某新闻网　新ICP备09002310号-1", "版权所有：某某网　京ICP证…")
SITE_SECTION_RE = re.compile(rf"\A\s*(?P<name>[{CJK}]{{2,12}}?网){GAP}+[{CJK}]{{2,8}}{GAP}*\n")
FILED_SITE_RE = re.compile(rf"(?:^|(?<=[\s：:]))(?P<name>[{CJK}]{{2,12}}?网){GAP}+[{CJK}]?ICP[备证]", re.MULTILINE)
# an encyclopaedia's reference names the site it cites between full-width stops, before the date it was posted:
# "某某文章标题．中国社会科学网．2010-09-08[引用日期…]" (not a body's own site, "某某研究院官网")
REFERENCE_SITE_RE = re.compile(rf"．(?P<name>[{CJK}]{{2,14}}?(?<!官)网)．{GAP}*\d{{4}}[-年]")
# a page's line of links to other sites names each site set apart by a space, a bar or "、":
# "相关链接：中国政府网　某某自治区人民政府网　某某地区行政公署网" (the sites, not the bodies they open with)
_LINKS_LINE_RE = re.compile(rf"(?m)^{GAP}*(?:相关链接|友情链接|网站链接|政府网站)[：:]{GAP}*(?P<items>[^\n]+)")
_LINKED_SITE_RE = re.compile(rf"(?<![{CJK}])(?P<name>[{CJK}]{{2,16}}?(?:网站|网))(?=[ \t\u3000|｜、]|$)")
_TIME_LABEL_ENDS = ("时间", "日期", "发布于", "更新于", "发表于")
# a document's kind, which heads a dated line too ("工作简报　2021-03-26"): no account's name
_DOCUMENT_KIND_ENDS = ("简报", "通知", "公告", "纪要", "通报", "快报", "报告", "动态")


def _account_masthead(text: str) -> list[re.Match[str]]:
    """The account's name on a public-account post's first line, before the time it was posted."""
    m = ACCOUNT_MASTHEAD_RE.match(text)
    return [m] if m is not None and not m.group("name").endswith(_TIME_LABEL_ENDS + _DOCUMENT_KIND_ENDS) else []


def _linked_sites(text: str) -> list[re.Match[str]]:
    """Each site a page's line of links names ("相关链接：中国政府网　某某网")."""
    found = []
    for line in _LINKS_LINE_RE.finditer(text):
        found += list(_LINKED_SITE_RE.finditer(text, line.start("items"), line.end("items")))
    return found


def source_media(page: int, text: str) -> list[Mention]:
    """The media a source line, a story's opening, a public account's masthead or labelled name, a site's
    heading, a reference, a page's first line with its section, a footer's site name before its filing number or
    a line of linked sites names; a source line's or a heading's whole name wins over a body's name it opens
    with ("来源：新疆政府采购网": the procurement site, not the region's government)."""
    found = [(m, "name", 6) for m in SOURCE_LINE_RE.finditer(text)]
    found += [(m, "name" if m.group("name") else "bracketed", 5) for m in DISPATCH_RE.finditer(text)]
    found += [(m, "name", 5) for m in [*_account_masthead(text), *ACCOUNT_LABEL_RE.finditer(text)]]
    found += [(m, "name" if m.group("name") else "alone", 6) for m in SITE_HEAD_RE.finditer(text)]
    found += [(m, "name", 6) for m in REFERENCE_SITE_RE.finditer(text)]
    found += [(m, "name", 6) for m in [*SITE_SECTION_RE.finditer(text), *FILED_SITE_RE.finditer(text)]]
    found += [(m, "name", 6) for m in _linked_sites(text)]
    return [_medium(page, m, g, p) for m, g, p in found]


def _medium(page: int, m: re.Match[str], group: str, priority: int) -> Mention:
    """A medium named on a page's source line or masthead, known by the name the lists give it ("天山网" is
    Tianshan Net wherever the page names it)."""
    name = m.group(group)
    entry = gazetteer_cn()[1].get(name)
    known = entry is not None and entry.type != t.PLACE
    canonical = entry.canonical if entry is not None and known else ""
    return Mention(page, *m.span(group), name, name, t.ORGANIZATION, priority, canonical, known)
