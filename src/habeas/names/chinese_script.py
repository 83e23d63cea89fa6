"""Traditional and simplified Chinese characters read as one: 陳全國 and 陈全国, 張春賢 and 张春贤 are
the same name. Hong Kong, Taiwan and overseas media write traditional characters, mainland records
simplified ones; analysis, search and the name finder all read a traditional character as its
simplified form, one character for one (so offsets in a text hold), from OpenCC's character table
(the pinned ``opencc-python-reimplemented``)."""

from __future__ import annotations

import functools
import re


@functools.cache
def _simplified_forms() -> dict[int, str]:
    """Each traditional character's simplified form, one character for one (OpenCC's character table,
    the first form where it gives several: 乾 is 干 or 乾, and the first is read). A form that is
    itself traditional is followed to its end (薴 → 苧 → 苎), so reading a text twice changes nothing."""
    from importlib.resources import files

    table = files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8")
    first: dict[str, str] = {}
    for line in table.splitlines():
        traditional, _, forms = line.partition("\t")
        form = forms.split(" ")[0]
        if len(traditional) == 1 and len(form) == 1 and form != traditional:
            first[traditional] = form
    out: dict[int, str] = {}
    for traditional, form in first.items():
        seen = {traditional}
        while form in first and form not in seen:
            seen.add(form)
            form = first[form]
        out[ord(traditional)] = form
    return out


def simplified(text: str) -> str:
    """The text in simplified characters, the same length (one character for one, so offsets hold):
    a page in traditional characters (香港, 台灣, 自由亞洲電台) is read as its simplified form, 熊選國
    as 熊选国; every other character is left as it is."""
    return text.translate(_simplified_forms())


@functools.cache
def _written_as() -> dict[str, str]:
    """Each simplified character that has traditional forms, with all the characters read as it
    (itself first): 陈 → 陈陳."""
    out: dict[str, str] = {}
    for traditional, form in sorted(_simplified_forms().items()):
        out[form] = out.get(form, form) + chr(traditional)
    return out


def either_form(text: str) -> str:
    """A regular expression that finds ``text`` however a page writes it, in traditional or simplified
    characters (a character in neither is itself): what ``simplified`` reads as one, found in the
    page's own characters, so a hit on 陳全國 is marked where the page writes 陳全國."""
    written_as = _written_as()
    out: list[str] = []
    for ch in text:
        forms = written_as.get(simplified(ch))
        out.append(f"[{''.join(re.escape(f) for f in forms)}]" if forms else re.escape(ch))
    return "".join(out)
