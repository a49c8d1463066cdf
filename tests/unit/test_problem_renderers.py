"""Renderers the problem pages need beyond the shared ones: the urgent first steps."""

from __future__ import annotations

import dataclasses

import pytest
from bs4 import BeautifulSoup
from helpers import HOSTILE

from macros import data, render

HANDBOOK = data.HANDBOOK


def test_urgent_steps_are_a_numbered_warning_in_data_order():
    hacked = HANDBOOK.problem("hacked")
    soup = BeautifulSoup(render.urgent_steps(hacked), "html.parser")
    box = soup.select_one("div.admonition.danger#urgent-hacked")
    assert box is not None
    assert box.select_one(".admonition-title").get_text() == "现在就做，不用先看完整页"
    assert [li.get_text() for li in box.select("ol > li")] == list(hacked.urgent)


def test_urgent_steps_escape_every_string():
    hostile = dataclasses.replace(HANDBOOK.problem("hacked"), urgent=(HOSTILE, HOSTILE))
    html = render.urgent_steps(hostile)
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find("script") and not soup.find("img")
    assert "<script>" not in html and "<img" not in html
    assert [li.get_text() for li in soup.select("ol > li")] == [HOSTILE, HOSTILE]


def test_urgent_steps_refuse_a_problem_without_them():
    with pytest.raises(ValueError, match="problem 'deposit' has no urgent steps"):
        render.urgent_steps(HANDBOOK.problem("deposit"))
