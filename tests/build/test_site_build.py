"""A strict build of the real site, and what its HTML and search index hold."""

from __future__ import annotations

import json
import re

import rjsmin
from bs4 import BeautifulSoup
from helpers import ROOT

from macros import data

HANDBOOK = data.HANDBOOK


def test_strict_build_has_no_warnings(site):
    assert "WARNING" not in site.log, site.log
    assert "ERROR" not in site.log, site.log


def test_problem_pages_hold_their_checklist_items_with_ids(site):
    for problem in HANDBOOK.problems:
        soup = BeautifulSoup(site.html(f"problems/{problem.id}/"), "html.parser")
        found = [li["data-item"] for li in soup.select(f'.checklist[data-checklist="{problem.id}"] li.task-list-item')]
        assert found == [problem.item_key(item) for item in problem.items]
        texts = [t.get_text() for t in soup.select(".checklist .checklist__text")]
        assert texts == [item.text for item in problem.items]


def test_channels_page_holds_the_comparison_table(site):
    soup = BeautifulSoup(site.html("channels/"), "html.parser")
    table = soup.select_one(".channel-table table")
    assert table is not None
    assert [tr["id"] for tr in table.select("tbody tr")] == [f"channel-{c.id}" for c in HANDBOOK.channels]


def test_generated_links_resolve_to_built_pages(site):
    """Links inside generated HTML are not checked by MkDocs; check them here."""
    for page in site.dir.rglob("*.html"):
        soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        for a in soup.select("article a[href]"):
            href = a["href"]
            if re.match(r"^(https?:|mailto:|#)", href):
                continue
            if href.startswith("/"):
                # Only the 404 page links from the site root (a host serves it at any depth).
                assert page.name == "404.html", f"{page.relative_to(site.dir)}: root-absolute link {href}"
                target = (site.dir / href.split("#")[0].split("?")[0].lstrip("/")).resolve()
            else:
                target = (page.parent / href.split("#")[0].split("?")[0]).resolve()
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{page.relative_to(site.dir)} links to missing {href}"


def test_search_index_is_segmented_with_jieba(site):
    index = json.loads((site.dir / "search" / "search_index.json").read_text("utf-8"))
    assert "zh" in index["config"]["lang"]
    assert "\\u200b" in index["config"]["separator"] or "\u200b" in index["config"]["separator"]
    texts = " ".join(doc["text"] + " " + doc["title"] for doc in index["docs"])
    assert "\u200b" in texts, "jieba did not segment the pages"
    tokens = set(re.split("[\u200b\\s，。、：；（）「」【】]+", texts))
    assert "提现" in tokens, "提现 should be a token of its own"
    assert "到账" in tokens, "the user dictionary keeps 到账 whole"


def test_unofficial_notice_on_every_page(site):
    for page in site.dir.rglob("*.html"):
        soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        notice = soup.select_one("#unofficial-notice")
        assert notice is not None, page
        assert "非官方" in notice.get_text() and "验证码" in notice.get_text()


def test_scripts_are_deferred_in_their_order_and_one_runs_in_the_head(site):
    """storage-fallback.js inline in <head>, before Material's inline storage helpers (it
    must run first; inline, it costs no request: hooks/postbuild.py); every other script
    deferred, Material's bundle included, so the page paints before any of them runs; the
    bundle first, with material-adapter.js in front of it in its file (hooks/postbuild.py),
    then checklists.js."""
    adapter = (ROOT / "docs" / "assets" / "javascripts" / "material-adapter.js").read_text("utf-8")
    fallback = rjsmin.jsmin((ROOT / "docs" / "assets" / "javascripts" / "storage-fallback.js").read_text("utf-8"))
    for path in [*site.pages(), "404.html"]:
        soup = BeautifulSoup(site.html(path), "html.parser")
        assert soup.head.find_all("script", src=True) == [], path
        inline = [tag.string or "" for tag in soup.head.find_all("script", src=False)]
        assert inline[0] == fallback.strip(), path
        assert [i for i, text in enumerate(inline) if "__md_get=" in text] == [1], path
        body = soup.body.find_all("script", src=True)
        names = [tag["src"].rsplit("/", 1)[-1] for tag in body]
        assert [n for n, tag in zip(names, body, strict=True) if not tag.has_attr("defer")] == [], path
        assert re.fullmatch(r"bundle\.\w{8}\.\w{8}\.min\.js", names[0]) and names[1] == "checklists.js", (path, names)
    bundle = (site.dir / "assets" / "javascripts" / names[0]).read_text("utf-8")
    assert bundle.startswith("try{" + rjsmin.jsmin(adapter).strip()), "the bundle's file begins with the adapter"
    for name in ("material-adapter.js", "storage-fallback.js"):
        assert not (site.dir / "assets" / "javascripts" / name).exists(), f"{name}: no request of its own"
