"""What a counted figure is about, for grouping claims side by side: people detained, people sent
to camps, people sentenced, people flagged (as suspicious, by a platform or a list), the population,
facilities, or another head noun. Read from the claim's unit and the words of its sentence next to
the figure, in English and in Chinese, so "N名被刑事拘留" and "N people were detained" land in one
group."""

from __future__ import annotations

import re

from habeas.analyse import tables as t
from habeas.names.chinese_script import simplified

DETAINED = "people detained"
CAMPS = "people sent to camps"
SENTENCED = "people sentenced"
FLAGGED = "people flagged"
POPULATION = "population"
FACILITIES = "facilities"
PEOPLE = "people"

PEOPLE_WORDS = {
    *("people", "persons", "person", "individuals", "detainees", "detainee", "inmates", "prisoners"),
    *("citizens", "residents", "men", "women", "children", "adults", "minors", "victims", "survivors"),
    *("students", "workers", "labourers", "laborers", "members", "families", "muslims", "trainees"),
    *("suspects", "relatives", "people's", "inhabitants", "believers", "imams", "officials", "witnesses"),
    *("intellectuals", "elites", "clerics", "cadres", "farmers", "herders", "pupils", "teachers"),
    *("defendants", "defendant", "accused", "convicts", "protesters", "activists", "lawmakers", "voters"),
    *("monks", "nuns", "villagers", "dissidents", "others", "organisers", "organizers", "demonstrators"),
    # kin: "her three brothers were taken", "two sons of the imam"
    *("brothers", "sisters", "sons", "daughters", "husbands", "wives", "parents", "fathers", "mothers"),
    *("cousins", "nephews", "nieces", "uncles", "aunts", "siblings", "grandchildren"),
    # who people are by their state or their employer: "17 Japanese nationals", "five of its staff"
    *("nationals", "foreigners", "refugees", "migrants", "employees", "staff", "staffers"),
    # who people are by where they went or were sent: "1,320 returnees", "40 deportees"
    *("returnees", "deportees", "evacuees", "exiles", "emigrants", "immigrants", "escapees", "abductees"),
}
# "43 cases of Uyghur men who disappeared": the cases count the people after "of"
_CASES_OF = re.compile(r"(?i)^(?:cases|instances)\s+of\s+(?P<who>.+)$")
FACILITY_WORDS = {
    *("camp", "camps", "facility", "facilities", "centre", "centres", "center", "centers", "prison"),
    *("prisons", "jail", "jails", "site", "sites", "compound", "compounds", "detention", "station", "stations"),
}
# Chinese measure words and nouns for people and for places of detention (a site's measure word before
# detention or "training": "380处疑似拘押[设施]", "3处教育培训[设施]", "2所职业技能[教育培训中心]", the unit
# read before its noun)
# ... and a people named with 人 after its name: "上百万维吾尔人", "2000多哈萨克人" (not a robot, 机器人, nor a
# legal person, 法人)
_CN_PEOPLE = re.compile(
    r"^(?:[万亿]?[名人位户])|人员|居民|学员|群众|嫌疑人|罪犯|人口|家属|官员|[\u4e00-\u9fff](?<![器法])人$"
)
_CN_FACILITY = re.compile(
    r"设施|中心|看守所|拘留所|监狱|营|场所|^[处座所].{0,3}(?:拘押|关押|拘留|羁押|拘禁|教培|教育培训|培训|教育转化|职业技能)"
)
# the nouns for a place that holds people, before "of" or a possessive and its count ("a county of about 650,000")
_HOLDING_PLACE = r"(?:county|city|town|village|township|district|prefecture|province|region|country|nation|capital)"

# The cues, strongest first: what was done to the people counted.
_CUES: list[tuple[str, re.Pattern[str]]] = [
    (
        SENTENCED,
        re.compile(
            r"(?i)\b(?:sentenc\w*|convict\w*|prison\s+terms?|jail\s+terms?|prosecut\w*|indicted)\b|判刑|判处|刑期|获刑|起诉|公诉|审判|宣判"
            # convicts (罪犯) are people sentenced, whatever else their clause says: "在押的三名罪犯"
            r"|罪犯"
        ),
    ),
    (
        FLAGGED,
        re.compile(
            r"(?i)\b(?:flagg\w*|suspicious|suspects?|marked|tagged|listed\s+as|blacklist\w*)\b|可疑|重点人员|推送|排查|标记|关注对象|重点关注|涉稳人员|列管"
        ),
    ),
    (
        CAMPS,
        re.compile(
            r"(?i)\b(?:sent|transferred|taken|moved|assigned|placed)\s+(?:\w+\s+){0,2}(?:to|in|into)\s+(?:\w+\s+){0,3}"
            # (the camp's euphemism in quotation marks: 'sent to "training"')
            r"[\"“‘']?(?:camps?|re-?education|training|centres?|centers?)\b|\btrainees\b"
            r"|\bpassed\s+through\s+(?:[\w'’]+\s+){0,3}camps?\b"
            r"|教育培训|教培|培训中心|学员|再教育|集中营|教育转化|送培"
            # "被送去“学习”", "送进学习班": study, the word the families and officials use for the camps
            r"|送(?:去|到|进)[“\"‘]?学习|学习班"
        ),
    ),
    (
        DETAINED,
        re.compile(
            r"(?i)\b(?:detain\w*|detention|held|hold\w*|(?:taken|took|take|taking)\s+away|placed\s+under|intern\w*|imprison\w*"
            r"|incarcerat\w*|arrest\w*|custody|confine\w*"
            r"|jail\w*|prisoners?|disappear\w*|camps?|re-?education)\b|拘留|关押|拘押|羁押|逮捕|抓捕|抓获|收押|被关|在押|拘禁|被捕"
            # "被带走的有三百多人": taken away (by the police), the families' word for it
            r"|被带走"
        ),
    ),
    (
        POPULATION,
        re.compile(
            r"(?i)\b(?:population\w*|residents?|inhabitants?|home\s+to|live|lives|living)\b|人口|居民|常住|居住(?!证)"
            # "全村共有农户386户1527人": the households and people a place holds, counted right after (the
            # households' count is part of the people's cue); a census's count of them: "托万克村已登记356户1540人"
            r"|(?:村|乡|镇|社区)(?:现|总)?(?:共有|(?:已|共|累计)?登记)(?:农户|住户|居民|村民)?(?:\d[\d,]*户)?"
            r"(?=[\d一二三四五六七八九十])"
            # "（全乡）共有农户6,842户27,915人": the households and people counted right after 共有, the place
            # named in the clause before
            r"|共有(?:农户|住户|居民|村民|户籍人口)(?:[\d,]+户)?(?=[\d一二三四五六七八九十])"
            # "走访全村386户1712人": the whole village's or township's households, then its people (a census's shape;
            # not "全村32人被带走", people of the village with no households before them)
            r"|全(?:村|乡|镇|社区)[\d,]+户(?=[\d一二三四五六七八九十])"
            # "新疆各族人民2500多万人": the people of all ethnic groups a region holds, counted right after
            r"|各族(?:人民|群众)(?=[\d一二三四五六七八九十])"
            # "a county of about 650,000 people", "a city of 3.5 million": what a place holds
            rf"|\b{_HOLDING_PLACE}\s+of"
            r"\s+(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|fewer\s+than|less\s+than)\s+)?(?=\d)"
            # "the region's 25 million people", "the city's 3.5 million": what a place holds, in the possessive
            rf"|\b{_HOLDING_PLACE}['’]s"
            r"\s+(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than)\s+)?(?=\d)"
        ),
    ),
]
# who the people are rather than how many live there: a kind of detention said in the same clause wins
# ("120名……公民或永久居民在新疆被关押": people detained)
_WHO_THEY_ARE = re.compile(r"(?i)^(?:residents?|居民)$")
CONTEXT = 70  # characters either side of the figure that are read for those words


def unit_head(unit: str) -> str:
    """The head noun of a unit ("images of detainees" → image); people of any kind count as people,
    places of detention as facilities."""
    if re.search(r"[\u3400-\u9fff]", unit):
        if _CN_PEOPLE.search(unit):
            return PEOPLE
        if _CN_FACILITY.search(unit):
            return FACILITIES
        return unit
    cases = _CASES_OF.match(unit)
    if cases is not None:
        unit = cases.group("who")
    text = unit.lower().split(" of ")[0]
    words = [w for w in re.findall(r"[\w\-']+", text) if w not in ("and", "the")]
    if not words:
        return ""
    while len(words) > 1 and re.fullmatch(r"\w+ed|built|made|held|run|set|seen|found|kept|known|taken|sent", words[-1]):
        words.pop()  # "police stations built": the head is the noun before the participle
    head = words[-1]
    if words[0] in PEOPLE_WORDS and len(words) > 1 and re.fullmatch(r"\w+ed|held|sent|taken|kept|put", words[1]):
        return PEOPLE  # "people sentenced", "persons held": the counted noun comes first
    if head in PEOPLE_WORDS or head in t.ETHNONYMS or head.rstrip("s") in t.ETHNONYMS:
        return PEOPLE
    if singular(head) in t.ROLE_NOUNS:
        return PEOPLE  # "300 Uyghur writers", "12 journalists": what people are or do
    if head in FACILITY_WORDS:
        return FACILITIES
    return singular(head)


# what ends a Chinese clause; a headline's space between two parts too ("一家三人被捕　父亲被判刑15年": two
# clauses);
# not a comma between digits, a thousands separator ("共有农户6,842户27,915人": one clause)
_CN_CLAUSE_STOP_RE = re.compile(r"[，；;。：:、\n\u3000]|,(?!\d)|(?<!\d),|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def _cn_clause(sentence: str, at: int, end: int) -> tuple[int, int]:
    """Where the Chinese clause of the figure from ``at`` to ``end`` starts and ends."""
    lo, hi = 0, len(sentence)
    for m in _CN_CLAUSE_STOP_RE.finditer(sentence):
        if m.end() <= at:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi


def claim_kind(unit: str, number_text: str, sentence: str) -> str:
    """What the claim counts: a kind of count of people (by the cue nearest the figure: "sentenced",
    "flagged", "sent to camps", "detained", "population"), facilities, or the head noun of its unit;
    "" when it says nothing. A sentence in traditional characters is read in simplified ones, as its cues are
    written ("被關押於…者逾百萬人": 关押)."""
    unit, number_text, sentence = simplified(unit), simplified(number_text), simplified(sentence)
    head = unit_head(unit)
    if head != PEOPLE:
        return _act_named_as_unit(unit, (POPULATION, FLAGGED)) or head  # "可疑物品": things flagged, no people
    at = max(0, sentence.find(number_text)) if number_text else 0
    end = at + len(number_text)
    if re.search(r"[\u3400-\u9fff]", sentence):  # a Chinese sentence lists counts clause by clause
        lo, hi = _cn_clause(sentence, at, end)
        window, offset = sentence[lo:hi], lo
    else:
        offset, stop = max(0, at - CONTEXT), end + len(unit) + CONTEXT
        while offset > 0 and sentence[offset - 1].isalnum():
            offset -= 1  # the window takes whole words: "sentenced", not "ntenced"
        while stop < len(sentence) and sentence[stop].isalnum():
            stop += 1
        window = sentence[offset:stop]
    best: tuple[bool, bool, int, int, str] | None = None
    others = any(cue.search(window) for kind, cue in _CUES if kind != POPULATION)
    latin = not re.search(r"[\u3400-\u9fff]", sentence)  # a Chinese clause holds one count's cues already
    whole = latin and _a_whole(sentence, at)
    # "Five herders detained after a protest were sentenced": a participle in the counted noun's phrase says
    # who they are; what was done to them is the finite verb after it, which wins where the clause has one
    described = bool(re.search(r"[a-z]\s+(?:\w+ed|held|taken)\b", unit)) and not re.search(r"[\u3400-\u9fff]", unit)
    for rank, (kind, cue) in enumerate(_CUES):
        for m in cue.finditer(window):
            if kind == POPULATION and others and not whole and _WHO_THEY_ARE.match(m.group(0)):
                continue
            s, e = m.start() + offset, m.end() + offset
            later_cue = _cue_of_a_later_figure if latin else _cue_of_a_part
            later = s > end and later_cue(sentence, end, s)
            if later or (whole and s > end + len(unit) + 1):
                continue  # "311 people held, of whom 150 had been sent to camps": the later figure's cue
            if e < at and _cue_of_another_figure(sentence, s, e, at):
                continue  # "a village of some 2,500 residents, 258 people … were detained": the residents' cue
            distance = at - e if e <= at else max(0, s - end)
            finite = described and s > end and bool(_FINITE_BEFORE.search(sentence[max(0, s - 12) : s]))
            # the counted noun's own word ("1,434 suspects had been detained") says less than a verb around it
            own = end <= s < end + 1 + len(unit) and distance <= 1
            if best is None or (own, not finite, distance, rank) < best[:4]:
                best = (own, not finite, distance, rank, kind)
    told = "" if whole else _told_after(sentence, end, offset, window)
    if best is None and not latin:
        told = told or _chinese_clause_kind(sentence, unit, at, offset)
    if best is None and latin and not whole:
        told = told or _told_after_who(sentence, end, unit)
    return told or (best[4] if best else _cue_in_unit(unit))


# a Chinese clause that only bounds the count before it: "……超过100万人，可能高达200万人" (the upper
# estimate of the same count)
_UPPER_ESTIMATE = re.compile(r"^(?:可能|或许|甚至|最多)(?:高达|多达|达到|达)?$")
# a clause that counts part of the count before it: "输送学员486人，其中2019年结业312人" (of whom)
_PART_OF_BEFORE = re.compile(r"^其中")
# a village's, township's or town's name right before a count of its villagers or residents
_SETTLEMENT_BEFORE = re.compile("[村乡镇]$")
_RESIDENTS_UNIT = re.compile("村民|居民")
# a place that has so many of a people: "新疆约有1100万名维吾尔族人" (how many live there)
_PLACE_HAS = re.compile(r"(?:约|共|大约|现)?有$")


def _chinese_clause_kind(sentence: str, unit: str, at: int, lo: int) -> str:
    """The kind of a Chinese count whose clause holds no cue: an upper estimate's, or a part's after 其中
    ("of whom", unless the count before is a population), is the kind of the clause before it; the villagers
    or residents of a village named right before the figure, and a people a place has ("有……名维吾尔族人"),
    are a population; "" for others."""
    before = sentence[lo:at]
    upper, part = _UPPER_ESTIMATE.match(before), _PART_OF_BEFORE.match(before)
    if (upper or part) and lo > 0:
        start = max((sentence.rfind(p, 0, lo - 1) for p in "，,；;。：:\n"), default=-1) + 1
        # a part of a population ("其中脱贫户35户") is no population itself, unless a people names the part ("其中
        # 维吾尔族1100多万人"); a part of the detained is detained
        whole = sentence[start : lo - 1]
        if part and "族" in before + unit and _kind_named_in(whole) == POPULATION:
            return POPULATION
        return _kind_named_in(whole, () if upper else (POPULATION,))
    if _PLACE_HAS.search(before) and "族" in unit:
        return POPULATION
    if _SETTLEMENT_BEFORE.search(before) and _RESIDENTS_UNIT.search(unit):
        return POPULATION  # "托某村1,200多名村民": the villagers a village holds
    return ""


def _cue_in_unit(unit: str) -> str:
    """The kind a count's own words tell where nothing around it does: "residents" (taken from the count it
    is compared with: "2.5 million residents, up from 2.0 million") are a population."""
    return _kind_named_in(unit) or PEOPLE


# "a third of the 1,300 residents had been detained": the figure after a part and "of the" is the whole;
# what was done was done to the part
_PART_OF_THE = re.compile(
    r"(?i)\b(?:third|quarter|half|fifth|tenth|most|many|some|all|none|each|several|\d[\d,]*|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+of\s+(?:the|its|their|all)\s+$"
)
# a figure that is no year: "detained in 2017 were sentenced" keeps the cue after the year
_LATER_FIGURE = re.compile(r"(?<![\d,.])(?!(?:1[89]|20)\d\d(?!\d))\d[\d,.]*")


def _a_whole(sentence: str, at: int) -> bool:
    return _PART_OF_THE.search(sentence, max(0, at - 40), at) is not None


def _cue_of_a_later_figure(sentence: str, end: int, start: int) -> bool:
    """Whether the cue at ``start``, after the figure ending at ``end``, is in the clause of a later figure:
    one between them that a comma sets off from the first, and none from the cue."""
    later = list(_LATER_FIGURE.finditer(sentence, end, start))
    if not later or not re.search(r"[,;]", sentence[end : later[-1].start()]):
        return False  # "between 27,000 and 30,000 people had been placed": one range, one clause
    return not re.search(r"[,;]", sentence[later[-1].end() : start])


# what says the figure after it counts a part of the one before: "1,200多名村民中有140多人…" (among whom)
_CN_PART_RE = re.compile("中有|其中")


def _cue_of_a_part(sentence: str, end: int, start: int) -> bool:
    """Whether the cue at ``start``, after the Chinese figure ending at ``end``, is a later figure's that counts
    a part of it ("1,200多名村民中有140多人被送去学习": the part was sent, not the whole)."""
    part = _CN_PART_RE.search(sentence, end, start)
    return part is not None and _LATER_FIGURE.search(sentence, part.end(), start) is not None


# a Chinese unit that opens with a measure word or a unit of time: what is counted follows it
_CN_MEASURE_START = re.compile(r"^[名人位户个次起件处所座家年月日天]")


def _act_named_as_unit(unit: str, not_kinds: tuple[str, ...]) -> str:
    """A kind of count of people that a Chinese unit with no measure word names itself, as a table's column
    head does ("送教育转化", "重点人员" over a row with no other word): the unit's own cue, where its clause
    has none, other than ``not_kinds``; "" for others."""
    if not re.search(r"[\u3400-\u9fff]", unit) or _CN_MEASURE_START.match(unit):
        return ""
    return _kind_named_in(unit, not_kinds)


def _kind_named_in(words: str, not_kinds: tuple[str, ...] = ()) -> str:
    """The strongest kind whose cue ``words`` hold, other than ``not_kinds``; "" for none."""
    return next((kind for kind, cue in _CUES if kind not in not_kinds and cue.search(words)), "")


# the figure is its clause's subject and what was done follows it: "and 706 were criminally detained"
_PREDICATE_AFTER = re.compile(r"(?i)\s+(?:people\s+|of\s+them\s+)?(?:were|was|had\s+been|have\s+been)\s+")


def _told_after(sentence: str, end: int, offset: int, window: str) -> str:
    """The kind a figure's own predicate tells ("15,683 were sent to education and training and 706 were
    criminally detained": the second count was detained, whatever the clause before it said); "" when the
    figure is no clause's subject or its predicate holds no cue."""
    predicate = _PREDICATE_AFTER.match(sentence, end)
    if predicate is None:
        return ""
    clause_end = re.search(r"[,;.]|\s+and\s+\d", sentence[predicate.end() :])
    stop = predicate.end() + (clause_end.start() if clause_end else len(sentence))
    found = [
        (m.start(), rank, kind)
        for rank, (kind, cue) in enumerate(_CUES)
        if kind != POPULATION
        for m in cue.finditer(sentence, predicate.end(), stop)
    ]
    return min(found)[2] if found else ""


# the counted people's relative clause after their noun: "1,320 Uyghurs who had returned from abroad disappeared"
_WHO_AFTER = re.compile(r"\s+who\s+")
# the end of a clause, past the commas of a list of names in it ("at the universities of Cairo, Istanbul and …")
_CLAUSE_END_PAST_LISTS = re.compile(r"[;.]|,(?!\s+(?:[A-Z]|and\b|or\b))")


def _told_after_who(sentence: str, end: int, unit: str) -> str:
    """The kind that the clause of people counted tells past their relative clause, which runs too long for the
    words read around the figure ("at least 1,320 Uyghurs who had returned … from study abroad disappeared into
    detention": detained); "" when no relative clause follows the noun or its clause holds no cue."""
    noun_end = sentence.find(unit, end, end + len(unit) + 2) if unit else -1
    who = _WHO_AFTER.match(sentence, noun_end + len(unit)) if noun_end >= 0 else None
    if who is None:
        return ""
    clause_end = _CLAUSE_END_PAST_LISTS.search(sentence, who.end())
    clause = sentence[who.end() : clause_end.start() if clause_end else len(sentence)]
    found = [(m.start(), kind) for kind, cue in _CUES if kind != POPULATION for m in cue.finditer(clause)]
    return min(found)[1] if found else ""


# a figure right before a cue ("2,500 residents") or right after it ("a village of 2,500"): the cue is that figure's
_FIGURE_BEFORE_CUE = re.compile(r"\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+$")


# a Chinese count of cases right before the count of the people in them: "提起公诉1326件1785人", "批准逮捕9件12人"
# (the act's cue before the cases is the people's too)
_CASES_BEFORE = re.compile(r"\d[\d.]*[万余多]?件")


def _cue_of_another_figure(sentence: str, start: int, end: int, at: int) -> bool:
    """Whether a cue before the figure read (at ``at``) belongs to another figure: the word another figure counts,
    or the words that open it; not where only a count of cases stands between them (``_CASES_BEFORE``)."""
    if _CASES_BEFORE.fullmatch(sentence, end, at):
        return False
    return bool(_FIGURE_BEFORE_CUE.search(sentence, max(0, start - 24), start)) or sentence[end : end + 1].isdigit()


_FINITE_BEFORE = re.compile(r"\b(?:were|was|been|are|is|be)\s+$", re.IGNORECASE)


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word
