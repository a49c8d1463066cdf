"""The renderers: handbook data -> HTML blocks for the Markdown pages, one module per
component, each a set of pure functions. Nothing here imports MkDocs.

    shared        esc, md_text, links (page, external, edit), badge, lists, rules
    answer        the answer block and the urgent steps (a problem page's first screen)
    notes         the lead under the answer block, a page's own sections
    checklists    the checklists (checklists.js)
    composer      the message template and its composer (composer.js)
    triage        the decision tree of /identify/ (triage.js)
    channels      the channel table and summary, a problem's channel order, the freeze plan
    facts         facts with their badges and citations, lists of sources
    home          the home page's problems, in their groups
    print_sheet   a /print/ sheet, from the blocks above
    problem_page  a problem page's body, from the blocks above

Import rule (tests/unit/test_architecture.py): a component imports the shared helpers,
the model, macros/material_adapter.py (Material's class names), macros/contracts.py
(the attributes its script looks for) and, for the composer, macros/refusals.py;
never another component. A block made of other components' blocks (a problem page,
a print sheet) takes them rendered, as a PageParts or SheetParts: define_env
(macros/__init__.py) renders the parts and passes them in. So each component can be
read, changed and tested alone, and the order of a page is decided in one module.

The words a reader sees come from the `words` argument (data.WORDS) or the data
entries, never from a string here (tests/unit/test_architecture.py scans for them).
"""

from . import answer, channels, checklists, composer, facts, home, notes, print_sheet, problem_page, shared, triage

__all__ = [
    "answer",
    "channels",
    "checklists",
    "composer",
    "facts",
    "home",
    "notes",
    "print_sheet",
    "problem_page",
    "shared",
    "triage",
]
