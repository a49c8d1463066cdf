"""The answer component (macros/render/answer.py): every problem's first screen, and
the urgent steps of the problems that have them."""

from __future__ import annotations

import dataclasses

import pytest
from helpers import HOSTILE
from render_helpers import HANDBOOK, PROBLEMS, WORDS, as_page, assert_escaped, soup

from macros import data
from macros.model import FirstScreen
from macros.render import answer, channels

URGENT = [p for p in PROBLEMS if p.urgent]


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_the_answer_block_has_three_parts_and_a_link_that_says_it_leaves(problem):
    block = soup(answer.answer_block(problem, data.HELP_CENTRE, WORDS)).select_one("div[data-answer]")
    parts = block.select("[data-answer-part]")
    assert [p["data-answer-part"] for p in parts] == ["first", "dont", "where"]
    w, screen = WORDS.answer, problem.first_screen
    assert [p.select_one(".answer__label").get_text() for p in parts] == [w.first, w.dont, w.where]
    assert [p.select_one(".answer__text").get_text() for p in parts[:2]] == [screen.first, screen.dont]
    links = block.select("a[href]")
    assert [a["href"] for a in links] == [data.HELP_CENTRE]
    assert links[0].find_parent(attrs={"data-answer-part": "where"}) is not None
    assert links[0].get_text().startswith(w.help_centre) and links[0]["rel"] == ["noopener", "noreferrer"]


def test_the_answer_block_escapes_its_text():
    screen = FirstScreen(first=HOSTILE, dont=HOSTILE, where=HOSTILE)
    problem = dataclasses.replace(PROBLEMS[0], first_screen=screen)
    assert_escaped(answer.answer_block(problem, data.HELP_CENTRE, WORDS))


@pytest.mark.parametrize("problem", URGENT, ids=lambda p: p.id)
def test_urgent_steps_are_a_numbered_warning_in_data_order(problem):
    plan = channels.freeze_plan(HANDBOOK, WORDS)
    box = as_page(answer.urgent_steps(problem, WORDS, plan)).select_one(f"div.admonition.danger#urgent-{problem.id}")
    assert box.select_one(".admonition-title").get_text() == WORDS.answer.urgent_title
    steps = box.select("ol.urgent-steps__can-login > li" if problem.freeze_first else "ol > li")
    assert [li.get_text() for li in steps] == list(problem.urgent)
    if problem.freeze_first:
        # Already locked out first (the freeze plan), then still able to log in.
        cases = [p.get_text() for p in box.select(".urgent-steps__case")]
        w = WORDS.answer
        assert cases == [f"{w.locked_out}：{w.locked_out_do}", f"{w.can_login}：{w.can_login_do}"]
        assert box.select_one(".freeze-plan") is not None
        with pytest.raises(ValueError, match="pass it in"):
            answer.urgent_steps(problem, WORDS)
    else:
        assert box.select_one(".freeze-plan") is None


@pytest.mark.parametrize("problem", URGENT, ids=lambda p: p.id)
def test_urgent_steps_escape_every_string(problem):
    hostile = dataclasses.replace(problem, urgent=(HOSTILE, HOSTILE), freeze_first=False)
    html = answer.urgent_steps(hostile, WORDS)
    assert_escaped(html)
    assert [li.get_text() for li in soup(html).select("ol > li")] == [HOSTILE, HOSTILE]


@pytest.mark.parametrize("problem", [p for p in PROBLEMS if not p.urgent], ids=lambda p: p.id)
def test_urgent_steps_refuse_a_problem_without_them(problem):
    with pytest.raises(ValueError, match=f"problem '{problem.id}' has no urgent steps"):
        answer.urgent_steps(problem, WORDS)


# -- the same block on pages that are no problem (channels, /scams/, /safety/) -----------


@pytest.mark.parametrize("entry", HANDBOOK.page_answers, ids=lambda a: a.page)
def test_a_page_answer_is_the_same_block_linking_the_help_centre_or_its_section(entry):
    block = soup(answer.page_answer(entry, data.HELP_CENTRE, WORDS)).select_one("div[data-answer]")
    assert block["id"] == f"answer-{entry.page}" and block["class"] == ["answer"]
    parts = block.select("[data-answer-part]")
    assert [p["data-answer-part"] for p in parts] == ["first", "dont", "where"]
    w, screen = WORDS.answer, entry.first_screen
    assert [p.select_one(".answer__label").get_text() for p in parts] == [w.first, w.dont, w.where]
    assert [p.select_one(".answer__text").get_text() for p in parts[:2]] == [screen.first, screen.dont]
    links = parts[2].select("a[href]")
    assert len(block.select("a[href]")) == len(links) == 1
    if entry.anchor:
        assert links[0]["href"] == f"#{entry.anchor}" and links[0].get_text() == entry.link
    else:
        assert links[0]["href"] == data.HELP_CENTRE and links[0].get_text().startswith(w.help_centre)


def test_a_page_answer_escapes_its_text():
    screen = FirstScreen(first=HOSTILE, dont=HOSTILE, where=HOSTILE)
    entry = dataclasses.replace(HANDBOOK.page_answers[0], first_screen=screen, link=HOSTILE)
    assert_escaped(answer.page_answer(entry, data.HELP_CENTRE, WORDS))
