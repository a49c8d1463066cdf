"""Guard over the built site: what a reader could be harmed by never ships.

No phone-number-like text, no e-mail address but the official ones, no link to a
host off the allowlist, every link that leaves the site marked and without
opener or referrer, one Content Security Policy (meta tag and `_headers`) that
covers every inline script by a hash the build computes, and a security.txt that points
at the repository's private report form, plain ASCII, or is left out without one.

Each check is a function over text or HTML, tested on a planted sample first, so
a check that could not fail is caught here too.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from helpers import ROOT, TEST_REPOSITORY, build, copy_project, editions, load_hook, parse_headers_file
from page_text import blocks, readable_text, strings

from macros import data
from macros.model import EMAIL, looks_like_phone

csp = load_hook("csp")
OFFICIAL_EMAILS = {e.lower() for e in data.OFFICIAL_EMAILS}
URL_ATTRS = ("href", "src", "action", "formaction", "poster", "data", "cite")


# -- the checks ----------------------------------------------------------------


def phone_like(text: str) -> list[str]:
    """Every phone-number-like run in `text`, line by line (macros/model.py looks_like_phone)."""
    found = []
    for line in text.splitlines():
        run = looks_like_phone(line)
        if run:
            found.append(run)
    return found


def unofficial_emails(text: str) -> list[str]:
    return sorted({a for a in EMAIL.findall(unquote(text)) if a.lower() not in OFFICIAL_EMAILS})


def link_problems(html: str, own_hosts: set[str], allowed_hosts: set[str]) -> list[str]:
    """Every URL in the page: own host, or https on the allowlist; leaving links marked."""
    soup = BeautifulSoup(html, "html.parser")
    problems = []
    for tag in soup.find_all(True):
        for attr in URL_ATTRS:
            if not tag.has_attr(attr):
                continue
            url = str(tag[attr]).strip()
            parts = urlsplit(url)
            scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
            where = f"<{tag.name} {attr}={url!r}>"
            if scheme in ("javascript", "vbscript", "tel", "sms", "file", "ftp"):
                problems.append(f"{where}: {scheme}: links are not allowed")
                continue
            if scheme == "mailto":
                if unofficial_emails(url):
                    problems.append(f"{where}: not an official e-mail address")
                continue
            if scheme == "data" and tag.name != "img":
                problems.append(f"{where}: data: URL outside an image")
                continue
            if not host and not url.startswith("//"):
                continue  # relative: the strict build checks it resolves
            if host in own_hosts:
                continue
            if scheme != "https":
                problems.append(f"{where}: a link that leaves the site must be https")
            if host not in allowed_hosts:
                problems.append(f"{where}: host {host!r} is not on macros.data.ALLOWED_HOSTS")
            if tag.name != "a":
                problems.append(f"{where}: resources load from the site itself only")
                continue
            rel = set(tag.get("rel") or [])
            if not {"noopener", "noreferrer"} <= rel:
                problems.append(f'{where}: needs rel="noopener noreferrer"')
            theme_button = "md-content__button" in (tag.get("class") or [])
            if tag.find_parent("article") and not theme_button and "external" not in (tag.get("class") or []):
                problems.append(
                    f"{where}: not marked as leaving the site; link a source from macros/data.py, or write "
                    '[文字](https://…){ .external rel="noopener noreferrer" }'
                )
    return problems


def csp_hashes(policy: str) -> set[str]:
    return set(re.findall(r"'(sha256-[A-Za-z0-9+/=]+)'", policy))


def inline_script_hashes(html: str) -> set[str]:
    soup = BeautifulSoup(html, "html.parser")
    hashes = set()
    for script in soup.find_all("script"):
        if script.has_attr("src") or script.get("type", "") in ("application/json", "application/ld+json"):
            continue  # a file (covered by 'self') or data, which never runs
        digest = hashlib.sha256(script.string.encode("utf-8") if script.string else b"").digest()
        hashes.add("sha256-" + base64.b64encode(digest).decode())
    return hashes


# -- the checks catch what they are for ----------------------------------------

PLANTED = """<html><head><title>t</title><meta name="description" content="致电 400-123-4567"></head><body>
<article><p>客服电话：+86 (10) 8888 8888，邮箱 help@bitget-support.com，官方 support@bitget.com。</p>
<a href="https://evil.example/login">x</a>
<a href="http://www.bitget.com/">y</a>
<a href="https://www.bitget.com/support" class="external" rel="noopener">z</a>
<a href="https://www.bitget.com/zh-CN/support">unmarked</a>
<a href="mailto:fake@bitget-help.com">m</a><a href="tel:4001234567">t</a><a href="javascript:alert(1)">j</a>
<img src="https://cdn.example/x.png"></article></body></html>"""


def test_checks_catch_planted_problems():
    text = readable_text(PLANTED)
    assert sorted(phone_like(text)) == ["+86 (10) 8888 8888", "400-123-4567"]
    assert unofficial_emails(PLANTED) == ["fake@bitget-help.com", "help@bitget-support.com"]
    problems = "\n".join(link_problems(PLANTED, {"127.0.0.1"}, set(data.ALLOWED_HOSTS)))
    for expected in (
        "'evil.example' is not on",
        "http://www.bitget.com/'>: a link that leaves the site must be https",
        'support\'>: needs rel="noopener noreferrer"',
        "zh-CN/support'>: not marked as leaving the site",
        "mailto:fake@bitget-help.com'>: not an official",
        "tel: links are not allowed",
        "javascript: links are not allowed",
        "<img src='https://cdn.example/x.png'>: resources load from the site itself only",
    ):
        assert expected in problems


def test_generated_external_link_passes_the_checks():
    from macros.render import shared

    link = shared.external("https://www.bitget.com/support", "帮助中心", data.WORDS)
    html = f"<article><p>{link}</p></article>"
    assert link_problems(html, {"127.0.0.1"}, set(data.ALLOWED_HOSTS)) == []


# -- over the built site -------------------------------------------------------


def built_text_files(site) -> list[Path]:
    files = [*site.html_files(), site.dir / "search" / "search_index.json", site.dir / "sitemap.xml"]
    files += [site.dir / "_headers", site.dir / ".well-known" / "security.txt"]
    return files


def test_no_phone_number_like_text_anywhere(site):
    """Every page as read (each block of text, each text node, the readable attributes),
    line by line, and every entry of the search index (without jieba's zero-width
    spaces between words)."""
    found = {}
    for page in site.html_files():
        html = page.read_text("utf-8")
        runs = phone_like(readable_text(html))
        runs += [f"line {b.line}: {run}" for b in [*blocks(html), *strings(html)] for run in phone_like(b.text)]
        if runs:
            found[str(page.relative_to(site.dir))] = runs
    index = json.loads((site.dir / "search" / "search_index.json").read_text("utf-8"))
    for doc in index["docs"]:
        text = BeautifulSoup(doc["title"] + " " + doc["text"], "html.parser").get_text(" ").replace("\u200b", "")
        runs = phone_like(text)
        if runs:
            found["search_index.json " + doc["location"]] = runs
    assert found == {}, "the site shows no phone number (see macros/model.py looks_like_phone)"


def test_no_email_address_but_the_official_ones(site):
    found = {}
    for file in built_text_files(site):
        text = file.read_text("utf-8")
        if file.suffix == ".json":  # read the strings, not their \uXXXX escapes ("\u3001service@...")
            text = json.dumps(json.loads(text), ensure_ascii=False)
        addresses = unofficial_emails(text)
        if addresses:
            found[str(file.relative_to(site.dir))] = addresses
    assert found == {}, f"only {sorted(OFFICIAL_EMAILS)} (macros.data.OFFICIAL_EMAILS) may appear"


def test_every_link_stays_home_or_goes_to_an_allowed_host_marked(site):
    own = {"127.0.0.1", urlsplit(site.url).hostname}
    # The edit button and security.txt lead to the repository (one setting in mkdocs.yml).
    allowed = set(data.ALLOWED_HOSTS) | {urlsplit(TEST_REPOSITORY).hostname}
    found = {}
    for page in site.html_files():
        problems = link_problems(page.read_text("utf-8"), own, allowed)
        if problems:
            found[str(page.relative_to(site.dir))] = problems
    assert found == {}


def test_pages_do_link_out_through_the_renderer(site):
    """The link check above looks at real external links, not at an empty set."""
    soup = BeautifulSoup(site.html("sources/"), "html.parser")
    links = soup.select("article a.external")
    assert links, "the sources page lists external sources"
    for a in links:
        assert a["href"].startswith("https://")
        assert a.select_one(".visually-hidden").get_text() == "（外部链接）"


# -- Content Security Policy ---------------------------------------------------


def headers_file(site) -> dict[str, dict[str, str]]:
    """The build's `_headers` file: {path pattern: {header: value}}."""
    rules = parse_headers_file((site.dir / "_headers").read_text("utf-8"))
    return {pattern: dict(headers) for pattern, headers in rules.items()}


def meta_policy(html: str) -> str | None:
    meta = BeautifulSoup(html, "html.parser").select_one('meta[http-equiv="Content-Security-Policy"]')
    return meta["content"] if meta else None


def test_one_policy_in_every_page_and_in_headers(site):
    """One policy on every page of an edition; `_headers`, one file for the whole host, has
    it too and allows the inline scripts of every edition (hooks/editions.py adds those of
    the 繁體中文 edition, whose 404 page differs)."""
    allowed: set[str] = set()
    for edition in editions():
        pages = site.edition(edition.lang).html_files()
        policies = {str(p.relative_to(site.dir)): meta_policy(p.read_text("utf-8")) for p in pages}
        assert None not in policies.values(), [p for p, v in policies.items() if v is None]
        assert len(set(policies.values())) == 1, f"every page of {edition.lang} has the same policy"
        policy = next(iter(policies.values()))
        allowed |= csp_hashes(policy)
    header = headers_file(site)["/*"]["Content-Security-Policy"]
    assert csp_hashes(header) == allowed
    assert re.sub(r" 'sha256-[^']+'", "", header) == re.sub(r" 'sha256-[^']+'", "", policy)


def test_policy_is_strict(site):
    policy = meta_policy(site.html(""))
    directives = {d.split()[0]: d.split()[1:] for d in policy.split(";") if d.strip()}
    assert directives["default-src"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'none'"]
    for name, sources in directives.items():
        for source in sources:
            assert source in ("'self'", "'none'", "data:") or source.startswith("'sha256-"), (name, source)
        if name != "img-src":
            assert "data:" not in sources, name


def test_policy_hashes_are_exactly_the_inline_scripts(site):
    """Every inline script runs by its hash (hooks/csp.py computes them), and no other hash is allowed."""
    listed = csp_hashes(meta_policy(site.html("")))
    used: dict[str, str] = {}
    for page in site.html_files():
        for digest in inline_script_hashes(page.read_text("utf-8")):
            used.setdefault(digest, str(page.relative_to(site.dir)))
    missing = {h: p for h, p in used.items() if h not in listed}
    assert missing == {}, "hooks/csp.py missed these inline scripts (hash: first page with it)"
    assert listed - set(used) == set(), "the policy allows scripts no page has"


def test_nothing_inline_that_the_policy_blocks(site):
    found = []
    for page in site.html_files():
        html = page.read_text("utf-8")
        soup = BeautifulSoup(html, "html.parser")
        for tag in soup.find_all(True):
            for attr in tag.attrs:
                if attr.lower().startswith("on"):
                    found.append(f"{page.relative_to(site.dir)}: <{tag.name} {attr}=…> (inline event handler)")
                if attr.lower() == "style":
                    found.append(f"{page.relative_to(site.dir)}: <{tag.name} style=…> (inline style)")
        if soup.find("style"):
            found.append(f"{page.relative_to(site.dir)}: <style> element")
    assert found == [], "use a file under docs/assets/ instead"


# -- host headers and security.txt ---------------------------------------------


def test_headers_file_for_static_hosts(site):
    rules = headers_file(site)
    every = rules["/*"]
    assert every["X-Content-Type-Options"] == "nosniff"
    assert every["Referrer-Policy"] == "no-referrer"
    features = dict(part.strip().split("=", 1) for part in every["Permissions-Policy"].split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert features[feature] == "()", feature
    assert rules["/.well-known/security.txt"]["Content-Type"].startswith("text/plain")


def test_referrer_policy_meta_on_every_page(site):
    for page in site.html_files():
        meta = BeautifulSoup(page.read_text("utf-8"), "html.parser").select_one('meta[name="referrer"]')
        assert meta and meta["content"] == "no-referrer", page


def test_security_txt_points_at_the_repository_private_report_form(site):
    text = (site.dir / ".well-known" / "security.txt").read_text("utf-8")
    fields = dict(line.split(": ", 1) for line in text.splitlines() if line and not line.startswith("#"))
    assert fields["Contact"] == TEST_REPOSITORY + "/security/advisories/new"
    assert fields["Contact"].startswith("https://")
    expires = dt.datetime.strptime(fields["Expires"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    now = dt.datetime.now(dt.UTC)
    assert now < expires <= now + dt.timedelta(days=366), "RFC 9116: Expires within a year"
    assert "zh" in fields["Preferred-Languages"]


@pytest.mark.parametrize("name", ["_headers", ".well-known/security.txt"])
def test_generated_files_hold_no_template_syntax(site, name):
    text = (site.dir / name).read_text("utf-8")
    assert "{{" not in text and "{%" not in text and "{#" not in text


def test_the_policy_comes_before_anything_it_governs(site):
    """A <meta> policy only covers what follows it: no script or stylesheet may come first."""
    for page in sorted(site.dir.rglob("*.html")):
        head = page.read_text("utf-8").split("</head>")[0]
        policy = head.find('http-equiv="Content-Security-Policy"')
        assert policy != -1, page
        for tag in ("<script", '<link rel="stylesheet"', "<style"):
            first = head.find(tag)
            assert first == -1 or first > policy, f"{page.relative_to(site.dir)}: {tag} before the policy"


def test_security_txt_is_plain_ascii_with_a_private_contact(site):
    raw = (site.dir / ".well-known" / "security.txt").read_bytes()
    raw.decode("ascii")  # reads the same whatever charset a host assumes
    contact = re.search(r"^Contact: (\S+)$", raw.decode(), re.M).group(1)
    assert contact.endswith("/security/advisories/new"), contact
    assert "/issues" not in contact, "a public issues page is where fake support accounts answer"
    headers = (site.dir / "_headers").read_text("utf-8")
    block = headers.split("/.well-known/security.txt", 1)[1]
    assert re.search(r"Content-Type: text/plain; charset=utf-8", block)


def render_security_txt(extra: dict) -> str:
    """The template, rendered with this `extra` (no repository: none set, no edit_uri)."""
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    config["extra"] = extra
    config["edit_uri"] = None
    template = config.theme.get_env().get_template(".well-known/security.txt")
    return template.render(config=config, build_date_utc=dt.datetime.now(dt.UTC))


def test_without_a_repository_security_txt_names_no_contact_and_is_left_out(bare_site):
    assert render_security_txt({}).strip() == "", "nobody to name: the template renders nothing"
    # MkDocs skips a static template that renders nothing: no file, no made-up contact.
    assert not (bare_site.dir / ".well-known" / "security.txt").exists()


def test_with_a_repository_security_txt_is_kept(site):
    text = render_security_txt({"repository": "https://github.com/example/handbook"})
    assert "Contact: https://github.com/example/handbook/security/advisories/new" in text
    assert (site.dir / ".well-known" / "security.txt").exists()


# -- the policy's hashes, computed by the build ------------------------------------------


def test_a_new_inline_script_gets_its_hash_in_the_policy_without_anyone_listing_it(tmp_path):
    project = copy_project(tmp_path / "project")
    extra = 'console.log("页面自己的脚本")'
    about = project / "docs" / "about.md"
    about.write_text(about.read_text("utf-8") + f"\n<script>{extra}</script>\n", "utf-8")
    result = build(tmp_path / "site", project=project)
    assert result.returncode == 0, result.stdout + result.stderr
    site = tmp_path / "site"
    wanted = csp.script_hash(extra)
    assert wanted in meta_policy((site / "about" / "index.html").read_text("utf-8"))
    assert wanted in meta_policy((site / "index.html").read_text("utf-8")), "one policy for the whole site"
    assert wanted in (site / "_headers").read_text("utf-8")
    assert csp.PLACEHOLDER not in (site / "_headers").read_text("utf-8")


def test_no_hash_is_kept_by_hand_in_the_templates():
    for path in (ROOT / "overrides").rglob("*"):
        if path.is_file():
            assert "sha256-" not in path.read_text("utf-8"), path


def test_inline_scripts_are_found_and_json_and_src_scripts_are_not():
    html = (
        '<script>a()</script><script type="application/json">{"x":1}</script>'
        '<script src="x.js"></script><SCRIPT type="text/javascript">b()</SCRIPT>'
    )
    assert csp.inline_scripts(html) == ["a()", "b()"]
