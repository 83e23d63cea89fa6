"""Organisations and public bodies: what is a body's name and what is not, with real sentences from the
sample corpus (European Parliament resolutions) and other public documents (OHCHR's 2022 assessment,
UN and EU statements)."""

from habeas.analyse import tables as t
from habeas.analyse.document import _name_hits
from habeas.analyse.engine import DocumentText, analyse_batch
from habeas.analyse.english import describes_state

BODIES = (t.ORGANIZATION, t.PUBLIC_BODY)


def analyse(text: str):
    [result] = analyse_batch([DocumentText("d", [(1, text)])])
    return result


def bodies(result) -> set[str]:
    return {m.name for m in result.mentions if m.type in BODIES}


def of_type(result, type_: str) -> set[str]:
    return {m.name for m in result.mentions if m.type == type_}


def test_a_post_title_gives_no_fragment_of_a_body():
    r = analyse(
        "Instructs its President to forward this resolution to the Council, the Commission, the Vice "
        "President of the Commission / High Representative of the Union for Foreign Affairs and "
        "Security Policy, and the Government and Parliament of the People's Republic of China."
    )
    assert not any("Union for Foreign Affairs" in n for n in bodies(r))


def test_the_body_a_post_belongs_to_is_kept():
    r = analyse(
        "Ursula von der Leyen, President of the European Commission, said the proposal would ban "
        "products made with forced labour from the EU market."
    )
    assert "European Commission" in bodies(r)


def test_a_states_government_described_by_its_country_is_no_organisation():
    r = analyse(
        "whereas the Chinese Government called the leaked documents 'pure fabrication and fake news'; "
        "whereas similar conclusions have been drawn by the United States Government and legislatures "
        "in the United States; whereas the US Congress recently passed the Uyghur Human Rights Policy "
        "Act instructing the Federal Government to protect Uyghurs residing in the USA; Instructs its "
        "President to forward this resolution to the Member States, the Government of the People's "
        "Republic of China and the National People's Congress."
    )
    found = bodies(r)
    assert not any("Government" in n for n in found), found
    assert {"US Congress", "National People's Congress"} <= found
    places = {m.canonical for m in r.mentions if m.type == t.PLACE}
    assert {"United States", "China"} <= places  # the country named inside the description stays


def state(name: str) -> bool:
    return describes_state(name.split(" "))


def test_describes_state_keeps_names_that_merely_contain_government_words():
    assert state("Chinese Government")
    assert state("Government of the People's Republic of China")
    assert state("Federal Government of Germany")
    assert state("Xinjiang Authorities")
    assert not state("Government Accountability Office")
    assert not state("European Parliament")
    assert not state("Government Offices of Sweden")
    assert not state("Trump Administration")


def test_a_body_not_named_by_its_country_stays_a_public_body():
    r = analyse(
        "The Government Accountability Office found that the agency had not assessed the risk of "
        "forced labour in its supply chains."
    )
    assert "Government Accountability Office" in bodies(r)


def test_an_acronym_joins_the_one_name_whose_initials_it_spells():
    r = analyse(
        "having regard to the Universal Declaration of Human Rights of 1948 and the Charter of "
        "Fundamental Rights of the European Union of 2012; Calls on the Member States to recognise all "
        "Uyghurs wishing to come to the EU as refugees."
    )
    eu = [m for m in r.mentions if m.name == "EU"]
    assert eu and all(m.canonical == "European Union" and m.strong for m in eu)


def test_an_acronym_with_no_matching_name_stays_itself():
    r = analyse("MEPs finally stress that tools used so far by the ODIHR have not led to tangible progress.")
    odihr = [m for m in r.mentions if m.name == "ODIHR"]
    assert odihr and odihr[0].canonical == "ODIHR" and not odihr[0].strong


def test_a_document_named_after_its_author_is_no_organisation():
    r = analyse(
        "OHCHR Assessment of human rights concerns in the Xinjiang Uyghur Autonomous Region, People's "
        "Republic of China\n\nThe Office of the United Nations High Commissioner for Human Rights "
        "(OHCHR) has received increasing allegations."
    )
    assert not any("Assessment" in n for n in bodies(r))
    assert "Office of the United Nations High Commissioner for Human Rights" in bodies(r)


def test_a_body_keeps_the_complement_of_its_name():
    r = analyse(
        "The Working Group on Arbitrary Detention and the Special Rapporteur on the promotion and "
        "protection of human rights while countering terrorism wrote to the Government."
    )
    assert "Working Group on Arbitrary Detention" in bodies(r)
    assert "Working Group" not in bodies(r)


def test_a_date_after_a_body_is_not_part_of_its_name():
    r = analyse("The European Parliament on Thursday adopted a resolution on the human rights situation.")
    assert "European Parliament" in bodies(r)
    assert not any("Thursday" in n for n in bodies(r))


def test_accented_names_are_whole():
    r = analyse(
        "The UN Secretary-General António Guterres and the High Commissioner, Michelle Bachelet, were "
        "informed of the findings."
    )
    people = of_type(r, t.PERSON)
    assert "António Guterres" in people
    assert not any(len(p) <= 3 for p in people), people


def test_names_found_again_are_whole_words_and_the_longest_wins():
    text = "Zenz wrote; Adrian Zenz and Zenzi met the Rome Statute of the International Criminal Court."
    names = ["Zenz", "Adrian Zenz", "Rome Statute", "Rome Statute of the International Criminal Court"]
    hits = _name_hits(names, text, cjk=False)
    found = [text[s:e] for s, e in hits]
    assert found == ["Zenz", "Adrian Zenz", "Rome Statute of the International Criminal Court"]


def test_the_body_named_in_a_post_title_is_part_of_the_title():
    """ "UN High Commissioner" is a post: its "UN" names no body on its own, with or without the
    holder's name after it; a body named before a post keeps its name."""
    r = analyse(
        "whereas the publication of the leaked Xinjiang police files coincided with the visit of UN High "
        "Commissioner Bachelet; whereas UN High Commissioner mentioned that her trip was not an "
        "investigation; European Commission President Ursula von der Leyen called for a ban."
    )
    assert "UN" not in bodies(r) and "United Nations" not in bodies(r)
    assert "Bachelet" in of_type(r, t.PERSON)
    assert "European Commission" in bodies(r)
    r = analyse("Calls on the UN Human Rights Council to create a commission of inquiry.")
    assert "UN Human Rights Council" in bodies(r)


def test_a_bloc_of_states_is_an_organisation_one_entity_across_its_forms_and_its_bodies_are_bodies():
    r = analyse(
        "They recall it is vital that the EU raises the issue of human rights violations in China; "
        "urges the G7 and G20 Member States to address the topic likewise; the European Parliament and "
        "the European External Action Service; having regard to the Charter of Fundamental Rights of "
        "the European Union."
    )
    places = {m.canonical for m in r.mentions if m.type == t.PLACE}
    organisations = {m.canonical for m in r.mentions if m.type == t.ORGANIZATION}
    assert {"European Union", "Group of Seven", "Group of Twenty"} <= organisations
    assert "China" in places and not {"European Union", "Group of Seven", "Group of Twenty"} & places
    assert {"European Parliament", "European External Action Service"} <= bodies(r)
    assert "Charter of Fundamental Rights of the European Union" in of_type(r, t.LAW)
