"""Mentions in Chinese text: jieba's segmentation and tags, plus patterns for transcribed names
joined by "·" (Uyghur, Kazakh and foreign names, kept whole at both ends), Han names after a title,
a court role or a date, the gazetteer (with the Chinese names of well-known bodies and cities abroad),
public bodies named as a whole (place + body: 喀什地区公安处, 自治区党委政法委; the corps' regiments),
organisations by their suffix (companies, universities, institutes, law firms, platforms, media) and
facilities.

The finders live by what they find (`chinese_people`, `chinese_places`, `chinese_bodies`, on the shapes
in `chinese_forms`); this module runs them over a page's words and keeps what a longer or stronger
mention does not cover.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TypeVar

from habeas.analyse import tables as t
from habeas.analyse.chinese_bodies import (
    CORPS_NAMED_RE,
    DOC_CODE_AFTER,
    FACILITY_HEAD_RE,
    LEGAL_END,
    bodies_from_their_township,
    committees_of_joined_subjects,
    coordinated_organisations,
    courts_tribunals,
    department_word,
    division_word,
    dotted_bodies,
    field_of_study,
    force_units,
    foreign_bodies,
    heads_sharing_level,
    kind_word_of_dictionary,
    latin_editions,
    latin_known_bodies,
    latin_platforms,
    listed_between_nouns,
    listed_organisations,
    local_offices,
    longer_names,
    longer_names_first,
    meeting_held,
    named_by_suffix,
    party_committees_named_one_way,
    place_accounts,
    short_offices,
    source_media,
    state_bodies,
    suffixed_organisations,
    titled_media,
    units_set_up,
    universities_of_their_schools,
    university_departments,
    verbs_of_dictionary,
    with_branches,
)
from habeas.analyse.chinese_cues import abbreviated_bodies, cue_organisations, short_forms
from habeas.analyse.chinese_forms import (
    AFTER_NAME,
    BODY_PARTS,
    BODY_RE,
    CN_TITLES,
    CONJUNCTIONS,
    DOT_RE,
    DOTTED_NAME_CHARS,
    GAP,
    LEVEL_CHARS,
    LEVEL_WORDS,
    TRANSLIT,
    WEEKDAY_RE,
    WITH_VERBS,
    gazetteer_cn,
    is_han_name,
    name_before_level,
)
from habeas.analyse.chinese_people import (
    ACTS,
    ACTS_RE,
    CN_ROLE_RE,
    HAN_NAME,
    KIN,
    NOT_GIVEN,
    addressed_names,
    appointed_names,
    aspect_marked,
    byline_names_after,
    bylines_by_medium,
    cited_authors,
    closing_bylines,
    comrade_names,
    comrades_listed,
    contact_rows,
    courtesy_speakers,
    display_names,
    dot_at,
    dot_names,
    dotted_names_off_at_an_edge,
    given_name_after_surname,
    given_name_ok,
    given_names_alone,
    han_names_after_noun,
    holders_after_post,
    kin_names,
    last_syllable_before_speech,
    latin_byline_lines,
    latin_people_speaking,
    latin_person_after_title,
    latin_photo_credits,
    led_names,
    listed_after_a_name,
    listed_after_label,
    listed_between_names,
    listed_names_run_together,
    mail_display_names,
    married_name_at,
    named_after_title,
    names_after_department,
    names_before_bracketed_posts,
    names_cut_before_posts,
    names_cut_before_their_last,
    names_in_a_column,
    names_in_attendance_row,
    names_in_cells,
    names_read_into_a_verb,
    names_run_together_split,
    names_split_by_title,
    names_with_latin_initial,
    not_a_name_after_title,
    people_first,
    people_listed_with_people,
    profiled_names,
    quoted_whole,
    recurring_cut_names,
    short_name_acting,
    slashed_bylines,
    spaced_names,
    spaced_names_after_label,
    speakers_at_clause_start,
    surname_read_apart,
    title_across_places,
    transcribed_acting,
    transcribed_after_dotted,
    transcribed_after_transcribed,
    transcribed_before_apposition,
    transcribed_before_dotted,
    transcribed_before_latin,
    transcribed_complements,
    transcribed_comrades,
    transcribed_headings,
    transcribed_list,
    transcribed_names_listed,
    transcriptions_joined,
    translit_after,
    undotted_between_dotted,
    unshaped_names_with_people,
    verb_read_into_name,
    warned_hazards,
    wire_bylines,
    with_typed_dots,
    without_courtesy_title,
)
from habeas.analyse.chinese_places import (
    bare_level_alone,
    bodies_after_country_initial,
    china_paired_with_state,
    communities_after_level,
    country_before_university,
    crosses_the_border,
    dateline_places,
    described_region,
    direction_after_a_place,
    gazetteer_mentions,
    historic_levels,
    inside_a_name,
    joined_by_conjunction,
    level_read_as_name,
    listed_among_peoples,
    listed_before_count_of_level,
    names_a_mosque,
    names_a_process,
    names_a_site,
    names_a_time_zone,
    native_places,
    old_towns,
    one_place,
    paired_short_forms,
    part_of_xinjiang,
    place_guess_span,
    places_abroad,
    places_gone_to,
    places_inside,
    settlements_after_level,
    short_places,
    slogan_of_xinjiang,
    street_of_an_address,
    street_or_junction,
    tail_of_a_landmark,
    titled_whole,
    township_names,
    venue_after_place,
    village_names,
    water_bank_read_as_place,
    water_courses,
)
from habeas.analyse.chinese_words import (
    CJK,
    CJK_RE,
    Tokens,
    dictionary_tag,
    frequent_word,
    known_word,
)
from habeas.analyse.dates import DateMention
from habeas.analyse.model import Mention
from habeas.analyse.numbers import Figure

# a byline or a list may set the name apart from the title by one space: "（记者 王某某）"
# and a post's qualifier in brackets: "副县长（挂职）张某某"
CN_TITLE_RE = re.compile(
    rf"(?:(?:{CN_TITLES})(?:[（(][{CJK}]{{1,4}}[）)])?{GAP}?|{CN_ROLE_RE.pattern}(?:[：:]{GAP}*)?)(?P<name>{HAN_NAME})"
)
# a count of people right before a title, which makes the title a plural noun: "34位委员连署" (34 members co-signed),
# "5名代表发言"
_COUNTED_BEFORE_TITLE_RE = re.compile(r"(?:\d+|[一二三四五六七八九十百千两几多]+)[余多]?[位名]$")
# who someone is, before a transcribed name only ("当地居民阿依努尔透露"; "学生宿舍" holds no Han name)
# (and a people's name for one of them: "一名维吾尔人阿布力金"; "一位名叫…的记者": named)
_ROLES_BEFORE_TRANSCRIBED = (
    "居民|村民|牧民|农民|商人|教师|学生|医生|妇女|男子|女子|老人|青年|母亲|父亲|妻子|丈夫|"
    "维吾尔人|维吾尔族人|维族人|哈萨克人|哈萨克族人|柯尔克孜人|乌孜别克人|名叫|名为"
)
# the day after a numeral or a word of which day ("二十五日", "同日", "当日"), not the 日 of a word (日常生活:
# daily life)
DATE_NAME_RE = re.compile(
    rf"(?:\d{{1,2}}日|[年月]份?|(?<=[一二三四五六七八九十廿卅同当次翌])日)[，,\s]*(?P<name>{HAN_NAME}?)(?={ACTS})"
)


LAW_RE = re.compile(r"《([^》]{2,40})》")
LAW_END_RE = re.compile(
    r"(?:法|条例|规定|办法|细则|公约|宪章|宪法|决定|决议|意见|通知|纲要|规划|条约|议定书|宣言|守则)$"
)
MEDIA_END_RE = re.compile(r"(?:报|时报|日报|晚报|邮报|周刊|杂志|新闻|通讯社|电视台|周报|月刊)$")
# a document's kind that ends in 报 and names no paper: a communiqué or statistical bulletin, a circular, a briefing,
# an annual report ("《某某自治区2019年国民经济和社会发展统计公报》", "（以下简称《公报》）")
DOCUMENT_REPORT_END_RE = re.compile(r"(?:公报|通报|简报|年报|汇报|情报|举报)$")
SENT_RE = re.compile(r"[^。！？；\n]+[。！？；]?")


# the capital numerals and units of an amount written out as a contract or a notice writes it
# ("壹仟贰佰叁拾伍万捌仟元整")
_CAPITAL_NUMERALS = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角整"


def _in_capital_numerals(text: str, start: int, end: int) -> bool:
    """ "叁拾伍万捌仟元": a capital numeral that is also a surname (伍, 陆) read with the next one as a name, inside
    an amount written in capital numerals: no person."""
    if not all(c in _CAPITAL_NUMERALS for c in text[start:end]):
        return False
    return (start > 0 and text[start - 1] in _CAPITAL_NUMERALS) or (end < len(text) and text[end] in _CAPITAL_NUMERALS)


# an inventory's row: an item's name, spaces and its quantity with a measure word at the line's end ("…摄像机　210台"),
# not a count of people or an age ("…带队　5人")
_INVENTORY_ROW_END_RE = re.compile(rf"{GAP}+\d+(?:\.\d+)?(?![人名位户岁])[\u4e00-\u9fff]{{1,2}}{GAP}*$")


def _opens_inventory_row(text: str, tokens: Tokens, i: int) -> bool:
    """ "高清|网络|球形|摄像机　210台": a two-character word read as a name opening a row of goods and their
    quantity, a word of the item's name right after it with no space: a modifier of the item's name, no person."""
    start = tokens.words[i][0]
    if len(tokens.words[i][2]) != 2 or text[text.rfind("\n", 0, start) + 1 : start].strip(" \t\u3000"):
        return False
    return _noun_joined(tokens, i, i + 1, verbs=False) and _in_inventory_row(text, tokens.words[i][1])


def _inside_inventory_item(text: str, tokens: Tokens, i: int) -> bool:
    """ "人脸识别|卡口|摄像机　64台": a word read as a place between two words it is joined to, in a row of goods
    and their quantity: a part of the item's name (a checkpoint's camera), no place."""
    joined = _noun_joined(tokens, i, i - 1) and _noun_joined(tokens, i, i + 1)
    return joined and _in_inventory_row(text, tokens.words[i][1])


def _noun_joined(tokens: Tokens, i: int, j: int, verbs: bool = True) -> bool:
    """Whether the word at ``j`` is a word of Chinese characters written right against the word at ``i``, no
    space between them, and no title or role ("李某同志　1名" is a person); a verb only where ``verbs``
    ("王某负责　2人": the person is in charge)."""
    if not 0 <= j < len(tokens.words):
        return False
    word, other = tokens.words[i], tokens.words[j]
    touching = other[0] == word[1] if j > i else other[1] == word[0]
    verb_ok = verbs or not other[3].startswith("v")
    return touching and verb_ok and CJK_RE.match(other[2]) is not None and not _ROLE_WORD_RE.search(other[2])


def _in_inventory_row(text: str, pos: int) -> bool:
    """Whether the rest of the line from ``pos`` ends in an inventory row's quantity ("…　210台")."""
    line_end = text.find("\n", pos)
    return _INVENTORY_ROW_END_RE.search(text, pos, len(text) if line_end < 0 else line_end) is not None


def _retagged_word(word: str) -> bool:
    """A word the segmenter's model guessed a place though the dictionary, as the word list corrects it, holds it
    as another part of speech ("长达", "as long as", a verb): no place."""
    tag = dictionary_tag(word)
    if len(word) == 2 and word[0] == "驻" and not tag:
        return True  # "驻莎各单位" (the units stationed in Yarkant): 驻 and a place's one-character short form
    return bool(tag) and not tag.startswith("ns")


def _titled_paper(title: str) -> bool:
    """A title in book-title marks that names a paper or another medium by its kind ("《法制报》"), not a
    document whose kind ends in 报 ("《…统计公报》")."""
    return MEDIA_END_RE.search(title) is not None and DOCUMENT_REPORT_END_RE.search(title) is None


def is_chinese(text: str) -> bool:
    sample = text[:5000]
    letters = sum(map(str.isalpha, sample))
    return letters > 0 and len(CJK_RE.findall(sample)) / letters > 0.3


# half-width punctuation next to a Chinese character, as converters and many sites write Chinese ("决定,李某某任",
# "职务;陈某某任"), and the full-width form the rules read (not in figures: "3,927", "10:00")
_HALF_WIDTH_RE = re.compile(f"(?<=[{CJK}])[,;:!?]|[,;:!?](?=[{CJK}])")
_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}


def with_full_width_punctuation(text: str) -> str:
    """The page with its half-width commas, semicolons, colons and stops beside Chinese characters written
    full-width, as Chinese is punctuated: one character for one, so offsets hold."""
    return _HALF_WIDTH_RE.sub(lambda m: _FULL_WIDTH[m.group(0)], text)


# a day a scan's OCR read as 曰 ("say"), the character 日 ("day") is most often misread as: after a month and a day's
# figure ("9月30曰", "10月 8 曰") it is a date's, for 曰 never follows a figure in Chinese as written
_MISREAD_DAY_RE = re.compile(r"(?<=月)(?P<day>[ \t]*[0-3]?\d[ \t]*)曰")


# a form's blank as a transcription or a converter writes it filled in: the entry between runs of underscores
# ("被拘留人 __张某某__", "于__2017__年__6__月") or on a line of them; the underscores are no part of a name or a
# figure, and they glue a name to the label or the word before it ("羁押在__某县看守所__")
_FORM_BLANK_RE = re.compile(r"_{2,}|＿+")


def with_form_blanks(text: str) -> str:
    """The page with its form's blanks (``_FORM_BLANK_RE``) written as spaces: one character for one."""
    return _FORM_BLANK_RE.sub(lambda m: " " * len(m.group(0)), text) if "__" in text or "＿" in text else text


def with_misread_days(text: str) -> str:
    """The page with a day an OCR scan read as 曰 written 日 (``_MISREAD_DAY_RE``): one character for one."""
    return _MISREAD_DAY_RE.sub(lambda m: m.group("day") + "日", text) if "曰" in text else text


# a chat export's head of a message on a line of its own: the time it was sent and its sender, with no sentence of its
# own ("2019-06-02 10:15 刘某（乡政府）"); the message on the next line is what happened then
_MESSAGE_HEAD_RE = re.compile(r"[ \t]*\d{4}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]+[^\n。！？；]{1,30}")


def chinese_sentences(text: str) -> list[tuple[int, int]]:
    """The page's sentences; a chat message's head (``_MESSAGE_HEAD_RE``) and the message's first line are one."""
    spans = [(m.start(), m.end()) for m in SENT_RE.finditer(text) if m.group(0).strip()]
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _heads_a_message(text, *out[-1]) and text[out[-1][1] : start] == "\n":
            out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


def _heads_a_message(text: str, start: int, end: int) -> bool:
    return _MESSAGE_HEAD_RE.fullmatch(text, start, end) is not None


def _reported_at(text: str, pos: int) -> bool:
    """Whether a byline's verb starts at ``pos``: 报道 ("reports"), or 报导 as Taiwan and overseas papers write it."""
    return text.startswith(("报道", "报导", "報道", "報導"), pos)


def _credit_end(text: str, pos: int) -> bool:
    """Whether 摄 ("photographed") at ``pos`` closes a photograph's credit: at the end of its line or clause."""
    return text[pos : pos + 1] == "摄" and not CJK_RE.match(text[pos + 1 : pos + 2] or " ")


def _byline_end(text: str, end: int) -> bool:
    """ "记者 艾丽菲拉 报道", "（记者 某某）", "本报记者 某某" on a line of its own: a name a byline sets apart by a
    space ends at a space, a bracket, 报道 or the end of its line."""
    return text[end : end + 1] in (" ", "\u3000", "）", ")", "\n", "") or text.startswith("报道", end)


# what sets a byline's name apart before it (a label's colon, a space, a bracket), and the end of a line, the page or
# a bracket after it, past any spaces: where a byline's or a signature's name closes
_BYLINE_OPENERS = ("：", ":", " ", "\u3000", "（", "(", "\t")
_LINE_CLOSE_RE = re.compile(r"[ \t\u3000]*(?:\n|$|[)）】])")


def _conjunction_closes_line(text: str, name: str, end: int) -> bool:
    """Whether a name set apart on a byline (after a label's colon, a space or a bracket) ends in a conjunction ("和",
    "与", "及") that closes its line, where it joins nothing and so ends the given name ("编辑：某吉和", "（记者
    某立和）"); a line broken inside a sentence ("有某立和\n某明") is no byline."""
    before = text[end - len(name) - 1 : end - len(name)]
    return name[-1] in CONJUNCTIONS and before in _BYLINE_OPENERS and _LINE_CLOSE_RE.match(text, end) is not None


def _not_given_end(text: str, name: str, end: int) -> bool:
    """Whether a three-character name's last character is a word no given name ends in ("栗智曾出面": 曾, "once"),
    and no conjunction that closes its line."""
    return name[-1] in NOT_GIVEN and not _conjunction_closes_line(text, name, end)


def _phrase_at(tokens: Tokens, pos: int, length: int) -> bool:
    """Whether a word of four characters or more the segmenter reads starts at ``pos`` and runs past the
    ``length`` characters a name after a title would take."""
    word = tokens.word(pos)
    return word is not None and word[0] == pos and len(word[2]) >= 4 and word[1] > pos + length


def _function_word_at(tokens: Tokens, pos: int) -> bool:
    """Whether a function word of two or more characters the dictionary holds starts at ``pos``
    (关于, 对于, 将其): no name starts there, though its first character may be a surname."""
    word = tokens.word(pos)
    return (
        word is not None
        and word[0] == pos
        and len(word[2]) >= 2
        and word[3][:1] in ("p", "c", "u", "d", "r")
        and known_word(word[2])
    )


# 等 and the count of a group a name heads: "某某等5名代表", "某某等人", "某某等三位"
_GROUP_COUNT_AFTER_RE = re.compile(r"等(?:人|[一二三四五六七八九十两\d]+[名位人])")


def _given_read_into_deng(text: str, tokens: Tokens, word: str, end: int) -> bool:
    """A two-character name whose given name's last character the segmenter reads with the 等 after it, before
    the count of the group the name heads ("杨振|立等|5名副团长", 立等 "at once"): the name has three characters."""
    after = tokens.word(end)
    if len(word) != 2 or after is None or after[0] != end or after[2][1:] != "等" or len(after[2]) != 2:
        return False
    return _GROUP_COUNT_AFTER_RE.match(text, end + 1) is not None and after[2][0] not in NOT_GIVEN


# a verb made with 为 ("作为" as, "视为" regarded as, "评为" rated): after a title and two characters, the verb,
# not a name's third character ("副教授张某作为代表发言"); not 成为, 成 being a frequent given name's character
_WEI_VERB_RE = re.compile("[作视称认沦改评列誉选]为")


def _third_apart(tokens: Tokens, pos: int) -> bool:
    """Whether the segmenter reads the first two characters after a title at ``pos`` as one word and the
    third as the start of another: a function word ("院长周强|关于", "负责人叶春|及": about, and), or a word of
    two characters or more after an ordinary word ("代表|全体|援疆": on behalf of all the aid cadres)."""
    first, third = tokens.word(pos), tokens.word(pos + 2)
    if first is None or third is None or first[0] != pos or first[1] != pos + 2 or third[0] != pos + 2:
        return False
    if third[3][:1] in ("p", "c"):
        return True
    if _syllable_and_conjunction(third):
        return False
    return len(third[2]) >= 2 and not first[3].startswith("nr") and not third[3].startswith("nr")


def _syllable_and_conjunction(word: tuple[int, int, str, str]) -> bool:
    """A word the segmenter made of a transcribed name's last syllable and the conjunction after it ("鲁比|欧和|
    众议员"): the syllable is the name's."""
    return len(word[2]) == 2 and word[2][0] in TRANSLIT and word[2][1] in CONJUNCTIONS


def _starts_word(tokens: Tokens, pos: int) -> bool:
    """ "韩磊|发现": an ordinary word starts at ``pos`` (a name's third character) and runs on past it,
    not one made of that character and a function word ("赵克志在": 志在)."""
    word = tokens.word(pos)
    if word is None or word[0] != pos or len(word[2]) < 2 or not known_word(word[2]):
        return False
    return word[2][1] not in AFTER_NAME  # "赵克志|在", "王君正在": the name's, before a function word


# "挪威广播公司（NRK）": a body's name and, in brackets, its short or foreign name
BRACKET_ALIAS_RE = re.compile(r"[（(](?P<alias>[A-Za-z\u00c0-\u00de][A-Za-z\u00c0-\u00ff&.\- ]{1,40}?)[）)]")
# a person's Latin name first in a bracket that goes on, after a comma, to the person's post or affiliation:
# "某某·某某（Anna Berg，某某大学博士候选人）"
_PERSON_ALIAS_THEN_POST_RE = re.compile(
    r"[（(](?P<alias>[A-Za-z\u00c0-\u00de][A-Za-z\u00c0-\u00ff.\- ]{1,40}?)[，,][^（）()\n]{1,40}[）)]"
)


_CLOSING_QUOTES = ("”", '"', "」", "』")
# a person's Latin name: given name and surname, maybe a middle name's initial between them ("Laura T. Murphy")
_LATIN_PERSON_RE = re.compile(
    r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:[ \-](?:[A-Z]\.[ ])?[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+){1,3}"
)


# a place's name in Latin letters, as an encyclopaedia gives a township's Uyghur name: "（Lop Baziri）", "（Sampul）"
_LATIN_PLACE_RE = re.compile(
    r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:[ \-'][A-Z\u00c0-\u00de]?[a-z\u00df-\u00ff]+){0,3}"
)


def _latin_place_name(alias: str) -> bool:
    """A capitalised Latin name in brackets after a place: the place's own name in Latin letters, unless it
    is a known body's ("北京（Reuters）": a dateline's agency)."""
    entry = gazetteer_cn()[1].get(alias)
    return _LATIN_PLACE_RE.fullmatch(alias) is not None and (entry is None or entry.type == t.PLACE)


# a Chinese person's name in pinyin with the surname in capitals, as sanctions lists and papers write it, then
# the name in characters in brackets, on the same line or the next: "ZHU Hailun（朱海仑）", "WANG Jun-zheng\n（…）"
_CAPITAL_SURNAME_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?P<alias>[A-Z]{2,}(?:[ \-][A-Z][a-z]+){1,2})[ \t]*\n?[ \t]*[（(]$"
)
_ALIAS_REACH = 40


def _capital_surname_aliases(kept: list[Mention], text: str) -> list[Mention]:
    """A person's pinyin name, surname in capitals, before the name in characters in brackets: the same person."""
    out = []
    for m in kept:
        if m.type != t.PERSON or text[m.end : m.end + 1] not in "）)":
            continue
        hit = _CAPITAL_SURNAME_BEFORE_RE.search(text, max(0, m.start - _ALIAS_REACH), m.start)
        if hit is not None:
            out.append(_alias_mention(m, hit, t.PERSON))
    return out


def _alias_mention(m: Mention, hit: re.Match[str], kind: str) -> Mention:
    """The alias a match's group "alias" names, a mention of the same entity as ``m``, which it makes strong."""
    s, e = hit.span("alias")
    m.strong = True
    return Mention(m.page, s, e, hit.group("alias"), hit.group("alias"), kind, 5, m.canonical or m.name, True)


def _bracket_aliases(kept: list[Mention], text: str) -> list[Mention]:
    """A body's Latin name or acronym in brackets after its Chinese name, a person's Latin name
    ("阿不都外力·买买提（Abduweli Memet）") and a place's ("山普鲁镇（Sampul）"): the same entity; and a
    person's pinyin name with the surname in capitals before the name in characters in brackets."""
    out = _capital_surname_aliases(kept, text)
    named = {(m.page, m.start) for m in kept if m.type != t.PLACE}  # "北京（Reuters）": the agency, found as such
    for m in kept:
        if m.type not in (t.ORGANIZATION, t.PUBLIC_BODY, t.PERSON, t.PLACE):
            continue
        quoted = text[m.end : m.end + 1] in _CLOSING_QUOTES  # "“夏尔巴”（Sherpa）": a name in quotation marks
        hit = BRACKET_ALIAS_RE.match(text, m.end + 1 if quoted else m.end)
        if hit is None and m.type == t.PERSON:
            hit = _PERSON_ALIAS_THEN_POST_RE.match(text, m.end)
        if hit is not None and m.type == t.PERSON and not _LATIN_PERSON_RE.fullmatch(hit.group("alias")):
            continue
        if hit is not None and m.type == t.PLACE and not _latin_place_name(hit.group("alias")):
            continue
        if hit is not None and m.type == t.PLACE and (m.page, hit.start("alias")) in named:
            continue
        if hit is not None:
            out.append(_alias_mention(m, hit, m.type))
    return out


# a listed company's short name on its announcement's first line: "证券简称：某某股份　　公告编号：…"
_STOCK_SHORT_NAME_RE = re.compile(rf"(?:证券|股票)简称[：:]{GAP}*(?P<short>(?:\*?ST)?[{CJK}]{{2,6}})(?![{CJK}])")


def _stock_short_names(page: int, text: str, kept: list[Mention]) -> list[Mention]:
    """The short name a listed company's announcement gives after 证券简称 ("证券简称：恒达股份"): the company
    the page names in full whose name holds the short name's first two characters, or a company of its own
    where the page names none."""
    out = []
    companies = [m for m in kept if m.type == t.ORGANIZATION and m.name.endswith(LEGAL_END)]
    for hit in _STOCK_SHORT_NAME_RE.finditer(text):
        short = hit.group("short")
        core = short.removeprefix("*").removeprefix("ST")[:2]
        full = next((m.canonical or m.name for m in companies if core in m.name), short)
        found = [m for m in kept if (m.start, m.end) == hit.span("short")]
        for m in found:  # read already (as a brand, a body): the company's, under its full name
            m.type, m.canonical, m.strong = t.ORGANIZATION, full, True
        if not found:
            out.append(Mention(page, hit.start("short"), hit.end("short"), short, short, t.ORGANIZATION, 5, full, True))
    return out


# a body's short name given in brackets right after its full name: "（简称“某某股份”）", "（以下简称“某某”）"
_BRACKETED_SHORT_NAME_RE = re.compile(rf"[（(](?:以下)?简称[：:]?[“\"](?P<short>[{CJK}A-Za-z]{{2,8}})[”\"][）)]")


def _bracketed_short_names(page: int, text: str, kept: list[Mention]) -> list[Mention]:
    """The short name a page gives a body in brackets right after its full name ("某某纺织股份有限公司（简称
    “某某纺织”）"): every mention of the short name is the body's, under its full name."""
    bodies_ending = {m.end: m for m in kept if m.type in (t.ORGANIZATION, t.PUBLIC_BODY)}
    by_name: dict[str, list[Mention]] = {}
    for m in kept:
        by_name.setdefault(m.name, []).append(m)
    out = []
    for hit in _BRACKETED_SHORT_NAME_RE.finditer(text):
        body = bodies_ending.get(hit.start())
        if body is None:
            continue
        short, full = hit.group("short"), body.canonical or body.name
        for m in by_name.get(short, []):
            m.type, m.canonical, m.strong = body.type, full, True
        if not any((m.start, m.end) == hit.span("short") for m in by_name.get(short, [])):
            out.append(Mention(page, hit.start("short"), hit.end("short"), short, short, body.type, 5, full, True))
    return out


def _places_joined(name: str, index: dict[str, t.GazetteerEntry]) -> bool:
    """Whether every part of a dotted name is a place the gazetteer knows ("哈萨克斯坦·阿拉木图")."""
    return all((entry := index.get(part)) is not None and entry.type == t.PLACE for part in name.split("·"))


# surnames that are also adverbs of time before a verb: 曾 ("once"), 将 ("will")
_ADVERB_SURNAMES = "曾将"


def _act_read_as_given(name: str) -> bool:
    """A surname that is also an adverb before a verb the dictionary holds, read as a name after a date
    ("上月曾表示": 曾 "once", then 表示 "said"; "下周将访问"): the given name is the act, no name."""
    given = name[1:]
    if name[:1] not in _ADVERB_SURNAMES or len(given) != 2:
        return False
    return ACTS_RE.fullmatch(given) is not None or dictionary_tag(given).startswith("v")


# surnames that are also verbs of going back (回, "return"), and the kinds of word a place gone back to is tagged
# with: a noun, a place's name, a location ("回老家", "回单位", "回北京", "回村里")
_VERB_SURNAMES = "回"
_DESTINATION_TAGS = ("n", "ns", "s", "f")


def _destination_read_as_given(name: str) -> bool:
    """A surname that is also a verb of going back, then a place or a noun the dictionary holds, read as a name
    after a post ("局长回老家过年": went back home); a given name is no such word ("回建民", "回永强")."""
    return name[:1] in _VERB_SURNAMES and len(name) == 3 and dictionary_tag(name[1:]) in _DESTINATION_TAGS


# a province's, a city's or a prefecture's level, which closes the place a district or a county is under
_UPPER_LEVEL_ENDS = ("省", "市", "州", "盟", "地区")


def _district_of_a_city(tokens: Tokens, i: int) -> bool:
    """A name guess between a place that ends in a province's or a city's level and a district's, a county's
    or a town's level standing alone ("江苏省苏州市|吴江|区"): the district, no person."""
    if not 0 < i < len(tokens.words) - 1:
        return False
    before, word, after = tokens.words[i - 1], tokens.words[i], tokens.words[i + 1]
    return (
        before[1] == word[0]
        and after[0] == word[1]
        and before[3] == "ns"
        and before[2].endswith(_UPPER_LEVEL_ENDS)
        and after[2] in ("区", "县", "市", "镇", "乡")
    )


def _level_read_as_given(word: str) -> bool:
    """A two-character word the segmenter guesses as a surname and a given name whose given name is a place's
    level ("分片包村": 包村, "to take charge of a village"; "包乡") or the head of a commission's or an office's
    short name ("黄委主任", "黄委将……": a river's commission, as 纪委 and 侨办 are short names): no given name."""
    return len(word) == 2 and word[1] in LEVEL_CHARS + "委办"


# a converter's pinyin after a character, one syllable with its tone mark in brackets: "内(nèi)陆河", "习(xí)近平"
_CONVERTER_PINYIN_RE = re.compile(rf"(?<=[{CJK}])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")


def without_converter_pinyin(text: str) -> tuple[str, list[int]]:
    """A page through a converter that writes a character's pinyin after it ("习(xí)近平", "万(wàn)人"), as read
    without the pinyin, and the page's offset of each character read."""
    return _without(text, [m.span() for m in _CONVERTER_PINYIN_RE.finditer(text)])


def _without(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """The page read without ``spans`` (in order, apart), and the page's offset of each character read."""
    kept: list[int] = []
    pos = 0
    for start, end in spans:
        kept.extend(range(pos, start))
        pos = end
    kept.extend(range(pos, len(text)))
    return "".join(text[i] for i in kept), kept


def has_converter_pinyin(text: str) -> bool:
    """Whether a page went through a converter that writes each character's pinyin after it ("库(kù)车")."""
    return _CONVERTER_PINYIN_RE.search(text) is not None


# a transcribed name's dot with a space on either side or both, as converters and some sites set it ("肖某提 · 依某",
# "阿某拉 ·买某提"): a name's character on each side (not a menu's separator: "首页 · 新闻")
_NAME_CHAR = "[" + "".join(sorted(DOTTED_NAME_CHARS)) + "]"
_SPACED_DOT_RE = re.compile(rf"(?<={_NAME_CHAR})({GAP}*)[·•・‧]({GAP}*)(?={_NAME_CHAR})")


# one space between two Chinese characters, as a scan's text recognition sets inside a word ("县司 法局")
_ONE_GAP_RE = re.compile(rf"(?<=[{CJK}]){GAP}(?=[{CJK}])")
_ORGAN_RE = re.compile(f"(?:{BODY_PARTS})")
_ORGAN_MAX = 12  # characters of an organ's name on either side of a gap


def _gap_inside_organ(text: str, gap: re.Match[str]) -> bool:
    """Whether a space splits an organ's name ("县司 法局", "公 安局", "委 员会"): the organ read across it, with at
    least one side no whole word (a character alone, or "法局"); two whole words are left apart ("人民 政府")."""
    left = text[max(0, gap.start() - _ORGAN_MAX) : gap.start()]
    joined = left + text[gap.end() : gap.end() + _ORGAN_MAX]
    for i in range(len(left)):
        organ = _ORGAN_RE.match(joined, i)
        if organ is not None and organ.end() > len(left):
            before, after = joined[i : len(left)], joined[len(left) : organ.end()]
            return not (known_word(before) and known_word(after))
    return False


def _dropped_gaps(text: str) -> list[tuple[int, int]]:
    """The spans a name's page reads without: a converter's pinyin after a character, the spaces around a
    transcribed name's dot, and a space a scan's text recognition set inside an organ's name."""
    spans = [m.span() for m in _CONVERTER_PINYIN_RE.finditer(text)]
    for m in _SPACED_DOT_RE.finditer(text):
        spans.extend(m.span(g) for g in (1, 2) if m.end(g) > m.start(g))
    spans.extend(m.span() for m in _ONE_GAP_RE.finditer(text) if _gap_inside_organ(text, m))
    return sorted(spans)


_Read = TypeVar("_Read", Mention, DateMention, Figure)


def on_the_page(item: _Read, kept: list[int]) -> _Read:
    """What was read without a converter's pinyin or a dot's spaces, or on an English page with its words broken by
    a hyphen and a space mended, its offsets taken back to the page through ``kept`` (the page's offset of each
    character read, from ``without_converter_pinyin``, ``_without`` or the English page's mending)."""
    return replace(item, start=kept[item.start], end=kept[item.end - 1] + 1)


def _read_without(page: int, text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """A page through a converter that writes a character's pinyin after it ("习(xí)近平", "库(kù)车") or spaces
    around a name's dot ("肖某提 · 依某"), read without them, each mention's offsets taken back to the page (the
    name keeps no pinyin and no space: "肖某提·依某")."""
    read, kept = _without(text, spans)
    out = []
    for c in chinese_mentions(page, read):
        m = on_the_page(c, kept)
        out.append(replace(m, text=text[m.start : m.end]))
    return out


def chinese_mentions(page: int, text: str) -> list[Mention]:
    from habeas.analyse.english_overlaps import resolve_overlaps

    dropped = _dropped_gaps(text)
    if dropped:
        return _read_without(page, text, dropped)
    cands: list[Mention] = []
    index = gazetteer_cn()[1]
    tokens = Tokens(text)
    typed = with_typed_dots(text, tokens)  # a hyphen or full stop typed for a name's dot read as the dot
    dotted = []
    for s, e in dot_names(typed, tokens):
        name = DOT_RE.sub("·", typed[s:e])
        if _places_joined(name, index):
            continue  # "乌鲁木齐·喀什": two places a dot joins (a route, a pair), no person
        dotted.append(Mention(page, s, e, text[s:e], name, t.PERSON, 7))
    cands.extend(dotted)
    cands.extend(given_names_alone(page, text, dotted))
    cands.extend(transcribed_before_dotted(page, text, dotted))
    cands.extend(transcribed_after_dotted(page, text, tokens, dotted))
    cands.extend(dotted_bodies(page, text, tokens) + _hyphened_bodies(page, text, typed, tokens))
    for m in CN_TITLE_RE.finditer(text):
        name = m.group("name")
        if translit_after(text, m.start("name"), tokens) - m.start("name") > len(name):
            continue  # "议员布蒂科费尔": a transcribed name, read below
        if _function_word_at(tokens, m.start("name")) or not_a_name_after_title(tokens, m.start("name")):
            continue  # "总书记关于新疆工作的": a preposition after the title, not a surname (关)
        if title_across_places(tokens, m.start(), m.start("name")):
            continue  # "东莞市长安镇": 市长 read across two places
        if _COUNTED_BEFORE_TITLE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "已有34位委员连署": members counted, a plural noun, no title before a name
        if _conjoined_noun(text, m.start("name"), name) or _conjoined_name(text, tokens, m.start("name"), name):
            continue  # "证人和专家": 和 joins the title to another noun, and starts no name
        # "记者李明|报道", read as 李|明报|道; "记者 谢龙摄": the photograph's credit, 摄 ("photographed")
        reported = _reported_at(text, m.start("name") + 2) or _credit_end(text, m.start("name") + 2)
        apart = _third_apart(tokens, m.start("name")) or _starts_word(tokens, m.start("name") + 2)
        apart = apart or _WEI_VERB_RE.match(text, m.start("name") + 2) is not None
        whole = len(name) == 3 and _reported_at(text, m.start("name") + 3)  # "记者庄某明|报导", read as 庄某|明报|导
        # "参谋长杨振立等5名副团长", read as 杨振|立等: the name closes before 等 and the count of its group
        whole = whole or (len(name) == 3 and _GROUP_COUNT_AFTER_RE.match(text, m.start("name") + 3) is not None)
        whole = whole or (len(name) == 3 and _conjunction_closes_line(text, name, m.start("name") + 3))
        if len(name) == 3 and married_name_at(text, m.start("name")):
            name = text[m.start("name") : m.start("name") + 4]  # "议员叶刘淑仪表示": two surnames, a given name
        elif len(name) == 3 and not whole and (_not_given_end(text, name, m.start("name") + 3) or reported or apart):
            name = name[:2]
        elif len(name) == 3 and _post_verb_read_in(text, name, m.start("name") + 3):
            name = name[:2]  # "主任杨光任副团长": 任 gives the next post
        elif verb_read_into_name(name, text, m.start("name") + 3):
            name = name[:2]  # "局长王强作了报告": 作 is the verb the particle 了 marks
        if WEEKDAY_RE.fullmatch(name) or name[0] == name[1]:
            continue  # "发言人周三表示": the day the spokesperson spoke; "总书记殷殷嘱托": a doubled word
        if len(name) == 2 and frequent_word(name) and not dictionary_tag(name).startswith("nr"):
            continue  # "记者包括，……": a frequent ordinary word (包括 "include") after the title, no name
        if _phrase_at(tokens, m.start("name"), len(name)):
            continue  # "书记高度重视", "局长严格把关": a set phrase of four characters after the title, no name
        if aspect_marked(name, text, m.start("name") + len(name)):
            continue  # "县长陈述了……": the title's holder stated, a verb the particle 了 marks
        if _destination_read_as_given(name):
            continue  # "局长回老家过年": the holder went back home, no surname 回
        s = m.start("name")
        cands.append(Mention(page, s, s + len(name), name, name, t.PERSON, 5))
        cands.extend(byline_names_after(page, text, s + len(name)))
    cands.extend(spaced_names(page, text))
    cands.extend(slashed_bylines(page, text))
    cands.extend(bylines_by_medium(page, text))
    cands.extend(names_in_cells(page, text))
    cands.extend(contact_rows(page, text))
    cands.extend(spaced_names_after_label(page, text))
    cands.extend(cited_authors(page, text))
    cands.extend(latin_people_speaking(page, text))
    cands.extend(latin_byline_lines(page, text))
    cands.extend(latin_photo_credits(page, text))
    for m in re.finditer(f"{CN_ROLE_RE.pattern}|(?:{CN_TITLES}|{_ROLES_BEFORE_TRANSCRIBED})", text):
        latin = latin_person_after_title(page, text, m.end())
        if latin is not None:
            cands.append(latin)
        named = named_after_title(text, tokens, m.end())
        if named is not None:
            cands.append(Mention(page, m.end(), named, text[m.end() : named], text[m.end() : named], t.PERSON, 5))
        start = m.end() + (1 if text[m.end() : m.end() + 1] in (" ", "\u3000") else 0)
        end = last_syllable_before_speech(text, start, translit_after(text, start, tokens))
        long_enough = end - start >= 3 or short_name_acting(text, tokens, start, end)
        long_enough = long_enough and not _opens_with_common_noun(tokens, start)
        if long_enough and not dot_at(text, end) and (start == m.end() or _byline_end(text, end)):
            cands.append(Mention(page, start, end, text[start:end], text[start:end], t.PERSON, 4))
            cands.extend(byline_names_after(page, text, end))  # "（记者阿依某某、于某）": the byline's next names
    cands.extend(transcribed_after_transcribed(page, text, tokens, cands))
    for m in DATE_NAME_RE.finditer(text):
        name = m.group("name")
        given = given_name_ok(name, text, m.end("name")) if name else False  # "11月|曾经|到访": "once", no name
        given = given and not _act_read_as_given(name)  # "上月|曾|表示": "once said", no name
        if given and name not in index and is_han_name(name) and name[-1] not in NOT_GIVEN + LEVEL_CHARS:
            cands.append(Mention(page, m.start("name"), m.end("name"), name, name, t.PERSON, 4))
    cands.extend(led_names(page, text, tokens))
    cands.extend(comrade_names(page, text) + comrades_listed(page, text) + holders_after_post(page, text))
    cands.extend(names_split_by_title(page, text) + names_in_attendance_row(page, text))
    cands.extend(speakers_at_clause_start(page, text, tokens))
    cands.extend(courtesy_speakers(page, text))
    cands.extend(transcribed_comrades(page, text))
    cands.extend(profiled_names(page, text))
    cands.extend(names_before_bracketed_posts(page, text) + names_cut_before_posts(page, text, tokens))
    cands.extend(transcribed_list(page, text))
    cands.extend(transcribed_acting(page, text, tokens))
    cands.extend(transcribed_complements(page, text, tokens))
    cands.extend(transcribed_headings(page, text))
    cands.extend(undotted_between_dotted(page, text))
    cands.extend(transcribed_names_listed(page, text, tokens))
    cands.extend(appointed_names(page, text, tokens))
    cands.extend(addressed_names(page, text, tokens))
    cands.extend(han_names_after_noun(page, text, tokens))
    cands.extend(names_after_department(page, text, tokens))
    cands.extend(listed_after_label(page, text))
    cands.extend(names_with_latin_initial(page, text))
    cands.extend(kin_names(page, text, tokens))
    cands.extend(display_names(page, text) + mail_display_names(page, text))
    cands.extend(wire_bylines(page, text) + closing_bylines(page, text))
    cands.extend(transcribed_before_apposition(page, text, tokens))
    cands.extend(gazetteer_mentions(page, text, tokens))
    cands.extend(bodies_after_country_initial(page, text))
    cands.extend(short_places(page, text, tokens))
    cands.extend(listed_before_count_of_level(page, text))
    for m in LAW_RE.finditer(text):  # 《...》 holds a work's title: a law's, a newspaper's, a book's
        kind = t.LAW if LAW_END_RE.search(m.group(1)) else t.ORGANIZATION if _titled_paper(m.group(1)) else None
        if kind is not None:  # a title a document's lines break ("关于进一步⏎做好…意见") is named whole
            title = re.sub(r"\s+", "", m.group(1)) if CJK_RE.search(m.group(1)) else m.group(1)
            cands.append(Mention(page, m.start(1), m.end(1), m.group(1), title, kind, 5))
    cands.extend(titled_media(page, text, index))
    cands.extend(place_accounts(page, text, index))
    for s, e in named_by_suffix(FACILITY_HEAD_RE, text, tokens, 0):
        holds_place = any(text[s : s + n] in index for n in range(1, e - s))
        cands.append(Mention(page, s, e, text[s:e], text[s:e], t.FACILITY, 6 if holds_place else 4))
    cands.extend(state_bodies(page, text, tokens, index))
    cands.extend(short_offices(page, text))
    cands.extend(suffixed_organisations(page, text, tokens))
    cands.extend(listed_organisations(page, text, tokens, index))
    cands.extend(heads_sharing_level(page, text))
    cands.extend(foreign_bodies(page, text, tokens, index))
    cands.extend(cue_organisations(page, text, tokens, index))
    cands.extend(township_names(page, text, tokens))
    cands.extend(village_names(page, text, tokens, index))
    cands.extend(historic_levels(page, text, tokens) + water_courses(page, text, tokens))
    cands.extend(settlements_after_level(page, text, tokens))
    cands.extend(communities_after_level(page, text) + units_set_up(page, text))
    cands.extend(latin_platforms(page, text))
    cands.extend(latin_editions(page, text))
    cands.extend(latin_known_bodies(page, text))
    cands.extend(places_gone_to(page, text, tokens) + old_towns(page, text, index))
    cands.extend(native_places(page, text, tokens, index))
    cands.extend(dateline_places(page, text, index) + source_media(page, text))
    for m in CHAMBER_RE.finditer(text):  # "拉布在下议院发言": a chamber named alone, its country's by the story
        cands.append(Mention.whole(page, m, t.PUBLIC_BODY, 4))
    cands.extend(places_abroad(page, text, tokens))
    cands.extend(longer_names(cands, text, tokens))
    cands.extend(listed_between_names(page, text, tokens))
    cands.extend(listed_after_a_name(page, text, tokens, index))
    cands.extend(recurring_cut_names(page, text, tokens))
    cands.extend(people_listed_with_people(page, text, tokens, index))
    cands.extend(unshaped_names_with_people(page, text, tokens, index))
    cands.extend(listed_names_run_together(page, text, tokens))
    cands.extend(transcribed_before_latin(page, text, tokens, typed))
    corps_page = CORPS_NAMED_RE.search(text) is not None
    for i, (start, end, word, flag) in enumerate(tokens.words):
        if flag in ("nr", "ns") and (_function_led(text, start, end) or paired_short_forms(text, start, end)):
            continue
        if corps_page and division_word(word):
            continue
        if flag in ("nr", "nrt") and _tail_of_transcribed_guess(tokens, i):
            continue  # "麦克|杜格尔": the end of one transcribed word the segmenter cut in two, no name of its own
        if flag in ("nr", "nrfg") and level_read_as_name(word):
            cands.append(Mention(page, start, end, word, word, t.PLACE, 2))
            continue  # "与|于阗县|西境": a county the segmenter guesses as a name (于 a surname)
        if flag in ("nr", "nrfg", "nrt") and venue_after_place(tokens, i):
            cands.append(Mention(page, start, end, word, word, t.PLACE, 2))
            continue  # "在日内瓦|万国宫|举行": the palace the meeting sat in, a surname's character (万) read as a name
        if flag in ("nr", "nrfg") and _district_of_a_city(tokens, i):
            district = text[start : tokens.words[i + 1][1]]
            cands.append(Mention(page, start, start + len(district), district, district, t.PLACE, 2))
            continue  # "苏州市|吴江|区": a city's district the segmenter guesses as a name, its level cut off
        if (
            flag in ("nr", "nrfg")
            and len(word) == 3
            and (_not_given_end(text, word, end) or _post_verb_read_in(text, word, end))
        ):
            word, end = word[:2], end - 1  # "栗智曾|出面": 曾 ("once") read into a two-character name
        elif (
            flag in ("nr", "nrfg") and len(word) == 2 and _conjunction_closes_line(text, text[start : end + 1], end + 1)
        ):
            word, end = text[start : end + 1], end + 1  # "某吉|和" closing a byline's line: the given name's end
        elif flag in ("nr", "nrfg") and surname_read_apart(tokens, i):
            word, start = text[start - 1 : end], start - 1  # "孙|卫东|代表": the surname the segmenter cut off
        elif flag in ("nr", "nrfg") and _given_read_into_deng(text, tokens, word, end):
            word, end = text[start : end + 1], end + 1  # "杨振|立等|5名": the given name's last character
        elif flag in ("nr", "nrfg") and _last_given_before_bracket(text, tokens, word, end):
            word, end = text[start : end + 1], end + 1  # "张东|月(已故)": the given name's last character
        elif flag in ("nr", "nrfg") and _name_and_rank(word):
            word, end = _name_and_rank(word), start + len(_name_and_rank(word))  # "王震将军": the general's name
        if (
            flag in ("nr", "nrfg")
            and is_han_name(word)
            and not _before_count(text, word, end)
            and not _preposition_before_date(text, word, end)
            and not _preposition_and_time_word(word)
            and not _season_named(text, end)
            and not listed_between_nouns(tokens, i)
            and not _inside_noun_phrase(tokens, i)
            and not quoted_whole(text, start, end)
            and not joined_by_conjunction(text, start, word)
            and not _transcription_goes_on(tokens, end)
            and not _transcribed_guesses_run_on(tokens, word, end)
            and not _named_as_short_form(text, start)
            and not _names_an_era_or_a_people(text, word, end)
            and not names_a_mosque(tokens, i)
            and not names_a_site(tokens, i)
            and not _verb_of_a_counted_group(text, tokens, i)
            and not _level_read_as_given(word)
            and not _verb_after_adverb(tokens, i)
            and not _in_capital_numerals(text, start, end)
            and not _opens_inventory_row(text, tokens, i)
            and not _surname_ends_word_before(text, word, start)
            and not _former_name_of_a_place(text, end)
            and not _section_of_a_place(tokens, i)
            and given_name_ok(word, text, end)
        ):
            cands.append(Mention(page, start, end, word, word, t.PERSON, 3))
        elif (
            flag == "ns"
            and len(word) >= 2
            and CJK_RE.match(word)
            and not _retagged_word(word)
            and not described_region(word)
            and not _reduplicated(word)
            and one_place(word, text, start, tokens)
            and not slogan_of_xinjiang(word)
            and not _language_named(tokens, end)
            and not china_paired_with_state(word, index)
            and not (word not in index and _inside_inventory_item(text, tokens, i))
            and not direction_after_a_place(text, start, end, index)
        ):
            if inside_a_name(text, start, end) or _ISSUER_CODE_RE.match(text, end):
                continue  # "伊县统发〔2018〕9号": a document number's issuer code, no place
            if given_name_after_surname(tokens, i, index):
                if ACTS_RE.match(text, end):  # "蒋|建国|表示": the person speaks
                    s0 = tokens.words[i - 1][0]
                    cands.append(Mention(page, s0, end, text[s0:end], text[s0:end], t.PERSON, 3))
                continue
            if tail_of_a_landmark(tokens, i) or titled_whole(text, start, end) or names_a_mosque(tokens, i):
                continue
            if _transcription_read_on(tokens, i, index):
                continue
            start, end = place_guess_span(text, tokens, start, end)
            cands.append(Mention(page, start, end, text[start:end], text[start:end], t.PLACE, 2))
        elif (
            flag == "nt"
            and len(word) >= 3
            and not BODY_RE.fullmatch(word)
            and not DOC_CODE_AFTER.match(text, end)
            and not kind_word_of_dictionary(word)  # "民间组织": a kind of body
            and not verbs_of_dictionary(word)  # "统一安排": an act
            and not field_of_study(word)  # "工商管理学位": a subject, no body
            and not names_a_process(word)  # "宗教中国化": a process, no body
            and not _modifier_and_verb(word)  # "重新安排": arranged anew, a predicate, no body
            and not _people_counted(tokens, i)  # "一名|普通员工|晋升为": the people counted, no body
            and not _institutions_counted(tokens, i)  # "民办学校|1|所": schools of a kind counted, no body
            and not meeting_held(text, start, end)  # "参加|汇报会": a meeting attended, no body
        ):
            # not "公安局" alone (a kind of body), nor a document number's issuer code ("墨人社发〔2018〕9号")
            start = _level_before(tokens, i, start)
            cands.append(Mention(page, start, end, text[start:end], text[start:end], t.ORGANIZATION, 2))
    cands.extend(local_offices(cands))  # after the segmenter's bodies: the administration is often one
    # "新疆公安部门" (Xinjiang's public security departments) names no ministry: 部门 is a department of any
    # kind, unless the gate is meant ("外交部门前静坐": at the ministry's gate); nor does a body whose last
    # character the segmenter reads into the next word (稳疆兴疆大学|习); nor is a document number's issuer code
    # a person ("叶公通〔2017〕31号": 叶公, the county's public security); nor is a hazard a graded warning names
    hazards = warned_hazards(text)
    cands = [
        c
        for c in cands
        if not (c.type in (t.PUBLIC_BODY, t.ORGANIZATION) and (department_word(text, c) or _last_read_on(tokens, c)))
        and not (c.type == t.PERSON and c.name in hazards)
        and not (c.type == t.PERSON and _ISSUER_CODE_RE.match(text, c.end))
        and not (c.type in (t.PERSON, t.PLACE) and _in_account_name(text, c))
        and not (c.type in (t.PERSON, t.ORGANIZATION) and street_or_junction(text, c.start, c.end))
        and not _in_filing_mark(text, c)
        and not _on_share_line(text, c)
        and not (c.type == t.PLACE and _not_a_place_here(text, c))
        and not (c.type == t.PERSON and _masked_name(text, c))
    ]
    cands = [trimmed for c in cands if (trimmed := without_courtesy_title(c)) is not None]
    cands = _without_link_farm_places(text, cands)
    cands = bodies_from_their_township(cands, text)
    cands += courts_tribunals(cands, text) + force_units(cands, text) + university_departments(cands, text, tokens)
    kept = with_branches(resolve_overlaps(people_first(longer_names_first(cands))))
    kept = names_in_a_column(page, text, names_cut_before_their_last(kept, text))
    kept = names_read_into_a_verb(kept, text)
    kept = dotted_names_off_at_an_edge(kept, text)
    kept = transcriptions_joined(names_run_together_split(kept), text)
    kept = committees_of_joined_subjects(kept, text, tokens)
    kept += coordinated_organisations(page, text, tokens, kept)
    kept = _with_short_forms(kept, short_forms(page, text, tokens, kept, index))
    kept = _with_short_forms(kept, abbreviated_bodies(page, text, tokens, kept))
    kept = country_before_university(kept)
    kept = party_committees_named_one_way(kept)
    found = kept + places_inside(kept, cands) + _bracket_aliases(kept, text) + _stock_short_names(page, text, kept)
    found += universities_of_their_schools(kept)
    return found + _bracketed_short_names(page, text, kept)


# a post after the verb that gives it: "杨光任副团长", "王芳兼秘书长" (serves as, doubles as)
_POST_AFTER_VERB_RE = re.compile(rf"(?:副|常务副?|代理?)?(?:{CN_TITLES})")


def _post_verb_read_in(text: str, word: str, end: int) -> bool:
    """A three-character name whose last character is 任 or 兼 right before a post ("主任杨光任|副团长"): the
    verb that gives the post, which the segmenter read into the name, not its last character."""
    return word[-1] in "任兼" and _POST_AFTER_VERB_RE.match(text, end) is not None


def _opens_with_common_noun(tokens: Tokens, start: int) -> bool:
    """Whether a run of transcription characters after a title opens with a frequent common noun the dictionary
    holds ("所长|基金|特别支持项目": the director's fund), no transcribed name."""
    word = tokens.word(start)
    return word is not None and word[0] == start and len(word[2]) >= 2 and word[3] == "n" and frequent_word(word[2])


# the measure words that count people: "一名", "两位", "3名"
_PEOPLE_MEASURES = ("名", "位")
# the tags of a common noun that goes on after a body, naming the kind of people in it ("新疆大学|教师")
_KIND_OF_PEOPLE_FLAGS = ("n", "nz", "nt", "vn", "ng")


def _people_counted(tokens: Tokens, i: int) -> bool:
    """Whether the word at ``i`` is what a count of people counts, ending the phrase ("从一名|普通员工|晋升为"):
    a kind of people the segmenter reads as a body. A body that people belong to goes on into their kind
    ("一名|新疆大学|教师") and stays a body."""
    if i == 0 or not tokens.words[i - 1][2].endswith(_PEOPLE_MEASURES):
        return False
    count = tokens.words[i - 1]
    counted = count[3] == "m" or (i > 1 and len(count[2]) == 1 and tokens.words[i - 2][3] == "m")
    after = tokens.words[i + 1] if i + 1 < len(tokens.words) else None
    return counted and (after is None or after[3] not in _KIND_OF_PEOPLE_FLAGS)


# the measure words that count institutions before their kind: "13家上市公司", "两家保险公司", "3所高校"
_INSTITUTION_MEASURES = ("家", "所")


def _institutions_counted(tokens: Tokens, i: int) -> bool:
    """Whether the word at ``i`` is a kind of institution a count and 所 follow ("其中民办学校|1|所，公办学校|3|所"),
    or a count and its measure word go before ("有13|家|上市公司", "两家|上市公司"): how many schools, hospitals
    or companies of the kind there are; an institution named is one, never counted so."""
    after = tokens.words[i + 1 : i + 3]
    if len(after) == 2 and after[0][3] == "m" and after[0][0] == tokens.words[i][1] and after[1][2] == "所":
        return True
    before = tokens.words[max(0, i - 2) : i]
    if not before or before[-1][1] != tokens.words[i][0] or not before[-1][2].endswith(_INSTITUTION_MEASURES):
        return False
    measure = before[-1]
    return measure[3] == "m" and (len(measure[2]) > 1 or (len(before) == 2 and before[0][3] == "m"))


def _level_before(tokens: Tokens, i: int, start: int) -> int:
    """Where a body the segmenter reads as one word starts when a level stands before it for the page's own
    county or city ("县|信息中心"), for the township ("乡镇|卫生院") or for the state ("国家|安全局"), also where a
    verb of working with is read into the level ("会同县|信息中心": together with the county's centre)."""
    before = tokens.words[i - 1] if i > 0 else None
    if before is None or before[1] != start:
        return start
    if before[2] in LEVEL_WORDS:
        return name_before_level(tokens, before[0])
    if before[2] in ("国家", "乡镇"):
        return before[0]  # "国家|安全局": the state's bureau; "乡镇|卫生院": a township's, the level as a word
    if before[2][:2] in WITH_VERBS and before[2][2:] in LEVEL_WORDS:
        return before[0] + 2
    return start


# a social post's time under its account's name: "12-24 15:03 来自 Android", "2021-12-24 15:03"
_POST_TIME_LINE_RE = re.compile(rf"{GAP}*(?:\d{{4}}-)?\d{{1,2}}-\d{{1,2}}{GAP}+\d{{1,2}}:\d{{2}}")
# a handle written after @, up to the colon, space or punctuation that ends it: "//@沙漠里的胡杨树:"
_HANDLE_OPEN_RE = re.compile(r"@[^\s:：，。,！？@/]*$")
_HANDLE_END_RE = re.compile(r"[\s:：，。,！？@/]|$")
# a verified account's mark after its name: "新疆发布 V", "胡锡进V"
_VERIFIED_MARK_RE = re.compile(rf"^{GAP}*[Vv]?{GAP}*$")


# a forum post's head: the poster's name, then 发表于 and when ("北美码农老王　发表于 2小时前", "西雅图的雨　发表于
# 昨天 22:15"), not an article published in a paper ("发表于《人民日报》")
_POSTED_WHEN = rf"{GAP}+(?:发表于|发布于|回复于){GAP}*(?:\d|昨天|前天|今天|刚刚|半小时)"
_POSTED_AFTER_RE = re.compile(rf"[^\n。，；]{{0,16}}?{_POSTED_WHEN}")
# a forum's label of the thread's poster or the board's moderators before their net names on the line: "楼主　冬日的
# 胡杨", "本版版主：老李飞刀　胡杨林"
_POSTER_LABEL_RE = re.compile(
    rf"(?:楼主|版主|层主)(?:{GAP}|[：:])+(?:[^\s。，；：:]{{1,16}}{GAP}+)*[^\s。，；：:]{{0,15}}$"
)


# a forum post's head line: the poster's net name, then 发表于 and when ("楼主  冬日的胡杨  发表于 3小时前")
_POSTER_HEAD_RE = re.compile(rf"(?m)^(?:(?:楼主|层主){GAP}+)?(?P<net>[^\s。，；：:]{{2,16}}){_POSTED_WHEN}")


@functools.lru_cache(maxsize=8)
def _posters_net_names(text: str) -> frozenset[str]:
    """The net names a forum page's post heads give its posters (``_POSTER_HEAD_RE``)."""
    return frozenset(m.group("net") for m in _POSTER_HEAD_RE.finditer(text))


def _holds_at(text: str, word: str, start: int, end: int) -> bool:
    """Whether an occurrence of ``word`` in the text holds the span from ``start`` to ``end``."""
    at = text.find(word, max(0, end - len(word)), start + len(word))
    return at >= 0 and at <= start and end <= at + len(word)


def _in_account_name(text: str, c: Mention) -> bool:
    """A name read inside a longer social account's nickname, which names no one: after @ in a handle or a
    repost chain ("//@沙漠里的胡杨树:"), or on a short line of its own above the post's time ("天山下的李白\n
    12-24 15:03"), before a forum post's 发表于 and its time, or after a forum's label of its posters
    (``_POSTER_LABEL_RE``); an account named by the person's name alone ("@胡锡进:", "胡锡进 V") is the
    person's."""
    handle = _HANDLE_OPEN_RE.search(text, max(0, c.start - 20), c.start)
    if handle:
        return handle.end() > handle.start() + 1 or not _HANDLE_END_RE.match(text, c.end)
    line_open = text.rfind("\n", 0, c.start) + 1
    if _POSTER_LABEL_RE.search(text, line_open, c.start) or _POSTED_AFTER_RE.match(text, c.end):
        return True
    if any(_holds_at(text, net, c.start, c.end) for net in _posters_net_names(text)):
        return True  # "—— 冬日的胡杨": the poster's net name signing a reply, elsewhere on the page before 发表于
    line_start, line_end = text.rfind("\n", 0, c.start) + 1, text.find("\n", c.end)
    if line_end < 0 or line_end - line_start > 24 or _POST_TIME_LINE_RE.match(text, line_end + 1) is None:
        return False
    return bool(text[line_start : c.start].strip() or _VERIFIED_MARK_RE.sub("", text[c.end : line_end]).strip())


# a site's filing numbers at a page's foot, with the province's one-character short form before each mark:
# "京公网安备 11010502000001号", "京ICP备12345678号-1" (the police's and the ministry's records of the site)
_FILING_MARK_RE = re.compile(rf"(?:[\u4e00-\u9fff]?(?:公网安备|ICP备|ICP证)[：:]?)+{GAP}*[\d\-]+号?(?:-\d+)?")


def _in_filing_mark(text: str, c: Mention) -> bool:
    """A name read inside a site's filing mark at its foot ("京公网安备京公网安备 1101…号": 安备京 a guess at a
    person): the mark's words and the province's short form name no one and nothing."""
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return any(
        m.start() <= c.start - line_start and c.end - line_start <= m.end() for m in _FILING_MARK_RE.finditer(line)
    )


# a page's row of sharing buttons: "分享到：微信　微博　QQ空间", "分享至 微信 朋友圈 新浪微博" (the platforms a reader
# may post the page to, no body the page names)
_SHARE_LINE_RE = re.compile(rf"(?m)^{GAP}*分享[到至]?[：:]?{GAP}*(?=\S)[^\n。，；]{{0,40}}$")


# the stars a page writes for the characters of a name it hides: "热**古丽", "买*江", "艾力·****"
_MASK_CHARS = "*＊"


def _masked_name(text: str, c: Mention) -> bool:
    """A name read from what a mask leaves of one, a star right before or after it ("帕*古丽" read as 古丽): the
    page hides whose name it is, so it names no one the analysis may list."""
    around = (text[c.start - 1] if c.start else "") + text[c.end : c.end + 1]
    return any(ch in _MASK_CHARS for ch in around)


def _on_share_line(text: str, c: Mention) -> bool:
    """A body read on a page's line of sharing buttons ("分享到：微信　微博　QQ空间"): a button, no mention."""
    line_start = text.rfind("\n", 0, c.start) + 1
    m = _SHARE_LINE_RE.match(text, line_start)
    return c.type in (t.ORGANIZATION, t.PUBLIC_BODY) and m is not None and c.end <= m.end()


# a mirror site's foot of links to places' pages: a line of eight places or more, each by its level and closed by a
# bar ("某某县| 某某市| 某某省| …"), nothing else on it (not a table's row, which opens with its bar)
_LINK_FARM_RE = re.compile(
    rf"(?m)^[ \t]*(?:[{CJK}]{{1,6}}[县市省区州旗盟][ \t]*[|｜][ \t]*){{8,}}[{CJK}]{{0,7}}[ \t]*$"
)


def _without_link_farm_places(text: str, cands: list[Mention]) -> list[Mention]:
    """The candidates but the places a site's foot of links names and the text does not name elsewhere."""
    farms = [m.span() for m in _LINK_FARM_RE.finditer(text)]
    if not farms:
        return cands
    starts, ends = [0] + [e for _, e in farms], [s for s, _ in farms] + [len(text)]
    outside = "\n".join(text[a:b] for a, b in zip(starts, ends, strict=True))

    def in_farm(c: Mention) -> bool:
        return c.type == t.PLACE and any(s <= c.start < e for s, e in farms) and c.text not in outside

    return [c for c in cands if not in_farm(c)]


def _not_a_place_here(text: str, c: Mention) -> bool:
    """A place's name that names no place where it stands: a street before its house number, a time zone
    ("北京时间"), a verb and the national border ("偷越国（边）境"), a river's bank read as a province ("伊犁河南岸"),
    a people in a list of peoples ("蒙古、锡伯等民族"),
    an area's level alone ("5个自治州", "无锡|新区"), a place's epithet ("歌舞之乡", "长寿|之乡", "农业|大省"), a count
    of days and a half ("会期4天半")."""
    return (
        _home_of_a_thing(text, c)
        or _LEADING_PROVINCE_RE.search(c.name) is not None
        or street_of_an_address(text, c.start, c.end)
        or names_a_time_zone(text, c.end)
        or crosses_the_border(text, c.start, c.end)
        or water_bank_read_as_place(text, c.start, c.end)
        or listed_among_peoples(text, c.start, c.end)
        or bare_level_alone(c.name)
        or _half_a_unit_of_time(text, c)
        or _quoted_phrase_no_place_name(text, c)
        or _inside_an_events_name(text, c)
        or _era_of_a_date(text, c)
        or _heading_by_compass(text, c)
        or _currency_after_figure(text, c)
    )


# a year of an era's count after its name: "中华民国112年3月15日" (the Republic's year, a date), "民国38年"
_ERA_YEAR_AFTER_RE = re.compile(rf"{GAP}*\d{{1,3}}{GAP}*年")
# the way a road or a trip heads before a compass point: "往东南十几公里", "向西北走", "偏东"
_HEADING_BEFORE_RE = re.compile(r"(?:往|向|朝|偏|沿)$")
# a currency written short right after its figure: "680欧起" (680 euros and up), "20镑"
_SHORT_CURRENCY = "欧镑"


def _era_of_a_date(text: str, c: Mention) -> bool:
    """The Republic's name before a year of its count ("中华民国112年"): an era of a date, no place."""
    return c.name.endswith(("民国", "民國")) and _ERA_YEAR_AFTER_RE.match(text, c.end) is not None


def _heading_by_compass(text: str, c: Mention) -> bool:
    """A compass point a trip heads to ("往东南十几公里"): a direction, no region."""
    return (
        all(ch in "东南西北" for ch in c.name)
        and _HEADING_BEFORE_RE.search(text, max(0, c.start - 1), c.start) is not None
    )


def _currency_after_figure(text: str, c: Mention) -> bool:
    """A guess opening with a currency's short form right after a figure ("680欧起"): money, no place."""
    return c.name[:1] in _SHORT_CURRENCY and text[c.start - 1 : c.start].isdigit()


# quotation and book-title marks, each with its closing mark: a slogan, a campaign's or a work's title
_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "《": "》", "〈": "〉"}
_QUOTED_MAX = 12  # characters of a slogan or a title: a longer quotation is speech, whose places are places
_QUOTE_BREAK_RE = re.compile("[。！？；\n]")


def _quoted_phrase_no_place_name(text: str, c: Mention) -> bool:
    """A place guess inside a short quoted slogan or title ("“山海”情", "“兴边富民”行动", "《天山之恋》") that the
    gazetteer does not hold and that ends with no level (县, 市, 乡, 村...): a word of the slogan, no place; a known
    place ("《和田日报》"), a part of Xinjiang ("“南疆富余劳动力转移就业”项目") or a place written with its level
    ("“幸福村”") stays one."""
    if (
        c.name in gazetteer_cn()[1]
        or c.name[-1] in LEVEL_CHARS
        or part_of_xinjiang(c.name)
        or _named_as_a_place(c.name)
    ):
        return False
    window = text[max(0, c.start - _QUOTED_MAX) : c.start]
    opened = next((i for i in reversed(range(len(window))) if window[i] in _QUOTE_PAIRS), None)
    if opened is None:
        return False
    closer, inside_before = _QUOTE_PAIRS[window[opened]], window[opened + 1 :]
    close = text.find(closer, c.end, c.end + _QUOTED_MAX)
    between = inside_before + text[c.end : close]
    return close >= 0 and not _QUOTE_BREAK_RE.search(between) and not any(q in between for q in _QUOTE_PAIRS.values())


# the head of a fair's, a games' or a festival's name, and what may stand between a place guess and it: the rest of
# the name ("中国—亚欧博览会", "丝绸之路旅游节"), no verb of holding or particle ("在伊宁举办博览会")
_EVENT_HEAD_RE = re.compile(
    r"[^\W\d的在于举办召开、，。]{0,6}?(?:博览会|交易会|展览会|洽谈会|运动会|艺术节|文化节|旅游节|电影节|峰会|论坛)"
)


def _inside_an_events_name(text: str, c: Mention) -> bool:
    """A place guess the gazetteer does not hold, with no level, inside a fair's or a festival's name ("中国—亚欧
    博览会（乌鲁木齐）": 亚欧, Asia and Europe, names the fair's reach): part of the name, no place; a known place in
    it ("中国", the city in brackets after it) stays one."""
    if c.name in gazetteer_cn()[1] or c.name[-1] in LEVEL_CHARS or _named_as_a_place(c.name):
        return False
    return _EVENT_HEAD_RE.match(text, c.end) is not None


# the last character of a natural feature's name: a lake, a river, a peak, an island, a bay, a valley, a spring
_FEATURE_ENDS = "湖河江峰岛湾谷泉"


def _named_as_a_place(name: str) -> bool:
    """A place guess written as a place's name is written, whatever words stand around it: a transcription of
    three characters or more ("喀纳斯", "那拉提": no slogan's word) or a natural feature's name ("赛里木湖")."""
    return name[-1] in _FEATURE_ENDS or (len(name) >= 3 and all(ch in TRANSLIT for ch in name))


# "4天半", "3年半": a count of days or years and a half, which the segmenter may guess is a place (天半)
_HALF_A_UNIT_RE = re.compile("[天年月周]半")
_NUMERALS = "0123456789０１２３４５６７８９一二两三四五六七八九十"


def _half_a_unit_of_time(text: str, c: Mention) -> bool:
    """A place guess that is a unit of time and 半 right after a figure ("会期4天半"): a span of time, no place."""
    return _HALF_A_UNIT_RE.fullmatch(c.name) is not None and c.start > 0 and text[c.start - 1] in _NUMERALS


# "歌舞之乡", "瓜果之乡": the home of a thing (之, "of", before the level), a place's epithet, no township's name
_HOMES_OF_A_THING = ("之乡", "之镇")


# "农业大省", "经济强省": a province great or strong in a thing (大 or 强 before the level), an epithet, no name
_LEADING_PROVINCE_RE = re.compile("[大强]省$")


def _home_of_a_thing(text: str, c: Mention) -> bool:
    """A place read in an epithet: a name ending in 之乡 or 之镇 ("巴扎之乡"), or one right before it ("长寿|之乡")."""
    return text.endswith(_HOMES_OF_A_THING, 0, c.end) or text.startswith(_HOMES_OF_A_THING, c.end)


def _last_read_on(tokens: Tokens, c: Mention) -> bool:
    """A body's last character that the segmenter reads as the start of a word of the dictionary running
    past the name: "大学|习" is the start of 学习 ("稳疆兴疆大学习大讨论": a great study campaign, no
    university), so the body ends no name there. Only a verb read on ends it: a title read on from the
    body's last character is the body's head's ("国家开发银行新疆分|行长")."""
    word = tokens.word(c.end - 1)
    if word is None or word[0] != c.end - 1 or word[1] <= c.end or not known_word(word[2]):
        return False
    # not a title read on from the name ("分行|行长"), nor a word made of the last character and a function
    # word after the name ("新疆分行|为园区授信": 行为)
    return word[3].startswith("v") and word[2][1:] not in AFTER_NAME


# what may open a noun phrase before its modifier: a noun, a determiner, 了 after a verb or 的
# ("听取了|兰新|客运专线", "试运营的|兰新|客运专线": a railway line)
_NOUN_PHRASE_BEFORE = ("n", "vn", "r", "t", "nt", "ns", "f", "ul", "uj")
_ROLE_WORD_RE = re.compile(f"(?:{CN_TITLES}|{_ROLES_BEFORE_TRANSCRIBED}|{KIN}|同志|老师|先生|女士)$")


_GUESSED_BEFORE_NOUN = 1000  # times in the segmenter's corpus a noun after a guessed name is seen: 工作, 价格
_COMMON_NOUN_SEEN = 50  # times in the segmenter's corpus: 天鹅 552, 羊肉 900; a given name such as 小军 11


def _surname_and_common_noun(word: str) -> bool:
    """A word of three characters the dictionary tags as a name whose last two are a common noun it knows
    well ("牛|羊肉", "白|天鹅", "向|心力"): a surname's character before a noun, no name of its own."""
    rest = word[1:]
    return len(word) == 3 and frequent_word(rest, _COMMON_NOUN_SEEN) and dictionary_tag(rest) in ("n", "nz", "vn")


def _inside_noun_phrase(tokens: Tokens, i: int) -> bool:
    """A two-character word tagged as a name, or a three-character one that is a surname's character and a
    common noun ("牛|羊肉"), between a noun, a determiner or a clause's comma and the noun it qualifies
    ("各项|安保|措施", "假期|安保|工作", "，|安保|措施": security measures, security work; "，|牛羊肉|价格"): a
    modifier in a noun phrase, no person. A title, a role or a kin word on either side keeps the name ("记者|王芳",
    "王芳|老师"); a name the segmenter guessed rather than read from its dictionary is a modifier only before a
    frequent noun ("，|姜茶|工作"; not "养子|陶辉|一家人")."""
    word = tokens.words[i][2]
    if not (len(word) == 2 or _surname_and_common_noun(word)) or not i < len(tokens.words) - 1:
        return False
    # a page's or a line's start opens a clause too, for all but a two-character name the dictionary holds
    # ("宋明|时任|乡长": a name, the post held then)
    line_start = (i == 0 or tokens.words[i - 1][2] == "\n") and not (len(word) == 2 and known_word(word))
    if i == 0 and not line_start:
        return False
    before, after = tokens.words[i - 1] if i else (0, 0, "\n", "x"), tokens.words[i + 1]
    if (i and before[1] != tokens.words[i][0]) or after[0] != tokens.words[i][1]:
        return False
    if any(_ROLE_WORD_RE.search(w[2]) for w in (before, after)):
        return False
    opens_clause = before[3] == "x" and (before[2] in "，。；：、,;:" or line_start)
    common = known_word(after[2]) if known_word(word) else frequent_word(after[2], _GUESSED_BEFORE_NOUN)
    return (before[3] in _NOUN_PHRASE_BEFORE or opens_clause) and after[3] in ("n", "vn", "j", "nz") and common


# the rest of a document number's issuer code after its first word: "伊县|统发〔2018〕", "昌州|公通〔2019〕", or of a
# certificate's number, the issuing city's short form before its kind ("喀房|权证字第00317562号", "乌房权证|字第")
_ISSUER_CODE_RE = re.compile(rf"[{CJK}]{{0,4}}[〔\[【]\d{{4}}[〕\]】]|[{CJK}]{{0,4}}字第")


CHAMBER_RE = re.compile(r"[上下众参]议院")


def _with_short_forms(kept: list[Mention], short: list[Mention]) -> list[Mention]:
    """The short forms in place of the segmenter's guesses they cover."""
    guesses = [k for k in kept if k.priority <= 3 and any(s.start <= k.start and k.end <= s.end for s in short)]
    return sorted([k for k in kept if k not in guesses] + short, key=lambda m: m.start)


def _transcription_goes_on(tokens: Tokens, end: int) -> bool:
    """ "“马格|尼茨基式”": a name guess that a transcribed word goes on from is the start of that word."""
    after = tokens.word(end)
    return after is not None and after[0] == end and after[3] == "nrt" and all(c in TRANSLIT for c in after[2])


def _transcription_read_on(tokens: Tokens, i: int, index: dict[str, t.GazetteerEntry]) -> bool:
    """ "库奇|内利": a place guess written wholly in transcription characters right after a transcribed name's
    guess is that name's end, no place; not a place the gazetteer knows ("斯坦|伊斯坦布尔")."""
    word, before = tokens.words[i], tokens.words[i - 1] if i > 0 else None
    if before is None or before[1] != word[0] or before[3] != "nrt" or word[2] in index:
        return False
    return all(c in TRANSLIT for c in before[2] + word[2])


def _hyphened_bodies(page: int, text: str, typed: str, tokens: Tokens) -> list[Mention]:
    """ "罗斯-赫尔曼理工学院": a body named after people whose names a hyphen joins, read as the dotted form is
    (the hyphen read as the name's dot); the mention keeps the page's own characters."""
    if typed == text:
        return []
    found = dotted_bodies(page, typed, tokens)
    return [replace(m, text=text[m.start : m.end]) for m in found if text[m.start : m.end] != typed[m.start : m.end]]


def _language_named(tokens: Tokens, end: int) -> bool:
    """ "锡伯|语", "准噶尔|语": a place guessed by the segmenter right before 语 read as a word of its own names
    a language (a people's), no place."""
    after = tokens.word(end)
    return after is not None and after[0] == end and after[2] == "语"


# a military rank or a title written right after a name, which the segmenter may read into it ("王震将军")
_NAME_AND_RANK_RE = re.compile(rf"(?P<name>[{CJK}]{{2,3}}?)(?:将军|元帅|大将|上将|中将|少将|{CN_TITLES})")


def _name_and_rank(word: str) -> str:
    """The Han name in a word the segmenter reads as one name that is a name and a rank or title after it
    ("王震将军|率领": General Wang Zhen), or "" when the word is no such pair: not a word the dictionary holds
    as no name or counts often ("常胜将军": ever-victorious, "吴国将军": a general of the state of Wu)."""
    m = _NAME_AND_RANK_RE.fullmatch(word)
    if m is None or not is_han_name(name := m.group("name")) or frequent_word(name, 100):
        return ""
    return name if not known_word(name) or dictionary_tag(name).startswith("nr") else ""


def _last_given_before_bracket(text: str, tokens: Tokens, word: str, end: int) -> bool:
    """ "张东|月(已故)", "李华|山（左一）": a Han name guess of two characters, then one character the segmenter
    reads as a word of its own (a numeral's or a noun's, no verb nor function word), then an opening bracket:
    the bracket's note (deceased, left in a photograph) follows a whole name, and the character is its last."""
    after = tokens.word(end)
    if len(word) != 2 or after is None or after[0] != end or after[1] != end + 1 or not CJK_RE.match(after[2]):
        return False
    return text[end + 1 : end + 2] in ("(", "（") and after[3][:1] in ("m", "n", "a") and is_han_name(word + after[2])


def _transcribed_guesses_run_on(tokens: Tokens, word: str, end: int) -> bool:
    """ "肖尔|布拉克镇", "肖尔|布拉克。": a guess at a name written wholly in transcription characters, right
    before a second guess of two characters or more written the same way, is the start of one transcribed
    word (a place's name cut in two), no Han surname and given name; so is one of three characters before a
    last syllable read alone that ends the word ("古丽娜|尔　", "阿依努|尔，": a transcribed name in a field)."""
    after = tokens.word(end)
    if after is None or after[0] != end or after[3] not in ("nr", "nrt"):
        return False
    if len(after[2]) < 2 and not (len(word) >= 3 and _ends_words(tokens, after[1])):
        return False
    return all(c in TRANSLIT for c in word + after[2])


def _ends_words(tokens: Tokens, end: int) -> bool:
    """Whether the words of the text end at ``end``: the text ends there, or no Chinese character follows."""
    after = tokens.word(end)
    return after is None or not CJK_RE.match(after[2])


def _tail_of_transcribed_guess(tokens: Tokens, i: int) -> bool:
    """ "麦克|杜格尔引用": a guess at a name written wholly in transcription characters, right after another
    such guess of two characters or more, ends one transcribed word of four characters or more (McDougall, or a
    place's name), no name of its own: the whole word is read where it is named (after a title, or dotted)."""
    if i == 0:
        return False
    before, word = tokens.words[i - 1], tokens.words[i]
    if before[1] != word[0] or before[3] not in ("nr", "nrt") or len(before[2]) < 2 or len(before[2] + word[2]) < 4:
        return False
    return all(c in TRANSLIT for c in before[2] + word[2])


# the words that introduce another name of what a sentence describes: its short form ("简称石大"), another
# name ("又称", "别称", "俗称"), an old one ("古称", "旧称"), or the name a place was given ("故名马桥")
_ALIAS_WORDS = ("简称", "又称", "亦称", "别称", "俗称", "古称", "旧称", "故名")


def _named_as_short_form(text: str, start: int) -> bool:
    """A name guess right after a word that introduces another name for what the sentence describes ("简称石大,",
    "简称：克州", "故名马桥"): the name of a body or a place, no person."""
    before = text[max(0, start - 3) : start]
    if before[-1:] in ("：", ":", "“", '"', "为"):
        before = before[:-1]
    return before[-2:] in _ALIAS_WORDS


# the dynasties of China's history by their one-character names, and the words of an era after them ("宋辽时期",
# "隋唐时"); a dynasty named whole ("唐王朝", "清皇朝")
_DYNASTIES = "夏商周秦汉晋隋唐宋辽金元明清魏蜀吴"
_ERA_AFTER = ("时期", "时代", "年间", "之际", "以来", "两朝")
_DYNASTY_HEADS = ("王朝", "皇朝")
# a list's last item before 等 and a word for peoples or tribes ("柔然、薛延陀等民族", "克烈、乃蛮等部"; not
# 部门, departments, nor 部分, some)
_PEOPLES_AFTER_RE = re.compile(r"(?:、[^、，。,；;\s]{1,6}){0,6}等(?:民族|部落|部族|部(?![门分署队])|族)")


def _names_an_era_or_a_people(text: str, word: str, end: int) -> bool:
    """A name guess that is a dynasty ("唐|王朝"), dynasties before an era's word ("宋辽时期": in the Song and
    Liao era), or an item of a list of peoples or tribes ("柔然、薛延陀等民族"): a history's subject, no person."""
    if word.endswith(_DYNASTY_HEADS):
        return True
    if all(c in _DYNASTIES for c in word) and text.startswith(_ERA_AFTER, end):
        return True
    return _PEOPLES_AFTER_RE.match(text, end) is not None


def _conjoined_noun(text: str, start: int, name: str) -> bool:
    """ "证人和专家", "记者与学者": a conjunction after a word, then a noun the dictionary holds (a name guess
    that is 和 and a common noun), or a deputy's post ("书记和副书记", "局长和副局长")."""
    if not joined_by_conjunction(text, start, name):
        return False
    return dictionary_tag(name[1:3]).startswith("n") or _DEPUTY_POST_RE.match(text, start + 1) is not None


def _conjoined_name(text: str, tokens: Tokens, start: int, name: str) -> bool:
    """ "王某总经理和刘建国董事长": a conjunction after a post, then a name the segmenter reads whole (刘建国) or as
    a surname and a given name (赵|志强): the next person, whose post follows his name; 和 starts no name ("和刘建",
    "和赵")."""
    if not joined_by_conjunction(text, start, name):
        return False
    after = tokens.word(start + 1)
    if after is None or after[0] != start + 1 or after[3] not in _NAME_TAGS:
        return False
    given = tokens.word(after[1])
    return len(after[2]) >= 2 or (given is not None and given[0] == after[1] and given[3] in _NAME_TAGS)


_NAME_TAGS = ("nr", "nrfg")  # the segmenter's tags of a person's name or of its given name


# a deputy's or an executive deputy's post: "副书记", "副局长", "常务副主任"
_DEPUTY_POST_RE = re.compile(rf"(?:常务)?副(?:{CN_TITLES})")


# a count right after a word: digits or numerals, not a date's or an age's ("李鹏1988年", "王明3日表示")
_COUNT_AFTER_RE = re.compile(r"(?:\d+(?:\.\d+)?(?![\d.])|[一二三四五六七八九十两百千]+)(?![年月日号岁时点])")


def _reduplicated(word: str) -> bool:
    """A word of four characters made of two doubled ones ("高高兴兴地", "清清楚楚"): an adverb or an adjective
    said twice over, no place the dictionary's tag may make of it."""
    return len(word) == 4 and word[0] == word[1] and word[2] == word[3]


# the adverbs of negation and aspect that stand right before a verb: "尚未|查清", "已经|完成", "正在|办理"
_VERB_ADVERBS = frozenset(("尚未", "未", "未能", "没有", "没", "仍未", "已经", "正在", "不", "不再", "无法"))


def _verb_after_adverb(tokens: Tokens, i: int) -> bool:
    """A two-character word the dictionary tags as a name right after an adverb of negation or aspect ("尚未|查清
    的": not yet cleared up), or one whose second character is such an adverb before a verb ("费未|安排"): a verb
    the adverb qualifies, no person."""
    word = tokens.words[i]
    if len(word[2]) == 2 and word[2][1] in _VERB_ADVERBS and _verb_at(tokens, i + 1, word[1]):
        return True  # "出国费|未|安排": a fee's last character and "not" before a verb, read as surname and given
    if i == 0 or len(word[2]) != 2 or not known_word(word[2]):
        return False
    before = tokens.words[i - 1]
    return before[1] == word[0] and before[2] in _VERB_ADVERBS


def _verb_at(tokens: Tokens, i: int, pos: int) -> bool:
    """Whether the ``i``-th word starts at ``pos`` and is a verb."""
    return i < len(tokens.words) and tokens.words[i][0] == pos and tokens.words[i][3].startswith("v")


# a count of people and who they are, right before a word: "200余名嘉宾", "30多位游客", "五名干部"
_COUNTED_GROUP_BEFORE_RE = re.compile(rf"[{_NUMERALS}]+[余多]?[名位][{CJK}]{{1,3}}$")


def _verb_of_a_counted_group(text: str, tokens: Tokens, i: int) -> bool:
    """A two-character name guess between a counted group of people and a place ("200余名嘉宾|齐聚|深圳": the
    guests gather in Shenzhen): what the group does there, no person."""
    word = tokens.words[i]
    after = tokens.words[i + 1] if i + 1 < len(tokens.words) else None
    if len(word[2]) != 2 or after is None or not after[3].startswith("ns"):
        return False
    return _COUNTED_GROUP_BEFORE_RE.search(text, max(0, word[0] - 8), word[0]) is not None


def _surname_ends_word_before(text: str, word: str, start: int) -> bool:
    """ "派发现|金红利", read as 发现 then a three-character name: the surname is the last character of a
    frequent word with the character before it (现金, "cash") and the rest a word the dictionary holds (红利,
    "dividend"), two ordinary words cut across, no person."""
    rest = word[1:]
    if len(word) != 3 or start == 0 or not frequent_word(text[start - 1 : start + 1]):
        return False
    return frequent_word(rest, 100) and not dictionary_tag(rest).startswith("nr")


# a place's name of old before the name it has now in brackets: "古代的某某(今某某县一带)"; not a person's age or
# a time in brackets that opens with 今 as "this" ("王某（今年45岁）", "（今天上午）")
_NOW_NAMED_RE = re.compile(r"[ \t]*[（(]今(?![年天日晚早后])")


# the last characters of a watercourse's, a road's or a line's name, whose sections are named by a place and 段
_COURSE_ENDS = ("河", "江", "湖", "渠", "路", "线", "高速")


def _section_of_a_place(tokens: Tokens, i: int) -> bool:
    """A name guess opening with 段 right after a river's, a road's or a line's name, or after a place that
    follows one ("塔里木河尉犁|段禁|采区", "连霍高速|段"): 段 is the section of the course (the stretch at
    Yuli), no surname."""
    if not tokens.words[i][2].startswith("段") or i == 0:
        return False
    before = tokens.words[i - 1]
    if before[1] != tokens.words[i][0]:
        return False
    if before[2].endswith(_COURSE_ENDS):
        return True
    course = tokens.words[i - 2] if i >= 2 else None
    placed = before[3] in ("ns", "nr") and len(before[2]) >= 2
    return placed and course is not None and course[1] == before[0] and course[2].endswith(_COURSE_ENDS)


def _former_name_of_a_place(text: str, end: int) -> bool:
    """A name right before "(今…" ("now …"): the former name of a place, glossed by its present one, no person."""
    return _NOW_NAMED_RE.match(text, end) is not None


def _before_count(text: str, word: str, end: int) -> bool:
    """A two-character word the dictionary holds, right before a count, qualifies the count ("总计高达80万人":
    "as many as"), and is no name read as surname and given name."""
    return len(word) == 2 and known_word(word) and _COUNT_AFTER_RE.match(text, end) is not None


# a date right after a word: a year, a month or a day in digits or numerals ("自2019年起", "从三月")
_DATE_AFTER_RE = re.compile(r"(?:\d{1,4}|[〇零一二三四五六七八九十]+)[年月日]")


def _preposition_before_date(text: str, word: str, end: int) -> bool:
    """ "流转费|自|2019年起", read as one two-character name: its second character is a preposition of time
    (自, 从, 于, 至) opening the date right after it, no given name."""
    return len(word) == 2 and word[1] in "自从于至" and _DATE_AFTER_RE.match(text, end) is not None


# a season or a period, which a word of weather or harvest opens and no name does: "金秋时节", "寒冬时节"
_SEASON_AFTER_RE = re.compile("时节|季节|时分")


def _season_named(text: str, end: int) -> bool:
    """ "金秋|时节，…", read as a name: a word of the season right after it says the guess is the season's
    own word (golden autumn), no person."""
    return _SEASON_AFTER_RE.match(text, end) is not None


def _preposition_and_time_word(word: str) -> bool:
    """ "政府将|于本周|在…举行", read as one three-character name: a preposition of time that is also a surname
    (于, 从, 自) before a word of time the dictionary holds (本周, 下月, 今年), no person."""
    return len(word) == 3 and word[0] in "于从自" and dictionary_tag(word[1:]) == "t"


# the tags of a word that says how a thing is done: an adverb or an adjective ("重新": anew); a verbal noun
# before a verb ("统一|安排": arranged as one) is two verbs, which ``verbs_of_dictionary`` reads first
_MANNER_TAGS = ("d", "ad", "a")


def _modifier_and_verb(word: str) -> bool:
    """A four-character word the segmenter tags as a body that is two dictionary words, one saying how and a verb
    ("重新|安排": arranged anew): a predicate, no body, whose name ends in a noun."""
    return len(word) == 4 and dictionary_tag(word[:2]) in _MANNER_TAGS and dictionary_tag(word[2:]) == "v"


def _function_led(text: str, start: int, end: int) -> bool:
    """ "其中向疆|外转移", "赴江苏等疆|外地区": a preposition or a list's 等 read with the one character of
    the word after it, before a word of position (疆外 "outside Xinjiang"): no name and no place."""
    return end - start == 2 and text[start] in "向等在从对把被于往赴和与及" and text[end : end + 1] in "外内中里"
