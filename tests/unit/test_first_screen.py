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


# -- the pages that answer but are no problem: channels, /scams/, /safety/ ----------------

PAGE_ANSWERS = HANDBOOK.page_answers


def with_answers(answers) -> object:
    return dataclasses.replace(HANDBOOK, page_answers=tuple(answers))


def swap_answer(page: str, **changes) -> tuple:
    return tuple(dataclasses.replace(a, **changes) if a.page == page else a for a in PAGE_ANSWERS)


def test_every_channel_and_the_scams_and_safety_pages_have_a_first_screen():
    keys = [a.page for a in PAGE_ANSWERS]
    assert len(keys) == len(set(keys))
    assert set(HANDBOOK.channel_ids) | {"scams", "safety", "channels"} <= set(keys)


@pytest.mark.parametrize("entry", PAGE_ANSWERS, ids=lambda a: a.page)
def test_each_page_answer_reads_like_a_problems(entry):
    screen = entry.first_screen
    assert isinstance(screen, FirstScreen)
    assert any(c.name in screen.where for c in HANDBOOK.channels), "where names a channel"
    assert screen.dont.startswith("不要"), "the one thing not to do reads as one"
    for text in (screen.first, screen.dont, screen.where):
        assert "http" not in text and "\n" not in text


def test_scams_where_leads_to_its_verification_steps():
    scams = next(a for a in PAGE_ANSWERS if a.page == "scams")
    assert scams.anchor == "verification-tool" and scams.link
    assert "官方验证工具" in scams.first_screen.where


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        (
            lambda: [a for a in PAGE_ANSWERS if a.page != "email"],
            "channel 'email', field 'page_answers': its page needs a first screen",
        ),
        (
            lambda: [*PAGE_ANSWERS, dataclasses.replace(PAGE_ANSWERS[0], page="lottery")],
            "page answer 'lottery', field 'page': 'lottery' is no channel id and no page of PAGES",
        ),
        (
            lambda: [*PAGE_ANSWERS, PAGE_ANSWERS[0]],
            f"page answer '{PAGE_ANSWERS[0].page}', field 'page': a second first screen for this page",
        ),
        (
            lambda: swap_answer(
                "safety", first_screen=dataclasses.replace(PAGE_ANSWERS[1].first_screen, where="去官网看看。")
            ),
            "page answer 'safety', field 'first_screen.where': must name a channel",
        ),
        (
            lambda: swap_answer(
                "safety",
                first_screen=dataclasses.replace(
                    PAGE_ANSWERS[1].first_screen, where="打开 www.bitget.com 的在线客服。"
                ),
            ),
            "page answer 'safety', field 'first_screen.where': no address here",
        ),
        (
            lambda: swap_answer("safety", anchor="verify"),
            "page answer 'safety', field 'link': a link to a section needs both its anchor and its words",
        ),
        (
            lambda: swap_answer("scams", anchor="Verify Tool"),
            "page answer 'scams', field 'anchor': must be a heading's id on the page",
        ),
    ],
    ids=["channel-without", "unknown-page", "twice", "where-no-channel", "where-address", "anchor-alone", "bad-anchor"],
)
def test_a_bad_page_answer_is_refused_with_one_line(answers, message):
    assert PAGE_ANSWERS[1].page == "safety"
    with pytest.raises(DataError) as error:
        with_answers(answers())
    assert str(error.value).startswith(message), str(error.value)
