"""How Uyghur and Kazakh names are written in Chinese characters, syllable by syllable.

Chinese official records write a Uyghur name one syllable at a time, with a fixed set of characters
(the conventions of the national transcription rules for minority-language names and place names):

* a syllable is written with the character whose Mandarin reading is closest: 哈 ha, 买 mäy/me,
  吐 tu, 古 gu/gü, 热 re;
* a consonant that closes a syllable is written with its own character, whose vowel is not
  pronounced: 木 -m, 提 -t, 甫 -p/-f, 克 -k/-q, 尔 -r, 力/勒 -l, 斯 -s, 什 -sh, 孜 -z, 布 -b,
  德 -d, 格 -g/-gh, 赫/合 -x/-h, 尼/恩 -n;
* -n after a vowel is written in the syllable itself: 江 jan, 汗 xan, 逊 sun, 曼 man;
* a vowel with no consonant before it is written 阿 a, 艾 e, 伊/依 i, 吾 u/ü, 玉 ü, 奥 o, 欧 ö;
  依 also stands for the glide y between vowels (热依木 re-i-m → Rehim);
* the parts of a name are separated by a middle dot: 伊力哈木·土赫提.

The table below holds the readings of each transcription character, most usual first, written in
Uyghur Latin (ULY). It models syllables, not names: a name is read by chaining its syllables.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache

from habeas.names import scripts
from habeas.names.chinese_script import simplified

# Characters whose vowel is silent when they close a syllable: character → the consonant it writes.
CODA: dict[str, tuple[str, ...]] = {
    "木": ("m",),
    "姆": ("m",),
    "提": ("t",),
    "特": ("t",),
    "甫": ("p", "f"),
    "普": ("p",),
    "夫": ("f",),
    "克": ("k", "q", "x"),
    "可": ("k",),
    "尔": ("r",),
    "日": ("r",),
    "力": ("l",),
    "勒": ("l",),
    "里": ("l",),
    "斯": ("s",),
    "丝": ("s",),
    "什": ("sh",),
    "孜": ("z",),
    "兹": ("z",),
    "布": ("b",),
    "卜": ("b",),
    "不": ("b",),
    "德": ("d",),
    "格": ("g", "gh"),
    "赫": ("x", "h"),
    "合": ("x", "h", "q"),
    "尼": ("n",),
    "恩": ("n",),
    "其": ("ch",),
    "奇": ("ch",),
    "吉": ("j",),
    "伊": ("y",),
    "依": ("y",),
    "吾": ("w",),
    "乌": ("w",),
    "迪": ("d",),
    "地": ("d",),
    "拉": ("l",),
    "铁": ("t",),
}

# Syllable readings in ULY, most usual first. The vowel of a closing consonant (CODA) is added
# to these automatically.
SYLLABLES: dict[str, tuple[str, ...]] = {
    # vowels alone, at the start of a name or after another vowel
    "阿": ("a", "e"),
    "艾": ("e", "ey", "ay", "a"),
    "爱": ("ey", "ay", "e"),
    "埃": ("e", "é"),
    "伊": ("i", "yi", "é"),
    "依": ("i", "yi", "y", "é"),
    "衣": ("i",),
    "义": ("i", "yi"),
    "亦": ("i",),
    "易": ("i",),
    "吾": ("u", "ü", "wu", "o", "ö"),
    "乌": ("u", "ü", "o"),
    "玉": ("yü", "ü", "yu"),
    "于": ("yü", "yu"),
    "奥": ("o", "aw"),
    "欧": ("ö", "o"),
    "额": ("e",),
    "鄂": ("ö", "o"),
    "厄": ("e",),
    "安": ("an", "en"),
    "昂": ("ang",),
    "恩": ("en",),
    "尔": ("er", "ir", "ur"),
    "二": ("er",),
    "喀": ("qa", "ka"),
    "牙": ("ya",),
    "亚": ("ya", "ye"),
    "雅": ("ya",),
    "娅": ("ya", "ye"),
    "也": ("ye", "yé"),
    "叶": ("ye", "yé"),
    "耶": ("ye",),
    "尤": ("yu", "yü"),
    "优": ("yu",),
    "约": ("yo",),
    "由": ("yu",),
    "英": ("ying", "in"),
    "银": ("yin", "in"),
    "尹": ("yin",),
    "燕": ("yen",),
    "艳": ("yen",),
    "彦": ("yen",),
    "延": ("yen",),
    "允": ("yün",),
    # b
    "巴": ("ba",),
    "拜": ("bay", "bey", "be"),
    "白": ("bay", "bey"),
    "班": ("ban",),
    "邦": ("bang",),
    "包": ("baw", "bo"),
    "保": ("baw", "bo"),
    "贝": ("bé", "bey", "be"),
    "别": ("bé", "be"),
    "本": ("ben",),
    "比": ("bi",),
    "毕": ("bi",),
    "宾": ("bin",),
    "波": ("bo", "po"),
    "博": ("bo", "bö"),
    "布": ("bu", "bü"),
    "卜": ("bu",),
    "不": ("bu",),
    # p
    "帕": ("pa",),
    "排": ("pey", "pay", "pe"),
    "潘": ("pan",),
    "庞": ("pang",),
    "佩": ("pe", "pé"),
    "皮": ("pi",),
    "坡": ("po",),
    "普": ("pu", "pü"),
    "甫": ("fu", "pu"),
    # t
    "塔": ("ta",),
    "太": ("tay", "tey"),
    "泰": ("tay", "tey", "te"),
    "坦": ("tan",),
    "唐": ("tang",),
    "陶": ("taw", "to"),
    "特": ("te",),
    "提": ("ti",),
    "铁": ("tö", "te", "té", "ti"),
    "亭": ("ting",),
    "廷": ("ting",),
    "托": ("to", "tö"),
    "图": ("tu", "tö"),
    "吐": ("tu", "to", "tö", "tü"),
    "土": ("tu", "to", "tö", "tü"),
    "团": ("tuan",),
    "吞": ("tun",),
    "屯": ("tun",),
    "同": ("tong",),
    # d
    "达": ("da",),
    "代": ("dey", "day", "de"),
    "丹": ("dan",),
    "当": ("dang",),
    "道": ("daw", "do"),
    "德": ("de", "dé"),
    "登": ("deng",),
    "迪": ("di",),
    "帝": ("di",),
    "丁": ("ding",),
    "鼎": ("ding",),
    "地": ("di",),
    "蒂": ("di",),
    "东": ("dong", "dung"),
    "都": ("du",),
    "杜": ("du",),
    "度": ("du",),
    "多": ("do", "dö"),
    "朵": ("do",),
    "敦": ("dun",),
    "顿": ("dun",),
    # k / q / g / gh
    "卡": ("ka", "qa"),
    "开": ("key", "qey", "ke"),
    "凯": ("key", "ke", "qey"),
    "坎": ("qan", "kan"),
    "康": ("kang", "qang"),
    "考": ("kaw", "qaw"),
    "克": ("ke", "qe", "ki"),
    "肯": ("ken",),
    "库": ("ku", "qu", "kü"),
    "奎": ("kuy", "qu"),
    "昆": ("kun", "qun"),
    "坤": ("kun", "qun"),
    "阔": ("qo", "ko"),
    "可": ("ke",),
    "科": ("ke", "ko"),
    "基": ("ki", "ji"),
    "尕": ("gha", "ga"),
    "噶": ("gha", "ga"),
    "嘎": ("ga", "gha"),
    "盖": ("gey", "ge"),
    "甘": ("gan",),
    "刚": ("gang",),
    "高": ("gaw", "go"),
    "格": ("ge", "ghe"),
    "根": ("gen",),
    "古": ("gu", "gü", "ghu", "qu"),
    "贡": ("gong", "gün"),
    "故": ("gu",),
    "姑": ("gu",),
    "谷": ("gu",),
    "关": ("guan",),
    "郭": ("go",),
    "国": ("go",),
    # x / h
    "哈": ("ha", "xa", "qa"),
    "海": ("hey", "xey", "hay"),
    "汗": ("xan", "han"),
    "罕": ("xan", "han"),
    "汉": ("han", "xan"),
    "杭": ("hang",),
    "豪": ("haw",),
    "好": ("haw",),
    "合": ("he", "xe", "qe"),
    "何": ("he",),
    "和": ("he", "xe"),
    "赫": ("he", "xe"),
    "黑": ("hey", "xey"),
    "亨": ("heng",),
    "胡": ("hu", "xu"),
    "虎": ("hu",),
    "华": ("hua", "xua"),
    "怀": ("huay",),
    "霍": ("ho", "xo"),
    "火": ("ho", "xo"),
    "洪": ("hong", "xung"),
    "辉": ("huy",),
    "惠": ("huy",),
    "浑": ("hun",),
    # j / ch / zh
    "加": ("ja", "jia"),
    "佳": ("ja",),
    "嘉": ("ja",),
    "江": ("jan", "jang"),
    "姜": ("jan", "jang"),
    "吉": ("ji", "gi"),
    "杰": ("jé", "je"),
    "洁": ("jé",),
    "金": ("jin",),
    "晶": ("jing",),
    "居": ("jü",),
    "菊": ("jü",),
    "卓": ("jo", "zho"),
    "朱": ("ju", "zhu"),
    "珠": ("ju",),
    "哲": ("je", "zhe"),
    "扎": ("za", "ja", "zha"),
    "恰": ("cha",),
    "查": ("cha",),
    "柴": ("chey",),
    "昌": ("chang",),
    "车": ("che",),
    "切": ("che", "ché"),
    "且": ("che", "ché"),
    "其": ("chi", "qi"),
    "奇": ("chi", "qi"),
    "齐": ("chi",),
    "琪": ("chi",),
    "乔": ("chaw", "cho"),
    "秋": ("chu",),
    "曲": ("chü", "chu"),
    "却": ("chö",),
    "楚": ("chu",),
    "春": ("chun",),
    "穷": ("chong",),
    "庆": ("ching",),
    "清": ("ching",),
    # l
    "拉": ("la",),
    "来": ("ley", "lay"),
    "莱": ("ley", "le"),
    "兰": ("lan",),
    "朗": ("lang",),
    "劳": ("law",),
    "勒": ("le", "lé"),
    "雷": ("ley",),
    "蕾": ("ley",),
    "力": ("li",),
    "丽": ("li",),
    "里": ("li",),
    "利": ("li",),
    "莉": ("li",),
    "理": ("li",),
    "立": ("li",),
    "列": ("lé", "le"),
    "林": ("lin",),
    "玲": ("ling",),
    "琳": ("lin",),
    "龙": ("long", "lung"),
    "娄": ("lo",),
    "楼": ("lo",),
    "鲁": ("lu", "lü"),
    "路": ("lu",),
    "露": ("lu",),
    "吕": ("lü",),
    "罗": ("lo",),
    "洛": ("lo",),
    "伦": ("lun",),
    "仑": ("lun",),
    # m
    "马": ("ma",),
    "麻": ("ma",),
    "玛": ("ma",),
    "买": ("me", "mey", "may"),
    "麦": ("me", "mey"),
    "迈": ("mey", "may"),
    "曼": ("man",),
    "满": ("man",),
    "茫": ("mang",),
    "毛": ("maw", "mo"),
    "美": ("mey", "me"),
    "梅": ("mey", "me"),
    "门": ("men",),
    "蒙": ("mong", "mung"),
    "孟": ("meng",),
    "米": ("mi",),
    "密": ("mi",),
    "敏": ("min",),
    "明": ("ming",),
    "莫": ("mo", "mö"),
    "墨": ("mo",),
    "摩": ("mo",),
    "木": ("mu", "mü"),
    "穆": ("mu", "mü"),
    "姆": ("mu",),
    # n
    "纳": ("na",),
    "娜": ("na",),
    "那": ("na",),
    "乃": ("ney", "ne"),
    "奈": ("ney",),
    "南": ("nan",),
    "囊": ("nang",),
    "瑙": ("naw", "no"),
    "内": ("ney", "né"),
    "尼": ("ni",),
    "妮": ("ni",),
    "宁": ("ning",),
    "努": ("nu", "nü"),
    "奴": ("nu",),
    "诺": ("no",),
    "聂": ("né",),
    "牛": ("nyu",),
    "侬": ("nong",),
    # r
    "热": ("re", "ra", "ré"),
    "然": ("ran", "ren"),
    "让": ("rang",),
    "仁": ("ren",),
    "日": ("ri", "zhi"),
    "荣": ("rong", "rung"),
    "如": ("ru", "rü"),
    "茹": ("ru", "rü"),
    "若": ("ro", "zho"),
    "瑞": ("ruy",),
    "润": ("run",),
    "肉": ("ro", "ru"),
    "柔": ("ro",),
    # s / sh / z
    "萨": ("sa",),
    "撒": ("sa",),
    "赛": ("sey", "se", "say"),
    "桑": ("sang",),
    "森": ("sen",),
    "色": ("se",),
    "塞": ("se", "sey"),
    "瑟": ("se",),
    "斯": ("si",),
    "司": ("si",),
    "丝": ("si",),
    "思": ("si",),
    "松": ("song", "sung"),
    "苏": ("su", "sü"),
    "素": ("su", "sü"),
    "肃": ("su",),
    "孙": ("sun",),
    "逊": ("sun",),
    "索": ("so",),
    "沙": ("sha", "sa"),
    "莎": ("sha",),
    "夏": ("sha", "xa"),
    "山": ("shan",),
    "善": ("shan",),
    "尚": ("shang",),
    "少": ("shaw", "sho"),
    "绍": ("shaw",),
    "舍": ("she",),
    "谢": ("shé", "she"),
    "申": ("shen",),
    "什": ("shi",),
    "守": ("sho", "shu"),
    "希": ("shi", "xi"),
    "西": ("si", "shi", "xi"),
    "锡": ("si", "shi"),
    "夕": ("shi",),
    "休": ("shu",),
    "修": ("shu",),
    "舒": ("shu", "shü"),
    "许": ("shü",),
    "肖": ("shaw", "sho", "shew"),
    "萧": ("shaw",),
    "雪": ("shö",),
    "兴": ("shing",),
    "辛": ("shin", "sin"),
    "新": ("shin", "sin"),
    "再": ("zey", "ze"),
    "赞": ("zan",),
    "藏": ("zang",),
    "则": ("ze",),
    "泽": ("ze",),
    "孜": ("zi",),
    "兹": ("zi",),
    "祖": ("zu", "zü"),
    "尊": ("zun",),
    "佐": ("zo",),
    "宗": ("zong",),
    # w / f / y
    "瓦": ("wa",),
    "娃": ("wa",),
    "外": ("wey",),
    "万": ("wan",),
    "旺": ("wang",),
    "维": ("wi", "wey"),
    "伟": ("wey",),
    "卫": ("wey",),
    "温": ("wen", "un"),
    "文": ("wen",),
    "翁": ("wung",),
    "沃": ("wo",),
    "法": ("fa",),
    "帆": ("fan",),
    "方": ("fang",),
    "菲": ("fi",),
    "费": ("fi", "fey"),
    "芬": ("fin",),
    "夫": ("fu",),
    "福": ("fu",),
    "富": ("fu",),
    "弗": ("fu",),
}

# Mandarin finals as a Uyghur ear hears them, for characters outside the table (read with pypinyin).
_PINYIN_RULES = (
    (re.compile(r"^zh"), "j"),
    (re.compile(r"^ch"), "ch"),
    (re.compile(r"^sh"), "sh"),
    (re.compile(r"^x"), "sh"),
    (re.compile(r"^q"), "ch"),
    (re.compile(r"^c"), "ts"),
    (re.compile(r"^j"), "j"),
    (re.compile(r"^r"), "r"),
    (re.compile(r"iang$"), "yang"),
    (re.compile(r"ian$"), "yen"),
    (re.compile(r"ie$"), "yé"),
    (re.compile(r"ui$"), "uy"),
    (re.compile(r"ai$"), "ay"),
    (re.compile(r"ei$"), "ey"),
    (re.compile(r"ao$"), "aw"),
    (re.compile(r"ou$"), "o"),
    (re.compile(r"iu$"), "yu"),
    (re.compile(r"v"), "ü"),
    (re.compile(r"^y"), "y"),
)

MAX_VARIANTS = 12
_ALT_COST = 0.12  # each step down a character's list of readings
_CODA_COST = 0.05  # reading a closing character without its vowel, word-medially
_VOWEL_CODA_COST = 0.15


def is_transcription_char(ch: str) -> bool:
    return ch in SYLLABLES or ch in CODA


def pinyin_reading(ch: str) -> str:
    """A character outside the table, read in Mandarin and heard with Uyghur letters."""
    from pypinyin import lazy_pinyin

    syl = lazy_pinyin(ch)[0] if ch.strip() else ""
    if not syl or not syl.isascii():
        return ""
    for pattern, repl in _PINYIN_RULES:
        syl = pattern.sub(repl, syl)
    return syl


@lru_cache(maxsize=65536)
def _readings(ch: str, position: int, count: int, next_ch: str | None) -> tuple[tuple[str, float], ...]:
    """Readings of one character with their costs, given where it stands in the word."""
    base = SYLLABLES.get(ch)
    readings: list[tuple[str, float]] = []
    if base:
        readings.extend((r, i * _ALT_COST) for i, r in enumerate(base))
    else:
        fallback = pinyin_reading(ch)
        readings.append((fallback, 0.3) if fallback else ("", 0.5))
    last = position == count - 1
    if ch in CODA and position > 0:
        # A closing consonant: at the end of a word (提 → -t), before a consonant (阿不都 → Ab-du)
        # or before a vowel character (玉素甫 Yüsüp, 买买提依明 Memetimin).
        # Before a consonant (伊力哈木 il-ham) or at the end (买买提 -t) the vowel is usually silent;
        # before a vowel character (玉素甫依 ...) the full syllable is likelier.
        next_reading = (SYLLABLES.get(next_ch) or ("a",))[0] if next_ch else ""
        before_consonant = bool(next_reading) and next_reading[0] not in "aeéiouöü"
        cost = 0.0 if (last or before_consonant) else _CODA_COST
        if ch in ("伊", "依", "吾", "乌"):
            cost = _VOWEL_CODA_COST
        readings.extend((c, cost + i * _ALT_COST) for i, c in enumerate(CODA[ch]))
        if last or (before_consonant and ch not in ("伊", "依", "吾", "乌")):
            # the full syllable is then the less likely reading
            readings = [(r, c + 0.1) if r not in CODA[ch] else (r, c) for r, c in readings]
    return tuple(readings)


@lru_cache(maxsize=65536)
def read_word(word: str, limit: int = MAX_VARIANTS) -> tuple[tuple[str, float], ...]:
    """The most likely ULY readings of one transcribed word (no middle dot), cheapest first; a word in
    traditional characters is read as in simplified ones (買買提 as 买买提)."""
    chars = simplified("".join(c for c in word if not c.isspace()))
    if not chars:
        return ()
    return tuple((text, round(cost, 3)) for cost, text in _beam(chars, None, limit)[:limit])


@lru_cache(maxsize=20000)
def _beam(prefix: str, following: str | None, limit: int) -> tuple[tuple[float, str], ...]:
    """The cheapest readings of a word's first characters, ``prefix``, as (cost, text), given the
    character that follows them (None at the end of the word). A character's readings depend only on
    it, on whether it starts or ends the word and on the next one, so the names written together
    (伊力哈木土赫提) share the work of their parts (伊力哈木)."""
    if not prefix:
        return ((0.0, ""),)
    pos, unit = len(prefix) - 1, prefix[-1]
    options = _readings(unit, pos, pos + 1 if following is None else pos + 2, following)
    best: dict[str, float] = {}
    for cost, text in _beam(prefix[:-1], unit, limit):
        for r, c in options:
            grown, total = text + r, cost + c
            if grown not in best or total < best[grown]:
                best[grown] = total
    return tuple(heapq.nsmallest(limit * 3, [(c, t) for t, c in best.items()]))  # (cost, text): a total order


def split_name(text: str) -> list[str]:
    """The parts of a transcribed name: split at the middle dot and its look-alikes."""
    return [p for p in re.split(r"[·・•‧∙⋅･.\-\s]+", text) if p]


# -- writing a Uyghur name in Chinese characters --------------------------------------------------
#
# The inverse of the table above, as official usage writes names (the Xinhua transcription tables for
# Uyghur, with the variants met in practice): each unit of a ULY word (a vowel alone, a consonant with
# its vowel, -n/-ng/-y kept inside the syllable, or a consonant closing a syllable) has several
# characters, with weights for how usual each is. The weights are general, per syllable; a case's own
# documents can re-rank the candidates through :func:`rank_by_usage`.


def _weighted(spec: str) -> tuple[tuple[str, float], ...]:
    """``"托5吐3土2"`` → ((托, .5), (吐, .3), (土, .2)): characters with weights, as probabilities."""
    pairs = [(m.group(1), float(m.group(2))) for m in re.finditer(r"(\D+?)(\d+)", spec)]
    total = sum(w for _, w in pairs)
    return tuple((c, w / total) for c, w in pairs)


_WRITE_SPEC = {
    # a vowel alone (at the start of a word or after a vowel), with -n/-ng/-y inside the syllable
    "a": "阿9",
    "e": "艾8阿1埃1",
    "é": "艾6叶2埃2",
    "i": "伊5依4衣1",
    "o": "奥6吾3欧1",
    "u": "吾6乌4",
    "ö": "吾5欧3乌2",
    "ü": "吾4玉4乌2",
    "an": "安9",
    "en": "恩5安4",
    "én": "恩9",
    "in": "因5英3音2",
    "on": "翁5温5",
    "un": "温8",
    "ön": "温8",
    "ün": "温6云3",
    "ang": "昂9",
    "eng": "恩9",
    "ing": "英9",
    "ong": "翁9",
    "ung": "翁9",
    "ey": "艾9",
    # b p t d
    "ba": "巴9",
    "be": "拜5白2别2贝1",
    "bé": "别5拜3贝2",
    "bi": "比6毕3布1",
    "bo": "博6波4",
    "bu": "布7卜2不1",
    "bö": "博5布5",
    "bü": "布8卜2",
    "ban": "班9",
    "ben": "本9",
    "bin": "宾9",
    "bun": "本9",
    "bang": "邦9",
    "bey": "拜9",
    "bay": "拜9",
    "pa": "帕9",
    "pe": "帕4排4佩2",
    "pé": "佩5排3帕2",
    "pi": "皮9",
    "po": "坡5波3帕2",
    "pu": "甫6普4",
    "pö": "坡5普5",
    "pü": "普5甫5",
    "pan": "潘9",
    "pen": "盆9",
    "pey": "排9",
    "pay": "排9",
    "ta": "塔9",
    "te": "太4铁3特3",
    "té": "铁5特3太2",
    "ti": "提9铁1",
    "to": "托5吐3土2",
    "tu": "吐6图2土2",
    "tö": "吐4托3铁3",
    "tü": "吐6图2土2",
    "tan": "坦9",
    "ten": "坦5滕5",
    "tin": "廷9",
    "tun": "吞5屯5",
    "tün": "吞5屯5",
    "tang": "唐9",
    "tong": "同9",
    "tey": "太9",
    "tay": "太9",
    "da": "达9",
    "de": "代5德4迪1",
    "dé": "德6代4",
    "di": "迪5德3地2",
    "do": "多8朵2",
    "du": "都8杜2",
    "dö": "多7都3",
    "dü": "都8杜2",
    "dan": "丹9",
    "den": "登9",
    "din": "丁9",
    "dun": "敦5顿3东2",
    "dün": "敦9",
    "dang": "当9",
    "ding": "丁9",
    "dong": "东9",
    "dey": "代9",
    "day": "代9",
    # k q g gh
    "ka": "卡9",
    "ke": "克5凯3开2",
    "ké": "克6凯4",
    "ki": "克5基3吉2",
    "ko": "阔6科4",
    "ku": "库9",
    "kö": "阔5库5",
    "kü": "库8克2",
    "kan": "坎9",
    "ken": "肯9",
    "kin": "肯6金4",
    "kun": "昆5坤5",
    "kün": "昆5坤5",
    "kang": "康9",
    "key": "凯9",
    "kay": "凯9",
    "qa": "卡8喀2",
    "qe": "凯4卡3克3",
    "qé": "克6凯4",
    "qi": "克5其3奇2",
    "qo": "阔6霍4",
    "qu": "库9",
    "qö": "阔5库5",
    "qü": "库9",
    "qan": "坎9",
    "qen": "肯9",
    "qin": "肯6钦4",
    "qun": "坤5昆5",
    "qang": "康9",
    "qey": "凯9",
    "qay": "凯9",
    "ga": "尕5嘎3噶2",
    "ge": "盖5格5",
    "gé": "格7盖3",
    "gi": "吉7格3",
    "go": "果4郭3高3",
    "gu": "古9",
    "gö": "古5果5",
    "gü": "古9",
    "gan": "甘9",
    "gen": "根9",
    "gin": "金9",
    "gun": "贡8滚2",
    "gün": "衮5贡5",
    "gey": "盖9",
    "gay": "盖9",
    "gha": "尕5嘎3哈2",
    "ghe": "盖5海3格2",
    "ghé": "格6海4",
    "ghi": "吉6克4",
    "gho": "吾3霍3果2阔2",
    "ghu": "古6吾4",
    "ghö": "吾5古5",
    "ghü": "古7吾3",
    "ghan": "甘6汗4",
    "ghun": "洪6贡3滚1",
    "ghey": "盖9",
    # x h
    "xa": "哈9",
    "xe": "海5合3赫2",
    "xé": "赫5海3合2",
    "xi": "希8西2",
    "xo": "霍5和3乎2",
    "xu": "胡5乎5",
    "xö": "霍5胡5",
    "xü": "胡9",
    "xan": "汗7罕3",
    "xen": "汗5恒5",
    "xun": "洪5浑5",
    "xong": "洪9",
    "xey": "海9",
    "xay": "海9",
    "ha": "哈9",
    "he": "海5合3赫2",
    "hé": "海5赫3合2",
    "hi": "希6依4",
    "ho": "霍5和3吾2",
    "hu": "胡5乎5",
    "hö": "霍5胡5",
    "hü": "胡9",
    "han": "汗6韩2罕2",
    "hen": "恒9",
    "hun": "洪5浑5",
    "hong": "洪9",
    "hey": "海9",
    "hay": "海9",
    # j ch zh
    "ja": "加8佳1嘉1",
    "je": "杰7加3",
    "jé": "杰8吉2",
    "ji": "吉9",
    "jo": "卓8久2",
    "ju": "居5朱5",
    "jö": "卓7居3",
    "jü": "居8朱2",
    "jan": "江9坚1",
    "jen": "坚5江5",
    "jin": "金9",
    "jun": "军9",
    "jang": "江9",
    "cha": "恰9",
    "che": "切6且2其2",
    "ché": "切9",
    "chi": "其6奇4",
    "cho": "乔5却5",
    "chu": "楚5丘5",
    "chö": "却6乔4",
    "chü": "曲6居4",
    "chin": "钦9",
    "chan": "昌9",
    "chey": "柴9",
    "zha": "扎9",
    "zhe": "哲9",
    "zhé": "哲9",
    "zhi": "日9",
    "zho": "卓9",
    "zhu": "朱9",
    "zhö": "卓9",
    "zhü": "朱9",
    # s sh z f
    "sa": "萨6沙4",
    "se": "赛5色3塞2",
    "sé": "色6赛4",
    "si": "斯6司2西2",
    "so": "索9",
    "su": "苏5素5",
    "sö": "索6苏4",
    "sü": "素5苏5",
    "san": "桑5散3山2",
    "sen": "森8山2",
    "sin": "森4辛4新2",
    "sun": "逊8荪2",
    "sün": "逊9",
    "sang": "桑9",
    "sey": "赛9",
    "say": "赛9",
    "sha": "夏4沙4莎2",
    "she": "谢4夏3舍3",
    "shé": "谢7协3",
    "shi": "希6西4",
    "sho": "肖5少3守2",
    "shu": "舒5休3守2",
    "shö": "雪4肖3休3",
    "shü": "许5舒5",
    "shan": "山6善4",
    "shen": "申9",
    "shin": "辛9",
    "shang": "尚9",
    "za": "扎9",
    "ze": "再4则4泽2",
    "zé": "则6泽4",
    "zi": "孜6则2兹2",
    "zo": "佐6祖4",
    "zu": "祖9",
    "zö": "佐5祖5",
    "zü": "祖9",
    "zan": "赞9",
    "zen": "增9",
    "zun": "尊9",
    "zey": "再9",
    "zay": "再9",
    "fa": "法9",
    "fe": "菲5费5",
    "fé": "菲9",
    "fi": "菲9",
    "fo": "佛9",
    "fu": "夫4福4甫2",
    "fö": "佛9",
    "fü": "夫9",
    "fan": "帆9",
    "fen": "芬9",
    # l m n r
    "la": "拉9",
    "le": "来4莱3勒3",
    "lé": "列5勒5",
    "li": "力5里3丽2",
    "lo": "罗6洛4",
    "lu": "鲁6路4",
    "lö": "罗5鲁5",
    "lü": "鲁6吕4",
    "lan": "兰9",
    "len": "连5伦5",
    "lin": "林7琳3",
    "lun": "伦6仑4",
    "lang": "朗9",
    "ling": "玲9",
    "long": "龙9",
    "ley": "来9",
    "lay": "来9",
    "ma": "马5玛5",
    "me": "买7麦2梅1",
    "mé": "买4麦4美2",
    "mi": "米8密2",
    "mo": "莫6默2毛2",
    "mu": "木5穆5",
    "mö": "莫5木5",
    "mü": "木5穆5",
    "man": "曼8满2",
    "men": "门9",
    "min": "敏8明2",
    "mang": "芒9",
    "ming": "明9",
    "mey": "买9",
    "may": "买9",
    "na": "纳6娜4",
    "ne": "乃6奈2内2",
    "né": "内6乃4",
    "ni": "尼7妮3",
    "no": "诺9",
    "nu": "努9",
    "nö": "诺5努5",
    "nü": "努9",
    "nan": "南9",
    "nen": "能9",
    "nin": "宁9",
    "nang": "囊9",
    "ning": "宁9",
    "ney": "乃9",
    "nay": "乃9",
    "ra": "拉5热5",
    "re": "热8来2",
    "ré": "热8瑞2",
    "ri": "里5日4热1",
    "ro": "肉5若3罗2",
    "ru": "如5茹3鲁2",
    "rö": "肉5若5",
    "rü": "如7茹3",
    "ran": "然9",
    "ren": "仁9",
    "rin": "林9",
    "run": "润9",
    "rey": "热依9",
    # w y
    "wa": "瓦9",
    "we": "外4维4韦2",
    "wé": "维6外4",
    "wi": "维9",
    "wo": "沃9",
    "wu": "吾9",
    "wö": "沃5吾5",
    "wü": "吾9",
    "wan": "万9",
    "wen": "文6温4",
    "wang": "旺9",
    "wey": "外6维4",
    "way": "外9",
    "ya": "亚5牙3雅2",
    "ye": "叶6耶2亚2",
    "yé": "叶7耶3",
    "yi": "依6伊4",
    "yo": "约6尤4",
    "yu": "尤5玉5",
    "yö": "约5玉5",
    "yü": "玉8尤2",
    "yan": "燕5延3艳2",
    "yen": "燕5艳3延2",
    "yin": "银6英4",
    "yun": "云6允4",
    "yün": "云9",
    "yang": "洋9",
    "ying": "英9",
}
# A consonant closing a syllable: its character, whose vowel is silent ("" = not written).
_CODA_SPEC = {
    "m": "木8姆2",
    "t": "提9特1",
    "p": "甫5普5",
    "f": "甫6夫4",
    "k": "克9可1",
    "q": "克9合1",
    "r": "尔9日1",
    "l": "力6勒2丽2",
    "s": "斯9丝1",
    "sh": "什6西4",
    "z": "孜8兹2",
    "b": "不6布3卜1",
    "d": "德6迪2都2",
    "g": "格9",
    "gh": "格5合5",
    "x": "合5赫3乎2",
    "h": "合4赫3",
    "n": "尼5恩5",
    "ng": "恩9",
    "ch": "其7奇3",
    "j": "吉9",
    "zh": "日9",
    "y": "依9",
    "w": "吾6乌4",
    "c": "克9",
    "v": "夫9",
}
_WRITE = {k: _weighted(v) for k, v in _WRITE_SPEC.items()}
_WRITE_CODA = {k: _weighted(v) for k, v in _CODA_SPEC.items()}
_JOINED_ELEMENTS = frozenset({"xan"})  # name elements written joined to the part before them
_HARDENED_GH = 0.6  # gh after a closing consonant is written as g (Turghun 吐尔贡), probability
_FINAL_SA = 3.0  # a woman's name ending in -sa/-sha writes it 莎 (Amannisa 阿曼尼莎)
_RUSSIAN_SUFFIX = 0.9  # a family name ending in -ov/-ev (v, ULY w) writes it 夫 (Abbasov 阿巴索夫)
_ARTICLE_L = 0.85  # the article's l in Abdul- before a consonant is not written (Abdulkérim 阿不都克里木)
_UEY_VOWELS = frozenset("aeéiouöü")
_FRONT_OF = {"ö": "o", "ü": "u", "é": "e"}
# Characters preferred in women's names (a name part with the element gül, or ending in -e, -ay, -xan, -nisa).
_FEMALE_CHARS = {"丽": 4.0, "娜": 2.0, "娅": 3.0, "莎": 1.5}
_FEMALE_ENDINGS = ("ay", "xan", "nisa", "gül")
_NASAL_BEFORE_VOWEL = 1.6  # -n kept in its syllable although a vowel follows (Tursun-ay): a compound
_DROP_GEMINATE = 0.6  # a doubled consonant written once (Abdulla 阿不都拉), probability
_DROP_CODA_H = 0.25  # a closing h (ھ) left unwritten (Mihrigül 米日古丽), probability
WRITE_LIMIT = 10
# English-language sources write the Uyghur vowel e (ە) as a: Ahmat (Ehmet 艾合买提), Hasan (Hesen 艾山),
# Rahman (Rehman 热合曼). For a name given in Latin letters each a may be an e, at this probability.
_LATIN_A_AS_E = 0.25


def _is_female(word: str) -> bool:
    return (
        "gül" in word
        or word.endswith(_FEMALE_ENDINGS)
        or (len(word) > 2 and word.endswith("e") and word[-2] not in _UEY_VOWELS)
    )


def _unit_options(key: str, *, coda: bool = False) -> tuple[tuple[str, float], ...]:
    table = _WRITE_CODA if coda else _WRITE
    if key in table:
        return table[key]
    if coda:
        return (("", 1.0),)
    # a syllable not in the table: the nearest vowel's entry, then the consonant's own character + vowel
    for a, b in _FRONT_OF.items():
        if a in key and key.replace(a, b) in table:
            return tuple((c, p * 0.8) for c, p in table[key.replace(a, b)])
    head = key.rstrip("aeéiouöüny") or key[:1]
    vowel = key[len(head) :]
    first = _WRITE_CODA.get(head, (("", 1.0),))[0][0]
    rest = _WRITE.get(vowel, _WRITE.get(vowel[:1], (("", 1.0),)))[0][0]
    return ((first + rest, 0.3),)


def _write_word(word: str, limit: int, loose: bool = False) -> list[tuple[str, float]]:
    """The likeliest Chinese renderings of one ULY word, as (characters, cost = -log probability);
    ``loose``: the word came in English-style Latin letters, where an a may stand for e."""
    letters = [x for x in scripts._uly_letters(word) if x != "'" and (x in _UEY_VOWELS or x.isalpha())]
    n = len(letters)
    female = _is_female(word)
    vowel = [x in _UEY_VOWELS for x in letters]
    beams: list[dict[str, float]] = [{} for _ in range(n + 1)]
    beams[0][""] = 0.0

    def add(j: int, text: str, cost: float) -> None:
        if text not in beams[j] or cost < beams[j][text]:
            beams[j][text] = cost

    for i in range(n):
        if not beams[i]:
            continue
        current = heapq.nsmallest(limit * 2, ((c, t) for t, c in beams[i].items()))
        for end, key, extra in _units_at(letters, vowel, i):
            coda = not any(ch in _UEY_VOWELS for ch in key)
            options = _context(letters, i, end, key, female, _unit_options(key, coda=coda))
            if loose and "a" in key and not coda:
                options = _with_e_for_a(letters, i, end, key, female, options)
            for chars, p in options:
                if p <= 0:
                    continue
                step = -math.log(p) + extra
                for cost, text in current:
                    add(end, text + chars, cost + step)
    final = heapq.nsmallest(limit, ((c, t) for t, c in beams[n].items()))
    return [(t, round(c, 3)) for c, t in final]


def _with_e_for_a(
    letters: list[str], i: int, end: int, key: str, female: bool, options: list[tuple[str, float]]
) -> list[tuple[str, float]]:
    """A unit's characters when its a may be an e written as a (Latin sources): both vowels'
    characters, the e ones at ``_LATIN_A_AS_E``."""
    as_e = key.replace("a", "e")
    other = _context(
        [*letters[:i], *as_e, *letters[end:]] if len(as_e) == end - i else letters,
        i,
        end,
        as_e,
        female,
        _unit_options(as_e),
    )
    mixed = _mixed(dict(options), dict(other), _LATIN_A_AS_E)
    return list(mixed.items())


def _units_at(letters: list[str], vowel: list[bool], i: int) -> list[tuple[int, str, float]]:
    """The units that can start at letter i: (end, table key, extra cost)."""
    n = len(letters)
    out: list[tuple[int, str, float]] = []
    if vowel[i]:
        start, nucleus_at = "", i
    elif i + 1 < n and vowel[i + 1]:
        start, nucleus_at = letters[i], i + 1
    else:
        return [(i + 1, letters[i], 0.0)]  # a consonant closing a syllable (or standing alone)
    key = start + letters[nucleus_at]
    after = nucleus_at + 1
    out.append((after, key, 0.0))
    if after < n and letters[after] in ("n", "ng", "y"):
        closes = after + 1 == n or not vowel[after + 1]
        if letters[after] == "y" and not closes:
            return out
        extra = 0.0 if closes else _NASAL_BEFORE_VOWEL
        if letters[after + 1 :] == ["a", "y"]:
            extra = 0.0  # -n before the final element -ay (moon) of a woman's name: Tursunay 吐尔逊阿依
        if key + letters[after] in _WRITE:
            out.append((after + 1, key + letters[after], extra))
    return out


def _context(
    letters: list[str], i: int, end: int, key: str, female: bool, options: tuple[tuple[str, float], ...]
) -> list[tuple[str, float]]:
    """Adjust a unit's characters to where it stands: the conventions that depend on neighbours."""
    opts = dict(options)
    n = len(letters)
    prev = letters[i - 1] if i else ""
    nxt = letters[end] if end < n else ""
    is_coda = end == i + 1 and letters[i] not in _UEY_VOWELS and not (nxt and nxt in _UEY_VOWELS)
    if is_coda:
        if nxt == letters[i]:
            opts = {c: p * (1 - _DROP_GEMINATE) for c, p in opts.items()}
            opts[""] = _DROP_GEMINATE
        elif letters[i] == "h" and nxt:
            opts = {c: p * (1 - _DROP_CODA_H) for c, p in opts.items()}
            opts[""] = _DROP_CODA_H
        elif letters[i] == "l" and nxt and letters[:i] == ["a", "b", "d", "u"]:
            opts = _mixed(opts, {"": 1.0}, _ARTICLE_L)
        elif letters[i] == "w" and not nxt and prev in ("o", "e") and n >= 4:
            opts = _mixed(opts, {"夫": 1.0}, _RUSSIAN_SUFFIX)
    if key.startswith("gh") and i and prev not in _UEY_VOWELS and "g" + key[2:] in _WRITE:
        opts = _mixed(opts, dict(_WRITE["g" + key[2:]]), _HARDENED_GH)
    if key in ("hi", "xi", "hé") and prev in _UEY_VOWELS:
        opts["依"] = opts.get("依", 0.0) + 0.5  # an h between vowels is not written: Tahir 塔依尔
    if key.startswith("ra") and i == 0:
        opts["热"] = opts.get("热", 0.0) * 2.0  # a word-initial ra is written 热 (Rabiye 热比娅)
    elif key.startswith("ra") and prev in _UEY_VOWELS:
        opts["热"] = opts.get("热", 0.0) * 0.3  # ra between vowels is 拉 (Barat 巴拉提)
    elif key.startswith("ra"):
        opts["热"] = opts.get("热", 0.0) * 1.5  # after a closing consonant, 热 (Dilraba 迪丽热巴)
    if female:
        if end == n and key.endswith("e") and len(key) > 1:
            # a woman's name ending in -e is written with the -a character: Rahile 热依拉
            for c, p in _unit_options(key[:-1] + "a"):
                opts[c] = opts.get(c, 0.0) + p
        opts = {c: p * _FEMALE_CHARS.get(c[-1:], 1.0) for c, p in opts.items()}
        if end == n and key in ("sa", "sha"):
            opts["莎"] = opts.get("莎", 0.0) + _FINAL_SA
    total = sum(opts.values()) or 1.0
    return [(c, p / total) for c, p in opts.items()]


def _mixed(opts: dict[str, float], other: dict[str, float], weight: float) -> dict[str, float]:
    """``opts`` and ``other`` mixed, ``other`` with probability ``weight``."""
    out = {c: p * (1 - weight) for c, p in opts.items()}
    for c, p in other.items():
        out[c] = out.get(c, 0.0) + p * weight
    return out


def _uly_words(uly: str) -> list[str]:
    return [w for w in re.split(r"[^\w'éöü]+|[\d_]+", unicodedata.normalize("NFC", uly).lower()) if w]


def chinese_candidates(uly: str, limit: int = WRITE_LIMIT, *, loose: bool = False) -> list[tuple[str, float]]:
    """The likeliest Chinese-character renderings of a ULY name, best first, as (text, cost): the
    parts joined by a middle dot, every combination of each part's likeliest renderings (``loose``:
    the name came in English-style Latin letters, see ``_LATIN_A_AS_E``)."""
    names: list[tuple[float, str]] = [(0.0, "")]
    for word in _uly_words(uly):
        parts = _write_word(word, limit, loose)
        if not parts:
            continue
        # the honorific -xan (Khan) after a name is written joined to it: Amannisa Khan 阿曼尼莎汗
        dot = "" if word in _JOINED_ELEMENTS else "·"
        grown = [(cost + c, f"{text}{dot}{chars}" if text else chars) for cost, text in names for chars, c in parts]
        names = heapq.nsmallest(limit, grown)
    return [(t, round(c, 3)) for c, t in names if t]


USAGE_WEIGHT = 3.0  # how much the case's usage counts against the model's cost, when asked to rank by it
# How much a single character's usage counts beside a whole part's: the transcription characters are
# few and every name uses them (买, 尔, 提), so a part written whole is the stronger sign.
CHAR_SHARE = 0.25


def rank_by_usage(
    candidates: Sequence[tuple[str, float]], usage: Mapping[str, float], weight: float = 1.0
) -> list[tuple[str, float]]:
    """Candidates (from :func:`chinese_candidates`) re-ranked by how often the case's own documents use
    their characters: the hook for a case whose records write a syllable one way (土 rather than 托).

    ``usage`` maps a character, or a longer string (a transcribed part such as 土赫提, or a run such
    as 赫提), to how often the documents use it; the caller counts them. A candidate gains
    log(1 + count) for each longer key it contains and ``CHAR_SHARE`` of that for each character; ``weight`` scales
    the gain against the general model's cost. Ask :func:`chinese_candidates` for a generous number
    (30 or so) so that the renderings the documents prefer are among them. Returns (text, score),
    lowest score first; ties keep the model's order."""
    singles = {k: v for k, v in usage.items() if len(k) == 1 and v > 0}
    runs = {k: v for k, v in usage.items() if len(k) > 1 and v > 0}
    scored = []
    for order, (text, cost) in enumerate(candidates):
        gain = CHAR_SHARE * sum(math.log1p(singles.get(c, 0.0)) for c in text)
        gain += sum(math.log1p(v) for k, v in runs.items() if k in text)
        scored.append((cost - weight * gain, order, text))
    scored.sort()
    return [(text, round(score, 3)) for score, _, text in scored]


def part_variants(uly: str, limit: int = 16, *, loose: bool = False) -> list[list[str]]:
    """The renderings of each part (word) of a ULY name, likeliest first: what a case's documents
    are asked about, part by part."""
    return [[text for text, _ in _write_word(word, limit, loose)] for word in _uly_words(uly)]


def with_used_parts(
    candidates: Sequence[tuple[str, float]],
    variants: list[list[str]],
    usage: Mapping[str, float],
    per_part: int = 2,
    joiner: str = "·",
) -> list[tuple[str, float]]:
    """``candidates`` and, before ranking them by usage (:func:`rank_by_usage`), the names made of the
    renderings of each part the documents use most (a name the model ranks low as a whole can be
    the one the documents write: 土赫提 with 伊力哈木). A made name costs the likeliest candidate's
    cost and a little more for each less likely part (``_made_cost``); usage then ranks them."""
    if not candidates or not all(variants):
        return list(candidates)
    chosen = [sorted(vs, key=lambda v: (-usage.get(v, 0.0), vs.index(v)))[:per_part] for vs in variants]
    cost = {t: c for t, c in candidates}
    made = {joiner.join(combo): combo for combo in itertools.product(*chosen)}
    return [*candidates, *((t, _made_cost(parts, variants, cost)) for t, parts in made.items() if t not in cost)]


def _made_cost(parts: Sequence[str], variants: list[list[str]], cost: Mapping[str, float]) -> float:
    """A made name's cost: the likeliest candidate's, plus a step for each part rendered in a less
    likely way than the likeliest (its rank among the part's renderings)."""
    base = min(cost.values())
    return base + sum(0.1 * vs.index(p) for p, vs in zip(parts, variants, strict=False) if p in vs)
