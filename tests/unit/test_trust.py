"""Trust levels: how a level is computed, and what each fact, channel row and source line
renders for it (unconfirmed claims, languages). Refused data: test_data_validation.py."""

from __future__ import annotations

import datetime as dt
import io
import re
import tokenize
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import macros.__main__ as audit
from macros import data, render
from macros.model import KIND_STRENGTH, LANGUAGES, SOURCE_KINDS, TRUST_LEVELS, trust_level

HANDBOOK = data.HANDBOOK
DATA_PY = Path(data.__file__)


def rendered(fact_id: str):
    return BeautifulSoup(render.fact(HANDBOOK, fact_id), "html.parser").select_one("[data-fact]")


# -- the computation -------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kinds", "level"),
    [
        ("confirmed", ["official"], "official"),
        ("confirmed", ["official-text"], "official-text"),
        ("confirmed", ["official", "official-text"], "official-text"),  # the weakest wins
        ("confirmed", ["official-text", "official", "official"], "official-text"),
        ("confirmed", ["government"], "government"),
        ("confirmed", ["official", "government"], "government"),
        ("confirmed", ["press"], "press"),
        ("confirmed", ["government", "press"], "press"),
        ("not-confirmed", ["official", "official"], "not-confirmed"),  # pages we checked do not confirm it
        ("not-recommended", ["official"], "not-recommended"),
    ],
)
def test_trust_level_is_the_status_or_the_weakest_source_kind(status, kinds, level):
    assert trust_level(status, kinds) == level


def test_trust_level_refuses_what_it_cannot_judge():
    with pytest.raises(ValueError):
        trust_level("probably", ["official"])
    with pytest.raises(ValueError):
        trust_level("confirmed", [])


def test_every_kind_has_a_strength_and_every_level_a_badge_text():
    assert set(KIND_STRENGTH) == set(SOURCE_KINDS)
    assert set(KIND_STRENGTH) | {"not-confirmed", "not-recommended"} == set(TRUST_LEVELS)
    texts = list(TRUST_LEVELS.values())
    assert len(set(texts)) == len(texts), "one badge text per level"
    assert "已确认" not in texts


# -- what each fact renders -----------------------------------------------------------


@pytest.mark.parametrize("fact", HANDBOOK.facts, ids=lambda f: f.id)
def test_each_fact_carries_its_id_level_and_badge_first(fact):
    level = HANDBOOK.trust(fact)
    shown = rendered(fact.id)
    assert shown["data-fact"] == fact.id
    assert shown["data-trust"] == level
    first = next(shown.children)
    assert first.name == "span" and "status" in first["class"], "the badge is the first element"
    assert first.get_text() == TRUST_LEVELS[level]
    assert len(shown.select(".status")) == 1, "one badge per fact"


@pytest.mark.parametrize("fact", HANDBOOK.facts, ids=lambda f: f.id)
def test_a_fact_resting_only_on_help_centre_copies_never_reads_as_checked_on_the_official_site(fact):
    kinds = {HANDBOOK.source(s).kind for s in fact.sources}
    text = rendered(fact.id).get_text()
    if "official-text" in kinds:
        assert TRUST_LEVELS["official"] not in text
        assert "已确认" not in text
    if fact.status == "confirmed" and kinds == {"official-text"}:
        assert HANDBOOK.trust(fact) == "official-text"


def test_a_help_centre_copy_fact_shows_one_signal_not_two():
    # hacked-first-steps rests only on help-centre text seen on other hosts.
    shown = rendered("hacked-first-steps")
    assert shown.select_one(".status").get_text() == TRUST_LEVELS["official-text"]
    # The badge says it; the source line does not say it again.
    assert SOURCE_KINDS["official-text"] not in shown.get_text()


def test_a_stronger_source_inside_a_weaker_fact_is_marked():
    # never-ask-secrets: one page read on www.bitget.com, two help-centre copies.
    shown = rendered("never-ask-secrets")
    assert shown["data-trust"] == "official-text"
    assert shown.get_text().count(SOURCE_KINDS["official"]) == 1


@pytest.mark.parametrize("fact", [f for f in HANDBOOK.facts if f.status != "confirmed"], ids=lambda f: f.id)
def test_an_unconfirmed_claim_says_where_it_comes_from_apart_from_what_we_checked(fact):
    shown = rendered(fact.id)
    claimed = shown.select_one(".fact__claimed")
    checked = shown.select_one(".fact__checked")
    assert claimed is not None and checked is not None
    assert claimed.get_text().startswith("说法出自：") and fact.claimed_by in claimed.get_text()
    assert checked.get_text().startswith("我们查过：")
    assert not claimed.select("a"), "the origin is described in words, never linked"
    assert [a["href"] for a in checked.select("a")] == [HANDBOOK.source(s).url for s in fact.sources]
    assert "来源：" not in shown.get_text(), "a page that does not make the claim is not its source"


def test_a_confirmed_fact_lists_its_sources():
    shown = rendered("support-email")
    assert shown.select_one(".fact__sources").get_text().startswith("来源：")
    assert shown.select_one(".fact__claimed") is None


def test_channel_rows_and_summaries_use_the_same_levels():
    soup = BeautifulSoup(render.channel_table(HANDBOOK), "html.parser")
    for channel in HANDBOOK.channels:
        level = HANDBOOK.trust(channel)
        row = soup.select_one(f"#channel-{channel.id}")
        assert row["data-trust"] == level
        assert row.select_one(".status").get_text() == TRUST_LEVELS[level]
        summary = BeautifulSoup(render.channel_summary(channel, level), "html.parser")
        assert summary.select_one(".status").get_text() == TRUST_LEVELS[level]
    # The ticket form is only known from help-centre copies; live chat's entry is on www.bitget.com.
    assert HANDBOOK.trust(HANDBOOK.channel("ticket")) == "official-text"
    assert HANDBOOK.trust(HANDBOOK.channel("live-chat")) == "official"


# -- sources: language, audit ------------------------------------------------------------


@pytest.mark.parametrize("source", HANDBOOK.sources, ids=lambda s: s.id)
def test_a_source_says_its_language_when_the_page_is_not_simplified_chinese(source):
    soup = BeautifulSoup(render.source_line(source), "html.parser")
    meta = soup.select_one(".source__meta").get_text()
    link = soup.select_one("a.external")
    if source.language == "zh-CN":
        assert "页面为" not in meta and not link.has_attr("hreflang")
    else:
        assert f"页面为{LANGUAGES[source.language]}" in meta
        assert link["hreflang"] == source.language


def test_audit_lists_the_sources_of_the_second_reading():
    new = {s.id for s in HANDBOOK.sources if s.checked == data.RECHECKED}
    assert {"bitget-p2p-appeal-web", "bitget-kyc-withdrawal-rule", "police-sg-platform-impersonation"} <= new
    text = audit.report(HANDBOOK.sources, data.RECHECKED + dt.timedelta(days=400))
    for source_id in new:
        assert source_id in text


def test_sources_of_adds_what_the_facts_cite_once():
    channel = HANDBOOK.channel("live-chat")
    ids = HANDBOOK.sources_of(channel)
    assert ids[: len(channel.sources)] == channel.sources
    assert len(ids) == len(set(ids))
    assert {s for f in channel.facts for s in HANDBOOK.fact(f).sources} <= set(ids)


# -- the data module stays inside the repository --------------------------------------------


def comments(path: Path) -> list[str]:
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text("utf-8")).readline)
    return [t.string for t in tokens if t.type == tokenize.COMMENT]


def test_the_data_module_does_not_point_outside_the_repository():
    text = DATA_PY.read_text("utf-8")
    assert "shared/research" not in text and "bitget-facts" not in text
    assert "§" not in text
    doc = data.__doc__ or ""
    research_row = re.compile(r"\b[A-H]\d{1,2}[a-c]?\b")
    found = [c for c in [*comments(DATA_PY), doc] if research_row.search(c)]
    assert not found, f"research row ids in comments: {found}"
