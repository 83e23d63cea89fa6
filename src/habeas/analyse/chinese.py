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
DOT_NAME_RE = re.compile(rf"[{CJK}]{{1,8}}(?:[·•・‧．][{CJK}]{{1,8}})+")
FACILITY_RE = re.compile(
    rf"[{CJK}]{{0,8}}(?:职业技能教育培训中心|教育培训中心|教培中心|培训中心|再教育营|集中营|看守所|拘留所|监狱|劳教所|戒毒所)"
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
    for m in DOT_NAME_RE.finditer(text):
        name = re.sub(r"[•・‧．]", "·", m.group(0))
        cands.append(Mention(page, m.start(), m.end(), m.group(0), name, t.PERSON, 5))
    pattern, index = _gazetteer_cn()
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
        cands.append(Mention(page, m.start(), m.end(), m.group(0), m.group(0), t.FACILITY, 4))
    for m in PUBLIC_RE.finditer(text):
        s = m.start()
        while s < m.end() and text[s] in _PUBLIC_PREFIX_STOP:
            s += 1
        if m.end() - s >= 3:
            cands.append(Mention(page, s, m.end(), text[s : m.end()], text[s : m.end()], t.PUBLIC_BODY, 4))
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
