"""English pages as copied from the web, a twenty-first batch of real pages read outside the project (South and
Southeast Asian, Gulf and Japanese outlets' reports on Uyghur wives of traders, protests, companies and
mosques, a radio transcript with its speakers' labels, a knowledge site's summary of a mosque's article). The
pages below are written for these tests; the well-known bodies and places in them are themselves, everyone
else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names

_COLON_DATELINES = (
    "KASHGAR, China: The square in front of the old bazaar is now a car park, a trader said.\n\n"
    "More stories\n\n"
    "ISLAMABAD: Their wives vanished in 2018, the men say.\n"
)


def test_a_dateline_in_capitals_before_a_colon_is_a_place() -> None:
    r = analyse(_COLON_DATELINES)
    assert "KASHGAR" not in names(r, t.ORGANIZATION, t.PUBLIC_BODY, t.PERSON)
    assert "Kashgar" in names(r, t.PLACE)


def test_a_transcripts_capitals_label_is_no_place_by_the_colon_rule() -> None:
    r = analyse("ISLAMABAD: A report.\n\nJANE ROE, BYLINE: Bilal waits outside.\n\nBILAL: I wait.\n")
    assert "Bilal" not in names(r, t.PLACE)


def test_a_wire_dateline_with_its_month_in_capitals_names_its_agency_and_no_month_body() -> None:
    r = analyse("LAHORE, APR 12 (PPA) – Traders met their embassy on Monday about their detained wives.\n")
    assert not {"APR", "Apr"} & names(r, t.ORGANIZATION, t.PUBLIC_BODY, t.PLACE, t.PERSON)
    assert "PPA" in names(r, t.ORGANIZATION)
    assert "Lahore" in names(r, t.PLACE)


_RADIO_TRANSCRIPT = (
    "Families Wait For News\n\n"
    "JANE ROE, BYLINE: Ali stands outside the ministry in Islamabad. His wife is in a camp, he says.\n\n"
    "ALI: (Through interpreter) I cannot sleep. I cannot eat.\n\n"
    "ROE: Ali's son is six. He asks for his mother.\n\n"
    "ALI: (Through interpreter) He asks every night.\n"
)


def test_a_transcripts_bare_label_is_a_person_where_the_prose_names_him() -> None:
    r = analyse(_RADIO_TRANSCRIPT)
    assert "Ali" in names(r, t.PERSON)
    assert not {"ALI", "Ali"} & names(r, t.ORGANIZATION, t.PUBLIC_BODY, t.PLACE)


def test_a_transcripts_bare_label_for_a_post_a_relative_or_a_language_is_no_person() -> None:
    r = analyse(
        "Hearing, day two\n\n"
        "JUDGE: State your name for the record.\n\n"
        "UYGHUR: (Through interpreter) Merdan Kurban.\n\n"
        "MOTHER: He is my son.\n\n"
        "GUARD: Sit down.\n\n"
        "The Judge asked twice. Uyghur was spoken throughout. Mother and son waved. The Guard left.\n"
    )
    assert not {"Judge", "Uyghur", "Mother", "Guard"} & names(r, t.PERSON)


def test_a_plural_of_a_countrys_people_is_no_body_and_no_place() -> None:
    r = analyse(
        "Pakistanis protest as traders lose touch with families\n\n"
        "The men met in Gilgit on Monday.\n\n"
        "Pakistanis in Beijing ask their embassy for help\n"
    )
    assert not {"Pakistanis", "Pakistani"} & names(r, t.ORGANIZATION, t.PUBLIC_BODY, t.PLACE, t.PERSON)


def test_a_hedging_verb_before_to_ends_what_a_figure_counts() -> None:
    r = analyse(
        "Some 300 women thought to be held in the camps were freed. About 2,000 people feared to be missing "
        "were named. Forty people detained in 2017 were released."
    )
    units = {c.number_text: c.unit for c in r.claims}
    assert units["Some 300"] == "women"
    assert units["About 2,000"] == "people"
    assert units["Forty"] == "people detained"


def test_a_known_places_possessive_opens_a_buildings_name_in_a_headline() -> None:
    r = analyse(
        "Restoration Work Leaves Kashgar’s Old Grand Mosque ‘an Empty Stage’\n\nOfficials say the work will end in May."
    )
    assert "Old Grand Mosque" in names(r, t.FACILITY)
    assert not [n for n in names(r, t.FACILITY, t.ORGANIZATION) if "Restoration" in n]
    assert "Kashgar" in names(r, t.PLACE)


def test_a_missions_seat_of_two_words_is_whole_in_its_full_name() -> None:
    r = analyse(
        "Members gathered in front of the Chinese embassy in Buenos Aires on Friday. The German embassy in Berlin "
        "Monday said nothing."
    )
    bodies = names(r, t.PUBLIC_BODY)
    assert "Chinese embassy in Buenos Aires" in bodies
    assert "Chinese embassy in Buenos" not in bodies
    assert "German embassy in Berlin" in bodies


def test_two_streets_named_before_a_plural_head_are_a_place() -> None:
    r = analyse("Officials visited the corner of Jiefang and Renmin Roads, where a mosque once stood.")
    assert not {"Renmin Roads", "Jiefang and Renmin Roads"} & names(r, t.PERSON, t.ORGANIZATION, t.PUBLIC_BODY)


def test_one_name_after_a_quoting_verb_before_who_they_are_is_a_person() -> None:
    r = analyse(
        "Traders lost touch with their wives, said Rashid, a Pakistani businessman who declined to give his "
        "surname. “It is hard,” said Beijing, the capital of China."
    )
    assert "Rashid" in names(r, t.PERSON)
    assert "Beijing" not in names(r, t.PERSON)
