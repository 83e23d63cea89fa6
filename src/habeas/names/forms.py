"""A name in every script we can write it in (Latin/ULY, Uyghur Arabic script, Cyrillic, pinyin,
Chinese-character transcription), and which table columns hold names. Pure: no database."""

from __future__ import annotations

import unicodedata
from typing import Any

from habeas.names import phonetic, scripts, transcription

# Column headings taken as holding a person's name, besides any containing "name".
NAME_HEADINGS = frozenset({"姓名", "名字", "姓名拼音", "名称", "ئىسمى", "ئىسىم", "исми", "аты", "имя", "фио", "nom",
                           "nombre", "isim", "ism"})


def is_name_column(column: str) -> bool:
    low = column.strip().lower()
    return "name" in low or low in NAME_HEADINGS


# -- forms ---------------------------------------------------------------------------


def name_forms(name: str) -> dict[str, Any]:
    """A name in every script we can write it in, and the keys it is matched by."""
    name = unicodedata.normalize("NFC", name).strip()
    script = scripts.script_of(name)
    out: dict[str, Any] = {"name": name, "script": script}
    if script == "han":
        out.update(_han_forms(name))
    else:
        if script == "arabic":
            uly = _title(scripts.uey_to_uly(name))
        elif script == "cyrillic":
            out["cyrillic_orthography"] = scripts.cyrillic_language(name)
            uly = _title(scripts.latin_to_uly(scripts.cyrillic_to_latin(name)))
            if out["cyrillic_orthography"] == "kazakh":
                out["kazakh_latin"] = scripts.kazakh_to_latin(name)
            out["russian_style_latin"] = scripts.russian_to_latin(name)
        else:
            uly = scripts.latin_to_uly(name)
        out["uly"] = uly
        out["uey"] = scripts.uly_to_uey(uly)
        out["usy"] = scripts.uly_to_usy(uly)
        out["cyrillic"] = out["usy"]
        out["russian_style_latin"] = out.get("russian_style_latin") or _russian_style(uly)
        out["chinese_transcription"] = chinese_transcription(uly)
    out["keys"] = _keys(name)
    return out


def _title(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


def _russian_style(uly: str) -> str:
    """How a Russian-language document would spell a ULY name in Latin letters."""
    return scripts.russian_to_latin(scripts.uly_to_usy(uly).replace("һ", "х").replace("Һ", "Х"))


def _han_forms(name: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    parts = transcription.split_name(name)
    readings = [[r for r, _ in transcription.read_word(p, 5)] for p in parts]
    if readings and all(readings):
        best = " ".join(_title(r[0]) for r in readings)
        out["uyghur_readings"] = [{"part": p, "readings": r} for p, r in zip(parts, readings, strict=True)]
        out["uly"] = best
        out["uey"] = scripts.uly_to_uey(best)
        out["usy"] = scripts.uly_to_usy(best)
        out["cyrillic"] = out["usy"]
    han = phonetic.han_pinyin(name)
    if han:
        sur, given = (s[:1].upper() + s[1:] for s in han)
        out["pinyin"] = f"{sur} {given}"
        out["pinyin_variants"] = [f"{sur} {given}", f"{given} {sur}", f"{sur}{given}".lower()]
    else:
        from pypinyin import lazy_pinyin

        out["pinyin"] = " ".join("".join(lazy_pinyin(p)) for p in parts)
    return out


def _keys(name: str) -> list[dict[str, Any]]:
    key = phonetic.analyse(name)
    out = []
    for reading in key.readings:
        out.append({"reading": reading.kind,
                    "parts": [{"part": t.text, "full": t.variants[0].full, "shape": t.variants[0].shape,
                               "skeleton": t.variants[0].skeleton} for t in reading.tokens if t.variants]})
    return out


# ULY → Chinese characters, the inverse of the usual readings: the most common character per syllable.
_CV_CHARS = {
    "a": "阿", "e": "艾", "é": "艾", "i": "伊", "o": "奥", "u": "吾", "ö": "欧", "ü": "玉",
    "ba": "巴", "be": "拜", "bé": "别", "bi": "比", "bo": "博", "bu": "布", "bö": "博", "bü": "布",
    "pa": "帕", "pe": "排", "pé": "佩", "pi": "皮", "po": "坡", "pu": "普",
    "ta": "塔", "te": "泰", "té": "特", "ti": "提", "to": "托", "tu": "吐", "tö": "托", "tü": "吐",
    "da": "达", "de": "代", "dé": "德", "di": "迪", "do": "多", "du": "都", "dö": "多", "dü": "都",
    "ka": "卡", "ke": "凯", "ké": "克", "ki": "基", "ko": "阔", "ku": "库", "kö": "阔", "kü": "库",
    "qa": "卡", "qe": "凯", "qé": "克", "qi": "奇", "qo": "阔", "qu": "库",
    "ga": "尕", "ge": "盖", "gé": "格", "gi": "吉", "go": "高", "gu": "古", "gö": "高", "gü": "古",
    "gha": "尕", "ghe": "盖", "ghi": "吉", "gho": "高", "ghu": "古",
    "xa": "哈", "xe": "海", "xé": "赫", "xi": "希", "xo": "霍", "xu": "胡",
    "ha": "哈", "he": "海", "hé": "赫", "hi": "希", "ho": "霍", "hu": "胡",
    "ja": "加", "je": "杰", "jé": "杰", "ji": "吉", "jo": "卓", "ju": "朱", "jü": "居",
    "cha": "恰", "che": "切", "ché": "切", "chi": "其", "cho": "乔", "chu": "楚", "chü": "曲",
    "la": "拉", "le": "莱", "lé": "勒", "li": "力", "lo": "罗", "lu": "鲁", "lö": "罗", "lü": "鲁",
    "ma": "玛", "me": "买", "mé": "麦", "mi": "米", "mo": "莫", "mu": "穆", "mö": "莫", "mü": "穆",
    "na": "纳", "ne": "乃", "né": "内", "ni": "尼", "no": "诺", "nu": "努", "nö": "诺", "nü": "努",
    "ra": "热", "re": "热", "ré": "热", "ri": "日", "ro": "若", "ru": "如", "rö": "若", "rü": "如",
    "sa": "萨", "se": "赛", "sé": "色", "si": "斯", "so": "索", "su": "苏", "sö": "索", "sü": "苏",
    "sha": "沙", "she": "谢", "shé": "谢", "shi": "希", "sho": "肖", "shu": "舒", "shü": "许",
    "za": "扎", "ze": "再", "zé": "则", "zi": "孜", "zo": "佐", "zu": "祖",
    "wa": "瓦", "we": "维", "wé": "维", "wi": "维", "wo": "沃", "wu": "吾",
    "fa": "法", "fe": "菲", "fi": "菲", "fu": "福",
    "ya": "亚", "ye": "叶", "yé": "叶", "yi": "依", "yo": "约", "yu": "尤", "yü": "玉",
}
_NASAL_CHARS = {
    "an": "安", "ban": "班", "pan": "潘", "tan": "坦", "dan": "丹", "kan": "坎", "qan": "坎", "gan": "甘",
    "xan": "汗", "han": "汗", "jan": "江", "lan": "兰", "man": "曼", "nan": "南", "ran": "然", "san": "桑",
    "shan": "山", "zan": "赞", "wan": "万", "en": "恩", "men": "门", "ren": "仁", "sen": "森", "wen": "文",
    "in": "银", "min": "敏", "lin": "林", "jin": "金", "sun": "逊", "tun": "吞", "dun": "顿", "lun": "伦",
    "kun": "昆", "qun": "昆", "yen": "燕", "ming": "明", "ding": "丁", "ning": "宁", "ying": "英",
}
_CODA_CHARS = {
    "m": "木", "t": "提", "p": "甫", "f": "夫", "k": "克", "q": "克", "r": "尔", "l": "力", "s": "斯", "sh": "什",
    "z": "孜", "b": "布", "d": "德", "g": "格", "gh": "格", "x": "赫", "h": "赫", "n": "尼", "ch": "其",
    "j": "吉", "y": "依", "w": "吾", "ng": "昂", "zh": "日",
}


def chinese_transcription(uly: str) -> str:
    """A likely Chinese-character rendering of a ULY name, part by part, joined by middle dots."""
    words = [w for w in phonetic.TOKEN_SPLIT.split(scripts.latin_to_uly(uly).lower()) if w]
    return "·".join(_transcribe_word(w) for w in words)


def _transcribe_word(word: str) -> str:
    letters = [x for x in scripts._uly_letters(word) if x != "'"]
    out: list[str] = []
    i = 0
    vowels = scripts.ULY_VOWELS
    while i < len(letters):
        cur = letters[i]
        nxt = letters[i + 1] if i + 1 < len(letters) else ""
        after = letters[i + 2] if i + 2 < len(letters) else ""
        if cur in vowels:
            if nxt == "n" and after not in vowels and cur + "n" in _NASAL_CHARS:
                out.append(_NASAL_CHARS[cur + "n"])
                i += 2
                continue
            out.append(_CV_CHARS.get(cur, ""))
            i += 1
            continue
        if nxt in vowels:
            third = letters[i + 3] if i + 3 < len(letters) else ""
            nasal = cur + nxt + "n"
            if after == "n" and third not in vowels and nasal in _NASAL_CHARS:
                out.append(_NASAL_CHARS[nasal])
                i += 3
                continue
            syl = _CV_CHARS.get(cur + nxt)
            if syl:
                out.append(syl)
                i += 2
                continue
        out.append(_CODA_CHARS.get(cur, ""))
        i += 1
    return "".join(out)


