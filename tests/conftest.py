"""Shared fixtures: article folders written by the tests, never the user's data."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import windows_rules as _windows
from helpers import SEED, write_article
from windows_rules import windows_rules  # noqa: F401  (a fixture)

from telusur.startup import start

start()  # the settings, read once, and the stemmer configured: what the entry points do

# Hypothesis: the same examples on every run ("ci", the default), so a test
# cannot fail on one run in six; HYPOTHESIS_PROFILE=explore draws new random
# examples for a local hunt (README, "Quick start").
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "windows_too: run the test a second time under the Windows file rules (tests/windows_rules.py)"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked ``windows_too`` run twice: as Linux has it, and under ``windows_rules``."""
    if metafunc.definition.get_closest_marker("windows_too") and "platform_rules" in metafunc.fixturenames:
        metafunc.parametrize("platform_rules", ["linux", "windows"], indirect=True)


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_call(item: pytest.Item):
    """Under ``windows_rules``, the test's output encodes as Windows' redirected output does
    (innermost wrapper: pytest's capture has set its streams by now)."""
    if not _windows.ACTIVE:
        yield
        return
    with _windows.ACTIVE[-1].cp1252_output():
        yield


@pytest.fixture(autouse=True)
def platform_rules(request: pytest.FixtureRequest) -> str:
    """The file rules a test runs under: "windows" applies ``windows_rules`` before any other fixture."""
    rules = getattr(request, "param", "linux")
    if rules == "windows":
        request.getfixturevalue("windows_rules")
    return rules


@pytest.fixture
def seed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder


@pytest.fixture
def news_folder(tmp_path: Path) -> Path:
    """Four small dated articles on different topics."""
    folder = tmp_path / "news"
    write_article(
        folder, "a.txt", "Polisi Menangkap Bandar Sabu di Medan", "Selasa, 10 September 2019 21:48 WIB",
        "Polisi menangkap seorang bandar sabu dalam penggerebekan di Medan.",
        "Penangkapan itu berawal dari laporan warga tentang peredaran narkoba.",
    )
    write_article(
        folder, "b.txt", "Kebakaran Hutan Riau Meluas", "11/09/2019, 08:00 WIB",
        "Kebakaran hutan dan lahan di Riau meluas. Kabut asap menyelimuti Pekanbaru.",
    )
    write_article(
        folder, "sub/c.txt", "DPR Sahkan Revisi UU KPK", "17 Sep 2019",
        "Rapat paripurna DPR mengesahkan revisi undang-undang KPK.",
        "Wali Kota dan tokoh-tokoh masyarakat menolak pengesahan itu.",
    )
    write_article(
        folder, "d.txt", "Habibie Meninggal Dunia", "2019-09-11 18:05:00",
        "Presiden ketiga RI BJ Habibie meninggal dunia di Jakarta.",
        "Negara-negara sahabat menyampaikan duka cita. Kerjasama bilateral dikenang.",
    )
    return folder
