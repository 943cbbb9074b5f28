"""The command line: the JSON contract, messages and exit codes."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from telusur.cli import build_parser, main

# Also under Windows' file rules (tests/windows_rules.py): these write the index, the library or files.
pytestmark = pytest.mark.windows_too


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_index_then_search_json(tmp_path: Path, seed_folder: Path, capsys: pytest.CaptureFixture) -> None:
    ix = str(tmp_path / "ix")
    code, out, _ = run(capsys, "index", str(seed_folder), "--index-dir", ix, "--json")
    assert code == 0
    report = json.loads(out)
    assert {k: report[k] for k in ("added", "updated", "removed", "unchanged")} == {
        "added": 1, "updated": 0, "removed": 0, "unchanged": 0,
    }
    assert report["skipped"] == [] and report["elapsed_s"] >= 0

    code, out, _ = run(capsys, "search", "fotovoltaik", "--index-dir", ix, "--json")
    assert code == 0
    result = json.loads(out)
    assert set(result) >= {"query", "total", "elapsed_ms", "suggestion", "hits"}
    assert result["query"] == "fotovoltaik" and result["total"] == 1 and result["suggestion"] is None
    hit = result["hits"][0]
    assert set(hit) >= {"path", "headline", "date", "score", "snippet"}
    assert hit["date"] == "2024-07-03T20:17:40"
    assert "<mark>fotovoltaik</mark>" in hit["snippet"]

    for query in ("kazakhstan", "memperkuat"):
        code, out, _ = run(capsys, "search", query, "--index-dir", ix, "--json")
        assert json.loads(out)["total"] == 1

    code, out, _ = run(capsys, "search", "fotovoltaik", "--from", "2024-07-04", "--index-dir", ix, "--json")
    assert json.loads(out)["total"] == 0

    code, out, _ = run(capsys, "index", str(seed_folder), "--index-dir", ix, "--json")
    assert json.loads(out)["unchanged"] == 1


def test_text_output_and_sort(tmp_path: Path, news_folder: Path, capsys: pytest.CaptureFixture) -> None:
    ix = str(tmp_path / "ix")
    run(capsys, "--index-dir", ix, "index", str(news_folder))
    code, out, _ = run(capsys, "--index-dir", ix, "search", "date:2019", "--sort", "newest", "--limit", "2")
    assert code == 0
    assert out.startswith("4 hits")
    assert out.index("DPR Sahkan") < out.index("Habibie Meninggal")
    assert "Kebakaran" not in out  # limit 2


def test_errors_are_plain_words_with_exit_codes(
    tmp_path: Path, seed_folder: Path, capsys: pytest.CaptureFixture
) -> None:
    ix = str(tmp_path / "ix")
    code, _, err = run(capsys, "index", str(tmp_path / "nope"), "--index-dir", ix)
    assert code == 1 and "is not a folder" in err
    run(capsys, "index", str(seed_folder), "--index-dir", ix)
    code, _, err = run(capsys, "search", "*", "--index-dir", ix)
    assert code == 2 and "*" in err and "Traceback" not in err
    code, _, err = run(capsys, "search", "kpk", "--from", "kemarin", "--index-dir", ix)
    assert code == 2 and "cannot read the date" in err


def test_suggestion_in_json(tmp_path: Path, seed_folder: Path, capsys: pytest.CaptureFixture) -> None:
    ix = str(tmp_path / "ix")
    run(capsys, "index", str(seed_folder), "--index-dir", ix)
    code, out, _ = run(capsys, "search", "fotovoltaic", "--index-dir", ix, "--json")
    assert json.loads(out)["suggestion"] == "fotovoltaik"


def test_console_script_runs_without_a_display(tmp_path: Path, seed_folder: Path) -> None:
    """The installed entry point, in a fresh process with no Qt imported."""
    ix = str(tmp_path / "ix")
    cmd = [sys.executable, "-m", "telusur", "--index-dir", ix]
    subprocess.run(cmd + ["index", str(seed_folder)], check=True, capture_output=True)
    done = subprocess.run(cmd + ["search", "kazakhstan", "--json"], check=True, capture_output=True, text=True)
    assert json.loads(done.stdout)["total"] == 1


def test_a_search_imports_neither_qt_nor_the_app(tmp_path: Path, seed_folder: Path) -> None:
    """Start-up stays lazy: the app, the progress bar and the file readers (lxml, PDFium,
    trafilatura) load only for the commands that need them."""
    ix = str(tmp_path / "ix")
    assert main(["--index-dir", ix, "index", str(seed_folder)]) == 0
    probe = (
        "import sys; from telusur.cli import main; code = main(sys.argv[1:]); "
        "print(code, sorted({m.split('.')[0] if m.startswith('PySide6') else m for m in sys.modules "
        "if m.startswith(('PySide6', 'telusur.gui', 'tqdm', 'shiboken6', 'lxml', 'pypdfium2', "
        "'trafilatura', 'telusur.index.formats.webpage', 'telusur.index.formats.pdf'))}))"
    )
    done = subprocess.run([sys.executable, "-c", probe, "--index-dir", ix, "search", "kazakhstan"],
                          check=True, capture_output=True, text=True)
    assert done.stdout.splitlines()[-1] == "0 []"


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    children = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return [parser, *(p for action in children for child in action.choices.values() for p in _parsers(child))]


def test_every_command_takes_index_dir_listed_last() -> None:
    """--index-dir works before or after any sub-command word, and help lists it after the command's own."""
    parsers = _parsers(build_parser())
    assert len(parsers) == 15  # telusur, ten sub-commands, four under watch
    for parser in parsers:
        last = [a for a in parser._actions if a.option_strings][-1]
        assert last.option_strings == ["--index-dir"], parser.prog


NOTHING = "nothing indexed yet: run telusur index FOLDER"


def test_search_before_the_first_index_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """Issue 11 item 4, before the first `telusur index`: exit 1 and what to do, no traceback."""
    code, out, err = run(capsys, "--index-dir", str(tmp_path / "ix"), "search", "polisi")
    assert code == 1 and out == ""
    assert err.strip() == f"telusur: {NOTHING}" and "Traceback" not in err
    code, out, err = run(capsys, "--index-dir", str(tmp_path / "ix"), "search", "polisi", "--json")
    assert code == 1 and out == "" and NOTHING in err


def test_search_while_the_first_index_runs_says_nothing_is_indexed_yet(
    tmp_path: Path, seed_folder: Path, capsys: pytest.CaptureFixture
) -> None:
    """Issue 11 item 4, while the first index runs: its folders are listed, its writer holds the lock."""
    from telusur.index import Library
    from telusur.index.segments import AppendingWriter

    ix = tmp_path / "ix"
    library = Library(ix)
    library.add_folders([seed_folder])
    writer = AppendingWriter(library.whoosh_index(), timeout=0)  # the running first index
    try:
        code, out, err = run(capsys, "--index-dir", str(ix), "search", "fotovoltaik")
    finally:
        writer.cancel()
    assert code == 1 and out == "" and NOTHING in err and "busy" in err and "Traceback" not in err


def test_search_while_the_first_index_starts_does_not_index_itself(
    tmp_path: Path, seed_folder: Path, capsys: pytest.CaptureFixture
) -> None:
    """The first run has listed its folder but not yet made the index: a search must not race it."""
    from telusur.index import Library

    ix = tmp_path / "ix"
    Library(ix).add_folders([seed_folder])
    code, out, err = run(capsys, "--index-dir", str(ix), "search", "fotovoltaik")
    assert code == 1 and NOTHING in err
    assert Library(ix).document_count() == 0  # the search indexed nothing itself


def test_search_after_an_interrupted_first_index(
    tmp_path: Path, seed_folder: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11 item 4, after Ctrl+C stopped the first index: exit 130 there, then 1 with what to do."""
    import telusur.index.sync as sync_module

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    ix = str(tmp_path / "ix")
    with monkeypatch.context() as patch:
        patch.setattr(sync_module, "prepare", interrupted)
        code, _, err = run(capsys, "--index-dir", ix, "index", str(seed_folder))
    assert code == 130 and "interrupted" in err
    code, out, err = run(capsys, "--index-dir", ix, "search", "fotovoltaik")
    assert code == 1 and out == "" and NOTHING in err and "Traceback" not in err
    code, _, _ = run(capsys, "--index-dir", ix, "index")  # goes on with the library's folders
    code, out, _ = run(capsys, "--index-dir", ix, "search", "fotovoltaik")
    assert code == 0 and out.startswith("1 hit ·")


def test_remove_of_a_folder_not_in_the_library(
    tmp_path: Path, seed_folder: Path, news_folder: Path, capsys: pytest.CaptureFixture
) -> None:
    """Issue 11 item 14: say it is not in the library and exit 1; the library is untouched."""
    ix = str(tmp_path / "ix")
    run(capsys, "--index-dir", ix, "index", str(seed_folder))
    code, out, err = run(capsys, "--index-dir", ix, "remove", str(news_folder))
    assert code == 1 and out == "" and "is not in the library" in err
    code, out, _ = run(capsys, "--index-dir", ix, "folders")
    assert out.strip() == str(seed_folder.resolve())
    code, out, _ = run(capsys, "--index-dir", ix, "remove", str(seed_folder))
    assert code == 0 and "(1 document dropped" in out


def test_index_with_no_folders_and_an_empty_library(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """Issue 11 item 14: exit 1 (2 is for unreadable queries and dates) and what to do."""
    code, _, err = run(capsys, "--index-dir", str(tmp_path / "ix"), "index")
    assert code == 1 and "telusur index FOLDER" in err


def test_hit_counts_are_singular_for_one(tmp_path: Path, seed_folder: Path, capsys: pytest.CaptureFixture) -> None:
    ix = str(tmp_path / "ix")
    run(capsys, "--index-dir", ix, "index", str(seed_folder))
    assert run(capsys, "--index-dir", ix, "search", "kazakhstan")[1].startswith("1 hit ·")
    assert run(capsys, "--index-dir", ix, "search", "gempa")[1].startswith("0 hits ·")


def test_progress_bar_reports_writing_the_index(
    tmp_path: Path, seed_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11 item 10: the commit is its own step on the bar, after every file was read."""
    import io

    from telusur.cli.index_cmds import progress_bar
    from telusur.index import Library, SyncPhase

    library = Library(tmp_path / "ix")
    library.add_folders([seed_folder])
    library.open()
    seen: list[SyncPhase] = []
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    update, close = progress_bar(enabled=True)
    assert update is not None

    def record(progress):
        seen.append(progress.phase)
        update(progress)
        if progress.phase is SyncPhase.COMMITTING:
            assert "writing the index" in stream.getvalue() and "100%" in stream.getvalue()

    library.sync(progress=record)
    close()
    assert seen[-1] is SyncPhase.COMMITTING and SyncPhase.READING in seen
