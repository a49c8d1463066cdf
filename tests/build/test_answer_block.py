"""The answer block in the built HTML of every problem page: right under the H1, its three
parts (the first step, the one thing not to do, where to go) and its one link, to the help
centre. The problems come from the data. (On a phone's first screen:
tests/browser/test_answer_block_on_a_phone.py; what the lead under it answers:
test_problem_answers.py.)"""

from __future__ import annotations

import pytest

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
