"""Hook: the words of this field that jieba's default dictionary splits or misses.

Material segments Chinese page text with jieba for search; `jieba_userdict.txt`
beside this file adds words such as 到账 or 二次验证. Loaded here rather than through
the search plugin's `jieba_dict_user`, which Material resolves against the working
directory: the build must work from any directory. The search plugin segments pages
after every on_config has run, so the words are in place in time.
"""

from __future__ import annotations

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
