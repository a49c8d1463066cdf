"""Component: notes, the lines of page-specific advice (no script; styles: site.css
"component: notes").

A Note is a line with an optional bold label, a link to the page it names and a link
to the fact it rests on (（依据）). Notes make the lead under a problem page's answer
block (the questions readers ask first, on screen and again on paper after the
template) and the numbered steps of a page's own sections.
"""

from __future__ import annotations

from ..model import Handbook, Note, Problem, Section, Words
from .shared import esc, md_text, page_link, see


def note_html(handbook: Handbook, note: Note, words: Words) -> str:
    """One note, for an element marked `markdown="span"`.

    With a label: 「**label**：text 见[page]。（[依据](#fact-x)）」. Without a label but
    with a page: the link leads ("**[在线客服]**：text"), as in the urgent steps.
    """
    w = words.notes
    text = md_text(note.text)
    if note.label:
        out = f"<strong>{md_text(note.label)}</strong>：{text}"
        if note.see:
            link = see(handbook, note.see)
            out += f"{link}。" if note.text.endswith(w.see_endings) else f"{md_text(w.see)}{link}。"
    elif note.see:
        out = f"<strong>{see(handbook, note.see)}</strong>：{text}"
    else:
        out = text
    if note.anchor and note.on:
        out += f"（{page_link(handbook.page_src(note.on)[0], w.basis, anchor=note.anchor)}）"
    elif note.anchor:
        out += f"（[{md_text(w.basis)}](#{note.anchor})）"
    return out


def lead(handbook: Handbook, problem: Problem, words: Words, paper: bool = False) -> str:
    """The page-specific answers under the answer block (the questions readers ask first);
    on screen without the signposts (see `signposts`), "" when nothing is left.

    `paper`: every note, the copy printed after the template (site.css shows one or the
    other), so the first sheet holds the checklists; it stays out of the search index
    and away from screen readers.
    """
    shown = problem.lead if paper else [n for n in problem.lead if not n.signpost]
    if not shown:
        return ""
    lis = "".join(f'<li markdown="span">{note_html(handbook, n, words)}</li>' for n in shown)
    if paper:
        return f'<ul class="lead lead--paper" data-search-exclude aria-hidden="true" markdown="1">{lis}</ul>'
    return f'<ul class="lead lead--screen" markdown="1">{lis}</ul>'


def signposts(handbook: Handbook, problem: Problem, words: Words) -> str:
    """The lead's signposts on screen (Note.signpost: lines that send the reader to another
    page), "" when it has none: a problem page shows them above its folded lead. On
    paper they are in the lead's copy after the template."""
    lis = "".join(f'<li markdown="span">{note_html(handbook, n, words)}</li>' for n in problem.lead if n.signpost)
    return f'<ul class="lead lead--signposts" markdown="1">{lis}</ul>' if lis else ""


def section_steps(handbook: Handbook, extra: Section, words: Words, searchable: bool = True) -> str:
    """A page's own section without its heading: the intro, then the numbered steps
    (each a Note, for an element marked `markdown="span"`). Shown again on another page
    (`searchable=False`), the copy stays out of the search index: the search budget."""
    lis = "".join(f'<li markdown="span">{note_html(handbook, step, words)}</li>' for step in extra.steps)
    exclude = "" if searchable else " data-search-exclude"
    return (
        f'<div class="page-section" data-section="{esc(extra.anchor)}"{exclude} markdown="1">'
        f'<p markdown="span">{md_text(extra.intro)}</p><ol class="page-section__steps" markdown="1">{lis}</ol></div>'
    )
