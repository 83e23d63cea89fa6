"""Shapes of layout and language from the fifty-third English round's first run (a border agency's release on
a Withhold Release Order, a newspaper page read from a scan, a parliament's written questions and answers), each
tested on sentences written for the tests: two columns of a scanned page read across as one line, a name a
narrow column breaks with a hyphen after its capitalised first letters, and a picture's credit in capitals."""

from habeas.ingest.joining import columns_read_apart, join_broken_words
from test_analyse_unseen import analyse, names, page_names, values

# a scanned page's two columns read across, line by line: a report on the left, a short item on the right
TWO_COLUMNS = (
    "The report, which the Nordic Centre for Asylum\n"
    "Research published on Tuesday, says that 2,140 peo-    GENEVA — The Committee against Torture\n"
    "ple from Kashgar Prefecture were held in camps    will question the delegation of Bolivia\n"
    "during the spring of 2018, most of them for more    on its prisons next week, its secretariat\n"
    "than six months. Officials of the county pub-    said. Some 18 members will sit for three\n"
    "lic security bureau declined to comment on the    days in the Palais Wilson, and the sessions\n"
    "figures or on the names of the detainees.    will be open to the public.\n"
    "  Relatives in Almaty said they had heard\n"
    "nothing since the arrests.\n"
)


def test_two_columns_of_a_scanned_page_read_across_are_read_apart() -> None:
    read = columns_read_apart(TWO_COLUMNS)
    assert "pub-\nlic security bureau declined" in read  # the left column's lines follow each other
    assert "heard\nnothing since the arrests.\n\nGENEVA — The Committee against Torture\nwill question" in read
    joined = join_broken_words(read)
    assert "2,140 people from Kashgar" in joined
    assert "Committee against Torture" in page_names(joined, "organization", "public_body")
    assert {18, 2140} <= values(analyse(joined))


def test_a_table_laid_out_with_one_wide_gap_is_no_two_columns() -> None:
    table = (
        "County    Detainees\n"
        "Shufu County    1,200\n"
        "Peyzawat County    3,400\n"
        "Yopurga County    2,100\n"
        "Kona Xahar County    900\n"
    )
    assert columns_read_apart(table) == table
    form = "Known for    songs of the Ili valley\nBorn in    a village near Ghulja\nDied in    a camp in Tekes\n" * 2
    assert columns_read_apart(form) == form  # a form's labels are no column of prose


def test_a_name_a_narrow_column_breaks_after_its_capitals_is_joined() -> None:
    column = (
        "Her father, a retired lec-\n"
        "turer, joined the Uyghur Aca-\n"
        "demic Society in 2009 and\n"
        "was detained with two col-\n"
        "leagues after a meeting in\n"
        "the Kashgar Teachers Col-\n"
        "lege library, his daugh-\n"
        "ter said by tele-\n"
        "phone from Munich.\n"
    )
    joined = join_broken_words(column)
    assert "Uyghur Academic Society" in joined and "Kashgar Teachers College" in joined
    assert "Uyghur Academic Society" in page_names(joined, "organization", "public_body")
    # a page that breaks words rarely keeps a capitalised part's hyphen: "Uyghur-" may be a compound's
    assert "Uyghur-\nlanguage" in join_broken_words("Officials closed the Uyghur-\nlanguage schools of the town.")


def test_a_picture_credit_in_capitals_on_its_own_line_names_the_photographer_and_the_paper() -> None:
    text = (
        "Relatives wait outside the consulate in Almaty on Monday.\n"
        "JOSÉ ARRIAGA/THE PRAIRIE GAZETTE\n\n"
        "The ministry did not reply.\n"
    )
    r = analyse(text)
    assert "José Arriaga" in names(r, "person")
    assert "The Prairie Gazette" in names(r, "organization")
    assert not names(analyse("Talks moved to the NEW YORK/GENEVA track last year."), "person")
