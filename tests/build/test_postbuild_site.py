"""What the post-build step (hooks/postbuild.py) did to the real site, and did not do."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from bs4 import BeautifulSoup
from helpers import ROOT, load_hook, material_stylesheet

from macros import data

VERBATIM = load_hook("postbuild").VERBATIM

CLASS = re.compile(r"\.([A-Za-z_][\w-]*)")


def linked_stylesheets(site, page: Path) -> list[Path]:
    soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    hrefs = [link["href"] for link in soup.select('link[rel="stylesheet"]')]
    # 404.html links from the site root; every other page relative to itself.
    return [(site.dir / h.lstrip("/") if h.startswith("/") else page.parent / h).resolve() for h in hrefs]


def test_every_page_links_one_stylesheet_named_by_its_content(site):
    """Material's two and ours in one file: one request, not three, on every first view."""
    pages = site.html_files()
    assert len(pages) > 20
    folder = site.dir / "assets" / "stylesheets"
    [built] = folder.iterdir()
    assert re.fullmatch(r"site\.[0-9a-f]{8}\.min\.css", built.name), "Material's files, source maps, site.css go"
    assert hashlib.sha256(built.read_bytes()).hexdigest()[:8] == built.name.split(".")[1]
    for page in pages:
        assert linked_stylesheets(site, page) == [built.resolve()], page.relative_to(site.dir)


def the_stylesheet(site) -> str:
    return next((site.dir / "assets" / "stylesheets").glob("site.*.min.css")).read_text("utf-8")


def test_every_class_the_pages_use_keeps_materials_rules(site):
    """A class on some built page that Material's own stylesheet styles is in the slimmed copy too."""
    original = material_stylesheet("main").read_text("utf-8")
    slim = the_stylesheet(site)
    used = set()
    for page in site.dir.rglob("*.html"):
        for tag in BeautifulSoup(page.read_text("utf-8"), "html.parser").find_all(class_=True):
            used.update(tag["class"])
    styled = used & set(CLASS.findall(original))
    assert len(styled) > 50
    assert sorted(styled - set(CLASS.findall(slim))) == []
    ours = (ROOT / "docs" / "assets" / "stylesheets" / "site.css").read_text("utf-8")
    assert len(slim) < 0.7 * (len(original) + len(ours)), "nothing was slimmed"


def test_the_stylesheet_keeps_materials_order_then_ours(site):
    """The cascade as the pages had it: Material's main, its palette, then site.css."""
    slim = the_stylesheet(site)
    assert slim.startswith('@charset "UTF-8";') and slim.count("@charset") == 1
    main = slim.index(".md-typeset{")  # from Material's main stylesheet
    palette = slim.index("[data-md-color-scheme=slate]")  # from its palette stylesheet
    ours = slim.index(".unofficial-notice")  # from docs/assets/stylesheets/site.css
    assert main < palette < ours


def test_features_this_site_leaves_off_lose_their_rules(site):
    """Material's bundle names every feature's classes; only what this site can show stays."""
    slim = the_stylesheet(site)
    for gone in (".md-tooltip2", ".md-annotation", ".tabbed-labels", ".md-version", ".md-tag", "[dir=rtl]"):
        assert gone not in slim, gone
    for kept in (".md-search-result__item", ".md-dialog", ".md-header__title--active", ".focus-visible"):
        assert kept in slim, kept


def test_html_lines_start_without_indentation_outside_verbatim_blocks(site):
    for page in site.dir.rglob("*.html"):
        html = page.read_text("utf-8")
        outside = VERBATIM.sub("", html)
        indented = [line for line in outside.split("\n") if line[:1] in (" ", "\t")]
        assert indented == [], f"{page.relative_to(site.dir)}: {indented[:3]}"


def test_message_templates_keep_every_line_break_and_space(site):
    problems = [p for p in data.HANDBOOK.problems if p.template]
    assert problems
    for problem in problems:
        soup = BeautifulSoup(site.html(f"problems/{problem.id}/"), "html.parser")
        code = soup.select_one(".message-template pre code")
        assert code is not None, problem.id
        assert code.get_text() == f"主题：{problem.template.subject}\n\n{problem.template.body}", problem.id
