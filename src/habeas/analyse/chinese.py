"""Mentions in Chinese text: jieba's segmentation and tags, plus patterns for transcribed names
joined by "·" (Uyghur, Kazakh and foreign names, kept whole at both ends), Han names after a title,
a court role or a date, the gazetteer (with the Chinese names of well-known bodies and cities abroad),
public bodies named as a whole (place + body: 喀什地区公安处, 自治区党委政法委; the corps' regiments),
organisations by their suffix (companies, universities, institutes, law firms, platforms, media) and
facilities."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Collection, Iterable

from habeas.analyse import tables as t
from habeas.analyse.chinese_cues import cue_organisations, short_forms
from habeas.analyse.chinese_words import (
    CJK,
    CJK_RE,
    NATIONAL_BODY_RE,
    Tokens,
    bloc_names,
    country_names,
    dictionary_tag,
    foreign_countries,
    frequent_word,
    known_word,
)
from habeas.analyse.known_bodies import english_forms
from habeas.analyse.model import Mention

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
)
# characters that transcribe inside a name joined by dots, beside TRANSLIT, but are too common in ordinary
# words (差不多, 猜测) or too often Han names' own to be read as transcription elsewhere: Thai names' 差 and
# 猜 (差猜·春哈旺, 普坦·威差亚猜), 孙 (吐尔孙, Tursun), 伍 (达伍提, Dawut), 盘 (伊力盘)
_DOTTED_NAME_CHARS = TRANSLIT | set("差猜孙伍盘")
DOTS = "·•・‧．"
_DOT_RE = re.compile(f"[{DOTS}]")
_TYPED_DOT_RE = re.compile(f"(?<=[{CJK}])[\\-‐－.](?=[{CJK}])")
_SEGMENT_MAX = 8
# Titles, posts and roles that come before a name.
CN_TITLES = (
    "书记|副书记|总书记|主席|副主席|部长|副部长|省长|市长|县长|区长|州长|乡长|镇长|村长|局长|副局长|厅长|处长|所长|总理|副总理|外长|"
    "发言人|巡视员|调研员|"
    "司令员|司令|政委|主任|副主任|专员|委员|常委|议员|学者|国务卿|校长|院长|大使|总统|首相|总裁|董事长|教授|记者|律师|"
    "研究员|经济学家|作家|诗人|法官|检察长|秘书长|高级专员|特使|参赞|队长|指挥员|总指挥|代表|负责人|师长|团长|大臣|党组成员|组长|通讯员|"
    "首席执行官|总经理"
)
_HAN_NAME = rf"(?:{'|'.join(t.HAN_COMPOUND_SURNAMES)}|[{t.HAN_SURNAMES}])[{CJK}]{{1,2}}"
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
)
_GAP = r"[ \t\u3000]"
CN_ROLE_RE = re.compile(
    "(?:" + "|".join(f"{_GAP}*".join(role) for role in sorted(_COURT_ROLES, key=len, reverse=True)) + f"){_GAP}*"
)
# a byline or a list may set the name apart from the title by one space: "（记者 王某某）"
# and a post's qualifier in brackets: "副县长（挂职）张某某"
CN_TITLE_RE = re.compile(
    rf"(?:(?:{CN_TITLES})(?:[（(][{CJK}]{{1,4}}[）)])?{_GAP}?|{CN_ROLE_RE.pattern})(?P<name>{_HAN_NAME})"
)
# who someone is, before a transcribed name only ("当地居民阿依努尔透露"; "学生宿舍" holds no Han name)
# (and a people's name for one of them: "一名维吾尔人阿布力金"; "一位名叫…的记者": named)
_ROLES_BEFORE_TRANSCRIBED = (
    "居民|村民|牧民|农民|商人|教师|学生|医生|妇女|男子|女子|老人|青年|母亲|父亲|妻子|丈夫|"
    "维吾尔人|维吾尔族人|维族人|哈萨克人|哈萨克族人|柯尔克孜人|乌孜别克人|名叫|名为"
)
# a name that opens a clause after a date: "6月20日，王某某主持召开会议"
_ACTS = (
    "主持|会见|视察|出席|表示|指出|强调|参加|签署|宣布|公布|发布|披露|访问|召开|听取|讲话|说|称|接受|调研|考察|率团|带队|前往|"
    "透露|证实|告诉|回忆|"
    "在|到|于|等|和|与|、|，"
)
_ACTS_RE = re.compile(f"(?:{_ACTS})")
DATE_NAME_RE = re.compile(rf"(?:\d{{1,2}}日|[年月]份?|日)[，,\s]*(?P<name>{_HAN_NAME}?)(?={_ACTS})")
# a name after a preposition or a list word, before an act, "同志" or a year: "由陈全国接任", "包括习近平2014年"
# a title before the name ("中共领导人陈全国2016年"); "由陈全国领导" (led by him)
_LEAD = "由|被|经|向|对|让|请|派|包括|以及|及|与|同|领导人"
_FOLLOW = "接任|担任|出任|兼任|主持|签发|批示|下令|领导|同志|讲话|作|" + _ACTS.replace("|、|，", "")
LED_NAME_RE = re.compile(rf"(?:{_LEAD})(?P<name>{_HAN_NAME}?)(?=(?:{_FOLLOW})|\d{{4}}年|[，。])")
_NOT_GIVEN = "推说表称在是和与的指于曾将已被对向从等也都就而了到为让把主出会视召参宣签接"
# a level's character ends no given name a rule reads after a preposition: "与师市签署" (the division's city)
_LEVEL_CHARS = "市县区州省乡镇村"
FACILITY_HEAD_RE = re.compile(
    r"(?:职业技能教育培训中心|教育培训中心|教培中心|培训中心|再教育营|集中营|看守所|拘留所|监狱|劳教所|戒毒所)"
)
# Public bodies: a chain of organs ending in a head ("党委政法委", "行政公署", "公安局"), named after
# their place ("喀什地区", "自治区", "兵团", "第三师"), or a national body that needs no place ("公安部").
BODY_PARTS = (
    "村民委员会|村委会|居民委员会|居委会|管理委员会|管委会|统一战线工作部|发展改革委|"
    "妇女联合会|妇联|残疾人联合会|残联|工商联|科协|总工会|国有资产监督管理委员会|国资委|"
    "(?:国保|国内安全保卫|网安|刑侦|治安|特警|禁毒|经侦|出入境管理)(?:支队|大队)|"
    "党委政法委员会|党委政法委|党委统战部|党委宣传部|党委组织部|党委|政法委员会|政法委|纪委|监委|人民政府|政府|行政公署|行署|人大常委会|人民代表大会|"
    "政协|中级人民法院|高级人民法院|中级法院|高级法院|人民法院|法院|(?<!最)高院(?![校子落])|中院(?![校子落])|(?<=兵团)分院|人民检察分院|检察分院|人民检察院|检察院|公安分局|公安局|公安处|公安厅|派出所|国家安全局|国安局|"
    "司法局|司法厅|教育局|教育厅|统计局|民政局|宣传部|统战部|组织部|办公厅|新闻办公室|新闻办|办公室|委员会|常委会|"
    "监狱管理局|扫黑办|人民武装部|武装部|工业和信息化局|工信局|住建局|信访局|网信办|维稳办|人力资源和社会保障局|人力资源和社会保障厅|人社局|人社厅|发展和改革委员会|发改委|"
    "财政局|财政厅|卫生健康委员会|卫健委|市场监督管理局|自然资源局|住房和城乡建设局|农业农村局|商务局|商务厅|民族宗教事务委员会|"
    "民宗委|民族宗教事务局|民宗局|宗教事务局|宗教局|融媒体中心|综治委|综治办|扶贫开发办公室|扶贫办|应急管理局|退役军人事务局|审计局|税务局|"
    "生态环境局|交通运输局|水利局|文化和旅游局|外事办公室|外事办|编办|"
    # more of the standard organs of a Party committee and a government, by their usual names
    "林业和草原局|林业局|林业和草原厅|林业厅|科学技术厅|科技厅|审计厅|医疗保障局|医保局|体育局|档案局|粮食和物资储备局|国家安全厅|安全厅|民政厅|自然资源厅|"
    "生态环境厅|交通运输厅|水利厅|农业农村厅|文化和旅游厅|卫生健康委|保密局|机要局|大数据管理局|"
    "网络安全和信息化委员会办公室|网信委|侨务办公室|侨办|台湾事务办公室|台办|民族事务委员会|民委|"
    "社会工作部|政策研究室|政研室|党史研究室|机关工委|直属机关工作委员会|党工委|教育工委|团委|红十字会|"
    "督查室|巡察组|巡视组|街道办事处|街道办|党支部|党总支|就业服务中心|就业服务局|就业局|法律援助中心|公证处|"
    "(?:边境管理|消防救援|交警|交通警察|特巡警|巡警|看守)(?:支队|大队)|出入境边防检查站|边防检查站|移民管理局|"
    "警务站|警务室|公安检查站|"
    f"[{CJK}]{{2,6}}工作领导小组办公室|[{CJK}]{{2,6}}工作领导小组|领导小组办公室|领导小组"
)
BODY_RE = re.compile(f"(?:{BODY_PARTS})+")
_BODY_END_RE = re.compile(f"(?:{BODY_PARTS})$")
# places a body is named after, beside the gazetteer: the region and the corps, their levels, units
_PLACE_FIXED = re.compile(
    r"(?:自治区|兵团|全区|中央|第[一二三四五六七八九十\d]{1,3}师|[一二三四五六七八九十\d]{1,4}团)$"
)
# a corps division named under the corps, not one of its regiments: "新疆生产建设兵团第五师" (the corps is
# named too; the division's canonical name holds the corps')
CORPS_DIVISION_RE = re.compile(
    r"(?:新疆生产建设兵团|兵团)(?P<division>第[一二三四五六七八九十\d]{1,3}师)(?![一二三四五六七八九十〇零\d]{1,4}团)"
    r"|(?:新疆生产建设兵团|兵团)?(?P<old>农(?P<number>[一二三四五六七八九十]{1,3})师)"  # its old name, 农七师
)
# a regiment of the corps named by its number alone, of two numerals or more ("六十二团", "224团"), not a
# group or a team ("团体", "团队") nor an ordinal's ("第一团")
_NOT_A_REGIMENT_AFTER = "体队结员伙聚长"
_NOT_A_REGIMENT_BEFORE = r"一二三四五六七八九十〇零百千\d第两几多"
REGIMENT_RE = re.compile(
    rf"(?<![{_NOT_A_REGIMENT_BEFORE}])(?:[一二三四五六七八九十〇零\d]{{2,4}}团(?![{_NOT_A_REGIMENT_AFTER}])"
    r"|[一二三四五六七八九十\d]团(?=[、和及与][一二三四五六七八九十〇零\d]{1,4}团)"  # "十团、十二团": in a list
    rf"|(?<=师)[一二三四五六七八九十\d]团(?![{_NOT_A_REGIMENT_AFTER}]))"  # "第一师十团": after its division
)


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
    return out


# a country's embassy or consulate abroad, or its mission: "中国驻德国大使馆", "美国驻华使馆"
MISSION_RE = re.compile(
    rf"(?:中华人民共和国|[{CJK}]{{1,6}}?)驻[{CJK}]{{1,8}}?(?:大使馆|总领事馆|领事馆|使馆|代表处|代表团)"
)
# the corps' regiments, named by number under the corps and the division: "兵团第十四师二二四团" (a division
# alone is also named with the city it runs, "第三师图木舒克市": the rules for places read it)
CORPS_UNIT_RE = re.compile(
    r"(?:新疆生产建设兵团|兵团)第[一二三四五六七八九十\d]{1,3}师[一二三四五六七八九十〇零\d]{1,4}团(?![体队结])"
)
_LEVEL_WORDS = {"地区", "县", "市", "州", "自治州", "区", "省", "师市"}  # 师市: a corps division and its city
# a level's party committee or the prefecture's administration, named by the level alone: "县委", "地委", "行署";
# the Youth League's committee of a level: "团县委"
_LEVEL_BODIES = {
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
_LEVEL_SUFFIX = "县市"
_PLACE_WORDS = re.compile(rf"^[{CJK}]{{1,5}}(?:自治州|自治县|地区|省|市|县|州|区|镇|乡)$")
# Organisations by their last word: companies, universities, institutes, platforms, media.
ORG_SUFFIX_RE = re.compile(
    r"(?:[（(](?:集团|控股)[）)](?:股份有限公司|有限责任公司|有限公司)|办事处|理事会|观察站|观察(?![员到者家团站期点哨])|律师事务所|会计师事务所|指挥部|专科学校|专门学校|职业技术学院|党校|"
    r"实验室|证券交易所|交易所|医院|中学|小学|职业技术学校|技工学校|股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|大学|学院|研究院|研究所|研究中心|研究会|学会|协会|基金会|"
    r"联合会|同盟|联盟|委员会|银行|平台|电视台|广播电台|通讯社|日报|报社|出版社|社(?![会区交团发〔字局厅群保工科论媒员长長])|科技(?![公集有股企])|法庭|组织|大会|农场|牧场|总场|卫生院|妇幼保健院|保健院|疗养院|福利院|敬老院)"
)
_ORG_TOKEN_FLAGS = ("n", "ns", "nt", "nz", "nr", "nrt", "j", "l", "vn", "x", "eng", "an")
_ORG_STOP = set("的和与及或在于对从由将把被向等了是也都就而据称指为有其该各此")
# "四地州", "多地": a number of places, not a place ("多鲁乡" is one); "各乡镇", "全县": every one of a level
_PLACE_NOT = re.compile(r"^(?:[一二三四五六七八九十两几各每该\d]|多(?=[个地县市区州乡镇村])|全[县市区州乡镇]$)")
LAW_RE = re.compile(r"《([^》]{2,40})》")
LAW_END_RE = re.compile(
    r"(?:法|条例|规定|办法|细则|公约|宪章|宪法|决定|决议|意见|通知|纲要|规划|条约|议定书|宣言|守则)$"
)
MEDIA_END_RE = re.compile(r"(?:报|时报|日报|晚报|邮报|周刊|杂志|新闻|通讯社|电视台|周报|月刊)$")
_CHINESE_EDITION_RE = re.compile(r"中文(?:网站|网|版|部|台|频道)")
# a medium's service in a language: "自由亚洲电台维吾尔语部", "吉尔吉斯语部"
_SERVICE_RE = re.compile(r"(?:部|组|频道|节目|版|台)")
SENT_RE = re.compile(r"[^。！？；\n]+[。！？；]?")


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


@functools.cache
def _short_place_forms() -> dict[str, t.GazetteerEntry]:
    """A county or county-level city named without its level ("在博乐设立": 博乐市), where the short form
    names no other entry and is no ordinary word (温泉 "hot spring", 新星, 白杨: the dictionary counts them
    100 times or more); read only where the segmenter reads it as one word."""
    index = _gazetteer_cn()[1]
    out: dict[str, t.GazetteerEntry] = {}
    for name, entry in index.items():
        short = name[:-1]
        named = entry.type == t.PLACE and name[-1] in "市县" and len(short) >= 2 and not short.endswith("自治")
        if named and short not in index and short not in out and not frequent_word(short, 100):
            out[short] = entry
    return out


def _short_places(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """The short forms of counties and cities the segmenter reads as a name or a place, not a township's
    name ("托里|镇" is a township, not 托里县)."""
    out = []
    for s, e, word, flag in tokens.words:
        entry = _short_place_forms().get(word)
        if entry is not None and flag.startswith(("ns", "nr")) and text[e : e + 1] not in "乡镇村":
            out.append(Mention(page, s, e, word, word, t.PLACE, 5, entry.canonical, True))
    return out


# a weekday, written as a surname and a numeral would be: "发言人周三表示" (on Wednesday), no name
_WEEKDAY_RE = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天末]")


def _is_han_name(word: str) -> bool:
    if not 2 <= len(word) <= 4 or not all(CJK_RE.match(c) for c in word) or _WEEKDAY_RE.fullmatch(word):
        return False
    if word[0] == word[1]:
        return False  # a doubled character makes a doubled word ("殷殷嘱托": earnest), no surname and name
    if word[:2] in t.HAN_COMPOUND_SURNAMES:
        return 3 <= len(word) <= 4
    return word[0] in t.HAN_SURNAMES and len(word) <= 3


def _dot_names(text: str, tokens: Tokens) -> Iterable[tuple[int, int]]:
    """Transcribed names joined by dots, whole at both ends: each side is read word by word from the
    dot outwards while jieba's words are names, transcription characters or words its dictionary does
    not know, and ends at an ordinary word ("主席|雪克来提·扎克尔|多次", "专员|艾尔肯·吐尼亚孜|通报").
    Two names a clause joins are two ("阿曼吐尔·托合托逊乌鲁|向记者展示了妹妹|阿依坚·托合托逊克孜"): a
    part between dots that the names read from its two dots do not cover ends one name and starts the next.
    A hyphen or a full stop typed for the dot between transcription characters is read as the dot: ``text``
    is the page as ``_with_typed_dots`` gives it."""
    for m in re.finditer(f"[{CJK}]+(?:[{DOTS}][{CJK}]+)+", text):
        dots = [m.start() + d.start() for d in _DOT_RE.finditer(m.group(0))]
        if any(b - a < 2 for a, b in itertools.pairwise(dots)):
            continue  # an empty part between two dots
        first_dot, limit = dots[0], m.start()
        for k in range(1, len(dots)):
            forward = _name_edge(text, tokens, dots[k - 1] + 1, 1, dots[k])
            back = _name_edge(text, tokens, dots[k], -1, dots[k - 1] + 1)
            if forward < back:  # this part ends one name and starts the next
                yield from _dot_name(text, tokens, first_dot, limit, dots[k - 1] + 1, forward)
                first_dot, limit = dots[k], back
        last_start = dots[-1] + 1
        yield from _dot_name(
            text, tokens, first_dot, limit, last_start, _name_edge(text, tokens, last_start, 1, m.end())
        )


def _with_typed_dots(text: str, tokens: Tokens) -> str:
    """The text with a hyphen or a full stop typed for a name's dot read as the dot ("雪克来提-扎克尔",
    "努尔.白克力"): one between two Chinese characters, at least one of them a transcription character,
    not between two words the dictionary holds as places' ("乌鲁木齐-喀什" is a route)."""
    chars = list(text)
    for m in _TYPED_DOT_RE.finditer(text):
        before, after = tokens.word(m.start() - 1), tokens.word(m.end())
        if before is None or after is None or not (text[m.start() - 1] in TRANSLIT or text[m.end()] in TRANSLIT):
            continue
        if not all(dictionary_tag(word[2]).startswith("ns") for word in (before, after)):
            chars[m.start()] = "·"
    return "".join(chars)


def _dot_name(
    text: str, tokens: Tokens, first_dot: int, limit: int, last_start: int, end: int
) -> Iterable[tuple[int, int]]:
    """The name whose first dot is ``first_dot`` (its first part read back no further than ``limit``) and
    whose last part starts at ``last_start`` and ends at ``end``; none when a part is left empty."""
    start = _name_edge(text, tokens, first_dot, -1, limit)
    if start == first_dot and end > last_start:
        start = _known_given_name(tokens, first_dot, limit)
    if start < first_dot and end > last_start:
        yield start, end


def _known_given_name(tokens: Tokens, dot: int, limit: int) -> int:
    """Where a first part the dictionary knows as an ordinary noun starts ("讲师|大卫|·托宾": 大卫 is David):
    one word of two characters right before the dot, no place or body, before a last part read as a name."""
    word = tokens.word(dot - 1)
    if word is None or word[1] != dot or word[0] < limit or len(word[2]) != 2 or not CJK_RE.match(word[2]):
        return dot
    return word[0] if word[3] in ("n", "nr", "nrt", "nz") else dot


def _given_names_alone(page: int, text: str, dotted: list[Mention]) -> list[Mention]:
    """A transcribed name's first or last part written alone after the full name ("阿依达娜·叶尔波拉提 …
    阿依达娜说", "朱莉·米尔斯 … 米尔斯说"): the person, as Uyghur and Kazakh names are shortened to the
    given name and others to the surname, when that part is of no other full name on the page and stands
    apart from dots and other transcription characters."""
    fulls: dict[str, set[str]] = {}
    for m in dotted:
        parts = m.name.split("·")
        for part in {parts[0], parts[-1]}:
            fulls.setdefault(part, set()).add(m.name)
    out = []
    for part, names in fulls.items():
        if len(part) < 2 or len(names) != 1:
            continue
        first = min(m.start for m in dotted if m.name in names)
        for hit in re.finditer(re.escape(part), text[first:]):
            s, e = first + hit.start(), first + hit.end()
            around = text[s - 1 : s] + text[e : e + 1]
            if any(c in DOTS or c in TRANSLIT for c in around):
                continue
            out.append(Mention(page, s, e, part, part, t.PERSON, 6, canonical=next(iter(names))))
    return out


# a name joined by dots, then an organisation's word: "乔治·华盛顿大学" is a university, no person
DOTTED_BODY_RE = re.compile(
    rf"(?P<name>[{CJK}]{{1,8}}[{DOTS}][{CJK}]{{1,8}}?)(?:大学|学院|基金会|研究所|研究院|研究中心|公司|集团)"
)


def _dotted_bodies(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """Organisations named after a person, whose name is joined by a dot ("美国乔治·华盛顿大学"): the
    first part is read back from the dot as a transcribed name's is; the rest is transcription characters
    or a known name (华盛顿)."""
    out = []
    for m in DOTTED_BODY_RE.finditer(text):
        dot = m.start() + _DOT_RE.search(m.group("name")).start()  # type: ignore[union-attr]
        start = _name_edge(text, tokens, dot, -1, m.start())
        rest = text[dot + 1 : m.end("name")]
        if start < dot and (all(c in TRANSLIT for c in rest) or rest in _gazetteer_cn()[1]):
            name = _DOT_RE.sub("·", text[start : m.end()])
            out.append(Mention(page, start, m.end(), text[start : m.end()], name, t.ORGANIZATION, 7))
    return out


def _name_edge(text: str, tokens: Tokens, pos: int, step: int, limit: int) -> int:
    """How far a transcribed name runs from ``pos`` (its dot) in direction ``step``, up to ``limit``."""
    edge = pos
    while (edge > limit if step < 0 else edge < limit) and abs(edge - pos) < _SEGMENT_MAX:
        word = tokens.word(edge - 1 if step < 0 else edge)
        if word is None:
            break
        s, e, w, _flag = word
        if step < 0 and _date_end(text, edge):
            break  # "14日|阿不都…": the date's day, not the name's
        if w[0] in "和与及" and _DOT_RE.search(text, max(0, s - 8), s) and _DOT_RE.search(text, s + 1, s + 10):
            # "达伦·拜勒|和蕾|切尔·哈里斯": a conjunction between two transcribed names, read into a word
            return s + 1 if step < 0 else edge
        if step > 0 and edge > pos and _PEOPLE_COUNT_RE.match(text, s):
            break  # "……·吐尔逊三人死刑": how many people the list names, no part of the last name
        if step > 0 and edge > pos and _closes_name(text, word):
            return edge + (1 if len(w) == 2 and w[0] in _DOTTED_NAME_CHARS else 0)
        inside = text[max(s, limit if step < 0 else s) : edge] if step < 0 else text[edge : min(e, limit)]
        if _name_like(word, _DOTTED_NAME_CHARS) or not known_word(w):
            if all(c in _DOTTED_NAME_CHARS for c in inside) or _name_like(word, _DOTTED_NAME_CHARS):
                edge = s if step < 0 else e
                edge = max(edge, limit) if step < 0 else min(edge, limit)
                continue
            # a word jieba made up ("提于"): its transcription characters belong to the name
            run = 0
            chars = reversed(inside) if step < 0 else iter(inside)
            for c in chars:
                if c not in _DOTTED_NAME_CHARS:
                    break
                run += 1
            edge += -run if step < 0 else run
        break
    if step > 0 and edge - pos > 2 and (text[edge - 1] in _AFTER_NAME or _besides_closes(text, edge - 1)):
        edge -= 1  # "奥塔格斯则呼吁": 则 ("then") after the name, which the segmenter joined to it
    return edge


# a count of people after a list of names: "三人", "两名"
_PEOPLE_COUNT_RE = re.compile(r"[一二两三四五六七八九十]+[人名]")


def _date_end(text: str, pos: int) -> bool:
    """Whether ``pos`` follows a date's day ("3月14日")."""
    return text[pos - 1 : pos] in ("日", "号") and bool(re.match(r"[\d一二三四五六七八九十]", text[pos - 2 : pos - 1]))


# what follows a name and starts the clause's verb phrase: "库尔班|则|向", "托合|提在|伦敦"
_AFTER_NAME = set("在于向对将已曾也和与是说称则被把从为要应")  # 要, 应: "must", "should" ("…蒂尔|克应|尽快")


def _closes_name(text: str, word: tuple[int, int, str, str]) -> bool:
    """A word after a transcribed name that ends it: a one-character adverb, conjunction or preposition
    before an ordinary character ("则向"), or an ordinary two-character word the segmenter made of the
    name's last syllable and the function word after it ("提在": 提 is the name's)."""
    _s, e, w, flag = word
    if len(w) == 1:
        return flag.startswith(("d", "c", "p")) and w in _AFTER_NAME and text[e : e + 1] not in TRANSLIT
    return len(w) == 2 and w[1] in _AFTER_NAME and w[0] in TRANSLIT and (known_word(w) or w[1] not in TRANSLIT)


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


def _name_like(word: tuple[int, int, str, str], chars: Collection[str] = TRANSLIT) -> bool:
    return word[3].startswith("nr") or all(c in chars for c in word[2])


# a minutes' or a notice's label before the people it lists: "参加：周某某、杨某", "出席：王某 李某"
# a web page's editors' line in brackets too: "（责编：王某、古丽米拉）"; and a story's byline by its
# writer's, reporter's or photographer's label: "撰文：江某", "摄影：李某" (not 作者, "author", which a
# web page gives its medium or platform too: "作者：石榴云")
_LABEL_RE = re.compile(
    r"(?m)^[（(【\[]?(?:参加|出席|列席|主持|记录|联系人|签发|审核|参会人员|与会人员|责编|责任编辑|编辑|"
    r"撰文|撰稿|记者|摄影|摄像|翻译)[：:]"
)
_LIST_ITEM_RE = re.compile(r"[^、，,\s\u3000\n（）()【】\[\]]+")


def _listed_after_label(page: int, text: str) -> list[Mention]:
    """The Han names of a list after a label at a line's start, each item a name alone between the list's
    separators (an item with a title or a body in it is read by the other rules); not a known place or a
    frequent word."""
    out = []
    for m in _LABEL_RE.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        for item in _LIST_ITEM_RE.finditer(text, m.end(), line_end):
            name = item.group(0)
            known = name in _gazetteer_cn()[1] or frequent_word(name)  # "参加：和田、喀什": places
            transcribed = 3 <= len(name) <= 6 and all(c in TRANSLIT for c in name)  # "古丽米拉"
            if (_is_han_name(name) or transcribed) and name[-1] not in _NOT_GIVEN + _LEVEL_CHARS and not known:
                out.append(Mention(page, item.start(), item.end(), name, name, t.PERSON, 4))
    return out


def _led_names(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A surname and given name the segmenter split ("由陈全国接任" read as 陈 / 全国): a name after a
    preposition or a list word and before an act, "同志" or a year; a two-character one only when it is no
    ordinary word ("被关押在": a verb)."""
    out = []
    for m in LED_NAME_RE.finditer(text):
        name, s = m.group("name"), m.start("name")
        word = tokens.word(s)
        if not _is_han_name(name) or name[-1] in _NOT_GIVEN + _LEVEL_CHARS or (len(name) == 2 and known_word(name)):
            continue
        if word is not None and word[0] == s and word[1] > s + len(name):
            continue  # the segmenter reads a longer word from here ("和田地区")
        if word is not None and word[0] < s and known_word(word[2]):
            continue  # the lead word is part of an ordinary word ("未及|时上报" read in 及时上报: "promptly")
        out.append(Mention(page, s, s + len(name), name, name, t.PERSON, 4))
    return out


# a name before "同志" (comrade) at a clause's start, as official notices write it: "决定，李建新同志任…"
_COMRADE_RE = re.compile(rf"(?:^|(?<=[，。、：；！？\n（(“]))(?P<name>{_HAN_NAME})同志")


def _comrades(page: int, text: str) -> list[Mention]:
    """A person named before "同志" at a clause's start ("李建新同志任第三师党委书记"), where the segmenter may
    split the name (李|建新); not an ordinary word before it ("广大同志": the comrades at large)."""
    out = []
    for m in _COMRADE_RE.finditer(text):
        name = m.group("name")
        if known_word(name) or frequent_word(name) or name[-1] in _NOT_GIVEN + _LEVEL_CHARS:
            continue
        out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.PERSON, 4))
    return out


# an appointment or a removal, then the person's name: "任命某某为厅长", "免去某某（的）市委书记职务"
APPOINTED_RE = re.compile(rf"(?:任命|免去|提名|聘任|推选|选举)(?P<name>{_HAN_NAME})")
_APPOINTED_CLAUSE_RE = re.compile(r"(?:为|的|同志)|[^，。；,;\n]{0,30}?职务")


def _appointed_names(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A person appointed or removed ("决定任命某某为……", "免去某某原……职务"): the name after the verb, as
    long as the segmenter's words allow (two characters or three), where the clause names a post ("为……",
    "……职务")."""
    out = []
    for m in APPOINTED_RE.finditer(text):
        s = m.start("name")
        for end in (s + 4, s + 3, s + 2):
            if end > m.end("name") or end not in tokens.starts or text[end - 1] in _NOT_GIVEN + _LEVEL_CHARS:
                continue
            name = text[s:end]
            if _is_han_name(name) and not known_word(name) and _APPOINTED_CLAUSE_RE.match(text, end):
                out.append(Mention(page, s, end, name, name, t.PERSON, 4))
            break
    return out


# who a person is before their name: "村民马某某需要……", "牧民张某某说"
_PEOPLE_NOUNS_RE = re.compile("居民|村民|牧民|农民|商人|教师|学生|医生|妇女|男子|女子|老人|青年")
_FULL_NAME = 3


def _han_names_after_noun(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A Han name of three characters after a noun for a person ("村民马世某需要联系"), which the segmenter
    splits into words of other kinds: where the words allow a name there and its given name is no frequent
    word ("村民代表大会", "村民高度评价": no name)."""
    out = []
    for m in _PEOPLE_NOUNS_RE.finditer(text):
        s, end = m.end(), m.end() + _FULL_NAME
        name = text[s:end]
        if not (_is_han_name(name) and s in tokens.starts and end in tokens.starts and CJK_RE.match(name[-1])):
            continue
        if known_word(name) or frequent_word(name[1:]) or name[-1] in _NOT_GIVEN + _LEVEL_CHARS:
            continue
        out.append(Mention(page, s, end, name, name, t.PERSON, 4))
    return out


# a department of a hospital or an office (外科, 骨科, 宣传科) and a name after it, before the list goes on
# or the person acts: "泌尿外科范欣荣、骨科范彧将赴…" (the urology department's Fan Xinrong)
DEPARTMENT_NAME_RE = re.compile(rf"(?<=[{CJK}]科)(?P<name>{_HAN_NAME}?)(?=[、，,和及与]|将|等|表示|说|介绍)")


def _names_after_department(page: int, text: str, tokens: Tokens) -> list[Mention]:
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
        if name[-1] in _NOT_GIVEN + _LEVEL_CHARS:
            continue
        out.append(Mention(page, s, e, name, name, t.PERSON, 4))
    return out


# a courtesy title after a transcribed name: "蓬佩奥先生" (Mr Pompeo), "某某女士"
_COURTESY_RE = re.compile("先生|女士|夫人")
_ADDRESSED_MIN = 3


def _addressed_names(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A transcribed name of three characters or more before a courtesy title ("我要提醒蓬佩奥先生"), read back
    over transcription characters to the start of a word; "这位先生" names no one."""
    out = []
    for m in _COURTESY_RE.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in TRANSLIT and m.start() - start < _SEGMENT_MAX:
            start -= 1
        while start < m.start() and start not in tokens.starts:
            start += 1
        if m.start() - start >= _ADDRESSED_MIN and m.start() in tokens.starts:
            name = text[start : m.start()]
            out.append(Mention(page, start, m.start(), name, name, t.PERSON, 4))
    return out


# a relative, then the relative's name and what happened to them or what they said: "丈夫赵某某被带走"
_KIN = "妻子|丈夫|父亲|母亲|儿子|女儿|哥哥|弟弟|姐姐|妹妹|兄长|胞兄|胞弟|侄子|遗孀|前妻|其妻|其夫"
KIN_RE = re.compile(_KIN)
KIN_NAME_RE = re.compile(rf"(?:{_KIN})(?P<name>{_HAN_NAME}?)(?=被|的|表示|称|说|在|曾|已|也|于\d|[，。、]|\d{{4}}年)")


# a two-character name a judgment's signature block spaces out to the width of three ("审判员  王  刚"), as
# does a photograph's credit ("新华社记者 赵 戈 摄", or on a line of its own under the photograph: "赵 戈摄")
SPACED_NAME_RE = re.compile(
    rf"(?:{CN_ROLE_RE.pattern})(?P<surname>[{t.HAN_SURNAMES}]){_GAP}+(?P<given>[{CJK}])(?![{CJK}])"
    rf"|(?:记者{_GAP}+|(?:^|(?<=\n)){_GAP}*)(?P<csurname>[{t.HAN_SURNAMES}]){_GAP}+(?P<cgiven>[{CJK}]){_GAP}*(?=摄(?![{CJK}]))"
)
# a reporter's name alone in brackets before 报道 ("（林某同报道）"), the story's byline
BRACKET_BYLINE_RE = re.compile(rf"[（(](?P<name>{_HAN_NAME}?)(?:报道|报导)[)）]")


# the next names of a byline, each set apart by a space, up to its closing bracket: "（记者 李某 关某某）"
# a byline's names after its first, set apart by a space or "、", a Han name or a transcribed one
# ("（记者 孙某 吴某）", "（记者 白某、阿依努尔）")
_TRANSLIT_CLASS = "".join(sorted(TRANSLIT))
_BYLINE_NAME = rf"(?:{_HAN_NAME}?|[{_TRANSLIT_CLASS}]{{2,6}}(?:·[{_TRANSLIT_CLASS}]{{2,6}})?)"
_BYLINE_SEP = rf"(?:{_GAP}|、)"
_BYLINE_NEXT_RE = re.compile(rf"{_BYLINE_SEP}(?P<name>{_BYLINE_NAME})(?=(?:{_BYLINE_SEP}{_BYLINE_NAME})*{_GAP}?[）)])")


def _byline_names_after(page: int, text: str, pos: int) -> list[Mention]:
    """The names after a byline's first, each set apart by one space or "、", when a bracket closes the
    byline."""
    out = []
    while (m := _BYLINE_NEXT_RE.match(text, pos)) is not None:
        out.append(Mention(page, m.start("name"), m.end("name"), m.group("name"), m.group("name"), t.PERSON, 5))
        pos = m.end()
    return out


def _reported_at(text: str, pos: int) -> bool:
    """Whether a byline's verb starts at ``pos``: 报道 ("reports"), or 报导 as Taiwan and overseas papers write it."""
    return text.startswith(("报道", "报导", "報道", "報導"), pos)


def _credit_end(text: str, pos: int) -> bool:
    """Whether 摄 ("photographed") at ``pos`` closes a photograph's credit: at the end of its line or clause."""
    return text[pos : pos + 1] == "摄" and not CJK_RE.match(text[pos + 1 : pos + 2] or " ")


def _spaced_names(page: int, text: str) -> list[Mention]:
    """Each spaced-out two-character name after a court role or in a photograph's credit, as the name
    written without its spaces; and a reporter's name alone in brackets before 报道."""
    out = []
    for m in SPACED_NAME_RE.finditer(text):
        first, last = ("surname", "given") if m.group("surname") else ("csurname", "cgiven")
        name = m.group(first) + m.group(last)
        out.append(Mention(page, m.start(first), m.end(last), text[m.start(first) : m.end(last)], name, t.PERSON, 5))
    for m in BRACKET_BYLINE_RE.finditer(text):
        if _is_han_name(m.group("name")):
            out.append(Mention(page, *m.span("name"), m.group("name"), m.group("name"), t.PERSON, 5))
    return out


def _kin_names(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A Han name after a relative's word ("其丈夫赵某某被带走", "妻子李某某表示"), where the segmenter's
    first word there is a name or a lone surname: not an ordinary word ("母亲于是报警": 于是, "父亲高兴地说")
    nor a function word ("父亲和母亲在家": 和); or a longer run of transcription characters, a
    transcribed name with no dot in it ("妻子古丽努尔")."""
    out = []
    for kin in KIN_RE.finditer(text):
        s = kin.end()
        end = _translit_after(text, s, tokens)
        last = tokens.word(end - 1)
        if end - s > 3 and last is not None and last[0] == end - 1 and _closes_name(text, last):
            end -= 1  # "卡纳特|则|在": the adverb after the name, a transcription character too
        m = KIN_NAME_RE.match(text, kin.start())
        if end - s >= 3 and not _dot_at(text, end) and (m is None or end - s > len(m.group("name"))):
            name = text[s:end]  # "妻子古丽努尔在阿拉木图": a transcribed name, not a Han one (古丽)
        elif m is not None and _is_han_name(m.group("name")) and m.group("name")[-1] not in _NOT_GIVEN + _LEVEL_CHARS:
            name = m.group("name")
            if not _name_starts(tokens, s):
                continue
        else:
            continue
        out.append(Mention(page, s, s + len(name), name, name, t.PERSON, 4))
    return out


def _name_starts(tokens: Tokens, pos: int) -> bool:
    word = tokens.word(pos)
    if word is None or word[0] != pos:
        return False
    _s, _e, w, flag = word
    if len(w) == 1:
        return not flag.startswith(_FUNCTION_TAGS)  # "李|志强": a surname the segmenter split off
    return flag.startswith("nr") or not known_word(w)


_FUNCTION_TAGS = ("c", "p", "d", "u", "r", "m", "q", "f", "t")


def _byline_end(text: str, end: int) -> bool:
    """ "记者 艾丽菲拉 报道", "（记者 某某）", "本报记者 某某" on a line of its own: a name a byline sets apart by a
    space ends at a space, a bracket, 报道 or the end of its line."""
    return text[end : end + 1] in (" ", "\u3000", "）", ")", "\n", "") or text.startswith("报道", end)


def _short_name_acting(text: str, tokens: Tokens, start: int, end: int) -> bool:
    """A transcribed name of two characters after a title, before an act ("总统拜登说", "外交大臣拉米表示"):
    one the segmenter reads as a name, or a word its dictionary does not hold."""
    word = tokens.word(start)
    named = word is not None and word[:2] == (start, end) and word[3].startswith("nr")
    acts = _ACTS_RE.match(text, end) is not None
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


def _latin_person_after_title(page: int, text: str, pos: int) -> Mention | None:
    """A person named in Latin script right after a title."""
    return _latin_person(page, LATIN_PERSON_AFTER_TITLE_RE.match(text, pos))


def _latin_people_speaking(page: int, text: str) -> list[Mention]:
    """People named in Latin script before a verb of saying."""
    found = (_latin_person(page, m) for m in LATIN_PERSON_SPEAKING_RE.finditer(text))
    return [m for m in found if m is not None]


def _phrase_at(tokens: Tokens, pos: int, length: int) -> bool:
    """Whether a word of four characters or more the segmenter reads starts at ``pos`` and runs past the
    ``length`` characters a name after a title would take."""
    word = tokens.word(pos)
    return word is not None and word[0] == pos and len(word[2]) >= 4 and word[1] > pos + length


def _named_after_title(text: str, tokens: Tokens, pos: int) -> int | None:
    """ "发言人束珏婷表示": a name the segmenter reads as one after a title and before an act, with a
    surname rarer than the list's; where it ends."""
    word = tokens.word(pos)
    if word is None or word[0] != pos or word[3] != "nr" or not 2 <= len(word[2]) <= 3 or known_word(word[2]):
        return None
    return word[1] if _ACTS_RE.match(text, word[1]) else None


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


def _not_a_name_after_title(tokens: Tokens, pos: int) -> bool:
    """What follows a title at ``pos`` and starts no name though its first character is a surname: a
    one-character preposition or conjunction before a word the dictionary holds ("总书记|向|大家致以": to
    everyone; "委员|和|其他列席人员": and the others), a one-character adverb before a verb ("书记|曾|要求": once
    asked), a body the dictionary holds ("代表|党中央": on behalf of the Party's centre), another title
    ("政委|常委")."""
    word = tokens.word(pos)
    if word is None or word[0] != pos:
        return False
    if len(word[2]) == 1 and word[3] in ("p", "c", "d"):
        after = tokens.word(word[1])
        if after is None or after[0] != word[1] or not known_word(after[2]) or after[3].startswith("nr"):
            return False
        return word[3] != "d" or (after[3].startswith("v") and len(after[2]) >= 2)
    return (word[3] == "nt" and known_word(word[2])) or _TITLE_RE.fullmatch(word[2]) is not None


def _third_apart(tokens: Tokens, pos: int) -> bool:
    """Whether the segmenter reads the first two characters after a title at ``pos`` as one word and the
    third as the start of another: a function word ("院长周强|关于", "负责人叶春|及": about, and), or a word of
    two characters or more after an ordinary word ("代表|全体|援疆": on behalf of all the aid cadres)."""
    first, third = tokens.word(pos), tokens.word(pos + 2)
    if first is None or third is None or first[0] != pos or first[1] != pos + 2 or third[0] != pos + 2:
        return False
    if third[3][:1] in ("p", "c"):
        return True
    return len(third[2]) >= 2 and not first[3].startswith("nr") and not third[3].startswith("nr")


def _starts_word(tokens: Tokens, pos: int) -> bool:
    """ "韩磊|发现": an ordinary word starts at ``pos`` (a name's third character) and runs on past it,
    not one made of that character and a function word ("赵克志在": 志在)."""
    word = tokens.word(pos)
    if word is None or word[0] != pos or len(word[2]) < 2 or not known_word(word[2]):
        return False
    return word[2][1] not in _AFTER_NAME  # "赵克志|在", "王君正在": the name's, before a function word


def _dot_at(text: str, pos: int) -> bool:
    """Whether a name's dot stands at ``pos`` (the name goes on); not at the page's end, where a
    signature block's last name may stand ("书记员　阿依努尔")."""
    return pos < len(text) and text[pos] in DOTS


def _translit_after(text: str, pos: int, tokens: Tokens) -> int:
    """The end of a run of transcription characters at ``pos`` (a foreign name after a title)."""
    end = pos
    while end < len(text) and end - pos < _SEGMENT_MAX and text[end] in TRANSLIT:
        end += 1
    word = tokens.word(end - 1) if end > pos else None
    if word is not None and word[1] > end and word[0] > pos and not _name_like(word) and known_word(word[2]):
        end = word[0]
    return end


def _place_before(text: str, end: int, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> int:
    """Where the places a body is named after begin, reading back from ``end`` ("新疆维吾尔自治区喀什地区");
    a city abroad names no body here ("在阿拉木图法院作证": a court in Almaty, not one body)."""
    start = end
    while True:
        if text[start - 1 : start].isspace():
            return start  # "自治区\n新疆国资委": a line break or a table's gap ends the names read back
        window = text[max(0, start - 12) : start]
        found = next((n for n in _names_ending(window, index) if index[n].canonical not in t.world_cities()), None)
        if found and _joins_bodies(text, start - len(found)):
            return start - len(found) + 1
        if found:
            start -= len(found)
            continue
        m = _PLACE_FIXED.search(window)
        if m:
            start -= len(m.group(0))
            continue
        word = tokens.word(start - 1)
        if (
            word is not None
            and word[1] == start
            and _PLACE_WORDS.search(word[2])
            and (word[3] == "ns" or not known_word(word[2]))
            and not _PLACE_NOT.match(word[2])
        ):
            if _joins_bodies(text, word[0]):
                return word[0] + 1
            start = word[0]
            continue
        if word is not None and word[1] == start and word[2] in _LEVEL_WORDS and not _level_list(text, word[0]):
            start = word[0]  # "县教育局", "地区公安局": the level stands for the document's own county or prefecture
            continue
        if word is not None and word[1] == start and word[2] in _LEVEL_BODIES:
            start = word[0]  # "县委宣传部": the county committee's department
            continue
        if word is not None and word[1] == start and word[2][:2] in _WITH_VERBS and word[2][2:] in _LEVEL_WORDS:
            return start - len(word[2]) + 2  # "会同县|网信办" read as 会同县: the verb is no part of the name
        return _committee_or_township(text, start, tokens, index)


_AGAINST = "反禁缉打防"


def _city_abroad_and_domain(text: str, tokens: Tokens, head: int, index: dict[str, t.GazetteerEntry]) -> int:
    """ "巴黎反恐检察院", "阿拉木图地区法院": a city abroad, then a noun of what the body does or a level (the
    city's region), then its organ: one body named after the city (a city abroad right before a court names
    no body of its own: "在阿拉木图法院作证"). Where the name starts; ``head`` when it is not so named."""
    level = tokens.word(head)
    domain = tokens.word(head - 1)
    if level is not None and level[0] == head and level[2] in _LEVEL_WORDS:
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
    return word is not None and word[0] == head and word[2] in _LEVEL_BODIES and word[1] < end


def _joins_bodies(text: str, pos: int) -> bool:
    """Whether the place read at ``pos`` starts with a conjunction right after a body's name ("县公安局|和县|
    教育局"): 和 joins two bodies, and the level after it is no place's (和县 is a county in Anhui)."""
    before = text[max(0, pos - 12) : pos]
    body = bool(_BODY_END_RE.search(before)) or before.endswith(tuple(_LEVEL_BODIES))
    return text[pos : pos + 1] in ("和", "与", "及") and body


def _committee_or_township(text: str, start: int, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> int:
    """Two more ways a body is named after its place: the level's party committee written as the level and
    委 ("鄯善县|委|政法委": the county committee's commission), when a place comes before it; and a township
    the segmenter splits from its level ("某某|镇|人民政府", "某某|乡|派出所")."""
    if text[start - 1 : start] == "委" and text[start - 2 : start - 1] in "县市区州":
        before = _place_before(text, start - 1, tokens, index)
        return before if before < start - 1 else start
    zone = _ZONE_RE.search(text, max(0, start - 10), start)
    if zone is not None and zone.end() == start:
        before = _place_before(text, zone.start(), tokens, index)
        alone = tokens.word(zone.start() - 1)  # "准东|经济技术开发区公安分局": a zone named by a place alone
        place_word = alone is not None and (alone[3] == "ns" or alone[2] in _short_place_forms())
        if before == zone.start() and alone is not None and alone[1] == before and place_word:
            before = alone[0]
        return before if before < zone.start() else start  # "阿图什市工业园区管委会": the city's zone's committee
    if text[start - 1 : start] == "村":
        return _village_start(text, tokens, index, start - 1)
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
        return _place_before(text, town, tokens, index)
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
_ZONES = (
    *("经济技术开发区", "高新技术产业开发区", "经济开发区", "工业园区", "产业园区", "开发区", "高新区", "园区"),
    *("产业园", "工业园", "工业城", "新区", "口岸"),
)
_ZONE_RE = re.compile("|".join(_ZONES))
_TOWN_MAX = 6


def _village_start(text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry], pos: int) -> int:
    """Where a village's name begins, read back from its 村 at ``pos`` ("米尔凯奇村村委会") to a township's
    level, a stop or a function character, and the township's and county's names before it
    ("哈拉布拉克乡米尔凯奇村", whatever words the segmenter reads there); ``pos + 1`` when no name of
    two characters or more comes before ("该村村委会": a village named before)."""
    start = pos
    while (
        start > 0
        and _name_span_ok(text[start - 1 : pos], pos - start + 1)
        and CJK_RE.match(text[start - 1])
        and text[start - 1] not in _NOT_VILLAGE
    ):
        start -= 1
    if pos - start < 2:
        return pos + 1
    if text[start - 1 : start] not in ("乡", "镇"):
        return start
    town = start - 1
    while (part := tokens.word(town - 1)) is not None and start - 1 - part[0] <= _TOWN_MAX:
        if not (_town_part(part) or part[3] == "g" or all(c in TRANSLIT for c in text[part[0] : town])):
            break
        town = part[0]
    if town == start - 1:
        return start
    return _place_before(text, town, tokens, index)


_NOT_VILLAGE = set("乡镇县市区州村的和与及或在于对从由将把被向等了是也都就而据称为有其该各此每本全")


def _town_start(tokens: Tokens, pos: int) -> int:
    """Where a township's name begins when the segmenter split it before ``pos``: name-like words of two
    characters or more in all, or bound characters the dictionary holds as no word ("淖|毛|湖镇")."""
    start = pos
    while (part := tokens.word(start - 1)) is not None and part[1] == start and _name_span_ok(part[2], pos - part[0]):
        if not (_town_part(part) or part[3] == "g"):
            break
        start = part[0]
    return start if pos - start >= 2 else pos


def _name_span_ok(word: str, length: int) -> bool:
    """Whether a township's or village's name read back may run this long: four characters, or up to
    seven in transcription characters ("塔什米里克乡", "托万克库曲麦村": Uyghur names run long)."""
    return length <= 4 or (length <= 7 and all(c in TRANSLIT for c in word))


# a congress's term between its place and its organ: "自治区十一届人大常委会", "第十四届全国人大"
_TERM_RE = re.compile(r"第?[一二三四五六七八九十\d]{1,3}届")
# a session right after the congress or committee: the term and the organ name the meeting, not a body
_SESSION_RE = re.compile(r"第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议")


def _body_head(text: str, tokens: Tokens, pos: int, end: int) -> tuple[int, bool]:
    """Where a body's chain of organs starts when the segmenter's word runs across its start: a level
    before it joins it ("县公安局", "县融|媒体中心": the county's), a word of another kind does not
    ("皮山县入户走访工作领导小组" matched from 山: the organs start after 皮山县); and whether a level
    was taken."""
    word = tokens.word(pos)
    if word is None or word[0] >= pos:
        return pos, False
    if text[word[0] : pos] in _LEVEL_WORDS and not _level_list(text, word[0]):
        if text[word[0] - 1 : pos] == "师市":
            return word[0] - 1, True  # "师|市人|社局": the division's city, split by the segmenter
        return word[0], True
    if _PLACE_WORDS.search(text[word[0] : pos]) and dictionary_tag(text[word[0] : pos]) == "ns":
        return word[0], True  # "江苏省政府|办公厅": the segmenter joined the province to its government
    if word[1] < end and BODY_RE.fullmatch(text, word[1], end):
        return word[1], False
    return pos, False


def _level_list(text: str, pos: int) -> bool:
    """ "各地、州、市党委政法委": levels in a list (each prefecture, city...), not one body's level."""
    return text[pos - 1 : pos] in ("各", "每") or (
        text[pos - 1 : pos] == "、" and text[pos - 2 : pos - 1] in "地州市县区"
    )


def _names_ending(window: str, index: dict[str, t.GazetteerEntry]) -> list[str]:
    """The gazetteer's names that end the window, the longest first (looked up by the window's endings,
    not by walking every name)."""
    return [window[-n:] for n in range(len(window), 0, -1) if window[-n:] in index]


# the courts or procuratorates of a whole level, named bare: "全区法院", "兵团法院", "全州检察院"
_COURTS_OF_A_LEVEL_RE = re.compile(r"(?:全[区州县市省国]|兵团)(?:法院|检察院)")


def _bodies(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    out: list[Mention] = []
    # not a post named after the ministry ("国防部长", "外交部长")
    national = [(m.start(), m.end()) for m in NATIONAL_BODY_RE.finditer(text) if text[m.end() : m.end() + 1] != "长"]
    for s, e in national:
        start = _place_before(text, s, tokens, index)
        chain = BODY_RE.match(text, e)  # "国务院国资委": a commission under the State Council
        e = _sub_unit_end(text, tokens, chain.end() if chain else e)
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
        if runs_on and last is not None and not _TITLE_RE.fullmatch(text, m.end(), last[1]):
            continue  # "常委|会议": the organs' last word runs on into another (a meeting), no body
        head, level = _body_head(text, tokens, m.start(), m.end())
        term = _TERM_RE.search(text, max(0, head - 5), head)
        session = _SESSION_RE.match(text, m.end()) is not None  # "十三届人民代表大会第二次会议": a meeting
        term_start = term.start() if term is not None and term.end() == head and not session else head
        start = _place_before(text, term_start, tokens, index)
        if start == term_start:
            start, term_start = _place_before(text, head, tokens, index), head
        if start == head or text[start:head] in _LEVEL_WORDS:  # no place, or a level read as the page's own
            start = _city_abroad_and_domain(text, tokens, start, index)
        if start == head and not level and not _level_body_opens(tokens, head, m.end()):
            continue  # "党委政法委" alone: a kind of body, not one body
        if text[max(0, start - 2) : start] == "中共":
            start -= 2  # "中共巴音郭楞蒙古自治州委员会政法委员会": the party's committee of the prefecture
        end = _sub_unit_end(text, tokens, m.end())
        name = text[start:end]
        if _COURTS_OF_A_LEVEL_RE.fullmatch(name):
            continue  # "全区法院审结……", "（含兵团法院）": the courts of a whole level, no one court
        # "自治区十一届人大常委会": the congress's term names the same standing committee
        canonical = _party_committee(text[start:term_start] + text[head:end])
        out.append(Mention(page, start, end, name, name, t.PUBLIC_BODY, 6, canonical=canonical))
    for m in CORPS_UNIT_RE.finditer(text):
        out.append(Mention(page, m.start(), m.end(), m.group(0), m.group(0), t.PUBLIC_BODY, 6))
    for m in _regiments(text):  # "来到可克达拉市、六十二团和六十六团": a regiment by its number alone
        out.append(Mention(page, m.start(), m.end(), m.group(0), m.group(0), t.PUBLIC_BODY, 5))
    out.extend(_aid_headquarters(page, text, tokens))
    for m in CORPS_DIVISION_RE.finditer(text):
        # "新疆生产建设兵团第五师": the corps, named, and its division, named by number under it ("兵团第五师"
        # is the same division: its canonical name holds the corps' full name)
        part = "division" if m.group("division") else "old"
        s = m.start(part)
        full = "新疆生产建设兵团" + (m.group("division") or f"第{m.group('number')}师")
        out.append(Mention(page, s, m.end(), text[s : m.end()], text[s : m.end()], t.PUBLIC_BODY, 6, canonical=full))
    out.extend(_divisions_by_city(page, text, index))
    for m in _missions(text, tokens):
        out.append(Mention(page, m.start(), m.end(), m.group(0), m.group(0), t.PUBLIC_BODY, 6))
    out.extend(_campaign_bodies(page, text, tokens, index))
    return out + _level_bodies(page, text, tokens, index) + _named_organs(page, text, tokens, index)


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
        start = _place_before(text, m.start(), tokens, index)
        if start < m.start():
            out.append(Mention(page, start, m.end(), text[start : m.end()], text[start : m.end()], t.PUBLIC_BODY, 6))
    return out


# the head word of an organ whose name says what it does: "气象局", "兽医站", "文化馆", "司法所"; customs
# ("乌鲁木齐海关"); a standard organ after the zone it runs ("纺织服装产业园管委会")
_ORGAN_HEAD_RE = re.compile(rf"[{CJK}]{{1,6}}(?:局|站|馆)")
_DOMAIN_FLAGS = ("n", "vn", "l", "nz", "j", "an")
_TRANSPORT_STATIONS = ("车站", "客运站", "高铁站", "地铁站")


def _named_organs(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """An organ named after a place and what it does, whose head is no standard organ's name: the place
    ("皮山县", "拜城县赛里木镇"), then nouns of a domain, then 局, 所, 站 or 馆 ("气象局", "司法所",
    "畜牧兽医站", "文化馆"), or a standard organ ("产业园管委会"). An ordinary word is no organ ("喀什宾馆",
    "车站"), nor is a place of detention ("看守所")."""
    out = []
    for i, (s, e, word, flag) in enumerate(tokens.words):
        organ = _ORGAN_HEAD_RE.fullmatch(word) and flag in (*_DOMAIN_FLAGS, "nt")
        # "司法|所", tagged a conjunction; "教科|局": the head alone after its domain's short form
        office = word in ("所", "局") and i > 0 and tokens.words[i - 1][3] == "n"
        zone = BODY_RE.fullmatch(word) is not None and i > 0 and tokens.words[i - 1][2].endswith(_ZONES)
        if not (organ or office or zone or word == "海关") or FACILITY_HEAD_RE.search(text, max(0, s - 3), e):
            continue
        if word.endswith(_TRANSPORT_STATIONS):
            continue  # "墨玉县火车站": a station people travel from, a place, no organ
        domain = _domain_start(tokens, i)
        if domain == s and not ((organ and len(word) >= 3) or word == "海关"):
            continue  # "喀什宾馆", "某某所": an ordinary word after a place
        start = _place_before(text, domain, tokens, index)
        if start < domain and not _PLACE_NOT.match(text[domain:e]):
            out.append(Mention(page, start, e, text[start:e], text[start:e], t.PUBLIC_BODY, 5))
    return out


def _domain_start(tokens: Tokens, i: int) -> int:
    """Where the nouns before the ``i``-th word begin, at most three words and ten characters back; a
    verb's noun does not open them ("援引|海关": "quoting customs")."""
    words, j = tokens.words, i
    while j > max(0, i - 3) and words[j - 1][3] in _DOMAIN_FLAGS and words[i][1] - words[j - 1][0] <= 10:
        if words[j - 1][2] in _ORG_STOP:
            break
        j -= 1
    while j < i and words[j][3] == "vn":
        j += 1
    return words[j][0]


DIVISION_RE = re.compile(r"(?<![兵团])第[一二三四五六七八九十\d]{1,3}师")


def _divisions_by_city(page: int, text: str, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """A corps division named by its number before the city it runs ("在第七师胡杨河市调研", the division and
    the city are one administration): the division, a body, beside the city, a place."""
    out = []
    for m in DIVISION_RE.finditer(text):
        city = next((n for n in _names_starting(text, m.end(), index) if n in t.corps_city_names()), None)
        if city is not None:
            full = "新疆生产建设兵团" + m.group(0)
            out.append(Mention(page, m.start(), m.end(), m.group(0), m.group(0), t.PUBLIC_BODY, 6, canonical=full))
    return out


def _names_starting(text: str, pos: int, index: dict[str, t.GazetteerEntry]) -> list[str]:
    return [text[pos : pos + n] for n in range(6, 1, -1) if text[pos : pos + n] in index]


# a unit or office under a body, named after it: "县公安局出入境管理大队", "美国财政部海外资产控制办公室",
# "县人社局就业服务中心" (a service, command or information centre; not a training centre, a facility)
_SUB_UNIT_RE = re.compile(rf"[{CJK}]{{2,8}}?(?:大队|支队|中队|办公室)|[{CJK}]{{0,6}}?(?:服务|指挥|管理|信息)中心")
_SUB_UNIT_FLAGS = ("n", "vn", "v", "l", "s", "nz", "j", "b", "an")


# a unit under a body named by its number: "第六巡回法庭", "第一分局"
_NUMBERED_UNIT_RE = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:巡回法庭|法庭|分局|大队|支队|中队)")
# a court's or a procuratorate's branch for the corps, after its name
_CORPS_BRANCH_RE = re.compile(r"(?:新疆)?(?:生产建设)?兵团分院")
# a police station under a county's or city's bureau, named by its township or quarter: "乌什县公安局阿合雅派出所"
_STATION_RE = re.compile(rf"[{CJK}]{{2,6}}?(?:派出所|警务站)")


def _station_end(text: str, tokens: Tokens, end: int) -> int:
    """Where a public-security bureau's name ends when one of its stations follows, named by words that
    are names or places or transcribed ("公安局城北派出所", "公安局乃则尔巴格派出所"), not by a verb or a
    quantifier ("公安局组织派出所", "要求各派出所")."""
    m = _STATION_RE.match(text, end) if text.endswith(("公安局", "公安分局"), 0, end) else None
    if m is None:
        return end
    words = [w for w in tokens.words if end <= w[0] < m.end()]
    if not words or words[0][0] != end or words[-1][1] != m.end() or len(words) < 2:
        return end
    return m.end() if all(_station_word(w) for w in words[:-1]) else end


def _station_word(word: tuple[int, int, str, str]) -> bool:
    """A word of a station's name: a noun, a name or a place, or one made of transcription characters that
    the segmenter tags as something else ("乃则|尔巴|格派出所": 乃则 read as a conjunction)."""
    return (word[3][:1] in ("n", "s") and word[3] != "nt") or all(c in TRANSLIT for c in word[2])


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
        return branch.end()  # "自治区高级人民法院生产建设兵团分院": the court's branch for the corps
    m = _SUB_UNIT_RE.match(text, end)
    if m is None or BODY_RE.match(text, end):
        return end
    words = [w for w in tokens.words if end <= w[0] < m.end()]
    if not words or words[0][0] != end or words[-1][1] != m.end() or words[0][2] in _WITH_VERBS:
        return end
    if any(not w[3].startswith(_SUB_UNIT_FLAGS) or w[3].startswith(("nr", "ns", "nt")) for w in words):
        return end
    return m.end()


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
    return out


def _level_bodies(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """ "经县委、县人民政府研究", "落实地委、行署的部署": the level's committee or administration alone, as the
    segmenter reads it, after the places it is named after ("皮山县委")."""
    out = []
    for s, e, word, _flag in tokens.words:
        if word in _LEVEL_BODIES:
            start = _place_before(text, s, tokens, index) if word != "行署" else s
            out.append(Mention(page, start, e, text[start:e], text[start:e], t.PUBLIC_BODY, 5))
        elif word[:2] in _LEVEL_BODIES and re.fullmatch(f"(?:{CN_TITLES})", word[2:]):
            # "克拉玛依|市委书记": the segmenter joins the committee to its secretary's title; named after
            # its place, it is that place's committee (the level alone is read above when it is a word)
            start = _place_before(text, s, tokens, index)
            if start < s:
                out.append(Mention(page, start, s + 2, text[start : s + 2], text[start : s + 2], t.PUBLIC_BODY, 5))
        elif _parted_committee(text, s, e):
            # "莎车县|委": the segmenter parts a named county's committee from its place
            start = _place_before(text, s, tokens, index)
            if start < s - 1:
                out.append(Mention(page, start, e, text[start:e], text[start:e], t.PUBLIC_BODY, 5))
    return out


_NOT_COMMITTEE_AFTER = set("员托屈婉任派")  # 委员, 委托, 委屈, 委婉, 委任, 委派: no committee


def _parted_committee(text: str, s: int, e: int) -> bool:
    """ "莎车县|委、叶城县|委": 委 alone after a level's place, no other word (委员, 委托) and no official's
    title after it ("莎车县委书记": the post, whose body the golds do not list)."""
    after = text[e : e + 1]
    return (
        text[s:e] == "委"
        and text[s - 1 : s] in "县市区州"
        and after not in _NOT_COMMITTEE_AFTER
        and not _TITLE_RE.match(text, e)
    )


def _party_committee(name: str) -> str:
    """ "中共X委员会Y" is written "X党委Y" too: that form is the canonical one."""
    # "中共X市委Y": the short form of the committee, the same body
    m = re.fullmatch(r"中共(.+?[县市区州省团])委员会(.*)", name) or re.fullmatch(r"中共(.+?[县市区州])委(.+)", name)
    return f"{m.group(1)}党委{m.group(2)}" if m else name


def _named_by_suffix(suffix: re.Pattern[str], text: str, tokens: Tokens, least: int) -> list[tuple[int, int]]:
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
        while j >= 0 and m.start() - tokens.words[j][0] <= 18 - min(len(m.group(0)), 2):  # 16 before a legal form
            opening = _bracketed_qualifier(tokens, j)
            if opening is not None:  # "新疆中泰（集团）有限责任公司": the bracketed part is the name's
                start, j = tokens.words[opening][0], opening - 1
                continue
            if _other_body(tokens.words[j][2]):
                start = -1  # "公安局核查平台": a body's own platform, no name
                break
            if _conjunction_after_body(text, tokens, j):
                start = tokens.words[j][0] + 1  # "卫生院|和县|人民医院": 和 joins two bodies
                break
            walkable = not _counted(tokens, j) and (
                _walkable(tokens.words[j])
                or _bridge(tokens, j)
                or _numbered_unit(tokens, j)
                or _affiliated(tokens, j)
                or _direction_after_place(tokens, j)
                or (m.group(0) in (*_LEGAL_END, "集团") and _brand_word_after_place(tokens, j))
            )
            if tokens.words[j][2] in _WITH_VERBS | _OWNED_BY | _ROLES_BEFORE_NAME or not walkable:
                break
            start = tokens.words[j][0]
            j -= 1
        if start < 0:
            continue
        if start < m.start() and m.group(0).endswith("公司"):
            start = _brand_start_after_place(tokens, start)
        if start < m.start() and text[start - 1 : start + 1] in _FUNCTION_PAIRS:
            start += 1  # "其|中华孚时尚股份有限公司": 其中 ("of them") read across the name's start
        if start < m.start() and _preposition_in_name_guess(text, tokens, start):
            start += 1  # "，经天健|会计师事务所审计": 经 ("by") read into a name guess at the clause's start
        if start < m.start() and first[0] < m.start() <= start:
            start = m.start()
        if m.start() - start >= least:
            out.append((start, m.end()))
    return out


_CLAUSE_PREPOSITIONS = set("经由被向对从据在")
_CLAUSE_OPENERS = set("，,。；;：:、（(")


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
    close = tokens.words[j][2]
    if close not in _BRACKETS or j < 3:
        return None
    inner = tokens.words[j - 1]
    if tokens.words[j - 2][2] != _BRACKETS[close] or not CJK_RE.match(inner[2]) or len(inner[2]) > 4:
        return None
    return j - 2 if _walkable(tokens.words[j - 3]) else None


def _verb_with_object(tokens: Tokens, m: re.Match[str]) -> bool:
    """ "办事处组织居民学习": 组织 ("organise") before its object, a noun, is the verb, no body's head."""
    after = tokens.word(m.end())
    return m.group(0) == "组织" and after is not None and after[3] in ("n", "nr", "ns", "nt", "nz")


# two-character function words the segmenter may split, taking the second character into a name
_FUNCTION_PAIRS = {"其中", "之中", "当中", "其他", "此外", "以及", "包括"}
# verbs of working together that the segmenter tags as nouns, before the body they name ("会同…公司")
_WITH_VERBS = {"会同", "协同", "联合", "配合", "督促", "指导", "要求", "责成", "协调", "牵头"}
# words that say a body belongs to the one named before them: "上汽集团旗下子公司" is no body's name
_OWNED_BY = {"旗下", "下属", "所属"}
# what a company is to another, before its name: "合资伙伴|新疆某某股份有限公司" (its partner), "供应商", "合资方";
# or what kind of body it is: "美国智库|詹姆斯敦基金会"
_ROLES_BEFORE_NAME = {
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
}


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
    return word[2][:1] in ("和", "与", "及") and word[2][1:] in _LEVEL_WORDS and (named or _joins_bodies(text, word[0]))


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
    return tokens.words[j][2] == "附属" and j > 0 and tokens.words[j - 1][2].endswith(("大学", "学院"))


_DIRECTIONS = {"东部", "西部", "南部", "北部", "中部", "东北", "西北", "东南", "西南", "南方", "北方"}


def _direction_after_place(tokens: Tokens, j: int) -> bool:
    """ "新疆|西部|牧业股份有限公司": a direction right after a place, inside a company's name (the segmenter
    tags it a word of position, which ends no name here)."""
    return tokens.words[j][2] in _DIRECTIONS and j > 0 and tokens.words[j - 1][3] == "ns"


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
        and not word[3].startswith(("d", "p", "c", "u", "r"))  # not an adverb: "全州|已|组织" (has organised)
        and j > 0
        and _walkable(tokens.words[j - 1])
        and not _walkable(word)
    )


def _brand_word_after_place(tokens: Tokens, j: int) -> bool:
    """ "山东|如意|科技集团有限公司": a company's name is its place, its own word and its trade; its own word
    may be one the segmenter reads as a verb or an adjective (如意, 鲁泰), between a place and a trade noun."""
    word = tokens.words[j]
    if len(word[2]) != 2 or not CJK_RE.match(word[2]) or word[3] not in ("v", "a", "i", "vn", "an", "l"):
        return False
    if j == 0 or j + 1 >= len(tokens.words) or word[2][:1] in _ORG_STOP:
        return False
    located = j >= 2 and tokens.words[j - 2][2] in ("在", "于", "到", "赴")  # "在|新疆|设立|科技有限公司"
    return tokens.words[j - 1][3].startswith("ns") and tokens.words[j + 1][3] == "n" and not located


# a copula of someone's past or present work, before the place of it ("原系", "现系": "was", "is")
_WAS_WORDS = {"原系", "现系", "曾系", "原为", "现为", "系"}
_COLLOQUIAL_LEVEL_RE = re.compile(f"[{_LEVEL_CHARS}]里")


def _walkable(word: tuple[int, int, str, str]) -> bool:
    _s, _e, w, flag = word
    if re.fullmatch(r"第[一二三四五六七八九十\d]{1,3}", w):
        return True  # "第一职业技能教育培训中心"
    if re.fullmatch(r"[A-Za-z][A-Za-z\d]*|&", w):
        return True  # "H&M集团", "TikTok公司": a Latin name before the suffix
    if w in _LEVEL_WORDS:
        return True  # "县|人民医院": the level stands for the document's own county (the segmenter tags 县 zg)
    if w == "控股":
        return True  # "华晨汽车集团|控股|有限公司": a holding company's legal form, tagged a verb
    if w in _WAS_WORDS:
        return False  # "原系|某某县某某镇中学教师": what someone was, before the school, no part of its name
    if _COLLOQUIAL_LEVEL_RE.fullmatch(w):
        return False  # "经|县里|组织培训": "the county" said plainly, the authorities, no part of a name
    stop = w[:1] in _ORG_STOP and (len(w) == 1 or not flag.startswith(("ns", "nr", "nz", "nt")))  # 和田 is a name
    return flag.startswith(_ORG_TOKEN_FLAGS) and not stop and bool(CJK_RE.match(w))


_LATIN_NAME = r"[A-Za-z][A-Za-z\d]*"
# Latin names right before a kind of platform: "在YouTube和X平台上", "Telegram应用"
LATIN_PLATFORMS_RE = re.compile(
    rf"(?<![A-Za-z\d&])(?P<list>{_LATIN_NAME}(?:[和、及与]{_LATIN_NAME})*)(?:平台|网站|应用|社交媒体|账号|账户|主页)"
    rf"|在其?(?P<on>{_LATIN_NAME}(?:[和、及与]{_LATIN_NAME})*)上"
    rf"|(?<![A-Za-z\d&])(?P<upon>{_LATIN_NAME})上(?=的|发布|发表|流传|转发|被|播放)"
    # "通过Telegram和WhatsApp与家属联络": the means one keeps in touch or posts by
    rf"|通过(?P<via>{_LATIN_NAME}(?:[和、及与]{_LATIN_NAME})*)(?=与|和|向|联系|联络|发布|发送|传播|分享|建立|转发)"
)


def _latin_platforms(page: int, text: str) -> list[Mention]:
    """Each Latin name in a list before a kind of platform or an account, between 在 and 上 ("在YouTube上"),
    or after 通过 before a verb of keeping in touch or posting, is an organisation's (the platform's)."""
    out = []
    for m in LATIN_PLATFORMS_RE.finditer(text):
        group = next(g for g in ("list", "on", "upon", "via") if m.group(g))  # "在Instagram和TikTok上发布"
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
# category's short name ("“两新”组织") is shorter
QUOTED_BEFORE_KIND_RE = re.compile(
    r"[“\"「『](?P<name>[^”\"」』，。、；：\s]{4,16})[”\"」』](?:组织|机构|团体|协会|基金会)(?![\u3400-\u9fff]{0,2}(?:部|委|办|工委))"
)


# what a campaign's name in quotation marks is the name of: "“访惠聚”工作队", "“两学一做”活动"
_CAMPAIGN_AFTER = re.compile(r"(?:工作队|工作组|活动|行动|专项|运动|宣讲|驻村)")


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
    if _common_noun(tokens, s, e - len(head)):
        return True
    last = tokens.word(e - 1)
    if last is None or not (last[0] > s and last[1] == e and len(last[2]) > len(head) and last[3] == "n"):
        return False
    return known_word(last[2]) and _common_words_only(tokens, s, e)


def _common_farm(text: str, tokens: Tokens, s: int, e: int) -> bool:
    """ "家庭农场", "发展国有牧场": a farm named by common words only is a kind; a corps farm has a name
    ("芳草湖农场", "共青团农场")."""
    return text.endswith(("农场", "牧场", "总场"), s, e) and _common_words_only(tokens, s, e - 2)


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
    """ "向“阿塔朱尔特志愿者”组织求助": a name in quotation marks before a kind of body; not a quotation (one
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


def _organisations(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A name ending in an organisation's suffix: companies, universities, institutes, platforms; not a
    kind after a list ("京东、淘宝等电商平台": the platforms are named before 等) or before the name in
    quotation marks ("人权组织“阿塔珠尔特”")."""
    out = []
    for s, e in _named_by_suffix(ORG_SUFFIX_RE, text, tokens, 2):
        if text[max(0, s - 1) : s] == "等" or QUOTED_NAME_RE.match(text, e - 2) or QUOTED_NAME_RE.match(text, e - 4):
            continue
        if _DOC_CODE_AFTER.match(text, e):
            continue  # "额人社联发〔2019〕7号": a document number's issuer code
        if re.match(r"全[县市区州乡镇疆]|各", text[s : s + 2]):
            continue  # "全县中小学", "各乡镇学校": every one of a kind, no body
        if _COUNTED_BEFORE_RE.search(text, max(0, s - 6), s) and _common_words_only(tokens, s, e):
            continue  # "建设3所寄宿制小学", "两家服装公司": a count of a kind, no body
        if _common_noun(tokens, s, e):
            continue  # "犯罪集团" (a criminal gang), "利益集团": an ordinary noun, no name
        if text.endswith("大会", s, e) and _MEETING_HELD_RE.search(text, max(0, s - 6), s):
            continue  # "召开一次村民大会": a meeting held, no body
        if re.fullmatch(rf"{_LATIN_NAME}平台", text[s:e]):
            continue  # "Instagram平台": the platform is named by its Latin name (_latin_platforms)
        if _kind_of_body(text, tokens, s, e) or _common_farm(text, tokens, s, e):
            continue
        if _COUNTED_AFTER_RE.match(text, e):
            continue  # "新建寄宿制小学4所、中学2所": a kind, counted right after it
        if _school_attended(text, tokens, s, e):
            continue  # "在北京读大学", "在当地上中学": going to a school of a kind, no school named
        s = _after_country(text, s, e)
        out.append(Mention(page, s, e, text[s:e], text[s:e], t.ORGANIZATION, 5))
    out.extend(_quoted_before_kind(page, text, tokens))
    for m in QUOTED_NAME_RE.finditer(text):
        if m.group(0).startswith(("应用", "软件")):
            continue  # an app's name: a product, not a body
        if _CAMPAIGN_AFTER.match(text, m.end()):
            continue  # "组织“访惠聚”工作队": a campaign's name before its team or activity, no body
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
        out.append(Mention(page, s, e, m.group("name"), m.group("name"), t.ORGANIZATION, 5))
    return out


_COUNTED_BEFORE_RE = re.compile(r"(?:\d+|[一二三四五六七八九十两几多数]+)[所家个座]$")
# a count of institutions right after a name, closing its clause or list item ("新建寄宿制小学4所、中学2所"):
# a kind counted, no name (not "石河子大学3所附属医院": the university's hospitals)
_COUNTED_AFTER_RE = re.compile(r"[\d一二三四五六七八九十两]+(?:所|家|座|处|个)(?=[、，。；和及与]|$)")
_MEETING_HELD_RE = re.compile(
    r"(?:召开|举行|举办|参加|出席|组织|召集)(?:了|过)?(?:[一二三四五六七八九十两\d]+[次场])?$"
)


def _common_noun(tokens: Tokens, s: int, e: int) -> bool:
    """One word of the dictionary that it tags as a common noun, not a name ("犯罪集团"; "海尔集团" is nt)."""
    word = tokens.word(s)
    return word is not None and word[:2] == (s, e) and word[3] == "n" and known_word(word[2])


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
    index = _gazetteer_cn()[1]
    for size in range(6, 1, -1):
        entry = index.get(text[s : s + size])
        if entry is not None and entry.canonical in _states() and e - s - size >= 4:
            return s + size
    return s


def _coordinated_organisations(page: int, text: str, tokens: Tokens, kept: list[Mention]) -> list[Mention]:
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
            and text[start:end] not in _LEVEL_WORDS  # "与师市签署": a level, no name
        ):
            out.append(Mention(page, start, end, text[start:end], text[start:end], t.ORGANIZATION, 4))
            taken.append((start, end))
    return out


# "京东、淘宝和拼多多等电商平台", "华为、海康威视等企业": a list of names, then 等 and what they are
_KIND_AFTER_LIST = "平台|企业|公司|品牌|媒体|机构|组织|网站|高校|大学|银行|厂商|商家|集团|网络平台|社交媒体"
# "……和斯凯奇四家服装企业": a count of the kind closes the list too (not "通威股份的两家子公司": what one has)
LISTED_KIND_RE = re.compile(
    rf"(?:等|(?<![的之其])[一二三四五六七八九十两\d]{{1,3}}家)(?:[{CJK}]{{0,3}}?)(?:{_KIND_AFTER_LIST})"
)
_LIST_SEP = "、|和|及|与|以及"
_PLACES_LISTED = re.compile("等(?:地|国|省|市|县|城市|国家|地区)")
_LIST_ITEM = rf"(?:(?!{_LIST_SEP})[{CJK}A-Za-z&]){{2,10}}"


def _listed_organisations(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
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
            continue
        word = tokens.word(end - 1)
        if word is None or word[1] != end or word[1] - word[0] < 2 or not _walkable(word):
            continue
        items.append((word[0], end))
        for s, e in items:
            name = text[s:e]
            if name in index or _PLACE_NOT.match(name):
                continue
            out.append(Mention(page, s, e, name, name, t.ORGANIZATION, 5))
    return out


# "美国海关与边境保护局", "英国外交部": another country's body, named after its country
FOREIGN_BODY_RE = re.compile(
    rf"(?:[{CJK}](?![，。、；：的在是对从于将把被向等了也都就而据称为有其该各此])){{2,10}}?"
    r"(?:局|(?<![签部])署|(?<![全内外东西南北中局])部|委员会)"  # not a verb (签署, 部署) nor a part (中西部)
    rf"|[上下众参]议院|议会"  # "加拿大下议院", "立陶宛议会": a country's parliament
)


def _foreign_bodies(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    out: list[Mention] = []
    for country in (*foreign_countries(), *bloc_names()):  # "欧盟对外行动署": a bloc's body too
        for m in re.finditer(re.escape(country), text):
            body = FOREIGN_BODY_RE.match(text, m.end())
            if body is not None and text[body.end() : body.end() + 1] == "长":
                continue  # a post: "泰国副总理兼国防部长"
            if body is not None and not any(n in index for n in _names_inside(body.group(0), index)):
                end = body.end() if body.group(0).endswith("委员会") else _sub_unit_end(text, tokens, body.end())
                end = _bureau_end(text, tokens, end)  # "俄罗斯外交部领事局": a bureau under the ministry
                name = text[m.start() : end]
                out.append(Mention(page, m.start(), end, name, name, t.PUBLIC_BODY, 6))
    return out


def _names_inside(text: str, index: dict[str, t.GazetteerEntry]) -> list[str]:
    return [text[i:j] for i in range(len(text)) for j in range(i + 2, min(len(text), i + 8) + 1) if text[i:j] in index]


# "挪威广播公司（NRK）": a body's name and, in brackets, its short or foreign name
BRACKET_ALIAS_RE = re.compile(r"[（(](?P<alias>[A-Za-z\u00c0-\u00de][A-Za-z\u00c0-\u00ff&.\- ]{1,40}?)[）)]")


_CLOSING_QUOTES = ("”", '"', "」", "』")
_LATIN_PERSON_RE = re.compile(
    r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:[ \-][A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+){1,3}"
)


# a person's Latin name in brackets right after a transcription ("辛塔什(Bahram Sintash)")
_LATIN_NAME_AFTER_RE = re.compile(r"[ \t]*[（(](?P<latin>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,3})[）)]")


def _transcribed_before_latin(page: int, text: str, tokens: Tokens, dotted: str) -> list[Mention]:
    """A name transcribed into Chinese with the person's own Latin name in brackets after it, as overseas
    reports write a Uyghur's or a foreigner's name the first time ("维吾尔人辛塔什(Bahram Sintash)",
    "执行长阿巴斯(Rushan Abbas)"): the transcription, read back from the bracket over the words made of
    transcription characters (two to eight of them), is a person. ``dotted``: the page as
    ``_with_typed_dots`` gives it."""
    out = []
    for m in _LATIN_NAME_AFTER_RE.finditer(text):
        end = m.start()
        start = end
        while (word := tokens.word(start - 1)) is not None and word[1] == start and _transcribed(dotted, word):
            start = word[0]
        if not 2 <= end - start <= 8 or dotted[start] in DOTS:  # "罗珊|·阿巴斯": 珊 transcribes rarely
            start = end
        start = min(start, _vouched_parts_start(dotted, tokens, end, len(m.group("latin").split())))
        if 2 <= end - start <= 12 and not _quoted_whole(text, start, end):
            name = _DOT_RE.sub("·", dotted[start:end])
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
        if 3 <= end - start <= 8 and named and text[start:end] not in _gazetteer_cn()[1]:
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
    pieces = _DOT_RE.split(cut)
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


def _bracket_aliases(kept: list[Mention], text: str) -> list[Mention]:
    """A body's Latin name or acronym in brackets after its Chinese name, and a person's Latin name
    ("阿不都外力·买买提（Abduweli Memet）"): the same entity."""
    out = []
    for m in kept:
        if m.type not in (t.ORGANIZATION, t.PUBLIC_BODY, t.PERSON):
            continue
        quoted = text[m.end : m.end + 1] in _CLOSING_QUOTES  # "“夏尔巴”（Sherpa）": a name in quotation marks
        hit = BRACKET_ALIAS_RE.match(text, m.end + 1 if quoted else m.end)
        if hit is not None and m.type == t.PERSON and not _LATIN_PERSON_RE.fullmatch(hit.group("alias")):
            continue
        if hit is not None:
            s, e = hit.span("alias")
            out.append(
                Mention(m.page, s, e, hit.group("alias"), hit.group("alias"), m.type, 5, m.canonical or m.name, True)
            )
            m.strong = True
    return out


def chinese_mentions(page: int, text: str) -> list[Mention]:
    from habeas.analyse.english_overlaps import resolve_overlaps

    cands: list[Mention] = []
    index = _gazetteer_cn()[1]
    tokens = Tokens(text)
    typed = _with_typed_dots(text, tokens)  # a hyphen or full stop typed for a name's dot read as the dot
    dotted = []
    for s, e in _dot_names(typed, tokens):
        name = _DOT_RE.sub("·", typed[s:e])
        dotted.append(Mention(page, s, e, text[s:e], name, t.PERSON, 7))
    cands.extend(dotted)
    cands.extend(_given_names_alone(page, text, dotted))
    cands.extend(_dotted_bodies(page, text, tokens))
    for m in CN_TITLE_RE.finditer(text):
        name = m.group("name")
        if _translit_after(text, m.start("name"), tokens) - m.start("name") > len(name):
            continue  # "议员布蒂科费尔": a transcribed name, read below
        if _function_word_at(tokens, m.start("name")) or _not_a_name_after_title(tokens, m.start("name")):
            continue  # "总书记关于新疆工作的": a preposition after the title, not a surname (关)
        if _conjoined_noun(text, m.start("name"), name):
            continue  # "证人和专家": 和 joins the title to another noun, and starts no name
        # "记者李明|报道", read as 李|明报|道; "记者 谢龙摄": the photograph's credit, 摄 ("photographed")
        reported = _reported_at(text, m.start("name") + 2) or _credit_end(text, m.start("name") + 2)
        apart = _third_apart(tokens, m.start("name")) or _starts_word(tokens, m.start("name") + 2)
        whole = len(name) == 3 and _reported_at(text, m.start("name") + 3)  # "记者庄某明|报导", read as 庄某|明报|导
        if len(name) == 3 and not whole and (name[-1] in _NOT_GIVEN or reported or apart):
            name = name[:2]
        if _WEEKDAY_RE.fullmatch(name) or name[0] == name[1]:
            continue  # "发言人周三表示": the day the spokesperson spoke; "总书记殷殷嘱托": a doubled word
        if len(name) == 2 and frequent_word(name) and not dictionary_tag(name).startswith("nr"):
            continue  # "记者包括，……": a frequent ordinary word (包括 "include") after the title, no name
        if _phrase_at(tokens, m.start("name"), len(name)):
            continue  # "书记高度重视", "局长严格把关": a set phrase of four characters after the title, no name
        s = m.start("name")
        cands.append(Mention(page, s, s + len(name), name, name, t.PERSON, 5))
        cands.extend(_byline_names_after(page, text, s + len(name)))
    cands.extend(_spaced_names(page, text))
    cands.extend(_latin_people_speaking(page, text))
    for m in re.finditer(f"{CN_ROLE_RE.pattern}|(?:{CN_TITLES}|{_ROLES_BEFORE_TRANSCRIBED})", text):
        latin = _latin_person_after_title(page, text, m.end())
        if latin is not None:
            cands.append(latin)
        named = _named_after_title(text, tokens, m.end())
        if named is not None:
            cands.append(Mention(page, m.end(), named, text[m.end() : named], text[m.end() : named], t.PERSON, 5))
        start = m.end() + (1 if text[m.end() : m.end() + 1] in (" ", "\u3000") else 0)
        end = _translit_after(text, start, tokens)
        long_enough = end - start >= 3 or _short_name_acting(text, tokens, start, end)
        if long_enough and not _dot_at(text, end) and (start == m.end() or _byline_end(text, end)):
            cands.append(Mention(page, start, end, text[start:end], text[start:end], t.PERSON, 4))
    for m in DATE_NAME_RE.finditer(text):
        name = m.group("name")
        given = _given(name, text, m.end("name")) if name else False  # "11月|曾经|到访": "once", no name
        if given and name not in index and _is_han_name(name) and name[-1] not in _NOT_GIVEN + _LEVEL_CHARS:
            cands.append(Mention(page, m.start("name"), m.end("name"), name, name, t.PERSON, 4))
    cands.extend(_led_names(page, text, tokens))
    cands.extend(_comrades(page, text))
    cands.extend(_appointed_names(page, text, tokens))
    cands.extend(_addressed_names(page, text, tokens))
    cands.extend(_han_names_after_noun(page, text, tokens))
    cands.extend(_names_after_department(page, text, tokens))
    cands.extend(_listed_after_label(page, text))
    cands.extend(_kin_names(page, text, tokens))
    cands.extend(_gazetteer_mentions(page, text, tokens))
    cands.extend(_short_places(page, text, tokens))
    for m in LAW_RE.finditer(text):  # 《...》 holds a work's title: a law's, a newspaper's, a book's
        kind = t.LAW if LAW_END_RE.search(m.group(1)) else t.ORGANIZATION if MEDIA_END_RE.search(m.group(1)) else None
        if kind is not None:
            cands.append(Mention(page, m.start(1), m.end(1), m.group(1), m.group(1), kind, 5))
    cands.extend(_titled_media(page, text, index))
    for s, e in _named_by_suffix(FACILITY_HEAD_RE, text, tokens, 0):
        holds_place = any(text[s : s + n] in index for n in range(1, e - s))
        cands.append(Mention(page, s, e, text[s:e], text[s:e], t.FACILITY, 6 if holds_place else 4))
    cands.extend(_bodies(page, text, tokens, index))
    cands.extend(_organisations(page, text, tokens))
    cands.extend(_listed_organisations(page, text, tokens, index))
    cands.extend(_foreign_bodies(page, text, tokens, index))
    cands.extend(cue_organisations(page, text, tokens, index))
    cands.extend(_townships(page, text, tokens))
    cands.extend(_villages(page, text, tokens, index))
    cands.extend(_settlements_after_level(page, text, tokens))
    cands.extend(_latin_platforms(page, text))
    cands.extend(_latin_editions(page, text))
    cands.extend(_latin_known_bodies(page, text))
    cands.extend(_places_gone_to(page, text, tokens))
    cands.extend(_dateline_places(page, text, index) + _source_media(page, text))
    for m in CHAMBER_RE.finditer(text):  # "拉布在下议院发言": a chamber named alone, its country's by the story
        cands.append(Mention(page, m.start(), m.end(), m.group(0), m.group(0), t.PUBLIC_BODY, 4))
    cands.extend(_places_abroad(page, text, tokens))
    cands.extend(_longer_names(cands, text, tokens))
    cands.extend(_listed_between_names(page, text, tokens))
    cands.extend(_transcribed_before_latin(page, text, tokens, typed))
    for i, (start, end, word, flag) in enumerate(tokens.words):
        if flag in ("nr", "ns") and (_function_led(text, start, end) or _paired_short_forms(text, start, end)):
            continue
        if flag in ("nr", "nrfg") and len(word) == 3 and word[-1] in _NOT_GIVEN:
            word, end = word[:2], end - 1  # "栗智曾|出面": 曾 ("once") read into a two-character name
        if (
            flag in ("nr", "nrfg")
            and _is_han_name(word)
            and not _before_count(text, word, end)
            and not _listed_between_nouns(tokens, i)
            and not _inside_noun_phrase(tokens, i)
            and not _quoted_whole(text, start, end)
            and not _joined_by_conjunction(text, start, word)
            and not _transcription_goes_on(tokens, end)
            and _given(word, text, end)
        ):
            cands.append(Mention(page, start, end, word, word, t.PERSON, 3))
        elif (
            flag == "ns"
            and len(word) >= 2
            and CJK_RE.match(word)
            and _one_place(word, text, start, tokens)
            and not _slogan_of_xinjiang(word)
        ):
            if _inside_a_name(text, start, end) or _ISSUER_CODE_RE.match(text, end):
                continue  # "伊县统发〔2018〕9号": a document number's issuer code, no place
            if _given_name_after_surname(tokens, i, index):
                if _ACTS_RE.match(text, end):  # "蒋|建国|表示": the person speaks
                    s0 = tokens.words[i - 1][0]
                    cands.append(Mention(page, s0, end, text[s0:end], text[s0:end], t.PERSON, 3))
                continue
            if _tail_of_a_landmark(tokens, i):
                continue
            start, end = _place_guess_span(text, tokens, start, end)
            cands.append(Mention(page, start, end, text[start:end], text[start:end], t.PLACE, 2))
        elif flag == "nt" and len(word) >= 3 and not BODY_RE.fullmatch(word) and not _DOC_CODE_AFTER.match(text, end):
            # not "公安局" alone (a kind of body), nor a document number's issuer code ("墨人社发〔2018〕9号")
            cands.append(Mention(page, start, end, word, word, t.ORGANIZATION, 2))
    # "新疆公安部门" (Xinjiang's public security departments) names no ministry: 部门 is a department of any
    # kind, unless the gate is meant ("外交部门前静坐": at the ministry's gate); nor does a body whose last
    # character the segmenter reads into the next word (稳疆兴疆大学|习)
    cands = [
        c
        for c in cands
        if not (c.type in (t.PUBLIC_BODY, t.ORGANIZATION) and (_department_word(text, c) or _last_read_on(tokens, c)))
    ]
    kept = _with_branches(resolve_overlaps(_people_first(_longer_names_first(cands))))
    kept += _coordinated_organisations(page, text, tokens, kept)
    kept = _with_short_forms(kept, short_forms(page, text, tokens, kept, index))
    return kept + _places_inside(kept, cands) + _bracket_aliases(kept, text)


# a medium named by its title in book-title marks and its kind after them: "《明镜》周刊" is 明镜周刊
TITLED_MEDIUM_RE = re.compile(r"《(?P<title>[^》]{1,12})》(?P<kind>周刊|杂志|月刊|半月刊|周报|日报|晚报)")


def _titled_media(page: int, text: str, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    out = []
    for m in TITLED_MEDIUM_RE.finditer(text):
        name = m.group("title") + m.group("kind")
        entry = index.get(name)
        known = entry is not None and entry.type == t.ORGANIZATION
        canonical = entry.canonical if entry is not None and known else name
        out.append(Mention(page, m.start(), m.end(), m.group(0), name, t.ORGANIZATION, 6, canonical, known))
    return out


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
    return word[3].startswith("v") and word[2][1:] not in _AFTER_NAME


def _department_word(text: str, c: Mention) -> bool:
    return c.name.endswith("部") and text[c.end : c.end + 1] == "门" and text[c.end + 1 : c.end + 2] not in "前口外"


def _listed_between_names(page: int, text: str, tokens: Tokens) -> list[Mention]:
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
        named = all(w[3].startswith("nr") and (_is_han_name(w[2]) or _transcribed(text, w)) for w in people)
        if _is_han_name(name) and named:  # a neighbour may be a transcribed name's first part ("玉苏甫|江·…")
            out.append(Mention(page, start, end, name, name, t.PERSON, 3))
    return out


# what may open a noun phrase before its modifier: a noun, a determiner, 了 after a verb or 的
# ("听取了|兰新|客运专线", "试运营的|兰新|客运专线": a railway line)
_NOUN_PHRASE_BEFORE = ("n", "vn", "r", "t", "nt", "ns", "f", "ul", "uj")
_ROLE_WORD_RE = re.compile(f"(?:{CN_TITLES}|{_ROLES_BEFORE_TRANSCRIBED}|{_KIN}|同志|老师|先生|女士)$")


def _inside_noun_phrase(tokens: Tokens, i: int) -> bool:
    """A two-character word the dictionary holds and tags as a name, between a noun, a determiner or a
    clause's comma and the noun it qualifies ("各项|安保|措施", "假期|安保|工作", "，|安保|措施": security
    measures, security work): a modifier in a noun phrase, no person. A title, a role or a kin word on
    either side keeps the name ("记者|王芳", "王芳|老师"); so does a name the segmenter guessed rather than
    read from its dictionary ("养子|陶辉|一家人")."""
    if len(tokens.words[i][2]) != 2 or not 0 < i < len(tokens.words) - 1 or not known_word(tokens.words[i][2]):
        return False
    before, after = tokens.words[i - 1], tokens.words[i + 1]
    if before[1] != tokens.words[i][0] or after[0] != tokens.words[i][1]:
        return False
    if any(_ROLE_WORD_RE.search(w[2]) for w in (before, after)):
        return False
    opens_clause = before[3] == "x" and before[2] in "，。；：、,;:"
    return (before[3] in _NOUN_PHRASE_BEFORE or opens_clause) and after[3] in ("n", "vn", "j") and known_word(after[2])


def _listed_between_nouns(tokens: Tokens, i: int) -> bool:
    """An item of a list of common nouns ("凝聚力、向心力、战斗力"): both its neighbours across "、" are common
    nouns, so it is one too, whatever the dictionary tags it (向心力 as a name)."""
    words = tokens.words
    if i < 2 or i + 2 >= len(words) or words[i - 1][2] != "、" or words[i + 1][2] != "、":
        return False
    return all(w[3] in ("n", "vn", "an") for w in (words[i - 2], words[i + 2]))


# a company's legal form after its known name is part of it ("特变电工股份有限公司" is 特变电工), as is
# a paper's office ("人民日报社" is 人民日报)
_LEGAL_FORM_RE = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|公司)|集团|(?<=报)社")


LATIN_EDITION_RE = re.compile(r"(?<![A-Za-z\d])(?P<name>[A-Z][A-Za-z]{1,15})中文(?:网站|网|版|部|台|频道)?")


def _latin_editions(page: int, text: str) -> list[Mention]:
    """A known medium's Latin name before 中文 ("BBC中文", "DW中文网"): its Chinese service, the medium."""
    out = []
    for m in LATIN_EDITION_RE.finditer(text):
        entry = english_forms().get(t.fold(m.group("name")))
        if entry is not None and entry.type == t.ORGANIZATION:
            name = m.group(0)
            out.append(Mention(page, m.start(), m.end(), name, name, t.ORGANIZATION, 6, entry.canonical, True))
    return out


# a run of Latin-script words in Chinese text ("起诉Inditex、SMCP和Uniqlo", "H&M集团"); a year written on to
# its last word starts a date and is no part of the name ("VOA2019年3月4日")
_LATIN_WORD = r"[A-Za-z](?:[A-Za-z&.'\-]|\d(?!\d{3}年))*"
LATIN_RUN_RE = re.compile(rf"(?<![A-Za-z\d&]){_LATIN_WORD}(?:[ \t]+{_LATIN_WORD}){{0,5}}(?![A-Za-z&]|\d(?!\d{{3}}年))")


def _latin_known_bodies(page: int, text: str) -> list[Mention]:
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


def _gazetteer_mentions(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """The gazetteer's names on a page: places; known bodies as words of their own, with a company's
    legal form or a medium's Chinese edition after the name; and the country a known public body is
    named after ("美国财政部": 美国), a place inside the body's name."""
    pattern, index = _gazetteer_cn()
    out = []
    for m in pattern.finditer(text):
        entry = index[m.group(0)]
        if _not_a_word_of_its_own(entry, tokens, m.start(), m.end()) or _inside_a_name(text, m.start(), m.end()):
            continue
        end = m.end()
        if entry.type == t.PLACE and text[end : end + 1] in _LEVEL_SUFFIX and m.group(0)[-1] not in _LEVEL_SUFFIX:
            end += 1  # "库车县" where the gazetteer knows 库车 (and the city 库车市): the same place
        suffix = _CHINESE_EDITION_RE.match(text, end) if entry.type != t.PLACE else None
        suffix = suffix or (_LEGAL_FORM_RE.match(text, end) if entry.type == t.ORGANIZATION else None)
        if suffix:
            end = suffix.end()  # "德国之声中文网": a known medium's Chinese edition is the medium
        elif entry.type != t.PLACE:
            end = _language_service_end(text, tokens, end)  # "自由亚洲电台维吾尔语部": its service in a language
        bureau = _bureau_end(text, tokens, end) if entry.type == t.PUBLIC_BODY else end
        # a known body's whole name outranks the organs read inside it ("美国国会及行政当局中国委员会")
        rank = 6 if entry.type != t.PLACE and bureau - m.start() >= 4 else 5
        name = text[m.start() : bureau]
        canonical = entry.canonical if bureau == end else name  # a bureau under the known body is a body apart
        out.append(Mention(page, m.start(), bureau, name, name, entry.type, rank, canonical, bureau == end))
        if entry.type == t.PUBLIC_BODY:
            out.extend(_place_it_is_named_after(page, text, m.start(), end, index))
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


def _longer_names_first(cands: list[Mention]) -> list[Mention]:
    """A known body's name that a longer body's name holds ("中国石油新疆油田分公司", "新疆中泰化学股份有限公司",
    "斯坦福大学互联网观察站": a branch, a subsidiary, a lab) is no mention of its own there: the longer name
    outranks it."""
    bodies = [c for c in cands if c.type in (t.ORGANIZATION, t.PUBLIC_BODY) and c.priority >= 4]
    registered = [c for c in bodies if _REGISTERED_END.search(c.name)]  # a company named after its owner
    for c in (c for c in bodies if c.priority == 6 and c.canonical):  # ("兵团第六师国有资产经营有限责任公司")
        holders = bodies if c.strong else registered
        if any(o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start for o in holders):
            c.priority = 4
    return cands


_REGISTERED_END = re.compile(r"有限(?:责任)?公司$")


_BRANCH_ENDS = ("分公司", "子公司", "分行", "分厂")
# the rest of a document number's issuer code after its first word: "伊县|统发〔2018〕", "昌州|公通〔2019〕"
_ISSUER_CODE_RE = re.compile(rf"[{CJK}]{{0,4}}[〔\[【]\d{{4}}[〕\]】]")
# what follows the issuer's code in a document number: "发〔2018〕", "电〔2019〕"
_DOC_CODE_AFTER = re.compile(r"(?:联?发|字|电|函|办|呈)?[〔\[【(（]\d{4}")  # "额人社联发〔2019〕7号": a joint one


# a bureau under a known body, named after it: "哈萨克斯坦国家安全委员会边防局", "公安部刑侦局"; or a committee
# of a known parliament or body, named by its subjects: "德国联邦议院人权和人道主义援助委员会"
_BUREAU_RE = re.compile(rf"[{CJK}]{{1,6}}?(?:局|署)|[{CJK}]{{2,12}}?委员会")
_SUBJECTS_JOINED = {"和", "与", "及"}


def _bureau_end(text: str, tokens: Tokens, end: int) -> int:
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
    if any(
        (not w[3].startswith(("n", "vn", "an")) or w[3].startswith(("nr", "ns", "nt"))) and w not in joined
        for w in words
    ):
        return end
    return m.end()


def _language_service_end(text: str, tokens: Tokens, end: int) -> int:
    """Where a medium's name ends when its service in a language follows ("吉尔吉斯语|部"): the language is
    one word ending in 语, right after the name."""
    word = tokens.word(end)
    if word is None or word[0] != end or len(word[2]) < 2 or not word[2].endswith("语"):
        return end
    service = _SERVICE_RE.match(text, word[1])
    return service.end() if service else end


# a company's or a bank's branch in a place, after its name: "中国银行江苏省分行"
_BRANCH_RE = re.compile(rf"(?P<place>[{CJK}]{{2,8}}?)(?:分行|支行|分公司|分厂)")
# an organ of an international organisation, after its name: "联合国强迫或非自愿失踪问题工作组"
_ORGAN_RE = re.compile(rf"(?![和与及或])[{CJK}]{{2,16}}?(?:工作组|委员会|理事会|办事处|研究所|研究院|研究中心)")
# an academy or a university, whose institutes and committees are named after it
_ACADEMIES = ("科学院", "社会科学院", "大学")
# an institute may be named after the place it is in ("中国科学院新疆理化技术研究所"); a committee after a
# place is that place's ("中共皮山县委员会")
_PLACE_NAMED_ORGANS = ("研究所", "研究院", "研究中心")
_NOT_IN_ORGAN = re.compile(r"[的在是将被把对向从了也都就而据称为有其该各此这那]")
_LEGAL_END = ("股份有限公司", "有限责任公司", "有限公司", "集团公司")


def _longer_names(cands: list[Mention], text: str, tokens: Tokens) -> list[Mention]:
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
            w[3].startswith("nr") or (w[3].startswith("ns") and not organ.group(0).endswith(_PLACE_NAMED_ORGANS))
            for w in inside
        )
        if (
            organ
            and last is not None
            and last[1] == organ.end()
            and not _NOT_IN_ORGAN.search(organ.group(0))
            and not named
            and not any(w[2] in _OWNED_BY for w in inside)  # "华为下属研究所": a body it owns, named apart
        ):
            name = text[k.start : organ.end()]
            out.append(Mention(k.page, k.start, organ.end(), name, name, t.ORGANIZATION, 7))
    place_ends = {(p.start, p.end) for p in cands if p.type == t.PLACE}
    for c in cands:
        if c.type != t.ORGANIZATION or c.strong or not c.name.endswith(_LEGAL_END):
            continue
        # the known name opens the legal name, or follows the place it starts with ("北京|旷视科技有限公司"),
        # not a word inside another name ("武汉裕大华纺织…": 大华 is no company of its own there)
        opens = {c.start} | {e for s, e in place_ends if s == c.start}
        inner = [k for k in known if k.start in opens and k.end < c.end and (k.start, k.end) != (c.start, c.end)]
        if inner:
            c.priority, c.canonical = 7, inner[0].canonical
    return out


def _with_branches(kept: list[Mention]) -> list[Mention]:
    """A company's branch named after the company ("某某有限公司哈密分公司"): one body, the branch, whose
    name holds the company's whole name and the place it serves."""
    by_start = {(m.page, m.start): m for m in kept if m.type == t.ORGANIZATION}
    joined: dict[int, Mention] = {}
    for m in kept:
        branch = by_start.get((m.page, m.end))
        if m.type != t.ORGANIZATION or m.name[-2:] not in ("公司", "集团") or branch is None:
            continue
        if branch.name.endswith(_BRANCH_ENDS) and branch.start == m.end:
            name = m.text + branch.text
            joined[id(m)] = Mention(m.page, m.start, branch.end, name, name, t.ORGANIZATION, m.priority)
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


def _people_first(cands: list[Mention]) -> list[Mention]:
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


def _townships(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """ "赴木吉镇、杜瓦镇督查", "科克|铁热克乡", "喀拉|苏镇": a township or town the segmenter does not know
    (it may read it as a person), with the name-like or place words before it; not an ordinary word
    ("乡镇", "本乡") nor a level alone ("（镇）")."""
    out = []
    for i, (s, e, word, flag) in enumerate(tokens.words):
        listed_level = word in ("乡", "镇") and _LIST_NEXT_RE.match(text, e) is not None
        not_town = word[-1] not in "乡镇" or known_word(word) or flag.startswith(("r", "m", "d", "v", "p"))
        if not_town and not listed_level:
            continue
        j = i - 1
        while j >= 0 and e - tokens.words[j][0] <= 8 and _town_part(tokens.words[j]):
            s = tokens.words[j][0]
            j -= 1
        name = text[s:e]
        long_enough = len(name) >= 3 or _listed_township(text, s, e)
        if long_enough and CJK_RE.match(name) and not name.startswith(_NOT_TOWN) and not known_word(name):
            out.append(Mention(page, s, e, name, name, t.PLACE, 5 if listed_level else 4))
    return out + _townships_of_county(page, text, tokens) + _townships_in_list(page, text)


# a village's committee or party branch after the village's name: "米尔凯奇村村委会", "某某村党支部"
_VILLAGE_BODY_RE = re.compile(r"村(?=村委会|村民委员会|党支部)")


def _villages(page: int, text: str, tokens: Tokens, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """A village named before its committee ("阔克塔斯村村委会") is a place wherever the page writes its name
    alone ("阔克塔斯村外出人员多"); the name read back from 村 as a village body's is (its own name only,
    not the township's or county's before it)."""
    names = set()
    for m in _VILLAGE_BODY_RE.finditer(text):
        start = _village_start(text, tokens, index, m.start())
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


_SETTLEMENT_MAX = 7


def _settlements_after_level(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A township or village named right after the county, township or city it lies in ("某某县英格堡乡",
    "某某镇喀拉塔勒村", "某某乡兰干村"), whatever words the segmenter reads in its name (英|格堡, 喀拉|塔勒, 乡兰|干村),
    read back from its level to the level before, a stop or a function character; or one whose name the
    segmenter reads as names or places ("，塔尔|开其克村", "走进|周家庄|村": no person). Not an ordinary word
    ("全县贫困村", "县城乡") nor a level the segmenter reads into an ordinary word ("村民", "农村")."""
    out = []
    for level in re.finditer("[乡镇村]", text):
        pos = level.start()
        word = tokens.word(pos)
        named = word is not None and word[3].startswith(("ns", "nr"))
        if word is None or (not named and (word[1] != pos + 1 or (word[0] < pos and known_word(word[2])))):
            continue  # "村民", "镇长", "登记|农村": the level starts or ends an ordinary word
        start = pos
        while start > 0 and pos - start < _SETTLEMENT_MAX and _settlement_char(text[start - 1]):
            start -= 1
        after_level = text[start - 1 : start] in _LEVEL_CHARS and _name_span_ok(text[start:pos], pos - start)
        if not after_level and not _named_words(tokens, start, pos):
            start = _named_run_start(tokens, pos)
            if not _opens_settlement(tokens, start):
                continue  # "若|克雅|乡": the name began a character earlier, in a word of no kind the run reads
        name = text[start:pos]
        ordinary = known_word(name) and not dictionary_tag(name).startswith(("ns", "nr"))
        if len(name) < 2 or ordinary or known_word(name + text[pos]) or frequent_word(name[-2:]):
            continue
        out.append(Mention(page, start, pos + 1, name + text[pos], name + text[pos], t.PLACE, 5))
    return out


def _settlement_char(char: str) -> bool:
    return bool(CJK_RE.match(char)) and char not in _NOT_VILLAGE


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
    if before is None or not CJK_RE.match(before[2]) or before[2] in _NOT_VILLAGE:
        return True
    return len(before[2]) >= 2 and known_word(before[2]) and not before[3].startswith(("ns", "nr"))


def _named_run_start(tokens: Tokens, pos: int) -> int:
    """Where the words the segmenter reads as names or places before ``pos`` begin, up to seven characters
    back ("塔尔|开其克村", "周家庄|村"); ``pos`` when there are none."""
    word = tokens.word(pos)
    start = word[0] if word is not None and word[0] < pos and word[3].startswith(("ns", "nr")) else pos
    while (before := tokens.word(start - 1)) is not None and before[3].startswith(("ns", "nr")):
        if pos - before[0] > _SETTLEMENT_MAX or not CJK_RE.match(before[2]):
            break
        start = before[0]
    return start


# a list's next item after a township: "在二堡镇、沁城乡、大泉湾乡开展", "巴里坤镇和大河镇的"
_LIST_NEXT_RE = re.compile(rf"[、和及与]([{CJK}]{{1,5}}?[乡镇])")
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
    for level in re.finditer(r"[乡镇村]", text):
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
_COUNTY_TOWN_RE = re.compile(rf"[{CJK}]{{1,4}}?[乡镇](?=[，、。；和与的及为等在是\s]|$)")
# and the village after it in an address: "某某县某某镇某某村。" (a household's registered place)
_TOWN_VILLAGE_RE = re.compile(
    rf"(?P<town>[{CJK}]{{1,6}}?[乡镇])(?P<village>[^\W\d乡镇县市区州村]{{2,7}}?村)(?=[，、。；\s]|$)"
)


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
            out.append(Mention(page, *span, name, name, t.PLACE, 4))
            if chain and not m and not known_word(chain.group("village")):
                village = chain.group("village")
                out.append(Mention(page, *chain.span("village"), village, village, t.PLACE, 4))
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

CHAMBER_RE = re.compile(r"[上下众参]议院")
# a wire or paper's dateline: "本报图木舒克7月21日电", "新华社和田8月22日电", "人民网乌鲁木齐9月14日电"
WIRE_DATELINE_RE = re.compile(rf"(?:本报|本台|[{CJK}]{{1,4}}[社网])(?P<place>[{CJK}]{{2,6}}?)\d{{1,2}}月\d{{1,2}}日电")


# a web page's source line names the medium: "来源：兵团网", "来源：天山网－新疆日报"
SOURCE_LINE_RE = re.compile(
    rf"来源[：:]{_GAP}*(?P<name>[{CJK}]{{2,10}}?(?:网|报|电视台|广播电台|通讯社))(?=[\s－\-—/|]|$)"
)


# a news story's opening names its medium: "天山网讯(记者…)", "阿克苏新闻网讯（通讯员…）" (the medium's
# dispatch, 讯, at a line's start; not "本报讯", this paper's), "【印尼IDN新闻网】" (in black brackets)
DISPATCH_RE = re.compile(
    rf"(?:^|(?<=[\s】]))(?!本[报网台])(?P<name>[{CJK}]{{2,8}}?(?:网|报|台))讯(?=[\s（(【]|记者|通讯员)"
    rf"|【(?P<bracketed>[{CJK}A-Za-z]{{2,12}}?(?:网|报|通讯社|电台|电视台))(?:专讯|讯|消息)?】",
    re.MULTILINE,
)


def _source_media(page: int, text: str) -> list[Mention]:
    """The media a source line or a story's opening names."""
    found = [(m, "name") for m in SOURCE_LINE_RE.finditer(text)]
    found += [(m, "name" if m.group("name") else "bracketed") for m in DISPATCH_RE.finditer(text)]
    return [Mention(page, *m.span(g), m.group(g), m.group(g), t.ORGANIZATION, 5) for m, g in found]


def _dateline_places(page: int, text: str, index: dict[str, t.GazetteerEntry]) -> list[Mention]:
    """The place a dateline names, whether or not the gazetteer holds it in that form (图木舒克 for
    图木舒克市): a place, never a person read from its last characters (舒克)."""
    out = []
    for m in WIRE_DATELINE_RE.finditer(text):
        s, e = m.span("place")
        entry = next((index[n] for n in (m.group("place"), m.group("place") + "市") if n in index), None)
        canonical = entry.canonical if entry else m.group("place")
        out.append(Mention(page, s, e, text[s:e], text[s:e], t.PLACE, 6, canonical, entry is not None))
    return out


def _places_gone_to(page: int, text: str, tokens: Tokens) -> list[Mention]:
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
            if len(name) < 2 or not (end == len(text) or text[end] in _PLACE_END) or _is_han_name(name):
                break  # not "前往王某某的住处"
            out.append(Mention(page, start, end, name, name, t.PLACE, 4))
            if text[end : end + 1] not in ("和", "、", "与", "及"):
                break
            start = end + 1
    return out


_DIRECTION = "(?:东北|西北|东南|西南|东|南|西|北|中)部"
_ABROAD_LEVEL = "府|省|州|市|县|岛"


@functools.cache
def _abroad_place_re() -> re.Pattern[str]:
    countries = "|".join(map(re.escape, foreign_countries()))
    return re.compile(rf"(?:{countries})(?P<direction>{_DIRECTION})?(?P<place>[{CJK}]{{2,5}}?(?:{_ABROAD_LEVEL}))")


# a quantifier or a demonstrative that opens the span, or 的 inside it: "美国中部一些州", "南部各州的城市"
_ABROAD_NOT_NAME = re.compile(r"^(?:一些|一|各|每|多|数|几|某|该|这|那|其|所有|部分|个别)|的")


def _places_abroad(page: int, text: str, tokens: Tokens) -> list[Mention]:
    """A province, state or city after its country, and after a part of it ("泰国南部宋卡府": Songkhla
    province; the segmenter reads it as a person's name): a place, when a direction comes between or the
    segmenter reads the name as one name or place, and the name is no body ("泰国政府")."""
    out = []
    for m in _abroad_place_re().finditer(text):
        s, e = m.span("place")
        word = tokens.word(s)
        one_name = word is not None and word[0] == s and word[1] == e and word[3].startswith(("nr", "ns"))
        city = _gazetteer_cn()[1].get(text[s : e - 1])
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


def _town_part(word: tuple[int, int, str, str]) -> bool:
    """A word a township's name may begin with: a place, a name, or a transcription the dictionary does
    not hold as an ordinary word ("科克" tagged as a transcribed name, "托|格拉|克镇"); not a county or
    a city before it."""
    _s, _e, w, flag = word
    if not CJK_RE.match(w) or w[-1] in "乡镇" or (len(w) >= 2 and w[-1] in "县市区州"):
        return False  # "疏附县|托克|扎克|镇": the county the township is in, no part of its name
    return flag.startswith(("nr", "ns")) or (_name_like(word) and not known_word(w))


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


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """A country's two-character name written in transcription characters beside another one is part of
    a transcribed name ("阿曼古丽": Amanguli, not Oman; "努尔苏丹": not Sudan)."""
    name = text[start:end]
    entry = _gazetteer_cn()[1].get(name)
    if entry is None or entry.canonical not in country_names() or len(name) != 2:
        return False
    beside = text[start - 1 : start] + text[end : end + 1]
    return all(c in TRANSLIT for c in name) and any(c in TRANSLIT for c in beside)


def _inside_word(tokens: Tokens, start: int, end: int) -> bool:
    """A short name of a body found inside a longer word, not a word of its own ("伟大华夏": 大华;
    "升华为": 华为): the segmenter knows the gazetteer's names, so a mention is a word of its own."""
    first, last = tokens.word(start), tokens.word(end - 1)
    if first is not None and first == last and first[0] == start and _LEGAL_FORM_RE.fullmatch(first[2][end - start :]):
        return False  # "耐克公司", one word to the segmenter: the name and its legal form
    return end - start <= 3 and (first is None or last is None or first[0] != start or last[1] != end)


def _with_short_forms(kept: list[Mention], short: list[Mention]) -> list[Mention]:
    """The short forms in place of the segmenter's guesses they cover."""
    guesses = [k for k in kept if k.priority <= 3 and any(s.start <= k.start and k.end <= s.end for s in short)]
    return sorted([k for k in kept if k not in guesses] + short, key=lambda m: m.start)


def _joined_by_conjunction(text: str, start: int, word: str) -> bool:
    """ "抖音和小红书": 和 joins two words here, and starts no one's name (和 is a surname too)."""
    return word[0] in "和与及" and start > 0 and bool(CJK_RE.match(text[start - 1]))


def _transcription_goes_on(tokens: Tokens, end: int) -> bool:
    """ "“马格|尼茨基式”": a name guess that a transcribed word goes on from is the start of that word."""
    after = tokens.word(end)
    return after is not None and after[0] == end and after[3] == "nrt" and all(c in TRANSLIT for c in after[2])


def _conjoined_noun(text: str, start: int, name: str) -> bool:
    """ "证人和专家", "记者与学者": a conjunction after a word, then a noun the dictionary holds (a name guess
    that is 和 and a common noun)."""
    return _joined_by_conjunction(text, start, name) and dictionary_tag(name[1:3]).startswith("n")


def _given(word: str, text: str, end: int) -> bool:
    """A segmenter's two-character name guess whose second character is a function word ("华为": 为)
    is no name: a given name of one character is rarely one of them; nor is one its dictionary holds as
    a frequent word ("卫星|图像", "经审理|查明"). One whose surname is also a preposition (向, 于, 从)
    is a name only before an act ("于洋表示"), not before the rest of a phrase ("向疆|内转移"). Nor is a
    guess that ends in a pronoun ("曾代其领取": 曾 "formerly", 代 "on behalf of", 其 "her")."""
    if word[-1] in _PRONOUNS or _TITLE_RE.fullmatch(word[1:]):
        return False  # "第六|师师长": the division's commander, a title after a surname-like character
    acts = _ACTS_RE.match(text, end) is not None
    word_after = dictionary_tag(text[end : end + 2])[:1] in ("n", "v") and not _TITLE_RE.match(text, end)
    if len(word) == 3 and word[0] in _PREPOSITION_SURNAMES and word_after and not acts:
        return False  # "兴业银行|向援疆|项目授信", "向援疆|指挥部授旗": a preposition, then a phrase
    if _adverb_marked(text, end):
        return False  # "双手麻利|地将": deftly, an adverb the particle 地 marks before its verb
    if len(word) > 2:
        return True
    if word[-1] in _NOT_GIVEN or frequent_word(word):
        return False
    return word[0] not in _PREPOSITION_SURNAMES or acts


_PREPOSITION_SURNAMES = set("向于从由以自为")
_ADVERB_PARTICLE = "地"


def _adverb_marked(text: str, end: int) -> bool:
    """Whether the particle 地 follows ``end`` and a verb or adverb follows it ("麻利地将", "默默地走"): the
    word before is an adverb, no name, while a name before 地区 or 地方 runs into a noun."""
    if text[end : end + 1] != _ADVERB_PARTICLE:
        return False
    after = dictionary_tag(text[end + 1 : end + 3]) or dictionary_tag(text[end + 1 : end + 2])
    return after[:1] in ("v", "d", "p")


_TITLE_RE = re.compile(f"(?:{CN_TITLES})")


_PRONOUNS = set("其他她它我你")


# a count right after a word: digits or numerals, not a date's or an age's ("李鹏1988年", "王明3日表示")
_COUNT_AFTER_RE = re.compile(r"(?:\d+(?:\.\d+)?(?![\d.])|[一二三四五六七八九十两百千]+)(?![年月日号岁时点])")


def _before_count(text: str, word: str, end: int) -> bool:
    """A two-character word the dictionary holds, right before a count, qualifies the count ("总计高达80万人":
    "as many as"), and is no name read as surname and given name."""
    return len(word) == 2 and known_word(word) and _COUNT_AFTER_RE.match(text, end) is not None


def _function_led(text: str, start: int, end: int) -> bool:
    """ "其中向疆|外转移", "赴江苏等疆|外地区": a preposition or a list's 等 read with the one character of
    the word after it, before a word of position (疆外 "outside Xinjiang"): no name and no place."""
    return end - start == 2 and text[start] in "向等在从对把被于往赴和与及" and text[end : end + 1] in "外内中里"


def _quoted_whole(text: str, start: int, end: int) -> bool:
    """A segmenter's name guess that fills a pair of quotation marks ("因“戴面纱”被送往"): a quoted phrase."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return bool(before and after) and before in '“"「『' and after in '”"」』'


def _slogan_of_xinjiang(word: str) -> bool:
    """ "依法治疆、团结稳疆、文化润疆": a verb on 疆 (Xinjiang) in a slogan, no place (南疆, 北疆, 全疆 are)."""
    return len(word) == 2 and word[1] == "疆" and word[0] not in "新南北东西全"


def _paired_short_forms(text: str, start: int, end: int) -> bool:
    """ "苏克两地", "苏伊两地": two places' one-character short forms before 两地 (both places), read as
    a name or a place; not a place of two characters in a list ("常州、无锡两地")."""
    return (
        end - start == 2
        and text.startswith(("两地", "两省", "双方"), end)
        and (start == 0 or text[start - 1] not in "、和与及")
    )


# a country's kind after a region's name: "中亚国家" (Central Asian countries) names 中亚
_KIND_OF_COUNTRY = "国家"


def _given_name_after_surname(tokens: Tokens, i: int, index: dict[str, t.GazetteerEntry]) -> bool:
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


def _tail_of_a_landmark(tokens: Tokens, i: int) -> bool:
    """A direction and a street's, a station's or a gate's head right after a common noun ("公园|北街",
    "火车|南站"): the end of a landmark's name, no place of its own."""
    word, before = tokens.words[i][2], tokens.words[i - 1] if i > 0 else None
    landmark = len(word) == 2 and word[0] in "东南西北" and word[1] in "街站门路"
    return landmark and before is not None and before[3] == "n"


def _place_guess_span(text: str, tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """The segmenter's place guess, made whole or bare: a transcribed name's first character the segmenter
    read as a one-character verb after an adverb, or with the adverb, joins it ("仅|纳|伦州", "仅加|伦州");
    a kind of country after a region is no part of its name ("中亚国家": 中亚)."""
    word = text[start:end]
    if word.endswith(_KIND_OF_COUNTRY) and len(word) >= 4:
        return start, end - len(_KIND_OF_COUNTRY)
    before = tokens.word(start - 1)
    if before is None or text[start - 1] not in TRANSLIT or word[-1] not in "州省市":
        return start, end
    if not all(c in TRANSLIT for c in word[:-1]):
        return start, end
    lead = before[2][:-1]  # "仅|纳|伦州" (a one-character verb) or "仅加|伦州" (an adverb and the character)
    if lead in _PLACE_LEADS or (not lead and before[3].startswith("v") and _leads_place(tokens.word(before[0] - 1))):
        return start - 1, end
    return start, end


_PLACE_LEADS = {"仅", "在", "于", "从", "到", "和", "与", "及", "赴", "往"}


def _leads_place(word: tuple[int, int, str, str] | None) -> bool:
    return word is None or word[3].startswith(("d", "p", "c", "x"))


# a kind of settlement, of any size, names no place: "大城市" (a big city), "城镇" (towns), "农村"; nor a
# kind of area by what is done there: "垦区" (reclamation areas), "牧区" (pastoral areas), "矿区", "灾区"
_KIND_OF_PLACE_RE = re.compile(
    r"(?:[大小中]|特大|超大|中小|大中)?(?:城市|城镇|都市|乡村|农村|村镇|集镇|城区|市区|郊区)"
    r"|农?垦区|牧区|林区|矿区|灾区|山区"
)


def _one_place(word: str, text: str, start: int, tokens: Tokens) -> bool:
    """ "涉疆" (Xinjiang-related) and "南北疆" (south and north) are no place of their own, nor a number
    or every one of places ("四地州", "各乡镇"), nor a conjunction read with the one character after it
    ("内地和疆内": 和疆), nor a preposition and a count's qualifier ("中约2000"), nor a body's region
    right after the body ("国际特赦组织东亚区副主任"), nor a kind of place ("第二大城市", "城镇登记失业率")."""
    if word.startswith(("涉", "南北", "东西")) or _PLACE_NOT.match(word) or _KIND_OF_PLACE_RE.fullmatch(word):
        return False
    before = tokens.word(start - 1)
    if word[-1] == "区" and before is not None and before[3] == "nt":
        return False
    if (
        len(word) == 2
        and word[-1] in "约近超逾共"
        and re.match(r"[\d一二三四五六七八九十两百千万]", text[start + 2 : start + 3])
    ):
        return False  # "文件中约2000张": 中 "in" and 约 "about" before a count, no place
    return not (len(word) == 2 and _joined_by_conjunction(text, start, word))


def _places_inside(kept: list[Mention], cands: list[Mention]) -> list[Mention]:
    """The gazetteer's places inside a body's or a facility's name ("喀什地区" in 喀什地区公安处, 疏附县 in
    疏附县看守所) are mentions of those places too: a Chinese body is named after the division it serves.
    A company's or a medium's name holds a place only at its start, and no country (see _serves).
    (English bodies are not read so: "Xinjiang" in "Xinjiang Police College" is part of a name.)"""
    holders = [k for k in kept if k.type in (t.PUBLIC_BODY, t.ORGANIZATION, t.FACILITY)]
    out: list[Mention] = []
    for c in cands:
        if c.type != t.PLACE or not c.strong or c in kept:
            continue
        inside = any(h.page == c.page and h.start <= c.start and c.end <= h.end and _serves(h, c) for h in holders)
        if inside and not any(o.start < c.end and c.start < o.end for o in out):
            out.append(Mention(c.page, c.start, c.end, c.text, c.name, c.type, 1, c.canonical, c.strong))
    return out
