"""Shapes of layout and language from the fifty-eighth English round's first run (a Hong Kong-listed company's
annual report pages on its directors, a family's group chat exported from a messaging app, a patent tracker's entry
with the patent's front page), each tested on sentences written for the tests: Chinese names with the family name
in capitals and no title, as patents and registers list them, and the names beside them in a semicolon list;
Hong Kong's order of a name, its English given name and letters after commas before the name in traditional
characters; kinship titles before a name; a name set off by a comma before the relative it is; a chat's stamped
messages, each a record of its own whose stamp tells its "today", weekday and month alone; dates written year first
with dots, and an ISO date in brackets; and money glued to its currency's code."""

from test_analyse_unseen import analyse, names, page_names, values


def test_a_chinese_name_with_its_family_name_in_capitals_and_no_title_is_a_person() -> None:
    text = (
        "(75) Designers: GAO Ming; HUANG Xiuying; Adil MAMUT; XU Peng\n"
        "(74) Attorney: ZHENG Rui\n"
        "The prototype was credited to TANG Wenjie and the lab's director.\n"
    )
    people = page_names(text, "person")
    assert {"Gao Ming", "Huang Xiuying", "Adil Mamut", "Xu Peng", "Zheng Rui", "Tang Wenjie"} <= people


def test_capitals_before_a_pinyin_word_inside_a_heading_or_a_street_name_no_one() -> None:
    text = "Traffic on MA Long Road was stopped. THE CHINA DAILY MA Jun report ran on Monday."
    assert not page_names(text, "person") & {"Ma Long", "Ma Jun"}


def test_a_hong_kong_directors_name_with_english_name_and_letters_before_its_traditional_characters() -> None:
    text = (
        "Mr. WONG Siu-ming, Peter, JP (黃兆明), aged 70, is an independent non-executive Director.\n"
        "Ms. LEE Ka-yan (李嘉欣), FCG, FCPA, is the company secretary.\n"
        "Ms. MA Jing (馬靜), aged 49, is the chief financial officer.\n"
    )
    r = analyse(text)
    people = names(r, "person")
    assert {"Wong Siu-ming", "Lee Ka-yan", "Ma Jing"} <= people
    assert {m.text for m in r.mentions if m.type == "person"} >= {"黃兆明", "馬靜"}
    assert not {"JP", "FCG", "FCPA", "Peter"} & names(r, "organization", "public_body")


def test_a_kinship_title_before_a_name_is_no_part_of_it() -> None:
    text = "Uncle Ablimit drove us to the station. Auntie Gulshen stayed behind, and Uncle said nothing."
    people = page_names(text, "person")
    assert {"Ablimit", "Gulshen"} <= people
    assert not {"Uncle Ablimit", "Auntie Gulshen", "Uncle"} & people


def test_a_name_set_off_by_a_comma_before_the_relative_it_is_is_a_person() -> None:
    text = (
        "Good evening, this is Nurgul, Kamil's niece, writing from Almaty. "
        "Parida, my younger cousin, was taken in 2018. We drove to Turpan, my father's town."
    )
    people = page_names(text, "person")
    assert {"Nurgul", "Parida"} <= people
    assert "Turpan" not in people


def test_a_chats_stamped_messages_are_records_of_their_own_dated_by_their_stamps() -> None:
    text = (
        "14/01/2021, 10:02 - Aysel Tokhti: Happy new year to all of you in the group and your families abroad\n"
        "03/02/2021, 18:40 - Kamil Osman: The court sentenced our uncle in December, we only learned it now\n"
        "03/02/2021, 18:41 - Kamil Osman: I am going to Almaty on Friday to see the lawyer about it\n"
        "17/03/2021, 07:15 - Aysel Tokhti: The consulate called me today and said nothing new at all\n"
    )
    r = analyse(text)
    dated = {(d.text, d.value) for d in r.dates}
    assert {("December", "2020-12"), ("Friday", "2021-02-05")} <= dated
    assert ("today", "2021-03-17") in dated or not any(d.text == "today" for d in r.dates)
    # each message is a sentence of its own: the next message's stamp runs into no message before it
    assert all(d.sentence_text.startswith(d.text) for d in r.dates if "/" in d.text)


def test_a_date_written_year_first_with_dots_or_iso_in_brackets_is_a_date() -> None:
    text = (
        "(22) Filed: 2018.07.04\n(43) Published: 2019.01.15\n"
        'Source: Tech Monitor, "Gate Patent Withdrawn" (2020-11-02). Version 2019.11.29.1 is a build.'
    )
    values_found = {d.value for d in analyse(text).dates}
    assert {"2018-07-04", "2019-01-15", "2020-11-02"} <= values_found
    assert "2019-11-29" not in values_found  # four parts: a version number


def test_money_glued_to_its_currencys_code_is_a_claim() -> None:
    text = "The mill has registered capital of RMB50,000,000 and received CNY3.2 million in grants; it owes USD800,000."
    assert {50_000_000, 3_200_000, 800_000} <= values(analyse(text))


def test_a_firm_named_by_partners_between_commas_is_one_body() -> None:
    text = "She is a consultant to Chan, Ho & Partners, Solicitors, and was audited by Lee, Tang & Co. in 2021."
    bodies = page_names(text, "organization", "public_body")
    assert {"Chan, Ho & Partners", "Lee, Tang & Co."} <= bodies
    assert not {"Chan", "Ho & Partners", "Tang & Co."} & bodies


def test_a_company_in_capitals_in_a_running_heads_cell_is_a_body() -> None:
    text = "17          NORTHWIND TEXTILES HOLDINGS LIMITED          ANNUAL REPORT 2022\n\nThe Board met six times.\n"
    assert "Northwind Textiles Holdings" in page_names(text, "organization")
    # the cell before the company's is no part of its name
    text = "ANNUAL REPORT      HARBOUR DYEING WORKS LIMITED      42\n\nThe Board met four times.\n"
    bodies = page_names(text, "organization")
    assert "Harbour Dyeing Works" in bodies
    assert not any("Annual Report" in b for b in bodies)


def test_a_year_after_a_count_in_words_and_a_frequency_in_seconds_count_nothing() -> None:
    text = "The bureau signed three 2019 contracts. A tag reports its place every 5 seconds; 40 seconds later it beeps."
    found = values(analyse(text))
    assert not {2019, 5} & found
    assert 40 in found


def test_the_year_befores_figure_in_brackets_counts_what_the_figure_before_it_counts() -> None:
    r = analyse("At the year end the mill employed 1,204 workers (2021: 1,388), most of them from Aksu.")
    counted = {(c.value, c.unit) for c in r.claims}
    assert {(1204, "workers"), (1388, "workers")} <= counted
