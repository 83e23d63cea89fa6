"""Generated detainee-list rows for the record linkage bench: people made from general syllable
tables (no real names, nothing read from ../shared/eval), each written one to four times the way
leaked lists write them: Uyghur Latin (ULY), English-style spellings (kh/x, q/k, ch/c), Arabic
script, Cyrillic, Chinese transcription, given and father's name in either order, typing errors,
a birth date or ID number with a typo, and missing fields.

    generate(rows, seed) -> (rows as dicts for habeas.resolve.splink_model, the set of true pairs)
"""

from __future__ import annotations

import random
from datetime import date
from functools import lru_cache
from typing import Any

from habeas.names import scripts
from habeas.names.forms import chinese_transcription
from habeas.names.idnumber import check_char

ONSETS = ["", "b", "ch", "d", "g", "gh", "h", "j", "k", "l", "m", "n", "p", "q", "r", "s", "sh", "t", "x", "y", "z"]
NUCLEI = ["a", "e", "i", "o", "u", "ö", "ü", "é"]
CODAS = ["", "", "", "l", "m", "n", "r", "s", "t", "k", "ng", "sh", "y", "q"]
ENDINGS = ["jan", "gül", "nisa", "bek", "ali", "din", "xan", "niyaz", "tursun", "mehmet", "", "", "", "", ""]
REGIONS = [
    "650102",
    "650103",
    "650104",
    "650105",
    "650106",
    "650121",
    "652101",
    "652201",
    "652301",
    "652701",
    "652801",
    "652901",
    "653001",
    "653101",
    "653201",
    "654002",
    "654201",
    "654301",
]
SPELLINGS = [
    ("x", "kh"),
    ("q", "k"),
    ("ch", "c"),
    ("é", "e"),
    ("ö", "o"),
    ("ü", "u"),
    ("gh", "g"),
    ("sh", "sh"),
    ("j", "zh"),
    ("y", "i"),
]


def _syllable(rng: random.Random) -> str:
    return rng.choice(ONSETS) + rng.choice(NUCLEI) + rng.choice(CODAS)


def _name_part(rng: random.Random) -> str:
    word = "".join(_syllable(rng) for _ in range(rng.choice((1, 2, 2, 2, 3)))) + rng.choice(ENDINGS)
    return word[:1].upper() + word[1:]


def _typo(rng: random.Random, text: str) -> str:
    if len(text) < 3:
        return text
    i = rng.randrange(1, len(text) - 1)
    kind = rng.random()
    if kind < 0.3:
        return text[:i] + text[i + 1 :]  # a letter dropped
    if kind < 0.6:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]  # two letters swapped
    return text[:i] + rng.choice("aeiouklmnrst") + text[i + 1 :]  # a letter mistyped


@lru_cache(maxsize=500_000)
def _english(uly: str, pattern: int) -> str:
    out = uly
    for bit, (a, b) in enumerate(SPELLINGS):
        if pattern >> bit & 1:
            out = out.replace(a, b)
    return out


@lru_cache(maxsize=500_000)
def _script(uly: str, which: str) -> str:
    if which == "uey":
        return scripts.uly_to_uey(uly)
    if which == "usy":
        return scripts.uly_to_usy(uly)
    return chinese_transcription(uly)


STYLES = ("uly", "english", "english2", "uey", "usy", "han")
STYLE_WEIGHTS = (0.55, 0.12, 0.08, 0.10, 0.07, 0.08)


def _forms(rng: random.Random, part: str) -> dict[str, str]:
    """One name part in every way a list writes it (computed once per part, not per row)."""
    low = part.lower()
    return {
        "uly": part,
        "english": _english(low, rng.randrange(1 << len(SPELLINGS))).title(),
        "english2": _english(low, rng.randrange(1 << len(SPELLINGS))).title(),
        "uey": scripts.uly_to_uey(low),
        "usy": scripts.uly_to_usy(low).title(),
        "han": chinese_transcription(low),
    }


def generate(rows: int, seed: int = 7) -> tuple[list[dict[str, Any]], set[frozenset[int]]]:
    """About ``rows`` rows; people appear 1 to 4 times (most once). Returns rows and true pairs."""
    import numpy as np

    rng = random.Random(seed)
    npr = np.random.default_rng(seed)
    givens = [_forms(rng, _name_part(rng)) for _ in range(6000)]
    fathers = [_forms(rng, _name_part(rng)) for _ in range(9000)]
    places = [_name_part(rng) + rng.choice((" yéza", " kent", " mehelle")) for _ in range(3000)]
    people = rows * 2 // 3 + 1
    copies = npr.choice([1, 2, 3, 4], size=people, p=[0.6, 0.25, 0.1, 0.05])
    copies = copies[: int(np.searchsorted(np.cumsum(copies), rows)) + 1]
    person = np.repeat(np.arange(len(copies)), copies)[:rows]
    n = len(person)
    p_given = npr.integers(0, len(givens), len(copies))[person]
    p_father = npr.integers(0, len(fathers), len(copies))[person]
    p_born = npr.integers(0, 70 * 365, len(copies))[person]
    p_place = npr.integers(0, len(places), len(copies))[person]
    p_sex = npr.integers(0, 2, len(copies))[person]
    p_seq = npr.integers(0, 1000, len(copies))[person]
    p_region = npr.integers(0, len(REGIONS), len(copies))[person]
    style = npr.choice(len(STYLES), size=n, p=STYLE_WEIGHTS)
    roll = npr.random((n, 7))
    start = date(1940, 1, 1).toordinal()
    dates = [date.fromordinal(start + d).isoformat() for d in range(70 * 365)]
    out: list[dict[str, Any]] = []
    for i in range(n):
        st = STYLES[style[i]]
        g, f = givens[p_given[i]][st], fathers[p_father[i]][st]
        if st == "han":
            name = g + "·" + f
        else:
            parts = [f, g] if roll[i, 0] < 0.1 and st not in ("uey",) else [g, f]
            if roll[i, 1] < 0.12 and st in ("uly", "english", "english2", "usy"):
                k = int(roll[i, 1] * 100) % 2
                parts[k] = _typo(rng, parts[k])
            name = " ".join(parts)
        born = dates[p_born[i]]
        ymd = born.replace("-", "")
        idn: str | None = None
        if roll[i, 2] < 0.6:
            first17 = REGIONS[p_region[i]] + ymd + f"{p_seq[i]:03d}"
            idn = first17 + check_char(first17)
        if idn and roll[i, 3] < 0.05:
            idn = _typo(rng, idn)
        birth: str | None = born
        if roll[i, 4] < 0.05:
            birth = _typo(rng, ymd)
        elif roll[i, 4] > 0.85:
            birth = None
        out.append(
            {
                "uid": i,
                "source": "list",
                "name": name,
                "birth": birth,
                "id_number": idn,
                "place": places[p_place[i]] if roll[i, 5] < 0.85 else None,
                "sex": "MF"[p_sex[i]] if roll[i, 6] < 0.9 else None,
            }
        )
    truth: set[frozenset[int]] = set()
    bounds = np.flatnonzero(np.diff(person)) + 1
    for group in np.split(np.arange(n), bounds):
        if len(group) > 1:
            ids = group.tolist()
            truth.update(frozenset((a, b)) for a in ids for b in ids if a < b)
    return out, truth
