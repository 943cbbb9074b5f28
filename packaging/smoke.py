"""Smoke test of a frozen Telusur (packaging/telusur.spec): run it as a person without Python would.

    python packaging/smoke.py dist/telusur [--xvfb]

Every step starts one of the folder's two programs on a fresh profile (its own
home, settings, data and cache folders, nothing of the build's Python in the
environment) and checks what it answers, so a data file or library left out of
the build fails here instead of on a user's machine:

- the app (``telusur --self-test``, offscreen) on a first run indexes the
  bundled seed from its default index folder and finds ``fotovoltaik``, in
  Indonesian (the Qt translation catalogue, the seed, Qt's offscreen plugin);
- ``telusur-cli search fotovoltaik --json`` finds it in that index;
- ``telusur-cli index`` reads a folder this script writes (320 text articles,
  so two spawned worker processes build it; a PDF, a Word file, a saved web
  page, a page too short to index, a damaged PDF) with no lost worker and
  only the last two skipped, each for its own reason,
  and searches find each (Sastrawi's dictionary: ``penangkapan`` finds
  ``ditangkap``; the shipped synonyms: ``narkoba`` finds ``sabu-sabu``;
  pypdfium2's library, python-docx, trafilatura's settings, jusText's stoplists);
- the app, given that folder, indexes it with worker processes it spawns
  itself (the windowed program on Windows) and finds the PDF;
- with ``--xvfb`` (Linux), the app opens a real X11 window (Qt's xcb plugin).

The fixtures are made here with fpdf2 and python-docx (``.[test]``). Prints
one line per step with its time; exit code 1 on the first failure.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

EXE = ".exe" if sys.platform == "win32" else ""
TIMEOUT_S = 300
PARALLEL_ARTICLES = 320  # above index/sync.py's PARALLEL_MIN_FILES: the sync spawns its workers
# Where each platform keeps a user's settings and data (platformdirs, QSettings): all inside the profile.
PROFILE_VARS = {
    "HOME": "home", "USERPROFILE": "home", "APPDATA": "roaming", "LOCALAPPDATA": "local",
    "XDG_CONFIG_HOME": "config", "XDG_DATA_HOME": "data", "XDG_CACHE_HOME": "cache", "XDG_STATE_HOME": "state",
}
# Nothing of the build environment's Python may help the frozen program.
DROPPED_VARS = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV", "DISPLAY", "WAYLAND_DISPLAY",
                "QT_QPA_PLATFORM", "QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH", "LD_LIBRARY_PATH")


class SmokeFailure(Exception):
    pass


def fresh_env(profile: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in DROPPED_VARS and not k.startswith("TELUSUR_")}
    # The build's Python (a virtual environment's bin or Scripts folder) is not on the PATH either.
    env["PATH"] = os.pathsep.join(
        entry for entry in env.get("PATH", "").split(os.pathsep)
        if entry and not Path(entry).resolve().is_relative_to(Path(sys.prefix).resolve())
    )
    for var, sub in PROFILE_VARS.items():
        (profile / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(profile / sub)
    env["LANG"] = "C.UTF-8"  # no language chosen: the app's default, Indonesian
    env.pop("LC_ALL", None)
    env.pop("LANGUAGE", None)
    env.update(extra)
    return env


def run(argv: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=TIMEOUT_S)
    if "Traceback" in done.stderr or "Traceback" in done.stdout:
        raise SmokeFailure(f"{argv[0]} printed a traceback:\n{done.stderr}{done.stdout}")
    if "usage: telusur" in done.stderr:
        # No step misuses the command line: a spawned worker that missed freeze_support says this.
        raise SmokeFailure(f"{argv[0]} (or a process it started) could not read its arguments:\n{done.stderr}")
    return done


def last_json(done: subprocess.CompletedProcess[str]) -> dict:
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if not lines:
        raise SmokeFailure(f"no output (exit {done.returncode}); stderr:\n{done.stderr}")
    return json.loads(lines[-1]) if lines[-1].startswith("{") and lines[-1].endswith("}") else json.loads(done.stdout)


def expect(condition: bool, what: str, done: subprocess.CompletedProcess[str]) -> None:
    if not condition:
        raise SmokeFailure(f"{what}\nexit {done.returncode}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}")


# ---------------------------------------------------------------- fixtures
def write_fixtures(folder: Path) -> None:
    """A folder of every kind the smoke test searches, written with this Python's fpdf2 and python-docx."""
    import docx
    import fpdf

    folder.mkdir(parents=True)
    for i in range(PARALLEL_ARTICLES):
        body = (f"Laporan harian nomor {i} tentang harga beras di pasar induk dan cuaca di wilayah {i % 17}. "
                "Pedagang mengatakan pasokan cukup untuk sepekan ke depan.")
        if i == 7:
            body += " Polisi menyebut tiga tersangka ditangkap di pelabuhan pada malam hari."
        if i == 11:
            body += " Petugas menyita dua kilogram sabu-sabu dari sebuah gudang."
        (folder / f"harian_{i:03d}.txt").write_text(
            f"Laporan Harian {i}\n\n2024-03-{1 + i % 28:02d} 08:00:00\n\n{body}\n", encoding="utf-8"
        )
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    for line in ("Energi Panas Bumi di Lereng Gunung", "Jakarta, 12 Maret 2024",
                 "Pembangkit geotermal baru mulai mengalirkan listrik ke jaringan Jawa-Bali minggu ini."):
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    (folder / "panas_bumi.pdf").write_bytes(bytes(pdf.output()))
    document = docx.Document()
    document.add_paragraph("Petani Kota Beralih ke Hidroponik", style="Title")
    document.add_paragraph("Warga Surabaya menanam sayur hidroponik di atap rumah untuk mengurangi belanja dapur.")
    out = io.BytesIO()
    document.save(out)
    (folder / "hidroponik.docx").write_bytes(out.getvalue())
    paragraphs = "".join(
        f"<p>{text}</p>" for text in (
            "Pemerintah Provinsi DKI Jakarta menyiapkan dua ratus pompa air tambahan untuk menghadapi musim hujan "
            "yang diperkirakan datang lebih awal tahun ini, kata Kepala Dinas Sumber Daya Air.",
            "Pompa-pompa itu akan ditempatkan di kawasan rawan genangan seperti Kampung Melayu, Cawang, dan Pluit, "
            "yang setiap tahun terendam ketika curah hujan tinggi.",
            "Selain pompa, dinas juga mengeruk sungai dan waduk agar daya tampung air bertambah sebelum puncak "
            "musim hujan pada Januari mendatang.",
        )
    )
    (folder / "pompa.html").write_text(
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
        "<title>DKI Siapkan 200 Pompa Hadapi Musim Hujan - detikNews</title>"
        "<meta name='publishdate' content='2019/09/10 21:48:00'></head><body>"
        "<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/nasional'>Nasional</a></li></ul></nav>"
        f"<article><h1>DKI Siapkan 200 Pompa Hadapi Musim Hujan</h1>{paragraphs}</article>"
        "<footer>Pedoman Media Siber</footer></body></html>",
        encoding="utf-8",
    )
    # Too little text for trafilatura's own passes: jusText (its stoplists) judges it, then it is skipped.
    (folder / "pendek.html").write_text(
        "<html><head><title>Banjir Rob di Pluit</title></head><body><div class='x'><span>Banjir rob merendam "
        "Pluit, Jakarta Utara, pada Senin pagi.</span><br><span>Warga mengungsi ke masjid.</span></div></body></html>",
        encoding="utf-8",
    )
    (folder / "rusak.pdf").write_bytes(b"%PDF-1.4 rusak")


# ---------------------------------------------------------------- steps
class Smoke:
    def __init__(self, dist: Path, work: Path) -> None:
        self.app = dist / f"telusur{EXE}"
        self.cli = dist / f"telusur-cli{EXE}"
        self.work = work
        for program in (self.app, self.cli):
            if not program.is_file():
                raise SmokeFailure(f"{program} is missing: build with pyinstaller packaging/telusur.spec")

    def self_test(self, program: Path, env: dict[str, str], *args: str, via: list[str] | None = None,
                  query: str = "fotovoltaik") -> dict:
        done = run([*(via or []), str(program), *args, "--self-test", query], env, self.work)
        if sys.platform == "win32" and program == self.app and not done.stdout.strip():
            # The windowed program has no stdout on Windows: its exit code is the answer.
            expect(done.returncode == 0, "the windowed app's self-test failed", done)
            return {"outcome": "found"}
        report = last_json(done)
        expect(done.returncode == 0 and report.get("outcome") == "found", "the app's self-test did not pass", done)
        return report

    def first_run(self) -> str:
        profile = self.work / "first-run"
        env = fresh_env(profile, QT_QPA_PLATFORM="offscreen")
        where: list[str] = []
        if sys.platform != "linux":
            # Windows and macOS choose the language from the account's locale, not LANG.
            env["TELUSUR_LANG"] = "id"
        if sys.platform == "win32":
            # Windows names the data folder through its known-folder API, not the environment,
            # and keeps settings in the registry: only a fresh runner is a fresh profile there.
            where = ["--index-dir", str(profile / "local" / "telusur")]
        report = self.self_test(self.app, env, *where)
        if "language" in report:
            if report["language"] != "id" or not report["translated"]:
                raise SmokeFailure(f"the app is not in Indonesian: {report}")
        done = run([str(self.cli), "search", "fotovoltaik", "--json", *where], env, self.work)
        result = last_json(done)
        expect(done.returncode == 0 and result["total"] == 1, "the CLI did not find the seed", done)
        expect(result["hits"][0]["headline"].startswith("Xi Jinping"), "not the seed article", done)
        indexes = list(profile.rglob("library.json"))
        if len(indexes) != 1:
            raise SmokeFailure(f"the default index is not inside the fresh profile: {indexes}")
        return f"seed found by app and CLI; index at {indexes[0].parent.relative_to(profile)}"

    def archive(self) -> str:
        folder, index = self.work / "arsip", self.work / "archive-index"
        write_fixtures(folder)
        env = fresh_env(self.work / "archive-profile", TELUSUR_WORKERS="2")
        done = run([str(self.cli), "index", str(folder), "--index-dir", str(index), "--json"], env, self.work)
        report = last_json(done)
        expect(done.returncode == 0, "indexing failed", done)
        expect(report["added"] == PARALLEL_ARTICLES + 3, f"expected {PARALLEL_ARTICLES + 3} articles added", done)
        skipped = {Path(s["path"]).name: s["reason"] for s in report["skipped"]}
        expect(sorted(skipped) == ["pendek.html", "rusak.pdf"], "pendek.html and rusak.pdf are skipped", done)
        # Judged as a page that holds no article (trafilatura's jusText pass needs its stoplists to get
        # that far; without them the page is skipped with a read error instead).
        judged = ("no article text" in skipped["pendek.html"] or "list of links" in skipped["pendek.html"])
        expect(judged, "jusText's stoplists did not load", done)
        # A worker that could not start (no freeze_support) is reported as lost, its files redone in-process.
        expect("worker process" not in done.stderr, "a spawned worker failed", done)
        checks: list[tuple[str, Callable[[dict], bool], str]] = [
            ("penangkapan", lambda r: any(h["path"].endswith("harian_007.txt") for h in r["hits"]),
             "Sastrawi's dictionary (penangkapan finds ditangkap)"),
            ("narkoba", lambda r: any(h["path"].endswith("harian_011.txt") for h in r["hits"])
             and any(e["why"] == "synonym" for e in r["expanded"]), "the shipped synonyms (narkoba finds sabu-sabu)"),
            ("geotermal", lambda r: [h["format"] for h in r["hits"]] == ["pdf"], "pypdfium2 (a PDF's text)"),
            ("hidroponik", lambda r: [h["format"] for h in r["hits"]] == ["docx"], "python-docx (a Word file)"),
            ("pompa", lambda r: any(h["format"] == "html" and "Pompa" in h["headline"] for h in r["hits"]),
             "trafilatura (a saved page)"),
        ]
        for query, ok, what in checks:
            done = run([str(self.cli), "search", query, "--json", "--index-dir", str(index)], env, self.work)
            expect(done.returncode == 0 and ok(last_json(done)), f"search {query!r} failed: {what}", done)
        done = run([str(self.cli), "index", "--index-dir", str(index), "--json"], env, self.work)
        expect(last_json(done)["unchanged"] == PARALLEL_ARTICLES + 3, "a second sync redid work", done)
        return f"{report['added']} articles by 2 workers in {report['elapsed_s']:.1f} s; {len(checks)} searches"

    def app_indexes(self) -> str:
        """The app given a folder (as when one is dropped on its icon) indexes it with spawned workers of its own."""
        folder = self.work / "arsip"
        env = fresh_env(self.work / "app-profile", QT_QPA_PLATFORM="offscreen", TELUSUR_WORKERS="2")
        report = self.self_test(self.app, env, "--index-dir", str(self.work / "app-index"), str(folder),
                                query="geotermal")
        if "documents" in report and report["documents"] != PARALLEL_ARTICLES + 3:
            raise SmokeFailure(f"the app indexed {report['documents']} articles, not {PARALLEL_ARTICLES + 3}")
        return f"the app indexed {PARALLEL_ARTICLES + 3} articles with 2 workers and found the PDF"

    def x11(self) -> str:
        if shutil.which("xvfb-run") is None:
            raise SmokeFailure("--xvfb given but xvfb-run is not installed")
        env = fresh_env(self.work / "x11-profile")
        report = self.self_test(self.app, env, "--index-dir", str(self.work / "x11-index"), via=["xvfb-run", "-a"])
        if report.get("platform") != "xcb":
            raise SmokeFailure(f"the app did not use Qt's xcb plugin: {report}")
        return "a real X11 window (xcb) found the seed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=Path, help="the frozen app's folder (dist/telusur)")
    parser.add_argument("--xvfb", action="store_true", help="also open a real X11 window under xvfb-run (Linux)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="telusur-smoke-"))
    try:
        smoke = Smoke(args.dist.resolve(), work)
        steps: list[tuple[str, Callable[[], str]]] = [("first run (app + CLI)", smoke.first_run),
                                                      ("archive of every format (CLI)", smoke.archive),
                                                      ("a folder given to the app", smoke.app_indexes)]
        if args.xvfb:
            steps.append(("X11 window (app)", smoke.x11))
        for name, step in steps:
            started = time.monotonic()
            outcome = step()
            print(f"  {name:<32} {time.monotonic() - started:6.1f} s  {outcome}", flush=True)
    except (SmokeFailure, subprocess.TimeoutExpired, json.JSONDecodeError, KeyError) as failure:
        print(f"frozen smoke test FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("frozen smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
