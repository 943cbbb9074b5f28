"""Arbitrary query text: results or a readable message, never an exception, always quick."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rel_helpers import make_folder, run_cli

from telusur import cli
from telusur.index import Library
from telusur.searcher.engine import SearchEngine, SearchRequest
from telusur.searcher.highlight import marked_html

MAX_SECONDS = 30.0  # per query: a guard against hangs, not a speed test (bench/query_times.py measures speed)
TOKENS = [
    '"', "(", ")", "AND", "OR", "NOT", "ANDNOT", "-", "+", "*", "?", "~", "~2", ":", "judul:", "isi:",
    "tanggal:", "date:2024", "foo:", "path:", "exact:", "body:", "*:*", "berita", "presiden", "ba*", "b*",
    "*a", "pr?siden", "presdien~", "~berita", "berita~9", "\x00", "\u202e", "\ufeff", "🙂", "日本", "\\",
    "[", "]", "{", "}", "^2", "berita^", "'", "tgl:kemarin", "date:2024-13-45", "a" * 300,
]
query_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(TOKENS), max_size=12).map(" ".join),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=8)), max_size=10).map("".join),
)
FIXED = [
    "*", "?", "**", "a*", "b*", "ba*", "?*", "*:*", '"', '"berita', "(berita", "berita)", "((((", "AND", "OR",
    "NOT", "berita AND", "OR presiden", "NOT NOT", "foo:bar", "judul:", ":", "~", "berita~~", "~~~",
    "x" * 10_000, "berita " * 2_000, "\x00\x01\x02", "\u200b\u200b", "tanggal:", "tanggal:kemarin",
    "date:2024-02-30", "-", "+", "-*", "judul:*", "isi:b*", "presiden~9", "pr*s*d*n", "?" * 50,
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> SearchEngine:
    root = tmp_path_factory.mktemp("queries")
    make_folder(root / "artikel", 120, seed=21)
    lib = Library(root / "index")
    lib.add_folders([root / "artikel"])
    lib.sync()
    return SearchEngine(lib)


def _check(engine: SearchEngine, text: str) -> None:
    started = time.monotonic()
    result = engine.search(SearchRequest(text))  # must not raise
    elapsed = time.monotonic() - started
    assert elapsed < MAX_SECONDS, f"{text[:60]!r} took {elapsed:.1f} s"
    if result.message is not None:
        assert result.message.strip() and len(result.message) < 400 and "Traceback" not in result.message
        assert result.total == 0 and not result.hits
    else:
        assert result.total >= len(result.hits)


@pytest.mark.parametrize("text", FIXED, ids=range(len(FIXED)))
def test_nasty_queries(engine: SearchEngine, text: str) -> None:
    _check(engine, text)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=query_text)
def test_arbitrary_queries_engine(engine: SearchEngine, text: str) -> None:
    _check(engine, text)


def test_whole_vocabulary_wildcards_are_refused(engine: SearchEngine) -> None:
    """Patterns that would expand to (nearly) every word get a message, not a scan."""
    for text in ["*", "?", "?*", "*a", "a*", "judul:*"]:
        result = engine.search(SearchRequest(text))
        assert result.message, text


@pytest.fixture(scope="module")
def index_dir(engine: SearchEngine) -> Path:
    return engine.library.index_dir


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=query_text.filter(lambda t: t.strip() and not t.startswith("-") and "\x00" not in t))
def test_arbitrary_queries_cli(index_dir: Path, text: str, capsys: pytest.CaptureFixture[str]) -> None:
    """In-process CLI: exit 0 with output, or exit 2 with one readable stderr line."""
    started = time.monotonic()
    code = cli.main(["--index-dir", str(index_dir), "search", "--json", "--", text])
    out, err = capsys.readouterr()
    assert time.monotonic() - started < MAX_SECONDS
    assert code in (0, 2), err
    if code == 2:
        assert err.startswith("telusur: ") and "Traceback" not in err
    else:
        assert out.strip().startswith("{")


@pytest.mark.parametrize("text", ['"(berita', "ba* OR *", "x" * 10_000, "judul: NOT", "presiden~ AND ~"])
def test_cli_subprocess_queries(index_dir: Path, text: str) -> None:
    proc = run_cli("--index-dir", str(index_dir), "search", "--", text)
    assert proc.returncode in (0, 2)
    assert "Traceback" not in proc.stderr
    assert proc.stdout.strip() or proc.stderr.startswith("telusur: ")


def test_markup_in_articles_is_escaped(tmp_path: Path) -> None:
    """<script>, <img> and file:// links come back as text in snippets and headlines."""
    folder = tmp_path / "artikel"
    folder.mkdir()
    (folder / "jahat.txt").write_text(
        "Berita <script>alert('judul')</script> Peretas\n\n1 Juli 2024\n\n"
        "Peretas menulis <script>alert(1)</script> lalu <img src=x onerror=alert(2)> dan "
        '<a href="file:///etc/passwd">tautan peretas</a> di halaman.\n',
        encoding="utf-8",
    )
    lib = Library(tmp_path / "index")
    lib.add_folders([folder])
    lib.sync()
    result = SearchEngine(lib).search(SearchRequest("peretas"))
    assert result.total == 1
    hit = result.hits[0]
    for html_text in (marked_html(hit.snippet), marked_html(hit.headline_marked)):
        without_marks = html_text.replace("<mark>", "").replace("</mark>", "")
        assert "<" not in without_marks and ">" not in without_marks, html_text
    assert "&lt;script&gt;" in marked_html(hit.snippet) and "&lt;img src=x" in marked_html(hit.snippet)
    assert "&lt;a href=&quot;file:///etc/passwd&quot;&gt;" in marked_html(hit.snippet)
    assert "&lt;script&gt;" in marked_html(hit.headline_marked)


@pytest.mark.parametrize("text", ["tanggal:" + "a" * 300, "x tanggal:" + "a" * 300, "foo" + "a" * 300 + ":b",
                                  "banjir^" + "1" * 300, "date:" + "2024-" * 80])
def test_long_user_text_is_clipped_in_messages(engine: SearchEngine, text: str) -> None:
    """A message quotes the query's bad part, cut short (a 300-letter date made a 541-character message)."""
    result = engine.search(SearchRequest(text))
    assert result.message and len(result.message) < 200, result.message
    assert "…" in result.message
