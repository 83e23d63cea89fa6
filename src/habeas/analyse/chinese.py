"""Mentions in Chinese text: jieba's segmentation and tags, plus patterns for Uyghur names written
in characters and joined by "·", Han names (a common surname and a one- or two-character given
name), the Xinjiang gazetteer, institutions by their suffix, and facilities."""

from __future__ import annotations

import functools
import logging
import re

from habeas.analyse import tables as t
from habeas.analyse.model import Mention

CJK = r"\u3400-\u9fff"
CJK_RE = re.compile(f"[{CJK}]")
# Characters used to write Uyghur, Kazakh and other non-Han names in Chinese (general transcription usage).
TRANSLIT = (
    "阿艾爱安昂奥巴拜班邦包鲍贝本比毕别宾波玻伯布才查察茶常朝车成楚达代丹道德迪地丁东都杜多俄额恩尔法凡菲费芬夫弗福伏盖甘戈格"
    "根古谷哈海汗罕合何赫黑亨胡华霍吉加佳贾杰金卡凯坎康考柯科克肯孔库夸奎昆拉莱来兰朗劳勒雷力丽利莉列林琳留龙鲁路伦罗洛吕马玛"
    "买麦曼毛梅美门蒙米敏明莫默姆木穆那纳乃南尼妮年涅宁努诺欧帕潘佩皮普奇齐恰乔切钦琴丘屈热仁茹若萨塞赛桑色瑟森沙莎山善尚舍申"
    "什史斯苏素索塔泰坦汤唐特提铁通图土吐托瓦外万旺威维韦温文沃乌吾西希夏先肖谢辛欣休雅亚扬耶伊依尤玉约扎詹哲孜祖佐娜丝萍芙蕾"
    "琪娅则祖孜热穆罕默德甫江合曼尔逊沙吾提肉孜阿依夏木再娜迪拉古丽巴哈尔"
)
DOT_NAME_RE = re.compile(rf"[{TRANSLIT}]{{1,6}}(?:[·•・‧．][{TRANSLIT}]{{1,6}})+")
CN_TITLE_RE = re.compile(
    r"(?:书记|副书记|主席|副主席|部长|省长|市长|县长|局长|厅长|总理|外长|发言人|司令员|政委|主任|总书记|专员|委员)"
    rf"(?P<name>(?:{'|'.join(t.HAN_COMPOUND_SURNAMES)}|[{t.HAN_SURNAMES}])[{CJK}]{{1,2}})"
)
_NOT_GIVEN = set("推说表称在是和与的指于曾将已被对向从等也都就而了到为让把")
FACILITY_RE = re.compile(
    r"[^\W\d的和在与及了是把被将对]{0,6}?"
    r"(?:职业技能教育培训中心|教育培训中心|教培中心|培训中心|再教育营|集中营|看守所|拘留所|监狱|劳教所|戒毒所)"
)
PUBLIC_RE = re.compile(
    rf"[{CJK}]{{1,10}}?(?:人民政府|政府|公安局|公安厅|公安部|人民法院|法院|检察院|委员会|党委|政法委|办公室|统战部|外交部|司法厅|司法局|人大常委会|人民代表大会)"
)
LAW_RE = re.compile(r"《([^》]{2,40})》")
SENT_RE = re.compile(r"[^。！？；\n]+[。！？；]?")

_PUBLIC_PREFIX_STOP = set("在和与对从由将把被向于及等的了是也都就而")


@functools.cache
def _jieba() -> object:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    for entry in t.gazetteer():
        for name in entry.names:
            if CJK_RE.search(name):
                jieba.add_word(name, freq=50_000, tag="ns" if entry.type == t.PLACE else "nt")
    return jieba.posseg


def is_chinese(text: str) -> bool:
    sample = text[:5000]
    letters = sum(1 for c in sample if c.isalpha())
    return letters > 0 and len(CJK_RE.findall(sample)) / letters > 0.3


def chinese_sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in SENT_RE.finditer(text) if m.group(0).strip()]


@functools.cache
def _gazetteer_cn() -> tuple[re.Pattern[str], dict[str, t.GazetteerEntry]]:
    index = {n: e for e in t.gazetteer() for n in e.names if CJK_RE.search(n)}
    alt = "|".join(re.escape(n) for n in sorted(index, key=len, reverse=True))
    return re.compile(alt), index


def _is_han_name(word: str) -> bool:
    if not 2 <= len(word) <= 4 or not all(CJK_RE.match(c) for c in word):
        return False
    if word[:2] in t.HAN_COMPOUND_SURNAMES:
        return 3 <= len(word) <= 4
    return word[0] in t.HAN_SURNAMES and len(word) <= 3


def chinese_mentions(page: int, text: str) -> list[Mention]:
    from habeas.analyse.english import resolve_overlaps

    cands: list[Mention] = []
    pattern, index = _gazetteer_cn()
    for m in DOT_NAME_RE.finditer(text):
        name = re.sub(r"[•・‧．]", "·", m.group(0))
        cands.append(Mention(page, m.start(), m.end(), m.group(0), name, t.PERSON, 5))
    for m in CN_TITLE_RE.finditer(text):
        name = m.group("name")
        if len(name) == 3 and name[-1] in _NOT_GIVEN:
            name = name[:2]
        s = m.start("name")
        cands.append(Mention(page, s, s + len(name), name, name, t.PERSON, 5))
    for m in pattern.finditer(text):
        entry = index[m.group(0)]
        cands.append(
            Mention(
                page,
                m.start(),
                m.end(),
                m.group(0),
                m.group(0),
                entry.type,
                5,
                canonical=entry.canonical,
                strong=True,
            )
        )
    for m in LAW_RE.finditer(text):
        cands.append(Mention(page, m.start(1), m.end(1), m.group(1), m.group(1), t.LAW, 5))
    for m in FACILITY_RE.finditer(text):
        holds_place = any(m.group(0).startswith(n) and len(n) < len(m.group(0)) for n in index)
        cands.append(Mention(page, m.start(), m.end(), m.group(0), m.group(0), t.FACILITY, 6 if holds_place else 4))
    for m in PUBLIC_RE.finditer(text):
        s = m.start()
        while s < m.end() and text[s] in _PUBLIC_PREFIX_STOP:
            s += 1
        if m.end() - s >= 3:
            # a body named after its place ("乌鲁木齐市公安局") keeps its whole name
            body = text[s : m.end()]
            holds_place = any(body.startswith(n) and len(n) < len(body) for n in index)
            cands.append(Mention(page, s, m.end(), body, body, t.PUBLIC_BODY, 6 if holds_place else 4))
    posseg = _jieba()
    pos = 0
    for word, flag in posseg.cut(text):  # type: ignore[attr-defined]
        start, pos = pos, pos + len(word)
        if flag == "nr" and _is_han_name(word):
            cands.append(Mention(page, start, pos, word, word, t.PERSON, 3))
        elif flag == "ns" and len(word) >= 2 and CJK_RE.match(word):
            cands.append(Mention(page, start, pos, word, word, t.PLACE, 2))
        elif flag == "nt" and len(word) >= 3:
            cands.append(Mention(page, start, pos, word, word, t.ORGANIZATION, 2))
    return resolve_overlaps(cands)
