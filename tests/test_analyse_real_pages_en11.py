"""English pages as copied from the web: a twelfth batch of real pages (a corps' encyclopaedia article and two
mirrors of it, its table of divisions, an official's article, a leak's news report, three notices of a
government's gazette, three reports of a Kazakh detainee's trial, a wire story and a video site's summaries;
read outside the project, never stored in it) read an infobox's labels between bars as places of a column headed
by a field's label ("Country | China |"), a script's name and a word of a toned spelling in a bracket of spellings
as a body and a place, a detainee's full name as a facility or a body, a husband's name with a faith's word in it
as no one, a notice's labels in capitals and two sets of initials side by side as bodies, a periodical's volume
as part of its name, two known bodies a comma joins as one, and a notice's document numbers, addresses, telephone
numbers and a code's title as counts. The pages below are written for these tests; the officials and well-known
bodies in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, names, values

_INFOBOX_TABLE = (
    "Tarim Reclamation Bureau\n"
    "Tarim Reclamation Bureau | |\n"
    "---|---|\n"
    "| |\n"
    "Founded | 1961 |\n"
    "Country | People's Republic of China |\n"
    "Allegiance | Chinese Communist Party |\n"
    "Size | 40,000 |\n"
    "Headquarters | Korla |\n"
    "Nickname(s) | The Bureau |\n"
    "Commander | Liang Dewei |\n"
    "Website | www |\n"
    "The Tarim Reclamation Bureau is a state farming body in Xinjiang, set up in 1961 to reclaim desert land.\n"
)


def test_an_infobox_between_bars_is_no_table_headed_by_its_labels() -> None:
    result = analyse(_INFOBOX_TABLE)
    places = names(result, t.PLACE)
    assert {"Korla", "Xinjiang"} <= places
    # a label in the row under "Country | …" is a field's label, no place of a "Country" column
    assert not places & {"Allegiance", "Size", "Headquarters", "Nickname", "Commander", "Website"}
    assert "Liang Dewei" in names(result, t.PERSON)
    # a table headed in its opening row still lists its places
    table = "The survey counted returnees by district.\n\nCity | District | Returnees |\nIzmir | Buca | 1,100 |\n"
    assert "Buca" in names(analyse(table), t.PLACE)


_SPELLINGS = (
    "The Hotan Water Corps (Simplified Chinese: 和田水利兵团; Traditional Chinese: 和田水利兵團; pinyin: Hétián Shuǐlì "
    "Bīngtuán), also known as HWC or Shuili Bingtuan for short, is a unique economic and semi-military governmental "
    "organization existing in Xinjiang Uyghur Autonomous Region in the People's Republic of China.\n"
)


def test_a_bracket_of_spellings_names_no_body_and_no_place() -> None:
    result = analyse(_SPELLINGS)
    assert "Traditional Chinese" not in names(result, *BODIES)
    assert not any(any(c in name for c in "āáǎàēéěèīíǐìōóǒòūúǔù") for name in names(result, t.PLACE, *BODIES, t.PERSON))
    assert "Xinjiang" in names(result, t.PLACE)
    assert "Hotan Water Corps" in names(result, *BODIES)


_TRIAL = (
    "Proceedings in the consequential trial of Mariyam Kaliyeva in Zharkent, Kazakhstan are now set to continue "
    "until at least August 1. Kaliyeva, an ethnic Kazakh Chinese citizen, is on trial for illegally crossing the "
    "border. In court on July 13, Kaliyeva explained that she had been working in a camp. Kaliyeva was arrested on "
    "May 21 by Kazakh authorities. Instead Kaliyeva, who reports cite as a member of the party, crossed the border "
    "to join her family. Her husband, Nurlan Islam, told the court that they had lost contact for months.\n"
)


def test_a_detainee_named_in_full_once_and_by_her_surname_after_is_a_person() -> None:
    result = analyse(_TRIAL)
    people = names(result, t.PERSON)
    assert {"Mariyam Kaliyeva", "Kaliyeva"} & people
    assert not {"Mariyam Kaliyeva", "Kaliyeva"} & names(result, t.FACILITY, t.PLACE, *BODIES)
    # a faith's name borne as a family name
    assert "Nurlan Islam" in people
    # alone, the word is the faith
    assert "Islam" not in names(analyse("Islam spread along the trade routes of the Tarim Basin.\n"), t.PERSON)


_NOTICE = (
    "[Federal Register Volume 87, Number 40 (Tuesday, March 1, 2022)]\n"
    "[Notices]\n\n"
    "DEPARTMENT OF THE TREASURY\n\n"
    "AGENCY: Office of Foreign Assets Control, Treasury.\n\n"
    "ACTION: Notice.\n\n"
    "SUMMARY: The Office of Foreign Assets Control (OFAC) is publishing the names of two persons whose property "
    "is blocked. The list is posted on the OFAC SDN website.\n\n"
    "FOR FURTHER INFORMATION CONTACT: Dana K. Whitfield, Office of Sanctions Policy, tel.: 202-555-0100.\n"
    "Contact Person: Ramesh Iyer, Ph.D., Review Officer, National Institute on Aging.\n"
    "Federal Register / Vol. 87, No. 40 / Tuesday, March 1, 2022 / Notices\n"
)


def test_a_notice_s_labels_and_volumes_are_no_names_and_its_contacts_are_people() -> None:
    result = analyse(_NOTICE)
    bodies = names(result, *BODIES)
    assert "Office of Foreign Assets Control" in bodies
    assert "Federal Register" in bodies
    assert not any("Volume" in body for body in bodies)
    assert not bodies & {"AGENCY", "ACTION", "SUMMARY", "OFAC SDN"}
    assert {"Dana K. Whitfield", "Ramesh Iyer"} <= names(result, t.PERSON)


_FIELD_ROWS = (
    "Yengisar | |\n"
    "---|---|\n"
    "Coordinates: 38°55′N76°10′E | |\n"
    "Country | China |\n"
    "Autonomous region | Xinjiang |\n"
    "Prefecture | Kashgar |\n"
    "Municipal seat | Bostan Subdistrict |\n"
    "Area | |\n"
    "• Total | 320.5 km2 (123.7 sq mi) |\n"
    "Elevation | 1,300 m (4,265 ft) |\n"
    "Time zone | UTC+8 (China Standard) |\n"
    "Postal code | 844700 |\n"
    "Website | Yengisar Government Website |\n"
    "Yengisar is a town in the south-west of Xinjiang, famed for its knives.\n"
)


def test_a_label_and_a_place_between_bars_are_a_field_no_table_s_headings() -> None:
    result = analyse(_FIELD_ROWS)
    places = names(result, t.PLACE)
    assert {"Yengisar", "Xinjiang", "Kashgar"} <= places
    # "Country | China |" is a field: the labels under it are no "Country" column's places
    assert not places & {"Autonomous", "Prefecture", "Municipal", "Elevation", "Time", "Postal", "Website"}
    # a city's subdistrict is a place
    assert "Bostan Subdistrict" in places
    assert "Bostan Subdistrict" not in names(result, t.PERSON)


def test_two_known_bodies_a_comma_joins_are_two() -> None:
    text = (
        "Since 2017, the United Nations, Human Rights Watch and other human rights organizations have reported "
        "that the Chinese government has detained over a million Uyghurs in the Xinjiang Uyghur Autonomous Region.\n"
    )
    bodies = names(analyse(text), *BODIES)
    assert {"United Nations", "Human Rights Watch"} <= bodies
    assert not any("," in body for body in bodies)


_NOTICE_FIGURES = (
    "Place: Review Office, 4410 Juniper Ln, Rockville, MD 20852 (Virtual Meeting). Contact Person: Ramesh Iyer, "
    "Ph.D., Review Officer, 7201 Harbour Ave, Bethesda, MD 20892, (301) 555–0187 iyerr@example.gov. "
    "The meeting will be closed in accordance with sections 552b(c)(4) and 552b(c)(6), title 5 U.S.C., as amended. "
    "This update adds four entities to the list.\n"
    "[FR Doc. 2022–04411 Filed 2–28–22; 8:45 am]\n"
)


def test_a_notice_s_addresses_telephones_code_titles_and_document_numbers_count_nothing() -> None:
    found = values(analyse(_NOTICE_FIGURES))
    assert 4 in found  # the entities the update adds
    assert not found & {4410, 7201, 187, 5, 4411, 2022}
