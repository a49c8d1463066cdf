"""The answer block in the built HTML of every problem page, and of every page that answers
but is no problem (each channel's, /scams/, /safety/): right under the H1, its three parts
(the first step, the one thing not to do, where to go) and its one link, to the help centre
(/scams/: to its verification steps). The pages come from the data. (On a phone's first screen:
tests/browser/test_answer_block_on_a_phone.py; what the lead under it answers:
test_problem_answers.py.)"""

from __future__ import annotations

import pytest
from helpers import page_url

from macros import data

HANDBOOK = data.HANDBOOK
PROBLEMS = HANDBOOK.problems


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_the_answer_block_comes_right_after_the_title(site, problem):
    page = site.soup(f"problems/{problem.id}/").article
    block = page.select_one("div[data-answer]")
    assert block is not None
    assert block.find_previous_sibling().name == "h1", "nothing between the H1 and the answer"
    parts = {p["data-answer-part"]: p for p in block.select("[data-answer-part]")}
    assert list(parts) == ["first", "dont", "where"]
    assert problem.first_screen.first in parts["first"].get_text()
    assert problem.first_screen.dont in parts["dont"].get_text()
    where = parts["where"]
    assert problem.first_screen.where in where.get_text()
    assert [a["href"] for a in where.select("a[href]")] == [data.HELP_CENTRE]


# -- the pages that answer but are no problem: every channel's, /scams/, /safety/ -------------


def page_path(key: str) -> str:
    return page_url(HANDBOOK, key)


@pytest.mark.parametrize("entry", HANDBOOK.page_answers, ids=lambda a: a.page)
def test_a_page_that_answers_opens_with_its_answer_block(site, entry):
    path = page_path(entry.page)
    page = site.soup(path).article
    blocks = page.select("div[data-answer]")
    assert len(blocks) == 1, path
    block = blocks[0]
    assert block.find_previous_sibling().name == "h1", f"{path}: nothing between the H1 and the answer"
    parts = {p["data-answer-part"]: p for p in block.select("[data-answer-part]")}
    assert list(parts) == ["first", "dont", "where"]
    screen = entry.first_screen
    assert screen.first in parts["first"].get_text() and screen.dont in parts["dont"].get_text()
    assert screen.where in parts["where"].get_text()
    links = [a["href"] for a in parts["where"].select("a[href]")]
    if entry.anchor:
        assert links == [f"#{entry.anchor}"]
        assert page.select_one(f"#{entry.anchor}") is not None, f"{path}: no #{entry.anchor} for the link"
    else:
        assert links == [data.HELP_CENTRE]


def test_every_channel_page_and_scams_and_safety_have_an_answer_block(site):
    paths = {page_path(a.page) for a in HANDBOOK.page_answers}
    assert {f"channels/{c.id}/" for c in HANDBOOK.channels} | {"channels/", "scams/", "safety/"} <= paths
