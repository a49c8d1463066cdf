"""Facts and sources as a reader sees them on every page: one badge per trust level,
unconfirmed claims shown apart from what we checked, each citation folded with its check
date, the /sources/ page explaining every level and language, merged facts keeping one id."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from page_text import blocks

from macros import data
from macros.model import LANGUAGES, SOURCE_KINDS, TRUST_LEVELS

HANDBOOK = data.HANDBOOK
PROBLEMS = HANDBOOK.problems


# -- one badge per trust level -----------------------------------------------------------


def test_every_rendered_fact_has_a_trust_level_and_its_badge_first(site):
    seen = 0
    for path, html in site.every_page():
        for shown in BeautifulSoup(html, "html.parser").select("[data-fact]"):
            seen += 1
            level = shown.get("data-trust")
            assert level in TRUST_LEVELS, (path, shown.get("data-fact"))
            assert level == HANDBOOK.trust(HANDBOOK.fact(shown["data-fact"])), (path, shown["data-fact"])
            first = shown.find(True)
            assert first is not None and "status" in first.get("class", []), (path, shown["data-fact"])
            assert first.get_text() == TRUST_LEVELS[level]
            assert len(shown.select(".status")) == 1, (path, shown["data-fact"])
    assert seen > len(HANDBOOK.facts)


def test_each_trust_level_shows_exactly_one_badge_text_and_no_other_badge_exists(site):
    texts: dict[str, set[str]] = {}
    for path, html in site.every_page():
        for badge in BeautifulSoup(html, "html.parser").select("article .status"):
            levels = [c.removeprefix("status--") for c in badge["class"] if c.startswith("status--")]
            assert len(levels) == 1 and levels[0] in TRUST_LEVELS, (path, badge)
            texts.setdefault(levels[0], set()).add(badge.get_text())
    assert set(texts) == set(TRUST_LEVELS), "every level appears somewhere (at least on /sources/)"
    for level, shown in texts.items():
        assert shown == {TRUST_LEVELS[level]}, (level, shown)


def test_no_page_calls_anything_confirmed_with_an_old_badge(site):
    for path, html in site.every_page():
        for badge in BeautifulSoup(html, "html.parser").select(".status"):
            assert badge.get_text() != "已确认", path


# -- unconfirmed claims ------------------------------------------------------------------


# Claims of the source article that nothing official confirms (facts with status not-confirmed).
UNCONFIRMED_CLAIMS = ("phone-support", "live-chat-24-7", "social-support", "email-reply-time")


def test_unconfirmed_claims_of_the_article_stay_unconfirmed_in_the_data():
    for fact_id in UNCONFIRMED_CLAIMS:
        assert HANDBOOK.fact(fact_id).status != "confirmed", fact_id
    assert HANDBOOK.channel("phone").status != "confirmed"
    assert HANDBOOK.channel("social").status != "confirmed"
    assert HANDBOOK.channel("live-chat").hours == data.UNKNOWN


@pytest.mark.parametrize("path", ["channels/phone/", "channels/live-chat/", "channels/email/", "problems/frozen/"])
def test_unconfirmed_claims_show_their_origin_apart_from_what_we_checked(site, path):
    soup = BeautifulSoup(site.html(path), "html.parser")
    unconfirmed = soup.select('[data-trust="not-confirmed"], [data-trust="not-recommended"]')
    assert unconfirmed, path
    for shown in unconfirmed:
        if not shown.has_attr("data-fact"):
            continue
        text = shown.get_text()
        assert "说法出自：" in text and "我们查过：" in text, shown["data-fact"]
        assert "来源：" not in text, shown["data-fact"]
        assert text.index("说法出自：") < text.index("我们查过：")


# -- each fact on a problem page ---------------------------------------------------------


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_facts_show_badge_and_text_and_fold_their_citation(site, problem):
    page = site.soup(f"problems/{problem.id}/").article
    for fact_id in problem.facts:
        shown = page.select_one(f"#fact-{fact_id}")
        fact = HANDBOOK.fact(fact_id)
        assert fact.text in shown.get_text()
        cite = shown.select_one("details.fact__cite")
        assert cite is not None and cite.select_one("summary") is not None, fact_id
        assert not cite.has_attr("open"), "folded on screen"
        outside = shown.get_text().replace(cite.get_text(), "")
        assert "核对于" not in outside, "the citation is only inside the fold"


def test_every_fact_shows_when_its_sources_were_checked(site):
    seen = 0
    for src, html in site.every_page():
        soup = BeautifulSoup(html, "html.parser")
        for p in soup.select("div.fact"):
            fact = HANDBOOK.fact(p["id"].removeprefix("fact-"))
            text = p.get_text()
            for source_id in fact.sources:
                assert f"核对于 {HANDBOOK.source(source_id).checked.isoformat()}" in text, (src, fact.id)
            seen += 1
    assert seen >= len(HANDBOOK.facts) // 2, "facts should be shown where they are used"


def test_merged_facts_keep_one_id(site):
    for path, html in site.every_page():
        for retired in data.RETIRED_FACTS:
            assert f'id="fact-{retired}"' not in html, (path, retired)
    assert site.soup("safety/").select_one("#fact-account-close-permanent")
    assert site.soup("problems/login/").select_one("#fact-official-apps")


# -- the sources page --------------------------------------------------------------------


def test_sources_page_lists_every_source_and_explains_kinds_and_statuses(site):
    html = site.html("sources/")
    soup = BeautifulSoup(html, "html.parser")
    listed = [li["id"] for li in soup.select("ul.sources li")]
    assert listed == [f"source-{s.id}" for s in HANDBOOK.sources]
    explained = " ".join(b.text for b in blocks(html, "article"))
    for label in [*SOURCE_KINDS.values(), *TRUST_LEVELS.values()]:
        assert f"{label}：" in explained, f"the sources page does not explain {label!r}"


def test_the_sources_page_explains_every_level(site):
    soup = BeautifulSoup(site.html("sources/"), "html.parser")
    explained = {b.get_text() for b in soup.select("#trust ~ ul .status")}
    assert explained == set(TRUST_LEVELS.values())


def test_sources_page_shows_each_language(site):
    soup = BeautifulSoup(site.html("sources/"), "html.parser")
    for source in HANDBOOK.sources:
        li = soup.select_one(f"#source-{source.id}")
        if source.language == "zh-CN":
            assert "页面为" not in li.get_text(), source.id
        else:
            assert f"页面为{LANGUAGES[source.language]}" in li.get_text(), source.id


def test_the_help_centre_source_rests_on_bitgets_help_text_not_an_sdk_readme(site):
    """The /support address was once labelled help-centre text while resting on
    an SDK README."""
    shown = site.soup("sources/").select_one("#source-bitget-help-centre").get_text()
    assert "SDK" not in shown and "API 文档" not in shown
    assert "没有读到" in shown and "/support/articles/" in shown
    assert "bitget-reset-2fa" in HANDBOOK.channel("help-center").sources
