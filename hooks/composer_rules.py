"""Hook: the message composer's refusal rules and word lists, as a generated script.

Adds assets/javascripts/composer-rules.js to the site, written from
macros/refusals.py (`script()`): the rules defined there and the BIP-39 word lists
of the pinned `mnemonic` package. It is not a file in docs/ (nobody edits it), and
no page names it: composer.js loads it (with the detector, composer-check.js) when
the reader starts using a composer, so it is never part of a first view. A script,
not JSON: the offline copy runs from file://, where fetching a local file fails and
a script element does not.
"""

from __future__ import annotations

from mkdocs.structure.files import File


def on_files(files, config):
    # Imported here, not at the top: hooks/data_check.py has put the project on the
    # path by now, and under `mkdocs serve` it drops changed macros modules.
    from macros import contracts, refusals

    files.append(File.generated(config, contracts.COMPOSER_RULES, content=refusals.script()))
    return files
