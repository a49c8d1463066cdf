"""The one slimmed stylesheet (hooks/postbuild.py) styles every element exactly as Material's own.

Each page is opened twice in Chromium: as built, and with Material's original main and
palette stylesheets, then our site.css, served in place of the one built file. Every
element's computed style, ::before and ::after included, must be the same, on a phone in
light mode, on a desktop in dark mode, on paper (print media), with search open, with the
navigation drawer open, and after what Material's bundle changes at run time (a scrolled
page, keyboard focus). Custom properties that nothing reads are not compared (the build
drops them); whatever would read one, any other property, is.
"""

from __future__ import annotations

import re

import pytest
from helpers import ROOT, material_stylesheet
from reader import search

pytestmark = pytest.mark.browser

COMPUTED = """(unread) => {
  const skip = new Set(unread);
  // One line per element and generated box: its name, then a hash of every computed property
  // (a few KiB per element as text; hashed here so the comparison stays fast).
  const hash = (text) => {
    let h = 2166136261;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    return (h >>> 0).toString(16);
  };
  const out = [];
  for (const el of document.querySelectorAll("*")) {
    for (const pseudo of [null, "::before", "::after"]) {
      const style = getComputedStyle(el, pseudo);
      if (pseudo && (style.content === "none" || style.content === "normal")) continue;
      const props = [];
      for (let i = 0; i < style.length; i++) {
        const name = style[i];
        if (skip.has(name)) continue;
        // Custom properties holding data URLs differ in escaping only (\\3c vs <).
        if (name.startsWith("--") && style.getPropertyValue(name).includes("data:")) continue;
        props.push(name + ":" + style.getPropertyValue(name));
      }
      const classes = el.classList.length ? "." + [...el.classList].join(".") : "";
      const label = el.tagName + (el.id ? "#" + el.id : "") + classes;
      out.push(label + (pseudo || "") + " " + hash(props.sort().join(";")));
    }
  }
  return out;
}"""


def original(served: list):
    """A route handler serving Material's own stylesheets and ours, in the order pages
    linked them before the build made them one; notes the swap in `served`."""
    css = "\n".join(
        [
            material_stylesheet("main").read_text("utf-8"),
            material_stylesheet("palette").read_text("utf-8"),
            (ROOT / "docs" / "assets" / "stylesheets" / "site.css").read_text("utf-8"),
        ]
    )

    def handler(route):
        served.append(route.request.url.rsplit("/", 1)[-1])
        route.fulfill(body=css, content_type="text/css")

    return handler


PROPERTY = re.compile(r"(--[\w-]+)\s*:")
READ = re.compile(r"var\(\s*(--[\w-]+)")


def unread_properties(site) -> list[str]:
    """Custom properties of Material's stylesheets that no var() of the built one reads:
    the build drops them (hooks/postbuild.py), and unread they change nothing a reader sees."""
    [built] = (site.dir / "assets" / "stylesheets").glob("site.*.min.css")
    material = material_stylesheet("main").read_text("utf-8") + material_stylesheet("palette").read_text("utf-8")
    return sorted(set(PROPERTY.findall(material)) - set(READ.findall(built.read_text("utf-8"))))


def styles(page, url: str, action, unread: list[str]) -> list[str]:
    if action is printed:
        # Print media from the start: switched after load, the page's height changes, the
        # bundle sees a scroll and may or may not have set its header shadow and back-to-top
        # state when the styles are read (a flaky difference between the two runs).
        page.emulate_media(media="print")
    page.goto(url, wait_until="load")
    if action is not printed:
        action(page)
    return page.evaluate(COMPUTED, unread)


def open_search(page):
    assert search(page, "提现")
    # On a phone Material locks the page's scrolling 400 ms after search opens; compare after it.
    page.wait_for_selector("body[data-md-scrolllock]", state="attached")


def open_drawer(page):
    page.locator(".md-header .drawer-button").click()  # the menu button (overrides/main.html)
    page.wait_for_timeout(300)


def scroll_and_focus(page):
    """What the bundle changes at run time: the header shows the page title once the
    heading scrolls away, the table of contents marks the sections read, and keyboard
    focus gets Material's focus ring (its focus-visible class)."""
    page.mouse.wheel(0, 1500)
    page.locator(".md-header__title--active").wait_for(state="attached")
    page.locator(".md-nav__link--passed").first.wait_for(state="attached")
    page.keyboard.press("Tab")
    page.locator(".focus-visible").first.wait_for(state="attached")


def printed(page):
    """Printed: styles() loads the page in print media."""


CASES = [
    ("", {"width": 390, "height": 844}, "light", lambda page: None),
    ("", {"width": 390, "height": 844}, "light", open_search),
    ("", {"width": 390, "height": 844}, "light", open_drawer),
    ("problems/deposit/", {"width": 390, "height": 844}, "light", lambda page: None),
    ("problems/deposit/", {"width": 1280, "height": 900}, "dark", lambda page: None),
    ("problems/deposit/", {"width": 1280, "height": 900}, "light", scroll_and_focus),
    ("channels/", {"width": 1280, "height": 900}, "dark", lambda page: None),
    ("print/", {"width": 1280, "height": 900}, "light", lambda page: None),
    ("print/", {"width": 794, "height": 1123}, "light", printed),
    ("problems/hacked/", {"width": 794, "height": 1123}, "dark", printed),
    ("404.html", {"width": 390, "height": 844}, "dark", lambda page: None),
]


@pytest.mark.parametrize(("path", "viewport", "scheme", "action"), CASES)
def test_computed_styles_match_materials_own_stylesheets(site, browser, path, viewport, scheme, action):
    found, served = [], []
    unread = unread_properties(site)
    for swap in (False, True):
        context = browser.new_context(viewport=viewport, color_scheme=scheme, reduced_motion="reduce")
        page = context.new_page()
        if swap:
            page.route("**/assets/stylesheets/site.*.min.css", original(served))
        found.append(styles(page, site.url + path, action, unread))
        context.close()
    slimmed, material_own = found
    assert served, "Material's own stylesheets were not swapped in"
    assert len(material_own) > 150
    assert slimmed == material_own, [(a, b) for a, b in zip(slimmed, material_own, strict=False) if a != b][:3]


def test_the_one_stylesheet_drops_custom_properties_and_keyframes_nothing_uses(site):
    """What the comparison above skips must be a real saving, and not what is in use."""
    [built] = (site.dir / "assets" / "stylesheets").glob("site.*.min.css")
    declared = set(PROPERTY.findall(built.read_text("utf-8")))
    assert "--md-version-icon" not in declared, "the version selector is off: its icon goes"
    assert "--md-primary-fg-color" in declared and "--md-admonition-icon--warning" in declared
    assert "@keyframes" not in built.read_text("utf-8"), "no animation of this site runs Material's keyframes"
