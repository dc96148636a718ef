"""«Автономные данные» shows the documents the cloud refused (decision 1417): what, when, the
cloud's reason; «Повторить» is an administrator's (the service refuses a cashier). Real window,
real keys and mouse clicks, Russian texts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from alsep_desktop.app.demo import ADMIN
from alsep_desktop.errors import PermissionDenied
from alsep_desktop.services.cloud.refused import CloudRefusedService
from alsep_desktop.store.models import Receipt
from alsep_desktop.store.models.sync import CloudPush
from alsep_desktop.ui.qt import QApplication, Qt
from tests.ui.cashier.conftest import press

REASON = "422 validation: total_tiyn: the lines add up to 1, not to the total"


def _refused(counter) -> tuple[int, int]:  # noqa: ANN001
    """A sold receipt the cloud refused, and a terminal operation refused before times were kept."""
    pos = counter.pos
    sold = pos.sell()
    now = pos.ctx.clock.now()
    with pos.ctx.uow() as w:
        uuid = w.session.scalars(select(Receipt.uuid).where(Receipt.id == sold.id)).one()
        a = CloudPush(kind="receipt", doc_uuid=uuid, key=uuid, register_id=pos.register_id, state="refused",
                      payload="{}", attempts=1, last_error=REASON, created_at=now, sent_at=now)
        b = CloudPush(kind="terminal_op", doc_uuid="op-1", key="op-1", register_id=pos.register_id, state="refused",
                      payload="{}", attempts=1, last_error="409 upload.key_conflict: another body", created_at=now)
        w.session.add_all([a, b])
        w.session.flush()
        ids = (a.id, b.id)
        w.commit()
    return ids


def _state(counter, push_id: int) -> tuple[str, str | None]:  # noqa: ANN001
    with counter.pos.ctx.uow(read_only=True) as w:
        q = w.session.get(CloudPush, push_id)
        return q.state, q.payload


def _open_offline_data(counter):  # noqa: ANN001, ANN202
    w = counter.window
    press(counter.qtbot, "F7")
    box = w.receipts.cloud_refused
    counter.wait(lambda: w.tabs.currentWidget() is w.receipts and box.isVisible() and box.table.rowCount() > 0)
    return box


def test_a_cashier_sees_what_the_cloud_refused_and_cannot_retry(counter) -> None:
    counter.bind()
    receipt_push, _ = _refused(counter)
    counter.login()
    box = _open_offline_data(counter)
    assert box.title.text().startswith("Документы, которые облако не приняло")
    cells = [[box.table.item(r, c).text() for c in range(3)] for r in range(box.table.rowCount())]
    assert cells[0][0].startswith("Чек №1, смена 1") and cells[0][2] == REASON
    assert cells[0][1] != "—"  # when the cloud answered
    assert cells[1][0].startswith("Операция по терминалу") and cells[1][1] == "—"
    assert not box.retry_button.isVisible()
    press(counter.qtbot, "Ctrl+Shift+R")
    counter.idle()
    assert _state(counter, receipt_push) == ("refused", "{}")  # the key did nothing for a cashier
    service = CloudRefusedService(counter.pos.ctx.uow, counter.pos.ctx.clock)
    with pytest.raises(PermissionDenied):  # the service refuses even when called directly
        service.retry(counter.window.counter.cashier, receipt_push)
    assert _state(counter, receipt_push) == ("refused", "{}")


def test_an_admin_sends_a_refused_document_again_with_a_click(counter) -> None:
    counter.bind()
    receipt_push, terminal_push = _refused(counter)
    ctx = counter.pos.ctx
    ctx.auth.set_pin(ctx.auth.login(*ADMIN), "2468")  # an admin with a PIN signs in like a cashier
    counter.login(*ADMIN)
    box = _open_offline_data(counter)
    assert box.retry_button.isVisible() and box.retry_button.text().startswith("Повторить")
    table = box.table
    rect = table.visualItemRect(table.item(1, 0))
    counter.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.selectionModel().selectedRows()[0].row() == 1
    counter.qtbot.mouseClick(box.retry_button, Qt.MouseButton.LeftButton)
    counter.idle()
    counter.wait(lambda: table.rowCount() == 1)
    QApplication.processEvents()
    # back in the queue, body to be built again; the other one still aside
    assert _state(counter, terminal_push) == ("waiting", None)
    assert _state(counter, receipt_push) == ("refused", "{}")
    assert box.message.text() == "Документ снова в очереди в облако."
    # the last one by keyboard: the row is selected, the shortcut presses «Повторить»
    press(counter.qtbot, "Ctrl+Shift+R")
    counter.wait(lambda: not box.isVisible())
    assert _state(counter, receipt_push) == ("waiting", None)
    with counter.pos.ctx.uow(read_only=True) as w:
        assert [e.action for e in w.audit.recent(5)].count("retry") == 2
