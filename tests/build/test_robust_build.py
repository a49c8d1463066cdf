"""What a build writes when it is not told everything (issue 14, items 4, 12, 13).

A build without SITE_URL names no loopback address and prints no "None"; the 404
page is Chinese and works from file://; security.txt names a private report form,
is plain ASCII with its charset declared, and is left out when there is no
repository to name.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from helpers import ROOT

LOOPBACK = re.compile(r"://(127\.0\.0\.1|localhost|\[::1\]|0\.0\.0\.0)\b")


@pytest.fixture(scope="module")
def no_url_site(bare_site) -> Path:
    """The session's build with no SITE_URL (and no repository) in the environment at all."""
    return bare_site.dir


# -- 12. no SITE_URL, no made-up address --------------------------------------------------


def test_a_build_without_site_url_names_no_loopback_address(no_url_site):
    found = []
    for file in sorted(no_url_site.rglob("*")):
        if file.is_file():
            text = file.read_text("utf-8", errors="replace")
            found += [f"{file.relative_to(no_url_site)}: {m.group(0)}" for m in LOOPBACK.finditer(text)]
    assert found == [], found[:10]


def test_a_build_without_site_url_prints_no_none(no_url_site):
    for page in sorted(no_url_site.rglob("*.html")):
        footer = BeautifulSoup(page.read_text("utf-8"), "html.parser").select_one(".print-footer")
        assert footer is not None, page
        line = " ".join(footer.get_text().split())
        assert "None" not in line, f"{page.relative_to(no_url_site)}: {line}"
        assert line.startswith("账户异常自助手册 · 打印日期"), line


def test_publishing_sets_the_address():
    workflow = (ROOT / ".github" / "workflows" / "publish.yml").read_text("utf-8")
    assert re.search(r"SITE_URL:\s*\S+", workflow), "the Pages workflow must pass SITE_URL"
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "SITE_URL=https://" in readme, "the README says how to set the address for other hosts"


# -- 4. the 404 page -------------------------------------------------------------------------


def test_404_page_is_chinese_and_shows_the_way_on(site):
    soup = BeautifulSoup(site.html("404.html"), "html.parser")
    article = soup.select_one("article")
    assert "Not found" not in article.get_text()
    assert article.h1.get_text(strip=True) == "找不到这一页"
    links = {a.get_text(strip=True): a["href"] for a in article.select("a[href]")}
    assert any("首页" in text for text in links), links
    assert any(href.endswith("?q=") for href in links.values()), "a link that opens search"


def test_404_without_site_url_uses_relative_paths_that_exist(no_url_site):
    html = (no_url_site / "404.html").read_text("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    refs = [t.get("href") or t.get("src") for t in soup.select("link[href], script[src], a[href]")]
    broken = []
    for ref in refs:
        if ref.startswith(("http://", "https://", "#", "mailto:")):
            continue
        assert not ref.startswith("/"), f"root-absolute path breaks from file://: {ref}"
        target = (no_url_site / ref.split("?")[0].split("#")[0]).resolve()
        if target.is_dir():
            target = target / "index.html"
        if not target.exists():
            broken.append(ref)
    assert broken == []
    assert len(refs) > 20


# -- 13. security.txt ---------------------------------------------------------------------


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
