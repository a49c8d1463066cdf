"""The search index: segmented for Chinese, small enough for a phone."""

from __future__ import annotations

import gzip
import json
import re

from macros import data

BUDGET = 60 * 1024  # bytes, gzip


def load(site):
    return json.loads((site.dir / "search" / "search_index.json").read_text("utf-8"))


def test_search_index_stays_small(site):
    raw = (site.dir / "search" / "search_index.json").read_bytes()
    size = len(gzip.compress(raw, 6))
    assert size <= BUDGET, f"search index is {size / 1024:.1f} KB gzip, budget {BUDGET / 1024:.0f} KB"


def test_print_sheets_stay_out_of_the_index(site):
    """/print/ repeats every problem's checklists: a search for them belongs on the problem
    page. Marking the sheet's <div> was not enough: Material's parser ends an exclusion at
    the first nested </div>, so each sheet's checklists were indexed (a third of the index)."""
    locations = [doc["location"] for doc in load(site)["docs"]]
    assert [where for where in locations if where.startswith("print/")] == ["print/"]


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
    starts a new section at each heading, outside the excluded block)."""
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
