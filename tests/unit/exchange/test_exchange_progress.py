"""Progress callback, streaming and cancellation of the importers."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE
from alsep_desktop.exchange.commerceml import parse_commerceml
from alsep_desktop.exchange.csv_catalog import iter_csv, parse_csv
from alsep_desktop.exchange.progress import CancelToken
from alsep_desktop.exchange.rows import ImportCancelled, ImportReport
from alsep_desktop.exchange.sample import write_sample_csv

FIXTURES = Path(__file__).parents[2] / "fixtures" / "commerceml"


@pytest.fixture(scope="module")
def big_csv() -> bytes:
    out = io.BytesIO()
    write_sample_csv(out, 5000)
    return out.getvalue()


def test_progress_is_monotonic_and_ends_at_total(big_csv: bytes) -> None:
    calls: list[tuple[int, int]] = []
    rows, _ = parse_csv(io.BytesIO(big_csv), progress=lambda d, t: calls.append((d, t)))
    assert len(rows) == 5000
    assert len(calls) > 3  # roughly every 64 KiB of a ~450 KB file
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert all(t == len(big_csv) for _, t in calls)
    assert calls[-1] == (len(big_csv), len(big_csv))


def test_parse_is_streaming(big_csv: bytes) -> None:
    stream = io.BytesIO(big_csv)
    report = ImportReport()
    rows = iter_csv(stream, DEFAULT_VAT_TABLE, report)
    first = next(rows)
    assert first.code == "1"
    assert stream.tell() < len(big_csv) // 4  # only the beginning has been read
    assert report.rows_read == 1
    assert sum(1 for _ in rows) == 4999


def test_cancel_before_start() -> None:
    token = CancelToken()
    token.cancel()
    assert token.cancelled
    with pytest.raises(ImportCancelled) as info:
        parse_csv(io.BytesIO(b"anything"), cancel=token)
    assert info.value.code == "exchange.cancelled"


def test_cancel_from_the_progress_callback_stops_mid_file(big_csv: bytes) -> None:
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        token.cancel()

    report = ImportReport()
    got = 0
    with pytest.raises(ImportCancelled) as info:
        for _ in iter_csv(
            io.BytesIO(big_csv), DEFAULT_VAT_TABLE, report, progress=progress, cancel=token
        ):
            got += 1
    assert len(seen) == 1 and 0 < got < 5000
    assert 0 < info.value.params["done_bytes"] < len(big_csv)
    assert info.value.params["total_bytes"] == len(big_csv)


def test_commerceml_progress_and_cancel() -> None:
    imp, off = FIXTURES / "import.xml", FIXTURES / "offers.xml"
    total = imp.stat().st_size + off.stat().st_size
    calls: list[tuple[int, int]] = []
    parse_commerceml(imp, off, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (total, total)

    token = CancelToken()
    token.cancel()
    with pytest.raises(ImportCancelled):
        parse_commerceml(imp, off, cancel=token)
