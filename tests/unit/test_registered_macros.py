"""Every macro define_env registers is called by some page or template: a macro nothing
calls is code a maintainer keeps in step with the data for no reader."""

from __future__ import annotations

import re

from helpers import ROOT, load_hook, site_macros

from macros.data import HANDBOOK


def callers() -> str:
    """The text of every page (docs/, and the problem pages hooks/problem_pages.py makes)
    and template (overrides/) that could call a macro."""
    files = [*(ROOT / "docs").rglob("*.md"), *(p for p in (ROOT / "overrides").rglob("*") if p.is_file())]
    made = [load_hook("problem_pages").page_markdown(problem) for problem in HANDBOOK.problems]
    return "\n".join([*(f.read_text("utf-8") for f in files), *made])


def test_every_registered_macro_is_called():
    text = callers()
    unused = sorted(name for name in site_macros() if not re.search(rf"(?<![\w.]){name}\(", text))
    assert unused == [], f"registered in macros/__init__.py, called by no page or template: {unused}"
