"""Hook: load the data module before anything uses it, afresh when it changed.

Runs first (priority 100), before the macros plugin calls define_env:

- A mistake in the data becomes one line naming the file, the entry and the field
  (`macros/data.py: problem 'deposit', field 'channels': unknown channel 'fax'`),
  not a traceback.
- `mkdocs serve` keeps imported modules between rebuilds, so an edit to the data,
  the model or the renderers would not show until a restart. When a file of the
  macros package changed since the last build, its modules are dropped from
  `sys.modules` and imported anew. Only then: a fresh import makes new classes,
  and code holding the old ones (DataError in a test, say) would stop recognising
  them.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

# Modification times of the macros package's files at the last build.
_seen: dict[Path, float] = {}


def _package(config) -> Path:
    """The macros package folder, as the macros plugin finds it (`module_name`)."""
    root = Path(config.config_file_path).parent
    return root / config.plugins["macros"].config["module_name"]


@event_priority(100)
def on_config(config):
    package = _package(config)
    root = str(package.parent)
    if root not in sys.path:
        sys.path.insert(0, root)
    mtimes = {path: path.stat().st_mtime for path in package.rglob("*.py")}
    if _seen and mtimes != _seen:
        for name in [n for n in sys.modules if n == package.name or n.startswith(package.name + ".")]:
            del sys.modules[name]
    _seen.clear()
    _seen.update(mtimes)
    try:
        importlib.import_module(f"{package.name}.data")
    except Exception as error:
        model = sys.modules.get(f"{package.name}.model")
        if model is not None and isinstance(error, model.DataError):
            raise PluginError(f"{package.name}/data.py: {error}") from None
        raise
    return config
