"""Large text on a narrow phone.

Readers who set a larger default font in their browser (Chromium's Settings >
Appearance > Font size; emulated here with the DevTools protocol's Page.setFontSizes)
get the same page, bigger: nothing scrolls sideways, and the page title is not
squeezed beside the edit and print buttons.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

FONT_SIZES = (20, 24)
WIDTHS = (320, 360)


def new_page(browser, width: int, font_px: int):
    context = browser.new_context(viewport={"width": width, "height": 740})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Page.enable")
    cdp.send("Page.setFontSizes", {"fontSizes": {"standard": font_px, "fixed": font_px}})
    return context, page


def test_the_default_font_size_is_really_changed(site, browser):
    """The emulation works: Material's root size is 125 % of the reader's default."""
    context, page = new_page(browser, 360, 24)
    page.goto(site.url, wait_until="load")
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "30px"
    context.close()


@pytest.mark.parametrize("font_px", FONT_SIZES)
@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_scrolls_sideways(site, browser, width, font_px):
    context, page = new_page(browser, width, font_px)
    wide = {}
    for path in site.pages():
        page.goto(site.url + path, wait_until="load")
        sizes = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if sizes[0] > sizes[1]:
            wide[path or "/"] = sizes
        # a channel's summary (six rows, two columns) fits without a scroll box of its own
        clipped = page.evaluate(
            """[...document.querySelectorAll(".channel-summary, .channel-summary *")]
                 .filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1).map(e => e.className)"""
        )
        if clipped:
            wide[path] = clipped
    context.close()
    assert wide == {}, f"pages wider than the screen at {width} px with a {font_px} px default font"


def test_page_title_is_not_squeezed_beside_the_buttons(site, browser):
    """At 200 % (a 32 px default font) in 360 px, the title keeps at least four characters a line."""
    context, page = new_page(browser, 360, 32)
    squeezed = {}
    for path in site.pages():
        if not path.startswith("problems/") and path != "print/":
            continue
        page.goto(site.url + path, wait_until="load")
        # the widest line of the title's text, in characters (its font size)
        chars, per_line = page.locator("article h1").first.evaluate(
            """h => {
                 const range = document.createRange();
                 range.selectNodeContents(h.firstChild);
                 const widest = Math.max(...[...range.getClientRects()].map(r => r.width));
                 const size = parseFloat(getComputedStyle(h).fontSize);
                 return [h.firstChild.textContent.trim().length, widest / size];
               }"""
        )
        if per_line < min(4, chars) - 0.5:
            squeezed[path] = round(per_line, 1)
    context.close()
    assert squeezed == {}, "characters per line of the title"
