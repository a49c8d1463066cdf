"""The two editions of the build (hooks/editions.py, hooks/zh_hant.py): every page has its
twin, the 繁體中文 one is its Simplified twin converted once and nothing else, nothing
Simplified is left in it, and every page links its twin (hreflang, the language link).
Build-level, over every page of both editions; the browser tests take one page per template.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from helpers import editions, page_paths

from macros import contracts, glossary, hant, material_adapter

HANS, HANT = "zh-Hans", "zh-Hant"
DATA_BLOCKS = (contracts.WORDS_ID, material_adapter.CONFIG_ID)


def twins(site) -> list[str]:
    """Every page path of the build ("" is home) and the 404 page, as both editions have them."""
    return [*site.pages(), "404.html"]


def test_every_page_has_its_twin_in_the_other_edition(site):
    hans, hant_ = site.edition(HANS), site.edition(HANT)
    assert page_paths(hant_.dir) == page_paths(hans.dir) == site.pages()
    assert (hant_.dir / "404.html").is_file()
    assert len(site.pages()) >= 20


def test_each_edition_says_its_language(site):
    for edition in editions():
        here = site.edition(edition.lang)
        for path in twins(site):
            assert BeautifulSoup(here.html(path), "html.parser").html["lang"] == edition.lang, (edition.lang, path)


# -- the Traditional page is the Simplified one converted, and nothing else ---------------

# What differs between twins by design, removed from both before they are compared.
BY_DESIGN = [
    re.compile(r'<link rel="(?:alternate|canonical)" href="[^"]*"(?: hreflang="[^"]*")?>\n?'),  # tested below
    re.compile(r'<div class="md-header__option">\n?<a href="[^"]*" hreflang=[^>]*>[^<]*</a>\n?</div>\n?'),
    re.compile(r'<aside class="md-source-file edition-note">.*?</aside>\n?', re.S),  # zh-Hant only: says so
    re.compile(r"(?<=bundle\.)\w{8}\.\w{8}(?=\.min\.js)"),  # the adapter in the bundle's file is converted
    re.compile(r" 'sha256-[^']+'"),  # the 404 pages' inline scripts name their own folder
]
LANG = re.compile(r'<html lang="zh-Han[st]"')
EDIT_TITLE = re.compile(r'(<a href="[^"]*" title=")[^"]*(" class="md-content__button md-icon" rel="edit)')


def by_design(html: str, site) -> str:
    for pattern in BY_DESIGN:
        html = pattern.sub("", html)
    html = LANG.sub('<html lang="zh"', html)
    html = EDIT_TITLE.sub(r"\1\2", html)  # zh-Hant: 编辑简体中文原文 (the note below)
    html = html.replace(site.url + "zh-Hant/", site.url)  # canonical addresses in printed footers
    root = urlsplit(site.url).path  # the 404 pages link from the site's root path
    return html.replace(f'"{root}zh-Hant/', f'"{root}')


@pytest.mark.parametrize("path", ["", "problems/deposit/", "print/", "identify/", "channels/", "404.html"])
def test_a_traditional_page_is_its_twin_converted_once_and_nothing_else(site, path):
    """Every address, id, class, data-* value, script and code byte for byte as the
    Simplified twin has it; every reader text as hant.convert_html writes it from there."""
    simplified = site.edition(HANS).html(path)
    traditional = site.edition(HANT).html(path)
    assert by_design(traditional, site) == by_design(hant.convert_html(simplified, DATA_BLOCKS), site)


def test_every_traditional_page_is_its_twin_converted(site):
    """The same, over every page (one failure names the first page that differs)."""
    for path in twins(site):
        simplified = site.edition(HANS).html(path)
        traditional = site.edition(HANT).html(path)
        same = by_design(traditional, site) == by_design(hant.convert_html(simplified, DATA_BLOCKS), site)
        assert same, path


def test_nothing_simplified_is_left_in_the_traditional_edition(site):
    """Every reader text (text, reader attributes, the scripts' words, Material's words) is
    Traditional: OpenCC's s2tw finds nothing to change but glossary words (the issue asks
    for s2t; s2tw, as s2t turns Taiwan's 群 into 羣: macros/hant.py second_pass_changes)."""
    here = site.edition(HANT)
    left = {}
    for path in twins(site):
        html = here.html(path)
        changes = [c for text in hant.reader_texts(html, DATA_BLOCKS) for c in hant.second_pass_changes(text)]
        kept = hant.han_attributes_kept(html, DATA_BLOCKS)
        if changes or kept:
            left[path] = (changes[:5], kept[:5])
    assert left == {}


def test_the_traditional_edition_has_its_own_search_index_converted_word_by_word(site):
    hans = json.loads((site.edition(HANS).dir / "search" / "search_index.json").read_text("utf-8"))
    hant_ = json.loads((site.edition(HANT).dir / "search" / "search_index.json").read_text("utf-8"))
    assert [d["location"] for d in hant_["docs"]] == [d["location"] for d in hans["docs"]]
    assert hant_ == hant.convert_search_index(hans)
    left = [(d["location"], c) for d in hant_["docs"] for c in hant.second_pass_changes(d["title"] + d["text"])]
    assert left == []


BUNDLE = re.compile(r"^bundle\.\w{8}\.\w{8}")  # the adapter in front of it differs: so does its name
BUNDLE_REF = re.compile(r"sourceMappingURL=bundle\.\w{8}\.\w{8}")
TABLE = re.compile(r"var SCRIPT_TABLE ?= ?(\{.*?\});")  # each edition's own: see below


def test_each_editions_scripts_speak_its_script_and_keep_their_code(site):
    """Every script of the 繁體中文 edition is its Simplified twin with the reader text
    converted: the code (ASCII) byte for byte; the composer's rules keep their word lists."""
    scripts = {e.lang: site.edition(e.lang).dir / "assets" / "javascripts" for e in editions()}
    files = {lang: {BUNDLE.sub("bundle", p.name): p for p in folder.glob("*.js")} for lang, folder in scripts.items()}
    assert sorted(files[HANS]) == sorted(files[HANT])
    for name in sorted(files[HANS]):
        simplified, traditional = (BUNDLE_REF.sub("", files[lang][name].read_text("utf-8")) for lang in (HANS, HANT))
        ascii_of = lambda text: re.sub(r"[^\x00-\x7f]", "", TABLE.sub("", text))  # noqa: E731
        if name == "composer-rules.js":  # data: its word lists stay, its messages are converted
            rules = [json.loads(t[t.index("{") : t.rindex("}") + 1]) for t in (simplified, traditional)]
            assert rules[1]["hanWords"] == rules[0]["hanWords"] and rules[1]["labels"] == rules[0]["labels"]
            assert rules[1]["messages"] == {k: hant.convert_text(v) for k, v in rules[0]["messages"].items()}
            continue
        assert ascii_of(traditional) == ascii_of(simplified), name
        runs = re.findall(r"[^\x00-\x7f]+", traditional)
        assert [r for r in runs if hant.second_pass_changes(r)] == [], name


# -- the way between the editions ---------------------------------------------------------


def twin_address(site, lang: str, path: str) -> str:
    folder = next(e.folder for e in editions() if e.lang == lang)
    return site.url + folder + ("" if path == "404.html" else path)


def test_every_page_names_both_editions_with_hreflang(site):
    """<link rel="alternate" hreflang> for both editions on every page, absolute (the session
    build has a SITE_URL): the same page in each, or each home page from the 404 page."""
    for edition in editions():
        here = site.edition(edition.lang)
        for path in twins(site):
            soup = BeautifulSoup(here.html(path), "html.parser")
            links = {link["hreflang"]: link["href"] for link in soup.select('head link[rel="alternate"][hreflang]')}
            assert links == {e.lang: twin_address(site, e.lang, path) for e in editions()}, (edition.lang, path)


def test_the_language_link_goes_to_the_same_page_in_the_other_edition(site):
    for edition in editions():
        here = site.edition(edition.lang)
        (other,) = [e for e in editions() if e != edition]
        for path in twins(site):
            soup = BeautifulSoup(here.html(path), "html.parser")
            links = soup.select("header a[hreflang]")
            assert [(a["hreflang"], a["lang"], a.get_text()) for a in links] == [(other.lang, other.lang, other.name)]
            href = links[0]["href"]
            if path == "404.html":  # served at any address: absolute with a SITE_URL
                assert href == twin_address(site, other.lang, path)
            else:
                assert not href.startswith(("/", "http")), (path, href)  # works from file:// too
                assert urljoin(here.url + path, href) == twin_address(site, other.lang, path), (edition.lang, path)


def test_canonical_addresses_and_sitemaps_are_the_editions_own(site):
    for edition in editions():
        here = site.edition(edition.lang)
        for path in site.pages():
            canonical = BeautifulSoup(here.html(path), "html.parser").select_one('link[rel="canonical"]')["href"]
            assert canonical == twin_address(site, edition.lang, path)
        locs = re.findall(r"<loc>([^<]*)</loc>", (here.dir / "sitemap.xml").read_text("utf-8"))
        assert sorted(locs) == sorted(twin_address(site, edition.lang, p) for p in site.pages())


# -- honest about being generated ------------------------------------------------------------


def test_the_traditional_about_page_says_how_it_is_made_and_where_to_report_a_word(site):
    soup = BeautifulSoup(site.edition(HANT).html("about/"), "html.parser")
    section = soup.select_one("#zh-hant").find_parent("article") or soup
    text = " ".join(section.get_text().split())
    for words in ("由軟體", "OpenCC", "zh-TC", "按鈕和選單", "macros/glossary.py", "簡體中文原文"):
        assert words in text, words
    assert len(glossary.OVERRIDES) > 0


def test_every_traditional_page_says_its_edit_links_open_the_simplified_text(site):
    here = site.edition(HANT)
    for path in site.pages():
        soup = BeautifulSoup(here.html(path), "html.parser")
        note = soup.select_one(".edition-note")
        assert note is not None and "簡體中文原文" in note.get_text(), path
        edit = soup.select_one('a[rel~="edit"]')
        assert edit and "簡體中文原文" in edit["title"], path
        simplified = BeautifulSoup(site.edition(HANS).html(path), "html.parser").select_one('a[rel~="edit"]')
        assert edit["href"] == simplified["href"], path  # the Simplified Markdown page


def test_each_edition_searches_with_its_own_cross_script_table(site):
    """search-words.js of each edition holds the table for a query in the other script
    (macros/hant.py script_table, from both indexes), as it loads when a search starts."""
    indexes = {
        e.lang: json.loads((site.edition(e.lang).dir / "search" / "search_index.json").read_text("utf-8"))
        for e in editions()
    }
    tables = hant.script_table(indexes[HANS], indexes[HANT])
    for lang in (HANS, HANT):
        script = (site.edition(lang).dir / "assets" / "javascripts" / "search-words.js").read_text("utf-8")
        [table] = TABLE.findall(script)
        assert json.loads(table) == tables[lang], lang
        assert tables[lang]["words"] and tables[lang]["chars"], lang
