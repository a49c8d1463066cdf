"""Folded 来源 boxes (each fact's citation) and a problem page's folded sections (its
list of sources among them) take the room of their one line and no more (issue 24):
Material styles every <details> as a collapsible admonition, which left a wide, empty,
bordered box under every fact."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

FOLDS = ("details.fact__cite", "details.fold")
PAGES = ("problems/2fa/", "channels/email/", "scams/")
WIDTHS = (360, 1280)

MEASURE = """sel => [...document.querySelectorAll('article ' + sel)].map(box => {
  const line = box.querySelector(':scope > summary');
  const style = getComputedStyle(box);
  return {
    open: box.open,
    height: box.getBoundingClientRect().height,
    line: line.getBoundingClientRect().height,
    // A folded section's line is its heading.
    lineHeight: parseFloat(getComputedStyle(line.firstElementChild || line).lineHeight),
    border: style.borderTopWidth,
    background: style.backgroundColor,
  };
})"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", PAGES)
def test_a_folded_sources_box_is_one_line_high(site, page, path, width):
    page.set_viewport_size({"width": width, "height": 740})
    page.goto(site.url + path, wait_until="load")
    found = {sel: page.evaluate(MEASURE, sel) for sel in FOLDS}
    assert found["details.fact__cite"], "every one of these pages shows facts"
    if path.startswith("problems/"):
        assert page.locator("details.fold:has(> summary > h2#sources)").count() == 1, "a problem page folds its sources"
    for sel, boxes in found.items():
        for i, box in enumerate(boxes):
            where = f"{path} {sel} #{i} at {width}px: {box}"
            assert not box["open"], where
            one_line = max(24, box["lineHeight"])  # 24 px: the smallest tap target (WCAG 2.5.8)
            assert box["line"] <= one_line + 1, where
            assert box["height"] <= box["line"] + 1, where
            # Nothing drawn around the line: no border, no panel of its own.
            assert box["border"] == "0px" and box["background"] == "rgba(0, 0, 0, 0)", where


def test_a_folded_citation_still_opens_from_the_keyboard(site, page):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site.url + "problems/2fa/", wait_until="load")
    facts = page.locator("article details.fold:has(> summary > h2#facts)")
    facts.locator(":scope > summary").focus()
    page.keyboard.press("Enter")
    assert facts.evaluate("d => d.open")
    cite = facts.locator("details.fact__cite").first
    closed = cite.bounding_box()["height"]
    cite.locator("summary").focus()
    page.keyboard.press("Enter")
    assert cite.evaluate("d => d.open")
    assert "核对于" in cite.inner_text()
    assert cite.bounding_box()["height"] > closed
