"""The shapes Chinese names share: the characters and dots of transcribed names, titles, the parts of
bodies' names and the levels of government, where a name or a place before a body begins and ends, and
the gazetteer's Chinese names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from habeas.analyse import tables as t
from habeas.analyse.chinese_words import (
    CJK,
    CJK_RE,
    Tokens,
    dictionary_tag,
    frequent_word,
    known_word,
)

# Characters used to write Uyghur, Kazakh and foreign names in Chinese (general transcription usage).
TRANSLIT = set(
    "阿艾爱安昂奥巴拜班邦包鲍贝本比毕别宾波玻伯布才查察茶常朝车成楚达代丹道德迪地丁东都杜多俄额恩尔法凡菲费芬夫弗福伏盖甘戈格"
    "根古谷哈海汗罕合何赫黑亨胡华霍吉加佳贾杰金卡凯坎康考柯科克肯孔库夸奎昆拉莱来兰朗劳勒雷力丽利莉列林琳留龙鲁路伦罗洛吕马玛"
    "买麦曼毛梅美门蒙米敏明莫默姆木穆那纳乃南尼妮年涅宁努诺欧帕潘佩皮普奇齐恰乔切钦琴丘屈热仁茹若萨塞赛桑色瑟森沙莎山善尚舍申"
    "什史斯苏素索塔泰坦汤唐特提铁通图土吐托瓦外万旺威维韦温文沃乌吾西希夏先肖谢辛欣休雅亚扬耶伊依尤玉约扎詹哲孜祖佐娜丝萍芙蕾"
    "琪娅则甫江逊肉再歇卜博蒂兹泽茨娃迈拉牙生衣班遮孟努热汉克孜买沙吐塞麦赞姆扎卓莎蒂霍佩洛夫斯基奥尔加巴赫"
    "埃瑞内奈顿翰黛薇露茜"  # 埃里克, 瑞安, 内森, 奈杰尔, 克林顿, 约翰, 黛安, 西尔维娅 (薇), 露西, 茜茜
    "不满"  # 阿不都 (Abdu-), 满金
    "日"  # 米日古丽, 日夏提
    "里坤守赖"  # 多里坤, 阿里木, 艾力坤, 吾守尔, 普赖斯
    "旦"  # Kazakh names: 马旦别克, 努尔旦
    "乎叶司洪"  # 托乎提 (Tohti), 叶尔兰 (Erlan), 司马义 (Ismail), 吐尔洪 (Turghun)
    "喀彦岱曲"  # 喀拉 (Qara), 喀迪尔 (Qadir), 巴彦岱 (Bayandai), 曲麦 (Chumay)
    "卢密摩蓬登"  # 卢比奥 (Rubio), 史密斯 (Smith), 摩根 (Morgan), 蓬佩奥 (Pompeo), 拜登 (Biden)
    "然"  # 巴合然, 热依然
    "荪"  # 图尔荪 (Tursun)
    "音"  # 巴音 (Bayan, Mongolian: 巴音达来, 巴音克西克)
    "雪"  # 雪克来提 (Shöhret)
    "婉"  # 热孜婉古丽 (Rizwangül), 再娜婉 (Zeynewa)
)


# characters that transcribe inside a name joined by dots, beside TRANSLIT, but are too common in ordinary
# words (差不多, 猜测) or too often Han names' own to be read as transcription elsewhere: Thai names' 差 and
# 猜 (差猜·春哈旺, 普坦·威差亚猜), 孙 (吐尔孙, Tursun), 伍 (达伍提, Dawut), 盘 (伊力盘)
DOTTED_NAME_CHARS = (
    TRANSLIT
    | set("差猜孙伍盘")
    | set("送排贡")  # 吐送 (Tosun), 排尔哈提 (Perhat), 图尔贡 (Turghun)
    | set("台")  # 台来提 (Telet), 台外库 (Tewekkul): 平台, 电视台 before a dot are rare
    | set("许")  # 阿布都许库尔 (Abdushükür), 许库尔 (Shükür): a Han surname, but no word's own after a dot
    | set("宛仙鼎散")  # 热孜宛古丽 (Rizwangül), 茹仙古丽 (Rushengül), 赛福鼎 (Seypidin), 艾散 (Hesen)
    | set("其")  # 海力其汗 (Helichikhan), 其曼古丽 (Chimengül): the segmenter reads it alone, as "its"
)


# the four points between the cardinal ones, each one word ("西北大学", "西北边境")
COMPASS_POINTS = ("东南", "东北", "西南", "西北")


DOTS = "·•・‧．"


DOT_RE = re.compile(f"[{DOTS}]")


SEGMENT_MAX = 8


# Titles, posts and roles that come before a name.
CN_TITLES = (
    "书记|副书记|总书记|主席|副主席|部长|副部长|省长|市长|县长|区长|州长|乡长|镇长|村长|局长|副局长|厅长|处长|所长|总理|副总理|外长|"
    "发言人|巡视员|调研员|"
    "司令员|司令|政委|主任|副主任|专员|委员|常委|议员|学者|国务卿|校长|院长|大使|总统|首相|总裁|董事长|教授|记者|律师|"
    "研究员|经济学家|作家|诗人|法官|检察官|检察长|秘书长|理事长|高级专员|特使|参赞|队长|指挥员|总指挥|指挥长|民警|代表|负责人|师长|团长|大臣|党组成员|组长|通讯员|"
    "首席执行官|总经理|经理|总编辑|主编|"
    "顾问|创始人|创办人|社长|副社长|会长|副会长|"
    "伊玛目|阿訇|毛拉|哈提甫"
)


# a title the segmenter tags as a name (伊玛目): read back from a dot, it ends the name before it
TITLE_WORDS = frozenset(CN_TITLES.split("|"))


GAP = r"[ \t\u3000]"
# the conjunctions that join two names or places (和, 与, 及)
CONJUNCTIONS = "和与及"


# a level's character ends no given name a rule reads after a preposition: "与师市签署" (the division's city)
LEVEL_CHARS = "市县区州省乡镇村"


# the task a leading group is named after: two to six characters ("社区矫正工作领导小组"), or seven or eight right
# after a county's or a city's name ("某某县|职业技能教育培训工作领导小组": the county is read as its place)
_TASK = f"(?:[{CJK}]{{2,6}}|(?<=[县市州区])[{CJK}]{{7,8}})"
# the word that closes a leading group's task: its work, or the building, reform, development, governance or control
# it leads ("平安建设", "全面深化改革")
_GROUP_TASK = "(?:工作|建设|改革|开发|发展|治理|防控)"


# a character of a department's field of work ("文化广播电视", "信息化"): no conjunction, organ's head or level
_FIELD = rf"[^\W\d和与及的、局厅委会府院部办所处室站队{LEVEL_CHARS}]"

# a unit of a field's name: a character, or "城乡" (town and country), a field that holds a level's character
# ("住房和城乡建设厅", the province's twin of the county's 住房和城乡建设局)
_FIELD_UNIT = rf"(?:城乡|{_FIELD})"


# Public bodies: a chain of organs ending in a head ("党委政法委", "行政公署", "公安局"), named after
# their place ("喀什地区", "自治区", "兵团", "第三师"), or a national body that needs no place ("公安部").
_ORGAN_PARTS = (
    "村民委员会|村委会|居民委员会|居委会|管理委员会|管委会|统一战线工作部|发展改革委|"
    "妇女联合会|妇联|残疾人联合会|残联|工商联|科协|总工会|国有资产监督管理委员会|国资委|"
    "(?:国保|国内安全保卫|网安|刑侦|治安|特警|禁毒|经侦|出入境管理)(?:支队|大队)|"
    "党委党校|委党校|党委政法委员会|党委政法委|党委统战部|党委宣传部|党委组织部|党委|政法委员会|政法委|纪委|监委|人民政府|政府|行政公署|行署|人大常委会|人民代表大会常务委员会|人民代表大会|"
    # the people's congress by its short name after its level ("州人大及其常委会", "县人大、县政协"), not its
    # deputies or its session ("县人大代表", "地区人大会议"), nor the university of the same short name ("人大教授")
    "人大工作委员会|人大工委|人大(?![学教校]|代表|会议)|"
    "政协|中级人民法院|高级人民法院|中级法院|高级法院|人民法院|法院|(?<!最)高院(?![校子落])|中院(?![校子落])|(?<=兵团)分院|人民检察分院|检察分院|人民检察院|检察院|公安分局|公安局|公安处|公安厅|派出所|国家安全局|国安局|"
    "司法局|司法厅|教育局|教育厅|统计局|民政局|宣传部|统战部|组织部|办公厅|新闻办公室|新闻办|办公室|委员会|常委会|"
    "监狱管理局|扫黑办|人民武装部|武装部|工业和信息化局|工信局|住建局|信访局|网信办|维稳办|人力资源和社会保障局|人力资源和社会保障厅|人社局|人社厅|发展和改革委员会|发改委|"
    "财政局|财政厅|卫生健康委员会|卫健委|市场监督管理局|自然资源局|住房和城乡建设局|农业农村局|商务局|商务厅|民族宗教事务委员会|"
    "民宗委|民族宗教事务局|民宗局|宗教事务局|宗教局|融媒体中心|综治委|综治办|扶贫开发领导小组办公室|扶贫开发领导小组|"
    "扶贫开发办公室|扶贫办|应急管理局|退役军人事务局|审计局|税务局|"
    "生态环境局|交通运输局|水利局|文化和旅游局|外事办公室|外事办|编办|"
    # more of the standard organs of a Party committee and a government, by their usual names
    "林业和草原局|林业局|林业和草原厅|林业厅|科学技术厅|科技厅|审计厅|医疗保障局|医保局|体育局|档案局|粮食和物资储备局|国家安全厅|安全厅|民政厅|自然资源厅|"
    "生态环境厅|交通运输厅|水利厅|农业农村厅|文化和旅游厅|卫生健康委|保密局|机要局|大数据管理局|"
    "网络安全和信息化委员会办公室|网信委|侨务办公室|侨办|台湾事务办公室|台办|民族事务委员会|民委|"
    "社会工作部|政策研究室|政研室|党史研究室|机关工委|直属机关工作委员会|党工委|教育工委|团委|红十字会|"
    "督查室|巡察组|巡视组|街道办事处|街道办|党支部|党总支|就业服务中心|就业服务局|就业局|法律援助中心|公证处|"
    "(?:边境管理|消防救援|交警|交通警察|特巡警|巡警|看守)(?:支队|大队)|出入境边防检查站|边防检查站|移民管理局|"
    "警务站|警务室|公安检查站|"
    # the standard public service units (事业单位) a prefecture or a county keeps beside its organs, named after
    # their place ("某地区党员教育中心", "某县政务服务中心"; not a training centre, a facility)
    # (the merged unit for government services and public tenders by its full name; the tender centre alone is
    # the venue where bids are opened, "在和田市公共资源交易中心开标", as held21-zh's gold has it)
    "党员教育中心|信息化服务中心|信息化中心|信息中心|政务服务和公共资源交易中心|政务服务中心|"
    "疾病预防控制中心|疾控中心|不动产登记中心|档案馆|"
    # a municipality's education commission by its short name ("市教委", "区教委")
    "教育委员会|教委|"
    # a command's and a corps' headquarters and political department ("兵团司令部", "公安局政治部")
    "司令部|政治部|"
    # a military district named by its region ("南疆军区", "新疆军区", "喀什军分区"), and a government's offices
    # administration ("州机关事务管理局")
    "军区|军分区|机关事务管理局|"
    # the national statistics bureau's survey teams in a province or the corps ("国家统计局新疆调查总队")
    "调查总队|"
    # a province's supervision department and a city's bureau until 2018 (joined to the discipline commission,
    # "纪委监察厅"), a district's housing bureau and its office of expropriation ("区房管局", "征收办")
    "监察厅|监察局|房产管理局|房管局|房屋征收办公室|征收办|"
    # the conscription office a government and its armed forces department keep at every level ("某地区征兵办公室")
    "征兵办公室|征兵办|"
    # (a leading group is named after its work, or after the building, reform or development it leads, with no
    # 工作: "平安建设领导小组", "全面深化改革领导小组"; not after a verb, "县成立领导小组" being no group's name)
    f"{_TASK}{_GROUP_TASK}领导小组办公室|{_TASK}{_GROUP_TASK}领导小组|领导小组办公室|领导小组|"
    # an office named by its task alone after its level, with no group over it: "(自治区)内地新疆学生工作办公室"
    f"{_TASK}工作办公室"
)
# and a government department named by its fields joined with 和, right after its place's level: "(地区)文化广播电视
# 和旅游局", "(自治区)经济和信息化委员会", "(州)科学技术和工业局", a commission's short form too ("(地区)发展和
# 改革委"); not where the second is an organ itself ("公安局和检察院", "党委和政府", "民警和公安局" are two bodies,
# or a body and others)
# and an advisory conference's or a congress's special committee, named by its subject after the body it serves:
# "(市)政协提案委员会", "(县)政协文史委员会", "(自治区)人大常委会法制工作委员会", and the conference's committee
# by its short name ("县政协提案委", "市政协文史委"), not its members ("政协文史委员")
# and an administration bureau named by whatever field it administers, right after its level: "(区)文物管理局",
# "(县)职业技能教育培训服务管理局" (the bureau that runs the training centres is a body, the centres facilities),
# "(州)林业草原管理局"
BODY_PARTS = (
    rf"(?<=[区州县市省]){_FIELD_UNIT}{{2,8}}和(?!{_ORGAN_PARTS}){_FIELD_UNIT}{{2,5}}?(?:局|厅|委员会|委(?![员托屈婉任派]))"
    rf"|(?<=[区州县市省]){_FIELD}{{2,10}}?管理局"
    rf"|(?:(?<=政协)|(?<=人大常委会)){_FIELD}{{2,8}}?委员会|(?<=政协){_FIELD}{{2,4}}?委(?!员)|{_ORGAN_PARTS}"
)


BODY_RE = re.compile(f"(?:{BODY_PARTS})+")


_BODY_END_RE = re.compile(f"(?:{BODY_PARTS})$")


# places a body is named after, beside the gazetteer: the region and the corps, their levels, units
_PLACE_FIXED = re.compile(
    r"(?:自治区|兵团|全区|中央|第[一二三四五六七八九十\d]{1,3}师|[一二三四五六七八九十\d]{1,4}团)$"
)


LEVEL_WORDS = {"地区", "县", "市", "州", "自治州", "区", "省", "师市"}  # 师市: a corps division and its city


# a level's party committee or the prefecture's administration, named by the level alone: "县委", "地委", "行署";
# the Youth League's committee of a level: "团县委"
LEVEL_BODIES = {
    "县委",
    "市委",
    "州委",
    "地委",
    "区委",
    "省委",
    "行署",
    "团县委",
    "团市委",
    "团区委",
    "团州委",
    "团地委",
}


PLACE_WORDS = re.compile(rf"^[{CJK}]{{1,5}}(?:自治州|自治县|地区|省|市|县|州|区|镇|乡)$")


# "四地州", "多地": a number of places, not a place ("多鲁乡" is one); "各乡镇", "全县": every one of a level
PLACE_NOT = re.compile(r"^(?:[一二三四五六七八九十两几各每该\d]|多(?=[个地县市区州乡镇村])|全[县市区州乡镇]$)")


@functools.cache
def gazetteer_cn() -> tuple[re.Pattern[str], dict[str, t.GazetteerEntry]]:
    index = {n: e for e in t.gazetteer() for n in e.names if CJK_RE.search(n)}
    alt = "|".join(re.escape(n) for n in sorted(index, key=len, reverse=True))
    return re.compile(alt), index


@functools.cache
def short_place_forms() -> dict[str, t.GazetteerEntry]:
    """A county or county-level city named without its level ("在博乐设立": 博乐市), where the short form
    names no other entry and is no ordinary word (温泉 "hot spring", 新星, 白杨: the dictionary counts them
    100 times or more); read only where the segmenter reads it as one word."""
    index = gazetteer_cn()[1]
    out: dict[str, t.GazetteerEntry] = {}
    for name, entry in index.items():
        short = name[:-1]
        named = entry.type == t.PLACE and name[-1] in "市县" and len(short) >= 2 and not short.endswith("自治")
        if named and short not in index and short not in out and not frequent_word(short, 100):
            out[short] = entry
    return out


# a weekday, written as a surname and a numeral would be: "发言人周三表示" (on Wednesday), no name
WEEKDAY_RE = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天末]")


def is_han_name(word: str) -> bool:
    if not 2 <= len(word) <= 4 or not all(CJK_RE.match(c) for c in word) or WEEKDAY_RE.fullmatch(word):
        return False
    if word[0] == word[1]:
        return False  # a doubled character makes a doubled word ("殷殷嘱托": earnest), no surname and name
    if word[:2] in t.HAN_COMPOUND_SURNAMES:
        return 3 <= len(word) <= 4
    return word[0] in t.HAN_SURNAMES and len(word) <= 3


def name_edge(text: str, tokens: Tokens, pos: int, step: int, limit: int) -> int:
    """How far a transcribed name runs from ``pos`` (its dot) in direction ``step``, up to ``limit``."""
    edge = pos
    while (edge > limit if step < 0 else edge < limit) and abs(edge - pos) < SEGMENT_MAX:
        word = tokens.word(edge - 1 if step < 0 else edge)
        if word is None:
            break
        s, e, w, flag = word
        if step < 0 and _date_end(text, edge):
            break  # "14日|阿不都…": the date's day, not the name's
        if step < 0 and _day_read_into_word(text, s, edge) > s:
            return _day_read_into_word(text, s, edge)  # "5|日麦麦|提敏·…": the day's 日 read into the name's word
        if w[0] in CONJUNCTIONS and DOT_RE.search(text, max(0, s - 8), s) and DOT_RE.search(text, s + 1, s + 10):
            # "达伦·拜勒|和蕾|切尔·哈里斯": a conjunction between two transcribed names, read into a word
            return s + 1 if step < 0 else edge
        if step < 0 and len(w) >= 2 and w.endswith("者"):
            break  # "幸存者|赛尔古丽·…": a noun of who one is (survivor, victim), no part of the name
        if step < 0 and w in TITLE_WORDS:
            break  # "伊玛目|阿不都…": the post before the name, which the segmenter tags as a name
        if step < 0 and _verb_before_name(word):
            break  # "谢谢|买买提江·…", "感谢|…": the speaker's verb before the name, of transcription characters
        if step > 0 and _verb_after_whole_part(text, tokens, pos, edge, word):
            return edge
        if step < 0 and _conjunction_after_transcription(text, word):
            return s + 1  # "阿依古丽|和米|娜瓦尔·…": the list's first name stands before the conjunction
        if step > 0 and edge > pos and _conjunction_before_transcription(word):
            return edge  # "…·卡德尔|和帕提|古丽": the conjunction opens the list's next, undotted name
        if step > 0 and edge > pos and _PEOPLE_COUNT_RE.match(text, s):
            break  # "……·吐尔逊三人死刑": how many people the list names, no part of the last name
        if step > 0 and edge > pos and _all_after_name(text, tokens, word):
            return edge
        if step > 0 and edge - pos >= 2 and _common_noun(word):
            return edge  # "…·依明|土地|承包经营权纠纷": a common noun after a last part already whole
        if step > 0 and edge > pos and (closes_name(text, word) or _syllable_joined_to_next_word(tokens, word)):
            return edge + (1 if len(w) == 2 and w[0] in DOTTED_NAME_CHARS else 0)
        if edge == pos and _place_between_name_parts(tokens, word, step, limit):
            edge = max(s, limit) if step < 0 else min(e, limit)
            continue  # "吐尔逊·甘泉|江": a place's word whose characters are the name's syllables
        inside = text[max(s, limit if step < 0 else s) : edge] if step < 0 else text[edge : min(e, limit)]
        # a word the dictionary tags as an imitated sound ("嘎拉" in "吉日嘎拉·巴图") is syllables, as a name's are
        sound = flag == "o"
        if name_like(word, DOTTED_NAME_CHARS) or not known_word(w) or sound:
            whole = all(c in DOTTED_NAME_CHARS for c in inside) or name_like(word, DOTTED_NAME_CHARS) or sound
            if whole or (edge == pos and _mostly_transcribed(inside)):
                edge = s if step < 0 else e
                edge = max(edge, limit) if step < 0 else min(edge, limit)
                continue
            # a word jieba made up ("提于"): its transcription characters belong to the name
            run = 0
            chars = reversed(inside) if step < 0 else iter(inside)
            for c in chars:
                if c not in DOTTED_NAME_CHARS:
                    break
                run += 1
            edge += -run if step < 0 else run
        break
    if step > 0 and edge - pos > 2 and (text[edge - 1] in AFTER_NAME or _besides_closes(text, edge - 1)):
        edge -= 1  # "奥塔格斯则呼吁": 则 ("then") after the name, which the segmenter joined to it
    return edge


def _place_between_name_parts(tokens: Tokens, word: tuple[int, int, str, str], step: int, limit: int) -> bool:
    """Whether a word the dictionary tags as a place stands between a name's dot and more of the name: next to
    the dot, with a name's word or transcription characters beyond it on the same side, inside the part
    ("吐尔逊·甘泉|江": 甘泉 is the syllables of Ganquanjan, no place)."""
    s, e, _w, flag = word
    if flag != "ns" or (e > limit if step > 0 else s < limit):
        return False
    beyond = tokens.word(e if step > 0 else s - 1)
    if beyond is None or (beyond[1] > limit if step > 0 else beyond[0] < limit):
        return False
    return name_like(beyond, DOTTED_NAME_CHARS) and CJK_RE.match(beyond[2]) is not None


def _verb_before_name(word: tuple[int, int, str, str]) -> bool:
    """A verb the dictionary holds and counts often ("谢谢", "安排", "赞扬"), whose characters may all be
    transcription characters: before a transcribed name's first part it is the clause's verb, no syllable."""
    return word[3] == "v" and len(word[2]) >= 2 and frequent_word(word[2])


def _common_noun(word: tuple[int, int, str, str]) -> bool:
    """A noun the dictionary counts very often ("土地", "地区"): after a name's last part of two characters or
    more it opens the words after the name, no syllable of it."""
    tag = word[3]
    return len(word[2]) >= 2 and tag.startswith("n") and not tag.startswith("nr") and frequent_word(word[2], 5000)


# a transcribed name's part this long is whole: the dictionary word after it gives it no syllable
_WHOLE_PART = 3


# what a dictionary word after a name is when it is the sentence's verb: a verb, adverb, preposition or time word
_VERB_AFTER_TAGS = ("v", "d", "p", "t")


def _verb_after_whole_part(text: str, tokens: Tokens, pos: int, edge: int, word: tuple[int, int, str, str]) -> bool:
    """A name's last part already whole before a two-character word the dictionary holds as a verb, adverb,
    preposition or time word: the word's first character is no syllable of the name. The part is whole when
    the segmenter read it to its end as a name or a place's name of three characters or more
    ("…·达吾提|生于|乌鲁木齐", "…·阿不拉|生于"), or when a time word follows a part of three transcription
    characters ("…·艾海提|先后|发言"); a part the segmenter cut ("…·艾合|买|提在") keeps the syllable, and so
    does a name before a verb the word's second character starts ("…·吐尔洪|提出|生于")."""
    s, _e, w, flag = word
    part = text[pos:edge]
    if edge <= pos or s != edge or len(part) < _WHOLE_PART or len(w) != 2 or not known_word(w):
        return False
    if not all(c in DOTTED_NAME_CHARS for c in part):
        return False
    tag = dictionary_tag(w) or flag
    if tag.startswith("t"):
        return True
    if _syllable_joined_to_next_word(tokens, word):
        return False  # "…·吐尔洪|提出|生于": 提 is the name's and 出生 the verb
    before = tokens.word(edge - 1)
    if before is None or before[1] != edge or len(before[2]) < _WHOLE_PART:
        return False
    # read as a name; or as a place's name, which a part often is, before a verb with its 于 ("…·阿不拉|生于")
    named = before[3].startswith("nr") or (before[3].startswith("ns") and w.endswith("于"))
    return named and tag.startswith(_VERB_AFTER_TAGS)


def _conjunction_before_transcription(word: tuple[int, int, str, str]) -> bool:
    """A word the segmenter made of a conjunction and the first syllables of a transcribed name after it
    ("和帕提", "与阿依"): the name before ends at the conjunction."""
    w = word[2]
    return len(w) >= 3 and w[0] in CONJUNCTIONS and all(c in DOTTED_NAME_CHARS for c in w[1:])


# a count of people after a list of names: "三人", "两名"
_PEOPLE_COUNT_RE = re.compile(r"[一二两三四五六七八九十]+[人名]")


def _day_read_into_word(text: str, start: int, end: int) -> int:
    """Where a name starts inside a word the segmenter made of a date's day and the name's first syllable
    ("3月5|日麦麦|提敏·托合提": 日 is a transcription character too): right after the day; ``start`` where
    the word holds no day's end."""
    return next((p for p in range(start + 1, end) if _date_end(text, p)), start)


def _date_end(text: str, pos: int) -> bool:
    """Whether ``pos`` follows a date's day ("3月14日")."""
    return text[pos - 1 : pos] in ("日", "号") and bool(re.match(r"[\d一二三四五六七八九十]", text[pos - 2 : pos - 1]))


# what follows a name and starts the clause's verb phrase: "库尔班|则|向", "托合|提在|伦敦"; 要, 应: "must",
# "should" ("…蒂尔|克应|尽快"); 不, "not" ("土赫|提不|具有"); 家, the named person's home ("在…·吾买尔家聚会")
AFTER_NAME = set("在于向对将已曾也和与是说称则被把从为要应不家")


def _syllable_joined_to_next_word(tokens: Tokens, word: tuple[int, int, str, str]) -> bool:
    """A two-character word the segmenter made of a transcribed name's last syllable and the first character
    of the word after it ("土赫|提出|庭受审": 提 is the name's and 出庭 the verb; "沙吾|提出|生于" is 提|出生于):
    its second character and the next word's first form a word the dictionary holds, and what the next word
    keeps is nothing, one ordinary character or a word ("…提|达到|职业生涯" keeps 达到: 业生涯 is no word)."""
    _s, e, w, _flag = word
    following = tokens.word(e)
    if len(w) != 2 or w[0] not in TRANSLIT or _flag.startswith("nr") or following is None:
        return False  # "巴切|莱特|在": a word the segmenter reads as a name is the name's
    joined, rest = w[1] + following[2][0], following[2][1:]
    if all(c in DOTTED_NAME_CHARS for c in joined) or not known_word(joined):
        return False
    if not rest:
        return not following[3].startswith(("u", "y", "x"))  # "…|达到|了": 了 is a particle, 达到 the verb
    return len(rest) == 1 or known_word(rest)


def _mostly_transcribed(part: str) -> bool:
    """Whether a word next to a name's dot is a transcription with one rarer character, as its first
    ("绍吾提": 绍, read by the segmenter as a place): three characters or more, all others transcription
    characters."""
    rare = [c for c in part if c not in DOTTED_NAME_CHARS]
    return len(part) >= 3 and len(rare) == 1 and CJK_RE.match(rare[0]) is not None and part[-1] not in rare


def _conjunction_after_transcription(text: str, word: tuple[int, int, str, str]) -> bool:
    """Whether ``word``, read back from a dot, opens with a conjunction (和, 与, 及) right after two
    transcription characters: a list's earlier name written without dots ("热娜古丽和帕提古丽·…"), whose last
    syllable and the conjunction the segmenter did not split from the next name ("和帕提")."""
    s, _e, w, _flag = word
    return w[0] in CONJUNCTIONS and s >= 2 and all(c in DOTTED_NAME_CHARS for c in text[s - 2 : s])


# an adverb after a list's last name, before the verb or copula it modifies: "……·艾合买提都是", "都被"
_ALL_BEFORE_VERB = "都"


def _all_after_name(text: str, tokens: Tokens, word: tuple[int, int, str, str]) -> bool:
    """Whether ``word`` is 都 ("all") after a name part ("玉素甫|都|是"), before a function word or copula;
    not the last syllable of "Abdu" (阿不都, 阿布都, 阿卜都: "阿不|都|在"), unless the segmenter reads the part
    before it whole as a name."""
    s, e, w, _flag = word
    before = tokens.word(s - 1)
    named = before is not None and len(before[2]) >= 2 and before[3].startswith("nr")
    return w == _ALL_BEFORE_VERB and (named or text[s - 1 : s] not in "不布卜") and text[e : e + 1] in AFTER_NAME


def closes_name(text: str, word: tuple[int, int, str, str]) -> bool:
    """A word after a transcribed name that ends it: a one-character adverb, conjunction or preposition
    before an ordinary character ("则向"), or an ordinary two-character word the segmenter made of the
    name's last syllable and the function word after it ("提在": 提 is the name's)."""
    _s, e, w, flag = word
    if len(w) == 1:
        return flag.startswith(("d", "c", "p")) and w in AFTER_NAME and text[e : e + 1] not in TRANSLIT
    if len(w) == 2 and w[0] in AFTER_NAME:
        return False  # "热合曼|不在|名单": two function characters ("not at"), neither of them the name's
    return len(w) == 2 and w[1] in AFTER_NAME and w[0] in TRANSLIT and (known_word(w) or w[1] not in TRANSLIT)


# the clause a name sits in, read back from it at most this far for the 除 ("besides") that opens it
_BESIDES_REACH = 30


_CLAUSE_END_RE = re.compile(r"[。！？；\n]")


def _besides_closes(text: str, pos: int) -> bool:
    """Whether the 外 at ``pos``, read into a transcribed name, closes "除(了)……外" ("besides ..."): a 除
    earlier in the same sentence opens the frame ("除了市长某某·某某提外，还有……")."""
    if text[pos : pos + 1] != "外":
        return False
    before = text[max(0, pos - _BESIDES_REACH) : pos]
    opened = before.rfind("除")
    # "除此之外，某某·某某外出": a frame closed already, before the name
    return opened >= 0 and _CLAUSE_END_RE.search(before, opened) is None and "外" not in before[opened:]


def name_like(word: tuple[int, int, str, str], chars: Collection[str] = TRANSLIT) -> bool:
    return word[3].startswith("nr") or all(c in chars for c in word[2])


def unlevelled_place_start(text: str, tokens: Tokens, end: int, index: dict[str, t.GazetteerEntry]) -> int:
    """Where the place a level's committee is named after starts, the committee's word ending the name at
    ``end`` ("县委", "地委"): the places read back as for any body, or else one place the segmenter tags as a
    place without its level, which the committee's word holds ("漯河|市委", "驻马店|地委", "遂平|县委书记"),
    or whatever name the party's short name opens ("中共|和阗|地委": the old spelling, read as a name)."""
    start = place_before(text, end, tokens, index)
    word = tokens.word(end - 1)
    if start < end or word is None or word[1] != end or not 2 <= len(word[2]) <= 4 or not CJK_RE.match(word[2]):
        return start
    opened = text[max(0, word[0] - 2) : word[0]] == "中共"
    if (word[3] == "ns" or opened) and word[2] not in LEVEL_WORDS and not PLACE_NOT.match(word[2]):
        return word[0]
    return start


# a preposition or a verb's particle the segmenter may join to the first character of the name after it
# ("据托|格拉|克乡", "由托|格拉|克乡")
JOINED_BEFORE_NAME = "据由从往向在于对赴到经被把将"


# a one-character preposition the segmenter joins to the level after it: "经县", "由市", "向州"
_PREPOSITIONS_BEFORE_LEVEL = "经由对向在从据按把被将为与和及"


def _preposition_then_level(word: str) -> bool:
    """Not a place's name of that shape the dictionary holds ("和县", a county in Anhui)."""
    two = len(word) == 2 and word[0] in _PREPOSITIONS_BEFORE_LEVEL and word[1] in LEVEL_CHARS
    return two and dictionary_tag(word) != "ns"


def name_before_level(tokens: Tokens, pos: int) -> int:
    """Where the place whose level word starts at ``pos`` starts: at a name of two or three characters the
    segmenter guesses as a person's or a place's right before the level ("琼中|县|财政局": the county of 琼中's
    finance bureau), else at the level itself, the page's own county or city ("县|信息中心")."""
    before = tokens.word(pos - 1)
    if before is None or before[1] != pos or not 2 <= len(before[2]) <= 3 or not CJK_RE.match(before[2]):
        return pos
    return before[0] if before[3].startswith(("nr", "ns")) else pos


def place_before(text: str, end: int, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> int:
    """Where the places a body is named after begin, reading back from ``end`` ("新疆维吾尔自治区喀什地区");
    a city abroad names no body here ("在阿拉木图法院作证": a court in Almaty, not one body)."""
    start = end
    while True:
        if text[start - 1 : start].isspace():
            return start  # "自治区\n新疆国资委": a line break or a table's gap ends the names read back
        window = text[max(0, start - 12) : start]
        found = next((n for n in _names_ending(window, index) if index[n].canonical not in t.world_cities()), None)
        if found and (joins_bodies(text, start - len(found)) or _joins_a_name(tokens, start - len(found))):
            return start - len(found) + 1
        if found:
            start -= len(found)
            continue
        m = _PLACE_FIXED.search(window)
        if m:
            start -= len(m.group(0))
            continue
        word = tokens.word(start - 1)
        if word is not None and word[1] == start and _preposition_then_level(word[2]):
            return start - 1  # "经县|人民政府研究": through the county's government; 经 is no part of it
        if (
            word is not None
            and word[1] == start
            and PLACE_WORDS.search(word[2])
            and (word[3] == "ns" or not known_word(word[2]))
            and not PLACE_NOT.match(word[2])
        ):
            if joins_bodies(text, word[0]) or _joins_a_name(tokens, word[0]):
                return word[0] + 1
            start = word[0]
            if word[2].endswith(ZONES):  # "昭苏|垦区|公安局": a reclamation area named by a place alone
                start = _place_alone_before(tokens, start)
            continue
        if word is not None and word[1] == start and word[2] in LEVEL_WORDS and not level_list(text, word[0]):
            if start < end:
                return start  # "我|区|福海县公安局": the writer's own region before a named place, no part of it
            start = name_before_level(tokens, word[0])  # "县教育局": the document's own county, or "琼中|县"
            continue
        if word is not None and word[1] == start and word[2] in LEVEL_BODIES:
            start = word[0]  # "县委宣传部": the county committee's department
            return unlevelled_place_start(text, tokens, start, index)
        if word is not None and word[1] == start and word[2][:2] in WITH_VERBS and word[2][2:] in LEVEL_WORDS:
            return start - len(word[2]) + 2  # "会同县|网信办" read as 会同县: the verb is no part of the name
        return _committee_or_township(text, start, tokens, index)


def joins_bodies(text: str, pos: int) -> bool:
    """Whether the place read at ``pos`` starts with a conjunction right after a body's name ("县公安局|和县|
    教育局"): 和 joins two bodies, and the level after it is no place's (和县 is a county in Anhui)."""
    before = text[max(0, pos - 12) : pos]
    body = bool(_BODY_END_RE.search(before)) or before.endswith(tuple(LEVEL_BODIES))
    return text[pos : pos + 1] in ("和", "与", "及") and body


def _joins_a_name(tokens: Tokens, pos: int) -> bool:
    """Whether the place read at ``pos`` starts with a conjunction right after a person's name ("王某某|和县|
    司法局副局长"): 和 joins the person and the body's official, and the level after it is no place's."""
    before = tokens.word(pos - 1)
    word = tokens.word(pos)
    joined = word is not None and word[0] == pos and word[2][:1] in ("和", "与", "及")
    return joined and before is not None and before[1] == pos and before[3] in ("nr", "nrt")


def _committee_or_township(text: str, start: int, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> int:
    """Two more ways a body is named after its place: the level's party committee written as the level and
    委 ("鄯善县|委|政法委": the county committee's commission), when a place comes before it; and a township
    the segmenter splits from its level ("某某|镇|人民政府", "某某|乡|派出所")."""
    if text[start - 1 : start] == "委" and text[start - 2 : start - 1] in "县市区州":
        before = place_before(text, start - 1, tokens, index)
        return before if before < start - 1 else start
    zone = _ZONE_RE.search(text, max(0, start - 10), start)
    if zone is not None and zone.end() == start:
        before = place_before(text, zone.start(), tokens, index)
        if before == zone.start():  # "准东|经济技术开发区公安分局": a zone named by a place alone
            before = _place_alone_before(tokens, before)
        return before if before < zone.start() else start  # "阿图什市工业园区管委会": the city's zone's committee
    if text[start - 1 : start] == "村":
        return village_start(text, tokens, index, start - 1)
    word = tokens.word(start - 1)
    town = start
    if word is not None and word[1] == start and word[2] in ("镇", "乡"):
        town = _town_start(tokens, word[0])
        if town == word[0]:  # "某某镇人民政府、阔|依其|乡人民政府": the next township body of a list
            town = _listed_township_body(text, word[0])
    elif word is not None and word[0] == start - 1 and word[2][0] in "镇乡" and BODY_RE.fullmatch(word[2][1:]):
        named = _town_start(tokens, start - 1)  # "巴彦|岱|镇党委": the segmenter joined the level to the body
        named = named if named < start - 1 else _listed_township_body(text, start - 1)
        town = named if named < start - 1 else start  # "该乡党委": no township named here
    elif (
        (first := tokens.word(start)) is not None
        and first[0] == start
        and len(first[2]) <= 3
        and first[2][-1] in "乡镇"
    ):
        town = _town_start(tokens, start)  # "喀拉|苏镇|人民政府": the township's name began a word earlier
    if town < start:  # and the county or city the township is in ("疏附县塔什米里克乡人民政府")
        return place_before(text, town, tokens, index)
    return start


# a list's earlier item, a township's body, and the delimiter, before the next township's name
_TOWN_BODY_LISTED_RE = re.compile(rf"[乡镇](?:人民政府|政府|党委|派出所)[、，](?P<name>[{CJK}]{{2,4}})$")


def _listed_township_body(text: str, level: int) -> int:
    """Where a township's name begins before its level at ``level`` when the township's body is the next
    item of a list of township bodies, whatever words the segmenter reads in the name ("阔|依其|乡"); else
    ``level``."""
    m = _TOWN_BODY_LISTED_RE.search(text, max(0, level - 16), level)
    if m is None or any(c in "各该本全每的和与及或在于等" for c in m.group("name")):
        return level  # "各乡人民政府": every township, none named
    return m.start("name")


# a zone a city or county runs, whose committee is named after it: "阿图什市工业园区管委会",
# "伽师县纺织服装产业园管委会"
ZONES = (
    *("经济技术开发区", "高新技术产业开发区", "经济开发区", "工业园区", "产业园区", "开发区", "高新区", "园区"),
    *("产业园", "工业园", "工业城", "新区", "口岸", "垦区"),
)


_ZONE_RE = re.compile("|".join(ZONES))


def _place_alone_before(tokens: Tokens, pos: int) -> int:
    """Where a place named alone before a zone at ``pos`` starts: one word the segmenter tags as a place, or a
    county's or city's short form ("准东|经济技术开发区", "昭苏|垦区"); ``pos`` where there is none."""
    alone = tokens.word(pos - 1)
    if alone is None or alone[1] != pos:
        return pos
    return alone[0] if alone[3] == "ns" or alone[2] in short_place_forms() else pos


_TOWN_MAX = 6


def village_start(text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry], pos: int) -> int:
    """Where a village's name begins, read back from its 村 at ``pos`` ("米尔凯奇村村委会") to a township's
    level, a stop or a function character, and the township's and county's names before it
    ("哈拉布拉克乡米尔凯奇村", whatever words the segmenter reads there); ``pos + 1`` when no name of
    two characters or more comes before ("该村村委会": a village named before)."""
    start = pos
    while (
        start > 0
        and name_span_ok(text[start - 1 : pos], pos - start + 1)
        and CJK_RE.match(text[start - 1])
        and text[start - 1] not in NOT_VILLAGE
    ):
        start -= 1
    if pos - start < 2:
        return pos + 1
    if text[start - 1 : start] not in ("乡", "镇"):
        return start
    town = start - 1
    while (part := tokens.word(town - 1)) is not None and start - 1 - part[0] <= _TOWN_MAX:
        if not (town_part(part) or part[3] == "g" or all(c in TRANSLIT for c in text[part[0] : town])):
            break
        town = part[0]
    if town == start - 1:
        return start
    return place_before(text, town, tokens, index)


NOT_VILLAGE = set("乡镇县市区州村的和与及或在于对从由将把被向等了是也都就而据称为有其该各此每本全")


def _town_start(tokens: Tokens, pos: int) -> int:
    """Where a township's name begins when the segmenter split it before ``pos``: name-like words of two
    characters or more in all, or bound characters the dictionary holds as no word ("淖|毛|湖镇")."""
    start = pos
    while (part := tokens.word(start - 1)) is not None and part[1] == start and name_span_ok(part[2], pos - part[0]):
        if not (town_part(part) or part[3] == "g"):
            break
        start = part[0]
    return start if pos - start >= 2 else pos


def name_span_ok(word: str, length: int) -> bool:
    """Whether a township's or village's name read back may run this long: four characters, or up to
    eight in transcription characters ("塔什米里克乡", "托万克库曲麦村", "托万克吐格曼贝希村": Uyghur names run
    long), one of them at most a character the usual set leaves out ("阿亚格曼干村": 干 for "gan")."""
    return length <= 4 or (length <= 8 and sum(c not in TRANSLIT for c in word) <= 1 and word[:1] in TRANSLIT)


def level_list(text: str, pos: int) -> bool:
    """ "各地、州、市党委政法委": levels in a list (each prefecture, city...), not one body's level."""
    return text[pos - 1 : pos] in ("各", "每") or (
        text[pos - 1 : pos] == "、" and text[pos - 2 : pos - 1] in "地州市县区"
    )


def _names_ending(window: str, index: dict[str, t.GazetteerEntry]) -> list[str]:
    """The gazetteer's names that end the window, the longest first (looked up by the window's endings,
    not by walking every name)."""
    return [window[-n:] for n in range(len(window), 0, -1) if window[-n:] in index]


# verbs of working together that the segmenter tags as nouns, before the body they name ("会同…公司")
# or of entrusting a body with a task ("已委托|北京市某某律师事务所就此提出申诉"), or of speaking for one
# ("首先|代表|新疆大学|对…表示欢迎": on the university's behalf)
WITH_VERBS = {
    *("会同", "协同", "联合", "配合", "督促", "指导", "要求", "责成", "协调", "牵头", "联系", "联络", "委托"),
    "代表",
}


# a bureau under a known body, named after it: "哈萨克斯坦国家安全委员会边防局", "公安部刑侦局"; or a committee
# of a known parliament or body, named by its subjects: "德国联邦议院人权和人道主义援助委员会"
# (not a verb's 署 right after the body: "兵团部署防汛工作", "水利部工作部署", "签署")
_BUREAU_RE = re.compile(rf"[{CJK}]{{1,6}}?(?:局|(?<![部签])署)|[{CJK}]{{2,12}}?委员会")


_SUBJECTS_JOINED = {"和", "与", "及"}


def bureau_end(text: str, tokens: Tokens, end: int) -> int:
    """Where a known body's name ends when a bureau under it follows: nouns the segmenter reads from the
    body's end to 局 or 署, no name or place among them, and no post after it (边防局长); or a committee
    named by its subjects, nouns joined by 和, 与 or 及 (人权和人道主义援助委员会)."""
    m = _BUREAU_RE.match(text, end)
    if m is None or text[m.end() : m.end() + 1] == "长":
        return end
    words = [w for w in tokens.words if end <= w[0] < m.end()]
    if not words or words[0][0] != end or words[-1][1] != m.end():
        return end
    joined = [w for w in words[1:-1] if w[2] in _SUBJECTS_JOINED] if m.group(0).endswith("委员会") else []
    if joined and words[-1][2].endswith("委员会"):
        joined.append(words[-1])  # "外交及|国防委员会": the segmenter reads the last subject with the head
    if any(
        (not w[3].startswith(("n", "vn", "an")) or w[3].startswith(("nr", "ns", "nt"))) and w not in joined
        for w in words
    ):
        return end
    return m.end()


def town_part(word: tuple[int, int, str, str]) -> bool:
    """A word a township's name may begin with: a place, a name, or a transcription the dictionary does
    not hold as an ordinary word ("科克" tagged as a transcribed name, "托|格拉|克镇"); not a county or
    a city before it."""
    _s, _e, w, flag = word
    if not CJK_RE.match(w) or w[-1] in "乡镇" or (len(w) >= 2 and w[-1] in "县市区州"):
        return False  # "疏附县|托克|扎克|镇": the county the township is in, no part of its name
    return flag.startswith(("nr", "ns")) or (name_like(word) and not known_word(w))


TITLE_RE = re.compile(f"(?:{CN_TITLES})")
