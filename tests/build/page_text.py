"""What a reader sees on a built page: its text, block by block, with the source line."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString

# Elements whose text a reader reads as one unit (a sentence, an item, a cell).
BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "summary", "figcaption", "pre")
INVISIBLE = ("script", "style", "noscript", "template", "svg")


@dataclass(frozen=True)
class Block:
    line: int  # line of the element in the HTML file
    text: str


def parse(html: str) -> BeautifulSoup:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(INVISIBLE):
        tag.decompose()
    for link in soup.select("a.headerlink"):  # the "¶" after each heading
        link.decompose()
    return soup


def blocks(html: str, scope: str = "body") -> Iterator[Block]:
    """Every innermost block of visible text inside `scope` (a CSS selector)."""
    root = parse(html).select_one(scope)
    if root is None:
        return
    for element in root.find_all(True):
        if element.name in BLOCKS and not element.find(BLOCKS):
            text = element.get_text().strip()
        elif element.find(BLOCKS) and not element.find_parent(BLOCKS):
            # Text beside blocks, in no block of its own (a fact's badge and statement
            # before its <details>): the element's own text, outside its blocks.
            text = "".join(
                part if isinstance(part, NavigableString) else part.get_text()
                for part in element.children
                if isinstance(part, NavigableString) or not (part.name in BLOCKS or part.find(BLOCKS))
            ).strip()
        else:
            continue
        if text:
            yield Block(element.sourceline or 0, text)


def strings(html: str, scope: str = "body") -> Iterator[Block]:
    """Every visible text node inside `scope`, one by one."""
    root = parse(html).select_one(scope)
    if root is None:
        return
    for node in root.find_all(string=True):
        if isinstance(node, NavigableString) and node.strip():
            yield Block(getattr(node.parent, "sourceline", 0) or 0, node.strip())


def h1(html: str) -> str | None:
    heading = parse(html).select_one("article h1")
    return heading.get_text().strip() if heading else None
