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
import re
from functools import lru_cache

# Characters whose vowel is silent when they close a syllable: character → the consonant it writes.
CODA: dict[str, tuple[str, ...]] = {
    "木": ("m",), "姆": ("m",), "提": ("t",), "特": ("t",), "甫": ("p", "f"), "普": ("p",), "夫": ("f",),
    "克": ("k", "q", "x"), "可": ("k",), "尔": ("r",), "日": ("r",), "力": ("l",), "勒": ("l",), "里": ("l",),
    "斯": ("s",), "丝": ("s",), "什": ("sh",), "孜": ("z",), "兹": ("z",), "布": ("b",), "卜": ("b",), "不": ("b",),
    "德": ("d",), "格": ("g", "gh"), "赫": ("x", "h"), "合": ("x", "h", "q"), "尼": ("n",), "恩": ("n",),
    "其": ("ch",), "奇": ("ch",), "吉": ("j",), "伊": ("y",), "依": ("y",), "吾": ("w",), "乌": ("w",),
    "迪": ("d",), "地": ("d",), "拉": ("l",), "铁": ("t",),
}

# Syllable readings in ULY, most usual first. The vowel of a closing consonant (CODA) is added
# to these automatically.
SYLLABLES: dict[str, tuple[str, ...]] = {
    # vowels alone, at the start of a name or after another vowel
    "阿": ("a", "e"), "艾": ("e", "ey", "ay", "a"), "爱": ("ey", "ay", "e"), "埃": ("e", "é"),
    "伊": ("i", "yi", "é"), "依": ("i", "yi", "y", "é"), "衣": ("i",), "义": ("i", "yi"), "亦": ("i",), "易": ("i",),
    "吾": ("u", "ü", "wu", "o", "ö"), "乌": ("u", "ü", "o"), "玉": ("yü", "ü", "yu"), "于": ("yü", "yu"),
    "奥": ("o", "aw"), "欧": ("ö", "o"), "额": ("e",), "鄂": ("ö", "o"), "厄": ("e",),
    "安": ("an", "en"), "昂": ("ang",), "恩": ("en",), "尔": ("er", "ir", "ur"), "二": ("er",),
    "喀": ("qa", "ka"), "牙": ("ya",), "亚": ("ya", "ye"), "雅": ("ya",), "娅": ("ya", "ye"),
    "也": ("ye", "yé"), "叶": ("ye", "yé"), "耶": ("ye",), "尤": ("yu", "yü"), "优": ("yu",), "约": ("yo",),
    "由": ("yu",), "英": ("ying", "in"), "银": ("yin", "in"), "尹": ("yin",),
    "燕": ("yen",), "艳": ("yen",), "彦": ("yen",), "延": ("yen",), "允": ("yün",),
    # b
    "巴": ("ba",), "拜": ("bay", "bey", "be"), "白": ("bay", "bey"), "班": ("ban",), "邦": ("bang",),
    "包": ("baw", "bo"), "保": ("baw", "bo"), "贝": ("bé", "bey", "be"), "别": ("bé", "be"), "本": ("ben",),
    "比": ("bi",), "毕": ("bi",), "宾": ("bin",), "波": ("bo", "po"), "博": ("bo", "bö"), "布": ("bu", "bü"),
    "卜": ("bu",), "不": ("bu",),
    # p
    "帕": ("pa",), "排": ("pey", "pay", "pe"), "潘": ("pan",), "庞": ("pang",), "佩": ("pe", "pé"),
    "皮": ("pi",), "坡": ("po",), "普": ("pu", "pü"), "甫": ("fu", "pu"),
    # t
    "塔": ("ta",), "太": ("tay", "tey"), "泰": ("tay", "tey", "te"), "坦": ("tan",), "唐": ("tang",),
    "陶": ("taw", "to"), "特": ("te",), "提": ("ti",), "铁": ("tö", "te", "té", "ti"), "亭": ("ting",),
    "廷": ("ting",),
    "托": ("to", "tö"), "图": ("tu", "tö"), "吐": ("tu", "to", "tö", "tü"), "土": ("tu", "to", "tö", "tü"),
    "团": ("tuan",), "吞": ("tun",), "屯": ("tun",), "同": ("tong",),
    # d
    "达": ("da",), "代": ("dey", "day", "de"), "丹": ("dan",), "当": ("dang",), "道": ("daw", "do"),
    "德": ("de", "dé"), "登": ("deng",), "迪": ("di",), "帝": ("di",), "丁": ("ding",), "鼎": ("ding",),
    "地": ("di",),
    "蒂": ("di",), "东": ("dong", "dung"),
    "都": ("du",), "杜": ("du",), "度": ("du",), "多": ("do", "dö"), "朵": ("do",), "敦": ("dun",),
    "顿": ("dun",),
    # k / q / g / gh
    "卡": ("ka", "qa"), "开": ("key", "qey", "ke"), "凯": ("key", "ke", "qey"), "坎": ("qan", "kan"),
    "康": ("kang", "qang"), "考": ("kaw", "qaw"), "克": ("ke", "qe", "ki"), "肯": ("ken",), "库": ("ku", "qu", "kü"),
    "奎": ("kuy", "qu"), "昆": ("kun", "qun"), "坤": ("kun", "qun"), "阔": ("qo", "ko"), "可": ("ke",),
    "科": ("ke", "ko"),
    "基": ("ki", "ji"), "尕": ("gha", "ga"), "噶": ("gha", "ga"), "嘎": ("ga", "gha"), "盖": ("gey", "ge"),
    "甘": ("gan",), "刚": ("gang",), "高": ("gaw", "go"), "格": ("ge", "ghe"), "根": ("gen",),
    "古": ("gu", "gü", "ghu", "qu"),
    "贡": ("gong", "gün"), "故": ("gu",), "姑": ("gu",), "谷": ("gu",), "关": ("guan",), "郭": ("go",), "国": ("go",),
    # x / h
    "哈": ("ha", "xa", "qa"), "海": ("hey", "xey", "hay"), "汗": ("xan", "han"), "罕": ("xan", "han"),
    "汉": ("han", "xan"),
    "杭": ("hang",), "豪": ("haw",), "好": ("haw",), "合": ("he", "xe", "qe"), "何": ("he",),
    "和": ("he", "xe"), "赫": ("he", "xe"), "黑": ("hey", "xey"), "亨": ("heng",), "胡": ("hu", "xu"),
    "虎": ("hu",), "华": ("hua", "xua"), "怀": ("huay",), "霍": ("ho", "xo"), "火": ("ho", "xo"),
    "洪": ("hong", "xung"), "辉": ("huy",), "惠": ("huy",), "浑": ("hun",),
    # j / ch / zh
    "加": ("ja", "jia"), "佳": ("ja",), "嘉": ("ja",), "江": ("jan", "jang"), "姜": ("jan", "jang"),
    "吉": ("ji", "gi"), "杰": ("jé", "je"), "洁": ("jé",), "金": ("jin",), "晶": ("jing",), "居": ("jü",),
    "菊": ("jü",), "卓": ("jo", "zho"), "朱": ("ju", "zhu"), "珠": ("ju",), "哲": ("je", "zhe"),
    "扎": ("za", "ja", "zha"), "恰": ("cha",), "查": ("cha",), "柴": ("chey",), "昌": ("chang",),
    "车": ("che",),
    "切": ("che", "ché"), "且": ("che", "ché"), "其": ("chi", "qi"), "奇": ("chi", "qi"), "齐": ("chi",),
    "琪": ("chi",), "乔": ("chaw", "cho"), "秋": ("chu",), "曲": ("chü", "chu"), "却": ("chö",),
    "楚": ("chu",), "春": ("chun",), "穷": ("chong",), "庆": ("ching",), "清": ("ching",),
    # l
    "拉": ("la",), "来": ("ley", "lay"), "莱": ("ley", "le"), "兰": ("lan",), "朗": ("lang",), "劳": ("law",),
    "勒": ("le", "lé"), "雷": ("ley",), "蕾": ("ley",), "力": ("li",), "丽": ("li",), "里": ("li",), "利": ("li",),
    "莉": ("li",), "理": ("li",), "立": ("li",), "列": ("lé", "le"), "林": ("lin",), "玲": ("ling",),
    "琳": ("lin",), "龙": ("long", "lung"), "娄": ("lo",), "楼": ("lo",), "鲁": ("lu", "lü"), "路": ("lu",),
    "露": ("lu",), "吕": ("lü",), "罗": ("lo",), "洛": ("lo",), "伦": ("lun",), "仑": ("lun",),
    # m
    "马": ("ma",), "麻": ("ma",), "玛": ("ma",), "买": ("me", "mey", "may"), "麦": ("me", "mey"),
    "迈": ("mey", "may"),
    "曼": ("man",), "满": ("man",), "茫": ("mang",), "毛": ("maw", "mo"), "美": ("mey", "me"), "梅": ("mey", "me"),
    "门": ("men",), "蒙": ("mong", "mung"), "孟": ("meng",), "米": ("mi",), "密": ("mi",), "敏": ("min",),
    "明": ("ming",), "莫": ("mo", "mö"), "墨": ("mo",), "摩": ("mo",), "木": ("mu", "mü"), "穆": ("mu", "mü"),
    "姆": ("mu",),
    # n
    "纳": ("na",), "娜": ("na",), "那": ("na",), "乃": ("ney", "ne"), "奈": ("ney",), "南": ("nan",),
    "囊": ("nang",), "瑙": ("naw", "no"), "内": ("ney", "né"), "尼": ("ni",), "妮": ("ni",), "宁": ("ning",),
    "努": ("nu", "nü"), "奴": ("nu",), "诺": ("no",), "聂": ("né",), "牛": ("nyu",), "侬": ("nong",),
    # r
    "热": ("re", "ra", "ré"), "然": ("ran", "ren"), "让": ("rang",), "仁": ("ren",), "日": ("ri", "zhi"),
    "荣": ("rong", "rung"), "如": ("ru", "rü"), "茹": ("ru", "rü"), "若": ("ro", "zho"), "瑞": ("ruy",),
    "润": ("run",), "肉": ("ro", "ru"), "柔": ("ro",),
    # s / sh / z
    "萨": ("sa",), "撒": ("sa",), "赛": ("sey", "se", "say"), "桑": ("sang",), "森": ("sen",), "色": ("se",),
    "塞": ("se", "sey"),
    "瑟": ("se",), "斯": ("si",), "司": ("si",), "丝": ("si",), "思": ("si",), "松": ("song", "sung"),
    "苏": ("su", "sü"), "素": ("su", "sü"), "肃": ("su",), "孙": ("sun",), "逊": ("sun",), "索": ("so",),
    "沙": ("sha", "sa"), "莎": ("sha",), "夏": ("sha", "xa"), "山": ("shan",), "善": ("shan",), "尚": ("shang",),
    "少": ("shaw", "sho"), "绍": ("shaw",), "舍": ("she",), "谢": ("shé", "she"), "申": ("shen",),
    "什": ("shi",), "守": ("sho", "shu"), "希": ("shi", "xi"), "西": ("si", "shi", "xi"), "锡": ("si", "shi"),
    "夕": ("shi",),
    "休": ("shu",), "修": ("shu",), "舒": ("shu", "shü"), "许": ("shü",), "肖": ("shaw", "sho", "shew"),
    "萧": ("shaw",), "雪": ("shö",), "兴": ("shing",), "辛": ("shin", "sin"), "新": ("shin", "sin"),
    "再": ("zey", "ze"), "赞": ("zan",), "藏": ("zang",), "则": ("ze",), "泽": ("ze",),
    "孜": ("zi",), "兹": ("zi",), "祖": ("zu", "zü"), "尊": ("zun",), "佐": ("zo",), "宗": ("zong",),
    # w / f / y
    "瓦": ("wa",), "娃": ("wa",), "外": ("wey",), "万": ("wan",), "旺": ("wang",), "维": ("wi", "wey"),
    "伟": ("wey",), "卫": ("wey",), "温": ("wen", "un"), "文": ("wen",), "翁": ("wung",), "沃": ("wo",),
    "法": ("fa",), "帆": ("fan",), "方": ("fang",), "菲": ("fi",), "费": ("fi", "fey"), "芬": ("fin",),
    "夫": ("fu",), "福": ("fu",), "富": ("fu",), "弗": ("fu",),
}

# Mandarin finals as a Uyghur ear hears them, for characters outside the table (read with pypinyin).
_PINYIN_RULES = (
    (re.compile(r"^zh"), "j"), (re.compile(r"^ch"), "ch"), (re.compile(r"^sh"), "sh"), (re.compile(r"^x"), "sh"),
    (re.compile(r"^q"), "ch"), (re.compile(r"^c"), "ts"), (re.compile(r"^j"), "j"), (re.compile(r"^r"), "r"),
    (re.compile(r"iang$"), "yang"), (re.compile(r"ian$"), "yen"), (re.compile(r"ie$"), "yé"),
    (re.compile(r"ui$"), "uy"), (re.compile(r"ai$"), "ay"), (re.compile(r"ei$"), "ey"), (re.compile(r"ao$"), "aw"),
    (re.compile(r"ou$"), "o"), (re.compile(r"iu$"), "yu"), (re.compile(r"v"), "ü"), (re.compile(r"^y"), "y"),
)

MAX_VARIANTS = 12
_ALT_COST = 0.12     # each step down a character's list of readings
_CODA_COST = 0.05    # reading a closing character without its vowel, word-medially
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


def _readings(ch: str, position: int, count: int, next_ch: str | None) -> list[tuple[str, float]]:
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
    return readings


@lru_cache(maxsize=65536)
def read_word(word: str, limit: int = MAX_VARIANTS) -> tuple[tuple[str, float], ...]:
    """The most likely ULY readings of one transcribed word (no middle dot), cheapest first."""
    chars = [c for c in word if not c.isspace()]
    if not chars:
        return ()
    units = chars
    beam: list[tuple[float, str]] = [(0.0, "")]
    for pos, unit in enumerate(units):
        nxt = units[pos + 1] if pos + 1 < len(units) else None
        options = _readings(unit, pos, len(units), nxt)
        grown = [(cost + c, text + r) for cost, text in beam for r, c in options]
        best: dict[str, float] = {}
        for cost, text in grown:
            if text not in best or cost < best[text]:
                best[text] = cost
        beam = heapq.nsmallest(limit * 3, ((c, t) for t, c in best.items()))
    beam = heapq.nsmallest(limit, beam)
    return tuple((text, round(cost, 3)) for cost, text in beam)


def split_name(text: str) -> list[str]:
    """The parts of a transcribed name: split at the middle dot and its look-alikes."""
    return [p for p in re.split(r"[·・•‧∙⋅･.\-\s]+", text) if p]
