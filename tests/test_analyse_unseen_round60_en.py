"""Shapes of layout and language from the sixtieth English round's first run (a company register's officers and
filing history, an archive's finding aid for an oral-history collection, a US district court's civil docket
sheet), each tested on sentences written for the tests: an officer listed surname in capitals first, a comma and
the given names alone on a line; a company in capitals with its legal form named with the form, a country's
letters in brackets and a comma before "INC." kept; sworn evidence by its maker ("Declaration of …"); counsel in
a docket entry's closing bracket, surname first; a docket's entry numbers, attachments after "#", pseudonyms'
numbers and the numbers entries cite, no counts; an entry wrapped under its own column; a collection's code
that reads as a body's short form; a record's flags run together by commas and a filing's title, no bodies; a
numbered part's Roman numeral, no initial; numbered units, interviews, boxes and folders; and a date written
year first at a column's end."""

from test_analyse_unseen import analyse, names, page_names, values


def test_an_officer_listed_surname_in_capitals_first_alone_on_a_line_is_a_person() -> None:
    text = (
        "Current officers\n\n"
        "PENROSE, Harriet Jane\n"
        "Correspondence address\n"
        "14 Mill Lane, Bradford, England, BD1 3AA\n\n"
        "TOKHTI, Parida\n"
        "Role Active\n\n"
        "LONDON, England\n"
    )
    r = analyse(text)
    assert {"Harriet Jane Penrose", "Parida Tokhti"} <= names(r, "person")
    assert not {"Penrose", "Tokhti", "Harriet Jane"} & names(r, "organization", "public_body", "person")
    assert "England London" not in names(r, "person")


def test_a_company_in_capitals_with_its_legal_form_is_named_with_the_form() -> None:
    text = (
        "Company number 08765432\n\n"
        "NORTHERN LOOM TRADING (UK) LIMITED\n\n"
        "Secretary\n"
        "HARBOUR KNIT SERVICES LIMITED\n\n"
        "Defendant\n"
        "BLUEWATER SOLAR, INC.          represented by Tom Hart\n"
    )
    r = analyse(text)
    written = {m.name for m in r.mentions if m.type == "organization"}
    assert {"Northern Loom Trading (UK) Limited", "Harbour Knit Services Limited", "Bluewater Solar, Inc."} <= written
    assert {"Northern Loom Trading (UK)", "Harbour Knit Services", "Bluewater Solar"} <= names(r, "organization")


def test_sworn_evidence_names_its_maker_but_no_pseudonym() -> None:
    text = (
        "(Attachments: # 1 Declaration of Zhang Lihua, plant manager, # 2 Affidavit of Sarah Lamb)\n"
        "Exhibit C: Declaration of John Roe 3.\n"
    )
    people = page_names(text, "person")
    assert {"Zhang Lihua", "Sarah Lamb"} <= people
    assert not {"John Roe"} & people


def test_counsel_in_a_docket_entrys_closing_bracket_is_a_person_where_the_page_names_one_in_full() -> None:
    text = (
        "Plaintiff represented by Hannah K. Brightwell.\n"
        "05/04/2021   7   MOTION to Compel. (Attachments: # 1 Exhibit)(Brightwell, Hannah)\n"
        "06/11/2021   9   RESPONSE by the defendant. (Ostrowski,\n"
        "                 Pavel)\n"
        "A note on the venue (Boston, Massachusetts).\n"
    )
    people = page_names(text, "person")
    assert {"Pavel Ostrowski", "Hannah K. Brightwell"} <= people
    assert "Massachusetts Boston" not in people


def test_a_dockets_numbers_are_no_counts_but_its_figures_are() -> None:
    text = (
        "Date Filed   #   Docket Text\n"
        "05/04/2021   7   MOTION to Compel by JANE ROE 2. (Attachments: # 1 Exhibit, # 2 Affidavit)\n"
        "                 ( Filing fee $ 350 receipt number ABCDC-1234567) (Entered: 05/04/2021)\n"
        "06/11/2021   9   ORDER granting 7 Motion to Compel; 40 detainees were named. (ab)\n"
        "07/02/2021  12   NOTICE re 9 Order by JANE ROE 2. (cd)\n"
    )
    found = values(analyse(text))
    assert {350, 40} <= found
    assert not {1, 2, 7, 9, 12} & found


def test_numbers_that_label_a_unit_an_interview_or_a_box_are_no_counts() -> None:
    text = (
        "Correspondence address: Unit 6 Riverside Court, Hull, HU1 2AB. Flat 9 is let.\n"
        "Interview 41 is with a farmer from Tekes. Interviews 12-30 are closed. Box 3 holds 60 photographs.\n"
    )
    found = values(analyse(text))
    assert 60 in found
    assert not {6, 9, 41, 30, 3} & found


def test_a_collections_code_is_no_body_and_flags_and_a_filings_title_are_none() -> None:
    text = (
        "Collection Number: MSS 0288\n"
        "                                       OPEN,JURY,STAYED\n"
        "03/02/2022  14  MOTION to Dismiss for Lack of Jurisdiction by the defendant.\n"
        "04/01/2022  17  NOTICE of Supplemental Authority by the plaintiffs.\n"
        "The MSS questioned him in 2019.\n"
    )
    r = analyse(text)
    bodies = names(r, "organization", "public_body")
    assert not {"OPEN", "JURY", "STAYED", "Dismiss", "NOTICE of Supplemental Authority"} & bodies
    assert [m.text for m in r.mentions if m.canonical == "Ministry of State Security"] == ["MSS"]


def test_a_numbered_parts_roman_numeral_is_no_initial() -> None:
    text = "Series II. Photographs, 2019-2021 (Boxes 7-8)\nPart IV. Transcripts\nThe donor was Ayla K. Demir."
    people = page_names(text, "person")
    assert "Ayla K. Demir" in people
    assert not {"Series II. Photographs", "Part IV. Transcripts"} & people


def test_a_date_written_year_first_at_a_columns_end_is_a_day() -> None:
    text = (
        "  3/2          Mamut, Aysel. Interview 12           2020 Feb 11\n"
        "  3/3          Interview 13, with photographs       2020 October 5\n"
        "In 2019 May 12 people left the village.\n"
    )
    dates = analyse(text).dates
    assert {"2020-02-11", "2020-10-05"} <= {d.value for d in dates}
    assert "2019 May 12" not in {d.text for d in dates}  # "May 12 people": no day of a column's end
