"""What every entry point does first: read the settings once and apply the process-wide patches.

Called by the CLI's ``main``, the app's ``main``, each indexing worker process
as it starts (with its parent's settings), and the tests' conftest. Nothing
is patched at import any more: importing a Telusur module has no side effect
on other libraries.
"""
from __future__ import annotations

from telusur.settings import Settings, use


def start(settings: Settings | None = None) -> Settings:
    """Adopt ``settings`` (default: from the environment), configure the stemmer with them, and
    have Whoosh read segments from their memory map without copying them.

    Raises ``SettingsError`` (a readable message) for a setting that cannot be used.
    """
    chosen = Settings.from_environ() if settings is None else settings
    use(chosen)
    from telusur.analysis import stemmer

    stemmer.configure(chosen.stemmer, quick_re=chosen.sastrawi_quick_re)
    from telusur.index.segments import read_segments_in_place

    read_segments_in_place()  # segments read from their memory map, not copied onto the heap (issue 22)
    return chosen
