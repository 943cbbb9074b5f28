"""The folder chooser: the platform's native dialog where there is one."""
from __future__ import annotations


def test_the_folder_chooser_is_the_native_one_where_there_is_one(qtbot, make_window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: asked.append(args) or "")
    window = make_window(seeds=False)
    window.reindex_action.trigger()
    (_parent, _caption, _start, options), = asked
    assert not options & QFileDialog.Option.DontUseNativeDialog
    assert options & QFileDialog.Option.ShowDirsOnly
