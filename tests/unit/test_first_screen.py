"""Every problem's first screen in the data (FirstScreen, checked by the Handbook); the
answer block the pages open with is tested in test_render_answer.py."""

from __future__ import annotations

import dataclasses

import pytest

from macros import data
from macros.model import DataError, FirstScreen

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
