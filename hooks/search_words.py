"""Hook: the words of this field that jieba's default dictionary splits or misses, and
the search index as readers meet it.

Material segments Chinese page text with jieba for search; `jieba_userdict.txt`
beside this file adds words such as 到账 or 二次验证. Loaded here rather than through
the search plugin's `jieba_dict_user`, which Material resolves against the working
directory: the build must work from any directory. The search plugin segments pages
after every on_config has run, so the words are in place in time.

After the build, the index Material wrote is written again:

- The channel comparison table (/channels/, `tr id="channel-<id>"`) becomes one entry
  per row: location `channels/#channel-<id>`, the channel's name as title, each cell
  under its column name as text. Material indexes a table as one run of text (every
  row, every cell, no column names), which a result showed as such. The page keeps the
  table itself out of the index (`data-search-exclude`); the rows are read from the
  built page, so the entries say what the table says.
- As UTF-8 JSON: Material's search plugin escapes every Chinese character (\\u4e2d, six
  bytes instead of three), which made the index about a fifth larger after gzip (the
  60 KiB budget, bench/budgets.json). The worker parses the same JSON either way.

Then the cross-script table: a query typed in the other script (繁體 on the Simplified
edition, 简体 on the 繁體中文 one, hooks/editions.py) in this edition's words, made from
OpenCC's dictionaries and the two editions' indexes (macros/hant.py `script_table`; the
繁體中文 index is this one converted, as hooks/zh_hant.py converts it after this hook). It
goes into this edition's copy of search-words.js, which loads when a search starts, as
JSON with \\u escapes: ASCII, which the 繁體中文 edition's conversion of the script leaves
as it is.

Hooks run after the plugins, so the search plugin has written the file; the offline
plugin copies it into a script after this hook (its on_post_build runs last), so the
offline copy searches the same index.
"""

from __future__ import annotations

import json
import logging
import re
from html import escape
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.exceptions import PluginError

USER_DICT = Path(__file__).with_name("jieba_userdict.txt")

# The comparison table: its page, and the id prefix of its rows (macros/render/channels.py channel_table).
CHANNELS_PAGE = "channels/index.md"
ROW_PREFIX = "channel-"
# Runs of Han characters, segmented as Material segments page text (its _segment_chinese:
# jieba's words, joined and surrounded by a zero-width space, which its separator splits at).
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
ZWSP = "\u200b"


def on_config(config):
    try:
        import jieba
    except ImportError:  # Material's search would not segment at all: fail loudly.
        raise PluginError("jieba is not installed; Chinese search needs it (see requirements.txt)") from None
    jieba.setLogLevel(logging.WARNING)
    jieba.load_userdict(str(USER_DICT))
    return config


def segment(text: str) -> str:
    """Han runs cut into jieba's words, as Material cuts the rest of the index."""
    import jieba

    return HAN.sub(lambda m: ZWSP + ZWSP.join(jieba.cut(m.group(0))) + ZWSP, text).strip(ZWSP)


class _Rows(HTMLParser):
    """The rows of the comparison table: (row id, channel name, [(column, text)], badge).

    The name is the row header's text outside its status span (badge and 来源 link);
    text inside `data-search-exclude` (a link's 离开本站 hint) is left out, as Material does.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[str, str, list[tuple[str, str]], str]] = []
        self._row = None  # [id, name, cells, badge]
        self._where: list[tuple[str, str]] = []  # (tag, role) of open elements inside a row

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr" and (attrs.get("id") or "").startswith(ROW_PREFIX):
            self._row = [attrs["id"].removeprefix(ROW_PREFIX), "", [], ""]
            self._where = []
            return
        if self._row is None:
            return
        classes = (attrs.get("class") or "").split()
        if "data-search-exclude" in attrs:
            role = "skip"
        elif tag == "td":
            role = "cell"
            self._row[2].append((attrs.get("data-label") or "", ""))
        elif "status" in classes:
            role = "badge"
        elif "channel-table__status" in classes:
            role = "status"
        else:
            role = ""
        self._where.append((tag, role))

    def handle_endtag(self, tag):
        if self._row is None:
            return
        if tag == "tr":
            self.rows.append(tuple(self._row))
            self._row = None
        elif self._where and self._where[-1][0] == tag:
            self._where.pop()

    def handle_data(self, data):
        if self._row is None:
            return
        roles = {role for _, role in self._where}
        if "skip" in roles:
            return
        if "badge" in roles:
            self._row[3] += data
        elif "cell" in roles:
            label, text = self._row[2][-1]
            self._row[2][-1] = (label, text + data)
        elif "status" not in roles:
            self._row[1] += data


def channel_rows(html: str, url: str) -> list[dict]:
    """The comparison table's rows as search entries (location, title, text); `url` is
    the page's (channels/, or channels/index.html in the offline copy)."""
    parser = _Rows()
    parser.feed(html)
    parser.close()
    entries = []
    for row_id, name, cells, badge in parser.rows:
        parts = [(label, " ".join(text.split())) for label, text in cells]
        if badge.strip():
            parts.append(("可信度", badge.strip()))
        text = "".join(f"<p>{escape(label, quote=False)}：{escape(value, quote=False)}</p>" for label, value in parts)
        entries.append(
            {
                "location": f"{url}#{ROW_PREFIX}{row_id}",
                "title": segment(escape(" ".join(name.split()), quote=False)),
                "text": segment(text),
            }
        )
    return entries


def split_channel_table(data: dict, html: str, url: str) -> dict:
    """The index with one entry per row of the comparison table, after the page's entries."""
    rows = channel_rows(html, url)
    if not rows:
        raise PluginError(f"{CHANNELS_PAGE}: no table rows with id {ROW_PREFIX}<id>; search cannot index them")
    docs = data["docs"]
    mine = [i for i, doc in enumerate(docs) if doc["location"].split("#")[0] == url]
    if not mine:
        raise PluginError(f"{CHANNELS_PAGE} ({url}) is not in the search index")
    boost = docs[mine[0]].get("boost")
    if boost is not None:
        for row in rows:
            row["boost"] = boost
    data["docs"] = docs[: mine[-1] + 1] + rows + docs[mine[-1] + 1 :]
    return data


# The comparison page as this build wrote it: its URL and HTML (on_post_page).
_channels: dict[str, str] = {}


def on_pre_build(config):
    _channels.clear()


def on_post_page(output, page, config):
    if page.file.src_uri == CHANNELS_PAGE:
        _channels.update(url=page.url, html=output)
    return output


# Where the table goes in search-words.js: the one line the build fills in.
SCRIPT = "assets/javascripts/search-words.js"
EMPTY_TABLE = "var SCRIPT_TABLE = { words: {}, chars: {} };"


def put_script_table(script: Path, table: dict) -> None:
    """Write `table` into search-words.js in place of its empty one."""
    text = script.read_text("utf-8")
    if text.count(EMPTY_TABLE) != 1:
        raise PluginError(f"docs/{SCRIPT}: expected the line {EMPTY_TABLE!r} once, for the cross-script table")
    filled = "var SCRIPT_TABLE = " + json.dumps(table, ensure_ascii=True, separators=(",", ":")) + ";"
    script.write_text(text.replace(EMPTY_TABLE, filled), "utf-8")


def on_post_build(config):
    site = Path(config["site_dir"])
    index = site / "search" / "search_index.json"
    if not index.is_file():
        return
    data = json.loads(index.read_text("utf-8"))
    if _channels:
        data = split_channel_table(data, _channels["html"], _channels["url"])
    index.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
    if (site / SCRIPT).is_file():
        from macros import hant  # hooks/data_check.py has put the project on the path

        tables = hant.script_table(data, hant.convert_search_index(data))
        edition = config.theme["language"]
        if edition not in tables:
            raise PluginError(f"theme.language {edition!r}: no cross-script table for it (macros/hant.py)")
        put_script_table(site / SCRIPT, tables[edition])
