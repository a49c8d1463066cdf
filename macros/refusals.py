"""The message composer's refusal rules, defined once: which values look like a secret.

A reader fills the composer on a problem page; a value that looks like a password, a
code, a private key, a seed phrase or another secret is refused (an alert, and the
value never reaches the preview, the clipboard or storage). Here are the rules as data:
the label words, the messages, the thresholds and which fields take an amount or a TxID.
The one detector that applies them is docs/assets/javascripts/composer-check.js (it
runs in the reader's browser); tests/unit/test_refusals.py runs that same file under
Node.js over one case table (tests/refusal_cases.py).

- `script()` is the generated assets/javascripts/composer-rules.js (hooks/composer_rules.py
  writes it at build time): these rules and the BIP-39 word lists of the pinned
  `mnemonic` package (English, 简体中文, 繁體中文). composer.js loads it and the
  detector only when the reader starts using a composer, as scripts (a fetch of a
  local file fails in the offline copy, which runs from file://).
- model.py refuses a template placeholder that names a label word (【登录密码】).
- macros/render/composer.py gives a field its allowances from the words of its name (ALLOWANCES).

Pure: no MkDocs, nothing of the project but this file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources

# What the reader is told, by kind of secret; the detector adds KEPT_OUT.
MESSAGES = {
    "code": "这像是验证码。验证码只在官网或官方 App 里自己输入，不要写进任何消息：真正的客服不会要它。",
    "seed": "这像是助记词。有了助记词就能拿走你的资产：不要写给任何人，包括客服。",
    "key": "这像是私钥。有了私钥就能拿走你的资产：不要写给任何人，包括客服。",
    "secret": "这像是 API 密钥（Secret）或别的密钥。有了它别人就能操作你的账户：不要写给任何人，包括客服。",
    "totp": (
        "这像是谷歌验证器的密钥（设置二次验证时显示的那串字母和数字）。"
        "有了它就能生成你的验证码：不要写给任何人，包括客服。"
    ),
    "password": "这像是密码。不要在任何消息里写出密码，客服不需要它。",
}
KEPT_OUT = "这一栏不会进入预览，也不会保存。"

# Label words, by the kind of secret they name (lower case; matched after NFKC, so
# full-width letters count), in both scripts: a reader may type either on either edition
# of the site (the 繁體中文 one is converted, macros/hant.py; tests/unit/test_hant.py checks
# that every Simplified word's Traditional forms are here, Taiwan's 金鑰 and 程式碼 too).
# A label followed by a value is refused whatever the field allows:
# 「密码：Abc12345」「我的密码是Abc12345」「pwd: …」「验证码 482913」.
# Latin words match as whole words. The same words may not appear in a template
# placeholder (model.py): no field may ask for a secret.
LABELS: dict[str, tuple[str, ...]] = {
    "password": ("密码", "密碼", "口令", "password", "passwd", "pwd", "passcode", "passphrase"),
    "code": (
        "验证码",
        "驗證碼",
        "动态码",
        "動態碼",
        "验证器代码",
        "驗證器代碼",
        "驗證器程式碼",
        "恢复码",
        "恢復碼",
        "备份码",
        "備份碼",
        "2fa code",
        "otp",
        "verification code",
    ),
    "key": ("私钥", "私鑰", "private key", "privkey"),
    "secret": ("密钥", "密鑰", "金鑰", "api secret", "secret key", "secret"),
    "seed": ("助记词", "助記詞", "恢复短语", "恢復短語", "mnemonic", "seed phrase", "recovery phrase", "seed"),
}
# Between a label and its value. A strong one (「：」「是」) takes any value; after a weak
# one ("is", a space, nothing) the value must hold a digit or a symbol, so that
# 「密码 Google 验证器」 and "The verification code is incorrect" pass. A Latin label
# needs a connector ("password reset link" passes).
STRONG_CONNECTORS = (":", "=", "是", "为", "為")
WEAK_CONNECTORS = ("is", "was")

# Chinese numbers that may number the words of an English phrase (「一、abandon 二、ability」):
# between English list words they do not break the run.
NUMBERING = "一二三四五六七八九十百零〇第个個"

# Fields whose name holds one of these words take what the shape rules would otherwise
# stop, for an item that is exactly that (an amount may have 6 digits, a TxID is 64
# hex characters or, on Solana, 86-88 base58 ones). An item is the whole value or one
# part of it between line breaks or 「，；、｜」, with an optional name before a colon
# (「TxID：0x…」). A value that names a secret (a label) gets no allowance.
ALLOWANCES: dict[str, tuple[str, ...]] = {"amount": ("数量", "金额"), "txid": ("txid",)}

# Thresholds of the shape rules (composer-check.js applies them).
THRESHOLDS = {
    # A seed phrase: this many list words in a row, or more, whatever lies between
    # them (spaces, 「；」「｜」「/」, numbers, 「①」).
    "seedWords": 12,
    # Han characters typed without spaces read like a sentence of the most common
    # characters, which the Chinese lists are: a run of list characters counts only
    # when the mean of ln(1 + rank in the list) over it reaches this. Measured on this
    # site's own text and the source article: every run of 12 or more list
    # characters stays below 6.2; random 12-word phrases average 6.63 (sd 0.29): at
    # 6.25 about 9 in 10 are caught unspaced, and all of them spaced or labelled.
    "hanMeanLogRank": 6.25,
    # A code: this many digits alone, or in groups of at most 3 (「123 456」「123-456」).
    "codeDigits": 6,
    # A private key in hex: this many hex digits, whole or in groups over lines.
    "hexKeyDigits": 64,
    # A TOTP secret in base32: this many characters in one piece (upper case), or
    # groups of 4 (either case), at least 4 of them.
    "totpChars": 16,
    # A long token of upper and lower case letters and digits (an API secret, an
    # extended or Solana private key); longer than any address (Solana 44, EVM 42,
    # Polkadot 48).
    "tokenChars": 50,
    # A value after a label: at least this many characters.
    "labelledValue": 4,
}

# The BIP-39 word lists: English, 简体中文 and 繁體中文, as the reference implementation
# ships them. A Chinese list is ordered by how common a character is (的 一 是 …).
WORD_LISTS = ("english", "chinese_simplified", "chinese_traditional")
RULES_GLOBAL = "accountHelpComposerRules"


def word_list(language: str) -> list[str]:
    """One BIP-39 list from the pinned `mnemonic` package, 2048 words in list order."""
    text = resources.files("mnemonic").joinpath("wordlist", f"{language}.txt").read_text("utf-8")
    words = [w.strip() for w in text.splitlines() if w.strip()]
    if len(words) != 2048:
        raise ValueError(f"mnemonic word list {language!r} has {len(words)} words, not 2048")
    return words


def payload(reader_text: Callable[[str], str] = str) -> dict:
    """Everything the detector needs to refuse a value, as JSON data. `reader_text` turns
    what the reader is told into the edition's script (the 繁體中文 edition: hant.convert_text);
    the label words and word lists stay as they are."""
    return {
        "messages": {kind: reader_text(message) for kind, message in MESSAGES.items()},
        "keptOut": reader_text(KEPT_OUT),
        "labels": LABELS,
        "strongConnectors": STRONG_CONNECTORS,
        "weakConnectors": WEAK_CONNECTORS,
        "thresholds": THRESHOLDS,
        "numbering": NUMBERING,
        # English: one string, words apart by a space. Chinese: one string per list,
        # one character per word, in list order (the order is the rank).
        "latinWords": " ".join(word_list("english")),
        "hanWords": ["".join(word_list(name)) for name in WORD_LISTS[1:]],
    }


def script(reader_text: Callable[[str], str] = str) -> str:
    """The generated assets/javascripts/composer-rules.js (`reader_text`: see payload)."""
    data = json.dumps(payload(reader_text), ensure_ascii=False, separators=(",", ":"))
    return (
        # hooks/postbuild.py does not read a script opening with "// Data only" for class names.
        "// Data only: the message composer's refusal rules and the BIP-39 word lists, generated\n"
        "// at build time by hooks/composer_rules.py from macros/refusals.py. Do not edit.\n"
        f"window.{RULES_GLOBAL} = {data};\n"
    )


def allowances(field_name: str) -> tuple[str, ...]:
    """The allowances of a composer field, from the words of its name."""
    lower = field_name.lower()
    return tuple(kind for kind, words in ALLOWANCES.items() if any(word in lower for word in words))


def names_a_secret(text: str) -> bool:
    """Whether a text (a template placeholder) names one of the label words."""
    lower = text.lower()
    return any(word in lower for words in LABELS.values() for word in words)
