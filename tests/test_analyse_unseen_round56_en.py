"""Shapes of layout and language from the fifty-sixth English round's first run (a UN Human Rights Council side
event's programme, a book's index pages, an online petition page), each tested on sentences written for the tests:
names with the surname in capitals after a form of address, as UN and European documents write them; a book
index's people written surname first before their pages and in its cross-references, and its pages, which count
nothing; a member's title named by her house; a state's permanent mission named "of the Republic of …"; the
writers of comments under a header with a relative time; a list item's verb the model reads as a place; a bare
figure as the subject of what was done to people or of signing; and a page's reaction counters, update counters
and a continental street's numbers, which count nothing."""

from test_analyse_unseen import analyse, names, page_names, values


def test_a_name_with_its_surname_in_capitals_after_a_form_of_address_is_a_person() -> None:
    text = (
        "PANEL\n"
        "\tChair: Mrs. Annika LUNDGREN-BECK, Head of Policy, Nordic Refugee Forum\n"
        "\tDr Tomas VAN DER BERG, Senior Lecturer, University of Utrecht\n"
        "\tMr. Ilyas KARIMOV, brother of a detained engineer\n"
        "The award went to Mr. Oliver Pryce MBE for his work.\n"
    )
    people = page_names(text, "person")
    assert {"Annika Lundgren-Beck", "Tomas van der Berg", "Ilyas Karimov"} <= people
    assert not {"Annika", "Tomas", "Ilyas", "Oliver Pryce Mbe"} & people  # letters after a name are no surname


def test_a_book_indexs_people_surname_first_before_their_pages_are_people_and_its_pages_count_nothing() -> None:
    text = (
        "Index\n\n"
        "Abbasova, Leyla (teacher), 14–16, 210n4\n"
        "Bayram, Orhan, 7, 88–91; see also Quiet Valley\n"
        "cotton, picking of, 120–24\n"
        "Dunmore, Helen R., 33, 140n2\n"
        "Hami, 45, 60–61\n"
        "Harrow, Neil, 5, 19–22\n"
        "Karaköl Bureau of Labour, 71–74\n"
        "Ozturk, Selim. See Öztürk, Selim\n"
        "water rights, 201–3; see also Harrow, Neil\n"
    )
    r = analyse(text)
    people = names(r, "person")
    assert {"Leyla Abbasova", "Orhan Bayram", "Helen R. Dunmore", "Neil Harrow", "Selim Öztürk"} <= people
    assert not {"Neil", "Orhan", "Leyla"} & names(r, "place", "organization", "public_body")
    assert not r.claims  # an index's pages, ranges and notes' pages are no counts


def test_a_wrapped_paragraphs_line_ending_on_a_comma_and_a_figure_is_no_index() -> None:
    text = (
        "The convoy left the depot outside Kashgar at dawn, and by noon it had grown to 12\n"
        "trucks in all. Drivers said the loads went on to Aksu, 450\n"
        "kilometres away, before turning back.\n"
    )
    assert {12, 450} <= values(analyse(text))  # one line ends on a comma and a figure, with no range: no index


def test_a_members_title_named_by_her_house_goes_before_a_person() -> None:
    text = (
        "We met Member of Parliament Harriet Osei-Blake in March. "
        "Member of the European Parliament Joris Veldkamp wrote back within a week."
    )
    assert {"Harriet Osei-Blake", "Joris Veldkamp"} <= page_names(text, "person")


def test_a_states_permanent_mission_named_with_its_republic_or_kingdom_is_one_body() -> None:
    text = (
        "The meeting was co-sponsored by the Permanent Mission of the Republic of Estonia and the Permanent "
        "Mission of the Kingdom of Belgium to the United Nations Office at Geneva."
    )
    r = analyse(text)
    bodies = names(r, "organization", "public_body")
    assert "Permanent Mission of the Republic of Estonia" in bodies
    assert any(b.startswith("Permanent Mission of the Kingdom of Belgium") for b in bodies)
    assert not {"Estonia", "Belgium"} & names(r, "place")  # a place inside a body's name is no place of its own


def test_the_writers_of_comments_under_a_header_with_a_relative_time_are_people() -> None:
    text = (
        "Comments (3)\n\n"
        "Rustam Yuldashev  ·  Tashkent, Uzbekistan  ·  4 days ago\n"
        "My cousin has not called since spring.\n\n"
        "Greta Holm · 5h ago\n"
        "Signed and shared.\n\n"
        "Nurlan Tokhtarbay  ·  Almaty, Kazakhstan  ·  3 weeks ago\n"
        "  ♥ 4   Report\n\n"
        "Latest news  ·  Campaign  ·  2 updates\n"
    )
    people = page_names(text, "person")
    assert {"Rustam Yuldashev", "Greta Holm", "Nurlan Tokhtarbay"} <= people  # a comment with no words under it
    assert not {"Latest News", "Campaign"} & people


def test_a_list_items_opening_verb_before_a_figure_or_an_article_is_no_place() -> None:
    text = (
        "We call on the ministry to:\n"
        "  1. Resettle 5,000 refugees this year;\n"
        "  2. Reunite the families who are waiting;\n"
        "  3. Kashgar must be opened to observers.\n"
    )
    places = page_names(text, "place")
    assert not {"Resettle", "Reunite"} & places
    assert "Kashgar" in places


def test_a_bare_figure_as_the_subject_of_an_act_on_people_or_of_signing_counts_people() -> None:
    r = analyse(
        "In the first month 2,340 have signed. More than 150 were detained after the protest, "
        "and 40 had fled abroad. Of the 900 forms, 600 were signed by hand."
    )
    counted = {(c.value, c.unit) for c in r.claims}
    assert {(2340, "people"), (150, "people"), (40, "people")} <= counted
    assert (600, "people") not in counted  # forms are signed; people sign


def test_a_pages_reaction_and_update_counters_and_a_continental_streets_numbers_count_nothing() -> None:
    text = (
        "Campaign news  ·  Still waiting  ·  4 updates\n\n"
        "Visitors enter at 12–16 Rue de Lausanne or 3 Via Roma.\n"
        "  ♥ 57   Report\n"
        "The camp held 800 people.\n"
    )
    assert values(analyse(text)) == {800}
