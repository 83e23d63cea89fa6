"""Entity resolution rules and judgements, without a store."""

from habeas.resolve.resolver import _M, resolve


def m(i, doc, type_, name, canonical=None, strong=False, short=()):
    return _M(i, doc, type_, name, canonical or name, strong, list(short))


def names(entities):
    return sorted((e.name, tuple(e.aliases)) for e in entities)


def test_strong_links_join_across_documents_and_short_forms_find_their_owner():
    mentions = [
        m(1, "a", "organization", "IJOP", "Integrated Joint Operation Platform", strong=True),
        m(2, "a", "organization", "Integrated Joint Operation Platform", strong=True, short=["IJOP"]),
        m(3, "b", "organization", "IJOP"),  # alone in another document
        m(4, "b", "person", "Adrian Zenz", short=["Zenz"]),
        m(5, "c", "person", "Zenz"),
        m(6, "c", "place", "USA", "United States", strong=True),
        m(7, "d", "place", "United States", strong=True),
    ]
    got = {e.name: e for e in resolve(1, mentions, [])}
    assert set(got) == {"Integrated Joint Operation Platform", "Adrian Zenz", "United States"}
    assert sorted(got["Integrated Joint Operation Platform"].mention_ids) == [1, 2, 3]
    assert got["Adrian Zenz"].aliases == ["Zenz"] and len(got["Adrian Zenz"].documents) == 2
    assert got["United States"].aliases == ["USA"]


def test_later_judgement_wins():
    mentions = [
        m(1, "a", "person", "Chen Quanguo", short=["Chen"]),
        m(2, "a", "person", "Chen", "Chen Quanguo"),
        m(3, "b", "person", "Wang Yi"),
    ]
    merge = ("same", ["chen quanguo", "chen"], ["wang yi"])
    split = ("different", ["chen quanguo", "chen"], ["chen"])
    assert len(resolve(1, mentions, [merge])) == 1
    after = names(resolve(1, mentions, [merge, split]))
    assert ("Chen", ()) in after and len(after) == 2
    assert len(resolve(1, mentions, [split, merge])) == 1
