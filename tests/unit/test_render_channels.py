"""The channels component (macros/render/channels.py): the comparison table, a channel's
summary, every problem's channel order and the freeze plan."""

from __future__ import annotations

import pytest
from render_helpers import HANDBOOK, PROBLEMS, WORDS, as_page, assert_escaped, poisoned_handbook, soup

from macros.model import TRUST_LEVELS
from macros.render import channels, shared

W = WORDS.channels
COLUMNS = [W.channel, W.how, W.login, W.speed, W.hours, W.best_for]
TABLE = as_page(channels.channel_table(HANDBOOK, WORDS))


def test_the_channel_table_has_a_row_per_channel_and_the_columns_of_the_words():
    assert [th.get_text() for th in TABLE.select("thead th")] == COLUMNS
    assert [r["id"] for r in TABLE.select("tbody tr")] == [f"channel-{c.id}" for c in HANDBOOK.channels]


@pytest.mark.parametrize("channel", HANDBOOK.channels, ids=lambda c: c.id)
def test_a_channel_row(channel):
    row = TABLE.select_one(f"#channel-{channel.id}")
    level = HANDBOOK.trust(channel)
    assert row["data-trust"] == level
    assert row.select_one("th a")["href"] == f"/channels/{channel.id}.md"
    # The sources live on the channel page; the row links to them.
    assert row.select_one("th .status").get_text() == TRUST_LEVELS[level]
    link = row.select_one("th .channel-table__sources a")
    assert link["href"] == f"/channels/{channel.id}.md#sources" and link.get_text() == W.sources
    assert not row.select("a.external"), "source titles made rows too tall on a phone"
    # Every cell names its column, for the card layout on a phone.
    cells = row.select("td")
    assert [td["data-label"] for td in cells] == COLUMNS[1:]
    assert cells[1].get_text() == shared.yes_no(channel.login, WORDS)
    best = [a["href"] for a in cells[4].select("a")]
    assert best == [f"/problems/{pid}.md" for pid in HANDBOOK.problems_for(channel)]
    shown = [a.get_text() for a in cells[4].select("a")]
    assert shown == [HANDBOOK.problem(pid).home_title for pid in HANDBOOK.problems_for(channel)], "short titles"
    if not HANDBOOK.problems_for(channel):
        assert cells[4].get_text() == W.not_for_accounts


@pytest.mark.parametrize("channel", HANDBOOK.channels, ids=lambda c: c.id)
def test_a_channel_summary_uses_the_same_level_and_words(channel):
    level = HANDBOOK.trust(channel)
    summary = soup(channels.channel_summary(channel, level, WORDS)).select_one(
        f"div.channel-summary[data-trust={level}]"
    )
    assert [th.get_text() for th in summary.select("th")] == [W.how, W.login, W.speed, W.hours, W.trust]
    assert summary.select_one(".status").get_text() == TRUST_LEVELS[level]


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_channel_order_links_each_channel_with_its_reason(problem):
    page = as_page(channels.channel_order(HANDBOOK, problem))
    assert [a["href"] for a in page.select("li a")] == [f"/channels/{c.channel}.md" for c in problem.channels]
    assert [li.get_text().split("：", 1)[1] for li in page.select("li")] == [c.why for c in problem.channels]


def test_the_freeze_plan_lists_its_channels_in_order():
    plan = as_page(channels.freeze_plan(HANDBOOK, WORDS)).select_one(".freeze-plan")
    assert plan.select_one(".admonition-title").get_text() == W.freeze_title
    assert [a["href"] for a in plan.select("ol a")] == [f"/channels/{s.channel}.md" for s in HANDBOOK.freeze.steps]
    assert plan.select_one(".freeze-plan__when").get_text() == HANDBOOK.freeze.when


def test_the_channel_blocks_escape_every_string():
    hostile = poisoned_handbook()
    assert_escaped(channels.channel_table(hostile, hostile.words))
    assert_escaped(channels.freeze_plan(hostile, hostile.words))
    assert_escaped(channels.channel_order(hostile, hostile.problems[0]))
    channel = hostile.channels[0]
    assert_escaped(channels.channel_summary(channel, hostile.trust(channel), hostile.words))


@pytest.mark.parametrize("channel", HANDBOOK.channels, ids=lambda c: c.id)
def test_a_channel_suits_every_problem_whose_page_names_it_and_those_it_adds(channel):
    naming = {p.id for p in HANDBOOK.problems if channel.id in [c.channel for c in p.channels]}
    assert set(HANDBOOK.problems_for(channel)) == naming | set(channel.best_for)
    assert list(HANDBOOK.problems_for(channel)) == [
        p.id for p in HANDBOOK.problems if p.id in naming | set(channel.best_for)
    ]
