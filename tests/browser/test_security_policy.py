"""The Content Security Policy blocks nothing the site needs.

Searching, ticking a checklist item and printing raise no CSP violation (the
`securitypolicyviolation` event, recorded from the first moment of each
document) and no console error, both with the <meta> policy on the plain test
server and with the `_headers` file applied by a server that reads it, the way
Netlify or Cloudflare Pages would.
"""

from __future__ import annotations

import pytest
from helpers import headers_for, parse_headers_file, served
from reader import SEARCH_BOX, collect_errors, search

pytestmark = pytest.mark.browser

RECORD = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", e =>
  window.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`));
"""
PAGE = "problems/deposit/"


@pytest.fixture(scope="module")
def headers_site(site):
    """The same build, served with the headers its `_headers` file asks for."""
    rules = parse_headers_file((site.dir / "_headers").read_text("utf-8"))
    with served(site.dir, headers=lambda path: headers_for(rules, path)) as url:
        yield url


def watch(page) -> list[str]:
    """Record CSP violations in every document of the page; return its errors and warnings."""
    page.add_init_script(RECORD)
    return collect_errors(page, console=("error", "warning"))


def violations(page) -> list[str]:
    return page.evaluate("window.__csp")


def search_and_enter(page):
    assert search(page, "提现")
    page.locator(SEARCH_BOX).press("Enter")  # the search form must not submit anywhere (form-action 'none')
    page.wait_for_load_state("networkidle")


def tick(page):
    box = page.locator(".task-list-item input[type=checkbox]").first
    assert box.is_enabled(), "checklists.js has not enabled the checklist boxes"
    was = box.is_checked()
    box.click(force=True)
    assert box.is_checked() != was, "ticking changed nothing"


def print_page(page, tmp_path):
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.pdf(path=str(tmp_path / "print.pdf"), format="A4")
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    page.emulate_media(media="screen")
    assert (tmp_path / "print.pdf").stat().st_size > 10_000


ACTIONS = {"search": search_and_enter, "tick": tick, "print": print_page}


def test_policy_is_enforced_and_violations_are_seen(site, page):
    """Inline script that is not Material's is blocked, and this test's recorder sees it."""
    watch(page)
    page.goto(site.url + PAGE, wait_until="load")
    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1';"
        " document.body.append(s); const d = document.createElement('div');"
        " d.setAttribute('style', 'color: red'); document.body.append(d); }"
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.__ran") is None, "an injected inline script ran"
    found = " ".join(violations(page))
    assert "script-src-elem blocked inline" in found
    assert "style-src-attr blocked inline" in found


@pytest.mark.parametrize("action", sorted(ACTIONS))
@pytest.mark.parametrize("delivery", ["meta", "headers"])
def test_reader_actions_raise_no_violation(site, headers_site, page, tmp_path, action, delivery):
    errors = watch(page)
    url = site.url if delivery == "meta" else headers_site
    page.set_viewport_size({"width": 1280, "height": 900})
    response = page.goto(url + PAGE, wait_until="load")
    if delivery == "headers":
        policy = response.headers.get("content-security-policy")
        assert policy and "default-src 'none'" in policy, "the test server applied _headers"
        assert response.headers.get("x-content-type-options") == "nosniff"
    if action == "print":
        print_page(page, tmp_path)
    else:
        ACTIONS[action](page)
    assert violations(page) == []
    assert errors == []


def test_offline_copy_searches_from_file_without_violation(page, offline):
    """The offline copy (file://, iframe-worker search) works under its own policy."""
    errors = watch(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto((offline / "problems" / "deposit.html").as_uri(), wait_until="load")
    assert search(page, "提现")
    assert violations(page) == []
    assert errors == []
