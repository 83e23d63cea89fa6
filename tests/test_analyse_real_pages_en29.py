"""English pages as copied from the web, a thirtieth batch of real pages read outside the project (a debates site's
copies of a Westminster Hall debate and of an urgent question, each turn under its speaker's picture text, a
parliament's record of a petitions debate, a treasury's sanctions release and a law firm's note on it, a customs
agency's import ban as a trade paper's interview gives it, two foreign ministry's releases on sanctions, a refugee
tribunal's decision record, a legal news site's report of two courts' rulings, a broadcaster's and a regional
outlet's reports from Kazakhstan, a state broadcaster's museum feature, a travel guide's page on Kashgar, a paper's
sports report, a Senate committee's report with its members' list, a business site's list of companies and their
statements, and an exile outlet's report of a death). They showed a picture's text run into the speaker's name, a
member named in brackets after the seat, a page's age in years and months, post office boxes, postcodes and
petitions' numbers read as counts, a body's name listing its portfolios over commas and "and", a party's and a
state's initials after a member's name, a regulation's name with its country in brackets read as a person, rivers
and lakes named before the lower-case noun, a post's noun written as a title, and two words that describe what is
counted joined by "or". The pages below are written for these tests; the well-known bodies and places in them are
themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values


def test_a_debates_sites_picture_text_is_no_part_of_the_speakers_name() -> None:
    # the speaker's picture's text, "Portrait", then the name again: with no seat for a minister, and with the mark of
    # a member who took part by video after the party
    text = (
        "Nadia Kerrow Portrait Nadia Kerrow\n"
        "- Hansard - - - Excerpts\n\n"
        "The hon. Lady is right to raise the reports from Xinjiang.\n\n"
        "Owen Tregarth Portrait Owen Tregarth (North East Fife) (Con) [V]\n"
        "- Hansard - -\n\n"
        "What can the Government do to help consumers?\n"
    )
    r = analyse(text)
    people = names(r, t.PERSON)
    assert {"Nadia Kerrow", "Owen Tregarth"} <= people
    assert not {p for p in people if "Portrait" in p}
    assert "North East Fife" in names(r, t.PLACE)


def test_a_member_named_in_brackets_after_the_seat_is_a_person() -> None:
    text = (
        "We have had an Adjournment debate led by my hon. Friend the Member for Birmingham, Ladywood (Samira Qadri)"
        " and a debate led by the right hon. Member for Orkney and Shetland (Mr Callander).\n"
    )
    r = analyse(text)
    assert {"Samira Qadri", "Callander"} <= names(r, t.PERSON)
    assert "Samira Qadri" not in names(r, t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_pages_age_in_years_and_months_counts_nothing() -> None:
    text = "Thursday 4th February 2021\n\n(3 years, 10 months ago)\n\nCommons Chamber\n\nPolice held 12 men in Hotan.\n"
    assert values(analyse(text)) == {12.0}


def test_a_box_a_postcode_and_a_petitions_number_count_nothing() -> None:
    text = (
        "That this House has considered e-petition 300146 relating to the Uyghurs, which 150,000 people signed.\n\n"
        "PO Box 6100 Phone: + 61 2 6277 3535\n\n"
        "Canberra ACT 2600 Email: committee@example.org\n\n"
        "Further criteria are set out in Parts 785 and 866 of Schedule 2 to the Regulations.\n\n"
        "The lawyers filed a petition 12 days later.\n"
    )
    assert values(analyse(text)) == {150000.0, 12.0}


def test_a_bodys_name_runs_over_its_portfolios() -> None:
    text = (
        "He applied to the Department of Immigration and Multicultural and Indigenous Affairs last year.\n\n"
        "The report of the Foreign Affairs, Defence and Trade Legislation Committee was tabled in June.\n\n"
        "Amnesty International and Justice Committee staff met officials from China and the Trade Committee.\n"
    )
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert "Department of Immigration and Multicultural and Indigenous Affairs" in bodies
    assert "Foreign Affairs, Defence and Trade Legislation Committee" in bodies
    assert "Amnesty International" in bodies
    assert not {b for b in bodies if "Amnesty International and" in b or "China and" in b}


def test_a_members_party_and_state_initials_are_no_part_of_the_name_and_no_body() -> None:
    # a committee's report lists its members: a post, the title, "the Hon" for a minister, the name, the party's
    # initials and the state's
    text = (
        "Committee Members\n\n"
        "Chair Senator the Hon Bruce Kellaway LP, TAS\n\n"
        "Deputy Chair Senator Maree Dunstall ALP, VIC\n\n"
        "Senator the Hon Corin Wexford LP, NSW\n"
    )
    r = analyse(text)
    assert {"Bruce Kellaway", "Maree Dunstall", "Corin Wexford"} <= names(r, t.PERSON)
    assert not {"TAS", "VIC", "NSW"} & names(r, t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_regulations_name_with_its_country_in_brackets_names_no_one() -> None:
    text = (
        "Today, Canada imposed sanctions under the Special Economic Measures (People’s Republic of China) Regulations"
        " on 4 officials.\n"
    )
    r = analyse(text)
    assert not names(r, t.PERSON)
    assert values(r) == {4.0}


def test_a_name_before_a_lower_case_river_or_lake_is_a_place() -> None:
    text = "Kashgar lies on the bank of Tuman river. The herders camp by Sayram lake each summer.\n"
    r = analyse(text)
    assert {"Tuman", "Sayram"} <= names(r, t.PLACE)
    assert "Tuman" not in names(r, t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_posts_noun_written_as_a_title_is_no_part_of_the_name() -> None:
    text = '"The museum holds 28,000 pieces," noted Curator Gao Jianming in an interview.\n'
    people = names(analyse(text), t.PERSON)
    assert "Gao Jianming" in people
    assert "Curator Gao Jianming" not in people


def test_two_words_joined_by_or_describe_what_is_counted() -> None:
    text = "Canada sanctioned 8 former or current senior officials. Police held 5 men or women in Hotan.\n"
    units = {c.value: c.unit for c in analyse(text).claims}
    assert units[8.0] == "former or current senior officials"
    assert units[5.0] == "men"
