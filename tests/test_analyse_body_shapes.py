"""Bodies named by the shape of their name, in Chinese and English: a unit named down its chain of command, a
committee's office after the committee, a body whose complement runs over "and" before the place it is of; and
two words with a comma between that are a place's two spellings, no body. The sentences are written for these
tests, in the manner of official notices, local yearbooks and news reports."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, cn_names, names


def test_an_armed_police_squadron_under_a_prefectures_detachment_named_in_full_is_one_body() -> None:
    text = "据报道，武警博尔塔拉蒙古自治州支队精河县中队官兵参加了押解任务，武警塔城地区支队额敏县中队随后到达。"
    found = cn_names(text, *BODIES)
    assert {"武警博尔塔拉蒙古自治州支队精河县中队", "武警塔城地区支队额敏县中队"} <= found
    assert "武警" not in found


def test_a_committees_standing_office_keeps_the_committee_in_its_name() -> None:
    text = "叶城县地方志编纂委员会办公室编成了新一卷年鉴；皮山县职称评审委员会办公室同日发布了公告。"
    found = cn_names(text, *BODIES)
    assert {"叶城县地方志编纂委员会办公室", "皮山县职称评审委员会办公室"} <= found
    assert not {"叶城县地方志编纂委员会", "皮山县职称评审委员会"} & found
    # an office read in full from its level is not cut at the committee inside it
    found = cn_names("泽普县委网络安全和信息化委员会办公室印发了通知。", *BODIES)
    assert "泽普县委网络安全和信息化委员会办公室" in found
    assert "信息化委员会办公室" not in found


def test_a_body_whose_complement_runs_over_and_keeps_the_place_it_is_of() -> None:
    r = analyse(
        "The quotas were set by the Bureau of Agriculture and Rural Affairs of Hotan. A circular from the "
        "Department of Ethnic and Religious Affairs of the Xinjiang Uyghur Autonomous Region followed."
    )
    bodies = names(r, *BODIES)
    assert "Bureau of Agriculture and Rural Affairs of Hotan" in bodies
    assert "Department of Ethnic and Religious Affairs of the Xinjiang Uyghur Autonomous Region" in bodies
    assert "Bureau of Agriculture and Rural Affairs" not in bodies


def test_two_spellings_of_a_place_with_a_comma_between_are_no_body_but_a_comma_before_a_legal_form_is() -> None:
    r = analyse("The camp he was held in stands outside Aqsu, Akesu.")
    assert not {"Aqsu, Akesu", "Aqsu", "Akesu"} & names(r, *BODIES)
    r = analyse("Workers were sent to Ridgeway, Inc. in 2019, the audit said.")
    assert "Ridgeway" in names(r, t.ORGANIZATION)  # its canonical name, without the legal form
