"""Chinese errors shown by a thirty-fourth round of real pages read outside the project (a regional people's
congress's rules on making local regulations and a city's regulation with its amendment history, government work
reports of counties, a press conference on the region's work report, a feature on a province's paired assistance,
a Malaysian Chinese paper's column, a wire on the central party school's classes for Xinjiang cadres and a
university's training class, encyclopaedia pages on a prefecture, a county's population and religion and an
autonomous county, a Beijing paper's biography of a regional party secretary, a wiki page on the Corps' party
committee): a measure word after a count read with a bare level as a place ("2234名州(市)人大代表"), a mountain
cut before its last character and read with its slope ("天|山北坡"), a college's field opened by a distinguishing
word cut to the bare kind ("公共管理学院" read as 管理学院), a byline run together before 报道 ("某报记者某某报道")
read as one body, the reporter lost, a farm named by its kind (良种场, 林场) left a place guess before it, and a
new town described ("现代化新镇") was read as a place. The sentences below are written for these tests, with public
bodies and places as themselves and everyone else invented."""

from test_analyse_unseen import analyse, names, page_names


def test_a_measure_word_after_a_count_and_a_bare_level_is_no_place() -> None:
    text = "在换届选举中,选出2234名州(市)人大代表,其中少数民族1275名。全区有50个县参加。"
    places = page_names(text, "place")
    assert not {"名州", "个县"} & places
    assert "名州" not in page_names("选出300名州人大代表。", "place")


def test_a_mountain_cut_before_its_slope_is_the_mountain() -> None:
    text = "推进天山北坡城市群大气环境整治,保护天山南坡的草场。"
    places = page_names(text, "place")
    assert not {"山北坡", "山南坡"} & places
    assert "天山" in places


def test_a_distinguishing_word_opening_a_colleges_field_stays_in_its_name() -> None:
    text = "公共管理学院院长李某明主持典礼,化工学院负责人参加。"
    r = analyse(text)
    bodies = names(r, "organization", "public_body")
    assert "公共管理学院" in bodies
    assert "管理学院" not in bodies
    assert "李某明" in names(r, "person")


def test_a_byline_run_together_before_its_report_names_the_medium_and_the_reporter() -> None:
    text = "民生周刊记者张某兵报道。天山网记者王某军报道。"
    r = analyse(text)
    bodies = names(r, "organization", "public_body")
    assert not any("记者" in b for b in bodies)
    assert "民生周刊" in bodies
    assert {"张某兵", "王某军"} <= names(r, "person")


def test_a_farm_named_by_its_kind_is_a_body_not_a_place() -> None:
    text = "境内有王家庄牧场、苏海良种场和天山西部林场。加强国有林场改革。"
    r = analyse(text)
    bodies = names(r, "organization", "public_body")
    assert {"苏海良种场", "天山西部林场"} <= bodies
    assert "苏海" not in names(r, "place")
    assert "国有林场" not in bodies


def test_a_new_town_described_is_no_place() -> None:
    text = "西某镇是一座在戈壁滩上拔地而起的现代化新镇,这是一个美丽的新城。"
    assert not {"新镇", "新城"} & page_names(text, "place")
