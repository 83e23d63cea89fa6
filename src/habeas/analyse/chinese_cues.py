"""More rule layers for Chinese organisations, from the words around a name rather than a suffix of its
own: a source that reports, reveals or is interviewed (据美国之音报道, 日经亚洲披露, 接受德国之声采访);
names whose products, subsidiaries or traders a clause speaks of (华大基因的两家子公司);
names right after the kind of business they are (电动汽车企业比亚迪, 消费品牌巴塔哥尼亚、彪马和优衣库,
短视频平台快手); a company named again without its legal form (纳思达股份有限公司 … 纳思达); and
another country's body named again without the country (美国国土安全部 … 国土安全部)."""

from __future__ import annotations

import bisect
import itertools
import re

from habeas.analyse import tables as t
from habeas.analyse.chinese_words import (
    CJK,
    CJK_RE,
    NATIONAL_BODY_RE,
    Tokens,
    body_read_as_word,
    foreign_countries,
    known_word,
)
from habeas.analyse.model import Mention

_NOT_IN_NAME = "据的是在将被把对向从等了也都就而称为有其该各此这那，。、；：“”《》（）"
_NAME = rf"(?:(?![{_NOT_IN_NAME}])[{CJK}A-Za-z&]){{2,10}}?"
# and the adverbs of several sources that report alike ("路透社和法新社均报道", "多家媒体纷纷报道")
# ... and the years or months back it reported in, before an adverb ("美联社前几年也报道", "路透社去年曾报道"),
# or the part of the day, as an evening programme names its own ("新闻联播今晚报道", "昨晚报道")
_WHEN = (
    "同日|当日|当天|日前|近日|此前|随后|也|还|曾|独家|最早|综合|前日|昨日|今日|昨天|今天"
    "|今晚|昨晚|当晚|今晨|昨晨|今早|昨夜|当夜"
    "|均|都|亦|皆|同样|纷纷|相继|分别|先后|已"
    "|前几年|几年前|多年前|前些年|近年来|近年|去年|今年|前年|早前|早些时候|上月|上周"
)
# "据美国之音报道", "接受德国之声采访", "日经亚洲披露", "彭博社同日报道", "据Wind数据": a source, named by what it does
# (not 根据 "based on": "根据卫星图像报道"; nor 信息披露, "disclosure", a listed company's noun: "公司指定信息披露媒体")
_DISCLOSED = "(?<!信息)披露"
# the source's verb of supplying or publishing what is cited, between its name and 的: "据自由亚洲电台提供的消息"
_SUPPLIED = "提供|发布|公布|透露"
SOURCE_RE = re.compile(
    rf"(?:(?<![根依数证占])据|接受)(?P<cited>{_NAME})(?:{_WHEN}){{0,2}}(?:{_SUPPLIED})?(?:的)?(?:报道|{_DISCLOSED}|消息|采访|援引|数据)"
    rf"|(?:^|(?<=[。，；：\n]))(?P<reporting>{_NAME})(?:{_WHEN}){{0,2}}(?:报道|{_DISCLOSED}|援引)"
)
_REPORTER = r"(?:特约|驻[\u4e00-\u9fff]{1,4})?(?:记者|通讯员)"
_REPORTER_AFTER = re.compile(_REPORTER + "$")
# a byline run together, medium, reporter and the reporter's name before 报道: "新疆日报记者张某某报道" (the medium
# is the words before the reporter; the name after it is a person's)
_REPORTER_AND_NAME = re.compile(_REPORTER + r"[\u4e00-\u9fff·]{1,8}$")
# a reporter who interviews, before the way he did it: "接受记者电话采访", "接受记者书面采访" (no medium named)
_REPORTER_BEFORE = re.compile(_REPORTER)
_DETERMINERS = ("该", "这", "那", "此", "其", "本", "各", "多", "一些", "部分", "所有", "有关")
_SEPARATORS = "、|和|及|与|以及"
_ENDS = "此前|也|已|在|的|将|则|等|曾|还|都|正|于|均|并|就|是|被|对|向|从|以|因|为|上|表示|称|宣布|说"
# a kind of business and, right after it, the names of that kind: "电池制造商宁德时代也在审查"
_KINDS = "企业|公司|品牌|制造商|生产商|厂商|零售商|运营商|供应商|媒体|网站|平台|巨头|车企|药企|电商"
# after a kind of business, the names of that kind: "电池制造商|宁德时代也在审查"
LIST_AFTER_KIND_RE = re.compile(
    rf"(?P<list>{_NAME}(?:(?:{_SEPARATORS}){_NAME})*)(?=(?:{_SEPARATORS}|{_ENDS})|[，。；：])"
)
_ITEM_SPLIT = re.compile(_SEPARATORS)
# a list that ends with its conjunction: the words after it are a second verb, not a further name
_LIST_END_RE = re.compile(rf"(?:{_SEPARATORS})$")
# names, then what only a business has: "隆基绿能、晶科能源和天合光能的部分产品", "华大基因的两家子公司",
# "抖音和小红书上的部分商家", "微信和快手的部分用户"
OWNERS_RE = re.compile(
    rf"(?:^|(?<=[。，；：、\n])|(?<=以及))(?P<list>{_NAME}(?:(?:{_SEPARATORS}){_NAME})*)(?:上)?的?"
    r"(?:部分|多家|几家|[一二两三四五六七八九十\d]+家)?(?:产品|子公司|工厂|门店|股价|商家|旗下|用户)"
)
_FUNCTION_FLAGS = ("d", "p", "c", "u", "r", "m", "q", "t", "f")
_LEGAL_FORM_PARTS = ("有限", "有限责任", "股份", "控股")
LEGAL_FORM_RE = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)$")


def cue_organisations(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """Candidates for the organisations the words around them name (see the module's note)."""
    return (
        _sources(page, text, tokens, index)
        + _kind_lists(page, text, tokens, index)
        + _owners(page, text, tokens, index)
    )


def _cue_inside_a_word(tokens: Tokens, pos: int) -> bool:
    """Whether the words after a list of owners open inside a word the segmenter reads across them
    ("美发用品、电子|产品": 电子产品, electronics, is an item of a list of goods, and 产品 names no one's
    products)."""
    word = tokens.word(pos)
    return word is not None and word[0] < pos


def _owners(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """The names, at a clause's start, whose products, subsidiaries, factories or traders the clause
    speaks of: businesses. Not a place, an ordinary word ("公司的产品") or a pronoun ("我们的工厂")."""
    out = []
    for m in OWNERS_RE.finditer(text):
        if _cue_inside_a_word(tokens, m.end("list")):
            continue
        pos = m.start("list")
        for item in _ITEM_SPLIT.split(m.group("list")):
            s, e = pos, pos + len(item)
            pos = e + _separator_at(text, e)
            if item in index or item.startswith(_DETERMINERS) or not _whole_words(tokens, s, e, text):
                continue
            if _one_common_word(tokens, s, e) or not _name_words(tokens, s, e):
                continue
            out.append(Mention(page, s, e, item, item, t.ORGANIZATION, 5))
    return out


def _sources(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """A source named by its act, over a place inside its name ("亚洲" in 日经亚洲): not an ordinary word
    ("媒体报道", "记者报道"), a determiner's phrase ("该报") or a place ("美国报道")."""
    out = []
    for m in SOURCE_RE.finditer(text):
        group = "cited" if m.group("cited") else "reporting"
        if _LIST_END_RE.search(m.group(group)):
            continue  # "停止打电话以及报道此事": 报道 is a verb joined to the one before it, no source's act
        pos = m.start(group)
        for name in _ITEM_SPLIT.split(m.group(group)):  # "天山网和日经亚洲报道": two sources
            s, e = pos, pos + len(name)
            pos = e + _separator_at(text, e)
            if _REPORTER_BEFORE.match(name):
                continue  # "接受记者电话采访": the reporter and the telephone, no medium
            name = _REPORTER_AFTER.sub("", name) or name  # "新疆日报社记者报道": the paper, not its reporter
            name = _REPORTER_AND_NAME.sub("", name)  # "新疆日报记者张某某报道": the paper, then its reporter's name
            if not name:
                continue
            e = s + len(name)
            s = _past_connective(tokens, s, e)  # "另外|新华社援引": the clause's linking word, then the source
            name = text[s:e]
            if name.startswith(_DETERMINERS) or name in index or not _whole_words(tokens, s, e):
                continue
            if _one_common_word(tokens, s, e):
                continue
            out.append(Mention(page, s, e, name, name, t.ORGANIZATION, 6))
    return out


def _kind_lists(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """The names after a kind of business that a word before it qualifies ("短视频平台快手",
    "消费品牌巴塔哥尼亚、彪马和优衣库"): a kind alone or after a determiner ("该企业负责人", "等企业要")
    names no one. Each name is words without a function word or a one-character verb in them."""
    out = []
    for i, (_s, end, word, _flag) in enumerate(tokens.words):
        m = LIST_AFTER_KIND_RE.match(text, end) if i > 0 and re.fullmatch(_KINDS, word) else None
        if m is None or not _qualified(tokens.words[i - 1]) or _ITEM_SPLIT.match(m.group("list")):
            continue  # "西方媒体|和美国智库": a conjunction right after the kind joins two kinds, names none
        pos = m.start("list")
        for item in _ITEM_SPLIT.split(m.group("list")):
            s, e = pos, pos + len(item)
            pos = e + _separator_at(text, e)
            inner = [k.end() for k in re.finditer(_KINDS, item)]
            if inner:  # "比亚迪和电池制造商宁德时代": the next item has a kind of its own
                s, item = s + inner[-1], item[inner[-1] :]
            if not item:
                continue  # "社交媒体|平台|上": a kind after a kind names no one
            if item in index or not _whole_words(tokens, s, e, text) or not _name_words(tokens, s, e):
                continue
            if _describes(tokens, s) or (item == m.group("list") and _verb_alone(tokens, s, e)):
                continue  # "北疆企业稳定就业", "铁路公司签约": what the businesses do, not their names
            if _ordinary_phrase(tokens, s, e) or _field_label(text, tokens, s, e):
                continue  # "会见媒体|记者团|时": ordinary words after the kind, no name; "企业|通信地址：": a label
            out.append(Mention(page, s, e, item, item, t.ORGANIZATION, 5))
    return out


def _ordinary_phrase(tokens: Tokens, s: int, e: int) -> bool:
    """Two words or more, all ordinary words of the dictionary or single characters it tags as no name: no
    name the segmenter reads or guesses among them ("记者团|时": the journalists' group, and "when";
    "矿山|技术学校"), so no business's name."""
    words = tokens.within(s, e)
    if len(words) < 2 or all(len(w[2]) == 1 for w in words):
        return False  # "抖|音": characters of a name the segmenter does not know
    return not any(w[3].startswith(("ns", "nr", "nt", "nz")) or (len(w[2]) > 1 and not known_word(w[2])) for w in words)


def _field_label(text: str, tokens: Tokens, s: int, e: int) -> bool:
    """One ordinary word of the dictionary before a colon ("企业|通信地址：", "平台|名称："): a form's label after
    the kind it describes, no name."""
    words = tokens.within(s, e)
    return text.startswith(("：", ":"), e) and len(words) == 1 and known_word(words[0][2])


def _verb_alone(tokens: Tokens, s: int, e: int) -> bool:
    """Whether the span is one verb the dictionary knows ("签约"), or one verbal noun ("经公司|核查": what the
    company did), the only thing after a kind of business: a predicate (a listed name may be tagged a verb:
    "阿迪达斯、彪马")."""
    words = tokens.within(s, e)
    return len(words) == 1 and words[0][3] in ("v", "vn") and len(words[0][2]) >= 2 and known_word(words[0][2])


def _describes(tokens: Tokens, pos: int) -> bool:
    """Whether the word at ``pos`` is an adjective or an adverb the dictionary knows: a predicate starts."""
    word = tokens.word(pos)
    return word is not None and word[0] == pos and word[3] in ("a", "ad", "d") and known_word(word[2])


def _qualified(before: tuple[int, int, str, str]) -> bool:
    """A kind of business that a word before it qualifies ("电动汽车企业"), not one alone or after a
    determiner ("该企业", "等企业") or a letter's "your" or "our" ("贵公司", "我公司": the addressee's, the
    writer's)."""
    _s, _e, word, flag = before
    if not re.match(rf"[{CJK}]", word) or word.endswith((*_DETERMINERS, "等")) or word in ("贵", "我"):
        return False
    if word.endswith(_LEGAL_FORM_PARTS):
        return False  # "中泰（集团）有限责任|公司|代表发言": the kind ends a company's own name
    return not (flag.startswith(_FUNCTION_FLAGS) or flag in ("x", "v"))  # "协调|企业|用工": a verb's object


def _separator_at(text: str, pos: int) -> int:
    return 2 if text.startswith("以及", pos) else 1


def _past_connective(tokens: Tokens, s: int, e: int) -> int:
    """Where a source's name starts past a conjunction that opens its clause ("另外|新华社", "同时|人民日报"):
    the word linking the clause to the one before, no part of the name (an adverb is no such sign: the segmenter
    reads "日经|中文网" so)."""
    first = tokens.word(s)
    if first is None or first[0] != s or first[1] >= e or first[3] != "c":
        return s
    return first[1]


def _whole_words(tokens: Tokens, s: int, e: int, text: str = "") -> bool:
    """Whether the span starts and ends where the segmenter's words do; with ``text``, its end may fall
    inside a word that a function character ends ("快手上" read 快|手上)."""
    first, last = tokens.word(s), tokens.word(e - 1)
    if first is None or last is None or first[0] != s:
        return False
    return last[1] == e or (bool(text) and last[1] == e + 1 and text[e] in "上的也在")


def _one_common_word(tokens: Tokens, s: int, e: int) -> bool:
    """One ordinary word: not a name's, nor a body's the segmenter reads as an ordinary word ("联邦快递" after
    "联邦快递公司")."""
    words = tokens.within(s, e)
    if len(words) != 1 or body_read_as_word(words[0][2]):
        return False
    return known_word(words[0][2]) and not words[0][3].startswith(("nt", "nz", "nrt", "eng"))


def _name_words(tokens: Tokens, s: int, e: int) -> bool:
    """Words a name can be made of: no function word, no verb phrase ("配合做好", "负责同志参加会议"), no
    one-character verb but one the segmenter split from a word it does not know ("隆基绿|能", "抖|音")."""
    words = tokens.within(s, e)
    if any(w[3].startswith(_FUNCTION_FLAGS) for w in words):
        return False
    if len(words) > 1 and all(len(w[2]) == 1 for w in words):
        return not known_word("".join(w[2] for w in words))  # "抖|音": a name the segmenter does not know
    if any(
        w[3].startswith("v") and len(w[2]) == 1 and (i == 0 or known_word(words[i - 1][2])) for i, w in enumerate(words)
    ):
        return False
    if len(words) > 1 and any(w[3] == "v" and len(w[2]) >= 2 and known_word(w[2]) for w in words[1:]):
        return False  # "负责同志|参加|会议": a verb and its object after a noun, a clause
    if any(a[3] == "vn" and b[3].startswith("ns") for a, b in itertools.pairwise(words[1:])):
        return False  # "大众|出售|乌鲁木齐|工厂": a verb of trading and the place it acts on, a clause
    return not (len(words) > 1 and words[0][3].startswith("v"))  # "配合做好": a verb's phrase


def short_forms(
    page: int, text: str, tokens: Tokens, kept: list[Mention], index: dict[str, t.GazetteerEntry]
) -> list[Mention]:
    """A company named again without its legal form ("纳思达股份有限公司 … 纳思达旗下"), and another
    country's body named again without the country ("美国国土安全部 … 国土安全部副部长"), where no
    stronger mention than the segmenter's guess stands: the same organisation."""
    taken = [(k.start, k.end, k.priority) for k in kept]
    out: list[Mention] = []
    for k, short in [(m, short) for m in kept for short in _short_forms(m, tokens, index)]:
        if any(_one_common_word(tokens, h.start(), h.end()) for h in re.finditer(re.escape(short), text)):
            continue  # "骆驼集团" … "骆驼": an ordinary word, not the company
        for hit in re.finditer(re.escape(short), text):
            s, e = hit.span()
            same = [x for x in kept if (x.start, x.end) == (s, e) and x.type == k.type and not x.canonical]
            for x in same:  # a cue found the short form: it is the company's
                x.canonical = k.canonical or k.name
            if same or not _whole_words(tokens, s, e) or any(a < e and s < b and p > 3 for a, b, p in taken):
                continue
            out.append(Mention(page, s, e, short, short, k.type, 5, canonical=k.canonical or k.name))
            taken.append((s, e, 5))
    return out


_BODIES = (t.PUBLIC_BODY, t.ORGANIZATION)
# a body's head and the one character its short form keeps of it: "黄河水利委员会" is 黄委, "国务院侨务办公室" 侨办,
# "国家市场监督管理总局" 市监局
_ABBREVIATED_HEADS = {"委": ("委员会",), "办": ("办公室", "办公厅", "办事处"), "局": ("局",)}


def abbreviated_bodies(page: int, text: str, tokens: Tokens, kept: list[Mention]) -> list[Mention]:
    """A body named again after its full name by a short form of two or three characters, the first one or two
    characters of the words of its name and its head's first character ("水利部黄河水利委员会……黄委主任", "侨办"):
    the same body. Only a short form the segmenter reads as a word of its own, that the dictionary does not hold
    (党委, 主办: ordinary words) and that the full name does not write out (政法委 of 政法委员会 is read as such)."""
    taken = [(k.start, k.end) for k in kept]
    heads = {head: [m.start() for m in re.finditer(head, text)] for head in _ABBREVIATED_HEADS}
    first_of_each = {k.name: k for k in sorted(kept, key=lambda k: -k.start) if k.type in _BODIES}
    out: list[Mention] = []
    for k in first_of_each.values():
        for head in (h for h, longs in _ABBREVIATED_HEADS.items() if k.name.endswith(longs)):
            for at in heads[head][bisect.bisect_left(heads[head], k.end) :]:
                spans = ((at + 1 - n, at + 1) for n in (2, 3))
                span = next((sp for sp in spans if _abbreviates(text, tokens, k, *sp)), None)
                if span is None:
                    continue
                for same in (x for x in kept if (x.start, x.end) == span and x.type in _BODIES):
                    if same.canonical in ("", same.name):  # another rule found the short form: it is this body's
                        same.canonical, same.type = k.canonical or k.name, k.type
                if any(a < span[1] and span[0] < b for a, b in taken):
                    continue
                short = text[span[0] : span[1]]
                out.append(Mention(page, *span, short, short, k.type, 5, canonical=k.canonical or k.name))
                taken.append(span)
    return out


def _abbreviates(text: str, tokens: Tokens, k: Mention, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a short form of the body ``k``: a word of its own, no ordinary word of the
    dictionary, no part of the full name, whose characters before the head are found in order in the name before
    its head, the first of them opening one of the name's words."""
    short, name = text[s:e], text[k.start : k.end]
    if s < 0 or not _whole_words(tokens, s, e) or short in name or not CJK_RE.match(short):
        return False
    word = tokens.word(s)
    if known_word(short) and word is not None and word[3] != "nt":
        return False  # an ordinary word (党委, 主办), not a body's short name the dictionary holds (国侨办)
    stem = name[: name.rfind(short[-1])]
    first = stem.find(short[0])
    while first >= 0 and k.start + first not in tokens.starts:
        first = stem.find(short[0], first + 1)  # "黄河": 黄 opening a word of the name
    if first < 0:
        return False
    rest = iter(stem[first + 1 :])
    return all(c in rest for c in short[1:-1])


def _short_forms(k: Mention, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[str]:
    """The name without its legal form or country, and without the place it starts with too
    ("宁波澳琪斯股份有限公司": 宁波澳琪斯, 澳琪斯)."""
    short = _short_form(k, index)
    first = tokens.word(k.start)
    if not short or first is None or first[0] != k.start or first[3] != "ns" or k.type != t.ORGANIZATION:
        return [short] if short else []
    rest = short[first[1] - k.start :]
    return [short, rest] if len(rest) >= 2 and rest not in index else [short]


def _short_form(k: Mention, index: dict[str, t.GazetteerEntry]) -> str:
    """The short form of a body's Chinese name (a known body's canonical name is English: "Home Office"
    for 英国内政部, whose short form is 内政部)."""
    name = k.canonical if k.canonical and CJK_RE.search(k.canonical) else k.name
    if k.type == t.ORGANIZATION:
        legal = LEGAL_FORM_RE.search(name)
        short = name[: legal.start()] if legal else ""
    elif k.type == t.PUBLIC_BODY:
        country = next((c for c in foreign_countries() if name.startswith(c)), "")
        short = name[len(country) :] if country else ""
    else:
        return ""
    if len(short) < 2 or short in index or NATIONAL_BODY_RE.fullmatch(short) or not re.search(f"[{CJK}]", short):
        return ""
    return short
