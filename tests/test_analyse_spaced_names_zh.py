"""A Chinese name spaced out to the width of three characters ("王　刚" with a full-width space, "陈  静" with two
ASCII ones), as bylines, signature blocks and rosters align it, is the same person as the name written together:
one entity, on one page and across documents, with the spaced form kept as an alias. Names in a list stay apart,
and Latin names keep the space between given name and surname. The sentences are written for these tests; the
people in them are invented."""

from habeas.analyse import tables as t
from habeas.names.match import compare
from habeas.names.scripts import han_spaces_closed
from habeas.resolve.resolver import _M, Resolved, resolve_all
from habeas.resolve.splink_model import _pieces_of
from test_analyse_unseen import analyse


def people(documents: dict[str, str]) -> list[Resolved]:
    """The person entities the resolver makes of these documents' mentions (document id -> one page)."""
    found = [(doc, m) for doc, text in documents.items() for m in analyse(text).mentions if m.type == t.PERSON]
    mentions = [
        _M(i, doc, m.type, m.name, m.canonical or m.name, m.strong, list(m.short_forms), m.text)
        for i, (doc, m) in enumerate(found)
    ]
    entities, _ = resolve_all(1, mentions, [])
    return entities


def named(entities: list[Resolved], form: str) -> list[Resolved]:
    return [e for e in entities if form in (e.name, *e.aliases)]


def test_the_spaces_between_han_characters_are_no_part_of_the_key() -> None:
    assert t.key("王　刚") == t.key("王  刚") == t.key("王 刚") == t.key("王刚")
    assert t.key("王 刚强") == t.key("王刚 强") == t.key("王刚强")  # a space inside a three-character name
    assert t.key("Wang Gang") != t.key("WangGang")  # a Latin name's space parts its given name and surname
    assert han_spaces_closed("王 Gang") == "王 Gang" and han_spaces_closed("王\n刚") == "王\n刚"


def test_names_compare_and_link_as_written_together() -> None:
    assert compare("王 刚强", "王刚强").score == compare("王刚强", "王刚强").score
    assert _pieces_of("陈　静") == ["陈静"] and _pieces_of("Chen Jing") == ["Chen", "Jing"]


def test_a_signature_and_the_body_name_one_person_who_keeps_the_spaced_form() -> None:
    text = (
        "各位家长：\n　　本学期学校将开展家访活动，班主任孙倩将逐户走访。\n\n"
        "　　　　　　　　　　　　　　　　　　　　班主任　孙　倩　13500000000\n"
    )
    [sun] = named(people({"letter": text}), "孙倩")
    assert sun.name == "孙倩" and "孙 倩" in sun.aliases


def test_the_spaced_and_the_written_together_forms_are_one_person_across_documents() -> None:
    byline = "本报记者　何  磊　通讯员　吴　婷\n　　近日，县里召开了一次会议。\n"
    report = "　　记者何磊和通讯员吴婷在乡里采访时了解到，今年新修了两条路。\n"
    entities = people({"byline": byline, "report": report})
    [he] = named(entities, "何磊")
    [wu] = named(entities, "吴婷")
    assert he.documents == wu.documents == {"byline", "report"}
    assert "何 磊" in he.aliases and "吴 婷" in wu.aliases


def test_a_spaced_name_before_comrade_is_a_person() -> None:
    text = "现将县税务局干部韩  松同志的日记摘录如下。\n"
    assert [e.name for e in people({"diary": text})] == ["韩松"]


def test_people_listed_with_spaces_stay_apart() -> None:
    for roster in ("参会人员：王刚 李强 陈静\n", "参会人员：王  刚　李  强　陈  静\n"):
        entities = people({"roster": roster})
        assert sorted(e.name for e in entities) == sorted(["王刚", "李强", "陈静"]), roster
