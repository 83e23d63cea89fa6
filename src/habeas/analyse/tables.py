"""General-knowledge word lists and gazetteers used by the rule layers.

Nothing here is written for a particular document: these are titles, ethnonyms, keywords that
name kinds of institutions and instruments, the world's countries and the divisions of Xinjiang.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"

# Types of mention and entity.
PERSON = "person"
ORGANIZATION = "organization"
PUBLIC_BODY = "public_body"
FACILITY = "facility"
PLACE = "place"
LAW = "law"
DATE = "date"
QUANTITY = "quantity"
ENTITY_TYPES = (PERSON, ORGANIZATION, PUBLIC_BODY, FACILITY, PLACE, LAW)

# Nationality, ethnonym and religion words: adjectives and group nouns, never people or places.
ETHNONYMS = {
    "uyghur", "uyghurs", "uighur", "uighurs", "uygur", "uygurs", "kazakh", "kazakhs", "kazak", "kazaks",
    "han", "chinese", "hui", "kyrgyz", "kirghiz", "tajik", "tajiks", "uzbek", "uzbeks", "tibetan", "tibetans",
    "mongol", "mongols", "mongolian", "mongolians", "manchu", "xibe", "dongxiang", "tatar", "tatars",
    "muslim", "muslims", "islamic", "turkic", "christian", "christians", "buddhist", "buddhists", "falun",
    "european", "europeans", "american", "americans", "british", "french", "german", "germans", "russian",
    "russians", "turkish", "kazakhstani", "asian", "western", "sino-british", "taiwanese", "hongkonger",
    "hongkongers", "communist", "communists", "uyghur-language", "dutch", "belgian", "canadian", "irish",
    "czech", "lithuanian", "japanese", "indian", "pakistani", "afghan", "arab", "arabs", "persian",
}

# Titles and roles that precede a name; stripped from the name, and evidence that a person follows.
TITLE_WORDS = [
    "President", "Vice-President", "Vice President", "Premier", "Vice Premier", "Prime Minister", "Minister",
    "Foreign Minister", "Deputy Minister", "Secretary", "Party Secretary", "General Secretary",
    "Secretary-General", "Secretary General", "Deputy Secretary", "Chairman", "Chairwoman", "Chairperson",
    "Chair", "High Commissioner", "Commissioner", "Human Rights Commissioner", "UN High Commissioner",
    "UN Human Rights Commissioner", "Special Rapporteur", "Rapporteur", "Ambassador", "Governor",
    "Vice Governor", "Vice-Governor", "Mayor", "Deputy Mayor", "Director", "Deputy Director", "Professor",
    "Prof.", "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Judge", "Justice", "Senator",
    "Congressman", "Congresswoman", "MEP", "General", "Lieutenant General", "Major General", "Colonel",
    "Captain", "Commander", "Chief", "Police Chief", "Sir", "Dame", "Lord", "Lady", "Imam", "Sheikh",
    "Spokesman", "Spokeswoman", "Spokesperson", "Envoy", "Delegate", "Consul", "Head",
]
ROLE_NOUNS = [
    "scholar", "economist", "professor", "academic", "researcher", "activist", "journalist", "lawyer",
    "dissident", "writer", "poet", "singer", "musician", "artist", "businessman", "businesswoman", "doctor",
    "teacher", "student", "official", "officer", "cadre", "leader", "detainee", "survivor", "witness",
    "blogger", "photographer", "footballer", "athlete", "editor", "anthropologist", "linguist", "historian",
    "entrepreneur", "imam", "spokesman", "spokeswoman", "minister", "secretary", "chairman", "governor",
]

# Words that end the name of an institution of the state.
PUBLIC_BODY_WORDS = {
    "parliament", "council", "commission", "congress", "government", "ministry", "court", "office", "bureau",
    "department", "agency", "assembly", "police", "service", "committee", "procuratorate", "senate", "cabinet",
    "administration", "authority", "authorities", "commissioner", "tribunal", "corps", "army", "state council",
    "legislature", "embassy", "consulate", "prefecture government", "security",
}
ORGANIZATION_WORDS = {
    "organization", "organisation", "foundation", "party", "platform", "union", "association", "institute",
    "university", "company", "corporation", "group", "network", "society", "federation", "alliance",
    "league", "centre for", "watch", "international", "amnesty", "nations", "bank", "fund", "programme",
    "program", "project", "initiative", "coalition", "movement", "congress", "academy", "college", "school",
    "times", "post", "news", "today", "journal", "press", "radio", "tribune", "herald", "gazette", "agency",
}
LAW_WORDS = {
    "law", "laws", "act", "convention", "covenant", "declaration", "charter", "statute", "treaty", "protocol",
    "regulations", "regulation", "constitution", "directive", "code", "ordinance", "measures", "resolution",
    "agreement", "principles", "rules",
}
FACILITY_WORDS = {
    "camp", "camps", "prison", "prisons", "jail", "jails", "centre", "centres", "center", "centers",
    "facility", "facilities", "detention", "gaol",
}
GENERIC_PLACE_SUFFIXES = ("province", "region", "prefecture", "county", "city", "autonomous region")

# Capitalised words that start sentences or clauses in official texts and are never names.
NOT_NAME_WORDS = {
    "whereas", "having", "regard", "the", "a", "an", "and", "or", "of", "in", "on", "for", "to", "by", "with",
    "calls", "urges", "notes", "recalls", "stresses", "expresses", "welcomes", "regrets", "condemns",
    "instructs", "reiterates", "underlines", "member", "members", "states", "state", "prize", "cables",
    "files", "bulletin", "bulletins", "article", "rule", "rules", "item", "annex", "resolution", "report",
    "background", "appropriate", "pressure", "press", "release", "section", "chapter", "paragraph", "no",
    "nos", "mass", "internment", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "human", "rights", "inhuman", "cruel", "degrading",
    "government", "party", "council", "commission", "parliament", "law", "act", "convention", "court",
    "police", "office", "ministry", "camp", "camps", "centre", "center", "prison", "region", "province",
    "county", "city", "university", "foundation", "organization", "organisation", "platform", "service",
    "union", "dialogue", "statement", "telegram", "campaign", "programme", "program", "system", "database",
    "skynet", "notices", "red", "he", "she", "they", "it", "we", "his", "her", "their", "its", "our",
    "mr", "mrs", "ms", "dr", "this", "that", "these", "those", "all", "some", "every", "during", "since",
    "after", "before", "while", "when", "also", "further", "moreover", "however", "although", "according",
}

ACRONYM_STOPWORDS = {"of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "against", "to", "at",
                     "by", "with", "&"}


def fold(text: str) -> str:
    """A comparison form: NFKC, one kind of apostrophe, single spaces."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip()


def key(text: str) -> str:
    """The resolution key of a name: case-folded, without "the", possessives, punctuation or plural -s."""
    t = fold(text).casefold()
    t = re.sub(r"^(the|a|an)\s+", "", t)
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"[^\w\s\-·]", " ", t)
    words = []
    for w in t.replace("-", " ").split():
        if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
        words.append(w)
    return " ".join(words)


@dataclass(frozen=True)
class GazetteerEntry:
    canonical: str
    type: str
    names: tuple[str, ...]


@functools.cache
def gazetteer() -> tuple[GazetteerEntry, ...]:
    """Countries and their common names, and every division of Xinjiang with its romanisations."""
    entries: list[GazetteerEntry] = []
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))["places"]
    for name, aliases in countries.items():
        entries.append(GazetteerEntry(name, PLACE, (name, *aliases)))
    xj = json.loads((DATA / "xinjiang.json").read_text(encoding="utf-8"))
    entries.append(GazetteerEntry(xj["region"][0], PLACE, tuple(xj["region"])))
    for pref in xj["prefectures"]:
        names = pref["names"]
        entries.append(GazetteerEntry(names[0], PLACE, tuple(names)))
        for county in pref["counties"]:
            entries.append(GazetteerEntry(county[0], PLACE, tuple(county)))
    for city in xj["corps"]:
        kind = PUBLIC_BODY if "Corps" in city[0] else PLACE
        entries.append(GazetteerEntry(city[0], kind, tuple(city)))
    return tuple(entries)


@functools.cache
def gazetteer_index() -> dict[str, GazetteerEntry]:
    """Every gazetteer name (folded) to its entry; the first entry wins on a clash."""
    index: dict[str, GazetteerEntry] = {}
    for entry in gazetteer():
        for name in entry.names:
            index.setdefault(fold(name), entry)
    return index


def is_ethnonym_phrase(text: str) -> bool:
    words = re.findall(r"[\w\-]+", fold(text).casefold())
    return bool(words) and all(w in ETHNONYMS or w in {"ethnic", "the", "people", "minority", "minorities"}
                               for w in words)


# The common Chinese surnames (general knowledge), in characters and in pinyin.
HAN_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂"
    "章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶"
    "解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇"
    "桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习栗"
)
HAN_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "令狐", "夏侯")
PINYIN_SURNAMES = {
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
    "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng",
    "cao", "peng", "zeng", "xiao", "tian", "dong", "yuan", "pan", "yu", "jiang", "cai", "du", "ye", "cheng",
    "su", "wei", "lu", "ding", "ren", "shen", "yao", "cui", "zhong", "tan", "fan", "jin", "shi", "liao",
    "jia", "xia", "fu", "fang", "bai", "zou", "meng", "xiong", "qin", "qiu", "yin", "xue", "yan", "duan",
    "lei", "hou", "long", "tao", "li", "gu", "mao", "hao", "gong", "shao", "wan", "qian", "kong", "xiang",
    "chang", "wen", "kang", "niu", "ge", "xing", "an", "qi", "qiao", "wu", "pang", "ni", "zhuang", "nie",
    "zhan", "shen", "ou", "geng", "guan", "lan", "jiao", "zuo", "liu", "gan", "zhu", "bao", "ning", "shang",
    "shu", "ruan", "ke", "ji", "mei", "tong", "ling", "bi", "shan", "pei", "huo", "tu", "miao", "sheng",
    "qu", "weng", "ran", "lan", "xin", "meng", "hua", "pu", "teng", "qu", "rao", "xi", "zhao", "bo", "chai",
    "quan", "mu", "zhuo", "ai", "you", "yang", "che", "xiang", "lian", "lou", "dou", "qi", "cen", "jing",
    "dang", "gong", "fei", "bu", "leng", "yan", "zong", "qu", "gui", "zang", "min", "gou", "wu", "bian",
    "shi", "sha", "rong", "zhen", "cong", "ao", "gong", "chi", "zhao", "ouyang", "sima", "shangguan",
    "zhuge", "murong",
}
