"""English pages as copied from the web, a twenty-sixth batch of real pages read outside the project (an Indian
business paper's copy of a wire story on a carmaker's audit, an Indian news service's and an Indian paper's
reports on a scholar's sentence, a wire story as a Chinese-hosted site copied it with its marks read in the wrong
code page, an Australian paper's copy, a humanist magazine's interview, a religious-freedom magazine's report
with its photo captions twice, an encyclopaedia's article on a people's tribunal, a mobile encyclopaedia's and a
mirror's articles on a prefecture and a county with their infoboxes, a broadcaster's copy of a report and a US
local paper's copy of a wire story). The pages below are written for these tests; the well-known bodies and places
in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def test_utf8_marks_read_as_gbk_are_repaired_before_reading() -> None:
    # a copy of a wire story decoded with the wrong code page: "’s" as "鈥檚", "“W" as "鈥淲", "—" as a lone "鈥"
    text = (
        "ALMATY (Reuters) \u9225 Kazakh officials said on Monday that the activist\u9225\u6a9a trial would open"
        " in June. \u9225\u6dd2e have not seen her since March,\u9225 said Gulnar Serikbayeva, whose sister"
        " Aliya Serikbayeva\u9225\u6a9a lawyer was barred. Serikbayeva\u9225\u6a9a case was sent to the Almaty court.\n"
    )
    r = analyse(text)
    people = names(r, t.PERSON)
    assert {"Gulnar Serikbayeva", "Aliya Serikbayeva"} <= people
    bodies = names(r, t.ORGANIZATION, t.PUBLIC_BODY)
    assert not {b for b in bodies if "\u9225" in b or b in ("ALMATY", "Almaty")}
    assert "Almaty" in names(r, t.PLACE)


def test_a_name_before_range_is_a_mountain_range_not_a_person() -> None:
    text = (
        "A herders' camp in Aksu Prefecture, with Wu Ling range in the background.\n\n"
        "Shepherds graze their flocks below the Zhao Ming range each summer, the villagers said.\n\n"
        "The shop sells a range of goods, Li Hua said.\n"
    )
    r = analyse(text)
    people = names(r, t.PERSON)
    assert not {"Wu Ling", "Zhao Ming"} & people
    assert {"Wu Ling", "Zhao Ming"} <= names(r, t.PLACE)
    assert "Li Hua" in people


def test_a_trial_named_by_its_defendant_names_a_person() -> None:
    text = (
        "The ruling was read by Dame Helen Carver, a judge at the Radovan Karadžić war crimes trial in The Hague.\n\n"
        "The verdict was read at the Dragan Kovač war crimes trial, where Sir Mark Tell, QC, was deputy prosecutor.\n"
        "Reporters waited outside the Uyghur Tribunal hearing in London.\n"
    )
    r = analyse(text)
    assert "Radovan Karadžić" in names(r, t.PERSON)
    assert "Radovan Karadžić" not in names(r, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "Dragan Kovač" in names(r, t.PERSON)
    assert "Uyghur Tribunal" in names(r, t.ORGANIZATION, t.PUBLIC_BODY)
