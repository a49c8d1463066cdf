"""Every problem's first screen: the data (FirstScreen, checked by the Handbook) and
the answer block the pages open with. The problems come from the data."""

from __future__ import annotations

import dataclasses

import pytest
from bs4 import BeautifulSoup
from helpers import HOSTILE, site_macros

from macros import data, render
from macros.model import DataError, FirstScreen, Note

HANDBOOK = data.HANDBOOK
PROBLEMS = HANDBOOK.problems


def rebuilt(problem_id: str, **changes):
    problems = tuple(dataclasses.replace(p, **changes) if p.id == problem_id else p for p in PROBLEMS)
    return dataclasses.replace(HANDBOOK, problems=problems)


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_every_problem_has_a_first_screen_naming_its_first_channel(problem):
    screen = problem.first_screen
    assert isinstance(screen, FirstScreen)
    assert HANDBOOK.channel(problem.channels[0].channel).name in screen.where
    assert screen.dont.startswith("不要"), "the one thing not to do reads as one"
    for text in (screen.first, screen.dont, screen.where):
        assert "http" not in text and "\n" not in text


def test_a_problem_without_a_first_screen_is_refused():
    with pytest.raises(DataError) as error:
        rebuilt("deposit", first_screen=None)
    assert str(error.value) == "problem 'deposit', field 'first_screen': every problem needs its first screen"


def test_a_where_that_does_not_name_the_first_channel_is_refused():
    screen = dataclasses.replace(HANDBOOK.problem("deposit").first_screen, where="去官网看看。")
    with pytest.raises(DataError, match=r"^problem 'deposit', field 'first_screen.where': must name the first channel"):
        rebuilt("deposit", first_screen=screen)


def test_the_help_centre_is_a_source_on_bitgets_host():
    source = next(s for s in HANDBOOK.sources if s.url == data.HELP_CENTRE)
    assert source.note and data.HELP_CENTRE == "https://www.bitget.com/support"
    assert HANDBOOK.triage.help_centre == data.HELP_CENTRE


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_the_answer_block_has_three_parts_and_a_link_that_says_it_leaves(problem):
    soup = BeautifulSoup(render.answer_block(HANDBOOK, problem, data.HELP_CENTRE), "html.parser")
    block = soup.select_one("div[data-answer]")
    parts = [p["data-answer-part"] for p in block.select("[data-answer-part]")]
    assert parts == ["first", "dont", "where"]
    links = block.select("a[href]")
    assert [a["href"] for a in links] == [data.HELP_CENTRE]
    assert links[0].find_parent(attrs={"data-answer-part": "where"}) is not None
    assert "离开本站" in links[0].get_text() and links[0]["rel"] == ["noopener", "noreferrer"]


def test_the_answer_block_escapes_its_text():
    screen = FirstScreen(first=HOSTILE, dont=HOSTILE, where=HOSTILE)
    problem = dataclasses.replace(HANDBOOK.problem("deposit"), first_screen=screen)
    html = render.answer_block(HANDBOOK, problem, data.HELP_CENTRE)
    assert "<script>" not in html and "<img" not in html


def test_a_note_links_a_problem_a_channel_or_a_page_and_nothing_else():
    assert "/problems/hacked.md" in render.note_html(HANDBOOK, Note("看", label="被盗", see="hacked"))
    assert "/channels/ticket.md" in render.note_html(HANDBOOK, Note("提交。", see="ticket"))
    assert "/scams.md" in render.note_html(HANDBOOK, Note("见", label="防骗", see="scams"))
    with pytest.raises(ValueError, match="'lottery'"):
        render.note_html(HANDBOOK, Note("x", see="lottery"))


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_problem_page_emits_the_sections_in_the_order_of_issue_13(problem):
    body = site_macros()["problem_page"](problem.id)
    headings = [line.split("{ #")[1].rstrip(" }") for line in body.splitlines() if line.startswith("## ")]
    order = ["first-checks", "prepare", "channels", "dont", "template", "facts", "sources", "symptoms"]
    own = [section.anchor for section in problem.sections]
    assert [h for h in headings if h not in ("urgent", "common", *own)] == order
    # A page's own sections (冻结之后怎样拿回账户) follow 不要做的事, before the template.
    dont = headings.index("dont")
    assert headings[dont + 1 : dont + 1 + len(own)] == own
    if problem.urgent:
        assert headings[0] == "urgent", "urgent steps first"
    assert body.index("data-answer") < body.index("## "), "the answer block before any section"
    assert body.index('class="aliases" data-search-exclude') > body.index("{ #symptoms }"), "也叫 at the foot"


def test_print_answer_holds_the_answer_or_the_urgent_steps_and_the_fixed_line():
    for problem in PROBLEMS:
        html = render.print_answer(HANDBOOK, problem, data.HELP_CENTRE)
        assert render.PRINT_RULE in html
        assert render.PRINT_RULE == "只在 www.bitget.com 或官方 App 联系；本站不提供电话；密码、验证码、私钥不给任何人"
        if problem.urgent:
            assert "urgent-steps" in html and "data-answer" not in html
        else:
            assert "data-answer" in html
