"""Chinese errors shown by a twentieth round of real pages read outside the project (a party news site's monthly
roundup of disciplinary cases, overseas reports on officials under investigation with their counters and related
headlines, a wire's report on an audit after unrest, a foreign ministry's answer, a regional government's document
as text broken over lines, a court's hearing of a terror case, a legal paper's press conference report, a
procurator's report and a Hong Kong site's report on arrests with its dates in numerals); the sentences below are
written for these tests, with public bodies and places as themselves and everyone else invented."""

from test_analyse_unseen import analyse, page_names


def _counted(text: str) -> set[str]:
    return {c.number_text for c in analyse(text).claims}


def _dates(text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in analyse(text).dates}


def test_a_day_after_a_day_of_this_year_takes_its_year() -> None:
    # a report dated on its line, an official's career in an earlier year, then "今年…" and a day alone after it
    text = (
        "【某网2021年8月20日讯】某县局长日前被调查。他2008年3月任局长至今。\n"
        "据悉,今年7月12日,某县法院发布消息:\n7月9日,某中级法院公开宣判。"
    )
    assert _dates(text)["7月9日"] == "2021-07-09"


def test_a_month_and_day_in_numerals_without_a_year_is_a_date() -> None:
    text = "某县检察院2016年7月3日称,检察院在七月二日通报情况。至六月三十日,已批准逮捕嫌疑人十二人。"
    dates = _dates(text)
    assert dates["七月二日"] == "2016-07-02"
    assert dates["六月三十日"] == "2016-06-30"


def test_a_popularity_counter_under_the_headline_counts_nothing() -> None:
    text = "某县局长被免职\n\n人气 17\n\n据报道,该局共有40名干部受到处分。"
    assert _counted(text) == {"40名"}


def test_the_terms_of_a_schemes_formula_count_nothing() -> None:
    text = "按照“1+2+4+乡村振兴”工作部署,推行“6+1”模式,共帮扶了12个村。"
    assert _counted(text) == {"12个"}


def test_a_title_broken_over_lines_is_one_title() -> None:
    text = (
        "关于印发《某某自治州关于进一步\n\n做好就业帮扶工作的实施意见》的通知\n\n"
        "《某某自治州关于进一步做好就业帮扶工作的实施意见》已经审议通过。"
    )
    assert page_names(text, "law") == {"某某自治州关于进一步做好就业帮扶工作的实施意见"}


def test_a_holder_closing_a_list_of_posts_with_a_rare_surname_is_a_person() -> None:
    text = "被通报的官员中,有某省政协原副主席斯立群。"
    assert "斯立群" in page_names(text, "person")


def test_two_verbs_after_the_passive_are_no_name() -> None:
    text = "此后他一路高升,直到被查落马。"
    assert page_names(text, "person") == set()


def test_ordinary_words_of_reports_on_officials_are_no_names_or_places() -> None:
    assert page_names("会议要求贯彻总体国家安全观。", "person") == set()
    assert page_names("该县的工厂也被波及。", "place") == set()


def test_a_mirror_sites_foot_of_place_links_names_no_places() -> None:
    # a wire report copied onto a mirror, whose foot links to pages on places all over the country
    text = (
        "某市纪委10日开始受理举报。\n\n编辑:某某\n\n相关新闻\n\n"
        "涪陵区| 大同市| 定襄县| 遵义市| 桂林市| 湖南省| 宜宾市| 南通市| 泉州市| 岳阳县| \n"
    )
    assert page_names(text, "place") == set()
    # a table's row of counties opens with its bar and keeps them; a place the text names elsewhere is kept
    assert len(page_names("| 和田县 | 墨玉县 | 皮山县 | 洛浦县 | 策勒县 | 于田县 | 民丰县 | 和田市 |\n", "place")) == 8
    kept = "岳阳县的工作。\n岳阳县| 涪陵区| 大同市| 定襄县| 遵义市| 桂林市| 湖南省| 宜宾市| 南通市| 泉州市|\n"
    alone = page_names("岳阳县的工作。", "place")
    assert alone and page_names(kept, "place") == alone
