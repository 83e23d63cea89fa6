"""People named in shapes a probe of invented sentences found missed or misread: a family name that is also a
place's one-word name after a post, an Arabic family name whose article a hyphen joins, a two-character Chinese name
written with a space after a byline's label the page spaced out too; ordinary Chinese words opened by a surname's
character, Chinese speakers and lists of comrades; judges' titles, letters and capitals,
retired ranks and a letter's signature. The sentences are written for these tests."""

from habeas.analyse import tables as t
from habeas.analyse.engine import DocumentText, analyse_batch


def people(text: str) -> set[str]:
    [result] = analyse_batch([DocumentText("d", [(1, text)])])
    return {m.canonical or m.name for m in result.mentions if m.type == t.PERSON}


def test_a_family_name_spelt_like_a_place_after_a_post() -> None:
    assert "Tursun Aksu" in people("The poet Tursun Aksu was taken from his home in 2018.")
    assert "Dilnur Emin" in people("According to the teacher Dilnur Emin, the school closed in May.")
    # a place after a post and a preposition, or before a capitalised word, names no one
    assert not people("The governor of Aksu visited the county in May.")
    assert not people("The spokesman said the Aksu Prefecture office had closed.")


def test_an_arabic_family_name_with_its_article() -> None:
    assert "Samir al-Hakimi" in people("The lawyer Samir al-Hakimi filed the petition in Geneva.")
    assert "Nadia el-Sharif" in people("The scholar Nadia el-Sharif wrote the first study.")
    assert not people("The lawyer said al-Jazeera had carried the story.")


def test_a_spaced_two_character_name_after_a_spaced_out_byline_label() -> None:
    text = "据报道，该地区开展了大规模拘押行动。\n记　者：罗　兰\n编　辑：韩 冰\n当地政府否认上述说法。"
    assert {"罗兰", "韩冰"} <= people(text)
    assert not people("据报道，该地区开展了大规模拘押行动。\n记　者：本　报\n当地政府否认上述说法。")


# -- Chinese: ordinary words read as names, and names a cue vouches for ------------------------------------


def test_a_surname_character_before_a_common_noun_opens_no_name() -> None:
    # a dictionary word of a surname's character and a common noun, or a guessed one before a frequent noun
    assert not people("今年一季度，牛羊肉价格保持稳定，蔬菜供应充足。")
    assert not people("今年以来，向心力指数稳步提升，团结基础更加牢固。")
    assert not people("近日，姜茶工作会议在县里召开。")
    # a role word beside the name still names a person
    assert "王芳" in people("近日，王芳老师带领学生参观了展览。")


def test_a_speaker_first_in_a_clause() -> None:
    assert "路长青" in people("路长青表示，全县将继续推进道路建设。")
    assert "皇甫振华" in people("会后，皇甫振华指出，各项任务必须按时完成。")
    assert "王明" in people("王明局长说，目前的工作进展顺利。")
    # a word the dictionary holds as no name, or a body's word, before the act is no speaker
    assert not people("文件指出，各单位要加强管理。")
    assert not people("方志馆表示，馆藏资料将陆续公开。")


def test_people_listed_before_comrades() -> None:
    found = people("时新华、谢立群、阿依古丽·热合曼等同志参加会议。")
    assert {"时新华", "谢立群", "阿依古丽·热合曼"} <= found
    assert "文静" not in people("石建平、文静等同志出席。")  # an ordinary word ("quiet") in the list


# -- English: court, letter and signature shapes ------------------------------------------------------------


def test_a_judges_title_and_a_retired_rank_are_no_part_of_the_name() -> None:
    assert people("Mrs Justice Moulder DBE refused permission on 2 May.") == {"Moulder"}
    assert people("The Honourable Mr Justice Pepperall sat alone.") == {"Pepperall"}
    assert people("Professor Emeritus Alan Whitcombe chaired the session.") == {"Alan Whitcombe"}
    assert not people("Mr Justice and Lady Justice are styles of address.")


def test_judges_by_their_letters_opening_a_sentence_or_after_as() -> None:
    assert "Ritchie" in people("Ritchie J held that the decision was irrational.")
    assert "Andrews" in people("The point, as Andrews LJ put it, is one of fairness.")
    assert not people("Appendix J sets out the data.")


def test_a_judge_in_capitals_with_honours_or_speaking() -> None:
    assert people("THE HONOURABLE MRS JUSTICE COCKERILL DBE") == {"Cockerill"}
    assert people("MRS JUSTICE FARBEY: The claim is brought under section 3.") == {"Farbey"}


def test_a_letters_signature_and_the_post_under_it() -> None:
    assert people("Yours sincerely,\n\nRosalind Achterberg\nHead of Research") == {"Rosalind Achterberg"}
    assert people("Kind regards,\nDr Tobias Wrenfield\nChair, Board of Trustees") == {"Tobias Wrenfield"}
    assert not people("Yours faithfully,\nThe Secretariat")
