"""The composer's refusal rules: the one detector (composer-check.js, under Node.js) with the
rules and word lists the build generates (macros/refusals.py), over the shared case
table (tests/refusal_cases.py) and the site's own sentences."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess

import pytest
import rjsmin
from helpers import ROOT
from mnemonic import Mnemonic
from refusal_cases import CASES

from macros import data, refusals
from macros.render import composer

DETECTOR = ROOT / "docs" / "assets" / "javascripts" / "composer-check.js"
HANDBOOK = data.HANDBOOK

# Runs the generated rules script as a page would (it sets window.<global>), then the
# detector (composer-check.js exports it under Node.js) over every value.
RUNNER = """
const vm = require("vm");
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const sandbox = { window: {} };
vm.runInNewContext(input.script, sandbox);
const rules = sandbox.window[input.global];
const { refusal } = require(input.detector);
const kinds = input.values.map(([value, allow]) => {
  const found = refusal(value, allow, rules);
  if (found && found.message !== rules.messages[found.kind] + rules.keptOut) throw new Error("message");
  return found ? found.kind : null;
});
process.stdout.write(JSON.stringify(kinds));
"""


def detect(values: list[tuple[str, tuple[str, ...]]]) -> list[str | None]:
    """What the composer refuses each (value, allowances) as, or None."""
    node = shutil.which("node")
    assert node, "Node.js runs the composer's detector here: apt-get install nodejs (make test does)"
    payload = {
        "script": refusals.script(),
        "global": refusals.RULES_GLOBAL,
        "detector": str(DETECTOR),
        "values": [[value, list(allow)] for value, allow in values],
    }
    result = subprocess.run(
        [node, "-e", RUNNER], input=json.dumps(payload), capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def case_results() -> dict[str, str | None]:
    kinds = detect([(value, allow) for _, value, allow, _ in CASES])
    return {case[0]: kind for case, kind in zip(CASES, kinds, strict=True)}


@pytest.mark.parametrize(("case", "value", "allow", "kind"), CASES, ids=[c[0] for c in CASES])
def test_each_case_is_refused_as_its_kind_or_passes(case_results, case, value, allow, kind):
    assert case_results[case] == kind, f"{value!r} in a field allowing {allow}"


def test_the_word_lists_are_the_bip39_lists_in_order():
    rules = refusals.payload()
    assert rules["latinWords"].split(" ") == Mnemonic("english").wordlist
    assert [list(w) for w in rules["hanWords"]] == [
        Mnemonic("chinese_simplified").wordlist,
        Mnemonic("chinese_traditional").wordlist,
    ]
    assert "window.accountHelpComposerRules = {" in refusals.script()


def test_the_detector_holds_no_words_of_its_own():
    """Label words, messages and numbering come from the rules (macros/refusals.py):
    the detector's code, comments aside, has no Chinese character."""
    code = rjsmin.jsmin(DETECTOR.read_text("utf-8"))
    assert re.findall(r"[\u3400-\u9fff]", code) == []


def phrases(language: str, count: int, words: int) -> list[list[str]]:
    """Random phrases of the pinned implementation, from fixed entropy."""
    bits = {12: 16, 15: 20, 18: 24, 21: 28, 24: 32}[words]
    maker = Mnemonic(language)
    return [
        maker.to_mnemonic(hashlib.sha256(f"{language}-{words}-{n}".encode()).digest()[:bits]).split(" ")
        for n in range(count)
    ]


@pytest.mark.parametrize("words", [12, 24])
def test_random_phrases_are_refused_however_they_are_written(words):
    english = phrases("english", 40, words)
    han = phrases("chinese_simplified", 40, words) + phrases("chinese_traditional", 40, words)
    values = [" ".join(p) for p in english]
    values += [" ".join(p).upper() for p in english]
    values += ["\n".join(f"{n}. {w}" for n, w in enumerate(p, 1)) for p in english]
    values += [" ".join(p) for p in han]
    values += ["".join(f"{n}{w}" for n, w in enumerate(p, 1)) for p in han]
    values += ["助记词：" + "".join(p) for p in han]
    kinds = detect([(v, ()) for v in values])
    assert [v for v, k in zip(values, kinds, strict=True) if k != "seed"] == []


@pytest.mark.parametrize(("words", "share"), [(12, 0.85), (24, 0.95)])
def test_random_han_phrases_typed_without_spaces_are_mostly_refused(words, share):
    """Unspaced and unlabelled, a phrase is told from a sentence by how rare its
    characters are (refusals.THRESHOLDS["hanMeanLogRank"]): most, not all."""
    han = phrases("chinese_simplified", 150, words) + phrases("chinese_traditional", 150, words)
    kinds = detect([("".join(p), ()) for p in han])
    assert kinds.count("seed") / len(kinds) >= share


def site_sentences() -> list[str]:
    """Every sentence of the data and the pages, as readers might paste them back."""
    texts: list[str] = []

    def walk(value):
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name))

    walk(HANDBOOK)
    for page in (ROOT / "docs").rglob("*.md"):
        # The words, not the markup: tags, link targets, macro calls.
        text = re.sub(r"<[^>]+>|\{\{.*?\}\}|\{%.*?%\}", " ", page.read_text("utf-8"))
        texts.append(re.sub(r"\]\([^)]*\)", "]", text))
    sentences = []
    for text in texts:
        for part in re.split(r"[\n。！？]", text):
            if re.search(r"[\u3400-\u9fff]", part) and "http" not in part:
                sentences.append(part.strip())
    return sorted(set(s for s in sentences if s))


def test_the_sites_own_sentences_pass():
    """Chinese sentences in the register readers write in: the data and the pages."""
    sentences = site_sentences()
    assert len(sentences) > 500
    kinds = detect([(s, ()) for s in sentences])
    refused = [(kind, s) for s, kind in zip(sentences, kinds, strict=True) if kind]
    assert refused == []


def test_each_fields_own_example_text_passes():
    """A field's placeholder text (its hint, 「例如 …」) typed into it is not refused."""
    values = []
    for problem in HANDBOOK.problems:
        fields, _, _ = composer.composer_fields(problem.template, HANDBOOK.words)
        values += [(f.hint, f.allow) for f in fields]
    kinds = detect(values)
    assert [v for v, k in zip(values, kinds, strict=True) if k] == []
