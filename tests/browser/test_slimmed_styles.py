"""The slimmed stylesheets (hooks/postbuild.py) style every element exactly as Material's own.

Each page is opened twice in Chromium: as built, and with Material's original main and
palette stylesheets served in place of the slimmed ones. Every element's computed style,
::before and ::after included, must be the same, on a phone in light mode and on a
desktop in dark mode, with search open and with the navigation drawer open.
"""

from __future__ import annotations

import pytest
from helpers import material_stylesheet
from reader import search

pytestmark = pytest.mark.browser

COMPUTED = """() => {
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
    """A route handler serving Material's own stylesheet for a slimmed one; notes each in `served`."""

    def handler(route):
        name = route.request.url.rsplit("/", 1)[-1].split(".")[0]  # main or palette
        served.append(name)
        route.fulfill(path=material_stylesheet(name), content_type="text/css")

    return handler


def styles(page, url: str, action) -> list[str]:
    page.goto(url, wait_until="load")
    action(page)
    return page.evaluate(COMPUTED)


def open_search(page):
    assert search(page, "提现")
    # On a phone Material locks the page's scrolling 400 ms after search opens; compare after it.
    page.wait_for_selector("body[data-md-scrolllock]", state="attached")


def open_drawer(page):
    page.locator(".md-header .drawer-button").click()  # the menu button (overrides/main.html)
    page.wait_for_timeout(300)


CASES = [
    ("", {"width": 390, "height": 844}, "light", lambda page: None),
    ("", {"width": 390, "height": 844}, "light", open_search),
    ("", {"width": 390, "height": 844}, "light", open_drawer),
    ("problems/deposit/", {"width": 390, "height": 844}, "light", lambda page: None),
    ("problems/deposit/", {"width": 1280, "height": 900}, "dark", lambda page: None),
    ("channels/", {"width": 1280, "height": 900}, "dark", lambda page: None),
    ("print/", {"width": 1280, "height": 900}, "light", lambda page: None),
    ("404.html", {"width": 390, "height": 844}, "dark", lambda page: None),
]


@pytest.mark.parametrize(("path", "viewport", "scheme", "action"), CASES)
def test_computed_styles_match_materials_own_stylesheets(site, browser, path, viewport, scheme, action):
    found, served = [], []
    for swap in (False, True):
        context = browser.new_context(viewport=viewport, color_scheme=scheme, reduced_motion="reduce")
        page = context.new_page()
        if swap:
            page.route("**/assets/stylesheets/main.*.min.css", original(served))
            page.route("**/assets/stylesheets/palette.*.min.css", original(served))
        found.append(styles(page, site.url + path, action))
        context.close()
    slimmed, material_own = found
    assert sorted(set(served)) == ["main", "palette"], "Material's own stylesheets were not swapped in"
    assert len(material_own) > 150
    assert slimmed == material_own, [(a, b) for a, b in zip(slimmed, material_own, strict=False) if a != b][:3]
