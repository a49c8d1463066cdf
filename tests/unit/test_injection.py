"""Hostile strings cannot get into a page: validation rejects them, or the renderers escape them.

Property-based (hypothesis). Two layers:

- Validation (macros/model.py): hostile text in any field of any entry either
  fails with one DataError line naming the entry and the field, or is accepted;
  the known-bad kinds (tags, template syntax, hidden characters, non-https or
  off-list URLs) are always rejected.
- Rendering (macros/render/), with validation bypassed, as if a check were
  missing one day: every renderer's output, put through the site's own Markdown
  extensions the way a macro call in a page is, holds no element, attribute or
  link that the data did not ask for.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from html.parser import HTMLParser
from unittest import mock

from helpers import macro_calls, site_macros, site_markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from render_helpers import NOT_TEXT, poisoned_handbook, unchecked_replace

from macros import data
from macros.model import DataError, Handbook
from macros.render import facts, shared

HANDBOOK = data.HANDBOOK

FRAGMENTS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</textarea><iframe src=//evil.example>",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<b>x</b>",
    "{{ 7*7 }}",
    "{{ config }}",
    "{% raw %}",
    "{% include 'x' %}",
    "{# c #}",
    "[点我](javascript:alert(1))",
    "[官方客服](https://evil.example/login)",
    "![i](https://evil.example/x.png)",
    "<https://evil.example>",
    '{ onclick="alert(1)" }',
    "{: .x onmouseover=alert(1) }",
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\ufeff",
    "&lt;script&gt;",
    "&amp;",
    "&#106;avascript:",
    "<!--",
    "-->",
    "]]>",
    "`code`",
    "*强调*",
    "\n\n# 标题\n\n",
    "\n\n<div markdown>\n\n- x\n\n</div>\n\n",
    "\\",
    "<",
    ">",
    '"',
    "'",
    "&",
)

hostile = (
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), min_size=1, max_size=4)
    .map("".join)
    .filter(bool)  # an empty optional field is simply left out
)
# Kinds validation must always refuse in text: tags, template syntax, hidden characters.
MUST_REJECT = (
    *FRAGMENTS[:4],
    "{{ 7*7 }}", "{{ config }}", "{% raw %}", "{% include 'x' %}", "{# c #}",
    "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff",
)  # fmt: skip
dangerous = st.sampled_from(MUST_REJECT).flatmap(
    lambda f: st.tuples(st.text(max_size=6), st.just(f), st.text(max_size=6)).map("".join)
)


# -- helpers -------------------------------------------------------------------


def every_renderer(handbook: Handbook) -> list[str]:
    """The output of every macro define_env registers, over the whole handbook `handbook`."""
    with mock.patch.object(data, "HANDBOOK", handbook):
        found = site_macros(edit_uri=None)
        # One block per call, as on a page: a text that reaches one problem changes only
        # that problem's blocks, and only changed blocks need converting (assert_all_inert).
        return [macro(*args) for _, macro in sorted(found.items()) for args in macro_calls(macro, handbook)]


MD = site_markdown()
# Never from a renderer, whatever the data: the denylist gives a clear message;
# the structure comparison below catches any other element data could add.
FORBIDDEN_TAGS = {
    "script", "style", "iframe", "frame", "img", "svg", "math", "object", "embed", "form", "textarea",
    "select", "link", "meta", "base", "video", "audio", "source", "template",
}  # fmt: skip
ALLOWED_HOSTS = set(data.ALLOWED_HOSTS)
BENIGN = "安全文字"


class _Elements(HTMLParser):
    """Every start tag with its attributes, in order (all a check here needs of the HTML;
    the standard library's parser, without building a tree: several times faster)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, attrs))

    handle_startendtag = handle_starttag


Element = tuple[str, list[tuple[str, str | None]]]


def as_page(block: str) -> list[Element]:
    """A renderer's block where a page puts a macro call, alone in its paragraph: its elements."""
    MD.reset()
    parser = _Elements()
    parser.feed(MD.convert(f"前文。\n\n{block}\n\n后文。"))
    parser.close()
    return parser.found


def structure(elements: list[Element]) -> list[tuple[str, tuple[str, ...]]]:
    return [(name, tuple(sorted(attr for attr, _ in attrs))) for name, attrs in elements]


def assert_inert(block: str, benign: str | None = None) -> None:
    """No script, handler, style or foreign link; with `benign` (the same renderer
    over plain text): exactly the same elements and attribute names."""
    elements = as_page(block)
    for name, attrs in elements:
        assert name not in FORBIDDEN_TAGS, f"<{name}> in {block[:200]!r}"
        if name == "input":
            assert dict(attrs).get("type") == "checkbox", attrs
        for attr, value in attrs:
            assert not attr.startswith("on"), f"{attr}= in {block[:200]!r}"
            assert attr not in ("style", "src", "srcset", "formaction"), attr
            if attr == "href":
                url = (value or "").strip()
                if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", url):
                    assert url.startswith("https://"), f"href={url!r}"
                    host = re.match(r"https://([^/?#:]+)", url).group(1)
                    assert host in ALLOWED_HOSTS, f"href={url!r}"
                else:
                    assert not url.startswith("//"), f"href={url!r}"
    if benign is not None:
        assert structure(elements) == benign_structure(benign), f"the data changed the markup: {block[:300]!r}"


@functools.lru_cache(maxsize=512)
def benign_structure(benign: str) -> list[tuple[str, tuple[str, ...]]]:
    """The benign block's elements: the same few blocks come back in every example."""
    return structure(as_page(benign))


def assert_all_inert(blocks: list[str], benign: list[str], unchanged: list[str] | None = None) -> None:
    """Every block inert and shaped like its benign twin. A block equal to its `unchanged`
    twin (the real handbook's output, checked once by its own test) is not converted again:
    the text under test did not reach it."""
    assert len(blocks) == len(benign)
    for i, (block, plain) in enumerate(zip(blocks, benign, strict=True)):
        if unchanged is None or block != unchanged[i]:
            assert_inert(block, plain)


# -- the checks notice what they are for ---------------------------------------


def test_inert_check_catches_markup_from_data():
    plain = "<p><span>x</span></p>"
    for bad in (
        '<p><img src=x onerror="alert(1)"></p>',
        '<p><a href="javascript:alert(1)">x</a></p>',
        "<script>alert(1)</script>",
        '<p><a href="https://evil.example/">x</a></p>',
        "<p><span>x</span><em>y</em></p>",
        '<p><span class="x">x</span></p>',
    ):
        try:
            assert_inert(bad, plain)
        except AssertionError:
            continue
        raise AssertionError(f"assert_inert let {bad!r} through")
    assert_inert(plain, plain)


# -- rendering: escaped even when validation is bypassed -----------------------


BENIGN_OUTPUT = every_renderer(poisoned_handbook(BENIGN))


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile)
def test_renderers_escape_hostile_text_in_every_field(text):
    assert_all_inert(every_renderer(poisoned_handbook(text)), BENIGN_OUTPUT)


@given(tail=hostile)
def test_source_urls_stay_inside_their_attribute(tail):
    source = unchecked_replace(HANDBOOK.sources[0], url="https://www.bitget.com/" + tail)
    plain = unchecked_replace(HANDBOOK.sources[0], url="https://www.bitget.com/safe")
    line = facts.source_line
    assert_inert(f"<p>{line(source, HANDBOOK.words)}</p>", f"<p>{line(plain, HANDBOOK.words)}</p>")


@given(
    url=st.one_of(
        hostile,
        st.sampled_from(
            [
                "javascript:alert(1)",
                " https://x.example",
                "http://www.bitget.com/",
                "//evil.example/",
                "HTTPS://www.bitget.com/",
                "https://",
            ]
        ),
    )
)
def test_external_links_refuse_anything_but_https(url):
    if url.startswith("https://") and re.match(r"https://[^/?#]+", url):
        return  # a real https URL with a host: escaped, tested above
    try:
        shared.external(url, "x", HANDBOOK.words)
    except ValueError as error:
        assert "https" in str(error)
    else:
        raise AssertionError(f"external accepted {url!r}")


# -- validation: rejected with one clear line ----------------------------------

ENTRY_KINDS = ("sources", "facts", "channels", "problems")


def text_paths(entry) -> list[tuple[str, ...]]:
    """Paths to every free-text string of an entry: ("summary",), ("checks", 0, "text"), ..."""
    paths = []

    def walk(value, path):
        if isinstance(value, str):
            paths.append(path)
        elif isinstance(value, tuple):
            for i, v in enumerate(value):
                walk(v, (*path, i))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                if f.name not in NOT_TEXT and getattr(value, f.name) is not None:
                    walk(getattr(value, f.name), (*path, f.name))

    walk(entry, ())
    return paths


def set_path(value, path, text):
    if not path:
        return text
    head, rest = path[0], path[1:]
    if isinstance(value, tuple):
        return tuple(set_path(v, rest, text) if i == head else v for i, v in enumerate(value))
    return dataclasses.replace(value, **{head: set_path(getattr(value, head), rest, text)})


TARGETS = [
    (kind, index, path)
    for kind in ENTRY_KINDS
    for index, entry in enumerate(getattr(HANDBOOK, kind))
    for path in text_paths(entry)
]


def rebuilt_with(kind: str, index: int, path: tuple, text: str) -> Handbook:
    entries = list(getattr(HANDBOOK, kind))
    entries[index] = set_path(entries[index], path, text)
    return dataclasses.replace(HANDBOOK, **{kind: tuple(entries)})


def assert_clear(error: DataError, kind: str, index: int, path: tuple) -> None:
    entry = getattr(HANDBOOK, kind)[index]
    message = str(error)
    assert "\n" not in message, message
    assert f"{entry.label} '{entry.id}'" in message, message
    assert f"field '{path[0]}" in message, message


HANDBOOK_OUTPUT = every_renderer(HANDBOOK)


def test_the_real_handbook_renders_inert():
    """The baseline the property below leans on: blocks it leaves out are these."""
    for block in HANDBOOK_OUTPUT:
        assert_inert(block)


@given(target=st.sampled_from(TARGETS), text=hostile)
def test_validation_rejects_clearly_or_the_text_renders_inert(target, text):
    kind, index, path = target
    try:
        handbook = rebuilt_with(kind, index, path, text)
    except DataError as error:
        assert_clear(error, kind, index, path)
        return
    benign = every_renderer(rebuilt_with(kind, index, path, BENIGN))
    assert_all_inert(every_renderer(handbook), benign, unchanged=HANDBOOK_OUTPUT)


@given(target=st.sampled_from(TARGETS), text=dangerous)
def test_tags_template_syntax_and_hidden_characters_are_always_rejected(target, text):
    kind, index, path = target
    try:
        rebuilt_with(kind, index, path, text)
    except DataError as error:
        assert_clear(error, kind, index, path)
    else:
        raise AssertionError(f"{kind}[{index}].{path} accepted {text!r}")


@given(
    index=st.integers(0, len(HANDBOOK.sources) - 1),
    url=st.one_of(
        st.sampled_from(
            [
                "javascript:alert(1)",
                "http://www.bitget.com/",
                "data:text/html,x",
                "//www.bitget.com/",
                "https://evil.example/",
                "https://www.bitget.com.evil.example/",
                "https://bitget.site/",
                "ftp://www.bitget.com/",
            ]
        ),
        hostile.filter(lambda u: not u.startswith("https://")),
    ),
)
def test_source_urls_off_https_or_off_the_allowlist_are_rejected(index, url):
    sources = list(HANDBOOK.sources)
    sources[index] = dataclasses.replace(sources[index], url=url)
    try:
        dataclasses.replace(HANDBOOK, sources=tuple(sources))
    except DataError as error:
        assert f"source '{sources[index].id}', field 'url'" in str(error)
        assert "\n" not in str(error)
    else:
        raise AssertionError(f"source url {url!r} was accepted")
