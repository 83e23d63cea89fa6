"""English pages as copied from the web, a thirty-first batch of real pages read outside the project (a parliament's
legislative observatory summary, two motions for a resolution with their signatories' lists and the text the
plenary adopted, Chinese state media's commentaries on cotton as a wire, a Shanghai site and a Hong Kong paper give
them, a state paper's weekly edition with its author's line in capitals, a research programme's events calendar and
a conference's programme with their speakers' affiliations, a college's event page, a Gulf outlet's and a Japanese
site's copies of a Japanese wire's reports, a Brussels news site's and a blog's copies of a Council's releases on the
forced labour regulation, a market intelligence site's report on solar supply chains with its picture's source, an
encyclopaedia mirror's article on a victims' database and a scholar's written testimony to a House committee). They
showed a name broken at a typesetter's non-breaking hyphen, a Japanese family name in capitals after the post,
a person and the firm named after them read as one body, a programme's speakers' lines (a number or a part's label,
the name, then the body and the country in capitals, or the body in brackets), a document's code with an underscore
and a courtesy title alone read as bodies, and a picture's credit labelled as its source. The pages below are written
for these tests; the well-known bodies and places in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def test_a_typesetters_non_breaking_hyphen_joins_a_name_as_a_hyphen_does() -> None:
    # a motion's signatories, one name with a non-breaking hyphen (U+2011), as a parliament's pages write them
    text = (
        "MOTION FOR A RESOLUTION on the situation of the Uyghurs\n"
        "Marta Kowalczyk, Pieter\u2011Jan Vermeulen, Lena Brandvold\n"
        "on behalf of the ECR Group\n"
        "B9\u20110999/2020\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Marta Kowalczyk", "Pieter-Jan Vermeulen", "Lena Brandvold"} <= people
    assert "Jan Vermeulen" not in people


def test_a_family_name_in_capitals_after_a_post_names_a_person_and_its_short_form_too() -> None:
    # a Japanese wire's copy: the family name first, in capitals, after the post; later the family name alone
    text = (
        "TOKYO: The Japanese government values the report, Chief Cabinet Secretary TAKEMORI Haruki said Thursday.\n"
        "\u201cWe will urge China to provide transparent explanations,\u201d Takemori told a press conference.\n"
    )
    r = analyse(text)
    assert "Takemori Haruki" in names(r, t.PERSON)
    assert not {"TAKEMORI Haruki", "Takemori"} & names(r, t.ORGANIZATION, t.PUBLIC_BODY, t.PLACE)


def test_a_post_before_a_heading_in_capitals_names_no_one() -> None:
    r = analyse("A statement from the Minister\n\nMinister REPORT ON XINJIANG\n\nThe minister spoke.\n")
    assert not {n for n in names(r, t.PERSON) if "Report" in n or "REPORT" in n}


def test_a_person_of_the_firm_named_after_them_is_a_person_and_a_firm() -> None:
    text = (
        "In 2019 about one-third of the polysilicon the industry used came from Xinjiang, according to Matthias "
        "Oberreuter of Oberreuter Research. Another analyst, Marit Dahl of the Nordic Solar Institute, agreed.\n"
    )
    r = analyse(text)
    assert {"Matthias Oberreuter", "Marit Dahl"} <= names(r, t.PERSON)
    bodies = names(r, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"Oberreuter Research", "Nordic Solar Institute"} <= bodies
    assert not {b for b in bodies if "Matthias" in b or "Marit" in b}


def test_a_programmes_speakers_lines_name_the_speakers_their_bodies_and_countries() -> None:
    # a symposium's agenda: a part's label or a list's number, the speaker, the body, the country (in capitals or
    # not), the talk's title in quotes; one speaker's family name is a county's name too
    text = (
        "Session A: Challenges in Education\n\n"
        "Chair: Arslan Qadirbek, Uyghur American Association, USA\n"
        "1. Helen Ostrova, Drexel University, USA, \u201cSchools and Language in Urumqi\u201d\n"
        "2. Memet Emin, Hacettepe University, TURKEY, \u201cLanguage Crisis in the Diaspora\u201d\n"
        "3. Nuri A. Kasimov, Lawyer, USA, \u201cDetention and the Constitution\u201d\n\n"
        "12:00 \u2013 1:30 LUNCH\n"
    )
    r = analyse(text)
    assert {"Arslan Qadirbek", "Helen Ostrova", "Memet Emin", "Nuri A. Kasimov"} <= names(r, t.PERSON)
    bodies = names(r, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"Uyghur American Association", "Drexel University", "Hacettepe University"} <= bodies
    assert not {"Memet Emin", "TURKEY", "Turkey"} & bodies
    assert "Turkey" in names(r, t.PLACE)


def test_a_speaker_with_the_body_in_brackets_is_a_person() -> None:
    text = (
        "Session 1: The Policy Debate\n"
        "Chair: Dilnoza Rakhimova (George Washington University)\n"
        "Seyit Tumbek (World Uyghur Congress, Turkey)\n"
        "Kerem Aslanoglu (Hacettepe University, Turkey)\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Dilnoza Rakhimova", "Seyit Tumbek", "Kerem Aslanoglu"} <= people


def test_a_post_on_a_line_before_its_body_is_no_speaker() -> None:
    # a documentary's subtitles: the speaker's name in capitals, then the post and the body on the next line
    text = "8\n00:00:51,000 --> 00:00:55,640\nHALVARD STRAND\nSenior Fellow, Victims of Communism Memorial Foundation\n"
    assert "Senior Fellow" not in names(analyse(text), t.PERSON)


def test_a_sentence_that_opens_with_posts_and_names_is_no_speakers_line() -> None:
    text = (
        "Chairman Haverford, Ranking Member Quillon, and distinguished members of the House Committee on Foreign "
        "Affairs, thank you for inviting me.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert "Chairman Haverford" not in people
    assert "Haverford" in people


def test_a_document_code_with_an_underscore_and_a_title_alone_name_no_body() -> None:
    text = (
        "Texts adopted :\n\nP9_TA(2020)0375\n\n"
        "European Parliament resolution of 17 December 2020 on forced labour in Xinjiang\n\n"
        "Tomas Arvidsson teaches Chinese studies at William & Mary. Prior to his arrival at William & Mary, Prof. "
        "Arvidsson served as director of the Center for Asian Studies.\n"
    )
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert not {"P9_TA", "Prof"} & bodies
    assert {"European Parliament", "William & Mary"} <= bodies


def test_a_pictures_credit_labelled_as_its_source_names_the_photographer() -> None:
    text = (
        "A woman arranges raisins at a stall in Kashgar.\n"
        "Source: Kevin Ostrander/Getty Images News via Getty Images\n\n"
        "The solar industry's growing dependence on the region poses risks.\n"
    )
    r = analyse(text)
    assert "Kevin Ostrander" in names(r, t.PERSON)
    assert "Getty Images" in names(r, t.ORGANIZATION)


def test_a_fields_or_a_portfolios_name_and_a_programmes_item_name_no_person() -> None:
    text = (
        "Tomas Arvidsson is Associate Chair of Faculty Affairs at William & Mary. Since 2008 Dr. Arvidsson has been"
        " Director of the School\u2019s International Development Studies program.\n\n"
        "3:45 \u2013 4:00 Closing Remarks\n"
    )
    people = names(analyse(text), t.PERSON)
    assert "Tomas Arvidsson" in people
    posts = {"Faculty Affairs", "Development Studies", "International Development Studies", "Closing Remarks"}
    assert not posts & people
