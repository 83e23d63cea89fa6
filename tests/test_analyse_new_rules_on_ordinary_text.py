"""Rules written for one kind of page that must not fire on ordinary text: a year before a named facility, a
live page's clock times, a role given as a name, figures after a counted noun or at the end of a list's line,
a column head's unit of measure, a double space inside one name, a share "3 of 5" opening a list's lines, a
transcribed name that is another's with more after it, a numbered heading's sentence after a colon, the ordinary
word "ground" before a figure, and judges listed before a plural office's letters; a dash typed as a hyphen and a
space before the words after it, a place's name before a hyphen broken off with a space, places in brackets after
a story's last sentence, and a place at a page's very end on a page whose transcribed names are spaced around their
dots; a lower-case word before a hyphen and a space, a thing a body's possessive names, a lone body in "-al" before a
verb, and a Chinese body whose name holds 和 inside a word of its own."""

from habeas.analyse import tables as t
from habeas.analyse.english_layout import prepare
from test_analyse_unseen import BODIES, analyse, cn_names, names


def _claims(text: str) -> set[float]:
    return {c.value for c in analyse(text).claims}


def test_a_year_before_a_named_facility_is_no_part_of_its_name() -> None:
    r = analyse("Between 2017 and 2019 Qorghas Detention Centre held hundreds of women, former detainees said.")
    facilities = names(r, t.FACILITY)
    assert "Qorghas Detention Centre" in facilities
    assert not any(name.startswith("2019") for name in facilities)


def test_a_live_pages_clock_time_before_a_heading_names_no_one() -> None:
    r = analyse("14:02 UPDATE: Police say 12 people were detained outside the embassy.\n15:10 LATEST: More arrests.")
    assert not names(r, t.PERSON)


def test_a_role_given_as_a_name_is_no_person() -> None:
    r = analyse("We met a woman in the market. Let's call her Teacher, since she taught for twenty years.")
    assert "Teacher" not in names(r, t.PERSON)


def test_a_count_of_people_before_a_word_opening_with_qiang_counts() -> None:
    # "20余人强占": twenty-odd people who seized the land; 强 after 人, no ranking
    assert 20 in _claims("村干部带领20余人强占农田，村民多次上访。")


def test_a_total_at_the_end_of_a_lists_line_counts() -> None:
    # a list's line without a full stop, 共 inside its sentence: no listing's counter
    assert {1350, 200} <= _claims("工作成效如下：\n删除有害信息共1350条\n处置违规账号共200个\n")


def test_a_column_heads_unit_of_measure_is_no_scale() -> None:
    values = _claims("项目　产量（千克）　面积（千米）　人数（万人）\n棉花　3500　12　4\n")
    assert {3500, 12, 40000} <= values
    assert not {3_500_000, 12_000} & values


def test_a_word_in_capitals_after_by_that_names_a_country_or_a_body_is_no_agency_credit() -> None:
    r = analyse("The report was reviewed by Amnesty UK; a video by Radio RFA disputed it. (Photo by Lena MORROW / AFP)")
    people = names(r, t.PERSON)
    assert not {"Amnesty Uk", "Radio Rfa"} & people
    assert "Lena Morrow" in people


def test_one_word_before_a_year_after_an_apostrophe_names_a_person_only_in_a_list_of_such_names() -> None:
    r = analyse("England in Euro '96; the crowd at Woodstock '69 was huge. Letters: Okafor ’23 and Lindqvist ’25.")
    people = names(r, t.PERSON)
    assert not {"Euro", "Woodstock"} & people
    assert {"Okafor", "Lindqvist"} <= people


def test_a_chinese_numeral_and_measure_inside_a_name_or_an_address_count_nothing() -> None:
    # 五台山 and 三间房 are names the segmenter reads whole; 五栋二单元 is building 5, unit 2 of an address
    assert not _claims("去年他去五台山旅游，又到三间房乡看望亲戚，住在三号院五栋二单元。")
    assert {5, 3} <= _claims("这里建了五栋楼，共有三台电脑。")


def test_a_double_space_inside_one_name_cuts_it_nowhere() -> None:
    # a copy of a justified page or of typed text keeps two spaces between a name's words: no list's lost line
    r = analyse("The report was written by Human Rights  Watch in Geneva. It was disputed by Chen  Wei, an official.")
    assert "Human Rights Watch" in names(r, *BODIES)
    assert not {"Human Rights", "Watch"} & names(r, *BODIES)
    assert any(m.type == t.PERSON and m.text == "Chen  Wei" for m in r.mentions)
    # a title after a gap opens the next item, and is no body of its own
    r = analyse("Signed:  Professor Jane Smith, University of Leeds  Dr. Ahmed Khan, SOAS  Rachel Harris, SOAS")
    assert "University of Leeds" in names(r, *BODIES)
    assert not {"Dr", "University of Leeds Dr"} & names(r, *BODIES)


def test_a_share_opening_a_lists_lines_before_what_it_counts_is_no_gallerys_counter() -> None:
    text = "Of the women interviewed:\n3 of 5 detainees said they were beaten.\n2 of 5 said they were made to sing.\n"
    assert 3 in _claims(text)


def test_a_transcribed_name_with_more_after_it_is_another_persons_name() -> None:
    # "吐尔逊古丽" is a name of its own, not "吐尔逊" with a word read on
    found = cn_names("阿依努尔·吐尔逊和阿依努尔·吐尔逊古丽是姐妹，阿依努尔·吐尔逊古丽在学校工作。", t.PERSON)
    assert {"阿依努尔·吐尔逊", "阿依努尔·吐尔逊古丽"} <= found


def test_a_numbered_headings_sentence_after_a_colon_counts_nothing_but_a_fact_boxs_bullet_does() -> None:
    # a timeline's or a report's numbered lines: the capitalised word after the colon opens a sentence
    assert not _claims("Timeline\n3: Detainees were moved to a camp outside.\n4: Families were told nothing.\n")
    # a fact box's bullet counts what follows its colon, capitalised or not
    assert {2700, 45} <= _claims("BY THE NUMBERS\n* 2,700: Companies screened\n* 45: villages visited\n")


def test_the_ordinary_word_ground_keeps_the_figure_after_it() -> None:
    assert {24, 3} <= _claims("They lay on the ground 24 hours. The wall stood on the ground 3 metres from the gate.")
    # a claim's numbered ground, capitalised or with what it is a ground of, counts nothing
    assert not _claims("Ground 2 is that the council erred. Permission on ground 3 of the claim was refused.")


def test_judges_listed_before_a_plural_offices_letters_are_each_a_person() -> None:
    r = analyse("The appeal was dismissed (Marlowe and Treadwell JJ). It was heard before Ashby, Kerr and Dunmore LJJ.")
    assert {"Marlowe", "Treadwell", "Ashby", "Kerr", "Dunmore"} <= names(r, t.PERSON)
    assert not names(r, *BODIES) & {"Marlowe and Treadwell JJ", "Marlowe", "Ashby"}
    # one judge before "J" names no one before "and"
    r = analyse("The claim was brought by Mr Pell and refused by Harcourt J on the papers.")
    assert "Harcourt" in names(r, t.PERSON)


def test_a_dash_typed_as_a_hyphen_and_a_space_joins_no_words() -> None:
    text = "He lived in Kashgar- a city of 700,000 people- until 2017. Police in Urumqi- the capital- in 2019 held him."
    assert prepare(text) == text
    r = analyse(text)
    assert {"Kashgar", "Ürümqi"} <= names(r, t.PLACE)
    assert "2017" in {d.value for d in r.dates}


def test_a_place_before_a_hyphen_broken_off_with_a_space_stays_the_place() -> None:
    r = analyse("The report covers Beijing- based suppliers of cotton.")
    assert "Beijing" in names(r, t.PLACE)
    assert not names(r, t.PERSON)


def test_places_in_brackets_after_a_storys_last_sentence_are_no_reporters() -> None:
    r = analyse("全县今年新建幼儿园12所，招收幼儿3000人。（阿克苏 库车）")
    assert not names(r, t.PERSON)
    assert {"Aksu", "Kuqa"} <= names(r, t.PLACE)


def test_a_place_at_a_pages_end_after_a_spaced_dot_is_read() -> None:
    text = "南疆四地州：喀什 · 和田 · 阿克苏 · 克孜勒苏"
    r = analyse(text)
    assert r.error is None
    assert all(m.end <= len(text) for m in r.mentions)
    assert {"Kashgar", "Aksu"} <= names(r, t.PLACE)


def test_a_lower_case_word_before_a_hyphen_and_a_space_is_left_as_written() -> None:
    # a dash typed as a hyphen after a verb, and a compound's hyphen a copy spaced: no words joined
    text = "Ilham Heyit- his family said- died in custody in 2019. The long- term effects were severe."
    assert prepare(text) == text
    # a name a copied page broke at its line's end is still mended
    assert "Kennedy" in prepare("Sarah Ken- nedy said 200 were held.")


def test_a_thing_a_bodys_possessive_names_is_no_person() -> None:
    r = analyse("The Ministry of Public Security's Golden Shield was deployed across the region in 2003.")
    assert "Golden Shield" not in names(r, t.PERSON)
    r = analyse("Human Rights Watch’s Jane Roe said the camps were still open.")
    assert "Jane Roe" in names(r, t.PERSON)


def test_a_lone_body_in_al_before_a_verb_stays_a_body() -> None:
    r = analyse("Patients were moved at night, staff told reporters. The Hospital declined to comment on it.")
    assert "Hospital" in names(r, *BODIES)
    r = analyse("The techniques have implications for the International community as the firms sell cameras.")
    assert "International" not in names(r, *BODIES)


def test_a_body_whose_name_holds_a_word_with_he_stays_a_body() -> None:
    # 协和 is a word of its own: 协和医院 is no "协 and 医院"; 党和政府 (the party and the government) is no body
    assert "协和医院" in cn_names("她在协和医院工作了十年，协和医院拒绝置评。", *BODIES)
    assert not cn_names("党和政府高度重视。", *BODIES)
