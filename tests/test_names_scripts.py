"""Script conversion: UEY ↔ ULY ↔ USY both ways, Kazakh and Russian Cyrillic to Latin."""

from __future__ import annotations

import pytest

from habeas.names import scripts

# (ULY, UEY, USY): names and words that exercise every letter, the digraphs and the hamza.
WORDS = [
    ("Ilham", "ئىلھام", "Илһам"),
    ("Toxti", "توختى", "Тохти"),
    ("Abduréhim", "ئابدۇرېھىم", "Абдуреһим"),
    ("Gülnar", "گۈلنار", "Гүлнар"),
    ("Rabiye", "رابىيە", "Рабийә"),
    ("Qadir", "قادىر", "Қадир"),
    ("Yusup", "يۇسۇپ", "Юсуп"),
    ("Eysa", "ئەيسا", "Әйса"),
    ("Chong", "چوڭ", "Чоң"),
    ("Ghoja", "غوجا", "Ғоҗа"),
    ("Zhurnal", "ژۇرنال", "Журнал"),
    ("Shöhret", "شۆھرەت", "Шөһрәт"),
    ("Mesüd", "مەسۈد", "Мәсүд"),
    ("Wapa", "ۋاپا", "Вапа"),
    ("Féruze", "فېرۇزە", "Феруз\u04d9"),
    ("Nurmuhemmet", "نۇرمۇھەممەت", "Нурмуһәммәт"),
]


@pytest.mark.parametrize(("uly", "uey", "usy"), WORDS, ids=[w[0] for w in WORDS])
def test_uly_to_uey_and_back(uly: str, uey: str, usy: str) -> None:
    assert scripts.uly_to_uey(uly) == uey
    assert scripts.uey_to_uly(uey) == uly.lower()


@pytest.mark.parametrize(("uly", "uey", "usy"), WORDS, ids=[w[0] for w in WORDS])
def test_uly_to_usy_and_back(uly: str, uey: str, usy: str) -> None:
    assert scripts.uly_to_usy(uly) == usy
    assert scripts.usy_to_uly(usy) == uly


@pytest.mark.parametrize(("uly", "uey", "usy"), WORDS, ids=[w[0] for w in WORDS])
def test_uey_usy_both_ways(uly: str, uey: str, usy: str) -> None:
    assert scripts.uey_to_usy(uey).lower() == usy.lower()
    assert scripts.usy_to_uey(usy) == uey


def test_hamza_after_a_vowel_and_after_a_consonant() -> None:
    assert scripts.uly_to_uey("mes'ul") == "مەسئۇل"          # hamza after a consonant: apostrophe in ULY
    assert scripts.uey_to_uly("مەسئۇل") == "mes'ul"
    assert scripts.uly_to_uey("tebiiy") == "تەبىئىي"          # vowel after vowel: hamza seat, no apostrophe
    assert scripts.uey_to_uly("تەبىئىي") == "tebiiy"


def test_apostrophe_splits_a_would_be_digraph() -> None:
    assert scripts.uly_to_uey("sen'get") == "سەنگەت"          # n + g, not ng
    assert scripts.uey_to_uly("سەنگەت") == "sen'get"
    assert scripts.uly_to_uey("seng") == "سەڭ"
    assert scripts.uey_to_uly("ئىسھاق") == "is'haq"           # s + h, not sh


def test_variant_arabic_code_points_are_folded() -> None:
    # Arabic kaf/yeh/heh instead of the Uyghur letters, as in text typed on an Arabic keyboard
    assert scripts.uey_to_uly("ئىلهام") == "ilham"


def test_full_names_keep_words_and_capitals() -> None:
    assert scripts.uly_to_uey("Ilham Toxti") == "ئىلھام توختى"
    assert scripts.uly_to_usy("Ilham Toxti") == "Илһам Тохти"
    assert scripts.usy_to_uly("Илһам Тохти") == "Ilham Toxti"


@pytest.mark.parametrize(("cyr", "lat"), [
    ("Нұрсұлтан", "Nūrsūltan"),
    ("Әбішұлы", "Äbişūlı"),
    ("Қасым-Жомарт Тоқаев", "Qasym-Jomart Toqaev".replace("Qasym", "Qasım")),
    ("Сайрагүл Сауытбай", "Sairagül Sauıtbai"),
    ("Шыңғыс", "Şyñğys".replace("y", "ı")),
])
def test_kazakh_cyrillic_to_latin(cyr: str, lat: str) -> None:
    assert scripts.kazakh_to_latin(cyr) == lat


def test_russian_cyrillic_to_latin() -> None:
    assert scripts.russian_to_latin("Абдурахманов Хасан") == "Abdurakhmanov Khasan"
    assert scripts.russian_to_latin("Сергей Лавров") == "Sergey Lavrov"


@pytest.mark.parametrize(("text", "lang"), [
    ("Илһам Тохти", "uyghur"), ("Нұрсұлтан Назарбаев", "kazakh"), ("Сергей Лавров", "russian"),
    ("Ғоҗа", "uyghur"),
])
def test_cyrillic_orthography_is_recognised(text: str, lang: str) -> None:
    assert scripts.cyrillic_language(text) == lang


@pytest.mark.parametrize(("text", "script"), [
    ("Ilham Tohti", "latin"), ("ئىلھام توختى", "arabic"), ("Илһам Тохти", "cyrillic"), ("伊力哈木·土赫提", "han"),
])
def test_script_of(text: str, script: str) -> None:
    assert scripts.script_of(text) == script


@pytest.mark.parametrize(("english", "uly"), [
    ("Tokhti", "Toxti"), ("Kadeer", "Kadir"), ("Dzhamal", "Jamal"), ("Abdulvahit", "Abdulwahit"),
])
def test_english_spellings_made_uly_like(english: str, uly: str) -> None:
    assert scripts.latin_to_uly(english) == uly
