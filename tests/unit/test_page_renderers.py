"""The macros the channel pages add (channel_prepare, channel_risks): the data's lists, escaped."""

from __future__ import annotations

import dataclasses

import pytest
from bs4 import BeautifulSoup
from helpers import HOSTILE, FakeEnv

import macros
from macros import data, render

HANDBOOK = data.HANDBOOK


@pytest.fixture(scope="module")
def env():
    env = FakeEnv()
    macros.define_env(env)
    return env


@pytest.mark.parametrize("channel", HANDBOOK.channels, ids=lambda c: c.id)
def test_channel_prepare_and_risks_list_the_data_in_order(env, channel):
    for name, css, items in (
        ("channel_prepare", "prepare", channel.prepare),
        ("channel_risks", "risks", channel.risks),
    ):
        soup = BeautifulSoup(env.macros[name](channel.id), "html.parser")
        assert [li.get_text() for li in soup.select(f"ul.{css} > li")] == list(items)


def test_unknown_channel_fails_loudly(env):
    with pytest.raises(KeyError):
        env.macros["channel_prepare"]("fax")


def test_channel_lists_escape_every_string():
    hostile = dataclasses.replace(HANDBOOK.channel("email"), prepare=(HOSTILE,), risks=(HOSTILE, HOSTILE))
    for items, css in ((hostile.prepare, "prepare"), (hostile.risks, "risks")):
        html = render.bullet_list(items, css)
        soup = BeautifulSoup(html, "html.parser")
        assert not soup.find("script") and not soup.find("img") and "<script>" not in html
        assert [li.get_text() for li in soup.select("li")] == list(items)
