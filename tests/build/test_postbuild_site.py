"""What the post-build step (hooks/postbuild.py) did to the real site, and did not do."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from bs4 import BeautifulSoup
from helpers import load_hook, material_stylesheet

from macros import data

VERBATIM = load_hook("postbuild").VERBATIM

CLASS = re.compile(r"\.([A-Za-z_][\w-]*)")


def linked_stylesheets(site, page: Path) -> list[Path]:
    soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    hrefs = [link["href"] for link in soup.select('link[rel="stylesheet"]')]
    # 404.html links from the site root; every other page relative to itself.
    return [(site.dir / h.lstrip("/") if h.startswith("/") else page.parent / h).resolve() for h in hrefs]


def test_every_page_links_existing_slimmed_stylesheets_named_by_their_content(site):
    pages = list(site.dir.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        sheets = linked_stylesheets(site, page)
        names = [s.name for s in sheets]
        assert [n.split(".")[0] for n in names] == ["main", "palette", "site"], page
        for sheet in sheets:
            assert sheet.is_file(), f"{page.relative_to(site.dir)} links missing {sheet.name}"
            if sheet.name.startswith(("main.", "palette.")):
                digest = sheet.name.split(".")[2]
                assert hashlib.sha256(sheet.read_bytes()).hexdigest()[:8] == digest, sheet.name
    folder = site.dir / "assets" / "stylesheets"
    assert not [p.name for p in folder.glob("*.map")], "source maps of the original files are left behind"
    assert len(list(folder.glob("main.*"))) == 1 and len(list(folder.glob("palette.*"))) == 1


def test_every_class_the_pages_use_keeps_materials_rules(site):
    """A class on some built page that Material's own stylesheet styles is in the slimmed copy too."""
    original = material_stylesheet("main").read_text("utf-8")
    slim = next((site.dir / "assets" / "stylesheets").glob("main.*.min.css")).read_text("utf-8")
    used = set()
    for page in site.dir.rglob("*.html"):
        for tag in BeautifulSoup(page.read_text("utf-8"), "html.parser").find_all(class_=True):
            used.update(tag["class"])
    styled = used & set(CLASS.findall(original))
    assert len(styled) > 50
    assert sorted(styled - set(CLASS.findall(slim))) == []
    assert len(slim) < 0.8 * len(original), "nothing was slimmed"


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
