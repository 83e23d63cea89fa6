"""Pages copied from the web as plain text: one line a paragraph between headings, captions and an
encyclopaedia's infobox, whose labels a copy may run into their values ("Preceded byWu Yingjie").
Probes of real pages of this kind (read outside the project, never stored in it) lost most of an
infobox's people and joined its fields into bodies ("Alma materZhengzhou University Wuhan University of
Technology Military"). The pages below are written for these tests; the office holders in them are
public officials as themselves."""

from habeas.analyse import tables as t
from habeas.analyse.english_layout import prepare
from habeas.analyse.english_spacy import spacy_mentions
from test_analyse_unseen import BODIES, analyse, names, values

_INFOBOX = (
    "Wang Junzheng\n\n"
    "From the free encyclopedia\n"
    "Wang Junzheng\n"
    "Party Secretary of Tibet\n"
    "Assumed office\n"
    "October 2021\n"
    "DeputyYan Jinhai (chairman)\n"
    "Gama Cedain\n"
    "General secretaryXi Jinping\n"
    "Preceded byWu Yingjie\n"
    "Personal details\n"
    "BornMay 1963\n"
    "Linyi, Shandong\n"
    "Alma materTsinghua University\n"
    "Political partyChinese Communist Party\n"
    "Doctoral advisorLi Qiang\n\n"
    "Wang Junzheng (born May 1963) is a Chinese politician who has been the Party Secretary of Tibet since "
    "2021. Before that he was the political commissar of the Xinjiang Production and Construction Corps, "
    "and in 2021 the United States and the European Union placed him under sanctions over the detention "
    "of Uyghurs in Xinjiang.\n"
)


def test_an_infobox_label_run_into_its_value_leaves_the_value_its_own_name() -> None:
    result = analyse(_INFOBOX)
    people = names(result, t.PERSON)
    assert {"Wang Junzheng", "Yan Jinhai", "Xi Jinping", "Wu Yingjie"} <= people
    assert "Gama Cedain" in people  # a field's second value, on a line of its own
    assert "Li Qiang" in people  # an academic's field
    bodies = names(result, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"Tsinghua University", "Chinese Communist Party"} <= bodies
    # no label is read as the start of a name
    glued = ("Deputy", "General", "Preceded", "Alma", "Political", "Born")
    assert not {n for n in people | bodies if n.startswith(glued)}


def test_a_label_runs_into_its_value_only_on_a_page_with_an_infobox() -> None:
    # one word that starts as a label does ("TypeScript") is no label on a page without an infobox
    text = "TypeScript\n\nThe researchers wrote the scraper in TypeScript and shared it with Amnesty International."
    assert "Amnesty International" in names(analyse(text), t.ORGANIZATION)
    assert prepare(text).startswith("TypeScript")


_FIELDS = (
    "Kashgar police leak\n\n"
    "Type Data leak\n"
    "Target Kashgar police\n"
    "Participants Adrian Zenz\n"
    "Anonymous sources\n"
    "Allegiance China\n\n"
    "The leak reached the anthropologist Adrian Zenz in 2022 from a source who has not been named, and "
    "was shared with a group of newspapers before it was published; the regional government called the "
    "files fabricated and said that the facilities they show are schools.\n"
    "Reaction\n"
    "The Foreign Ministry of China said that the files were lies spread by forces hostile to China, and "
    "several governments asked the United Nations to send investigators to the region.\n"
)


def test_the_short_lines_of_a_page_of_one_line_paragraphs_are_never_joined() -> None:
    prepared = prepare(_FIELDS)
    assert "Participants Adrian Zenz\nAnonymous sources\n" in prepared
    assert "Reaction\nThe Foreign Ministry" in prepared
    result = analyse(_FIELDS)
    assert "Adrian Zenz" in names(result, t.PERSON)
    named = names(result, t.PERSON, t.ORGANIZATION, t.PUBLIC_BODY)
    assert not {n for n in named if n.startswith(("Participants", "Target", "Allegiance", "Zenz Anonymous"))}


def test_the_lines_of_a_wrapped_paragraph_are_still_joined() -> None:
    text = (
        "The report by the Australian Strategic Policy Institute found that at least\n"
        "eighty-two brands had factories in their supply chains that used workers sent\n"
        "from Xinjiang under the labour transfer programme run by the regional\n"
        "government and the Xinjiang Production and Construction Corps in 2019.\n"
        "Reaction\n"
        "The companies named in the report said that they had asked their suppliers\n"
        "for evidence and that several of them had ended their contracts with them.\n"
    )
    prepared = prepare(text)
    assert "at least eighty-two brands" in prepared and "sent from Xinjiang" in prepared
    assert "Reaction\nThe companies" in prepared  # a heading stays apart
    assert "Australian Strategic Policy Institute" in names(analyse(text), t.ORGANIZATION)


def test_a_dotted_initialism_keeps_its_full_stop_and_names_its_body() -> None:
    text = "According to estimates by U.N. and U.S. officials, a million people were held. The E.U. agreed."
    result = analyse(text)
    assert {"United Nations", "European Union"} <= names(result, t.ORGANIZATION)
    assert not {n for n in names(result, t.ORGANIZATION) if n in ("U.N", "E.U")}


def test_digits_run_into_a_capitalised_word_are_its_name_where_no_footnote_is_glued_to_a_word() -> None:
    text = "Along with the Berlin-based security firm Cure53, Human Rights Watch took the police app apart."
    assert "Cure53" in names(analyse(text), t.ORGANIZATION)
    footnoted = "The camps1 were built in 2017 by the Kashgar government2 with funds from Beijing3."
    assert "camps1" not in prepare(footnoted) and "Beijing3" not in prepare(footnoted)


_NOTES = (
    "Notes\n"
    "1 Lena Hartmann and Tursun Kerim, ‘Families Wait for News from the Camps in Aksu,’ Radio Free Asia "
    "(4 March 2019).\n"
    "2 See Daniel Okafor, ‘Beijing Defends Its Boarding Schools,’ The Diplomat (12 June 2020); Priya Raman, "
    "“Cotton, Quotas and the Corps,” Foreign Policy, May 3, 2021.\n"
    "3 Wang Lixiong and Tsering Woeser, ‘Voices from Tibet,’ Hong Kong University Press (2014).\n"
)


def test_a_notes_authors_title_and_paper_in_a_reports_style() -> None:
    result = analyse(_NOTES)
    people = names(result, t.PERSON)
    assert {"Lena Hartmann", "Tursun Kerim", "Daniel Okafor", "Priya Raman", "Wang Lixiong", "Tsering Woeser"} <= people
    assert not {p for p in people if p.startswith("See ")}
    bodies = names(result, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"Radio Free Asia", "Foreign Policy", "Hong Kong University Press"} <= bodies
    assert not bodies & {"Families Wait for News", "Boarding Schools", "Corps", "Voices"}
    assert "Aksu" in names(result, t.PLACE)  # a known place in a title is still the place


def test_a_quotation_in_prose_is_no_notes_title() -> None:
    text = "Her brother said, 'We last saw Ilham Tohti in Beijing in 2014,' Reuters reported on Monday."
    assert "Ilham Tohti" in names(analyse(text), t.PERSON)


def test_a_bodys_infobox_and_a_compound_adjective_before_a_name() -> None:
    text = (
        "Uyghur Human Rights Project\n\n"
        "FormationMay 2004\n"
        "FounderOmer Kanat\n"
        "PurposeAdvocacy for the rights of Uyghurs\n"
        "HeadquartersWashington, D.C.\n"
        "Websitehttps://uhrp.org\n\n"
        "The Washington-based Uyghur Human Rights Project documents the detention of Uyghurs in Xinjiang and "
        "works with the US-funded Radio Free Asia and the Chinese-born researchers of several universities.\n"
    )
    result = analyse(text)
    assert "Omer Kanat" in names(result, t.PERSON)
    bodies = names(result, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"Uyghur Human Rights Project", "Radio Free Asia"} <= bodies
    assert not {b for b in bodies if b.startswith(("Founder", "Purpose", "Washington-based", "US-funded"))}


def test_a_fellowship_after_a_name_is_a_post_not_a_person() -> None:
    text = (
        "The files reached Dr Adrian Zenz, Senior Fellow, China Studies, at the Victims of Communism Memorial "
        "Foundation. Research Fellow Darren Byler and his fellow researchers read them."
    )
    people = names(analyse(text), t.PERSON)
    assert {"Adrian Zenz", "Darren Byler"} <= people
    assert "Senior Fellow" not in people


def test_a_facilitys_infobox_and_a_peoples_government_by_its_formal_name() -> None:
    text = (
        "Kashgar detention centres\n\n"
        "LocationKashgar Prefecture, Xinjiang\n"
        "Built byChinese Communist Party\n"
        "Operated byXinjiang Uyghur Autonomous Regional People's Government\n"
        "Opened2017\n\n"
        "The centres are run by the Xinjiang Uyghur Autonomous Regional People's Government, and the Chinese "
        "government calls them schools.\n"
    )
    bodies = names(analyse(text), t.PUBLIC_BODY, t.ORGANIZATION)
    assert "Xinjiang Uyghur Autonomous Regional People's Government" in bodies
    assert "Chinese Communist Party" in bodies
    assert not {b for b in bodies if b.lower().startswith(("chinese government", "operated", "built"))}


def test_a_person_named_later_by_the_first_word_of_their_name_is_that_person() -> None:
    text = (
        "On Saturday, Lee Bo called his wife, Choi Ka Ping, from Shenzhen. Mr. Lee said he was assisting "
        "in an investigation, according to Ms. Choi."
    )
    result = analyse(text)
    people = {m.canonical or m.name for m in result.mentions if m.type == t.PERSON}
    assert people == {"Lee Bo", "Choi Ka Ping"}


def test_a_name_with_an_ampersand_is_whole_and_a_prize_for_something_is_no_body() -> None:
    text = (
        "Investors in the M&G Group sold their shares. Ilham Tohti was awarded "
        "the European Parliament Sakharov Prize for Freedom of Thought in 2019."
    )
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert "M&G Group" in bodies and "G Group" not in bodies
    assert not {b for b in bodies if "Prize" in b}


def test_a_kind_of_body_before_a_name_that_opens_with_a_country_names_the_whole_body() -> None:
    text = (
        "The Hong Kong-based advocacy group China Human Rights Defenders said in a report last week that "
        "arrests in the region had risen. The charity Mongolia Pastoral Trust said little."
    )
    result = analyse(text)
    bodies = names(result, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"China Human Rights Defenders", "Mongolia Pastoral Trust"} <= bodies
    assert "Hong Kong" in names(result, t.PLACE)
    # a kind of body before a country alone names no body
    assert "China" in names(analyse("The group China was named in the report."), t.PLACE)


def test_a_bodys_account_on_a_social_platform_is_no_part_of_its_name() -> None:
    text = (
        "Photo: Kashgar Bureau of Justice WeChat Account\n\n"
        "A post on the Xinjiang Daily WeChat account said 200 people attended the rally."
    )
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"Kashgar Bureau of Justice", "Xinjiang Daily"} <= bodies
    assert not {b for b in bodies if "WeChat" in b}


def test_a_date_line_under_a_byline_keeps_its_day_and_each_line_is_a_sentence_of_its_own() -> None:
    text = (
        "By Ayesha Karim\n"
        "14 May, 2021\n"
        "Police in Aksu have detained at least 40 teachers since March, relatives said.\n"
        "\u201cThey took them at night,\u201d one relative said.\n"
        "Court records show 12 of the teachers were sentenced to ten years or more.\n"
    )
    result = analyse(text)
    assert "2021-05-14" in {d.value for d in result.dates}
    spans = result.sentences[1]
    sentences = [text[s:e] for s, e in spans]
    assert "14 May, 2021" in sentences
    assert any(s.startswith("Court records show 12") for s in sentences)  # not run on from the quotation


def test_a_press_releases_heading_is_no_body_and_a_kind_of_body_names_one_with_what_it_is_for() -> None:
    text = (
        "For Immediate Release\n\n"
        "The Uyghur Human Rights Project worked with the rights group Justice for All and the charity "
        "Society for Threatened Peoples on the report."
    )
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"Uyghur Human Rights Project", "Justice for All", "Society for Threatened Peoples"} <= bodies
    assert not {b for b in bodies if "Release" in b}


def test_a_headlines_verb_after_a_body_the_model_took_with_it_is_cut() -> None:
    text = "Camps Hold a Million, Rights Group Warns"
    start = text.index("Rights")
    found = spacy_mentions(1, text, [(start, len(text), "ORG")])
    assert [m.name for m in found] == ["Rights Group"]


def test_footnote_markers_stay_with_the_sentence_they_mark() -> None:
    text = (
        "The camps, [note 1] officially called training centres, [12] are run by the region. [1] [17] The camps "
        "have been criticised by many governments. [19] Some 40 countries have called on China to close them. "
        "[20]\n"
    )
    sentences = [text[s:e] for s, e in analyse(text).sentences[1]]
    assert sentences == [
        "The camps, [note 1] officially called training centres, [12] are run by the region. [1] [17]",
        "The camps have been criticised by many governments. [19]",
        "Some 40 countries have called on China to close them. [20]",
    ]


def test_a_known_body_before_the_post_someone_holds_there_is_named() -> None:
    text = (
        "Former ASPI analyst Nathan Ruser mapped the sites. HRW Senior Researcher Maya Wang and Amnesty "
        "International Director Agnès Callamard spoke."
    )
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"Australian Strategic Policy Institute", "Human Rights Watch", "Amnesty International"} <= bodies


def test_an_acronym_whose_initials_spell_the_whole_name_takes_the_whole_name() -> None:
    text = (
        "The statement by the spokesperson of the European External Action Service (EEAS) was noted, as was "
        "the Uyghur Transitional Justice Database (UTJD)."
    )
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"European External Action Service", "Uyghur Transitional Justice Database"} <= bodies
    assert "External Action Service" not in bodies


def test_the_european_parliaments_political_groups_are_bodies() -> None:
    text = (
        "The text had been tabled as a joint resolution by the EPP, S&D, Renew Europe, Greens/EFA and ECR "
        "groups; Reinhard Bütikofer spoke on behalf of the Verts/ALE Group."
    )
    found = analyse(text)
    bodies = names(found, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {
        "European People's Party Group",
        "Progressive Alliance of Socialists and Democrats",
        "Renew Europe",
        "Greens/European Free Alliance",
        "European Conservatives and Reformists",
    } <= bodies
    assert "Greens" not in bodies  # "Greens/EFA" is one group, not the Greens


def test_a_company_named_in_full_is_called_again_by_its_own_first_word() -> None:
    text = (
        "Kestrel Pharma Inc. said on Monday that one of its employees had been detained in Beijing. "
        "Kestrel declined to comment further. Police in Beijing said the case was a general matter."
    )
    result = analyse(text)
    again = [m for m in result.mentions if m.name == "Kestrel"]
    assert again and all(m.type == t.ORGANIZATION and m.canonical == "Kestrel Pharma" for m in again)
    # a word the page also writes in lower case is no company's own ("General Electric" … "a general matter")
    text = "General Electric said so. General Wang said the plant was a general matter."
    assert not [m for m in analyse(text).mentions if m.name == "General" and m.type == t.ORGANIZATION]


def test_a_uyghur_name_the_model_reads_as_a_place_is_a_person() -> None:
    text = (
        "URUMQI: Ablimit Tursun was appointed acting chairman of the county government on Thursday, replacing "
        "Memet Zakir. Tursun studied at Xinjiang University."
    )
    result = analyse(text)
    assert {"Ablimit Tursun", "Memet Zakir"} <= names(result, t.PERSON)
    assert not {"Ablimit Tursun", "Memet Zakir"} & names(result, t.PLACE)


def test_another_spelling_in_brackets_is_the_same_person() -> None:
    text = (
        "Ablimit Tursun (also spelled Ablimit Tursunov; born May 1961) is an official. The Xinjiang "
        "Production and Construction Corps (also known as Bingtuan) runs farms."
    )
    found = {(m.name, m.canonical) for m in analyse(text).mentions}
    assert ("Ablimit Tursunov", "Ablimit Tursun") in found
    assert ("Bingtuan", "Xinjiang Production and Construction Corps") in found


def test_a_body_named_for_the_rule_of_law_is_a_body_and_a_law_named_of_a_country_is_a_law() -> None:
    text = (
        "The Carver Centre for the Rule of Law and the Steppe Institute of Human Rights and Humanitarian Law "
        "wrote that the Law of the People's Republic of China on Counter-Terrorism and the Regulations on "
        "De-extremification broke the Convention against Torture."
    )
    result = analyse(text)
    bodies = {"Carver Centre for the Rule of Law", "Steppe Institute of Human Rights and Humanitarian Law"}
    assert bodies <= names(result, *BODIES)
    laws = names(result, t.LAW)
    assert {"Law of the People's Republic of China on Counter-Terrorism", "Regulations on De-extremification"} <= laws
    assert "Convention against Torture" in laws
    assert "Counter-Terrorism" not in names(result, *BODIES)  # part of the law's name


def test_a_bylines_shortened_month_is_no_part_of_the_writers_name() -> None:
    page = "Astana calls the activist a spoiler\n\nPeter Hallam Mar 11, 2019\n\nPolice in Almaty detained him."
    assert names(analyse(page), t.PERSON) == {"Peter Hallam"}


def test_the_first_words_of_a_post_after_a_body_are_no_part_of_its_name() -> None:
    text = (
        "“We call on the government to release him,” said Liberty First Legal Officer Nurlan Aitov. He spoke "
        "to Amnesty International Press Officer Dana Wu the same day."
    )
    result = analyse(text)
    bodies = names(result, *BODIES)
    assert {"Liberty First", "Amnesty International"} <= bodies
    assert not {"Liberty First Legal", "Amnesty International Press"} & bodies
    assert {"Nurlan Aitov", "Dana Wu"} <= names(result, t.PERSON)


def test_a_headline_that_ends_by_naming_its_source_after_a_colon_names_no_body() -> None:
    page = "Kyrgyz Police Detain Exiled Rights Advocate: Lawyers\n\nBy Reuters\nMarch 11, 2019\n\nPolice held him."
    bodies = names(analyse(page), *BODIES)
    assert "Reuters" in bodies
    assert not [n for n in bodies if ":" in n or "Advocate" in n]


def test_a_title_before_a_name_the_model_read_as_a_body_makes_it_a_person() -> None:
    page = "From: Cabinet Office and The Rt Hon Alan Pryce MP\nPublished 3 May 2021\n\nThe minister spoke."
    result = analyse(page)
    assert "Alan Pryce" in names(result, t.PERSON)
    assert not [n for n in names(result, *BODIES) if "Pryce" in n]


def test_a_post_after_a_name_is_no_person() -> None:
    text = "“The ban is overdue.” — Morwenna Hale, International Legal Adviser at Westbrook Rights."
    result = analyse(text)
    assert "Morwenna Hale" in names(result, t.PERSON)
    assert "International Legal Adviser" not in names(result, t.PERSON)


def test_a_live_pages_minutes_ago_count_nothing() -> None:
    page = "Election Latest\n52m agoHalf of voters want a merger\n8h ago Water bosses were paid more\n\n"
    page += "Police held 12 people."
    assert {c.value for c in analyse(page).claims} == {12}


def test_a_known_body_before_a_bureau_of_its_own_is_one_name() -> None:
    text = "The Xinjiang Production and Construction Corps Public Security Bureau, which polices its farms, was fined."
    assert "Xinjiang Production and Construction Corps Public Security Bureau" in names(analyse(text), *BODIES)


def test_capitalised_words_of_a_title_case_headline_name_no_body() -> None:
    page = (
        '"Behind the Wire" Leaked Files Offer a Rare Look into Beijing\'s Secret Camp System\n\n'
        "The files, passed to Human Rights Watch, show the camps."
    )
    bodies = names(analyse(page), *BODIES)
    assert "Human Rights Watch" in bodies
    assert not [n for n in bodies if "Camp" in n or "System" in n]
    fields = "WREN, Mr Tobias, Director of Research, Oxfam Australia\n\nMr WREN: Thank you."
    assert "Oxfam Australia" in names(analyse(fields), *BODIES)  # a list of fields, no headline


def test_a_contents_pages_numbers_and_section_numbers_are_no_claims_and_no_bodies() -> None:
    page = (
        "Contents\n\n"
        "I. Introduction ........................................................... 1-3\n"
        "II. Background ............................................................ 3-5\n"
        "III. Detention of relatives in the border counties ... 5-6\n"
        "IV. Transfers of labour . . . . . . . . . . . . . . . . . . . 7\n"
        "VIII. Overall assessment and recommendations ................ 43-45\n\n"
        "The report counts 1,200 people detained."
    )
    result = analyse(page)
    assert {c.value for c in result.claims} == {1200}
    assert not {"VIII", "III", "IV"} & names(result, *BODIES)
    quoted = analyse("He wrote: “the camps hold ... 300 people”, and 40 more were held.")
    assert {300, 40} <= {c.value for c in quoted.claims}  # an ellipsis in a quotation is no dot leader


def test_initials_of_a_common_noun_or_of_an_order_name_no_body() -> None:
    text = (
        "Customs issued a withhold release order (WRO) on cotton. The WRO covers yarn. The Detention Release "
        "Order (DRO) of 2021 named Qarluk Textiles Ltd."
    )
    bodies = names(analyse(text), *BODIES)
    assert not {"WRO", "DRO", "Detention Release Order"} & bodies
    assert "Qarluk Textiles" in " ".join(bodies)


def test_a_shares_denominator_counts_nothing_and_as_young_as_is_an_age() -> None:
    text = (
        "One in five garments holds Xinjiang cotton; three out of ten farms use it. Children as young as 6 were held."
    )
    claims = {(c.value, c.unit) for c in analyse(text).claims}
    assert not {value for value, _unit in claims} & {5, 10}
    assert (6, "years old") in claims
    assert (4, "years old") in {(c.value, c.unit) for c in analyse("Some children were as young as four.").claims}


def test_a_law_firm_named_like_a_law_is_a_body_when_an_apposition_says_so() -> None:
    text = (
        "Two lawyers from Harcourt Law, a firm headquartered in Shenzhen, did the audit. "
        "The Security Law, a law passed in 2020, applies."
    )
    result = analyse(text)
    assert "Harcourt Law" in names(result, *BODIES)
    assert "Security Law" in names(result, t.LAW) and "Harcourt Law" not in names(result, t.LAW)


def test_a_date_line_glued_to_the_next_line_keeps_its_date_and_gives_the_page_its_year() -> None:
    page = "Kazakh Police Hold Activist\n\nBy Staff\nMarch 11, 2019China News\n\n"
    page += "ALMATY — Police said on March 10 they held him."
    dated = {d.text: d.value for d in analyse(page).dates}
    assert dated.get("March 11, 2019") == "2019-03-11"
    assert dated.get("March 10") == "2019-03-10"


def test_a_company_with_its_seat_in_brackets_is_one_body() -> None:
    text = (
        "The mill sells yarn to Jinlong Textiles (Aksu) Co. Ltd and to Shanghai Fortune (Group) Co., Ltd. "
        "Its partner, Zhengda Motors (Urumqi) Vehicle Co., opened a plant in Xinjiang Tianyu Cotton Co. land."
    )
    bodies = names(analyse(text), *BODIES)
    assert {"Jinlong Textiles (Aksu) Co. Ltd", "Zhengda Motors (Urumqi) Vehicle"} <= bodies
    assert not {n for n in bodies if n.startswith(("Aksu)", "Urumqi)", "Vehicle"))}
    assert "Xinjiang Tianyu Cotton" in bodies  # the place it is registered in opens the name


def test_an_ampersand_inside_a_bodys_name_is_part_of_it() -> None:
    text = (
        "From:Foreign, Commonwealth & Development Office\n\n"
        "The Department for Culture & Heritage said nothing. Shares of Lintang & Sons fell."
    )
    bodies = names(analyse(text), *BODIES)
    assert "Foreign, Commonwealth and Development Office" in bodies  # the list's body, written with "&"
    assert {"Department for Culture & Heritage", "Lintang & Sons"} <= bodies
    assert "Development Office" not in bodies


def test_a_body_of_two_subjects_named_of_a_region_is_one_body() -> None:
    text = (
        "Li Wenming, a former Secretary of the Ethnic and Religious Affairs Commission of the Ningxia Hui "
        "Autonomous Region, was sanctioned. The Science and Technology Bureau of Hotan bought the cameras."
    )
    bodies = names(analyse(text), *BODIES)
    assert "Ethnic and Religious Affairs Commission of the Ningxia Hui Autonomous Region" in bodies
    assert "Science and Technology Bureau of Hotan" in bodies


def test_a_footnote_number_after_a_year_before_a_numbered_paragraph_counts_nothing() -> None:
    text = (
        "7. The Special Rapporteur presented the report to the Council in March 2021.4\n"
        "8. Kyrgyz officials raised it in June 2021.5\n"
        "9. Uyghur families said at least 240 people were detained.\n"
    )
    found = values(analyse(text))
    assert 240.0 in found
    assert not found & {2021.4, 2021.5, 4.0, 5.0}


def test_a_family_name_with_its_particle_is_a_persons() -> None:
    text = (
        "UN expert Armand de Valcourt said so. Hendrik van der Linden spoke after him. "
        "The Banco de España and the Universidad de Chile did not."
    )
    r = analyse(text)
    assert {"Armand de Valcourt", "Hendrik van der Linden"} <= names(r, t.PERSON)
    assert not names(r, *BODIES) & {"Armand de Valcourt", "Hendrik van der Linden"}
    assert not names(r, t.PERSON) & {"Banco de España", "Universidad de Chile"}


def test_the_surname_he_is_a_name_before_or_after_a_given_name() -> None:
    text = "He Lanqing, a former prefect, spoke first. The report was written by Daniel He and Lin Yu. He agreed."
    people = names(analyse(text), t.PERSON)
    assert {"He Lanqing", "Daniel He", "Lin Yu"} <= people
    assert "He" not in people  # the pronoun names no one


def test_a_name_with_a_particle_in_a_list_of_people_is_a_persons() -> None:
    people = names(analyse("Mark van Rutte and Jan de Vries spoke at the hearing."), t.PERSON)
    assert {"Mark van Rutte", "Jan de Vries"} <= people  # the model finds the first alone


def test_an_infobox_field_after_a_title_at_a_lines_end_is_no_name() -> None:
    # a field's value ends in a role ("writer"); the next field's label and value, a tab apart, are no name
    page = (
        "Gulnaz Tursun (born 1971) is a Uyghur historian and novelist.\n\n"
        "Occupation\tHistorian, writer\n"
        "Awards\tPrix Voltaire (2020)\n"
        "Honours\tHrant Dink Award (2018)\n\n"
        "The novelist\nPeter Hessler reviewed her first book, and the writer Ayşe Kulin praised it.\n"
    )
    people = names(analyse(page), t.PERSON)
    assert not any(n.startswith(("Awards", "Honours")) for n in people)
    assert {"Gulnaz Tursun", "Peter Hessler", "Ayşe Kulin"} <= people


def test_a_site_named_after_a_person_is_no_person_nor_body() -> None:
    # an airport, a bridge or a square named after someone is a site in a city, as a street is
    page = (
        "The activist was stopped at Charles de Gaulle Airport and again at John F. Kennedy Airport, "
        "weeks after a vigil on the Pont de Normandie Bridge and the Nelson Mandela Square."
    )
    result = analyse(page)
    named = names(result, t.PERSON) | names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)
    assert not any(n.endswith(("Airport", "Bridge", "Square")) for n in named)
    assert "Charles de Gaulle Airport" in names(result, t.FACILITY)


def test_a_figure_ending_its_line_counts_what_its_column_head_names() -> None:
    # a table's row copied from a page ends in its figure; the next row's first cell is not what it counts
    page = (
        "Estimates of the camp's capacity have grown with every new source of evidence since 2019.\n"
        "Researchers compared satellite images, procurement notices and the testimony of former detainees.\n"
        "Source\tYear\tEstimated capacity\n"
        "Satellite survey\t2019\tup to 6,000\n"
        "Tender documents\t2020\tmore than 8,500\n"
        "Former guards\t2021\tabout 9,000\n\n"
        "See also\nDetention in the region\n"
    )
    # each figure counts what its column's head names, its qualifier in its cell
    claims = analyse(page).claims
    assert {(c.value, c.unit, c.qualifier) for c in claims} == {
        (6000, "Estimated capacity", "up to"),
        (8500, "Estimated capacity", "more than"),
        (9000, "Estimated capacity", "about"),
    }


def test_an_age_reached_is_an_age() -> None:
    claims = analyse("The poet turned 70 last year in prison; his brother turns 66 today.").claims
    assert {c.value: c.unit for c in claims} == {70: "years old", 66: "years old"}


def test_a_body_that_owns_a_persons_body_is_a_name_of_its_own() -> None:
    # "X of ASPI's Y Project": the owner and what it owns are two bodies, the person a third name
    result = analyse("Emily Feng of ASPI's Xinjiang Data Project mapped 60 new sites.")
    assert "Xinjiang Data Project" in names(result, t.ORGANIZATION)
    assert not any("'s" in n for n in names(result, t.ORGANIZATION))


def test_one_word_of_a_heading_in_capitals_is_no_body() -> None:
    for heading in ("MAIN FINDINGS", "KEY POINTS"):
        page = f"{heading}\n\nThe team read 900 court verdicts and interviewed 40 relatives in Almaty.\n"
        assert not names(analyse(page), t.ORGANIZATION)
