"""False hits of rules added in one day's rounds, found by probing them with ordinary text: a state or an age dated
by its span in a list as a life is; a post or a page's link on a line of its own between names in a column; a
football club's initials before its name. The sentences are written for these tests."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def test_a_state_or_an_age_dated_by_its_span_in_a_list_is_no_person() -> None:
    text = (
        "Historical states\n"
        "- Turpan Khanate (1450–1680), an oasis state\n"
        "- Tarim Republic (1862–1871) – a short-lived state\n"
        "- Great Famine (1959–1961), a period of hunger\n"
        "- Memet Tursun (1931–2006), poet\n"
    )
    people = names(analyse(text), t.PERSON)
    assert "Memet Tursun" in people
    assert not people & {"Turpan Khanate", "Tarim Republic", "Great Famine"}


def test_a_post_or_a_link_on_its_own_line_between_names_is_no_name() -> None:
    text = "班子成员\n赵建军\n党组书记\n孙立新\n副局长\n钱晓明\n\n周文华\n联系我们\n吴海燕\n"
    people = names(analyse(text), t.PERSON)
    assert {"赵建军", "孙立新", "钱晓明"} <= people
    assert not people & {"党组书记", "副局长", "联系我们"}


def test_football_club_initials_before_the_clubs_name_take_no_word_before_them() -> None:
    text = "Former FC Ordabasy coach Nurlan said the club signed him. Almaty's FC Zhetysu lost again."
    bodies = names(analyse(text), t.ORGANIZATION)
    assert not bodies & {"Former FC", "Almaty's FC", "Former FC Ordabasy"}
