"""People in Chinese text: transcribed names joined by a dot, kept whole at both ends; Han names after a
title, a court role, a date, a department or a kin word; names in bylines, lists and appointments; Latin
names among Chinese words.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterable

from habeas.analyse import tables as t
from habeas.analyse.chinese_forms import (
    BODY_RE,
    CN_TITLES,
    CONJUNCTIONS,
    DOT_RE,
    DOTS,
    DOTTED_NAME_CHARS,
    GAP,
    LEVEL_CHARS,
    SEGMENT_MAX,
    TITLE_RE,
    TITLE_WORDS,
    TRANSLIT,
    closes_name,
    gazetteer_cn,
    is_han_name,
    name_edge,
    name_like,
)
from habeas.analyse.chinese_words import (
    CJK,
    CJK_RE,
    MARKED_AUTHOR_RE,
    MARKED_AUTHORS_LINE_RE,
    MOBILE_NUMBER,
    Tokens,
    dictionary_tag,
    frequent_word,
    known_word,
)
from habeas.analyse.known_bodies import english_forms, known_runs
from habeas.analyse.model import Mention
from habeas.names.scripts import LATIN_UPPER

_TYPED_DOT_RE = re.compile(f"(?<=[{CJK}])[\\-‐－.](?=[{CJK}])")


HAN_NAME = rf"(?:{'|'.join(t.HAN_COMPOUND_SURNAMES)}|[{t.HAN_SURNAMES}])[{CJK}]{{1,2}}"


# the parties and officers of a court case, before their names; a judgment's signature block spaces
# the role out and sets the name apart ("审　判　长　王振华", "被告人马建国，男")
_COURT_ROLES = (
    "被告人",
    "辩护人",
    "证人",
    "审判长",
    "审判员",
    "人民陪审员",
    "书记员",
    "检察员",
    "公诉人",
    "上诉人",
    "原告人",
    "代理人",
    "罪犯",
)


def _spaced_out(words: Iterable[str]) -> str:
    """A pattern of ``words``, each as written or spaced out character by character ("联 系 人")."""
    return "|".join(f"{GAP}*".join(word) for word in words)


CN_ROLE_RE = re.compile("(?:" + _spaced_out(sorted(_COURT_ROLES, key=len, reverse=True)) + f"){GAP}*")


# a name that opens a clause after a date: "6月20日，王某某主持召开会议"
ACTS = (
    "主持|会见|视察|出席|表示|指出|强调|参加|签署|宣布|公布|发布|披露|访问|召开|听取|讲话|说|称|接受|调研|考察|率团|带队|前往|"
    "透露|证实|告诉|回忆|"
    "在|到|于|等|和|与|、|，"
)


ACTS_RE = re.compile(f"(?:{ACTS})")


# a name after a preposition or a list word, before an act, "同志" or a year: "由陈全国接任", "包括习近平2014年",
# "发生于陈全国当选之后" (于: "at", "after")
# a title before the name ("中共领导人陈全国2016年"); "由陈全国领导" (led by him)
_LEAD = "由|被|经|向|对|让|请|派|包括|以及|及|与|同|领导人|于"


_FOLLOW = "接任|担任|出任|兼任|当选|主持|签发|批示|下令|领导|同志|讲话|作|" + ACTS.replace("|、|，", "")


# and before the next name of a list: "由李某某、王某组成"
LED_NAME_RE = re.compile(rf"(?:{_LEAD})(?P<name>{HAN_NAME}?)(?=(?:{_FOLLOW})|\d{{4}}年|[，。]|、{HAN_NAME})")


# characters no given name ends in: verbs, particles and conjunctions a segmenter may join to a surname and the
# character after it ("学生应征并符合": 并, "and"), and 办, an office's short head ("市文明办")
NOT_GIVEN = "推说表称在是和与的指于曾将已被对向从等也都就而了到为让把主出会视召参宣签接并办则亦却又"


def dot_names(text: str, tokens: Tokens) -> Iterable[tuple[int, int]]:
    """Transcribed names joined by dots, whole at both ends: each side is read word by word from the
    dot outwards while jieba's words are names, transcription characters or words its dictionary does
    not know, and ends at an ordinary word ("主席|雪克来提·扎克尔|多次", "专员|艾尔肯·吐尼亚孜|通报").
    Two names a clause joins are two ("阿曼吐尔·托合托逊乌鲁|向记者展示了妹妹|阿依坚·托合托逊克孜"): a
    part between dots that the names read from its two dots do not cover ends one name and starts the next.
    A hyphen or a full stop typed for the dot between transcription characters is read as the dot: ``text``
    is the page as ``with_typed_dots`` gives it."""
    for m in re.finditer(f"[{CJK}]+(?:[{DOTS}][{CJK}]+)+", text):
        dots = [m.start() + d.start() for d in DOT_RE.finditer(m.group(0))]
        if any(b - a < 2 for a, b in itertools.pairwise(dots)):
            continue  # an empty part between two dots
        first_dot, limit = dots[0], m.start()
        for k in range(1, len(dots)):
            forward = name_edge(text, tokens, dots[k - 1] + 1, 1, dots[k])
            back = name_edge(text, tokens, dots[k], -1, dots[k - 1] + 1)
            joined = _conjunction_inside(text, dots[k - 1] + 1, dots[k])
            if joined is not None and forward >= back:
                forward, back = joined, joined + 1  # "…·热合曼和古丽尼沙·…": read as one word, two names
            if forward < back:  # this part ends one name and starts the next
                yield from _dot_name(text, tokens, first_dot, limit, dots[k - 1] + 1, forward)
                first_dot, limit = dots[k], back
        last_start = dots[-1] + 1
        yield from _dot_name(
            text, tokens, first_dot, limit, last_start, name_edge(text, tokens, last_start, 1, m.end())
        )


def with_typed_dots(text: str, tokens: Tokens) -> str:
    """The text with a hyphen or a full stop typed for a name's dot, or a question mark left for it, read as the
    dot ("雪克来提-扎克尔", "努尔.白克力", "玉麦尔江?阿力木"): a typed one between two Chinese characters, at least
    one of them a transcription character, not between two words the dictionary holds as places' ("乌鲁木齐-喀什"
    is a route); a question mark as ``_LOST_DOT_RE`` says."""
    chars = list(text)
    for m in _TYPED_DOT_RE.finditer(text):
        before, after = tokens.word(m.start() - 1), tokens.word(m.end())
        if before is None or after is None or not (text[m.start() - 1] in TRANSLIT or text[m.end()] in TRANSLIT):
            continue
        if not all(dictionary_tag(word[2]).startswith("ns") for word in (before, after)):
            chars[m.start()] = "·"
    for m in _LOST_DOT_RE.finditer(text):
        if any(c in TRANSLIT for c in text[m.start() - 2 : m.start()]) and any(c in TRANSLIT for c in m.group(1)):
            chars[m.start()] = "·"
    for pos in _field_stops(text):
        chars[pos] = "。"
    return "".join(chars)


# a name's dot a converter could not write, a question mark left between the two parts ("玉麦尔江?阿力木",
# "帕力旦?热依木", the page's half-width mark read full-width): one between Chinese characters, transcription
# characters on both sides
_LOST_DOT_RE = re.compile(rf"(?<=[{CJK}]{{2}})[?？](?=([{CJK}]{{2}}))")


def _field_stops(text: str) -> Iterable[int]:
    """Where a full-width full stop (．) separates fields rather than a name's parts: a reference list
    writes one between a title, a source and a date ("……行政公署领导．喀什日报．2016-01-13"), so on a line where
    one stands before a date's digits, or before a field that a comma and a date or year close, every one is
    a separator, unless it stands between two transcription
    characters ("阿不都．吐尔逊")."""
    for line in _REFERENCE_LINE_RE.finditer(text):
        for m in re.finditer("．", line.group(0)):
            pos = line.start() + m.start()
            if not (text[pos - 1 : pos] in DOTTED_NAME_CHARS and text[pos + 1 : pos + 2] in DOTTED_NAME_CHARS):
                yield pos


# a line whose fields a full-width full stop separates, a date among them: "题名．来源．2016-01-13", or a date or
# a year after a comma in a later field ("题名．来源，2020-09-15", "作者．题名[J]．期刊，2019，(4)：56-63．")
_REFERENCE_LINE_RE = re.compile(r"(?m)^[^\n]*．(?:[^\n]*[，,])?\s*\d[^\n]*$")


def _conjunction_inside(text: str, start: int, end: int) -> int | None:
    """Where 和, 及 or 与 joins two transcribed names inside the part between two dots (``start`` to ``end``):
    transcription characters, two at least, on either side of it ("热合曼和古丽尼沙"); None otherwise."""
    part = text[start:end]
    transcribed = all(c in DOTTED_NAME_CHARS or c in CONJUNCTIONS for c in part)
    joins = [i for i, c in enumerate(part) if c in CONJUNCTIONS and i >= 2 and len(part) - i > 2]
    return start + joins[0] if transcribed and len(joins) == 1 else None


def _dot_name(
    text: str, tokens: Tokens, first_dot: int, limit: int, last_start: int, end: int
) -> Iterable[tuple[int, int]]:
    """The name whose first dot is ``first_dot`` (its first part read back no further than ``limit``) and
    whose last part starts at ``last_start`` and ends at ``end``; none when a part is left empty."""
    start = name_edge(text, tokens, first_dot, -1, limit)
    if start == first_dot and end > last_start:
        start = _known_given_name(tokens, first_dot, limit)
    if start < first_dot and end > last_start:
        yield _first_syllable_after_conjunction(text, tokens, start, limit), end


def _first_syllable_after_conjunction(text: str, tokens: Tokens, start: int, limit: int) -> int:
    """ "张某和|如|先古丽·托合提": a name's first syllable the segmenter reads as a word of one character (如,
    "as") between a list's conjunction or enumeration comma and the rest of the name belongs to the name."""
    if _cut_after_enumeration_comma(text, start, limit):
        return limit
    word = tokens.word(start - 1)
    if word is None or word[1] != start or word[0] <= limit or len(word[2]) != 1:
        return start
    opens_item = text[word[0] - 1 : word[0]] in ("和", "与", "及", "、")
    return word[0] if opens_item and CJK_RE.match(word[2]) and word[2] not in NOT_GIVEN else start


def _cut_after_enumeration_comma(text: str, start: int, limit: int) -> bool:
    """ "王某、|居来|提·司马义、郑某": one or two characters the segmenter reads with a name's first syllables as
    an ordinary word, between a list's enumeration comma and the rest of the first part, belong to the name."""
    cut = text[limit:start]
    if not (0 < len(cut) <= 2 and text[limit - 1 : limit] == "、" and all(CJK_RE.match(c) for c in cut)):
        return False
    # "、州长|某某·某某": a post before the name; "一、罪犯|某某·某某": a party's role in a ruling's list
    return re.search(f"(?:{CN_TITLES}|{CN_ROLE_RE.pattern})$", cut) is None


def _known_given_name(tokens: Tokens, dot: int, limit: int) -> int:
    """Where a first part the dictionary knows as an ordinary noun starts ("讲师|大卫|·托宾": 大卫 is David):
    one word of two characters right before the dot, no place or body, before a last part read as a name."""
    word = tokens.word(dot - 1)
    if word is None or word[1] != dot or word[0] < limit or len(word[2]) != 2 or not CJK_RE.match(word[2]):
        return dot
    return word[0] if word[3] in ("n", "nr", "nrt", "nz") else dot


# a date's day right before a position: "3月5日努尔古丽被带走" (日 is a transcription character too, as in 热日)
_DAY_BEFORE_RE = re.compile(r"[\d一二三四五六七八九十]日$")


def _after_a_day(text: str, pos: int) -> bool:
    return _DAY_BEFORE_RE.search(text, max(0, pos - 2), pos) is not None


# the shortest first or last part of a transcribed name read alone before its full name on the page
_GIVEN_BEFORE_FULL_LEN = 4


def given_names_alone(page: int, text: str, dotted: list[Mention]) -> list[Mention]:
    """A transcribed name's first or last part written alone after the full name ("阿依达娜·叶尔波拉提 …
    阿依达娜说", "朱莉·米尔斯 … 米尔斯说"), or before it where the part has four characters or more: the
    person, as Uyghur and Kazakh names are shortened to the given name and others to the surname, when that part
    is of no other full name on the page and stands apart from dots and other transcription characters; a Uyghur
    name's first part that is also another's last (a child's patronymic) is the person whose own name it is."""
    fulls: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    for m in dotted:
        parts = m.name.split("·")
        firsts.setdefault(parts[0], set()).add(m.name)
        for part in {parts[0], parts[-1]}:
            fulls.setdefault(part, set()).add(m.name)
    out = []
    for part, names in fulls.items():
        if len(names) != 1 and len(firsts.get(part, ())) == 1:
            # "买买提江·艾萨 … 阿依努尔·买买提江": the father's own name, his daughter's patronymic
            names = firsts[part]
        if len(part) < 2 or len(names) != 1:
            continue
        # before the full name too where the part is long enough to name no one else by chance ("我的弟弟艾克拜尔
        # 今年29岁" … the family's table below: "艾克拜尔·阿布都瓦力　儿子")
        first = 0 if len(part) >= _GIVEN_BEFORE_FULL_LEN else min(m.start for m in dotted if m.name in names)
        for hit in re.finditer(re.escape(part), text[first:]):
            s, e = first + hit.start(), first + hit.end()
            if any(d.start <= s < d.end for d in dotted):
                continue  # the full name itself, read whole already
            around = (text[s - 1 : s] if not _after_a_day(text, s) else "") + text[e : e + 1]
            if any(c in DOTS or c in TRANSLIT for c in around):
                continue
            out.append(Mention(page, s, e, part, part, t.PERSON, 6, canonical=next(iter(names))))
    return out


# a minutes' or a notice's label before the people it lists: "参加：周某某、杨某", "出席：王某 李某"
# a web page's editors' line in brackets too: "（责编：王某、古丽米拉）", "编辑：某某　网编：某某"; and a story's
# byline by its writer's, reporter's or photographer's label: "撰文：江某", "摄影：李某", or the label of one who
# gave both the pictures and the text, at a company's or an office's news item's end: "图文：刘某"; a form's own labels:
# "填表人：赵某" (not 作者, "author", which a web page gives its medium or platform too: "作者：石榴云"); a school's or
# an office's news item closes with its text's and pictures' credits after slashes: "（文/某某 某某 摄/某某）"
_LABEL_RE = re.compile(
    # (a paper's page or an issue may own the label: "本版责任编辑：赵　静", "本期编辑：某某")
    rf"(?m)(?:^|(?<={GAP}))[（(【\[]?(?:本版|本期|本刊|本文)?(?:参加|出席|列席|主持|记录人|记录|联系人|签发|审核|参会人员|与会人员|"
    r"责编|责任编辑|编辑|网编|美编|校对|审校|撰文|撰稿|图文|记者|摄影|摄像|翻译|填表人|审核人|审批人|经办人|制表人|承办人|"
    # a programme's or a page's credits: "监制：某某", "制片人：赵　勇", "初审：某某　终审：某某"
    r"监制|总监制|制片人|制片|出品人|策划|统筹|初审|复审|终审|编审|剪辑|配音|"
    # a newspaper page's layout credit beside its editor's: "责任编辑：某某　版式设计：某某"
    r"版式设计|版式|排版|"
    # a police record's (笔录's) own labels: "讯问人：某某　某某", "询问人：…"
    r"讯问人|询问人|"
    # a symposium's or a lecture's programme: "发表人：某某（某大学教授）", "主持人：…", "与谈人：…"
    r"发表人|主讲人|与谈人|评论人|主持人)[：:]"
    # a worker's role before the one who did the job, as a courier's or an office's record writes it, after a comma
    # too: "已收寄，揽投员：某某，电话：…", "收件员：某某", "接待员：某某"
    rf"|(?:^|(?<={GAP})|(?<=[，,；;]))[{CJK}]{{1,3}}员[：:]"
    r"|(?:^|(?<=[ \t\u3000（(]))(?:文|图|摄|图文|摄影)[/／]"
    # a form's place for a signature after whatever role or post signs there: "讯问人（签名） 某某、某某",
    # "所长（签字）：某某某"
    rf"|[（(](?:签名|签字)[）)](?:[：:]|(?={GAP}))"
    # an approval's signer after the opinion, set apart by a space: "某局意见：同意。　　某某　2017.11.8"
    rf"|意见[：:](?:拟同意|同意|不同意)[^\n]{{0,12}}?[。.]?(?={GAP})"
    # a printed form's label of the one who acts or is acted on, a blank after it and no colon, as a notice's or a
    # record's form lays its fields out: "批准人　某某　　执行人　某某、某某", "被通知人 某某（手印）"
    rf"|(?:^|(?<={GAP}))被?[{CJK}]{{2,3}}人(?={GAP})"
)


_LIST_ITEM_CHAR = r"[^、，,\s\u3000\n（）()【】\[\]]"
# an item of a list after a label: a two-character name spaced out to the width of three ("陈　晨", one space
# between a surname and one character, or two half-width ones as a form's blank aligns it, a separator after), or
# the characters between two separators
_LIST_ITEM_RE = re.compile(
    rf"[{t.HAN_SURNAMES}][ \u3000]{{1,2}}{_LIST_ITEM_CHAR}(?!{_LIST_ITEM_CHAR})|{_LIST_ITEM_CHAR}+"
)


# an author's label on a credits line that goes on to an editor's label ("作者：耿某某　责编：徐某"), or on to the
# date it was posted, as a firm's or an institute's article page writes its byline ("作者：周某　吴某　　发布日期：
# 2020-05-11"): a person's name there, where 作者 alone may name a medium or a platform
_CREDITED_AUTHOR_RE = re.compile(
    rf"(?m)(?:^|(?<={GAP}))作者[：:]"
    rf"(?=[^\n]*?{GAP}(?:责编|责任编辑|编辑|网编|审核|校对|发布日期|发布时间|发表日期|发表时间)[：:])"
)
# a post as a label at a line's start, its holder after the colon, as an encyclopaedia's or a directory's
# list of leaders writes it: "县委书记：周某某", "县人大常委会主任：王某"
# (several posts joined by 、 before the colon: "县委常委、副县长、公安局局长：某　某")
_POST_LABEL_RE = re.compile(rf"(?m)^(?:[{CJK}]{{1,12}}、){{0,3}}[{CJK}]{{0,12}}?(?:{CN_TITLES})[：:]")


def listed_after_label(page: int, text: str) -> list[Mention]:
    """The Han names of a list after a label at a line's start or after another label's list on its line
    ("编辑：周某　责任编辑：马某"), or after a post written as a label ("县委书记：周某某"), each item a name alone
    between the list's separators (an item with a title or a body in it is read by the other rules); not a
    known place or a frequent word."""
    out = []
    labels = (_LABEL_RE.finditer(text), _POST_LABEL_RE.finditer(text), _CREDITED_AUTHOR_RE.finditer(text))
    for m in itertools.chain(*labels):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        for item in _LIST_ITEM_RE.finditer(text, m.end(), line_end):
            name = re.sub(r"[ \u3000]", "", item.group(0))  # "陈　晨": the name without its space
            # "参加：和田、喀什": places; a frequent word, unless the dictionary knows it as a person's name ("李娜")
            known = name in gazetteer_cn()[1] or (frequent_word(name) and dictionary_tag(name) != "nr")
            transcribed = 3 <= len(name) <= 6 and all(c in TRANSLIT for c in name)  # "古丽米拉"
            named = is_han_name(name) or transcribed or _editors_pen_name(m.group(0), name)
            if m.group(0).startswith("作者") and known_word(name[:2]):
                continue  # "作者：石榴云": a platform whose name opens with a word (石榴), no surname
            if named and name[-1] not in NOT_GIVEN + LEVEL_CHARS and not known:
                out.append(Mention(page, item.start(), item.end(), item.group(0), name, t.PERSON, 4))
    return out


# an editor's label in a web page's credits, before a name alone: "网编：某某", "责编：某某"
_EDITOR_LABEL_RE = re.compile("(?:责编|责任编辑|编辑|网编|美编|校对|审校)[：:]$")
# what ends a medium's or a body's name rather than a person's: "编辑：天山网"
_MEDIUM_END = "网报台社部室处局"


def _editors_pen_name(label: str, name: str) -> bool:
    """A name of two or three Chinese characters alone after an editor's label, which editors sign with a pen
    or given name as often as with a full one ("网编：瑞哲"): a person, unless an ordinary word or a medium's
    or body's name."""
    chinese = 2 <= len(name) <= 3 and all(CJK_RE.match(c) for c in name)
    plain = not known_word(name) and name[-1] not in _MEDIUM_END
    return _EDITOR_LABEL_RE.search(label) is not None and chinese and plain


def led_names(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A surname and given name the segmenter split ("由陈全国接任" read as 陈 / 全国): a name after a
    preposition or a list word and before an act, "同志" or a year; a two-character one only when it is no
    ordinary word ("被关押在": a verb), a longer one not when the dictionary holds it as a word of another kind."""
    out = []
    for m in LED_NAME_RE.finditer(text):
        name, s = m.group("name"), m.start("name")
        word = tokens.word(s)
        if not is_han_name(name) or name[-1] in NOT_GIVEN + LEVEL_CHARS or (len(name) == 2 and known_word(name)):
            continue
        if _word_not_name(name):
            continue  # "对|党中央|和全国人民": a word the dictionary holds as a body, no name after the preposition
        if word is not None and word[0] == s and word[1] > s + len(name):
            continue  # the segmenter reads a longer word from here ("和田地区")
        if word is not None and word[0] < s and known_word(word[2]):
            continue  # the lead word is part of an ordinary word ("未及|时上报" read in 及时上报: "promptly")
        last = tokens.word(s + len(name) - 1)
        if last is not None and last[1] > s + len(name) and known_word(last[2]):
            continue  # the name's end cuts an ordinary word ("与文化|受到威胁": 受到, "to suffer")
        if _verb_then_verb(tokens, s, name):
            continue  # "被|查|落马": a verb after the passive's 被, then another, no name
        lead = tokens.word(m.start())
        if lead is not None and lead[0] < m.start() and known_word(lead[2]):
            continue  # the lead is the end of an ordinary word ("认同|和信任": 认同, "to approve"), no preposition
        out.append(Mention(page, s, s + len(name), name, name, t.PERSON, 4))
    return out


# the hazards a weather service's warning names before its colour grade, one or several joined by 、: "寒潮、霜冻、
# 沙尘暴黄色预警", "暴雪橙色预警信号"
_WARNED_HAZARDS_RE = re.compile(rf"(?:[{CJK}]{{1,4}}、)*[{CJK}]{{2,4}}(?=[蓝黄橙红]色(?:预警|警报))")


def warned_hazards(text: str) -> set[str]:
    """The hazards a page's graded warnings name ("沙尘暴黄色预警": a sandstorm, which the dictionary holds as a
    name, 沙 a surname): no person wherever the page names them, as in "局地伴有沙尘暴". Each item's endings
    stand for it, the words before it read on to it ("发布的|沙尘暴黄色预警")."""
    items = (item for m in _WARNED_HAZARDS_RE.finditer(text) for item in m.group(0).split("、"))
    return {item[k:] for item in items for k in range(len(item) - 1)}


def _verb_then_verb(tokens: Tokens, s: int, name: str) -> bool:
    """A surname the segmenter reads as a verb of one character, then a given name the dictionary holds as a
    verb ("直到被|查|落马": investigated and brought down): two acts, no name."""
    word = tokens.word(s)
    given = name[1:]
    surname_a_verb = word is not None and word[:2] == (s, s + 1) and word[3] == "v"
    return surname_a_verb and known_word(given) and dictionary_tag(given).startswith("v")


def _named_by_pattern(page: int, text: str, pattern: re.Pattern[str], ok: Callable[[str], bool]) -> list[Mention]:
    """The people a pattern's "name" group finds where the words around say it is a person, each name that
    ``ok`` accepts."""
    found = (m for m in pattern.finditer(text) if ok(m.group("name")))
    return [Mention(page, *m.span("name"), m.group("name"), m.group("name"), t.PERSON, 4) for m in found]


def _han_name_ok(name: str) -> bool:
    """Not an ordinary word in a Han name's place, nor a word ending in a character no given name ends in."""
    return not (known_word(name) or frequent_word(name) or name[-1] in NOT_GIVEN + LEVEL_CHARS)


# a name before "同志" (comrade) at a clause's start, as official notices write it: "决定，李建新同志任…"
_COMRADE_RE = re.compile(rf"(?:^|(?<=[，。、：；！？\n（(“]))(?P<name>{HAN_NAME})同志")


def comrade_names(page: int, text: str) -> list[Mention]:
    """A person named before "同志" at a clause's start ("李建新同志任第三师党委书记"), where the segmenter may
    split the name (李|建新); not an ordinary word before it ("广大同志": the comrades at large)."""
    return _named_by_pattern(page, text, _COMRADE_RE, _han_name_ok)


# a clause's start: the text's or a line's, or after a stop, a comma or a colon
_CLAUSE_START = r"(?:^|(?<=[，。：；！？\n]))"


# a speaker named with the title between surname and given name, as the records of Taiwan's legislature and of its
# councils write each turn and their chair ("吴部长钊燮：", "范委员云：（9时41分）", "郑副署长正雄：", "主　　席　王召集
# 委员定宇"): at a line's start or after a label's gap, the colon of the turn or the line's end after it
_SPLIT_TITLE = (
    rf"(?P<surname>[{t.HAN_SURNAMES}])"
    r"(?P<title>召集委员|(?:副|代理)?(?:主任委员|委员|部长|次长|局长|署长|处长|司长|主委|院长|秘书长|主席|议员|市长|县长|议长))"
    rf"(?P<given>[{CJK}]{{1,2}})"
)
_SPLIT_BY_TITLE_RE = re.compile(rf"(?m)(?:^|(?<={GAP})){_SPLIT_TITLE}(?=[：:]|{GAP}*$)")
# the same form anywhere else, where the page names the person whole as well: "附录二　马委员文君书面质询", with 马文君
# among the members present
_SPLIT_BY_TITLE_ANYWHERE_RE = re.compile(_SPLIT_TITLE)
# what follows a surname and a title at a turn's start that is said, not a given name: "王主任说：", "李局长答："
_SAID_AFTER_TITLE = "说讲问答称道曰"


@functools.lru_cache(maxsize=1024)
def _named_whole(text: str, name: str) -> bool:
    """Whether the page names a person whole, the name's characters perhaps set apart by gaps and no character of a
    longer word glued to it; asked once a name, however often a title splits it ("…纪律检查委员会…" on every page of a
    discipline body's notices)."""
    return re.search(rf"(?<![{CJK}]){name[0]}{GAP}*{name[1:]}(?![{CJK}])", text) is not None


def names_split_by_title(page: int, text: str) -> list[Mention]:
    """A person named surname, title, given name at a turn's start ("吴部长钊燮：", ``_SPLIT_BY_TITLE_RE``): the
    surname and the given name, the title between them read out ("吴钊燮"); not a word of speech or any other
    word the dictionary holds in the given name's place ("王部长指出："), unless the page names the person whole
    elsewhere (a given name the dictionary holds as a word: 正雄 of "郑副署长正雄", with 郑正雄 in the list of
    officials present)."""
    out = []
    for m in _SPLIT_BY_TITLE_RE.finditer(text):
        given = m.group("given")
        name = m.group("surname") + given
        if given[0] in _SAID_AFTER_TITLE or given[-1] in NOT_GIVEN + LEVEL_CHARS:
            continue
        if _word_not_name(given) and not re.search(f"{name[0]}{GAP}*{name[1:]}", text):
            continue
        out.append(Mention(page, m.start("surname"), m.end("given"), m.group(0), name, t.PERSON, 6))
    taken = {m.start for m in out}
    for m in _SPLIT_BY_TITLE_ANYWHERE_RE.finditer(text):
        for given in (m.group("given"), m.group("given")[:1]):  # "马委员文君书面": the given name is 文君, not 文君书
            name = m.group("surname") + given
            if m.start() not in taken and _named_whole(text, name):
                end = m.start("given") + len(given)
                out.append(Mention(page, m.start(), end, text[m.start() : end], name, t.PERSON, 6))
                taken.add(m.start())
    return out


# a record's row of those present or absent, names set apart by gaps after the label, a two-character name padded
# to the width of three with a gap inside ("出席委员　王定宇　范　云　林昶佐", "列席　李　强　周海涛")
_ATTENDANCE_ROW_RE = re.compile(
    rf"(?m)^{GAP}*(?:出席|列席|缺席|请假)(?:委员|人员|代表|议员|成员)?(?:{GAP}+|[：:]{GAP}*)(?P<row>[^\n：:，。；]+)$"
)


def names_in_attendance_row(page: int, text: str) -> list[Mention]:
    """Each name of a row of those present (``_ATTENDANCE_ROW_RE``): a Han name between gaps, and two single
    characters in a row, a surname and a given name spaced apart ("范　云"), as one name without its gap."""
    out = []
    for row in _ATTENDANCE_ROW_RE.finditer(text):
        items = [(m.start(), m.end(), m.group(0)) for m in re.finditer(rf"[^\s{GAP[1:-1]}]+", row.group("row"))]
        base, k = row.start("row"), 0
        while k < len(items):
            s, e, word = items[k]
            if len(word) == 1 and k + 1 < len(items) and len(items[k + 1][2]) == 1:
                e, word = items[k + 1][1], word + items[k + 1][2]
                k += 1
            k += 1
            if is_han_name(word) and not known_word(word):
                out.append(Mention(page, base + s, base + e, text[base + s : base + e], word, t.PERSON, 6))
    return out


# a post held, then 的 and its holder's name, the clause or a verb right after: "曾任自治区党委书记的陈某某。",
# "时任县委书记的王某某表示" (who held the post, named after it)
_HOLDER_AFTER_POST_RE = re.compile(
    rf"(?:时任|曾任|现任|原任|担任)[^，。；！？\n的]{{0,24}}?(?:{CN_TITLES})的(?P<name>{HAN_NAME})"
    r"(?=[，。；！？、\n（(）)]|$|表示|说|称|指出|曾|被|也|则)"
)


def holders_after_post(page: int, text: str) -> list[Mention]:
    """A Han name after a post held and 的 ("曾任自治区党委书记的陈某某"), which the segmenter may split (陈|全国):
    the post says the name is its holder's; not an ordinary word in its place."""
    return _named_by_pattern(page, text, _HOLDER_AFTER_POST_RE, _han_name_ok)


# people listed before "同志" (comrades) at a clause's start: "李某、王某某、阿某·某某等同志出席会议"
_COMRADES_LISTED_RE = re.compile(rf"{_CLAUSE_START}(?P<run>[{CJK}{DOTS}]{{2,12}}(?:、[{CJK}{DOTS}]{{2,12}})+)等?同志")


def comrades_listed(page: int, text: str) -> list[Mention]:
    """Each Han name in a list that "(等)同志" closes ("常某某、尚某某、荣某某等同志出席"): the word for comrades
    says the list is of people, so a name the segmenter reads as a word of its dictionary is one too (高峰,
    时新华); not an ordinary word there ("文静", quiet), nor a word ending in a character no given name ends in."""
    out = []
    for m in _COMRADES_LISTED_RE.finditer(text):
        pos = m.start("run")
        for item in m.group("run").split("、"):
            if _listed_name_ok(item):
                out.append(Mention(page, pos, pos + len(item), item, item, t.PERSON, 4))
            pos += len(item) + 1
    return out


# a person first in a clause who speaks, with their post between or none: "王某某表示，…", "陈某某局长指出，…"
_SPEAKER_RE = re.compile(rf"{_CLAUSE_START}(?P<name>{HAN_NAME})(?:{CN_TITLES})?(?=(?:表示|指出|强调|说|称)[，,：:“])")


def speakers_at_clause_start(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A Han name at a clause's start before an act of speech and the words spoken ("乐天宇表示，…"), which the
    segmenter may read as words of other kinds (乐|天宇, 常青|松): the act vouches for a name that is also a
    frequent name in its dictionary (王明, 高峰); not a word it holds of another kind ("文件指出", "韩方表示"),
    nor an ordinary word after a surname's character ("全|覆盖") or before a character ("方志|馆")."""
    out = []
    for m in _SPEAKER_RE.finditer(text):
        s, e = m.span("name")
        first = tokens.word(s)
        opens_with_word = first is not None and _word_not_name(first[2]) and s < first[1] - 1 < e - 1
        if e in tokens.starts and not opens_with_word and _speaker_name_ok(m.group("name")):
            out.append(Mention(page, s, e, m.group("name"), m.group("name"), t.PERSON, 4))
    return out


# a Han name before a courtesy title at a clause's or a numbered paragraph's start, the speaker's state or role in
# brackets after it, then the act of speech, as a meeting's summary record writes its speakers: "2.　王某某先生（中国）
# 说，", "周某女士补充说"
_COURTESY_SPEAKER_RE = re.compile(
    rf"(?:^|(?<=[，。：；！？\n \t\u3000]))(?P<name>{HAN_NAME})(?:先生|女士)(?:[（(][^（）()\n]{{1,16}}[）)])?"
    r"(?=(?:补充|回答时|答复时)?(?:表示|指出|强调|说|称|回答|答复|介绍))"
)


def courtesy_speakers(page: int, text: str) -> list[Mention]:
    """A Han name before 先生 or 女士 and an act of speech ("王联合先生（中国）说"): the courtesy title says a person
    is named, so a given name the dictionary holds as an ordinary word (联合, "joint") is one too; not a word of
    another kind in the name's place, nor a word ending in a character no given name ends in."""
    return _named_by_pattern(page, text, _COURTESY_SPEAKER_RE, _listed_name_ok)


# a courtesy title closing what a rule read as a name: "主席：　某某尔先生" names 某某尔; "联系人：王小姐" names no one,
# a surname and a title alone
_COURTESY_END_RE = re.compile("(?:先生|女士|小姐|夫人|太太)$")


def without_courtesy_title(m: Mention) -> Mention | None:
    """A person's mention without a courtesy title at its end, or none where only a surname is left before it."""
    if m.type != t.PERSON or (title := _COURTESY_END_RE.search(m.name)) is None:
        return m
    name = m.name[: title.start()]
    if len(name) < 2 or (len(name) == 2 and name in t.HAN_COMPOUND_SURNAMES):
        return None
    end = m.start + len(m.text.rstrip()) - len(title.group(0))
    return dataclasses.replace(m, end=end, text=m.text[: end - m.start], name=name)


def _word_not_name(word: str) -> bool:
    """A word the dictionary holds as something other than a name ("方志", "任务"; not 白玉, 欧阳)."""
    return known_word(word) and not dictionary_tag(word).startswith("nr") and word not in t.HAN_COMPOUND_SURNAMES


def _speaker_name_ok(name: str) -> bool:
    compound = next((c for c in t.HAN_COMPOUND_SURNAMES if name.startswith(c)), "")
    given = name[len(compound) or 1 :]
    if not given or name[-1] in NOT_GIVEN + LEVEL_CHARS:
        return False
    if _word_not_name(name):
        return False
    return len(given) < 2 or not (frequent_word(given) and not dictionary_tag(given).startswith("nr"))


# a person first in a clause, in the forms of official profiles and appointments: "陈某某，男，汉族，…",
# "决定，陈某某任某某省副省长", "陈某某今年61岁" (a segmenter may part the name: 陈|全国); a numbered entry
# opens a clause too ("二、陈某某，男，…", "3.陈某某，女，…", "（四）陈某某，男，…")
_PROFILED_RE = re.compile(
    rf"(?:^|(?<=[，。；：\n])|(?<=[一二三四五六七八九十\d][、.．])|(?<=[一二三四五六七八九十\d][)）]))(?P<name>{HAN_NAME})"
    rf"(?:，[男女]，|今年\d{{1,3}}岁|任(?=[^，。；\n]{{1,30}}?(?:{CN_TITLES})(?:[、，。；\n]|$)))"
)


# what follows a name that opens an author's or a speaker's note at a line's start: a comma, then the person's
# unit and post, the post closing the clause ("某某，某某律师事务所合伙人，…", "某某，某某大学教授。")
_POST_AFTER_COMMA = rf"，[^，。；\n]{{2,30}}?(?:{CN_TITLES}|合伙人)(?:[，。；]|$)"
_NOTE_OPENING_RE = re.compile(rf"(?m)^(?P<name>{HAN_NAME})(?={_POST_AFTER_COMMA})")


def profiled_names(page: int, text: str) -> list[Mention]:
    """A person named first in a profile's or an appointment's clause ("陈某某，男，汉族", "决定，陈某某任…副
    省长", "陈某某今年61岁"), or first on a line before the unit and post that a note on the authors or the
    speakers gives after a comma ("某某，某某律师事务所律师。"), where the segmenter may read the given name as
    an ordinary word (全国, 启明); not an ordinary word in the name's place ("会议，男，…"), as before 同志."""
    found = _named_by_pattern(page, text, _PROFILED_RE, _han_name_ok)
    found += _named_by_pattern(page, text, _NOTE_OPENING_RE, _han_name_ok)
    return [kept for m in found if (kept := _without_verb_before_post(text, m)) is not None]


# a name opening a list's item with the person's post in brackets after it, or the sex before the post, as lists of
# people commended, appointed or present write them: "县教育局：李某（女，副局长）、王某（教师）", "、张某某（某某
# 派出所所长）"; the post ends in a title or in 长, any head ("科长", "大队长"), or the bracket opens with the sex
_BRACKETED_POST_RE = re.compile(
    rf"(?:^|(?<=[：:、，,；;\n\t\u3000]))(?P<name>{HAN_NAME})"
    rf"(?=[（(](?:[男女][，,、][^（）()\n]{{0,24}}|[^（）()\n，,]{{0,20}}?(?:{CN_TITLES}|长))[）)])"
)


def names_before_bracketed_posts(page: int, text: str) -> list[Mention]:
    """A Han name at a list item's start before the person's post (or sex) in brackets ("李某（女，副局长）"):
    the bracket says a person is named, so a name the segmenter holds as a frequent word is one too (李娜,
    孙立新); not an ordinary word of another kind there, nor a word ending in a character no given name ends in."""
    found = (m for m in _BRACKETED_POST_RE.finditer(text) if _listed_name_ok(m.group("name")))
    return [Mention(page, *m.span("name"), m.group("name"), m.group("name"), t.PERSON, 4) for m in found]


def _listed_name_ok(name: str) -> bool:
    """Whether a list's item is a Han name: no word of another kind, no last character a given name never ends in."""
    return is_han_name(name) and not _word_not_name(name) and name[-1] not in NOT_GIVEN + LEVEL_CHARS


def _without_verb_before_post(text: str, m: Mention) -> Mention | None:
    """A guess before 任 whose last character makes with 任 a verb the dictionary holds: of two characters
    ("，曾兼任某协会副主席", "，曾担任…") it leaves one, an adverb ("once"), no name; of three ("2003年，田文|转任…
    书记": 转任, 调任, 升任, "was moved to") it is a two-character name before that verb; so too before the verbs
    of holding posts the dictionary tags as nouns ("，曾历任…厅长": 历任, "held in turn")."""
    verb = text[m.end - 1 : m.end + 1]
    if len(m.name) not in (2, 3) or not (dictionary_tag(verb).startswith("v") or verb in _POSTS_HELD):
        return m
    if len(m.name) == 2:
        return None
    return Mention(m.page, m.start, m.end - 1, m.name[:2], m.name[:2], t.PERSON, m.priority)


# verbs of holding posts, "held in turn", "now holds", which the dictionary tags as nouns
_POSTS_HELD = ("历任", "现任")


# an appointment or a removal, then the person's name: "任命某某为厅长", "免去某某（的）市委书记职务"
APPOINTED_RE = re.compile(rf"(?:任命|免去|提名|聘任|推选|选举)(?P<name>{HAN_NAME})")


_APPOINTED_CLAUSE_RE = re.compile(r"(?:为|的|同志)|[^，。；,;\n]{0,30}?职务")
# a resignation accepted or an acting post given, as a personnel decision words it, the name before the verb:
# "关于接受某某辞去……职务的决定", "关于某某代理……主任的决定"
_STEPPING_VERBS = "辞去|辞职|代理"
STEPPING_RE = re.compile(rf"(?:接受|同意|关于|决定)(?P<name>{HAN_NAME})(?={_STEPPING_VERBS})")
_STEPPING_VERB_RE = re.compile(_STEPPING_VERBS)


# a part's number in Chinese numerals at a line's start: "一、", "（二）"
_PART_NUMBER = r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])"
# a list of appointments or removals under a heading that names the act once, as a congress's standing committee
# posts them ("一、决定任命：", "四、免去：", "批准任命："), one person a line: "某某为……；", "某某的……职务；"
_APPOINTMENT_HEADING_RE = re.compile(
    rf"(?m)^[ \t\u3000]*{_PART_NUMBER}?(?:决定|批准|提请)?(?:任命|免去|免职|聘任|任免)[：:]{GAP}*$"
)
# a line that opens the next part of such a list, a number before it: "五、批准任命："
_NUMBERED_PART_RE = re.compile(rf"[ \t\u3000]*{_PART_NUMBER}")
_NAME_AT_RE = re.compile(HAN_NAME)


def _appointment_lines(text: str) -> Iterable[int]:
    """The start of each line of an appointment list under its heading (``_APPOINTMENT_HEADING_RE``), up to a
    blank line or the list's next numbered part."""
    for heading in _APPOINTMENT_HEADING_RE.finditer(text):
        start = heading.end() + 1
        while start < len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if not text[start:end].strip() or _NUMBERED_PART_RE.match(text, start):
                break
            yield start
            start = end + 1


def appointed_names(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A person appointed or removed ("决定任命某某为……", "免去某某原……职务"): the name after the verb, as
    long as the segmenter's words allow (two characters or three), where the clause names a post ("为……",
    "……职务"); so too a person whose resignation is accepted or who is made acting holder of a post, the name
    before the verb ("接受某某辞去……职务", "关于某某代理……主任的决定"), and a person at a line's start in a list
    under a heading that names the act (``_appointment_lines``: "免去：⏎某某某的……职务；")."""
    out = []
    for pattern, clause in ((APPOINTED_RE, _APPOINTED_CLAUSE_RE), (STEPPING_RE, _STEPPING_VERB_RE)):
        for m in pattern.finditer(text):
            out.extend(_appointed_at(page, text, tokens, m.start("name"), m.end("name"), clause))
    for start in _appointment_lines(text):
        name = _NAME_AT_RE.match(text, start)
        if name is not None:
            out.extend(_appointed_at(page, text, tokens, start, name.end(), _APPOINTED_CLAUSE_RE))
    return out


def _appointed_at(page: int, text: str, tokens: Tokens, s: int, limit: int, clause: re.Pattern[str]) -> list[Mention]:
    """The name of two or three characters from ``s`` (to ``limit`` at most) whose end the segmenter's words
    allow, when ``clause`` follows it."""
    for end in (s + 4, s + 3, s + 2):
        if end > limit or end not in tokens.starts or text[end - 1] in NOT_GIVEN + LEVEL_CHARS:
            continue
        name = text[s:end]
        if is_han_name(name) and not known_word(name) and clause.match(text, end):
            return [Mention(page, s, end, name, name, t.PERSON, 4)]
        return []
    return []


# who a person is before their name: "村民马某某需要……", "牧民张某某说", "退休职工卜某某眼里"
_PEOPLE_NOUNS_RE = re.compile(
    "居民|村民|牧民|农民|商人|教师|学生|医生|妇女|男子|女子|老人|青年|职工|工人|市民|读者|网友|干部|民警"
)


_FULL_NAME = 3


def han_names_after_noun(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A Han name of three characters after a noun for a person ("村民马世某需要联系"), which the segmenter
    splits into words of other kinds: where the words allow a name there and its given name is no frequent
    word ("村民代表大会", "村民高度评价": no name)."""
    out = []
    for m in _PEOPLE_NOUNS_RE.finditer(text):
        s, end = m.end(), m.end() + _FULL_NAME
        name = text[s:end]
        if not (is_han_name(name) and s in tokens.starts and end in tokens.starts and CJK_RE.match(name[-1])):
            continue
        if known_word(name) or frequent_word(name[1:]) or name[-1] in NOT_GIVEN + LEVEL_CHARS:
            continue
        out.append(Mention(page, s, end, name, name, t.PERSON, 4))
    return out


# a department of a hospital or an office (外科, 骨科, 宣传科) and a name after it, before the list goes on
# or the person acts: "泌尿外科范欣荣、骨科范彧将赴…" (the urology department's Fan Xinrong)
DEPARTMENT_NAME_RE = re.compile(rf"(?<=[{CJK}]科)(?P<name>{HAN_NAME}?)(?=[、，,和及与]|将|等|表示|说|介绍)")


def names_after_department(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A name after the department a person works in, which the segmenter splits into words of other
    kinds (范|欣荣, 留|永健): where the words allow a name there and it is no word the dictionary holds
    ("本科学历、": a degree)."""
    out = []
    for m in DEPARTMENT_NAME_RE.finditer(text):
        s, e = m.span("name")
        name = m.group("name")
        given_word = len(name) == _FULL_NAME and frequent_word(name[1:])
        if s not in tokens.starts or e not in tokens.starts or known_word(name) or given_word:
            continue
        if name[-1] in NOT_GIVEN + LEVEL_CHARS:
            continue
        out.append(Mention(page, s, e, name, name, t.PERSON, 4))
    return out


# a courtesy title after a transcribed name: "蓬佩奥先生" (Mr Pompeo), "某某女士"
_COURTESY_RE = re.compile("先生|女士|夫人")


_ADDRESSED_MIN = 3


def addressed_names(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A transcribed name of three characters or more before a courtesy title ("我要提醒蓬佩奥先生"), read back
    over transcription characters to the start of a word; "这位先生" names no one."""
    out = []
    for m in _COURTESY_RE.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in TRANSLIT and m.start() - start < SEGMENT_MAX:
            start -= 1
        while start < m.start() and start not in tokens.starts:
            start += 1
        if m.start() - start >= _ADDRESSED_MIN and m.start() in tokens.starts:
            name = text[start : m.start()]
            out.append(Mention(page, start, m.start(), name, name, t.PERSON, 4))
    return out


# a relative, then the relative's name and what happened to them or what they said: "丈夫赵某某被带走"
KIN = (
    "妻子|丈夫|父亲|母亲|儿子|女儿|哥哥|弟弟|姐姐|妹妹|兄长|胞兄|胞弟|侄子|遗孀|前妻|其妻|其夫"
    "|其子|其女|长子|次子|长女|次女|其父|其母|其兄|其弟|其姐|其妹"
    "|嫂子|姐夫|妹夫|弟媳|叔叔|伯父|舅舅|姑姑|姑妈|姨妈|舅妈|婶婶|侄女|外甥|孙子|孙女|表哥|表姐|表弟|表妹|堂兄|堂弟"
    "|媳妇|儿媳|女婿|外孙|祖父|祖母|爷爷|奶奶|外公|外婆|岳父|岳母"
    # people close by, named the same way: "邻居热依汗古丽也在工厂务工", "同事王某某表示"
    "|邻居|同事|同学|朋友|室友|狱友"
)


KIN_RE = re.compile(KIN)


KIN_NAME_RE = re.compile(rf"(?:{KIN})(?P<name>{HAN_NAME}?)(?=被|的|表示|称|说|在|曾|已|也|于\d|[，。、]|\d{{4}}年)")


# a two-character name a judgment's signature block spaces out to the width of three ("审判员  王  刚"), as
# does a photograph's credit ("新华社记者 赵 戈 摄", or on a line of its own under the photograph: "赵 戈摄")
# or a post before its holder in a list of those present ("派出所所长王　涛，以及…"); a name a paper's layout spaced out
# with one full-width space is its holder's even where a verb follows at once ("局长周　某介绍"), where the name
# follows its post at once (words set apart by spaces on both sides are a layout's: "主任　王　小组讨论")
SPACED_NAME_RE = re.compile(
    rf"(?:(?:{CN_ROLE_RE.pattern})[：:]?{GAP}*|(?:{CN_TITLES}){GAP}*)(?P<surname>[{t.HAN_SURNAMES}]){GAP}+(?P<given>[{CJK}])"
    rf"(?:(?![{CJK}])|(?<=[{t.HAN_SURNAMES}]\u3000[{CJK}])(?<![ \t\u3000][{t.HAN_SURNAMES}]\u3000[{CJK}]))"
    rf"|(?:记者{GAP}+|(?:^|(?<=\n)){GAP}*)(?P<csurname>[{t.HAN_SURNAMES}]){GAP}+(?P<cgiven>[{CJK}]){GAP}*(?=摄(?![{CJK}]))"
)


# a reporter's name alone in brackets before 报道 ("（林某同报道）"), the story's byline
BRACKET_BYLINE_RE = re.compile(rf"[（(](?P<name>{HAN_NAME}?)(?:报道|报导)[)）]")


# the next names of a byline, each set apart by a space, up to its closing bracket: "（记者 李某 关某某）"
# a byline's names after its first, set apart by a space or "、", a Han name or a transcribed one
# ("（记者 孙某 吴某）", "（记者 白某、阿依努尔）")
_TRANSLIT_CLASS = "".join(sorted(TRANSLIT))


_BYLINE_NAME = rf"(?:{HAN_NAME}?|[{_TRANSLIT_CLASS}]{{2,6}}(?:·[{_TRANSLIT_CLASS}]{{2,6}})?)"


# a transcribed name written without its dot before "同志", after an appointment's verb or at a clause's start:
# "任命阿依古丽托合提同志为……" (the dot left out; the dotted form is read by ``dot_names``)
_TRANSCRIBED_COMRADE_RE = re.compile(
    rf"(?:^|(?<=[，。、：；！？\n（(“])|(?<=任命|免去|提名|聘任))(?P<name>[{_TRANSLIT_CLASS}]{{4,12}})同志", re.M
)


def transcribed_comrades(page: int, text: str) -> list[Mention]:
    """A transcribed name run together without its dot before "同志" ("免去热依拉买买提同志的……职务"): a person,
    named as written."""
    return _named_by_pattern(page, text, _TRANSCRIBED_COMRADE_RE, lambda name: not known_word(name))


# transcribed names written without their dots, listed with 、 and 和 before a count of people: "同村的
# 阿布来提、买买提江和吐尔逊托合提三人"
_TRANSCRIBED_LIST_RE = re.compile(
    rf"(?<![{_TRANSLIT_CLASS}])(?P<names>[{_TRANSLIT_CLASS}]{{3,12}}(?:[、和及][{_TRANSLIT_CLASS}]{{3,12}})+)"
    r"等?(?:[一二三四五六七八九十两]|\d{1,3})[人名]"
)


def transcribed_list(page: int, text: str) -> list[Mention]:
    """Transcribed names run together without their dots in a list that a count of people closes ("……和
    吐尔逊托合提三人"): each is a person, unless one is an ordinary word or a known place or body (then the
    list is of no people: "库尔勒、阿克苏和哈密三名")."""
    out = []
    for m in _TRANSCRIBED_LIST_RE.finditer(text):
        names = re.split("[、和及]", m.group("names"))
        if any(known_word(n) or dictionary_tag(n) in ("ns", "nt") for n in names):
            continue
        pos = m.start("names")
        for name in names:
            out.append(Mention(page, pos, pos + len(name), name, name, t.PERSON, 4))
            pos += len(name) + 1
    return out


# a transcribed name written without its dots, alone before what a person does or is: a verb of saying
# ("学员米娜瓦尔说"), an age ("阿依古丽今年32岁") or 等 and a count of people ("古丽娜尔等12名学员")
_TRANSCRIBED_ACTING_RE = re.compile(
    rf"(?<![{_TRANSLIT_CLASS}])(?P<name>[{_TRANSLIT_CLASS}]{{3,8}})"
    r"(?=说|表示|告诉|介绍|回忆|今年\d{1,3}岁|等(?:[一二三四五六七八九十两]+|\d{1,4})[人名])"
)


# a dotted name's first part: "努尔江·叶尔肯" gives 努尔江
_DOTTED_FIRST_RE = re.compile(rf"(?<![{_TRANSLIT_CLASS}])([{_TRANSLIT_CLASS}]{{3,8}})[{DOTS}]")


def transcribed_acting(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A transcribed name written alone, without dots, before a verb of saying, an age or a count of the
    people it heads: a person, when the segmenter's words start where it does and it is no ordinary word,
    known place or body ("阿克苏说" is no one). A first part of a dotted name on the page is left to the rule
    that reads a given name alone as the full name met before (``given_names_alone``)."""
    out: list[Mention] = []
    dotted_firsts: set[str] | None = None
    for m in _TRANSCRIBED_ACTING_RE.finditer(text):
        name, words = m.group("name"), tokens.within(m.start(), m.end())
        if not _whole_name_words(words, m.start()) or dictionary_tag(name) in ("ns", "nt"):
            continue
        if dotted_firsts is None:
            dotted_firsts = {d.group(1) for d in _DOTTED_FIRST_RE.finditer(text)}
        if name in dotted_firsts:
            continue
        if _ordinary_word(name):
            continue
        if any(w[2] in gazetteer_cn()[1] for w in words):
            continue  # "阿克苏|地区说": a place the gazetteer knows
        out.append(Mention.whole(page, m, t.PERSON, 4))  # the name is all the pattern matched
    return out


def _whole_name_words(words: list[tuple[int, int, str, str]], start: int) -> bool:
    """Whether the segmenter's words start where the span does (its last syllable may open the verb's word:
    "帕孜莱|提说") and the first is no ordinary word the dictionary holds ("明年|再说", "多年来|都说", "外地|都说":
    time and place words, no name)."""
    if not words or words[0][0] != start:
        return False
    first = words[0][2]
    return len(first) < 2 or not known_word(first) or dictionary_tag(first).startswith("nr")


# transcribed names written without dots as all that follows 是 or 叫 up to a stop, alone or joined by a
# conjunction: "被带走的人是阿不来提和买买提江。", "另一个叫吐尔逊。"
_TRANSCRIBED_COMPLEMENT_RE = re.compile(
    rf"(?<=[是叫])(?P<names>[{_TRANSLIT_CLASS}]{{3,8}}(?:[和与及、][{_TRANSLIT_CLASS}]{{3,8}})*)(?=[，。；！？,;：:\n]|$)"
)


def transcribed_complements(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """Transcribed names that are the whole complement of 是 or 叫 ("他们是阿不来提与买买提江。"): each a person,
    where the segmenter's words start where the names do, unless one is an ordinary word or a known place or
    body (then the clause names no one: "这里是阿克苏。")."""
    out = []
    index = gazetteer_cn()[1]
    for m in _TRANSCRIBED_COMPLEMENT_RE.finditer(text):
        first = tokens.word(m.start())
        if first is None or first[0] != m.start():
            continue
        names = re.split("[和与及、]", m.group("names"))
        if any(_ordinary_or_known(n, index) for n in names):
            continue
        pos = m.start("names")
        for name in names:
            out.append(Mention(page, pos, pos + len(name), name, name, t.PERSON, 4))
            pos += len(name) + 1
    return out


# a transcribed name opening a line before a colon and what follows it: an essay's or a talk's title after its
# author ("某某某：我的……"), a transcript's speaker
_TRANSCRIBED_HEADING_RE = re.compile(rf"(?m)^(?P<name>[{_TRANSLIT_CLASS}]{{3,8}})[：:](?=[{CJK}“「])")


def transcribed_headings(page: int, text: str) -> list[Mention]:
    """A transcribed name written alone at a line's start before a colon ("伊某哈木：我的道路"): the person who
    writes or speaks, unless the word is an ordinary one or a place or body known to the dictionary or the
    gazetteer ("阿克苏：……" heads a place's news)."""
    index = gazetteer_cn()[1]
    out = []
    for m in _TRANSCRIBED_HEADING_RE.finditer(text):
        name = m.group("name")
        if not _ordinary_or_known(name, index):
            out.append(Mention(page, m.start(), m.end("name"), name, name, t.PERSON, 4))
    return out


def _ordinary_word(word: str) -> bool:
    """A word the dictionary holds, and not as a name."""
    return known_word(word) and not dictionary_tag(word).startswith("nr")


def _ordinary_or_known(word: str, index: dict[str, t.GazetteerEntry]) -> bool:
    """A word the dictionary holds as no name, or a place or body the dictionary or the gazetteer knows."""
    return _ordinary_word(word) or dictionary_tag(word) in ("ns", "nt") or word in index


# a transcribed name written without dots right before a conjunction or 、 that a dotted name follows
_UNDOTTED_BEFORE_RE = re.compile(rf"(?<![{_TRANSLIT_CLASS}])[{_TRANSLIT_CLASS}]{{3,12}}$")


def transcribed_before_dotted(page: int, text: str, dotted: list[Mention]) -> list[Mention]:
    """A transcribed name written without its dots, listed with 和, 与, 及 or 、 right before a dotted name
    ("阿依古丽和米娜瓦尔·阿不都"): a person too, unless it is an ordinary word or a known place or body."""
    out = []
    for m in dotted:
        if m.start < 4 or text[m.start - 1] not in "和与及、":
            continue
        run = _UNDOTTED_BEFORE_RE.search(text, max(0, m.start - 13), m.start - 1)
        if run is None:
            continue
        name = run.group(0)
        if known_word(name) or dictionary_tag(name) in ("ns", "nt"):
            continue
        out.append(Mention(page, run.start(), run.end(), name, name, t.PERSON, 4))
    return out


# a transcribed name written without its dots right after a list's conjunction: "…·卡德尔和帕提古丽两户"
_UNDOTTED_AFTER_RE = re.compile(rf"[{_TRANSLIT_CLASS}]{{3,8}}(?![{_TRANSLIT_CLASS}{DOTS}])")


def transcribed_after_dotted(page: int, text: str, tokens: Tokens, dotted: list[Mention]) -> list[Mention]:
    """A transcribed name written without its dots, listed with 和, 与, 及 or 、 right after a dotted name
    ("阿不都·艾力和古丽娜尔在场"): a person too, cut before a function word it runs into, unless it is an
    ordinary word or a known place or body."""
    out = []
    for m in dotted:
        if text[m.end : m.end + 1] not in ("和", "与", "及", "、"):
            continue
        run = _UNDOTTED_AFTER_RE.match(text, m.end + 1)
        if run is None:
            continue
        end = _list_item_end(tokens, run.start(), run.end())
        name = text[run.start() : end]
        if len(name) < 3 or known_word(name) or dictionary_tag(name) in ("ns", "nt"):
            continue
        out.append(Mention(page, run.start(), end, name, name, t.PERSON, 4))
    return out


_TRANSCRIBED_WHOLE_RE = re.compile(rf"[{_TRANSLIT_CLASS}]{{3,8}}")


def transcribed_after_transcribed(page: int, text: str, tokens: Tokens, found: list[Mention]) -> list[Mention]:
    """A transcribed name listed right after another one that a title or a verb made a person, neither with
    dots ("议员比蒂科弗、格卢克斯曼，", "学者莫里斯和霍夫曼认为"): a person too, as after a dotted name."""
    people = [m for m in found if m.type == t.PERSON and _TRANSCRIBED_WHOLE_RE.fullmatch(m.name)]
    return transcribed_after_dotted(page, text, tokens, people)


# three transcribed names or more written without their dots, listed with 、 and 和 and no count after them:
# "同村的古丽米热、买买提江和艾尼瓦尔都来自墨玉县"
_TRANSCRIBED_RUN_LIST_RE = re.compile(
    rf"(?<![{_TRANSLIT_CLASS}])[{_TRANSLIT_CLASS}]{{3,8}}(?:[、和及][{_TRANSLIT_CLASS}]{{3,8}}){{2,}}"
)


def _list_item_end(tokens: Tokens, start: int, end: int) -> int:
    """Where a list's last item ends: before the first word from ``start`` that is one character of a
    function word (an adverb, a preposition, a conjunction, a particle or a pronoun: "艾尼瓦尔|都|来自") or that
    runs past ``end``."""
    pos = start
    while pos < end and (word := tokens.word(pos)) is not None and word[1] <= end:
        if len(word[2]) == 1 and word[3].startswith(("d", "p", "c", "u", "r")):
            break
        pos = word[1]
    return pos


def transcribed_names_listed(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """Three transcribed names or more run together without their dots in a list with 、 and 和 ("古丽米热、
    买买提江和艾尼瓦尔都来自"): each is a person, the last cut before a function word the run reads on into;
    unless one is an ordinary word or a known place or body (then the list is of no people: "阿拉木图、塔什干和
    比什凯克")."""
    index = gazetteer_cn()[1]
    out: list[Mention] = []
    for m in _TRANSCRIBED_RUN_LIST_RE.finditer(text):
        spans: list[tuple[int, int]] = []
        pos = m.start()
        for item in re.split("[、和及]", m.group(0)):
            spans.append((pos, pos + len(item)))
            pos += len(item) + 1
        last_start, last_end = spans[-1]
        spans[-1] = (last_start, _list_item_end(tokens, last_start, last_end))
        names = [text[s:e] for s, e in spans]
        if any(len(n) < 3 or known_word(n) or dictionary_tag(n) in ("ns", "nt") or n in index for n in names):
            continue
        out.extend(Mention(page, s, e, text[s:e], text[s:e], t.PERSON, 4) for s, e in spans)
    return out


# an undotted transcribed name between two dotted names of a list: "证人买买提·吐尔地、阿依努尔和热合曼江·艾力"
_UNDOTTED_BETWEEN_DOTTED_RE = re.compile(
    rf"[{_TRANSLIT_CLASS}]{{2,8}}[{DOTS}][{_TRANSLIT_CLASS}]{{2,8}}[、和及]"
    rf"(?P<name>[{_TRANSLIT_CLASS}]{{3,8}})(?=[、和及][{_TRANSLIT_CLASS}]{{2,8}}[{DOTS}][{_TRANSLIT_CLASS}])"
)


def undotted_between_dotted(page: int, text: str) -> list[Mention]:
    """A transcribed name written without a dot (a given name alone) as an item of a list whose items before
    and after it are dotted names ("买买提·吐尔地、阿依努尔和热合曼江·艾力"): a person too, unless it is an
    ordinary word or a known place or body."""
    out = []
    for m in _UNDOTTED_BETWEEN_DOTTED_RE.finditer(text):
        name = m.group("name")
        if not known_word(name) and dictionary_tag(name) not in ("ns", "nt"):
            out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.PERSON, 4))
    return out


_BYLINE_SEP = rf"(?:{GAP}|、)"


# the rest of a byline's names up to its closing bracket
_BYLINE_REST = rf"(?=(?:{_BYLINE_SEP}{_BYLINE_NAME})*{GAP}?[）)])"
_BYLINE_NEXT_RE = re.compile(rf"{_BYLINE_SEP}(?P<name>{_BYLINE_NAME}){_BYLINE_REST}")


def byline_names_after(page: int, text: str, pos: int) -> list[Mention]:
    """The names after a byline's first, each set apart by one space or "、", when a bracket closes the
    byline."""
    out = []
    while (m := _BYLINE_NEXT_RE.match(text, pos)) is not None:
        out.append(Mention(page, m.start("name"), m.end("name"), m.group("name"), m.group("name"), t.PERSON, 5))
        pos = m.end()
    return out


# the reporters named in brackets right after a wire's dateline, without 记者, one ("中新社乌鲁木齐5月25日电（李某远）")
# or several set apart by a space or "、" ("中新网乌鲁木齐11月11日电 (王某某 涂某某)"): the story's byline
WIRE_BYLINE_RE = re.compile(rf"日电{GAP}?[（(](?P<name>{HAN_NAME}?){_BYLINE_REST}")


def wire_bylines(page: int, text: str) -> list[Mention]:
    """The reporters named in brackets after a wire's dateline ("…5月25日电（李某远）", "…电 (王某某 涂某某)"),
    whatever words the segmenter reads in the names (李|明远, 涂泽|宇)."""
    out = []
    for m in WIRE_BYLINE_RE.finditer(text):
        if is_han_name(m.group("name")):
            out.append(Mention(page, *m.span("name"), m.group("name"), m.group("name"), t.PERSON, 5))
            out.extend(byline_names_after(page, text, m.end("name")))
    return out


# the reporters named in brackets after a story's last sentence, two or more set apart by spaces and closing the
# line: "……获知信息。(某某玛 杨某英)", the story's closing byline
_CLOSING_BYLINE_RE = re.compile(
    rf"[。！？]{GAP}*[（(](?P<names>{_BYLINE_NAME}(?:{GAP}+{_BYLINE_NAME})+)[）)]{GAP}*(?=\n|$)"
)


def closing_bylines(page: int, text: str) -> list[Mention]:
    """The reporters a story names in brackets after its last sentence, each a Han name or a transcribed one,
    whatever words the segmenter reads in them (杨某|英); not places the page's story is from ("（阿克苏 库车）")."""
    out: list[Mention] = []
    index = gazetteer_cn()[1]
    for m in _CLOSING_BYLINE_RE.finditer(text):
        names = [(w.start(), w.group(0)) for w in re.finditer(r"\S+", m.group("names"))]
        if any(_ordinary_or_known(name, index) for _, name in names):
            continue
        if all(is_han_name(name) or all(c in TRANSLIT for c in name.replace("·", "")) for _, name in names):
            base = m.start("names")
            out.extend(Mention(page, base + s, base + s + len(n), n, n, t.PERSON, 5) for s, n in names)
    return out


# the end of a spaced name after a label: the line's end, the holder's post or unit in brackets ("发表人：张　维（某某
# 大学教授）"), or the next label after a space
_SPACED_NAME_END = rf"(?={GAP}*(?:$|\n|[、）)】\]（(])|{GAP}+[{CJK}]{{2,5}}[：:]|{GAP}+[{CJK}]{{1,8}}[{DOTS}][{CJK}])"
# a two-character name spaced out after an editors' or a notice's label, as three-character names are aligned:
# "审核：周　平", "联系人：李　强　电话：……"
_SPACED_AFTER_LABEL_RE = re.compile(rf"{GAP}*(?P<surname>[{t.HAN_SURNAMES}]){GAP}+(?P<given>[{CJK}]){_SPACED_NAME_END}")


# a story's byline labels, which a paper's layout spaces out to the width of the longest ("记　者：李　明",
# "编　辑：王　芳" above "责任编辑：…")
_BYLINE_LABELS = ("记者", "编辑", "责编", "摄影", "撰文", "撰稿", "校对", "审核", "通讯员")
# labels a spaced name may follow beside ``_LABEL_RE``'s: an author's ("作者：李　娜", where a name alone is too often a
# medium's to be read so), and a form's or a byline's labels spaced out to the width of the lines below
# ("联 系 人：古　丽", "作　者：李　娜")
_SPACED_NAME_LABEL_RE = re.compile(
    rf"(?m)(?:^|(?<={GAP}))(?:"
    + _spaced_out(("作者", "联系人", "签发人", "经办人", "承办人", "审核人", "记录人"))
    + "|"
    + _spaced_out(_BYLINE_LABELS)
    # whoever is in charge of what the words before say, or translated it: "分管财务负责人：周　敏", "字幕翻译：王　琳";
    # a contract's party's representative: "法定代表人：邓　军", "委托代理人：…"
    + rf"|[{CJK}]{{0,6}}?(?:负责人|翻译|代表人|代理人)"
    + ")[：:]"
)


# a three- or four-character name spaced out character by character after such a label ("作者：阿 依 努 尔",
# "审核：王 小 明"), up to the line's end or the next label
_SPACED_LONG_AFTER_LABEL_RE = re.compile(rf"{GAP}*(?P<chars>[{CJK}](?:[ \u3000][{CJK}]){{2,3}}){_SPACED_NAME_END}")


def _spaced_long_name(page: int, text: str, pos: int) -> Mention | None:
    """A three- or four-character name spaced out character by character at ``pos``, a Han name or a
    transcribed one, named without its spaces."""
    m = _SPACED_LONG_AFTER_LABEL_RE.match(text, pos)
    if m is None:
        return None
    name = m.group("chars")[::2]  # a character, a space, a character …
    if known_word(name) or not (is_han_name(name) or all(c in TRANSLIT for c in name)):
        return None
    return Mention(page, *m.span("chars"), m.group("chars"), name, t.PERSON, 5)


def spaced_names_after_label(page: int, text: str) -> list[Mention]:
    """A two-character name written with a space between surname and given name right after a label of
    ``_LABEL_RE`` or ``_SPACED_NAME_LABEL_RE`` ("审核：周　平", "作者：王　刚", "联 系 人：李　强") or after a post
    as a list of leaders' label ("县人大常委会主任：马　军"), or a three- or four-character name spaced out
    character by character there ("作者：阿 依 努 尔"): the person, named without the spaces."""
    out = []
    # a label more than one pattern reads ("联系人：") once
    labels = itertools.chain(
        _LABEL_RE.finditer(text), _SPACED_NAME_LABEL_RE.finditer(text), _POST_LABEL_RE.finditer(text)
    )
    label_ends = dict.fromkeys(label.end() for label in labels)
    for label_end in label_ends:
        m = _SPACED_AFTER_LABEL_RE.match(text, label_end)
        if m is None:
            long_name = _spaced_long_name(page, text, label_end)
            if long_name is not None:
                out.append(long_name)
            continue
        name = m.group("surname") + m.group("given")
        span = m.start("surname"), m.end("given")
        out.append(Mention(page, *span, text[span[0] : span[1]], name, t.PERSON, 5))
    return out


def spaced_names(page: int, text: str) -> list[Mention]:
    """Each spaced-out two-character name after a court role or in a photograph's credit, as the name
    written without its spaces; a reporter's name alone in brackets before 报道; a photographer's whole name set
    apart by spaces before 摄; and a two-character name spaced out at a list line's start ("刘　伟（…）") or
    before 同志 ("周  涛同志")."""
    out = []
    for m in SPACED_NAME_RE.finditer(text):
        first, last = ("surname", "given") if m.group("surname") else ("csurname", "cgiven")
        name = m.group(first) + m.group(last)
        out.append(Mention(page, m.start(first), m.end(last), text[m.start(first) : m.end(last)], name, t.PERSON, 5))
    for m in BRACKET_BYLINE_RE.finditer(text):
        if is_han_name(m.group("name")):
            out.append(Mention(page, *m.span("name"), m.group("name"), m.group("name"), t.PERSON, 5))
    for m in _SPACED_CREDIT_RE.finditer(text):  # "供图 拍友 某某某 摄": the photographer, whole
        out.append(Mention(page, *m.span("name"), m.group("name"), m.group("name"), t.PERSON, 6))
    listed = (*_SPACED_LIST_NAME_RE.finditer(text), *_SPACED_CLOSING_NAME_RE.finditer(text))
    for m in (*listed, *_SPACED_COMRADE_RE.finditer(text)):
        name = m.group("surname") + m.group("given")  # "刘　伟（…）"; "（局办公室  刘  伟）", "……刘  伟  13"
        if not known_word(name):
            out.append(Mention(page, m.start("surname"), m.end("given"), m.group(0), name, t.PERSON, 5))
    return out


# a two-character name spaced out to the width of three at a list line's start, before the holder's unit and
# post in brackets or a colon and a description: "刘　伟（县人民检察院检察官）", "赵　敏：某某日报社记者", or a
# comma and the unit and post, as a note on the authors writes them ("刘　伟，某某研究院研究员。")
# (not a label spaced out so: "简　称：", a word); a chat's export heads each message so, after the time it was
# sent ("2019-06-02 10:15 刘　伟（乡政府）")
_SPACED_TWO = rf"(?P<surname>[{t.HAN_SURNAMES}])[ \u3000]{{1,2}}(?P<given>[{CJK}])"
_SENT_AT = r"\d{4}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]+"
_SPACED_LIST_NAME_RE = re.compile(rf"(?m)^(?:{_SENT_AT})?{_SPACED_TWO}(?=[（(：:]|{_POST_AFTER_COMMA})")
# a two-character name spaced out so, after a wider gap or a contents line's dot leaders, that closes a bracket or
# stands before a page number at the line's end: a reviewer's or a source's credit after the unit
# ("（局办公室　刘　伟）"), an entry's author in a contents list ("从陌生到亲人……………刘　伟　21")
_SPACED_CLOSING_NAME_RE = re.compile(
    rf"(?:(?<=[ \u3000]{{2}})|(?<=[…．.·])){_SPACED_TWO}"
    rf"(?=[ \u3000]*[）)]|[ \u3000]{{2,}}\d{{1,4}}[ \u3000]*(?:\n|$))"
)
# a two-character name spaced out so before "同志" (comrade), which closes a name as notices write it:
# "干部周  涛同志的日记"
_SPACED_COMRADE_RE = re.compile(rf"{_SPACED_TWO}(?=同志)")


# a photograph's credit that sets the photographer's whole name apart by spaces before 摄 at its clause's end,
# whatever word comes before it ("某某指挥部供图 拍友 孙某玫 摄", "通讯员 曹某月 摄")
_SPACED_CREDIT_RE = re.compile(rf"(?<=[ \u3000])(?P<name>{HAN_NAME})[ \u3000]+摄(?![{CJK}])")


# a registry's or roster's row: a Han name alone in its cell, then a post or a shareholder's kind in the next cell
# ("2　周某平　董事兼总经理", "4　周某平　自然人股东")
_CELL_NAME_RE = re.compile(
    rf"(?m)(?:^|(?<=[\t\u3000]))(?P<name>{HAN_NAME})[\t\u3000]+(?:{CN_TITLES}|董事|监事|自然人股东|股东|财务负责人)"
)


# a contact list's row: a Han name at a line's start, written whole or with a space between surname and given
# name, right before a telephone's number (a mobile's eleven digits or a line with its area code), as notices list
# whom to call: "王某新13900001111(某某村)", "刘 某13800002222", "李某：0991-4412345"
_CONTACT_ROW_RE = re.compile(
    rf"(?m)^[ \u3000]*(?P<name>{HAN_NAME}|{_SPACED_TWO})"
    rf"[ \u3000：:，,]*(?=(?:{MOBILE_NUMBER}|0\d{{2,3}}-?\d{{7,8}})(?!\d))"
)


def contact_rows(page: int, text: str) -> list[Mention]:
    """A Han name at a contact list row's start right before a telephone's number ("王某新13900001111",
    "刘 某13800002222"): the person to call, though the segmenter reads the given name as a place or runs it
    into a word ("李|志海", "张银|其")."""
    out = []
    for m in _CONTACT_ROW_RE.finditer(text):
        name, span = re.sub(r"[ \u3000]", "", m.group("name")), m.span("name")
        if is_han_name(name) and not known_word(name) and name not in TITLE_WORDS:
            out.append(Mention(page, *span, text[span[0] : span[1]], name, t.PERSON, 5))
    return out


# an entry of a reference list in the national standard's form (GB/T 7714): its number in brackets, its authors
# set apart by commas up to a full stop, then the title and the kind of work in brackets ("[1] 王某华. 题名[J].
# 刊名, 2018(4): 1-9.", "[2] 李　某, 阿某·吐某. 题名[M]. 北京: 某出版社, 2016.")
_CITED_ENTRY_RE = re.compile(
    r"(?m)^[ \t\u3000]*[\[［]\d{1,3}[\]］][ \t\u3000]*(?P<authors>[^.．\n\[\]]{2,80}?)[.．][ \t\u3000]*"
    r"[^\n]{1,160}?\[(?:[JMDCNRSPZGA]|[A-Z]{2}/OL)\]"
)
_AUTHOR_ITEM_RE = re.compile(r"[^,，、;；]+")


def _author_named(page: int, text: str, start: int, end: int) -> Mention | None:
    """The person ``text[start:end]`` names, an author's name between a list's separators: a Han name, whole or
    spaced out ("李　某"), or a transcribed name with its dot; None for a body or "等"."""
    item = text[start:end]
    start += len(item) - len(item.lstrip(" \t\u3000"))
    end -= len(item) - len(item.rstrip(" \t\u3000"))
    written = text[start:end]
    name = re.sub(r"[ \u3000]", "", written)
    dotted = DOT_RE.search(name) is not None and all(c in TRANSLIT or DOT_RE.match(c) for c in name)
    # a name the dictionary holds as a place's or a person's ("马建国") is still the author's in an author's slot
    ordinary = known_word(name) and not dictionary_tag(name).startswith(("nr", "ns"))
    # a place the gazetteer holds is no author ("喀什3　和田2": a line of places with their counts over a note)
    if not dotted and (not is_han_name(name) or ordinary or name in TITLE_WORDS or name in gazetteer_cn()[1]):
        return None
    return Mention(page, start, end, written, DOT_RE.sub("·", name), t.PERSON, 5)


def cited_authors(page: int, text: str) -> list[Mention]:
    """The authors of each entry of a reference list in the national standard's form ("[1] 王某华. 题名[J]."), and
    the authors of a paper's line of names marked with their affiliations' numbers ("马某国1　陈  某1"): people,
    though the segmenter reads a name before a full stop or a digit as a word or a place."""
    spans = [
        (m.start("authors") + item.start(), m.start("authors") + item.end())
        for m in _CITED_ENTRY_RE.finditer(text)
        for item in _AUTHOR_ITEM_RE.finditer(m.group("authors"))
    ]
    for line in MARKED_AUTHORS_LINE_RE.finditer(text):
        spans.extend(
            (line.start() + a.start("name"), line.start() + a.end("name"))
            for a in MARKED_AUTHOR_RE.finditer(line.group(0))
        )
    found = (_author_named(page, text, s, e) for s, e in spans)
    return [m for m in found if m is not None]


def names_in_cells(page: int, text: str) -> list[Mention]:
    """A Han name alone in a table's cell before a cell that opens with a post or a shareholder's kind: the
    person the row lists, though the segmenter reads the given name as a word ("周|建平")."""
    out = []
    for m in _CELL_NAME_RE.finditer(text):
        name = m.group("name")
        if is_han_name(name) and name not in TITLE_WORDS:
            out.append(Mention(page, *m.span("name"), name, name, t.PERSON, 5))
    return out


# a transcribed name shortened to a Latin initial after its dot, as credits and team lists write a colleague's
# father's name: "艾某江·M.", "巴某古丽·K", "阿某·吐某·N." (not inside a Latin word: "·Mac")
_LATIN_INITIAL_NAME_RE = re.compile(
    rf"(?<![{_TRANSLIT_CLASS}{DOTS}])(?P<name>[{_TRANSLIT_CLASS}]{{2,8}}(?:[{DOTS}][{_TRANSLIT_CLASS}]{{2,8}})?"
    rf"[{DOTS}][A-Z](?![A-Za-z])(?:[{DOTS}][{_TRANSLIT_CLASS}]{{2,8}})?)"
)


def names_with_latin_initial(page: int, text: str) -> list[Mention]:
    """A transcribed given name, its dot and a capital Latin letter standing for the rest of the name
    ("艾某江·M."), or for a middle name before the surname ("努某兰·K·叶某肯"): one person, named with the
    initial (not the given name alone, nor a place read in it); and a post's holder written with the initial
    of the given name first (see ``_INITIAL_FIRST_RE``)."""
    out = []
    for m in _LATIN_INITIAL_NAME_RE.finditer(text):
        name = DOT_RE.sub("·", m.group("name"))
        out.append(Mention(page, *m.span("name"), name, name, t.PERSON, 5))
    for m in _INITIAL_FIRST_RE.finditer(text):
        out.append(Mention(page, *m.span("name"), m.group("name"), m.group("name"), t.PERSON, 5))
    return out


# a post's holder named by a Latin initial, its full stop or dot, then a Han surname of one character or a
# transcribed name: "副校长L.张出席", "副师长W·托合提说", "研究员K. 王", or after a space, as a caption sets the
# holder apart from the post: "（同期声）某某公司经理　K.阿依努尔"
_INITIAL_FIRST_RE = re.compile(
    rf"(?:{CN_TITLES}){GAP}?(?P<name>(?<![A-Za-z])[A-Z][.．·]{GAP}?"
    rf"(?:[{_TRANSLIT_CLASS}]{{2,8}}(?![{DOTS}])|[{t.HAN_SURNAMES}](?![{_TRANSLIT_CLASS}{DOTS}])))"
)


# reporters' names joined by slashes in brackets before 报道, as overseas radio sites sign a report written by
# two: "（林某/高某某 报道）"
_SLASHED_BYLINE_RE = re.compile(rf"[（(](?P<names>{HAN_NAME}?(?:[/／]{HAN_NAME}?)+){GAP}?(?:报道|报导)[)）]")


def slashed_bylines(page: int, text: str) -> list[Mention]:
    """Each Han name of a byline whose reporters a slash joins ("（林某/高某某 报道）"), whatever words the
    segmenter reads in them (高某|某 as a place)."""
    out = []
    for m in _SLASHED_BYLINE_RE.finditer(text):
        pos = m.start("names")
        for name in re.split("[/／]", m.group("names")):
            if is_han_name(name):
                out.append(Mention(page, pos, pos + len(name), name, name, t.PERSON, 5))
            pos += len(name) + 1
    return out


# a reporter's dotted name between 记者 and 报道 or 摄, whatever characters each part is written with ("（记者某苒·某汗
# 报道）": a Kazakh name whose first part is written with characters that seldom transcribe)
_DOTTED_BYLINE_RE = re.compile(
    rf"记者{GAP}?(?P<name>[{CJK}]{{1,6}}[{DOTS}][{CJK}]{{1,6}}?){GAP}?(?=报道|报导|摄(?![{CJK}]))"
)

# a photograph's credit that names the paper or the station and its photographer together, then 摄 after a gap:
# "某某日报某某某 摄", "某某经济报某某某某 摄" (a caption's end; a Han, a transcribed or a pen name)
_MEDIUM_CREDIT_RE = re.compile(
    rf"(?<=[{CJK}]{{2}})(?:日报|晚报|报|电视台|融媒体中心)(?P<name>[{CJK}]{{2,4}}){GAP}+摄(?![{CJK}])"
)


def bylines_by_medium(page: int, text: str) -> list[Mention]:
    """A reporter's dotted name in a byline ("记者某苒·某汗报道") and a photographer named right after the paper
    in a caption's credit ("某某日报某某某 摄"): persons, the paper no part of them."""
    out = [
        Mention(page, m.start("name"), m.end("name"), m.group("name"), m.group("name"), t.PERSON, 7)
        for m in _DOTTED_BYLINE_RE.finditer(text)  # as sure as a dotted name read elsewhere, and longer
    ]
    for m in _MEDIUM_CREDIT_RE.finditer(text):
        name = m.group("name")
        if TITLE_RE.match(name) or known_word(name) or frequent_word(name):
            continue  # "某某日报记者 摄": the paper's reporter, unnamed
        out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.PERSON, 5))
    return out


# a social post's header line: the user's handle, a display name, the post's time ("@abc_123　阿依谢姆　2019年8月12日
# 21:05", "@xyz　古尔巴哈尔　2天前")
_POST_HEADER_RE = re.compile(
    rf"(?m)^@[A-Za-z0-9_.]{{2,}}{GAP}+(?P<name>[{CJK}·]{{2,12}}){GAP}+(?=\d|[一二三四五六七八九十两]+[天小分周个])"
)


# an e-mail header's display name in quotation marks before the address in angle brackets: '"李  伟"
# <liwei@example.com>', '发件人：“王建华” <wjh@163.com>'
_MAIL_DISPLAY_NAME_RE = re.compile(r"[\"“](?P<name>[^\"“”<>\n]{2,12})[\"”][ \t]*<[^<>\s@]+@[^<>\s]+>")


def mail_display_names(page: int, text: str) -> list[Mention]:
    """The senders and addressees an e-mail's headers name before their addresses, where the display name is a
    Han name, written whole or with its surname spaced apart ('"李  伟" <…>'); named without the spaces."""
    out = []
    for m in _MAIL_DISPLAY_NAME_RE.finditer(text):
        name = re.sub(rf"{GAP}+", "", m.group("name"))
        if is_han_name(name) and not _word_not_name(name):
            out.append(Mention(page, *m.span("name"), m.group("name"), name, t.PERSON, 5))
    return out


def display_names(page: int, text: str) -> list[Mention]:
    """The display name between a user's handle and the post's time at the head of a post, where it is a
    person's name: a transcribed one (all transcription characters, a dot allowed) or a Han name."""
    out = []
    for m in _POST_HEADER_RE.finditer(text):
        name = m.group("name")
        transcribed = len(name) >= 3 and all(c in DOTTED_NAME_CHARS or c == "·" for c in name)
        if transcribed or is_han_name(name):
            out.append(Mention(page, *m.span("name"), name, name, t.PERSON, 5))
    return out


# the acts of ACTS that are verbs of two characters or more, or 说 and 称 (no preposition, no punctuation)
_SPOKEN_ACT_RE = re.compile("|".join(a for a in ACTS.split("|") if len(a) >= 2 or a in ("说", "称")))


def married_name_at(text: str, pos: int) -> bool:
    """Whether a name of four characters starts at ``pos``: a husband's surname before a woman's own surname
    and given name, as Hong Kong names married women ("叶刘淑仪表示", "范徐丽泰说"), both surnames of one
    character, the name closed by an act."""
    return (
        all(c in t.HAN_SURNAMES for c in text[pos : pos + 2])
        and len(text) > pos + 4
        and _SPOKEN_ACT_RE.match(text, pos + 4) is not None
        and all(CJK_RE.match(c) for c in text[pos + 2 : pos + 4])
    )


# words of time a relative's transcribed name may run into, their characters transcription characters too: "弟弟
# 艾某某那年才9岁" (that year, only), "妹妹古某当时在读书" (at the time)
_TIME_AFTER_NAME_RE = re.compile("那年|那时|当年|当时|今年|去年|那天|从小")


def _before_time_word(name: str) -> str:
    """A transcribed name up to a word of time read into its run, the name whole where none is."""
    hit = _TIME_AFTER_NAME_RE.search(name, 2)
    return name if hit is None else name[: hit.start()]


def kin_names(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A Han name after a relative's word ("其丈夫赵某某被带走", "妻子李某某表示"), where the segmenter's
    first word there is a name or a lone surname: not an ordinary word ("母亲于是报警": 于是, "父亲高兴地说")
    nor a function word ("父亲和母亲在家": 和); or a longer run of transcription characters, a
    transcribed name with no dot in it ("妻子古丽努尔")."""
    out = []
    for kin in KIN_RE.finditer(text):
        s = kin.end()
        end = translit_after(text, s, tokens)
        last = tokens.word(end - 1)
        if end - s > 3 and last is not None and last[0] == end - 1 and closes_name(text, last):
            end -= 1  # "卡纳特|则|在": the adverb after the name, a transcription character too
        m = KIN_NAME_RE.match(text, kin.start())
        if end - s >= 3 and not dot_at(text, end) and (m is None or end - s > len(m.group("name"))):
            name = _before_time_word(text[s:end])  # "妻子古丽努尔在阿拉木图": a transcribed name, not a Han one (古丽)
        elif m is not None and is_han_name(m.group("name")) and m.group("name")[-1] not in NOT_GIVEN + LEVEL_CHARS:
            name = m.group("name")
            if not _name_starts(tokens, s):
                continue
        else:
            continue
        out.append(Mention(page, s, s + len(name), name, name, t.PERSON, 4))
    return out


# a transcribed name, then who the person is in apposition: "我采访了卡尔布努尔，一位维吾尔族母亲"
_APPOSITION_RE = re.compile(
    "[，,](?:一位|一名)[\u4e00-\u9fff]{0,6}?"
    "(?:母亲|父亲|妇女|女子|男子|女性|男性|老人|青年|学生|教师|商人|医生|农民|牧民|人士|族人|人)"
)


def transcribed_before_apposition(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A run of transcription characters before a comma and "a (Uyghur) mother", "a man": the person the
    apposition describes ("采访了卡尔布努尔，一位维吾尔族母亲"), where the run is whole words the segmenter
    reads as names or does not know; an ordinary word before the comma ("在土耳其，一名男子") is none."""
    out = []
    for m in _APPOSITION_RE.finditer(text):
        end = m.start()
        start = end
        while start > 0 and text[start - 1] in TRANSLIT and end - start < SEGMENT_MAX:
            start -= 1
        while start < end and start not in tokens.starts:
            start += 1
        if end - start >= 3 and _name_words_only(tokens, start, end):
            out.append(Mention(page, start, end, text[start:end], text[start:end], t.PERSON, 4))
    return out


def _name_words_only(tokens: Tokens, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are whole and each a name or a word the dictionary does
    not hold (no place, no ordinary word)."""
    pos = start
    while pos < end:
        word = tokens.word(pos)
        if word is None or word[0] != pos or word[1] > end:
            return False
        if not (word[3].startswith("nr") or not known_word(word[2])):
            return False
        pos = word[1]
    return pos == end


def _name_starts(tokens: Tokens, pos: int) -> bool:
    word = tokens.word(pos)
    if word is None or word[0] != pos:
        return False
    _s, _e, w, flag = word
    if len(w) == 1:
        return not flag.startswith(_FUNCTION_TAGS)  # "李|志强": a surname the segmenter split off
    return flag.startswith("nr") or not known_word(w)


_FUNCTION_TAGS = ("c", "p", "d", "u", "r", "m", "q", "f", "t")


def short_name_acting(text: str, tokens: Tokens, start: int, end: int) -> bool:
    """A transcribed name of two characters after a title, before an act ("总统拜登说", "外交大臣拉米表示"):
    one the segmenter reads as a name, or a word its dictionary does not hold."""
    word = tokens.word(start)
    named = word is not None and word[:2] == (start, end) and word[3].startswith("nr")
    acts = ACTS_RE.match(text, end) is not None
    return end - start == 2 and acts and (named or not known_word(text[start:end]))


# a person written in Latin script after a title in Chinese text ("发言人Ned Price表示", "主席Renata Alt 28日"):
# two to four capitalised words, letters with diacritics too, and nothing Latin right after them
_LATIN_NAME_WORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:['\u2019\-][A-Za-z\u00c0-\u00ff]+)?"


LATIN_PERSON_AFTER_TITLE_RE = re.compile(
    rf"[ \t]?(?P<name>{_LATIN_NAME_WORD}(?:[ \t]{_LATIN_NAME_WORD}){{1,3}})(?![A-Za-z\u00c0-\u00ff\d])"
)


# ... or before a verb of saying, a day, a weekday or where and to whom between: "Ned Price表示", "Renata Alt
# 28日在柏林说", "Ned Price周二对记者表示"
LATIN_PERSON_SPEAKING_RE = re.compile(
    rf"(?<![A-Za-z\u00c0-\u00ff\d&.'\-])(?P<name>{_LATIN_NAME_WORD}(?:[ \t]{_LATIN_NAME_WORD}){{1,2}})[ \t]?"
    r"(?=(?:(?:\d{1,2}月)?\d{1,2}日|[周星期]{1,2}[一二三四五六日天])?(?:也|则|曾|还|此前)?"
    r"(?:[在对向][^，。；“”\n的A-Za-z]{1,10}?)?(?:表示|说|称|指出|认为|强调|写道|告诉|回应))"
)


# ... or before the person's post or affiliation in brackets, as a programme or a list of speakers writes a foreign
# speaker: "Anna Berg（某某大学研究员）", "Tom Hale（前某某组织主任）"
LATIN_PERSON_BEFORE_POST_RE = re.compile(
    rf"(?<![A-Za-z\u00c0-\u00ff\d&.'\-])(?P<name>{_LATIN_NAME_WORD}(?:[ \t]{_LATIN_NAME_WORD}){{1,2}})[ \t]?"
    rf"(?=[（(][^（）()\n]{{0,30}}?(?:{CN_TITLES})[）)])"
)


_MORE_BODY_HEADS = {"Lab", "Labs", "Center", "Centre", "Project", "Initiative", "Trust", "Council", "Committee", "Inc"}


def _latin_person(page: int, m: re.Match[str] | None) -> Mention | None:
    """A person named in Latin script, unless the words are a well-known body's, a known city's or country's,
    or end in a body's head ("Forced Labour Lab", "New York Times")."""
    from habeas.analyse.english import ORG_HEADS, PUBLIC_HEADS

    if m is None or t.fold(m.group("name")) in english_forms():
        return None
    place = t.gazetteer_index().get(t.fold(m.group("name")))
    if m.group("name") in t.world_cities() or (place is not None and place.type == t.PLACE):
        return None  # "Hong Kong说", "New York说": a place
    if m.group("name").split()[-1] in ORG_HEADS | PUBLIC_HEADS | _MORE_BODY_HEADS:
        return None
    return Mention(page, m.start("name"), m.end("name"), m.group("name"), m.group("name"), t.PERSON, 5)


def latin_person_after_title(page: int, text: str, pos: int) -> Mention | None:
    """A person named in Latin script right after a title."""
    return _latin_person(page, LATIN_PERSON_AFTER_TITLE_RE.match(text, pos))


def latin_people_speaking(page: int, text: str) -> list[Mention]:
    """People named in Latin script before a verb of saying, or before their post in brackets."""
    matches = itertools.chain(LATIN_PERSON_SPEAKING_RE.finditer(text), LATIN_PERSON_BEFORE_POST_RE.finditer(text))
    found = (_latin_person(page, m) for m in matches)
    return [m for m in found if m is not None]


# a byline in Latin script on a line of its own, right above the story's date line: "William Yang\n2019年12月10日"
_LATIN_BYLINE_NAME = rf"{_LATIN_NAME_WORD}(?: {_LATIN_NAME_WORD}){{1,2}}"
_LATIN_BYLINE_NAMES = rf"{_LATIN_BYLINE_NAME}(?:[ \t]*[|｜,，、][ \t]*{_LATIN_BYLINE_NAME})*"  # "A B | C D"
LATIN_BYLINE_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<names>{_LATIN_BYLINE_NAMES})[ \t]*\n"
    r"[ \t]*\d{4}年\d{1,2}月\d{1,2}日"
)
_LATIN_BYLINE_NAME_RE = re.compile(rf"(?P<name>{_LATIN_BYLINE_NAME})")
# a translated report's author in Latin script alone on the line under its headline (a line in characters with no
# stop at its end, "… - 某某社"), the text going on in characters on the line after
_LATIN_BYLINE_UNDER_HEADLINE_RE = re.compile(
    rf"(?m)^[^\n。！？]*[{CJK}][^\n。！？：:，,；;]*\n"
    rf"[ \t]*(?P<names>{_LATIN_BYLINE_NAMES})[ \t]*\n(?=[ \t]*[{CJK}])"
)


def latin_byline_lines(page: int, text: str) -> list[Mention]:
    """The reporters a Chinese page names in Latin script alone on the line above its date ("William Yang",
    then "2019年12月10日"; several separated by bars or commas: "Anna Berg | Tom Hale") or under its headline
    (a translated report's author): each a person, as a byline in characters is; not a body or a place so
    written."""
    found = (
        _latin_person(page, n)
        for pattern in (LATIN_BYLINE_LINE_RE, _LATIN_BYLINE_UNDER_HEADLINE_RE)
        for m in pattern.finditer(text)
        for n in _LATIN_BYLINE_NAME_RE.finditer(text, m.start("names"), m.end("names"))
    )
    return [m for m in found if m is not None]


# a photograph's credit in capitals after its caption, as a translated news page keeps it: the photographer, a
# slash and the agencies ("… JOHN SMITH/AGENCE FRANCE-PRESSE GETTY IMAGES")
# (accented capitals too: "RENÉ FAUCHER/THE LAKESHORE TRIBUNE")
CAPS_CREDIT_RE = re.compile(
    rf"(?<![A-Za-z])(?P<name>[A-Z][{LATIN_UPPER}'\-]+(?: [A-Z][{LATIN_UPPER}'\-]+){{1,2}})"
    r"/(?P<agencies>[A-Z][A-Z\-]+(?: [A-Z][A-Z\-]+){0,5})"
)


def latin_photo_credits(page: int, text: str) -> list[Mention]:
    """The photographer of a credit written in capitals ("JOHN SMITH/AGENCE FRANCE-PRESSE"), a person unless the
    words are a body's or a place's, and the known agencies after the slash, each read as its name is written
    in ordinary case ("Agence France-Presse", "Getty Images")."""
    return [found for m in CAPS_CREDIT_RE.finditer(text) for found in caps_credit(page, m)]


def caps_credit(page: int, m: re.Match[str]) -> list[Mention]:
    """The photographer and the known agencies of one credit in capitals (``CAPS_CREDIT_RE``)."""
    out: list[Mention] = []
    name = m.group("name").title()
    person = _latin_person(page, re.fullmatch(r"(?P<name>.+)", name))
    if person is not None:
        out.append(Mention(page, m.start("name"), m.end("name"), m.group("name"), name, t.PERSON, 5))
    out.extend(_credited_agencies(page, m.start("agencies"), m.group("agencies")))
    return out


def _credited_agencies(page: int, start: int, words: str) -> list[Mention]:
    """The known agencies a capitals credit lists after its slash, each the longest run of its words that names
    a known body ("AGENCE FRANCE-PRESSE GETTY IMAGES": two)."""
    return [
        Mention(page, s, e, words[s - start : e - start], entry.canonical, entry.type, 5)
        for s, e, entry in known_runs(start, words)
    ]


# what closes a list of posts and their holders: the sentence's stop ("……和某省政协原副主席斯某某。")
_SENTENCE_STOP_RE = re.compile(r"[。；;！!？?]")


def named_after_title(text: str, tokens: Tokens, pos: int) -> int | None:
    """ "发言人束珏婷表示": a name the segmenter reads as one after a title and before an act, or before the
    stop closing its sentence (the last of a list of posts and their holders), with a surname rarer than the
    list's; where it ends."""
    word = tokens.word(pos)
    if word is None or word[0] != pos or word[3] != "nr" or not 2 <= len(word[2]) <= 3 or known_word(word[2]):
        return None
    closes = ACTS_RE.match(text, word[1]) or _SENTENCE_STOP_RE.match(text, word[1])
    return word[1] if closes else None


def title_across_places(tokens: Tokens, title: int, name: int) -> bool:
    """A title read across two place names the segmenter holds whole ("东莞市|长安镇": 市长 is no mayor and
    安镇 no name; "某某县|长宁乡"): the title starts inside the first place and the name inside the second, a
    place the dictionary holds or one that ends in its level; not a guess that runs the title's last character
    into a name ("广东省|长马兴|瑞": the governor, then his name)."""
    before, after = tokens.word(title), tokens.word(name)
    if before is None or after is None or before[0] >= title or after[0] >= name:
        return False
    second_place = known_word(after[2]) or after[2][-1] in LEVEL_CHARS
    return before[3] == "ns" and after[3] == "ns" and second_place


def not_a_name_after_title(tokens: Tokens, pos: int) -> bool:
    """What follows a title at ``pos`` and starts no name though its first character is a surname: a
    one-character preposition or conjunction before a word the dictionary holds ("总书记|向|大家致以": to
    everyone; "委员|和|其他列席人员": and the others), a one-character adverb before a verb ("书记|曾|要求": once
    asked), a body the dictionary holds ("代表|党中央": on behalf of the Party's centre), another title
    ("政委|常委"), a one-character verb before a word of place or time, which says when the post was held
    ("副厅长|任|上|的田文": in that post; "局长|任|内": during the term), a one-character word of time before an
    adverb ("书记|时|还|不满47岁": when he was secretary, still under 47), no name."""
    word = tokens.word(pos)
    if word is None or word[0] != pos:
        return False
    if len(word[2]) == 1 and word[3] in ("ng", "t"):
        after = tokens.word(word[1])
        return after is not None and after[0] == word[1] and after[3] == "d"
    if len(word[2]) == 1 and word[3] == "v":
        after = tokens.word(word[1])
        return after is not None and after[0] == word[1] and after[3] == "f"
    if len(word[2]) == 1 and word[3] in ("p", "c", "d"):
        after = tokens.word(word[1])
        if after is None or after[0] != word[1] or not known_word(after[2]) or after[3].startswith("nr"):
            return False
        return word[3] != "d" or (after[3].startswith("v") and len(after[2]) >= 2)
    return (word[3] == "nt" and known_word(word[2])) or TITLE_RE.fullmatch(word[2]) is not None


def dot_at(text: str, pos: int) -> bool:
    """Whether a name's dot stands at ``pos`` (the name goes on); not at the page's end, where a
    signature block's last name may stand ("书记员　阿依努尔")."""
    return pos < len(text) and text[pos] in DOTS


def translit_after(text: str, pos: int, tokens: Tokens) -> int:
    """The end of a run of transcription characters at ``pos`` (a foreign name after a title)."""
    end = pos
    while end < len(text) and end - pos < SEGMENT_MAX and text[end] in TRANSLIT:
        end += 1
    word = tokens.word(end - 1) if end > pos else None
    joined = word is not None and word[1] > end and word[0] > pos and not name_like(word) and known_word(word[2])
    if joined and word is not None and text[end : word[1]] not in _CONJUNCTIONS:  # "鲁比|欧和|众议员": 和 joins
        end = word[0]
    return end


_TRANSCRIBED_MIN = 3


def last_syllable_before_speech(text: str, pos: int, end: int) -> int:
    """The end of a transcribed name after a title whose last syllable is written with a character outside
    the transcription set, right before a verb of saying ("创办人赛尔克坚告诉": 坚 ends the name)."""
    if end - pos < _TRANSCRIBED_MIN or end >= len(text) or not CJK_RE.match(text[end]):
        return end
    return end + 1 if _SPOKEN_ACT_RE.match(text, end + 1) and not _SPOKEN_ACT_RE.match(text, end) else end


# a conjunction the segmenter may join to a transcribed name's last syllable ("欧和")
_CONJUNCTIONS = tuple(CONJUNCTIONS)


# a person's Latin name in brackets right after a transcription ("辛塔什(Bahram Sintash)"), its letters with the
# diacritics of European names too ("格鲁克斯曼（Raphaël Glucksmann）", "萨卡利埃内（Dovilė Šakalienė）")
_GLOSS_WORD = r"[A-Z\u00c0-\u00de\u0100-\u017f][a-z\u00df-\u00ff\u0100-\u017f]+"
_LATIN_NAME_AFTER_RE = re.compile(rf"[ \t]*[（(](?P<latin>{_GLOSS_WORD}(?:[ \-]{_GLOSS_WORD}){{1,3}})[）)]")


def transcribed_before_latin(page: int, text: str, tokens: Tokens, dotted: str) -> list[Mention]:
    """A name transcribed into Chinese with the person's own Latin name in brackets after it, as overseas
    reports write a Uyghur's or a foreigner's name the first time ("维吾尔人辛塔什(Bahram Sintash)",
    "执行长阿巴斯(Rushan Abbas)"): the transcription, read back from the bracket over the words made of
    transcription characters (two to eight of them), is a person. ``dotted``: the page as
    ``with_typed_dots`` gives it."""
    out = []
    for m in _LATIN_NAME_AFTER_RE.finditer(text):
        end = m.start()
        start = end
        while (word := tokens.word(start - 1)) is not None and word[1] == start and _transcribed(dotted, word):
            start = word[0]
        if not 2 <= end - start <= 8 or dotted[start] in DOTS:  # "罗珊|·阿巴斯": 珊 transcribes rarely
            start = end
        start = min(start, _vouched_parts_start(dotted, tokens, end, len(m.group("latin").split())))
        if 2 <= end - start <= 12 and not quoted_whole(text, start, end):
            name = DOT_RE.sub("·", dotted[start:end])
            out.append(Mention(page, start, end, text[start:end], name, t.PERSON, 4))
    out.extend(_one_word_before_latin(page, text, tokens))
    return out


# one Latin word in brackets, a given name alone: "孩子玛尔孜娅(Merziye)"
_LATIN_WORD_AFTER_RE = re.compile(r"[ \t]*[（(][A-Z][a-z]{2,}[）)]")


def _one_word_before_latin(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A given name transcribed and glossed by one Latin word in brackets ("她的孩子玛尔孜娅(Merziye)"): the
    words of transcription characters before the bracket, three to eight characters, are a person when
    the segmenter reads a name among them and no place (not "伊宁(Yining)"), and the gazetteer holds none."""
    out = []
    for m in _LATIN_WORD_AFTER_RE.finditer(text):
        start, words = m.start(), []
        while (word := tokens.word(start - 1)) is not None and word[1] == start and _transcribed(text, word):
            start = word[0]
            words.append(word)
        end = m.start()
        named = any(w[3].startswith("nr") for w in words) and not any(w[3].startswith("ns") for w in words)
        if 3 <= end - start <= 8 and named and text[start:end] not in gazetteer_cn()[1]:
            out.append(Mention(page, start, end, text[start:end], text[start:end], t.PERSON, 4))
    return out


def _transcribed(text: str, word: tuple[int, int, str, str]) -> bool:
    return all(c in TRANSLIT or c in DOTS for c in text[word[0] : word[1]])


_PART_MAX = 6


def _vouched_parts_start(text: str, tokens: Tokens, end: int, parts: int) -> int:
    """Where a transcription whose parts are joined by dots starts, before a Latin name in brackets of as
    many words ("罗珊·阿巴斯(Rushan Abbas)", "奇曼古丽·济凯利(Qimangul Zikri)"): the Latin name vouches for
    parts with characters that transcribe rarely (珊, 济). The last parts run to the dots before them; the
    first is read back from its dot over the words the segmenter tags as names or places or does not
    know, up to six characters. ``end`` when the parts do not match."""
    cut = text[max(0, end - _PART_MAX * parts) : end]
    pieces = DOT_RE.split(cut)
    if parts < 2 or len(pieces) < parts or any(not 1 <= len(p) <= _PART_MAX for p in pieces[-parts + 1 :]):
        return end
    if not all(CJK_RE.fullmatch(c) for p in pieces[-parts + 1 :] for c in p):
        return end
    dot = end - sum(len(p) + 1 for p in pieces[-parts + 1 :])
    start = dot
    while (word := tokens.word(start - 1)) is not None and word[1] == start and dot - word[0] <= _PART_MAX:
        named = word[3].startswith(("nr", "ns", "nz", "j")) or not known_word(word[2]) or _transcribed(text, word)
        if not (CJK_RE.match(word[2]) and named):  # "买买提|明-居码(Memetmin Juma)": 买买提, a noun too
            break
        start = word[0]
    return start if start < dot else end


def listed_between_names(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A name the segmenter cuts (陈/全国, 孙勇/进) in a list of people: between two names across "、", an
    item of two or three characters that opens with a surname is a name too ("张春贤、陈全国、朱海仑",
    "周川、孙勇进、徐智超"), even where the segmenter reads the surname alone as a measure word or a numeral
    ("王建新、张|迎春、", "蒲雪梅、许|咸宜、")."""
    words, out = tokens.words, []
    for i in range(2, len(words) - 2):
        lone_surname = len(words[i][2]) == 1 and words[i][2] in t.HAN_SURNAMES
        if words[i - 1][2] != "、" or not (words[i][3] == "nr" or lone_surname) or len(words[i][2]) > 2:
            continue
        j = next((k for k in range(i + 1, min(i + 3, len(words))) if words[k][2] == "、"), None)
        if j is None or j + 1 >= len(words):
            continue
        start, end = words[i][0], words[j - 1][1]
        name = text[start:end]
        people = [words[i - 2], words[j + 1]]
        named = all(w[3].startswith("nr") and (is_han_name(w[2]) or _transcribed(text, w)) for w in people)
        if is_han_name(name) and named:  # a neighbour may be a transcribed name's first part ("玉苏甫|江·…")
            out.append(Mention(page, start, end, name, name, t.PERSON, 3))
    return out


# what closes an item of a list of people: the next item's mark or 等 ("张三、李四等")
_ITEM_CLOSE = ("、", "等")


def listed_after_a_name(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """The items of a list of people after a name the segmenter reads, each closed by "、" or 等, shaped as a
    Han name the segmenter does not read whole: a compound surname it reads as a place ("张某宁、欧阳|娜娜、") or
    a given name it cuts into the next word ("欧阳娜娜、陈奕|迅等"). Each one read makes the next one a list's
    item after a name; a place the gazetteer knows ("和田县") or an ordinary word the dictionary holds is none."""
    out: list[Mention] = []
    named_end = -1
    for m in re.finditer("、", text):
        before = tokens.word(m.start() - 1)
        read = before is not None and before[1] == m.start() and before[3].startswith("nr") and is_han_name(before[2])
        if not (read or named_end == m.start()):
            continue
        start = m.end()
        for size in (4, 3):
            name = text[start : start + size]
            if not text.startswith(_ITEM_CLOSE, start + size) or not is_han_name(name) or name in index:
                continue
            if _ordinary_word(name):
                continue
            word = tokens.word(start)
            if word is not None and word[:2] == (start, start + size) and word[3].startswith("nr"):
                break  # read whole by the segmenter already
            out.append(Mention(page, start, start + size, name, name, t.PERSON, 3))
            named_end = start + size
            break
    return out


# the tags of a character the segmenter parts from a name as a word of its own: an adjective or a noun ("白|宝山",
# "吴子|明"), not a verb, an adverb or a function word ("王某|说")
_PARTED_CHAR_FLAGS = ("a", "ag", "n", "ng")


def recurring_cut_names(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A Han name of three characters the segmenter reads as a two-character name and a character it parts
    from it, the same way wherever the page writes it ("白|宝山和吴子|明并没有…白|宝山和吴子|明也没有"): the
    surname before a name the segmenter reads (白|宝山), or the given name's last character after one
    (吴子|明), an adjective or a noun of one character; a page that writes it twice or more names the person."""
    words = tokens.words
    seen: dict[str, list[int]] = {}
    for i in range(len(words) - 1):
        first, second = words[i], words[i + 1]
        if first[1] != second[0] or len(first[2]) + len(second[2]) != 3:
            continue
        surname_parted = len(first[2]) == 1 and second[3] == "nr" and first[3] in _PARTED_CHAR_FLAGS
        given_parted = len(second[2]) == 1 and first[3] == "nr" and second[3] in _PARTED_CHAR_FLAGS
        name = first[2] + second[2]
        if (surname_parted or given_parted) and is_han_name(name) and name[-1] not in NOT_GIVEN + LEVEL_CHARS:
            seen.setdefault(name, []).append(first[0])
    return [
        Mention(page, start, start + 3, name, name, t.PERSON, 3)
        for name, starts in seen.items()
        if len(starts) >= 2
        for start in starts
    ]


# the marks a list's run stops at: what stands before its first item or after its last one, whole
_LIST_EDGE_MARKS = "、，。；：,;:（）()“”"
# a list of four items or more between "、": its items between the first and the last, read on their own, and
# the first and the last too where a mark, a space or the line's edge sets them off
_LONG_LIST = 4
_LIST_RUN_RE = re.compile(rf"[^\s{_LIST_EDGE_MARKS}]{{2,12}}(?:、[^\s{_LIST_EDGE_MARKS}]{{2,12}}){{3,}}")


def people_listed_with_people(
    page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]
) -> list[Mention]:
    """A list of people, as a presidium, a delegation or a court's defendants are listed ("郭某、徐海龙、马学文、
    艾力·买买提、王永康、董新华"): where every item between the list's first and last is shaped as a name (a Han
    surname and one or two characters, or a transcription with its dots; in a long list, all but one, which may
    hold a title) and a third of them, two at least, are names the segmenter reads or dotted names, each
    Han-shaped item is a name, whatever words the segmenter reads in it (徐海|龙 as a place, 马|学文), and so is
    the first or the last where a mark, a space or the line's edge sets it off whole; not a place the gazetteer
    knows nor an ordinary word ("和田市、和田县、墨玉县" and "化工、农业、物流" are lists of no people)."""
    out = []
    for run in _LIST_RUN_RE.finditer(text):
        inner = _list_items(run)[1:-1]
        dotted = [i for i in inner if DOT_RE.search(i[2]) and _dotted_item(i[2])]
        shaped = [i for i in inner if i not in dotted and len(i[2]) <= 3 and is_han_name(i[2])]
        if len(dotted) + len(shaped) < len(inner) - (1 if len(inner) >= _LONG_LIST else 0):
            continue  # one item of a long list may hold more than a name ("执行主席陈某某": a title before it)
        read = [i for i in shaped if (w := tokens.word(i[0])) is not None and w[:2] == i[:2] and w[3].startswith("nr")]
        if len(dotted) + len(read) < max(2, len(inner) / 3):
            continue
        shaped += [i for i in _whole_edge_items(text, run) if len(i[2]) <= 3 and is_han_name(i[2])]
        for start, end, name in shaped:
            ordinary = _ordinary_word(name)
            if name not in index and not ordinary:
                out.append(Mention(page, start, end, name, name, t.PERSON, 3))
    return out


def _whole_edge_items(text: str, run: re.Match[str]) -> list[tuple[int, int, str]]:
    """A list's first item where a mark or a line's start stands right before it ("活动，高某军、……"), and its
    last where a mark or a line's end stands right after it: whole items, as those between are; not a last item
    that runs on into a word no given name ends on ("……、陈某等。", "……、孙某说，": the name and 等 or 说)."""
    items = _list_items(run)
    before = text[run.start() - 1 : run.start()] if run.start() else "\n"
    after = text[run.end() : run.end() + 1] or "\n"
    edges = [items[0]] if before in _LIST_EDGE_MARKS or before.isspace() else []
    last_whole = (after in _LIST_EDGE_MARKS or after.isspace()) and items[-1][2][-1] not in NOT_GIVEN
    return edges + ([items[-1]] if last_whole else [])


def _list_items(run: re.Match[str]) -> list[tuple[int, int, str]]:
    """The items of a run a list's 、 separates, each with its span on the page."""
    items, pos = [], run.start()
    for item in run.group(0).split("、"):
        items.append((pos, pos + len(item), item))
        pos += len(item) + 1
    return items


_UNSHAPED_MAX = 4


def unshaped_names_with_people(
    page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]
) -> list[Mention]:
    """In a long list of people where a third of the items, three at least, are Han names the segmenter reads
    as names from their first character ("……、吴某杰、邓某刚、多吉次仁、刁某新、……"), every item of two to four
    characters is a name, whatever words the segmenter reads in it: Tibetan, Mongolian or Kazakh names written
    without dots (read as places or pieces) and Han names it cuts (齐|扎拉); not an ordinary word, a place the
    gazetteer knows or a body."""
    out = []
    for run in _LIST_RUN_RE.finditer(text):
        inner = _list_items(run)[1:-1]
        read = [i for i in inner if is_han_name(i[2]) and len(i[2]) <= 3 and _read_as_name_from(tokens, i[0])]
        if len(read) < max(3, len(inner) / 3):
            continue
        for start, end, name in inner:
            if not 2 <= len(name) <= _UNSHAPED_MAX or not all(CJK_RE.match(c) for c in name):
                continue
            if _ordinary_or_known(name, index) or BODY_RE.search(name):
                continue
            out.append(Mention(page, start, end, name, name, t.PERSON, 3))
    return out


def listed_names_run_together(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """Names a page lists with "、" ("习某平、李某、赵某际、王某宁") where a headline writes them run together
    ("习某平李某赵某际王某宁等到……送别"): each is a name where it meets another of them with no mark between,
    whatever words the segmenter reads across their edges (李某|赵 as one name)."""
    listed: set[str] = set()
    for run in _LIST_RUN_RE.finditer(text):
        items = run.group(0).split("、")[1:-1]
        pos, read = run.start() + len(run.group(0).split("、")[0]) + 1, []
        for item in items:
            if len(item) <= 3 and is_han_name(item) and _read_as_name_from(tokens, pos):
                read.append(item)
            pos += len(item) + 1
        if len(read) >= max(3, len(items) / 2):
            listed.update(i for i in items if 2 <= len(i) <= 3 and is_han_name(i))
    if len(listed) < 3:
        return []
    pattern = re.compile("|".join(sorted(map(re.escape, listed), key=len, reverse=True)))
    hits = list(pattern.finditer(text))
    out = []
    for k, hit in enumerate(hits):
        joined_before = k > 0 and hits[k - 1].end() == hit.start()
        joined_after = k + 1 < len(hits) and hits[k + 1].start() == hit.end()
        if joined_before or joined_after:
            out.append(Mention(page, hit.start(), hit.end(), hit.group(0), hit.group(0), t.PERSON, 4))
    return out


def _read_as_name_from(tokens: Tokens, pos: int) -> bool:
    """Whether the segmenter's word at ``pos`` starts there and is tagged as a name (吴|英杰: 吴 a surname)."""
    word = tokens.word(pos)
    return word is not None and word[0] == pos and word[3].startswith("nr")


def _dotted_item(item: str) -> bool:
    parts = DOT_RE.split(item)
    return len(parts) >= 2 and all(2 <= len(p) <= 8 and CJK_RE.match(p) for p in parts)


def people_first(cands: list[Mention]) -> list[Mention]:
    """A name a rule reads as a person's (after a title or a role, with dots) is that person's wherever the
    page writes it: the segmenter's guesses of the same word as a place or a name are the person
    ("被告人马建国……、马建国犯": 马建国 read as a place in the list), and no organisation's name starts with
    it ("被告人马建国组织……活动": 组织 is the verb)."""
    named = [c for c in cands if c.type == t.PERSON and c.priority >= 4]
    names = {c.name for c in named}
    starts = {(c.page, c.start) for c in named}
    out = []
    for c in cands:
        if c.type == t.ORGANIZATION and (c.page, c.start) in starts and c.priority <= 5:
            continue
        if c.priority <= 2 and c.type == t.PLACE and any(n.startswith(c.text) and n != c.text for n in names):
            continue  # "吴国|强还与": the segmenter's place is the start of a name a rule read elsewhere
        if c.priority <= 3 and c.type != t.PERSON and c.text in names:
            c = Mention(c.page, c.start, c.end, c.text, c.text, t.PERSON, 4)
        out.append(c)
    return out


def given_name_ok(word: str, text: str, end: int) -> bool:
    """A segmenter's two-character name guess whose second character is a function word ("华为": 为)
    is no name: a given name of one character is rarely one of them; nor is one its dictionary holds as
    a frequent word ("卫星|图像", "经审理|查明"). One whose surname is also a preposition (向, 于, 从)
    is a name only before an act ("于洋表示"), not before the rest of a phrase ("向疆|内转移"). Nor is a
    guess that ends in a pronoun ("曾代其领取": 曾 "formerly", 代 "on behalf of", 其 "her")."""
    if word[-1] in _PRONOUNS or TITLE_RE.fullmatch(word[1:]):
        return False  # "第六|师师长": the division's commander, a title after a surname-like character
    if _comparative_yu(word, text, end - len(word)):
        return False  # "速度慢|于汉族|村": 于 "than" after an adjective, no surname
    acts = ACTS_RE.match(text, end) is not None
    word_after = dictionary_tag(text[end : end + 2])[:1] in ("n", "v") and not TITLE_RE.match(text, end)
    if len(word) == 3 and word[0] in _PREPOSITION_SURNAMES and word_after and not acts:
        return False  # "兴业银行|向援疆|项目授信", "向援疆|指挥部授旗": a preposition, then a phrase
    if _adverb_marked(text, end):
        return False  # "双手麻利|地将": deftly, an adverb the particle 地 marks before its verb
    if aspect_marked(word, text, end):
        return False  # "县长陈述|了情况": stated, a verb the particle 了 marks as done
    if _degree_marked(word, text, end - len(word)):
        return False  # "内容基本|雷同": alike, a predicate a degree adverb marks
    if text.startswith(_DURING, end):
        return False  # "国庆黄金周|期间": the span a noun of time names, no one
    if _THING_COUNTED_RE.search(text, max(0, end - len(word) - 3), end - len(word)):
        return False  # "一根|马鞭", "一块|毡子": a thing counted by its measure word, no one
    if _time_around_an_act(word):
        return False  # "1988年|毕业后|到…": after graduating, a verb and the time after it, no one
    if len(word) > 2:
        return True
    if word[-1] in NOT_GIVEN or frequent_word(word):
        return False
    return word[0] not in _PREPOSITION_SURNAMES or acts


_PREPOSITION_SURNAMES = set("向于从由以自为")
# the time before, after or while a thing is done: "毕业后", "退休前", "上学时"
_TIME_OF_AN_ACT = "后前时"


def _time_around_an_act(word: str) -> bool:
    """Whether a three-character guess is a word the dictionary tags as a verb or a noun (not a name) and a word
    of the time around it ("毕业后": after graduating, "退休前": before retiring), no name."""
    if len(word) != 3 or word[2] not in _TIME_OF_AN_ACT:
        return False
    tag = dictionary_tag(word[:2])
    return tag[:1] in ("v", "n") and not tag.startswith("nr")


# "X期间": during X, a span of time named by a noun ("黄金周期间", "春节期间"), never after a person's name
_DURING = "期间"
# a count and a measure word for things, not for people (根, 匹, 块, 张 ...: not 名, 位, 个, 人): what follows is a
# thing ("一根马鞭", "两匹马")
_THING_COUNTED_RE = re.compile(r"(?:[一二两三四五六七八九十几数]|\d)[根匹块张条把台辆件本只头支株棵双副顶盏枚颗]$")


def _comparative_yu(word: str, text: str, start: int) -> bool:
    """A guess opening with 于 right after an adjective ("慢于", "高于", "低于": slower, higher, lower than) or after
    a character it makes a word with ("由于", "对于", "位于"): the preposition "than", "at", no surname."""
    if word[0] != "于" or start == 0:
        return False
    before = text[start - 1]
    return dictionary_tag(before).startswith("a") or known_word(before + "于")


_ADVERB_PARTICLE = "地"


def _adverb_marked(text: str, end: int) -> bool:
    """Whether the particle 地 follows ``end`` and a verb or adverb follows it ("麻利地将", "默默地走"): the
    word before is an adverb, no name, while a name before 地区 or 地方 runs into a noun."""
    if text[end : end + 1] != _ADVERB_PARTICLE:
        return False
    after = dictionary_tag(text[end + 1 : end + 3]) or dictionary_tag(text[end + 1 : end + 2])
    return after[:1] in ("v", "d", "p")


_ASPECT_PARTICLES = "了过"


# adverbs of degree, which stand before a predicate ("基本雷同", "十分相似", "较为简略"), not before a name
_DEGREE_ADVERB_RE = re.compile(
    r"(?:基本|基本上|完全|十分|非常|比较|较为|极为|极其|相当|大致|大体|颇为|更加|最为|尤为|略微|稍微|[很较颇])$"
)


def _degree_marked(word: str, text: str, start: int) -> bool:
    """Whether a two-character word the dictionary holds follows an adverb of degree ("内容基本|雷同": alike):
    a predicate, which the dictionary may tag as a name."""
    return len(word) == 2 and known_word(word) and _DEGREE_ADVERB_RE.search(text, max(0, start - 3), start) is not None


def _aspect_particle_at(text: str, end: int) -> bool:
    """Whether the aspect particle 了 or 过 stands alone at ``end`` (not opening 了解, 过去)."""
    return text[end : end + 1] in _ASPECT_PARTICLES and not known_word(text[end : end + 2])


def aspect_marked(word: str, text: str, end: int) -> bool:
    """Whether a two-character word the dictionary holds is followed by the aspect particle 了 or 过 standing
    alone (``_aspect_particle_at``): a verb done ("陈述了", "汇报过"), which the dictionary may tag as a name."""
    return len(word) == 2 and known_word(word) and _aspect_particle_at(text, end)


def verb_read_into_name(word: str, text: str, end: int) -> bool:
    """Whether a three-character name guess is followed by the aspect particle 了 or 过 standing alone: its last
    character is a one-character verb done ("局长王某作了报告", "主任李某做过"), not the end of a given name,
    which the particle never follows directly."""
    return len(word) == 3 and _aspect_particle_at(text, end)


_PRONOUNS = set("其他她它我你")


def quoted_whole(text: str, start: int, end: int) -> bool:
    """A segmenter's name guess that fills a pair of quotation marks ("因“戴面纱”被送往"): a quoted phrase."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return bool(before and after) and before in '“"「『' and after in '”"」』'


def given_name_after_surname(tokens: Tokens, i: int, index: dict[str, t.GazetteerEntry]) -> bool:
    """A place guess the gazetteer does not hold, right after a surname the segmenter reads alone as a name
    ("蒋|建国表示"), is the given name of a person."""
    before = tokens.words[i - 1] if i > 0 else None
    return (
        before is not None
        and len(before[2]) == 1
        and before[3] == "nr"
        and before[2] in t.HAN_SURNAMES
        and tokens.words[i][2] not in index
    )


# the tags the segmenter gives a surname it reads alone: a name, a morpheme or a "state" word (孙 as 孙|卫东)
_SURNAME_ALONE_TAGS = ("nr", "ng", "zg")


def surname_read_apart(tokens: Tokens, i: int) -> bool:
    """A two-character name the segmenter reads after a surname it cut off ("孙|卫东|代表采购人"): the
    surname is the name's first character."""
    before = tokens.words[i - 1] if i > 0 else None
    return (
        before is not None
        and before[1] == tokens.words[i][0]
        and len(before[2]) == 1
        and (before[3] in _SURNAME_ALONE_TAGS or (before[3] == "a" and _post_before(tokens, i - 1)))
        and before[2] in t.HAN_SURNAMES
        and len(tokens.words[i][2]) == 2
    )


def names_cut_before_posts(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A surname the segmenter reads alone, then a two-character given name it reads as some other word, right
    before a post ("与|李|春华|理事长会见", "张|红梅|董事长表示"): the post says a person is named, so the three
    characters are one name; not a surname before a post of its own ("王|委员"), nor before a frequent ordinary
    word ("马|上将": 马上, "at once")."""
    out = []
    for i in range(1, len(tokens.words) - 1):
        given, post = tokens.words[i], tokens.words[i + 1]
        if post[2] not in TITLE_WORDS or given[2] in TITLE_WORDS or not surname_read_apart(tokens, i):
            continue
        start = tokens.words[i - 1][0]
        if not frequent_word(text[start : start + 2]) and not given[3].startswith("v"):
            out.append(Mention(page, start, given[1], text[start : given[1]], text[start : given[1]], t.PERSON, 4))
    return out


def _post_before(tokens: Tokens, i: int) -> bool:
    """Whether a post ends right before word ``i`` ("班长|白|卫东": 白, an adjective's character, is then the
    surname of the name after the post): a title, or a head's two characters ending in 长 (班长, 站长, 连长)."""
    before = tokens.words[i - 1] if i > 0 else None
    return (
        before is not None
        and before[1] == tokens.words[i][0]
        and (before[2] in TITLE_WORDS or (len(before[2]) == 2 and before[2].endswith("长")))
    )


def names_run_together_split(kept: list[Mention]) -> list[Mention]:
    """A person read over several names the page gives elsewhere, run together with no mark between them, as a
    subheadline lists the leaders at a meeting ("某某江·某某某某某某·某某何某友张某到会祝贺" above "……、何某友、张某、
    ……"): those names, each where it stands; not a name that is one of them with a part left over."""
    names = {m.name for m in kept if _named_as_written(m)}
    out: list[Mention] = []
    for m in kept:
        pieces = _tiled_by_names(m.name, names) if _named_as_written(m) else None
        if pieces is None:
            out.append(m)
            continue
        at = m.start
        for piece in pieces:
            end = at + len(piece)
            out.append(dataclasses.replace(m, start=at, end=end, text=piece, name=piece, canonical="", short_forms=()))
            at = end
    return out


_SHORTEST_NAME = 2  # characters: a surname and a given name

# a person's Latin name in brackets, a given name and a surname at least, with or without diacritics: "（Ralf
# Brandstätter）"
_BRACKETED_LATIN_NAME = r"[（(][A-Z][A-Za-zÀ-ÿĀ-ž'’\-]+(?:[ \t][A-Z][A-Za-zÀ-ÿĀ-ž'’\-]+)+[）)]"
# the characters between a transcription read short and the Latin name it stands for
_TRANSCRIPTION_TO_BRACKET_RE = re.compile(rf"(?P<rest>[{CJK}]{{1,6}})(?={_BRACKETED_LATIN_NAME})")


def transcriptions_joined(kept: list[Mention], text: str) -> list[Mention]:
    """A transcribed name the rules read short, then more characters of transcription up to one Latin name in
    brackets ("布兰德|施泰特（Ralf Brandstätter）", "施特伦|贝格尔（Markus Strömberger）"): one long transcription,
    one person, named whole up to the bracket (the names read inside it go)."""
    whole: dict[int, Mention] = {}
    for m in kept:
        if m.type != t.PERSON or not _named_as_written(m):
            continue
        rest = _TRANSCRIPTION_TO_BRACKET_RE.match(text, m.end)
        # (one character at most outside the usual set of transcription: 施 of 施泰特, "Stä")
        if rest is not None and sum(c not in TRANSLIT for c in m.name + rest.group("rest")) <= 1:
            name = m.name + rest.group("rest")
            whole[id(m)] = dataclasses.replace(
                m, end=rest.end("rest"), text=name, name=name, canonical="", short_forms=()
            )
    spans = [(w.start, w.end) for w in whole.values()]
    out: list[Mention] = []
    for m in kept:
        if id(m) in whole:
            out.append(whole[id(m)])
        elif not (m.type == t.PERSON and any(s < m.start and m.end <= e for s, e in spans)):
            out.append(m)
    return out


def _named_as_written(m: Mention) -> bool:
    """Whether ``m`` is a person named as the page writes the name, no longer or shorter."""
    return m.type == t.PERSON and len(m.text) == len(m.name)


def _tiled_by_names(name: str, names: set[str]) -> list[str] | None:
    """The names, two or more, that make up ``name`` end to end, if any (the longest first at each point; each
    shorter than ``name``, so two at least)."""
    if len(name) < 2 * _SHORTEST_NAME:
        return None
    lengths = sorted({len(n) for n in names if _SHORTEST_NAME <= len(n) < len(name)}, reverse=True)

    @functools.cache
    def tile(at: int) -> list[str] | None:
        if at == len(name):
            return []
        for n in lengths:
            if name[at : at + n] in names and (rest := tile(at + n)) is not None:
                return [name[at : at + n], *rest]
        return None

    return tile(0)


def names_cut_before_their_last(kept: list[Mention], text: str) -> list[Mention]:
    """A two-character name the segmenter cut before the last character of a three-character name the page
    names in full ("局长王建为说……王建为表示" read as 王建 the second time, 为 taken for a word of its own): the
    full name, as the page writes it there."""
    full = {m.name for m in kept if m.type == t.PERSON and len(m.name) == 3 and all(CJK_RE.match(c) for c in m.name)}
    if not full:
        return kept
    out = []
    for m in kept:
        whole = m.name + text[m.end : m.end + 1]
        if m.type == t.PERSON and len(m.name) == 2 and m.text == m.name and whole in full:
            m = dataclasses.replace(m, end=m.end + 1, text=whole, name=whole)
        out.append(m)
    return out


def names_read_into_a_verb(kept: list[Mention], text: str) -> list[Mention]:
    """A three-character name whose first two characters are a name the page gives on its own elsewhere and whose
    last is a verb's character before another word ("蔡某、魏某……蔡某审签上报": 审 read into the name): the
    two-character name, the verb left to the words after it. Not before an act of speech ("李某华说"), where
    the three characters are a name of their own."""
    names = {m.name for m in kept if _named_as_written(m) and len(m.name) == _SHORTEST_NAME}
    if not names:
        return kept
    out = []
    for m in kept:
        if _named_as_written(m) and len(m.name) == _SHORTEST_NAME + 1 and _verb_read_on(m, text, names):
            m = dataclasses.replace(m, end=m.end - 1, text=m.name[:-1], name=m.name[:-1], canonical="")
        out.append(m)
    return out


def _verb_read_on(m: Mention, text: str, names: set[str]) -> bool:
    """Whether ``m``'s last character is a verb's, read on from a two-character name in ``names``."""
    return (
        m.name[:-1] in names
        and dictionary_tag(m.name[-1]).startswith("v")
        and CJK_RE.match(text, m.end) is not None
        and ACTS_RE.match(text, m.end) is None
    )


_MOST_OFF = 2  # characters a transcribed name may be read with too few at its start
_MOST_READ_ON = 3  # characters of a word (and a pronoun) a transcribed name may be read with after its end


def dotted_names_off_at_an_edge(kept: list[Mention], text: str) -> list[Mention]:
    """A transcribed name read with a character or two too few or too many at an edge, where the page names the
    person whole elsewhere: its first character taken into the word before ("组长沙某尔·某某" read as a place 长沙
    and 某尔·某某), a conjunction read into it ("但若沙某尔·某某"), a verb after it ("某某·某某安排"). It is the name
    the page gives, the word read across its first character dropped. Names cut short are mended first, so that
    a name the page gives whole is never cut to the part another mention read alone."""
    kept = _mended_at_an_edge(kept, text, _cut_short)
    return _mended_at_an_edge(kept, text, _read_on)


_Mend = Callable[[Mention, str, str, list[Mention]], tuple[int, int] | None]


def _mended_at_an_edge(kept: list[Mention], text: str, mend: _Mend) -> list[Mention]:
    """``kept`` with each transcribed name that ``mend`` finds misread against a name the page gives mended, and
    what else was read across the mended span dropped."""
    named = [m for m in kept if _named_as_written(m) and any(c in DOTS for c in m.name)]
    given = {m.name for m in named}
    if len(given) < 2:
        return kept
    wholes = sorted(given)
    out, taken = [], []
    for m in kept:
        if _named_as_written(m) and any(c in DOTS for c in m.name):
            for whole in wholes:
                if (span := mend(m, whole, text, named)) is not None:
                    start, end = span
                    m = dataclasses.replace(m, start=start, end=end, text=text[start:end], name=whole, canonical="")
                    taken.append((start, end))
                    break
        out.append(m)
    return [m for m in out if m.type == t.PERSON or not any(m.start < e and s < m.end for s, e in taken)]


def _cut_short(m: Mention, whole: str, text: str, named: list[Mention]) -> tuple[int, int] | None:
    """The span of ``whole`` when ``m`` is its end, its first characters read into the word before."""
    off = len(whole) - len(m.name)
    if not 0 < off <= _MOST_OFF or not whole.endswith(m.name) or any(c in DOTS for c in whole[:off]):
        return None
    return (m.start - off, m.end) if text[m.start - off : m.start] == whole[:off] else None


def _read_on(m: Mention, whole: str, text: str, named: list[Mention]) -> tuple[int, int] | None:
    """The span of ``whole`` inside ``m`` when ``m`` is it with a word read on: one character before it that
    some other mention of ``whole`` stands without ("若|沙某尔·某某"), or a word after it ("某某·某某|安排"): one the
    dictionary holds, or one with a character that transcribes no name."""
    extra = len(m.name) - len(whole)
    if extra == 1 and m.name.endswith(whole) and m.name[0] not in DOTS:
        elsewhere = any(n.name == whole and text[n.start - 1 : n.start] != m.name[0] for n in named)
        return (m.start + 1, m.end) if elsewhere else None
    after = m.name[len(whole) :]
    if not 0 < extra <= _MOST_READ_ON or not m.name.startswith(whole) or any(c in DOTS for c in after):
        return None
    # "安排", "安排其": a verb, its object's pronoun after it; not a longer name's end ("吐尔逊|古丽", "买买提|江")
    if known_word(after[:2]) or not all(c in TRANSLIT for c in after):
        return (m.start, m.start + len(whole))
    return None


# a line that is one name in Chinese characters, a transcribed name's dots allowed: "翦伯赞", "和加尼牙孜"
_NAME_LINE_RE = re.compile(rf"(?m)^[ \t]*(?P<name>[{CJK}](?:[{CJK}]|[{DOTS}](?=[{CJK}])){{1,11}})[ \t]*$")


def names_in_a_column(page: int, text: str, kept: list[Mention]) -> list[Mention]:
    """A column of names, one a line, as an encyclopaedia's infobox lists a people's notable members: in a run of
    lines that are each one name's characters, a line between two lines that are a person's whole name is a name
    too ("伊某·某某\n和加尼某某\n翦某某\n吾某·某某": transcribed or rare names the rules do not know), the place or
    word read inside it dropped; not a word the dictionary holds other than as a name ("汉族"), nor a line not
    shaped as a name (a post between its holders' names, "副院长")."""
    whole = {(m.start, m.end) for m in kept if m.type == t.PERSON}
    # "喀什地区疏附县": a line that places or bodies read whole
    other = {pos for m in kept if m.type != t.PERSON for pos in range(m.start, m.end)}
    found = []
    for run in _runs_of_lines(list(_NAME_LINE_RE.finditer(text))):
        named = [i for i, line in enumerate(run) if line.span("name") in whole]
        if len(named) < 2:
            continue
        for line in run[named[0] + 1 : named[-1]]:
            name, span = line.group("name"), line.span("name")
            ordinary = (known_word(name) or frequent_word(name)) and not dictionary_tag(name).startswith("nr")
            covered = all(pos in other for pos in range(*span))
            if span not in whole and not ordinary and not covered and _shaped_as_a_name(name):
                found.append(Mention(page, *span, name, name, t.PERSON, 5))
    if not found:
        return kept
    taken = [(m.start, m.end) for m in found]
    rest = [m for m in kept if not any(s <= m.start and m.end <= e for s, e in taken)]
    return sorted(rest + found, key=lambda m: (m.start, m.end))


def _shaped_as_a_name(line: str) -> bool:
    """Whether a line is shaped as a name: a Han surname and a given name ("王芳"), or mostly the
    characters that transcribe names ("和加尼牙孜", "翦伯赞"); not a post or a page's link set on a line of its own
    between names ("副院长", "联系我们", "返回搜狐")."""
    chars = [c for c in line if c not in DOTS]
    return is_han_name(line) or 2 * sum(c in TRANSLIT for c in chars) > len(chars)


def _runs_of_lines(lines: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Lines that follow one another with nothing between them, in runs."""
    runs: list[list[re.Match[str]]] = []
    for line in lines:
        if runs and runs[-1][-1].end() + 1 == line.start():
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs
