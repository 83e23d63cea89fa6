"""The social-audit and certification firms and the supply-chain initiatives that reporting on forced labour
names are known bodies, in English and in Chinese, and one body across the two."""

from test_analyse_unseen import BODIES, analyse, cn_canonical, names


def test_audit_firms_and_schemes_named_without_a_head_word_are_bodies() -> None:
    text = (
        "The retailer said its suppliers had been checked by Bureau Veritas and SGS, that it sat on the board "
        "of the Fair Labor Association, and that it shared its factory list on Open Supply Hub."
    )
    bodies = names(analyse(text), *BODIES)
    assert {"Bureau Veritas", "SGS", "Fair Labor Association", "Open Supply Hub"} <= bodies


def test_a_scheme_named_in_english_and_in_chinese_takes_one_name() -> None:
    english = names(analyse("Better Cotton suspended its work in the region."), *BODIES)
    chinese = cn_canonical("良好棉花发展协会随后发表声明。", *BODIES)
    assert english == chinese == {"Better Cotton Initiative"}
