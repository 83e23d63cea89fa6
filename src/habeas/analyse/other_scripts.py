"""A name's forms in other scripts, as an English page writes them beside it: "Zhu Hailun (Chinese: 朱海仑;
born 1958)", "Rahile Dawut (Uyghur: راھىلە داۋۇت)", "Sun Lijuan 孙丽娟", "Hoshine Silicon Industry Co., Ltd.
(合盛硅业股份有限公司)". Each form becomes a mention of the same person or body, so the entity carries its
Chinese, Arabic-script and Cyrillic names and joins the documents that write it in those scripts."""

from __future__ import annotations

import re

from habeas.analyse import tables as t
from habeas.analyse.chinese_words import dictionary_tag
from habeas.analyse.english import known_place
from habeas.analyse.model import Mention
from habeas.names.chinese_script import simplified

_CJK_NAME = r"[\u4e00-\u9fff](?:[\u4e00-\u9fff·・•]{0,28}[\u4e00-\u9fff])?"
_ARABIC_NAME = r"[\u0600-\u06ff]+(?:[ \u200c][\u0600-\u06ff]+){0,4}"
_CYRILLIC_NAME = r"[\u0400-\u04ff]+(?:[ \-][\u0400-\u04ff]+){0,4}"
_FORM = re.compile(rf"{_CJK_NAME}|{_ARABIC_NAME}|{_CYRILLIC_NAME}")

# a bracket opened right after the name, its items set apart by semicolons or commas, each perhaps labelled
# with its language or script ("Chinese:", "simplified Chinese:", "Chinese Simplified:", "Uyghur:")
_BRACKET_AFTER = re.compile(r"[ \t]*[(（](?P<inside>[^()（）\n]{1,160})[)）]")
_ITEM = re.compile(r"[^;,；，、]+")
_LABEL = re.compile(r"[ \t]*(?:[A-Za-z][A-Za-z .\-]{0,30}[:：])?[ \t]*")
# Chinese characters written right after the name, with no bracket ("Sun Lijuan 孙丽娟")
_CJK_AFTER = re.compile(rf"[ \t]+(?P<form>{_CJK_NAME})(?![\u4e00-\u9fff])")

_NAMED = (t.PERSON, t.ORGANIZATION, t.PUBLIC_BODY)
# the longest forms a person's name takes in Chinese characters: a Han name, a transcription with its dots
_MOST_HAN_NAME = 4
_MOST_PERSON_CHARS = 16


def other_script_forms(mentions: list[Mention], pages: dict[int, str], skip: set[int]) -> list[Mention]:
    """The forms in other scripts that English pages write beside their people's and bodies' names, each
    a mention with the name's canonical; none where another mention holds the place."""
    taken = {(m.page, m.start) for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        if m.type not in _NAMED or m.page in skip or m.page not in pages:
            continue
        for start, form in _forms_after(pages[m.page], _past_name_tail(pages[m.page], m)):
            if (m.page, start) in taken or not _fits(form, m.type):
                continue
            taken.add((m.page, start))
            # the page says the two names are one: joined across documents too ("strong")
            end, canonical = start + len(form), m.canonical or m.name
            out.append(Mention(m.page, start, end, form, form, m.type, m.priority, canonical=canonical, strong=True))
    return out


# what Hong Kong's and Singapore's reports write between a person's name and its Chinese form: the English given
# name and the letters after the name, each after a comma ("HO Ka-chun, Richard, JP (何家俊)")
_NAME_TAIL = re.compile(r"(?:,[ \t]+(?:[A-Z][a-z]+|[A-Z]{2,5}))*(?=[ \t]*[(（])")


def _past_name_tail(text: str, m: Mention) -> int:
    """Where a mention's name ends, past a person's English given name and letters after a comma (``_NAME_TAIL``)
    where a bracket follows them."""
    if m.type != t.PERSON:
        return m.end
    tail = _NAME_TAIL.match(text, m.end)
    return tail.end() if tail else m.end


def _forms_after(text: str, end: int) -> list[tuple[int, str]]:
    """Each name in another script in the bracket right after ``end``, or in Chinese characters right after
    it, with its offset."""
    bracket = _BRACKET_AFTER.match(text, end)
    if bracket is None:
        after = _CJK_AFTER.match(text, end)
        return [(after.start("form"), after.group("form"))] if after else []
    out = []
    for item in _ITEM.finditer(text, bracket.start("inside"), bracket.end("inside")):
        label = _LABEL.match(text, item.start(), item.end())
        start = label.end() if label else item.start()
        form = _FORM.fullmatch(text[start : item.end()].rstrip())
        if form is not None:
            out.append((start, form.group(0)))
    return out


def _fits(form: str, kind: str) -> bool:
    """A person's name in Chinese characters is a Han name of two to four characters that opens with a surname
    and is no ordinary word ("Li Wei 老师", "Wang Yi (外交部长)": a title), or a transcription with its dots; a
    body's may be long; none is a place ("… Ministry (中国)"); a name in the other scripts is five words at most."""
    if len(form) < 2:
        return False
    if not re.match(_CJK_NAME, form):
        return True
    if known_place(form):
        return False
    if kind != t.PERSON:
        return True
    if "·" in form:
        return len(form) <= _MOST_PERSON_CHARS
    return len(form) <= _MOST_HAN_NAME and _han_name_shaped(form)


def _han_name_shaped(form: str) -> bool:
    """Whether Chinese characters may be a Han name: a surname first, and no word the dictionary holds other
    than as a name."""
    form = simplified(form)  # "馬麗華", as Hong Kong and Taiwan write it, is 马丽华
    if form[0] not in t.HAN_SURNAMES and not form.startswith(t.HAN_COMPOUND_SURNAMES):
        return False
    tag = dictionary_tag(form)
    return not tag or tag.startswith("nr")
