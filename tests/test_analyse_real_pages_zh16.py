"""Chinese errors shown by a seventeenth round of real pages read outside the project (a regional regulation's
full text, two journal abstracts' pages, a Malaysian paper's column, a Taiwanese paper's search results, a county
federation's job fair, a government counsellor's article with its site's foot, a translated American business
report, two court rulings with their case fields, a teacher's page on the regulation, a rights group's report's
front matter, a research project's summary and a bilingual journal excerpt); the sentences below are written for
these tests, with public bodies and places as themselves and everyone else invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, page_names


def _counted(text: str) -> set[str]:
    return {c.number_text for c in analyse(text).claims}


def _days(text: str) -> set[str]:
    return {d.text for d in analyse(text).dates}


def test_a_century_counts_nothing() -> None:
    # "20世纪80年代" (the 1980s), "公元9世纪时": a century, no figure of 20 or 9
    text = "自20世纪90年代起，该县已有3000余名农民外出务工。公元9世纪时，这里已是商路要冲。"
    assert _counted(text) == {"3000余名"}


def test_digits_alone_on_a_line_count_nothing() -> None:
    # a page's number or a site's counter on a line of its own, under an article's editor's line
    text = "某县举办招聘会，12家企业提供岗位。\n\n责任编辑：某某\n0\n\n相关文章\n18\n"
    assert _counted(text) == {"12家"}


def test_a_house_number_after_its_street_is_no_day() -> None:
    # "北京市海淀区某某路19号": the address's house number, no day 19 of an unknown month
    text = "作者单位：某某研究所。地址：北京市海淀区学院路19号，邮编100083。2015年3月该所完成调查。"
    assert _days(text) == {"2015年3月"}
    assert "12日" in _days("2015年3月10日成立调查组，12日召开会议。")


def test_a_process_word_ending_in_hua_is_no_place_or_body() -> None:
    # "X化" ("-isation": 法治化, 中国化, 城镇化), which the segmenter may tag as a place or a body
    text = "坚持宗教中国化、法治化方向，提高工作的法治化水平，推进城镇化建设。"
    assert not {n for n in page_names(text, t.PLACE, t.ORGANIZATION, t.PUBLIC_BODY) if n.endswith("化")}


def test_yu_after_an_adjective_opens_no_name() -> None:
    # "慢于汉族村": slower than, 于 no surname before the people's name
    text = "调查显示，少数民族村劳动力转移的速度慢于汉族村的平均水平，高于全国平均。"
    assert not page_names(text, t.PERSON)
    assert "于某洋" in page_names("记者于某洋表示，调查仍在进行。", t.PERSON)


def test_a_sites_filing_mark_names_no_one() -> None:
    # a portal's foot: the police's record of the site after the province's short form, repeated as copied
    text = "责任编辑：韩某某\n\n京公网安备京公网安备 11010502000001号\n京ICP备12345678号-1\n"
    assert page_names(text, t.PERSON) == {"韩某某"}


def test_a_latin_byline_under_a_translated_headline() -> None:
    # a translated report's author in Latin script alone on the line under its headline
    text = "新疆棉花产业面临新的审查 - 某某社\nMartha Quinlan\n乌鲁木齐，某棉纺厂门前停着几辆卡车。"
    assert "Martha Quinlan" in page_names(text, t.PERSON)


def test_the_east_turkestan_islamic_movement_is_a_known_body() -> None:
    text = "当局将一个名为东突厥斯坦伊斯兰运动的组织列为恐怖组织，世界维吾尔大会则予以否认。"
    found = page_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"East Turkestan Islamic Movement", "World Uyghur Congress"} <= found


def test_a_common_noun_after_a_title_opens_no_transcribed_name() -> None:
    # "所长基金" (the director's fund): 基金特别 is written in transcription characters, but opens with a noun
    text = "基金项目：某某大学某某研究所所长基金特别资助项目（2008-01）"
    assert not page_names(text, t.PERSON)
    assert "布蒂科拉尔" in page_names("议员布蒂科拉尔表示，将继续关注此事。", t.PERSON)


def test_the_state_councils_ministries_and_administrations_are_known() -> None:
    text = "农业农村部4日指出，疫情已得到控制。国家能源局前党组书记、局长某某某涉嫌受贿。"
    found = {m.name for m in analyse(text).mentions if m.type == t.PUBLIC_BODY}
    assert {"农业农村部", "国家能源局"} <= found


def test_more_ordinary_words_the_dictionary_tags_as_names_or_bodies() -> None:
    text = (
        "某县把农副产品深加工的企业安排到边远乡镇，分析了内外部因素。"
        "有人称这是胡萝卜加大棒，也有人企图立国，走向世界大国。"
    )
    assert not page_names(text, t.PERSON, t.ORGANIZATION, t.PUBLIC_BODY, t.PLACE)
