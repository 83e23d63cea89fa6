"""Script conversion: UEY ↔ ULY ↔ USY both ways, Kazakh and Russian Cyrillic to Latin."""

from __future__ import annotations

import pytest

from habeas.names import forms, romanisation, scripts

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
    assert scripts.uly_to_uey("mes'ul") == "مەسئۇل"  # hamza after a consonant: apostrophe in ULY
    assert scripts.uey_to_uly("مەسئۇل") == "mes'ul"
    assert scripts.uly_to_uey("tebiiy") == "تەبىئىي"  # vowel after vowel: hamza seat, no apostrophe
    assert scripts.uey_to_uly("تەبىئىي") == "tebiiy"


def test_apostrophe_splits_a_would_be_digraph() -> None:
    assert scripts.uly_to_uey("sen'get") == "سەنگەت"  # n + g, not ng
    assert scripts.uey_to_uly("سەنگەت") == "sen'get"
    assert scripts.uly_to_uey("seng") == "سەڭ"
    assert scripts.uey_to_uly("ئىسھاق") == "is'haq"  # s + h, not sh


def test_variant_arabic_code_points_are_folded() -> None:
    # Arabic kaf/yeh/heh instead of the Uyghur letters, as in text typed on an Arabic keyboard
    assert scripts.uey_to_uly("ئىلهام") == "ilham"


def test_full_names_keep_words_and_capitals() -> None:
    assert scripts.uly_to_uey("Ilham Toxti") == "ئىلھام توختى"
    assert scripts.uly_to_usy("Ilham Toxti") == "Илһам Тохти"
    assert scripts.usy_to_uly("Илһам Тохти") == "Ilham Toxti"


@pytest.mark.parametrize(
    ("cyr", "lat"),
    [
        ("Нұрсұлтан", "Nūrsūltan"),
        ("Әбішұлы", "Äbişūlı"),
        ("Қасым-Жомарт Тоқаев", "Qasym-Jomart Toqaev".replace("Qasym", "Qasım")),
        ("Сайрагүл Сауытбай", "Sairagül Sauıtbai"),
        ("Шыңғыс", "Şyñğys".replace("y", "ı")),
    ],
)
def test_kazakh_cyrillic_to_latin(cyr: str, lat: str) -> None:
    assert scripts.kazakh_to_latin(cyr) == lat


def test_russian_cyrillic_to_latin() -> None:
    assert scripts.russian_to_latin("Абдурахманов Хасан") == "Abdurakhmanov Khasan"
    assert scripts.russian_to_latin("Сергей Лавров") == "Sergey Lavrov"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Илһам Тохти", "uyghur"),
        ("Нұрсұлтан Назарбаев", "kazakh"),
        ("Сергей Лавров", "russian"),
        ("Ғоҗа", "uyghur"),
    ],
)
def test_cyrillic_orthography_is_recognised(text: str, lang: str) -> None:
    assert scripts.cyrillic_language(text) == lang


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Ilham Tohti", "latin"),
        ("ئىلھام توختى", "arabic"),
        ("Илһам Тохти", "cyrillic"),
        ("伊力哈木·土赫提", "han"),
    ],
)
def test_script_of(text: str, script: str) -> None:
    assert scripts.script_of(text) == script


@pytest.mark.parametrize(
    ("english", "uly"),
    [
        ("Tokhti", "Toxti"),
        ("Kadeer", "Kadir"),
        ("Dzhamal", "Jamal"),
        ("Abdulvahit", "Abdulwahit"),
    ],
)
def test_english_spellings_made_uly_like(english: str, uly: str) -> None:
    assert scripts.latin_to_uly(english) == uly


# -- Latin spellings in any romanisation read as ULY (romanisation.py): one example per rule ---------


def uly(name: str, style: str | None = None) -> str:
    return romanisation.to_uly(name, style)


def test_uly_x_is_kha_as_written() -> None:
    assert uly("Toxti") == "Toxti"
    assert scripts.uly_to_uey(uly("Toxti")) == "توختى"


def test_english_kh_is_kha() -> None:
    assert uly("Tokhti") == "Toxti"


def test_english_h_before_a_voiceless_consonant_is_kha() -> None:
    assert uly("Tohti") == "Toxti"  # h before t: خ
    assert uly("Ilham") == "Ilham"  # h before a vowel: ھ
    assert uly("Rahman") == "Rahman"  # h before a voiced consonant: ھ


def test_issue_example_arabic_script_form() -> None:
    assert forms.name_forms("Ilham Tohti")["uey"] == "ئىلھام توختى"


def test_english_final_h_after_a_vowel_is_silent() -> None:
    assert uly("Abdullah") == "Abdulla"


def test_english_sh_ch_gh_j_digraphs() -> None:
    assert uly("Shirin") == "Shirin"
    assert uly("Chimen") == "Chimen"
    assert uly("Ghopur") == "Ghopur"
    assert scripts.uly_to_uey(uly("Jamal")) == "جامال"


def test_zh_is_jim_in_names() -> None:
    assert uly("Zhamal") == "Jamal"  # Kazakh/Russian/pinyin zh for /dʒ/
    assert "zhamal" in [c for c, _ in romanisation.uly_candidates("Zhamal")]  # ژ kept as a candidate


def test_y_between_consonants_is_a_vowel() -> None:
    assert uly("Alym") == "Alim"


def test_k_is_qaf_next_to_a_back_vowel() -> None:
    assert uly("Kadir") == "Qadir"
    assert uly("Yalkun") == "Yalqun"


def test_k_is_kaf_next_to_a_front_or_neutral_vowel() -> None:
    assert uly("Erkin") == "Erkin"
    assert uly("Zakir") == "Zakir"  # ki: neutral i


def test_final_ik_is_the_arabic_iq() -> None:
    assert uly("Sadik") == "Sadiq"


def test_g_is_ghayn_next_to_a_back_vowel() -> None:
    assert uly("Turgun") == "Turghun"
    assert uly("Gani") == "Ghani"


def test_the_element_gul_is_front() -> None:
    assert uly("Gulnar") == "Gülnar"
    assert scripts.uly_to_uey(uly("Gulnar")) == "گۈلنار"


def test_first_syllable_o_u_before_e_is_front() -> None:
    assert uly("Omer") == "Ömer"  # o before e
    assert uly("Kuresh") == "Küresh"  # k + u before e
    assert uly("Mutellip") == "Mutellip"  # u after m stays back (Arabic loans: Muhemmet, Mutellip)
    assert uly("Osman") == "Osman"  # o before a: back


def test_rounding_harmony_after_a_front_first_vowel() -> None:
    assert uly("Yüsup") == "Yüsüp"


def test_e_is_e_acute_in_a_final_cecic() -> None:
    assert uly("Abdurehim") == "Abduréhim"
    assert uly("Weli") == "Weli"  # final CeCi: not the pattern


def test_word_initial_vowel_takes_the_hamza_seat() -> None:
    assert scripts.uly_to_uey(uly("Omer")) == "ئۆمەر"
    assert scripts.uly_to_uey(uly("Erkin")) == "ئەركىن"


def test_turkish_style_letters() -> None:
    assert romanisation.name_style("Şükrü Cemal") == "turkish"
    assert uly("Şükrü Cemal") == "Shükrü Jemal"  # ş = sh, c = j


def test_russian_style_kh_is_read_like_h() -> None:
    assert romanisation.name_style("Ilkham Tokhtiev") == "russian"
    assert uly("Ilkham Tokhti", "russian") == "Ilham Toxti"
    assert forms.name_forms("Ильхам Тохти")["uey"] == "ئىلھام توختى"


def test_pinyin_of_a_chinese_transcription() -> None:
    assert uly("Maimaiti Tuerxun") == "Memet Tursun"
    assert romanisation.pinyin_word("rebiya") == ()  # pinyin syllables but no mark of pinyin


def test_candidates_are_ranked() -> None:
    candidates = [c for c, _ in romanisation.uly_candidates("Tohti")]
    assert candidates[0] == "toxti" and "tohti" in candidates
    costs = [c for _, c in romanisation.uly_candidates("Tohti")]
    assert costs == sorted(costs)


def test_a_soft_sign_writes_nothing_in_uly() -> None:
    """Russian loans in Cyrillic Uyghur keep their soft sign (февраль); ULY has no letter for it."""
    assert scripts.usy_to_uly("февральда") == "féwralda"
