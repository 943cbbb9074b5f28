"""The real-pages benchmark's goal check (the pages themselves are gathered by developers, not committed)."""
from __future__ import annotations

from bench.realpages_score import CHECKS, PageScore, main, missed_goals


def _page(site: str, ok: bool = True, skipped: bool = False) -> PageScore:
    score = PageScore(f"{site}.html", site, dict.fromkeys(CHECKS, ok))
    if skipped:
        score.why.append("skipped: not an article")
    return score


def test_twelve_sites_all_right_meet_the_goals() -> None:
    scores = [_page(f"site{i}") for i in range(12)]
    assert missed_goals(scores, []) == []


def test_each_kind_of_miss_is_named() -> None:
    few = [_page(f"site{i}") for i in range(11)]
    assert missed_goals(few, []) == ["11 sites, fewer than 12"]
    wrong = [_page(f"site{i}") for i in range(12)] + [_page("site0", ok=False, skipped=True)]
    misses = missed_goals(wrong, ["depan.html"])
    assert "front page not skipped: depan.html" in misses
    assert "article page skipped: site0.html" in misses
    assert "headline: under 90% on site0" in misses  # 1 of 2 pages of that site
    assert "headline: under 95% of pages" in misses  # 12 of 13 overall is 92 %


def test_a_folder_without_the_pages_says_so(tmp_path, capsys) -> None:
    assert main([str(tmp_path)]) == 2
    assert "pages are not in" in capsys.readouterr().err
