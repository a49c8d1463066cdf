"""Accessibility beyond the sweep over every page (test_every_page.py runs axe-core on
each, in both palettes): the audit is live, the open search dialog passes it, links that
leave the site say so to eyes and ears, focus shows on the composer's controls, and on a
phone the first tab stops are on screen and the navigation drawer opens by keyboard.
"""

from __future__ import annotations

import base64

import pytest
from playwright.sync_api import expect
from reader import SCHEMES, animations_done, axe_violations, open_composer, search

pytestmark = pytest.mark.browser


def test_axe_runs_and_reports(site, page):
    """The audit is live: a page made inaccessible on purpose is reported."""
    page.goto(site.url, wait_until="load")
    page.evaluate("document.querySelector('article').insertAdjacentHTML('beforeend', '<img src=\"x.png\">')")
    assert any(v.startswith("image-alt") for v in axe_violations(page))


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_open_search_dialog_has_no_violations(site, browser, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site.url, wait_until="load")
    assert search(page, "冻结")
    animations_done(page)  # the overlay fades in; contrast measured mid-fade would be wrong
    assert page.get_by_role("dialog", name="搜索").count() == 1
    assert axe_violations(page) == []
    context.close()


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_external_links_are_marked_for_eyes_and_ears(site, browser, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site.url + "sources/", wait_until="load")
    links = page.locator("article a.external")
    assert links.count() > 0
    for i in range(links.count()):
        link = links.nth(i)
        assert "（外部链接）" in link.aria_snapshot(), "screen readers hear that the link leaves the site"
        icon = link.evaluate(
            "a => { const s = getComputedStyle(a, '::after');"
            " return {width: parseFloat(s.width), mask: s.maskImage || s.webkitMaskImage,"
            " colour: s.backgroundColor, text: getComputedStyle(a).color} }"
        )
        assert icon["width"] > 8 and icon["mask"].startswith('url("data:image/svg+xml'), icon
        assert icon["colour"] == icon["text"], "the icon has the link's colour"
    context.close()


# -- focus you can see ----------------------------------------------------------------

# Pixels that differ between two PNG screenshots of the same size (by more than a trace
# in any channel), decoded by the browser in a blank page of its own.
DIFFERENT_PIXELS = """async ([a, b]) => {
  const pixels = async (png) => {
    const bitmap = await createImageBitmap(await (await fetch("data:image/png;base64," + png)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext("2d");
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  };
  const [x, y] = [await pixels(a), await pixels(b)];
  let n = 0;
  for (let i = 0; i < x.length; i += 4) {
    if (Math.max(Math.abs(x[i] - y[i]), Math.abs(x[i + 1] - y[i + 1]), Math.abs(x[i + 2] - y[i + 2])) > 48) n++;
  }
  return n;
}"""


def different_pixels(browser, a: bytes, b: bytes) -> int:
    page = browser.new_page()
    try:
        return page.evaluate(DIFFERENT_PIXELS, [base64.b64encode(a).decode(), base64.b64encode(b).decode()])
    finally:
        page.close()


def focus_ring_pixels(page, browser, control) -> tuple[int, int]:
    """Pixels around `control` that change when it gets keyboard focus, and the least
    a ring one pixel wide all round would change."""
    control.scroll_into_view_if_needed()
    box = control.bounding_box()
    pad = 8
    clip = {
        "x": box["x"] - pad,
        "y": box["y"] - pad,
        "width": box["width"] + 2 * pad,
        "height": box["height"] + 2 * pad,
    }
    page.evaluate("document.activeElement && document.activeElement.blur()")
    unfocused = page.screenshot(clip=clip, animations="disabled")
    control.focus()
    assert control.evaluate("e => e.matches(':focus-visible')"), "focused as by the keyboard"
    focused = page.screenshot(clip=clip, animations="disabled")
    return different_pixels(browser, unfocused, focused), round(2 * (box["width"] + box["height"]))


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_composer_fields_and_remember_show_a_focus_ring(site, browser, scheme):
    """Material's `input { outline: none }` left 记住在本机 and the composer's text
    fields without any sign of focus."""
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site.url + "problems/deposit/", wait_until="load")
    page.keyboard.press("Tab")  # the reader uses the keyboard: focus() then shows as it would
    open_composer(page)
    composer = page.locator("[data-composer]")
    controls = {
        "UID": composer.get_by_label("UID", exact=True),
        "注册邮箱": composer.get_by_label("注册邮箱", exact=True),
        "记住在本机": composer.get_by_label("记住在本机"),
        "复制": composer.get_by_role("button", name="复制"),
    }
    found = {}
    for name, control in controls.items():
        expect(control).to_be_visible()
        changed, ring = focus_ring_pixels(page, browser, control)
        if changed < ring:
            found[name] = f"{changed} pixels change on focus, a thin ring is {ring}"
    context.close()
    assert found == {}, "no visible focus ring"


# Where a tab stop's focus shows, once the transitions it starts are over (the skip link
# and the search box fade in, a frame or two after the focus): the element itself, or
# for an input drawn by a label (the drawer's checkbox; the palette toggle's radio, drawn
# by the label after it) that label.
FOCUS_SHOWN_AT = """async () => {
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));  // transitions started
  await Promise.all(document.getAnimations()
    .filter(a => a.effect.getTiming().iterations !== Infinity).map(a => a.finished.catch(() => null)));
  const el = document.activeElement;
  const shownBy = [el, ...(el.labels || [])];
  if (el.nextElementSibling && el.nextElementSibling.matches("label")) shownBy.push(el.nextElementSibling);
  const where = { what: el.outerHTML.slice(0, 80), inArticle: !!el.closest("article"),
                  inDrawer: !!el.closest(".md-sidebar--primary") };
  for (const node of shownBy) {
    const r = node.getBoundingClientRect();
    if (r.width * r.height < 4) continue;
    if (!node.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    return { ...where, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  return { ...where, left: 0, top: 0, right: 0, bottom: 0 };
}"""


def on_screen(shown, width: int, height: int) -> bool:
    """At least half of the box is inside the viewport."""
    w = max(0, min(shown["right"], width) - max(shown["left"], 0))
    h = max(0, min(shown["bottom"], height) - max(shown["top"], 0))
    area = (shown["right"] - shown["left"]) * (shown["bottom"] - shown["top"])
    return area > 0 and w * h >= area / 2


def test_first_tab_stops_on_a_phone_are_on_screen_and_the_drawer_opens_by_keyboard(site, browser):
    """At 360 px the closed navigation drawer put 37 off-screen links before the content
    in the Tab order. The first stops are on screen; the drawer opens with the keyboard
    (in Material it did not: its menu button is a label, which no key reaches)."""
    width, height = 360, 740
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(site.url + "problems/deposit/", wait_until="load")
    stops = []
    for _ in range(60):
        page.keyboard.press("Tab")
        shown = page.evaluate(FOCUS_SHOWN_AT)
        if shown["inArticle"]:
            break
        stops.append(shown)
    off = [s["what"] for s in stops if not on_screen(s, width, height)]
    assert off == [], f"{len(off)} of the {len(stops)} tab stops before the content are off-screen: {off[:3]}"
    assert len(stops) <= 6, f"{len(stops)} tab stops before the content"

    # The drawer opens from the menu button, a real button now (Material's is a label
    # no key reaches); it closes when the focus moves on to the page, and with Escape.
    assert any("drawer-button" in s["what"] for s in stops[:4]), "the menu button is among the first stops"
    menu = page.get_by_role("button", name="导航栏")
    expect(menu).to_have_attribute("aria-expanded", "false")
    menu.focus()
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(page.locator(".md-sidebar--primary")).to_be_in_viewport(ratio=0.95)
    in_drawer = []
    for _ in range(30):
        page.keyboard.press("Tab")
        shown = page.evaluate(FOCUS_SHOWN_AT)
        if shown["inDrawer"]:
            in_drawer.append(shown)
        elif in_drawer:
            break
    assert len(in_drawer) >= 5, "the drawer's links are reached by Tab"
    off = [s["what"] for s in in_drawer if not on_screen(s, width, height)]
    assert off == [], f"links of the open drawer focused out of sight: {off[:3]}"
    expect(menu).to_have_attribute("aria-expanded", "false")  # the focus is on the page now
    menu.focus()
    page.keyboard.press("Space")
    expect(menu).to_have_attribute("aria-expanded", "true")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUS_SHOWN_AT)["inDrawer"]:
            break
    page.keyboard.press("Escape")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_focused()
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    context.close()
