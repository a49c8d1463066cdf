"""What a reader sees of a built page: its text block by block (with the source line), the
text of its article or of one section, and what a screen reader also reads out.

One of each for the build and browser tests; the HTML comes from `site.html(path)`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, NavigableString

# Elements whose text a reader reads as one unit (a sentence, an item, a cell).
BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "summary", "figcaption", "pre")
INVISIBLE = ("script", "style", "noscript", "template", "svg")


@dataclass(frozen=True)
class Block:
    line: int  # line of the element in the HTML file
    text: str


def parse(html: str) -> BeautifulSoup:
    """The page without what a reader never sees: scripts, styles, icons, heading links."""
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


def article_text(html: str) -> str:
    """The visible text of the page's article, its blocks joined by spaces."""
    return " ".join(block.text for block in blocks(html, "article"))


def section(soup: BeautifulSoup, anchor: str) -> list:
    """The elements after the heading `#anchor`, up to the next heading of the same level
    (or a fold headed by one). A heading that is a fold's summary (<details><summary><h2>,
    a problem page's folded sections): the fold's content."""
    heading = soup.select_one(f"#{anchor}")
    assert heading is not None, anchor
    if heading.parent.name == "summary":
        return heading.parent.find_next_siblings()
    out = []
    for sibling in heading.find_next_siblings():
        if sibling.name == heading.name or sibling.select_one(f":scope > summary > {heading.name}"):
            break
        out.append(sibling)
    return out


def section_text(soup: BeautifulSoup, anchor: str) -> str:
    """The text of the section under the heading `#anchor`, element by element, space-separated."""
    return " ".join(el.get_text(" ") for el in section(soup, anchor))


def links_to(soup, from_path: str, scope: str = "article") -> set[str]:
    """Site-relative URL paths that the page at `from_path` links to, inside `scope`."""
    base = "http://site/" + from_path
    found = set()
    for a in soup.select(f"{scope} a[href]"):
        url = urljoin(base, a["href"])
        if url.startswith("http://site/"):
            found.add(urlsplit(url).path.lstrip("/"))
    return found


# Attributes a screen reader reads out, or a browser shows on hover.
READABLE_ATTRS = ("title", "aria-label", "alt", "placeholder", "aria-description")


def readable_text(html: str) -> str:
    """What a reader sees or hears: every text node outside scripts and styles (one a
    line), the readable attributes and the page's description."""
    soup = BeautifulSoup(html, "html.parser")
    for node in soup(["script", "style", "template"]):
        node.decompose()
    parts = [soup.get_text("\n")]
    for tag in soup.find_all(True):
        parts.extend(str(tag[a]) for a in READABLE_ATTRS if tag.has_attr(a))
    parts.extend(m.get("content", "") for m in soup.select("meta[name=description], meta[property]"))
    return "\n".join(parts)
