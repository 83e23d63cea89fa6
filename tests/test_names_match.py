"""Matching on phonetic forms: spellings, scripts, dropped and reordered parts, noise; pairwise policy."""

from __future__ import annotations

import pytest

from habeas.names.match import compare
from habeas.names.pairwise import similarity
from habeas.names.phonetic import analyse, fold, index_keys, shape, skeleton


@pytest.mark.parametrize(
    "group",
    [
        ["Tohti", "Toxti", "Tokhti"],
        ["Kadeer", "Qadir", "Kadir"],
        ["Isa", "Eysa", "Aisa"],
        ["Heyit", "Hayit"],
        ["Abdurehim", "Abdurahim", "Abduréhim"],
        ["Yusup", "Yusuf"],
    ],
)
def test_english_spellings_fold_to_one_key(group: list[str]) -> None:
    shapes = {skeleton(shape(fold(name))) for name in group}
    assert len(shapes) == 1, shapes
    for other in group[1:]:
        assert compare(group[0], other).score >= 0.8


@pytest.mark.parametrize(
    "form",
    [
        "ئىلھام توختى",
        "Илһам Тохти",
        "Ilham Toxti",
        "ILHAM TOHTI",
        "伊力哈木·土赫提",
        "伊力哈木土赫提",
        "Tohti Ilham",
        "Ilham  Tokhti",
    ],
)
def test_every_script_and_spelling_meets_ilham_tohti(form: str) -> None:
    assert compare("Ilham Tohti", form).score >= 0.85, compare("Ilham Tohti", form).why()


def test_the_right_person_ranks_above_near_misses() -> None:
    pool = ["伊力哈木·土赫提", "伊力哈木·吐尔逊", "阿不都热依木·土赫提", "伊力哈木", "买买提·土赫提", "王力雄"]
    ranked = sorted(pool, key=lambda n: (-compare("Ilham Tohti", n).score, n))
    assert ranked[0] == "伊力哈木·土赫提"


def test_dropped_given_name_costs_less_than_a_different_name() -> None:
    full = compare("Ilham Tohti", "伊力哈木·土赫提").score
    dropped = compare("Ilham Tohti", "伊力哈木").score
    different = compare("Ilham Tohti", "伊力哈木·吐尔逊").score
    assert full > dropped > different


def test_added_patronymic_and_order() -> None:
    assert compare("Rebiya Kadeer", "Kadeer Rebiya").score >= 0.9
    assert compare("Gulbahar Jalilova", "Gulbahar Jalil Qizi Jalilova").score >= 0.7


def test_transcription_noise_variant_characters() -> None:
    # 依/伊 and 吐/土 are interchangeable spellings of the same syllables
    assert compare("伊力哈木·土赫提", "依力哈木·吐赫提").score >= 0.9


def test_why_says_which_forms_met() -> None:
    result = compare("Ilham Tohti", "伊力哈木·土赫提")
    why = result.why()
    assert "伊力哈木" in why and "土赫提" in why and "transcription" in why


def test_scores_are_bounded_and_symmetric_enough() -> None:
    for a, b in [("Ilham Tohti", "伊力哈木·土赫提"), ("Wang Lixiong", "王力雄"), ("Isa", "Musa")]:
        s1, s2 = compare(a, b).score, compare(b, a).score
        assert 0.0 <= s1 <= 1.0 and 0.0 <= s2 <= 1.0
        assert abs(s1 - s2) < 0.15


def test_unrelated_names_score_low() -> None:
    assert compare("Ilham Tohti", "王力雄").score < 0.5
    assert compare("Rebiya Kadeer", "阿不都热依木·买买提").score < 0.5


def test_index_keys_are_shared_across_scripts() -> None:
    assert index_keys("Ilham Tohti") == index_keys("伊力哈木·土赫提").split("|")[0]
    assert index_keys("ئىلھام توختى") == index_keys("Ilham Tohti")


def test_particles_titles_and_commas() -> None:
    assert [t.text for t in analyse("Frost, William").readings[0].tokens] == ["William", "Frost"]
    assert [t.kind for t in analyse("Saif al-Din").readings[0].tokens] == ["word", "particle", "word"]
    assert [t.text for t in analyse("President Barack Obama").readings[0].tokens] == ["Barack", "Obama"]


# -- the strict policy for two names in the same script --------------------------------


def test_pairwise_typos_match_and_different_names_do_not() -> None:
    assert similarity("Olaf Schloz", "Olaf Scholz") >= 0.8
    assert similarity("Claudia Steinbaum", "Claudia Sheinbaum") >= 0.8
    assert similarity("QASIM MOHAMED MAHDI AL-HOUTHI", "QASIM MOHAMED MAHDI AL-RIMI") < 0.8


def test_pairwise_numbers_must_agree() -> None:
    assert similarity("Apollo Investment Fund VIII L.P.", "Apollo Investment Fund IX L.P.", "Company") < 0.8
    assert similarity("Management Company 23", "Management Company", "Company") < 0.8


def test_pairwise_legal_forms() -> None:
    assert similarity("Siemens Aktiengesellschaft", "Siemens AG", "Company") == pytest.approx(1.0)
    assert (
        similarity("JSC TACTICAL MISSILES CORP.", "TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY", "Company") >= 0.9
    )
    assert similarity("Deutsche Bank AG", "Deutsche Bank GmbH", "Company") < similarity(
        "Deutsche Bank AG", "Deutsche Bank", "Company"
    )


def test_pairwise_initials_and_order() -> None:
    assert similarity("A. Khamenei", "Ali Khamenei") >= 0.8
    assert similarity("Friedrich Hans", "Hans Friedrich") < similarity("Hans Friedrich", "Hans Friedrich")


def test_pairwise_han_characters_count() -> None:
    assert similarity("习近平", "习近平") == 1.0
    assert similarity("高市早苗", "高石早苗") < 0.9  # same sounds, different characters


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("買買提·吐爾遜", "买买提·吐尔逊"),
        ("熱比婭·卡德爾", "热比娅·卡德尔"),
        ("陳全國", "陈全国"),
        ("歐陽明", "欧阳明"),
    ],
)
def test_a_name_in_traditional_characters_reads_as_in_simplified_ones(traditional: str, simplified: str) -> None:
    from habeas.names.forms import name_forms

    assert index_keys(traditional) == index_keys(simplified)
    assert [r.kind for r in analyse(traditional).readings] == [r.kind for r in analyse(simplified).readings]
    forms, simple_forms = name_forms(traditional), name_forms(simplified)
    assert (forms["uly"], forms["pinyin"]) == (simple_forms["uly"], simple_forms["pinyin"])
    assert compare(traditional, simplified).score == 1.0
    assert all(t.text in traditional for t in analyse(traditional).readings[0].tokens)  # shown as written


def test_a_transcribed_name_in_traditional_characters_meets_its_latin_spelling() -> None:
    assert compare("買買提·吐爾遜", "Memet Tursun").score == compare("买买提·吐尔逊", "Memet Tursun").score == 1.0
    assert compare("熱比婭·卡德爾", "Rabiye Qadir").score == compare("热比娅·卡德尔", "Rabiye Qadir").score
    assert compare("歐陽明", "Ouyang Ming").score == 1.0
