"""The search index: segmented for Chinese, the words readers use on each page's own entry, no
/print/ sheets (its size budget: test_budgets.py)."""

from __future__ import annotations

import json
import re

import pytest
from page_text import section

from macros import data

HANDBOOK = data.HANDBOOK
PROBLEMS = HANDBOOK.problems


def load(site):
    return json.loads((site.dir / "search" / "search_index.json").read_text("utf-8"))


def test_every_problem_and_channel_page_lists_the_words_readers_use(site):
    """The 也叫 line is in the page's own (top) search entry, where it counts most."""
    docs = {doc["location"]: doc for doc in load(site)["docs"]}
    owners = [(f"problems/{p.id}/", p.aliases) for p in data.HANDBOOK.problems]
    owners += [(f"channels/{c.id}/", c.aliases) for c in data.HANDBOOK.channels]
    for location, words in owners:
        assert words, f"{location} has no aliases in the data"
        text = docs[location]["text"].replace("\u200b", "")
        for word in words:
            assert word in text, f"{word!r} missing from the search entry of {location}"


def test_print_sheets_stay_out_of_the_search_index(site):
    """/print/ repeats every problem's checklists: a search should land on the problem page.
    The sheets carry data-search-exclude, and so do their headings (Material's search
    starts a new section at each heading, outside the excluded block). Marking the sheet's
    <div> was not enough: Material's parser ends an exclusion at the first nested </div>,
    so each sheet's checklists were indexed (a third of the index)."""
    locations = [doc["location"] for doc in load(site)["docs"] if doc["location"].startswith("print/")]
    assert locations == ["print/"], locations


def plain(text: str) -> str:
    """An index entry's text as read: no tags, no zero-width spaces (jieba's cuts)."""
    return re.sub(r"<[^>]+>", " ", text).replace("\u200b", "")


def test_the_channel_table_is_indexed_one_entry_per_row(site):
    """A search hit on the /channels/ comparison shows one channel's row, under its name,
    each cell with its column name, and opens the page at that row; before, the whole
    table was one run of text (issue 24)."""
    docs = [doc for doc in load(site)["docs"] if doc["location"].split("#")[0] == "channels/"]
    html = site.html("channels/")
    for channel in data.HANDBOOK.channels:
        location = f"channels/#channel-{channel.id}"
        assert re.search(rf'<tr\b[^>]*\bid="channel-{channel.id}"', html), f"{location}: no such row on the page"
        rows = [doc for doc in docs if doc["location"] == location]
        assert len(rows) == 1, f"{location}: {len(rows)} entries"
        assert plain(rows[0]["title"]) == channel.name
        text = plain(rows[0]["text"])
        assert f"怎么联系：{channel.how}" in text, text
        for column in ("需要登录：", "一般速度：", "服务时间：", "适合的问题："):
            assert column in text, (location, column)
        elsewhere = [doc["location"] for doc in docs if doc is not rows[0] and channel.how in plain(doc["text"])]
        assert elsewhere == [], f"{channel.id}'s row is also indexed in {elsewhere}"


def test_search_index_is_segmented_with_jieba(site):
    index = json.loads((site.dir / "search" / "search_index.json").read_text("utf-8"))
    assert "zh" in index["config"]["lang"]
    assert "\\u200b" in index["config"]["separator"] or "\u200b" in index["config"]["separator"]
    texts = " ".join(doc["text"] + " " + doc["title"] for doc in index["docs"])
    assert "\u200b" in texts, "jieba did not segment the pages"
    tokens = set(re.split("[\u200b\\s，。、：；（）「」【】]+", texts))
    assert "提现" in tokens, "提现 should be a token of its own"
    assert "到账" in tokens, "the user dictionary keeps 到账 whole"


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_the_other_words_are_at_the_foot_and_still_indexed(site, problem):
    page = site.soup(f"problems/{problem.id}/").article
    foot = page.select("h2[id]")[-1]
    assert foot["id"] == "symptoms"
    shown = next((p for p in section(page, "symptoms") if "aliases" in p.get("class", [])), None)
    assert shown is not None and not shown.has_attr("hidden")
    top = page.select_one("[hidden] p.aliases")
    assert top is not None and top.sourceline < page.select_one("h2").sourceline, "in the top search entry"
