"""Chinese words, shared by the mention rules (``chinese``) and the cues around names
(``chinese_cues``): the CJK range, jieba's tagged words of a page with their offsets, whether a word
is one jieba's dictionary holds, and other countries' Chinese names. (Traditional characters are read
as simplified before any of this: ``habeas.names.chinese_script``.)"""

from __future__ import annotations

import functools
import logging
import re

from habeas.analyse import tables as t

CJK = r"\u3400-\u9fff"
CJK_RE = re.compile(f"[{CJK}]")
NATIONAL_BODY_RE = re.compile(
    r"(?:中共中央|国务院|全国人大常委会|全国人大|全国政协|最高人民法院|最高人民检察院|中央政法委|中央统战部|中央军委|"
    r"国家发展和改革委员会|国家发展改革委|国家发改委|外交部|公安部|国家安全部|司法部|高等教育部|教育部|监察部|商务部|民政部|国防部|财政部|国家民委|国家宗教事务局|国家统计局|海关总署|武警|解放军|新华社|中央电视台)"
)


@functools.cache
def tagger() -> object:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    for word, tag in _retagged()[0]:
        jieba.add_word(word, freq=jieba.dt.FREQ[word], tag=tag)
    for entry in t.gazetteer():
        for name in entry.names:
            if CJK_RE.search(name):
                jieba.add_word(name, freq=_frequency(entry, name), tag="ns" if entry.type == t.PLACE else "nt")
    for word, tag in t.SEGMENTER_TAGS_ZH.items():
        jieba.add_word(word, freq=jieba.dt.FREQ.get(word) or None, tag=tag)  # "哥哥", "回国": no place
    return jieba.posseg


# a mainland mobile telephone's number: eleven digits from 13 to 19
MOBILE_NUMBER = r"1[3-9]\d{9}"
# a paper's line of authors: names set apart by spaces, each with the number of its author's affiliation glued to
# it, as journals print them over the affiliations numbered below ("马某国1　阿某·买某2　陈  某1,2"); a two-character
# name may be spaced out to the width of three ("陈  某1")
_MARKED_AUTHOR = rf"(?:[{t.HAN_SURNAMES}][ \u3000]{{1,2}}[{CJK}]|[{CJK}][{CJK}·•・‧]{{1,11}})\d(?:[,，]\d)*"
MARKED_AUTHOR_RE = re.compile(rf"(?P<name>[{CJK}][^\d\n]*?)(?P<mark>\d(?:[,，]\d)*)(?=[ \t\u3000]|$)")
MARKED_AUTHORS_LINE_RE = re.compile(
    rf"(?m)^[ \t\u3000]*{_MARKED_AUTHOR}(?:[ \t\u3000]+{_MARKED_AUTHOR})*[ \t\u3000]*$"
    rf"(?=\n[ \t\u3000]*[（(]?1[.．、\s])"
)
_QUALITY_SUFFIXES = "感度率性"
_NAME_TAGS = frozenset({"nr", "ns", "nt", "nz", "nrt", "nrfg"})
_COMPASS_PART_RE = re.compile(r"[东西南北中]{2,3}部")
_GOING_VERBS = "离来回驻入抵赴返进在援"
_SHORT_NAMES = "京沪疆藏港澳台"
# a meeting's short name: a congress of delegates (党代会, 文代会: 代表大会) or a plenary session (九中全会, 全委会)
_MEETING_RE = re.compile(rf"[{CJK}]*(?:代会|全会|全委会)")
_LAST_CHARS = frozenset(_QUALITY_SUFFIXES + "部会" + _SHORT_NAMES)


@functools.cache
def _retagged() -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    """The dictionary's words read with their running-text tags (``_running_text_tags``), and those of them it
    tags as bodies that are a noun and an act ("联邦快递"; not two nouns joined by 和, "党和政府", nor a meeting),
    read once from the dictionary's own tags (``tagger`` calls this before it adds any word)."""
    import jieba
    import jieba.posseg

    jieba.dt.check_initialized()
    tags = jieba.posseg.dt.word_tag_tab
    found = tuple(_running_text_tags(jieba.dt.FREQ, tags))
    return found, frozenset(word for word, _tag in found if tags.get(word) == "nt" and _noun_and_act(word, tags))


def body_read_as_word(word: str) -> bool:
    """Whether the dictionary holds ``word`` as a body's name that the segmenter reads as an ordinary word by its
    shape ("联邦快递", a noun and an act, as "人事安排" is): a company's name where the page names the company
    with its legal form ("联邦快递公司")."""
    tagger()
    return word in _retagged()[1]


def _running_text_tags(freq: dict[str, int], tags: dict[str, str]) -> list[tuple[str, str]]:
    """Shapes of ordinary words jieba's dictionary tags as names, places or bodies, with their running-text
    part of speech: a quality or rate of an ordinary word ("满意度", "安全感", "严重性": n), a part of a
    region named by compass points ("新疆中东部": f, as 东部 is), and a verb of going or staying joined to the
    one-character short name of the capital or a province ("离京", "来京", "进疆": v), a meeting's short
    name, an event and no body ("党代会", "九中全会", "全委会": n; not 代表大会, a people's congress), and the words
    tagged as bodies that are ordinary nouns or a noun and an act ("党和政府", "人事安排": n)."""
    found: list[tuple[str, str]] = []
    for word in freq:
        if tags.get(word) == "nt" and _nouns_or_act(word, tags):
            found.append((word, "n"))
            continue
        if word[-1] not in _LAST_CHARS or tags.get(word) not in _NAME_TAGS:
            continue
        if len(word) == 3 and word[-1] in _QUALITY_SUFFIXES:
            stem = word[:2]
            if freq.get(stem, 0) > 0 and tags.get(stem) not in _NAME_TAGS:
                found.append((word, "n"))
        elif _COMPASS_PART_RE.fullmatch(word):
            found.append((word, "f"))
        elif len(word) == 2 and word[0] in _GOING_VERBS and word[1] in _SHORT_NAMES:
            found.append((word, "v"))
        elif _MEETING_RE.fullmatch(word):
            found.append((word, "n"))
    return found


_BODY_WORD = 4  # characters of a dictionary body's word made of two ordinary words


def _nouns_or_act(word: str, tags: dict[str, str]) -> bool:
    """A word the dictionary tags as a body that is two nouns joined by 和 ("党和政府": the party and the
    government; not where 和 belongs to a word on either side, "协和医院") or a noun and an act ("人事安排",
    "日程安排", "法律咨询"), with no body's head (组织)."""
    at = word.find("和", 1, len(word) - 1)
    if at > 0:
        joined = word[at - 1 : at + 1] in tags or word[at : at + 2] in tags
        return not joined and all(tags.get(part) == "n" for part in (word[:at], word[at + 1 :]))
    return _noun_and_act(word, tags)


def _noun_and_act(word: str, tags: dict[str, str]) -> bool:
    """A word of a noun and an act ("人事安排", "联邦快递"), with no body's head (组织)."""
    act = tags.get(word[2:]) in ("v", "vn")
    return len(word) == _BODY_WORD and act and tags.get(word[:2]) == "n" and not word.endswith("组织")


def _frequency(entry: t.GazetteerEntry, name: str) -> int:
    """How often the segmenter takes a gazetteer name to be: a place always; a body's short name no more
    than the ordinary words around it ("升华|为", not 升|华为)."""
    return 50_000 if entry.type == t.PLACE or len(name) > 3 else 2_000


class Tokens:
    """jieba's words of one page with their tags and offsets."""

    def __init__(self, text: str) -> None:
        self.words: list[tuple[int, int, str, str]] = []
        pos = 0
        for word, flag in tagger().cut(text):  # type: ignore[attr-defined]
            self.words.append((pos, pos + len(word), word, flag))
            pos += len(word)
        self.starts = {w[0] for w in self.words}
        self.at: dict[int, int] = {}
        for i, (s, e, _w, _f) in enumerate(self.words):
            for p in range(s, e):
                self.at[p] = i

    def word(self, pos: int) -> tuple[int, int, str, str] | None:
        i = self.at.get(pos)
        return self.words[i] if i is not None else None

    def within(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """The words that lie wholly between ``start`` and ``end``, read from the words there (not the page's)."""
        if end <= start or start not in self.at or end - 1 not in self.at:
            return []
        words = self.words[self.at[start] : self.at[end - 1] + 1]
        return [w for w in words if start <= w[0] and w[1] <= end]


def known_word(word: str) -> bool:
    """A word jieba's dictionary holds (an ordinary word), not one its model guessed."""
    import jieba

    return len(word) > 1 and jieba.dt.FREQ.get(word, 0) > 0


def dictionary_tag(word: str) -> str:
    """The tag jieba's dictionary gives a word it holds ("江苏省": ns, a place; "社区": n); "" for others."""
    Tokens("")  # the dictionary loaded, with the gazetteer's names
    return str(tagger().dt.word_tag_tab.get(word, ""))  # type: ignore[attr-defined]


def frequent_word(word: str, least: int = 300) -> bool:
    """A word jieba's dictionary counts often (``least`` times or more in its corpus): its dictionary tags
    some such ordinary words as names ("卫星" satellite, "查明" to establish); a two-character name it holds
    is rarer (陈志远 3, 刘卫东 256)."""
    import jieba

    Tokens("")  # the dictionary loaded, with the gazetteer's names
    return int(jieba.dt.FREQ.get(word, 0)) >= least


@functools.cache
def foreign_countries() -> tuple[str, ...]:
    """Countries' Chinese names other than China's."""
    china = {"China", "People's Republic of China"}
    names = {
        n
        for e in t.gazetteer()
        if e.type == t.PLACE and e.canonical not in china and e.canonical in country_names()
        for n in e.names
        if CJK_RE.search(n) and len(n) >= 2
    }
    return tuple(sorted(names, key=len, reverse=True))


@functools.cache
def bloc_names() -> tuple[str, ...]:
    """Blocs of states' Chinese names (欧盟, 东盟), which name their bodies as a country does."""
    import json

    blocs = json.loads((t.DATA / "countries.json").read_text(encoding="utf-8"))["blocs"]
    return tuple(n for names in blocs.values() for n in names if CJK_RE.search(n))


@functools.cache
def country_names() -> frozenset[str]:
    import json

    return frozenset(json.loads((t.DATA / "countries.json").read_text(encoding="utf-8"))["places"])
