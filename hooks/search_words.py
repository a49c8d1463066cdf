"""Hook: the words of this field that jieba's default dictionary splits or misses.

Material segments Chinese page text with jieba for search; `jieba_userdict.txt`
beside this file adds words such as 到账 or 二次验证. Loaded here rather than through
the search plugin's `jieba_dict_user`, which Material resolves against the working
directory: the build must work from any directory. The search plugin segments pages
after every on_config has run, so the words are in place in time.

After the build, the index Material wrote is written again as UTF-8 JSON: Material's
search plugin escapes every Chinese character (\\u4e2d, six bytes instead of three),
which made the index about a fifth larger after gzip (the 60 KiB budget, bench/budgets.json).
The worker parses the same JSON either way. Hooks run after the plugins, so the search
plugin has written the file; the offline copy's index (the offline plugin turns it into a
script before this runs) is left as it is.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

USER_DICT = Path(__file__).with_name("jieba_userdict.txt")


def on_config(config):
    try:
        import jieba
    except ImportError:  # Material's search would not segment at all: fail loudly.
        raise PluginError("jieba is not installed; Chinese search needs it (see requirements.txt)") from None
    jieba.setLogLevel(logging.WARNING)
    jieba.load_userdict(str(USER_DICT))
    return config


def on_post_build(config):
    index = Path(config["site_dir"]) / "search" / "search_index.json"
    if index.is_file():
        data = json.loads(index.read_text("utf-8"))
        index.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
