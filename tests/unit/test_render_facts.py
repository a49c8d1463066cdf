"""The facts component (macros/render/facts.py): every fact with its badge and citation,
every source with its kind, language and dates."""

from __future__ import annotations

import dataclasses
import re

import pytest
from render_helpers import HANDBOOK, PROBLEMS, WORDS, assert_escaped, poisoned_handbook, soup

from macros.model import LANGUAGES, SOURCE_KINDS, TRUST_LEVELS
from macros.render import facts

W = WORDS.facts


def rendered(fact_id: str):
    return soup(facts.fact(HANDBOOK, fact_id, WORDS)).select_one("[data-fact]")


@pytest.mark.parametrize("fact", HANDBOOK.facts, ids=lambda f: f.id)
def test_each_fact_carries_its_id_level_and_badge_first(fact):
    level = HANDBOOK.trust(fact)
    shown = rendered(fact.id)
    assert shown["data-fact"] == fact.id and shown["id"] == f"fact-{fact.id}"
    assert shown["data-trust"] == level
    first = next(shown.children)
    assert first.name == "span" and "status" in first["class"], "the badge is the first element"
    assert first.get_text() == TRUST_LEVELS[level]
    assert len(shown.select(".status")) == 1, "one badge per fact"
    assert f"{W.checked_on.split('{')[0]}" in shown.get_text()


@pytest.mark.parametrize("fact", HANDBOOK.facts, ids=lambda f: f.id)
def test_a_fact_never_repeats_its_badge_in_a_source_line(fact):
    level = HANDBOOK.trust(fact)
    shown = rendered(fact.id)
    kinds = [HANDBOOK.source(s).kind for s in fact.sources]
    for meta, kind in zip(shown.select(".source__meta"), kinds, strict=True):
        assert meta.get_text().startswith(f"（{SOURCE_KINDS[kind]}") == (kind != level)
    if "official-text" in kinds:
        assert TRUST_LEVELS["official"] not in shown.get_text()


@pytest.mark.parametrize("fact", HANDBOOK.facts, ids=lambda f: f.id)
def test_a_claim_says_where_it_comes_from_apart_from_what_we_checked(fact):
    shown = rendered(fact.id)
    claimed = shown.select_one(".fact__claimed")
    if fact.status == "confirmed":
        assert claimed is None
        assert shown.select_one("summary").get_text() == W.sources
        assert shown.select_one(".fact__sources").get_text().startswith(f"{W.sources}：")
        return
    checked = shown.select_one(".fact__checked")
    assert shown.select_one("summary").get_text() == W.claimed_summary
    assert claimed.get_text() == f"{W.claimed_by}：{fact.claimed_by}"
    assert checked.get_text().startswith(f"{W.checked}：") and checked.get_text().endswith(W.not_said)
    assert not claimed.select("a"), "the origin is described in words, never linked"
    assert [a["href"] for a in checked.select("a")] == [HANDBOOK.source(s).url for s in fact.sources]
    assert f"{W.sources}：" not in shown.get_text(), "a page that does not make the claim is not its source"


@pytest.mark.parametrize("source", HANDBOOK.sources, ids=lambda s: s.id)
def test_a_source_says_its_kind_language_and_dates(source):
    line = soup(facts.source_line(source, WORDS))
    meta = line.select_one(".source__meta").get_text()
    link = line.select_one("a.external")
    assert link["href"] == source.url
    assert meta.startswith(f"（{SOURCE_KINDS[source.kind]}")
    assert W.checked_on.replace("{date}", source.checked.isoformat()) in meta
    if source.published:
        assert W.page_date.replace("{date}", source.published.isoformat()) in meta
    language = W.page_language.replace("{language}", LANGUAGES[source.language])
    if source.language == "zh-CN":
        assert language not in meta and not link.has_attr("hreflang")
    else:
        assert language in meta and link["hreflang"] == source.language


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_a_problem_pages_sources_stay_out_of_search(problem):
    """The list a problem page folds under its 来源 heading (test_render_problem_page.py)."""
    ids = HANDBOOK.sources_of(problem)
    listed = soup(facts.sources_list(HANDBOOK, ids, WORDS, searchable=False))
    assert [li["id"] for li in listed.select("ul.sources[data-search-exclude] > li")] == [f"source-{s}" for s in ids]


def test_urls_are_escaped_in_attributes():
    source = dataclasses.replace(HANDBOOK.sources[0], url='https://www.bitget.com/"><script>x</script>')
    html = facts.source_line(source, WORDS)
    assert '"><script>' not in html
    assert re.search(r'href="https://www\.bitget\.com/&quot;&gt;&lt;script&gt;', html)


def test_facts_and_sources_escape_every_string():
    hostile = poisoned_handbook()
    for fact in hostile.facts[:5]:
        assert_escaped(facts.fact(hostile, fact.id, hostile.words))
    assert_escaped(facts.sources_list(hostile, [s.id for s in hostile.sources[:5]], hostile.words))
