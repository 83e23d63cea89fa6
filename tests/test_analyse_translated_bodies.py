"""Chinese official bodies as English translations of official documents name them (machine translations and
NGO translations of leaked notices): a place and its level calqued word for word ("Kashgar Area" for 喀什地区,
"Ili Kazakh Autonomous Prefecture"), the owner body before a body of its own ("County Party Committee Political
and Legal Committee" for 县委政法委), "and" inside a body's head ("Political and Legal"), and one plural head
shared by a list of bodies ("the Departments of Commerce, State and Energy"). The sentences are written for these
tests; the bodies and places are themselves, every person is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, names


def test_a_place_and_its_level_open_a_body_whose_head_has_and_inside() -> None:
    r = analyse(
        "In order to implement autonomous region party committee and Kashgar Area Political and Legal "
        "Committee deployment, each police station must report within 3 days."
    )
    assert "Kashgar Area Political and Legal Committee" in names(r, *BODIES)
    assert "Legal Committee" not in names(r, *BODIES)


def test_a_body_named_over_a_line_break_after_its_level() -> None:
    text = (
        "To carry out the deployment of the autonomous region party committee and the meeting spirit of Aksu Area\n"
        "Political and Legal Committee on 2018 year 4 month 2 day, the county public security bureau held a\n"
        "video telephone meeting for all police stations, and Deputy Director Nurmemet Tursun spoke at length.\n"
        "Each township police station shall report the names of the officers on duty before the end of April.\n"
        "The county bureau office shall collect the reports and send them to the command center before May.\n"
        "Officers who fail to report on time will be named in the next notice sent to all the police stations.\n"
    )
    bodies = names(analyse(text), *BODIES)
    assert "Aksu Area Political and Legal Committee" in bodies
    assert "Legal Committee" not in bodies


def test_an_owner_body_before_a_body_and_an_autonomous_prefecture_open_one_name() -> None:
    r = analyse(
        "The Bayinguoleng Mongol Autonomous Prefecture Party Committee Political and Legal Committee reviewed "
        "1,240 cases. Staff of Ili Kazakh Autonomous Prefecture Party Committee Political and Legal Committee "
        "and the Yarkand County Party Committee Political and Legal Affairs Commission attended."
    )
    bodies = {m.name for m in r.mentions if m.type in BODIES}
    assert "Bayinguoleng Mongol Autonomous Prefecture Party Committee Political and Legal Committee" in bodies
    assert "Ili Kazakh Autonomous Prefecture Party Committee Political and Legal Committee" in bodies
    assert not {"Party Committee Political and Legal Committee", "Legal Committee"} & bodies


def test_translated_bodies_keep_their_names() -> None:
    r = analyse(
        "The Regional Stability Maintenance Office asked the Hotan Prefecture Public Security Bureau, the "
        "Urumqi Municipal Bureau of Justice to report. Yengisar Township Government agreed. The Corps' Public "
        "Security Bureau transferred 45 persons to the Detention House of Shufu County PSB. Qapqal Xibe "
        "Autonomous County Public Security Bureau police officer Wang Lixin and Aili·Maimaiti were on duty "
        "on 2019 year 1 month 10 day."
    )
    bodies = names(r, *BODIES)
    assert {"Regional Stability Maintenance Office", "Yengisar Township Government"} <= bodies
    assert "Qapqal Xibe Autonomous County Public Security Bureau" in bodies
    assert {"Wang Lixin", "Aili·Maimaiti"} <= names(r, t.PERSON)
    assert "2019-01-10" in {d.value for d in r.dates}


def test_a_plural_head_shared_by_a_list_names_each_body() -> None:
    r = analyse(
        "The review board, composed of representatives of the Departments of Commerce (Chair), State, "
        "Energy and, where appropriate, the Treasury, decides. The Ministries of Public Security, Justice "
        "and Civil Affairs jointly issued the circular."
    )
    bodies = names(r, *BODIES)
    assert {"Department of Commerce", "Department of State", "Department of Energy"} <= bodies
    assert "Department of the Treasury" in bodies
    assert {"Ministry of Public Security", "Ministry of Justice", "Ministry of Civil Affairs"} <= bodies
    assert not {"Department of Chair", "Civil Affairs", "Departments of Commerce"} & bodies


def test_no_shared_head_over_a_list_with_a_body_of_its_own() -> None:
    r = analyse("The Offices of Hartley, Brennan and Partners LLP sued the county.")
    assert not {n for n in names(r, *BODIES) if n.startswith("Office of")}


def test_a_body_wrapped_on_a_page_of_lines_with_an_entry_table_runs_on() -> None:
    rows = "".join(
        f"CHINA\tKashgar Hexin Textile Co., Ltd., No. {n} Renmin Road, Kashgar.\tFor all items subject to the "
        f"EAR.\tPresumption of denial.\t90 FR 1{n}4 6/12/2025.\n"
        for n in range(6)
    )
    heads = "".join(f"{n}. Part {n} of the rule\n" for n in range(1, 13))  # a page of short lines, mostly
    text = (
        heads + "AGENCY: Bureau of Industry and Security, Commerce.\n"
        "ACTION: Final rule.\n"
        "SUMMARY: This rule adds six entities to the list of the regulations the bureau keeps up to date.\n"
        "FOR FURTHER INFORMATION CONTACT: Chair, End-User Review Committee, Office of the Assistant\n"
        "Secretary for Export Administration, Bureau of Industry and Security, Department of Commerce.\n"
        "DATES: This rule is effective on the date it is published.\n" + rows
    )
    bodies = names(analyse(text), *BODIES)
    assert "Office of the Assistant Secretary for Export Administration" in bodies
    assert "Office of the Assistant" not in bodies
