"""English pages as copied from the web, a thirty-fourth batch of real pages read outside the project (a regional
encyclopaedia's and a mirror's biographies of a regional chairman, one with its template's lines and footnote
markers, the other with its infobox's labels run into their values; a word-book site's copy of the encyclopaedia's
article on the camps with its estimates and footnotes; a news site's report on a camera maker and a rights group's
briefing with its key takeaways as bullets; a supply-chain research site's company profile with Chinese names in
brackets and a trade site's report on a silicon maker's founder; a Turkish paper's and a copy of an American
broadcaster's reports of a human rights report; a research site's article on families sentenced, with its dialogue;
an Indian magazine's copy of a German broadcaster's report and an encyclopaedia mirror's article on leaked police
files; a parliament's debate as a debates site gives it; a rights group's report's methods; a blog's copy of a
magazine's feature with its byline in capitals; and Chinese state media's report with its picture's credit). They
showed a picture's credit in brackets with the agency before the photographer ("(Xinhua/…)") whose agency went
unread; where a company is listed, a compound adjective ("Nasdaq-listed"), read as a word of its name and, after
"made by", as a person's given name, while the appositive that says what it is ran over its base's town and state
("a Santa Clara, California-based company"); the members a speaker addresses ("My Lords", "your Lordships") read as
bodies; a peer's name run on into its repetition after the portrait's text and into the peer's group; a function
word opening a sentence before a comma ("There, …") read as a body listed with the one after it; and a paragraph
that opens with its count and names "this report" read as a numbered note, so that none of its counts was read. The
pages below are written for these tests; the well-known bodies and places in them are themselves, everyone else is
invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values

BODIES = (t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_bracketed_credit_with_the_agency_first_names_the_agency_and_the_photographer() -> None:
    text = (
        "A harvester works a cotton field in Manas County, Xinjiang, Oct. 17, 2020. (Xinhua/Zhao Minghui)\n\n"
        "Workers load bales in Aksu. (Photo/Marta Lindqvist)\n"
    )
    r = analyse(text)
    assert {"Zhao Minghui", "Marta Lindqvist"} <= names(r, t.PERSON)
    bodies = names(r, *BODIES)
    assert bodies & {"Xinhua", "Xinhua News Agency"}
    assert "Photo" not in bodies


def test_where_a_company_is_listed_is_no_word_of_its_name_and_no_given_name() -> None:
    text = (
        "The cameras run on chips made by Nasdaq-listed MERIDEX, a Santa Clara, California-based company subject "
        "to sanctions since 2019. Shares of Frankfurt-listed Adlerwerk fell 4 per cent.\n"
    )
    r = analyse(text)
    assert not {p for p in names(r, t.PERSON) if "listed" in p or "Meridex" in p or "MERIDEX" in p}
    bodies = names(r, *BODIES)
    assert {"MERIDEX", "Adlerwerk"} <= bodies
    assert not {b for b in bodies if "-listed" in b}
    assert {"Santa Clara", "California"} <= names(r, t.PLACE)


def test_the_members_a_speaker_addresses_by_their_rank_are_no_body() -> None:
    text = (
        "My Lords, in moving the Motion I thank all noble Lords who will speak today, and the Library for the "
        "briefing made available to your Lordships. The House of Lords sat until midnight.\n"
    )
    bodies = names(analyse(text), *BODIES)
    assert not {"Lords", "Lordships"} & bodies
    assert "House of Lords" in bodies


def test_a_peers_name_repeated_after_the_portraits_text_and_before_the_group_is_one_peer() -> None:
    # a debates site's speaker line: the portrait's alternative text, the name again, then the peer's group
    text = (
        "Photo of Lord Hartwell of Wrenfield Lord Hartwell of Wrenfield Crossbench\n\n"
        "My Lords, I beg to move.\n\n"
        "Photo of Baroness Pemberly of Oakhurst Baroness Pemberly of Oakhurst Labour\n\n"
        "My Lords, it is a privilege to follow the noble Lord.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Lord Hartwell of Wrenfield", "Baroness Pemberly of Oakhurst"} <= people
    assert not {p for p in people if p.count("Lord") > 1 or p.count("Baroness") > 1}
    assert not {p for p in people if p.endswith(("Crossbench", "Labour"))}


def test_a_function_word_opening_a_sentence_before_a_comma_is_no_body_of_a_list() -> None:
    text = (
        "The group opened an office in Almaty in 2019. There, Amnesty International interviewed former detainees. "
        "Meanwhile, Human Rights Watch wrote to the government.\n"
    )
    bodies = names(analyse(text), *BODIES)
    assert {"Amnesty International", "Human Rights Watch"} <= bodies
    assert not {"There", "Meanwhile"} & bodies


def test_a_paragraph_that_opens_with_its_count_is_prose_no_numbered_note() -> None:
    # a report's methods: the paragraph opens with a figure, and names "this report" before its colon
    text = (
        "Research Methods\n\n"
        "96 people were interviewed for this report: 41 former detainees of internment camps in Xinjiang (29 men and "
        "12 women), 18 other witnesses, and 37 family members of people who are missing.\n\n"
        "Notes\n\n"
        "1 Human Rights Watch, report, 2019.\n"
    )
    found = values(analyse(text))
    assert {96, 41, 29, 12, 18, 37} <= found
    assert 1 not in found
