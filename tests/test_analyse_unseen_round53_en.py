"""Shapes of layout and language from the fifty-third English round's first run (a border agency's release on
a Withhold Release Order, a newspaper page read from a scan, a parliament's written questions and answers), each
tested on sentences written for the tests: two columns of a scanned page read across as one line, a name a
narrow column breaks with a hyphen after its capitalised first letters, a picture's credit in capitals, counts by
year that name what they count once, a part of a whole a body owns, a register's number after its code, a
member's party named in full before her seat, a release's date on a labelled line under its headline, and a
narrow column's lines run on (but not into a navigation bar)."""

from habeas.analyse.model import DocumentAnalysis
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


def test_counts_by_year_that_name_what_they_count_once_each_count_it() -> None:
    r = analyse("The ministry said 240 visas were issued in 2019, 310 in 2020 and 95 in 2021, before the pause.")
    assert {(c.value, c.unit) for c in r.claims} >= {(240, "visas"), (310, "visas"), (95, "visas")}
    alone = analyse("Rainfall was low in 2019. We met 12 in 2020.")
    assert all(c.unit != "visas" for c in alone.claims)


def test_a_part_of_a_whole_a_body_owns_counts_what_the_whole_counts() -> None:
    r = analyse("Inspectors found 6 of the Fair Labor Association's 14 benchmarks at the mill.")
    assert {(c.value, c.unit) for c in r.claims} >= {(6, "benchmarks"), (14, "benchmarks")}


def test_a_registers_number_after_its_code_in_capitals_is_no_count() -> None:
    r = analyse("The reply to FOI 30417 was sent on 2 May. The firm paid RMB 45000 in fines, and 3 workers left.")
    assert 30417 not in values(r)
    assert {45000, 3} <= values(r)


def test_a_members_party_named_in_full_before_her_seat_is_a_body_and_the_seat_a_place() -> None:
    text = "Asked by Tobias Wren (Alba Party, Kingston upon Hull East)\nTo ask the Secretary of State what was done."
    r = analyse(text)
    assert "Kingston upon Hull East" in names(r, "place")
    assert "Alba Party" in names(r, "organization") and "Alba Party" not in names(r, "place")


def test_a_release_dated_on_a_labelled_line_under_its_headline_dates_its_today() -> None:
    text = (
        "Agency Adds Two Garment Makers in Aksu to Its List of Suppliers Using Forced Labor Under the Act\n"
        "Date Published: Wed, 09/20/2023\n\n"
        "BRUSSELS — The agency today added two garment makers to the list, after an inquiry of nine months.\n"
    )
    r = analyse(text)
    assert {d.value for d in r.dates if text[d.start : d.end] == "today"} == {"2023-09-20"}


def test_a_narrow_columns_lines_run_on_where_the_next_goes_on_or_the_line_stops_on_a_preposition() -> None:
    text = (
        "RIVERSIDE — Relatives of the men held in\n"
        "Kashgar said on Monday that police had\n"
        "kept them for at least\n"
        "eighteen months without a trial, and that\n"
        "nobody had been charged before the\n"
        "visit of the delegation in\n"
        "September 2019.\n\n"
        "A separate report covering the whole region in far more detail than any earlier one was published "
        "by the institute on the same day and read by many.\n"
    )
    r = analyse(text)
    assert 18 in values(r)
    assert any(d.value == "2019-09" and "visit" in sentence_of(r, text, d.start) for d in r.dates)
    assert "Kashgar" in names(r, "place")


def sentence_of(result: DocumentAnalysis, text: str, pos: int) -> str:
    """The sentence of the page (as the analysis cut it) that holds ``pos``."""
    return next(text[s:e] for s, e in result.sentences[1] if s <= pos < e)


def test_a_line_that_stops_on_a_preposition_does_not_run_into_a_navigation_bar() -> None:
    text = (
        "Our site uses cookies to give you a better experience. By continuing to use this site, you agree to our "
        "Cookie Policy. Accept | Learn more\n\n"
        "Sign up for our newsletters | Subscribe | Log in\n"
        "Home | Asia | Business | Tech | Markets | Opinion\n\n"
        "Supply Chain\n\n"
        "Ports hold solar cargo as the law bites; Tokyo warns firms over raids\n\n"
        "A longer paragraph of the story, written as one line the way a copied web page gives it, about goods held.\n"
    )
    assert not {"Home", "Asia"} & page_names(text, "place")
