"""Short crash run: SIGKILL a selling child at random moments; nothing is half-written or doubled."""

from __future__ import annotations

from tests.support.crash import run


def test_kills_leave_every_sale_whole_or_absent(tmp_path) -> None:
    report = run(tmp_path, kills=6, seed=7, max_alive=0.8)
    assert report.problems == []
    assert report.kills == 6 and report.receipts > 0
    assert report.lost == 0 and report.duplicated == 0
    assert report.in_ofd == report.receipts
