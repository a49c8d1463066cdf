"""Component: the message composer, the template of a message to support with a field
for each placeholder (script: composer.js, with composer-check.js and the generated
composer-rules.js; styles: site.css "component: composer").

The renderer writes the template as text (it copies and prints without JavaScript)
with each placeholder in a `data-slot` span, and the form's words; composer.js builds
the fields from the spans. A renderer emits no form field of its own
(tests/unit/test_injection.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import refusals
from ..contracts import COMPOSER
from ..model import PLACEHOLDER, Problem, Template, Words
from .shared import esc, esc_lines

# A placeholder's name is the part before "，" (【UID，记得的话】 is the field "UID").
# Its words give the field its allowances (refusals.ALLOWANCES): a field named 数量
# takes an amount of 6 digits, one named TxID a TxID of 64 hex characters.


@dataclass(frozen=True)
class ComposerField:
    """One input of the composer, for one or more placeholders of a template."""

    key: str  # the placeholder's name: 【UID，记得的话】 -> "UID"
    label: str  # what the reader sees: the body line's own label ("注册邮箱"), else the name
    hint: str  # the whole placeholder text, shown as the input's placeholder
    allow: tuple[str, ...]  # "amount", "txid": what it takes that would be refused elsewhere
    long: bool  # free text (an error message, what happened): a text area


def _key(placeholder: str) -> str:
    return placeholder.split("，")[0].strip()


def _new_field(key: str, label: str, hint: str, words: Words) -> ComposerField:
    w = words.composer
    long = any(word in key for word in w.long_words) or hint.startswith(w.example)
    return ComposerField(key=key, label=label, hint=hint, allow=refusals.allowances(key), long=long)


def _body_labels(line: str) -> list[str]:
    """The label of each placeholder on a body line.

    A line splits after a placeholder followed by "，" ("登录方式：【官网 / App】，设备：【…】");
    a part with one placeholder is labelled by the words before it, without the colon;
    a part with several ("币种和网络：【币种】/【网络】") by the placeholders' names.
    """
    labels = []
    for part in re.split(r"(?<=】)，", line):
        names = PLACEHOLDER.findall(part)
        if len(names) == 1:
            prefix = part[: part.index("【")].strip().rstrip("：:").strip()
            labels.append(prefix or _key(names[0]))
        else:
            labels.extend(_key(name) for name in names)
    return labels


Parts = list[str | tuple[int, str]]  # text, and (field index, placeholder as written)


def composer_fields(template: Template, words: Words) -> tuple[list[ComposerField], Parts, Parts]:
    """The fields a template needs, and its subject and body as text and field indexes.

    Body placeholders come first, in order: the same label and name twice is one
    field, the same name under two labels two fields (two different times). A subject
    placeholder shares the body field of the same name, or of a name that has it as a
    word (【日期】 -> 【日期 时间 时区】); otherwise it gets a field of its own.
    """
    fields: list[ComposerField] = []
    by_label: dict[tuple[str, str], int] = {}
    body: Parts = []
    for line_index, line in enumerate(template.body.split("\n")):
        if line_index:
            body.append("\n")
        labels = iter(_body_labels(line))
        last = 0
        for match in PLACEHOLDER.finditer(line):
            body.append(line[last : match.start()])
            key, label = _key(match.group(1)), next(labels)
            if (label, key) not in by_label:
                by_label[(label, key)] = len(fields)
                fields.append(_new_field(key, label, match.group(1), words))
            body.append((by_label[(label, key)], match.group(0)))
            last = match.end()
        body.append(line[last:])
    subject: Parts = []
    last = 0
    for match in PLACEHOLDER.finditer(template.subject):
        subject.append(template.subject[last : match.start()])
        key = _key(match.group(1))
        same = [i for i, f in enumerate(fields) if f.key == key]
        wider = [i for i, f in enumerate(fields) if key in f.key.split()]
        if same or wider:
            subject.append(((same or wider)[0], match.group(0)))
        else:
            fields.append(_new_field(key, key, match.group(1), words))
            subject.append((len(fields) - 1, match.group(0)))
        last = match.end()
    subject.append(template.subject[last:])
    # Labels name the stored values, so they must differ.
    seen: dict[str, int] = {}
    for index, f in enumerate(fields):
        if f.label in seen:
            seen[f.label] += 1
            fields[index] = ComposerField(f.key, f"{f.label}（{seen[f.label]}）", f.hint, f.allow, f.long)
        else:
            seen[f.label] = 1
    return fields, [p for p in subject if p != ""], [p for p in body if p != ""]


def _slots(parts: Parts, fields: list[ComposerField], described: set[int]) -> str:
    """Template text with each placeholder in a span the composer fills; the first
    span of each field describes the field."""
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(esc_lines(part))
            continue
        index, text = part
        about = ""
        if index not in described:
            described.add(index)
            f = fields[index]
            about = (
                f' data-label="{esc(f.label)}" data-hint="{esc(f.hint)}" data-allow="{" ".join(f.allow)}"'
                f"{' data-long' if f.long else ''}"
            )
        out.append(f'<span class="composer__slot" data-slot="{index}"{about}>{esc(text)}</span>')
    return "".join(out)


def message_template(problem: Problem, words: Words) -> str:
    """The message to support, with its composer.

    The `<pre>` is the template as text (subject line, blank line, body): without
    JavaScript a copyable template, on paper the message as filled in. Each
    placeholder sits in a `data-slot` span; the first span of each field carries its
    label, hint and exemptions, and composer.js builds one labelled input per field
    from them. The form opens in place from a button above the template and closes
    again, keeping what was typed; the button stays hidden until composer.js shows it
    (without JavaScript the template is there to copy, and no form).
    `no-copy`: the composer's own 复制 button replaces Material's code copy button.
    """
    w = words.composer
    fields, subject, body = composer_fields(problem.template, words)
    described: set[int] = set()
    preview = f"{esc(w.subject)}：" + _slots(subject, fields, described) + "\n\n" + _slots(body, fields, described)
    dom = f"composer-{esc(problem.id)}"
    return (
        f'<div class="message-template composer no-copy" {COMPOSER}="{esc(problem.id)}">'
        f'<p class="composer__open" data-search-exclude hidden><button type="button" class="composer__button" '
        f'aria-expanded="false" aria-controls="{dom}-form" data-composer-toggle data-close="{esc(w.close)}">'
        f"{esc(w.open)}</button></p>"
        f'<div class="composer__form" id="{dom}-form" role="group" aria-labelledby="{dom}-title" '
        "data-composer-form data-search-exclude hidden>"
        f'<p class="composer__title" id="{dom}-title"><strong>{esc(w.title)}</strong></p>'
        f'<p class="composer__warning">{esc(w.warning)}</p>'
        '<div class="composer__fields" data-composer-fields></div>'
        '<p class="composer__remember"><label>'
        f'<input type="checkbox" data-composer-remember aria-describedby="{dom}-remember-note"> '
        f"{esc(w.remember)}</label> "
        f'<span class="composer__note" id="{dom}-remember-note">{esc(w.remember_note)}</span></p>'
        '<p class="composer__actions">'
        '<button type="button" class="composer__button composer__button--main" data-composer-copy>'
        f"{esc(w.copy)}</button> "
        f'<button type="button" class="composer__button" data-composer-clear>{esc(w.clear)}</button> '
        '<span class="composer__status" role="status" data-composer-status></span></p>'
        f'<p class="composer__preview-label">{esc(w.preview)}</p>'
        "</div>"
        # The filled-in message repeats the page's words with placeholders: out of the
        # search index (60 KiB gzip budget), like the form above it.
        f'<pre class="composer__preview" data-composer-preview data-search-exclude><code>{preview}</code></pre></div>'
    )
