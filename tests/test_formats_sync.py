"""Issue 10's "done when": a folder mixing every format, bad files included,
indexes in one run of ``telusur index``; ``telusur search`` finds each article
by a phrase from its body with the right headline, date, source and link;
a saved page's assets are not articles; boilerplate does not make a page match."""
from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from formats_pages import P2
from test_formats_folder import build

from telusur.cli import main

pytest.importorskip("fpdf")
pytest.importorskip("docx")

HEADLINE = "DKI Siapkan 200 Pompa Hadapi Musim Hujan"
# rel path, record, a phrase from its body, headline, date, source, url, format
EXPECTED = [
    ("kompas/2019-09/banjir.txt", None, '"setinggi lutut"', "Banjir Jakarta", "2019-09-10T00:00:00", "kompas", None,
     "txt"),
    ("detik/pompa.html", None, f'"{P2[:60]}"', HEADLINE, "2019-09-10T21:48:00", "detiknews",
     "https://news.detik.com/berita/d-4700000/dki-siapkan-200-pompa", "html"),
    ("tribun/pompa.mhtml", None, f'"{P2[:60]}"', HEADLINE, "2019-09-10T21:48:00", "Tribunnews.com",
     "https://www.tribunnews.com/metropolitan/2019/09/10/dki-siapkan-200-pompa", "mhtml"),
    ("rilis/siaran.pdf", None, '"kawasan rawan genangan"', "Siaran Pers: Pemprov DKI Siapkan 200 Pompa Air",
     "2019-09-10T14:30:00", "rilis", None, "pdf"),
    ("rilis/siaran.docx", None, '"kawasan rawan genangan"', "Pemprov DKI Siapkan Pompa", "2019-09-10T14:30:00",
     "rilis", None, "docx"),
    ("data/antara.jsonl", 1, '"bermagnitudo lima"', "Gempa Lombok", "2019-09-12T00:00:00", "Antara",
     "https://antara.id/1", "jsonl"),
    ("data/tempo.csv", 1, '"cabai rawit"', "Harga Cabai Naik", "2019-09-13T00:00:00", "data", None, "csv"),
]
# Boilerplate of the saved pages and the contents of their asset folders.
NEVER_MATCH = ['"Banjir Rob Rendam Pluit"', '"Berita populer nomor"', '"Kebijakan Privasi"', '"Cuaca Ekstrem Landa"',
               '"telah tayang"', '"Promo spesial"', "Disallow", '"Pedoman Media Siber"']


def _run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict]:
    """One folder indexed once (in this process: the folder is below the parallel threshold)."""
    tmp_path = tmp_path_factory.mktemp("mixed")
    root = tmp_path / "arsip"
    build(root)
    ix = str(tmp_path / "ix")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["index", str(root), "--index-dir", ix, "--json"])
    assert code == 0
    return root.resolve(), ix, json.loads(out.getvalue())


def test_every_format_indexes_in_one_run(indexed: tuple[Path, str, dict]) -> None:
    root, _, report = indexed
    assert report["added"] == len(EXPECTED)  # articles, not files
    skipped = {(Path(s["path"]).relative_to(root).as_posix(), s["record"]): s["reason"] for s in report["skipped"]}
    assert set(skipped) == {
        ("data/antara.jsonl", 2), ("data/antara.jsonl", 3), ("data/kacau.json", 1), ("rusak/gambar.html", None),
        ("rusak/terkunci.pdf", None), ("rusak/palsu.docx", None), ("rusak/beranda.html", None),
    }
    assert skipped[("rusak/terkunci.pdf", None)] == "password-protected"
    assert all(reason for reason in skipped.values())


@pytest.mark.parametrize("expected", EXPECTED, ids=[e[0] for e in EXPECTED])
def test_each_article_is_found_by_a_phrase_from_its_body(
    indexed: tuple[Path, str, dict], capsys: pytest.CaptureFixture, expected: tuple
) -> None:
    root, ix, _ = indexed
    rel, record, phrase, headline, date, source, url, fmt = expected
    # --no-group: the same text saved in several formats is one story (wire copies) otherwise.
    code, result = _run(capsys, "search", phrase, "--index-dir", ix, "--json", "--limit", "50", "--no-group")
    assert code == 0
    hits = {(Path(h["path"]).relative_to(root).as_posix(), h["record"]): h for h in result["hits"]}
    hit = hits[(rel, record)]
    assert Path(hit["path"]).is_file()  # always a real file
    assert (hit["headline"], hit["date"], hit["source"], hit["url"], hit["format"]) == (
        headline, date, source, url, fmt
    )


@pytest.mark.parametrize("phrase", NEVER_MATCH)
def test_boilerplate_and_assets_do_not_match(
    indexed: tuple[Path, str, dict], capsys: pytest.CaptureFixture, phrase: str
) -> None:
    _, ix, _ = indexed
    code, result = _run(capsys, "search", phrase, "--index-dir", ix, "--json")
    assert code == 0 and result["total"] == 0, [h["path"] for h in result["hits"]]


def test_parallel_run_gives_the_same_articles(tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch) -> None:
    """Extraction runs in the segment workers: the same report and hits as one process."""
    monkeypatch.setattr("telusur.index.sync.PARALLEL_MIN_FILES", 2)
    monkeypatch.setenv("TELUSUR_WORKERS", "2")
    root = tmp_path / "arsip"
    build(root)
    ix = str(tmp_path / "ix")
    code, report = _run(capsys, "index", str(root), "--index-dir", ix, "--json")
    assert code == 0 and report["added"] == len(EXPECTED) and len(report["skipped"]) == 7
    code, result = _run(capsys, "search", '"bermagnitudo lima"', "--index-dir", ix, "--json")
    assert [(h["source"], h["record"]) for h in result["hits"]] == [("Antara", 1)]
    code, report = _run(capsys, "index", str(root), "--index-dir", ix, "--json")
    assert report["unchanged"] == len(EXPECTED) and report["added"] == 0
