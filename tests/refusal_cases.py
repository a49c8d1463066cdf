"""The composer's refusal cases, one table for the unit tests (the detector under
Node.js, tests/unit/test_refusals.py) and the browser tests (the real pages,
tests/browser/test_composer.py).

A case is (id, value, allowances, kind): `kind` is what the value is refused as
("code", "seed", "key", "secret", "totp", "password"), or None for a value that
must pass. Allowances are those of the field it is typed into: () for a plain field,
("amount",) for 数量, ("txid",) for TxID, ("amount", "txid") for the hacked page's
不是我做的交易.
"""

from __future__ import annotations

import base64
import hashlib
import random
import string

from mnemonic import Mnemonic

ENGLISH = Mnemonic("english").wordlist
SIMPLIFIED = Mnemonic("chinese_simplified").wordlist
TRADITIONAL = Mnemonic("chinese_traditional").wordlist

SEED_12 = " ".join(ENGLISH[:12])  # abandon ability able … accident
WORDS_24 = ENGLISH[:12] + ENGLISH[100:112]
HAN_12 = SIMPLIFIED[:12]  # 的 一 是 在 不 了 有 和 人 这 中 大
# A random phrase (fixed entropy), typed without spaces: unlike the top of the list,
# it does not read like a sentence of common characters.
HAN_DRAWN = Mnemonic("chinese_simplified").to_mnemonic(hashlib.sha256(b"composer-0").digest()[:16]).replace(" ", "")

KEY = hashlib.sha256(b"not a real key").hexdigest()  # 64 hex digits, like a private key
TXID = hashlib.sha256(b"not a real transaction").hexdigest()
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"  # the well-known example key
WIF_L = "L1aW4aubDFB7yfras2S1mN3bqg9nwySY8nkoLmJebSLD5BWv3ENZ"
TOTP_16 = "JBSWY3DPEHPK3PXP"  # the usual example secret
TOTP_32 = base64.b32encode(hashlib.sha1(b"not a real totp secret").digest()).decode()
_RANDOM = random.Random(21)
API_SECRET = "".join(_RANDOM.choice(string.ascii_letters + string.digits) for _ in range(64))
# A Solana transaction signature: base58, 88 characters (a TxID there).
SOLANA_TXID = "5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW"


def fullwidth(text: str) -> str:
    """As a Chinese keyboard types it: full-width letters, digits and spaces."""
    return "".join("\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def groups(text: str, size: int, sep: str = " ") -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


CHINESE_NUMBERS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
PLAIN: tuple[str, ...] = ()
AMOUNT = ("amount",)
TXID_FIELD = ("txid",)
HACKED = ("amount", "txid")

REFUSED: list[tuple[str, str, tuple[str, ...], str]] = [
    # Seed phrases in English, as phones and readers type them.
    ("seed-12", SEED_12, PLAIN, "seed"),
    ("seed-24", " ".join(WORDS_24), PLAIN, "seed"),
    ("seed-first-word-capitalised", SEED_12.capitalize(), PLAIN, "seed"),
    ("seed-capitals", SEED_12.upper(), PLAIN, "seed"),
    ("seed-full-width", fullwidth(SEED_12), PLAIN, "seed"),
    ("seed-label-colon", "助记词：" + SEED_12, PLAIN, "seed"),
    ("seed-label-touching", "我的助记词是" + SEED_12, PLAIN, "seed"),
    ("seed-13-words", SEED_12 + " zoo", PLAIN, "seed"),
    ("seed-one-word-around", "please check " + SEED_12 + " thanks", PLAIN, "seed"),
    ("seed-semicolons", "；".join(SEED_12.split()), PLAIN, "seed"),
    ("seed-bars", "｜".join(SEED_12.split()), PLAIN, "seed"),
    ("seed-slashes", "/".join(SEED_12.split()), PLAIN, "seed"),
    ("seed-circled-numbers", "".join(f"{chr(0x2460 + i)}{w}" for i, w in enumerate(SEED_12.split())), PLAIN, "seed"),
    ("seed-numbered-colon", "\n".join(f"{n}：{w}" for n, w in enumerate(SEED_12.split(), 1)), PLAIN, "seed"),
    ("seed-numbered-dot", " ".join(f"{n}. {w}" for n, w in enumerate(SEED_12.split(), 1)), PLAIN, "seed"),
    (
        "seed-chinese-numbers",
        " ".join(f"{n}、{w}" for n, w in zip(CHINESE_NUMBERS, SEED_12.split(), strict=True)),
        PLAIN,
        "seed",
    ),
    ("seed-right-to-left-mark", "\u200f" + SEED_12, PLAIN, "seed"),
    ("seed-override-mark", "\u202e" + SEED_12 + "\u202c", PLAIN, "seed"),
    ("seed-zero-width-inside", SEED_12.replace("ab", "a\u200bb"), PLAIN, "seed"),
    ("seed-in-amount-field", SEED_12, AMOUNT, "seed"),
    # Seed phrases in Chinese characters.
    ("han-seed-spaced", " ".join(HAN_12), PLAIN, "seed"),
    ("han-seed-traditional-spaced", " ".join(TRADITIONAL[:12]), PLAIN, "seed"),
    ("han-seed-numbered", " ".join(f"{n}.{w}" for n, w in enumerate(HAN_12, 1)), PLAIN, "seed"),
    ("han-seed-circled", "".join(f"{chr(0x2460 + i)}{w}" for i, w in enumerate(HAN_12)), PLAIN, "seed"),
    ("han-seed-commas", "，".join(HAN_12), PLAIN, "seed"),
    ("han-seed-label-unspaced", "助记词：" + "".join(HAN_12), PLAIN, "seed"),
    ("han-seed-drawn-unspaced", HAN_DRAWN, PLAIN, "seed"),
    ("han-seed-with-a-label-around", "我的助记词 " + " ".join(HAN_12), PLAIN, "seed"),
    # Codes as SMS shows them and as readers type them.
    ("code-alone", "123456", PLAIN, "code"),
    ("code-in-text", "验证码是 654321", PLAIN, "code"),
    ("code-sms-spaced", "123 456", PLAIN, "code"),
    ("code-dashed", "123-456", PLAIN, "code"),
    ("code-pairs", "12 34 56", PLAIN, "code"),
    ("code-full-width", "验证码：１２３４５６", PLAIN, "code"),
    ("code-full-width-alone", "１２３４５６", PLAIN, "code"),
    ("code-labelled-short", "验证码 48291", PLAIN, "code"),
    ("code-end-of-sentence", "收到的数字是482913。", PLAIN, "code"),
    ("code-in-txid-field", "123456", TXID_FIELD, "code"),
    ("code-labelled-in-amount-field", "验证码：482913", AMOUNT, "code"),
    ("code-labelled-in-hacked-field", "验证码：482913", HACKED, "code"),
    ("code-beside-an-amount-in-hacked-field", "5000 USDT 482913", HACKED, "code"),
    ("otp-labelled", "OTP: 482913", PLAIN, "code"),
    # Private keys.
    ("hex-key", KEY, PLAIN, "key"),
    ("hex-key-0x", "0x" + KEY, PLAIN, "key"),
    ("hex-key-two-lines", KEY[:32] + "\n" + KEY[32:], PLAIN, "key"),
    ("hex-key-0x-two-lines", "0x" + KEY[:32] + "\n" + KEY[32:], PLAIN, "key"),
    ("hex-key-groups-of-4", groups(KEY, 4), PLAIN, "key"),
    ("hex-key-groups-dashes", groups(KEY.upper(), 8, "-"), PLAIN, "key"),
    ("hex-key-split-in-txid-field", KEY[:32] + " " + KEY[32:], TXID_FIELD, "key"),
    ("hex-key-groups-in-hacked-field", groups(KEY, 4), HACKED, "key"),
    ("private-key-labelled-in-hacked-field", "私钥 0x" + KEY, HACKED, "key"),
    ("private-key-labelled-in-txid-field", "private key: " + KEY, TXID_FIELD, "key"),
    ("wif-in-txid-field", WIF, TXID_FIELD, "key"),
    ("wif-l", WIF_L, PLAIN, "key"),
    # TOTP secrets and API secrets.
    ("totp-16", TOTP_16, PLAIN, "totp"),
    ("totp-32-groups", groups(TOTP_32, 4), PLAIN, "totp"),
    ("totp-32-groups-lower", groups(TOTP_32.lower(), 4), PLAIN, "totp"),
    ("totp-in-txid-field", TOTP_16, TXID_FIELD, "totp"),
    ("api-secret-64", API_SECRET, PLAIN, "secret"),
    ("api-secret-in-txid-field", API_SECRET, TXID_FIELD, "secret"),
    ("api-secret-labelled", "API Secret: 7f3a9c21", PLAIN, "secret"),
    ("secret-key-labelled", "Secret Key：Abc123xyz", PLAIN, "secret"),
    # Passwords, by their label.
    ("password-zh", "密码：hunter2", PLAIN, "password"),
    ("password-en", "Password: hunter2", PLAIN, "password"),
    ("password-sentence", "我的密码是Abc12345", PLAIN, "password"),
    ("password-traditional", "密碼：Abc12345", PLAIN, "password"),
    ("password-glued", "密码Abc12345", PLAIN, "password"),
    ("password-full-width", "密码：ｈｕｎｔｅｒ２", PLAIN, "password"),
    ("pwd", "pwd: Abc12345", PLAIN, "password"),
    ("passphrase", "passphrase: correct horse battery staple", PLAIN, "password"),
    ("password-in-amount-field", "密码：482913", AMOUNT, "password"),
]

ACCEPTED: list[tuple[str, str, tuple[str, ...], None]] = [
    # Amounts.
    ("amount-decimal", "0.5", PLAIN, None),
    ("amount-6-digits-in-amount-field", "123456", AMOUNT, None),
    ("amount-6-digits-full-width-in-amount-field", "１２３４５６", AMOUNT, None),
    ("amount-with-unit-in-amount-field", "123456 USDT", AMOUNT, None),
    ("amount-thousands", "1,234.56 USDT", PLAIN, None),
    ("amount-many-decimals", "0.00123456 BTC", PLAIN, None),
    ("amount-round", "5000 USDT", PLAIN, None),
    # TxIDs where they belong.
    ("txid", TXID, TXID_FIELD, None),
    ("txid-0x", "0x" + TXID, TXID_FIELD, None),
    ("txid-solana", SOLANA_TXID, TXID_FIELD, None),
    ("hacked-items", f"2026-12-01 10:30，USDT，123456，TxID：0x{TXID}", HACKED, None),
    ("hacked-lines", f"时间：2026-12-01 10:30 UTC+8\n数量：123456 USDT\nTxID {TXID}", HACKED, None),
    # Addresses.
    ("address-evm", "0x52908400098527886E0F7030069857D2E4169EE7", PLAIN, None),
    ("address-bc1", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", PLAIN, None),
    ("address-tron", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", PLAIN, None),
    ("address-solana", "Es9vMFrzaCERmJfrF4H2FYD4KCoNkY11McCe8BenwNYB", PLAIN, None),
    # Order ids, UIDs, e-mail addresses.
    ("order-id", "1234567890123456789", PLAIN, None),
    ("order-id-p2p", "P2P 订单号 1098765432101234567", PLAIN, None),
    ("uid", "1234567890", PLAIN, None),
    ("email", "zhangsan2023@qq.com", PLAIN, None),
    ("email-digits", "wangxiaoming2345@163.com", PLAIN, None),
    # Time stamps.
    ("time-zone", "2026-12-01 10:30 UTC+8", PLAIN, None),
    ("time-slashes", "2026/12/01 10:30:15", PLAIN, None),
    ("time-compact", "20241203103512", PLAIN, None),
    ("time-chinese", "12月1日 10:30", PLAIN, None),
    ("time-seconds", "2024-12-03 10:35:12", PLAIN, None),
    ("time-unix", "1733193312", PLAIN, None),
    # File names.
    ("file-screenshot", "Screenshot_20241203-103512.png", PLAIN, None),
    ("file-img", "IMG_20241203_103512.jpg", PLAIN, None),
    ("file-six-digits", "IMG_482913.jpg", PLAIN, None),
    ("file-wechat", "微信图片_20241203103512.jpg", PLAIN, None),
    ("file-dash", "screenshot-482913.png", PLAIN, None),
    ("url", "https://www.bitget.com/zh-CN/support/articles/12560603791356", PLAIN, None),
    # Chinese sentences, some naming a secret without giving one.
    ("zh-not-logged-in", "我已经试过更换网络和浏览器，还是登录不了", PLAIN, None),
    ("zh-long-sentence", "充值了未上线或已下架的币种后一直没有到账也没有收到任何通知", PLAIN, None),
    ("zh-reset-code", "收不到重置密码的验证码", PLAIN, None),
    ("zh-locked", "密码错误次数太多，账户被锁定", PLAIN, None),
    ("zh-changed-password", "2026-12-01 修改了密码", PLAIN, None),
    ("zh-template-answer", "修改登录密码：是", PLAIN, None),
    ("zh-2fa-items", "谷歌验证器 / 手机号 / 邮箱", PLAIN, None),
    ("zh-never-gave-seed", "我没有把助记词告诉任何人", PLAIN, None),
    ("zh-what-is-seed", "助记词是什么", PLAIN, None),
    ("zh-code-time", "验证码 2026-12-01 10:30 收到", PLAIN, None),
    ("zh-key-stolen", "私钥被盗了怎么办", PLAIN, None),
    ("zh-google-authenticator", "密码 Google 验证器都改过了", PLAIN, None),
    ("zh-six-digit-code-words", "我收到了 6 位数字的验证码", PLAIN, None),
    ("zh-few-spaced-characters", "的 一 是", PLAIN, None),
    # English error messages.
    ("en-code-incorrect", "The verification code is incorrect", PLAIN, None),
    ("en-incorrect-password", "Incorrect password. Please try again.", PLAIN, None),
    ("en-password-changed", "Your password has been changed", PLAIN, None),
    ("en-reset-expired", "Password reset link has expired", PLAIN, None),
    ("en-withdrawal-failed", "Withdrawal failed: insufficient balance", PLAIN, None),
    ("en-restricted", "Your account has been restricted due to risk control. Please contact support.", PLAIN, None),
    ("en-error-code", "Error code: 40001", PLAIN, None),
    ("en-api-key-deleted", "API Key 和 Secret 都已删除", PLAIN, None),
    # A few list words are not a phrase.
    ("few-words", "abandon ability able", PLAIN, None),
    ("eleven-words", " ".join(ENGLISH[:11]), PLAIN, None),
]

CASES = REFUSED + ACCEPTED
