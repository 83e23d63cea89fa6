"""The forty-eighth written round (an encyclopaedia's article on a county, a broadcaster's question-and-answer
explainer, a think tank's report summary copied from its PDF): the general shapes it showed. The sentences below
are written for these tests; the well-known places and bodies in them are themselves, everyone else is invented."""

from test_analyse_unseen import BODIES, analyse, names, values


def test_a_contents_list_run_onto_one_line_gives_no_counts() -> None:
    r = analyse(
        "Contents 1 Geography 2 Economy 3 Transport 4.1 Roads 5 See also\n"
        "Geography[edit]\n"
        "The town lies on a river and had 23 schools in 2019.\n"
    )
    assert values(r) == {23}


def test_a_labelled_picture_credit_names_its_agency_and_its_label_names_nothing() -> None:
    r = analyse(
        "Why the dam matters\n"
        "IMAGE SOURCE, GETTY IMAGES\n"
        "Image caption, Farmers on the river bank\n"
        "Photo credit: Reuters\n"
        "The reservoir will flood nine villages, officials said.\n"
    )
    bodies = names(r, *BODIES)
    assert {"Getty Images", "Reuters"} <= bodies
    assert not {b for b in bodies if "SOURCE" in b.upper() or "credit" in b.lower()}


def test_a_company_named_by_its_place_and_two_trades_joined_by_and_is_one_body() -> None:
    r = analyse(
        "The tender went to Hotan Tianyu Road and Bridge Engineering Co., Ltd. in March.\n"
        "Both Zhejiang Dahua and Hangzhou Hikvision Co., Ltd. supplied cameras.\n"
    )
    bodies = names(r, *BODIES)
    assert any(b.startswith("Hotan Tianyu Road and Bridge Engineering") for b in bodies)
    assert not any(b.startswith("Zhejiang Dahua and") for b in bodies)


def test_a_city_in_a_notes_brackets_before_the_date_stays_a_place() -> None:
    r = analyse("Notes\n7 Human Rights Watch, Annual Survey (Geneva, 14 March 2021), p. 12.\n")
    assert "Geneva" in names(r, "place")
    assert "Geneva" not in names(r, *BODIES)


def test_a_menu_copied_as_a_line_of_words_names_nothing_but_a_headline_does() -> None:
    r = analyse(
        "Home News Sport Weather iPlayer Sounds\n\n"
        "Home Office Minister Visits Border Post\n"
        "The minister met officers at the port on Monday.\n"
    )
    bodies = names(r, *BODIES)
    assert not {b for b in bodies if "Weather" in b}
    assert "Home Office" in bodies


def test_a_notes_book_title_after_its_listed_authors_is_no_person() -> None:
    r = analyse("Notes\n4 Jane Roe, Peter Lind and Mary Okafor, Silent Valleys (London: Hurst, 2019), 44.\n")
    people = names(r, "person")
    assert {"Jane Roe", "Peter Lind", "Mary Okafor"} <= people
    assert "Silent Valleys" not in people


def test_a_plural_noun_opening_a_numbered_finding_before_of_is_no_body() -> None:
    r = analyse("Key findings\n2. The median term was 9 years.\n3. Families of 12 prisoners paid fees of 500 yuan.\n")
    assert "Families" not in names(r, *BODIES)


def test_one_day_after_than_or_for_is_a_duration_but_not_to_one_day() -> None:
    r = analyse("The hearings lasted less than one day. She hopes to one day see her son again.")
    assert [(c.value, c.unit) for c in r.claims] == [(1, "days")]


def test_the_oldest_before_a_number_ending_its_clause_tells_an_age() -> None:
    r = analyse("The leaked files hold pictures of prisoners, the youngest aged 16 and the oldest 78.")
    assert {(c.value, c.unit) for c in r.claims} == {(16, "years old"), (78, "years old")}


def test_a_witness_named_by_given_name_and_initial_after_an_interview_is_a_person() -> None:
    r = analyse(
        "Notes\n5 Interview with Dilnaz R., Bishkek, 4 May 2022.\n6 Testimony of Yusup K. to the author, 9 June 2022.\n"
    )
    assert {"Dilnaz R.", "Yusup K."} <= names(r, "person")
