"""Any page on paper, whatever the screen shows: A4 PDFs printed by headless Chromium and
read back with poppler (tests/paper.py; /print/ has test_print_page.py).

A problem page prints on at most two sheets, opening with its answer, its checklist on one
sheet and the address after each official link. Printed pages are light in dark mode too
(axe's color-contrast in print emulation, and white sheets with a legible footer when
background graphics are printed), every table fits the A4 page, no sheet holds only the
footer, no heading ends a sheet, and the offline copy prints no "None" where the address
belongs.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from page_text import parse
from paper import A4_HEIGHT_PT, flat, page_count, pages_text, rasterize, words
from reader import SCHEMES, axe_violations

from macros import data

pytestmark = pytest.mark.browser

HANDBOOK = data.HANDBOOK
PROBLEMS = HANDBOOK.problems

# A4 with the margins of site.css (@page: 14mm 16mm 16mm): the printed text width.
MM = 96 / 25.4
A4_TEXT_WIDTH = round((210 - 2 * 16) * MM)
A4_WIDTH_PT = 595.3
RIGHT_MARGIN_PT = 16 / 25.4 * 72


def sheets(pdf: Path) -> list[list[str]]:
    """Each printed sheet's non-empty text lines, the footer line left out."""
    out = []
    for text in pages_text(pdf, layout=True):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        out.append([line for line in lines if "打印日期" not in line])
    return out


def headings(html: str) -> set[str]:
    return {h.get_text(" ", strip=True) for h in parse(html).select("article :is(h1, h2, h3, h4)")}


# -- dark mode prints light ------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_printed_colours_are_readable_in_either_palette(site, browser, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1024, "height": 900})
    page = context.new_page()
    # Print media from the start: switching media mid-page starts Material's colour
    # transitions, and axe would read colours half-way.
    page.emulate_media(media="print", color_scheme=scheme)
    found = {}
    for path in site.pages():
        page.goto(site.url + path, wait_until="load")
        assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[scheme], path
        bad = axe_violations(page, rules=["color-contrast"])
        if bad:
            found[path or "/"] = bad
    context.close()
    assert found == {}, f"printed in {scheme} mode, text is hard to read on paper"


def test_dark_mode_prints_on_light_panels(site, browser):
    """The 官方说明 panel's background reaches paper (print-color-adjust): it must be light."""
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.emulate_media(media="print", color_scheme="dark")
    page.goto(site.url + "problems/deposit/", wait_until="load")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    colour = page.locator(".fact").first.evaluate("e => getComputedStyle(e).backgroundColor")
    rgb = [int(x) for x in re.findall(r"\d+", colour)[:3]]
    assert min(rgb) >= 200, f"a dark panel on paper: {colour}"
    context.close()


def luminance(rgb: bytes) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_dark_mode_prints_white_sheets_with_a_legible_footer(site, browser, tmp_path):
    """Printed from the dark palette with background graphics, every sheet once had
    near-black margins and a black footer on them (Material's
    <meta name="color-scheme" content="dark"> darkened the canvas)."""
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(site.url + "problems/deposit/", wait_until="load")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    pdf = tmp_path / "dark.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    context.close()
    dpi = 40
    scale = dpi / 72  # PDF points to pixels
    sheets = rasterize(pdf, dpi)
    assert len(sheets) == page_count(pdf) >= 2
    margin = round(12 / 25.4 * dpi)  # inside the 14 mm and 16 mm margins of site.css
    for number, image in enumerate(sheets, start=1):
        w, h = image.width, image.height
        edges = [(x, y) for y in range(h - margin) for x in range(w) if x < margin or x >= w - margin or y < margin]
        dark = [xy for xy in edges if min(image.pixel(*xy)) < 240]
        assert dark == [], f"sheet {number}: the margin is not white ({len(dark)} pixels)"
        footer = [word for word in words(pdf, number) if word.y0 * scale > h - margin]
        assert "打印日期" in "".join(word.text for word in footer), f"sheet {number}: no footer"
        box = [
            image.pixel(x, y)
            for word in footer
            for y in range(int(word.y0 * scale), min(h, int(word.y1 * scale) + 1))
            for x in range(int(word.x0 * scale), min(w, int(word.x1 * scale) + 1))
        ]
        paper, ink = max(box, key=luminance), min(box, key=luminance)
        ratio = (luminance(paper) + 0.05) / (luminance(ink) + 0.05)
        assert min(paper) >= 240 and ratio >= 4.5, f"sheet {number}: footer #{ink.hex()} on #{paper.hex()}"


# -- tables fit the page ------------------------------------------------------------------


def test_every_table_fits_the_printed_page_width(site, browser):
    context = browser.new_context(viewport={"width": A4_TEXT_WIDTH, "height": 1000})
    page = context.new_page()
    page.emulate_media(media="print")
    found = {}
    for path in site.pages():
        if "<table" not in site.html(path):
            continue
        page.goto(site.url + path, wait_until="load")
        over = page.evaluate(
            """() => {
              const right = document.querySelector("article").getBoundingClientRect().right + 0.5;
              const out = [];
              for (const t of document.querySelectorAll("article table")) {
                const r = t.getBoundingClientRect();
                if (r.right > right || t.scrollWidth > t.clientWidth + 1) {
                  out.push([Math.round(r.right), t.scrollWidth]);
                }
                for (const box of [t.parentElement, t.parentElement.parentElement]) {
                  if (box.scrollWidth > box.clientWidth + 1) out.push(["clipped by", box.className]);
                }
              }
              return out;
            }"""
        )
        if over:
            found[path] = over
    context.close()
    assert found == {}


def test_channel_table_last_column_is_on_paper(printed):
    pdf = printed("channels/")
    found = [w for number in range(1, page_count(pdf) + 1) for w in words(pdf, number)]
    edge = A4_WIDTH_PT - RIGHT_MARGIN_PT + 2
    beyond = [w.text for w in found if w.x1 > edge]
    assert beyond == [], "text printed past the right margin (clipped on paper)"
    assert "适合的问题" in "".join(w.text for w in found)


# -- no wasted sheets ----------------------------------------------------------------------


def test_no_sheet_is_empty_or_ends_with_a_heading(site, printed):
    found = {}
    for path in site.pages():
        titles = headings(site.html(path))
        for number, lines in enumerate(sheets(printed(path)), start=1):
            if not lines:
                found.setdefault(path or "/", []).append(f"sheet {number} holds only the footer")
            elif lines[-1] in titles:
                found.setdefault(path or "/", []).append(f"sheet {number} ends with the heading {lines[-1]}")
    assert found == {}


def test_channel_comparison_heading_prints_with_its_table(printed):
    for lines in sheets(printed("channels/")):
        if "对比表" in lines:
            after = lines[lines.index("对比表") + 1 :]
            assert any("渠道" in line and "怎么联系" in line for line in after), (
                "the heading 对比表 is on a sheet without the table's first row"
            )
            return
    pytest.fail("对比表 not printed")


# -- the offline copy's footer -----------------------------------------------------------------


def test_offline_footer_names_no_none(offline, browser, tmp_path):
    page = browser.new_page()
    page.goto((offline / "problems" / "deposit.html").as_uri())
    footer = page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--print-footer')")
    assert "账户异常自助手册" in footer
    assert "None" not in footer, footer
    pdf = tmp_path / "offline.pdf"
    page.pdf(path=str(pdf), format="A4")
    page.close()
    text = "".join(pages_text(pdf))
    assert "打印日期" in text
    assert "None" not in text


# -- problem pages -----------------------------------------------------------------------


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_a_problem_page_prints_on_at_most_two_sheets_the_first_one_full(printed, problem):
    pdf = printed(f"problems/{problem.id}/")
    assert page_count(pdf) <= 2, f"{problem.id} prints on {page_count(pdf)} A4 pages"
    first = flat(pages_text(pdf)[0])
    assert flat(problem.checks[0].text) in first, "the first check on sheet 1"
    assert flat(problem.prepare[0].text) in first, "the first thing to prepare on sheet 1"
    assert "不要" in first
    first_dont = flat(problem.dont[0])
    assert first_dont in first, "what not to do on sheet 1"
    if not problem.freeze_first:  # its channel order is the freeze plan in the urgent box
        assert flat(problem.channels[-1].why) in first, "the channel order on sheet 1"
    # No half-empty first page: its text reaches the lower third of the sheet.
    lowest = max(w.y1 for w in words(pdf, 1) if w.y1 < A4_HEIGHT_PT - 40)  # not the footer line in the margin
    assert lowest > A4_HEIGHT_PT * 0.66, f"sheet 1 ends at {lowest:.0f} pt of 842"


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_a_printed_problem_page_opens_with_its_answer(printed, problem):
    pdf = printed(f"problems/{problem.id}/")
    first = flat(pages_text(pdf)[0])
    if problem.urgent:
        assert flat(problem.urgent[0]) in first
    else:
        assert flat(problem.first_screen.first) in first
        assert data.HELP_CENTRE in first, "the help-centre address prints after its link"
    assert "编辑数据" not in flat("".join(pages_text(pdf)))


@pytest.mark.parametrize("problem", HANDBOOK.problems, ids=lambda p: p.id)
def test_problem_page_prints_its_checklist_on_one_sheet(site, printed, problem):
    pdf = printed(f"problems/{problem.id}/")
    texts = [flat(t) for t in pages_text(pdf)]
    homes = {n for n, text in enumerate(texts, start=1) if all(flat(i.text) in text for i in problem.items)}
    assert homes, f"no single page holds every item of {problem.id}: {[len(t) for t in texts]}"
    everything = "".join(texts)
    for item in problem.items:
        # each item prints once (the page has no other copy of the checklist)
        assert everything.count(flat(item.text)) >= 1, item.id
    assert "清空勾选" not in everything and "打印清单" not in everything
    for number, text in enumerate(texts, start=1):
        assert flat(site.url + f"problems/{problem.id}/") in text and "非官方" in text, number


def test_official_links_print_their_address(site, browser, printed):
    problem = HANDBOOK.problems[0]
    pdf = printed(f"problems/{problem.id}/")
    text = flat("".join(pages_text(pdf)))
    # The links paper shows (the facts, sources and 编辑数据 links stay on the screen):
    # asked of the page in print media, not guessed from the HTML.
    context = browser.new_context()
    page = context.new_page()
    page.goto(site.url + f"problems/{problem.id}/", wait_until="load")
    page.emulate_media(media="print")
    hrefs = set(
        page.evaluate(
            """() => [...document.querySelectorAll("article a[href^='https://']")]
                 .filter(a => a.checkVisibility()).map(a => a.getAttribute('href'))"""
        )
    )
    context.close()
    assert f"({site.url}" not in text and "编辑数据" not in text
    assert "https://www.bitget.com/support" in hrefs, "the answer block's help-centre link prints"
    for href in hrefs:
        assert f"({href})" in text, href
