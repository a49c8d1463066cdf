"""Hook: every problem's page and its place in the nav, from the data alone.

A problem is one entry of macros/data.py (PROBLEMS) and one answer on /identify/ that
leads to it (TRIAGE). What else the site needs of it comes from that entry:

- on_config: the nav's problem section. mkdocs.yml names it with the folder alone,
  `- 遇到的问题: problems/`; this hook puts every problem page there, in the order of
  the home page (Handbook.problems_in_order: the groups of data.GROUPS in their order,
  each group's problems in the order of PROBLEMS).
- on_files: each problem's page, at the address the data gives it
  (Handbook.page_src: problems/<id>.md, so /problems/<id>/), generated in memory:
  front matter (search boost 2), the H1 with the problem's title and id, and the
  problem_page macro, which renders the rest from the data. A file of the same name
  in docs/ fails the build: the page is the data's, and two sources would drift.
- on_page_context: the edit button of a generated page opens macros/data.py, where
  its text is (contracts.data_edit_url; none without a repository).

The home page's list (macros/render/home.py), the /print/ sheets and the search
entry come from the same entry through the macros. Runs after hooks/data_check.py,
which loads the data, and before the hooks that read the files (last-changed dates).
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

# The nav entry this hook fills: `- <section title>: problems/` in mkdocs.yml.
NAV_FOLDER = "problems/"

# Characters Python-Markdown reads as syntax in a heading's text (the H1 is Markdown,
# so the table of contents and the page title take it as written).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|])")

_generated: set[str] = set()  # src_uri of the pages made here, in this build


def page_markdown(problem) -> str:
    """The Markdown of a problem's page: everything but its title comes from the macro."""
    title = _MD_SPECIAL.sub(r"\\\1", " ".join(problem.title.split()))
    return (
        "---\n"
        "# Problem pages answer most searches: rank them above long general pages.\n"
        "search:\n"
        "  boost: 2\n"
        "---\n\n"
        f"# {title} {{ #{problem.id} }}\n\n"
        f'{{{{ problem_page("{problem.id}") }}}}\n'
    )


def problem_nav(nav: list, pages: list[str]) -> int:
    """Put `pages` in place of each `title: NAV_FOLDER` entry of `nav` (in place); how many there were."""
    found = 0
    for item in nav:
        if not isinstance(item, dict):
            continue
        for title, value in item.items():
            if value == NAV_FOLDER:
                item[title] = list(pages)
                found += 1
            elif isinstance(value, list):
                found += problem_nav(value, pages)
    return found


def on_config(config):
    from macros import data

    pages = [data.HANDBOOK.page_src(p.id)[0] for p in data.HANDBOOK.problems_in_order()]
    if not config.nav or problem_nav(config.nav, pages) != 1:
        raise PluginError(
            f"mkdocs.yml: the nav needs one entry `- <title>: {NAV_FOLDER}` (hooks/problem_pages.py "
            "puts every problem page of macros/data.py there)"
        )
    return config


def on_files(files, config):
    from macros import data

    _generated.clear()
    for problem in data.HANDBOOK.problems:
        src = data.HANDBOOK.page_src(problem.id)[0]
        if files.get_file_from_path(src) is not None:
            raise PluginError(f"docs/{src}: problem {problem.id!r} gets its page from macros/data.py; remove this file")
        files.append(File.generated(config, src, content=page_markdown(problem)))
        _generated.add(src)
    return files


def on_page_context(context, page, config, nav):
    if page.file.src_uri in _generated:
        from macros import contracts

        page.edit_url = contracts.data_edit_url(config.edit_uri)
    return context
