"""Mentions in English text: the words of names, and what a run of them names.

This module holds what every layer shares: the vocabulary (the heads of bodies', laws', facilities' and
places' names, titles, words that open a clause), whether words can be a person's name, the gazetteer's
places, and `classify_run`, which reads a run of capitalised words as a body, a law, a facility or a
place by its head. The layers build on it, strongest first: acronyms with their expansions and "also
known as" aliases, names after a title or role, the gazetteer, runs of capitalised words headed by a
word that names an institution, an instrument or a facility (`english_rules`); then names the case
already knows and names defined earlier in the same document (`english_context`, `english_cues`); then
spaCy's entities, corrected (`english_spacy`). Overlaps go to the stronger layer (`english_overlaps`).
The page is prepared for all of them first (`english_layout`). Ethnonyms and nationality adjectives
are never people or places.
"""

from __future__ import annotations

import functools
import itertools
import re

from habeas.analyse import known_bodies, uyghur
from habeas.analyse import tables as t
from habeas.analyse.english_layout import alone_on_line
from habeas.analyse.english_layout import known_place as known_place
from habeas.names.scripts import LATIN_EXTENDED_A, LATIN_EXTENDED_ADDITIONAL, LATIN_LOWER, LATIN_UPPER
from habeas.vocab import MONTH_NAMES, WEEKDAY_NAMES

P_NESTED, P_SPACY, P_KNOWN, P_RULE, P_STRONG = 1, 2, 3, 4, 5
ROLE = "role"  # a post's title: holds its place against fragments, then is dropped

# a capitalised word, with a possessive ("People's") or a plural's possessive before another capitalised
# word ("the Foreign Correspondents' Club"); a capital with a diacritic starts one too ("Ürümqi", "Élysée")
CAP_WORD = rf"[{LATIN_UPPER}][\w\-]*(?:['’][A-Za-z]+|(?<=s)['’](?=[ \t]+[A-Z]))?"
CONNECTOR = r"(?:of|for|on|the|against|in|de|du|des|la|to|&)"
# a portfolio a public body's name lists before its head: one to three capitalised words ("Foreign Affairs",
# "Defence", "Trade" in "Foreign Affairs, Defence and Trade Legislation Committee")
PORTFOLIO = rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}}"
_NUMBERED = r"No\.?[ \t]+\d+"  # "Urumqi No. 3 Detention Center"
# (a run's words are one or two spaces apart: a wider gap or a tab parts a table's cells, "Site      County or
# city", "EN<tab>Official Journal of the European Union<tab>L 99 I/1")
RUN_RE = re.compile(rf"(?<![\w'’\-&]){CAP_WORD}(?: {{1,2}}(?:{CONNECTOR} +)*(?:{_NUMBERED}|{CAP_WORD}))*")
# a run that goes on over an initialism before a capitalised word ("the Office of the U.N. High Commissioner")
INITIALISM_WORD_RE = re.compile(r"(?:[A-Z]\.){2,}")
INITIALISM_RUN_RE = re.compile(
    rf"(?<![\w'’\-&]){CAP_WORD}(?: {{1,2}}(?:{CONNECTOR} +)*"
    rf"(?:{_NUMBERED}|{INITIALISM_WORD_RE.pattern}(?= {{1,2}}[A-Z])|{CAP_WORD}))*"
)
# letters of names written in Latin script, accents included ("António Guterres", "Zoé")
# Latin letters with diacritics, Vietnamese's among them ("Đặng Thị Hoa")
UPPER = LATIN_UPPER + LATIN_EXTENDED_A + LATIN_EXTENDED_ADDITIONAL
LOWER = LATIN_LOWER + LATIN_EXTENDED_A + LATIN_EXTENDED_ADDITIONAL
# the second syllable of a hyphenated given name ("Au Nok-hin", "Kim Jong-un"), not a suffix ("-led")
_NOT_SYLLABLE = t.hyphen_adjective_ends("led", "born", "made", "style", "like", "wide", "era", "type", "linked")
HYPHEN_SYLLABLE = rf"(?!(?:{_NOT_SYLLABLE})(?![a-z]))[a-z]{{2,6}}"

AKA_RE = re.compile(
    r"(?:\.?[ \t]*\[[ \t]*|\)?[ \t]*[,(]?\s*)"  # "Ltd. [also known as …]": a list's entry gives its names in a bracket
    r"(?:also\s+known\s+as|a\.k\.a\.|aka|formerly\s+known\s+as|better\s+known\s+as|"
    r"hereinafter|also\s+called|also\s+(?:spelled|spelt|written|romani[sz]ed|transliterated))\s+(?:the\s+)?"
    r"[‘'\"“]?(" + CAP_WORD + r"(?:[ \t]+" + CAP_WORD + r"){0,5})"
)

# a further name in the same bracket after a semicolon: "[also known as Alpha Trading; Beta Supply]"
FURTHER_ALIAS_RE = re.compile(
    r";[ \t]+(?:the[ \t]+)?(" + CAP_WORD + r"(?:[ \t]+" + CAP_WORD + r"){0,5})(?=[ \t]*[;\])])"
)

LAW_ANYWHERE = {
    "Convention",
    "Agreement",  # a treaty by its name ("the Comprehensive Agreement on Investment", "the Paris Agreement")
    "Covenant",
    "Declaration",
    "Charter",
    "Statute",
    "Treaty",
    "Protocol",
    "Constitution",
}
LAW_HEADS = LAW_ANYWHERE | {
    *("Law", "Laws", "Act", "Regulations", "Directive", "Ordinance", "Code", "Principles"),
    "Regulation",  # an EU regulation ("the Forced Labour Regulation", "the Deforestation Regulation")
}
PUBLIC_HEADS = {
    "Parliament",
    "Council",
    "Commission",
    "Congress",
    "Government",
    "Ministry",
    "Court",
    "Courts",  # "West Kowloon Magistrates' Courts", "the Royal Courts of Justice"
    "Office",
    "Bureau",
    "Department",
    "Assembly",
    "Police",
    "Service",
    "Committee",
    "Procuratorate",
    "Senate",
    "Cabinet",
    "Administration",
    "Authority",
    "Tribunal",
    "Embassy",
    "Consulate",
    "Consulate-General",
    "Corps",
    "Army",
    "Secretariat",
    "Directorate",
    "Inspectorate",
    "Legislature",
    "Presidency",
    "Mission",
    "Treasury",
    "Force",  # "Hong Kong Police Force", "Border Force"
    "Judiciary",
    # a police force's units below a bureau, as translations from Chinese name them (支队, 大队: "the Cyber
    # Security Detachment", "the Criminal Investigation Brigade"), and an army's detachments and brigades
    *("Detachment", "Brigade"),
}
PUBLIC_FIRST = {
    "House",  # "House of Representatives", "House of Commons", "House of Councillors"
    "Chamber",  # "Chamber of Deputies"
    "Office",
    "Ministry",
    "Department",
    "Bureau",
    "Committee",
    "Subcommittee",  # "Subcommittee on Human Rights"
    "Commission",
    "Council",
    "Court",
    "Government",
    "Parliament",
    "Embassy",
    "Consulate",
    "Consulate-General",
    "Secretariat",
    "Directorate",
    "Judiciary",  # "Judiciary of Hong Kong"
    "Mission",  # "Permanent Mission of the Republic of Lithuania": a state's mission, named by its state after "of"
}
# the last word of a web site's, a blog's or a podcast's name ("the Diyarim Website", "the Fairbank Center Blog"):
# a medium, never a person's surname (nor a body's head alone: a link's "Official Website" names none)
MEDIA_HEADS = {"Website", "Blog", "Podcast"}
ORG_HEADS = {
    # a department's or an institute's working group, named by its subjects ("Statistics and Data Team",
    # "Information Rights Team", "Coastline Investigations Unit")
    *("Team", "Unit"),
    "Club",
    "Organization",
    "Organisation",
    "Foundation",
    "Party",
    "Platform",
    "Union",
    "Association",
    "Institute",
    "University",
    "Company",
    "Corporation",
    "Group",
    "Network",
    "Society",
    "Federation",
    "Alliance",
    "League",
    "Bank",
    "Fund",
    "Programme",
    "Watch",
    "Movement",
    "Coalition",
    "Collective",  # "the Uyghur Collective": a group of campaigners or artists
    "Academy",
    "College",
    "Agency",
    "Times",
    "Post",
    "News",
    "Magazine",  # "Foreign Policy Magazine", "1843 Magazine"
    "Online",  # a site or a database by its name ("China Judgements Online", "People's Daily Online")
    "Today",
    "Journal",
    "Tribune",
    "Herald",
    "Institution",
    "Nations",
    "Centre",
    "Center",
    "Initiative",
    "Project",
    "Trust",
    "Co",
    "Corp",  # "China Energy Investment Corp."
    "Inc",
    "Ltd",
    "Limited",
    # newspapers' last words ("Inner Mongolia Daily", "Hong Kong Gazette", "Tibet Weekly")
    *("Daily", "Gazette", "Weekly", "Chronicle"),
    *("Zeitung", "Dagblad", "Dagbladet"),  # and in other languages ("Süddeutsche Zeitung", "Svenska Dagbladet")
    # the last word of many companies' names ("Hoshine Silicon Industry", "SAIC Motor", "PDD Holdings")
    *("Holdings", "Industry", "Industries", "Technology", "Technologies", "Motor", "Motors", "Electronics"),
    *("Pharmaceuticals", "Enterprises", "Textiles", "Textile", "Apparel", "Media"),
    # publishers ("Penguin Press", "Columbia University Press"); boards ("Executive Board")
    *("Press", "Publishers", "Board"),
    # the last word of companies' names by trade ("High Liner Foods", "East Hope Nonferrous Metals")
    *("Foods", "Fisheries", "Metals", "Mining", "Chemical", "Chemicals", "Steel", "Materials", "Logistics"),
    *("Airlines", "Airways", "Railways", "Garments"),  # "Uzbekistan Railways", "Turkish Airlines"
    *("Energy", "Power", "Garment", "Fashion"),  # "Daqo New Energy", "Tianlong Solar Power", "Meiyi Fashion"
    # schools of music ("the Shanghai Conservatory of Music", "the Paris Conservatoire")
    *("Conservatory", "Conservatoire"),
    "Library",  # "Kashgar Prefecture Library", "Bodleian Library": an institution
    "Engineering",  # an engineering company ("China Chengda Engineering", "Linde Engineering")
    "Division",  # a corps' or a company's division ("Fourteenth Division", "Eighth Engineering Division")
    *("Hydro", "Solar", "Electric"),  # "Voith Hydro", "Trina Solar", "General Electric"
    *("Pharma", "Pharmaceutical", "Chemie", "Semiconductor"),  # "Astellas Pharma", "Wacker Chemie"
    *("Partners", "Consulting", "Advisory", "Analytics", "Securities"),  # investment and advisory firms
    *("Solicitors", "LLP"),  # law firms ("Bindmans Solicitors", "Leigh Day LLP")
    "Firm",  # a firm named as one ("Beijing Yingke Law Firm", "Shanghai Lanpeng Accounting Firm")
    # companies' legal forms at the end of their names ("Wacker Chemie AG", "Rhein Garn GmbH", "Saigon Dyeing JSC")
    *("GmbH", "AG", "LLC", "PLC", "plc", "JSC", "ApS", "ASA", "Oyj"),
    "Exchange",  # "Shanghai Stock Exchange"
    "Mothers",  # a group of relatives ("Tiananmen Mothers", "Mothers of the Plaza de Mayo")
    # companies of performers ("China National Ethnic Song and Dance Ensemble", "Kashgar Song and Dance Troupe")
    *("Ensemble", "Troupe", "Orchestra"),
    # companies of films, music or photographs ("Tianshan Film Studios", "Silk Road Productions")
    *("Studio", "Studios", "Films", "Productions"),
}
PUBLISHING_WORDS = {"Publishing", "Printing", "Publishers"}
# a capitalised preposition that opens a work's title in a citation ("…, In Broad Daylight, 2021"), never a name
TITLE_PREPOSITION = r"(?:In|On|Inside|Beyond|Behind|Against|Into|Through|Without|Between|Among|Across)[ \t]+"
TITLE_PREPOSITION_RE = re.compile(TITLE_PREPOSITION)
# heads of names that are events, policies, leaks or prizes, not bodies
NOT_ORG_HEADS = {
    "Campaign",
    "Strategy",
    "Plan",
    "Policy",
    "Dialogue",
    "Partnership",
    "Files",
    "List",  # "the Entity List", "the Unverified List": a list of bodies is no body
    *("License", "Licence"),  # "the Creative Commons Attribution License": the terms a work is shared under
    "Cables",
    "Papers",
    "Leaks",
    "Statement",
    "Prize",
    "Award",
    "Day",
    "Week",
    "Summit",
    "Session",
    "Games",
    "Notices",
    # documents named after their author ("OHCHR Assessment", "EU Statement")
    "Assessment",
    "Report",
    "Reports",
    "Resolution",
    "Resolutions",
    "Decision",
    "Opinion",
    "Review",
    "Bulletin",
    "Bulletins",
    "Letter",
    "Communication",
    "Recommendation",
    "Recommendations",
    "Conclusions",
    "Guidelines",
    "Telegram",
    "Manual",
    "Note",  # "Country Policy and Information Note", "Guidance Note": a document, no body
    "Notes",
    "Release",  # "For Immediate Release", "Press Release": a press release's heading
    "Order",  # "the Withhold Release Order", "Executive Order": an order, the body that issued it aside
    "Orders",
    # a news summary's or a newsletter's title ("The Weekly Brief", "Uyghur News Recap", "China Digest")
    *("Brief", "Briefing", "Newsletter", "Digest", "Recap", "Roundup", "Round-up"),
}
# words that start a body's name when what it is for follows ("Institute for ...", "Society of ...")
ORG_FIRST = {
    *("Center", "Centre", "Institute", "Society", "Foundation", "Association", "Alliance", "Coalition"),
    *("League", "Federation", "Fund", "Network", "Academy", "College", "University", "Bank", "Agency"),
    *("Organization", "Organisation", "Council", "Forum", "Trust", "Initiative", "Project", "Group", "School", "Club"),
    *("Conservatory", "Conservatoire"),  # "Conservatory of Music"
    "Division",  # "Fourteenth Division of the XPCC": a corps' division, named with the body it belongs to
    "Journal",  # "Journal of the European Association for Chinese Studies": a journal, named with what it is of
    *("Hospital", "Library"),  # "People's Hospital of Kashgar Prefecture", "Library of Congress"
}
# a street is where things happen, no person's name and no place the analysis lists ("Jiefang Road")
STREET_HEADS = {"Road", "Street", "Avenue", "Boulevard", "Wharf", "Quay"}  # "Harrow Quay": a street too
# a house of worship is a building ("the Id Kah Mosque"), no body and no place
WORSHIP_HEADS = {"Mosque", "Mosques", "Temple", "Monastery", "Church", "Cathedral", "Shrine", "Mazar"}
# a site of transport or of crowds is a place in a city, named after a person or a place, neither of them:
# "Charles de Gaulle Airport", "the People's Square", "Kashgar Railway Station"
SITE_HEADS = {"Airport", "Airfield", "Bridge", "Square", "Station", "Stadium", "Terminal"}
FACILITY_HEADS = {"Camp", "Camps", "Prison", "Jail", "Facility", "Gaol", "Building"} | STREET_HEADS | WORSHIP_HEADS
FACILITY_HEADS |= SITE_HEADS
# the last word of a building's or an address's name ("Ridley Hall", "Carlton Gardens", "Shenton Way", "King
# Charles Street"): the name before it names the building or the street, no person
ADDRESS_HEADS = STREET_HEADS | {"Way", "Lane", "Gardens", "Square", "Place", "Terrace", "Crescent", "Mews", "Row"}
ADDRESS_HEADS |= {"Hall", "House", "Court", "Tower", "Building", "Buildings", "Yard"}
# a land's features, named as places ("the Taklamakan Desert", "the Kunlun Mountains"); no surname ends so; one
# named after a city or a county ("the Turpan Basin", "the Hotan Oasis") is a place of its own, no other name of it
LAND_HEADS = {"Mountains", "Desert", "Basin", "Plateau", "Grassland", "Grasslands", "Steppe", "Oasis", "Glacier"}
# the levels of an administrative area that end its name ("Mongolküre County", "Opal Township")
LEVEL_HEADS = frozenset({"Province", "Region", "Prefecture", "County", "City", "District", "Township", "Banner"})
PLACE_HEADS = {*LEVEL_HEADS, "Village"} | {
    "Pass",  # a mountain pass and its border crossing ("the Khunjerab Pass")
    "Town",  # "Qaraqash Town": a town, even one that shares its county's name
    "Subdistrict",  # a city's subdistrict (jiedao), the seat of many a county-level city ("Nurbagh Subdistrict")
    *LAND_HEADS,
    *("Caves", "Grottoes"),  # a site of caves named for its hill or village ("the Bezeklik Grottoes")
}
# "the Chinese Government", "Government of the People's Republic of China", "the Federal Government":
# a state's executive described by its country, not named. As in OntoNotes, the country is the name
# (a place mention) and the nationality adjective is no entity; the phrase is no organisation, since
# one string would stand for a different body in every document ("Federal Government").
STATE_HEADS = {"Government", "Governments", "Authorities"}
STATE_LEVELS = {
    "federal",
    "national",
    "central",
    "state",
    "provincial",
    "regional",
    "local",
    "municipal",
    "county",
    "city",
    "royal",
    "imperial",
    "interim",
    "transitional",
    "military",
    "autonomous",
    "region",
    "people's",
    "the",
    "and",
    "of",
}
# verbs that open a clause only before what follows them in lower case ("Writing in the …"); before a
# capitalised word they are a name's own ("the Writing Center of …", "the Speaking Truth Foundation")
VERBAL_STARTERS = {"Writing", "Speaking", "Commenting", "Testifying"}
CLAUSE_STARTERS = {
    "Whereas",
    "Having",
    "Calls",
    "Urges",
    "Notes",
    "Recalls",
    "Stresses",
    "Expresses",
    "Welcomes",
    "Regrets",
    "Condemns",
    "Instructs",
    "Reiterates",
    "Underlines",
    "Considers",
    "Believes",
    "Asks",
    "Requests",
    "Demands",
    "Encourages",
    "Emphasises",
    "Emphasizes",
    "Deplores",
    "Insists",
    "Points",
    "Takes",
    "Highlights",
    "Also",
    "However",
    "Moreover",
    "Further",
    "The",
    "A",
    "An",
    "In",
    "On",
    "As",
    "At",
    "By",
    "And",
    "Or",
    "Of",
    "For",
    "To",
    "From",  # "From Bergens Dagbladet": a link card's line naming the site, the preposition no part of it
    "Background",
    "Appropriate",
    "Pressure",
    "Thus",
    "Therefore",
    "Meanwhile",
    # adverbs of time or of addition that open a sentence before a comma ("Earlier, the committee appealed")
    *("Earlier", "Later", "Previously", "Subsequently", "Separately", "Additionally", "Afterwards"),
    # a hearing's record of what happened, in brackets ("[Whereupon, at 11:48 a.m., the hearing was adjourned.]")
    *("Whereupon", "Thereupon"),
    # a speaker's openers in a transcript of speech ("So, the figures are …", "Honestly? No.")
    *("So", "Well", "Yes", "Right", "Okay", "Honestly", "Actually", "Sorry", "Now"),
    "This",
    "That",
    "These",
    "Those",
    "According",
    *("Like", "Unlike"),  # "Like Primo Levi, she …": a comparison's preposition, no part of the name after it
    # a preposition opening a sentence before a body's name or its possessive ("Under Parliament's rules, …",
    # "Despite Beijing's denials", "Within the Ministry of …"): no word of the name after it
    *("Under", "Despite", "Amid", "Among", "Within", "Across", "Throughout", "Through", "Without", "Upon"),
    # a clause opened by a verb of writing or speaking ("Writing in the South China Morning Post, …")
    *VERBAL_STARTERS,
    "After",
    "Before",
    "During",
    "Since",
    "While",
    "When",
    "Although",
    "If",
    "Furthermore",
    "Both",
    "Such",
    "Mass",
    "Its",
    "Their",
    "His",
    "Her",
    "Our",
    "Many",
    "Some",
    "All",
    "Every",
    "Each",
    "Dear",
    "Press",
    "Strongly",
    "Firmly",
    "Reaffirms",
    "Acknowledges",
    "Invites",
    "Supports",
    "Condemn",
    "Express",
    "Call",
    "Urge",
    "Note",
    "Recall",
    "Welcome",
    "Regret",
    "Instruct",
    "Reiterate",
}
TITLE_TOKENS = {x.split()[-1] for x in t.TITLE_WORDS} - {
    "State",  # "Secretary of State" is a title; "Department of State" a body
    "Justice",
    "Head",
    "Lady",
    "Lord",
    "Sir",
    "Dame",
    "Chair",
    "Delegate",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Miss",
}


def title_or_role_word(word: str) -> bool:
    """Whether a word names a post a person holds: a title's last word as written (``TITLE_TOKENS``: "Editor",
    "Director") or a role's noun in either case ("analyst", "Analyst")."""
    return word.lower() in t.ROLE_NOUNS or word in TITLE_TOKENS


MEMBERS_OF = {
    "Member",
    "Members",
    "Staff",
    "Officials",
    "Officers",
    "Representatives",
    "Delegates",
    "Employees",
    "Leaders",
}
KEYWORD_WORDS = {w.lower() for w in LAW_HEADS | PUBLIC_HEADS | ORG_HEADS | FACILITY_HEADS | PLACE_HEADS}
_NOUN_SUFFIX_RE = re.compile(r"(?:ion|ment|ness|ity|ism|sis|ing|ance|ence|ship|ies|ure)$")


def common_word(raw: str) -> bool:
    """Whether a capitalised word is a common one: a noun's ending, a word no name holds, a head word of a
    body, a place or a law, or a word that opens a clause."""
    low = raw.lower()
    return (
        _NOUN_SUFFIX_RE.search(low) is not None
        or low in t.NOT_NAME_WORDS
        or low in KEYWORD_WORDS
        or raw.capitalize() in CLAUSE_STARTERS
    )


# a head word that is also a common surname: a person's last name after a given name where the words
# around say it is a person ("Activist Nathan Law", "Peter Law said"; english_context.surname_heads)
SURNAME_HEADS = {"Law"}

# one of them, in a pattern; "Co., Ltd." whole, and in a caption's capitals ("CO., LTD.")
LEGAL_FORM = r"Co\.,?[ \t]+Ltd|CO\.,?[ \t]+LTD|" + "|".join(t.LEGAL_FORMS)
# a Chinese partnership's form in brackets after its name ("Tianhe Certified Public Accountants (Special General
# Partnership)", 特殊普通合伙)
_PARTNERSHIP_FORM = r"[ \t]*\((?:Special[ \t]+)?(?:General|Limited)[ \t]+Partnership\)"
# legal forms written with full stops ("A.Ş.", "S.A.", "e.V.", a limited partnership's "L.P."), the last one left out
DOTTED_LEGAL_FORMS = r"A\.Ş|S\.A|S\.p\.A|B\.V|N\.V|e\.V|L\.P"
# any legal form, dotted or not, in a pattern
ANY_LEGAL_FORM = rf"{DOTTED_LEGAL_FORMS}|{LEGAL_FORM}"
CORPORATE_RE = re.compile(rf"(?:\.?,?[ \t]*(?:{ANY_LEGAL_FORM})\b\.?|{_PARTNERSHIP_FORM})+")
# the legal forms that end a name, and the ampersand or "and" that joined them to it (``without_legal_form``)
_CORPORATE_END_RE = re.compile(CORPORATE_RE.pattern + "$")
_JOINING_END_RE = re.compile(r"[ \t]+(?:&|and)\Z")


def without_legal_form(name: str) -> str:
    """A company's name without its legal form: "Huawei Technologies Co., Ltd." is Huawei Technologies, and "Levi
    Strauss & Co." is Levi Strauss (the ampersand that joined the form goes with it)."""
    bare = _CORPORATE_END_RE.sub("", name.rstrip()).strip(" ,")
    bare = _JOINING_END_RE.sub("", bare)
    return bare if len(bare.split()) >= 1 and bare != name else ""


# a company's name with its seat or group form in brackets before the rest: "SAIC-Volkswagen (Xinjiang)
# Automotive Co.", "Zhongtai (Group) Co., Ltd."
_BRACKETED_SEAT_BEFORE = re.compile(
    r"(?<![\w\-&])(?P<name>[A-Z][\w&\-]*(?:[ \t]+[A-Z][\w&\-]*){0,3})[ \t]*\((?P<seat>[A-Z][\w\-]*)\)[ \t]+\Z"
)


def bracketed_seat_start(text: str, start: int, lines: str) -> int:
    """Where a company's name starts when its seat (a place the gazetteer knows) or "Group" stands in
    brackets inside it ("SAIC-Volkswagen (Xinjiang) Automotive Co."): at the capitalised words before the
    brackets, on the same line of ``lines`` (the page with its line breaks; a list's "Front Line Defenders
    (Ireland)" is one item, the next line another)."""
    m = _BRACKETED_SEAT_BEFORE.search(text, max(0, start - 80), start)
    if m is None or "\n" in lines[m.start() : start]:
        return start
    seat = m.group("seat")
    return m.start("name") if seat == "Group" or known_place(seat) else start


def corporate_end(text: str, end: int) -> int:
    """Where a company's name ends, over its legal form ("Huawei Technologies Co., Ltd.")."""
    m = CORPORATE_RE.match(text, end)
    return m.end() if m else end


# -- acronyms ---------------------------------------------------------------------


def initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w and w[0].isupper())


# -- classification ---------------------------------------------------------------


# the levels of a degree ("Bachelor's degree", "Master of Arts")
DEGREE_LEVELS = ("Bachelor", "Master", "Doctor")
# a degree written out, its rank and "of" before its field ("Bachelor of Laws", "Master of Arts", "Doctor of
# Philosophy"): what a person studied, no law and no body (not "Doctors of", which opens a body's name)
_DEGREE_RANKS = {*DEGREE_LEVELS, "Bachelors", "Bachelor's", "Masters", "Master's", "Doctorate"}


def degree_written_out(words: list[str]) -> bool:
    return len(words) > 2 and words[0] in _DEGREE_RANKS and words[1] == "of"


# a party's role in a lawsuit before its name ("Plaintiffs Acme Textile Co. Ltd.", "Defendant Jane Roe"): the
# role, no part of the name
PARTY_ROLES = {
    *("Plaintiff", "Plaintiffs", "Defendant", "Defendants", "Petitioner", "Petitioners", "Respondent"),
    *("Respondents", "Appellant", "Appellants", "Appellee", "Appellees", "Claimant", "Claimants"),
}


def after_party_role(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """A capitalised run without the party's role in a lawsuit that opens it."""
    while len(words) > 1 and words[0] in PARTY_ROLES:
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    return start, words


# a street's quarter after its name, in capitals ("Constitution Avenue, N.W.", "Main Street SE")
_STREET_QUARTERS = {"N", "S", "E", "W", "NW", "NE", "SW", "SE"}


def _street_named(words: list[str]) -> bool:
    """A run that ends with a street's kind, or with that kind and the street's quarter, names a street."""
    street = next((i for i in range(len(words) - 1, 0, -1) if words[i] in STREET_HEADS), None)
    return street is not None and all(w in _STREET_QUARTERS for w in words[street + 1 :])


# the last word of an address that names barristers' chambers ("Brick Court Chambers", "Garden Court Chambers")
_ADDRESS_WORDS = frozenset({"Court", "Street", "Square", "Row", "Buildings", "Inn", "Place", "Lane", "Walk", "Yard"})


# a diplomatic mission named by its seat after its kind, as a foreign ministry's cables and staff write it ("Embassy
# Beijing", "AmEmbassy Astana", "AmConsul Shenyang")
_MISSION_BEFORE_SEAT = frozenset({"Embassy", "AmEmbassy", "Consulate", "Consulate-General", "AmConsul", "AmConsulate"})


def classify_run(words: list[str]) -> str | None:
    """The type a capitalised run names, from its head and keywords; None when it says nothing."""
    if degree_written_out(words):
        return None
    if len(words) > 3 and words[-2] == "at" and words[-3] == "Office":
        words = words[:-2]  # "United Nations Office at Geneva": the office, named with its seat
    if words[-2:] == ["in", "Exile"] or words[-1].endswith("-in-Exile"):  # "Government in Exile"
        words = words[:-2] if words[-1] == "Exile" else [*words[:-1], words[-1].removesuffix("-in-Exile")]
    if len(words) < 2:
        return None
    if words[:2] == ["Consulate", "General"] and len(words) > 2:
        words = ["Consulate-General", *words[2:]]  # "Consulate General of Canada in Edinburgh": a consulate's rank
    head = "Consulate-General" if words[-2:] == ["Consulate", "General"] else words[-1]  # a consulate's rank
    if head in GROUP_HEADS and not _group_qualified(words[:-1], head):
        return None  # "Hong Kong Courts", "Tibetan Mothers", "Several Mothers": the courts or mothers there
    if _school_of(words) or words[-2:] == ["Party", "School"] or _school_of_a_kind(words) or _named_hospital(words):
        # "China University of Political Science and Law": a school of law, no law; "the Xinjiang Party School",
        # "the Central Party School": where the Party trains its cadres (a school alone may be any: "High School")
        return t.ORGANIZATION
    if _street_named(words):
        return t.FACILITY  # "1401 Constitution Avenue, N.W.": a street named after a law, no law
    if len(words) > 2 and words[-1] == "Chambers" and words[-2] in _ADDRESS_WORDS:
        return t.ORGANIZATION  # "Essex Court Chambers", "Doughty Street Chambers": barristers named by their address
    if head in LAW_HEADS or any(w in LAW_ANYWHERE and _heads_its_phrase(words, i) for i, w in enumerate(words)):
        return _body_for_the_law(words) or t.LAW
    if words[0] in LAW_HEADS and words[1] in ("of", "on"):
        return t.LAW  # "Law of the People's Republic of China on Counter-Terrorism", "Regulations on ..."
    if words[0] in _MISSION_BEFORE_SEAT and len(words) in (2, 3) and all(w[:1].isupper() for w in words[1:]):
        # "Embassy Beijing", "AmEmbassy Ankara", "Consulate General Shanghai": a mission by its seat
        return t.PUBLIC_BODY
    if words[-2:] == ["Police", "Station"] and len(words) > 2:
        # "Sayboyi Township Police Station", "Tuanjie Road Police Station": a bureau's station (派出所), a body that
        # holds and questions people, as the Chinese golds and rules have it, no site
        return t.PUBLIC_BODY
    if head in FACILITY_HEADS and head.endswith("s") and _subject_and_participle(words[:-1]):
        return None  # "Hikvision Cameras Covering Concentration Camps": a headline's clause, no facility's name
    if head in FACILITY_HEADS or _detention_kind(head, words):
        return t.FACILITY
    if head in PUBLIC_HEADS or (words[0] in PUBLIC_FIRST and len(words) > 2 and words[1] in ("of", "for", "on")):
        return t.PUBLIC_BODY
    if head in ORG_HEADS or (head == "House" and words[-2] in PUBLISHING_WORDS) or head == "International":
        return t.ORGANIZATION  # "Kashgar Uyghur Publishing House"; "PEN International", at the end only
    if uyghur.ends_a_division_name(head):
        return t.PLACE  # "Aral Yézisi": a township's Uyghur name, with its place noun
    if head in PLACE_HEADS or words[0] == "Greater":
        # "Public Security Bureau of Kashgar Prefecture", "Intermediate People's Court of Hotan County": a
        # body named of a prefecture, county or city (a region's or a province's government, named in an
        # official's title, is left to the layers that read titles); "Greater Toronto Area", "Greater
        # Manchester": a city with its surroundings
        body = _named_with_complement(words) if head not in ("Region", "Province") or _portfolio_of(words) else None
        if body is None and (_body_before_of(" ".join(words)) or _peoples_government_or_congress_of(words)):
            return t.PUBLIC_BODY  # "Standing Committee of the Party Committee of the Uyghur Region"
        return body or t.PLACE
    return _named_with_complement(words)


def _subject_and_participle(words: list[str]) -> bool:
    """Whether a plural noun and a participle in "-ing" follow each other in title case ("Cameras Covering",
    "Guards Watching"): a headline's subject and its verb before the camps or prisons it is about, no facility's
    name (a facility is named in the singular, or in the plural after two names: "Dabancheng and Kashgar Camps")."""
    return any(
        a.endswith("s") and not a.endswith(("ss", "'s", "’s")) and b.endswith("ing") and b[:1].isupper()
        for a, b in itertools.pairwise(words)
    )


def _peoples_government_or_congress_of(words: list[str]) -> bool:
    """ "People's Government of Xinjiang Autonomous Region", "the 13th People's Congress of the Xinjiang Uyghur
    Autonomous Region": a region's or a province's government or congress, named in full with "of" and the place."""
    of = words.index("of") if "of" in words else 0
    return of >= 2 and words[of - 2] in ("People's", "People’s") and words[of - 1] in ("Government", "Congress")


# a post's capitalised title and "of the" right before a body's name, an ordinal perhaps between ("Deputy Head of the
# 13th People's Congress …", "Chairman of the Standing Committee of the …")
_TITLE_OF_THE_BEFORE_RE = re.compile(
    r"(?<![\w\-])[A-Z][a-z]+[ \t]+of[ \t]+the[ \t]+(?:\d{1,2}(?:st|nd|rd|th)[ \t]+)?\Z"
)


def congress_in_a_title(text: str, start: int, words: list[str]) -> bool:
    """Whether a region's people's congress named in full is named inside an official's title ("Deputy Head of the
    13th People's Congress of the Xinjiang Uyghur Autonomous Region"): left to the layers that read titles, as a
    body it is named by elsewhere ("elected by the 13th People's Congress of …", "a deputy to the …")."""
    if not _peoples_government_or_congress_of(words) or "Congress" not in words:
        return False
    return _TITLE_OF_THE_BEFORE_RE.search(text, max(0, start - 60), start) is not None


def _portfolio_of(words: list[str]) -> bool:
    """ "Political and Legal Affairs Committee of the Xinjiang Uyghur Autonomous Region": a body with a
    portfolio of its own, named of a region or a province (its government is left to the titles' layers)."""
    of = words.index("of") if "of" in words else 0
    if _peoples_government_or_congress_of(words):
        return True  # "People's Government of Xinjiang Autonomous Region": the region's government, named in full
    return of > 1 and words[of - 1] in PUBLIC_HEADS - STATE_HEADS and words[of - 2] != "People's"


SCHOOL_HEADS = {"University", "College", "School", "Academy", "Institute"}


# a school's name run into the next's, as an infobox's list of schools loses its line breaks in a copy ("Alma
# mater | Shandong University Renmin University of China |"): the first ends at its head, the second is a school's
# name of its own (a name and a university's, college's, academy's or institute's head, "of" a place after it)
_SCHOOL_HEAD = r"(?:University|College|Academy|Institute)"
_SECOND_SCHOOL_RE = re.compile(
    rf"(?<![\w\-])(?!{_SCHOOL_HEAD}\b)[A-Z][a-z]+[ \t]+{_SCHOOL_HEAD}[ \t]+"
    rf"(?P<second>(?!{_SCHOOL_HEAD}\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+{_SCHOOL_HEAD}\b)(?=[ \t]+of\b)"
)


def schools_apart(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` as the spans of the two schools' names run together in it, or whole if none."""
    second = second_school_start(text, start, end)
    if second is None:
        return [(start, end)]
    return [(start, start + len(text[start:second].rstrip())), (second, end)]


def second_school_start(text: str, start: int, end: int) -> int | None:
    """Where the second of two schools' names run together starts, inside ``text[start:end]`` (the first's
    name may open before ``start``: the model may read its head alone with the second); None if none."""
    for second in _SECOND_SCHOOL_RE.finditer(text, max(0, start - 40), end):
        if start < second.start("second") < end:
            return second.start("second")
    return None


# plural heads that name one body only after what kind it is or whose it is ("West Kowloon Magistrates'
# Courts", "the Law Courts", "Tiananmen Mothers"), never after a country, a place or a people alone, nor after
# a word for how many
GROUP_HEADS = {"Courts", "Mothers"}
QUANTIFIERS = {"Several", "Many", "Some", "Most", "Few", "Various", "Numerous", "All"}


def _group_qualified(before: list[str], head: str) -> bool:
    """Whether the words before a plural head say which body it is: no place's or people's name alone and no
    count; courts also name their kind or owner ("Magistrates'", "Magistrates", "Law", "District")."""
    if not before or before[0] in QUANTIFIERS or national_phrase(before):
        return False
    return head != "Courts" or before[-1].endswith(("'", "’", "s")) or before[-1].lower() in KEYWORD_WORDS


# the kinds of school a name says before "School" ("Changji Normal School", "Kashgar Medical School"): a school
# of that kind, named of its town; "School" alone after a name may be any ("High School", "Sunday School")
SCHOOL_KINDS = {"Normal", "Medical", "Vocational", "Technical", "Nursing", "Teachers'", "Teachers’", "Polytechnic"}


# the levels of school a name says before "School" ("Altay No. 2 Middle School", "Yarkand Senior High School")
SCHOOL_LEVELS = {"Primary", "Middle", "High", "Secondary", "Elementary", "Boarding", "Senior", "Junior"}


def _school_of_a_kind(words: list[str]) -> bool:
    """A school named of its town and its kind or level: "Changji Normal School", "Altay No. 2 Middle School";
    its kind or level alone names none ("High School", "Junior High School")."""
    if len(words) < 3 or words[-1] != "School" or words[-2] not in SCHOOL_KINDS | SCHOOL_LEVELS:
        return False
    name = [w for w in words[:-1] if w not in SCHOOL_KINDS | SCHOOL_LEVELS]
    return bool(name) and name[0].lower() not in t.NOT_NAME_WORDS


def _named_hospital(words: list[str]) -> bool:
    """A hospital named of its town, its owner or its patron ("Ürümqi Railway Hospital", "Kashgar Prefecture
    People's Hospital", "Queen Mary Hospital"); "Hospital" after a word no name is made of names none."""
    return len(words) > 1 and words[-1] == "Hospital" and words[0].lower() not in t.NOT_NAME_WORDS


def _school_of(words: list[str]) -> bool:
    """A school named with what it teaches ("University of Political Science and Law", "School of Law"), or a
    university's faculty ("Faculty of Law"), before any word of a treaty's name."""
    for i, w in enumerate(words[:-1]):
        if w in LAW_ANYWHERE:
            return False
        if (w in SCHOOL_HEADS or w == "Faculty") and words[i + 1] in ("of", "for"):  # "Faculty of Law"
            return True
    return False


# title-case words that open what a law is on or against ("Convention Against Torture", "Declaration Relating to …")
_LAW_COMPLEMENT_OPENERS = {"Against", "On", "Of", "For", "To", "In", "Relating", "Concerning", "Regarding"}


def _heads_its_phrase(words: list[str], i: int) -> bool:
    """A law's word names a law inside a run only where it heads its phrase: last, or before a connective or a
    number ("Universal Declaration of Human Rights", "Charter 08"), not before a further noun of the name
    ("Internet Protocol Video Market", "Global Protocol Research Group": a body named with the word)."""
    after = words[i + 1] if i + 1 < len(words) else ""
    return not after[:1].isupper() or after in _LAW_COMPLEMENT_OPENERS


def _body_for_the_law(words: list[str]) -> str | None:
    """A body named for what it works for, whose name ends in a law's word: "International Bureau for
    Human Rights and Rule of Law", "Bingham Centre for the Rule of Law"; never a law named of a body
    ("Convention of the Council of Europe on ...", "Law of the People's Republic of China on ...")."""
    for i, w in enumerate(words[:-2]):
        if w in LAW_ANYWHERE or w in LAW_HEADS:
            return None
        if words[i + 1] in ("of", "for", "on") and w in PUBLIC_FIRST | ORG_FIRST:
            return _named_with_complement(words)
    return None


MAX_NAME_WORDS = 12  # "Xinjiang Uyghur Autonomous Region Public Security Department" is eight


_COURT_HEADS = {"Tribunal", "Court"}


def _named_with_complement(words: list[str]) -> str | None:
    """ "Center for Global Policy", "Society for Social Science Research", "United States Department of
    the Treasury": a body's word followed by what it is for or of, the body's type whatever the last word."""
    if len(words) > MAX_NAME_WORDS:
        return None  # no body's name is that long: a run of capitalised words, not a name
    for i, w in enumerate(words[:-2]):
        if words[i + 1] not in ("of", "for", "on") or any(x in CALENDAR_WORDS for x in words[i + 2 :]):
            continue
        prefix = _subjects_of(words[:i], words[i + 2 :])
        qualified = i == 0 or national_phrase(prefix) or _body_prefix(prefix)
        qualified = qualified or (i > 1 and national_word(words[0]) and _body_prefix(words[1:i]))  # "US House Select"
        if w in PUBLIC_FIRST | {"Assembly"} and qualified and (words[i + 1] != "on" or i > 0):
            return t.PUBLIC_BODY  # "Congressional-Executive Commission on China"
        if w in _COURT_HEADS and i > 0 and all(x[:1].isupper() and x not in CLAUSE_STARTERS for x in words[:i]):
            return t.PUBLIC_BODY  # "International Criminal Tribunal for the Former Yugoslavia": a court for a place
        if w in ORG_FIRST and all(x[:1].isupper() for x in words[:i]):
            return t.ORGANIZATION
    return None


def _subjects_of(prefix: list[str], complement: list[str]) -> list[str]:
    """The words that qualify a body before its complement, two subjects joined by "and" read as one
    ("Political and Legal Affairs Commission of Xinjiang", joined as one run before); not where the
    complement is a body the list knows ("Business and Trade Committee of the House of Commons": two
    bodies)."""
    if "and" not in prefix[1:-1]:
        return prefix
    owner = " ".join(w for w in complement if w != "the")
    return prefix if t.fold(owner) in known_bodies.english_forms() else [w for w in prefix if w != "and"]


def _body_prefix(words: list[str]) -> bool:
    """ "Parliamentary Assembly", "Congressional-Executive Commission": capitalised words that qualify a
    body, none of them a title ("Deputy", "Special") or a place, two of them maybe joined by "and" ("Political
    and Legal Affairs Committee of ..."); or a body of the house it belongs to ("House of Commons Standing
    Committee on ...": "of" inside the house's name)."""
    index = t.gazetteer_index()
    if words[0] in HOUSE_WORDS and "of" in words[1:-1]:
        words = [w for w in words if w != "of"]
    words = [w for i, w in enumerate(words) if not (w in ("and", "&") and 0 < i < len(words) - 1)]
    return bool(words) and all(
        w[:1].isupper()
        and w not in TITLE_TOKENS
        and w not in CLAUSE_STARTERS
        and t.fold(w) not in index
        and w not in ("Vice", "Deputy", "High", "Special", "Chief", "Acting")
        for w in words
    )


# the first word of a house a committee belongs to: "House of Commons", "Chamber of Deputies"
HOUSE_WORDS = {"House", "Chamber", "Council", "Senate", "Assembly"}


# the words before "Centre" that make it a place where people are held ("Aksu Detention Centre", "Lai Chi Kok
# Reception Centre", a remand prison, "Shule County Custody Centre")
_DETENTION_CENTRE_WORDS = {"Detention", "Training", "Education", "Re-education", "Internment", "Reception", "Custody"}


def _detention_kind(head: str, words: list[str]) -> bool:
    """Whether a name's head and the words before it make it a place where people are held: a centre of a
    detention kind, or a detention house ("Urumqi No. 1 Detention House", as 看守所 is translated)."""
    if head in {"Centre", "Center"}:
        return any(w in _DETENTION_CENTRE_WORDS for w in words)
    return head == "House" and words[-2:-1] == ["Detention"]


def names_a_facility(words: list[str]) -> bool:
    """Whether the words before a facility's kind name one facility ("Tianshan", "Yining County", "Urumqi No. 3"):
    each capitalised, a place's level after a name, or the facility's number after "No."; none a nationality's
    adjective, an ethnonym, a word no name is made of or a bare number ("a Chinese detention centre", "The detention
    centre", "in 2019 Kashgar Prison")."""
    if not words or words[0].lower() in t.NOT_NAME_WORDS:
        return False
    for i, word in enumerate(words):
        if word == "No." or word in PLACE_HEADS or (word.isdigit() and i > 0 and words[i - 1] == "No."):
            continue
        if not word[:1].isupper() or word.lower() in t.NOT_NAME_WORDS or word.lower() in t.ETHNONYMS:
            return False
        if re.fullmatch(r"[A-Z][a-z]+(?:ese|ish|ian)", word):
            return False
    return True


# the shape of a country's adjective ("Australian", "Chinese", "British", "Pakistani", "Icelandic")
NATIONAL_ADJECTIVE_RE = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ean)")


def national_word(word: str) -> bool:
    """A country's name or common name, its adjective ("Chinese", "Australian") or a level of government."""
    low = word.lower().rstrip(".")
    if low in STATE_LEVELS or low in t.ETHNONYMS or t.fold(word) in t.gazetteer_index():
        return True
    return NATIONAL_ADJECTIVE_RE.fullmatch(word) is not None and _a_countrys_adjective(word)


@functools.lru_cache(maxsize=4096)
def _a_countrys_adjective(word: str) -> bool:
    """Whether a word is the adjective of one of the gazetteer's countries: read once a word, as the rules ask it of
    the same capitalised words again and again, and each answer goes through every country's name."""
    return any(adjective_of(word, c) for c in _country_words())


def adjective_of(word: str, name: str) -> bool:
    """Whether ``word`` may be the adjective of the place ``name``: it keeps all but the last four letters of
    the name ("Britain" → "British", "Pakistan" → "Pakistani"), so a given name is no adjective of a county's
    ("Tashi", "Tashkurgan")."""
    return len(name) >= 4 and word.startswith(name[: max(4, len(name) - 4)])


@functools.cache
def _country_words() -> frozenset[str]:
    return frozenset(n for e in t.gazetteer() if e.type == t.PLACE for n in e.names if " " not in n)


def national_phrase(words: list[str]) -> bool:
    """Only country names ("United States", "People's Republic of China"), their adjectives and levels."""
    index = t.gazetteer_index()
    i = 0
    while i < len(words):
        longest = min(len(words), i + MAX_NAME_WORDS)
        j = next((j for j in range(longest, i + 1, -1) if t.fold(" ".join(words[i:j])) in index), 0)
        if j:
            i = j
        elif national_word(words[i]):
            i += 1
        else:
            return False
    return True


# a direction and its adjectives, which no place's name is alone: "North", "Westerly", "south-eastern"
_COMPASS_POINTS = {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"}
_COMPASS_ADJECTIVE_END = re.compile(r"(?:erly|ern|wards?)$")


def compass_phrase(name: str) -> bool:
    """Whether a name is only directions and their adjectives ("North Westerly", "South Eastern"), no place's
    name: a region described by its direction ("the country's most North Westerly region")."""
    words = re.split(r"[ \t\-]+", name.lower())
    return all(_COMPASS_ADJECTIVE_END.sub("", w) in _COMPASS_POINTS for w in words)


def describes_state(words: list[str]) -> bool:
    """ "Chinese Government", "Government of the People's Republic of China", "Federal Government",
    "US authorities": a state's executive described by its country or level, not an institution's name."""
    words = [*words[:-1], POSSESSIVE_END_RE.sub("", words[-1])] if words else words
    heads = [i for i, w in enumerate(words) if w in STATE_HEADS]
    if not heads or len(words) < 2:
        return False
    i = heads[0]
    if i > 0 and words[i - 1] in ("People's", "People’s"):
        return False  # "Xinjiang Uyghur Autonomous Regional People's Government": an organ's formal name
    if i == len(words) - 1:
        return national_phrase(words[:i])
    return words[i + 1] == "of" and national_phrase(words[:i]) and national_phrase(words[i + 2 :])


# a compound adjective before a name, no part of it ("the Chinese-born University of ... student", "the
# Corps-owned Xinjiang Tianshan Group"), and a copyright line's word ("Copyright The Financial Times Limited")
_COMPOUND_ENDS = t.hyphen_adjective_ends(
    "born", "led", "linked", "made", "style", "controlled", "affiliated", "registered", "listed"
)
_ADJECTIVE_OF = re.compile(rf"Copyright|©|[A-Z][\w.]*-(?:{_COMPOUND_ENDS})").fullmatch


def compound_adjective(word: str) -> bool:
    """Whether a word is a compound adjective that may open a run before a name ("Guangdong-owned", "Corps-run"):
    where the body is owned or based, or who leads it, no part of its name."""
    return _ADJECTIVE_OF(word) is not None and "-" in word


def first_word_past(written: str, openers: set[str], keep_last: bool = False) -> int | None:
    """Where in ``written`` its first word that is none of ``openers`` starts ("The Best Buy", "In Smith": the
    clause's word is no part of the name after it); with ``keep_last``, the last word is kept whatever it is; None
    where every word is one of them."""
    words = list(re.finditer(r"\S+", written))
    last = len(words) - 1 if keep_last else len(words)
    opening = 0
    while opening < last and words[opening].group(0) in openers:
        opening += 1
    return words[opening].start() if opening < len(words) else None


def opens_clause(words: list[str]) -> bool:
    """Whether the first of ``words`` starts a clause before a name rather than the name itself."""
    if words[0] in VERBAL_STARTERS and len(words) > 1 and words[1][:1].isupper():
        return False
    return words[0] in CLAUSE_STARTERS


# a body's account on a social platform, after its name: "Xinjiang Bureau of Justice WeChat Account", "the
# Xinjiang Daily Weibo page" (the platform and the account are no part of the body's name)
_PLATFORM_TAIL_RE = re.compile(
    r"(?<=\w)[ \t]+(?:WeChat|Weibo|Twitter|Facebook|Instagram|YouTube|Telegram|Douyin|TikTok|Toutiao|LinkedIn)"
    r"(?:[ \t]+(?:[Oo]fficial[ \t]+)?(?:[Aa]ccounts?|[Pp]ages?|[Cc]hannels?|[Ff]eeds?|[Hh]andles?|[Pp]osts?))?$"
)


# the closing bracket of words an editor added inside a quotation, before the quoted word that follows
_EDITOR_BRACKET_INSIDE = re.compile(r"(?<=\w)\](?=[ \t]+\w)")
# a possessive's ending; initials with their stops at a name's end ("U.N."), and the last stop a name lost ("U.N")
POSSESSIVE_END_RE = re.compile(r"['’]s$")
_INITIALISM_END_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
_INITIALS_END_RE = re.compile(r"(?:[A-Z]\.)+[A-Z]$")


def clean_name(text: str) -> str:
    """Without leading articles and clause words, trailing possessive and punctuation, one space."""
    name = t.fold(text)
    name = _EDITOR_BRACKET_INSIDE.sub("", name)  # "[Chinese Communist] Party": an editor's words in a quotation
    name = POSSESSIVE_END_RE.sub("", name)
    initialism = _INITIALISM_END_RE.search(name.rstrip(" ,;:'\"‘’“”()[]-–")) is not None
    name = name.strip(" ,.;:'\"‘’“”()[]-–")
    words = name.split()
    while words and (opens_clause(words) or words[0].lower() in ("the", "a", "an") or _ADJECTIVE_OF(words[0])):
        words.pop(0)
    if len(words) >= 3 and words[0] in MEMBERS_OF and words[1] == "of":  # "Members of the European Parliament"
        words = words[3:] if words[2] == "the" else words[2:]
    while words and words[-1].lower() in ("of", "the", "and", "for", "on", "in", "to", "or"):
        words.pop()
    name = _PLATFORM_TAIL_RE.sub("", " ".join(words))
    if "(" in name and ")" not in name:
        name = name.split("(")[0].strip()
    name = POSSESSIVE_END_RE.sub("", name).strip(" ,.;:'\"")
    return name + "." if initialism and _INITIALS_END_RE.search(name) else name  # "U.N." keeps its stop


@functools.cache
def gazetteer_re() -> re.Pattern[str]:
    names = sorted({n for e in t.gazetteer() for n in e.names if re.search(r"[A-Za-z]", n)}, key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+").replace("'", "['’]").replace("’", "['’]") for n in names)
    # not before "-like" or "-style", which only compare a thing with the named one ("a Twitter-like account")
    return re.compile(rf"(?<![\w\-])(?:{alt})(?![\w]|-[A-Z]|-(?:like|style|esque)(?![\w\-]))")


# lower-case particles inside a family name ("von der Leyen", "bin Salman", "van Dijk")
NAME_PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "da",
    "di",
    "du",
    "del",
    "la",
    "le",
    "bin",
    "ibn",
    "al",
    "el",
    "ter",
    "Ó",  # Irish: "Fiachra Ó Cionnaith", "Nuala Ní Dhomhnaill"
    "Ní",
    "Nic",
    "Ua",
}
PARTICLES_ALT = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))


# the faiths' names that believers bear as given or family names ("Islam Karimov", "Christian Ruiz"), in a name
# of two words or more (alone the word is the faith)
_FAITH_NAMES_BORNE = frozenset({"islam", "christian"})


# the endings of plural abstract nouns after four letters or more, which no given or family name has ("General
# Considerations and Specific Recommendations", a heading's words; not "Sessions", "Clements", family names)
_ABSTRACT_PLURAL_RE = re.compile(r"[A-Za-z]{4}(?:tions|sions|ments|ities|ances|ences|ologies)$")


def name_words_ok(name: str) -> bool:
    words = name.split()
    if any(_ABSTRACT_PLURAL_RE.search(w) for w in words):
        return False
    index = t.gazetteer_index()
    for i, w in enumerate(words):
        if w in NAME_PARTICLES and i < len(words) - 1:
            continue  # "Ursula von der Leyen"; a reference's "van Dijk, Jan"
        if i < len(words) - 1 and re.fullmatch(r"[A-Z]\.", w):
            continue  # an initial, even one that spells a word ("Jerome A. Cohen", "Mary I. Chen", "A. Khan")
        if 0 < i == len(words) - 1 and re.fullmatch(r"[IVX]{1,4}", w):
            continue  # a regnal number ("Charles III", "Pope John Paul II")
        low = w.lower().rstrip(".")
        if len(words) == 2 and _pinyin_surname_word(words, i):
            continue  # "He Zhongyou", "Jeffrey He": the surname He, no pronoun
        if w in TITLE_TOKENS and len(words) == 1:
            return False  # "Chief Executive": a post named alone is no one's name
        if len(words) > 1 and low in _FAITH_NAMES_BORNE:
            continue  # "Uali Islam", "Islam Karimov": a faith's name that is a given or a family name too
        if low in t.NOT_NAME_WORDS or low in t.ETHNONYMS or low in KEYWORD_WORDS or t.fold(w) in index:
            return False
        shape = w[3:] if w[:3] in ("al-", "el-") else w  # an Arabic family name: "Hassan al-Rashidi"
        if not re.fullmatch(rf"[{UPPER}](?:[{LOWER}]+|['’](?=[{UPPER}]))(?:[-'’]?[{UPPER}{LOWER}]+)*|[A-Z]\.", shape):
            return False
    return True


# a given name in pinyin: one or two syllables ("Zhen", "Xingrui")
PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü|v)"
)
GIVEN_PINYIN_RE = re.compile(rf"(?:{PINYIN_SYLLABLE}){{1,2}}", re.IGNORECASE)


def pinyin_name(surname: str, given: str) -> bool:
    """Whether a surname and a given name read as a Chinese name in pinyin: a common surname, and a given name of
    one or two syllables, hyphenated or not ("Zhou Mengyao", "HU Lian-he")."""
    return surname.lower() in t.PINYIN_SURNAMES and GIVEN_PINYIN_RE.fullmatch(given.replace("-", "")) is not None


def _pinyin_surname_word(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` of a two-word name is a pinyin surname that is also an English word ("He",
    "An"): before a given name in pinyin ("He Zhongyou") or after a given name ("Jeffrey He")."""
    if words[i] not in ("He", "An") or words[i].lower() not in t.PINYIN_SURNAMES:
        return False
    other = words[1 - i]
    return GIVEN_PINYIN_RE.fullmatch(other) is not None if i == 0 else len(other) > 2


# the pinyin of the common nouns of a Chinese state body's or division's name, as an address in pinyin writes them
# ("Xinjiang Weiwuer Zizhiqu Renmin Zhengfu": the region's people's government): words, never a person's name
PINYIN_STATE_WORDS = {
    *("Zizhiqu", "Zizhizhou", "Zizhixian", "Zhengfu", "Weiyuanhui", "Bingtuan", "Kanshousuo", "Jianyu"),
    *("Gonganju", "Fayuan", "Jianchayuan", "Zhongxin"),
}


def person_name_ok(name: str) -> bool:
    words = name.split()
    core = [w for w in words[1:-1] if w not in NAME_PARTICLES]  # "Juan Carlos de la Torre": "de la" inside a surname
    return (
        1 <= len(core) + min(len(words), 2) <= 4
        and len(words) <= 6
        and words[-1] not in _NOT_PERSON_LAST
        and words[-1] not in _PREPOSITIONS_IN_TITLE_CASE
        and not _ends_in_a_title(words)
        and not _only_a_post(words)
        and name_words_ok(name)
        and not any(w in PINYIN_STATE_WORDS for w in words)
        and not (len(words) >= 2 and words[0].lower() in _CARDINAL_WORDS)
        and words[0] not in QUESTION_WORDS
    )


# a heading of a numbered part, its Roman numeral with a full stop, which reads as a name's initial: "Series I.
# Interviews", "Part IV. Annexes"
NUMBERED_PART_RE = re.compile(
    r"(?:Series|Part|Book|Chapter|Section|Volume|Appendix|Annex)[ \t]+[IVX]{1,4}\.(?:[ \t]|$)"
)


# a court filing's type in capitals, then "to", "for", "of" or "re" and its object in title case, as a docket's
# entries open ("MOTION to Dismiss", "MOTION for Leave to File Amicus Brief", "NOTICE of Supplemental Authority")
# (the type opens the entry: at a line's start or after the entry's number, "14   MOTION to Dismiss", "re 14 MOTION
# to Dismiss"; not a name's surname in capitals, "Hon. CHRISTOPHER SMITH of New Jersey")
_ENTRY_OPENS = r"(?:^|(?<=\n)|(?<=\d[ \t])|(?<=\d[ \t]{2})|(?<=\d[ \t]{3}))[ \t]*"
_FILING_TYPE_BEFORE_RE = re.compile(rf"{_ENTRY_OPENS}[A-Z]{{4,}}(?:[ \t]+[A-Z]{{4,}})?[ \t]+(?:to|for|of|re)[ \t]+\Z")
_FILING_TYPE_OPENS_RE = re.compile(rf"{_ENTRY_OPENS}[A-Z]{{4,}}[ \t]+(?:to|for|of)[ \t]+[A-Z][a-z]")


def filing_title(text: str, s: int, e: int) -> bool:
    """Whether an entity is a court filing's title or its object after the filing's type in capitals."""
    before = _FILING_TYPE_BEFORE_RE.search(text, max(0, s - 30), s)
    return bool(_FILING_TYPE_OPENS_RE.match(text, s) or before)


# a question's word opens a title's clause in title case ("How Xinjiang Cotton Is Obscured …", "Why Beijing Fears
# …"), never a person's name
QUESTION_WORDS = frozenset({"How", "Why", "What", "When", "Where", "Which", "Who", "Whom", "Whose"})


# a cardinal number in words opens no person's name: "Four Corners", "Seven Sisters" name a programme, a place
_CARDINAL_WORDS = frozenset(
    {
        *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
        *("twenty", "thirty", "forty", "fifty", "hundred", "thousand"),
    }
)


# a preposition capitalised by a headline's title case ("… to Monitor Crimes Against the Uyghurs!"): a name's
# particles come before the family name, so no person's name ends in one (none of these is a family name)
_PREPOSITIONS_IN_TITLE_CASE = frozenset(
    {
        *("Against", "Among", "Amongst", "Amid", "Beneath", "Besides", "Between", "Beyond", "Despite", "During"),
        *("Into", "Onto", "Through", "Toward", "Towards", "Upon", "Within", "Without", "Across", "Inside"),
    }
)


# titles that are also family names ("Stephen King", "Jane Bishop"): a name may end in them
_TITLES_BORNE_AS_NAMES = {
    *("King", "Bishop", "Judge", "Pope", "Prince", "General", "Major", "Marshal", "Baron", "Cardinal"),
}


# nouns for a post that are also family names ("Paul Farmer", "Jane Dean"): a name may end in them
_ROLES_BORNE_AS_NAMES = {
    *("farmer", "singer", "dean", "judge", "fellow", "merchant", "trader", "principal", "counsel", "writer"),
    *("poet", "teacher", "worker", "witness", "student", "leader", "governor", "founder", "expert"),
}


def surnamed_as_a_title(words: list[str]) -> bool:
    """ "Erik Prince", "Stephen King": a given name and a title that is also a family name, after it, with no
    other word: a person, no post (not "Crown Prince", "Saudi King", "Deputy General": a title's, a
    nation's or a common word first)."""
    return (
        len(words) == 2
        and words[1] in _TITLES_BORNE_AS_NAMES
        and words[0] not in TITLE_TOKENS
        and not common_word(words[0])
        and not national_word(words[0])
        and not known_place(words[0])
        and name_words_ok(words[0])
    )


def _ends_in_a_title(words: list[str]) -> bool:
    """Whether words of two or more end in a title no family name is: a party's or a nation's adjective
    before a post ("Republican Congresswoman", "Chinese Ambassador"), or a post's capitalised noun after what
    the post is for ("Advocacy Officer", "Senior Lecturer" on a signatory's line), no person's name."""
    if len(words) < 2:
        return False
    last = words[-1]
    if last.lower() in t.ROLE_NOUNS and last.lower() not in _ROLES_BORNE_AS_NAMES and last[:1].isupper():
        return True
    return last in TITLE_TOKENS and last not in _TITLES_BORNE_AS_NAMES


def _only_a_post(words: list[str]) -> bool:
    """Whether words of two or more are a post and the words that make another post of it, no name: "Solicitor
    General", "Principal Deputy Assistant" (a brief's post cut where its line ends)."""
    rest = [w for w in words if w not in _POST_MODIFIERS]
    return len(words) >= 2 and (not rest or " ".join(rest) in _TITLE_PHRASES)


# the last word of a body's or a document's name, never of a person's ("Columbia Global Reports",
# "Penguin Press"); not the heads that are also surnames (Court, Day, Post, Herald)
_NOT_PERSON_LAST = (
    (ORG_HEADS | MEDIA_HEADS | NOT_ORG_HEADS | PUBLIC_FIRST | PUBLISHING_WORDS | SCHOOL_HEADS)
    - SURNAME_HEADS
    - {
        "Court",
        "Day",
        "Post",
        "Herald",
        "Co",
    }
) | {"Hotel", "Museum", "Hospital", "Stadium", "Airport"}  # "the Lord Nelson Hotel": a venue, never a surname
# the word after a retired professor's title ("Professor Emerita", "Prof. em."), which a signatory's line sets off
# from the name: never a surname
RETIRED_RANKS = frozenset({"Emeritus", "Emerita", "Emeriti"})
_NOT_PERSON_LAST |= RETIRED_RANKS
_NOT_PERSON_LAST |= {"Copyright"}  # "Crown Copyright", a judgment's footer: no surname
# a caption's or a slot's label for a picture ("Representative Image", "File Photo", "Feature Image"): no surname
PICTURE_WORDS = frozenset({"Image", "Images", "Photo", "Photos", "Photograph", "Picture", "Screenshot", "Illustration"})
_NOT_PERSON_LAST |= PICTURE_WORDS
# the collective a byline credits after an outlet's name ("By Reuters Staff", "BBC News Desk", "AP Newsroom"): the
# outlet writes, no person; "Team" is a body's head already ("Information Rights Team")
NEWSROOM_WORDS = frozenset({"Staff", "Desk", "Newsroom", "Team"})
_NOT_PERSON_LAST |= NEWSROOM_WORDS
# the head of a state's, a dynasty's or an age's name, which a list dates by its span as it dates a life ("Yarkent
# Khanate (1514–1705)", "Cultural Revolution (1966–1976)"): no surname
_NOT_PERSON_LAST |= {
    *("Dynasty", "Empire", "Kingdom", "Khanate", "Khaganate", "Sultanate", "Caliphate", "Emirate", "Republic"),
    *("Revolution", "Rebellion", "Uprising", "War", "Split", "Era", "Period", "Massacre", "Famine"),
}

# the last word of a field's or a portfolio's name ("International Development Studies", "Associate Chair of Faculty
# Affairs") and of a programme's item ("Closing Remarks"), which a page writes in title case: no surname
_NOT_PERSON_LAST |= {"Studies", "Affairs", "Remarks"}


# -- shared by the rules and the model's corrections ------------------------------


# initials English writes for a common noun, in capitals like a body's ("filed for an IPO", "AI firms", "the
# company's CEO"): no body's, place's or person's name
# (a company's officers' among them, which a post's line may open with: "CEO, Northern Growers Association")
OFFICER_INITIALS = ("CEO", "CFO", "COO", "CTO")
COMMON_NOUN_INITIALS = frozenset(
    {"AI", "IPO", *OFFICER_INITIALS, "GDP", "GPS", "DNA", "VPN", "SIM", "SMS", "CCTV", "NGO", "NGOs", "IT", "USB"}
)
# letters after a name that say its bearer sits in a parliament or at the bar: "Tom Tugendhat MP (Chair)"
SEAT_LETTERS = ("MP", "MEP", "MSP", "MLA", "MPP", "QC", "KC")
# letters after a name for an order's honour or a commission of the peace: "Jane Roe OBE, chief executive of …",
# "Mr. HO Ka-chun, JP", as Hong Kong's reports write it
HONOUR_LETTERS = ("OBE", "CBE", "MBE", "DBE", "KBE", "GBE", "CMG", "KCMG", "JP")
# academic degrees, in brackets after the university that gave them ("Lanzhou University (BA; MA, PhD)")
DEGREES = {"BA", "BSc", "BS", "BEd", "BFA", "MA", "MSc", "MS", "MEd", "MFA", "MPhil", "MBA", "LLB", "LLM", "PhD"}
# letters after a name for a profession's chartered membership or a doctorate: "Jane Roe FCA", "Tom Hart PhD"
# (and a company secretary's fellowships, "FCPA, FCG", as Hong Kong's and Singapore's reports write them)
PROFESSIONAL_LETTERS = (
    *("FCA", "ACA", "FCCA", "ACCA", "CPA", "CFA", "FRS", "FBA", "FRSA", "PhD", "DPhil"),
    *("FCPA", "FCG", "FCS", "FCIS", "ACG", "ACS"),
)
# every such set of letters after a name, none of them a surname in capitals ("Mr. Tom Hart MBE")
LETTERS_AFTER_NAMES = frozenset({*SEAT_LETTERS, *HONOUR_LETTERS, *PROFESSIONAL_LETTERS})


# plural nouns for people, which a list of their names may follow after a comma ("two other men, Tashi Dorje")
PEOPLE_PLURALS = "men|women|people|activists|monks|nuns|defendants|dissidents|lawyers|journalists|students|detainees"


# participles of what is done only to a person, in custody or in office ("was detained", "was dismissed"): after
# them a name is a person's, as a thing's never is ("Golden Shield was deployed")
PERSON_PARTICIPLES = (
    "detained|arrested|sentenced|jailed|imprisoned|convicted|executed|dismissed|sacked|expelled|demoted|promoted"
)


# the "v" between a cited case's parties ("R v Rollins", "Smith v. Minister for Justice"): what stands on either
# side is a party, the case's name is no one's
CASE_V = r"[ \t]+v\.?[ \t]+"
CASE_V_RE = re.compile(rf"(?<=[\w)]){CASE_V}(?=[{UPPER}])")


P_CREDITED = P_STRONG + 1  # a person a photo's credit names: no other reading of the words outweighs it


# a family name's Gaelic prefix before its capital ("McNeil", "MacLeod", "O’Brien")
_GAELIC_PREFIX = r"(?:Mc|Mac|O['’])?"


def person_shaped(name: str) -> bool:
    """Two to four capitalised words that no body's or common word is among: a person's name where the
    context says a person is named, even with a word that is also a people's name ("Ng Han Guan")."""
    words = name.split()
    shape = rf"{_GAELIC_PREFIX}[{UPPER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?"
    shaped = all(re.fullmatch(shape, w) for w in words)
    if 2 <= len(words) <= 3 and shaped and words[-1] in SURNAME_HEADS:
        return name_words_ok(" ".join(words[:-1]))  # "Nathan Law": the surname is also a law's head
    if not (2 <= len(words) <= 4) or not shaped or words[-1] in _NOT_PERSON_LAST:
        return False
    lower = [w.lower() for w in words]
    return classify_run(words) is None and not any(w in t.NOT_NAME_WORDS or w in KEYWORD_WORDS for w in lower)


CORPORATE_END_RE = re.compile(rf"(?<![\w\-])(?:{LEGAL_FORM})\.?\Z")


# words before a title's noun that make another post of it ("Vice", "Under Secretary", "Acting Director"), and
# "Chair" and "Head", which alone are no title's last word ("in the Chair", "Jonathan Head") but open one before "of"
# ("Chair of the … Task Force", "Deputy Head of the Central Rural Work Leading Group": posts, the body apart), and
# "Former" before a post, as a table's cell opens on it ("Former Director of the Public Security Department")
_POST_MODIFIERS = frozenset(
    {"Vice", "Deputy", "High", "Special", "Under", "Assistant", "Acting", "Principal", "Chair", "Head", "Former"}
    # a university's posts, named only before "of" ("Dean of the Faculty of Law", "Provost of the Institute")
    | {"Dean", "Provost", "Rector", "Senior", "Lecturer"}
)


_TITLE_PHRASES = frozenset(t.TITLE_WORDS)


# the head of a body that serves a post, named after it: "Office of the Prosecutor", "Secretariat of the …"
_POST_OFFICE_HEADS = frozenset({"Office", "Secretariat"})


def is_role(words: list[str]) -> bool:
    """ "Vice-President of the Commission", "UN Human Rights Commissioner": a post, not a body (but "Office of the
    High Commissioner", "Office of the Special Envoy": the office that serves a post is a body)."""
    if len(words) >= 3 and words[0] in _POST_OFFICE_HEADS and words[1] == "of":
        return False
    if words[-1] in TITLE_TOKENS:
        return True
    link = post_link(words)
    if link is not None:
        head = words[:link]
        while len(head) > 1 and known_place(head[0]):
            head = head[1:]  # "UK Director of the World Uyghur Congress": the country the post serves
        phrase = len(head) > 1 and " ".join(head) in _TITLE_PHRASES  # "Party Secretary of the … Party Committee"
        return phrase or all(
            w in TITLE_TOKENS or w in _POST_MODIFIERS  # "Chair of the … Committee", "Under Secretary of the Treasury"
            for w in " ".join(head).replace("-", " ").split()
        )
    return False


def post_link(words: list[str]) -> int | None:
    """Where a post's title joins what it serves: "of" ("President of the Commission") or "for"
    ("Secretary for Justice", "Minister for Foreign Affairs"), whichever comes first."""
    return next((i for i, w in enumerate(words) if w in ("of", "for")), None)


_PARLIAMENT_BEFORE_SEAT_RE = re.compile(r"\bParliament(?=[ \t]+for\b)")


def parliament_seat_end(text: str, start: int, end: int) -> int:
    """Where a parliament's name ends inside ``text[start:end]`` when a member's seat follows it ("European
    Parliament for Ireland South"); ``end`` if none."""
    m = _PARLIAMENT_BEFORE_SEAT_RE.search(text, start, end)
    return m.end() if m else end


def parliament_seat_at(words: list[str]) -> int:
    """Where a member's seat follows a parliament's name ("Member of Parliament for Leeds", "Members of the
    European Parliament for Ireland South"): the "for" after "Parliament", no part of the body's name; 0 if none."""
    at = words.index("for") if "for" in words else 0
    return at if at and words[at - 1] == "Parliament" else 0


BODY_HEADS = PUBLIC_HEADS | ORG_HEADS


OF_THE_HOUSE_RE = re.compile(rf"(?<=Committee)[ \t]+of[ \t]+the[ \t]+(?P<house>(?:{'|'.join(HOUSE_WORDS)})\b)")


# the last word of a body's subject that needs the noun after the list it opens: "Enforced or Involuntary
# Disappearances", "Economic, Social and Cultural Rights"
ADJECTIVE_END_RE = re.compile(r"[a-z](?:ed|al|ive|ic|ary|ous)$")


def person_owner(text: str, head: list[str]) -> bool:
    """ "Elon Musk's Department of Government Efficiency", "Bachelet's Office of …": a person who owns a body
    is no part of its name. A person's name, or the surname of one the page gives in full; a people's
    name ("Uyghur People's Congress") owns nothing."""
    if national_word(head[0]):
        return False
    if len(head) > 1:
        return person_shaped(" ".join(head))
    for m in re.finditer(rf"((?:[{UPPER}][{LOWER}]+[ \t]+){{1,2}}){re.escape(head[0])}(?![\w\-])", text):
        given = m.group(1).split()
        for n in (1, 2)[: len(given)]:
            if person_shaped(" ".join([*given[-n:], head[0]])) and not national_word(given[-n]):
                return True
    return False


def _attributive_possessive(owner: str) -> bool:
    """ "the Standing Committee of the People's Congress", "the Supreme People's Court": "People's" says
    whose the body is meant to be, as the names of China's congresses, governments, courts and army are
    written; it owns nothing, so the words before it name no body of their own."""
    return owner in ("People", "Peoples")


def possessive_split(text: str, start: int, end: int, words: list[str]) -> list[tuple[int, int, list[str]]]:
    """ "Kazakhstan's Ministry of Foreign Affairs", "the International Labour Organization's Committee of
    Experts": a place or a body that owns another body is a name of its own, and so is what it owns.
    A possessive inside one name ("People's Court", "Lund's Fisheries") stays: what comes before it
    names nothing by itself; a well-known body owns one too ("the Bundestag's Committee on Human Rights")."""
    for i, w in enumerate(words[:-1]):
        owner = re.fullmatch(r"(.+)['’]s", w)
        if owner is None or _attributive_possessive(owner.group(1)):
            continue
        head = [*words[:i], owner.group(1)]
        tail = words[i + 1 :]
        owned = classify_run([w.rstrip(".") for w in tail])
        if owned not in (t.ORGANIZATION, t.PUBLIC_BODY, t.FACILITY):
            continue  # (a legal form's full stop is no part of its word: "Hoshine Silicon Industry Co.")
        cut = text.index(w, start) + len(w)
        tail_start = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
        place = _place_owner(head)
        if place and (owned == t.FACILITY or classify_run(head) is None):
            place_start = text.rindex(place[0], start, cut)  # "… Leaves Kashgar's Old Grand Mosque": a headline's
            return [(place_start, cut - 2, place), (tail_start, end, tail)]  # words before the place name nothing
        if owned == t.FACILITY:
            continue
        known = known_place(" ".join(head)) or t.fold(" ".join(head)) in known_bodies.english_forms()
        if not (known or classify_run(head) in (t.ORGANIZATION, t.PUBLIC_BODY) or person_owner(text, head)):
            continue
        return [(start, cut - 2, head), (tail_start, end, tail)]
    return [(start, end, words)]


def _place_owner(head: list[str]) -> list[str]:
    """The known place, of one or two words, that ends the words before a possessive ("Kashgar" in "Restoration
    Work Leaves Kashgar"), or nothing."""
    for n in (2, 1):
        if len(head) >= n and head[-n][:1].isupper() and known_place(" ".join(head[-n:])):
            return head[-n:]
    return []


CALENDAR_WORDS = {*MONTH_NAMES, *WEEKDAY_NAMES}


# a kind of document after a body's name: "Department of Treasury Press Release"
RELEASE_AFTER_RE = re.compile(r"(?<=\w)[ \t]+(?:Press|News|Media)[ \t]+(?:Releases?|Statements?)$")


def first_of_repeated(name: str) -> int:
    """The length of a name a copied page repeats at once ("Xinjiang University Xinjiang University", a
    link's text before the linked article's gloss): the first of the two; else the whole name's."""
    m = re.fullmatch(r"(?P<first>\S.*?)\s+(?P=first)", name)
    return m.end("first") if m else len(name)


def uyghur_given_name(word: str) -> bool:
    """A word in Latin letters that the Uyghur rules' stock holds as a given name (Zakir, Ilham, Gulnar),
    by its phonetic key, however it is spelled (Tohti, Toxti)."""
    return uyghur.is_given_name(uyghur.fold(word))


# a party's post after the place it is held in ("Xinjiang Party Secretary", "the Tibet Party chief")
_PARTY_POST_AFTER = re.compile(r"[ \t]+(?:[Ss]ecretary|[Cc]hief|[Bb]oss|[Ll]eader)\b")


def place_party_post(text: str, end: int, words: list[str]) -> bool:
    """Whether "Party" after a place's name ends at a post held there ("Xinjiang Party Secretary"), where the
    place and the post are named and no body is ("Communist Party secretary" names the party); so too the
    party's post in a region, by the region's adjective ("Tibetan Communist Party chief"), where no country's
    adjective ("Chinese Communist Party chief", "Vietnamese …") names a party of its own."""
    if len(words) < 2 or words[-1] != "Party" or not _PARTY_POST_AFTER.match(text, end):
        return False
    where = [w for w in words[:-1] if w not in ("the", "The")]
    if len(where) > 1 and where[-1] == "Communist":
        return _regions_adjective(" ".join(where[:-1]))
    return known_place(" ".join(where))


# a lower-case noun of a thing no body is, after a name's initials in brackets: what the name names ("its
# Specially Designated Nationals (SDN) list", "the Made in China (MIC) strategy")
_NOT_ORG_NOUN_AFTER_RE = re.compile(
    r"[ \t]+\([A-Z]{2,6}\)[ \t]+"
    rf"(?:{'|'.join(sorted({w.lower() for w in NOT_ORG_HEADS if w.isalpha()}))})(?![\w\-])"
)


def thing_named_after_initials(text: str, end: int, words: list[str]) -> bool:
    """Whether the name ``words`` ending at ``end``, its initials in brackets after it, comes before a lower-case
    noun of a list, a plan or a policy, and its own words name no body: the thing's name, no body's."""
    return _NOT_ORG_NOUN_AFTER_RE.match(text, end) is not None and classify_run(words) is None


# the endings of a place's adjective ("Tibetan", "Sichuanese", "Hunanese")
_ADJECTIVE_ENDING_RE = re.compile(r"(?:an|ian|ese|i)\Z")


def _regions_adjective(word: str) -> bool:
    """Whether ``word`` is a place the gazetteer knows, or its adjective, and no country's ("Tibetan" for Tibet;
    not "Vietnamese")."""
    stem = _ADJECTIVE_ENDING_RE.sub("", word)
    return any(known_place(w) and t.fold(w) not in t.country_names() for w in {word, stem})


def currency_code(text: str, end: int) -> bool:
    """Whether the letters ending at ``end`` open a currency's sign ("US$", "HK$", "NZ$")."""
    return text[end : end + 1] == "$"


def _body_before_of(name: str) -> bool:
    """Whether a name read as a place holds a body's head before "of" ("Standing Committee of the …", "Bureau
    of …"): a body the place has, named by it (a state's government excepted, and a people's congress or
    government named of its region, which ``_peoples_government_or_congress_of`` reads)."""
    words = name.split()
    heads = (PUBLIC_HEADS | PUBLIC_FIRST) - STATE_HEADS
    return any(
        word == "of" and words[i - 1] in heads and (i < 2 or words[i - 2] != "People's")
        for i, word in enumerate(words)
        if i > 0
    )


# "Photographs by", "Illustrations by": a credit line's first word, then "by" and a name
_CREDIT_BY_RE = re.compile(r"[ \t]+by[ \t]+[A-Z]")


def credit_label(lines: str, start: int, end: int) -> bool:
    """One word opening its line before "by" and a name ("Photographs by Emre Kalkan"): the credit's
    label, what the named person made, no person."""
    at_line_start = start == 0 or lines[start - 1] == "\n"
    return at_line_start and " " not in lines[start:end] and bool(_CREDIT_BY_RE.match(lines, end))


# a picture's credit after its label, on a line of its own, as a broadcaster's page copies it: "IMAGE SOURCE, GETTY
# IMAGES", "Image source: Reuters", "Photo credit: AFP/Getty Images"
LABELLED_CREDIT_RE = re.compile(
    r"(?im)^[ \t]*(?:image|photo|picture)[ \t]+(?:source|credit)[ \t]*[,:][ \t]*(?P<credit>[^\n]{2,80}?)[ \t]*$"
)


def picture_credit_label(lines: str, start: int, end: int) -> bool:
    """Whether the words at ``start``–``end`` are a labelled picture credit's label ("IMAGE SOURCE, REUTERS"):
    what the line is, no body."""
    m = LABELLED_CREDIT_RE.match(lines, lines.rfind("\n", 0, start) + 1)
    return m is not None and end <= m.start("credit")


_BAR_BEFORE_RE = re.compile(r"\|[ \t]*$")
_BAR_AFTER_RE = re.compile(r"[ \t]*\|")


def between_bars(text: str, start: int, end: int) -> bool:
    """Whether a word stands by a navigation bar's bar ("World | Opinion | Life & Arts")."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_BAR_BEFORE_RE.search(text[line_start:start]) or _BAR_AFTER_RE.match(text, end))


def written_lower(text: str, word: str) -> bool:
    """Whether the page also writes ``word`` in lower case, as a word of its own."""
    return re.search(rf"(?<![\w\-]){re.escape(word.lower())}(?![\w\-])", text) is not None


# what closes a body's seat at the end of an affiliation: the line's or the sentence's end, or a verb after a comma
# ("…, Legal Aid Centre, Istanbul, said"), never a list's next item (", and …")
_SEAT_CLOSE_RE = re.compile(r"[ \t]*(?:$|[.;:](?:\s|$)|,[ \t]+(?!(?:and|or)\b)[a-z])", re.M)
_COMMA_BEFORE_RE = re.compile(r",[ \t]*\Z")


def affiliation_seat(lines: str, start: int, end: int, person_ends: list[int]) -> bool:
    """Whether a name is the seat that closes a person's affiliation, a place: "Dr Anna Berg, University of
    Copenhagen, Copenhagen", "Omar Hassan, a lawyer with the Legal Aid Centre, Istanbul, said", "Sofia Marin,
    correspondent, Bucharest": a person's name and a comma, a body (or a role's noun) and a comma, then one to
    three capitalised words that name no body, before the line's or the sentence's end (``lines``: the page with
    its line breaks; ``person_ends``: where the page's persons' names end)."""
    words = lines[start:end].split()
    if not 1 <= len(words) <= 3 or classify_run(words) is not None or not _SEAT_CLOSE_RE.match(lines, end):
        return False
    gap = _COMMA_BEFORE_RE.search(lines, max(0, start - 8), start)
    line_start = lines.rfind("\n", max(0, start - 300), start) + 1 or max(0, start - 300)  # a line, or 300 letters
    if gap is None or gap.start() <= line_start:
        return False
    comma = gap.start()
    runs = [m for m in RUN_RE.finditer(lines, line_start, comma) if m.end() == comma]
    before = lines[line_start:comma].split()
    if runs and classify_run(runs[-1].group().split()) in (t.ORGANIZATION, t.PUBLIC_BODY):
        affiliation = runs[-1].start()
    elif not runs and before and before[-1].lower() in t.ROLE_NOUNS:
        affiliation = comma - len(before[-1])
    else:
        return False
    return any(line_start <= e < affiliation and lines.startswith(",", e) for e in person_ends)


# the roles a transcript labels its speakers by instead of a name ("MODERATOR (Ann Roe):", "[00:41:07] AUDIENCE:")
SPEAKER_ROLES = frozenset(
    {"MODERATOR", "HOST", "CO-HOST", "INTERVIEWER", "CHAIR", "CHAIRMAN", "CHAIRWOMAN", "SPEAKER", "AUDIENCE"}
    | {"NARRATOR", "TRANSLATOR", "INTERPRETER", "PARTICIPANT", "PANELLIST", "PANELIST", "QUESTION", "ANSWER", "Q", "A"}
)
# such a role as a speaker's label at a line's start ("NARRATOR: In 2022, …")
_SPEAKER_ROLE_LABEL_RE = re.compile(rf"(?:{'|'.join(sorted(SPEAKER_ROLES))})[ \t]*:")


def speaker_role_label(text: str, start: int) -> bool:
    """Whether a line opens at ``start`` with a transcript's speaker labelled by a role ("NARRATOR: In 2022, …"):
    a post, no body and no person."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip() and bool(_SPEAKER_ROLE_LABEL_RE.match(text, start))


def lone_org_ok(text: str, start: int, end: int, name: str) -> bool:
    """A single word the statistical model calls an organisation ("Hikvision", "Volkswagen") is kept
    unless something says it is no name: it is a common word (written in lower case elsewhere on the
    page, or one of the words no name is made of), a modifier after "a"/"an" ("an Android app"), or
    an item of a navigation bar ("Home | Tech | Subscribe")."""
    low = name.lower()
    if low in t.NOT_NAME_WORDS or low in KEYWORD_WORDS or low in t.ETHNONYMS or name in CLAUSE_STARTERS:
        return False
    if name in CALENDAR_WORDS or t.fold(name) in t.gazetteer_index():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if between_bars(text, start, end) or re.search(r"\b[Aa]n?[ \t]*$", text[line_start:start]):
        return False
    if alone_on_line(text, start, end):
        return False  # a word alone on its line is a heading ("Findings", "Reception")
    if _adjective_before_noun(text, line_start, start, end):
        return False  # "the International community", "the Federal government": an adjective, no body
    if _PLURAL_OPENING_BEFORE_RE.search(text[line_start:start]) and _PLURAL_OF_AFTER_RE.match(text, end):
        return False  # "Families of 17 detainees paid …": a plural noun opening its sentence, what it is of after it
    return not written_lower(text, name)


# a sentence's or a numbered item's opening, and a plural noun's "of" before a number or a word in lower case
_PLURAL_OPENING_BEFORE_RE = re.compile(r"(?:^|[.!?][ \t]+|^[ \t]*\d{1,2}[.)][ \t]*)[ \t]*$")
_PLURAL_OF_AFTER_RE = re.compile(r"(?<=[a-z]s)[ \t]+of[ \t]+(?:the[ \t]+)?(?:\d|[a-z])")


# a capitalised adjective in "-al" ("International", "National", "Federal"), and "the" right before a word
_ADJECTIVE_IN_AL_RE = re.compile(r"[A-Z][a-z]{3,}al")
AFTER_THE_RE = re.compile(r"(?<![\w\-])[Tt]he[ \t]+$")
# a noun the adjective qualifies: a word in lower case that is no verb's form ("the Hospital declined", "the
# Tribunal said", "the Hospital has" keep their body)
_QUALIFIED_NOUN_RE = re.compile(
    r"[ \t]+(?![a-z]+ed\b|(?:said|says|has|have|had|is|was|were|will|would|can|could|may|might|must|should|did"
    r"|does|do|told|found|gave|made|took|became|remains|denies)\b)[a-z]"
)


def _adjective_before_noun(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether one capitalised word in "-al" stands between "the" and a noun in lower case: an adjective."""
    return (
        _ADJECTIVE_IN_AL_RE.fullmatch(text, start, end) is not None
        and AFTER_THE_RE.search(text, line_start, start) is not None
        and _QUALIFIED_NOUN_RE.match(text, end) is not None
    )


# the words that label a postal box or a telephone number in a footer's or a letter's address, before the digits
_CONTACT_LABELS = frozenset({"Box", "Tel", "Fax", "Phone", "Telephone", "Mob", "Mobile"})
_CONTACT_DIGITS_AFTER_RE = re.compile(r"\.?:?[ \t]*\+?\(?\d")


def contact_label(text: str, end: int, words: list[str]) -> bool:
    """Whether a lone word labels a postal box or a telephone number ("Box 27", "Tel. +46 8 …"): no name."""
    return len(words) == 1 and words[0] in _CONTACT_LABELS and _CONTACT_DIGITS_AFTER_RE.match(text, end) is not None


def strip_titles(name: str) -> str:
    words = name.split()
    titles = t.TITLE_WORD_PARTS | {"UN", "EU", "US", "Chinese", "Foreign"}
    while len(words) > 1 and (
        words[0] in titles or words[0].lower() in t.ROLE_NOUNS or _plural_title(words[0], titles)
    ):
        words.pop(0)  # "Senators Bob Menendez, Marco Rubio and ...": a plural title before a list
    return " ".join(words)


def _plural_title(word: str, titles: frozenset[str]) -> bool:
    return word.endswith("s") and (word[:-1] in titles or word[:-1].lower() in t.ROLE_NOUNS)
