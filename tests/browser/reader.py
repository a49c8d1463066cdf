"""What a reader does and meets in Chromium, one of each for the browser tests: the errors a
page raises, a search typed into Material's box, what the site keeps in localStorage, and
what axe-core finds.
"""

from __future__ import annotations

import json
from urllib.parse import urljoin, urlsplit

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

# A context's colour_scheme, and the palette Material shows for it (body[data-md-color-scheme]).
SCHEMES = {"light": "default", "dark": "slate"}

SEARCH_BOX = "input.md-search__input"
SEARCH_TOGGLE = "#__search"  # Material's checkbox: checked while search is open
MAGNIFIER = 'label.md-header__button[for="__search"]'  # what opens search on a phone
RESULTS = ".md-search-result__item"

# localStorage keys, each followed by a problem id: the ticked item keys of its checklists
# (docs/assets/javascripts/checklists.js), the values its composer remembers (composer.js).
TICKS = "account-help.checklist.v1:"
VALUES = "account-help.composer.v1:"
# The /print/ sheets the reader left out (checklists.js), one list for the page.
LEFT_OUT = "account-help.print.v1"

AXE = Axe()


def collect_errors(page, console: tuple[str, ...] = ("error",)) -> list[str]:
    """A list that fills with what goes wrong on `page` from now on: uncaught errors
    (with their stack, which names the script) and console messages of these types."""
    errors: list[str] = []
    page.on("console", lambda m: errors.append(f"console {m.type}: {m.text}") if m.type in console else None)
    page.on("pageerror", lambda e: errors.append(f"{e}\n{e.stack}"))
    return errors


# -- search ------------------------------------------------------------------------------


def open_search(page):
    """Open Material's search as a reader does (the box in the header, or the magnifier
    on a phone); return the search box."""
    box, magnifier = page.locator(SEARCH_BOX), page.locator(MAGNIFIER)
    if not page.locator(SEARCH_TOGGLE).is_checked():
        # On a narrow screen the box shows only once the magnifier opens search.
        (magnifier if magnifier.is_visible() else box).click()
    box.wait_for(state="visible")
    return box


def result_paths(page) -> list[str]:
    """URL paths of the pages in the search results, best first: each result item's first
    link is its page (or the page's best section)."""
    hrefs = page.eval_on_selector_all(RESULTS, "items => items.map(i => i.querySelector('a').getAttribute('href'))")
    return [urlsplit(urljoin(page.url, href)).path.lstrip("/") for href in hrefs]


def search(page, query: str, timeout: float = 15_000) -> list[str]:
    """Open search, type `query` and wait for Material's answer: the URL paths of the
    result pages, best first ([] when it finds nothing). The first search of a page
    loads the index (the adapter holds it back until then)."""
    box = open_search(page)
    if box.input_value():
        box.fill("")
        box.press("End")
        page.wait_for_function("() => !document.querySelector('.md-search-result__list').children.length")
    box.fill(query)
    box.press("End")  # a key, as a reader's typing sends (text without one: test_search_words.py)
    # Material writes the count before it renders the items: wait for both, or for "none"
    # (in either edition's script).
    page.wait_for_function(
        """() => {
             const meta = document.querySelector('.md-search-result__meta').textContent;
             return /没有找到|沒有找到/.test(meta)
               || (/结果|結果/.test(meta) && document.querySelector('.md-search-result__item'));
           }""",
        timeout=timeout,
    )
    return result_paths(page)


# -- storage -------------------------------------------------------------------------------


def stored(page, key: str):
    """What the site keeps in localStorage under `key`, parsed; None when nothing is kept."""
    raw = page.evaluate("key => localStorage.getItem(key)", key)
    return None if raw is None else json.loads(raw)


# Fill the origin's storage to the last character (Chromium: about 5 MB).
FILL_STORAGE = """() => {
  let n = 0;
  for (let size = 1 << 20; size >= 1; size >>= 1) {
    const chunk = "x".repeat(size);
    try {
      for (;;) localStorage.setItem("filler." + n++, chunk);
    } catch (e) {
      // full at this size: try a smaller one
    }
  }
}"""


# -- axe -----------------------------------------------------------------------------------


def axe_violations(page, rules: list[str] | None = None, context: str | dict | None = None) -> list[str]:
    """axe-core's violations on the page as it is now (inside `context`, a selector or an
    include/exclude object; only `rules` if given), one line each with three targets."""
    options: dict = {"resultTypes": ["violations"]}
    if rules:
        options["runOnly"] = {"type": "rule", "values": rules}
    found = AXE.run(page, context=context, options=options).response["violations"]
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}" for v in found]


def animations_done(page) -> None:
    """Wait until the page's transitions end (an overlay fading in), so colours are final."""
    page.evaluate(
        "() => Promise.all(document.getAnimations()"
        ".filter(a => a.effect.getTiming().iterations !== Infinity).map(a => a.finished.catch(() => null)))"
    )


def open_composer(page):
    """Open the message composer as a keyboard reader would: the button above the
    template, then Enter (unless remembered values opened it already)."""
    toggle = page.locator("[data-composer-toggle]")
    expect(toggle).to_be_visible()
    if toggle.get_attribute("aria-expanded") == "false":
        toggle.focus()
        page.keyboard.press("Enter")
    expect(page.locator("[data-composer-form]")).to_be_visible()
