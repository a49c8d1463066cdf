"""Chinese copywriting lint (autocorrect, the "中文文案排版指北" rules): zero findings.

Checked twice: over the Markdown of every page, and over what a reader sees on every
built page (data text, generated blocks, theme strings). Each finding prints with its
file and line, and what autocorrect would write instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import autocorrect_py
import pytest
from page_text import blocks

DOCS = Path(__file__).resolve().parents[2] / "docs"

# House rules autocorrect does not check (CONTRIBUTING.md): no "轻松", no exclamation marks.
HOUSE_RULES = (
    (re.compile(r"轻松"), "marketing word 轻松"),
    (re.compile(r"！|(?<=[\u3400-\u9fff])!"), "exclamation mark"),
    (re.compile(r"[。，、；：][。，、；：]"), "doubled punctuation"),
)


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.old!r} -> {self.new!r}"


def lint(text: str, file: str, first_line: int = 1, kind: str = "md") -> list[Finding]:
    """autocorrect's findings plus the house rules, with lines counted from `first_line`."""
    result = autocorrect_py.lint_for(text, f"{file}.{kind}" if not file.endswith(f".{kind}") else file)
    found = [Finding(file, first_line + r.line - 1, r.old, r.new) for r in result.lines]
    for number, line in enumerate(text.splitlines(), start=first_line):
        for pattern, rule in HOUSE_RULES:
            if pattern.search(line):
                found.append(Finding(file, number, line.strip(), rule))
    return found


def report(found: list[Finding]) -> str:
    for finding in found:  # shown with -s, and in the failure message
        print(finding)
    return f"{len(found)} copywriting finding(s):\n" + "\n".join(map(str, found))


# -- the lint itself can fail ----------------------------------------------------------


def test_lint_reports_bad_copy_with_file_and_line():
    bad = "# 标题\n\n请联系Bitget客服,我们会轻松解决!\n\n来源：某页面。；另一页面\n"
    found = lint(bad, "docs/bad.md")
    assert found, "the lint must flag missing spaces, half-width punctuation and house rules"
    assert {f.line for f in found} == {3, 5}
    assert any(f.new == "请联系 Bitget 客服，我们会轻松解决！" for f in found)
    assert {f.new for f in found} >= {"marketing word 轻松", "exclamation mark", "doubled punctuation"}
    assert str(found[0]).startswith("docs/bad.md:3: ")


def test_lint_passes_good_copy():
    good = "# 标题\n\n请通过官网 www.bitget.com 联系 Bitget 客服，提供 UID 和 TxID。\n"
    assert lint(good, "docs/good.md") == []


def test_lint_counts_lines_from_the_block_it_was_given():
    found = lint("中文English", "site/x.html", first_line=40, kind="txt")
    assert [(f.file, f.line) for f in found] == [("site/x.html", 40)]


# -- the real pages ----------------------------------------------------------------------


MARKDOWN = sorted(DOCS.rglob("*.md"))


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda p: str(p.relative_to(DOCS)))
def test_markdown_of_every_page_is_clean(path):
    found = lint(path.read_text("utf-8"), f"docs/{path.relative_to(DOCS)}")
    assert not found, report(found)


def test_visible_text_of_every_built_page_is_clean(site):
    found = []
    for page in site.html_files():
        name = str(page.relative_to(site.dir))
        for block in blocks(page.read_text("utf-8")):
            found += lint(block.text, name, first_line=block.line, kind="txt")
    assert not found, report(found)
