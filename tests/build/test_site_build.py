"""A strict build of the real site: no warning, every generated link resolves, the
unofficial notice on every page, the scripts in their order."""

from __future__ import annotations

import re

import rjsmin
from bs4 import BeautifulSoup
from helpers import ROOT

from macros import hant


def test_strict_build_has_no_warnings(site):
    assert "WARNING" not in site.log, site.log
    assert "ERROR" not in site.log, site.log


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


def test_unofficial_notice_on_every_page(site):
    """On every page of both editions, in the edition's script."""
    for page in site.dir.rglob("*.html"):
        soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        notice = soup.select_one("#unofficial-notice")
        assert notice is not None, page
        words = ["非官方", "验证码"]
        if soup.html["lang"] == "zh-Hant":
            words = [hant.convert_text(word) for word in words]
        assert all(word in notice.get_text() for word in words), page


def test_scripts_are_deferred_in_their_order_and_two_run_in_the_head(site):
    """storage-fallback.js inline in <head>, before Material's inline storage helpers (it
    must run first; inline, it costs no request: hooks/postbuild.py), then edition.js (it
    may go to the other edition before the page shows); every other script deferred,
    Material's bundle included, so the page paints before any of them runs; the bundle
    first, with material-adapter.js in front of it in its file (hooks/postbuild.py), then
    checklists.js."""
    scripts = ROOT / "docs" / "assets" / "javascripts"
    adapter = (scripts / "material-adapter.js").read_text("utf-8")
    fallback, edition = (rjsmin.jsmin((scripts / n).read_text("utf-8")) for n in ("storage-fallback.js", "edition.js"))
    for path in [*site.pages(), "404.html"]:
        soup = BeautifulSoup(site.html(path), "html.parser")
        assert soup.head.find_all("script", src=True) == [], path
        inline = [tag.string or "" for tag in soup.head.find_all("script", src=False)]
        assert inline[:2] == [fallback.strip(), edition.strip()], path
        assert [i for i, text in enumerate(inline) if "__md_get=" in text] == [2], path
        body = soup.body.find_all("script", src=True)
        names = [tag["src"].rsplit("/", 1)[-1] for tag in body]
        assert [n for n, tag in zip(names, body, strict=True) if not tag.has_attr("defer")] == [], path
        assert re.fullmatch(r"bundle\.\w{8}\.\w{8}\.min\.js", names[0]) and names[1] == "checklists.js", (path, names)
    bundle = (site.dir / "assets" / "javascripts" / names[0]).read_text("utf-8")
    assert bundle.startswith("try{" + rjsmin.jsmin(adapter).strip()), "the bundle's file begins with the adapter"
    for name in ("material-adapter.js", "storage-fallback.js", "edition.js"):
        assert not (site.dir / "assets" / "javascripts" / name).exists(), f"{name}: no request of its own"
