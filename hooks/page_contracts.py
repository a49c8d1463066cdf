"""Hook: what a page needs of the site's scripts, from Python into the templates.

overrides/main.html and overrides/partials/search-help.html read two template
variables this hook sets, for every page and for the static templates (404.html):

- `contracts`: which of our scripts the page loads (macros/contracts.py SCRIPTS:
  checklists.js everywhere, triage.js and composer.js where their block is), whether
  it gets the print button (where a checklist is), and the words of those scripts
  (data.WORDS.scripts) as JSON, for the element (contracts.WORDS_ID) they read.
  A block is found by the attribute its renderer writes (contracts.CHECKLIST ...).
- `search_help`: what the search dialog offers when a search finds nothing
  (data.WORDS.search_help), each link's address as MkDocs writes the page's.

So the templates keep no list of their own: a new script, a new kind of page with a
checklist or a new help link is a change in Python.
"""

from __future__ import annotations

import dataclasses
import json
import re

from mkdocs.exceptions import PluginError

_links: list[dict[str, str]] = []  # the search help's links, from on_files


def _has(html: str, attribute: str) -> bool:
    """Whether an element of `html` carries `attribute` (not text that names it)."""
    return re.search(rf"<[^>]*\s{re.escape(attribute)}(?=[\s=>/])", html) is not None


def _json(value) -> str:
    """JSON for inside a <script> element: nothing in it can end the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def page_contracts(html: str) -> dict:
    """What a page with this content needs: scripts, print button, the scripts' words."""
    from macros import contracts, data

    scripts = [s.name for s in contracts.SCRIPTS if s.load_on is None or _has(html, s.load_on)]
    words = {
        s.name: dataclasses.asdict(getattr(data.WORDS.scripts, s.name))
        for s in contracts.SCRIPTS
        if s.name in scripts and _has(html, s.words_on)
    }
    return {
        "scripts": scripts,
        "print_button": _has(html, contracts.PRINT_BUTTON_ON),
        "words_id": contracts.WORDS_ID,
        "words": _json(words) if words else "",
    }


def search_help() -> dict:
    from macros import data

    return {"intro": data.WORDS.search_help.intro, "links": _links}


def on_files(files, config):
    # Imported here, not at the top: hooks/data_check.py has put the project on the
    # path by now, and under `mkdocs serve` it drops changed macros modules.
    from macros import data

    _links.clear()
    for link in data.WORDS.search_help.links:
        src = data.HANDBOOK.page_src(link.page)[0]
        page = files.get_file_from_path(src)
        if page is None:
            raise PluginError(f"macros/data.py: words, field 'search_help.links': no page docs/{src}")
        _links.append({"url": page.url, "text": link.text})
    return files


def on_page_context(context, page, config, nav):
    context["contracts"] = page_contracts(page.content or "")
    context["search_help"] = search_help()
    return context


def on_template_context(context, template_name, config):
    context["contracts"] = page_contracts("")
    context["search_help"] = search_help()
    return context
