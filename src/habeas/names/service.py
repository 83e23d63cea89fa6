"""Name operations over a case store: a name in every script, and finding a person in table rows.

A lookup is an investigative act about a real person: the query is never written in plain text to
the audit log or anywhere else. The audit entry records that a lookup happened, by whom, how many
results it gave, and a keyed hash of the query (HMAC-SHA-256 with a secret kept in the store
folder), so that a repeated lookup can be recognised without the name being readable.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from habeas.names import match as matching
from habeas.names import phonetic, scripts, transcription
from habeas.names.restricted import hidden_records
from habeas.names.tables import NameKey, NameKeyColumn
from habeas.store import audit
from habeas.store.keys import store_secret
from habeas.store.models import Document, Record
from habeas.store.store import Store

# Column headings taken as holding a person's name, besides any containing "name".
NAME_HEADINGS = frozenset({"姓名", "名字", "姓名拼音", "名称", "ئىسمى", "ئىسىم", "исми", "аты", "имя", "фио", "nom",
                           "nombre", "isim", "ism"})
CANDIDATES = 600          # rows kept after the fast key filter, before full scoring
KEY_BATCH = 2000
SALT_FILE = "names.key"


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


# -- the names index -----------------------------------------------------------------


def _document_columns(document: Document) -> set[str]:
    meta = document.meta or {}
    cols = set(meta.get("columns") or [])
    for sheet in meta.get("sheets") or []:
        cols.update(sheet.get("columns") or [])
    return {str(c) for c in cols}


def sync_name_keys(store: Store, extra_columns: Iterable[str] = ()) -> int:
    """Key every name cell not keyed yet (name columns, plus ``extra_columns``); returns how many."""
    extra = {c.strip().lower() for c in extra_columns if c.strip()}
    written = 0
    with store.db.reading() as session:
        done = {(d, c) for d, c in session.execute(select(NameKeyColumn.document_id, NameKeyColumn.column))}
        docs = session.scalars(select(Document).where(Document.id.in_(
            select(Record.document_id).distinct()))).all()
        todo: list[tuple[str, list[str]]] = []
        for doc in docs:
            cols = sorted(c for c in _document_columns(doc) if is_name_column(c) or c.strip().lower() in extra)
            missing = [c for c in cols if (doc.id, c) not in done]
            if missing:
                todo.append((doc.id, missing))
    for doc_id, cols in todo:
        written += _key_document(store, doc_id, cols)
    return written


def _key_document(store: Store, doc_id: str, columns: list[str]) -> int:
    rows: list[dict[str, Any]] = []
    counts = dict.fromkeys(columns, 0)
    keys_of: dict[str, str] = {}  # names repeat in real tables: key each spelling once
    with store.db.reading() as session:
        for record_id, values in session.execute(
                select(Record.id, Record.values).where(Record.document_id == doc_id)).yield_per(KEY_BATCH):
            for col in columns:
                value = values.get(col)
                if value is None:
                    continue
                name = str(value).strip()
                if not name or len(name) > 200:
                    continue
                keys = keys_of.get(name)
                if keys is None:
                    keys = keys_of[name] = phonetic.index_keys(name)
                rows.append({"record_id": record_id, "document_id": doc_id, "column": col, "name": name,
                             "keys": keys})
                counts[col] += 1
    with store.db.transaction() as session:
        session.execute(delete(NameKey).where(NameKey.document_id == doc_id, NameKey.column.in_(columns)))
        session.execute(delete(NameKeyColumn).where(NameKeyColumn.document_id == doc_id,
                                                    NameKeyColumn.column.in_(columns)))
        for start in range(0, len(rows), KEY_BATCH * 5):
            session.execute(insert(NameKey), rows[start:start + KEY_BATCH * 5])
        session.add_all(NameKeyColumn(document_id=doc_id, column=c, names=n) for c, n in counts.items())
    return len(rows)


# -- lookups -------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    id: str
    name: str
    score: float
    kind: str
    why: str
    document_id: str
    sheet: str
    row: int
    column: str

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "score": self.score, "kind": self.kind, "why": self.why,
                "document_id": self.document_id, "sheet": self.sheet, "row": self.row, "column": self.column}


def query_hash(store: Store, query: str) -> str:
    """A keyed hash of a query, so that the audit log never holds the name itself."""
    key = store_secret(Path(store.settings.store), SALT_FILE)
    norm = unicodedata.normalize("NFC", query).strip().lower()
    return hmac.new(key, norm.encode("utf-8"), hashlib.sha256).hexdigest()


def match_names(store: Store, query: str, *, limit: int = 10, columns: Iterable[str] = (), case: str | None = None,
                only_columns: bool = False, actor: str = "owner", min_score: float = 0.5,
                see_restricted: bool = False) -> dict[str, Any]:
    """People and rows whose name matches ``query`` in any script, best first, each with why. Rows
    marked restricted are left out unless ``see_restricted``."""
    query = unicodedata.normalize("NFC", query).strip()
    if not query:
        raise ValueError("an empty name matches nothing")
    columns = [c for c in columns if c.strip()]
    sync_name_keys(store, columns)
    qkey = phonetic.analyse(query)
    wanted = {c.strip().lower() for c in columns}
    with store.db.reading() as session:
        candidates = _candidates(session, qkey, query, wanted, only_columns, case)
        if not see_restricted:
            hidden = hidden_records(session, (c.record_id for c in candidates))
            candidates = [c for c in candidates if c.record_id not in hidden]
    by_name: dict[str, matching.Result] = {}
    scored: list[Match] = []
    for row in candidates:
        res = by_name.get(row.name)
        if res is None:
            res = matching.compare(query, row.name)
            by_name[row.name] = res
        if res.score < min_score:
            continue
        scored.append(Match(id=f"record:{row.record_id}", name=row.name, score=round(res.score, 4), kind="record",
                            why=f"{res.why()}; column {row.column!r}", document_id=row.document_id,
                            sheet=row.sheet, row=row.row_number, column=row.column))
    scored.sort(key=lambda m: (-m.score, m.name, m.document_id, m.sheet, m.row, m.column))
    results = scored[:limit] if limit > 0 else scored
    with store.db.transaction() as session:
        audit.append(session, actor, "names.lookup", case_name=case,
                     details={"query_hmac": query_hash(store, query), "results": len(results),
                              "columns": sorted(columns)})
    return {"query": query, "matches": [m.as_dict() for m in results]}


def _id_keys(session: Session, columns: list[str], case: str | None) -> list[tuple[int, str]]:
    """(id, keys) of every name in these columns: hundreds of thousands of rows, read through the
    driver's own cursor (plain tuples, no ORM rows)."""
    conn = session.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    # Only placeholders are formatted into the SQL; the values go as parameters.
    marks = ", ".join([mark] * len(columns))
    sql = f'SELECT n.id, n.keys FROM name_keys n WHERE n."column" IN ({marks})'  # nosec B608
    params: list[Any] = list(columns)
    if case:
        sql += (f" AND n.document_id IN (SELECT d.id FROM documents d JOIN cases c ON c.id = d.case_id"  # nosec B608
                f" WHERE c.name = {mark})")
        params.append(case)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, params)
        return [(int(i), str(k)) for i, k in cursor.fetchall()]
    finally:
        cursor.close()


@dataclass(frozen=True)
class _Row:
    record_id: int
    document_id: str
    column: str
    name: str
    sheet: str
    row_number: int


def _candidates(session: Session, qkey: phonetic.NameKey, query: str, wanted: set[str], only_columns: bool,
                case: str | None) -> list[_Row]:
    """Rows worth scoring in full: those whose keys are close to the query's (vectorised, in C)."""
    import numpy as np
    from rapidfuzz import fuzz, process

    known = sorted(set(session.scalars(select(NameKeyColumn.column).distinct())))
    columns = [c for c in known if c.strip().lower() in wanted or (not only_columns and is_name_column(c))]
    if not columns:
        return []
    rows = _id_keys(session, columns, case)
    if not rows:
        return []
    qkeys = [k for k in phonetic.index_keys(query).split("|") if k]
    if len(rows) <= CANDIDATES or not qkeys:
        keep = [r[0] for r in rows]
    else:
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        flat: list[str] = []
        owner: list[int] = []
        for i, (_, keys) in enumerate(rows):
            if "|" in keys:
                for k in keys.split("|"):
                    flat.append(k)
                    owner.append(i)
            else:
                flat.append(keys)
                owner.append(i)
        scores = process.cdist(qkeys, flat, scorer=fuzz.token_sort_ratio, dtype=np.float32, workers=-1).max(axis=0)
        best = np.zeros(len(rows), dtype=np.float32)
        np.maximum.at(best, np.asarray(owner, dtype=np.int64), scores)
        order = np.argsort(-best, kind="stable")
        cut = best[order[CANDIDATES - 1]]
        top = order[: CANDIDATES * 2]
        keep = ids[top[best[top] >= cut]].tolist()  # the best, and rows tied with the last of them, up to a bound
        exact = session.scalars(select(NameKey.id).where(NameKey.name == query, NameKey.column.in_(columns)))
        keep = list(dict.fromkeys([*keep, *exact]))
    out: list[_Row] = []
    for start in range(0, len(keep), 900):
        chunk = keep[start:start + 900]
        stmt2 = (select(NameKey.record_id, NameKey.document_id, NameKey.column, NameKey.name, Record.sheet,
                        Record.row_number).join(Record, Record.id == NameKey.record_id).where(NameKey.id.in_(chunk)))
        out.extend(_Row(*r) for r in session.execute(stmt2))
    return out
