"""Component: the home page's list of problems, in their groups (styles: site.css
"component: home").

One heading per group (data.GROUPS, in its order; its id is `group-<id>`, so old links
keep working) over a list of that group's problems (in the order of the data), each a
link to its page: the problem's short title and, under it, its tagline. A new problem
appears here by naming its group; nothing in docs/index.md lists problems.

The headings are Markdown, so they reach the home page's table of contents; the links
are Markdown links to each page's source (shared.page_link), so a strict build checks
them.
"""

from __future__ import annotations

from ..model import Handbook
from .shared import esc, md_text


def problem_groups(handbook: Handbook) -> str:
    """Every group's heading and its problems' links, inside an element marked `markdown`."""
    out = []
    for group, problems in handbook.problems_by_group():
        links = []
        for problem in problems:
            src = handbook.page_src(problem.id)[0]
            text = f"{md_text(problem.home_title)} <small>{md_text(problem.tagline)}</small>"
            links.append(f"- [{text}](/{src})")
        out.append(f"### {md_text(group.title)} {{ #{esc(group.anchor)} }}\n\n" + "\n".join(links))
    return '<div class="problem-groups" markdown="1">\n\n' + "\n\n".join(out) + "\n\n</div>"
