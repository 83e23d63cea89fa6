"""A name in every script we can write it in (Latin/ULY, Uyghur Arabic script, Cyrillic, pinyin,
Chinese-character transcription), and which table columns hold names. Pure: no database."""

from __future__ import annotations

import unicodedata
from typing import Any

from habeas.names import phonetic, romanisation, scripts, transcription

# Column headings taken as holding a person's name, besides any containing "name".
NAME_HEADINGS = frozenset(
    {"姓名", "名字", "姓名拼音", "名称", "ئىسمى", "ئىسىم", "исми", "аты", "имя", "фио", "nom", "nombre", "isim", "ism"}
)


def is_name_column(column: str) -> bool:
    low = column.strip().lower()
    return "name" in low or low in NAME_HEADINGS


# -- forms ---------------------------------------------------------------------------

CHINESE_CANDIDATES = 8  # how many Chinese-character renderings `name_forms` lists, likeliest first


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
            orthography = out["cyrillic_orthography"] = scripts.cyrillic_language(name)
            if orthography == "russian":  # Russian spelling of a Uyghur name: х is both ھ and خ
                uly = _title(romanisation.to_uly(scripts.russian_to_latin(name), romanisation.RUSSIAN))
            else:
                uly = _title(scripts.latin_to_uly(scripts.cyrillic_to_latin(name)))
            if orthography == "kazakh":
                out["kazakh_latin"] = scripts.kazakh_to_latin(name)
            out["russian_style_latin"] = scripts.russian_to_latin(name)
        else:
            uly = romanisation.to_uly(name)
        out["uly"] = uly
        out["uey"] = scripts.uly_to_uey(uly)
        out["usy"] = scripts.uly_to_usy(uly)
        out["cyrillic"] = out["usy"]
        out["russian_style_latin"] = out.get("russian_style_latin") or _russian_style(uly)
        candidates = [text for text, _ in chinese_renderings(name, CHINESE_CANDIDATES, uly=uly)]
        out["chinese_transcription"] = candidates[0] if candidates else ""
        out["chinese_candidates"] = candidates
    out["keys"] = _keys(name)
    return out


PINYIN_SHARE = 6  # of a Han name in pinyin's Chinese candidates, how many are read as pinyin


def chinese_renderings(name: str, limit: int, *, uly: str | None = None) -> list[tuple[str, float]]:
    """The likeliest Chinese-character forms of a name not written in them, best first, as (text,
    cost): a Han name in pinyin by its characters (Hu Jintao 胡锦涛, ``hanzi_names``), then, or only,
    as a Uyghur name transcribed syllable by syllable (``transcription``)."""
    from habeas.names import hanzi_names

    uly = uly if uly is not None else _uly_of(name)
    uyghur = transcription.chinese_candidates(uly, limit, loose=_english_style(name))
    if not name.isascii() or not hanzi_names.is_pinyin_name(name):
        return uyghur
    han = list(hanzi_names.candidates(name, limit))
    keep = max(limit - PINYIN_SHARE, 1)
    return [*han[: limit - keep], *uyghur[:keep]] if len(han) >= limit - keep else [*han, *uyghur][:limit]


def rendering_parts(name: str, limit: int = 16) -> tuple[list[list[str]], str]:
    """The Chinese renderings of each part of a name (likeliest first) and how the parts are joined:
    a Han name's family and given name written together, a Uyghur name's parts with a middle dot."""
    from habeas.names import hanzi_names

    if name.isascii() and hanzi_names.is_pinyin_name(name):
        return hanzi_names.part_variants(name, limit), ""
    return transcription.part_variants(_uly_of(name), limit, loose=_english_style(name)), "·"


def _english_style(name: str) -> bool:
    """Whether a name is in Latin letters not in ULY (no é, ö, ü): an a may then stand for e."""
    return scripts.script_of(name) == "latin" and name.isascii()


def _uly_of(name: str) -> str:
    script = scripts.script_of(name)
    if script == "arabic":
        return _title(scripts.uey_to_uly(name))
    if script == "latin":
        return romanisation.to_uly(name)
    return str(name_forms(name).get("uly") or name)


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
        out.append(
            {
                "reading": reading.kind,
                "parts": [
                    {
                        "part": t.text,
                        "full": t.variants[0].full,
                        "shape": t.variants[0].shape,
                        "skeleton": t.variants[0].skeleton,
                    }
                    for t in reading.tokens
                    if t.variants
                ],
            }
        )
    return out


def chinese_transcription(uly: str) -> str:
    """The likeliest Chinese-character rendering of a ULY name, parts joined by middle dots (English-style
    digraphs such as kh are folded first, as before)."""
    candidates = transcription.chinese_candidates(scripts.latin_to_uly(uly), 1)
    return candidates[0][0] if candidates else ""
