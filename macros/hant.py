"""Simplified -> Traditional (Taiwan) for the 繁體中文 edition: text, HTML, scripts, search.

The Traditional edition is the Simplified one converted, never written by hand, so the two
cannot drift. What a reader sees is converted, and nothing else: URLs, ids, class names,
data-* values (but the two that are reader text), storage keys and code stay byte for byte.

How a text is converted, and why:

1. Glossary first (macros/glossary.py). Each key is replaced by a private-use placeholder,
   longest key first, so OpenCC never sees it: OpenCC's own custom dictionaries would pass a
   value through its later Taiwan-phrase step (用戶 would become 使用者 again).
2. OpenCC `s2twp` (Taiwan characters and phrasing) along jieba's cuts. Whole-text OpenCC
   matches its longest phrase across word boundaries and wrote 工單隻在 (工单|只在),
   提交併記下 (提交|并记下) and 官網上覆核 (官网|上|复核) on this site; converting jieba's words
   one by one, the same cuts as the search index, writes none of them.
3. Placeholders become the values; a value that starts or ends with a Latin letter gets a
   space where it meets Han text (用 Google 驗證器, 掃描 QR Code), as the copywriting rules ask,
   or a letter or digit (an e-mail address right before it stays what it was).

Convert once. s2twp is not idempotent once the glossary has spoken (it turns 用戶 into
使用者), so the build converts each output once: the final HTML of a page, the search
index, the copies of the scripts; never page content and then the page. What a second pass
would change is what `second_pass_changes` reports, for the build test.

Uses the process's jieba (Material's search loads the user words through
hooks/search_words.py before pages are built): the cuts are the index's cuts.

Imports opencc, jieba and the glossary; nothing of MkDocs.
"""

from __future__ import annotations

import collections
import difflib
import functools
import html
import json
import logging
import re
import subprocess
import tempfile
from collections.abc import Collection, Iterator
from pathlib import Path

from . import glossary

# Han characters (CJK unified ideographs, extension A, compatibility ideographs).
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN = re.compile(f"[{HAN_CLASS}]")
HAN_RUN = re.compile(f"[{HAN_CLASS}]+")
LATIN_EDGE = re.compile(r"[A-Za-z0-9]")
NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
# What a Latin word restored from the glossary is kept apart from by a space: Han text (the
# copywriting rules), a letter or digit (an address written right before it stays whole).
WORD_EDGE = re.compile(f"[{HAN_CLASS}A-Za-z0-9]")
# One private-use character stands in for each glossary key while OpenCC runs (6400 of them).
PLACEHOLDER_BASE = 0xE000
PLACEHOLDER = re.compile("[\ue000-\uf8ff]")
PLACEHOLDER_SPLIT = re.compile("([\ue000-\uf8ff])")
# Marks jieba's cuts while OpenCC runs: in no dictionary, so no phrase spans it.
CUT = "\U000f0000"
# Material's search index separates jieba's words with zero-width spaces: they cut the same way.
ZWSP = "\u200b"

# -- what in HTML is reader text ------------------------------------------------------

# Attributes a reader sees or hears, on any element.
TEXT_ATTRIBUTES = frozenset(
    {
        "title",
        "alt",
        "aria-label",
        "aria-description",
        "aria-roledescription",
        "aria-placeholder",
        "placeholder",
        "label",
    }
)
# data-* attributes that are reader text on this site, and only these: td[data-label] is the
# column name a narrow screen shows before each cell (site.css, content: attr(data-label));
# the composer's data-label and data-hint become its fields' labels and placeholders
# (composer.js), and the composer button's data-close its text while the form is open.
# Every other data-* value is an id or a key and stays as it is.
READER_DATA_ATTRIBUTES = frozenset({"data-label", "data-hint", "data-close"})
# <meta name|property=...> whose content is reader text (search results, link previews).
META_TEXT = frozenset(
    {"description", "author", "og:title", "og:description", "og:site_name", "twitter:title", "twitter:description"}
)
# <input type=...> whose value is the button's label.
BUTTON_INPUTS = frozenset({"button", "submit", "reset"})
# Elements whose text stays byte for byte outside <pre>: code a reader types or copies.
# Inside <pre> they are message templates, and converted.
KEEP_INLINE = frozenset({"code", "kbd", "samp", "var"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})

# A tag may hold ">" inside a quoted attribute value; a "<" that starts no tag is text's own.
_TAG_BODY = r"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*"""
TOKEN = re.compile(
    rf"<!--.*?-->|<(script|style)\b{_TAG_BODY}>.*?</\1\s*>|</?[A-Za-z!]{_TAG_BODY}>|<|[^<]+", re.S | re.I
)
TAG = re.compile(rf"<(/)?([A-Za-z][\w:-]*)({_TAG_BODY})>", re.S)
ATTRIBUTE = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"'=<`]+)))?""")
NO_TRANSLATE = re.compile(r"""\btranslate\s*=\s*["']?no\b""", re.I)
# <script type="application/json">: data a page's scripts read. Kept as it is, unless its id is
# one of the `data_blocks` the caller names: then its string values are reader text (the
# scripts' words, Material's translations), converted; keys and everything else stay.
DATA_SCRIPT = re.compile(rf"<script\b({_TAG_BODY})>(.*?)</script\s*>", re.S | re.I)
JSON_TYPE = re.compile(r"""\btype\s*=\s*["']?application/json\b""", re.I)
ELEMENT_ID = re.compile(r"""\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.I)
# A JSON string, and whether it is a key (a colon follows).
JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"(\s*:)?', re.S)
# What a JSON text inside <script> must not hold as it is (it could end the element).
SCRIPT_UNSAFE = re.compile("[<>&'\u2028\u2029]")


# ---------------------------------------------------------------------------
# OpenCC and the glossary, made once per process
# ---------------------------------------------------------------------------


@functools.cache
def _opencc(config: str):
    import opencc  # pinned in requirements.txt

    return opencc.OpenCC(config)


@functools.cache
def _jieba():
    import jieba  # pinned; Material's search segments with it too

    jieba.setLogLevel(logging.WARNING)
    return jieba


def _alternatives(patterns) -> re.Pattern:
    """One pattern matching any of `patterns`, tried in order; none: a pattern that never matches."""
    return re.compile("|".join(patterns) or "(?!)")


class _Glossary:
    """The overrides as patterns: a key in plain text, in raw HTML (&gt;), in a segmented index."""

    def __init__(self, overrides: tuple[glossary.Term, ...]):
        keys = sorted((t.simplified for t in overrides), key=len, reverse=True)  # longest first
        values = {t.simplified: t.traditional for t in overrides}
        self.value = {chr(PLACEHOLDER_BASE + i): values[k] for i, k in enumerate(keys)}
        self.placeholder = {k: chr(PLACEHOLDER_BASE + i) for i, k in enumerate(keys)}
        escaped = {html.escape(k, quote=False): k for k in keys}
        self.key_of = {**escaped, **{k: k for k in keys}}
        self.patterns = {
            "text": _alternatives(map(re.escape, keys)),
            "html": _alternatives(map(re.escape, escaped)),
            # A key may span the index's zero-width spaces (写明\u200b了).
            "index": _alternatives(f"{ZWSP}?".join(map(re.escape, e)) for e in escaped),
        }
        # The values, to tell a second pass's changes to them from any other.
        self.values_pattern = _alternatives(map(re.escape, sorted(set(values.values()), key=len, reverse=True)))

    def protect(self, text: str, form: str) -> str:
        return self.patterns[form].sub(lambda m: self.placeholder[self.key_of[m[0].replace(ZWSP, "")]], text)

    def restore(self, text: str, form: str) -> str:
        """Placeholders back to values; a space where a value's Latin edge meets a word."""
        out: list[str] = []
        after_value = False
        for piece in PLACEHOLDER_SPLIT.split(text):
            if not piece:
                continue
            is_value = piece in self.value
            word = self.value[piece] if is_value else piece
            if out:
                left, right = out[-1][-1], word[0]
                latin = (is_value and LATIN_EDGE.match(right)) or (after_value and LATIN_EDGE.match(left))
                if latin and WORD_EDGE.match(left) and WORD_EDGE.match(right):
                    out.append(" ")
            out.append(html.escape(word, quote=False) if is_value and form != "text" else word)
            after_value = is_value
        return "".join(out)


@functools.cache
def _glossary() -> _Glossary:
    return _Glossary(glossary.OVERRIDES)


# ---------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------


def _along_cuts(text: str, config: str) -> str:
    """OpenCC over jieba's words one by one: no phrase of OpenCC's spans two words."""
    jieba = _jieba()
    cut = HAN_RUN.sub(lambda m: CUT.join(jieba.cut(m[0])), text)
    return _opencc(config).convert(cut).replace(CUT, "")


@functools.lru_cache(maxsize=1 << 16)  # navigation, header and footer repeat on every page
def _convert(text: str, form: str) -> str:
    """Convert one text: "text" (plain), "html" (raw HTML text), "index" (search index text)."""
    if not HAN.search(text):
        return text
    if PLACEHOLDER.search(text):
        raise ValueError(f"text holds a private-use character, which the converter uses: {text[:40]!r}")
    words = _glossary()
    protected = words.protect(text, form)
    if form == "index":  # cut already: its zero-width spaces stop OpenCC's phrases the same way
        return words.restore(_opencc("s2twp").convert(protected), form)
    return words.restore(_along_cuts(protected, "s2twp"), form)


def convert_text(text: str) -> str:
    """Plain text (a sentence of the data, a site name) in the edition's words."""
    return _convert(text, "text")


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------


def _attribute_value(match: re.Match) -> tuple[str | None, int]:
    """The value of an ATTRIBUTE match and where it starts, or (None, -1) for a bare name."""
    for group in (2, 3, 4):
        if match[group] is not None:
            return match[group], match.start(group)
    return None, -1


def _reader_attributes(name: str, attributes: str) -> set[str]:
    """Which attributes of this start tag hold reader text."""
    names = set(TEXT_ATTRIBUTES | READER_DATA_ATTRIBUTES)
    values = {m[1].lower(): _attribute_value(m)[0] for m in ATTRIBUTE.finditer(attributes)}
    if name == "meta" and (values.get("name") or values.get("property") or "").lower() in META_TEXT:
        names.add("content")
    if name == "input" and (values.get("type") or "").lower() in BUTTON_INPUTS:
        names.add("value")
    return names


def _data_block(piece: str) -> tuple[str, int] | None:
    """(id, where its JSON starts) of a <script type="application/json"> element, or None."""
    match = DATA_SCRIPT.fullmatch(piece)
    if not match or not JSON_TYPE.search(match[1]):
        return None
    found = ELEMENT_ID.search(match[1])
    return (next(g for g in found.groups() if g is not None) if found else ""), match.start(2)


def _walk(markup: str, data_blocks: Collection[str] = ()) -> Iterator[tuple[str, str, str, int]]:
    """Every piece of `markup` in order, as (kind, piece, tag name, where its attributes start).

    kind: "text" (reader text), "kept" (text that stays: inline code, translate="no"),
    "tag" (a start tag: its reader attributes are converted, nothing else of it), "data"
    (a JSON <script> whose id is in `data_blocks`: its string values are reader text; the
    name is its id, the position where its JSON starts), "other" (end tags, comments,
    other <script> and <style> elements, doctype). Joined, the pieces are `markup` again.
    """
    kept: list[str] = []  # open elements whose text stays as it is
    pre = 0  # open <pre> elements
    for token in TOKEN.finditer(markup):
        piece = token[0]
        if not piece.startswith("<"):
            yield ("kept" if kept else "text"), piece, "", 0
            continue
        tag = TAG.fullmatch(piece)
        if token[1] or not tag:  # script, style, comment, doctype
            block = _data_block(piece) if data_blocks and (token[1] or "").lower() == "script" else None
            if block and block[0] in data_blocks:
                yield "data", piece, block[0], block[1]
            else:
                yield "other", piece, "", 0
            continue
        closing, name, self_closing = tag[1], tag[2].lower(), tag[3].rstrip().endswith("/")
        if closing:
            if name == "pre":
                pre = max(0, pre - 1)
            if kept and kept[-1] == name:
                kept.pop()
            yield "other", piece, name, 0
            continue
        if name == "pre":
            pre += 1
        if name not in VOID and not self_closing:
            keep = (name in KEEP_INLINE and not pre) or NO_TRANSLATE.search(tag[3])
            if keep or (kept and kept[-1] == name):  # the same element nested in a kept one counts too
                kept.append(name)
        yield "tag", piece, name, tag.start(3)


def _han_attributes(piece: str, name: str, at: int, *, readable: bool) -> Iterator[tuple[str, str, int]]:
    """(attribute, value, where the value starts in piece) for each attribute of a start tag
    with Han text in its value: those that are reader text (readable=True), or the others."""
    attributes = piece[at:]
    names = _reader_attributes(name, attributes)
    for match in ATTRIBUTE.finditer(attributes):
        value, start = _attribute_value(match)
        if value is not None and HAN.search(value) and (match[1].lower() in names) == readable:
            yield match[1], value, at + start


def _convert_tag(piece: str, name: str, at: int, form: str) -> str:
    """A start tag with the values of its reader attributes converted, the rest byte for byte."""
    out, last = [], 0
    for _, value, start in _han_attributes(piece, name, at, readable=True):
        out += [piece[last:start], _convert(value, form)]
        last = start + len(value)
    return "".join(out) + piece[last:]


def _json_values(data: str) -> Iterator[tuple[re.Match, str]]:
    """(match, decoded value) for each string value (not key) of a JSON text that holds Han text."""
    for match in JSON_STRING.finditer(data):
        if not match[1]:
            value = json.loads(match[0])
            if HAN.search(value):
                yield match, value


def _script_safe(encoded: str) -> str:
    return SCRIPT_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", encoded)


def _convert_data(piece: str, at: int) -> str:
    """A JSON <script> element with its string values converted: each value written again as
    it was written (escaped or not), and nothing in it that could end the element."""
    out, last = [piece[:at]], at
    for match, value in _json_values(piece[at:]):
        ascii_only = not NON_ASCII_RUN.search(match[0])  # as \uXXXX escapes (Jinja's tojson)
        encoded = json.dumps(convert_text(value), ensure_ascii=ascii_only)
        out += [piece[last : at + match.start()], _script_safe(encoded)]
        last = at + match.end()
    return "".join(out) + piece[last:]


def _convert_markup(markup: str, form: str, data_blocks: Collection[str] = ()) -> str:
    out = []
    for kind, piece, name, at in _walk(markup, data_blocks):
        if kind == "text":
            out.append(_convert(piece, form))
        elif kind == "tag" and HAN.search(piece):
            out.append(_convert_tag(piece, name, at, form))
        elif kind == "data":
            out.append(_convert_data(piece, at))
        else:
            out.append(piece)
    return "".join(out)


def convert_html(markup: str, data_blocks: Collection[str] = ()) -> str:
    """A page or fragment with its reader text converted; every other byte as it was.

    Converted: text (also in <pre>: message templates are reader text), the values of
    reader attributes (TEXT_ATTRIBUTES, READER_DATA_ATTRIBUTES, meta description, input
    button labels), and the string values of the JSON <script> elements whose id is in
    `data_blocks` (the words the page's scripts show). Kept: other <script> and <style>
    elements, comments, inline code outside <pre>, elements marked translate="no", every
    other attribute (href, src, id, class, data-*) and every JSON key.
    """
    return _convert_markup(markup, "html", data_blocks)


def reader_texts(markup: str, data_blocks: Collection[str] = ()) -> Iterator[str]:
    """The reader text of `markup` that holds Han characters, as convert_html finds it (raw:
    entities as written): text, reader attribute values and the string values of the
    `data_blocks` (decoded). For the build's second-pass check."""
    for kind, piece, name, at in _walk(markup, data_blocks):
        if kind == "text" and HAN.search(piece):
            yield piece
        elif kind == "tag" and HAN.search(piece):
            yield from (value for _, value, _ in _han_attributes(piece, name, at, readable=True))
        elif kind == "data":
            yield from (value for _, value in _json_values(piece[at:]))


def han_attributes_kept(markup: str, data_blocks: Collection[str] = ()) -> list[str]:
    """Attributes holding Han text that convert_html leaves as they are, as 'tag attribute="value"',
    and JSON <script> elements with Han text that are not `data_blocks`, as 'script#id'.

    For the build test: an attribute with reader text that READER_DATA_ATTRIBUTES and the
    lists above do not know, or a new block of script words, shows up here instead of
    staying Simplified unnoticed.
    """
    found = []
    for kind, piece, name, at in _walk(markup, data_blocks):
        if kind == "tag" and HAN.search(piece):
            found += [f'{name} {a}="{v}"' for a, v, _ in _han_attributes(piece, name, at, readable=False)]
        elif kind == "other" and piece[:7].lower() == "<script":
            block = _data_block(piece)
            if block and any(_json_values(piece[block[1] :])):
                found.append(f"script#{block[0]}")
    return found


# ---------------------------------------------------------------------------
# Scripts and the search index
# ---------------------------------------------------------------------------


def convert_js(source: str) -> str:
    """One of our scripts with its reader text converted.

    JavaScript's syntax is ASCII, and our scripts use no non-ASCII names, so every run of
    non-ASCII characters is inside a string, a template, a regular expression or a comment:
    converting the runs converts the messages and leaves the code (storage keys, selectors,
    ids) alone. Glossary values hold no quote, backslash or line break (macros/glossary.py
    checks), so every string still ends where it did. Not for generated scripts that hold
    data (composer-rules.js: the BIP-39 word lists must stay as they are).
    """
    return NON_ASCII_RUN.sub(lambda m: _convert(m[0], "text"), source)


def convert_search_index(index: dict) -> dict:
    """Material's search index (search_index.json, parsed) for the edition: title and text.

    Material built the index from the Simplified pages, cut into jieba's words with
    zero-width spaces between them; each word is converted on its own (a glossary key may
    span them), so the edition's index keeps the same cuts and both editions rank alike.
    """
    docs = [
        {**doc, **{f: _convert_markup(doc[f], "index") for f in ("title", "text") if isinstance(doc.get(f), str)}}
        for doc in index.get("docs", [])
    ]
    return {**index, "docs": docs}


# ---------------------------------------------------------------------------
# Cross-script search: a query in the other script, in the edition's words
# ---------------------------------------------------------------------------


def _opencc_dictionary(name: str) -> dict[str, list[str]]:
    """One of OpenCC's dictionaries (STCharacters, TWVariants ...) as {text: [candidates]}.

    Exported with opencc_dict, the tool shipped in the opencc wheel, so the tables come from
    the same dictionaries as the conversion, at whatever version requirements.txt pins.
    """
    import opencc

    clib = Path(opencc.__file__).parent / "clib"
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"{name}.txt"
        command = [clib / "bin" / "opencc_dict", "-i", clib / "share" / "opencc" / f"{name}.ocd2", "-o", out]
        subprocess.run([*map(str, command), "-f", "ocd2", "-t", "text"], check=True, capture_output=True)
        lines = out.read_text("utf-8").splitlines()
    return {key: value.split(" ") for key, value in (line.split("\t", 1) for line in lines if "\t" in line)}


@functools.cache
def _character_tables() -> dict[str, dict[str, list[str]]]:
    """OpenCC's character tables, with the glossary's one-character words in both directions
    (账 -> 帳: so 帳 is also 账, and 帐, whose Traditional form is 帳, finds 账 too)."""
    names = ("STCharacters", "TSCharacters", "TWVariants", "TWVariantsRev", "HKVariants", "HKVariantsRev")
    tables = {name: _opencc_dictionary(name) for name in names}
    for term in glossary.OVERRIDES:
        if len(term.simplified) == len(term.traditional) == 1:
            for table, key, value in (
                ("STCharacters", term.simplified, term.traditional),
                ("TSCharacters", term.traditional, term.simplified),
            ):
                forms = tables[table].setdefault(key, [key] if key in tables[table] else [])
                if value not in forms:
                    forms.insert(0, value)
    return tables


def _characters(index: dict) -> collections.Counter:
    return collections.Counter(
        c for doc in index.get("docs", []) for f in ("title", "text") for c in doc.get(f, "") if HAN.match(c)
    )


def _simplified_forms(char: str, tables: dict) -> list[str]:
    """The Simplified forms of a Traditional character (through its standard form for a
    variant), and the other Simplified forms of a Simplified one (帐 -> 帳 -> 账)."""
    standard = [char]
    for reverse in ("TWVariantsRev", "HKVariantsRev"):
        standard += tables[reverse].get(char, [])
    forms = [s for t in standard for s in tables["TSCharacters"].get(t, [t])]
    return forms + [s for t in tables["STCharacters"].get(char, []) for s in tables["TSCharacters"].get(t, [t])]


def _traditional_forms(char: str, tables: dict) -> list[str]:
    """The Traditional forms of a character: OpenCC's standard ones and their Taiwan and Hong Kong variants."""
    forms = []
    for simplified in [char, *_simplified_forms(char, tables)]:
        for standard in tables["STCharacters"].get(simplified, [simplified]):
            forms += [standard, *tables["TWVariants"].get(standard, []), *tables["HKVariants"].get(standard, [])]
    return forms


def _foreign(char: str, table: dict[str, list[str]]) -> bool:
    """Whether OpenCC converts `char` away in every use (个 -> 個; not 干, which stays in 干擾)."""
    return char in table and char not in table[char]


def _character_table(counts: collections.Counter, forms, foreign, tables: dict) -> dict[str, str]:
    """{character: the form the edition's index uses}, for query characters of the other script.

    A character maps when the index lacks it, or when it belongs to the other script only and
    the index has its form more often (a Traditional title quoted on the Simplified site puts
    帳 in its index, rarely). A character both scripts write (干, 里) is never mapped where the
    index has it: 干擾 typed on the Traditional edition stays 干擾. Only characters that lead
    somewhere the index has: a query character the index lacks cannot match anything, so
    nothing the search could find is lost. Where several forms occur (复 -> 復, 複, 覆), the
    most frequent wins; the word table covers the rest.
    """
    candidates = set(tables["STCharacters"]) | set(tables["TSCharacters"])
    for name in ("TWVariantsRev", "HKVariantsRev"):
        candidates |= set(tables[name])
    table = {}
    for char in sorted(candidates):
        found = [f for f in forms(char, tables) if f in counts and f != char]
        if not found:
            continue
        best = max(found, key=lambda f: (counts[f], f))
        if char not in counts or (foreign(char) and counts[best] > counts[char]):
            table[char] = best
    return table


def _charwise(word: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in word)


def _index_words(index: dict) -> collections.Counter:
    """The words of an index (its zero-width-space cuts) that hold Han text, with their counts."""
    return collections.Counter(
        word
        for doc in index.get("docs", [])
        for field in ("title", "text")
        for word in (re.sub(r"<[^>]*>", "", w).strip() for w in doc.get(field, "").split(ZWSP))
        if HAN.search(word)
    )


def _word_table(pairs: collections.Counter, chars: dict[str, str], index_words: collections.Counter) -> dict[str, str]:
    """{query word: index word} for the words the character table gets wrong (登录 -> 登入).

    A word the index itself has is left as the reader typed it (新增 is Simplified too), and
    an index word that holds a mapped word maps to itself, so the longest-first rewrite keeps
    it whole (使用者名稱 is not 用戶名稱 on the Traditional edition).
    """
    best: dict[str, tuple[int, str]] = {}
    for (typed, meant), count in pairs.items():
        wrong = HAN.search(typed) and HAN.search(meant) and _charwise(typed, chars) != meant
        if wrong and typed not in index_words and (typed not in best or count > best[typed][0]):
            best[typed] = (count, meant)
    table = {typed: meant for typed, (_, meant) in best.items()}
    table.update({word: word for word in index_words for typed in best if typed in word and word != typed})
    return dict(sorted(table.items()))


def script_table(index_simplified: dict, index_traditional: dict) -> dict[str, dict[str, dict[str, str]]]:
    """Per edition, the table that turns a query in the other script into the edition's words.

    {"zh-Hans": {"words": ..., "chars": ...}, "zh-Hant": {...}}: the Simplified edition maps
    Traditional queries (Taiwan, Hong Kong and OpenCC's standard forms) to its words, the
    Traditional edition maps Simplified ones. Words first (longest first), then characters:
    many differences are words (登录 / 登入, 提现 / 提領, 邮箱 / 電子信箱), which a character
    table alone would turn into 登錄, a word the Traditional index does not have.
    Both indexes as the build writes them: the Simplified one as Material made it, the
    Traditional one by convert_search_index from it.
    """
    tables = _character_tables()
    hans, hant = _characters(index_simplified), _characters(index_traditional)
    chars = {
        "zh-Hans": _character_table(hans, _simplified_forms, lambda c: _foreign(c, tables["TSCharacters"]), tables),
        "zh-Hant": _character_table(hant, _traditional_forms, lambda c: _foreign(c, tables["STCharacters"]), tables),
    }
    # Each Simplified index word as the Traditional index writes it (convert_search_index
    # converts them one by one), and the glossary's words, which may span two index words.
    words_hans, words_hant = _index_words(index_simplified), _index_words(index_traditional)
    to_hant = collections.Counter({(word, _convert(word, "index")): n for word, n in words_hans.items()})
    to_hant.update({(t.simplified, t.traditional): 1 for t in glossary.OVERRIDES})
    to_hans = collections.Counter({(b, a): n for (a, b), n in to_hant.items()})
    for form in glossary.READER_FORMS:
        to_hans[(form.typed, form.simplified)] += 1
        to_hant[(form.typed, convert_text(form.simplified))] += 1
    return {
        "zh-Hans": {
            "words": _word_table(to_hans, chars["zh-Hans"], words_hans),
            "chars": chars["zh-Hans"],
        },
        "zh-Hant": {
            "words": _word_table(to_hant, chars["zh-Hant"], words_hant),
            "chars": chars["zh-Hant"],
        },
    }


# ---------------------------------------------------------------------------
# The check for the build: nothing Simplified left, nothing converted twice
# ---------------------------------------------------------------------------


def second_pass_changes(converted: str) -> list[tuple[str, str]]:
    """What OpenCC `s2tw` would still change in converted text, outside glossary values.

    [] for text the edition may show: every Simplified character was converted, and
    nothing s2twp's phrase layer wrote differs from plain Taiwan characters but a glossary
    value (寫明了, which s2tw would turn into 寫明瞭: allowed, the glossary decided it).
    Along jieba's cuts, as the conversion ran (whole-text s2tw reads 有只 in 有沒有只提領 as
    "a (measure word)" and writes 隻). Uses s2tw, not s2t: s2t would turn Taiwan's 群 into 羣.
    Returns (was, would be) pairs.
    """
    if not HAN.search(converted):
        return []
    masked = _glossary().values_pattern.sub(lambda m: "\ue000" * len(m[0]), converted)
    again = _along_cuts(masked, "s2tw")
    matcher = difflib.SequenceMatcher(None, masked, again, autojunk=False)
    return [(masked[i1:i2], again[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]
