"""What an editor and a reader see of publishing: edit links, last-changed dates, check dates."""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup
from helpers import ROOT, build, copy_project

from macros import data, history

BOOK = data.HANDBOOK
EDIT_DOCS = "https://github.com/account-help-zh/bitget-handbook/edit/main/docs/"
EDIT_DATA = "https://github.com/account-help-zh/bitget-handbook/edit/main/macros/data.py"
# The top-level HTML of each generated block (see macros/render.py).
GENERATED = ", ".join(
    (
        "article > div.checklist",
        "article > div.print-sheet > div.checklist",
        "article > div.md-typeset__scrollwrap",
        "article > ol.channel-order",
        "article > div.channel-summary",
        "article > div.message-template",
        "article > p.fact",
        "article > ul.sources",
        "article > ul.symptoms",
        "article > ul.dont",
        "article > ul.prepare",
        "article > ul.risks",
        "article > div.urgent-steps",
        "article > div.triage",
    )
)


def pages(site):
    """(src_uri, soup) of every page built from Markdown."""
    for md in sorted((ROOT / "docs").rglob("*.md")):
        src = md.relative_to(ROOT / "docs").as_posix()
        url = src[: -len("index.md")] if src.endswith("index.md") else src[:-3] + "/"
        yield src, BeautifulSoup(site.html(url), "html.parser")


def test_every_page_has_an_edit_button_to_its_markdown_source(site):
    for src, soup in pages(site):
        buttons = soup.select("article a.md-content__button[rel~=edit]")
        assert [a["href"] for a in buttons] == [EDIT_DOCS + src], src


def test_every_generated_block_is_followed_by_a_small_edit_data_link(site):
    links = 0
    for src, soup in pages(site):
        blocks = soup.select(GENERATED)
        for block in blocks:
            after = block.find_next_sibling()
            while after is not None and after.name == "p" and "fact" in after.get("class", []):
                after = after.find_next_sibling()  # a run of facts shares one link
            assert after is not None and "edit-data" in after.get("class", []), f"{src}: {str(block)[:120]}"
        for p in soup.select("p.edit-data"):
            assert [a["href"] for a in p.select("a")] == [EDIT_DATA], src
            assert p.get_text().startswith("编辑数据")
            assert p.find_previous_sibling() in blocks, f"{src}: a 编辑数据 link under no generated block"
            links += 1
    assert links >= 2 * len(BOOK.problems), "each problem page has at least its two checklists"


def test_edit_data_links_stay_out_of_the_search_index(site):
    index = json.loads((site.dir / "search" / "search_index.json").read_text("utf-8"))
    for doc in index["docs"]:
        assert "编辑数据" not in doc["text"], doc["location"]


def test_every_fact_shows_when_its_sources_were_checked(site):
    seen = 0
    for src, soup in pages(site):
        for p in soup.select("p.fact"):
            fact = BOOK.fact(p["id"].removeprefix("fact-"))
            text = p.get_text()
            for source_id in fact.sources:
                assert f"核对于 {BOOK.source(source_id).checked.isoformat()}" in text, (src, fact.id)
            seen += 1
    assert seen >= len(BOOK.facts) // 2, "facts should be shown where they are used"


def test_every_page_shows_its_last_change_from_git_history(site):
    expected = history.last_changed(ROOT, ROOT / "docs")
    if not expected:  # an unpacked tarball: the test below covers builds without history
        pytest.skip("this copy of the project has no git history")
    for src, soup in pages(site):
        times = soup.select("article aside.last-changed time")
        if src not in expected:  # a page not committed yet makes no claim
            assert not times, src
            continue
        assert [t["datetime"] for t in times] == [expected[src]], src
        assert times[0].parent.get_text(" ", strip=True) == f"本页更新于 {expected[src]}"


def test_a_build_without_git_history_works_and_shows_no_date(tmp_path):
    project = copy_project(tmp_path / "tarball")  # no .git: like an unpacked release tarball
    result = build(tmp_path / "site", project=project)
    assert result.returncode == 0, result.stdout + result.stderr
    html = (tmp_path / "site" / "problems" / "deposit" / "index.html").read_text("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("article .md-content__button[rel~=edit]") is not None
    assert soup.select_one("aside.last-changed") is None
    assert not re.search(r"本页更新于", html)
