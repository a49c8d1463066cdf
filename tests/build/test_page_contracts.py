"""What each built page loads and offers follows its blocks (hooks/page_contracts.py,
macros/contracts.py): our scripts, the print button, the scripts' words, the search help."""

from __future__ import annotations

import dataclasses
import json
from urllib.parse import urljoin

from bs4 import BeautifulSoup

from macros import contracts, data


def built(site):
    for path in site.html_files():
        yield path.relative_to(site.dir).as_posix(), BeautifulSoup(path.read_text("utf-8"), "html.parser")


def test_every_page_loads_the_scripts_of_its_blocks_and_their_words(site):
    for rel, soup in built(site):
        content = soup.select_one("article") or soup
        loaded = [s["src"].rsplit("/", 1)[1][: -len(".js")] for s in soup.select("script[src][defer]")]
        ours = [name for name in loaded if name in {s.name for s in contracts.SCRIPTS}]
        expected = [s.name for s in contracts.SCRIPTS if s.load_on is None or content.select(f"[{s.load_on}]")]
        assert ours == expected, rel
        element = soup.select_one(f"script#{contracts.WORDS_ID}[type='application/json']")
        words = json.loads(element.string) if element else {}
        wanted = [s.name for s in contracts.SCRIPTS if s.name in ours and content.select(f"[{s.words_on}]")]
        assert list(words) == wanted, rel
        for name in wanted:
            assert words[name] == dataclasses.asdict(getattr(data.WORDS.scripts, name)), (rel, name)


def test_the_print_button_is_where_a_checklist_is(site):
    with_button = []
    for rel, soup in built(site):
        button = soup.select_one("button.print-button[data-action=print]")
        assert (button is not None) == bool(soup.select(f"article [{contracts.PRINT_BUTTON_ON}]")), rel
        if button:
            with_button.append(rel)
    assert sorted(with_button) == sorted(
        ["print/index.html", *(f"problems/{p.id}/index.html" for p in data.HANDBOOK.problems)]
    )


def test_the_search_help_offers_the_pages_of_the_words(site):
    for rel, soup in built(site):
        help_ = soup.select_one("[data-search-help]")
        assert help_.select_one("p").get_text() == data.WORDS.search_help.intro, rel
        links = help_.select("a")
        assert [a.get_text() for a in links] == [link.text for link in data.WORDS.search_help.links], rel
        page_url = urljoin(site.url, rel)
        for a, link in zip(links, data.WORDS.search_help.links, strict=True):
            src = data.HANDBOOK.page_src(link.page)[0]
            target = src[: -len("index.md")] if src.endswith("index.md") else src[:-3] + "/"
            assert urljoin(page_url, a["href"]) == urljoin(site.url, target), (rel, a["href"])
