"""``alsep-desktop --self-check``: the whole register once, headless, in one process (issue 16).

Opens (or creates) the store, runs the migrations, makes one cash sale of the demo company
against an in-process OFD sandbox over loopback TCP, prints the receipt on an in-memory ESC/POS
printer and loads the native barcode decoders. It is what CI runs inside the frozen bundle, so
every resource the app looks up beside its code (migrations, translations, fonts, the protocol
modules, libdmtx) is exercised. No Qt is imported.

Without ``data_dir`` everything happens in a temporary folder that is removed afterwards. A
given folder may be empty or hold the demo store; a store of a real company is refused, since
the check makes a fiscal document.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from alsep_desktop.app.config import AppConfig
from alsep_desktop.errors import AlsepError

#: what the demo sells in the check (Молоко 2,5% 1 л)
PRODUCT_BARCODE = "4870001000029"


class SelfCheckFailed(AlsepError):
    code = "selfcheck.failed"
    template = "Self-check failed at step '{step}': {reason}"


class RealStoreRefused(AlsepError):
    code = "selfcheck.real_store"
    template = ("The store in {data_dir} holds the company {company} (not the demo): the self-check "
                "makes a fiscal document, so give it an empty --data-dir or none")


@dataclass
class SelfCheckReport:
    data_dir: Path
    steps: list[str] = field(default_factory=list)
    revision: str = ""
    document: str = ""
    fiscal_sign: str = ""
    receipt_bytes: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"self-check ok: store at revision {self.revision}, sale {self.document} signed by the "
                f"OFD sandbox (fiscal sign {self.fiscal_sign}), receipt {self.receipt_bytes} bytes of "
                f"ESC/POS, decoders and the camera path loaded, {self.seconds:.1f} s")


@contextmanager
def _step(report: SelfCheckReport, name: str) -> Iterator[None]:
    try:
        yield
    except SelfCheckFailed:
        raise
    except Exception as exc:  # every failure becomes one clear line naming the step
        reason = str(exc) or type(exc).__name__
        if not isinstance(exc, AlsepError):
            reason = f"{type(exc).__name__}: {reason}"
        raise SelfCheckFailed(step=name, reason=reason) from exc
    report.steps.append(name)


def run_self_check(data_dir: Path | None = None, *, db_url: str | None = None,
                   configure: Callable[[AppConfig], None] | None = None) -> SelfCheckReport:
    """Run every step; :class:`SelfCheckFailed` names the step that failed and why.

    ``configure`` may adjust the settings before the store opens (tests: a cheaper argon2)."""
    started = time.monotonic()
    temporary = data_dir is None
    folder = Path(tempfile.mkdtemp(prefix="alsep-selfcheck-")) if temporary else Path(data_dir)
    try:
        report = SelfCheckReport(data_dir=folder)
        config = AppConfig.load(folder)
        if temporary:
            config.secrets = "file"  # never the PC's keyring for a throw-away store
        if db_url:
            config.db_url = db_url
        if configure is not None:
            configure(config)
        _run(config, report)
        report.seconds = time.monotonic() - started
        return report
    finally:
        if temporary:
            shutil.rmtree(folder, ignore_errors=True)


def _run(config: AppConfig, report: SelfCheckReport) -> None:
    from alsep_desktop.app.bootstrap import build_context
    from alsep_desktop.store import migrate

    with _step(report, "store"):  # opens or creates it and runs the migrations
        ctx = build_context(config)
    sandbox = None
    try:
        with _step(report, "migrations"):
            current = migrate.current_revision(ctx.engine)
            head = migrate.head_revision()
            if current != head:
                raise RuntimeError(f"the store is at revision {current}, the code expects {head}")
            report.revision = head
        with _step(report, "demo company"):
            from alsep_desktop.app.demo import DEMO_BIN, ensure_demo

            with ctx.uow(read_only=True) as uow:
                company = uow.org.company()
                found = (company.iin_bin, company.name) if company is not None else None
            if found is not None and found[0] != DEMO_BIN:
                raise RealStoreRefused(data_dir=str(config.data_dir), company=found[1])
            ids = ensure_demo(ctx)
        with _step(report, "OFD sandbox"):
            from alsep_desktop.app.demo import start_demo_sandbox

            sandbox = start_demo_sandbox(ctx, state_file=config.data_dir / "ofd-sandbox.state",
                                         read_timeout=5.0)
        with _step(report, "sale"):
            result = _sell(ctx, ids.register_id)
            if result.state != "signed" or not result.fiscal_sign:
                raise RuntimeError(f"the OFD sandbox did not sign the receipt (state {result.state})")
            report.document = f"{result.shift_number}/{result.number}"
            report.fiscal_sign = result.fiscal_sign
        with _step(report, "receipt"):
            report.receipt_bytes = _print(ctx, result.id)
        with _step(report, "resources"):
            _resources()
        with _step(report, "decoders"):
            _decoders()
        with _step(report, "camera"):
            _camera(config.data_dir)
    finally:
        ctx.close()
        if sandbox is not None:
            from alsep_desktop.app.demo import stop_demo_sandbox

            stop_demo_sandbox(sandbox, config.data_dir / "ofd-sandbox.state")


def _sell(ctx, register_id: int):  # noqa: ANN001, ANN202
    from alsep_desktop.app.demo import CASHIER
    from alsep_desktop.domain.basket import Basket
    from alsep_desktop.domain.payment import Payment, PaymentKind

    cashier = ctx.auth.login(CASHIER[0], CASHIER[1])
    product = ctx.catalog.find_by_barcode(register_id, PRODUCT_BARCODE)
    if product is None:
        raise RuntimeError(f"the demo product {PRODUCT_BARCODE} is not in the catalog")
    basket = Basket().add(product.line())
    total = basket.totals().total
    return ctx.sales.sell(cashier, register_id, basket, [Payment(PaymentKind.CASH, total)]).value


def _print(ctx, receipt_id: int) -> int:  # noqa: ANN001
    """The receipt on an in-memory printer, as text (code page) and as raster (the shipped font)."""
    from alsep_desktop.hardware.printer import commands
    from alsep_desktop.hardware.printer.fake import FakePrinter
    from alsep_desktop.hardware.printer.render import TextPath
    from alsep_desktop.services.printing import PrintingService

    sizes = []
    for path in (TextPath.AUTO, TextPath.RASTER):
        printer = FakePrinter("epson-tm-t20ii", text_path=path)
        printing = PrintingService(ctx.uow, ctx.clock, ctx.vat_table, printer=printer)
        try:
            printing.print_receipt(receipt_id, duplicate=path is TextPath.RASTER)
        finally:
            printing.close()
        data = printer.output
        if commands.INIT not in data[:16] or len(data) < 200:
            raise RuntimeError(f"the receipt ({path.value}) rendered to {len(data)} bytes without an ESC/POS start")
        sizes.append(len(data))
    return sizes[0]


def _resources() -> None:
    """What the app loads beside its code (frozen: under sys._MEIPASS): the compiled translations
    and the receipt fonts."""
    import alsep_desktop
    from alsep_desktop.hardware.printer.raster import SHIPPED_FONT_DIR, font_path

    qm_dir = Path(alsep_desktop.__file__).resolve().parent / "resources" / "translations"
    for lang in ("ru", "kk"):
        qm = qm_dir / f"alsep_{lang}.qm"
        if not qm.is_file() or qm.stat().st_size < 1000:
            raise RuntimeError(f"the compiled translation {qm} is missing")
    for bold in (False, True):
        if font_path(bold).parent != SHIPPED_FONT_DIR:
            raise RuntimeError(f"the receipt font is not the one shipped in {SHIPPED_FONT_DIR}")


def _decoders() -> None:
    """libdmtx (through ctypes) and zxing-cpp: a DataMatrix made by one is read back by both."""
    import numpy as np
    import zxingcpp
    from pylibdmtx import pylibdmtx

    text = "0104870001000029215abcde"
    made = pylibdmtx.encode(text.encode("ascii"))
    pixels = np.frombuffer(made.pixels, dtype=np.uint8).reshape(made.height, made.width, made.bpp // 8)
    read = pylibdmtx.decode((made.pixels, made.width, made.height))
    if not read or read[0].data.decode("ascii") != text:
        raise RuntimeError("libdmtx did not read back the DataMatrix it made")
    gray = np.ascontiguousarray(pixels[:, :, 0])
    found = zxingcpp.read_barcodes(gray)
    if not any(r.text == text for r in found):
        raise RuntimeError("zxing-cpp did not read the DataMatrix made by libdmtx")


def _camera(folder: Path) -> None:
    """The camera's path through OpenCV: a few frames holding a DataMatrix written as an MJPEG AVI
    (OpenCV's own writer) and read back by :class:`CameraScanner` as a camera is read. Frozen on
    Linux, OpenCV's FFmpeg is not shipped (decision 1601): its back-end must be off and V4L2 on."""
    import sys

    import cv2
    import numpy as np
    from cv2 import videoio_registry
    from pylibdmtx import pylibdmtx

    from alsep_desktop.hardware.scanner.camera import CameraScanner

    if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
        cameras = [videoio_registry.getBackendName(b) for b in videoio_registry.getCameraBackends()]
        streams = [videoio_registry.getBackendName(b) for b in videoio_registry.getStreamBackends()]
        if "V4L2" not in cameras or "FFMPEG" in cameras + streams:
            raise RuntimeError(f"OpenCV's back-ends are not the bundle's: cameras {cameras}, files {streams}")
    text = "0104870001000029215camer"
    made = pylibdmtx.encode(text.encode("ascii"))
    code = np.frombuffer(made.pixels, dtype=np.uint8).reshape(made.height, made.width, made.bpp // 8)[:, :, :3]
    code = cv2.resize(np.ascontiguousarray(code), None, fx=2, fy=2, interpolation=cv2.INTER_NEAREST)
    frame = np.full((360, 640, 3), 255, np.uint8)
    frame[20:20 + code.shape[0], 40:40 + code.shape[1]] = code
    path = folder / "self-check-camera.avi"
    writer = cv2.VideoWriter(str(path), cv2.CAP_OPENCV_MJPEG, cv2.VideoWriter_fourcc(*"MJPG"), 10, (640, 360))
    try:
        if not writer.isOpened():
            raise RuntimeError("OpenCV cannot write an MJPEG AVI file")
        for _ in range(3):
            writer.write(frame)
    finally:
        writer.release()
    try:
        scanner = CameraScanner(str(path))
        cap = scanner._open()
        if cap is None:
            raise RuntimeError("OpenCV cannot open the MJPEG AVI file it wrote")
        ok, got = cap.read()
        cap.release()
        if not ok or not any(s.data == text for s in scanner.process(got)):
            raise RuntimeError("the camera's decoder did not read the DataMatrix of the video frame")
    finally:
        path.unlink(missing_ok=True)


def main(data_dir: Path | None = None, *, db_url: str | None = None) -> int:
    """The ``--self-check`` flag: one line on stdout, exit status 0 or 1."""
    try:
        report = run_self_check(data_dir, db_url=db_url)
    except AlsepError as exc:
        print(f"self-check FAILED: {exc}", flush=True)
        return 1
    print(report.summary(), flush=True)
    return 0
