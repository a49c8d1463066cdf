"""What the renderers, the templates and the scripts agree on, kept in one place.

- The attribute each script's block carries (`data-triage` ...): the renderers write
  it from here, and hooks/page_contracts.py looks for it in a page's HTML to tell
  overrides/main.html which scripts the page loads, whether it gets the print button
  and which of the scripts' words (data.WORDS.scripts) go into the page.
- The id of the element those words are in, as JSON: each script reads it.
- Where the data module is, for the 编辑数据 links under generated blocks (define_env)
  and the edit button of the pages made from the data alone (hooks/problem_pages.py).

Pure: it imports nothing of the project and nothing of MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

# The attribute on the root of each block a script brings to life.
CHECKLIST = "data-checklist"  # a checklist (macros/render/checklists.py, checklists.js)
TRIAGE = "data-triage"  # the decision tree of /identify/ (triage.py, triage.js)
COMPOSER = "data-composer"  # a message composer (composer.py, composer.js)


@dataclass(frozen=True)
class Script:
    """One of our scripts: docs/assets/javascripts/<name>.js."""

    name: str
    load_on: str | None  # loaded on pages holding this attribute; None: on every page
    words_on: str  # its words (data.WORDS.scripts.<name>) go into pages holding this attribute


# In the order they run (deferred, after Material's bundle). checklists.js also shows
# the print button and dates the printed footer, so it runs on every page.
SCRIPTS = (
    Script("checklists", load_on=None, words_on=CHECKLIST),
    Script("triage", load_on=TRIAGE, words_on=TRIAGE),
    Script("composer", load_on=COMPOSER, words_on=COMPOSER),
)

# Pages holding a checklist get the print button (打印清单): the problem pages and /print/.
PRINT_BUTTON_ON = CHECKLIST

# The element (<script type="application/json">) holding the words of the page's scripts,
# by script name: {"checklists": {"reset": "清空勾选", ...}, ...}.
WORDS_ID = "account-help-words"

# The composer's refusal rules, a script generated at build time (hooks/composer_rules.py,
# from macros/refusals.py): composer.js loads it beside itself when a composer is first used.
COMPOSER_RULES = "assets/javascripts/composer-rules.js"

# Where the data lives, relative to the project root: the 编辑数据 links open it.
DATA_FILE = f"{Path(__file__).parent.name}/data.py"


def data_edit_url(edit_uri: str | None) -> str | None:
    """The data module's edit URL, beside the docs folder's (`edit_uri`), or None.

    hooks/repository.py sets `edit_uri` from `extra.repository`; without one there is
    no edit link of any kind.
    """
    if not edit_uri or not edit_uri.startswith("https://"):
        return None
    return urljoin(edit_uri.rstrip("/") + "/", f"../{DATA_FILE}")
