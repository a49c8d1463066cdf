"""Hook: filters for the theme's templates, from macros/material_adapter.py.

overrides/main.html passes Material's `scripts` block through `defer_scripts`, so its
bundle is deferred like every other script. How that block writes a script tag is
Material's template output, not a documented interface: it is known in one place,
macros/material_adapter.py, checked against the installed Material by
tests/unit/test_material_contract.py; when it no longer matches, the build stops with one
line saying so instead of leaving the bundle blocking.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError


def on_env(env, config, files):
    # Imported here, not at the top: a hook is loaded before data_check.py puts the
    # project on sys.path.
    from macros import material_adapter

    def defer_scripts(html):
        try:
            return material_adapter.defer_scripts(html)
        except ValueError as error:
            raise PluginError(f"overrides/main.html: {error}") from None

    env.filters["defer_scripts"] = defer_scripts
    return env
